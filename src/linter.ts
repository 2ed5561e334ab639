/**
 * Lints messages: finds each file's config, resolves its rules, loads
 * compromise only if an enabled rule needs it, and runs the engine.
 */
import path from 'node:path';
import type { FrontMatterDefaults, LintResult, NlpTools, Rule, RuleSetting } from './types.js';
import { ConfigFinder, readConfigFile, type ConfigFile } from './config/discover.js';
import { ConfigResolver, enabledRules, type ResolvedConfig } from './config/resolve.js';
import { compareFindings, type RuleCrash, type RunOutcome } from './engine/run.js';
import { MAX_FIX_PASSES, applyFixes } from './engine/fix.js';
import { lintMessage, todayIso } from './core.js';
import { conversationKey, runThreadRules, type Conversation, type ThreadFile } from './engine/thread.js';
import { verdictLabel, verdictOf } from './engine/verdict.js';
import { loadAllBuiltinRules } from '../rules/index.js';
import { sharedLazyNlp } from './text/nlp.js';
import { stripBom } from './text/location.js';
import { readMessageFile, type ReadOutcome } from './files.js';
import { textDigest } from './cache.js';
import { ConfigError, whyLintingFailed } from './errors.js';

export interface LinterOptions {
  cwd?: string;
  /** An explicit config file; discovery is skipped. */
  configFile?: string;
  /** Do not look for config files (the built-in recommended config applies unless `configFile` is given). */
  useConfigLookup?: boolean;
  /** Extra rule settings, applied last (the CLI's --rule). */
  rules?: Record<string, RuleSetting>;
  /** ISO date standing for "today" when a message has no `sent` date. */
  today?: string;
  /** Front-matter defaults applied under every config (the CLI's --template sets `template: true`). */
  defaults?: FrontMatterDefaults;
  /** Read only JSON/YAML config and load no plugins: for content the user does not control. */
  untrusted?: boolean;
  /** Files larger than this many bytes get a fatal finding instead of being linted (default 1 MiB). */
  maxFileBytes?: number;
  /** Return the digest of each linted text with its outcome: the cache keys the result on it. */
  digestText?: boolean;
  /**
   * Apply the rules' fixes and lint again (up to 10 passes); the result's `output` is the fixed
   * text. `'errors'` fixes only error findings (the CLI's --quiet, as ESLint's).
   */
  fix?: boolean | 'errors';
}

export interface FileOutcome {
  result: LintResult;
  crashes: RuleCrash[];
  /** Why the file could not be read at all (exit 2), if so. */
  unreadable?: string;
  /** Why the file was not linted although it was read (exit 2); its result carries a fatal finding saying so. */
  failure?: string;
  ignored?: boolean;
  /**
   * The conversation the message declares (see conversationKey), null for an independent
   * message; absent when not known (an older cache entry), and then read again from the file.
   */
  conversation?: string | null;
  /** With the `digestText` option: the digest of the text these results are for. */
  digest?: string;
  /** The config error that kept this file from being linted (one line naming the config file; exit 2), if any. */
  configError?: string;
}

/** A file whose config cannot be used: a fatal finding on it alone, so the other files keep their results. */
function configFailure(filePath: string, error: ConfigError): FileOutcome {
  const result = emptyResult(filePath);
  result.messages.push({ ruleId: null, severity: 2, fatal: true, message: `Cannot lint this file: ${error.message}`, line: 1, column: 1, endLine: 1, endColumn: 1 });
  result.errorCount = 1;
  result.fatalErrorCount = 1;
  return { result, crashes: [], configError: error.message };
}

/** What a message that no rule looked at is told, and its verdict: none, since nothing judged it. */
function noRulesEnabled(result: LintResult, configFile: string | null): void {
  const where = configFile ? `${configFile} enables no rules` : '--rule turned off every rule';
  result.messages = [...result.messages, { ruleId: null, severity: 1 as const, message: `No rule checked this file: ${where}; add \`extends: ["netlint:recommended"]\``, line: 1, column: 1, endLine: 1, endColumn: 1 }].sort(compareFindings);
  result.warningCount += 1;
  if (result.fatalErrorCount === 0) result.netlint.verdict = { kind: 'none', text: 'not judged: no rule is enabled', reasons: [] };
}

export { todayIso };

export class Linter {
  private readonly cwd: string;
  private readonly finder: ConfigFinder;
  private explicit: Promise<ConfigFile | null> | null = null;
  private resolver: ConfigResolver | null = null;
  private builtins: Map<string, Rule> | null = null;
  private nlp: NlpTools | null = null;

  constructor(private readonly options: LinterOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.finder = new ConfigFinder(options.untrusted === true, this.cwd);
  }

  get maxFileBytes(): number | undefined {
    return this.options.maxFileBytes;
  }

  async builtinRules(): Promise<Map<string, Rule>> {
    this.builtins ??= await loadAllBuiltinRules();
    return this.builtins;
  }

  /** The config that applies to a file (read and validated, plugins loaded). */
  async configFor(filePath: string): Promise<ResolvedConfig & { ignored: boolean }> {
    this.resolver ??= new ConfigResolver(await this.builtinRules(), this.options.rules ?? {}, this.options.untrusted === true, this.cwd);
    let file: ConfigFile | null = null;
    if (this.options.configFile) {
      this.explicit ??= readConfigFile(path.resolve(this.cwd, this.options.configFile), this.options.untrusted === true, this.cwd).then((found) => found ?? { filePath: path.resolve(this.cwd, this.options.configFile!), config: {} });
      file = await this.explicit;
    } else if (this.options.useConfigLookup !== false) {
      file = await this.finder.find(path.dirname(path.resolve(this.cwd, filePath)));
    }
    return this.resolver.forFile(path.resolve(this.cwd, filePath), file);
  }

  /** The config for a file, or the config error that keeps it from being linted. */
  private async configOrFailure(filePath: string, reportedAs: string): Promise<{ config: ResolvedConfig & { ignored: boolean } } | { failure: FileOutcome }> {
    try {
      return { config: await this.configFor(filePath) };
    } catch (error) {
      if (error instanceof ConfigError) return { failure: configFailure(reportedAs, error) };
      throw error;
    }
  }

  async lintText(text: string, filePath = '<text>'): Promise<FileOutcome> {
    const absolute = filePath === '<text>' ? filePath : path.resolve(this.cwd, filePath);
    const found = await this.configOrFailure(filePath === '<text>' ? path.join(this.cwd, '<text>') : absolute, absolute);
    if ('failure' in found) return found.failure;
    const { config } = found;
    const rules = enabledRules(config);
    if (!this.nlp && rules.some((r) => r.rule.meta.needs?.includes('nlp'))) this.nlp = sharedLazyNlp();
    const knownRuleIds = new Set(config.registry.keys());
    const run = (source: string) =>
      lintMessage(source, {
        filePath: absolute,
        rules,
        knownRuleIds,
        defaults: { ...config.defaults, ...this.options.defaults },
        today: this.options.today ?? todayIso(),
        isAccepted: config.isAccepted,
        ...(this.nlp && { nlp: this.nlp }),
      });
    try {
      const outcome = this.options.fix ? fixed(text, run, this.options.fix === 'errors' ? 2 : 1) : run(text);
      if (rules.length === 0) noRulesEnabled(outcome.result, config.configFile);
      return { ...outcome, ignored: config.ignored, conversation: filePath === '<text>' ? null : conversationKey(absolute, text), ...(this.options.digestText && { digest: textDigest(text) }) };
    } catch (error) {
      // One file's failure (a stack overflow in a parser, a bug) is that file's problem, not the run's.
      return { ...failedOutcome(absolute, whyLintingFailed(error)), ignored: config.ignored };
    }
  }

  /** Runs the enabled thread rules over one conversation, with the config of its first message's folder. */
  async lintThread(conversation: Conversation) {
    const config = await this.configFor(path.join(path.dirname(conversation.files[0]!.filePath), '__thread__.md'));
    const outcome = runThreadRules(conversation, enabledRules(config), this.options.today ?? todayIso());
    const labelOf = (ruleId: string) => verdictLabel(ruleId, config.registry.get(ruleId)?.meta);
    return { ...outcome, labelOf };
  }

  async lintFile(filePath: string): Promise<FileOutcome> {
    const absolute = path.resolve(this.cwd, filePath);
    const found = await this.configOrFailure(absolute, absolute);
    if ('failure' in found) return found.failure;
    if (found.config.ignored) return { result: emptyResult(absolute), crashes: [], ignored: true };
    const read = await readMessageFile(absolute, this.options.maxFileBytes);
    return read.kind === 'text' ? this.lintText(read.text, absolute) : unlintedOutcome(absolute, read);
  }
}

/** The outcome for a file (or standard input) that was not read as text: too large, not text, not found. */
export function unlintedOutcome(filePath: string, read: Exclude<ReadOutcome, { kind: 'text' }>): FileOutcome {
  switch (read.kind) {
    case 'refused':
      return { result: fatalResult(filePath, `Cannot lint this file: ${read.reason}.`), crashes: [] };
    case 'undecodable':
      return failedOutcome(filePath, read.reason);
    case 'skipped': {
      // Not a message at all (pre-commit hands text hooks a binary named .md): say so, do not fail.
      const result = emptyResult(filePath);
      result.messages.push({ ruleId: null, severity: 1, fatal: true, message: `Skipped: ${read.reason}.`, line: 1, column: 1, endLine: 1, endColumn: 1 });
      result.warningCount = 1;
      return { result, crashes: [] };
    }
    case 'unreadable':
      return { result: emptyResult(filePath), crashes: [], unreadable: read.reason };
  }
}

/**
 * ESLint's --fix loop: apply the fixes, lint the new text, again while fixes change it (at
 * most MAX_FIX_PASSES times). The findings are those of the final text, and `output` is set
 * only when the text changed. A leading BOM is kept; a pass with a fatal problem or a crashed
 * rule fixes nothing more.
 */
function fixed(text: string, run: (source: string) => RunOutcome, minSeverity: 1 | 2): RunOutcome {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  let current = stripBom(text);
  let outcome = run(current);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    if (outcome.crashes.length > 0 || outcome.result.fatalErrorCount > 0) break;
    const next = applyFixes(current, outcome.result.messages.filter((m) => m.severity >= minSeverity));
    if (next === current) break;
    current = next;
    outcome = run(current);
  }
  if (bom + current !== text) outcome.result.output = bom + current;
  return outcome;
}

/**
 * The declared conversations of a run (see conversationKey). Every file's outcome is added
 * as it is linted, in any order; an independent message is final at once. A conversation's
 * messages are final when the thread rules have run over it and their findings are merged
 * (counts and verdicts too): for a folder's conversation, as soon as every file of the run
 * in that folder is in; for a `thread` id, which may gather files from anywhere, at `finish`.
 */
export class Conversations {
  private readonly members = new Map<string, { outcomes: FileOutcome[]; linted: Promise<void>; settle: () => void; fail: (error: unknown) => void }>();
  /** Files of the run not added yet, by folder. */
  private readonly remaining = new Map<string, number>();

  constructor(
    private readonly linter: Linter,
    files: readonly string[],
  ) {
    for (const file of files) {
      const folder = path.dirname(file);
      this.remaining.set(folder, (this.remaining.get(folder) ?? 0) + 1);
    }
  }

  /**
   * Takes a file's outcome. Null for an independent message; for a message of a conversation,
   * a promise that settles once its conversation's findings are merged into it.
   */
  add(outcome: FileOutcome): Promise<void> | null {
    const filePath = outcome.result.filePath;
    const folder = path.dirname(filePath);
    const left = (this.remaining.get(folder) ?? 1) - 1;
    this.remaining.set(folder, left);
    // Not part of any conversation: a file that could not be read, is ignored, whose config is
    // broken, or that the first pass could not lint (over the time budget, too deep, not text) —
    // it would cost the same again here, in this thread, unbounded.
    const unlinted = outcome.configError !== undefined || outcome.result.messages.some((m) => m.fatal && m.ruleId === null);
    const key = outcome.unreadable || outcome.ignored || unlinted || filePath === '<text>' ? null : (outcome.conversation ?? null);
    let linted: Promise<void> | null = null;
    if (key !== null) {
      let entry = this.members.get(key);
      if (!entry) {
        let settle!: () => void;
        let fail!: (error: unknown) => void;
        const promise = new Promise<void>((resolve, reject) => {
          settle = resolve;
          fail = reject;
        });
        // Awaited when its first message is reported; until then a failure must not count as unhandled.
        promise.catch(() => {});
        entry = { outcomes: [], linted: promise, settle, fail };
        this.members.set(key, entry);
      }
      entry.outcomes.push(outcome);
      linted = entry.linted;
    }
    if (left === 0) {
      const key = `folder:${folder}`;
      if (this.members.has(key)) void this.lint(key);
    }
    return linted;
  }

  /** Lints every conversation not linted yet; resolves when all are. */
  async finish(): Promise<void> {
    await Promise.all([...this.members.keys()].map((key) => this.lint(key)));
  }

  /** Runs the thread rules over one conversation, if it has two or more messages, and merges their findings. */
  private async lint(key: string): Promise<void> {
    const entry = this.members.get(key);
    if (!entry) return;
    this.members.delete(key);
    try {
      if (entry.outcomes.length >= 2) await this.mergeThreadFindings(entry.outcomes, key.startsWith('thread:') ? key.slice('thread:'.length) : undefined);
      entry.settle();
    } catch (error) {
      entry.fail(error);
    }
  }

  private async mergeThreadFindings(members: readonly FileOutcome[], id: string | undefined): Promise<void> {
    const files: ThreadFile[] = [];
    const texts = new Map<string, string>();
    for (const member of members) {
      const read = await readMessageFile(member.result.filePath, this.linter.maxFileBytes);
      if (read.kind !== 'text') continue;
      files.push({ filePath: member.result.filePath, text: read.text });
      texts.set(member.result.filePath, read.text);
    }
    if (files.length < 2) return;
    let thread: Awaited<ReturnType<Linter['lintThread']>>;
    try {
      thread = await this.linter.lintThread({ files, ...(id !== undefined && { id }) });
    } catch (error) {
      // The folder's config is broken: its files already carry that as a fatal finding.
      if (error instanceof ConfigError) return;
      throw error;
    }
    const { findings, crashes, labelOf } = thread;
    for (const member of members) {
      const extra = findings.get(member.result.filePath);
      const result = member.result;
      member.crashes.push(...crashes);
      if (!extra?.length) continue;
      result.messages = [...result.messages, ...extra].sort(compareFindings);
      const text = texts.get(result.filePath);
      if (result.source === undefined && text !== undefined) result.source = stripBom(text);
      result.errorCount = result.messages.filter((m) => m.severity === 2).length;
      result.warningCount = result.messages.length - result.errorCount;
      result.fatalErrorCount = result.messages.filter((m) => m.fatal && m.severity === 2).length;
      result.netlint.verdict = verdictOf(result.messages, labelOf);
    }
  }
}

/** A result with one fatal error finding: the file was not checked, and the message says why. */
export function fatalResult(filePath: string, message: string): LintResult {
  const result = emptyResult(filePath);
  result.messages.push({ ruleId: null, severity: 2, fatal: true, message, line: 1, column: 1, endLine: 1, endColumn: 1 });
  result.errorCount = 1;
  result.fatalErrorCount = 1;
  return result;
}

/** A file that could not be linted: a fatal finding in its result, and exit 2 with one line naming the file. */
export function failedOutcome(filePath: string, reason: string): FileOutcome {
  return { result: fatalResult(filePath, `Cannot lint this file: ${reason}.`), crashes: [], failure: reason };
}

export function emptyResult(filePath: string): LintResult {
  return {
    filePath,
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    netlint: { stage: null, channel: null, verdict: { kind: 'unknown', text: 'could not be judged', reasons: [] } },
  };
}
