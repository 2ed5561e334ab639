/**
 * Inline directives in HTML comments, with ESLint's verbs:
 * `<!-- netlint-disable [ids] -->`, `netlint-enable`, `netlint-disable-line`,
 * `netlint-disable-next-line`, each with an optional `-- reason`.
 */
import type { LintMessage, SuppressedLintMessage } from '../types.js';
import type { LineIndex } from '../text/location.js';
import { closestName } from '../did-you-mean.js';

type Verb = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  verb: Verb;
  /** Rule ids named, or empty for all rules. */
  ruleIds: string[];
  justification: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Rule ids (or '*' for all) that this directive actually suppressed. */
  used: Set<string>;
}

const DIRECTIVE = /^\s*netlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(comments: { start: number; end: number; body: string }[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const [list = '', justification = ''] = match[2]!.split(/\s--\s|\s--$/, 2);
    const range = lines.range(comment.start, comment.end);
    directives.push({
      verb: match[1] as Verb,
      ruleIds: list.split(/[\s,]+/).filter(Boolean),
      justification: justification.trim(),
      line: range.line,
      column: range.column,
      endLine: range.endLine,
      endColumn: range.endColumn,
      used: new Set(),
    });
  }
  return directives;
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
}

function before(directive: Directive, message: LintMessage): boolean {
  return directive.line < message.line || (directive.line === message.line && directive.column <= message.column);
}

/** The directive that silences this finding, if any. */
function suppressorOf(message: LintMessage, directives: Directive[]): Directive | null {
  const ruleId = message.ruleId;
  if (ruleId === null) return null;
  for (const directive of directives) {
    if (!names(directive, ruleId)) continue;
    if (directive.verb === 'disable-line' && message.line >= directive.line && message.line <= directive.endLine) return directive;
    if (directive.verb === 'disable-next-line' && message.line === directive.endLine + 1) return directive;
  }
  let current: Directive | null = null;
  for (const directive of directives) {
    if (!before(directive, message) || !names(directive, ruleId)) continue;
    if (directive.verb === 'disable') current = directive;
    else if (directive.verb === 'enable') current = null;
  }
  return current;
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  suppressed: SuppressedLintMessage[];
}

/**
 * Splits findings into reported and suppressed, then adds a warning for each
 * directive (or rule id in one) that suppressed nothing and an error for each
 * rule id that no loaded rule has, as ESLint does.
 */
export function applyDirectives(findings: LintMessage[], directives: Directive[], knownRuleIds: ReadonlySet<string>): DirectiveOutcome {
  const messages: LintMessage[] = [];
  const suppressed: SuppressedLintMessage[] = [];
  for (const finding of findings) {
    const directive = suppressorOf(finding, directives);
    if (!directive) {
      messages.push(finding);
      continue;
    }
    directive.used.add(directive.ruleIds.length === 0 ? '*' : finding.ruleId!);
    suppressed.push({ ...finding, suppressions: [{ kind: 'directive', justification: directive.justification }] });
  }
  for (const directive of directives) {
    const at = { line: directive.line, column: directive.column, endLine: directive.endLine, endColumn: directive.endColumn };
    for (const ruleId of directive.ruleIds) {
      if (!knownRuleIds.has(ruleId)) {
        const suggestion = closestName(ruleId, knownRuleIds);
        const hint = suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`;
        messages.push({ ruleId: null, severity: 2, message: `Definition for rule '${ruleId}' was not found (in a netlint-${directive.verb} comment).${hint}`, ...at });
      }
    }
    if (directive.verb === 'enable') continue;
    if (directive.ruleIds.length === 0) {
      if (directive.used.size === 0) messages.push({ ruleId: null, severity: 1, message: `Unused netlint-${directive.verb} directive (no problems were reported).`, ...at });
      continue;
    }
    for (const ruleId of directive.ruleIds) {
      if (knownRuleIds.has(ruleId) && !directive.used.has(ruleId)) {
        messages.push({ ruleId: null, severity: 1, message: `Unused netlint-${directive.verb} directive (no problems were reported from '${ruleId}').`, ...at });
      }
    }
  }
  return { messages, suppressed };
}
