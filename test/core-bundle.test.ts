/**
 * The portable core gives the same findings wherever it runs: every fixture
 * message through the browser bundle of the core (dist/web/netlint-core.mjs),
 * through the library's lintText and through the CLI gives the identical
 * LintResult, and the language server the same diagnostics. Conversations (fixtures/threads) are left out: thread rules
 * judge several files together, which is the Node layer's job, not the core's.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import type { LintResult } from '../src/types.js';
import { netlintAsync, repoRoot } from './cli-helpers.js';
import { comparable, expectedDiagnostic, startLsp } from './lsp-client.js';

type Core = typeof import('../src/core.js');

const TODAY = '2026-03-02';
const bundleFile = path.join(repoRoot, 'dist/web/netlint-core.mjs');
let core: Core;
let files: string[];

beforeAll(async () => {
  // npm test builds it; a run of this file alone builds it when missing.
  if (!existsSync(bundleFile)) execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-web.mjs')], { cwd: repoRoot });
  core = (await import(pathToFileURL(bundleFile).href)) as Core;
  files = (await glob(['fixtures/**/*.{md,txt}'], { cwd: repoRoot, ignore: ['fixtures/threads/**'], absolute: true })).sort();
});

describe('the core bundle', () => {
  it('has no Node built-in in it (it is built for no platform, so one would not resolve)', () => {
    const source = readFileSync(bundleFile, 'utf8');
    expect(source).not.toMatch(/\brequire\(\s*["'](?:node:)?(?:fs|path|worker_threads|child_process|module|os|url)["']/);
    expect(source).not.toMatch(/\bfrom\s*["']node:/);
  });

  it('lints every fixture as the library, the CLI and the language server do', async () => {
    expect(files.length).toBeGreaterThan(250);
    // Each message in a folder of its own, so that no folder reads as a conversation to the CLI.
    const alone = mkdtempSync(path.join(tmpdir(), 'netlint-core-'));
    const copies = files.map((file, index) => {
      const copy = path.join(alone, String(index), path.basename(file));
      mkdirSync(path.dirname(copy));
      copyFileSync(file, copy);
      return copy;
    });
    const lsp = await startLsp(alone, { today: TODAY });
    const fromLsp = Promise.all(
      copies.map(async (file) => {
        const uri = pathToFileURL(file).href;
        await lsp.open(uri, readFileSync(file, 'utf8'), file.endsWith('.txt') ? 'plaintext' : 'markdown');
        return (await lsp.diagnosticsFor(uri)).diagnostics;
      }),
    );
    const running = netlintAsync(['--no-config-lookup', '--today', TODAY, '-f', 'json', ...copies], { timeoutMs: 300_000 });
    const fromLibraryAll: LintResult[] = [];
    for (const file of copies) fromLibraryAll.push(await lintText(readFileSync(file, 'utf8'), { filePath: file, today: TODAY, useConfigLookup: false }));
    const cli = await running;
    const diagnostics = await fromLsp;
    lsp.connection.dispose();
    lsp.server.kill();
    expect(cli.stderr).toBe('');
    const fromCli = new Map((JSON.parse(cli.stdout) as LintResult[]).map((r) => [r.filePath, r]));
    let compared = 0;
    for (const file of copies) {
      const text = readFileSync(file, 'utf8');
      const fromBundle = core.lintMessage(text, { filePath: file, today: TODAY });
      expect(fromBundle.crashes, file).toEqual([]);
      expect(fromBundle.result, file).toEqual(fromLibraryAll[compared]);
      expect(fromBundle.result, file).toEqual(fromCli.get(file));
      expect(diagnostics[compared]!.map(comparable), file).toEqual(fromBundle.result.messages.map(expectedDiagnostic));
      compared++;
    }
    expect(compared).toBe(files.length);
  }, 300_000);

  it('finds in the USER message what the CLI finds, at the same words', () => {
    const text = readFileSync(path.join(repoRoot, 'fixtures/article/user-linkedin.md'), 'utf8');
    const { result } = core.lintMessage(text, { filePath: 'user.md', today: TODAY });
    expect(result.messages.map((m) => m.ruleId)).toEqual([
      'missing-personalization',
      'form-letter-phrasing',
      'last-minute-ask',
      'no-reciprocity-offer',
      'vague-advice-request',
      'attachment-before-relationship',
      'referral-before-relationship',
      'too-many-asks',
    ]);
    expect(result.netlint.verdict.kind).toBe('user');
  });

  it('takes channel, stage and relationship as facts when the text does not state them', () => {
    const text = 'Hi Sam, could you refer me for the analyst role on your team? I would be grateful.';
    const asStranger = core.lintMessage(text, { today: TODAY, defaults: { relationship: 'stranger' } }).result.messages.map((m) => m.ruleId);
    const asFriend = core.lintMessage(text, { today: TODAY, defaults: { relationship: 'friend' } }).result.messages.map((m) => m.ruleId);
    expect(asStranger).toContain('referral-before-relationship');
    expect(asFriend).not.toContain('referral-before-relationship');
  });
});
