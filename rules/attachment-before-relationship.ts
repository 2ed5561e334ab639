import { defineRule } from '../src/rule-api.js';
import { needsRelationshipFirst } from '../src/reading/relationship.js';

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
    if (!needsRelationshipFirst(context.message)) return {};
    return {
      message() {
        for (const { at, document } of context.reading.documents) {
          const name = document.toLowerCase();
          context.report({ messageId: 'attached', data: { doc: name === 'cv' || name === 'cvs' ? 'CV' : name }, at });
        }
      },
    };
  },
});
