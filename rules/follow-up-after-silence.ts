import { defineRule } from '../src/rule-api.js';
import { countOf } from '../src/text/wording.js';
import { daysBetween } from '../src/text/time.js';
import { HELP_EVENTS } from '../src/text/conversation.js';

export default defineRule({
  meta: {
    scope: 'thread',
    verdict: 'no follow-up after silence',
    description: 'Thread: when a first message gets no reply, send one polite nudge after about a week.',
    recommended: 'warn',
    options: {
      nudgeAfterDays: { type: 'number', default: 7, minimum: 1, description: 'Days of silence after which a nudge is due.' },
    },
    messages: {
      noNudge: 'No reply to this message ({{date}}) for {{days}} and no follow-up: send one short, polite nudge.',
    },
    docs: {
      why: '"The single most common and rude characteristic of a USER is the lack of follow up." A message that goes unanswered deserves one polite nudge, not silence.',
      bad: ['A thread whose only message was sent on March 1, judged on March 15.'],
      good: ['A thread whose first message was sent on March 1 and nudged on March 8.'],
    },
  },
  create(context) {
    const nudgeAfterDays = context.options.nudgeAfterDays;
    return {
      thread(thread) {
        const sent = thread.messages.filter((m) => m.direction === 'sent');
        const first = sent[0];
        // A reply, or a call or meeting recorded as a note, means the reader answered.
        const answered = thread.messages.some((m) => m.direction === 'received' || (m.direction === 'note' && m.event !== undefined && HELP_EVENTS.has(m.event)));
        if (!first || answered) return;
        const silentFor = daysBetween(first.date, thread.today);
        if (sent.length === 1 && silentFor >= nudgeAfterDays) {
          context.report({ messageId: 'noNudge', data: { date: first.date, days: countOf(silentFor, 'day') }, at: first.dateAt, in: first.message });
        }
      },
    };
  },
});
