/**
 * Messages written by other people (../shared/corpus/, not committed here): the 47 real
 * templates and the 90-message development set. Every rule runs over them without a crash,
 * inside the file, deterministically; and the recommended rules agree with the writers'
 * labels at the bars the reading-layer issue set. Skips cleanly when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from './helpers.js';
// @ts-expect-error -- a plain ESM script shared with `npm run eval`
import { evaluate } from '../scripts/eval.mjs';

interface Report {
  macroF1: number;
  micro: { precision: number; recall: number };
  clean: { total: number; silent: number };
  misses: { file: string; rule: string; kind: string }[];
}

const shared = path.join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const real = path.join(shared, 'real');
const devA = path.join(shared, 'dev-a');
const files = existsSync(real) ? readdirSync(real).filter((f) => f.endsWith('.md')).sort() : [];

describe.skipIf(files.length === 0)('real templates', () => {
  it.each(files)('%s lints without crashing, inside the file, deterministically', (file) => {
    const text = readFileSync(path.join(real, file), 'utf8');
    const first = lint(text, { filePath: file });
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const m of first) {
      expect(m.fatal).toBeUndefined();
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.endLine).toBeLessThanOrEqual(lineCount);
      expect(m.endLine > m.line || m.endColumn >= m.column).toBe(true);
    }
    expect(lint(text, { filePath: file })).toEqual(first);
  });

  it('agrees with the labels: precision ≥ 0.9 and recall ≥ 0.85', async () => {
    const report = (await evaluate(real)) as Report;
    expect(report.micro.precision, JSON.stringify(report.misses)).toBeGreaterThanOrEqual(0.9);
    expect(report.micro.recall, JSON.stringify(report.misses)).toBeGreaterThanOrEqual(0.85);
  });
});

describe.skipIf(!existsSync(devA))('development corpus dev-a', () => {
  it('reaches macro F1 ≥ 0.9 with ≥ 90 % of clean messages silent', async () => {
    const report = (await evaluate(devA)) as Report;
    expect(report.macroF1, JSON.stringify(report.misses)).toBeGreaterThanOrEqual(0.9);
    expect(report.clean.silent / report.clean.total).toBeGreaterThanOrEqual(0.9);
  });
});
