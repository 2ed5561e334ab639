/**
 * Conversations by declaration (catalogue v2, "Conversations (threads)"): only
 * messages with `direction` or a `thread` id in their front matter form a
 * conversation. A folder of drafts that carry `date`, `sent` or `deadline` is
 * a folder of independent messages: no thread rule and no "missing date"
 * finding applies to them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { netlint, project, repoRoot } from './cli-helpers.js';

const THREAD_RULES = new Set(['thank-you-after-help', 'keep-them-informed', 'follow-up-after-silence', 'too-many-nudges', 'lead-time']);

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

function lint(args: string[], cwd: string): JsonResult[] {
  const run = netlint([...args, '-f', 'json', '--today', '2026-03-30'], { cwd });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonResult[];
}

/** `file rule line:column` for every thread-rule finding and every finding netlint itself makes (null rule id). */
function conversationFindings(results: JsonResult[], root: string): string[] {
  return results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId === null || THREAD_RULES.has(m.ruleId))
      .map((m) => `${path.relative(root, r.filePath).split(path.sep).join('/')} ${m.ruleId ?? m.message} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity}`),
  );
}

const ASK = 'Hi Sam, I read your post on ramp-up at ABC. May I ask you two questions by e-mail? I hope I can help you in some way, as well.';
const HELP = 'Happy to help, Nancy. Here are my thoughts: measure ramp-up at 90 days.';
const THANKS = 'Sam, thank you for your notes on ramp-up; they changed how I will prepare.';

describe('a folder of drafts is not a conversation', () => {
  it('30 dated, undated and sent:/deadline:-carrying drafts get no thread finding and no date error', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) {
      const name = `drafts/draft-${String(i).padStart(2, '0')}.md`;
      const kind = i % 5;
      const header =
        kind === 0 ? '' // no front matter at all
        : kind === 1 ? `---\ndate: 2026-03-${String(1 + (i % 28)).padStart(2, '0')}\n---\n`
        : kind === 2 ? `---\nsent: 2026-03-${String(1 + (i % 28)).padStart(2, '0')}\ndeadline: 2026-03-20\nrecipient: Sam\n---\n`
        : kind === 3 ? `---\nchannel: email\nstage: follow-up\n---\n` // front matter, no date
        : `---\nsent: 2026-02-${String(1 + (i % 27)).padStart(2, '0')}\n---\n`;
      files[name] = `${header}${i % 2 === 0 ? ASK : 'Hi Sam, following up on my note in case it got buried. No pressure at all. I hope I can help you in some way, as well.'}\n`;
    }
    const dir = project(files);
    const results = lint(['drafts'], dir);
    expect(results).toHaveLength(30);
    expect(conversationFindings(results, dir)).toEqual([]);
  });

  it('drafts beside a declared conversation in one folder stay out of it', () => {
    const dir = project({
      'sam/a-ask.md': `---\ndirection: sent\ndate: 2026-03-01\n---\n${ASK}\n`,
      'sam/b-help.md': `---\ndirection: received\ndate: 2026-03-02\n---\n${HELP}\n`,
      // A draft of the thank-you, not yet declared as sent: it is not part of the conversation, so the help is still unthanked.
      'sam/c-thanks-draft.md': `---\nsent: 2026-03-03\n---\n${THANKS}\n`,
      'sam/d-undated-draft.md': `${THANKS}\n`,
    });
    expect(conversationFindings(lint(['sam'], dir), dir)).toEqual(['sam/b-help.md thank-you-after-help 3:7-3:17 2']);
  });
});

describe('a conversation is declared', () => {
  it('by a shared thread id, across folders', () => {
    const dir = project({
      'outbox/ask.md': `---\nthread: sam-abc\ndate: 2026-03-01\n---\n${ASK}\n`,
      'inbox/help.md': `---\nthread: sam-abc\ndirection: received\ndate: 2026-03-02\n---\n${HELP}\n`,
      'inbox/other.md': `---\nthread: lee-xyz\ndirection: received\ndate: 2026-03-02\n---\n${HELP}\n`,
    });
    expect(conversationFindings(lint(['outbox', 'inbox'], dir), dir)).toEqual(['inbox/help.md thank-you-after-help 4:7-4:17 2']);
  });

  it('a thread id groups apart from the direction-only messages of its folder', () => {
    const dir = project({
      't/a.md': `---\ndirection: sent\ndate: 2026-03-01\n---\n${ASK}\n`,
      't/b.md': `---\ndirection: received\ndate: 2026-03-02\n---\n${HELP}\n`,
      // Thanks for another conversation: it does not answer b.md's help.
      't/c.md': `---\nthread: lee\ndirection: sent\ndate: 2026-03-03\n---\n${THANKS}\n`,
      't/d.md': `---\nthread: lee\ndirection: received\ndate: 2026-03-04\n---\nSorry, Nancy, I am not able to help with this one.\n`,
    });
    expect(conversationFindings(lint(['t'], dir), dir)).toEqual(['t/b.md thank-you-after-help 3:7-3:17 2']);
  });

  it('a declared message without a date gets the missing-date finding, naming its conversation', () => {
    const dir = project({
      'x/a.md': `---\nthread: sam-abc\ndirection: sent\ndate: 2026-03-01\n---\n${ASK}\n`,
      'y/b.md': `---\nthread: sam-abc\ndirection: sent\n---\n${THANKS}\n`,
    });
    const results = lint(['x', 'y'], dir);
    const b = results.find((r) => r.filePath.endsWith('b.md'))!;
    expect(b.messages.map((m) => m.message)).toContainEqual(expect.stringMatching(/^This message is part of the conversation `sam-abc` but has no date/));
  });
});

describe('the thread fixtures keep their findings', () => {
  it('fixtures/threads gives exactly the thread findings it gave before conversations were declared', () => {
    const root = path.join(repoRoot, 'fixtures', 'threads');
    expect(conversationFindings(lint(['fixtures/threads'], repoRoot), root)).toEqual([
      'user/01-night-before.md lead-time 3:7-3:17 1',
      'user/02-sam-replies.md thank-you-after-help 3:7-3:17 2',
    ]);
  });
});

const devA = path.join(repoRoot, '..', 'shared', 'corpus', 'dev-a', 'messages');

describe.skipIf(!existsSync(devA))('the development set as a folder', () => {
  it('gives no thread finding and no null-rule error', () => {
    const results = lint([devA], repoRoot);
    expect(results.length).toBeGreaterThan(50);
    expect(conversationFindings(results, devA)).toEqual([]);
  });
});
