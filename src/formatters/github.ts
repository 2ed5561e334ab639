/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * Escaping follows GitHub's toolkit: data escapes %, CR and LF; properties
 * also escape : and ,. Other control characters are shown as `\u001b` (see escape.ts),
 * so a command stays on one line and the log shows no escape sequence from a message.
 */
import path from 'node:path';
import type { LintResult } from '../types.js';
import { escapeControlCharactersButLineBreaks } from './escape.js';

export function escapeData(text: string): string {
  return escapeControlCharactersButLineBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow commands of one file's findings. */
export function githubResult(result: LintResult, cwd: string): string {
  let output = '';
  const file = path.isAbsolute(result.filePath) ? path.relative(cwd, result.filePath) || result.filePath : result.filePath;
  for (const m of result.messages) {
    const command = m.severity === 2 ? 'error' : 'warning';
    const title = m.ruleId ? `netlint (${m.ruleId})` : 'netlint';
    const props = [
      `file=${escapeProperty(file.split(path.sep).join('/'))}`,
      `line=${Math.max(1, m.line)}`,
      `col=${Math.max(1, m.column)}`,
      `endLine=${Math.max(1, m.endLine)}`,
      `endColumn=${Math.max(1, m.endColumn)}`,
      `title=${escapeProperty(title)}`,
    ];
    output += `::${command} ${props.join(',')}::${escapeData(m.message)}\n`;
  }
  return output;
}
