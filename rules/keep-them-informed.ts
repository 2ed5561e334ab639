import { defineRule } from '../src/rule-api.js';
import { countOf } from '../src/text/wording.js';
import { MILESTONE_EVENTS } from '../src/text/conversation.js';
import { daysBetween } from '../src/text/time.js';

export default defineRule({
  meta: {
    scope: 'thread',
    verdict: 'helper not kept informed',
    description: 'Thread: after a milestone (interview, offer…) that someone helped with, send them an update.',
    recommended: 'warn',
    options: {
      withinDays: { type: 'number', default: 14, minimum: 0, description: 'Days after the milestone within which an update is expected.' },
    },
    messages: {
      noUpdate: 'Nothing was sent in the {{within}} after this {{event}} ({{date}}): tell the person who helped how it went ("Please let me know how you progress.").',
    },
    docs: {
      why: '"Immediately following Nancy\'s phone interview or any other milestone, Nancy writes Sam to keep him informed." The author ends every e-mail with "Please let me know how you progress." — "No response. I\'ve been used."',
      bad: ['A thread where Sam helped, the interview happened on March 10, and nothing was sent by March 24.'],
      good: ['A thread where the interview happened on March 10 and an update went to Sam on March 11.'],
    },
  },
  create(context) {
    const withinDays = context.options.withinDays;
    return {
      thread(thread) {
        thread.messages.forEach((entry, index) => {
          if (entry.direction !== 'note' || !entry.event || !MILESTONE_EVENTS.has(entry.event)) return;
          // Only a helper who took part earlier in the thread is owed an update.
          const helped = thread.messages.slice(0, index).some((m) => m.direction === 'received' || (m.direction === 'note' && m.event !== entry.event));
          if (!helped || daysBetween(entry.date, thread.today) <= withinDays) return;
          const updated = thread.messages.slice(index + 1).some((later) => later.direction === 'sent' && daysBetween(entry.date, later.date) <= withinDays);
          if (!updated) context.report({ messageId: 'noUpdate', data: { within: countOf(withinDays, 'day'), event: entry.event, date: entry.date }, at: entry.dateAt, in: entry.message });
        });
      },
    };
  },
});
