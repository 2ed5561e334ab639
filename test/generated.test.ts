/**
 * Everything derived from rule metadata must match it: the README rule
 * table, the example config, the presets and each rule's doc examples.
 * Run `npm run generate` after changing a rule's metadata.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleConfig, replaceRuleTable } from '../src/docs.js';
import { builtinPreset } from '../src/config/presets.js';
import { SCHEMA_FILE, configSchemaFileText } from '../src/config/schema.js';
import { GENERATED_VALIDATOR_FILE, builtinValidatorSource } from '../src/config/validator-source.js';
import { builtins, lint } from './helpers.js';
import { netlint, project } from './cli-helpers.js';

const root = path.join(import.meta.dirname, '..');

describe('generated files', () => {
  it('README rule table matches rule metadata (run `npm run generate`)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toBe(replaceRuleTable(readme, builtins));
    for (const id of builtins.keys()) expect(readme).toContain(`<a id="${id}"></a>\`${id}\` |`);
  });

  it('.networklintrc.example.json matches rule metadata and is a valid config', () => {
    const example = readFileSync(path.join(root, '.networklintrc.example.json'), 'utf8');
    expect(example).toBe(exampleConfig(builtins));
    const dir = project({ '.networklintrc.json': example, 'draft.md': 'Hi Sam, thank you for the call on Tuesday.\n' });
    expect(netlint(['draft.md'], { cwd: dir })).toMatchObject({ status: 0, stderr: '' });
  });

  it(`${SCHEMA_FILE} matches rule metadata (run \`npm run generate\`)`, () => {
    expect(readFileSync(path.join(root, SCHEMA_FILE), 'utf8')).toBe(configSchemaFileText(builtins));
  });

  it('the config validator compiled ahead of time matches the schema (run `npm run generate`)', () => {
    expect(readFileSync(path.join(root, GENERATED_VALIDATOR_FILE), 'utf8')).toBe(builtinValidatorSource(builtins));
  });

  it('every rule has a fixture folder, and every fixture folder a rule', () => {
    const folders = readdirSync(path.join(root, 'fixtures')).filter((f) => /^[a-z]+(-[a-z]+)+$/.test(f) && f !== 'plugin-project');
    // Thread rules are tested on conversation folders (fixtures/threads, test/threads.test.ts).
    expect(folders.sort()).toEqual([...builtins].filter(([, r]) => r.meta.scope !== 'thread').map(([id]) => id).sort());
  });

  it('recommended and strict presets come from meta.recommended', () => {
    const recommended = builtinPreset('netlint:recommended', builtins)!.rules!;
    const strict = builtinPreset('netlint:strict', builtins)!.rules!;
    for (const [id, rule] of builtins) {
      expect(recommended[id]).toBe(rule.meta.recommended || undefined);
      expect(strict[id]).toBe(rule.meta.recommended || 'warn');
    }
  });
});

describe.each([...builtins])('%s documentation', (id, rule) => {
  const isThreadRule = rule.meta.scope === 'thread';
  const defaults = rule.meta.docs.exampleFacts ?? {};
  it('has a description, a rationale, options with defaults and descriptions, and examples', () => {
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(rule.meta.docs.why.length).toBeGreaterThan(40);
    expect(rule.meta.docs.bad.length).toBeGreaterThan(0);
    expect(rule.meta.docs.good.length).toBeGreaterThan(0);
    for (const spec of Object.values(rule.meta.options ?? {})) {
      expect(spec.description.length).toBeGreaterThan(5);
      expect(spec).toHaveProperty('default');
    }
  });
  it.skipIf(isThreadRule).each(rule.meta.docs.bad)('flags the bad example: %s', (text) => {
    expect(lint(text, { rules: [id], defaults }).filter((m) => m.ruleId === id).length).toBeGreaterThan(0);
  });
  it.skipIf(isThreadRule).each(rule.meta.docs.good)('leaves the good example alone: %s', (text) => {
    expect(lint(text, { rules: [id], defaults }).filter((m) => m.ruleId === id)).toEqual([]);
  });
});
