import { defineRule } from '../src/rule-api.js';
import { allMatches, clauseBefore, findRequest } from '../src/text/requests.js';

/** Big favours that put the reader's own name on the line. */
const BIG_FAVOURS: readonly RegExp[] = [
  /\b(?:refer(?:ring)?\s+me|(?:a|an|the|your)\s+(?:internal\s+|employee\s+)?referral(?!\s+(?:e-?mail|process|program|link|bonus|form|policy|system|code))|refer\s+my\s+(?:profile|application|r[eé]sum[eé]|resume|cv)|recommend\s+me)(?![\p{L}])/iu,
  /\b(?:forward|pass\s+along|pass)\s+(?:it|this|them|my\s+(?:r[eé]sum[eé]|resume|cv|application|profile|details|portfolio))(?:\s+(?:along|on))?\s+to\s+(?:the\s+|your\s+)?(?:hiring\s+(?:manager|team)|recruit(?:er|ing\s+team)|HR|team\s+lead|manager|someone|the\s+right\s+person)/iu,
  /\bforward\s+(?:it|my\s+(?:r[eé]sum[eé]|resume|cv))(?![\p{L}])/iu,
  /\bput\s+in\s+a\s+(?:good\s+)?word\b/i,
  /\bvouch\s+for\s+me\b/i,
  /\b(?:get|land|score)\s+me\s+(?:a|an)\s+(?:interview|job|offer|foot\s+in\s+the\s+door)\b/i,
  /\b(?:get|getting)\s+(?:me\s+)?(?:my|a)\s+foot\s+in\s+the\s+door\b/i,
  /\bintroduc(?:e\s+me|tion)\s+to\s+(?:the\s+|your\s+)?(?:hiring\s+manager|recruiter|head\s+of|VP|director|team\s+lead)/i,
  /\b(?:put|get)\s+me\s+in\s+touch\s+with\s+(?:the\s+|your\s+)?(?:hiring\s+manager|recruiter|head\s+of|VP|director|team\s+lead)/i,
  /\bconnect\s+me\s+(?:with|to)\s+(?:the\s+|your\s+)?(?:hiring\s+manager|recruiter|head\s+of|VP|director|team\s+lead)/i,
];
/** Asking how referrals work at a company is a fair question, not a favour. */
const GENERAL_QUESTION = /\b(?:referral\s+(?:program|process|bonus|policy|system)|how\s+(?:do|does)\s+referrals?\s+work|(?:do|does)\s+(?:your\s+company|you)\s+(?:have|accept|take)\s+referrals)\b/i;
const NEGATED = /\b(?:not|never|no)\b|n['’]t\b/i;

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
    if (context.message.stage !== 'first-contact') return {};
    return {
      sentence(sentence) {
        const text = sentence.text;
        if (GENERAL_QUESTION.test(text)) return;
        const isAsk = findRequest(text) !== null || /\?\s*$/.test(text) || /^\s*(?:please|kindly)\b/i.test(text);
        if (!isAsk) return;
        const matches = BIG_FAVOURS.flatMap((pattern) => allMatches(text, pattern)).sort((a, b) => a.start - b.start);
        const favour = matches.find((m) => !sentence.isQuoted(m.start, m.end) && !NEGATED.test(clauseBefore(text, m.start)));
        if (!favour) return;
        context.report({ messageId: 'bigFavour', data: { ask: favour.text.replace(/\s+/g, ' ') }, at: sentence.span(favour.start, favour.end) });
      },
    };
  },
});
