/**
 * Hostile input, through the real CLI, one input per run: whatever the file,
 * netlint ends with 0, 1 or 2 within its time budget, prints no stack trace,
 * and its JSON still parses. Inputs come from scripts/hostile-inputs.mjs.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script, also runnable on its own
import { writeHostileInputs } from '../scripts/hostile-inputs.mjs';
import { netlintAsync } from './cli-helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'netlint-hostile-'));
(writeHostileInputs as (dir: string) => void)(dir);
const inputs = readdirSync(dir).sort();
const BUDGET_SECONDS = 3;

describe('hostile inputs', () => {
  it.concurrent.each(inputs)('%j ends cleanly', async (name) => {
    const run = await netlintAsync(['-f', 'json', '--file-timeout', String(BUDGET_SECONDS), '--', name], { cwd: dir });
    expect([0, 1, 2]).toContain(run.status);
    expect(run.ms).toBeLessThan(BUDGET_SECONDS * 1000 + 15_000);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
    if (run.status === 2) expect(run.stderr).toMatch(/^netlint: .+/);
    else expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it.concurrent.each(['utf16le-placeholders.md', 'utf16be-placeholders.md', 'utf8-bom.md'])('finds the placeholders in %s', async (name) => {
    const run = await netlintAsync(['-f', 'json', name], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'unfilled-placeholder').map((m: { line: number; column: number }) => `${m.line}:${m.column}`)).toEqual(['1:4', '1:41']);
  });

  it('lints the whole folder in one run: symlink loops and cycles are not followed, special files are skipped', async () => {
    const run = await netlintAsync(['-f', 'json', '--file-timeout', String(BUDGET_SECONDS), '.'], { cwd: dir, timeoutMs: 120_000 });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { fatal?: boolean; message: string }[] }[];
    const byName = new Map(results.map((r) => [path.relative(dir, r.filePath), r]));
    expect(byName.get('huge.md')!.messages[0]!.message).toContain('larger than 1024 KiB');
    expect(byName.get('pathological-backticks.md')!.messages[0]!.message).toContain('time budget');
    expect(byName.get(path.join('a-directory.md', 'inside.md'))).toBeDefined();
    expect([...byName.keys()].some((name) => name.includes('back-to-top'))).toBe(false);
  }, 120_000);
});
