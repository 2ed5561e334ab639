/**
 * `-f codeframe`, after ESLint's: each finding as `severity: message (rule-id)
 * at file:line:column:`, then the line it is on with the words it points at
 * underlined by "^", then a count. A long line is cut to the report's width
 * around the words; tabs are expanded and wide characters and emoji counted
 * as the terminal draws them, so the carets stand under the words. A span
 * that runs over several lines is underlined to the end of its first line.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintMessage, LintResult } from '../types.js';
import { LineIndex } from '../text/location.js';
import { countOf } from '../text/wording.js';
import { escapeControlCharacters } from './escape.js';
import { graphemesOf, showSourceText, shownPath, stringWidth, wrapToWidth } from './terminal-text.js';

export interface CodeframeOptions {
  color: boolean;
  width: number;
  cwd: string;
}

const TAB_STOP = 4;

/** A character of the line as shown: where it starts in UTF-16 units, what is printed, how many columns. */
interface Cell {
  offset: number;
  shown: string;
  width: number;
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let offset = 0;
  let column = 0;
  for (const g of graphemesOf(line)) {
    const shown = g === '\t' ? ' '.repeat(TAB_STOP - (column % TAB_STOP)) : showSourceText(g);
    const width = stringWidth(shown);
    cells.push({ offset, shown, width });
    offset += g.length;
    column += width;
  }
  return cells;
}

/**
 * The line (without its line break) cut to `width` columns around `[start, end)` (UTF-16
 * offsets into it; `end` past the line means "to its end"), and the marker line of "^".
 */
export function frameLine(line: string, start: number, end: number, width: number): { shown: string; marker: string } {
  const cells = cellsOf(line);
  const columns: number[] = [];
  let total = 0;
  for (const cell of cells) {
    columns.push(total);
    total += cell.width;
  }
  const firstMarked = cells.findIndex((c) => c.offset >= start);
  const startColumn = firstMarked < 0 ? total : columns[firstMarked]!;
  // Cut only when the line does not fit: keep a third of the width before the words.
  const from = total <= width ? 0 : Math.max(0, Math.min(startColumn - Math.floor(width / 3), total - (width - 1)));
  const prefix = from > 0 ? '…' : '';
  let to = from + width - prefix.length;
  const suffix = to < total ? '…' : '';
  if (suffix) to -= 1;
  let shown = prefix;
  let marker = ' '.repeat(prefix.length);
  cells.forEach((cell, i) => {
    const column = columns[i]!;
    if (column < from || column + cell.width > to) return;
    shown += cell.shown;
    marker += (cell.offset >= start && cell.offset < end ? '^' : ' ').repeat(cell.width);
  });
  // An empty span, or one at the very end of the line, still gets one caret where it starts.
  if (!marker.includes('^')) marker = `${' '.repeat(Math.min(stringWidth(shown), Math.max(0, startColumn - from + prefix.length)))}^`;
  return { shown: shown + suffix, marker: marker.trimEnd() };
}

function frame(source: string, lines: LineIndex, m: LintMessage, width: number, chalk: ChalkInstance): string {
  const lineStart = lines.lineStart(m.line);
  const line = source.slice(lineStart, lines.lineStart(m.line + 1)).replace(/\r?\n$|\r$/, '');
  const gutter = `> ${m.line} | `;
  const start = m.column - 1;
  const end = m.endLine > m.line ? line.length + 1 : m.endColumn - 1;
  const { shown, marker } = frameLine(line, start, Math.max(end, start), Math.max(10, width - gutter.length));
  const paint = m.severity === 2 ? chalk.red : chalk.yellow;
  return `${chalk.dim(gutter)}${shown}\n${chalk.dim(`${' '.repeat(gutter.length - 2)}| `)}${paint(marker)}\n`;
}

export function codeframe(results: readonly LintResult[], options: CodeframeOptions): string {
  const chalk: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  let output = '';
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const source = result.source;
    const lines = source === undefined ? null : new LineIndex(source);
    const file = escapeControlCharacters(shownPath(result.filePath, options.cwd));
    for (const m of result.messages) {
      if (m.severity === 2) errors++;
      else warnings++;
      const severity = m.severity === 2 ? 'error' : 'warning';
      const message = escapeControlCharacters(m.message.replace(/([^ ])\.$/, '$1'));
      const where = m.line >= 1 ? `${file}:${m.line}:${m.column}:` : file;
      const rule = m.ruleId ? ` (${escapeControlCharacters(m.ruleId)})` : '';
      // The header is wrapped to the width like stylish's messages; colour goes on after wrapping.
      const header = wrapToWidth(`${severity}: ${message}${rule} at ${where}`, options.width, options.width).join('\n');
      const paintSeverity = m.severity === 2 ? chalk.red : chalk.yellow;
      const ruleAt = rule ? header.lastIndexOf(rule.trim()) : -1;
      const painted = ruleAt < 0 ? header : `${header.slice(0, ruleAt)}${chalk.dim(rule.trim())}${header.slice(ruleAt + rule.trim().length)}`;
      output += `${paintSeverity(severity)}${painted.slice(severity.length)}\n`;
      if (source !== undefined && lines && m.line >= 1) output += frame(source, lines, m, options.width, chalk);
      output += '\n';
    }
  }
  if (errors + warnings === 0) return '';
  const counts = [errors > 0 && countOf(errors, 'error'), warnings > 0 && countOf(warnings, 'warning')].filter(Boolean);
  return `${output}${chalk.bold(`${counts.join(' and ')} found.`)}\n`;
}
