import { defineRule } from '../src/rule-api.js';
import { allMatches } from '../src/text/match.js';
import type { Paragraph, Sentence, Span } from '../src/types.js';

interface StockPhrase {
  pattern: RegExp;
  /** A salutation that the recipient's name can replace. */
  salutation?: boolean;
  /** What to write instead. */
  instead: string;
  /** Stock only when nothing else in the message is about the reader. */
  onlyWhenImpersonal?: boolean;
  /** A pleasantry that says nothing ("I hope this email finds you well"): removing it loses nothing. */
  opener?: boolean;
}

const STOCK_PHRASES: readonly StockPhrase[] = [
  { pattern: /\bto\s+whom\s+it\s+may\s+concern\b/i, instead: 'address the person by name', salutation: true },
  { pattern: /\bdear\s+(?:sir\s*(?:or|\/)\s*madam|madam\s*(?:or|\/)\s*sir|sirs?)\b/i, instead: 'address the person by name', salutation: true },
  { pattern: /\bdear\s+(?:hiring\s+(?:manager|team)|recruit(?:er|ing\s+team)|talent\s+(?:acquisition|team)(?:\s+team)?|team|friend|colleague)\b/i, instead: 'address the person by name', salutation: true },
  // "Dear Gallery Team", "Dear Admissions Office": any team or department for a name.
  { pattern: /\bdear\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s){1,3}(?:Team|Department|Office|Committee|Staff|Crew|Board)\b/, instead: 'address the person by name', salutation: true },
  // A role for a name: "Hi Recruiter,", "Hello Hiring Manager!", "Dear Prof.,"
  { pattern: /^[ \t]*(?:dear|hi|hello|hey|greetings|good[ \t]+(?:morning|afternoon|day))\s+(?:(?:the|respected|esteemed)\s+)?(?:hiring\s+(?:manager|team|committee)|recruit(?:er|ing\s+(?:team|manager))|talent\s+(?:acquisition\s+)?team|HR(?:\s+(?:team|manager|department))?|human\s+resources|prof\.?|professor|doctor|dr\.?|sir|madam|ma['’]am|admissions\s+(?:team|committee)|search\s+committee|selection\s+committee)(?=\s*[,!:;—–-]|\s*$)/im, instead: 'address the person by name', salutation: true },
  { pattern: /\b(?:I\s+)?(?:hope|trust)\s+(?:this|my)\s+(?:e-?mail|message|note|letter|finds)\s*(?:finds\s+you)?(?:\s+(?:well|safe|in\s+good\s+(?:health|spirits)))?/i, instead: 'open with why you are writing to this person', opener: true },
  { pattern: /\bI\s+(?:recently\s+|just\s+)?(?:came\s+across|stumbled\s+(?:up)?on|ran\s+across|happened\s+(?:up)?on|found|landed\s+on|was\s+(?:looking\s+at|browsing))\s+your\s+(?:LinkedIn\s+)?profile\b/i, instead: 'say what in their work made you write' },
  { pattern: /\bI(?:['’]m|\s+am)\s+writing\s+(?:to\s+you\s+)?(?:today\s+)?to\s+(?:inquire|enquire|express|introduce)\b/i, instead: 'start with what you noticed about their work and your question' },
  { pattern: /\bI(?:['’]m|\s+am)\s+reaching\s+out\s+(?:to\b(?!\s+(?:thank|say\s+thank))|because\b|as\s+I\b|since\b|regarding\b|about\s+(?:the|an?)\b)/i, instead: 'start with what you noticed about their work and your question' },
  {
    pattern: /\bI\s+(?:see|saw|noticed|notice)\s+(?:that\s+)?you(?:\s+(?:currently\s+)?(?:work|are\s+working|are\s+employed)\s+(?:for|at|with)\b|(?:['’]re|\s+are)\s+(?:currently\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,5}?(?:at|for|with)\b)/i,
    instead: 'say what about their work made you write to them in particular',
    onlyWhenImpersonal: true,
  },
];

/** "Hi Sam, " before an opener: what is left ("Hi Sam, I read your post") still reads. */
const GREETING = /^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b[^.!?\n]{0,40},\s*$/i;
const BLANK_LINE = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/;
/** "I" opens a sentence wherever it stands, so it may follow a greeting's comma. */
const STARTS_WITH_I = /^I(?:['’](?:m|ve|d|ll))?\b/;

/**
 * The words to delete for an opener that is a sentence (or a paragraph) of its own, with its
 * punctuation and the space after it, so that what follows reads as written: "I hope this email
 * finds you well. I read your post" → "I read your post". Null wherever deleting could leave
 * a broken sentence or join two paragraphs.
 */
function openerRemoval(source: string, paragraph: Paragraph, sentence: Sentence, phrase: Span): Span | null {
  const before = sentence.text.slice(0, phrase.start - sentence.start);
  const atSentenceStart = before.trim() === '';
  const afterGreeting = !atSentenceStart && GREETING.test(before);
  if (!atSentenceStart && !afterGreeting) return null;
  const rest = source.slice(phrase.end);
  const punctuation = /^(?:[.!]+|,)/.exec(rest)?.[0];
  if (!punctuation) return null;
  const space = /^\s+/.exec(rest.slice(punctuation.length))?.[0] ?? '';
  const removeTo = phrase.end + punctuation.length + space.length;
  const next = source.slice(removeTo);
  if (!/^\p{L}/u.test(next)) return null;
  if ((afterGreeting || punctuation === ',') && !STARTS_WITH_I.test(next)) return null;
  // Across a blank line only an opener that is its whole paragraph goes, with the blank line, and
  // only from a line of its own: after "- " or "# " the next paragraph would join the list item or heading.
  if (BLANK_LINE.test(space)) {
    const lineStart = Math.max(source.lastIndexOf('\n', phrase.start - 1), source.lastIndexOf('\r', phrase.start - 1)) + 1;
    if (paragraph.text.slice(0, phrase.start - paragraph.start).trim() !== '' || source.slice(lineStart, phrase.start).trim() !== '') return null;
  }
  if (space === '') return null;
  return { start: phrase.start, end: removeTo };
}

export default defineRule({
  meta: {
    verdict: 'reads like a form letter',
    description: 'Avoid stock phrases that make a message read like a mass mailing.',
    recommended: 'warn',
    hasSuggestions: true,
    fixable: 'text',
    messages: {
      stock: '"{{phrase}}" reads like a form letter sent to many people: {{instead}}.',
    },
    docs: {
      why:
        'The article\'s verdict on the USER: "It feels like a form letter that may be sent to many." Phrases that could open any message to anyone ("I see you work for ABC Company", "To whom it may concern") tell the reader they are one of a list.',
      bad: ['To whom it may concern, I am reaching out to ask about openings.', 'Sam, we\'re connected on LinkedIn and I see you work for ABC Company.', 'I hope this email finds you well.'],
      good: [
        'Sam, we are connected on LinkedIn and I read your great profile. It appears you have a strong background in sales at the ABC Company.',
        'I came across your article on vertical sales teams and your point about ramp-up time stuck with me.',
        'My mentor always says "I hope this email finds you well" is the weakest opener there is.',
      ],
    },
  },
  create(context) {
    return {
      message(message) {
        // Asked only when a phrase is stock only in an impersonal message.
        const personal = () => context.reading.personalReferences.length > 0;
        const reported: Span[] = [];
        for (const paragraph of message.paragraphs) {
          for (const sentence of paragraph.sentences) {
            for (const { pattern, instead, onlyWhenImpersonal, salutation, opener } of STOCK_PHRASES) {
              if (onlyWhenImpersonal && personal()) continue;
              for (const match of allMatches(sentence.text, pattern)) {
                if (sentence.isQuoted(match.start, match.end)) continue;
                const trimmed = match.text.trimEnd();
                const phraseAt = sentence.span(match.start, match.start + trimmed.length);
                // One finding per place: "Dear Hiring Manager," is both a stock salutation and a role for a name.
                if (reported.some((r) => r.start < phraseAt.end && phraseAt.start < r.end)) continue;
                // An opener that can go is reported with what goes with it, so the fix stays inside the finding.
                const removal = opener ? openerRemoval(message.source, paragraph, sentence, phraseAt) : null;
                const at = removal ?? phraseAt;
                reported.push(at);
                // A generic salutation can become the name the front matter gives (a suggestion: the writer may prefer "Hi").
                const name = salutation ? context.message.recipient : undefined;
                context.report({
                  messageId: 'stock',
                  data: { phrase: trimmed.replace(/\s+/g, ' '), instead },
                  at,
                  ...(removal && { fix: { at: removal, text: '' }, suggest: [{ desc: `Remove "${trimmed.replace(/\s+/g, ' ')}"`, fix: { at: removal, text: '' } }] }),
                  ...(name && { suggest: [{ desc: `Address ${name} by name`, fix: { at, text: `Dear ${name}` } }] }),
                });
              }
            }
          }
        }
      },
    };
  },
});
