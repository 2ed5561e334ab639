/**
 * ESLint's "stylish" layout: the file path, then one aligned row per
 * finding (`line:col  error|warning  message  rule-id`), then a summary.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintResult } from '../types.js';

function pluralize(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/** Width of a string as a terminal shows it (ANSI colours removed). */
function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

function verdictLine(result: LintResult, chalk: ChalkInstance): string {
  const { kind, text } = result.netlint.verdict;
  const paint = kind === 'networker' ? chalk.green : kind === 'user' ? chalk.red : kind === 'mixed' ? chalk.yellow : chalk.dim;
  return `  ${paint(text)}\n`;
}

/**
 * With `verdict`, each file with findings ends with its verdict line; a single
 * clean file (the "before I send this" case) shows its path and verdict too,
 * while clean files in a folder run stay silent, as in ESLint.
 */
export function stylish(results: readonly LintResult[], options: { color: boolean; verdict: boolean }): string {
  const chalk: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  let output = '\n';
  let errorCount = 0;
  let warningCount = 0;
  if (options.verdict && results.length === 1 && results[0]!.messages.length === 0 && results[0]!.netlint.verdict.kind === 'networker') {
    return `\n${chalk.underline(results[0]!.filePath)}\n${verdictLine(results[0]!, chalk)}\n`;
  }
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    output += `${chalk.underline(result.filePath)}\n`;
    const rows = result.messages.map((m) => [
      '',
      `${m.line}:${m.column}`,
      m.fatal || m.severity === 2 ? chalk.red('error') : chalk.yellow('warning'),
      m.message.replace(/([^ ])\.$/, '$1'),
      chalk.dim(m.ruleId ?? ''),
    ]);
    const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => visibleLength(row[col]!))));
    for (const row of rows) {
      output += row
        .map((cell, col) => (col === row.length - 1 ? cell : cell + ' '.repeat(widths[col]! - visibleLength(cell))))
        .join('  ')
        .trimEnd();
      output += '\n';
    }
    if (options.verdict) output += verdictLine(result, chalk);
    output += '\n';
  }
  const total = errorCount + warningCount;
  if (total === 0) return '';
  const summary = `\u2716 ${total} ${pluralize('problem', total)} (${errorCount} ${pluralize('error', errorCount)}, ${warningCount} ${pluralize('warning', warningCount)})`;
  output += chalk.bold(errorCount > 0 ? chalk.red(summary) : chalk.yellow(summary)) + '\n';
  return output;
}
