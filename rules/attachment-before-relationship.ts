import { defineRule } from '../src/rule-api.js';
import { allMatches, clauseBefore } from '../src/text/requests.js';

/** Documents a job seeker sends about themselves. `(?![\p{L}])` stands in for \b after "é". */
const DOC = String.raw`(?:r[eé]sum[eé]s?|CVs?|curriculum\s+vitae|cover\s+letters?|portfolio|(?:pitch\s+)?deck|writing\s+samples?|transcripts?)(?![\p{L}\p{N}])`;
const MINE = String.raw`(?:a\s+copy\s+of\s+|a\s+link\s+to\s+)?(?:my|our)\s+(?:(?:updated|current|latest|recent|full|short|one-page|brief|attached|enclosed)\s+)*`;
const ATTACHING: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:attached|enclosed)\s+(?:is|are|please\s+find|you(?:['’]ll|\s+will)\s+find|I(?:['’]ve|\s+have)\s+included)\s+${MINE}${DOC}`, 'iu'),
  new RegExp(String.raw`\bI(?:['’]ve|\s+have)?\s+(?:also\s+)?(?:attached|enclosed|included|linked)\s+${MINE}${DOC}`, 'iu'),
  new RegExp(String.raw`\bI(?:['’]m|\s+am)\s+(?:also\s+)?(?:attaching|enclosing|including|sending|sharing|linking)\s+${MINE}${DOC}`, 'iu'),
  new RegExp(String.raw`\bplease\s+(?:find|see)\s+(?:attached\s+|enclosed\s+|below\s+)?${MINE}${DOC}(?:\s+(?:attached|enclosed|below|here)\b)?`, 'iu'),
  new RegExp(String.raw`\b${MINE}${DOC}\s+(?:is|are)\s+(?:also\s+)?(?:attached|enclosed|linked|below|here)`, 'iu'),
  new RegExp(String.raw`\bhere(?:['’]s|\s+is|\s+are)\s+${MINE}${DOC}`, 'iu'),
  new RegExp(String.raw`\b(?:see|view|find|check\s+out)\s+${MINE}${DOC}\s+(?:here|at|below|attached|on)\b`, 'iu'),
  // "Link to my résumé: https://…", "My CV: drive.example.com/cv.pdf"
  new RegExp(String.raw`\b(?:(?:a\s+)?link\s+to\s+)?${MINE}${DOC}\s*[:–-]\s*(?:https?:\/\/|www\.|\[|<)\S*[^\s.,;:!?)]`, 'iu'),
  new RegExp(String.raw`\blink\s+to\s+${MINE}${DOC}`, 'iu'),
];
/** "…pass my CV to your recruiter; I've attached it here." — counts when the document was named just before. */
const ATTACHED_PRONOUN = /\bI(?:['’]ve|\s+have)\s+(?:also\s+)?(?:attached|enclosed|included)\s+(?:it|them)\b/i;
/** Offering to send later, or saying it is not attached, is the right move. */
const NOT_NOW = /\b(?:if\s+(?:you|it|that)|happy\s+to|glad\s+to|can\s+send|could\s+send|once\s+you|when\s+you|not|never|without)\b|n['’]t\b/i;
const DOC_NAME = new RegExp(`(?<![\\p{L}\\p{N}])${DOC}`, 'iu');
/**
 * The start of every document name above, with the same flags: a message without one
 * cannot match any attaching pattern, so they are not run (they are the costliest
 * patterns of the rule set to compile and run, and most messages name no document).
 */
const MAY_NAME_DOC = /r[eé]sum[eé]|cv|curriculum\s+vitae|cover\s+letter|portfolio|deck|writing\s+sample|transcript/iu;

export default defineRule({
  meta: {
    verdict: 'attaches a résumé to a first message',
    description: 'Do not attach or link a résumé, CV, cover letter or portfolio to a first message.',
    recommended: 'error',
    messages: {
      attached:
        'Sending your {{doc}} in a first message asks the reader to do work for a stranger: ask your questions first, and offer to send it once they agree ("Happy to share my résumé if it would help").',
    },
    docs: {
      why:
        'The USER writes "attached is my résumé" to someone she has never spoken to ("built no relationship"). The NETWORKER first asks permission to ask a few questions, and attaches her résumé only in the e-mail that follows, once Sam has agreed.',
      bad: ['Sam, I have an interview with ABC tomorrow. Attached is my résumé.', 'Please find my CV attached for your review.', 'My portfolio is here: [portfolio](https://example.com/portfolio.pdf)'],
      good: [
        "Happy to send my résumé if that would be useful once we've spoken.",
        'I am attached to the Denver team and love the work.',
      ],
      exampleFacts: { stage: 'first-contact' },
    },
  },
  create(context) {
    if (context.message.stage !== 'first-contact') return {};
    return {
      message(message) {
        const found: { start: number; end: number; doc: string }[] = [];
        for (const sentence of MAY_NAME_DOC.test(message.text) ? message.sentences : []) {
          const text = sentence.text;
          const candidates = [
            ...ATTACHING.flatMap((pattern) => allMatches(text, pattern)),
            ...allMatches(text, ATTACHED_PRONOUN).filter((m) => DOC_NAME.test(text.slice(Math.max(0, m.start - 80), m.start))),
          ];
          for (const match of candidates) {
            if (sentence.isQuoted(match.start, match.end) || NOT_NOW.test(clauseBefore(text, match.start))) continue;
            found.push({ ...sentence.span(match.start, match.end), doc: (DOC_NAME.exec(match.text) ?? DOC_NAME.exec(text))?.[0] ?? 'document' });
          }
        }
        for (const link of message.links) {
          const named = DOC_NAME.exec(link.text) ?? DOC_NAME.exec(link.url.replace(/[-_/.]/g, ' '));
          if (named) found.push({ ...link.at, doc: named[0] });
        }
        // One finding per place: "Here's my [résumé](cv.pdf)" matches as words and as a link.
        found.sort((a, b) => a.start - b.start);
        const merged: typeof found = [];
        for (const span of found) {
          const last = merged[merged.length - 1];
          if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
          else merged.push({ ...span });
        }
        for (const { start, end, doc } of merged) {
          const name = doc.toLowerCase();
          context.report({ messageId: 'attached', data: { doc: name === 'cv' || name === 'cvs' ? 'CV' : name }, at: { start, end } });
        }
      },
    };
  },
});
