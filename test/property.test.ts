/**
 * Property tests: random text built from the characters that trouble parsers
 * and position mapping never crashes a rule, never reports outside the text,
 * and lints the same way twice; every prefix of every fixture lints too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from './helpers.js';
import type { LintMessage } from '../src/types.js';

const PIECES = [
  '*', '_', '`', '```', '~~~', '#', '>', '-', '+', '1.', '[', ']', '(', ')', '!', '<', '>', '&amp;', '&#x1F600;', '\\', '|',
  '{{', '}}', '{', '}', '%', '---', '<!--', '-->', '<!-- netlint-disable -->', '<!-- netlint-enable x -->',
  '\r', '\n', '\r\n', '\t', ' ', '  ', '\uFEFF', '\u0000', '\ud800', '\udc00', '😀', '👋🏽', 'é', '名',
  'advice', 'Can you', 'give me some advice?', 'attached is my résumé.', 'refer me', 'tomorrow', 'ASAP', 'call', '20 minutes',
  'To whom it may concern', 'on .', 'with and', 'XXX', '[Name]', 'Hi Sam,', 'Best,\nNancy', 'On Mon wrote:', '-- \n',
];
const messageText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

function lineLengths(text: string): number[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((line) => line.length);
}

function inBounds(text: string, m: LintMessage): boolean {
  const lengths = lineLengths(text);
  const fits = (line: number, column: number) => line >= 1 && line <= lengths.length && column >= 1 && column <= lengths[line - 1]! + 1;
  return fits(m.line, m.column) && fits(m.endLine, m.endColumn) && (m.endLine > m.line || m.endColumn >= m.column);
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? fixtureFiles(full) : /\.(md|txt)$/.test(name) ? [full] : [];
  });
}

describe('properties', () => {
  it('random markdown-ish text: no crash, positions in bounds, deterministic', () => {
    fc.assert(
      fc.property(messageText, fc.constantFrom('m.md', 'm.txt'), (text, filePath) => {
        const first = lint(text, { filePath });
        expect(first.filter((m) => m.fatal)).toEqual([]);
        for (const m of first) expect(inBounds(text, m), `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`).toBe(true);
        expect(lint(text, { filePath })).toEqual(first);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('every prefix of every rule fixture lints without error', () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures');
    const failures: string[] = [];
    for (const file of fixtureFiles(root).filter((f) => !f.includes(`${path.sep}corpus${path.sep}`))) {
      const text = readFileSync(file, 'utf8');
      // Every prefix up to 400 characters, then every 7th: the tail adds length, not new shapes.
      for (let end = 0; end <= text.length; end += end < 400 ? 1 : 7) {
        const prefix = text.slice(0, end);
        for (const m of lint(prefix, { filePath: file })) {
          if (m.fatal || !inBounds(prefix, m)) failures.push(`${path.relative(root, file)}[0:${end}] ${m.ruleId} ${m.message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
