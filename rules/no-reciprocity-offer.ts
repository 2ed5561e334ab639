import { defineRule } from '../src/rule-api.js';
import type { Ask, Stage } from '../src/types.js';

/**
 * A reply or thank-you that only asks what the reader already agreed to — the specific questions and a
 * bounded call, as in the article's NETWORKER e-mail ("Here are my three questions… 20 minutes of your
 * time… Which day works best?") — continues an exchange; it asks no new favour. A new favour (a review,
 * a referral, job details) or an open-ended request still owes something back.
 */
function continuesAgreedExchange(stage: Stage, asks: readonly Ask[], bounded: boolean): boolean {
  if (stage !== 'reply' && stage !== 'thank-you') return false;
  const kinds = asks.flatMap((a) => a.items.map((i) => i.kind));
  if (kinds.length === 0 || asks.some((a) => a.vague || a.items.length === 0)) return false;
  // Questions are the agreed ones only when asked as questions; "I'd be grateful for any suggestions" asks anew.
  // (or as what a bounded call is for: "20 minutes of your time to listen to your answers").
  const asksAnew = (a: Ask) => a.items.some((i) => i.kind === 'advice') && !a.items.some((i) => i.kind === 'time') && a.form !== 'question' && a.form !== 'list-item';
  if (asks.some(asksAnew)) return false;
  return kinds.every((k) => k === 'time' || k === 'advice' || k === 'contact') && (bounded || !kinds.includes('time'));
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
        'Sam, thank you for sending your e-mail address. May I call you for 20 minutes next Tuesday at 10am PST to ask my three questions?',
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
        if (!first || offers.length > 0 || continuesAgreedExchange(context.message.stage, asks, durations.length > 0)) return;
        context.report({ messageId: 'noOffer', at: first.at });
      },
    };
  },
});
