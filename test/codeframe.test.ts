/**
 * `-f codeframe`: each finding as a header (severity, message, rule id, where)
 * and the line it is on, with the words it points at underlined by "^" —
 * under the right characters whatever the tabs, wide characters and emoji
 * before them, cut to the terminal's width around the words.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { USER_DRAFT, netlint, project } from './cli-helpers.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** What a frame underlines: the characters of the shown line that stand above a "^", by terminal columns. */
function underlined(shown: string, marker: string): string {
  let column = 0;
  let text = '';
  for (const { segment } of segmenter.segment(shown)) {
    const width = stringWidth(segment);
    if (width > 0 && marker.slice(column, column + width).includes('^')) text += segment;
    column += width;
  }
  return text;
}

interface Frame {
  header: string;
  shown: string;
  marker: string;
}

/** Each finding's header (its wrapped lines joined), the shown line (after its "> n | " gutter) and its marker line, aligned to the same columns. */
function frames(stdout: string): Frame[] {
  const lines = stdout.split('\n');
  const found: Frame[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^(error|warning): /.test(lines[i]!)) continue;
    const header = [lines[i]!];
    while (lines[i + 1] && !/^> \d+ \| /.test(lines[i + 1]!)) header.push(lines[++i]!);
    const gutter = /^> \d+ \| /.exec(lines[i + 1] ?? '');
    if (!gutter) {
      found.push({ header: header.join(' '), shown: '', marker: '' });
      continue;
    }
    found.push({ header: header.join(' '), shown: lines[i + 1]!.slice(gutter[0].length), marker: lines[i + 2]!.slice(gutter[0].length) });
  }
  return found;
}

/** A plugin rule that flags every word containing "banana", and every sentence starting "I read". */
const PLUGIN = `export default { name: 'acme', rules: {
  banana: {
    meta: { description: 'Flags bananas.', recommended: 'warn', messages: { m: 'A banana.' }, docs: { why: 'For tests.', bad: ['banana'], good: [] } },
    create: (context) => ({ sentence(s) { for (const m of s.text.matchAll(/[^\\s]*banana[^\\s]*/g)) context.report({ messageId: 'm', at: s.span(m.index, m.index + m[0].length) }); } }),
  },
  reading: {
    meta: { description: 'Flags sentences starting I read.', recommended: 'warn', messages: { m: 'A sentence.' }, docs: { why: 'For tests.', bad: ['I read'], good: [] } },
    create: (context) => ({ sentence(s) { if (s.text.startsWith('I read')) context.report({ messageId: 'm', at: s.span(0, s.text.trimEnd().length) }); } }),
  },
} };
`;

function pluginProject(draft: string): string {
  return project({
    '.networklintrc.json': JSON.stringify({ plugins: ['./acme.mjs'], rules: { 'acme/banana': 'warn', 'acme/reading': 'warn' } }),
    'acme.mjs': PLUGIN,
    'draft.md': draft,
  });
}

const codeframe = (dir: string, columns: number) => netlint(['draft.md', '-f', 'codeframe'], { cwd: dir, env: { NO_COLOR: '1', COLUMNS: String(columns) } });

describe('codeframe format', () => {
  it('shows each finding with its line and the words underlined, then a count', () => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const run = codeframe(dir, 400);
    expect(run.status).toBe(1);
    const shown = frames(run.stdout);
    expect(shown.map((f) => f.header)).toContain(
      'error: Asking for "some advice" gives the reader no question to answer: ask 2–3 specific questions instead (for example "How does your team measure ramp-up in the first 90 days?") (vague-advice-request) at draft.md:1:133:',
    );
    const vague = shown.find((f) => f.header.includes('(vague-advice-request)'))!;
    expect(vague.shown).toBe(USER_DRAFT.trimEnd());
    expect(vague.marker).toBe(`${' '.repeat(132)}${'^'.repeat('some advice'.length)}`);
    expect(underlined(shown.find((f) => f.header.includes('(attachment-before-relationship)'))!.shown, shown.find((f) => f.header.includes('(attachment-before-relationship)'))!.marker)).toBe('attached is my résumé');
    expect(run.stdout.endsWith('\n3 errors and 3 warnings found.\n')).toBe(true);
  });

  it.each([50, 80, 120])('wraps headers and cuts a long line around the words to fit COLUMNS=%i, still underlining them', (columns) => {
    const dir = project({ 'draft.md': USER_DRAFT });
    const run = codeframe(dir, columns);
    const shown = frames(run.stdout);
    expect(shown).toHaveLength(6);
    for (const frame of [...shown].map((f) => [f.shown, f.marker]).flat()) expect(stringWidth(frame) + '> 1 | '.length).toBeLessThanOrEqual(columns);
    for (const line of run.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
    const words: Record<string, string> = { 'vague-advice-request': 'some advice', 'attachment-before-relationship': 'attached is my résumé', 'form-letter-phrasing': 'I see you work for' };
    for (const [ruleId, text] of Object.entries(words)) {
      const frame = shown.find((f) => f.header.includes(`(${ruleId})`))!;
      expect(underlined(frame.shown, frame.marker), ruleId).toBe(text);
      expect(frame.shown).toMatch(/^…|…$/);
    }
  });

  it('expands tabs and counts wide characters and emoji, so the carets stand under the words', () => {
    const dir = pluginProject('日本語のメモ 🙏🏽\tand a banana-bread recipe 👩‍👩‍👧‍👦\tfrom the 東京 banana café.\n');
    const run = codeframe(dir, 200);
    const shown = frames(run.stdout).filter((f) => f.header.includes('(acme/banana)'));
    expect(shown.map((f) => underlined(f.shown, f.marker))).toEqual(['banana-bread', 'banana']);
    for (const f of shown) expect(f.shown).not.toContain('\t');
  });

  it('underlines a span that runs over several lines to the end of its first line', () => {
    const dir = pluginProject('I read your post on ramp-up and\nloved the part about shadowing.\n');
    const [frame] = frames(codeframe(dir, 100).stdout).filter((f) => f.header.includes('(acme/reading)'));
    expect(frame!.shown).toBe('I read your post on ramp-up and');
    expect(frame!.marker).toBe('^'.repeat('I read your post on ramp-up and'.length));
  });

  it('frames front matter findings at their value, and a finding with no place in the text is a header alone', () => {
    const dir = project({
      '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], ignores: ['old.md'] }),
      'draft.md': '---\nchannel: fax\n---\nThanks again for the call on Tuesday, Sam.\n',
      'old.md': 'Hi.\n',
    });
    const run = netlint(['draft.md', 'old.md', '-f', 'codeframe'], { cwd: dir, env: { NO_COLOR: '1', COLUMNS: '100' } });
    expect(run.stdout).toMatch(/ at draft\.md:2:10:\n> 2 \| channel: fax\n {4}\| {10}\^\^\^\n/);
    expect(run.stdout).toContain('\nwarning: File ignored because of a matching ignore pattern at old.md\n');
  });
});
