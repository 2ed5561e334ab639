/**
 * Text as a terminal shows it, for the human formats (stylish, codeframe):
 * how wide it is (string-width: East Asian wide characters and emoji take two
 * columns, combining marks none), how to cut or wrap it to a width, and how a
 * piece of the linted file is shown. Every piece of a linted file that a
 * human format prints goes through `showSourceText`.
 */
import { escapeControlCharacters } from './escape.js';
import path from 'node:path';
import stringWidth from 'string-width';
import type { LintMessage } from '../types.js';
import { LineIndex } from '../text/location.js';

export { stringWidth };

/**
 * The width to lay a report out for: the terminal's columns when the report goes to a
 * terminal, else the COLUMNS environment variable, else 80.
 */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const columns = Number(env['COLUMNS']);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The user-perceived characters of a text (an emoji with modifiers, or a letter with its accents, is one). */
export function graphemesOf(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/**
 * A piece of the linted file as a one-line report shows it: any run of white space
 * (line breaks, tabs) as one space.
 */
export function showSourceText(text: string): string {
  return escapeControlCharacters(text.replace(/\s+/g, ' '));
}

/** The text cut to at most `width` columns, ending in "…" when cut. */
export function truncateToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const g of graphemesOf(text)) {
    const w = stringWidth(g);
    if (used + w > width - 1) break;
    kept += g;
    used += w;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * Words wrapped into lines of at most `firstWidth` columns for the first line and `width`
 * for the others. A word wider than a line is split where it must be.
 * (Hand-written rather than wrap-ansi: the first line of a stylish row is narrower than the rest.)
 */
export function wrapToWidth(text: string, firstWidth: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const limit = () => (lines.length === 0 ? firstWidth : width);
  const push = () => {
    lines.push(line);
    line = '';
    used = 0;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = stringWidth(word);
    if (used > 0 && used + 1 + w <= limit()) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (used > 0) push();
    if (w <= limit()) {
      line = word;
      used = w;
      continue;
    }
    for (const g of graphemesOf(word)) {
      const gw = stringWidth(g);
      if (used > 0 && used + gw > limit()) push();
      line += g;
      used += gw;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The exact text of the file a finding points at (in its source as linted: BOM removed),
 * or null when the finding has no place in the text or points at nothing.
 */
export function findingText(source: string, lines: LineIndex, m: LintMessage): string | null {
  if (m.line < 1) return null;
  const start = lines.lineStart(m.line) + m.column - 1;
  const end = lines.lineStart(m.endLine) + m.endColumn - 1;
  return end > start ? source.slice(start, end) : null;
}

/** A file as a human report names it: relative to the working directory when it is inside it. */
export function shownPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const relative = path.relative(cwd, filePath);
  if (relative === '') return '.';
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative) ? relative : filePath;
}
