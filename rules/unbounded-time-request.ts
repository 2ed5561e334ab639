import { defineRule } from '../src/rule-api.js';
import { countOf } from '../src/text/wording.js';

export default defineRule({
  meta: {
    verdict: 'open-ended time',
    description: 'When asking for a call or meeting, ask for a set, short amount of time.',
    recommended: 'warn',
    hasSuggestions: true,
    fixable: 'text',
    options: {
      maxMinutes: { type: 'number', default: 30, minimum: 1, description: 'The longest a first contact should ask for.' },
      suggestedMinutes: { type: 'number', default: 20, minimum: 1, description: 'How long the rewrite asks for ("a quick chat" → "a 20-minute chat"); never more than maxMinutes.' },
      requireProposedTimes: { type: 'boolean', default: false, description: 'Also require proposed days or times ("next Tuesday at 10am").' },
    },
    messages: {
      noDuration: 'Say how long: ask for "{{suggested}}" rather than "{{ask}}", so the reader knows what they are agreeing to.',
      tooLong: '"{{duration}}" is a lot of time to ask of someone who does not know you: ask for {{maxMinutes}} or less.',
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
    const maxMinutes = context.options.maxMinutes;
    const minutes = Math.min(context.options.suggestedMinutes, maxMinutes);
    const requireProposedTimes = context.options.requireProposedTimes;
    const isFirstContact = context.message.stage === 'first-contact';
    return {
      message() {
        const { asks, durations, proposesTimes } = context.reading;
        const timeAsk = asks.flatMap((a) => a.items).find((item) => item.kind === 'time');
        if (!timeAsk) return;
        // A duration anywhere in the message's asks bounds the ask ("20 minutes of your time. May I call you…?").
        if (durations.length === 0) {
          const ask = timeAsk.text;
          const noun = /\b(call|chat|meeting|conversation|zoom)\b/i.exec(ask)?.[1];
          const suggested = noun ? `a ${minutes}-minute ${noun.toLowerCase()}` : `${minutes} minutes of your time`;
          // Only "a (quick) call"-type words are rewritten: the noun phrase is the whole ask, so nothing else changes.
          const safe = /^(?:a|an)\s+(?:(?:quick|short|brief)\s+)?(?:call|chat|meeting|conversation)$/i.test(ask);
          const fix = { at: timeAsk.at, text: suggested };
          context.report({
            messageId: 'noDuration',
            data: { ask, suggested },
            at: timeAsk.at,
            ...(safe && { fix, suggest: [{ desc: `Ask for ${suggested}`, fix }] }),
          });
          return;
        }
        const longest = durations.reduce((a, b) => (b.minutes > a.minutes ? b : a));
        if (isFirstContact && longest.minutes > maxMinutes) {
          context.report({ messageId: 'tooLong', data: { duration: longest.text, maxMinutes: countOf(maxMinutes, 'minute') }, at: longest.at });
          return;
        }
        if (requireProposedTimes && !proposesTimes) context.report({ messageId: 'noTimes', at: timeAsk.at });
      },
    };
  },
});
