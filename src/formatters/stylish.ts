/**
 * ESLint's "stylish" layout: the file path, then one aligned row per
 * finding (`line:col  error|warning  message  rule-id`), then a summary.
 */
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintMessage, LintResult } from '../types.js';

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

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => visibleLength(row[col]!))));
  return rows
    .map((row) => `${row.map((cell, col) => (col === row.length - 1 ? cell : cell + ' '.repeat(widths[col]! - visibleLength(cell)))).join('  ').trimEnd()}\n`)
    .join('');
}

function row(m: LintMessage, chalk: ChalkInstance, where = `${m.line}:${m.column}`): string[] {
  return ['', where, m.severity === 2 ? chalk.red('error') : chalk.yellow('warning'), m.message.replace(/([^ ])\.$/, '$1'), chalk.dim(m.ruleId ?? '')];
}

/**
 * With `verdict`, each file with findings ends with its verdict line; a single
 * clean file (the "before I send this" case) shows its path and verdict too,
 * while clean files in a folder run stay silent, as in ESLint. Findings of
 * thread rules (`isThreadRule`) are grouped under their conversation folder.
 * Results are written one at a time (see StreamingFormatter); only the rows of
 * thread findings, and the first result until a second one shows the run is
 * not a single draft, are held for the end.
 */
export function stylishStream(options: { color: boolean; verdict: boolean; isThreadRule?: (ruleId: string) => boolean }) {
  const chalk: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const isThread = (m: LintMessage) => m.ruleId !== null && (options.isThreadRule?.(m.ruleId) ?? false);
  let errorCount = 0;
  let warningCount = 0;
  let count = 0;
  let first: LintResult | null = null;
  const threads = new Map<string, string[][]>();
  // The report opens with a blank line, written with its first words (an empty report stays empty).
  let opened = false;
  const open = (text: string): string => {
    if (text === '' || opened) return text;
    opened = true;
    return `\n${text}`;
  };
  const format = (result: LintResult): string => {
    if (result.messages.length === 0) return '';
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    for (const m of result.messages.filter(isThread)) {
      const folder = path.dirname(result.filePath);
      threads.set(folder, [...(threads.get(folder) ?? []), row(m, chalk, `${path.basename(result.filePath)}:${m.line}:${m.column}`)]);
    }
    const own = result.messages.filter((m) => !isThread(m));
    if (own.length === 0) return '';
    let output = `${chalk.underline(result.filePath)}\n${table(own.map((m) => row(m, chalk)))}`;
    if (options.verdict) output += verdictLine(result, chalk);
    return `${output}\n`;
  };
  return {
    start: () => '',
    result(result: LintResult): string {
      count += 1;
      if (count === 1) {
        first = result;
        return '';
      }
      const held = first ? format(first) : '';
      first = null;
      return open(held + format(result));
    },
    end(): string {
      if (count === 1 && options.verdict && first!.messages.length === 0 && first!.netlint.verdict.kind === 'networker') {
        return `\n${chalk.underline(first!.filePath)}\n${verdictLine(first!, chalk)}\n`;
      }
      let output = first ? format(first) : '';
      for (const [folder, rows] of threads) {
        output += `${chalk.underline(`${folder}${path.sep}`)} ${chalk.dim('(conversation)')}\n${table(rows)}\n`;
      }
      const total = errorCount + warningCount;
      if (total === 0) return '';
      const summary = `\u2716 ${total} ${pluralize('problem', total)} (${errorCount} ${pluralize('error', errorCount)}, ${warningCount} ${pluralize('warning', warningCount)})`;
      return open(output + chalk.bold(errorCount > 0 ? chalk.red(summary) : chalk.yellow(summary)) + '\n');
    },
  };
}
