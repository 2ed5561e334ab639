/**
 * Configs that explain themselves, through the CLI as a user runs it: a config
 * mistake is one line naming the file, the key and what is allowed (with the
 * name that was probably meant), it ends only the files the config applies to,
 * and what is valid (comments, trailing commas, "$schema", plugin rule ids)
 * is not rejected.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_DRAFT, USER_DRAFT, netlint, project, repoRoot } from './cli-helpers.js';

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);
const RECOMMENDED = JSON.stringify({ extends: ['netlint:recommended'] });
const oneLine = (stderr: string) => expect(stderr.trimEnd().split('\n')).toHaveLength(1);

describe('a config that enables no rule', () => {
  it('is a warning naming the config file, and the message gets no verdict', () => {
    const dir = project({ '.networklintrc.json': JSON.stringify({ rules: { 'vague-advice-request': 'off' } }), 'draft.md': USER_DRAFT });
    const config = path.join(dir, '.networklintrc.json');
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(0);
    // stylish wraps the message to the width: compare it with its line breaks as spaces.
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(`No rule checked this file: ${config} enables no rules; add \`extends: ["netlint:recommended"]\``);
    expect(run.stdout).not.toContain('reads like');
    const [result] = JSON.parse(netlint(['draft.md', '-f', 'json'], { cwd: dir }).stdout);
    expect(result.warningCount).toBe(1);
    expect(result.netlint.verdict.kind).toBe('none');
  });

  it('does not warn when a rule is enabled, however few', () => {
    const dir = project({ '.networklintrc.json': JSON.stringify({ rules: { 'vague-advice-request': 'warn' } }), 'draft.md': CLEAN_DRAFT });
    expect(netlint(['draft.md'], { cwd: dir })).toMatchObject({ status: 0, stdout: '\ndraft.md\n  reads like a NETWORKER message\n\n', stderr: '' });
  });
});

describe('JSON configs with comments and trailing commas (JSONC)', () => {
  const commented = '{\n  // the team\'s settings\n  "extends": ["netlint:recommended"],\n  /* too strict for us */\n  "rules": { "vague-advice-request": "off", },\n}\n';

  it.each([
    ['.networklintrc.json', { '.networklintrc.json': commented }],
    ['.networklintrc (JSON without extension)', { '.networklintrc': commented }],
  ])('reads %s', (_, files) => {
    const dir = project({ ...files, 'draft.md': 'Could you give me some advice on my pricing page?\n' });
    const run = netlint(['draft.md', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const ids = JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).not.toContain('vague-advice-request');
    expect(ids).toContain('no-reciprocity-offer');
  });

  it('still reads YAML in an extensionless .networklintrc, also in flow style', () => {
    const dir = project({ '.networklintrc': '{extends: [netlint:recommended], rules: {vague-advice-request: off}}\n', 'draft.md': 'Could you give me some advice?\n' });
    const run = netlint(['draft.md', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('vague-advice-request');
  });

  it.each([
    ['a missing comma', '{\n  "extends": ["netlint:recommended"]\n  "rules": {}\n}\n', ":3:3: expected ',' before the next entry, found '\"rules\"'"],
    ['an unclosed object', '{ "rules": { ', ":1:14: expected '}', but the file ends"],
    ['a key without quotes', '{\n  extends: ["netlint:recommended"]\n}\n', ':2:3: unexpected character'],
  ])('says the line, column and what is wrong for %s', (_, text, reason) => {
    const dir = project({ '.networklintrc.json': text, 'draft.md': CLEAN_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^netlint: Cannot parse config file /);
    expect(run.stderr).toContain(`${path.join(dir, '.networklintrc.json')}${reason}`);
    oneLine(run.stderr);
    noStackTrace(run.stderr);
  });

  it('reads comments in the package.json key too, and names package.json when it is broken', () => {
    const ok = project({ 'package.json': '{\n  "name": "x",\n  // ours\n  "networklint": { "extends": ["netlint:recommended"], "rules": { "vague-advice-request": "off" } },\n}\n', 'draft.md': 'Could you give me some advice?\n' });
    const run = netlint(['draft.md', '-f', 'json'], { cwd: ok });
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('vague-advice-request');
    const broken = project({ 'package.json': '{ "name": "x" "networklint": {} }', 'draft.md': CLEAN_DRAFT });
    const bad = netlint(['draft.md'], { cwd: broken });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${path.join(broken, 'package.json')}:1:15: expected ',' before the next entry`);
  });
});

describe('the config schema', () => {
  it('accepts "$schema", and a config that names the shipped schema', () => {
    const dir = project({ '.networklintrc.json': JSON.stringify({ $schema: './node_modules/netlint/networklintrc.schema.json', extends: ['netlint:recommended'] }), 'draft.md': CLEAN_DRAFT });
    expect(netlint(['draft.md'], { cwd: dir })).toMatchObject({ status: 0, stderr: '' });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])('rejects the severity "%s" instead of turning the rule off', (severity) => {
    const dir = project({ '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], rules: { 'vague-advice-request': severity } }), 'draft.md': USER_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: ${path.join(dir, '.networklintrc.json')}: rules.vague-advice-request: severity must be "off", "warn", "error", 0, 1 or 2, not "${severity}"\n`);
  });

  it('rejects a 70 KB glob with one line naming the file and the limit, not "unexpected error"', () => {
    const config = JSON.stringify({ extends: ['netlint:recommended'], overrides: [{ files: ['a'.repeat(70_000)], rules: {} }] });
    const dir = project({ '.networklintrc.json': config, 'draft.md': CLEAN_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: ${path.join(dir, '.networklintrc.json')}: overrides[0].files[0]: a glob may be at most 1000 characters long; this one has 70000\n`);
  });

  it.each([
    [{ rules: { 'vauge-advice-request': 'off' } }, "rules: unknown rule 'vauge-advice-request' (did you mean 'vague-advice-request'?)"],
    [{ rules: { 'too-many-asks': ['warn', { maxx: 3 }] } }, "rules.too-many-asks: unknown option 'maxx' for rule 'too-many-asks' (did you mean 'max'?)"],
    [{ rules: { 'too-many-asks': ['warn', { max: '3' }] } }, 'rules.too-many-asks[1].max: must be a number, not "3"'],
    [{ extends: ['netlint:recomended'] }, "extends[0]: cannot extend \"netlint:recomended\" (did you mean 'netlint:recommended'?)"],
    [{ rulez: {} }, "unknown key \"rulez\" (did you mean 'rules'?)"],
    [{ overrides: [{ files: ['a/**'], defaults: { channel: 'fax' } }] }, 'overrides[0].defaults.channel: must be one of email, linkedin, linkedin-connection, inmail, sms, other, not "fax"'],
    [{ defaults: { deadline: '2026-02-31' } }, 'defaults.deadline: must be a date such as 2026-03-14, not "2026-02-31"'],
  ])('says where a mistake is and what is allowed: %j', (config, message) => {
    const dir = project({ '.networklintrc.json': JSON.stringify(config), 'draft.md': CLEAN_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: ${path.join(dir, '.networklintrc.json')}: ${message}\n`);
  });

  it('reads YAML dates in defaults', () => {
    const dir = project({ '.networklintrc.yaml': 'extends: netlint:recommended\ndefaults:\n  deadline: 2026-03-20\n  sent: 2026-03-19\n', 'draft.md': 'Could you tell me how your team runs on-call? Happy to share our runbook.\n' });
    const run = netlint(['draft.md', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('last-minute-ask');
  });
});

describe('"did you mean" outside config files', () => {
  it('for --rule, --explain and disable directives', () => {
    const dir = project({ '.networklintrc.json': RECOMMENDED, 'draft.md': 'Could you tell me how your team runs on-call? <!-- netlint-disable-line vauge-advice-request -->\n' });
    const rule = netlint(['draft.md', '--rule', 'vauge-advice-request: off'], { cwd: dir });
    expect(rule.status).toBe(2);
    expect(rule.stderr).toBe("netlint: --rule: unknown rule 'vauge-advice-request' (did you mean 'vague-advice-request'?)\n");
    const explain = netlint(['--explain', 'vague-advise-request'], { cwd: dir });
    expect(explain).toMatchObject({ status: 2, stderr: "netlint: Unknown rule 'vague-advise-request' (did you mean 'vague-advice-request'?)\n" });
    const [result] = JSON.parse(netlint(['draft.md', '-f', 'json'], { cwd: dir }).stdout);
    expect(result.messages.map((m: { message: string }) => m.message)).toContain("Definition for rule 'vauge-advice-request' was not found (in a netlint-disable-line comment). Did you mean 'vague-advice-request'?");
  });

  it('rejects a prototype name as a --rule severity', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const run = netlint(['draft.md', '--rule', 'vague-advice-request: constructor'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('netlint: --rule: vague-advice-request: severity must be "off", "warn", "error", 0, 1 or 2, not "constructor"\n');
  });
});

describe('plugins', () => {
  const acme = path.join(repoRoot, 'fixtures', 'plugin-project', 'acme-plugin.mjs');

  it('accepts plugin rule ids and checks them against the loaded plugin', () => {
    const dir = project({ '.networklintrc.json': JSON.stringify({ $schema: 'x', plugins: [acme], extends: ['netlint:recommended', 'acme/recommended'], rules: { 'acme/no-double-exclamation': 'error' } }), 'draft.md': 'Thanks for the talk on pricing!!\n' });
    const run = netlint(['draft.md', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('acme/no-double-exclamation');
    const typo = project({ '.networklintrc.json': JSON.stringify({ plugins: [acme], rules: { 'acme/no-double-exclamaton': 'error' } }), 'draft.md': CLEAN_DRAFT });
    expect(netlint(['draft.md'], { cwd: typo }).stderr).toBe(`netlint: ${path.join(typo, '.networklintrc.json')}: rules: unknown rule 'acme/no-double-exclamaton' (did you mean 'acme/no-double-exclamation'?)\n`);
    const undeclared = project({ '.networklintrc.json': JSON.stringify({ rules: { 'acme/no-double-exclamation': 'error' } }), 'draft.md': CLEAN_DRAFT });
    expect(netlint(['draft.md'], { cwd: undeclared }).stderr).toContain(`rules: unknown rule 'acme/no-double-exclamation' (is the plugin 'acme' listed in "plugins"?)`);
  });

  it('a plugin module without rules is an error naming it', () => {
    const dir = project({ 'empty-plugin.mjs': "export default { name: 'empty', configs: {} };\n", '.networklintrc.json': JSON.stringify({ plugins: ['./empty-plugin.mjs'] }), 'draft.md': CLEAN_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: Failed to load plugin './empty-plugin.mjs' declared in ${path.join(dir, '.networklintrc.json')}: it has no "rules" object (a plugin default-exports { name, rules, configs? })\n`);
  });
});

describe('a config error ends only the files it applies to', () => {
  it.each(['off', '2'])('an unknown rule in one sub-folder\'s config: the other files keep their results (--concurrency %s)', (concurrency) => {
    const dir = project({ '.networklintrc.json': RECOMMENDED, 'draft.md': USER_DRAFT, 'team/.networklintrc.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }), 'team/a.md': CLEAN_DRAFT, 'team/b.md': CLEAN_DRAFT });
    const run = netlint(['.', '-f', 'json', '--concurrency', concurrency], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: ${path.join(dir, 'team', '.networklintrc.json')}: rules: unknown rule 'no-such-rule'\n`);
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number; messages: { fatal?: boolean; message: string }[] }[];
    const byFile = Object.fromEntries(results.map((r) => [path.relative(dir, r.filePath), r]));
    expect(byFile['draft.md']!.errorCount).toBe(3);
    for (const file of [path.join('team', 'a.md'), path.join('team', 'b.md')]) {
      expect(byFile[file]!.messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining("unknown rule 'no-such-rule'") })]);
    }
  });

  it('a broken config in the working directory that applies to no linted file changes nothing', () => {
    const dir = project({ '.networklintrc.json': '{ "rules": { "no-such-rule": "error" } }', 'drafts/.networklintrc.json': RECOMMENDED, 'drafts/draft.md': USER_DRAFT });
    const run = netlint(['drafts/draft.md'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('reads like a USER message');
  });
});
