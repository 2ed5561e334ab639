/**
 * The text the reading and the rules match on: the file's text without
 * invisible format characters and in NFC, so that "ad\u00ADvice",
 * "some\u200B advice" or a decomposed "résumé" read as what the recipient sees.
 * Every offset in that text maps back to the file's text, so findings point
 * at the characters as written.
 */

/**
 * Characters that render as nothing and only steer line breaking, joining or direction:
 * soft hyphen, Mongolian vowel separator, zero-width space/non-joiner/joiner, the
 * directional marks, embeddings and isolates, word joiner and invisible operators, and a
 * zero-width no-break space (U+FEFF) anywhere in the text.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/;
const ALL_INVISIBLE = new RegExp(INVISIBLE.source, 'g');

/**
 * A character with the marks that follow it (and Hangul jamo, which compose across
 * letters), or a lone non-ASCII character: the units NFC can change. Composition never
 * crosses them, so each can be normalised on its own and mapped as a whole.
 */
const COMPOSABLE = /[\s\S][\p{M}\u1160-\u11FF]+|[^\u0000-\u007F]/gu;

/** Offsets of the normalised text → offsets of the original. */
export interface OffsetMap {
  /** Where the character at `offset` of the normalised text starts in the original. */
  start(offset: number): number;
  /** Where the span ending at `offset` of the normalised text ends in the original. */
  end(offset: number): number;
}

export interface NormalizedText {
  text: string;
  /** Null when the text was already normal (offsets are the same). */
  map: OffsetMap | null;
}

interface Rewrite {
  text: string;
  /** For each unit of the new text, the first and one-past-last original unit it stands for. */
  starts: number[];
  ends: number[];
  originalLength: number;
}

/** Replaces each match of `pattern` by `replace(match)`, remembering where every new unit came from. */
function rewrite(text: string, pattern: RegExp, replace: (match: string) => string): Rewrite | null {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let copied = 0;
  const keep = (to: number) => {
    pieces.push(text.slice(copied, to));
    for (let i = copied; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
  };
  for (const match of text.matchAll(pattern)) {
    const replacement = replace(match[0]);
    if (replacement === match[0]) continue;
    keep(match.index);
    pieces.push(replacement);
    for (let k = 0; k < replacement.length; k++) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    copied = match.index + match[0].length;
  }
  if (pieces.length === 0) return null;
  keep(text.length);
  return { text: pieces.join(''), starts, ends, originalLength: text.length };
}

function offsetMap(steps: readonly Rewrite[]): OffsetMap {
  const back = (offset: number, pick: 'start' | 'end'): number => {
    let at = offset;
    for (let s = steps.length - 1; s >= 0; s--) {
      const step = steps[s]!;
      if (pick === 'start') at = at >= step.starts.length ? step.originalLength : step.starts[Math.max(0, at)]!;
      else at = at <= 0 ? (step.starts[0] ?? 0) : step.ends[Math.min(at, step.ends.length) - 1]!;
    }
    return at;
  };
  return { start: (offset) => back(offset, 'start'), end: (offset) => back(offset, 'end') };
}

/** @param text the file's text (BOM removed) */
export function normalizeForReading(text: string): NormalizedText {
  const hasInvisible = INVISIBLE.test(text);
  if (!hasInvisible && text.normalize('NFC') === text) return { text, map: null };
  const steps: Rewrite[] = [];
  const visible = hasInvisible ? rewrite(text, ALL_INVISIBLE, () => '') : null;
  if (visible) steps.push(visible);
  const current = visible?.text ?? text;
  const composed = current.normalize('NFC') === current ? null : rewrite(current, COMPOSABLE, (unit) => unit.normalize('NFC'));
  if (composed) steps.push(composed);
  return steps.length === 0 ? { text, map: null } : { text: steps.at(-1)!.text, map: offsetMap(steps) };
}
