/**
 * The article's own messages (shared/seed): the USER message must get each
 * named rule on the right words; the NETWORKER messages must get nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, textAt } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'article', name), 'utf8');
const NAMED_RULES = ['vague-advice-request', 'no-reciprocity-offer', 'attachment-before-relationship', 'form-letter-phrasing'];

describe('the article', () => {
  it('flags the USER message with each named rule, on the right words', () => {
    const text = fixture('user-linkedin.md');
    const found = lint(text, { rules: NAMED_RULES }).map((m) => [m.ruleId, textAt(text, m)]);
    expect(found).toEqual([
      ['form-letter-phrasing', 'I see you work for'],
      ['no-reciprocity-offer', 'Can you please give me some advice?'],
      ['vague-advice-request', 'some advice'],
      ['attachment-before-relationship', 'attached is my résumé'],
    ]);
  });

  it('infers that the USER message is a first contact', async () => {
    const { parseMessage } = await import('../src/message/index.js');
    const { message } = parseMessage(fixture('user-linkedin.md'), { filePath: 'user.md', defaults: {}, today: '2026-03-01' });
    expect(message.facts.stage).toBe('first-contact');
    expect(message.facts.channel).toBe('linkedin');
  });

  it('leaves the NETWORKER LinkedIn message alone', () => {
    expect(lint(fixture('networker-linkedin.md'), { rules: NAMED_RULES })).toEqual([]);
  });

  it('leaves the NETWORKER follow-up e-mail alone', () => {
    expect(lint(fixture('follow-up-email.md'), { rules: NAMED_RULES })).toEqual([]);
  });
});
