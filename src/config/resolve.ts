/**
 * Turns a config file (or none) into the settings for one linted file:
 * extends → rules → matching overrides → command-line rules, each rule's
 * options validated against its metadata and merged with its defaults.
 */
import path from 'node:path';
import { compileGlobs, GlobError } from './glob.js';
import { createRequire } from 'node:module';
import { CHANNELS, RELATIONSHIPS, STAGES } from '../types.js';
import type { ConfigObject, FrontMatterDefaults, Rule, RuleOptions, RuleSetting, Severity } from '../types.js';
import type { ConfiguredRule } from '../engine/run.js';
import { ConfigError, UsageError } from '../errors.js';
import { toIsoDate } from '../message/front-matter.js';
import { builtinPreset } from './presets.js';
import { loadPlugin } from './plugins.js';
import type { ConfigFile } from './discover.js';

export interface RuleState {
  severity: Severity;
  options: RuleOptions;
}

export interface ResolvedConfig {
  configFile: string | null;
  rules: Record<string, RuleState>;
  defaults: FrontMatterDefaults;
  /** Every rule known for this file: built-ins and the plugins its config loads. */
  registry: ReadonlyMap<string, Rule>;
}

const TOP_LEVEL_KEYS = new Set(['extends', 'plugins', 'rules', 'overrides', 'defaults', 'ignores', 'templates']);
const DEFAULT_KEYS = new Set(['channel', 'stage', 'relationship', 'deadline', 'sent', 'recipient', 'template']);
const SEVERITIES: Record<string, Severity> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 };

export function parseSeverity(value: unknown, where: string): Severity {
  const severity = SEVERITIES[String(value)];
  if (severity === undefined || (typeof value !== 'string' && typeof value !== 'number')) {
    throw new ConfigError(`${where}: severity must be "off", "warn", "error", 0, 1 or 2, not ${JSON.stringify(value)}`);
  }
  return severity;
}

function validateOptions(ruleId: string, rule: Rule, options: unknown, where: string): RuleOptions {
  if (options === undefined) return {};
  if (!options || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError(`${where}: options for rule '${ruleId}' must be an object`);
  const specs = rule.meta.options ?? {};
  for (const [key, value] of Object.entries(options)) {
    const spec = specs[key];
    if (!spec) {
      const known = Object.keys(specs);
      throw new ConfigError(`${where}: rule '${ruleId}' has no option '${key}'${known.length ? ` (options: ${known.join(', ')})` : ''}`);
    }
    const ok =
      spec.type === 'string[]'
        ? value === null || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        : spec.type === 'number'
          ? typeof value === 'number' && Number.isFinite(value) && (spec.minimum === undefined || value >= spec.minimum)
          : typeof value === spec.type && (spec.type !== 'string' || !spec.enum || spec.enum.includes(value as string));
    if (!ok) {
      const expected = spec.type === 'string[]' ? 'a list of strings or null' : spec.type === 'string' && spec.enum ? `one of ${spec.enum.join(', ')}` : `a ${spec.type}${spec.type === 'number' && spec.minimum !== undefined ? ` ≥ ${spec.minimum}` : ''}`;
      throw new ConfigError(`${where}: option '${key}' of rule '${ruleId}' must be ${expected}, not ${JSON.stringify(value)}`);
    }
  }
  return options as RuleOptions;
}

export function defaultOptions(rule: Rule): RuleOptions {
  return Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([key, spec]) => [key, spec.default]));
}

function validateDefaults(value: unknown, where: string): FrontMatterDefaults {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${where}: "defaults" must be an object`);
  const result: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (!DEFAULT_KEYS.has(key)) throw new ConfigError(`${where}: unknown key "defaults.${key}" (expected ${[...DEFAULT_KEYS].join(', ')})`);
    const bad = (expected: string) => new ConfigError(`${where}: "defaults.${key}" must be ${expected}, not ${JSON.stringify(raw)}`);
    if (key === 'channel' && !(CHANNELS as readonly unknown[]).includes(raw)) throw bad(`one of ${CHANNELS.join(', ')}`);
    if (key === 'stage' && !(STAGES as readonly unknown[]).includes(raw)) throw bad(`one of ${STAGES.join(', ')}`);
    if (key === 'relationship' && !(RELATIONSHIPS as readonly unknown[]).includes(raw)) throw bad(`one of ${RELATIONSHIPS.join(', ')}`);
    if (key === 'template' && typeof raw !== 'boolean') throw bad('true or false');
    if (key === 'recipient' && typeof raw !== 'string') throw bad('a name');
    if (key === 'deadline' || key === 'sent') {
      const date = toIsoDate(raw);
      if (!date) throw bad('a date such as 2026-03-14');
      result[key] = date;
      continue;
    }
    result[key] = raw;
  }
  return result as FrontMatterDefaults;
}

function asStringList(value: unknown, where: string, key: string): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) throw new ConfigError(`${where}: "${key}" must be a string or a list of strings`);
  return list;
}

/** Config globs, matched in linear time (see glob.ts); a pattern it cannot take is a config error naming it. */
function globMatcher(globs: readonly string[], where: string, key: string, options: { basename?: boolean } = {}): (relative: string) => boolean {
  try {
    return compileGlobs(globs, options);
  } catch (error) {
    if (error instanceof GlobError) throw new ConfigError(`${where}: "${key}": ${error.message}`);
    throw error;
  }
}

function readTemplates(value: unknown, where: string): BaseConfig['templates'] {
  if (value === undefined) return null;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${where}: "templates" must be an object such as { "files": ["templates/**"], "allowedVariables": ["first_name"] }`);
  for (const key of Object.keys(value)) if (key !== 'files' && key !== 'allowedVariables') throw new ConfigError(`${where}: unknown key "templates.${key}" (expected files, allowedVariables)`);
  const { files, allowedVariables } = value as { files?: unknown; allowedVariables?: unknown };
  const globs = asStringList(files, where, 'templates.files');
  if (globs.length === 0) throw new ConfigError(`${where}: "templates.files" must name at least one glob`);
  return {
    matches: globMatcher(globs, where, 'templates.files', { basename: globs.every((g) => !g.includes('/')) }),
    allowedVariables: allowedVariables === undefined ? null : asStringList(allowedVariables, where, 'templates.allowedVariables'),
  };
}

/** Parses `--rule` values such as `vague-advice-request: off` or `message-length: [warn, {maxWords: 150}]`. */
export function parseCliRules(values: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const value of values) {
    let parsed: unknown;
    try {
      // YAML flow syntax reads `id: [warn, {max: 3}]`; the library loads only when --rule is used.
      parsed = (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(`{${value}}`);
    } catch {
      parsed = null;
    }
    if (!parsed || typeof parsed !== 'object') throw new UsageError(`Invalid --rule '${value}': expected 'rule-id: severity' or 'rule-id: [severity, {options}]'`);
    Object.assign(rules, parsed);
  }
  return rules;
}

interface BaseConfig {
  configFile: string | null;
  directory: string;
  registry: Map<string, Rule>;
  pluginConfigs: Map<string, ConfigObject>;
  rules: Record<string, RuleState>;
  defaults: FrontMatterDefaults;
  overrides: { matches: (relative: string) => boolean; rules: Record<string, RuleSetting>; defaults: FrontMatterDefaults }[];
  isIgnored: (relative: string) => boolean;
  /** Config `templates`: which files are templates, and the variables they may use. */
  templates: { matches: (relative: string) => boolean; allowedVariables: string[] | null } | null;
}

export class ConfigResolver {
  private readonly bases = new Map<string, Promise<BaseConfig>>();

  constructor(
    private readonly builtins: ReadonlyMap<string, Rule>,
    private readonly cliRules: Record<string, RuleSetting> = {},
    /** --untrusted: plugins are code, so a config that declares any is refused. */
    private readonly untrusted = false,
  ) {}

  /** Settings for one file under the given config file (null: built-in `netlint:recommended`). */
  async forFile(filePath: string, configFile: ConfigFile | null): Promise<ResolvedConfig & { ignored: boolean }> {
    const key = configFile?.filePath ?? '';
    let pending = this.bases.get(key);
    if (!pending) {
      pending = this.buildBase(configFile);
      this.bases.set(key, pending);
    }
    const base = await pending;
    const relative = path.relative(base.directory, path.resolve(filePath)).split(path.sep).join('/');
    const rules = { ...base.rules };
    let defaults = { ...base.defaults };
    const where = base.configFile ?? 'built-in config';
    for (const override of base.overrides) {
      if (!override.matches(relative)) continue;
      this.applyRules(rules, override.rules, base.registry, `${where}: overrides`);
      defaults = { ...defaults, ...override.defaults };
    }
    this.applyRules(rules, this.cliRules, base.registry, '--rule');
    if (base.templates?.matches(relative)) {
      defaults = { ...defaults, template: true };
      const placeholder = rules['unfilled-placeholder'];
      if (placeholder && base.templates.allowedVariables) rules['unfilled-placeholder'] = { ...placeholder, options: { ...placeholder.options, allowedVariables: base.templates.allowedVariables } };
    }
    return { configFile: base.configFile, rules, defaults, registry: base.registry, ignored: relative !== '' && !relative.startsWith('..') && base.isIgnored(relative) };
  }

  private async buildBase(file: ConfigFile | null): Promise<BaseConfig> {
    const config: ConfigObject = file?.config ?? { extends: ['netlint:recommended'] };
    const where = file?.filePath ?? 'built-in config';
    const directory = file ? path.dirname(file.filePath) : process.cwd();
    for (const key of Object.keys(config)) {
      if (!TOP_LEVEL_KEYS.has(key)) {
        const hint = key === '$import' ? ' ($import is not supported: netlint reads only the config file itself)' : ` (expected ${[...TOP_LEVEL_KEYS].join(', ')})`;
        throw new ConfigError(`${where}: unknown key "${key}"${hint}`);
      }
    }
    const registry = new Map(this.builtins);
    const pluginConfigs = new Map<string, ConfigObject>();
    const pluginSpecs = asStringList(config.plugins, where, 'plugins');
    if (this.untrusted && pluginSpecs.length > 0) {
      throw new ConfigError(`${where}: refusing to load plugins (${pluginSpecs.join(', ')}): --untrusted runs no code from the linted repository`);
    }
    for (const spec of pluginSpecs) {
      if (!file) break;
      const { prefix, plugin } = await loadPlugin(spec, file.filePath);
      for (const [id, rule] of Object.entries(plugin.rules ?? {})) registry.set(`${prefix}/${id}`, rule);
      for (const [name, preset] of Object.entries(plugin.configs ?? {})) pluginConfigs.set(`${prefix}/${name}`, preset);
    }
    const rules: Record<string, RuleState> = {};
    let defaults: FrontMatterDefaults = {};
    for (const name of asStringList(config.extends, where, 'extends')) {
      const preset = builtinPreset(name, this.builtins) ?? pluginConfigs.get(name.replace(/^plugin:/, ''));
      if (!preset) throw new ConfigError(`${where}: cannot extend "${name}" (use netlint:recommended, netlint:strict or a config of a declared plugin, such as "acme/recommended")`);
      this.applyRules(rules, preset.rules ?? {}, registry, `${where}: extends "${name}"`);
      defaults = { ...defaults, ...validateDefaults(preset.defaults, `${where}: extends "${name}"`) };
    }
    if (config.rules !== undefined && (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules))) {
      throw new ConfigError(`${where}: "rules" must be an object of rule ids to settings`);
    }
    this.applyRules(rules, config.rules ?? {}, registry, where);
    defaults = { ...defaults, ...validateDefaults(config.defaults, where) };

    if (config.overrides !== undefined && !Array.isArray(config.overrides)) throw new ConfigError(`${where}: "overrides" must be a list`);
    const overrides = (config.overrides ?? []).map((override, index) => {
      const at = `${where}: overrides[${index}]`;
      if (!override || typeof override !== 'object') throw new ConfigError(`${at} must be an object`);
      for (const key of Object.keys(override)) if (!['files', 'rules', 'defaults'].includes(key)) throw new ConfigError(`${at}: unknown key "${key}" (expected files, rules, defaults)`);
      const globs = asStringList(override.files, at, 'files');
      if (globs.length === 0) throw new ConfigError(`${at}: "files" must name at least one glob`);
      const overrideRules = override.rules ?? {};
      // Validate now so a mistake is reported even if no file matches.
      this.applyRules({}, overrideRules, registry, at);
      return { matches: globMatcher(globs, at, 'files', { basename: globs.every((g) => !g.includes('/')) }), rules: overrideRules, defaults: validateDefaults(override.defaults, at) };
    });
    const ignoreGlobs = asStringList(config.ignores, where, 'ignores');
    const isIgnored = ignoreGlobs.length ? globMatcher(ignoreGlobs, where, 'ignores') : () => false;
    return { configFile: file?.filePath ?? null, directory, registry, pluginConfigs, rules, defaults, overrides, isIgnored, templates: readTemplates(config.templates, where) };
  }

  private applyRules(target: Record<string, RuleState>, settings: Record<string, RuleSetting>, registry: ReadonlyMap<string, Rule>, where: string): void {
    for (const [ruleId, setting] of Object.entries(settings)) {
      const rule = registry.get(ruleId);
      if (!rule) {
        const plugin = ruleId.includes('/') ? ` (is the plugin '${ruleId.split('/')[0]}' listed in "plugins"?)` : '';
        throw new ConfigError(`${where}: unknown rule '${ruleId}'${plugin}`);
      }
      const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
      const severity = parseSeverity(level, `${where}: rule '${ruleId}'`);
      const given = validateOptions(ruleId, rule, options, where);
      const previous = target[ruleId]?.options ?? defaultOptions(rule);
      // As in ESLint, a severity alone keeps the options set earlier.
      target[ruleId] = { severity, options: options === undefined ? previous : { ...defaultOptions(rule), ...given } };
    }
  }
}

export function enabledRules(config: ResolvedConfig): ConfiguredRule[] {
  return Object.entries(config.rules)
    .filter(([, state]) => state.severity > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) // not localeCompare: see compareFindings
    .map(([id, state]) => ({ id, rule: config.registry.get(id)!, severity: state.severity as 1 | 2, options: state.options }));
}
