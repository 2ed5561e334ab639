import { defineRule } from '../src/rule-api.js';
import { askKinds, ASK_KINDS, type AskKind } from '../src/text/asks.js';
import { findOffer, findRequest } from '../src/text/requests.js';
import type { Span } from '../src/types.js';

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
    const max = context.options['max'] as number;
    return {
      message(message) {
        const seen = new Map<AskKind, Span>();
        for (const sentence of message.sentences) {
          const text = sentence.text;
          // Only requests count: "I had a call with them" asks nothing; an offer ("anything I can do?") is not an ask.
          const isRequest = findRequest(text) !== null || (/\?\s*$/.test(text) && /\byou(?:r)?\b/i.test(text)) || /^\s*(?:please|kindly)\b/i.test(text);
          if (!isRequest || findOffer(text)) continue;
          for (const ask of askKinds(text)) {
            if (!seen.has(ask.kind) && !sentence.isQuoted(ask.start, ask.end)) seen.set(ask.kind, sentence.span(ask.start, ask.end));
          }
        }
        if (seen.size <= max) return;
        const kinds = [...seen.keys()];
        context.report({
          messageId: 'tooMany',
          data: { count: kinds.length, asks: kinds.map((k) => ASK_KINDS[k].label).join(', ') },
          at: seen.get(kinds[max]!)!,
        });
      },
    };
  },
});
