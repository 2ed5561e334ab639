import { defineRule } from '../src/rule-api.js';

/** A greeting line ("Hi Sam,") says nothing about the reader. */
const GREETING = /^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|greetings)\b[^!?\n]{0,40}?[,!:]?\s*$/i;
/** Template slots that stand for something personal: "{{recent_post}}", "[specific thing you admired]". */
const SLOT = /[{[<][^{}[\]<>\n]{1,120}[}\]>]/g;
const PERSONAL_WORD = /(?<![a-z])(?:post|article|talk|project|work|common|shared|mutual|admire|impressed|resonat|accomplishment|achievement|research|paper|book)/i;

export default defineRule({
  meta: {
    verdict: 'nothing about the reader',
    description: 'A first message should say something specific about the person it is written to.',
    recommended: 'warn',
    messages: {
      generic:
        'Nothing in this message is about {{who}} in particular: mention their work, a post or talk of theirs, their background or a shared connection, so they know why you wrote to them.',
    },
    docs: {
      why:
        'The USER writes "we\'re connected on LinkedIn and I see you work for ABC Company" — true of thousands of people, so it "feels like a form letter that may be sent to many." The NETWORKER writes "I read your great profile. It appears you have a strong background in sales".',
      bad: ["Sam, we're connected on LinkedIn and I see you work for ABC Company. Can you please give me some advice?"],
      good: [
        'Sam, I read your great profile. It appears you have a strong background in sales at the ABC Company. May I ask you a few questions?',
        'Hi Lee, Maria Gómez suggested I reach out about the data platform team. May I ask you two questions about it?',
      ],
      exampleFacts: { stage: 'first-contact' },
    },
  },
  create(context) {
    // Follow-ups, replies and thank-yous continue an exchange; a declared friend needs no reason to be written to.
    if (context.message.stage !== 'first-contact' || context.message.relationship !== 'stranger') return {};
    return {
      message(message) {
        // A message that asks nothing (a note that declines, an update) owes no reason for writing to this person.
        const { asks, personalReferences } = context.reading;
        if (asks.length === 0 || personalReferences.length > 0) return;
        const body = message.source.slice(message.body.start, message.body.end);
        if ((body.match(SLOT) ?? []).some((slot) => PERSONAL_WORD.test(slot))) return;
        const first = message.sentences.find((s) => !GREETING.test(s.text)) ?? message.sentences[0]!;
        context.report({
          messageId: 'generic',
          data: { who: context.message.recipient ?? 'the reader' },
          at: first.span(0, first.text.length),
        });
      },
    };
  },
});
