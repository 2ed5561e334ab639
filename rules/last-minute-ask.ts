import { defineRule } from '../src/rule-api.js';
import { capitaliseCalendarNames, capitaliseFirst, countOf, isPluralNounPhrase } from '../src/text/wording.js';

/** Events that close rather than happen: "Applications close on Friday", not "Your applications are on Friday". */
const CLOSING = /^(?:applications?|apps|submissions?|postings?|portal|scheme|(?:submission|application|reading)\s+window)$/;

/** The start of the sentence naming the writer's event (the reading gives it in lowercase). */
function occasionOf(event: string): string {
  const plural = isPluralNounPhrase(event);
  if (CLOSING.test(event)) return plural ? `${capitaliseFirst(event)} close` : `The ${event} closes`;
  return `Your ${event} ${plural ? 'are' : 'is'}`;
}
import { needsRelationshipFirst } from '../src/reading/relationship.js';
import { daysBetween } from '../src/text/time.js';

export default defineRule({
  meta: {
    verdict: 'last minute',
    description: 'Reach out weeks before a deadline, and never press the reader to act within hours.',
    recommended: 'error',
    options: {
      minLeadDays: { type: 'number', default: 14, minimum: 0, description: 'Days a first contact should come before the deadline it is about.' },
    },
    messages: {
      // occasion: "Your interview is", "Your interviews are", "Applications close" (see occasionOf).
      tooClose: '{{occasion}} {{when}}: that leaves a stranger no time to help. Reach out at least {{minLead}} ahead ("a minimum of two weeks in advance"), or ask for something that does not depend on the date.',
      deadlineTooClose: 'The deadline ({{deadline}}) is {{days}} after this goes out: reach out at least {{minLead}} ahead ("a minimum of two weeks in advance").',
      pressure: '"{{phrase}}" pressures someone who owes you nothing: drop it and let them answer when it suits them.',
    },
    docs: {
      why:
        'The article\'s USER writes to a stranger the night before ("I have an interview with them tomorrow"), and its first verdict is "Last minute". The NETWORKER\'s first step takes place "a minimum of two weeks in advance". Urgency words ("ASAP", "by EOD") turn a favour into an obligation.',
      bad: [
        'Sam, I have an interview with ABC tomorrow. Can you give me some tips on the panel?',
        'Could you look over my portfolio ASAP? My panel is in two days.',
        'Applications close Friday, so could you refer me before then?',
      ],
      good: [
        'No rush at all, but could you tell me how the Y Division measures ramp-up?',
        "I'm travelling tomorrow, so reply whenever suits. May I ask you three questions about the role?",
        'May I call you for 20 minutes next Tuesday, Wednesday or Thursday at 10am PST?',
      ],
      exampleFacts: { stage: 'first-contact', sent: '2026-03-02' },
    },
  },
  create(context) {
    const minLeadDays = context.options.minLeadDays;
    const facts = context.message;
    const stranger = needsRelationshipFirst(facts);
    return {
      message(message) {
        const { asks, pressure, relaxed } = context.reading;
        // Time words only press the reader when something is asked of them.
        if (asks.length === 0) return;
        let reported = false;
        for (const p of pressure) {
          if (p.kind === 'urgency') {
            if (relaxed) continue;
            context.report({ messageId: 'pressure', data: { phrase: p.text }, at: p.at });
            reported = true;
            continue;
          }
          const days = p.days ?? -1;
          const tooClose = days >= 0 && (days <= 2 || (stranger && days < minLeadDays));
          if (!tooClose || reported) continue;
          const when = capitaliseCalendarNames(p.when ?? '');
          context.report({ messageId: 'tooClose', data: { occasion: occasionOf(p.event ?? 'deadline'), when: /^(?:on|by|this|next|in|before|until|today|tonight|tomorrow)\b/.test(when) ? when : `on ${when}`, minLead: countOf(minLeadDays, 'day') }, at: p.at });
          reported = true;
        }
        if (reported || !stranger || !facts.deadline) return;
        const days = daysBetween(facts.sent, facts.deadline);
        if (days >= minLeadDays || days < 0) return;
        const at = message.factSpans.deadline ?? message.sentences[0]?.span(0, message.sentences[0].text.length) ?? { start: 0, end: 0 };
        context.report({ messageId: 'deadlineTooClose', data: { deadline: facts.deadline, days: countOf(days, 'day'), minLead: countOf(minLeadDays, 'day') }, at });
      },
    };
  },
});
