import { defineRule } from '../src/rule-api.js';
import type { Ask, Stage } from '../src/types.js';

/**
 * A reply or thank-you that only sets up a bounded call the reader agreed to (the article's NETWORKER
 * e-mail: "20 minutes of your time… Which day works best?") continues an exchange; it asks no new favour.
 */
function arrangesAgreedCall(stage: Stage, asks: readonly Ask[], bounded: boolean): boolean {
  if (stage !== 'reply' && stage !== 'thank-you') return false;
  const kinds = asks.flatMap((a) => a.items.map((i) => i.kind));
  return bounded && kinds.includes('time') && kinds.every((k) => k === 'time' || k === 'contact');
}

export default defineRule({
  meta: {
    verdict: 'nothing offered back',
    description: 'A message that asks for something should offer something back.',
    recommended: 'warn',
    messages: {
      noOffer:
        'This message asks for something but offers nothing back: add a line such as "Is there anything I can do to help you?" or offer something useful you can share.',
    },
    docs: {
      why:
        'Networking is "connecting to build two-way relationships for the long term." The article\'s NETWORKER closes the first note with "I hope I can help you in some way, as well" and the follow-up with "Is there anything I can do to help you?"; the USER only takes.',
      bad: ['Hi Sam, could you forward my résumé to the hiring manager for the sales role? Thanks, Nancy'],
      good: [
        'Hi Jo, thanks for reaching out about the role. Could you send over the job description before our call?',
        'Hi Sam, may I ask you three questions about the sales role by e-mail? I hope I can help you in some way, as well.',
        'Sam, thank you for your time on Tuesday. Your advice was invaluable, and I got the second interview!',
      ],
    },
  },
  create(context) {
    return {
      message() {
        const { asks, offers, durations } = context.reading;
        const first = asks[0];
        if (!first || offers.length > 0 || arrangesAgreedCall(context.message.stage, asks, durations.length > 0)) return;
        context.report({ messageId: 'noOffer', at: first.at });
      },
    };
  },
});
