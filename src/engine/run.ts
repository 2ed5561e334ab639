/**
 * Runs the enabled rules over one message. The engine knows rules only
 * through the public rule API: it creates each rule's visitor, walks the
 * message → paragraphs → sentences in document order, and stamps the rule
 * id, severity, message text and 1-based positions on every report.
 */
import type {
  FrontMatterDefaults,
  LintMessage,
  LintResult,
  Message,
  NlpTools,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleOptions,
  RuleVisitor,
} from '../types.js';
import { stripBom, type LineIndex } from '../text/location.js';
import { parseMessage } from '../message/index.js';
import { applyDirectives, parseDirectives } from './directives.js';
import { verdictLabel, verdictOf } from './verdict.js';
import { errorMessage } from '../errors.js';
import { readMessage } from '../reading/index.js';
import { sharedLazyNlp } from '../text/nlp.js';

export interface ConfiguredRule {
  id: string;
  rule: Rule;
  severity: 1 | 2;
  options: RuleOptions;
}

export interface RunOptions {
  filePath: string;
  rules: readonly ConfiguredRule[];
  /** Every rule id that exists (built-in and plugins), for checking directives. */
  knownRuleIds: ReadonlySet<string>;
  defaults: FrontMatterDefaults;
  today: string;
  /** Present when some enabled rule declared `needs: ['nlp']`. */
  nlp?: NlpTools;
  /** Config `accept`: true for the words of a finding that no rule may flag. */
  isAccepted?: ((words: string) => boolean) | null;
}

export interface RuleCrash {
  ruleId: string;
  error: unknown;
}

export interface RunOutcome {
  result: LintResult;
  crashes: RuleCrash[];
}

/**
 * Findings in document order, then by rule id. Ids compare by code point, not with
 * localeCompare: the first localeCompare of a process sets up an ICU collator, a few
 * milliseconds of a pre-commit run, and ids are ASCII.
 */
export function compareFindings(a: LintMessage, b: LintMessage): number {
  const x = a.ruleId ?? '';
  const y = b.ruleId ?? '';
  return a.line - b.line || a.column - b.column || (x < y ? -1 : x > y ? 1 : 0);
}

export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

function missingNlp(ruleId: string): NlpTools {
  return {
    analyze() {
      throw new Error(`rule '${ruleId}' uses context.nlp without declaring needs: ['nlp'] in its meta`);
    },
    leadingNounPhrase() {
      throw new Error(`rule '${ruleId}' uses context.nlp without declaring needs: ['nlp'] in its meta`);
    },
  };
}

/** A rule's report as an ESLint-shaped finding: the engine, not the rule, sets id, severity, text and position. */
export function stampFinding(configured: ConfiguredRule, descriptor: ReportDescriptor, lines: LineIndex): LintMessage {
  const { rule, id, severity } = configured;
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`rule '${id}' reported unknown messageId '${descriptor.messageId}'`);
  const finding: LintMessage = {
    ruleId: id,
    severity: rule.meta.alwaysError?.includes(descriptor.messageId) ? 2 : severity,
    message: interpolate(template, descriptor.data),
    messageId: descriptor.messageId,
    ...lines.range(descriptor.at.start, descriptor.at.end),
  };
  if (descriptor.suggest?.length) {
    finding.suggestions = descriptor.suggest.map((s) => {
      const at = lines.sourceSpan(s.fix.at.start, s.fix.at.end);
      return { desc: s.desc, fix: { range: [at.start, at.end], text: s.fix.text } };
    });
  }
  if (descriptor.fix) {
    // A fix changes only the words the finding shows the writer, and only from a rule that says it fixes.
    const { at, text } = descriptor.fix;
    if (!rule.meta.fixable) throw new Error(`rule '${id}' reported a fix but its meta has no fixable: 'text'`);
    if (at.start > at.end || at.start < descriptor.at.start || at.end > descriptor.at.end) throw new Error(`rule '${id}' reported a fix outside the finding's span`);
    // The rule's offsets are in the text as read (invisible characters removed); the fix applies to the file's.
    const span = lines.sourceSpan(at.start, at.end);
    finding.fix = { range: [span.start, span.end], text };
  }
  return finding;
}

export function runRules(rawText: string, options: RunOptions): RunOutcome {
  const parsed = parseMessage(stripBom(rawText), { filePath: options.filePath, defaults: options.defaults, today: options.today });
  const { message, positions: lines } = parsed;
  const findings: LintMessage[] = [];
  const crashes: RuleCrash[] = [];

  for (const problem of parsed.problems) {
    findings.push({ ruleId: null, severity: 2, message: problem.message, ...lines.range(problem.start, problem.end), ...(problem.fatal && { fatal: true as const }) });
  }

  // The tagger behind the reading loads only if some sentence needs it.
  const readingNlp = options.nlp ?? sharedLazyNlp();
  const readingOf = (m: Message) => readMessage(m, readingNlp);
  const visitors: { configured: ConfiguredRule; visitor: RuleVisitor }[] = [];
  const crash = (configured: ConfiguredRule, error: unknown) => {
    crashes.push({ ruleId: configured.id, error });
    const reason = errorMessage(error);
    findings.push({ ruleId: configured.id, severity: 2, fatal: true, message: `Rule '${configured.id}' crashed: ${reason}`, line: 1, column: 1, endLine: 1, endColumn: 1 });
  };

  for (const configured of options.rules) {
    const { rule, id } = configured;
    const context: RuleContext = {
      id,
      options: configured.options,
      message: message.facts,
      get reading() {
        return readingOf(message);
      },
      readingOf,
      nlp: rule.meta.needs?.includes('nlp') && options.nlp ? options.nlp : missingNlp(id),
      report: (descriptor) => {
        const finding = stampFinding(configured, descriptor, lines);
        if (!options.isAccepted?.(message.source.slice(descriptor.at.start, descriptor.at.end))) findings.push(finding);
      },
    };
    try {
      visitors.push({ configured, visitor: rule.create(context) });
    } catch (error) {
      crash(configured, error);
    }
  }

  const broken = new Set<string>();
  const visit = (call: (visitor: RuleVisitor) => void) => {
    for (const { configured, visitor } of visitors) {
      if (broken.has(configured.id)) continue;
      try {
        call(visitor);
      } catch (error) {
        broken.add(configured.id);
        crash(configured, error);
      }
    }
  };
  // A received message or a note in a thread is someone else's words or a record, not a draft.
  if (message.facts.direction === 'sent') {
    visit((v) => v.message?.(message));
    for (const paragraph of message.paragraphs) {
      visit((v) => v.paragraph?.(paragraph));
      for (const sentence of paragraph.sentences) visit((v) => v.sentence?.(sentence));
    }
  }

  findings.sort(compareFindings);
  const { messages, suppressed } = applyDirectives(findings, parseDirectives(parsed.comments, lines), options.knownRuleIds);
  messages.sort(compareFindings);

  const errorCount = messages.filter((m) => m.severity === 2).length;
  return {
    crashes,
    result: {
      filePath: options.filePath,
      messages,
      suppressedMessages: suppressed,
      errorCount,
      fatalErrorCount: messages.filter((m) => m.fatal).length,
      warningCount: messages.length - errorCount,
      fixableErrorCount: messages.filter((m) => m.fix && m.severity === 2).length,
      fixableWarningCount: messages.filter((m) => m.fix && m.severity === 1).length,
      usedDeprecatedRules: [],
      // As ESLint: the text linted, when there is something to show in it (formatters quote it).
      ...(messages.length > 0 && { source: stripBom(rawText) }),
      netlint: {
        stage: message.facts.stage,
        channel: message.facts.channel ?? null,
        verdict: verdictOf(messages, (ruleId) => verdictLabel(ruleId, options.rules.find((r) => r.id === ruleId)?.rule.meta)),
      },
    },
  };
}
