/**
 * --fix and --fix-dry-run, with ESLint's semantics: only rewrites a rule marks safe
 * (`meta.fixable`), only inside the finding's span, files written only with --fix
 * (atomically, keeping BOM, line endings and encoding), findings are those left after
 * fixing, a second --fix changes nothing, and JSON carries `output` only when fixed.
 */
import { lstatSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { netlint, project } from './cli-helpers.js';
import { lint } from './helpers.js';
import type { Rule } from '../src/types.js';

const ONLY_FIXABLE = JSON.stringify({ rules: { 'form-letter-phrasing': 'warn', 'unbounded-time-request': 'warn', 'unfilled-placeholder': 'error' } });

const CRLF_BOM_DRAFT =
  '\uFEFF---\r\nrecipient: Sam Lee\r\n---\r\nHi {{first_name}},\r\n\r\nI hope this email finds you well.\r\n\r\nI read your post on onboarding. Would you be open to a quick chat next week?\r\n';
const CRLF_BOM_FIXED = '\uFEFF---\r\nrecipient: Sam Lee\r\n---\r\nHi Sam,\r\n\r\nI read your post on onboarding. Would you be open to a 20-minute chat next week?\r\n';

interface JsonResult {
  filePath: string;
  output?: string;
  messages: { ruleId: string | null; line: number; column: number; fix?: { range: [number, number]; text: string } }[];
  suppressedMessages: { ruleId: string }[];
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function json(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

describe('--fix', () => {
  it('rewrites a CRLF file with a BOM in place, keeping both, and reports what is left', () => {
    const dir = project({ 'draft.md': CRLF_BOM_DRAFT, 'only.json': ONLY_FIXABLE });
    const run = netlint(['draft.md', '--fix', '--config', 'only.json', '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const bytes = readFileSync(path.join(dir, 'draft.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(CRLF_BOM_FIXED);
    const [result] = json(run.stdout);
    expect(result!.output).toBe(CRLF_BOM_FIXED);
    expect(result!.messages).toEqual([]);
    // No temporary file is left beside the draft.
    expect(readdirSync(dir).sort()).toEqual(['draft.md', 'only.json']);
  });

  it('keeps a UTF-16 file in UTF-16', () => {
    const dir = project({ 'only.json': ONLY_FIXABLE });
    const text = 'Hi Maya, I loved your talk on forms. Would you be open to a quick call?\n';
    writeFileSync(path.join(dir, 'draft.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(netlint(['draft.md', '--fix', '--config', 'only.json'], { cwd: dir }).status).toBe(0);
    const bytes = readFileSync(path.join(dir, 'draft.md'));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe('Hi Maya, I loved your talk on forms. Would you be open to a 20-minute call?\n');
  });

  it('does not fix a finding a directive disables, and fixes the one next to it', () => {
    const text = [
      'Hi Sam,',
      '',
      '<!-- netlint-disable-next-line form-letter-phrasing -- our house style keeps it -->',
      'I hope this email finds you well. I hope this message finds you well. I read your post on onboarding.',
      '',
    ].join('\n');
    const dir = project({ 'draft.md': text, 'only.json': ONLY_FIXABLE });
    const run = netlint(['draft.md', '--fix', '--config', 'only.json', '-f', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    const [result] = json(run.stdout);
    // Both openers are disabled on that line: neither is removed, and the directive is used.
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(text);
    expect(result!.output).toBeUndefined();
    expect(result!.messages).toEqual([]);
    expect(result!.suppressedMessages.map((m) => m.ruleId)).toEqual(['form-letter-phrasing', 'form-letter-phrasing']);

    const beside = ['<!-- netlint-disable-next-line unfilled-placeholder -->', 'Hi {{first_name}},', '', 'I hope this email finds you well. I read your post on onboarding.', ''].join('\n');
    const dir2 = project({ 'draft.md': `---\nrecipient: Sam\n---\n${beside}`, 'only.json': ONLY_FIXABLE });
    expect(netlint(['draft.md', '--fix', '--config', 'only.json'], { cwd: dir2 }).status).toBe(0);
    expect(readFileSync(path.join(dir2, 'draft.md'), 'utf8')).toBe(
      `---\nrecipient: Sam\n---\n<!-- netlint-disable-next-line unfilled-placeholder -->\nHi {{first_name}},\n\nI read your post on onboarding.\n`,
    );
  });

  it('is idempotent: a second --fix changes nothing', () => {
    const dir = project({ 'draft.md': CRLF_BOM_DRAFT, 'only.json': ONLY_FIXABLE });
    netlint(['draft.md', '--fix', '--config', 'only.json'], { cwd: dir });
    const once = readFileSync(path.join(dir, 'draft.md'));
    expect(once.toString('utf8')).toBe(CRLF_BOM_FIXED);
    const again = netlint(['draft.md', '--fix', '--config', 'only.json', '-f', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'draft.md')).equals(once)).toBe(true);
    expect(json(again.stdout)[0]!.output).toBeUndefined();
  });

  it('rewrites only what a rule marks safe', () => {
    // "a call sometime" and "Dear Hiring Manager" have suggestions or findings, but no safe fix.
    const text = '---\nrecipient: Sam Lee\n---\nDear Hiring Manager, can we hop on a call sometime? I hope this email finds you well and that the launch went smoothly.\n';
    const dir = project({ 'draft.md': text, 'only.json': ONLY_FIXABLE });
    const run = netlint(['draft.md', '--fix', '--config', 'only.json', '-f', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(text);
    const [result] = json(run.stdout);
    expect(result!.output).toBeUndefined();
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['form-letter-phrasing', 'unbounded-time-request', 'form-letter-phrasing']);
    expect(result!.fixableWarningCount).toBe(0);
  });

  it('with --quiet fixes errors only, as ESLint', () => {
    const text = '---\nrecipient: Sam\n---\nHi {{first_name}}, I loved your talk on forms. Would you be open to a quick call?\n';
    const dir = project({ 'draft.md': text, 'only.json': ONLY_FIXABLE });
    netlint(['draft.md', '--fix', '--quiet', '--config', 'only.json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe('---\nrecipient: Sam\n---\nHi Sam, I loved your talk on forms. Would you be open to a quick call?\n');
  });

  it('fixes files linted on worker threads', () => {
    const drafts = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`draft-${i}.md`, 'Hi Maya, I loved your talk on forms. Would you be open to a quick call?\n']));
    const dir = project({ ...drafts, 'only.json': ONLY_FIXABLE });
    expect(netlint(['.', '--fix', '--concurrency', '2', '--config', 'only.json'], { cwd: dir }).status).toBe(0);
    for (const name of Object.keys(drafts)) expect(readFileSync(path.join(dir, name), 'utf8')).toContain('a 20-minute call');
  });

  it('with --cache, fixes a file whose findings were cached by a run without --fix', () => {
    const dir = project({ 'draft.md': 'Hi Maya, I loved your talk on forms. Would you be open to a quick call?\n', 'only.json': ONLY_FIXABLE });
    expect(netlint(['draft.md', '--cache', '--config', 'only.json'], { cwd: dir }).status).toBe(0);
    expect(netlint(['draft.md', '--cache', '--fix', '--config', 'only.json'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toContain('a 20-minute call');
  });

  it('bounds "a quick chat" to the configured minutes', () => {
    const dir = project({ 'draft.md': 'Hi Maya, I loved your talk on forms. Would you be open to a quick chat?\n' });
    const run = netlint(['draft.md', '--fix', '--no-config-lookup', '--rule', 'unbounded-time-request: [warn, {maxMinutes: 15}]'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe('Hi Maya, I loved your talk on forms. Would you be open to a 15-minute chat?\n');
  });

  it('under --untrusted writes files inside the working directory, never through a link out of it', () => {
    const outside = project({ 'draft.md': 'Hi Maya, I loved your talk on forms. Would you be open to a quick call?\n' });
    const dir = project({ 'inside.md': 'Hi Maya, I loved your talk on forms. Would you be open to a quick call?\n', 'only.json': ONLY_FIXABLE });
    symlinkSync(path.join(outside, 'draft.md'), path.join(dir, 'linked.md'));
    const run = netlint(['inside.md', 'linked.md', '--fix', '--untrusted', '--config', 'only.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^netlint: cannot write the fixes to .*linked\.md: --untrusted writes only files inside the working directory\n$/);
    expect(readFileSync(path.join(dir, 'inside.md'), 'utf8')).toContain('a 20-minute call');
    expect(readFileSync(path.join(outside, 'draft.md'), 'utf8')).toContain('a quick call');
    expect(lstatSync(path.join(dir, 'linked.md')).isSymbolicLink()).toBe(true);
  });
});

describe('--fix-dry-run', () => {
  it('leaves the file untouched and puts the fixed text in JSON "output"', () => {
    const dir = project({ 'draft.md': CRLF_BOM_DRAFT, 'clean.md': 'Hi Sam, I read your post on onboarding.\n', 'only.json': ONLY_FIXABLE });
    const run = netlint(['draft.md', 'clean.md', '--fix-dry-run', '--config', 'only.json', '-f', 'json'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(CRLF_BOM_DRAFT);
    const results = json(run.stdout);
    const draft = results.find((r) => r.filePath.endsWith('draft.md'))!;
    const clean = results.find((r) => r.filePath.endsWith('clean.md'))!;
    expect(draft.output).toBe(CRLF_BOM_FIXED);
    expect('output' in clean).toBe(false);
  });

  it('prints the fixed text of standard input, the report on stderr', () => {
    const run = netlint(['--stdin', '--fix-dry-run', '--no-config-lookup', '--rule', 'message-length: off', '--rule', 'no-reciprocity-offer: off'], {
      input: 'Hi Maya, I hope this email finds you well. I loved your talk on forms. Would you be open to a quick call?\n',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Hi Maya, I loved your talk on forms. Would you be open to a 20-minute call?\n');
  });

  it('refuses --fix on standard input with one line', () => {
    const run = netlint(['--stdin', '--fix'], { input: 'Hi Sam.\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('netlint: --fix writes files and cannot write standard input: use --fix-dry-run to print the fixed text\n');
  });

  it('refuses --fix with --fix-dry-run, as ESLint', () => {
    const run = netlint(['draft.md', '--fix', '--fix-dry-run'], { cwd: project({ 'draft.md': 'Hi Sam.\n' }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('netlint: --fix and --fix-dry-run cannot be used together: --fix writes the files, --fix-dry-run only reports\n');
  });

  it('without --fix or --fix-dry-run, findings carry "fix" and counts but there is no "output"', () => {
    const dir = project({ 'draft.md': 'Hi Maya, I loved your talk on forms. Would you be open to a quick call?\n', 'only.json': ONLY_FIXABLE });
    const [result] = json(netlint(['draft.md', '--config', 'only.json', '-f', 'json'], { cwd: dir }).stdout);
    expect(result!.messages.map((m) => m.fix)).toEqual([{ range: [58, 70], text: 'a 20-minute call' }]);
    expect(result!.fixableWarningCount).toBe(1);
    expect('output' in result!).toBe(false);
  });
});

describe('the fix loop', () => {
  it('stops after ESLint\'s 10 passes when fixes keep making new ones', () => {
    const plugin = `export default { name: 'grow', rules: { more: {
      meta: { description: 'test', recommended: 'warn', fixable: 'text', messages: { m: 'more' }, docs: { why: '', bad: [], good: [] } },
      create: (context) => ({ message(m) { const at = { start: m.body.start, end: m.body.start + 1 }; context.report({ messageId: 'm', at, fix: { at, text: 'xx' } }); } }),
    } } };`;
    const dir = project({ 'draft.md': 'x marks the spot.\n', 'grow.mjs': plugin, '.networklintrc.json': JSON.stringify({ plugins: ['./grow.mjs'], rules: { 'grow/more': 'warn' } }) });
    const [result] = json(netlint(['draft.md', '--fix-dry-run', '-f', 'json'], { cwd: dir }).stdout);
    expect(result!.output).toBe(`${'x'.repeat(11)} marks the spot.\n`);
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['grow/more']);
  });

  it('is part of the library API: lintText with fix returns output and writes nothing', async () => {
    const { lintText } = await import('../src/index.js');
    const result = await lintText('Hi Maya, I loved your talk on forms. Would you be open to a quick call?\n', { useConfigLookup: false, fix: true, rules: { 'message-length': 'off' } });
    expect(result.output).toBe('Hi Maya, I loved your talk on forms. Would you be open to a 20-minute call?\n');
  });
});

describe('which openers form-letter-phrasing removes', () => {
  const fixed = (text: string) => {
    const finding = lint(text, { rules: ['form-letter-phrasing'] })[0]!;
    return finding.fix ? text.slice(0, finding.fix.range[0]) + finding.fix.text + text.slice(finding.fix.range[1]) : null;
  };

  it('removes an opener that is its own sentence or paragraph, with the space after it', () => {
    expect(fixed('I hope this email finds you well. Your post on onboarding stuck with me.\n')).toBe('Your post on onboarding stuck with me.\n');
    expect(fixed('Hi Sam,\n\nHope this message finds you well!\n\nYour post stuck with me.\n')).toBe('Hi Sam,\n\nYour post stuck with me.\n');
    expect(fixed('Hi Sam, I hope this email finds you well. I read your post.\n')).toBe('Hi Sam, I read your post.\n');
    expect(fixed('Hi Sam,\nI hope this email finds you well.\nI read your post.\n')).toBe('Hi Sam,\nI read your post.\n');
  });

  it('leaves it where removing it would break a sentence or join paragraphs', () => {
    expect(fixed('Hi Sam, I hope this email finds you well. Your post stuck with me.\n')).toBeNull(); // "Hi Sam, Your post"
    expect(fixed('Thanks, and I hope this email finds you well. Your post stuck with me.\n')).toBeNull();
    expect(fixed('I hope this email finds you well and that the launch went smoothly.\n')).toBeNull();
    expect(fixed('Hi Sam, I hope this email finds you well.\n\nI read your post.\n')).toBeNull();
    expect(fixed('- I hope this email finds you well.\n\nI read your post.\n')).toBeNull();
    expect(fixed('I hope this email finds you well.\n')).toBeNull();
  });
});

describe('the fix contract for rules', () => {
  const fixer = (fixable: boolean, outside: boolean): Rule => ({
    meta: { description: 'test', recommended: 'warn', messages: { m: 'm' }, docs: { why: '', bad: [], good: [] }, ...(fixable && { fixable: 'text' as const }) },
    create: (context) => ({
      sentence(s) {
        const at = s.span(0, 2);
        context.report({ messageId: 'm', at, fix: { at: outside ? s.span(0, 4) : at, text: 'x' } });
      },
    }),
  });

  it('a fix from a rule without meta.fixable, or outside the finding, is a crash', () => {
    expect(lint('Hello there.\n', { rules: ['t'], extraRules: { t: fixer(false, false) } })[0]!.message).toBe("Rule 't' crashed: rule 't' reported a fix but its meta has no fixable: 'text'");
    expect(lint('Hello there.\n', { rules: ['t'], extraRules: { t: fixer(true, true) } })[0]!.message).toBe("Rule 't' crashed: rule 't' reported a fix outside the finding's span");
    expect(lint('Hello there.\n', { rules: ['t'], extraRules: { t: fixer(true, false) } })[0]!.fix).toEqual({ range: [0, 2], text: 'x' });
  });
});
