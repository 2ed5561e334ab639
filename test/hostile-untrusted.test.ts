/**
 * The second hostile round, for what a linted repository can make netlint do by
 * committing files: run its code (a formatter in node_modules, a `netlint` package
 * that the GitHub Action's npx would pick up), stall or exhaust it through the files
 * netlint reads for itself (ignore file, cache, config: symbolic links to pipes and
 * /dev/zero, FIFOs, out-of-tree targets), and lie through the cache (a forged or
 * malformed entry, an entry keyed on other bytes than were linted).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script, also runnable on its own
import { writeHostileTrees } from '../scripts/hostile-inputs.mjs';
import { CLEAN_DRAFT, USER_DRAFT, bin, netlint, netlintAsync, project, repoRoot, jsonResults, type JsonResult } from './cli-helpers.js';

const TODAY = ['--today', '2026-03-10'];
const ESM_PAYLOAD = "import { writeFileSync } from 'node:fs'; writeFileSync(process.cwd() + '/ran-code', 'x');";
const CJS_PAYLOAD = "require('node:fs').writeFileSync(process.cwd() + '/ran-code', 'x');";
const ranCode = (dir: string) => existsSync(path.join(dir, 'ran-code'));
/** A formatter package committed to the linted repository's node_modules. */
const formatterPackage = (name: string) => ({
  [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '1.0.0', main: 'index.js' }),
  [`node_modules/${name}/index.js`]: `${CJS_PAYLOAD} module.exports = () => 'EVIL FORMATTER';`,
});

describe('--untrusted resolves -f only as a built-in, from netlint itself, or from an absolute path', () => {
  it('does not load a formatter package committed to the working directory', () => {
    const dir = project({ 'draft.md': CLEAN_DRAFT, ...formatterPackage('eslint-formatter-evil') });
    const run = netlint(['draft.md', '-f', 'evil', '--untrusted'], { cwd: dir });
    expect(ranCode(dir)).toBe(false);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^netlint: Unknown format 'evil'.*\n$/);
  });

  it("uses netlint's own eslint-formatter-friendly, not a same-named package in the working directory", () => {
    const dir = project({ 'draft.md': USER_DRAFT, ...formatterPackage('eslint-formatter-friendly') });
    const run = netlint(['draft.md', '-f', 'friendly', '--untrusted'], { cwd: dir });
    expect(ranCode(dir)).toBe(false);
    expect(run.stdout).not.toContain('EVIL FORMATTER');
    expect(run.stdout).toContain('vague-advice-request');
    expect(run.status).toBe(1);
  });

  it('refuses a relative formatter path (it names a file of the linted tree)', () => {
    const dir = project({ 'draft.md': CLEAN_DRAFT, 'formatter.mjs': `${ESM_PAYLOAD} export default () => 'EVIL';` });
    const run = netlint(['draft.md', '-f', './formatter.mjs', '--untrusted'], { cwd: dir });
    expect(ranCode(dir)).toBe(false);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^netlint: .*--untrusted.*\n$/);
  });

  it('loads a formatter from an absolute path given on the command line, and from the working directory without --untrusted', () => {
    const elsewhere = project({ 'formatter.mjs': "export default (results) => `MINE ${results.length}`;" });
    const dir = project({ 'draft.md': CLEAN_DRAFT, ...formatterPackage('eslint-formatter-local') });
    expect(netlint(['draft.md', '-f', path.join(elsewhere, 'formatter.mjs'), '--untrusted'], { cwd: dir }).stdout).toBe('MINE 1\n');
    expect(netlint(['draft.md', '-f', 'local'], { cwd: dir }).stdout).toBe('EVIL FORMATTER\n');
  });
});

/**
 * Runs the Action's shell step as the runner would: its `env` with `${{ inputs.* }}` filled in
 * from the given inputs (or the defaults), in the workspace, with GITHUB_ACTION_PATH set.
 */
function runAction(options: { actionPath: string; workspace: string; inputs?: Record<string, string>; path?: string }) {
  const action = parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { steps: { run?: string; env?: Record<string, string> }[] };
  };
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? ''])), ...options.inputs };
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTION_PATH: options.actionPath, GITHUB_WORKSPACE: options.workspace, ...(options.path && { PATH: options.path }) };
  delete env['NO_COLOR'];
  let status: number | null = 0;
  let stdout = '';
  let stderr = '';
  for (const step of action.runs.steps) {
    if (!step.run) continue;
    // Inputs must reach the script through the environment, never pasted into it.
    expect(step.run).not.toContain('${{');
    for (const [name, value] of Object.entries(step.env ?? {})) {
      env[name] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => inputs[input] ?? '').replace(/\$\{\{\s*github\.action_path\s*\}\}/g, options.actionPath);
    }
    const run = spawnSync('bash', ['-e', '-c', step.run], { cwd: options.workspace, env, encoding: 'utf8', timeout: 60_000 });
    stdout += run.stdout;
    stderr += run.stderr;
    status = run.status;
    if (status !== 0) break;
  }
  return { status, stdout, stderr };
}

/** A checkout of the action: this repository's built netlint, as GitHub puts it in GITHUB_ACTION_PATH. */
function fakeActionCheckout(built: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'netlint-action-'));
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(path.join(repoRoot, 'bin', 'netlint.js'), path.join(dir, 'bin', 'netlint.js'));
  for (const file of ['package.json', 'package-lock.json', 'action.yml']) copyFileSync(path.join(repoRoot, file), path.join(dir, file));
  if (built) {
    symlinkSync(path.join(repoRoot, 'dist'), path.join(dir, 'dist'));
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  }
  return dir;
}

/** A pull request's checkout that commits a `netlint` package (and its .bin link) that runs code. */
function hostileWorkspace(files: Record<string, string> = {}): string {
  const dir = project({
    'draft.md': USER_DRAFT,
    'node_modules/netlint/package.json': JSON.stringify({ name: 'netlint', version: JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version, bin: { netlint: 'bin/netlint.js' } }),
    'node_modules/netlint/bin/netlint.js': `#!/usr/bin/env node\n${CJS_PAYLOAD} console.log('::notice::all clean');\n`,
    ...files,
  });
  execFileSync('chmod', ['+x', path.join(dir, 'node_modules/netlint/bin/netlint.js')]);
  mkdirSync(path.join(dir, 'node_modules/.bin'));
  symlinkSync('../netlint/bin/netlint.js', path.join(dir, 'node_modules/.bin/netlint'));
  return dir;
}

describe('the GitHub Action runs netlint from its own checkout', () => {
  const version = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;

  it('ignores a netlint committed to the checkout’s node_modules and passes --untrusted', () => {
    const workspace = hostileWorkspace({ '.networklintrc.cjs': `${CJS_PAYLOAD} module.exports = {};` });
    const run = runAction({ actionPath: fakeActionCheckout(true), workspace, inputs: { paths: 'draft.md', version } });
    expect(ranCode(workspace)).toBe(false);
    // --untrusted: the JavaScript config is refused with one line, exit 2.
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--untrusted reads only JSON and YAML config');
  });

  it('reports findings as annotations, and runs trusted config only when the untrusted input is false', () => {
    const workspace = hostileWorkspace();
    const run = runAction({ actionPath: fakeActionCheckout(true), workspace, inputs: { paths: 'draft.md', version } });
    expect(ranCode(workspace)).toBe(false);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=draft\.md,/m);

    const trusting = hostileWorkspace({ '.networklintrc.cjs': `${CJS_PAYLOAD} module.exports = { extends: ['netlint:recommended'] };` });
    const trusted = runAction({ actionPath: fakeActionCheckout(true), workspace: trusting, inputs: { paths: 'draft.md', version, untrusted: 'false' } });
    expect(trusted.status).toBe(1);
    expect(ranCode(trusting)).toBe(true); // its own config, which the workflow chose to trust
    expect(existsSync(path.join(trusting, 'node_modules/netlint/ran-code'))).toBe(false);
  });

  it('installs and builds netlint inside the action checkout when it has no build, never in the workspace', () => {
    const actionPath = fakeActionCheckout(false);
    const workspace = hostileWorkspace();
    // Stand-ins for npm and npx that record where and how they were called, and fail.
    const fakeBin = mkdtempSync(path.join(tmpdir(), 'netlint-fake-npm-'));
    const log = path.join(fakeBin, 'calls.log');
    for (const tool of ['npm', 'npx']) {
      writeFileSync(path.join(fakeBin, tool), `#!/bin/sh\necho "${tool} $PWD $*" >> "${log}"\nexit 3\n`, { mode: 0o755 });
    }
    const run = runAction({ actionPath, workspace, inputs: { paths: 'draft.md', version }, path: `${fakeBin}:${process.env['PATH']}` });
    expect(run.status).not.toBe(0);
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls[0]).toBe(`npm ${actionPath} ci --ignore-scripts --no-audit --no-fund`);
    expect(calls.some((call) => call.startsWith('npx') || call.includes(workspace))).toBe(false);
    expect(ranCode(workspace)).toBe(false);
  });
});

interface Tree {
  name: string;
  dir: string;
  args: string[];
}

const treesRoot = mkdtempSync(path.join(tmpdir(), 'netlint-hostile-trees-'));
const trees = (writeHostileTrees as (root: string) => Tree[])(treesRoot);
const treeNamed = (name: string) => trees.find((t) => t.name === name);

describe('files netlint reads for itself: regular files inside the tree only, size-capped', () => {
  it.concurrent.each(trees.map((t) => [t.name, t] as const))('%s ends with the draft reported or one line naming the file', async (_, tree) => {
    const run = await netlintAsync(['-f', 'json', ...tree.args, ...TODAY], { cwd: tree.dir, timeoutMs: 60_000 });
    expect(run.status === 1 || run.status === 2).toBe(true);
    expect(run.stderr).not.toMatch(/^\s+at |unexpected error/m);
    if (run.status === 2) {
      expect(run.stderr).toMatch(/^netlint: .*(networklintrc|netlint\.json).*\n$/);
    } else {
      const draft = jsonResults(run.stdout).find((r) => r.filePath === path.join(tree.dir, 'draft.md'));
      expect(draft?.errorCount).toBeGreaterThan(0);
    }
  });

  // Node gives a child a socket, not a pipe, for stdout: through `| cat` it is a real pipe, which
  // /proc/self/fd/1 then opens for reading (and reading it waited for ever).
  it.concurrent.each(trees.filter((t) => t.name.includes('stdout')).map((t) => [t.name, t] as const))('%s ends when stdout is a pipe', async (_, tree) => {
    const command = `"${process.execPath}" "${bin}" -f json ${tree.args.map((a) => `'${a}'`).join(' ')} ${TODAY.join(' ')} | cat`;
    const run = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn('bash', ['-o', 'pipefail', '-c', command], { cwd: tree.dir, stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.on('close', (status) => resolve({ status, stdout }));
    });
    expect(run.status === 1 || run.status === 2).toBe(true);
    if (run.status === 1) expect(jsonResults(run.stdout).some((r) => r.filePath === path.join(tree.dir, 'draft.md'))).toBe(true);
  });

  it('does not follow an ignore file that is a symbolic link out of the tree, and says so', () => {
    const tree = treeNamed('ignore-file-out-of-tree')!;
    const run = netlint(['-f', 'json', 'draft.md'], { cwd: tree.dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`netlint: warning: ${path.join(tree.dir, '.networklintignore')} is a symbolic link out of ${tree.dir}, so it was not used\n`);
  });

  it('refuses a config file that is a symbolic link out of the tree, or larger than 1 MiB', () => {
    for (const [name, why] of [
      ['config-out-of-tree', 'is a symbolic link out of'],
      ['config-too-large', 'is larger than 1024 KiB'],
    ] as const) {
      const tree = treeNamed(name)!;
      const run = netlint(['-f', 'json', 'draft.md'], { cwd: tree.dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`${path.join(tree.dir, '.networklintrc.json')}`);
      expect(run.stderr).toContain(why);
    }
  });

  it.skipIf(!treeNamed('explicit-fifo-with-cache'))('skips a FIFO named with --cache before reading it, and caches the rest', async () => {
    const tree = treeNamed('explicit-fifo-with-cache')!;
    const run = await netlintAsync(['-f', 'json', 'a-fifo.md', 'draft.md', '--cache', ...TODAY], { cwd: tree.dir });
    expect(run.status).toBe(1);
    const results = jsonResults(run.stdout);
    expect(results.find((r) => r.filePath.endsWith('a-fifo.md'))!.messages[0]!.message).toContain('not a regular file');
    expect(results.find((r) => r.filePath.endsWith('draft.md'))!.errorCount).toBeGreaterThan(0);
  });
});

/** A plugin whose rule, the first time it runs, rewrites another draft: an edit that lands mid-run. */
const EDITING_PLUGIN = `
import { existsSync, writeFileSync } from 'node:fs';
export default { name: 'editor', rules: { 'edit-b': {
  meta: { messages: {} },
  create(context) {
    const done = new URL('./edited', import.meta.url);
    if (context.message.filePath.endsWith('a.md') && !existsSync(done)) {
      writeFileSync(new URL('./b.md', import.meta.url), ${JSON.stringify(CLEAN_DRAFT)});
      writeFileSync(done, 'x');
    }
    return {};
  },
} } };
`;

describe('the cache', () => {
  it('keys a file on the bytes that were linted: a draft edited mid-run is not cached as clean under its old content', () => {
    const dir = project({
      'a.md': CLEAN_DRAFT,
      'b.md': USER_DRAFT,
      'editor.mjs': EDITING_PLUGIN,
      '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], plugins: ['./editor.mjs'], rules: { 'editor/edit-b': 'warn' } }),
    });
    const args = ['a.md', 'b.md', '--cache', '--concurrency', 'off', '-f', 'json', ...TODAY];
    netlint(args, { cwd: dir });
    expect(existsSync(path.join(dir, 'edited'))).toBe(true);
    // The user puts the erroneous draft back: it must be linted, not taken from the cache.
    writeFileSync(path.join(dir, 'b.md'), USER_DRAFT);
    const again = netlint(args, { cwd: dir });
    expect(jsonResults(again.stdout).find((r) => r.filePath.endsWith('b.md'))!.errorCount).toBeGreaterThan(0);
    expect(again.status).toBe(1);
  });

  it('ignores a null or malformed entry (and one whose key matches but whose result is not a result)', () => {
    const dir = project({ 'a.md': USER_DRAFT, 'b.md': USER_DRAFT });
    const cacheFile = path.join(dir, '.netlintcache');
    const args = ['a.md', 'b.md', '--cache', '-f', 'json', ...TODAY];
    netlint(args, { cwd: dir });
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { key: string; result: unknown }> };
    cache.entries[path.join(dir, 'a.md')] = null as never;
    cache.entries[path.join(dir, 'b.md')]!.result = { messages: 'none', errorCount: 0 };
    writeFileSync(cacheFile, JSON.stringify(cache));
    const run = netlint(args, { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(jsonResults(run.stdout).map((r) => [path.basename(r.filePath), r.errorCount])).toEqual([
      ['a.md', 3],
      ['b.md', 3],
    ]);
  });

  it('does not use, or write through, a cache that is a symbolic link', () => {
    const tree = treeNamed('cache-symlink-in-tree')!;
    const before = readFileSync(path.join(tree.dir, 'notes.json'), 'utf8');
    const run = netlint(['-f', 'json', 'draft.md', '--cache'], { cwd: tree.dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`netlint: warning: the cache ${path.join(tree.dir, '.netlintcache')} is a symbolic link, so it was not used\n`);
    expect(readFileSync(path.join(tree.dir, 'notes.json'), 'utf8')).toBe(before);
  });

  it('does not write the cache into a folder outside the tree that a committed symbolic link leads to', () => {
    const tree = treeNamed('cache-symlink-to-folder-out-of-tree')!;
    const run = netlint(['-f', 'json', 'draft.md', '--cache'], { cwd: tree.dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^netlint: warning: the cache .* so it was not used\n$/);
    expect(readdirSync(path.join(treesRoot, 'outside', 'cache-folder'))).toEqual([]);
  });

  it('under --untrusted, does not trust a cache committed with the repository', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const cacheFile = path.join(dir, '.netlintcache');
    const args = ['draft.md', '--cache', '-f', 'json', ...TODAY];
    // The attacker runs netlint on the same path and edits the entry to read clean.
    netlint(args, { cwd: dir });
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { result: JsonResult }> };
    const entry = cache.entries[path.join(dir, 'draft.md')]!;
    Object.assign(entry.result, { messages: [], errorCount: 0, warningCount: 0 });
    writeFileSync(cacheFile, JSON.stringify(cache));
    // ...and commits it; CI checks the repository out.
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const run = netlint([...args, '--untrusted'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(jsonResults(run.stdout)[0]!.errorCount).toBe(3);
  });

  it('under --untrusted, reuses the entries it wrote itself in this working copy', () => {
    const dir = project({ 'draft.md': USER_DRAFT, 'clean.md': CLEAN_DRAFT });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const cacheFile = path.join(dir, '.netlintcache');
    const args = ['draft.md', 'clean.md', '--cache', '--untrusted', '-f', 'json', ...TODAY];
    const first = netlint(args, { cwd: dir });
    expect(first.stderr).toBe('');
    const written = statSync(cacheFile).ino;
    const second = netlint(args, { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
    // Every file was a hit, so the cache was not rewritten (a rewrite renames a new file into place).
    expect(statSync(cacheFile).ino).toBe(written);
  });
});
