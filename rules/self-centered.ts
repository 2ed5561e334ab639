import { defineRule } from '../src/rule-api.js';
import { countOf } from '../src/text/wording.js';

const FIRST_PERSON = /\b(?:I|me|my|mine|myself)\b|\bI['’](?:m|ve|d|ll)\b/g;
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b|\byou['’](?:re|ve|d|ll)\b/gi;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const MIN_WORDS = 40;

export default defineRule({
  meta: {
    verdict: 'all about the writer',
    description: 'A message that is mostly about the writer: "I", "me" and "my" far outnumber "you" and "your".',
    recommended: false,
    options: {
      ratio: { type: 'number', default: 3, minimum: 1, description: 'How many first-person words per second-person word are too many.' },
    },
    messages: {
      aboutMe: 'This message says "I/me/my" {{first}} and "you/your" {{second}}: say more about the reader — their work, their time, what you can offer them.',
    },
    docs: {
      why:
        'The article blames USERs for "not thinking enough about the other person". The NETWORKER\'s note talks about Sam\'s profile, Sam\'s background and how she can help him; a message full of "I need… my résumé… my interview" is about the writer.',
      bad: [
        'I am a recent graduate and I am looking for my first role in sales. I have strong skills and I think I would be great at ABC. I have attached my résumé and I would like my application to be seen. I hope I can get an interview soon because I really need a job. My friends say I am a hard worker. Can you help?',
      ],
      good: [
        'Sam, I read your great profile. It appears you have a strong background in sales at the ABC Company, and I am applying for an outside sales position in the Y Division. I realize you don\'t know me, but may I ask you a few questions via e-mail? What is your business e-mail address? I hope I can help you in some way, as well.',
      ],
    },
  },
  create(context) {
    const ratio = context.options.ratio;
    return {
      message(message) {
        const words = message.text.match(WORD)?.length ?? 0;
        if (words <= MIN_WORDS || message.sentences.length === 0) return;
        const first = message.text.match(FIRST_PERSON)?.length ?? 0;
        const second = message.text.match(SECOND_PERSON)?.length ?? 0;
        if (first <= ratio * Math.max(second, 1)) return;
        // Point at the first sentence that says "I", where the message turns to the writer.
        const at = message.sentences.find((s) => new RegExp(FIRST_PERSON.source).test(s.text)) ?? message.sentences[0]!;
        context.report({ messageId: 'aboutMe', data: { first: countOf(first, 'time'), second: countOf(second, 'time') }, at: at.span(0, at.text.length) });
      },
    };
  },
});
