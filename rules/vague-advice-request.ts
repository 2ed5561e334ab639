import { defineRule } from '../src/rule-api.js';
import type { Sentence } from '../src/types.js';
import { allMatches, findRequest, type Match } from '../src/text/requests.js';
import { VAGUE_ASK_PATTERNS } from '../src/text/asks.js';

/** A question word opening a clause that names what the writer wants to know. */
const SPECIFIC_CLAUSE = /^\s*(?:on|about|regarding|around|re|with|as\s+to)?\s*(?:how|what|whether|which|why|when|where|who)\b((?:\s+\S+){4,})/i;
/** Reports about advice already given: "your advice was invaluable", "the tips you gave". */
const ALREADY_GIVEN_AFTER = /^\s*(?:you\s+(?:gave|shared|offered|sent)|(?:was|were|is|has|have|had|helped|made|proved|really|truly|last|from\s+(?:our|the)\s+call)\b)/i;
const THANKS = /\b(?:thanks?|thank\s+you|grateful|appreciated?)\b/i;
/** "I would be grateful for your input" asks; "I'm grateful for your input" thanks. */
const CONDITIONAL_THANKS = /\b(?:would|['’]d)\s+(?:be\s+)?(?:(?:so|very|really|truly|most)\s+)?(?:grateful|appreciate|thankful)\b/i;
const NEGATION = /\b(?:not|never|no\s+need|don['’]t|doesn['’]t|won['’]t|isn['’]t|without)\b/i;

/** "…thank you for [the advice]": the words just before the ask end in "for" (or "for all of"). */
function endsWithFor(text: string): boolean {
  const words = text.trimEnd().toLowerCase().split(/\s+/).slice(-3);
  const last = words.join(' ');
  return words[words.length - 1] === 'for' || last.endsWith('for all') || last.endsWith('for all of');
}
/** Suggestions *of* something concrete ("people I should talk to", "books") are specific requests. */
const CONCRETE_OBJECT = /\b(?:people|persons?|resources|books?|courses?|contacts?|companies|events|names|articles|podcasts|tools|programs|groups|communities|newsletters|conferences)\b/i;
const CONCRETE_QUESTION = /^(?:\d+[.)]\s*|[-*•]\s*)?(?:how|what|which|why|when|where|who|whom|is|are|does|do|did|has|have|should|was|were)\b[^?]*\?/i;

function isOpenEnded(sentence: Sentence, ask: Match, following: readonly Sentence[]): boolean {
  const text = sentence.text;
  const before = text.slice(0, ask.start);
  const after = text.slice(ask.end);
  if (ALREADY_GIVEN_AFTER.test(after) || (THANKS.test(before) && endsWithFor(before) && !CONDITIONAL_THANKS.test(before))) return false;
  // "I'm not looking for advice" — but "not a job, just some advice" still asks.
  const clause = before.split(/[,;]/).pop() ?? '';
  const negation = clause.search(NEGATION);
  if (negation >= 0 && !/\b(?:just|only|but)\b/i.test(clause.slice(negation))) return false;
  if (/\bI\s+(?:can|could|['’]d\s+be\s+happy\s+to|would\s+be\s+happy\s+to|am\s+happy\s+to)\s+(?:share|give|offer)\s*$/i.test(before)) return false;
  if (SPECIFIC_CLAUSE.test(after) || /:\s*$/.test(text)) return false;
  if (!/brain/i.test(ask.text) && CONCRETE_OBJECT.test(text)) return false;
  // A vague opener followed by the concrete questions themselves is fine.
  return !following.slice(0, 3).some((next) => CONCRETE_QUESTION.test(next.text.trim()) && !findVagueAsk(next.text));
}

function findVagueAsk(text: string): Match | null {
  for (const pattern of VAGUE_ASK_PATTERNS) {
    const match = allMatches(text, pattern)[0];
    if (match) return match;
  }
  return null;
}

export default defineRule({
  meta: {
    verdict: 'advice too general',
    description: 'Ask specific questions instead of for general advice, help or "to pick your brain".',
    recommended: 'error',
    needs: ['nlp'],
    messages: {
      vague: 'Asking for "{{ask}}" gives the reader no question to answer: ask 2–3 specific questions instead (for example "How does your team measure ramp-up in the first 90 days?").',
      pickBrain: '"{{ask}}" asks for open-ended time: name the 2–3 specific questions you want to ask instead.',
    },
    docs: {
      why:
        'The article\'s USER writes "Can you please give me some advice?" and the verdict is "Seeking advice is too general." A busy reader cannot answer a request with no question in it; the NETWORKER asks permission to ask "three questions" and then asks them.',
      bad: [
        'Can you please give me some advice?',
        "I'd love to pick your brain sometime.",
        'Any tips would be greatly appreciated!',
        "I'm looking for some career advice as I move into product management.",
      ],
      good: [
        'Could you tell me how the Y Division measures ramp-up for new reps?',
        'I realize you don\'t know me, but may I ask you a few questions via e-mail?',
        'Your advice was invaluable.',
        'Thank you so much for the advice you gave me last week.',
        "I'd love your advice on how your team decided to move the sales org to a vertical structure last year.",
      ],
    },
  },
  create(context) {
    return {
      message(message) {
        const sentences = message.sentences;
        sentences.forEach((sentence, index) => {
          const ask = findVagueAsk(sentence.text);
          if (!ask || sentence.isQuoted(ask.start, ask.end)) return;
          if (!isOpenEnded(sentence, ask, sentences.slice(index + 1))) return;
          // Only a request counts: "I'd love / would appreciate…", "can you…", or else a question
          // to the reader or a "please…" that the tagger recognises (not a past-tense report).
          // The lexical test comes first: the tagger is the expensive part of a run.
          if (findRequest(sentence.text) === null) {
            const reading = context.nlp.analyze(sentence.text);
            if (!(reading.isQuestion || reading.isImperative) || (reading.isPastTense && !reading.isQuestion)) return;
          }
          const pickBrain = /brain/i.test(ask.text);
          context.report({
            messageId: pickBrain ? 'pickBrain' : 'vague',
            data: { ask: ask.text.replace(/\s+/g, ' ').trim() },
            at: sentence.span(ask.start, ask.start + ask.text.trimEnd().length),
          });
        });
      },
    };
  },
});
