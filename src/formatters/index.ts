/** Built-in output formats. Each takes ESLint-shaped results and returns the text to print. */
import type { LintResult } from '../types.js';
import { stylish } from './stylish.js';

export interface FormatContext {
  color: boolean;
  cwd: string;
  /** Show the per-message verdict line (stylish). */
  verdict: boolean;
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

function compact(results: readonly LintResult[]): string {
  let output = '';
  let total = 0;
  for (const result of results) {
    for (const m of result.messages) {
      total++;
      output += `${result.filePath}: line ${m.line}, col ${m.column}, ${m.severity === 2 ? 'Error' : 'Warning'} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}\n`;
    }
  }
  return total > 0 ? `${output}\n${total} problem${total === 1 ? '' : 's'}\n` : '';
}

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: (results, context) => stylish(results, { color: context.color, verdict: context.verdict }),
  json: (results) => JSON.stringify(results),
  compact: (results) => compact(results),
};
