/**
 * Every finding's rule has a documentation address: a rule's own
 * `meta.docs.url`, or for a built-in rule its row in the README's rule
 * table. SARIF (`helpUri`), ESLint's `json-with-metadata` and third-party
 * ESLint formatters (`rulesMeta[id].docs.url`) all give the same one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { netlint, project, repoRoot } from './cli-helpers.js';

const PLUGIN = `export default {
  name: 'acme',
  rules: {
    'documented': {
      meta: { description: 'Flags the word banana.', recommended: 'warn', messages: { m: 'No bananas.' }, docs: { why: 'Bananas distract.', bad: ['banana'], good: ['apple'], url: 'https://acme.example/rules/documented' } },
      create: (context) => ({ sentence(s) { const i = s.text.indexOf('banana'); if (i >= 0) context.report({ messageId: 'm', at: s.span(i, i + 6) }); } }),
    },
    'undocumented': {
      meta: { description: 'Flags the word cherry.', recommended: 'warn', messages: { m: 'No cherries.' }, docs: { why: 'Cherries distract.', bad: ['cherry'], good: ['apple'] } },
      create: (context) => ({ sentence(s) { const i = s.text.indexOf('cherry'); if (i >= 0) context.report({ messageId: 'm', at: s.span(i, i + 6) }); } }),
    },
  },
};
`;

const files = {
  '.networklintrc.json': JSON.stringify({ extends: ['netlint:recommended'], plugins: ['./acme.mjs'], rules: { 'acme/documented': 'warn', 'acme/undocumented': 'warn' } }),
  'acme.mjs': PLUGIN,
  'draft.md': 'Can you give me some advice about the banana and cherry trade?\n',
  'urls.cjs': 'module.exports = (results, context) => JSON.stringify(Object.fromEntries(Object.entries(context.rulesMeta).map(([id, m]) => [id, m.docs.url ?? null])));',
};

const README_URL = (id: string) => `https://github.com/netlint/netlint#${id}`;

describe('rule documentation URLs', () => {
  const dir = project(files);

  it('a built-in rule points at its row in the README rule table, which has that anchor', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const sarif = JSON.parse(netlint(['draft.md', '-f', 'sarif'], { cwd: dir }).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'vague-advice-request');
    expect(rule.helpUri).toBe(README_URL('vague-advice-request'));
    expect(readme).toContain('<a id="vague-advice-request"></a>');
  });

  it("SARIF helpUri is the plugin rule's meta.docs.url, and absent when the plugin gives none", () => {
    const sarif = JSON.parse(netlint(['draft.md', '-f', 'sarif'], { cwd: dir }).stdout);
    const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri?: string }[];
    expect(rules.find((r) => r.id === 'acme/documented')!.helpUri).toBe('https://acme.example/rules/documented');
    // A made-up README anchor for a rule netlint does not document would be a dead link.
    expect(rules.find((r) => r.id === 'acme/undocumented')!.helpUri).toBeUndefined();
  });

  it('third-party ESLint formatters read the same URLs from rulesMeta', () => {
    const urls = JSON.parse(netlint(['draft.md', '-f', './urls.cjs'], { cwd: dir }).stdout);
    expect(urls['acme/documented']).toBe('https://acme.example/rules/documented');
    expect(urls['acme/undocumented']).toBeNull();
    expect(urls['vague-advice-request']).toBe(README_URL('vague-advice-request'));
  });

  it("-f json-with-metadata gives ESLint's { results, metadata: { rulesMeta } } with each rule's docs URL", () => {
    const run = netlint(['draft.md', '-f', 'json-with-metadata'], { cwd: dir });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.results[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('acme/documented');
    expect(report.metadata.cwd).toBe(dir);
    expect(report.metadata.rulesMeta['acme/documented'].docs.url).toBe('https://acme.example/rules/documented');
    expect(report.metadata.rulesMeta['vague-advice-request'].docs).toMatchObject({ url: README_URL('vague-advice-request'), description: expect.any(String) });
  });
});
