import { defineRule } from '../src/rule-api.js';
import { needsRelationshipFirst } from '../src/reading/relationship.js';

export default defineRule({
  meta: {
    verdict: 'asks a stranger for a referral',
    description: 'Do not ask a stranger for a referral, a forwarded résumé or an introduction to a hiring manager.',
    recommended: 'error',
    messages: {
      bigFavour:
        '"{{ask}}" asks someone who does not know you to vouch for you: build the relationship first (ask 2–3 specific questions, keep them posted) and ask about referrals once they know your work.',
    },
    docs: {
      why:
        'The article\'s USER asks a connection she has never spoken to: "Will you please forward it to the hiring manager of job #125465 with a referral?" — "built no relationship, asked for too much." A referral spends the referrer\'s reputation; the NETWORKER earns it over several steps first.',
      bad: [
        'Will you please forward my résumé to the hiring manager of job #125465 with a referral?',
        "Hi Dana, I'm applying for the analyst role at Brex. Would you be willing to refer me?",
        'Could you put in a good word for me with the recruiting team?',
      ],
      good: [
        'Does your company have an employee referral program, or do most hires come through the careers page?',
        "I'm not asking for a referral: may I ask you two questions about the team's roadmap?",
      ],
      exampleFacts: { stage: 'first-contact' },
    },
  },
  create(context) {
    if (!needsRelationshipFirst(context.message)) return {};
    return {
      message() {
        for (const ask of context.reading.asks) {
          const favour = ask.bigFavour;
          if (favour) context.report({ messageId: 'bigFavour', data: { ask: favour.text }, at: favour.at });
        }
      },
    };
  },
});
