/**
 * Clauses and what governs them: whether a clause is negated, hypothetical
 * about the writer, or reported, decided once here for every act the
 * reading finds. Offsets are relative to the sentence text given.
 */
import { alternation, HEDGES, NEGATORS } from './lexicon.js';

export interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Clause boundaries: punctuation inside a sentence, and the words that start a new clause. */
const BOUNDARY = /[,;:—–()]|\s-\s|\b(?:but|and|so|because|although|though|while|whereas|unless|just|only|then)\b/gi;

/** The clauses of the last few sentences asked about: every act of a sentence asks about its clauses. */
const clauseCache = new Map<string, Clause[]>();

/** The clauses of a sentence, in order. */
export function clausesOf(text: string): Clause[] {
  const cached = clauseCache.get(text);
  if (cached) return cached;
  const clauses = splitClauses(text);
  if (clauseCache.size > 256) clauseCache.clear();
  clauseCache.set(text, clauses);
  return clauses;
}

function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    if (m.index > from) clauses.push({ start: from, end: m.index, text: text.slice(from, m.index) });
    from = /^[a-z]/i.test(m[0]) ? m.index : m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  if (from < text.length) clauses.push({ start: from, end: text.length, text: text.slice(from) });
  return clauses;
}

/** The clause that holds `index`. */
export function clauseAt(text: string, index: number): Clause {
  return clausesOf(text).find((c) => index >= c.start && index < c.end) ?? { start: 0, end: text.length, text };
}

// "n't" with its apostrophe, or the few contractions texters write without one ("dont", "cant").
const NEGATOR = new RegExp(String.raw`\b(?:${alternation(NEGATORS)})\b|n['’]t\b|\b(?:dont|cant|wont|didnt|doesnt|isnt|arent|wasnt|werent|couldnt|wouldnt|shouldnt|havent|hasnt|aint)\b`, 'gi');
const HEDGE = new RegExp(`(?:${alternation(HEDGES)})`, 'gi');

/**
 * Whether the words of the clause before `index` negate what stands at `index`
 * ("I'm not asking for a referral", "I can't offer much"). Hedges that hold a
 * negator but still ask ("I don't suppose you could…") do not negate.
 */
export function isNegatedAt(text: string, index: number): boolean {
  const clause = clauseAt(text, index);
  const before = text.slice(clause.start, index);
  const hedges: [number, number][] = [];
  HEDGE.lastIndex = 0;
  for (let m = HEDGE.exec(before); m !== null; m = HEDGE.exec(before)) hedges.push([m.index, m.index + m[0].length]);
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(before); m !== null; m = NEGATOR.exec(before)) {
    const at = m.index;
    if (!hedges.some(([s, e]) => at >= s && at < e)) return true;
  }
  return false;
}

/**
 * A hypothetical about the writer: "if I were to apply, I would…", "if I ever need…".
 * A conditional request stays an ask ("if your team is hiring, could you…").
 */
const WRITER_HYPOTHETICAL = /\b(?:if|in\s+case|should)\s+I\s+(?:were|was|ever|end\s+up|decide|happen|had)\b|\bwere\s+I\s+to\b/i;
export function isWriterHypothetical(sentence: string): boolean {
  return WRITER_HYPOTHETICAL.test(sentence);
}
