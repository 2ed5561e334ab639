import { defineRule } from '../src/rule-api.js';

export default defineRule({
  meta: {
    scope: 'thread',
    verdict: 'too many nudges',
    description: 'Thread: do not send more than a couple of unanswered follow-ups in a row.',
    recommended: 'warn',
    options: {
      maxNudges: { type: 'number', default: 2, minimum: 0, description: 'Unanswered follow-ups allowed after a message.' },
    },
    messages: {
      tooMany: 'This is follow-up number {{count}} with no reply since {{since}}: stop here, or leave the door open ("No worries if the timing is not right").',
    },
    docs: {
      why: 'Follow-up is networking; a string of unanswered nudges is pressure on someone who owes you nothing, and reads as using them.',
      bad: ['A thread with a first message and three follow-ups, none answered.'],
      good: ['A thread with a first message and two follow-ups, then silence.'],
    },
  },
  create(context) {
    const maxNudges = context.options.maxNudges;
    return {
      thread(thread) {
        let run: typeof thread.messages[number][] = [];
        for (const entry of thread.messages) {
          if (entry.direction === 'received') run = [];
          else if (entry.direction === 'sent') run.push(entry);
          if (run.length - 1 === maxNudges + 1 && entry.direction === 'sent') {
            context.report({ messageId: 'tooMany', data: { count: run.length - 1, since: run[0]!.date }, at: entry.dateAt, in: entry.message });
          }
        }
      },
    };
  },
});
