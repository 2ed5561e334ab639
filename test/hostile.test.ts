/**
 * Hostile input, through the real CLI, one input per run: whatever the file,
 * netlint ends with 0, 1 or 2 within its time budget, prints no stack trace,
 * and its JSON still parses. Inputs come from scripts/hostile-inputs.mjs.
 */
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script, also runnable on its own
import { writeHostileInputs } from '../scripts/hostile-inputs.mjs';
import { bin, netlintAsync } from './cli-helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'netlint-hostile-'));
(writeHostileInputs as (dir: string) => void)(dir);
const inputs = readdirSync(dir).sort();
const BUDGET_SECONDS = 3;

describe('hostile inputs', () => {
  it.concurrent.each(inputs)('%j ends cleanly', async (name) => {
    // A hang shows as the spawn's own limit (status null); how long a run took is not asserted,
    // so a busy machine cannot fail it.
    const run = await netlintAsync(['-f', 'json', '--file-timeout', String(BUDGET_SECONDS), '--', name], { cwd: dir, timeoutMs: 240_000 });
    expect([0, 1, 2]).toContain(run.status);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
    if (run.status === 2) expect(run.stderr).toMatch(/^netlint: .+/);
    else expect(() => JSON.parse(run.stdout)).not.toThrow();
  }, 300_000);

  it.concurrent.each(['utf16le-placeholders.md', 'utf16be-placeholders.md', 'utf16le-no-bom-placeholders.md', 'utf32le-placeholders.md', 'utf32be-placeholders.md', 'utf8-bom.md'])('finds the placeholders in %s', async (name) => {
    const run = await netlintAsync(['-f', 'json', name], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'unfilled-placeholder').map((m: { line: number; column: number }) => `${m.line}:${m.column}`)).toEqual(['1:4', '1:41']);
  });

  it('lints the whole folder in one run: symlink loops and cycles are not followed, special files are skipped', async () => {
    const run = await netlintAsync(['-f', 'json', '--file-timeout', String(BUDGET_SECONDS), '.'], { cwd: dir, timeoutMs: 240_000 });
    // invalid-utf8.md cannot be decoded: a fatal finding on it, one line on stderr, exit 2.
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: cannot lint ${path.join(dir, 'invalid-utf8.md')}: not UTF-8, UTF-16 or UTF-32 text\n`);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { fatal?: boolean; message: string }[] }[];
    const byName = new Map(results.map((r) => [path.relative(dir, r.filePath), r]));
    expect(byName.get('huge.md')!.messages[0]!.message).toContain('larger than 1024 KiB');
    expect(byName.get('pathological-backticks.md')!.messages[0]!.message).toContain('time budget');
    expect(byName.get(path.join('a-directory.md', 'inside.md'))).toBeDefined();
    expect([...byName.keys()].some((name) => name.includes('back-to-top'))).toBe(false);
  }, 300_000);
});

describe('many files and unreadable files', () => {
  it('lints more files than the open-file limit allows at once (no EMFILE)', async () => {
    const many = mkdtempSync(path.join(tmpdir(), 'netlint-many-'));
    // 256 is a common low limit (macOS's default); netlint reads files one at a time per thread.
    for (let i = 0; i < 600; i++) writeFileSync(path.join(many, `draft-${String(i).padStart(3, '0')}.md`), 'Hi Sam, thank you for the call on Tuesday.\n');
    const run = spawnSync('bash', ['-c', `ulimit -n 256 && "${process.execPath}" "${bin}" -f json .`], { cwd: many, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(600);
  }, 120_000);

  it.skipIf(process.getuid?.() === 0)('exits 2 naming an unreadable file, and still reports the others', async () => {
    const dir2 = mkdtempSync(path.join(tmpdir(), 'netlint-unreadable-'));
    writeFileSync(path.join(dir2, 'secret.md'), 'Can you give me some advice?\n');
    writeFileSync(path.join(dir2, 'open.md'), 'Can you give me some advice?\n');
    chmodSync(path.join(dir2, 'secret.md'), 0o000);
    const run = await netlintAsync(['-f', 'json', 'secret.md', 'open.md'], { cwd: dir2 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: cannot read ${path.join(dir2, 'secret.md')}: permission denied\n`);
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(['open.md']);
  });
});
