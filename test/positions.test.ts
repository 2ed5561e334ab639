/**
 * Exact positions: every finding's line:column-endLine:endColumn must point at
 * the right characters of the original file whatever came before them.
 */
import { describe, expect, it } from 'vitest';
import { describeFinding, lint, textAt } from './helpers.js';

const PHRASE = 'To whom it may concern';
const only = { rules: ['form-letter-phrasing'] };

function findings(text: string, filePath = 'message.md') {
  return lint(text, { ...only, filePath }).map(describeFinding);
}

describe('positions', () => {
  it('counts columns from the first character of a line', () => {
    expect(findings(`Hi Sam,\n\n${PHRASE}, I write.\n`)).toEqual(['3:1-3:23 form-letter-phrasing/stock']);
  });

  it('treats CRLF as one line break', () => {
    expect(findings(`Hi Sam,\r\n\r\nWell. ${PHRASE}, I write.\r\n`)).toEqual(['3:7-3:29 form-letter-phrasing/stock']);
  });

  it('treats a lone CR as one line break', () => {
    expect(findings(`Hi Sam,\r\rWell. ${PHRASE}.\r`)).toEqual(['3:7-3:29 form-letter-phrasing/stock']);
  });

  it('does not count a leading BOM', () => {
    expect(findings(`\uFEFF${PHRASE}, hello.\n`)).toEqual(['1:1-1:23 form-letter-phrasing/stock']);
  });

  it('counts an emoji before a finding as two UTF-16 code units', () => {
    const text = `Hi 👋 Sam. ${PHRASE}.\n`;
    const [finding] = lint(text, only);
    expect(describeFinding(finding!)).toBe('1:12-1:34 form-letter-phrasing/stock');
    expect(textAt(text, finding!)).toBe(PHRASE);
  });

  it('is not shifted by &amp; or a backslash escape before the finding', () => {
    const text = `Salt &amp; pepper \\*really\\*. ${PHRASE}.\n`;
    const [finding] = lint(text, only);
    expect(describeFinding(finding!)).toBe('1:31-1:53 form-letter-phrasing/stock');
    expect(textAt(text, finding!)).toBe(PHRASE);
  });

  it('is not shifted by emphasis or links inside the phrase', () => {
    const text = 'Well. To *whom* it may [concern](https://example.com).\n';
    const [finding] = lint(text, only);
    expect(describeFinding(finding!)).toBe('1:7-1:32 form-letter-phrasing/stock');
    expect(textAt(text, finding!)).toBe('To *whom* it may [concern');
  });

  it('keeps front matter lines in the count', () => {
    expect(findings(`---\nchannel: email\nstage: first-contact\n---\n${PHRASE}.\n`)).toEqual(['5:1-5:23 form-letter-phrasing/stock']);
  });

  it('finds a phrase after a fenced code block', () => {
    const text = '```\nTo whom it may concern\n```\n\nHello. ' + PHRASE + '.\n';
    expect(findings(text)).toEqual(['5:8-5:30 form-letter-phrasing/stock']);
  });

  it('ignores the phrase inside a block quote, a code block, inline code and an HTML comment', () => {
    const text = [
      `> ${PHRASE}, you wrote.`,
      '',
      '```',
      PHRASE,
      '```',
      '',
      `Inline \`${PHRASE}\` here.`,
      '',
      `<!-- ${PHRASE} -->`,
      '',
      'Thanks for the note.',
      '',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('ignores an "On … wrote:" tail and a signature', () => {
    const text = `Hi Sam, a quick question about ramp-up.\n\nOn Mon, Mar 2, 2026 at 10:00 AM Sam Lee <sam@example.com> wrote:\n${PHRASE}, hello.\n`;
    expect(findings(text)).toEqual([]);
    expect(findings(`Hi Sam.\n\n-- \n${PHRASE}\n`)).toEqual([]);
  });

  it('spans line breaks inside a paragraph', () => {
    expect(findings('Well. To whom it\nmay concern.\n')).toEqual(['1:7-2:12 form-letter-phrasing/stock']);
  });

  it('reads .txt as plain paragraphs, without markdown', () => {
    const text = `Hi *Sam*,\n\n> ${PHRASE}\n\nWell. ${PHRASE}.\n`;
    expect(findings(text, 'message.txt')).toEqual(['5:7-5:29 form-letter-phrasing/stock']);
  });
});
