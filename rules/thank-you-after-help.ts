import { defineRule } from '../src/rule-api.js';
import { countOf } from '../src/text/wording.js';
import { HELP_EVENTS } from '../src/text/conversation.js';
import { daysBetween } from '../src/text/time.js';

export default defineRule({
  meta: {
    scope: 'thread',
    verdict: 'no thank-you after help',
    description: 'Thread: thank someone within a couple of days after they help you (a reply with help, a call, an introduction).',
    recommended: 'error',
    options: {
      withinDays: { type: 'number', default: 2, minimum: 0, description: 'Days after the help within which a sent thank-you is expected.' },
    },
    messages: {
      noThanks: 'No thank-you was sent within {{within}} of this {{what}} ({{date}}): send a short note naming what helped, as the NETWORKER "sends an immediate thank you note".',
    },
    docs: {
      why: 'During the call the NETWORKER "listens to the answers, takes notes, and sends an immediate thank you note." The article\'s author helps a hundred people a week and "at most, two people follow up with me".',
      bad: ['A thread where Sam replied with advice on March 3 and no thank-you was sent by March 5.'],
      good: ['A thread where Sam replied with advice on March 3 and a thank-you went out on March 3 or 4.'],
    },
  },
  create(context) {
    const withinDays = context.options.withinDays;
    return {
      thread(thread) {
        thread.messages.forEach((entry, index) => {
          const isHelp = (entry.direction === 'received' && context.readingOf(entry.message).helpGiven.length > 0) || (entry.direction === 'note' && entry.event !== undefined && HELP_EVENTS.has(entry.event));
          if (!isHelp || daysBetween(entry.date, thread.today) <= withinDays) return;
          const thanked = thread.messages.slice(index + 1).some((later) => later.direction === 'sent' && daysBetween(entry.date, later.date) <= withinDays && context.readingOf(later.message).thanks.length > 0);
          if (thanked) return;
          const what = entry.direction === 'note' ? entry.event! : 'reply';
          context.report({ messageId: 'noThanks', data: { within: countOf(withinDays, 'day'), what, date: entry.date }, at: entry.dateAt, in: entry.message });
        });
      },
    };
  },
});
