/**
 * Conversations: a folder of messages that declare `direction` is linted as a thread. Tests use
 * --today so day counts are exact and reproducible.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { netlint, project, repoRoot } from './cli-helpers.js';

interface Entry {
  name: string;
  direction: 'sent' | 'received' | 'note';
  date?: string;
  event?: string;
  deadline?: string;
  text: string;
}

const SENT_ASK = 'Hi Sam, I read your post on ramp-up at ABC. May I ask you two questions by e-mail? I hope I can help you in some way, as well.';
const HELP = 'Happy to help, Nancy. Here are my thoughts: measure ramp-up at 90 days.';
const THANKS = 'Sam, thank you for your notes on ramp-up; they changed how I will prepare.';
const UPDATE = 'Sam, a quick update: the interview went well and I have a second round next week.';

function thread(entries: Entry[]): string {
  return project(
    Object.fromEntries(
      entries.map((e) => [
        `t/${e.name}`,
        `---\ndirection: ${e.direction}\n${e.date ? `date: ${e.date}\n` : ''}${e.event ? `event: ${e.event}\n` : ''}${e.deadline ? `deadline: ${e.deadline}\n` : ''}---\n${e.text}\n`,
      ]),
    ),
  );
}

/** `file rule` for every thread finding (rules from the thread family, and null-rule date problems). */
function threadFindings(dir: string, today: string): string[] {
  const run = netlint(['t', '-f', 'json', '--today', today], { cwd: dir });
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; line: number; message: string }[] }[];
  const family = new Set(['thank-you-after-help', 'keep-them-informed', 'follow-up-after-silence', 'too-many-nudges', 'lead-time', null]);
  return results.flatMap((r) => r.messages.filter((m) => family.has(m.ruleId)).map((m) => `${path.basename(r.filePath)} ${m.ruleId ?? m.message.slice(0, 40)}`));
}

describe('thread-level rules on the article', () => {
  it('the NETWORKER thread lints clean', () => {
    const run = netlint(['fixtures/threads/networker', '-f', 'json', '--today', '2026-03-30'], { cwd: repoRoot });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).flatMap((r: { messages: unknown[] }) => r.messages)).toEqual([]);
  });

  it('the USER thread gets lead-time and thank-you-after-help, at the date lines', () => {
    const run = netlint(['fixtures/threads/user', '-f', 'json', '--today', '2026-03-30'], { cwd: repoRoot });
    const [ask, reply] = JSON.parse(run.stdout);
    expect(ask.messages.find((m: { ruleId: string }) => m.ruleId === 'lead-time')).toMatchObject({ line: 3, column: 7, severity: 1 });
    expect(reply.messages).toEqual([expect.objectContaining({ ruleId: 'thank-you-after-help', line: 3, column: 7, endColumn: 17, severity: 2 })]);
    expect(reply.netlint.verdict.reasons).toEqual(['no thank-you after help']);
  });
});

describe('thank-you-after-help', () => {
  const base: Entry[] = [
    { name: 'a.md', direction: 'sent', date: '2026-03-01', text: SENT_ASK },
    { name: 'b.md', direction: 'received', date: '2026-03-02', text: HELP },
  ];
  it('is quiet while the window is still open, and fires the day after it closes', () => {
    expect(threadFindings(thread(base), '2026-03-04')).toEqual([]);
    expect(threadFindings(thread(base), '2026-03-05')).toEqual(['b.md thank-you-after-help']);
  });
  it('accepts a thank-you on the last day of the window, not the day after', () => {
    expect(threadFindings(thread([...base, { name: 'c.md', direction: 'sent', date: '2026-03-04', text: THANKS }]), '2026-03-30')).toEqual([]);
    expect(threadFindings(thread([...base, { name: 'c.md', direction: 'sent', date: '2026-03-05', text: THANKS }]), '2026-03-30')).toEqual(['b.md thank-you-after-help']);
  });
  it('counts a call recorded as a note', () => {
    expect(threadFindings(thread([base[0]!, { name: 'call.md', direction: 'note', date: '2026-03-03', event: 'call', text: 'Call with Sam.' }]), '2026-03-30')).toEqual(['call.md thank-you-after-help']);
  });
});

describe('keep-them-informed', () => {
  const base: Entry[] = [
    { name: 'a.md', direction: 'sent', date: '2026-03-01', text: SENT_ASK },
    { name: 'b.md', direction: 'received', date: '2026-03-02', text: HELP },
    { name: 'c.md', direction: 'sent', date: '2026-03-02', text: THANKS },
    { name: 'd.md', direction: 'note', date: '2026-03-10', event: 'interview', text: 'Phone interview.' },
  ];
  it('wants an update within 14 days of a milestone', () => {
    expect(threadFindings(thread(base), '2026-03-24')).toEqual([]);
    expect(threadFindings(thread(base), '2026-03-25')).toEqual(['d.md keep-them-informed']);
    expect(threadFindings(thread([...base, { name: 'e.md', direction: 'sent', date: '2026-03-24', text: UPDATE }]), '2026-04-30')).toEqual([]);
  });
});

describe('follow-up-after-silence and too-many-nudges', () => {
  const first: Entry = { name: 'a.md', direction: 'sent', date: '2026-03-01', text: SENT_ASK };
  const nudge = (name: string, date: string): Entry => ({ name, direction: 'sent', date, text: 'Hi Sam, following up on my note in case it got buried. No pressure at all. I hope I can help you in some way, as well.' });
  it('wants one nudge after 7 days of silence', () => {
    // The note only makes the folder a thread (two dated files); applying is no answer from the reader.
    const applied: Entry = { name: 'b.md', direction: 'note', date: '2026-03-01', event: 'applied', text: 'Applied online.' };
    expect(threadFindings(thread([first, applied]), '2026-03-07')).toEqual([]);
    expect(threadFindings(thread([first, applied]), '2026-03-08')).toEqual(['a.md follow-up-after-silence']);
    expect(threadFindings(thread([first, nudge('c.md', '2026-03-08')]), '2026-03-30')).toEqual([]);
  });
  it('allows two unanswered nudges, not three; a reply resets the count', () => {
    const two = [first, nudge('b.md', '2026-03-08'), nudge('c.md', '2026-03-15')];
    expect(threadFindings(thread(two), '2026-03-30')).toEqual([]);
    expect(threadFindings(thread([...two, nudge('d.md', '2026-03-22')]), '2026-03-30')).toEqual(['d.md too-many-nudges']);
    expect(threadFindings(thread([...two, { name: 'r.md', direction: 'received', date: '2026-03-16', text: 'Sorry for the delay!' }, nudge('d.md', '2026-03-22')]), '2026-03-30')).toEqual([]);
  });
});

describe('lead-time', () => {
  it('wants the first contact 14 days before a recorded deadline', () => {
    const ask = (date: string): Entry => ({ name: 'a.md', direction: 'sent', date, deadline: '2026-03-15', text: SENT_ASK });
    const reply: Entry = { name: 'b.md', direction: 'received', date: '2026-03-02', text: 'Hi Nancy, sounds good.' };
    expect(threadFindings(thread([ask('2026-03-01'), reply]), '2026-03-02')).toEqual([]);
    expect(threadFindings(thread([ask('2026-03-02'), reply]), '2026-03-02')).toEqual(['a.md lead-time']);
  });
});

describe('threads as folders', () => {
  it('orders by date, not by file name', () => {
    const entries: Entry[] = [
      { name: '1-thanks.md', direction: 'sent', date: '2026-03-03', text: THANKS },
      { name: '2-help.md', direction: 'received', date: '2026-03-02', text: HELP },
      { name: '3-ask.md', direction: 'sent', date: '2026-03-01', text: SENT_ASK },
    ];
    expect(threadFindings(thread(entries), '2026-03-30')).toEqual([]);
  });

  it('does not lint received messages or notes as drafts', () => {
    const dir = thread([
      { name: 'a.md', direction: 'sent', date: '2026-03-01', text: SENT_ASK },
      { name: 'b.md', direction: 'received', date: '2026-03-02', text: 'Can you give me some advice? To whom it may concern, attached is my résumé.' },
      { name: 'c.md', direction: 'sent', date: '2026-03-02', text: THANKS },
    ]);
    const results = JSON.parse(netlint(['t', '-f', 'json', '--today', '2026-03-30'], { cwd: dir }).stdout);
    expect(results.find((r: { filePath: string }) => r.filePath.endsWith('b.md')).messages).toEqual([]);
  });

  it('reports a missing or malformed date as a clear finding', () => {
    const dir = thread([
      { name: 'a.md', direction: 'sent', date: '2026-03-01', text: SENT_ASK },
      { name: 'b.md', direction: 'received', date: '2026-02-30', text: HELP },
      { name: 'c.md', direction: 'sent', text: THANKS },
    ]);
    const results = JSON.parse(netlint(['t', '-f', 'json', '--today', '2026-03-30'], { cwd: dir }).stdout) as { filePath: string; messages: { message: string }[] }[];
    const messages = (name: string) => results.find((r) => r.filePath.endsWith(name))!.messages.map((m) => m.message);
    expect(messages('b.md')).toContain('Front matter `date` must be a date such as 2026-03-14, not "2026-02-30".');
    expect(messages('c.md')).toEqual([expect.stringMatching(/^This message is part of the conversation in t\/ but has no date/)]);
  });

  it('rejects a malformed --today', () => {
    expect(netlint(['x.md', '--today', 'soon'], { cwd: project({ 'x.md': 'Hi.\n' }) })).toMatchObject({ status: 2, stderr: "netlint: --today expects a date such as 2026-03-14, not 'soon'\n" });
  });
});

describe('stylish output for threads', () => {
  it('groups thread findings under the conversation folder', () => {
    const run = netlint(['fixtures/threads/user', '--today', '2026-03-30'], { cwd: repoRoot, env: { NO_COLOR: '1', COLUMNS: '100' } });
    const lines = run.stdout.split('\n');
    const header = lines.findIndex((l) => l === `${path.join('fixtures', 'threads', 'user')}${path.sep} (conversation)`);
    expect(header).toBeGreaterThan(0);
    // Each row quotes the date line the finding points at; the message follows below it.
    expect(lines[header + 1]).toMatch(/^ {2}01-night-before\.md:3:7 +warning +"2026-03-09" +lead-time$/);
    expect(lines[header + 2]).toMatch(/^ +The first message went out 1 day/);
    expect(lines.slice(header + 1).find((l) => /^ {2}02/.test(l))).toMatch(/^ {2}02-sam-replies\.md:3:7 +error +"2026-03-09" +thank-you-after-help$/);
  });
});
