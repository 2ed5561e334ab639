import { defineRule } from '../src/rule-api.js';
import { trimEndChars } from '../src/text/trim.js';

/** Words that turn an order into a request. */
const SOFTENER = /\b(?:please|kindly|could|would|might|may\s+(?:I|we)|if\s+you|when\s+you|whenever|feel\s+free|thanks?|thank\s+you|appreciate|grateful|possible|mind)\b/i;
/** Imperatives that are courtesies, not orders. */
const COURTESY = /^\s*(?:let\s+me\s+know|feel\s+free|thank|thanks|have\s+a|enjoy|take\s+care|keep\s+up|good\s+luck|congrat|see\s+you|talk\s+soon|excuse|pardon|forgive|welcome|hope|look\s+forward|best|cheers|stay|note\s+that|imagine|say\s+hi|give\s+my\s+best)\b/i;
/** Verbs that ask the reader to act for the writer. */
const ORDER = /^\s*(?:(?:just|also|then)\s+)?(?:send|forward|pass|give|get|tell|email|e-mail|call|text|reply|respond|share|introduce|connect|refer|review|check|look|read|sign|schedule|book|set\s+up|put|find|make|help|write|contact|reach\s+out|ping|follow\s+up|confirm|update|let)\b/i;

export default defineRule({
  meta: {
    verdict: 'gives orders',
    description: 'Do not give orders to someone doing you a favour ("Send me…", "Forward my résumé.").',
    recommended: false,
    needs: ['nlp'],
    messages: {
      order: '"{{start}}…" reads as an order to someone who owes you nothing: ask instead ("Would you be open to…?", "Could you…?").',
    },
    docs: {
      why:
        'Even the article\'s USER says "please"; the NETWORKER asks permission ("may I ask you a few questions via e-mail?"). A bare imperative to a stranger treats a favour as a duty.',
      bad: ["Send me the hiring manager's e-mail.", 'Forward my résumé to your recruiter.'],
      good: ['Would you be open to sharing the hiring manager\'s e-mail?', 'Please let me know if a call next week would suit you.', 'Thanks again for your time on Tuesday.'],
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        const text = sentence.text;
        if (/\?\s*$/.test(text) || SOFTENER.test(text) || COURTESY.test(text) || !ORDER.test(text)) return;
        if (!context.nlp.analyze(text).isImperative) return;
        const words = text.trim().split(/\s+/).slice(0, 3).join(' ');
        context.report({ messageId: 'order', data: { start: trimEndChars(words, '.!,;:') }, at: sentence.span(0, text.length) });
      },
    };
  },
});
