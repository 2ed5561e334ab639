/**
 * Reports written file by file: stylish, compact, github and JSON write each
 * file's result as soon as it is final, so a run over many files does not
 * hold every result until the end. What a user sees does not change: the
 * same bytes, ESLint's exact JSON, the same summary line and exit code.
 *
 * How "as soon as" is observed without timing anything: a probe rule, on the
 * last file of an in-process run, reports how many bytes standard output (a
 * file here) already holds.
 */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_DRAFT, WARNINGS_ONLY_DRAFT, bin, netlint, project } from './cli-helpers.js';

const PROBE = `import { fstatSync } from 'node:fs';
export default {
  name: 'probe',
  rules: {
    'bytes-written': {
      meta: { description: 'Reports how much of the report is written.', recommended: false, messages: { written: 'written so far: {{bytes}}' }, docs: { why: 'test', bad: [], good: [] } },
      create(context) {
        return {
          message() {
            if (context.message.filePath.endsWith('z-last.md')) context.report({ messageId: 'written', data: { bytes: String(fstatSync(1).size) }, at: { start: 0, end: 1 } });
          },
        };
      },
    },
  },
};
`;

function probeProject(): string {
  return project({
    'probe.mjs': PROBE,
    'config.json': JSON.stringify({ extends: ['netlint:recommended'], plugins: ['./probe.mjs'], rules: { 'probe/bytes-written': 'warn' } }),
    'msgs/a.md': USER_DRAFT,
    'msgs/b.md': WARNINGS_ONLY_DRAFT,
    'msgs/z-last.md': USER_DRAFT,
  });
}

/** Runs the CLI with standard output going to a file, as `netlint … > report` does. */
function runToFile(dir: string, args: string[]): { status: number | null; stdout: string } {
  const out = path.join(dir, 'stdout.txt');
  const fd = openSync(out, 'w');
  try {
    const run = spawnSync(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    return { status: run.status, stdout: readFileSync(out, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

function writtenWhenLastFileLinted(stdout: string): number {
  const match = /written so far: (\d+)/.exec(stdout);
  expect(match).not.toBeNull();
  return Number(match![1]);
}

describe('reports are written file by file', () => {
  it.each(['json', 'compact', 'github', 'stylish'])('%s: the first file is reported before the last one is linted', (format) => {
    const dir = probeProject();
    const run = runToFile(dir, ['msgs', '-c', 'config.json', '--concurrency', 'off', '-f', format]);
    expect(run.status).toBe(1);
    const bytes = writtenWhenLastFileLinted(run.stdout);
    expect(bytes).toBeGreaterThan(0);
    // compact and JSON name files by absolute path; github and stylish relative to the working directory.
    // The probe counts bytes; the report holds multi-byte characters (’, …).
    const writtenFirst = Buffer.from(run.stdout).subarray(0, bytes).toString();
    expect(writtenFirst).toMatch(/msgs[\\/]a\.md/);
    expect(writtenFirst).not.toContain('z-last.md');
  });
});

describe('what a user sees does not change', () => {
  const files = {
    'out/a.md': USER_DRAFT,
    'out/b.md': WARNINGS_ONLY_DRAFT,
    'out/c.md': 'Sam, I read your post on how the Y Division onboards new reps. May I ask you three questions about it by e-mail? I hope I can help you in some way, as well.\n',
    // A conversation in the middle of the run: its results keep their place in file order.
    'out/m-thread/1.md': '---\ndirection: sent\ndate: 2026-03-01\n---\nHi Sam, I read your post on ramp-up at ABC. May I ask you two questions by e-mail? I hope I can help you in some way, as well.\n',
    'out/m-thread/2.md': '---\ndirection: received\ndate: 2026-03-02\n---\nHappy to help, Nancy. Here are my thoughts: measure ramp-up at 90 days.\n',
    'out/z.md': USER_DRAFT,
  };

  it('JSON is ESLint\'s LintResult[] exactly, in file order, on standard output and with -o', () => {
    const dir = project(files);
    const run = netlint(['out', '-f', 'json', '--today', '2026-03-30'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
    expect(run.stdout).toBe(`${JSON.stringify(results)}\n`);
    expect(results.map((r) => path.relative(dir, r.filePath).split(path.sep).join('/'))).toEqual(['out/a.md', 'out/b.md', 'out/c.md', 'out/m-thread/1.md', 'out/m-thread/2.md', 'out/z.md']);
    expect(results[4]!.messages.map((m) => m.ruleId)).toEqual(['thank-you-after-help']);
    const toFile = netlint(['out', '-f', 'json', '--today', '2026-03-30', '-o', 'reports/r.json'], { cwd: dir });
    expect(toFile).toMatchObject({ status: 1, stdout: '' });
    expect(readFileSync(path.join(dir, 'reports', 'r.json'), 'utf8')).toBe(run.stdout.slice(0, -1));
  });

  it('stylish keeps its summary line and exit code; --quiet and --max-warnings still count every file', () => {
    const dir = project(files);
    const json = JSON.parse(netlint(['out', '-f', 'json', '--today', '2026-03-30'], { cwd: dir }).stdout) as { errorCount: number; warningCount: number }[];
    const errors = json.reduce((n, r) => n + r.errorCount, 0);
    const warnings = json.reduce((n, r) => n + r.warningCount, 0);
    const run = netlint(['out', '--today', '2026-03-30'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`\u2716 ${errors + warnings} problems (${errors} errors, ${warnings} warnings)`);
    const warningsOnly = netlint(['out/b.md', '--quiet', '--max-warnings', '0'], { cwd: dir });
    expect(warningsOnly).toMatchObject({ status: 1, stdout: '', stderr: 'netlint found too many warnings (maximum: 0).\n' });
  });

  it('a single clean draft still shows its path and verdict', () => {
    const dir = project({ 'clean.md': files['out/c.md'] });
    const run = netlint(['clean.md'], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stdout: '\nclean.md\n  reads like a NETWORKER message\n\n' });
  });
});
