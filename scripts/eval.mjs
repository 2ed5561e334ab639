// The accuracy harness (`npm run eval`): runs the netlint:recommended rules
// over the labelled corpus in fixtures/corpus/ and prints per-rule precision,
// recall and F1, the macro F1, how many clean messages stay silent, and every
// miss. Labels (fixtures/corpus/labels.json) say which rules a careful
// reviewer expects on each message; [] marks a clean NETWORKER message.
// test/eval.test.ts holds the bar: macro F1 >= 0.9, >= 95 % of clean silent.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../dist/src/index.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.join(root, 'fixtures', 'corpus');
/** A fixed "today", so messages without a `sent` date give the same result every day. */
export const EVAL_TODAY = '2026-03-02';

export async function evaluate(corpus = CORPUS) {
  const labels = JSON.parse(readFileSync(path.join(corpus, 'labels.json'), 'utf8'));
  const perFile = [];
  for (const [file, expected] of Object.entries(labels)) {
    const text = readFileSync(path.join(corpus, file), 'utf8');
    const result = await lintText(text, { filePath: path.join(corpus, file), useConfigLookup: false, today: EVAL_TODAY });
    const found = [...new Set(result.messages.filter((m) => m.ruleId).map((m) => m.ruleId))].sort();
    perFile.push({ file, expected: [...expected].sort(), found, findings: result.messages, stage: result.netlint.stage, channel: result.netlint.channel, frontMatter: text.startsWith('---') });
  }
  const rules = [...new Set(perFile.flatMap((f) => [...f.expected, ...f.found]))].sort();
  const perRule = rules.map((rule) => {
    let tp = 0, fp = 0, fn = 0;
    for (const f of perFile) {
      const want = f.expected.includes(rule);
      const got = f.found.includes(rule);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { rule, tp, fp, fn, precision, recall, f1 };
  });
  const clean = perFile.filter((f) => f.expected.length === 0);
  const silent = clean.filter((f) => f.found.length === 0);
  const misses = perFile.flatMap((f) => [
    ...f.found.filter((r) => !f.expected.includes(r)).map((rule) => ({ file: f.file, rule, kind: 'false positive' })),
    ...f.expected.filter((r) => !f.found.includes(r)).map((rule) => ({ file: f.file, rule, kind: 'missed' })),
  ]);
  return {
    perRule,
    macroF1: perRule.reduce((sum, r) => sum + r.f1, 0) / perRule.length,
    clean: { total: clean.length, silent: silent.length },
    misses,
    perFile,
  };
}

/** Every finding on the corpus, one line each: speed work must leave this file unchanged. */
export const SNAPSHOT = path.join(CORPUS, 'findings.snapshot');
export function findingsSnapshot(report) {
  return `${report.perFile
    .flatMap((f) => f.findings.map((m) => `${f.file} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId ?? '(netlint)'}/${m.messageId ?? ''}`))
    .join('\n')}\n`;
}

function pct(x) {
  return `${(x * 100).toFixed(1)}%`.padStart(6);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = await evaluate();
  if (process.argv.includes('--update-snapshot')) {
    writeFileSync(SNAPSHOT, findingsSnapshot(report));
    console.log(`wrote ${path.relative(root, SNAPSHOT)}`);
  }
  console.log(`netlint accuracy on ${report.perFile.length} labelled messages (fixtures/corpus)\n`);
  console.log(`${'rule'.padEnd(32)}   tp   fp   fn  precision  recall      F1`);
  for (const r of report.perRule) {
    console.log(`${r.rule.padEnd(32)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}     ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}`);
  }
  console.log(`\nmacro F1: ${pct(report.macroF1).trim()}`);
  console.log(`clean messages silent: ${report.clean.silent}/${report.clean.total} (${pct(report.clean.silent / report.clean.total).trim()})`);
  if (report.misses.length) {
    console.log('\nmisses:');
    for (const m of report.misses) console.log(`  ${m.kind.padEnd(15)} ${m.rule.padEnd(32)} ${m.file}`);
  }
}
