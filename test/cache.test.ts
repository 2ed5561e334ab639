/**
 * --cache: unchanged files reuse their results; a change to the file, the
 * config, the CLI's rule settings or the date lints them again; several
 * processes can share one cache; a file that is not a netlint cache is never
 * overwritten.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_DRAFT, USER_DRAFT, netlint, netlintAsync, project, repoRoot, jsonResults, type JsonResult } from './cli-helpers.js';

const TODAY = ['--today', '2026-03-10'];
const byName = (results: JsonResult[]) => Object.fromEntries(results.map((r) => [path.basename(r.filePath), r]));

/** Rewrites one cached result in place, so a test can tell a cache hit from a fresh lint. */
function tamper(cacheFile: string, fileName: string): void {
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { result: JsonResult }> };
  const entry = Object.entries(cache.entries).find(([file]) => path.basename(file) === fileName)![1];
  entry.result.messages[0]!.message = 'FROM THE CACHE';
  writeFileSync(cacheFile, JSON.stringify(cache));
}

describe('--cache', () => {
  it('reuses the results of unchanged files and lints changed ones again', () => {
    const dir = project({ 'a.md': USER_DRAFT, 'b.md': USER_DRAFT, 'c.md': CLEAN_DRAFT });
    const first = netlint(['.', '--cache', '-f', 'json', ...TODAY], { cwd: dir });
    expect(first.status).toBe(1);
    const cacheFile = path.join(dir, '.netlintcache');
    expect(existsSync(cacheFile)).toBe(true);

    tamper(cacheFile, 'a.md');
    tamper(cacheFile, 'b.md');
    writeFileSync(path.join(dir, 'b.md'), `${USER_DRAFT}\n`);
    const second = byName(jsonResults(netlint(['.', '--cache', '-f', 'json', ...TODAY], { cwd: dir }).stdout));
    expect(second['a.md']!.messages[0]!.message).toBe('FROM THE CACHE');
    expect(second['b.md']!.messages[0]!.message).not.toBe('FROM THE CACHE');
    expect(second['b.md']!.errorCount).toBe(byName(jsonResults(first.stdout))['b.md']!.errorCount);

    // Without --cache the cache is neither read nor changed.
    const before = readFileSync(cacheFile, 'utf8');
    const uncached = byName(jsonResults(netlint(['.', '-f', 'json', ...TODAY], { cwd: dir }).stdout));
    expect(uncached['a.md']!.messages[0]!.message).not.toBe('FROM THE CACHE');
    expect(readFileSync(cacheFile, 'utf8')).toBe(before);
  });

  it('lints again when the config, a --rule setting or the date changes', () => {
    const dir = project({ 'a.md': USER_DRAFT });
    const cacheFile = path.join(dir, '.netlintcache');
    const run = (...extra: string[]) => jsonResults(netlint(['a.md', '--cache', '-f', 'json', ...extra], { cwd: dir }).stdout)[0]!;
    run(...TODAY);
    tamper(cacheFile, 'a.md');
    expect(run(...TODAY).messages[0]!.message).toBe('FROM THE CACHE');

    tamper(cacheFile, 'a.md');
    expect(run('--today', '2026-03-11').messages[0]!.message).not.toBe('FROM THE CACHE');

    tamper(cacheFile, 'a.md');
    const withoutRule = run('--today', '2026-03-11', '--rule', 'attachment-before-relationship: off');
    expect(withoutRule.messages.map((m) => m.ruleId)).not.toContain('attachment-before-relationship');

    run(...TODAY);
    tamper(cacheFile, 'a.md');
    writeFileSync(path.join(dir, '.networklintrc.json'), JSON.stringify({ extends: ['netlint:recommended'], rules: { 'vague-advice-request': 'off' } }));
    const configured = run(...TODAY);
    expect(configured.messages.map((m) => m.message)).not.toContain('FROM THE CACHE');
    expect(configured.messages.map((m) => m.ruleId)).not.toContain('vague-advice-request');
  });

  it('still runs the thread rules over a conversation whose files come from the cache', () => {
    const thread = path.join(repoRoot, 'fixtures', 'threads', 'user');
    const cacheFile = path.join(project({}), 'cache.json');
    const args = [thread, '-f', 'json', '--today', '2026-03-20'];
    const uncached = netlint(args);
    expect(uncached.stdout).toContain('"ruleId":"lead-time"');
    for (let i = 0; i < 2; i++) expect(netlint([...args, '--cache', '--cache-location', cacheFile]).stdout).toBe(uncached.stdout);
  });

  it('keeps the cache where --cache-location says (a directory gets .netlintcache inside)', () => {
    const dir = project({ 'a.md': USER_DRAFT, 'cache/.keep': '' });
    netlint(['a.md', '--cache', '--cache-location', 'cache/'], { cwd: dir });
    expect(existsSync(path.join(dir, 'cache', '.netlintcache'))).toBe(true);
    netlint(['a.md', '--cache', '--cache-location', 'my-cache.json'], { cwd: dir });
    expect(existsSync(path.join(dir, 'my-cache.json'))).toBe(true);
    expect(existsSync(path.join(dir, '.netlintcache'))).toBe(false);
  });

  it('never overwrites a file at the cache location that is not a netlint cache', () => {
    const notes = '# My notes\nNot a cache.\n';
    const dir = project({ 'a.md': USER_DRAFT, 'notes.md': notes });
    const run = netlint(['a.md', '--cache', '--cache-location', 'notes.md'], { cwd: dir });
    expect(run.status).toBe(1); // the lint result, unchanged by the cache problem
    expect(run.stderr).toBe(`netlint: warning: ${path.join(dir, 'notes.md')} exists and is not a netlint cache, so it was left alone (choose another --cache-location)\n`);
    expect(readFileSync(path.join(dir, 'notes.md'), 'utf8')).toBe(notes);
  });

  it('lints everything, with a warning, when the cache cannot be read', () => {
    const dir = project({ 'a.md': USER_DRAFT, 'cache/.netlintcache/.netlintcache/.keep': '' });
    const run = netlint(['a.md', '--cache', '--cache-location', 'cache/.netlintcache/', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(jsonResults(run.stdout)[0]!.errorCount).toBe(3);
    expect(run.stderr).toBe(`netlint: warning: the cache ${path.join(dir, 'cache', '.netlintcache', '.netlintcache')} is a directory, so it was not used\n`);
  });

  it('lets several netlint processes share one cache without losing entries', async () => {
    const files = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`draft-${i}.md`, i % 2 ? USER_DRAFT : CLEAN_DRAFT]));
    const dir = project(files);
    const names = Object.keys(files);
    // As pre-commit does: one process per batch of files, all at once.
    const runs = await Promise.all([0, 1, 2, 3].map((batch) => netlintAsync([...names.slice(batch * 2, batch * 2 + 2), '--cache', ...TODAY], { cwd: dir })));
    for (const run of runs) expect(run.stderr).toBe('');
    const cache = JSON.parse(readFileSync(path.join(dir, '.netlintcache'), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(cache.entries).map((file) => path.basename(file)).sort()).toEqual(names.sort());
    expect(existsSync(path.join(dir, '.netlintcache.lock'))).toBe(false);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});
