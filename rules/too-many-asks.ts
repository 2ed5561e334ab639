import { defineRule } from '../src/rule-api.js';
import type { AskKind, Span } from '../src/types.js';

/** The favours the catalogue counts as distinct (a contact address or a connection rides along with them). */
const COUNTED: Readonly<Partial<Record<AskKind, string>>> = {
  time: 'a call or meeting',
  advice: 'answers or advice',
  review: 'a review of your materials',
  forward: 'forwarding your résumé',
  referral: 'a referral',
  introduction: 'an introduction',
  recommendation: 'a recommendation',
  job: 'a job or interview',
  send: 'something sent to you',
  contact: 'contact details',
};

export default defineRule({
  meta: {
    verdict: 'asks for too much',
    description: 'Ask for one or two things per message, not everything at once.',
    recommended: 'warn',
    options: {
      max: { type: 'number', default: 2, minimum: 1, description: 'Distinct requests allowed in one message (several questions under one permission count as one).' },
    },
    messages: {
      tooMany: 'This message asks for {{count}} different things ({{asks}}): keep the one that matters most now and save the rest for when the relationship exists.',
    },
    docs: {
      why:
        'The article\'s USER asks a stranger for advice, to forward her résumé and for a referral in four lines: "asked for too much." The NETWORKER asks only whether she may ask a few questions, and asks for the next thing only after the first is answered.',
      bad: ['Can you please give me some advice? Will you please forward my résumé to the hiring manager with a referral?'],
      good: [
        'May I ask you three questions by e-mail? 1. How is the team organised? 2. What does ramp-up look like? 3. What do top reps do differently?',
        'I would like to ask for 20 minutes of your time. May I call you next Tuesday, Wednesday, or Thursday at 10am PST? Which day works best?',
      ],
    },
  },
  create(context) {
    const max = context.options.max;
    return {
      message() {
        const seen = new Map<AskKind, Span>();
        for (const ask of context.reading.asks) {
          for (const item of ask.items) if (COUNTED[item.kind] && !seen.has(item.kind)) seen.set(item.kind, item.at);
        }
        if (seen.size <= max) return;
        const kinds = [...seen.keys()];
        context.report({
          messageId: 'tooMany',
          data: { count: kinds.length, asks: kinds.map((k) => COUNTED[k]).join(', ') },
          at: seen.get(kinds[max]!)!,
        });
      },
    };
  },
});
