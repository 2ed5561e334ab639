/**
 * The JSON Schema of a netlint config, built from rule metadata: every rule
 * id, each rule's options (type, default, description) and the config's
 * keys. `npm run generate` writes it for the built-in rules to
 * `networklintrc.schema.json` (for editors, via `"$schema"`); at run time the
 * same function builds the schema for the rules a config actually has
 * (built-ins plus its plugins'), and `validate.ts` checks configs with it.
 */
import type { Options as AjvOptions } from 'ajv';
import { CHANNELS, RELATIONSHIPS, STAGES } from '../types.js';
import type { OptionSpec, Rule } from '../types.js';

/** Where the generated schema lives, from the repository (and package) root. */
export const SCHEMA_FILE = 'networklintrc.schema.json';

/**
 * The longest glob a config may hold. Real globs are a few dozen characters; picomatch
 * refuses patterns over 64 KiB with an exception, and long ones cost time on every file.
 */
export const MAX_GLOB_LENGTH = 1000;

export const SEVERITY_VALUES = ['off', 'warn', 'error', 0, 1, 2] as const;

/** `acme/no-foo`: a rule of the plugin whose prefix is `acme`. */
export const PLUGIN_RULE_ID = '^[^/]+/.+$';

export const BUILTIN_PRESETS = ['netlint:recommended', 'netlint:strict'] as const;

/**
 * How ajv compiles the schema, for the built-in rules ahead of time (builtin-validator.generated.ts)
 * and for a config's plugins at run time: the first error only, with the data and schema it
 * concerns (validate.ts words it from them); shared code for `$ref`s, so each rule adds little.
 */
export const AJV_OPTIONS = { allErrors: false, verbose: true, inlineRefs: false, strict: true, strictTuples: false, strictTypes: false, allowUnionTypes: true } as const satisfies AjvOptions;

/** The `date` format (YYYY-MM-DD); whether the day exists is checked when the config is read. */
export const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

type JsonSchema = Record<string, unknown>;

function optionSchema(spec: OptionSpec): JsonSchema {
  const common = { description: spec.description, default: spec.default };
  switch (spec.type) {
    case 'number':
      return { type: 'number', ...(spec.minimum !== undefined && { minimum: spec.minimum }), ...common };
    case 'boolean':
      return { type: 'boolean', ...common };
    case 'string':
      return spec.enum ? { type: 'string', enum: [...spec.enum], ...common } : { type: 'string', ...common };
    case 'string[]':
      return { type: ['array', 'null'], items: { type: 'string' }, ...common };
  }
}

/**
 * A rule's setting: the shared shape (`#/definitions/setting`) and the rule's own options.
 * Written so that the code ajv generates per rule stays small (the shape is one function
 * for all rules), and so that a mistake gets the one error of the form it is in.
 */
function ruleSettingSchema(rule: Rule): JsonSchema {
  const options = rule.meta.options ?? {};
  return {
    description: rule.meta.description,
    allOf: [{ $ref: '#/definitions/setting' }],
    // Applies only when the setting is a list: [severity, { options }].
    items: [true, { type: 'object', properties: Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, optionSchema(spec)])), additionalProperties: false }],
  };
}

const glob = { type: 'string', minLength: 1, maxLength: MAX_GLOB_LENGTH };
const globs = (description: string) => ({
  description,
  if: { type: 'array' },
  then: { type: 'array', items: glob, minItems: 1 },
  else: glob,
});
const stringOrList = (description: string) => ({
  description,
  if: { type: 'array' },
  then: { type: 'array', items: { type: 'string', minLength: 1 } },
  else: { type: 'string', minLength: 1 },
});

export interface SchemaOptions {
  /**
   * Accept `plugin/rule` ids with any valid setting: the published schema cannot know
   * which plugins a config loads. At run time, once they are loaded, the schema lists
   * their rules instead, so an unknown one is an error and options are checked.
   */
  anyPluginRule: boolean;
}

/** The schema of a config under which the given rules exist. */
export function configSchema(rules: ReadonlyMap<string, Rule>, options: SchemaOptions): JsonSchema {
  const ids = [...rules.keys()].sort();
  const ruleSettings = Object.fromEntries(ids.map((id) => [id, ruleSettingSchema(rules.get(id)!)]));
  // The config's top-level keys. A new key is added here (and handled in resolve.ts).
  const topLevel: Record<string, JsonSchema> = {
    $schema: { type: 'string', description: 'The JSON Schema of this file, for editors: netlint ignores it.' },
    extends: {
      description: 'Shared configs, applied in order: netlint:recommended, netlint:strict, or a config of a declared plugin ("acme/recommended").',
      if: { type: 'array' },
      then: { type: 'array', items: { $ref: '#/definitions/preset' } },
      else: { $ref: '#/definitions/preset' },
    },
    plugins: stringOrList('Plugins: packages (resolved from the config file\'s directory) or paths (relative to the config file).'),
    styles: stringOrList('Style files: phrases as data (YAML or JSON), paths relative to the config file; each rule is reported as <style name>/<rule id>.'),
    accept: stringOrList('Phrases no rule reports: a finding whose words are one of these is dropped.'),
    rules: { $ref: '#/definitions/rules' },
    overrides: {
      description: 'Settings for some files: globs relative to the config file; later entries win.',
      type: 'array',
      items: {
        type: 'object',
        properties: { files: globs('Which files this override applies to.'), rules: { $ref: '#/definitions/rules' }, defaults: { $ref: '#/definitions/defaults' } },
        required: ['files'],
        additionalProperties: false,
      },
    },
    defaults: { $ref: '#/definitions/defaults' },
    ignores: { ...globs('Files not to lint: globs relative to the config file.'), then: { type: 'array', items: glob } },
    templates: {
      description: 'Which files are message templates, and the {{variables}} they may use.',
      type: 'object',
      properties: { files: globs('The template files.'), allowedVariables: { type: 'array', items: { type: 'string' }, description: 'The {{variables}} templates may use.' } },
      required: ['files'],
      additionalProperties: false,
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'netlint configuration',
    description: 'A netlint config file (.networklintrc.json, .networklintrc.yaml, the "networklint" key of package.json…).',
    type: 'object',
    properties: topLevel,
    additionalProperties: false,
    definitions: {
      severity: { description: '"off", "warn" or "error" (or 0, 1, 2).', enum: [...SEVERITY_VALUES] },
      setting: {
        description: 'A severity, or [severity, { options }].',
        if: { type: 'array' },
        then: { type: 'array', items: [{ $ref: '#/definitions/severity' }, { type: 'object' }], minItems: 1, additionalItems: false },
        else: { $ref: '#/definitions/severity' },
      },
      preset: {
        type: 'string',
        description: 'netlint:recommended, netlint:strict, or a config of a declared plugin such as "acme/recommended".',
        anyOf: [{ enum: [...BUILTIN_PRESETS] }, { pattern: '^(plugin:)?[^/:]+/.+$' }],
      },
      rules: {
        description: 'Rule ids to settings: "off", "warn", "error" (or 0, 1, 2), or [severity, { options }].',
        type: 'object',
        properties: ruleSettings,
        ...(options.anyPluginRule && { patternProperties: { [PLUGIN_RULE_ID]: { $ref: '#/definitions/setting' } } }),
        additionalProperties: false,
      },
      defaults: {
        description: 'Front-matter defaults for every message.',
        type: 'object',
        properties: {
          channel: { enum: [...CHANNELS] },
          stage: { enum: [...STAGES] },
          relationship: { enum: [...RELATIONSHIPS] },
          // The pattern too, for validators that do not check formats.
          deadline: { type: 'string', format: 'date', pattern: DATE_FORMAT.source, description: 'The interview, the application close… (YYYY-MM-DD).' },
          sent: { type: 'string', format: 'date', pattern: DATE_FORMAT.source, description: 'When messages go out (YYYY-MM-DD; default: today).' },
          recipient: { type: 'string', minLength: 1 },
          template: { type: 'boolean' },
        },
        additionalProperties: false,
      },
    },
  };
}

/** The text of the published schema file: any `plugin/rule` id allowed, since editors cannot load plugins. */
export function configSchemaFileText(rules: ReadonlyMap<string, Rule>): string {
  return `${JSON.stringify(configSchema(rules, { anyPluginRule: true }), null, 2)}\n`;
}
