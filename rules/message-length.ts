import { defineRule } from '../src/rule-api.js';
import { countOf } from '../src/text/wording.js';
import type { Message, Span } from '../src/types.js';

const CONNECTION_NOTE_LIMIT = 300;
const FREE_CONNECTION_NOTE_LIMIT = 200;
const INMAIL_LIMIT = 1900;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The characters LinkedIn counts: the whole body as typed (signature included), with its ends trimmed. */
function typedBody(message: Message): Span & { text: string } {
  const raw = message.source.slice(message.body.start, message.body.end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { start: message.body.start + lead, end: message.body.start + lead + text.length, text };
}

/** Offset (in UTF-16 units) of the character after the first `limit` code points. */
function offsetAfterCodePoints(text: string, limit: number): number {
  let offset = 0;
  for (let count = 0; count < limit && offset < text.length; count++) offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  return offset;
}

export default defineRule({
  meta: {
    verdict: 'wrong length for the channel',
    description: "Keep each message within its channel's length: LinkedIn notes under 300 characters, e-mails under 200 words, first e-mails long enough to say who you are.",
    recommended: 'warn',
    alwaysError: ['overHardLimit'],
    options: {
      maxWords: { type: 'number', default: 200, minimum: 1, description: 'Most words for an e-mail body (also applied when no channel is given).' },
      minWords: { type: 'number', default: 25, minimum: 0, description: 'Fewest words for a first contact on any channel (say who you are and why you write).' },
      freeAccount: { type: 'boolean', default: false, description: 'LinkedIn free accounts: connection notes are limited to 200 characters.' },
    },
    messages: {
      overHardLimit: 'This {{channel}} is {{length}}; {{channelName}} cuts it at {{limit}}: shorten it to one reason for writing and one question.',
      tooManyWords: 'This e-mail is {{words}}: keep it under {{maxWords}} (say who you are, why them, and one specific ask) and save the rest for the call.',
      tooFewWords: 'This first message is only {{words}}: say who you are, why you are writing to this person, and what you are asking in {{minWords}} or more.',
    },
    docs: {
      why:
        'The NETWORKER\'s LinkedIn note fits in a few lines and her e-mail is "a formal business letter" with three questions. A note LinkedIn truncates loses its ask; a wall of text asks the reader for more time than the favour itself; two lines to a stranger say nothing about who you are.',
      bad: ['Hi Sam, can I ask you something?', 'Hi Sam, ' + 'I have spent the last ten years working in enterprise sales across three continents and I would love to tell you all about it. '.repeat(10)],
      good: [
        'Sam, I read your post on how the Y Division onboards new reps. I am applying for an outside sales role there and would love to ask you three questions by e-mail. May I? I hope I can help you in some way, as well.',
      ],
      exampleFacts: { stage: 'first-contact', channel: 'email' },
    },
  },
  create(context) {
    const { maxWords, minWords, freeAccount } = context.options;
    const channel = context.message.channel;
    return {
      message(message) {
        if (channel === 'linkedin-connection' || channel === 'inmail') {
          const body = typedBody(message);
          const length = [...body.text].length;
          const limit = channel === 'inmail' ? INMAIL_LIMIT : freeAccount ? FREE_CONNECTION_NOTE_LIMIT : CONNECTION_NOTE_LIMIT;
          const channelName = channel === 'inmail' ? 'LinkedIn InMail' : 'LinkedIn';
          const label = channel === 'inmail' ? 'InMail' : 'connection note';
          if (length > limit) {
            const at = { start: body.start + offsetAfterCodePoints(body.text, limit), end: body.end };
            context.report({ messageId: 'overHardLimit', data: { channel: label, length: countOf(length, 'character'), limit, channelName }, at });
          }
        }
        const words = [...message.text.matchAll(WORD)];
        // The word maximum is the e-mail one (also with no channel); LinkedIn messages, InMail, SMS and `other` have none.
        const hasWordMaximum = channel === undefined || channel === 'email';
        if (hasWordMaximum && words.length > maxWords) {
          context.report({ messageId: 'tooManyWords', data: { words: countOf(words.length, 'word'), maxWords }, at: { start: words[maxWords]!.index, end: words[words.length - 1]!.index + words[words.length - 1]![0].length } });
        } else if (context.message.stage === 'first-contact' && words.length > 0 && words.length < minWords) {
          const first = message.sentences[0]!;
          const last = message.sentences[message.sentences.length - 1]!;
          context.report({ messageId: 'tooFewWords', data: { words: countOf(words.length, 'word'), minWords: countOf(minWords, 'word') }, at: { start: first.start, end: last.end } });
        }
      },
    };
  },
});
