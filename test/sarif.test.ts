/**
 * SARIF `partialFingerprints`: GitHub code scanning matches alerts across runs
 * by them, and without them it falls back to the line, so an edit above a
 * finding re-opens it as a new alert. netlint's fingerprint is a hash of the
 * rule id, the file path and the text the finding points at, plus which
 * occurrence of that text it is.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { netlint, project } from './cli-helpers.js';

const FINGERPRINT = 'netlintFindingHash/v1';
const DRAFT = 'Hi [Name], I read your post on ramp-up at [Company]. May I ask you two questions by e-mail, [Name]? I hope I can help you in some way, as well.\n';

interface SarifResult {
  ruleId: string;
  partialFingerprints?: Record<string, string>;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
}

function sarifResults(args: string[], cwd: string): SarifResult[] {
  const run = netlint([...args, '-f', 'sarif'], { cwd });
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;
}

/** `rule line:column fingerprint` of each placeholder finding. */
function placeholders(results: SarifResult[]): { ruleId: string; at: string; fingerprint: string | undefined }[] {
  return results
    .filter((r) => r.ruleId === 'unfilled-placeholder')
    .map((r) => {
      const { region } = r.locations[0]!.physicalLocation;
      return { ruleId: r.ruleId, at: `${region.startLine}:${region.startColumn}`, fingerprint: r.partialFingerprints?.[FINGERPRINT] };
    });
}

describe('SARIF partialFingerprints', () => {
  it('every result has one, the same on every run', () => {
    const dir = project({ 'a.md': DRAFT });
    const first = sarifResults(['a.md'], dir);
    expect(first.length).toBeGreaterThan(2);
    for (const result of first) expect(result.partialFingerprints?.[FINGERPRINT]).toMatch(/^[0-9a-f]{32,}$/);
    expect(sarifResults(['a.md'], dir)).toEqual(first);
  });

  it('a line inserted above a finding moves it but keeps its fingerprint', () => {
    const dir = project({ 'a.md': DRAFT });
    const before = placeholders(sarifResults(['a.md'], dir));
    writeFileSync(path.join(dir, 'a.md'), `---\nchannel: email\n---\n\n${DRAFT}`);
    const after = placeholders(sarifResults(['a.md'], dir));
    expect(after.map((r) => r.at)).toEqual(['5:4', '5:43', '5:93']);
    expect(before.map((r) => r.at)).toEqual(['1:4', '1:43', '1:93']);
    for (const { fingerprint } of before) expect(fingerprint).toMatch(/^[0-9a-f]{32,}$/);
    expect(after.map((r) => r.fingerprint)).toEqual(before.map((r) => r.fingerprint));
  });

  it('two identical findings in one file get different fingerprints, and so does the same finding in another file', () => {
    const dir = project({ 'a.md': DRAFT, 'b.md': DRAFT });
    const results = sarifResults(['a.md', 'b.md'], dir);
    const inA = placeholders(results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'a.md'));
    const inB = placeholders(results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'b.md'));
    // "[Name]" twice in a.md: the same rule, file and text, told apart by occurrence.
    expect(inA[0]!.fingerprint).toBeDefined();
    expect(inA[0]!.fingerprint).not.toBe(inA[2]!.fingerprint);
    expect(new Set([...inA, ...inB].map((r) => r.fingerprint)).size).toBe(6);
  });

  it('fingerprints standard input by the text piped in', () => {
    const dir = project({});
    const run = netlint(['--stdin', '--stdin-filename', 'draft.md', '-f', 'sarif'], { cwd: dir, input: DRAFT });
    const fromStdin = placeholders((JSON.parse(run.stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results);
    for (const { fingerprint } of fromStdin) expect(fingerprint).toMatch(/^[0-9a-f]{32,}$/);
    writeFileSync(path.join(dir, 'draft.md'), DRAFT);
    expect(fromStdin.map((r) => r.fingerprint)).toEqual(placeholders(sarifResults(['draft.md'], dir)).map((r) => r.fingerprint));
  });
});
