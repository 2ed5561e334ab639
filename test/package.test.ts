/**
 * The published package: `npm pack` holds only what runs, and installing the
 * tarball into an empty project gives a working `npx netlint` and library API
 * with no dev dependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_DRAFT, repoRoot } from './cli-helpers.js';

describe('npm package', () => {
  // --ignore-scripts: `npm test` has built dist already, and the `prepare` script that
  // `npm pack` would run rebuilds it in place while other test files start the CLI
  // from it (a clean-clone CI run saw one such start die with no output).
  it('packs only what runs, installs from the tarball, and runs npx netlint', () => {
    const packDir = mkdtempSync(path.join(tmpdir(), 'netlint-pack-'));
    const listing = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0] as { filename: string; files: { path: string }[] };
    const paths = listing.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['bin/netlint.js', 'dist/src/cli.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/rules/index.js', 'README.md', 'LICENSE', 'package.json']));
    expect(paths.filter((p) => /^(?:test|fixtures|scripts|src|rules)\//.test(p) || p.endsWith('.ts') && !p.endsWith('.d.ts'))).toEqual([]);

    const app = mkdtempSync(path.join(tmpdir(), 'netlint-app-'));
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }));
    writeFileSync(path.join(app, 'draft.md'), USER_DRAFT);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--omit=dev', path.join(packDir, listing.filename)], { cwd: app, stdio: 'ignore' });
    expect(readdirSync(path.join(app, 'node_modules'))).not.toContain('vitest');

    const run = spawnSync('npx', ['--no-install', 'netlint', 'draft.md', '-f', 'json'], { cwd: app, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('vague-advice-request');

    writeFileSync(path.join(app, 'use.mjs'), "import { lintText, defineRule } from 'netlint';\nconst r = await lintText('Can you give me some advice?', { useConfigLookup: false });\nconsole.log(typeof defineRule, r.errorCount);\n");
    expect(execFileSync('node', ['use.mjs'], { cwd: app, encoding: 'utf8' }).trim()).toBe('function 1');
  }, 180_000);
});
