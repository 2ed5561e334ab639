/**
 * The README's integration snippets, run for real: the pre-commit framework
 * with this repository as a hook repo, and husky + lint-staged blocking a
 * commit. The pre-commit test uses this repository's HEAD commit (a hook repo
 * is installed from a commit), so commit before running it locally.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_DRAFT, USER_DRAFT, repoRoot } from './cli-helpers.js';

/** The code block after `<!-- snippet: name -->` in the README. */
function snippet(name: string): string {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const match = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`README has no snippet ${name}`);
  return match[1]!;
}

function gitRepo(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['config', 'user.email', 'test@example.com'], { cwd: dir });
  execFileSync('git', ['config', 'user.name', 'Test'], { cwd: dir });
  return dir;
}

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const isGitCheckout = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot }).status === 0;

describe.skipIf(!hasPreCommit || !isGitCheckout)('pre-commit (the real framework)', () => {
  let project = '';
  beforeAll(() => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    project = gitRepo('netlint-pre-commit-');
    const config = snippet('pre-commit-config').replace('https://github.com/netlint/netlint', repoRoot).replace('v0.1.0', head);
    writeFileSync(path.join(project, '.pre-commit-config.yaml'), config);
    // Installing the hook's environment is an `npm install` of this repository (with its
    // build), minutes on a busy machine: done once here, with no time limit of its own,
    // so that the runs below time only netlint.
    execFileSync('git', ['add', '-A'], { cwd: project });
    execFileSync('pre-commit', ['install-hooks'], { cwd: project, stdio: 'ignore' });
  }, 1_200_000);
  const run = (files: Record<string, string | Buffer>) => {
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(project, name), content);
    execFileSync('git', ['add', '-A'], { cwd: project });
    return spawnSync('pre-commit', ['run', '--files', ...Object.keys(files)], { cwd: project, encoding: 'utf8', timeout: 540_000 });
  };

  it('fails the hook on a USER draft, with its findings', () => {
    const result = run({ 'user.md': USER_DRAFT });
    expect(result.stdout).toMatch(/netlint\.+Failed/);
    expect(result.stdout).toContain('vague-advice-request');
    expect(result.status).toBe(1);
  }, 600_000);

  it('passes a clean draft, and skips a binary file named .md', () => {
    const result = run({ 'clean.md': CLEAN_DRAFT, 'logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    expect(result.stdout).toMatch(/netlint\.+Passed/);
    expect(result.status).toBe(0);
  }, 600_000);
});

describe('lint-staged and husky', () => {
  it('blocks a commit that stages a USER draft and lets a clean one through', () => {
    const project = gitRepo('netlint-lint-staged-');
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'outreach', version: '1.0.0', private: true, ...JSON.parse(snippet('lint-staged-config')) }, null, 2));
    // The README's setup, with this checkout standing in for the published package.
    const setup = snippet('lint-staged-setup').replace('npm install --save-dev github:netlint/netlint#v0.1.0 husky lint-staged', `npm install --save-dev --no-audit --no-fund ${repoRoot} husky@9 lint-staged@16`);
    execFileSync('bash', ['-ec', setup], { cwd: project, stdio: 'ignore' });

    writeFileSync(path.join(project, 'draft.md'), USER_DRAFT);
    execFileSync('git', ['add', 'draft.md'], { cwd: project });
    const blocked = spawnSync('git', ['commit', '-m', 'draft'], { cwd: project, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(`${blocked.stdout}${blocked.stderr}`).toContain('vague-advice-request');
    expect(spawnSync('git', ['rev-parse', 'HEAD'], { cwd: project }).status).not.toBe(0);

    writeFileSync(path.join(project, 'draft.md'), CLEAN_DRAFT);
    execFileSync('git', ['add', 'draft.md'], { cwd: project });
    const passed = spawnSync('git', ['commit', '-m', 'draft'], { cwd: project, encoding: 'utf8' });
    expect(passed.stderr + passed.stdout).not.toContain('error');
    expect(passed.status).toBe(0);
  }, 1_200_000);
});

describe('GitHub Action', () => {
  it('action.yml is a composite action whose script parses and takes inputs through the environment only', async () => {
    const { parse } = await import('yaml');
    const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { runs: { using: string; steps: { run: string; env: Record<string, string> }[] }; inputs: Record<string, unknown> };
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'sarif-file', 'args']));
    const [step] = action.runs.steps;
    expect(step!.run).not.toMatch(/\$\{\{/); // no expression pasted into the shell script
    expect(spawnSync('bash', ['-n', '-c', step!.run]).status).toBe(0);
  });
});
