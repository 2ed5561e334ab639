/**
 * The article's own messages (shared/seed): the USER message must get each
 * rule its behaviours call for, on the right words; the NETWORKER messages
 * must get nothing from any rule; the article's follow-up has exactly its two
 * empty slots, and nothing once they are filled.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../src/message/index.js';
import { ARTICLE_USER_FINDINGS, builtins, describeFinding, lint, textAt } from './helpers.js';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'article', name), 'utf8');
const ALL_RULES = [...builtins.keys()];

describe('the article', () => {
  it('flags the USER message with each behaviour the article names, on the right words', () => {
    const text = fixture('user-linkedin.md');
    const found = lint(text, { rules: ALL_RULES }).map((m) => [m.ruleId, textAt(text, m)]);
    expect(found).toEqual(ARTICLE_USER_FINDINGS);
  });

  it('infers that the USER message is a first contact', () => {
    const { message } = parseMessage(fixture('user-linkedin.md'), { filePath: 'user.md', defaults: {}, today: '2026-03-01' });
    expect(message.facts).toMatchObject({ stage: 'first-contact', channel: 'linkedin' });
  });

  it.each(['networker-linkedin.md', 'networker-email.md', 'follow-up-email-filled.md'])('leaves the NETWORKER message %s alone (every rule on)', (name) => {
    expect(lint(fixture(name), { rules: ALL_RULES }).map(describeFinding)).toEqual([]);
  });

  it('finds exactly the two empty slots in the follow-up e-mail', () => {
    const text = fixture('follow-up-email.md');
    const found = lint(text, { rules: ALL_RULES });
    expect(found.map((m) => `${describeFinding(m)} «${textAt(text, m)}»`)).toEqual([
      '4:37-4:41 unfilled-placeholder/emptySlot «on .»',
      '4:95-4:103 unfilled-placeholder/emptySlot «with and»',
    ]);
  });
});
