/**
 * The command line: flags → config → lint → format → exit code.
 * Exit codes are ESLint's: 0 clean (warnings within --max-warnings),
 * 1 lint errors or too many warnings, 2 bad usage, config, unreadable
 * input or a crashed rule — always with one line on stderr, never a stack
 * trace unless --debug.
 */
import { promises as fs, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { LintResult, Rule } from './types.js';
import { ConfigError, UsageError, errorFirstLine, errorMessage } from './errors.js';
import { didYouMean } from './did-you-mean.js';
import { CONFIG_FILE_NAMES } from './config/discover.js';
import { parseCliRules } from './config/resolve.js';
import { FORMATTERS, STREAMING_FORMATTERS, loadFormatter, type FormatContext } from './formatters/index.js';
import { terminalWidth } from './formatters/terminal-text.js';
import { DEFAULT_EXTENSIONS, expandPatterns, readMessageFile, readMessageStream, writeFixedFile } from './files.js';
import { Conversations, Linter, emptyResult, todayIso, unlintedOutcome, type FileOutcome, type LinterOptions } from './linter.js';
import { DEFAULT_CACHE_FILE, LintCache, textDigest } from './cache.js';
import { toIsoDate } from './message/front-matter.js';
import { LintPool } from './pool.js';
import { explainRule, listRules, ruleListText } from './docs.js';
import { escapeControlCharactersButLineBreaks } from './formatters/escape.js';
import { handleOutputStreamErrors, openReportFile, printError, settledOrExit, standardOutputClosed, type ReportWriter } from './output.js';
import { ownProperty } from './own-property.js';

interface CliOptions {
  config?: string;
  configLookup: boolean;
  rule: string[];
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  ext?: string;
  errorOnUnmatchedPattern: boolean;
  warnIgnored: boolean;
  verdict: boolean;
  template?: boolean;
  fileTimeout: number;
  maxFileSize?: number;
  concurrency: Concurrency;
  cache?: boolean;
  cacheLocation?: string;
  untrusted?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  today?: string;
  explain?: string;
  listRules?: boolean;
  printConfig?: string;
  init?: boolean;
  serve?: string | true;
  lsp?: boolean;
  color?: boolean;
  debug?: boolean;
}

let packageVersion: string | undefined;
function version(): string {
  packageVersion ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return packageVersion;
}

function buildProgram(): Command {
  return new Command()
    .name('netlint')
    .description('Lint networking and outreach messages before you send them.')
    .argument('[patterns...]', 'files, directories or globs to lint (directories expand to *.md, *.markdown, *.txt)')
    .option('-c, --config <path>', 'use this config file instead of looking one up')
    .option('--no-config-lookup', 'do not look for config files (netlint:recommended applies unless --config is given)')
    .option('--rule <rule>', "set a rule, e.g. 'vague-advice-request: off' or 'message-length: [warn, {maxWords: 150}]' (repeatable)", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('-f, --format <name>', `output format: ${Object.keys(FORMATTERS).join(', ')}, or an ESLint formatter package or path`, 'stylish')
    .option('-o, --output-file <path>', 'write the report to this file instead of standard output')
    .addOption(new Option('--max-warnings <n>', 'exit with code 1 when there are more than n warnings').argParser(parseCount).default(-1, 'no limit'))
    .option('--quiet', 'report errors only')
    .option('--stdin', 'lint the text on standard input')
    .option('--stdin-filename <path>', 'the file name to use for standard input (for config lookup and the report)')
    .option('--ext <list>', `extensions to lint in directories, comma-separated (default: ${DEFAULT_EXTENSIONS.join(',')})`)
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern matches no file')
    .option('--no-warn-ignored', 'do not warn about files named on the command line that are ignored')
    .option('--no-verdict', 'do not print the per-message verdict line')
    .option('--template', 'treat every message as a template: well-formed {{variables}} are allowed')
    .addOption(new Option('--file-timeout <seconds>', `time budget for one file, in seconds (at most ${MAX_FILE_TIMEOUT_SECONDS}, about 24 days); a file that takes longer gets a fatal finding`).argParser(parseSeconds).default(10))
    .addOption(new Option('--max-file-size <size>', 'files larger than this get a fatal finding instead of being linted: a whole number of bytes (at least 1), or with KiB or MiB (default: 1MiB)').argParser(parseSize))
    .option('--cache', `only lint files that changed since the last run (results kept in ${DEFAULT_CACHE_FILE})`)
    .option('--cache-location <path>', `with --cache: the cache file, or a directory to hold ${DEFAULT_CACHE_FILE}`)
    .addOption(new Option('--concurrency <n>', `worker threads: a number (at most ${MAX_WORKERS_PER_CORE} per core, ${availableParallelism() * MAX_WORKERS_PER_CORE} on this machine), 'auto' (files of at most 8 KiB in-process, up to 2,000 of them on two cores or 100 on more; otherwise one worker per core), or 'off' (in-process always; --file-timeout is then not enforced)`).argParser(parseConcurrency).default('auto'))
    .option('--today <date>', 'the date to judge messages and threads on (YYYY-MM-DD; default: today)')
    .option('--untrusted', 'for content you do not control: read only JSON/YAML config, load no plugins, run no code from the repository')
    .option('--fix', 'apply the fixes rules mark safe and write the files (findings are those left after fixing)')
    .option('--fix-dry-run', 'apply the fixes without writing files: JSON gets "output"; with --stdin the fixed text goes to standard output')
    .option('--explain <rule-id>', "print a rule's documentation and exit")
    .option('--list-rules', 'list every rule (built-in and from plugins) with its severity in the config that applies here, and exit')
    .option('--print-config <file>', 'print the configuration that applies to a file and exit')
    .option('--init', 'write a starter .networklintrc.json in the current directory (never overwrites)')
    .option('--serve [port]', 'serve the web page that lints a draft as you type, on 127.0.0.1 only (default port 4178)')
    .option('--lsp', 'run as a language server over standard input and output, for editors')
    .addOption(new Option('--stdio', 'with --lsp: the transport (the only one; editors pass it)').hideHelp())
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output')
    .option('--debug', 'show stack traces for internal errors')
    .version(version(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText(
      'after',
      `
Examples:
  netlint draft.md                         lint one draft before sending it
  netlint templates/ -f json -o out.json   lint a folder of templates for CI
  cat draft.md | netlint --stdin --stdin-filename draft.md
  netlint --explain vague-advice-request   why a rule exists and what to write instead
  netlint --list-rules                     every rule, on or off here, with a one-line description
  netlint draft.md --rule 'no-reciprocity-offer: off'

Exit codes: 0 no errors, 1 lint errors (or more warnings than --max-warnings),
2 bad usage, bad config, unreadable input, a rule crash, or a report that
cannot be written.`,
    )
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(escapeControlCharactersButLineBreaks(text)) });
}

function parseToday(value: string): string {
  const date = toIsoDate(value);
  if (!date) throw new UsageError(`--today expects a date such as 2026-03-14, not '${value}'`);
  return date;
}

/** Node's timers hold at most 2^31 - 1 ms; a longer delay fires after 1 ms, which timed out every file. */
const MAX_FILE_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_FILE_TIMEOUT_SECONDS) {
    throw new UsageError(`--file-timeout expects a number of seconds above 0 and at most ${MAX_FILE_TIMEOUT_SECONDS} (about 24 days), not '${value}'`);
  }
  return seconds;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kib: 1024, kb: 1024, m: 1024 ** 2, mib: 1024 ** 2, mb: 1024 ** 2 };

function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? ownProperty(SIZE_UNITS, match[2]!.toLowerCase()) : undefined;
  const bytes = match && unit !== undefined ? Number(match[1]) * unit : NaN;
  // Rounding 0.4 to 0 bytes refused every file; a fraction of a byte means a typo.
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new UsageError(`--max-file-size expects a whole number of bytes, at least 1, such as 200000, 512KiB or 1MiB, not '${value}'`);
  return bytes;
}

type Concurrency = number | 'auto' | 'off';

/** More workers than this only cost memory (each is a V8 isolate of 10 MB or more): 400 took 4.4 GB. */
const MAX_WORKERS_PER_CORE = 4;

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const limit = availableParallelism() * MAX_WORKERS_PER_CORE;
  if (/^[1-9]\d*$/.test(value) && Number(value) <= limit) return Number(value);
  throw new UsageError(`--concurrency expects 'auto', 'off' or a whole number of worker threads from 1 to ${limit} (at most ${MAX_WORKERS_PER_CORE} per core), not '${value}'`);
}

function parseCount(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, not '${value}'`);
  return Number(value);
}

function useColor(options: CliOptions): boolean {
  if (options.color !== undefined) return options.color;
  if (process.env['NO_COLOR']) return false;
  const force = process.env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return options.outputFile === undefined && process.stdout.isTTY === true;
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

async function init(cwd: string): Promise<number> {
  const existing = CONFIG_FILE_NAMES.filter((name) => name !== 'package.json').find((name) => existsSync(path.join(cwd, name)));
  if (existing) throw new UsageError(`${path.join(cwd, existing)} already exists; netlint --init never overwrites a config.`);
  const target = path.join(cwd, '.networklintrc.json');
  const starter = { extends: ['netlint:recommended'], defaults: { channel: 'email' }, rules: {} };
  await fs.writeFile(target, `${JSON.stringify(starter, null, 2)}\n`, { flag: 'wx' });
  process.stdout.write(`Wrote ${target}\n`);
  return 0;
}

/**
 * Small inputs cannot stall: the worst markdown found for remark at 8 KiB parses in under a
 * second, far inside any budget of 2 s or more, so files that small may be linted in this
 * thread without breaking the time budget. Worker threads pay for their start-up and their
 * own warm-up, and V8's background compiler already uses a second core for one busy thread:
 * on two cores (`npm run bench`) one thread is faster up to about 3,000 templates, two
 * workers beyond. With more cores, workers pay off much sooner.
 */
const IN_PROCESS_MAX_BYTES = 8 * 1024;
const IN_PROCESS_MAX_FILES = availableParallelism() <= 2 ? 2000 : 100;
const IN_PROCESS_MIN_BUDGET_MS = 2000;

/**
 * From this many files on, the run asks V8 to favour a small heap over a little speed
 * (`--optimize-for-size`, which V8 honours when set at run time, and which the worker
 * threads started afterwards share). Results are written as they come, so a run holds
 * little live data, but V8's default heap growth lets garbage pile up: 1,000 templates
 * peaked at 160 MiB with about 20 MiB live. A pre-commit run over a few drafts is left alone.
 */
const SMALL_HEAP_MIN_FILES = 100;

async function byteSize(job: { filePath: string; text?: string }): Promise<number> {
  if (job.text !== undefined) return Buffer.byteLength(job.text);
  return (await fs.stat(job.filePath).catch(() => null))?.size ?? 0;
}

/**
 * Everything besides a file's bytes that can change its findings: the config that applies
 * to it, the CLI's rule settings and defaults, the date messages are judged on, the version.
 */
async function fingerprint(linter: Linter, linterOptions: LinterOptions, filePath: string): Promise<string> {
  const config = await linter.configFor(filePath);
  return JSON.stringify([
    version(),
    linterOptions.today ?? todayIso(),
    linterOptions.rules ?? {},
    linterOptions.defaults ?? {},
    linterOptions.maxFileBytes ?? null,
    linterOptions.fix ?? false,
    config.configFile,
    config.accept,
    config.styles,
    config.rules,
    config.defaults,
    config.ignored,
    [...config.registry.keys()],
  ]);
}

/**
 * The rules the report describes (SARIF's rule list, thread grouping): those of the config in
 * the working directory. A broken config there may apply to none of the linted files; its
 * error is reported on the files it applies to, so the report falls back to the built-ins.
 */
async function reportRegistry(linter: Linter, cwd: string): Promise<ReadonlyMap<string, Rule>> {
  try {
    return (await linter.configFor(path.join(cwd, '__format__.md'))).registry;
  } catch (error) {
    if (error instanceof ConfigError) return linter.builtinRules();
    throw error;
  }
}

/**
 * Reuses cached results for unchanged files; lints the rest and remembers them. A file is
 * looked up by the text read now, but its new entry is keyed on the digest of the text that
 * was actually linted (returned with its outcome), so a file edited in between is never
 * cached under the other content. Reading goes through readMessageFile, which never opens
 * a FIFO or device and refuses a file over the size cap.
 */
/** Hands over each file's outcome, with the file's index, as soon as it is ready (in any order). */
type OnOutcome = (index: number, outcome: FileOutcome) => void;

async function lintWithCache(
  cache: LintCache,
  linter: Linter,
  linterOptions: LinterOptions,
  files: readonly string[],
  lint: (jobs: { filePath: string }[], onOutcome: OnOutcome) => Promise<void>,
  onOutcome: OnOutcome,
): Promise<void> {
  const misses: { index: number; fingerprint: string | null }[] = [];
  for (const [index, filePath] of files.entries()) {
    let fileFingerprint: string | null = null;
    let hit: FileOutcome | null = null;
    try {
      fileFingerprint = await fingerprint(linter, linterOptions, filePath);
      const read = await readMessageFile(filePath, linterOptions.maxFileBytes);
      if (read.kind === 'text') hit = cache.get(filePath, cache.key(fileFingerprint, textDigest(read.text)));
    } catch {
      // Its config cannot be read, for one: lint it normally, which reports why.
    }
    if (hit) onOutcome(index, hit);
    else misses.push({ index, fingerprint: fileFingerprint });
  }
  await lint(
    misses.map(({ index }) => ({ filePath: files[index]! })),
    (i, outcome) => {
      const { index, fingerprint: fileFingerprint } = misses[i]!;
      // Remembered before thread findings are merged into it: those depend on other files.
      if (fileFingerprint !== null && outcome.digest !== undefined) cache.set(files[index]!, cache.key(fileFingerprint, outcome.digest), outcome);
      onOutcome(index, outcome);
    },
  );
  const problem = await cache.save().catch((error: Error) => `could not write the cache: ${error.message}`);
  if (problem) printError(`warning: ${problem}`);
}

async function lintJobs(linter: Linter, linterOptions: LinterOptions, budgetMs: number, concurrency: Concurrency, jobs: { filePath: string; text?: string }[], onOutcome: OnOutcome): Promise<void> {
  if (jobs.length === 0) return;
  const small =
    concurrency === 'off' ||
    (concurrency === 'auto' && jobs.length <= IN_PROCESS_MAX_FILES && budgetMs >= IN_PROCESS_MIN_BUDGET_MS && (await Promise.all(jobs.map(byteSize))).every((size) => size <= IN_PROCESS_MAX_BYTES));
  if (small) {
    for (const [index, job] of jobs.entries()) onOutcome(index, job.text !== undefined ? await linter.lintText(job.text, job.filePath) : await linter.lintFile(job.filePath));
    return;
  }
  const pool = new LintPool({ linter: linterOptions, budgetMs, ...(typeof concurrency === 'number' && { threads: concurrency }) }, jobs.length);
  try {
    await pool.run(jobs, onOutcome);
  } finally {
    await pool.close();
  }
}

/**
 * Runs `lint`, whose outcomes arrive in any order (worker threads), and hands each to `report`
 * in file order as soon as it is final: at once for an independent message, and for a message
 * of a conversation once the thread rules have run over that conversation (see Conversations).
 * Only outcomes that wait for an earlier file are held.
 */
async function inFileOrder(
  count: number,
  lint: (onOutcome: OnOutcome) => Promise<void>,
  conversations: Conversations,
  report: (index: number, outcome: FileOutcome) => Promise<void>,
): Promise<void> {
  const arrived = new Map<number, { outcome: FileOutcome; linted: Promise<void> | null }>();
  let wake: (() => void) | null = null;
  const reporting = (async () => {
    for (let next = 0; next < count; next++) {
      while (!arrived.has(next)) await new Promise<void>((resolve) => (wake = resolve));
      const { outcome, linted } = arrived.get(next)!;
      arrived.delete(next);
      if (linted) await linted;
      await report(next, outcome);
    }
  })();
  // Awaited below, once every file is linted; a failure before then must not count as unhandled.
  reporting.catch(() => {});
  await lint((index, outcome) => {
    arrived.set(index, { outcome, linted: conversations.add(outcome) });
    wake?.();
    wake = null;
  });
  await conversations.finish();
  await reporting;
}

/**
 * Where the report goes, written as it is made: standard output (standard error when standard
 * output carries the fixed text of --stdin --fix-dry-run), or the `-o` file, which is checked
 * before anything is linted and written under a temporary name, renamed into place when the
 * report is complete (see openReportFile). Writes are synchronous, so a run linting in this
 * thread writes each result as it goes rather than when the event loop next turns.
 */
async function openReport(cwd: string, outputFile: string | undefined, inputs: readonly string[], stream: NodeJS.WriteStream): Promise<ReportWriter> {
  if (outputFile !== undefined) return openReportFile(outputFile, { cwd, inputs });
  let last = '';
  return {
    async write(text: string) {
      if (text === '' || (stream === process.stdout && standardOutputClosed())) return;
      last = text;
      // 'error' too: a reader that goes away (EPIPE) never drains the pipe.
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), once(stream, 'error').catch(() => undefined)]).catch(() => undefined);
    },
    async close() {
      if (last !== '' && !last.endsWith('\n') && !(stream === process.stdout && standardOutputClosed())) stream.write('\n');
    },
    async abandon() {},
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  handleOutputStreamErrors();
  const program = buildProgram();
  let debug = argv.includes('--debug');
  try {
    try {
      program.parse(argv as string[], { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) {
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
        return 2; // commander already printed the one-line reason
      }
      throw error;
    }
    const options = program.opts<CliOptions>();
    debug = options.debug === true;
    // Each in its own bundle, loaded only when asked for: a lint run never reads them.
    if (options.serve !== undefined) return await (await import('./serve.js')).serve(options.serve);
    if (options.lsp) return await (await import('./lsp.js')).runLanguageServer();
    const patterns = program.args;
    const cwd = process.cwd();
    if (options.init) return await init(cwd);
    if (options.listRules && options.format !== 'stylish' && options.format !== 'json') throw new UsageError(`--list-rules prints text, or JSON with --format json; not '${options.format}'`);
    const formatter = await loadFormatter(options.format, cwd, options.untrusted === true);
    const linterOptions: LinterOptions = {
      cwd,
      ...(options.config !== undefined && { configFile: options.config }),
      useConfigLookup: options.configLookup,
      rules: parseCliRules(options.rule),
      ...(options.template && { defaults: { template: true } }),
      ...(options.untrusted && { untrusted: true }),
      ...(options.today !== undefined && { today: parseToday(options.today) }),
      ...(options.maxFileSize !== undefined && { maxFileBytes: options.maxFileSize }),
      ...(options.cache && !options.stdin && { digestText: true }),
      // As ESLint's: with --quiet, only errors are fixed.
      ...((options.fix || options.fixDryRun) && { fix: options.quiet ? ('errors' as const) : true }),
    };
    if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together: --fix writes the files, --fix-dry-run only reports');
    const linter = new Linter(linterOptions);

    if (options.explain) {
      const config = await linter.configFor(path.join(cwd, '__explain__.md'));
      const rule = config.registry.get(options.explain);
      if (!rule) throw new UsageError(`Unknown rule '${options.explain}'${didYouMean(options.explain, config.registry.keys()) || ' (see the rule table in the README, or list plugins in your config)'}`);
      process.stdout.write(explainRule(options.explain, rule));
      return 0;
    }
    if (options.listRules) {
      const config = await linter.configFor(path.join(cwd, '__list__.md'));
      const rules = listRules(config.registry, config.rules);
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : ruleListText(rules));
      return 0;
    }
    if (options.printConfig) {
      const config = await linter.configFor(path.resolve(cwd, options.printConfig));
      process.stdout.write(`${JSON.stringify({ configFile: config.configFile, defaults: config.defaults, rules: config.rules, ignored: config.ignored }, null, 2)}\n`);
      return 0;
    }

    /** What -o must not overwrite. */
    const inputs: string[] = [];
    /** Results with fixed text, for --fix to write once the report is out. */
    const fixedFiles: { filePath: string; output: string }[] = [];
    let stdinText = '';
    const budgetMs = options.fileTimeout * 1000;
    const ignoredExplicitly: string[] = [];
    /** Lints every file, handing over each outcome in file order once it is final. */
    let lintInOrder: (report: (index: number, outcome: FileOutcome) => Promise<void>) => Promise<void>;
    if (options.stdin) {
      if (patterns.length > 0) throw new UsageError('--stdin lints standard input; do not also name files');
      if (options.fix) throw new UsageError('--fix writes files and cannot write standard input: use --fix-dry-run to print the fixed text');
      const filePath = options.stdinFilename ? path.resolve(cwd, options.stdinFilename) : '<text>';
      if (options.stdinFilename) inputs.push(filePath);
      const read = await readMessageStream(process.stdin, linter.maxFileBytes);
      if (read.kind === 'text') stdinText = read.text;
      lintInOrder = async (report) => {
        let linted: FileOutcome | undefined;
        if (read.kind === 'text') await lintJobs(linter, linterOptions, budgetMs, options.concurrency, [{ filePath, text: read.text }], (_, outcome) => (linted = outcome));
        await report(0, linted ?? unlintedOutcome(filePath, read.kind === 'text' ? { kind: 'unreadable', reason: 'no outcome' } : read));
      };
    } else {
      if (patterns.length === 0) throw new UsageError('No files to lint: name files, directories or globs (or use --stdin). See netlint --help.');
      const extensions = options.ext ? options.ext.split(',').map((e) => e.trim().replace(/^\./, '')).filter(Boolean) : [...DEFAULT_EXTENSIONS];
      const expanded = await expandPatterns(patterns, { cwd, extensions, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern });
      const { files } = expanded;
      inputs.push(...files);
      for (const warning of expanded.warnings) printError(`warning: ${warning}`);
      ignoredExplicitly.push(...expanded.ignoredExplicitly);
      const cache = options.cache ? await LintCache.open(path.resolve(cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE), { untrusted: options.untrusted === true, cwd }) : null;
      const lint = (onOutcome: OnOutcome) =>
        cache
          ? lintWithCache(cache, linter, linterOptions, files, (jobs, onJob) => lintJobs(linter, linterOptions, budgetMs, options.concurrency, jobs, onJob), onOutcome)
          : lintJobs(linter, linterOptions, budgetMs, options.concurrency, files.map((filePath) => ({ filePath })), onOutcome);
      lintInOrder = (report) => inFileOrder(files.length, lint, new Conversations(linter, files), report);
      if (files.length >= SMALL_HEAP_MIN_FILES) setFlagsFromString('--optimize-for-size');
    }

    // Built-in formats that allow it are written file by file, so a run holds no more than the
    // results still waiting for an earlier file or for their conversation; others get them all at the end.
    const rulesMeta = Object.fromEntries([...(await reportRegistry(linter, cwd))].map(([id, rule]) => [id, rule.meta]));
    const width = terminalWidth(options.outputFile === undefined ? process.stdout : {}, process.env);
    const context: FormatContext = { color: useColor(options), cwd, verdict: options.verdict, rulesMeta, version: version(), width };
    const stream = ownProperty(STREAMING_FORMATTERS, options.format)?.(context);
    const collected: LintResult[] = [];
    /** Files that could not be read or linted, or on which a rule crashed, to name on standard error after the report. */
    const failed: FileOutcome[] = [];
    const configErrors = new Set<string>();
    let errorCount = 0;
    let warningCount = 0;
    // --stdin --fix-dry-run: standard output carries the text (fixed where it could be); the report goes to stderr or -o.
    const fixedStdin = options.stdin && options.fixDryRun;
    const report = await openReport(cwd, options.outputFile, inputs, fixedStdin ? process.stderr : process.stdout);
    const show = async (outcome: FileOutcome) => {
      if (outcome.unreadable || outcome.failure || outcome.crashes.length > 0) failed.push(outcome);
      if (outcome.configError) configErrors.add(outcome.configError);
      if (outcome.unreadable) return;
      if (outcome.result.output !== undefined) fixedFiles.push({ filePath: outcome.result.filePath, output: outcome.result.output });
      errorCount += outcome.result.errorCount;
      warningCount += outcome.result.warningCount;
      const shown = options.quiet ? errorsOnly(outcome.result) : outcome.result;
      if (stream) await report.write(stream.result(shown));
      else collected.push(shown);
    };
    try {
      if (stream) await report.write(stream.start());
      await lintInOrder(async (_, outcome) => {
        if (!outcome.ignored) await show(outcome);
        else if (patterns.some((p) => path.resolve(cwd, p) === outcome.result.filePath)) ignoredExplicitly.push(outcome.result.filePath);
      });
      if (options.warnIgnored) {
        for (const file of ignoredExplicitly) {
          const result = emptyResult(file);
          result.messages.push({ ruleId: null, severity: 1, message: 'File ignored because of a matching ignore pattern.', line: 0, column: 0, endLine: 0, endColumn: 0 });
          result.warningCount = 1;
          await show({ result, crashes: [] });
        }
      }
      if (fixedStdin) process.stdout.write(fixedFiles[0]?.output ?? stdinText);
      await report.write(stream ? stream.end() : await settledOrExit(formatter(collected, context), `the formatter '${options.format}'`));
      await report.close();
    } catch (error) {
      await report.abandon();
      throw error;
    }

    let exitCode = errorCount > 0 ? 1 : 0;
    if (options.maxWarnings >= 0 && warningCount > options.maxWarnings) {
      process.stderr.write(`netlint found too many warnings (maximum: ${options.maxWarnings}).\n`);
      exitCode = 1;
    }
    if (options.fix) {
      for (const { filePath, output } of fixedFiles) {
        const problem = await writeFixedFile(filePath, output, options.untrusted ? cwd : null).then(() => null, (error: Error) => error.message);
        if (problem) {
          printError(`cannot write the fixes to ${filePath}: ${problem}`);
          exitCode = 2;
        }
      }
    }
    // A config error is printed once, however many files it kept from being linted.
    for (const configError of configErrors) {
      printError(configError);
      exitCode = 2;
    }
    for (const outcome of failed) {
      if (outcome.unreadable) {
        printError(`cannot read ${outcome.result.filePath}: ${outcome.unreadable}`);
        exitCode = 2;
      }
      if (outcome.failure) {
        printError(`cannot lint ${outcome.result.filePath}: ${outcome.failure}`);
        exitCode = 2;
      }
      for (const crash of outcome.crashes) {
        const reason = errorMessage(crash.error);
        printError(`rule '${crash.ruleId}' crashed on ${outcome.result.filePath}: ${reason}`);
        if (debug && crash.error instanceof Error && crash.error.stack) process.stderr.write(`${crash.error.stack}\n`);
        exitCode = 2;
      }
    }
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      printError(error.message);
    } else {
      const message = errorFirstLine(error);
      printError(`unexpected error: ${message}${debug ? '' : ' (run with --debug for details)'}`);
    }
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
