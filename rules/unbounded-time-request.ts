import { defineRule } from '../src/rule-api.js';
import { allMatches, findOffer, findRequest } from '../src/text/requests.js';
import { findTimeMentions } from '../src/text/time.js';
import type { Sentence } from '../src/types.js';

/** Ways to ask for someone's time. */
const TIME_ASK =
  /\b(?:(?:a|an|some)\s+)?(?:(?:quick|short|brief|little|informal|virtual|phone|video|zoom|coffee)\s+){0,3}(?:call|chat|coffee|meeting|meet(?:\s+up)?|zoom|conversation|catch[-\s]up|lunch|sit[-\s]down|informational\s+interview|get[-\s]together)\b|\bhop\s+on\s+(?:a\s+)?(?:quick\s+)?(?:call|zoom)\b|\b(?:some|any|minutes|an\s+hour|hours?)\s+(?:of\s+)?your\s+time\b|\bcome\s+(?:to|by)\s+your\s+office\b/i;
const NUMBER = String.raw`(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty[-\s]five|forty|sixty|ninety)`;
const WORD_MINUTES: Record<string, number> = { one: 1, two: 2, three: 3, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, 'forty five': 45, sixty: 60, ninety: 90 };
const DURATION = new RegExp(
  String.raw`\b${NUMBER}(?:\s*(?:[-–]|to|or)\s*${NUMBER})?[-\s]?(?:min(?:ute)?s?|hours?|hrs?|h)\b|\bhalf\s+an\s+hour\b|\ban\s+hour\b|\b(?:a\s+)?(?:few|couple(?:\s+of)?)\s+minutes\b|\bquarter\s+of\s+an\s+hour\b`,
  'gi',
);
/** "I'm open to a call" or "happy to hop on a call" accepts or offers time; it asks for none. */
const ACCEPTING = /(?:\b(?:I['’]m|I\s+am|we['’]re|we\s+are|I['’]d\s+be|I\s+would\s+be|I['’]ll\s+be)\s+(?:\w+\s+)?|^\s*|[,;]\s*)(?:open\s+to|happy\s+to(?:\s+(?:do|have|hop\s+on|jump\s+on))?|glad\s+to(?:\s+(?:do|have))?|available\s+for|up\s+for)\s+(?:\w+\s+){0,3}$/i;

/** Proposed days or times: "next Tuesday", "at 10am PST", "Wednesday or Thursday". */
const PROPOSED_TIME = /\b(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|mornings?|afternoons?|evenings?)\b/i;

function minutesOf(duration: string): number {
  const text = duration.toLowerCase();
  if (/half\s+an\s+hour/.test(text)) return 30;
  if (/quarter/.test(text)) return 15;
  if (/few|couple/.test(text)) return 5;
  if (/^an\s+hour/.test(text)) return 60;
  const numbers = [...text.matchAll(new RegExp(NUMBER, 'gi'))].map((m) => (/^\d+$/.test(m[0]) ? Number(m[0]) : WORD_MINUTES[m[0].replace(/\s+/, ' ')] ?? 0));
  const most = Math.max(...numbers, 0);
  return /hour|hr|\bh\b/.test(text) ? most * 60 : most;
}

export default defineRule({
  meta: {
    verdict: 'open-ended time',
    description: 'When asking for a call or meeting, ask for a set, short amount of time.',
    recommended: 'warn',
    hasSuggestions: true,
    options: {
      maxMinutes: { type: 'number', default: 30, minimum: 1, description: 'The longest a first contact should ask for.' },
      requireProposedTimes: { type: 'boolean', default: false, description: 'Also require proposed days or times ("next Tuesday at 10am").' },
    },
    messages: {
      noDuration: 'Say how long: ask for "{{suggested}}" rather than "{{ask}}", so the reader knows what they are agreeing to.',
      tooLong: '"{{duration}}" is a lot of time to ask of someone who does not know you: ask for {{maxMinutes}} minutes or less.',
      noTimes: 'Propose two or three days and times ("next Tuesday, Wednesday or Thursday at 10am PST?") so the reader only has to pick one.',
    },
    docs: {
      why:
        'The NETWORKER asks "for 20 minutes of your time" and proposes times: "May I call you next Tuesday, Wednesday, or Thursday at 10am PST? Which day works best?" An open-ended "can we hop on a call?" asks the reader to guess the cost and do the scheduling.',
      bad: ['Can we hop on a call sometime?', 'Would you like to grab coffee sometime next month?', 'Could I have an hour of your time to walk through my plans?'],
      good: [
        'May I call you for 20 minutes next Tuesday, Wednesday or Thursday at 10am PST?',
        'Sam, I would like to ask for 20 minutes of your time to listen to your answers. May I call you next Tuesday at 10am PST?',
        'Thank you for the call yesterday; your notes on the panel were exactly what I needed.',
      ],
      exampleFacts: { stage: 'first-contact' },
    },
  },
  create(context) {
    const maxMinutes = context.options['maxMinutes'] as number;
    const requireProposedTimes = context.options['requireProposedTimes'] as boolean;
    const isFirstContact = context.message.stage === 'first-contact';
    const isTimeRequest = (sentence: Sentence) => {
      const text = sentence.text;
      return (findRequest(text) !== null || (/\?\s*$/.test(text) && /\b(?:you|we)\b/i.test(text))) && !findOffer(text);
    };
    return {
      message(message) {
        const requests = message.sentences.filter(isTimeRequest);
        const asks = requests.flatMap((s) =>
          allMatches(s.text, TIME_ASK)
            .filter((m) => !s.isQuoted(m.start, m.end) && !ACCEPTING.test(s.text.slice(0, m.start)))
            .map((m) => ({ sentence: s, match: m })),
        );
        if (asks.length === 0) return;
        // A duration anywhere in the message's requests bounds the ask ("20 minutes of your time. May I call you…?").
        const durations = requests.flatMap((s) => allMatches(s.text, DURATION).map((m) => ({ sentence: s, match: m, minutes: minutesOf(m.text) })));
        if (durations.length === 0) {
          const { sentence, match } = asks[0]!;
          const ask = match.text.replace(/\s+/g, ' ').trim();
          const noun = /\b(call|chat|meeting|conversation|zoom)\b/i.exec(ask)?.[1];
          const suggested = noun ? `a 20-minute ${noun.toLowerCase()}` : '20 minutes of your time';
          const at = sentence.span(match.start, match.start + match.text.trimEnd().length);
          const safe = /^(?:a|an)\s+(?:(?:quick|short|brief)\s+)?(?:call|chat|meeting|conversation)$/i.test(ask);
          context.report({
            messageId: 'noDuration',
            data: { ask, suggested },
            at,
            ...(safe && { suggest: [{ desc: `Ask for ${suggested}`, fix: { at, text: suggested } }] }),
          });
          return;
        }
        const longest = durations.reduce((a, b) => (b.minutes > a.minutes ? b : a));
        if (isFirstContact && longest.minutes > maxMinutes) {
          context.report({ messageId: 'tooLong', data: { duration: longest.match.text.replace(/\s+/g, ' '), maxMinutes }, at: longest.sentence.span(longest.match.start, longest.match.end) });
          return;
        }
        if (requireProposedTimes && !requests.some((s) => PROPOSED_TIME.test(s.text) || findTimeMentions(s.text, context.message.sent).length > 0)) {
          const { sentence, match } = asks[0]!;
          context.report({ messageId: 'noTimes', at: sentence.span(match.start, match.end) });
        }
      },
    };
  },
});
