/**
 * Phrases as data: config `styles` (a coach's phrase list, YAML or JSON, made into rules on
 * the rule API) and config `accept` (phrases no rule flags). Phrases are literal, matched as
 * whole words, case-insensitively, with any whitespace between words.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { netlint, project, repoRoot } from './cli-helpers.js';
import { describeFinding, textAt } from './helpers.js';
import type { LintMessage } from '../src/types.js';

/** A coach's file with ten phrases, written from the README's "Your own phrases" section alone. */
const COACH_STYLE = `name: coach
rules:
  - id: empty-nudge
    severity: error
    message: '"{{match}}" adds nothing: say what is new, or wait'
    existence:
      - circling back
      - just checking in
      - touching base
      - bumping this to the top of your inbox
      - any update?
  - id: kinder
    message: 'Say it kindly: "{{replacement}}"'
    substitution:
      per my last email: as I mentioned
      as previously stated: as I said
      a friendly reminder: a note
      I'm just following up: I'm following up
      "(re)sending": sending
`;

const COACH_CONFIG = JSON.stringify({ rules: {}, styles: ['./styles/coach.yml'] });

const COACH_DRAFT = [
  'Hi Sam,', // 1
  '', // 2
  'Circling back on my note: any update? Per my last', // 3
  'email, I am still keen. A friendly reminder that', // 4
  'I’m just following up, touching base and just', // 5
  'checking in. I am (re)sending my question:', // 6
  '', // 7
  'Is Bumping this to the top of your inbox rude?', // 8
  '',
].join('\n');

const COACH_FIXED = [
  'Hi Sam,',
  '',
  'Circling back on my note: any update? As I mentioned, I am still keen. A note that',
  "I'm following up, touching base and just",
  'checking in. I am sending my question:',
  '',
  'Is Bumping this to the top of your inbox rude?',
  '',
].join('\n');

interface JsonResult {
  output?: string;
  messages: LintMessage[];
}

function lintJson(dir: string, args: string[]): JsonResult {
  const run = netlint([...args, '-f', 'json'], { cwd: dir });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as JsonResult[])[0]!;
}

describe('a style file', () => {
  it('reports each of ten phrases at its exact words, as <style>/<rule>', () => {
    const dir = project({ 'draft.md': COACH_DRAFT, 'styles/coach.yml': COACH_STYLE, '.networklintrc.json': COACH_CONFIG });
    const result = lintJson(dir, ['draft.md']);
    const found = result.messages.map((m) => `${describeFinding(m)} ${m.severity} ${JSON.stringify(textAt(COACH_DRAFT, m))}`);
    expect(found).toEqual([
      '3:1-3:14 coach/empty-nudge/match 2 "Circling back"',
      '3:27-3:38 coach/empty-nudge/match 2 "any update?"',
      '3:39-4:6 coach/kinder/match 1 "Per my last\\nemail"',
      '4:25-4:44 coach/kinder/match 1 "A friendly reminder"',
      '5:1-5:22 coach/kinder/match 1 "I’m just following up"',
      '5:24-5:37 coach/empty-nudge/match 2 "touching base"',
      '5:42-6:12 coach/empty-nudge/match 2 "just\\nchecking in"',
      '6:19-6:30 coach/kinder/match 1 "(re)sending"',
      '8:4-8:41 coach/empty-nudge/match 2 "Bumping this to the top of your inbox"',
    ]);
    expect(result.messages[0]!.message).toBe('"Circling back" adds nothing: say what is new, or wait');
    expect(result.messages[2]!.message).toBe('Say it kindly: "As I mentioned"');
  });

  it('fixes the substitutions in place with --fix, and a second --fix changes nothing', () => {
    const dir = project({ 'draft.md': COACH_DRAFT, 'styles/coach.yml': COACH_STYLE, '.networklintrc.json': COACH_CONFIG });
    const result = lintJson(dir, ['draft.md', '--fix']);
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(COACH_FIXED);
    expect(result.output).toBe(COACH_FIXED);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['coach/empty-nudge', 'coach/empty-nudge', 'coach/empty-nudge', 'coach/empty-nudge', 'coach/empty-nudge']);
    const again = lintJson(dir, ['draft.md', '--fix']);
    expect(again.output).toBeUndefined();
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(COACH_FIXED);
  });

  it('does not flag a phrase inside a longer word, across a hyphen, in quotation marks, code or a block quote', () => {
    const draft = [
      'Recircling back is a word I made up; circling backwards is another; back-to-back circling back-office too.',
      'My coach says "circling back" is lazy, and `touching base` is code.',
      '',
      '> Circling back, as you wrote.',
      '',
      'Untouching baseline checks, pre-touching base plates.',
      '',
    ].join('\n');
    const dir = project({ 'draft.md': draft, 'styles/coach.yml': COACH_STYLE, '.networklintrc.json': COACH_CONFIG });
    expect(lintJson(dir, ['draft.md']).messages.filter((m) => m.ruleId?.startsWith('coach/'))).toEqual([]);
  });

  it('reads phrases literally: regular-expression characters mean themselves', () => {
    const style = 'name: lit\nrules:\n  - id: dots\n    message: "{{match}}"\n    existence: ["a.b", "(x+)+y", "c*"]\n';
    const dir = project({ 'draft.md': 'axb xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy cc and a.b then (x+)+y and c* done.\n', 's.yml': style, '.networklintrc.json': JSON.stringify({ rules: {}, styles: ['s.yml'] }) });
    expect(lintJson(dir, ['draft.md']).messages.map((m) => `${m.column}-${m.endColumn}`)).toEqual(['46-49', '55-61', '66-68']);
  });

  it('works from JSON, and is configured, disabled and explained like any rule', () => {
    const style = JSON.stringify({ name: 'team', rules: [{ id: 'no-asap', severity: 'error', message: 'Give a date instead of "{{match}}"', description: 'Give a date, not ASAP.', existence: ['ASAP'] }] });
    const dir = project({
      'draft.md': 'Could you reply ASAP?\n\n<!-- netlint-disable-next-line team/no-asap -- quoting the client -->\nThey said asap.\n',
      'team.json': style,
      '.networklintrc.json': JSON.stringify({ rules: { 'team/no-asap': 'warn' }, styles: ['./team.json'] }),
    });
    const result = lintJson(dir, ['draft.md']);
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity}`)).toEqual(['1:17 team/no-asap 1']);
    const explain = netlint(['--explain', 'team/no-asap'], { cwd: dir });
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('team/no-asap\n============');
    expect(explain.stdout).toContain('Give a date, not ASAP.');
    expect(explain.stdout).toContain('✗ ASAP');
  });

  it('ships the follow-up example in fixtures/styles, with a draft that shows it', () => {
    const result = lintJson(repoRoot, ['fixtures/styles/follow-up-draft.md']);
    expect(result.messages.filter((m) => m.ruleId?.startsWith('followup/')).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '7:1 followup/circling-back',
      '7:45 followup/per-my-last',
      '10:1 followup/circling-back',
    ]);
    const explain = netlint(['--explain', 'followup/circling-back', '--config', 'fixtures/styles/.networklintrc.yml']);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('"circling back" says nothing new: add one new fact or question, or wait');
  });

  it('with --cache, a changed style file changes the findings', () => {
    const dir = project({ 'draft.md': 'Touching base about my note.\n', 's.yml': 'name: s\nrules:\n  - id: a\n    message: "{{match}}"\n    existence: [circling back]\n', '.networklintrc.json': JSON.stringify({ rules: {}, styles: ['s.yml'] }) });
    expect(lintJson(dir, ['draft.md', '--cache']).messages).toEqual([]);
    writeFileSync(path.join(dir, 's.yml'), 'name: s\nrules:\n  - id: a\n    message: "{{match}}"\n    existence: [circling back, touching base]\n');
    expect(lintJson(dir, ['draft.md', '--cache']).messages.map((m) => m.message)).toEqual(['Touching base']);
  });

  it('loads under --untrusted from inside the tree, never from outside it or through a link out of it', () => {
    const dir = project({ 'draft.md': 'Circling back on this.\n', 'styles/coach.yml': COACH_STYLE, '.networklintrc.json': COACH_CONFIG });
    expect(lintJson(dir, ['draft.md', '--untrusted']).messages.map((m) => m.ruleId)).toContain('coach/empty-nudge');

    const outside = project({ 'coach.yml': COACH_STYLE });
    const viaPath = project({ 'draft.md': 'Circling back.\n', '.networklintrc.json': JSON.stringify({ styles: [path.join(outside, 'coach.yml')] }) });
    const refused = netlint(['draft.md', '--untrusted'], { cwd: viaPath });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`netlint: ${path.join(outside, 'coach.yml')}: --untrusted reads style files only from inside the linted tree (style listed in ${path.join(viaPath, '.networklintrc.json')})\n`);
    // Trusted, the same style file is read.
    expect(netlint(['draft.md'], { cwd: viaPath }).stdout).toContain('coach/empty-nudge');

    const viaLink = project({ 'draft.md': 'Circling back.\n', '.networklintrc.json': JSON.stringify({ styles: ['./coach.yml'] }) });
    symlinkSync(path.join(outside, 'coach.yml'), path.join(viaLink, 'coach.yml'));
    const linked = netlint(['draft.md', '--untrusted'], { cwd: viaLink });
    expect(linked.status).toBe(2);
    expect(linked.stderr).toContain('--untrusted reads style files only from inside the linted tree');
  });

  it('refuses a directory or a huge file as a style', () => {
    const dir = project({ 'draft.md': 'Hello.\n', '.networklintrc.json': JSON.stringify({ styles: ['./styles'] }) });
    mkdirSync(path.join(dir, 'styles'));
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/styles: a style file must be a regular file/);
    writeFileSync(path.join(dir, 'big.yml'), `name: big\nrules:\n  - id: a\n    message: m\n    existence: [${'"x", '.repeat(60_000)}"y"]\n`);
    writeFileSync(path.join(dir, '.networklintrc.json'), JSON.stringify({ styles: ['./big.yml'] }));
    expect(netlint(['draft.md'], { cwd: dir }).stderr).toMatch(/big\.yml: the style file is larger than 256 KiB/);
  });

  it.each([
    ['unknown key', 'name: s\nrules:\n  - id: a\n    message: m\n    existance: [x]\n', '"rules[0].existance"'],
    ['no message', 'name: s\nrules:\n  - id: a\n    existence: [x]\n', '"rules[0].message" must be the text to show'],
    ['both kinds', 'name: s\nrules:\n  - id: a\n    message: m\n    existence: [x]\n    substitution: { y: z }\n', '"rules[0]" needs exactly one of "existence"'],
    ['bad severity', 'name: s\nrules:\n  - id: a\n    severity: high\n    message: m\n    existence: [x]\n', '"rules[0].severity" must be "warn" or "error"'],
    ['unknown placeholder', 'name: s\nrules:\n  - id: a\n    message: "{{phrase}} is bad"\n    existence: [x]\n', '"rules[0].message" uses {{phrase}}'],
    ['replacement flagged again', 'name: s\nrules:\n  - id: a\n    message: m\n    substitution: { circling back: circling back with news }\n', '"rules[0].substitution": the replacement "circling back with news"'],
    ['bad name', 'name: Follow Up\nrules: []\n', '"name" must be lowercase letters'],
    ['not YAML', 'name: [\n', 'cannot parse:'],
  ])('a style file with %s exits 2 with one line naming the file and the key', (_, style, why) => {
    const dir = project({ 'draft.md': 'Hello.\n', 's.yml': style, '.networklintrc.json': JSON.stringify({ styles: ['s.yml'] }) });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    // A config error costs only the files it applies to: each gets it as a fatal finding.
    expect(run.stdout).toContain('Cannot lint this file: ');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toContain(`netlint: ${path.join(dir, 's.yml')}: `);
    expect(run.stderr).toContain(why);
  });
});

describe('config accept', () => {
  it('drops a finding about an accepted phrase, from a style or a built-in rule, and keeps sentence-wide findings', () => {
    const draft = 'Hi Maya, I loved your talk on forms. Circling back: would you be open to a quick chat?\n';
    const config = { rules: { 'unbounded-time-request': 'warn', 'no-reciprocity-offer': 'warn' }, styles: ['./styles/coach.yml'] };
    const before = project({ 'draft.md': draft, 'styles/coach.yml': COACH_STYLE, '.networklintrc.json': JSON.stringify(config) });
    expect(lintJson(before, ['draft.md']).messages.map((m) => m.ruleId)).toEqual(['coach/empty-nudge', 'no-reciprocity-offer', 'unbounded-time-request']);
    const after = project({ 'draft.md': draft, 'styles/coach.yml': COACH_STYLE, '.networklintrc.json': JSON.stringify({ ...config, accept: ['Circling  Back', 'quick chat'] }) });
    // no-reciprocity-offer points at the whole ask sentence, which holds "quick chat": it is about more than the phrase.
    expect(lintJson(after, ['draft.md']).messages.map((m) => m.ruleId)).toEqual(['no-reciprocity-offer']);
  });

  it('must be a list of phrases', () => {
    const dir = project({ 'draft.md': 'Hello.\n', '.networklintrc.json': JSON.stringify({ accept: [1] }) });
    const run = netlint(['draft.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`netlint: ${path.join(dir, '.networklintrc.json')}: accept[0]: must be a string, not 1\n`);
  });
});
