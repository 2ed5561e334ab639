/**
 * "Did you mean …?" for a misspelt name (a rule id, an option, a config key):
 * the closest known name by edit distance, if it is close enough to be the
 * one meant.
 */
import { distance } from 'fastest-levenshtein';

/** The known name closest to `word`, or undefined when none is plausibly what was meant. */
export function closestName(word: string, known: Iterable<string>): string | undefined {
  const typed = word.toLowerCase();
  // About one slip per three characters: "vauge-advice-request" finds its rule, "nope" finds nothing.
  const limit = Math.max(1, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const candidate = name.toLowerCase();
    // One is the other cut short ("warning" for "warn", "vague" for "vague-advice-request"): as good as one slip.
    const isPrefix = Math.min(typed.length, candidate.length) >= 3 && (typed.startsWith(candidate) || candidate.startsWith(typed));
    const d = candidate === typed ? 0 : isPrefix ? 1 : distance(typed, candidate);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean 'x'?)`, or '' when no known name is close. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const name = closestName(word, known);
  return name === undefined ? '' : ` (did you mean '${name}'?)`;
}
