// The accuracy harness: `npm run eval -- [folder] [--verbose] [--update-snapshot]`.
// Runs the netlint:recommended message rules over a labelled folder and prints
// per-rule precision, recall and F1, the macro F1, how many clean messages stay
// silent, and every miss. The folder holds `labels.json` and the messages,
// either beside it or in `messages/`. Two label formats are read:
//   { "file.md": ["rule-id", …] }                                  (fixtures/corpus)
//   { "file.md": { "expect": [...], "unsure": [...], "note": "…" } } (../shared/corpus/*)
// `unsure` rules are not scored for that file. Only the scored rules (recommended,
// per-message) count: a finding of another rule is neither right nor wrong here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../dist/src/index.js';
import { loadAllBuiltinRules } from '../dist/rules/index.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.join(root, 'fixtures', 'corpus');
/** A fixed "today", so messages without a `sent` date give the same result every day. */
export const EVAL_TODAY = '2026-03-02';

/** The rules every labelled corpus is scored on: recommended and about one message. */
export async function scoredRules() {
  const rules = await loadAllBuiltinRules();
  return [...rules].filter(([, rule]) => rule.meta.recommended && rule.meta.scope !== 'thread').map(([id]) => id).sort();
}

function readLabels(corpus) {
  const raw = JSON.parse(readFileSync(path.join(corpus, 'labels.json'), 'utf8'));
  const dir = existsSync(path.join(corpus, 'messages')) ? path.join(corpus, 'messages') : corpus;
  return Object.entries(raw).map(([file, label]) => ({
    file,
    path: path.join(dir, file),
    expected: [...(Array.isArray(label) ? label : label.expect)].sort(),
    unsure: Array.isArray(label) ? [] : [...(label.unsure ?? [])],
  }));
}

function score(perFile, rules) {
  const perRule = rules.map((rule) => {
    let tp = 0, fp = 0, fn = 0;
    for (const f of perFile) {
      if (f.unsure.includes(rule)) continue;
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
  const sum = (key) => perRule.reduce((s, r) => s + r[key], 0);
  const micro = { precision: sum('tp') / Math.max(1, sum('tp') + sum('fp')), recall: sum('tp') / Math.max(1, sum('tp') + sum('fn')) };
  // Rules no message expects and none gets say nothing about accuracy; they are left out of the mean.
  const informative = perRule.filter((r) => r.tp + r.fp + r.fn > 0);
  return { perRule, micro, macroF1: informative.reduce((s, r) => s + r.f1, 0) / Math.max(1, informative.length) };
}

export async function evaluate(corpus = CORPUS) {
  const rules = await scoredRules();
  const perFile = [];
  for (const label of readLabels(corpus)) {
    const text = readFileSync(label.path, 'utf8');
    const result = await lintText(text, { filePath: label.path, useConfigLookup: false, today: EVAL_TODAY });
    const found = [...new Set(result.messages.filter((m) => m.ruleId && rules.includes(m.ruleId)).map((m) => m.ruleId))].sort();
    perFile.push({ ...label, text, found, findings: result.messages, stage: result.netlint.stage, channel: result.netlint.channel, frontMatter: text.replace(/^\uFEFF/, '').startsWith('---') });
  }
  const clean = perFile.filter((f) => f.expected.length === 0);
  const silent = clean.filter((f) => f.found.every((r) => f.unsure.includes(r)));
  const misses = perFile.flatMap((f) => [
    ...f.found.filter((r) => !f.expected.includes(r) && !f.unsure.includes(r)).map((rule) => ({ file: f.file, rule, kind: 'false positive' })),
    ...f.expected.filter((r) => !f.found.includes(r)).map((rule) => ({ file: f.file, rule, kind: 'missed' })),
  ]);
  return { ...score(perFile, rules), clean: { total: clean.length, silent: silent.length }, misses, perFile };
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

/** The words a finding points at, for reading misses by eye. */
function quoted(text, m) {
  const plain = text.replace(/^\uFEFF/, '');
  const starts = [0, ...[...plain.matchAll(/\r\n|\r|\n/g)].map((b) => b.index + b[0].length)];
  const at = (line, column) => starts[line - 1] + column - 1;
  return plain.slice(at(m.line, m.column), at(m.endLine, m.endColumn)).replace(/\s+/g, ' ').slice(0, 100);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const corpus = path.resolve(args.find((a) => !a.startsWith('--')) ?? CORPUS);
  const report = await evaluate(corpus);
  if (args.includes('--update-snapshot') && corpus === CORPUS) {
    writeFileSync(SNAPSHOT, findingsSnapshot(report));
    console.log(`wrote ${path.relative(root, SNAPSHOT)}`);
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify({ corpus, messages: report.perFile.length, macroF1: report.macroF1, micro: report.micro, clean: report.clean, perRule: report.perRule }));
    process.exit(0);
  }
  console.log(`netlint accuracy on ${report.perFile.length} labelled messages (${path.relative(process.cwd(), corpus) || '.'})\n`);
  console.log(`${'rule'.padEnd(32)}   tp   fp   fn  precision  recall      F1`);
  for (const r of report.perRule) {
    console.log(`${r.rule.padEnd(32)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}     ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}`);
  }
  console.log(`\nmacro F1: ${pct(report.macroF1).trim()}`);
  console.log(`micro precision / recall: ${pct(report.micro.precision).trim()} / ${pct(report.micro.recall).trim()}`);
  console.log(`clean messages silent: ${report.clean.silent}/${report.clean.total} (${pct(report.clean.silent / Math.max(1, report.clean.total)).trim()})`);
  if (report.misses.length) {
    console.log('\nmisses:');
    const verbose = args.includes('--verbose');
    for (const m of report.misses) {
      console.log(`  ${m.kind.padEnd(15)} ${m.rule.padEnd(32)} ${m.file}`);
      if (!verbose) continue;
      const f = report.perFile.find((p) => p.file === m.file);
      for (const finding of f.findings.filter((x) => x.ruleId === m.rule)) console.log(`      ${finding.line}:${finding.column} «${quoted(f.text, finding)}»`);
    }
  }
}
