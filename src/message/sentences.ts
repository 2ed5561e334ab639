/**
 * Splits a paragraph of prose into sentences. Offsets are file offsets (the
 * prose is as long as the file). A sentence ends at . ! ? … followed by space
 * and a non-lowercase start, unless the word before is a known abbreviation
 * or an initial; a line break also ends one after a salutation ("Hi Sam,"),
 * a colon, or a finished sentence.
 */
import type { Span } from '../types.js';
import { trimEndChars, trimStartChars } from '../text/trim.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp',
  'approx', 'no', 'u.s', 'dept', 'mt', 'ave', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// Only maximal runs of marks: a run is never re-tried from inside itself.
const TERMINATOR = /(?<![.!?…])[.!?…]+(?![.!?…])[)"'”’\]]*(?=\s|$)/g;
const SHORT_LINE_WORDS = 5;

/** The word (letters and inner dots, as in "e.g") that ends just before `index`, lowercased. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && start > index - 12 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  return trimEndChars(trimStartChars(text.slice(start, index), '.'), '.').toLowerCase();
}

export function splitSentences(prose: string, paragraph: Span): Span[] {
  const cuts: number[] = [];
  const text = prose.slice(paragraph.start, paragraph.end);
  for (const match of text.matchAll(TERMINATOR)) {
    const cut = match.index + match[0].length;
    const word = wordBefore(text, match.index);
    const after = /\S/.exec(text.slice(cut));
    const nextChar = after ? after[0] : '';
    if (match[0].startsWith('.') && match[0].length === 1 && (ABBREVIATIONS.has(word) || (word.length === 1 && /\p{L}/u.test(word)))) continue;
    // A lowercase start continues the sentence after a short word and a full stop, which may be an
    // abbreviation we do not know ("ca. ten"); otherwise casual writers start sentences in lowercase
    // ("any openings? lmk", "all of them. in return i'd…").
    if (nextChar && /\p{Ll}/u.test(nextChar) && match[0].startsWith('.') && word.length <= 2) continue;
    cuts.push(cut);
  }
  // Line breaks that end a sentence even without a full stop.
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!.trimEnd();
    offset += lines[i]!.length + 1;
    const nextLine = lines[i + 1]!.trimStart();
    const words = line.trim().split(/\s+/).filter(Boolean).length;
    const endsClause = /[.!?…:;)"”]$/.test(line) || (/,$/.test(line) && words <= SHORT_LINE_WORDS);
    const nextIsItem = /^(?:[-*+•]|\d+[.)])\s/.test(nextLine);
    if (endsClause || nextIsItem || words === 0) cuts.push(offset);
  }
  cuts.sort((a, b) => a - b);
  const spans: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut <= from) continue;
    const piece = text.slice(from, cut);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.trimEnd().length;
    if (trail > lead && /[\p{L}\p{N}]/u.test(piece)) spans.push({ start: paragraph.start + from + lead, end: paragraph.start + from + trail });
    from = cut;
  }
  return spans;
}
