/**
 * The one import of compromise. It costs a few hundred milliseconds to load,
 * so it is loaded only when an enabled rule declares `needs: ['nlp']`.
 *
 * It is required, not imported: the `require` condition of the package is
 * its prebuilt single-file bundle, which loads about twice as fast as the ESM
 * source entry and opens one file instead of hundreds at once (the ESM entry
 * fails with EMFILE under a low open-file limit, as in some CI containers).
 */
import { createRequire } from 'node:module';
import type { NlpTools, SentenceAnalysis } from '../types.js';

type Compromise = typeof import('compromise').default;
let loaded: Compromise | null = null;

function compromise(): Compromise {
  loaded ??= createRequire(import.meta.url)('compromise') as Compromise;
  return loaded;
}

/**
 * NLP tools that load compromise on the first sentence a rule actually asks
 * about: rules look for cheap lexical candidates first, so a draft with no
 * candidate never pays for the tagger at all.
 */
export function lazyNlp(): NlpTools {
  let tools: NlpTools | null = null;
  return {
    analyze: (text) => (tools ??= nlpTools(compromise())).analyze(text),
    leadingNounPhrase: (text) => (tools ??= nlpTools(compromise())).leadingNounPhrase(text),
  };
}

let shared: NlpTools | null = null;

/** One lazy instance for the whole process, so its caches serve every message of a run. */
export function sharedLazyNlp(): NlpTools {
  return (shared ??= lazyNlp());
}

export async function loadNlp(): Promise<NlpTools> {
  return nlpTools(compromise());
}

const MAX_ANALYZED_CHARS = 500;
const NEGATION = /\b(?:not|never|no longer|don't|doesn't|didn't|won't|wouldn't|can't|cannot|isn't|aren't|wasn't|haven't|hasn't|shouldn't|no need)\b|n['’]t\b/i;

function nlpTools(nlp: Compromise): NlpTools {
  const cache = new Map<string, SentenceAnalysis>();
  const phrases = new Map<string, string[]>();
  return {
    leadingNounPhrase(text: string): string[] {
      const known = phrases.get(text);
      if (known) return known;
      const words: string[] = [];
      for (const term of nlp(text).terms().json() as { text: string; terms: { tags: string[] }[] }[]) {
        const tags = term.terms[0]?.tags ?? [];
        // A verb ends the phrase ("team expects"); a gerund used as a noun ("work building tools") does not.
        if (tags.includes('Verb') && !tags.includes('Noun')) break;
        if (!tags.some((t) => t === 'Noun' || t === 'Adjective' || t === 'Value' || t === 'Acronym')) break;
        words.push(term.text);
      }
      if (phrases.size > 5000) phrases.clear();
      phrases.set(text, words);
      return words;
    },
    analyze(text: string): SentenceAnalysis {
      const whole = text.replace(/\s+/g, ' ').trim();
      // Tagging cost grows fast with length; a real sentence is short, so a run-on "sentence"
      // (a pasted log, a list without full stops) is judged on its opening only.
      const key = whole.length > MAX_ANALYZED_CHARS ? whole.slice(0, MAX_ANALYZED_CHARS) : whole;
      const hit = cache.get(whole);
      if (hit) return hit;
      const doc = nlp(key);
      const verbs = doc.verbs();
      const first = verbs.eq(0);
      const json = first.json()[0] as { verb?: { grammar?: { tense?: string } } } | undefined;
      const analysis: SentenceAnalysis = {
        isQuestion: /\?\s*$/.test(whole) || doc.questions().found,
        hasNegation: verbs.isNegative().found || NEGATION.test(key),
        isPastTense: json?.verb?.grammar?.tense === 'PastTense',
        isImperative: doc.has('^(please|kindly)? #Imperative') && !doc.has('^(thank|thanks|congrats|congratulations)'),
      };
      if (cache.size > 5000) cache.clear();
      cache.set(whole, analysis);
      return analysis;
    },
  };
}
