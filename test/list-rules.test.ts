/**
 * `--list-rules`: every rule known where you run it (built-in and the plugins
 * the config there loads), with its severity in that config and its one-line
 * description; `--format json` gives `{ id, severity, description, docsUrl }`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtins } from './helpers.js';
import { netlint, project, repoRoot } from './cli-helpers.js';

interface Listed {
  id: string;
  severity: 'off' | 'warn' | 'error';
  description: string;
  docsUrl: string | null;
}

describe('--list-rules', () => {
  it('lists every built-in rule at its netlint:recommended severity when there is no config', () => {
    const run = netlint(['--list-rules', '-f', 'json'], { cwd: project({}) });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const listed = JSON.parse(run.stdout) as Listed[];
    expect(listed.map((r) => r.id)).toEqual([...builtins.keys()].sort());
    for (const rule of listed) {
      const meta = builtins.get(rule.id)!.meta;
      expect(rule).toEqual({ id: rule.id, severity: meta.recommended || 'off', description: meta.description, docsUrl: `https://github.com/netlint/netlint#${rule.id}` });
    }
  });

  it("uses the working directory's config, including the plugin rules it loads", () => {
    const listed = JSON.parse(netlint(['--list-rules', '--format', 'json'], { cwd: path.join(repoRoot, 'fixtures', 'plugin-project') }).stdout) as Listed[];
    expect(listed.find((r) => r.id === 'acme/no-double-exclamation')).toEqual({ id: 'acme/no-double-exclamation', severity: 'error', description: 'Use at most one exclamation mark in a row.', docsUrl: null });
    expect(listed.find((r) => r.id === 'acme/cold-double-ask')).toMatchObject({ severity: 'off' });
    expect(listed.find((r) => r.id === 'vague-advice-request')).toMatchObject({ severity: 'error' });
  });

  it('follows the config and --rule', () => {
    const dir = project({ '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], rules: { 'form-letter-phrasing': 'off', 'self-centered': 'error' } }) });
    const listed = JSON.parse(netlint(['--list-rules', '-f', 'json', '--rule', 'too-many-asks: error'], { cwd: dir }).stdout) as Listed[];
    const severity = (id: string) => listed.find((r) => r.id === id)!.severity;
    expect([severity('form-letter-phrasing'), severity('self-centered'), severity('too-many-asks'), severity('vague-advice-request')]).toEqual(['off', 'error', 'error', 'error']);
  });

  it('prints one aligned line per rule: id, severity, description', () => {
    const run = netlint(['--list-rules'], { cwd: project({}) });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(builtins.size);
    const idWidth = Math.max(...[...builtins.keys()].map((id) => id.length));
    const meta = builtins.get('vague-advice-request')!.meta;
    expect(lines).toContain(`${'vague-advice-request'.padEnd(idWidth)}  error  ${meta.description}`);
    expect(lines).toContain(`${'self-centered'.padEnd(idWidth)}  off    ${builtins.get('self-centered')!.meta.description}`);
  });

  it('refuses a format it cannot list rules in, and an unreadable config, with one line and exit 2', () => {
    expect(netlint(['--list-rules', '-f', 'sarif'], { cwd: project({}) })).toMatchObject({ status: 2, stdout: '', stderr: "netlint: --list-rules prints text, or JSON with --format json; not 'sarif'\n" });
    const bad = netlint(['--list-rules'], { cwd: project({ '.networklintrc.json': '{ "rules": { "nope": "error" } }' }) });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^netlint: .*\.networklintrc\.json: rules: unknown rule 'nope'\n$/);
  });
});
