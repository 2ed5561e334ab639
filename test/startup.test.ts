/**
 * The start-up path of bin/netlint.js: the bundle with a V8 code cache, which
 * must never change what netlint reports, whatever state the cache is in; and
 * the fallback to the compiled modules when there is no bundle.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { USER_DRAFT, netlint, project, repoRoot } from './cli-helpers.js';

const cacheDir = path.join(repoRoot, 'dist', 'bundle', 'v8-cache');
const cacheFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.bin')) : []);
const dir = project({ 'draft.md': USER_DRAFT });
const expected = netlint(['draft.md', '--today', '2026-03-10'], { cwd: dir });
const run = () => netlint(['draft.md', '--today', '2026-03-10'], { cwd: dir });

describe('start-up from the bundle', () => {
  afterAll(() => {
    // Leave a working cache behind for the other tests, whatever a test did to it.
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('writes a code cache on the first run and reports the same with it', () => {
    expect(existsSync(path.join(repoRoot, 'dist', 'bundle', 'cli.cjs'))).toBe(true);
    rmSync(cacheDir, { recursive: true, force: true });
    const first = run();
    expect(cacheFiles()).toHaveLength(1);
    const second = run();
    expect([first.status, first.stdout, first.stderr]).toEqual([expected.status, expected.stdout, expected.stderr]);
    expect([second.status, second.stdout, second.stderr]).toEqual([expected.status, expected.stdout, expected.stderr]);
    expect(expected.status).toBe(1);
  });

  it('ignores a corrupt cache file and replaces it', () => {
    run();
    const [name] = cacheFiles();
    const file = path.join(cacheDir, name!);
    writeFileSync(file, 'not V8 code at all');
    const result = run();
    expect([result.status, result.stdout, result.stderr]).toEqual([expected.status, expected.stdout, expected.stderr]);
    expect(readFileSync(file, 'utf8')).not.toBe('not V8 code at all');
  });

  it('still runs when the cache cannot be written', () => {
    rmSync(cacheDir, { recursive: true, force: true });
    writeFileSync(cacheDir, 'a file where the cache directory would go');
    try {
      const result = run();
      expect([result.status, result.stdout, result.stderr]).toEqual([expected.status, expected.stdout, expected.stderr]);
    } finally {
      rmSync(cacheDir, { force: true });
    }
  });

  it('falls back to the compiled modules when the package has no bundle', () => {
    const install = mkdtempSync(path.join(tmpdir(), 'netlint-nobundle-'));
    mkdirSync(path.join(install, 'bin'));
    mkdirSync(path.join(install, 'dist'));
    copyFileSync(path.join(repoRoot, 'bin', 'netlint.js'), path.join(install, 'bin', 'netlint.js'));
    copyFileSync(path.join(repoRoot, 'package.json'), path.join(install, 'package.json'));
    for (const part of ['src', 'rules']) symlinkSync(path.join(repoRoot, 'dist', part), path.join(install, 'dist', part));
    const result = spawnSync(process.execPath, [path.join(install, 'bin', 'netlint.js'), 'draft.md', '--today', '2026-03-10'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect([result.status, result.stdout, result.stderr]).toEqual([expected.status, expected.stdout, expected.stderr]);
  });
});
