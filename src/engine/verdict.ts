/**
 * The verdict on a message, derived only from its findings: no finding reads
 * like the article's NETWORKER; an error reads like its USER, with the
 * reasons named by each rule's `meta.verdict`.
 */
import type { LintMessage, RuleMeta, Verdict } from '../types.js';

/** The words a rule contributes to a verdict: its `meta.verdict`, else its description. */
export function verdictLabel(ruleId: string, meta: RuleMeta | undefined): string {
  return meta?.verdict ?? meta?.description.replace(/\.$/, '').toLowerCase() ?? ruleId;
}

export function verdictOf(messages: readonly LintMessage[], labelOf: (ruleId: string) => string): Verdict {
  if (messages.some((m) => m.fatal)) return { kind: 'unknown', text: 'could not be judged', reasons: [] };
  const fromRules = messages.filter((m) => m.ruleId !== null);
  const reasons: string[] = [];
  for (const m of fromRules) {
    const label = labelOf(m.ruleId!);
    if (!reasons.includes(label)) reasons.push(label);
  }
  if (fromRules.length === 0) return { kind: 'networker', text: 'reads like a NETWORKER message', reasons };
  if (fromRules.some((m) => m.severity === 2)) return { kind: 'user', text: `reads like a USER message: ${reasons.join(', ')}`, reasons };
  return { kind: 'mixed', text: `reads mostly like a NETWORKER message, but: ${reasons.join(', ')}`, reasons };
}
