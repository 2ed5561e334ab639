/**
 * Hostile text, the second round: invisible characters and decomposed letters
 * that hid trigger words from the rules, encodings read differently on stdin
 * than from a file, inputs that overflowed the stack and ended the whole run,
 * and config globs that backtracked for minutes on a long file name.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { describeFinding, lint, textAt } from './helpers.js';
import { bin, netlintAsync, project, USER_DRAFT } from './cli-helpers.js';

const INVISIBLE = { 'U+200B': '\u200B', 'U+200C': '\u200C', 'U+200D': '\u200D', 'U+2060': '\u2060', 'U+FEFF': '\uFEFF', 'U+00AD': '\u00AD' };

/** Runs the CLI with bytes on standard input. */
function netlintWithStdin(args: readonly string[], input: Buffer, cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env['FORCE_COLOR'];
    const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The CLI may stop reading once the input is over the size cap.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function utf16(text: string, endian: 'le' | 'be', bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
}

function utf32(text: string, endian: 'le' | 'be'): Buffer {
  const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (endian === 'le' ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)));
  return bytes;
}

const ids = (stdout: string) => (JSON.parse(stdout) as { messages: { ruleId: string | null }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));

describe('invisible characters and decomposed letters do not hide trigger words', () => {
  it.each(Object.entries(INVISIBLE))('reads "some advice" with %s inside it as "some advice", pointing at the original characters', (_name, ch) => {
    const text = `Hi Sam, could you give me so${ch}me ${ch}ad${ch}vice?\n`;
    const finding = lint(text, { rules: ['vague-advice-request'] })[0];
    expect(finding?.ruleId).toBe('vague-advice-request');
    expect(textAt(text, finding!)).toBe(`so${ch}me ${ch}ad${ch}vice`);
  });

  it('maps positions after removed characters back to the file, line and column', () => {
    const text = `Hi\u200B\u200B Sam,\n\nWell\u00AD. To whom it may concern, I write.\n`;
    const [finding] = lint(text, { rules: ['form-letter-phrasing'] });
    expect(describeFinding(finding!)).toBe('3:8-3:30 form-letter-phrasing/stock');
    expect(textAt(text, finding!)).toBe('To whom it may concern');
  });

  it('reads a decomposed é (e + U+0301) as é, and points at both code units', () => {
    const text = 'Sam, I have an interview with ABC tomorrow. Attached is my re\u0301sume\u0301.\n';
    const findings = lint(text, { rules: ['attachment-before-relationship'] });
    expect(findings).toHaveLength(1);
    expect(textAt(text, findings[0]!)).toContain('re\u0301sume\u0301');
  });

  it('keeps directive comments working after invisible characters', () => {
    const text = '\u200BHi Sam, could you give me some advice? <!-- netlint-disable-line vague-advice-request -- testing -->\n';
    expect(lint(text, { rules: ['vague-advice-request'] })).toEqual([]);
  });
});

describe('one decoding path for files and standard input', () => {
  const dir = project({});
  const fileFindings = async (name: string, bytes: Buffer) => {
    writeFileSync(path.join(dir, name), bytes);
    return netlintAsync(['-f', 'json', '--no-config-lookup', name], { cwd: dir });
  };

  it.each([
    ['UTF-16 LE', utf16(USER_DRAFT, 'le')],
    ['UTF-16 BE', utf16(USER_DRAFT, 'be')],
    ['UTF-32 LE', utf32(USER_DRAFT, 'le')],
    ['UTF-32 BE', utf32(USER_DRAFT, 'be')],
    ['UTF-16 LE without a BOM', utf16(USER_DRAFT, 'le', false)],
  ])('finds the same problems in %s from a file, on stdin and in UTF-8', async (name, bytes) => {
    const expected = ids((await netlintWithStdin(['-f', 'json', '--no-config-lookup', '--stdin'], Buffer.from(USER_DRAFT), dir)).stdout);
    expect(expected).toContain('vague-advice-request');
    const fromFile = await fileFindings(`${name.replace(/\W+/g, '-')}.md`, bytes);
    const fromStdin = await netlintWithStdin(['-f', 'json', '--no-config-lookup', '--stdin'], bytes, dir);
    expect(ids(fromFile.stdout)).toEqual(expected);
    expect(ids(fromStdin.stdout)).toEqual(expected);
    expect(fromStdin.status).toBe(1);
  }, 60_000);

  it('refuses undecodable standard input with a fatal finding and exit 2, as for a file', async () => {
    const latin1 = Buffer.from([0x48, 0x69, 0x20, 0xe9, 0x74, 0xe9, 0x0a]);
    const run = await netlintWithStdin(['-f', 'json', '--stdin', '--stdin-filename', 'draft.md'], latin1, dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: cannot lint ${path.join(dir, 'draft.md')}: not UTF-8, UTF-16 or UTF-32 text\n`);
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ fatal: true, severity: 2, message: 'Cannot lint this file: not UTF-8, UTF-16 or UTF-32 text.' });
    const file = await fileFindings('latin1.md', latin1);
    expect(file.status).toBe(2);
    expect(file.stderr).toBe(`netlint: cannot lint ${path.join(dir, 'latin1.md')}: not UTF-8, UTF-16 or UTF-32 text\n`);
  }, 60_000);

  it('skips binary data whose zero bytes only look like a wide encoding (a PNG header passes for UTF-32), as pre-commit hands it over', async () => {
    const run = await fileFindings('logo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ severity: 1, message: expect.stringContaining('Skipped: not a text file') });
  }, 60_000);

  it('applies --max-file-size to standard input', async () => {
    const big = Buffer.from(`${'Can you give me some advice? '.repeat(2_000)}\n`);
    const run = await netlintWithStdin(['-f', 'json', '--stdin', '--max-file-size', '4KiB'], big, dir);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages).toEqual([expect.objectContaining({ fatal: true, message: 'Cannot lint this file: file is larger than 4 KiB (--max-file-size).' })]);
  }, 60_000);

  it.skipIf(process.platform !== 'linux')('reads and reports a file whose name is not UTF-8, found in a folder', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'netlint-names-'));
    writeFileSync(Buffer.from(path.join(folder, 'draft-\xff.md'), 'latin1'), USER_DRAFT);
    writeFileSync(path.join(folder, 'plain.md'), USER_DRAFT);
    const run = await netlintAsync(['-f', 'json', '--no-config-lookup', '.'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
    expect(results).toHaveLength(2);
    for (const result of results) expect(result.messages.map((m) => m.ruleId)).toContain('vague-advice-request');
  }, 60_000);
});

describe('no input ends the run', () => {
  // 7.5 KB of nested ordered lists: deep enough to overflow a recursive walk of the tree
  // (the unchanged code ended the run with "Maximum call stack size exceeded").
  const DEEP = `${'1) '.repeat(2_500)}x\n`;
  const fatalOrRead = (result: { messages: { fatal?: boolean; message: string }[] } | undefined) => {
    expect(result).toBeDefined();
    // Either the file is read, or it gets a fatal finding saying why not.
    const fatal = result!.messages.find((m) => m.fatal);
    if (fatal) expect(fatal.message).toMatch(/^Cannot lint this file: /);
  };

  it.each([
    ['in-process', ['--concurrency', 'off']],
    ['in workers', ['--concurrency', '2', '--file-timeout', '300']],
  ])('reads deep nesting or reports it on that file, and keeps the other results (%s)', async (_name, flags) => {
    const dir = project({ 'deep.md': DEEP, 'ok.md': USER_DRAFT });
    const run = await netlintAsync(['-f', 'json', '--no-config-lookup', ...flags, '.'], { cwd: dir });
    expect(run.stderr).not.toMatch(/unexpected error|^\s+at /m);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; fatal?: boolean; message: string }[] }[];
    const byName = new Map(results.map((r) => [path.basename(r.filePath), r]));
    expect(byName.get('ok.md')!.messages.map((m) => m.ruleId)).toContain('vague-advice-request');
    fatalOrRead(byName.get('deep.md'));
  }, 60_000);

  it('survives deep nesting on standard input', async () => {
    const run = await netlintWithStdin(['-f', 'json', '--stdin'], Buffer.from(DEEP), project({}));
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  }, 60_000);

  it('survives deep nesting inside a conversation (the thread pass)', async () => {
    const dated = (date: string, body: string) => `---\ndate: ${date}\n---\n${body}`;
    const dir = project({
      'thread/01.md': dated('2026-01-05', 'Hi Sam, may I ask you two questions about your post?\n'),
      'thread/02.md': dated('2026-01-20', DEEP),
      'thread/03.md': dated('2026-02-01', 'Hi Sam, just following up on my note.\n'),
    });
    const run = await netlintAsync(['-f', 'json', '--no-config-lookup', '--concurrency', 'off', 'thread'], { cwd: dir });
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(JSON.parse(run.stdout)).toHaveLength(3);
  }, 60_000);
});

describe('the thread pass stays within the time budget', () => {
  it('does not parse again, in the main thread, a message of a conversation that ran over the budget', async () => {
    const dated = (date: string, body: string) => `---\ndate: ${date}\n---\n${body}`;
    const dir = project({
      'thread/01.md': dated('2026-01-05', 'Hi Sam, may I ask you two questions about your post?\n'),
      // remark-parse takes minutes over this (the hostile suite's pathological-backticks.md).
      'thread/02.md': dated('2026-01-20', '\\``'.repeat(20_000)),
      'thread/03.md': dated('2026-02-01', 'Hi Sam, just following up on my note.\n'),
    });
    const run = await netlintAsync(['-f', 'json', '--no-config-lookup', '--file-timeout', '2', '--concurrency', '2', 'thread'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
    expect(results).toHaveLength(3);
    expect(results.find((r) => r.filePath.endsWith('02.md'))!.messages[0]!.message).toContain('time budget');
  }, 60_000);
});

describe('config globs are matched in linear time', () => {
  // Imported here so that the other cases still run where the module is missing.
  const globs = () => import('../src/config/glob.js');

  it('matches a backtracking glob against a long file name at once', async () => {
    const matches = (await globs()).compileGlobs([`${'*a'.repeat(12)}b`]);
    // A backtracking matcher does not return from this for hours (the test times out).
    expect(matches('a'.repeat(200))).toBe(false);
    expect(matches(`${'a'.repeat(30)}b`)).toBe(true);
  });

  it.each([
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'x/y/a.md', true],
    ['**/*.md', 'x/a.txt', false],
    ['drafts/**', 'drafts/a/b.md', true],
    ['drafts/**', 'other/a.md', false],
    ['drafts/*.md', 'drafts/a/b.md', false],
    ['a/**/b.md', 'a/b.md', true],
    ['a/**/b.md', 'a/x/y/b.md', true],
    ['*.{md,txt}', 'x.txt', true],
    ['*.{md,txt}', 'x.markdown', false],
    ['[a-c]?.md', 'bz.md', true],
    ['[!a-c]?.md', 'bz.md', false],
    ['.hidden/*', '.hidden/x.md', true],
    ['*.md', 'dir/x.md', true],
    ['!*.md', 'x.txt', true],
    ['!*.md', 'x.md', false],
    ['drafts/\\*.md', 'drafts/*.md', true],
    ['drafts/\\*.md', 'drafts/a.md', false],
  ])('%s matches %s: %s', async (glob, file, expected) => {
    // As the config does: patterns without a slash match the base name.
    expect((await globs()).compileGlobs([glob], { basename: !glob.includes('/') })(file)).toBe(expected);
  });

  it('refuses a glob too long to be a real pattern with a config error naming the file', async () => {
    const dir = project({ '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], ignores: ['a'.repeat(70_000)] }), 'a.md': USER_DRAFT });
    const run = await netlintAsync(['-f', 'json', 'a.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^netlint: .*\\.networklintrc\\.json: ignores\\[0\\]: a glob may be at most 1000 characters long; this one has 70000`));
  }, 60_000);

  it('ends a run with a backtracking override glob and a long file name at once, with results', async () => {
    const longName = `${'a'.repeat(200)}.md`;
    const dir = project({
      '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], overrides: [{ files: [`${'*a'.repeat(12)}b.md`], rules: { 'vague-advice-request': 'off' } }], ignores: [`${'*a'.repeat(12)}c.md`] }),
      [longName]: USER_DRAFT,
    });
    const run = await netlintAsync(['-f', 'json', longName], { cwd: dir });
    expect(run.status).toBe(1);
    expect(ids(run.stdout)).toContain('vague-advice-request');
  }, 60_000);
});
