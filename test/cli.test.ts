/**
 * The CLI as a person runs it: `node bin/netlint.js`, exit codes, output
 * layouts and error messages.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLEAN_DRAFT, USER_DRAFT, WARNINGS_ONLY_DRAFT, bin, netlint, project, repoRoot } from './cli-helpers.js';

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('exit codes and stylish output', () => {
  it('exits 0 for a clean draft, with its verdict when it is the only file', () => {
    const dir = project({ 'draft.md': CLEAN_DRAFT, 'other.md': CLEAN_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stdout: '\ndraft.md\n  reads like a NETWORKER message\n\n', stderr: '' });
    expect(netlint(['draft.md', '--no-verdict'], { cwd: dir })).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(netlint(['draft.md', 'other.md'], { cwd: dir })).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and lays out findings like ESLint for a USER draft', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir, env: { NO_COLOR: '1', COLUMNS: '100' } });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe('draft.md');
    // One row per finding (position, severity, the words, rule id), its message wrapped below (test/stylish.test.ts).
    expect(lines.filter((l) => /^ {2}\d/.test(l)).map((l) => l.trim().split(/\s{2,}/).filter((_, i) => i !== 2))).toEqual([
      ['1:1', 'warning', 'missing-personalization'],
      ['1:38', 'warning', 'form-letter-phrasing'],
      ['1:80', 'error', 'last-minute-ask'],
      ['1:110', 'warning', 'no-reciprocity-offer'],
      ['1:133', 'error', 'vague-advice-request'],
      ['1:151', 'error', 'attachment-before-relationship'],
    ]);
    const row = lines.findIndex((l) => /^ {2}1:38 {3}warning {2}"I see you work for" +form-letter-phrasing$/.test(l));
    expect(lines[row + 1]).toMatch(/^ {18}"I see you work for" reads like a form letter/);
    expect(run.stdout).toContain('  reads like a USER message: nothing about the reader, reads like a form letter, last minute,\n  nothing offered back, advice too general, attaches a résumé to a first message\n');
    expect(run.stdout).toContain('\n✖ 6 problems (3 errors, 3 warnings)\n');
    expect(netlint(['draft.md', '--no-verdict'], { cwd: dir }).stdout).not.toContain('reads like a USER message');
  });

  it('colours output only when asked or on a terminal', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    expect(netlint(['draft.md'], { cwd: dir }).stdout).not.toContain('\u001b[');
    expect(netlint(['draft.md', '--color'], { cwd: dir }).stdout).toContain('\u001b[');
    expect(netlint(['draft.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
  });

  it('reports warnings with exit 0, and exit 1 past --max-warnings', () => {
    const dir = project({ 'draft.md': WARNINGS_ONLY_DRAFT });
    const relaxed = netlint(['draft.md'], { cwd: dir, env: { NO_COLOR: '1', COLUMNS: '200' } });
    expect(relaxed.status).toBe(0);
    expect(relaxed.stdout).toContain('(0 errors, 3 warnings)');
    expect(relaxed.stdout).toContain('  reads mostly like a NETWORKER message, but: reads like a form letter, nothing about the reader, nothing offered back\n');
    const strict = netlint(['draft.md', '--max-warnings', '2'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe('netlint found too many warnings (maximum: 2).\n');
    expect(netlint(['draft.md', '--max-warnings', '3'], { cwd: dir }).status).toBe(0);
  });

  it('--quiet shows errors only', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const run = netlint(['draft.md', '--quiet'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/^ +\d+:\d+ +warning/m);
    expect(run.stdout).toMatch(/^ +\d+:\d+ +error/m);
    expect(run.stdout).toContain('(3 errors, 0 warnings)');
    expect(netlint(['--quiet'], { cwd: project({}) }).status).toBe(2);
  });
});

describe('machine formats', () => {
  it('prints ESLint LintResult[] JSON', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const run = netlint(['draft.md', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']));
    expect(result.filePath).toBe(path.join(dir, 'draft.md'));
    expect(result).toMatchObject({ errorCount: 3, warningCount: 3, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, suppressedMessages: [] });
    expect(result.netlint.verdict).toMatchObject({ kind: 'user', reasons: expect.arrayContaining(['last minute', 'advice too general']) });
    expect(result.messages[4]).toEqual({
      ruleId: 'vague-advice-request',
      severity: 2,
      message: expect.stringContaining('ask 2–3 specific questions instead'),
      messageId: 'vague',
      line: 1,
      column: 133,
      endLine: 1,
      endColumn: 144,
    });
  });

  it('prints one line per finding in compact format, and writes to --output-file', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const run = netlint(['draft.md', '-f', 'compact'], { cwd: dir });
    expect(run.stdout.split('\n')[4]).toBe(`${path.join(dir, 'draft.md')}: line 1, col 133, Error - ${JSON.parse(netlint(['draft.md', '-f', 'json'], { cwd: dir }).stdout)[0].messages[4].message} (vague-advice-request)`);
    const toFile = netlint(['draft.md', '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(toFile.stdout).toBe('');
    expect(toFile.status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'))[0].errorCount).toBe(3);
  });

  it('lints standard input, named by --stdin-filename', () => {
    const dir = project({});
    const run = netlint(['--stdin', '--stdin-filename', 'notes/draft.md', '-f', 'json'], { cwd: dir, input: USER_DRAFT });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].filePath).toBe(path.join(dir, 'notes', 'draft.md'));
    const anonymous = netlint(['--stdin', '-f', 'json'], { cwd: dir, input: CLEAN_DRAFT });
    expect(anonymous.status).toBe(0);
    expect(JSON.parse(anonymous.stdout)[0]).toMatchObject({ filePath: '<text>', messages: [] });
  });
});

describe('files and directories', () => {
  it('expands directories to .md, .markdown and .txt, skipping node_modules and ignored paths', () => {
    const dir = project({
      'msgs/a.md': USER_DRAFT,
      'msgs/b.txt': USER_DRAFT,
      'msgs/c.markdown': USER_DRAFT,
      'msgs/d.html': USER_DRAFT,
      'msgs/node_modules/x.md': USER_DRAFT,
      'msgs/old/e.md': USER_DRAFT,
      '.networklintignore': 'msgs/old/\n',
    });
    const run = netlint(['msgs', '-f', 'json'], { cwd: dir });
    const files = JSON.parse(run.stdout).map((r: { filePath: string }) => path.relative(dir, r.filePath));
    expect(files).toEqual(['msgs/a.md', 'msgs/b.txt', 'msgs/c.markdown']);
  });

  it('exits 2 with one line naming a missing file', () => {
    const run = netlint(['nope.md'], { cwd: project({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('netlint: No such file or directory: nope.md\n');
    expect(run.stdout).toBe('');
  });

  it('exits 2 when a glob matches nothing, unless told not to', () => {
    const dir = project({});
    const run = netlint(['drafts/**/*.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('netlint: No files matching the pattern "drafts/**/*.md" were found.\n');
    expect(netlint(['drafts/**/*.md', '--no-error-on-unmatched-pattern'], { cwd: dir }).status).toBe(0);
  });

  it('exits 2 on an unknown option, without a stack trace', () => {
    const run = netlint(['--frobnicate'], { cwd: project({}) });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("unknown option '--frobnicate'");
  });

  it('skips binary data with a warning and refuses undecodable text with an error, instead of linting garbage', () => {
    const dir = project({ 'image.md': '\u0000\u0001PNG\u0000' });
    const binary = netlint(['image.md', '-f', 'json'], { cwd: dir });
    expect(binary.status).toBe(0);
    expect(JSON.parse(binary.stdout)[0].messages[0]).toMatchObject({ fatal: true, severity: 1, ruleId: null, message: expect.stringContaining('not a text file') });
    writeFileSync(path.join(dir, 'latin1.md'), Buffer.from([0x48, 0x69, 0x20, 0xe9, 0x74, 0xe9, 0x0a]));
    const latin1 = netlint(['latin1.md', '-f', 'json'], { cwd: dir });
    expect(latin1.status).toBe(2);
    expect(latin1.stderr).toBe(`netlint: cannot lint ${path.join(dir, 'latin1.md')}: not UTF-8, UTF-16 or UTF-32 text\n`);
    expect(JSON.parse(latin1.stdout)[0].messages[0]).toMatchObject({ fatal: true, severity: 2, message: 'Cannot lint this file: not UTF-8, UTF-16 or UTF-32 text.' });
  });
});

describe('configuration', () => {
  it('finds the nearest config from the linted file upward', () => {
    const dir = project({
      '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], rules: { 'vague-advice-request': 'off' } }),
      'team/.networklintrc.yaml': 'extends: netlint:recommended\nrules:\n  attachment-before-relationship: off\n',
      'top.md': USER_DRAFT,
      'team/nested/draft.md': USER_DRAFT,
    });
    const results = JSON.parse(netlint(['top.md', 'team/nested/draft.md', '-f', 'json'], { cwd: dir }).stdout);
    const [top, nested] = ['top.md', 'team/nested/draft.md'].map((f) => results.find((r: { filePath: string }) => r.filePath === path.join(dir, f)));
    const ids = (r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId);
    expect(ids(top)).not.toContain('vague-advice-request');
    expect(ids(top)).toContain('attachment-before-relationship');
    expect(ids(nested)).toContain('vague-advice-request');
    expect(ids(nested)).not.toContain('attachment-before-relationship');
  });

  it('reads package.json "networklint", --config and --no-config-lookup', () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'x', networklint: { extends: 'netlint:recommended', rules: { 'form-letter-phrasing': 'error' } } }),
      'other.json': JSON.stringify({ rules: { 'vague-advice-request': 'error' } }),
      'draft.md': USER_DRAFT,
    });
    const severity = (args: string[]) =>
      JSON.parse(netlint(['draft.md', '-f', 'json', ...args], { cwd: dir }).stdout)[0].messages.map((m: { ruleId: string; severity: number }) => `${m.ruleId}:${m.severity}`);
    expect(severity([])).toContain('form-letter-phrasing:2');
    expect(severity(['--config', 'other.json'])).toEqual(['vague-advice-request:2']);
    expect(severity(['--no-config-lookup'])).toContain('form-letter-phrasing:1');
    expect(severity(['--config', 'other.json', '--rule', 'vague-advice-request: warn', '--rule', 'last-minute-ask: [error, {minLeadDays: 0}]'])).toEqual(['last-minute-ask:2', 'vague-advice-request:1']);
    // With every rule off, the one finding says so (and names the config).
    expect(severity(['--config', 'other.json', '--rule', 'vague-advice-request: off'])).toEqual(['null:1']);
  });

  it.each([
    ['.networklintrc', 'rules:\n  vague-advice-request: off\n'],
    ['.networklintrc.yml', 'rules:\n  vague-advice-request: off\n'],
    ['.networklintrc.cjs', "module.exports = { rules: { 'vague-advice-request': 'off' } };"],
    ['.networklintrc.mjs', "export default { rules: { 'vague-advice-request': 'off' } };"],
    ['networklint.config.js', "export default { rules: { 'vague-advice-request': 'off' } };"],
    ['networklint.config.cjs', "module.exports = { rules: { 'vague-advice-request': 'off' } };"],
  ])('reads %s', (name, content) => {
    const dir = project({ [name]: content, 'package.json': JSON.stringify({ type: 'module' }), 'draft.md': USER_DRAFT });
    const run = netlint(['draft.md', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    // The config turns off the only rule it names: all that is left is the warning that names it.
    expect(JSON.parse(run.stdout)[0].messages.map((m: { message: string }) => m.message)).toEqual([expect.stringContaining(`${path.join(dir, name)} enables no rules`)]);
  });

  it('loads a plugin package from the config directory\'s node_modules', () => {
    const dir = project({
      'node_modules/netlint-plugin-acme/package.json': JSON.stringify({ name: 'netlint-plugin-acme', type: 'module', exports: { '.': { import: './index.js' } } }),
      'node_modules/netlint-plugin-acme/index.js': readFileSync(path.join(repoRoot, 'fixtures', 'plugin-project', 'acme-plugin.mjs'), 'utf8'),
      '.networklintrc.json': JSON.stringify({ plugins: ['netlint-plugin-acme'], extends: ['acme/recommended'] }),
      'draft.md': 'Thanks!! See you soon.\n',
    });
    const [result] = JSON.parse(netlint(['draft.md', '-f', 'json'], { cwd: dir }).stdout);
    expect(result.messages.map((m: { ruleId: string; severity: number; column: number }) => [m.ruleId, m.severity, m.column])).toEqual([['acme/no-double-exclamation', 1, 7]]);
  });

  it('applies overrides and front-matter defaults by glob', () => {
    const dir = project({
      '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], overrides: [{ files: ['replies/**'], defaults: { stage: 'reply' } }] }),
      'replies/draft.md': USER_DRAFT,
    });
    const [result] = JSON.parse(netlint(['replies/draft.md', '-f', 'json'], { cwd: dir }).stdout);
    expect(result.netlint.stage).toBe('reply');
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('attachment-before-relationship');
  });

  it('exits 2 naming the file for a malformed config', () => {
    const dir = project({ '.networklintrc.json': '{ "rules": { ', 'draft.md': CLEAN_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toMatch(new RegExp(`^netlint: Cannot parse config file ${path.join(dir, '.networklintrc.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:14: expected '}', but the file ends\n$`));
    noStackTrace(run.stderr);
  });

  it('exits 2 naming an unknown rule, an unknown option and a wrong type', () => {
    const cases: [object, RegExp][] = [
      [{ rules: { 'no-such-rule': 'error' } }, /unknown rule 'no-such-rule'/],
      [{ rules: { 'vague-advice-request': ['error', { loud: true }] } }, /rules\.vague-advice-request: unknown option 'loud' for rule 'vague-advice-request' \(it has no options\)/],
      [{ rules: { 'vague-advice-request': 'loud' } }, /severity must be "off", "warn", "error"/],
      [{ defaults: { channel: 'fax' } }, /defaults\.channel: must be one of email/],
      [{ $import: './base.json' }, /unknown key "\$import"/],
    ];
    for (const [config, message] of cases) {
      const dir = project({ '.networklintrc.json': JSON.stringify(config), 'draft.md': CLEAN_DRAFT });
      const run = netlint(['draft.md'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(path.join(dir, '.networklintrc.json'));
      noStackTrace(run.stderr);
    }
  });

  it('never runs .config/config.js from the working directory', () => {
    const dir = project({
      '.config/config.js': "require('fs').writeFileSync('ran.txt', 'x'); module.exports = { cosmiconfig: {} };",
      'draft.md': CLEAN_DRAFT,
    });
    expect(netlint(['draft.md'], { cwd: dir }).status).toBe(0);
    expect(existsSync(path.join(dir, 'ran.txt'))).toBe(false);
  });

  it('--print-config shows the resolved rules for a file', () => {
    const run = netlint(['--print-config', 'fixtures/plugin-project/draft.md']);
    const printed = JSON.parse(run.stdout);
    expect(printed.configFile).toBe(path.join(repoRoot, 'fixtures', 'plugin-project', '.networklintrc.json'));
    expect(printed.rules['acme/no-double-exclamation']).toEqual({ severity: 2, options: {} });
    expect(printed.rules['vague-advice-request'].severity).toBe(2);
  });

  it('--init writes a starter config once and never overwrites it', () => {
    const dir = project({});
    const first = netlint(['--init'], { cwd: dir });
    expect(first.status).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, '.networklintrc.json'), 'utf8'));
    expect(written.extends).toEqual(['netlint:recommended']);
    const second = netlint(['--init'], { cwd: dir });
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('already exists');
  });
});

describe('plugins', () => {
  it('loads a plugin from the config and reports at an exact position', () => {
    const run = netlint(['fixtures/plugin-project/draft.md', '-f', 'json']);
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages).toEqual([
      { ruleId: 'acme/no-double-exclamation', severity: 2, message: 'Use one "!" instead of "!!".', messageId: 'doubled', line: 6, column: 34, endLine: 6, endColumn: 36 },
    ]);
  });

  it('gives plugin rules the shared reading (the README example)', () => {
    const plugin = readFileSync(path.join(repoRoot, 'fixtures', 'plugin-project', 'acme-plugin.mjs'), 'utf8');
    const config = JSON.stringify({ plugins: ['./acme-plugin.mjs'], rules: { 'acme/cold-double-ask': 'warn' } });
    const cold = 'Hi Sam,\n\nCould you refer me for the analyst role and review my CV before Friday?\n';
    const warm = '---\nrelationship: friend\n---\nHi Sam,\n\nCould you refer me for the analyst role and review my CV before Friday?\n';
    const dir = project({ 'acme-plugin.mjs': plugin, '.networklintrc.json': config, 'cold.md': cold, 'warm.md': warm });
    const results = JSON.parse(netlint(['cold.md', 'warm.md', '-f', 'json'], { cwd: dir }).stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number; column: number }[] }[];
    const cold0 = results.find((r) => r.filePath.endsWith('cold.md'))!;
    expect(cold0.messages).toEqual([expect.objectContaining({ ruleId: 'acme/cold-double-ask', message: 'Two favours (referral, review) from a stranger, with nothing about them and nothing offered: keep one.', line: 3, column: 1 })]);
    expect(results.find((r) => r.filePath.endsWith('warm.md'))!.messages).toEqual([]);
  });

  it('exits 2 naming a plugin that fails to load', () => {
    const dir = project({ '.networklintrc.json': JSON.stringify({ plugins: ['netlint-plugin-missing'] }), 'draft.md': CLEAN_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^netlint: Failed to load plugin 'netlint-plugin-missing' declared in .*\.networklintrc\.json: /);
    noStackTrace(run.stderr);
  });

  it('turns a crashing rule into a fatal finding and exit 2, still reporting other files', () => {
    const dir = project({
      'crash.mjs': "export default { name: 'boom', rules: { explode: { meta: { description: 'x', recommended: 'error', messages: {}, docs: { why: '', bad: [], good: [] } }, create() { return { sentence() { throw new Error('kaboom'); } }; } } } };",
      '.networklintrc.json': JSON.stringify({ extends: 'netlint:recommended', plugins: ['./crash.mjs'], rules: { 'boom/explode': 'error' } }),
      'a.md': USER_DRAFT,
      'b.md': CLEAN_DRAFT,
    });
    const run = netlint(['a.md', 'b.md', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`netlint: rule 'boom/explode' crashed on ${path.join(dir, 'a.md')}: kaboom\n`);
    noStackTrace(run.stderr);
    const [a] = JSON.parse(run.stdout);
    expect(a.messages.some((m: { fatal?: boolean; ruleId: string }) => m.fatal && m.ruleId === 'boom/explode')).toBe(true);
    expect(a.messages.some((m: { ruleId: string }) => m.ruleId === 'vague-advice-request')).toBe(true);
    expect(netlint(['a.md', '--debug'], { cwd: dir }).stderr).toMatch(/^\s+at /m);
  });
});

describe('inline directives', () => {
  it('disables, re-enables and reports unused or unknown directives', () => {
    const text = [
      '<!-- netlint-disable-next-line vague-advice-request -- I know, it is a friend -->',
      'Can you give me some advice?',
      '',
      '<!-- netlint-disable form-letter-phrasing -->',
      'I hope this email finds you well.',
      '<!-- netlint-enable form-letter-phrasing -->',
      '',
      'I hope this email finds you well. <!-- netlint-disable-line no-such-rule -->',
      '',
      '<!-- netlint-disable-line attachment-before-relationship -->',
      '',
    ].join('\n');
    const only = { rules: { 'vague-advice-request': 'error', 'form-letter-phrasing': 'warn', 'attachment-before-relationship': 'error' } };
    const dir = project({ 'draft.md': text, 'only.json': JSON.stringify(only) });
    const [result] = JSON.parse(netlint(['draft.md', '-f', 'json', '--config', 'only.json'], { cwd: dir }).stdout);
    expect(result.messages.map((m: { line: number; ruleId: string | null; severity: number }) => `${m.line} ${m.ruleId} ${m.severity}`)).toEqual([
      '8 form-letter-phrasing 1',
      '8 null 2',
      '10 null 1',
    ]);
    expect(result.messages[1].message).toBe("Definition for rule 'no-such-rule' was not found (in a netlint-disable-line comment).");
    expect(result.messages[2].message).toBe("Unused netlint-disable-line directive (no problems were reported from 'attachment-before-relationship').");
    expect(result.suppressedMessages.map((m: { line: number; ruleId: string; suppressions: unknown }) => [m.line, m.ruleId, m.suppressions])).toEqual([
      [2, 'vague-advice-request', [{ kind: 'directive', justification: 'I know, it is a friend' }]],
      [5, 'form-letter-phrasing', [{ kind: 'directive', justification: '' }]],
    ]);
  });
});

describe('help, version and --explain', () => {
  it('prints help with examples and the version', () => {
    const help = netlint(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--max-warnings <n>');
    const version = netlint(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });

  it("explains a rule with Ruff-style headings from the rule's metadata", () => {
    const run = netlint(['--explain', 'vague-advice-request']);
    expect(run.status).toBe(0);
    const headings = run.stdout.split('\n').filter((l) => /^[A-Z]/.test(l));
    expect(headings).toEqual(['What it does', 'Why it matters', 'Example', 'Use instead', 'Options']);
    expect(run.stdout).toContain('✗ Can you please give me some advice?');
    const unknown = netlint(['--explain', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe("netlint: Unknown rule 'nope' (see the rule table in the README, or list plugins in your config)\n");
  });
});

describe('time budget', () => {
  // A rule that never returns on one file: the budget's verdict on it cannot depend on how fast
  // the machine is, and a budget of 20 s leaves ordinary drafts far inside it even on a busy one.
  // Worker threads (--concurrency 2): 'auto' lints drafts this small in this thread, unbudgeted.
  const stallProject = (files: Record<string, string>) =>
    project({
      'stall.mjs': "export default { name: 'stall', rules: { forever: { meta: { description: 'x', recommended: 'error', messages: {}, docs: { why: '', bad: [], good: [] } }, create() { return { sentence(sentence) { if (sentence.text.includes('STALL HERE')) for (;;); } }; } } } };",
      '.networklintrc.json': JSON.stringify({ extends: 'netlint:recommended', plugins: ['./stall.mjs'], rules: { 'stall/forever': 'error' } }),
      ...files,
    });
  const STALLING_DRAFT = `${USER_DRAFT}STALL HERE\n`;

  it('stops a file that never finishes at --file-timeout with a fatal finding, and lints the others', () => {
    const dir = stallProject({ 'slow.md': STALLING_DRAFT, 'draft.md': USER_DRAFT });
    const run = netlint(['slow.md', 'draft.md', '-f', 'json', '--file-timeout', '20', '--concurrency', '2'], { cwd: dir, timeoutMs: 240_000 });
    expect(run.status).toBe(1);
    const [draft, slow] = JSON.parse(run.stdout);
    expect(slow.filePath).toBe(path.join(dir, 'slow.md'));
    expect(slow.messages).toEqual([expect.objectContaining({ fatal: true, severity: 2, ruleId: null, message: expect.stringContaining('time budget') })]);
    expect(draft.errorCount).toBe(3);
  }, 300_000);

  it('gives the same report in this thread (--concurrency off) as on worker threads', () => {
    const files = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`draft-${String(i).padStart(2, '0')}.md`, i % 2 ? USER_DRAFT : 'Hi Sam,\n\nThanks for the talk on pricing.\n\nBest,\nTheo\n']));
    const dir = project(files);
    const reports = ['off', '1', '3'].map((concurrency) => netlint(['.', '-f', 'json', '--concurrency', concurrency], { cwd: dir }));
    for (const run of reports) expect(run.status).toBe(1);
    expect(JSON.parse(reports[0]!.stdout)).toHaveLength(20);
    expect(reports[1]!.stdout).toBe(reports[0]!.stdout);
    expect(reports[2]!.stdout).toBe(reports[0]!.stdout);
    const bad = netlint(['.', '--concurrency', 'many'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^netlint: --concurrency expects 'auto', 'off' or a whole number of worker threads from 1 to \d+ \(at most 4 per core\), not 'many'\n$/);
  });

  it('ends with exit 2 when a worker reports a config error (no worker outlives the run)', () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`draft-${i}.md`, USER_DRAFT]));
    const dir = project({ ...files, '.networklintrc.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }) });
    // A budget of an hour: a timer or worker left behind would keep the process alive that long,
    // and the run would end at the spawn's own limit (status null), not with exit 2.
    const run = netlint(['.', '--concurrency', '2', '--file-timeout', '3600'], { cwd: dir, timeoutMs: 240_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: ${path.join(dir, '.networklintrc.json')}: rules: unknown rule 'no-such-rule'\n`);
  });

  it('refuses files over --max-file-size with a fatal finding and lints the rest', () => {
    const dir = project({ 'big.md': `${USER_DRAFT}\n`.repeat(20), 'draft.md': USER_DRAFT });
    const run = netlint(['big.md', 'draft.md', '-f', 'json', '--max-file-size', '2KiB'], { cwd: dir });
    expect(run.status).toBe(1);
    const [big, draft] = JSON.parse(run.stdout) as { messages: { fatal?: boolean; message: string }[]; errorCount: number }[];
    expect(big!.messages).toEqual([expect.objectContaining({ fatal: true, message: 'Cannot lint this file: file is larger than 2 KiB (--max-file-size).' })]);
    expect(draft!.errorCount).toBe(3);
    expect(netlint(['big.md', '--max-file-size', '8KiB'], { cwd: dir }).stdout).not.toContain('larger than');
    const bad = netlint(['draft.md', '--max-file-size', 'huge'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("netlint: --max-file-size expects a whole number of bytes, at least 1, such as 200000, 512KiB or 1MiB, not 'huge'\n");
  });

  it('lints the files queued behind a stalled file on a fresh worker, in the order given', () => {
    // Each worker has a few files queued; the ones behind the stalled file must not be lost.
    const drafts = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`draft-${i}.md`, USER_DRAFT]));
    const dir = stallProject({ 'a-slow.md': STALLING_DRAFT, ...drafts });
    const run = netlint(['.', '-f', 'json', '--file-timeout', '20', '--concurrency', '2'], { cwd: dir, timeoutMs: 240_000 });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number; messages: { fatal?: boolean }[] }[];
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['a-slow.md', ...Object.keys(drafts)]);
    expect(results[0]!.messages).toEqual([expect.objectContaining({ fatal: true })]);
    for (const draft of results.slice(1)) expect(draft.errorCount).toBe(3);
  }, 300_000);

  it('rejects a budget that is not a positive number', () => {
    const run = netlint(['x.md', '--file-timeout', 'soon'], { cwd: project({ 'x.md': CLEAN_DRAFT }) });
    expect(run).toMatchObject({ status: 2, stderr: "netlint: --file-timeout expects a number of seconds above 0 and at most 2147483 (about 24 days), not 'soon'\n" });
  });
});

describe('pipes', () => {
  it('ends quietly when the reader closes the pipe early', () => {
    const dir = project(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`d${i}.md`, USER_DRAFT])));
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" -f json . | head -c 10`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stdout).toBe('[{"filePat');
    expect(run.stderr).toBe('');
  });
});

describe('templates in CI', () => {
  const template = 'Hi {{first_name}}, I enjoyed your post on {{topic}}. May I ask you two questions about {{company}}? I hope I can help you in some way, as well.\n';

  it('--template allows well-formed slots and still runs every other rule', () => {
    const dir = project({ 'templates/intro.md': template, 'templates/bad.md': 'Hi {{first_name}, can you give me some advice?\n' });
    const results = JSON.parse(netlint(['--template', 'templates/', '-f', 'json'], { cwd: dir }).stdout);
    const ids = (name: string) => results.find((r: { filePath: string }) => r.filePath.endsWith(name)).messages.map((m: { ruleId: string; messageId: string }) => `${m.ruleId}/${m.messageId}`);
    expect(ids('intro.md')).toEqual([]);
    expect(ids('bad.md')).toEqual(expect.arrayContaining(['unfilled-placeholder/malformed', 'vague-advice-request/vague']));
    expect(JSON.parse(netlint(['templates/intro.md', '-f', 'json'], { cwd: dir }).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('unfilled-placeholder');
  });

  it('config templates: files and allowedVariables', () => {
    const dir = project({
      '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], templates: { files: ['templates/**'], allowedVariables: ['first_name', 'topic'] } }),
      'templates/intro.md': template,
      'drafts/intro.md': template,
    });
    const results = JSON.parse(netlint(['templates', 'drafts', '-f', 'json'], { cwd: dir }).stdout);
    const slots = (name: string) => results.find((r: { filePath: string }) => r.filePath.endsWith(name)).messages.filter((m: { ruleId: string }) => m.ruleId === 'unfilled-placeholder').map((m: { messageId: string; message: string }) => m.messageId);
    expect(slots(path.join('templates', 'intro.md'))).toEqual(['unknownVariable']);
    expect(slots(path.join('drafts', 'intro.md'))).toEqual(['slot', 'slot', 'slot']);
  });
});
