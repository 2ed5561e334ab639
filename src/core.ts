/**
 * The portable core: lint one message's text (parse, reading, rules, verdict)
 * with the built-in rules. Nothing here, nor in what it imports, needs Node:
 * files, config discovery, cache, workers and formatters stay in the Node
 * layer (src/linter.ts, src/cli.ts), which hands the core the rules a config
 * resolved to. The browser bundle (scripts/bundle.mjs → dist/web/core.js) and
 * the language server are built on this entry point.
 */
import type { FrontMatterDefaults, LintResult, NlpTools, Rule, RuleOptions } from './types.js';
import { runRules, type ConfiguredRule, type RuleCrash } from './engine/run.js';
import { builtinPreset } from './config/presets.js';
import { builtinRules, builtinRuleIds } from '../rules/index.js';
import { explainRule, ruleDocsUrl } from './docs.js';
import { sharedLazyNlp } from './text/nlp.js';

export type { ConfiguredRule, RuleCrash } from './engine/run.js';
export type { LintResult, LintMessage, FrontMatterDefaults, Rule } from './types.js';
export { CHANNELS, STAGES, RELATIONSHIPS } from './types.js';
export { builtinRules, builtinRuleIds, explainRule, ruleDocsUrl };
export { LineIndex, stripBom } from './text/location.js';

export interface LintMessageOptions {
  /** Decides markdown or plain text (`.txt`) and is reported back (default `<text>`). */
  filePath?: string;
  /** The rules to run, as a config resolved them (default: the built-in `netlint:recommended`). */
  rules?: readonly ConfiguredRule[];
  /** Every rule id that exists, for checking directives (default: the rules given and the built-ins). */
  knownRuleIds?: ReadonlySet<string>;
  /** Facts for a message whose front matter does not state them (channel, stage, relationship, …). */
  defaults?: FrontMatterDefaults;
  /** ISO date standing for "today" when a message has no `sent` date (default: today, UTC). */
  today?: string;
  /** Whether words a finding reports are a phrase the config accepts (such findings are dropped). */
  isAccepted?: ((words: string) => boolean) | null;
  nlp?: NlpTools;
}

export interface CoreOutcome {
  result: LintResult;
  crashes: RuleCrash[];
}

/** A rule's options before any config sets them: each option's declared default. */
export function defaultOptions(rule: Rule): RuleOptions {
  return Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([key, spec]) => [key, spec.default]));
}

let recommended: readonly ConfiguredRule[] | null = null;

/** The built-in rules `netlint:recommended` turns on, at its severities and with default options (in id order, as a config resolves them). */
export function recommendedRules(): readonly ConfiguredRule[] {
  recommended ??= Object.entries(builtinPreset('netlint:recommended', new Map(Object.entries(builtinRules)))!.rules!)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, level]) => ({ id, rule: builtinRules[id]!, severity: level === 'error' ? 2 : 1, options: defaultOptions(builtinRules[id]!) }));
  return recommended;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Lints one message. Findings are ESLint-shaped, positions 1-based; a rule that throws becomes a fatal finding and a crash. */
export function lintMessage(text: string, options: LintMessageOptions = {}): CoreOutcome {
  const rules = options.rules ?? recommendedRules();
  return runRules(text, {
    filePath: options.filePath ?? '<text>',
    rules,
    knownRuleIds: options.knownRuleIds ?? new Set([...builtinRuleIds, ...rules.map((r) => r.id)]),
    defaults: options.defaults ?? {},
    today: options.today ?? todayIso(),
    ...(options.isAccepted && { isAccepted: options.isAccepted }),
    // compromise loads on the first sentence a rule asks about, not before.
    ...((options.nlp || rules.some((r) => r.rule.meta.needs?.includes('nlp'))) && { nlp: options.nlp ?? sharedLazyNlp() }),
  });
}
