/**
 * Messages read as a careful human writes them: "1 day" and "2 days" (never
 * "day(s)"), day and month names capitalised, verbs that agree with their
 * subject ("Your interviews are…"), in every rule's message and in the
 * summary lines.
 */
import { describe, expect, it } from 'vitest';
import { builtins, lint } from './helpers.js';
import { USER_DRAFT, netlint, project, repoRoot } from './cli-helpers.js';

const FIRST_CONTACT = { stage: 'first-contact', sent: '2026-03-02' } as const; // a Monday

const messagesOf = (text: string, ruleId: string, defaults: Record<string, unknown> = FIRST_CONTACT, options = {}) =>
  lint(text, { rules: [ruleId], defaults: defaults as never, options: { [ruleId]: options } }).map((m) => m.message);

describe('every rule message template', () => {
  it.each([...builtins].flatMap(([id, rule]) => Object.entries(rule.meta.messages).map(([messageId, template]) => [`${id}/${messageId}`, template])))(
    '%s has no "(s)" and no count followed by a fixed plural',
    (_, template) => {
      expect(template).not.toMatch(/\(s\)/);
      // "{{days}} days" reads "1 days" when the count is 1: the count and its noun come from countOf.
      expect(template).not.toMatch(/\{\{\s*\w+\s*\}\}\s+(?:days|times|words|minutes|hours|weeks|characters|things)\b/);
    },
  );
});

describe('counts', () => {
  it('says "1 day" for a deadline one day after the message goes out', () => {
    expect(messagesOf('Could you tell me how the panel runs?', 'last-minute-ask', { ...FIRST_CONTACT, deadline: '2026-03-03' })).toEqual([
      'The deadline (2026-03-03) is 1 day after this goes out: reach out at least 14 days ahead ("a minimum of two weeks in advance").',
    ]);
    expect(messagesOf('Could you tell me how the panel runs?', 'last-minute-ask', { ...FIRST_CONTACT, deadline: '2026-03-05' }, { minLeadDays: 1 })).toEqual([]);
  });

  it('says "1 word" for a one-word first message', () => {
    expect(messagesOf('Hi.', 'message-length', { ...FIRST_CONTACT, channel: 'email' })).toEqual([
      'This first message is only 1 word: say who you are, why you are writing to this person, and what you are asking in 25 words or more.',
    ]);
  });

  it('says "1 time" when the reader is named once', () => {
    const text = 'I am a recent graduate and I am looking for my first role in sales. I have strong skills and I think I would be great at ABC. I have attached my résumé and I would like my application to be seen. Can you help?';
    expect(messagesOf(text, 'self-centered', {})).toEqual([expect.stringContaining('"you/your" 1 time:')]);
  });

  it('says "1 day" in a thread whose first message went out the day before the deadline', () => {
    const run = netlint(['fixtures/threads/user', '--today', '2026-03-30', '-f', 'json'], { cwd: repoRoot });
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((r) => r.messages);
    expect(messages.find((m) => m.ruleId === 'lead-time')!.message).toBe('The first message went out 1 day before the deadline (2026-03-10): start at least 14 days ahead next time.');
  });
});

describe('names and agreement', () => {
  it.each([
    ['My interview is this friday. Could you tell me how the panel runs?', 'Your interview is this Friday: '],
    ['My interviews are on friday. Could you tell me how the panel runs?', 'Your interviews are on Friday: '],
    ['My final round is on march 5. Could you tell me how the panel runs?', 'Your final round is on March 5: '],
    ['Applications for the policy fellowship close Friday, so could you tell me how the selection committee reads the essays?', 'Applications close on Friday: '],
  ])('%s → "%s…"', (text, start) => {
    const [message] = messagesOf(text, 'last-minute-ask');
    expect(message!.startsWith(start), message).toBe(true);
  });
});

describe('summary lines', () => {
  it('count problems, errors and warnings in the singular and the plural', () => {
    const one = project({ 'draft.md': 'Hi Sam, thanks again for the call on Tuesday. Could you look over my plan ASAP?\n' });
    const single = netlint(['draft.md', '--rule', 'no-reciprocity-offer: off'], { cwd: one });
    expect(single.stdout).toMatch(/\n✖ 1 problem \(1 error, 0 warnings\)\n$/);
    expect(netlint(['draft.md', '--rule', 'no-reciprocity-offer: off', '-f', 'compact'], { cwd: one }).stdout).toMatch(/\n\n1 problem\n$/);
    expect(netlint(['draft.md', '--rule', 'no-reciprocity-offer: off', '-f', 'codeframe'], { cwd: one }).stdout).toMatch(/\n1 error found\.\n$/);
    const many = project({ 'draft.md': USER_DRAFT });
    expect(netlint(['draft.md', '-f', 'codeframe'], { cwd: many }).stdout).toMatch(/\n3 errors and 3 warnings found\.\n$/);
  });
});
