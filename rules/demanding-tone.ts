import { defineRule } from '../src/rule-api.js';
import { trimEndChars } from '../src/text/trim.js';

export default defineRule({
  meta: {
    verdict: 'gives orders',
    description: 'Do not give orders to someone doing you a favour ("Send me…", "Forward my résumé.").',
    recommended: false,
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
      message() {
        for (const ask of context.reading.asks) {
          if (ask.form !== 'imperative' || ask.polite) continue;
          const words = ask.text.trim().split(/\s+/).slice(0, 3).join(' ');
          context.report({ messageId: 'order', data: { start: trimEndChars(words, '.!,;:') }, at: ask.at });
        }
      },
    };
  },
});
