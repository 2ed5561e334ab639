import { defineRule } from '../src/rule-api.js';
import { daysBetween } from '../src/text/time.js';
import { countOf } from '../src/text/wording.js';

export default defineRule({
  meta: {
    scope: 'thread',
    verdict: 'reached out too late',
    description: 'Thread: the first contact should come at least two weeks before the deadline the conversation is about.',
    recommended: 'warn',
    options: {
      minLeadDays: { type: 'number', default: 14, minimum: 0, description: 'Days between the first contact and the deadline.' },
    },
    messages: {
      late: 'The first message went out {{days}} before the deadline ({{deadline}}): start at least {{minLead}} ahead next time.',
    },
    docs: {
      why: 'The NETWORKER\'s plan "requires multiple steps, with the first one taking place a minimum of two weeks in advance!" The USER writes the night before the interview.',
      bad: ['A thread whose first message was sent on March 9 with `deadline: 2026-03-10` recorded in it.'],
      good: ['A thread whose first message was sent on February 10 for a March 10 deadline.'],
    },
  },
  create(context) {
    const minLeadDays = context.options.minLeadDays;
    return {
      thread(thread) {
        const first = thread.messages.find((m) => m.direction === 'sent');
        const deadlines = thread.messages.map((m) => m.message.facts.deadline).filter((d): d is string => d !== undefined).sort();
        if (!first || deadlines.length === 0) return;
        const deadline = deadlines.find((d) => d >= first.date) ?? deadlines[deadlines.length - 1]!;
        const days = daysBetween(first.date, deadline);
        if (days >= 0 && days < minLeadDays) context.report({ messageId: 'late', data: { days: countOf(days, 'day'), deadline, minLead: countOf(minLeadDays, 'day') }, at: first.dateAt, in: first.message });
      },
    };
  },
});
