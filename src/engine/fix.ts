/**
 * Applies the fixes of one lint pass, as ESLint's source-code fixer does: in
 * document order, skipping a fix that overlaps one already applied (it is
 * found again, on the new text, by the next pass). Fixes come only from the
 * reported findings, so a finding silenced by a directive is never fixed.
 */
import type { LintMessage } from '../types.js';

/** ESLint's limit: a fix that keeps making new fixable problems stops here. */
export const MAX_FIX_PASSES = 10;

export function applyFixes(text: string, messages: readonly LintMessage[]): string {
  const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  if (fixes.length === 0) return text;
  // A file with CRLF line breaks keeps them when a fix brings a line break of its own.
  const lineBreak = text.includes('\r\n') ? '\r\n' : null;
  let output = '';
  let done = 0;
  for (const { range, text: replacement } of fixes) {
    const [start, end] = range;
    if (start < done) continue;
    output += text.slice(done, start) + (lineBreak ? replacement.replace(/\r?\n/g, lineBreak) : replacement);
    done = end;
  }
  return output + text.slice(done);
}
