/**
 * The accuracy bars, on the labelled corpus in fixtures/corpus and on the batches in
 * eval/batches (see `npm run eval -- <folder>` for the full report), and the shape of
 * eval/LEDGER.md, where each batch's first-seen score is recorded.
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

const batchesRoot = path.join(import.meta.dirname, '..', 'eval', 'batches');
const batches = readdirSync(batchesRoot).filter((b) => !b.startsWith('.')).sort();

describe('batches written by people who never saw the rules', () => {
  it.each(batches)('%s keeps macro F1 ≥ 0.85 with nine in ten clean messages silent', async (batch) => {
    const result = (await evaluate(path.join(batchesRoot, batch))) as Report;
    expect(result.macroF1, JSON.stringify(result.misses)).toBeGreaterThanOrEqual(0.85);
    expect(result.clean.silent / result.clean.total).toBeGreaterThanOrEqual(0.9);
  });

  it('has its first-seen score in eval/LEDGER.md, one row per batch, oldest first', () => {
    const ledger = readFileSync(path.join(import.meta.dirname, '..', 'eval', 'LEDGER.md'), 'utf8');
    const header = ledger.split('\n').findIndex((l) => l.trim() === '| date | batch | messages | writer | macro F1 | clean silent |');
    expect(header).toBeGreaterThan(-1);
    const rows = ledger.split('\n').slice(header + 2).filter((l) => l.startsWith('|')).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    for (const batch of batches) expect(rows.some((r) => r[1]!.includes(batch)), batch).toBe(true);
    const dates = rows.map((r) => r[0]!);
    expect([...dates].sort()).toEqual(dates);
    for (const r of rows) {
      expect(Number(r[4])).toBeGreaterThan(0);
      expect(r[5]).toMatch(/^\d+\/\d+$/);
    }
  });
});
