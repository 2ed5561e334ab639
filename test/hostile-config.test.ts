/**
 * Hostile config files committed to a repository: each fails only the files it
 * applies to (a fatal finding, one line on stderr naming the config file, exit 2)
 * while a draft in the next folder keeps its results. Cases come from
 * scripts/hostile-inputs.mjs (hostileConfigs).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script, also runnable on its own
import { hostileConfigs, writeHostileConfigs } from '../scripts/hostile-inputs.mjs';
import { USER_DRAFT, netlintAsync } from './cli-helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'netlint-hostile-config-'));
(writeHostileConfigs as (dir: string) => void)(dir);
writeFileSync(path.join(dir, 'user.md'), USER_DRAFT);
const cases = Object.entries((hostileConfigs as () => Record<string, [string, string]>)());

describe('hostile config files', () => {
  it.concurrent.each(cases)('%s fails only its own folder, with one line naming the config', async (name, [file]) => {
    const looked = await netlintAsync(['-f', 'json', 'user.md', name], { cwd: dir });
    expect(looked.status).toBe(2);
    expect(looked.stderr).not.toMatch(/^\s+at /m);
    expect(looked.stderr).not.toContain('unexpected error');
    expect(looked.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(looked.stderr).toContain(path.join(dir, name, file));
    const results = JSON.parse(looked.stdout) as { filePath: string; errorCount: number; messages: { fatal?: boolean }[] }[];
    const byName = new Map(results.map((r) => [path.relative(dir, r.filePath), r]));
    expect(byName.get('user.md')!.errorCount).toBe(3);
    expect(byName.get(path.join(name, 'draft.md'))!.messages).toEqual([expect.objectContaining({ fatal: true })]);
  });
});
