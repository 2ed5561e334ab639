/**
 * The accuracy bar from the catalogue issue, on the labelled corpus in
 * fixtures/corpus (see `npm run eval` for the full report).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script shared with `npm run eval`
import { evaluate, CORPUS, SNAPSHOT, findingsSnapshot } from '../scripts/eval.mjs';
import { builtins } from './helpers.js';
import { CHANNELS, STAGES } from '../src/types.js';

interface Report {
  perRule: { rule: string; f1: number }[];
  macroF1: number;
  clean: { total: number; silent: number };
  misses: { file: string; rule: string; kind: string }[];
  perFile: { file: string; expected: string[]; stage: string; channel: string | null; frontMatter: boolean }[];
}

const report = (await evaluate()) as Report;

describe('accuracy on the labelled corpus', () => {
  it('labels every message file, and only files that exist', () => {
    const files = readdirSync(CORPUS as string).filter((f) => /\.(md|txt)$/.test(f)).sort();
    expect(report.perFile.map((f) => f.file).sort()).toEqual(files);
    const labels = JSON.parse(readFileSync(path.join(CORPUS as string, 'labels.json'), 'utf8')) as Record<string, string[]>;
    for (const rules of Object.values(labels)) for (const rule of rules) expect(builtins.get(rule)?.meta.recommended, rule).toBeTruthy();
  });

  it('is large and varied enough to mean something', () => {
    expect(report.perFile.length).toBeGreaterThanOrEqual(80);
    expect(report.clean.total / report.perFile.length).toBeGreaterThanOrEqual(1 / 3);
    const recommended = [...builtins].filter(([, r]) => r.meta.recommended && r.meta.scope !== 'thread').map(([id]) => id);
    for (const rule of recommended) {
      expect(report.perFile.filter((f) => f.expected.includes(rule)).length, rule).toBeGreaterThanOrEqual(8);
    }
    expect(new Set(report.perFile.map((f) => f.channel))).toEqual(new Set([...CHANNELS, null]));
    expect(new Set(report.perFile.map((f) => f.stage))).toEqual(new Set(STAGES));
    expect(new Set(report.perFile.map((f) => f.frontMatter))).toEqual(new Set([true, false]));
  });

  it('gives exactly the findings recorded before the last speed change (npm run eval -- --update-snapshot after a deliberate rule change)', () => {
    expect((findingsSnapshot as (r: Report) => string)(report)).toBe(readFileSync(SNAPSHOT as string, 'utf8'));
  });

  it('reaches macro F1 ≥ 0.9 with ≥ 95 % of clean messages silent', () => {
    expect(report.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(report.clean.silent / report.clean.total).toBeGreaterThanOrEqual(0.95);
  });
});
