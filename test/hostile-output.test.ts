/**
 * Hostile input aimed at netlint's output rather than its parser: a report written over
 * the draft or through a committed symlink, control characters from a message (or its
 * file name) reaching the terminal or breaking XML, write errors and formatters that
 * never finish, and option values that are prototype names or out of range. Each ends
 * with a one-line error and exit 2, or with a report that shows the characters escaped.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdtempSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
// @ts-expect-error -- a plain ESM script, also runnable on its own
import { HOSTILE_OPTION_VALUES, controlCharacterFiles, writeOutputTraps } from '../scripts/hostile-inputs.mjs';
import { USER_DRAFT, bin, netlint, project } from './cli-helpers.js';

/** One line on stderr naming the problem, no stack trace. */
function expectOneLineError(run: { status: number | null; stderr: string }, pattern: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/^netlint: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}

describe('-o never writes over an input or through a symlink out of the working directory', () => {
  it('refuses to write the report over the file being linted', () => {
    const dir = project({ 'a.md': USER_DRAFT });
    const run = netlint(['-o', 'a.md', 'a.md'], { cwd: dir });
    expectOneLineError(run, /a\.md.*(linted|input)/);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(USER_DRAFT);
  });

  it('refuses a target that is an input found inside a folder, or standard input named by --stdin-filename', () => {
    const dir = project({ 'drafts/a.md': USER_DRAFT, 'drafts/b.md': USER_DRAFT });
    expectOneLineError(netlint(['drafts', '-f', 'json', '-o', 'drafts/b.md'], { cwd: dir }), /b\.md/);
    expect(readFileSync(path.join(dir, 'drafts', 'b.md'), 'utf8')).toBe(USER_DRAFT);
    expectOneLineError(netlint(['--stdin', '--stdin-filename', 'drafts/a.md', '-o', 'drafts/a.md'], { cwd: dir, input: USER_DRAFT }), /a\.md/);
    expect(readFileSync(path.join(dir, 'drafts', 'a.md'), 'utf8')).toBe(USER_DRAFT);
  });

  it('refuses a symlink to the file being linted', () => {
    const dir = project({ 'a.md': USER_DRAFT });
    symlinkSync('a.md', path.join(dir, 'report.txt'));
    const run = netlint(['a.md', '-o', 'report.txt'], { cwd: dir });
    expectOneLineError(run, /report\.txt/);
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(USER_DRAFT);
  });

  /** A working directory with a draft and the committed -o traps of scripts/hostile-inputs.mjs. */
  const withTraps = () => {
    const dir = project({ 'a.md': USER_DRAFT });
    const outside = mkdtempSync(path.join(tmpdir(), 'netlint-outside-'));
    (writeOutputTraps as (dir: string, outside: string) => void)(dir, outside);
    return { dir, outside };
  };

  it('replaces a committed symlink to a file outside the working directory instead of writing through it', () => {
    const { dir, outside } = withTraps();
    const run = netlint(['a.md', '-f', 'json', '-o', 'report.txt'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(readFileSync(path.join(outside, 'precious.txt'), 'utf8')).toBe('keep me\n');
    expect(lstatSync(path.join(dir, 'report.txt')).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.txt'), 'utf8'))[0].errorCount).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'report.txt', 'reports']); // no temporary file left behind
  });

  it('refuses a committed symlinked folder that leads out of the working directory', () => {
    const { dir, outside } = withTraps();
    const run = netlint(['a.md', '-o', 'reports/out.txt'], { cwd: dir });
    expectOneLineError(run, /reports.*outside the working directory/);
    expect(readdirSync(outside)).toEqual(['precious.txt']);
    expect(readFileSync(path.join(outside, 'precious.txt'), 'utf8')).toBe('keep me\n');
  });

  it('still writes where the user explicitly points outside the working directory, and to /dev/stdout', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'netlint-elsewhere-'));
    const dir = project({ 'a.md': USER_DRAFT });
    const target = path.join(elsewhere, 'sub', 'report.json');
    const run = netlint(['a.md', '-f', 'json', '-o', target], { cwd: dir });
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(target, 'utf8'))[0].errorCount).toBe(3);
    if (existsSync('/dev/stdout')) {
      // Through a real pipe: the test runner's own stdio is a socket, which /dev/stdout cannot reopen.
      const toStdout = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" a.md -f json -o /dev/stdout | cat; exit \${PIPESTATUS[0]}`], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(toStdout.stderr).toBe('');
      expect(toStdout.status).toBe(1);
      expect(JSON.parse(toStdout.stdout)[0].errorCount).toBe(3);
    }
  });
});

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** XML 1.0's Char production, negated: characters no XML document may contain, raw or as references. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]|&#x?0*(?:[0-8bcef]|1[0-9a-f]|[0-9]);/iu;
const SGR = /\u001b\[[0-9;]*m/g;

describe('control characters from message content are escaped in every format', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'netlint-controls-'));
  const files = controlCharacterFiles() as Record<string, string>;
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const names = Object.keys(files).sort();
  const run = (format: string, extra: string[] = []) => {
    const result = netlint(['-f', format, ...extra, '--', ...names], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    return result.stdout;
  };
  const findings = (JSON.parse(run('json')) as { messages: unknown[] }[]).reduce((sum, r) => sum + r.messages.length, 0);

  it('the findings do carry the characters (json keeps them as data)', () => {
    const json = run('json');
    expect(json).toContain('\\u001b]0;pwned');
    expect(json).toContain('\u202e');
    expect(json).toContain('\u009b');
  });

  it.each([['stylish', ['--no-color']], ['stylish', ['--color']], ['compact', ['--no-color']], ['compact', ['--color']]])('%s %s: no raw control character reaches the terminal', (format, extra) => {
    const output = run(format, extra).replace(SGR, '');
    for (const line of output.split('\n')) expect(line).not.toMatch(CONTROL);
    expect(output).toContain('evil\\u001b]0;pwned\\u0007\\u001b[2J');
    expect(output).toContain('\\u202e');
    expect(output).toContain('name-with-\\u001b[31m-csi.md');
  });

  it('compact: still one line per finding', () => {
    const lines = run('compact').trimEnd().split('\n');
    expect(lines.slice(0, -2)).toHaveLength(findings);
  });

  it.each(['junit', 'checkstyle'])('%s stays well-formed XML and shows the characters escaped', (format) => {
    const xml = run(format);
    expect(xml).not.toMatch(NOT_XML_CHAR);
    expect(xml).not.toMatch(CONTROL);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(JSON.stringify(parsed)).toContain('evil\\\\u001b]0;pwned');
    expect(xml).toContain('\\u202e');
  });

  it('github: one workflow command per finding, on one line each, with the characters escaped', () => {
    const lines = run('github').trimEnd().split('\n');
    expect(lines).toHaveLength(findings);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) file=[^\n]*::/);
      expect(line).not.toMatch(CONTROL);
    }
    expect(lines.join('\n')).toContain('\\u001b]0;pwned');
  });

  it('sarif: message texts show the characters escaped', () => {
    const sarif = JSON.parse(run('sarif'));
    const texts: string[] = sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text);
    for (const text of texts) expect(text).not.toMatch(CONTROL);
    expect(texts.join('\n')).toContain('\\u001b]0;pwned');
  });

  it('the shared escape spells each character as JSON does, NUL and lone C1 controls included', async () => {
    const { escapeControlCharacters, escapeControlCharactersButLineBreaks } = await import('../src/formatters/escape.js');
    expect(escapeControlCharacters('a\u0000b\u009bc\u202ed\te\nf')).toBe('a\\u0000b\\u009bc\\u202ed\\u0009e\\u000af');
    expect(escapeControlCharactersButLineBreaks('a\r\nb\u001b')).toBe('a\r\nb\\u001b');
    expect(escapeControlCharacters('résumé — 👋🏽 “quoted”')).toBe('résumé — 👋🏽 “quoted”');
  });

  it('a config error quoting repository content reaches stderr escaped', () => {
    const configured = project({ 'a.md': 'Hi.\n', '.networklintrc.json': JSON.stringify({ rules: { 'evil\u001b]0;pwned\u0007\u001b[2J': 'off' } }) });
    const result = netlint(['a.md'], { cwd: configured });
    expectOneLineError(result, /evil\\u001b\]0;pwned/);
    expect(result.stderr.replace(/\n$/, '')).not.toMatch(CONTROL);
  });
});

describe('write errors and formatters that never finish', () => {
  it.skipIf(!existsSync('/dev/full'))('standard output on a full disk: one line, exit 2 (not 1, which reads as lint errors)', () => {
    const dir = project({ 'a.md': USER_DRAFT });
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [bin, 'a.md'], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
      expectOneLineError({ status: run.status, stderr: run.stderr }, /standard output.*no space left/i);
    } finally {
      closeSync(full);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('-o to a full disk: one line, exit 2', () => {
    const dir = project({ 'a.md': USER_DRAFT });
    expectOneLineError(netlint(['a.md', '-o', '/dev/full'], { cwd: dir }), /\/dev\/full.*no space left/i);
  });

  it('a reader that closes the pipe early (| head -1) is not an error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netlint-pipe-'));
    // Far more output than a pipe buffers, so the writes after head exits do fail with EPIPE.
    for (let i = 0; i < 300; i++) writeFileSync(path.join(dir, `draft-${i}.md`), USER_DRAFT);
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" --concurrency off . | head -1 >/dev/null; exit \${PIPESTATUS[0]}`], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  }, 120_000);

  it('a formatter whose promise never settles: one line naming it, exit 2', () => {
    const dir = project({ 'a.md': USER_DRAFT, 'never.mjs': 'export default () => new Promise(() => {});\n' });
    expectOneLineError(netlint(['a.md', '-f', './never.mjs'], { cwd: dir }), /never\.mjs.*never (finished|settled|returned)/);
  });
});

describe('option values: own names only, sane ranges', () => {
  const dir = project({ 'a.md': USER_DRAFT });

  it.each(HOSTILE_OPTION_VALUES as [string, string][])('%s %j (from the hostile suite) is one line naming the option, exit 2', (option, value) => {
    const run = netlint(['a.md', option, value], { cwd: dir });
    expectOneLineError(run, option === '-f' ? /Unknown format/ : new RegExp(`^netlint: ${option}`));
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('--rule severity %j is refused', (name) => {
    expectOneLineError(netlint(['a.md', '--rule', `vague-advice-request: ${name}`], { cwd: dir }), /--rule.*severity must be "off", "warn", "error", 0, 1 or 2/);
  });

  it('--rule naming __proto__ as a rule is an unknown rule, not a setting silently lost', () => {
    expectOneLineError(netlint(['a.md', '--rule', '__proto__: error'], { cwd: dir }), /--rule: unknown rule '__proto__'/);
  });

  it.each(['constructor', 'valueOf'])('a config severity %j is refused', (name) => {
    const configured = project({ 'a.md': USER_DRAFT, '.networklintrc.json': JSON.stringify({ rules: { 'vague-advice-request': name } }) });
    expectOneLineError(netlint(['a.md'], { cwd: configured }), /\.networklintrc\.json.*severity must be/);
  });

  it('a config option named like a prototype member is an unknown option', () => {
    const configured = project({ 'a.md': USER_DRAFT, '.networklintrc.json': JSON.stringify({ rules: { 'message-length': ['warn', { constructor: 1 }] } }) });
    expectOneLineError(netlint(['a.md'], { cwd: configured }), /unknown option 'constructor'/);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('-f %s is not a built-in format', (name) => {
    expectOneLineError(netlint(['a.md', '-f', name], { cwd: dir }), new RegExp(`Unknown format '${name}'`));
  });

  it('--file-timeout beyond what a Node timer holds is refused; the largest allowed value still lints', () => {
    expectOneLineError(netlint(['a.md', '--file-timeout', '3000000'], { cwd: dir }), /--file-timeout.*2147483/);
    expectOneLineError(netlint(['a.md', '--file-timeout', '2147484'], { cwd: dir }), /--file-timeout/);
    const largest = netlint(['a.md', '-f', 'json', '--concurrency', '1', '--file-timeout', '2147483'], { cwd: dir });
    expect(largest.stderr).toBe('');
    expect(JSON.parse(largest.stdout)[0].errorCount).toBe(3);
  });

  it.each(['0.4', '1.5', '0', '1constructor', '1toString', '0.1KiB'])('--max-file-size %s is refused', (value) => {
    expectOneLineError(netlint(['a.md', '--max-file-size', value], { cwd: dir }), /--max-file-size.*whole number of bytes, at least 1/);
  });

  it('--max-file-size accepts a fractional size that is a whole number of bytes', () => {
    const run = netlint(['a.md', '-f', 'json', '--max-file-size', '0.5KiB'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)[0].errorCount).toBe(3);
  });

  it('--concurrency beyond 4 workers per core is refused, naming the limit', () => {
    const limit = availableParallelism() * 4;
    expectOneLineError(netlint(['a.md', '--concurrency', String(limit + 1)], { cwd: dir }), new RegExp(`--concurrency.*from 1 to ${limit} \\(at most 4 per core\\)`));
    const atLimit = netlint(['a.md', '-f', 'json', '--concurrency', String(limit)], { cwd: dir });
    expect(atLimit.stderr).toBe('');
    expect(atLimit.status).toBe(1);
  });
});

describe('--help documents the limits', () => {
  it('names the ranges of --file-timeout, --max-file-size and --concurrency', () => {
    const help = netlint(['--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--file-timeout.*at most 2147483/);
    expect(help).toMatch(/--concurrency.*at most 4 per core/);
  });
});
