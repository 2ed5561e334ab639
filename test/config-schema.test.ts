/**
 * The config's JSON Schema, generated from rule metadata: what an editor sees
 * in the shipped file, and what netlint checks configs with (the same schema,
 * compiled ahead of time for the built-in rules, at run time for plugins').
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, MAX_GLOB_LENGTH } from '../src/config/schema.js';
import { validateConfig } from '../src/config/validate.js';
import type { Rule } from '../src/types.js';
import { builtins } from './helpers.js';

const root = path.join(import.meta.dirname, '..');
const published = JSON.parse(readFileSync(path.join(root, SCHEMA_FILE), 'utf8')) as {
  $schema: string;
  properties: Record<string, unknown>;
  definitions: { rules: { properties: Record<string, { items: [unknown, { properties: Record<string, { type: unknown; default: unknown }> }] }> } };
};

// As an editor would read the file: a plain draft-07 validator, none of netlint's code.
const Ajv = (createRequire(import.meta.url)('ajv') as typeof import('ajv')).default;
const editor = new Ajv({ allErrors: true, strict: false });
const editorValidate = editor.compile(published);
const accepts = (config: unknown) => editorValidate(config);

const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown;

describe('the shipped schema', () => {
  it('is a draft-07 schema listing every rule id, and each option with its type and default', () => {
    expect(published.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const rules = published.definitions.rules.properties;
    expect(Object.keys(rules).sort()).toEqual([...builtins.keys()].sort());
    for (const [id, rule] of builtins) {
      const options = rules[id]!.items[1].properties;
      expect(Object.keys(options)).toEqual(Object.keys(rule.meta.options ?? {}));
      for (const [name, spec] of Object.entries(rule.meta.options ?? {})) {
        expect(options[name]).toMatchObject({ default: spec.default });
      }
    }
    expect(Object.keys(published.properties)).toEqual(expect.arrayContaining(['$schema', 'extends', 'plugins', 'rules', 'overrides', 'defaults', 'ignores', 'templates']));
  });

  it('accepts the configs the project ships and documents, "$schema" and plugin rule ids', () => {
    expect(accepts(readJson('.networklintrc.example.json'))).toBe(true);
    expect(accepts(readJson('fixtures/plugin-project/.networklintrc.json'))).toBe(true);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const documented = /## Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(accepts(JSON.parse(documented))).toBe(true);
    expect(accepts({ $schema: './node_modules/netlint/networklintrc.schema.json', plugins: ['netlint-plugin-acme'], extends: ['netlint:recommended', 'acme/recommended', 'plugin:acme/strict'], rules: { 'acme/anything': ['warn', { any: 1 }] } })).toBe(true);
  });

  it.each([
    ['a prototype name as a severity', { rules: { 'vague-advice-request': 'constructor' } }],
    ['"__proto__" as a severity', { rules: { 'vague-advice-request': '__proto__' } }],
    ['an unknown rule', { rules: { 'vauge-advice-request': 'off' } }],
    ['an unknown option', { rules: { 'too-many-asks': ['warn', { maxx: 3 }] } }],
    ['an option of the wrong type', { rules: { 'too-many-asks': ['warn', { max: '3' }] } }],
    ['an unknown key', { rulez: {} }],
    ['a glob longer than the cap', { overrides: [{ files: ['a'.repeat(MAX_GLOB_LENGTH + 1)] }] }],
    ['an override without files', { overrides: [{ rules: {} }] }],
    ['a date that is not YYYY-MM-DD', { defaults: { deadline: 'next week' } }],
  ])('rejects %s', (_, config) => {
    expect(accepts(config)).toBe(false);
  });
});

describe('validateConfig', () => {
  const fails = (config: unknown, options?: Parameters<typeof validateConfig>[2]) => validateConfig(config, '/p/.networklintrc.json', options).then(() => 'valid', (error: Error) => error.message);

  it('passes valid configs', async () => {
    expect(await fails(readJson('.networklintrc.example.json'))).toBe('valid');
    expect(await fails({ $schema: 'x', extends: 'netlint:strict', ignores: 'archive/**', templates: { files: 'templates/**', allowedVariables: ['first_name'] }, rules: { 'too-many-asks': 2, 'message-length': ['warn'] } })).toBe('valid');
  });

  it('names the key path and what is allowed, in one line', async () => {
    expect(await fails({ overrides: [{ files: ['a/**'] }, { files: 'b/**', rules: { 'too-many-asks': ['warn', { max: 0 }] } }] })).toBe('/p/.networklintrc.json: overrides[1].rules.too-many-asks[1].max: must be at least 1, not 0');
    expect(await fails({ rules: { 'vague-advice-request': [] } })).toBe('/p/.networklintrc.json: rules.vague-advice-request: must be a severity or [severity, { options }]');
    expect(await fails({ rules: { 'vague-advice-request': ['warn', {}, 3] } })).toBe('/p/.networklintrc.json: rules.vague-advice-request: must be a severity or [severity, { options }]');
    expect(await fails({ templates: { files: [] } })).toBe('/p/.networklintrc.json: templates.files: must name at least one glob');
    expect(await fails({ plugins: [3] })).toBe('/p/.networklintrc.json: plugins[0]: must be a string, not 3');
    expect(await fails({ $import: './x.json' })).toBe('/p/.networklintrc.json: unknown key "$import" ($import is not supported: netlint reads only the config file itself)');
    expect(await fails({ rules: { 'vague-advice-request': 'warning' } })).toBe('/p/.networklintrc.json: rules.vague-advice-request: severity must be "off", "warn", "error", 0, 1 or 2, not "warning" (did you mean \'warn\'?)');
  });

  it("checks a plugin's rules and options against the plugin's metadata", async () => {
    const rule: Rule = { meta: { description: 'Use at most one exclamation mark in a row.', recommended: 'warn', options: { max: { type: 'number', default: 1, minimum: 1, description: 'Marks allowed.' } }, messages: { doubled: 'x' }, docs: { why: '', bad: [], good: [] } }, create: () => ({}) };
    const pluginRegistry = new Map([...builtins, ['acme/no-double-exclamation', rule]]);
    expect(await fails({ plugins: ['acme'], rules: { 'acme/no-double-exclamation': ['error', { max: 2 }] } }, { pluginRegistry })).toBe('valid');
    expect(await fails({ plugins: ['acme'], rules: { 'acme/no-double-exclamation': ['error', { max: 'two' }] } }, { pluginRegistry })).toBe('/p/.networklintrc.json: rules.acme/no-double-exclamation[1].max: must be a number, not "two"');
    expect(await fails({ plugins: ['acme'], rules: { 'acme/no-double-exclamaton': 'warn' } }, { pluginRegistry })).toBe("/p/.networklintrc.json: rules: unknown rule 'acme/no-double-exclamaton' (did you mean 'acme/no-double-exclamation'?)");
  });
});
