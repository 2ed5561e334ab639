/**
 * Machine formats for CI: SARIF that validates against the official 2.1.0
 * schema and says exactly what the JSON says, GitHub workflow commands with
 * GitHub's escaping, JUnit and Checkstyle XML that parse, and any ESLint
 * formatter package loaded by name.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import AjvDraft04 from 'ajv-draft-04';
import { XMLParser } from 'fast-xml-parser';
type AjvClass = typeof AjvDraft04.default;
// ajv-draft-04 is CommonJS: the types see `module.exports` as the default import (its `default` is the
// class), while vitest's interop hands over the class itself.
const Ajv: AjvClass = (AjvDraft04 as { default?: AjvClass }).default ?? (AjvDraft04 as unknown as AjvClass);
import { USER_DRAFT, CLEAN_DRAFT, WARNINGS_ONLY_DRAFT, netlint, project } from './cli-helpers.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

const files = { 'drafts/user.md': USER_DRAFT, 'drafts/clean.md': CLEAN_DRAFT, 'drafts/warn.txt': WARNINGS_ONLY_DRAFT, 'drafts/bad-front.md': '---\nchannel: fax\n---\nHi.\n' };

describe('sarif', () => {
  const dir = project(files);
  const sarif = JSON.parse(netlint(['drafts', '-f', 'sarif'], { cwd: dir }).stdout);
  const json = JSON.parse(netlint(['drafts', '-f', 'json'], { cwd: dir }).stdout);

  it('validates against the SARIF 2.1.0 schema', () => {
    // The official schema's language pattern is not valid with the u flag, so patterns compile without it.
    const validate = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('describes the tool and every rule from metadata', () => {
    const { driver } = sarif.runs[0].tool;
    expect(driver).toMatchObject({ name: 'netlint', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.stringMatching(/^https:\/\//) });
    const rule = driver.rules.find((r: { id: string }) => r.id === 'vague-advice-request');
    expect(rule).toMatchObject({ shortDescription: { text: expect.any(String) }, fullDescription: { text: expect.stringContaining('Seeking advice is too general') }, help: { text: expect.any(String) }, helpUri: expect.any(String), defaultConfiguration: { level: 'error' } });
    expect(sarif.runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('has one result per JSON finding, file for file and line for line', () => {
    const fromJson = json.flatMap((r: { filePath: string; messages: { ruleId: string | null; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }[] }) =>
      r.messages.map((m) => [path.relative(dir, r.filePath), m.ruleId ?? 'netlint-core', m.severity === 2 ? 'error' : 'warning', m.message, m.line, m.column, m.endLine, m.endColumn]),
    );
    const fromSarif = sarif.runs[0].results.map((r: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      return [decodeURIComponent(artifactLocation.uri), r.ruleId, r.level, r.message.text, region.startLine, region.startColumn, region.endLine, region.endColumn];
    });
    expect(fromSarif).toEqual(fromJson);
    expect(fromSarif.length).toBeGreaterThan(5);
  });
});

describe('github', () => {
  it('escapes %, CR, LF in messages and also : and , in properties', () => {
    const name = 'odd, name: 100% draft.md';
    const dir = project({ [name]: 'Can you give me some advice?\n' });
    const lines = netlint([name, '-f', 'github', '--rule', 'no-reciprocity-offer: off', '--rule', 'missing-personalization: off', '--rule', 'message-length: off'], { cwd: dir }).stdout.trim().split('\n');
    expect(lines).toEqual([
      '::error file=odd%2C name%3A 100%25 draft.md,line=1,col=17,endLine=1,endColumn=28,title=netlint (vague-advice-request)::Asking for "some advice" gives the reader no question to answer: ask 2–3 specific questions instead (for example "How does your team measure ramp-up in the first 90 days?").',
    ]);
  });

  it('escapes line breaks and percent signs in message text', async () => {
    const { escapeData, escapeProperty } = await import('../src/formatters/github.js');
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});

describe('xml formats', () => {
  const dir = project(files);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

  it('junit: one testsuite per file, one failure per finding', () => {
    const xml = netlint(['drafts', '-f', 'junit'], { cwd: dir }).stdout;
    const parsed = parser.parse(xml);
    const suites = [parsed.testsuites.testsuite].flat();
    const json = JSON.parse(netlint(['drafts', '-f', 'json'], { cwd: dir }).stdout);
    expect(suites.map((s: { name: string }) => s.name)).toEqual(json.map((r: { filePath: string }) => path.relative(dir, r.filePath)));
    suites.forEach((suite: { failures: string; testcase: unknown }, i: number) => {
      expect(Number(suite.failures)).toBe(json[i].messages.length);
      const cases = [suite.testcase].flat() as { failure?: { message: string } }[];
      expect(cases.filter((c) => c.failure).map((c) => c.failure!.message)).toEqual(json[i].messages.map((m: { message: string }) => m.message));
    });
  });

  it('checkstyle: one error element per finding', () => {
    const parsed = parser.parse(netlint(['drafts', '-f', 'checkstyle'], { cwd: dir }).stdout);
    const fileElements = [parsed.checkstyle.file].flat() as { name: string; error?: unknown }[];
    const user = fileElements.find((f) => f.name.endsWith('user.md'))!;
    const errors = [user.error].flat() as { line: string; column: string; severity: string; source: string }[];
    expect(errors.map((e) => `${e.line}:${e.column} ${e.severity} ${e.source}`)).toContain('1:133 error netlint.rules.vague-advice-request');
  });
});

describe('ESLint formatters', () => {
  it('loads an installed ESLint formatter package by its short name', () => {
    // eslint-formatter-friendly is a dev dependency, resolved from the working directory.
    const run = netlint(['fixtures/sample-draft.md', '-f', 'friendly'], { cwd: path.join(import.meta.dirname, '..') });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('vague-advice-request');
  });

  it('loads a formatter module by path, and names an unknown format', () => {
    const dir = project({ 'draft.md': USER_DRAFT, 'count.cjs': 'module.exports = (results, context) => `${results[0].messages.length} findings; meta for ${Object.keys(context.rulesMeta).length} rules\\n`;' });
    expect(netlint(['draft.md', '-f', './count.cjs'], { cwd: dir }).stdout).toMatch(/^6 findings; meta for \d{2} rules\n$/);
    const unknown = netlint(['draft.md', '-f', 'nope'], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^netlint: Unknown format 'nope'/);
  });
});
