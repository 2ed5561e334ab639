// `npm run bench`: netlint against its peers, as whole processes, in one run.
// Prints medians of several runs, ratios, and peak memory (GNU time's max RSS),
// then netlint's peak memory at 1,000, 10,000 and 20,000 files.
// It is a benchmark, not a test: nothing here fails on a number.
//   node scripts/bench.mjs [--sizes 1000,10000] [--runs 3] [--peers textlint,write-good,alex]
//   node scripts/bench.mjs --memory-only [--memory-sizes 1000,10000,20000]
// The peers live in bench/ (a package of their own, with its own lock file), installed
// here on first use so that a contributor's `npm ci` does not fetch them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './gen-corpus.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const peersPackage = path.join(root, 'bench');
const bin = (name) => path.join(peersPackage, 'node_modules', '.bin', name);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const memoryOnly = args.includes('--memory-only');
const sizes = memoryOnly ? [] : option('sizes', '1000,10000').split(',').map(Number);
const memorySizes = option('memory-sizes', '1000,10000,20000').split(',').map(Number);
const runs = Number(option('runs', '3'));
const peers = memoryOnly ? [] : option('peers', 'textlint,write-good,alex').split(',').filter(Boolean);
const MEMORY_TARGET_MIB = 150;
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall seconds and peak RSS (MiB) of one whole-process run. */
function measure(command, commandArgs, cwd) {
  const started = process.hrtime.bigint();
  const run = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', '%M', command, ...commandArgs], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, commandArgs, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssKb = GNU_TIME ? Number(run.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, mib: rssKb / 1024 };
}

const mib = (result) => (Number.isFinite(result.mib) ? `${result.mib.toFixed(0)} MiB` : 'n/a');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function bench(label, command, commandArgs, cwd, times = runs) {
  const samples = Array.from({ length: times }, () => measure(command, commandArgs, cwd));
  const result = { label, seconds: median(samples.map((s) => s.seconds)), mib: Math.max(...samples.map((s) => s.mib)) };
  console.error(`  ${label}: ${result.seconds.toFixed(2)} s, ${Number.isFinite(result.mib) ? `${result.mib.toFixed(0)} MiB` : 'n/a'}`);
  return result;
}

const node = process.execPath;
const netlint = path.join(root, 'bin', 'netlint.js');
const PEERS = {
  textlint: (files) => [bin('textlint'), ['--rule', 'write-good', ...files]],
  'write-good': (files) => [bin('write-good'), files],
  alex: (files) => [bin('alex'), files],
};
const LABEL = { textlint: 'textlint + write-good', 'write-good': 'write-good', alex: 'alex' };

const work = mkdtempSync(path.join(tmpdir(), 'netlint-bench-'));
console.error(`netlint benchmark (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}); corpora in ${work}`);
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (peers.length > 0 && !peers.every((peer) => existsSync(bin(peer)))) {
  console.error('installing the peers in bench/ (npm ci --prefix bench)…');
  execFileSync('npm', ['ci', '--prefix', peersPackage, '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

/** Peak memory of netlint over a corpus of each size, one run each: the memory target is flat in the number of files. */
function memoryRows() {
  const found = [];
  for (const size of memorySizes) {
    const dir = path.join(work, `corpus-${size}`);
    if (!existsSync(dir)) writeCorpus(dir, size, 42);
    const result = measure(node, [netlint, '-f', 'json', '-o', path.join(work, 'out.json'), dir], work);
    console.error(`  ${size} messages: ${result.seconds.toFixed(2)} s, ${Number.isFinite(result.mib) ? `${result.mib.toFixed(0)} MiB` : 'n/a'}`);
    found.push([size, result]);
  }
  return found;
}

const rows = [];
if (memoryOnly) {
  console.error('peak memory by number of files (-f json -o):');
  printMemory(memoryRows());
  process.exit(0);
}
const one = path.join(work, 'one');
writeCorpus(one, 1, 7);
const draft = path.join(one, 'message-00000.md');
console.error('one draft, cold process:');
const baseline = bench('node -e 0', node, ['-e', '0'], work, 7);
const single = bench('netlint', node, [netlint, '--no-verdict', draft], work, 11);
rows.push(['one draft', 'node -e 0', baseline], ['one draft', 'netlint', single]);
for (const peer of peers) {
  const [command, peerArgs] = PEERS[peer]([draft]);
  rows.push(['one draft', LABEL[peer], bench(LABEL[peer], command, peerArgs, work, 5)]);
}

for (const size of sizes) {
  const dir = path.join(work, `corpus-${size}`);
  writeCorpus(dir, size, 42);
  console.error(`${size} messages:`);
  const lintArgs = [netlint, '-f', 'json', '-o', path.join(work, 'out.json'), dir];
  rows.push([`${size} messages`, 'netlint', bench('netlint', node, lintArgs, work)]);
  // The CI and pre-commit case on a second run: nothing changed since the cache was written.
  const cacheArgs = [...lintArgs, '--cache', '--cache-location', path.join(work, `cache-${size}`)];
  measure(node, cacheArgs, work);
  rows.push([`${size} messages`, 'netlint --cache, unchanged files', bench('netlint --cache (warm)', node, cacheArgs, work)]);
  for (const peer of peers) {
    // Peers take a directory or glob differently; give each the file list via its own glob support.
    const [command, peerArgs] = PEERS[peer]([path.join(dir, '*.md')]);
    const times = size >= 10_000 ? 1 : runs;
    rows.push([`${size} messages`, LABEL[peer], bench(LABEL[peer], 'bash', ['-c', `"${command}" ${peerArgs.map((a) => (a.includes('*') ? a : `"${a}"`)).join(' ')} > /dev/null`], work, times)]);
  }
}

console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; medians of ${runs} runs (one draft: 11; 10,000-message peers: 1).\n`);
console.log('| workload | tool | time ÷ netlint | median wall | peak memory |');
console.log('|---|---|---|---|---|');
for (const [workload, tool, result] of rows) {
  const ours = rows.find(([w, t]) => w === workload && t === 'netlint')[2];
  console.log(`| ${workload} | ${tool} | ${(result.seconds / ours.seconds).toFixed(2)}× | ${result.seconds.toFixed(2)} s | ${mib(result)} |`);
}
const find = (workload, tool) => rows.find(([w, t]) => w === workload && t === tool)?.[2];
console.log(`\nOne draft, cold process: netlint takes ${(single.seconds / baseline.seconds).toFixed(1)}× the wall time of \`node -e 0\` (target: at most 2.5× with the shared reading).`);
for (const size of sizes) {
  const ours = find(`${size} messages`, 'netlint');
  const versus = peers.map((peer) => `${(ours.seconds / find(`${size} messages`, LABEL[peer]).seconds).toFixed(2)}× ${LABEL[peer]}`).join(', ');
  console.log(`${size} messages: netlint takes ${versus} (targets: below 1× each, at most 0.5× textlint + write-good on 1,000); peak memory ${mib(ours)} (target: at most 300 MiB).`);
}

console.error('peak memory by number of files (-f json -o):');
printMemory(memoryRows());

function printMemory(found) {
  console.log(`\n| files | netlint wall | peak memory (target: at most ${MEMORY_TARGET_MIB} MiB) |`);
  console.log('|---|---|---|');
  for (const [size, result] of found) console.log(`| ${size.toLocaleString('en')} | ${result.seconds.toFixed(2)} s | ${mib(result)} |`);
}
