/**
 * Literal phrases (style files, config `accept`), found as whole words,
 * case-insensitively, with any run of whitespace between their words and
 * either apostrophe (' or ’). Every character of a phrase is escaped, so a
 * phrase is never a pattern: the one alternation of literals they compile to
 * runs in time linear in the text, whatever a style file holds.
 */

export interface PhraseMatch {
  start: number;
  end: number;
  /** Index of the phrase that matched, in the list given to compilePhrases. */
  index: number;
}

export interface PhraseSet {
  /** Every non-overlapping match in `text`, leftmost first; the longest phrase wins at one place. */
  find(text: string): PhraseMatch[];
}

/** Letters, digits, underscore and hyphen: "circling back" is not in "circling backwards" or "back-to-back". */
const WORD_CHAR = /[\p{L}\p{N}_-]/u;
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_\\-])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_\\-])';

function escapeLiteral(word: string): string {
  return word.replace(/[\^$\\.*+?()[\]{}|/]/g, '\\$&').replace(/['’]/g, "['’]");
}

/** The words of a phrase, as written between whitespace; empty for a phrase of only whitespace. */
export function phraseWords(phrase: string): string[] {
  return phrase.trim().split(/\s+/).filter(Boolean);
}

function phraseSource(phrase: string): string {
  const words = phraseWords(phrase);
  const body = words.map(escapeLiteral).join('\\s+');
  const first = words[0]![0]!;
  const last = words.at(-1)!.at(-1)!;
  return `${WORD_CHAR.test(first) ? NOT_AFTER_WORD : ''}${body}${WORD_CHAR.test(last) ? NOT_BEFORE_WORD : ''}`;
}

export function compilePhrases(phrases: readonly string[]): PhraseSet {
  const usable = phrases.map((phrase, index) => ({ phrase, index })).filter(({ phrase }) => phraseWords(phrase).length > 0);
  if (usable.length === 0) return { find: () => [] };
  // Longest first, so that at one place "just bumping this up" wins over "just bumping this".
  usable.sort((a, b) => b.phrase.length - a.phrase.length);
  const pattern = new RegExp(usable.map(({ phrase }) => `(${phraseSource(phrase)})`).join('|'), 'giu');
  return {
    find(text) {
      const matches: PhraseMatch[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const group = m.findIndex((value, i) => i > 0 && value !== undefined);
        matches.push({ start: m.index, end: m.index + m[0].length, index: usable[group - 1]!.index });
      }
      return matches;
    },
  };
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/**
 * Config `accept`: whether a finding pointing at `words` is about an accepted phrase. It is
 * when the words hold an accepted phrase with at most two other words around it ("a quick
 * chat" for `quick chat`); a finding about a whole sentence is about more than the phrase.
 */
export function acceptedPhrases(phrases: readonly string[]): ((words: string) => boolean) | null {
  if (phrases.length === 0) return null;
  const set = compilePhrases(phrases);
  return (words) => {
    const total = wordCount(words);
    return set.find(words).some((m) => total - wordCount(words.slice(m.start, m.end)) <= 2);
  };
}
