/**
 * Loads plugins named in a config file: a path (resolved against the config
 * file's directory) or a package (resolved from that directory's
 * node_modules). A plugin default-exports `{ name, rules, configs? }`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from '../types.js';
import { ConfigError, errorFirstLine } from '../errors.js';
import { importModule } from '../import-module.js';

export interface LoadedPlugin {
  /** The prefix its rules are configured under: `acme` in `acme/no-foo`. */
  prefix: string;
  plugin: Plugin & { rules: NonNullable<Plugin['rules']> };
}

const isPath = (spec: string) => spec.startsWith('.') || path.isAbsolute(spec);

/** The package's ESM entry, read from its package.json when require.resolve cannot see it (import-only exports). */
function packageEntry(spec: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', spec, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown; main?: string };
      let entry: unknown = pkg.exports;
      if (entry && typeof entry === 'object' && '.' in entry) entry = (entry as Record<string, unknown>)['.'];
      while (entry && typeof entry === 'object') {
        const conditions = entry as Record<string, unknown>;
        entry = conditions['import'] ?? conditions['node'] ?? conditions['default'];
      }
      return path.join(path.dirname(manifest), typeof entry === 'string' ? entry : pkg.main ?? 'index.js');
    }
    if (path.dirname(dir) === dir) return null;
  }
}

function resolveSpec(spec: string, configDir: string): string {
  if (isPath(spec)) return path.resolve(configDir, spec);
  try {
    return createRequire(path.join(configDir, '__netlint__.js')).resolve(spec);
  } catch {
    const entry = packageEntry(spec, configDir);
    if (entry) return entry;
    throw new Error(`cannot find package '${spec}' from ${configDir}`);
  }
}

function prefixOf(spec: string, plugin: Plugin): string {
  if (typeof plugin.name === 'string' && plugin.name.trim() !== '') return plugin.name.replace(/^netlint-plugin-/, '');
  const base = isPath(spec) ? path.basename(spec).replace(/\.[cm]?[jt]s$/, '') : spec;
  return base.replace(/^(@[^/]+)\/netlint-plugin(?:-|$)/, '$1').replace(/^netlint-plugin-/, '');
}

export async function loadPlugin(spec: string, configFile: string): Promise<LoadedPlugin> {
  const fail = (why: string) => new ConfigError(`Failed to load plugin '${spec}' declared in ${configFile}: ${why}`);
  let plugin: Plugin;
  try {
    const file = resolveSpec(spec, path.dirname(configFile));
    const mod = (await importModule(pathToFileURL(file).href)) as { default?: Plugin };
    plugin = mod.default ?? (mod as Plugin);
  } catch (error) {
    throw fail(errorFirstLine(error));
  }
  if (!plugin || typeof plugin !== 'object') throw fail('it does not export a plugin object');
  // A plugin without rules would load silently and check nothing: most likely a wrong export.
  if (!plugin.rules || typeof plugin.rules !== 'object' || Array.isArray(plugin.rules)) {
    throw fail('it has no "rules" object (a plugin default-exports { name, rules, configs? })');
  }
  for (const [id, rule] of Object.entries(plugin.rules)) {
    if (!rule || typeof rule.create !== 'function' || typeof rule.meta !== 'object' || typeof rule.meta?.messages !== 'object') {
      throw fail(`rule '${id}' needs meta (with messages) and a create(context) function`);
    }
  }
  return { prefix: prefixOf(spec, plugin), plugin: plugin as LoadedPlugin['plugin'] };
}
