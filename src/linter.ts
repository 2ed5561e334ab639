/**
 * Lints messages: finds each file's config, resolves its rules, loads
 * compromise only if an enabled rule needs it, and runs the engine.
 */
import path from 'node:path';
import type { FrontMatterDefaults, LintResult, NlpTools, Rule, RuleSetting } from './types.js';
import { ConfigFinder, readConfigFile, type ConfigFile } from './config/discover.js';
import { ConfigResolver, enabledRules, type ResolvedConfig } from './config/resolve.js';
import { compareFindings, runRules, type RuleCrash } from './engine/run.js';
import { conversationKey, runThreadRules, type Conversation, type ThreadFile } from './engine/thread.js';
import { verdictLabel, verdictOf } from './engine/verdict.js';
import { loadAllBuiltinRules } from '../rules/index.js';
import { lazyNlp } from './text/nlp.js';
import { readMessageFile } from './files.js';

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
}

export interface FileOutcome {
  result: LintResult;
  crashes: RuleCrash[];
  /** Why the file could not be read at all (exit 2), if so. */
  unreadable?: string;
  ignored?: boolean;
  /**
   * The conversation the message declares (see conversationKey), null for an independent
   * message; absent when not known (an older cache entry), and then read again from the file.
   */
  conversation?: string | null;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export class Linter {
  private readonly cwd: string;
  private readonly finder: ConfigFinder;
  private explicit: Promise<ConfigFile | null> | null = null;
  private resolver: ConfigResolver | null = null;
  private builtins: Map<string, Rule> | null = null;
  private nlp: NlpTools | null = null;

  constructor(private readonly options: LinterOptions = {}) {
    this.cwd = options.cwd ?? process.cwd();
    this.finder = new ConfigFinder(options.untrusted === true);
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
    this.resolver ??= new ConfigResolver(await this.builtinRules(), this.options.rules ?? {}, this.options.untrusted === true);
    let file: ConfigFile | null = null;
    if (this.options.configFile) {
      this.explicit ??= readConfigFile(path.resolve(this.cwd, this.options.configFile), this.options.untrusted === true).then((found) => found ?? { filePath: path.resolve(this.cwd, this.options.configFile!), config: {} });
      file = await this.explicit;
    } else if (this.options.useConfigLookup !== false) {
      file = await this.finder.find(path.dirname(path.resolve(this.cwd, filePath)));
    }
    return this.resolver.forFile(path.resolve(this.cwd, filePath), file);
  }

  async lintText(text: string, filePath = '<text>'): Promise<FileOutcome> {
    const absolute = filePath === '<text>' ? filePath : path.resolve(this.cwd, filePath);
    const config = await this.configFor(filePath === '<text>' ? path.join(this.cwd, '<text>') : absolute);
    const rules = enabledRules(config);
    if (!this.nlp && rules.some((r) => r.rule.meta.needs?.includes('nlp'))) this.nlp = lazyNlp();
    const knownRuleIds = new Set(config.registry.keys());
    const outcome = runRules(text, {
      filePath: absolute,
      rules,
      knownRuleIds,
      defaults: { ...config.defaults, ...this.options.defaults },
      today: this.options.today ?? todayIso(),
      ...(this.nlp && { nlp: this.nlp }),
    });
    return { ...outcome, ignored: config.ignored, conversation: filePath === '<text>' ? null : conversationKey(absolute, text) };
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
    if ((await this.configFor(absolute)).ignored) return { result: emptyResult(absolute), crashes: [], ignored: true };
    const read = await readMessageFile(absolute, this.options.maxFileBytes);
    if (read.kind === 'text') return this.lintText(read.text, absolute);
    const result = emptyResult(absolute);
    if (read.kind === 'refused') {
      result.messages.push({ ruleId: null, severity: 2, fatal: true, message: `Cannot lint this file: ${read.reason}.`, line: 1, column: 1, endLine: 1, endColumn: 1 });
      result.errorCount = 1;
      result.fatalErrorCount = 1;
      return { result, crashes: [] };
    }
    if (read.kind === 'skipped') {
      // Not a message at all (pre-commit hands text hooks a binary named .md): say so, do not fail.
      result.messages.push({ ruleId: null, severity: 1, fatal: true, message: `Skipped: ${read.reason}.`, line: 1, column: 1, endLine: 1, endColumn: 1 });
      result.warningCount = 1;
      return { result, crashes: [] };
    }
    return { result, crashes: [], unreadable: read.reason };
  }
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
    const key = outcome.unreadable || outcome.ignored || filePath === '<text>' ? null : (outcome.conversation ?? null);
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
    for (const member of members) {
      const read = await readMessageFile(member.result.filePath, this.linter.maxFileBytes);
      if (read.kind === 'text') files.push({ filePath: member.result.filePath, text: read.text });
    }
    if (files.length < 2) return;
    const { findings, crashes, labelOf } = await this.linter.lintThread({ files, ...(id !== undefined && { id }) });
    for (const member of members) {
      const extra = findings.get(member.result.filePath);
      const result = member.result;
      member.crashes.push(...crashes);
      if (!extra?.length) continue;
      result.messages = [...result.messages, ...extra].sort(compareFindings);
      result.errorCount = result.messages.filter((m) => m.severity === 2).length;
      result.warningCount = result.messages.length - result.errorCount;
      result.netlint.verdict = verdictOf(result.messages, labelOf);
    }
  }
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
