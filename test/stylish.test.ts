/**
 * stylish as a writer reads it in a terminal: each finding shows the words it
 * is about (cut to fit), its message wrapped to the terminal's width (the
 * terminal's columns, else COLUMNS, else 80), wide characters and emoji
 * counted as the terminal draws them, file names relative to where you ran it.
 */
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { USER_DRAFT, netlint, project } from './cli-helpers.js';

interface Finding {
  ruleId: string;
  message: string;
}

/**
 * The findings of a stylish report: each row's quoted words, rule id, and message with its
 * wrapped lines joined. The words stand beside the rule id, or on a terminal too narrow for
 * both, on the line below it.
 */
function parseStylish(stdout: string): { quote: string; ruleId: string; message: string }[] {
  const lines = stdout.split('\n');
  const findings: { quote: string; ruleId: string; message: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const row = /^( {2}\d+:\d+ +(?:error|warning) +)(?:(".*") +)?([a-z/-]+)$/.exec(lines[i]!);
    if (!row) continue;
    const indent = row[1]!.length;
    const below: string[] = [];
    while (i + 1 < lines.length && lines[i + 1]!.startsWith(' '.repeat(indent)) && lines[i + 1]!.trim()) below.push(lines[++i]!.trim());
    const quote = row[2] ?? below.shift()!;
    findings.push({ quote, ruleId: row[3]!, message: below.join(' ') });
  }
  return findings;
}

const json = (dir: string, file: string): Finding[] => JSON.parse(netlint([file, '-f', 'json'], { cwd: dir }).stdout)[0].messages;

/** A plugin rule that flags every sentence, so any words can be put in a finding. */
const SENTENCE_PLUGIN = `export default { name: 'acme', rules: { sentence: {
  meta: { description: 'Flags every sentence.', recommended: 'warn', messages: { m: 'This sentence is flagged so that the report shows its words, in full or cut to fit the width of the terminal.' }, docs: { why: 'For tests.', bad: ['a'], good: [] } },
  create: (context) => ({ sentence(s) { context.report({ messageId: 'm', at: s.span(0, s.text.trimEnd().length) }); } }),
} } };
`;

function sentenceProject(draft: string): string {
  return project({
    '.networklintrc.json': JSON.stringify({ plugins: ['./acme.mjs'], rules: { 'acme/sentence': 'warn' } }),
    'acme.mjs': SENTENCE_PLUGIN,
    'draft.md': draft,
  });
}

describe('stylish shows the words of each finding', () => {
  it('quotes the exact words a finding points at, then its whole message', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir, env: { NO_COLOR: '1', COLUMNS: '120' } });
    const shown = parseStylish(run.stdout);
    const attachment = shown.find((f) => f.ruleId === 'attachment-before-relationship')!;
    expect(attachment.quote).toBe('"attached is my résumé"');
    // Every finding is shown, each with its full message (ESLint's stylish drops one final period).
    expect(shown.map((f) => [f.ruleId, f.message])).toEqual(json(dir, 'draft.md').map((m) => [m.ruleId, m.message.replace(/\.$/, '')]));
  });

  it.each([60, 80, 100, 132])('keeps every line within COLUMNS=%i, the message wrapped and not cut', (columns) => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const run = netlint(['draft.md'], { cwd: dir, env: { NO_COLOR: '1', COLUMNS: String(columns) } });
    expect(run.status).toBe(1);
    for (const line of run.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
    const shown = parseStylish(run.stdout);
    expect(shown.map((f) => f.message)).toEqual(json(dir, 'draft.md').map((m) => m.message.replace(/\.$/, '')));
    // The first sentence missing-personalization points at is cut to fit, with an ellipsis.
    const sentence = 'Sam, we’re connected on LinkedIn and I see you work for ABC Company.';
    const quote = shown.find((f) => f.ruleId === 'missing-personalization')!.quote;
    if (columns <= 100) expect(quote).toMatch(/^"Sam, we’re connected.*…"$/);
    expect(sentence.startsWith(quote.replace(/^"|…?"$/g, ''))).toBe(true);
  });

  it('is 80 columns wide when output is not a terminal and COLUMNS is not set', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const env: Record<string, string> = { NO_COLOR: '1' };
    const run = netlint(['draft.md'], { cwd: dir, env: { ...env, COLUMNS: '' } });
    const widths = run.stdout.split('\n').map((line) => stringWidth(line));
    expect(Math.max(...widths)).toBeLessThanOrEqual(80);
    expect(Math.max(...widths)).toBeGreaterThan(70);
  });

  it('counts wide characters and emoji as the terminal draws them when quoting and cutting', () => {
    const draft = '日本語のチームについて三つ質問してもよろしいでしょうか、それとも来週のほうがご都合がよいでしょうか。\n\nThanks so much 🙏🙏🙏 for the talk on 🚀 launches and the 👩‍👩‍👧‍👦 family-leave policy your team wrote up last spring!\n\nHi 🙏.\n';
    const dir = sentenceProject(draft);
    for (const columns of [40, 60, 90]) {
      const run = netlint(['draft.md'], { cwd: dir, env: { NO_COLOR: '1', COLUMNS: String(columns) } });
      for (const line of run.stdout.split('\n')) expect(stringWidth(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns);
      const quotes = parseStylish(run.stdout).map((f) => f.quote);
      expect(quotes).toHaveLength(3);
      expect(quotes[0]).toMatch(/^"日本語の.*…"$/);
      expect(quotes[1]).toMatch(/^"Thanks so much 🙏.*…"$/);
      expect(quotes[2]).toBe('"Hi 🙏."');
    }
  });

  it('quotes words that span lines on one line, line breaks shown as spaces', () => {
    const dir = sentenceProject('I read your post on ramp-up and\r\nloved the part\tabout shadowing.\n');
    const run = netlint(['draft.md'], { cwd: dir, env: { NO_COLOR: '1', COLUMNS: '100' } });
    expect(parseStylish(run.stdout).map((f) => f.quote)).toEqual(['"I read your post on ramp-up and loved the part about shadowing."']);
  });

  it('names each file relative to the working directory', () => {
    const dir = project({ 'notes/draft.md': USER_DRAFT });
    const run = netlint(['notes/draft.md'], { cwd: dir, env: { NO_COLOR: '1', COLUMNS: '100' } });
    expect(run.stdout.split('\n')[1]).toBe(path.join('notes', 'draft.md'));
  });
});

describe('report width', () => {
  it("is the terminal's columns when writing to a terminal, else COLUMNS, else 80", async () => {
    const { terminalWidth } = await import('../src/formatters/terminal-text.js');
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '90' })).toBe(132);
    expect(terminalWidth({ isTTY: false, columns: 132 }, { COLUMNS: '90' })).toBe(90);
    expect(terminalWidth({}, {})).toBe(80);
    expect(terminalWidth({}, { COLUMNS: 'wide' })).toBe(80);
  });
});
