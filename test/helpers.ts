import { loadAllBuiltinRules } from '../rules/index.js';
import { runRules, type ConfiguredRule } from '../src/engine/run.js';
import { defaultOptions } from '../src/config/resolve.js';
import { loadNlp } from '../src/text/nlp.js';
import type { FrontMatterDefaults, LintMessage, Rule, RuleOptions } from '../src/types.js';

export const builtins = await loadAllBuiltinRules();
const nlp = await loadNlp();

export interface LintOptions {
  /** Rule ids to run (default: every built-in rule). */
  rules?: readonly string[];
  options?: Record<string, RuleOptions>;
  filePath?: string;
  defaults?: FrontMatterDefaults;
  today?: string;
  extraRules?: Record<string, Rule>;
}

/** Lints a string with the given built-in rules (all as errors, default options). */
export function lint(text: string, options: LintOptions = {}): LintMessage[] {
  const registry = new Map([...builtins, ...Object.entries(options.extraRules ?? {})]);
  const ids = options.rules ?? [...registry.keys()];
  const rules: ConfiguredRule[] = ids.map((id) => {
    const rule = registry.get(id);
    if (!rule) throw new Error(`no rule ${id}`);
    return { id, rule, severity: 2, options: { ...defaultOptions(rule), ...options.options?.[id] } };
  });
  return runRules(text, {
    filePath: options.filePath ?? 'message.md',
    rules,
    knownRuleIds: new Set(registry.keys()),
    defaults: options.defaults ?? {},
    today: options.today ?? '2026-03-01',
    nlp,
  }).result.messages;
}

/** `line:column-endLine:endColumn ruleId/messageId`, the fixture `.expected` format. */
export function describeFinding(m: LintMessage): string {
  return `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId ?? '(netlint)'}${m.messageId ? `/${m.messageId}` : ''}`;
}

/** The exact source text a finding points at. */
export function textAt(source: string, m: LintMessage): string {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((b) => b.index + b[0].length)];
  const offsetOf = (line: number, column: number) => lineStarts[line - 1]! + column - 1;
  return text.slice(offsetOf(m.line, m.column), offsetOf(m.endLine, m.endColumn));
}

/** Each finding on the article's USER LinkedIn message, with the words it points at: the CLI, the library and the page agree on these. */
export const ARTICLE_USER_FINDINGS: readonly (readonly [string, string])[] = [
  ['missing-personalization', 'Sam, we’re connected on LinkedIn and I see you work for ABC Company.'],
  ['form-letter-phrasing', 'I see you work for'],
  ['last-minute-ask', 'interview with them tomorrow'],
  ['no-reciprocity-offer', 'Can you please give me some advice?'],
  ['vague-advice-request', 'some advice'],
  ['attachment-before-relationship', 'attached is my résumé'],
  ['referral-before-relationship', 'forward it to the hiring manager'],
  ['too-many-asks', 'referral'],
];
