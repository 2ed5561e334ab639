/**
 * Lints messages: finds each file's config, resolves its rules, loads
 * compromise only if an enabled rule needs it, and runs the engine.
 */
import path from 'node:path';
import type { FrontMatterDefaults, LintResult, NlpTools, Rule, RuleSetting } from './types.js';
import { ConfigFinder, readConfigFile, type ConfigFile } from './config/discover.js';
import { ConfigResolver, enabledRules, type ResolvedConfig } from './config/resolve.js';
import { compareFindings, runRules, type RuleCrash } from './engine/run.js';
import { isDated, isThread, runThreadRules, type ThreadFile } from './engine/thread.js';
import { verdictLabel, verdictOf } from './engine/verdict.js';
import { loadAllBuiltinRules } from '../rules/index.js';
import { lazyNlp } from './text/nlp.js';
import { readMessageFile } from './files.js';
import { stripBom } from './text/location.js';

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
  /** Whether the message's front matter dates it (see isDated), so thread detection need not read it again. */
  dated?: boolean;
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
    return { ...outcome, ignored: config.ignored, dated: isDated(text) };
  }

  /** Runs the enabled thread rules of the folder's config over one conversation. */
  async lintThread(directory: string, files: readonly ThreadFile[]) {
    const config = await this.configFor(path.join(directory, '__thread__.md'));
    const outcome = runThreadRules(files, enabledRules(config), this.options.today ?? todayIso());
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
 * Thread rules over the files of each folder that holds a conversation; their
 * findings are merged into those files' results (counts and verdicts too).
 */
export async function addThreadFindings(linter: Linter, outcomes: FileOutcome[]): Promise<void> {
  const byDirectory = new Map<string, FileOutcome[]>();
  for (const outcome of outcomes) {
    if (outcome.unreadable || outcome.result.filePath === '<text>') continue;
    const dir = path.dirname(outcome.result.filePath);
    const members = byDirectory.get(dir);
    if (members) members.push(outcome);
    else byDirectory.set(dir, [outcome]);
  }
  for (const [directory, members] of byDirectory) {
    if (members.length < 2) continue;
    // A folder of ten thousand templates is no conversation: decide that from what linting each
    // file found, reading again only files whose outcome does not say (an older cache entry).
    let dated = 0;
    for (const member of members) {
      const isMemberDated = member.dated ?? (await readMessageFile(member.result.filePath, linter.maxFileBytes).then((read) => read.kind === 'text' && isDated(read.text)));
      if (isMemberDated && ++dated >= 2) break;
    }
    if (dated < 2) continue;
    const files: ThreadFile[] = [];
    const texts = new Map<string, string>();
    for (const member of members) {
      const read = await readMessageFile(member.result.filePath, linter.maxFileBytes);
      if (read.kind !== 'text') continue;
      files.push({ filePath: member.result.filePath, text: read.text });
      texts.set(member.result.filePath, read.text);
    }
    if (!isThread(files)) continue;
    const { findings, crashes, labelOf } = await linter.lintThread(directory, files);
    for (const member of members) {
      const extra = findings.get(member.result.filePath);
      const result = member.result;
      for (const crash of crashes.filter((c) => c.filePath === directory)) member.crashes.push(crash);
      if (!extra?.length) continue;
      result.messages = [...result.messages, ...extra].sort(compareFindings);
      const text = texts.get(result.filePath);
      if (result.source === undefined && text !== undefined) result.source = stripBom(text);
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
