/**
 * ESLint's "stylish" layout: the file path, then one aligned row per finding
 * (`line:col  error|warning  "the words"  rule-id`) with the message wrapped
 * under it to the terminal's width, then a summary.
 */
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintMessage, LintResult } from '../types.js';
import { LineIndex } from '../text/location.js';
import { countOf } from '../text/wording.js';
import { escapeControlCharacters } from './escape.js';
import { findingText, showSourceText, shownPath, stringWidth, truncateToWidth, wrapToWidth } from './terminal-text.js';

export interface StylishOptions {
  color: boolean;
  verdict: boolean;
  /** Columns to lay the report out in. */
  width: number;
  /** Files inside this directory are named relative to it. */
  cwd: string;
  isThreadRule?: (ruleId: string) => boolean;
}

/** Narrowest a message may be wrapped to, however wide the other columns are. */
const MIN_TEXT_WIDTH = 20;
const INDENT = '  ';

function verdictLines(result: LintResult, chalk: ChalkInstance, width: number): string {
  const { kind, text } = result.netlint.verdict;
  const paint = kind === 'networker' ? chalk.green : kind === 'user' ? chalk.red : kind === 'mixed' ? chalk.yellow : chalk.dim;
  const textWidth = Math.max(MIN_TEXT_WIDTH, width - INDENT.length);
  return wrapToWidth(text, textWidth, textWidth).map((line) => `${INDENT}${paint(line)}\n`).join('');
}

/** One finding of a table: where it is, and the words it points at when the result carries its source. */
interface Row {
  where: string;
  m: LintMessage;
  words: string | null;
}

function rowsOf(result: LintResult, messages: readonly LintMessage[], where: (m: LintMessage) => string): Row[] {
  const source = result.source;
  const lines = source === undefined ? null : new LineIndex(source);
  return messages.map((m) => ({ where: where(m), m, words: source !== undefined && lines ? findingText(source, lines, m) : null }));
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));

/**
 * Aligned rows: position, severity, the quoted words (cut to fit) and the rule id on the
 * first line; the message wrapped below, under the words. A finding with no words to show
 * starts its message on the first line. When the terminal is too narrow to put words and
 * rule id side by side, the rule id has the first line to itself.
 */
function table(rows: readonly Row[], chalk: ChalkInstance, width: number): string {
  const whereWidth = Math.max(...rows.map((r) => stringWidth(r.where)));
  const severityWidth = Math.max(...rows.map((r) => (r.m.severity === 2 ? 'error' : 'warning').length));
  const ruleWidth = Math.max(...rows.map((r) => escapeControlCharacters(r.m.ruleId ?? '').length));
  const textIndent = INDENT.length + whereWidth + 2 + severityWidth + 2;
  const textWidth = Math.max(MIN_TEXT_WIDTH, width - textIndent);
  const besideRule = width - textIndent - (ruleWidth > 0 ? 2 + ruleWidth : 0);
  const narrow = besideRule < MIN_TEXT_WIDTH;
  const firstWidth = narrow ? textWidth : besideRule;
  const blocks = rows.map((row) => {
    const message = escapeControlCharacters(row.m.message.replace(/([^ ])\.$/, '$1'));
    const words = row.words === null ? '' : showSourceText(row.words).trim();
    const lines = words ? [`"${truncateToWidth(words, firstWidth - 2)}"`, ...wrapToWidth(message, textWidth, textWidth)] : wrapToWidth(message, firstWidth, textWidth);
    return narrow ? ['', ...lines] : lines;
  });
  // The rule ids line up just after the widest first line, as ESLint's columns do.
  const ruleColumn = Math.max(...blocks.map((lines) => stringWidth(lines[0]!)));
  return rows
    .map((row, i) => {
      const [first, ...rest] = blocks[i]!;
      const severity = row.m.severity === 2 ? chalk.red(pad('error', severityWidth)) : chalk.yellow(pad('warning', severityWidth));
      const rule = row.m.ruleId ? chalk.dim(escapeControlCharacters(row.m.ruleId)) : '';
      const head = `${INDENT}${pad(row.where, whereWidth)}  ${severity}  ${narrow ? rule : `${pad(first!, ruleColumn)}  ${rule}`}`;
      return [head.trimEnd(), ...rest.map((line) => `${' '.repeat(textIndent)}${line}`)].map((line) => `${line}\n`).join('');
    })
    .join('');
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
export function stylishStream(options: StylishOptions) {
  const chalk: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const isThread = (m: LintMessage) => m.ruleId !== null && (options.isThreadRule?.(m.ruleId) ?? false);
  const name = (filePath: string) => escapeControlCharacters(shownPath(filePath, options.cwd));
  let errorCount = 0;
  let warningCount = 0;
  let count = 0;
  let first: LintResult | null = null;
  const threads = new Map<string, Row[]>();
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
    const folder = path.dirname(result.filePath);
    const threadRows = rowsOf(result, result.messages.filter(isThread), (m) => `${path.basename(result.filePath)}:${m.line}:${m.column}`);
    if (threadRows.length) threads.set(folder, [...(threads.get(folder) ?? []), ...threadRows]);
    const own = result.messages.filter((m) => !isThread(m));
    if (own.length === 0) return '';
    let output = `${chalk.underline(name(result.filePath))}\n${table(rowsOf(result, own, (m) => `${m.line}:${m.column}`), chalk, options.width)}`;
    // No rule looked at the message (its config enables none): there is nothing to judge it by.
    if (options.verdict && result.netlint.verdict.kind !== 'none') output += verdictLines(result, chalk, options.width);
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
        return `\n${chalk.underline(name(first!.filePath))}\n${verdictLines(first!, chalk, options.width)}\n`;
      }
      let output = first ? format(first) : '';
      for (const [folder, rows] of threads) {
        output += `${chalk.underline(`${name(folder)}${path.sep}`)} ${chalk.dim('(conversation)')}\n${table(rows, chalk, options.width)}\n`;
      }
      const total = errorCount + warningCount;
      if (total === 0) return '';
      const summary = `\u2716 ${countOf(total, 'problem')} (${countOf(errorCount, 'error')}, ${countOf(warningCount, 'warning')})`;
      return open(output + chalk.bold(errorCount > 0 ? chalk.red(summary) : chalk.yellow(summary)) + '\n');
    },
  };
}
