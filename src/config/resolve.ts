/**
 * Turns a config file (or none) into the settings for one linted file:
 * extends → rules → matching overrides → command-line rules. Each config is
 * first checked against the schema built from rule metadata (validate.ts),
 * so what is merged here is known to be valid; options merge with defaults.
 */
import path from 'node:path';
import { compileGlobs, GlobError } from './glob.js';
import { createRequire } from 'node:module';
import type { ConfigObject, FrontMatterDefaults, Rule, RuleOptions, RuleSetting, Severity } from '../types.js';
import type { ConfiguredRule } from '../engine/run.js';
import { ConfigError, UsageError } from '../errors.js';
import { toIsoDate } from '../message/front-matter.js';
import { builtinPreset } from './presets.js';
import { defaultOptions } from '../core.js';
import { loadPlugin } from './plugins.js';
import { validateConfig } from './validate.js';
import { BUILTIN_PRESETS } from './schema.js';
import { didYouMean } from '../did-you-mean.js';
import { loadStyle, type Style } from './styles.js';
import { acceptedPhrases } from '../text/phrases.js';
import type { ConfigFile } from './discover.js';

export interface RuleState {
  severity: Severity;
  options: RuleOptions;
}

export interface ResolvedConfig {
  configFile: string | null;
  rules: Record<string, RuleState>;
  defaults: FrontMatterDefaults;
  /** Every rule known for this file: built-ins and the plugins and styles its config loads. */
  registry: ReadonlyMap<string, Rule>;
  /** Config `accept`: phrases no rule flags. */
  accept: readonly string[];
  /** True for the words of a finding about an accepted phrase (null: nothing accepted). */
  isAccepted: ((words: string) => boolean) | null;
  /** The styles the config loads, as read (their phrases change findings, so they key the cache). */
  styles: readonly Style[];
}

const SEVERITIES = new Map<unknown, Severity>([['off', 0], ['warn', 1], ['error', 2], [0, 0], [1, 1], [2, 2]]);

export { defaultOptions } from '../core.js';

/** A string, or a list of strings, as a list (the schema has checked which it is). */
function asList(value: string | readonly string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}

/**
 * Config globs, matched in linear time (see glob.ts): a pattern that backtracks cannot stall
 * the run. A glob with no "/" matches a file name in any folder, as with ESLint's `files`.
 */
function globMatcher(globs: readonly string[], where: string, key: string, options: { basename?: boolean } = { basename: globs.every((g) => !g.includes('/')) }): (relative: string) => boolean {
  try {
    return compileGlobs(globs, options);
  } catch (error) {
    if (error instanceof GlobError) throw new ConfigError(`${where}: ${key}: ${error.message}`);
    throw error;
  }
}

/** Dates as YYYY-MM-DD text: a YAML config's `deadline: 2026-03-14` arrives as a Date. */
function defaultsAsText(defaults: FrontMatterDefaults | undefined): FrontMatterDefaults | undefined {
  if (!defaults || typeof defaults !== 'object') return defaults;
  const result: Record<string, unknown> = { ...defaults };
  for (const key of ['deadline', 'sent'] as const) {
    const value: unknown = result[key];
    if (typeof value === 'string' || value instanceof Date) result[key] = toIsoDate(value) ?? value;
  }
  return result as FrontMatterDefaults;
}

/** The schema checks a date's form (YYYY-MM-DD); this, that the day exists. */
function realDates(defaults: FrontMatterDefaults | undefined, where: string, at: string): FrontMatterDefaults {
  for (const key of ['deadline', 'sent'] as const) {
    const value = defaults?.[key];
    if (value !== undefined && toIsoDate(value) === undefined) throw new ConfigError(`${where}: ${at}.${key}: must be a date such as 2026-03-14, not ${JSON.stringify(value)}`);
  }
  return defaults ?? {};
}

function withDatesAsText(config: ConfigObject): ConfigObject {
  const result: ConfigObject = { ...config };
  if (config.defaults !== undefined) result.defaults = defaultsAsText(config.defaults)!;
  if (Array.isArray(config.overrides)) {
    result.overrides = config.overrides.map((override) => (override && typeof override === 'object' && override.defaults !== undefined ? { ...override, defaults: defaultsAsText(override.defaults)! } : override));
  }
  return result;
}

/** Parses `--rule` values such as `vague-advice-request: off` or `message-length: [warn, {maxWords: 150}]`. */
export function parseCliRules(values: readonly string[]): Record<string, RuleSetting> {
  // No prototype: `--rule '__proto__: error'` is then an unknown rule, not a lost setting.
  const rules: Record<string, RuleSetting> = Object.create(null) as Record<string, RuleSetting>;
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
  registry: ReadonlyMap<string, Rule>;
  pluginConfigs: Map<string, ConfigObject>;
  rules: Record<string, RuleState>;
  defaults: FrontMatterDefaults;
  overrides: { matches: (relative: string) => boolean; rules: Record<string, RuleSetting>; defaults: FrontMatterDefaults }[];
  isIgnored: (relative: string) => boolean;
  /** Config `templates`: which files are templates, and the variables they may use. */
  templates: { matches: (relative: string) => boolean; allowedVariables: string[] | null } | null;
  accept: string[];
  isAccepted: ((words: string) => boolean) | null;
  styles: Style[];
}

export class ConfigResolver {
  private readonly bases = new Map<string, Promise<BaseConfig>>();
  /** `--rule` checked once per set of rules (built-ins, or built-ins plus a config's plugins). */
  private readonly cliRulesChecked = new WeakMap<ReadonlyMap<string, Rule>, Promise<void>>();

  constructor(
    private readonly builtins: ReadonlyMap<string, Rule>,
    private readonly cliRules: Record<string, RuleSetting> = {},
    /** --untrusted: plugins are code, so a config that declares any is refused. */
    private readonly untrusted = false,
    /** The linted tree: under --untrusted, style files are read only from inside it. */
    private readonly root = process.cwd(),
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
    await this.checkCliRules(base.registry);
    const relative = path.relative(base.directory, path.resolve(filePath)).split(path.sep).join('/');
    const rules = { ...base.rules };
    let defaults = { ...base.defaults };
    for (const override of base.overrides) {
      if (!override.matches(relative)) continue;
      applyRules(rules, override.rules, base.registry);
      defaults = { ...defaults, ...override.defaults };
    }
    applyRules(rules, this.cliRules, base.registry);
    if (base.templates?.matches(relative)) {
      defaults = { ...defaults, template: true };
      const placeholder = rules['unfilled-placeholder'];
      if (placeholder && base.templates.allowedVariables) rules['unfilled-placeholder'] = { ...placeholder, options: { ...placeholder.options, allowedVariables: base.templates.allowedVariables } };
    }
    return { configFile: base.configFile, rules, defaults, registry: base.registry, accept: base.accept, isAccepted: base.isAccepted, styles: base.styles, ignored: relative !== '' && !relative.startsWith('..') && base.isIgnored(relative) };
  }

  private checkCliRules(registry: ReadonlyMap<string, Rule>): Promise<void> {
    if (Object.keys(this.cliRules).length === 0) return Promise.resolve();
    let pending = this.cliRulesChecked.get(registry);
    if (!pending) {
      pending = validateConfig({ rules: this.cliRules }, '--rule', { pathPrefix: ['rules'], ...(registry !== this.builtins && { pluginRegistry: registry }) });
      this.cliRulesChecked.set(registry, pending);
    }
    return pending;
  }

  private async buildBase(file: ConfigFile | null): Promise<BaseConfig> {
    const config: ConfigObject = file ? withDatesAsText(file.config) : { extends: ['netlint:recommended'] };
    const where = file?.filePath ?? 'built-in config';
    const directory = file ? path.dirname(file.filePath) : process.cwd();
    // A config that declares plugins or styles is checked once they are loaded (their rules are
    // part of its schema); before that, only those lists, so that nothing else is loaded for it.
    const declaresExtensions = config.plugins !== undefined || config.styles !== undefined;
    if (file) await validateConfig(declaresExtensions ? { plugins: config.plugins, styles: config.styles } : config, where);
    const pluginSpecs = asList(config.plugins);
    if (this.untrusted && pluginSpecs.length > 0) {
      throw new ConfigError(`${where}: refusing to load plugins (${pluginSpecs.join(', ')}): --untrusted runs no code from the linted repository`);
    }
    let registry: ReadonlyMap<string, Rule> = this.builtins;
    const pluginConfigs = new Map<string, ConfigObject>();
    if (file && pluginSpecs.length > 0) {
      const withPlugins = new Map(this.builtins);
      for (const spec of pluginSpecs) {
        const { prefix, plugin } = await loadPlugin(spec, file.filePath);
        for (const [id, rule] of Object.entries(plugin.rules)) withPlugins.set(`${prefix}/${id}`, rule);
        for (const [name, preset] of Object.entries(plugin.configs ?? {})) pluginConfigs.set(`${prefix}/${name}`, preset);
      }
      registry = withPlugins;
    }
    // Styles are data, not code: they load under --untrusted too, then only from inside the tree.
    const styles: Style[] = [];
    const styleConfigs: ConfigObject[] = [];
    const styleSpecs = file ? asList(config.styles) : [];
    if (file && styleSpecs.length > 0) {
      const withStyles = new Map(registry);
      for (const spec of styleSpecs) {
        const { style, plugin } = await loadStyle(spec, file.filePath, this.untrusted ? { insideTree: this.root } : {});
        if ([...withStyles.keys()].some((id) => id.startsWith(`${style.name}/`))) throw new ConfigError(`${where}: style "${spec}" is named "${style.name}", which a plugin or another style already uses`);
        for (const [id, rule] of Object.entries(plugin.rules ?? {})) withStyles.set(`${style.name}/${id}`, rule);
        for (const [name, preset] of Object.entries(plugin.configs ?? {})) pluginConfigs.set(`${style.name}/${name}`, preset);
        styleConfigs.push(plugin.configs?.['recommended'] ?? {});
        styles.push(style);
      }
      registry = withStyles;
    }
    if (file && declaresExtensions) await validateConfig(config, where, registry === this.builtins ? {} : { pluginRegistry: registry });
    const accept = asList(config.accept);
    const rules: Record<string, RuleState> = {};
    let defaults: FrontMatterDefaults = {};
    for (const name of asList(config.extends)) {
      const preset = builtinPreset(name, this.builtins) ?? pluginConfigs.get(name.replace(/^plugin:/, ''));
      if (!preset) {
        const prefix = name.replace(/^plugin:/, '').split('/')[0]!;
        const declared = [...pluginConfigs.keys()].some((key) => key.startsWith(`${prefix}/`)) || [...registry.keys()].some((id) => id.startsWith(`${prefix}/`));
        const hint =
          didYouMean(name, [...BUILTIN_PRESETS, ...pluginConfigs.keys()]) ||
          (declared ? ` (the plugin '${prefix}' has no such config)` : ` (is the plugin '${prefix}' listed in "plugins"?)`);
        throw new ConfigError(`${where}: cannot extend "${name}"${hint}`);
      }
      const fromPlugin = !builtinPreset(name, this.builtins);
      const checked = fromPlugin ? withDatesAsText(preset) : preset;
      if (fromPlugin) await validateConfig(checked, `${where}: extends "${name}"`, { pluginRegistry: registry });
      applyRules(rules, checked.rules ?? {}, registry);
      defaults = { ...defaults, ...realDates(checked.defaults, `${where}: extends "${name}"`, 'defaults') };
    }
    // Listing a style turns its rules on at the severities it gives; "rules" may still change them.
    for (const preset of styleConfigs) applyRules(rules, preset.rules ?? {}, registry);
    applyRules(rules, config.rules ?? {}, registry);
    defaults = { ...defaults, ...realDates(config.defaults, where, 'defaults') };
    const overrides = (config.overrides ?? []).map((override, index) => ({
      matches: globMatcher(asList(override.files), where, `overrides[${index}].files`),
      rules: override.rules ?? {},
      defaults: realDates(override.defaults, where, `overrides[${index}].defaults`),
    }));
    const ignoreGlobs = asList(config.ignores);
    const isIgnored = ignoreGlobs.length ? globMatcher(ignoreGlobs, where, 'ignores', {}) : () => false;
    const templates = config.templates ? { matches: globMatcher(asList(config.templates.files), where, 'templates.files'), allowedVariables: config.templates.allowedVariables ?? null } : null;
    return { configFile: file?.filePath ?? null, directory, registry, pluginConfigs, rules, defaults, overrides, isIgnored, templates, accept, isAccepted: acceptedPhrases(accept), styles };
  }
}

/** Applies rule settings that the schema has checked: ids exist, severities and options are valid. */
function applyRules(target: Record<string, RuleState>, settings: Record<string, RuleSetting>, registry: ReadonlyMap<string, Rule>): void {
  for (const [ruleId, setting] of Object.entries(settings)) {
    const rule = registry.get(ruleId)!;
    const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
    // As in ESLint, a severity alone keeps the options set earlier.
    const previous = target[ruleId]?.options ?? defaultOptions(rule);
    target[ruleId] = { severity: SEVERITIES.get(level)!, options: options === undefined ? previous : { ...defaultOptions(rule), ...options } };
  }
}

export function enabledRules(config: ResolvedConfig): ConfiguredRule[] {
  return Object.entries(config.rules)
    .filter(([, state]) => state.severity > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) // not localeCompare: see compareFindings
    .map(([id, state]) => ({ id, rule: config.registry.get(id)!, severity: state.severity as 1 | 2, options: state.options }));
}
