/**
 * Checks a config object against the schema of `schema.ts` with ajv, and
 * turns the first mistake into one line: where it is (file and key path),
 * what is allowed there, and the closest known name for a misspelt one.
 */
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import type { Rule } from '../types.js';
import { ConfigError } from '../errors.js';
import { didYouMean } from '../did-you-mean.js';
import { AJV_OPTIONS, BUILTIN_PRESETS, DATE_FORMAT, MAX_GLOB_LENGTH, PLUGIN_RULE_ID, SEVERITY_VALUES, configSchema } from './schema.js';
import { validateBuiltinConfig } from './builtin-validator.generated.js';

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Validators compiled at run time, one per set of rules with plugins in it. */
const pluginValidators = new WeakMap<ReadonlyMap<string, Rule>, Promise<Validator>>();

/**
 * The built-in rules' validator is compiled ahead of time; a config's plugins add rules, so
 * their validator is compiled here, with ajv loaded only then.
 */
function validatorFor(pluginRegistry: ReadonlyMap<string, Rule> | undefined): Promise<Validator> {
  if (!pluginRegistry) return Promise.resolve(validateBuiltinConfig as Validator);
  let pending = pluginValidators.get(pluginRegistry);
  if (!pending) {
    pending = Promise.resolve().then(() => {
      // Required, not imported: the CLI bundle runs as a script compiled with a code cache, where import() is not available.
      const Ajv = (createRequire(import.meta.url)('ajv') as typeof import('ajv')).default;
      const ajv = new Ajv(AJV_OPTIONS);
      ajv.addFormat('date', DATE_FORMAT);
      return ajv.compile(configSchema(pluginRegistry, { anyPluginRule: false }));
    });
    pluginValidators.set(pluginRegistry, pending);
  }
  return pending;
}

/** `/overrides/0/rules/acme~1foo` → `['overrides', 0, 'rules', 'acme/foo']`. */
function segments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

/** `overrides[0].rules.acme/foo`: a key path as a user would write it. */
function keyPath(parts: readonly (string | number)[]): string {
  return parts.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** A value quoted for a message, cut short if long. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function list(values: readonly unknown[]): string {
  const quoted = values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}

const SEVERITY_TEXT = `severity must be ${list(SEVERITY_VALUES)}`;

function article(type: string): string {
  return type === 'array' ? 'a list' : type === 'object' ? 'an object' : type === 'integer' ? 'a whole number' : `a ${type}`;
}

/**
 * Where an unknown key was found decides what it is called: a rule (under `rules`),
 * an option (in `[severity, { options }]`) or a config key.
 */
function unknownKey(parts: readonly (string | number)[], key: string, known: readonly string[]): { at: (string | number)[]; text: string } {
  const parent = parts.at(-1);
  if (parent === 'rules') {
    const hint = didYouMean(key, known) || (new RegExp(PLUGIN_RULE_ID).test(key) ? ` (is the plugin '${key.split('/')[0]}' listed in "plugins"?)` : '');
    return { at: [...parts], text: `unknown rule '${key}'${hint}` };
  }
  if (parent === 1 && parts.at(-3) === 'rules') {
    const ruleId = String(parts.at(-2));
    const options = known.length ? `options: ${known.join(', ')}` : 'it has no options';
    return { at: parts.slice(0, -1), text: `unknown option '${key}' for rule '${ruleId}'${didYouMean(key, known) || ` (${options})`}` };
  }
  const hint = key === '$import' ? ' ($import is not supported: netlint reads only the config file itself)' : didYouMean(key, known) || ` (expected ${known.join(', ')})`;
  return { at: [...parts], text: `unknown key "${key}"${hint}` };
}

/** The one line that says what is wrong, from ajv's first error (and the ones of the same branch). */
function describeError(errors: readonly ErrorObject[], value: unknown): { at: (string | number)[]; text: string } {
  // if/then/else adds an "if" error after the real one; anyOf's own error comes after its branches'.
  const error = errors.find((e) => e.keyword === 'anyOf') ?? errors.find((e) => e.keyword !== 'if') ?? errors[0]!;
  const parts = segments(error.instancePath);
  const data = error.data;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return unknownKey(parts, key, known);
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      const hint = typeof data === 'string' ? didYouMean(data, allowed.filter((v): v is string => typeof v === 'string')) : '';
      const isSeverity = allowed.length === SEVERITY_VALUES.length && SEVERITY_VALUES.every((v) => allowed.includes(v));
      return { at: parts, text: `${isSeverity ? SEVERITY_TEXT : `must be one of ${allowed.join(', ')}`}, not ${shown(data)}${hint}` };
    }
    case 'anyOf': {
      // Only the preset names use anyOf: a built-in name or a plugin's "prefix/name".
      const hint = (typeof data === 'string' && didYouMean(data, BUILTIN_PRESETS)) || ' (use netlint:recommended, netlint:strict or a config of a declared plugin, such as "acme/recommended")';
      return { at: parts, text: `cannot extend ${shown(data)}${hint}` };
    }
    case 'type': {
      const expected = (error.params as { type: string | string[] }).type;
      const types = (Array.isArray(expected) ? expected : expected.split(',')).map(article);
      return { at: parts, text: `must be ${types.join(' or ')}, not ${shown(data)}` };
    }
    case 'maxLength': {
      const limit = (error.params as { limit: number }).limit;
      const what = limit === MAX_GLOB_LENGTH ? 'a glob' : 'this value';
      return { at: parts, text: `${what} may be at most ${limit} characters long; this one has ${String(data).length}` };
    }
    case 'minLength':
      return { at: parts, text: 'must not be empty' };
    case 'minItems':
      return { at: parts, text: parts.at(-1) === 'files' ? 'must name at least one glob' : parts.at(-2) === 'rules' ? 'must be a severity or [severity, { options }]' : 'must not be an empty list' };
    case 'additionalItems':
    case 'maxItems':
      return { at: parts, text: 'must be a severity or [severity, { options }]' };
    case 'required':
      return { at: parts, text: `needs "${(error.params as { missingProperty: string }).missingProperty}"` };
    case 'minimum':
      return { at: parts, text: `must be at least ${(error.params as { limit: number }).limit}, not ${shown(data)}` };
    case 'format':
    case 'pattern':
      // Only dates have a format or a pattern (the presets' pattern is inside anyOf).
      return { at: parts, text: `must be a date such as 2026-03-14, not ${shown(data)}` };
    default:
      return { at: parts, text: `${error.message ?? 'is not allowed'} (value ${shown(value)})` };
  }
}

/**
 * Checks `config` against the config schema: for the built-in rules, or for the rules of
 * `pluginRegistry` (built-ins plus a config's plugins). Throws a ConfigError naming `where`
 * (the config file, or `--rule`) and the key path, minus `pathPrefix`.
 */
export async function validateConfig(config: unknown, where: string, options: { pluginRegistry?: ReadonlyMap<string, Rule>; pathPrefix?: readonly string[] } = {}): Promise<void> {
  const validate = await validatorFor(options.pluginRegistry);
  if (validate(config)) return;
  const { at, text } = describeError(validate.errors ?? [], config);
  const shownAt = at.slice(options.pathPrefix?.length ?? 0);
  throw new ConfigError(`${where}: ${shownAt.length ? `${keyPath(shownAt)}: ` : ''}${text}`);
}
