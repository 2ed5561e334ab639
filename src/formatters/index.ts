/**
 * Output formats. Built-ins take ESLint-shaped results; `--format` also
 * accepts any ESLint-compatible formatter module (a function of the results
 * array and a context with `cwd` and `rulesMeta`), by package name or path.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult, RuleMeta } from '../types.js';
import { importModule } from '../import-module.js';
import { ruleDocsUrl } from '../docs.js';
import { UsageError, errorFirstLine } from '../errors.js';
import { stylish } from './stylish.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { checkstyle, junit } from './xml.js';

export interface FormatContext {
  color: boolean;
  cwd: string;
  /** Show the per-message verdict line (stylish). */
  verdict: boolean;
  rulesMeta: Readonly<Record<string, RuleMeta>>;
  version: string;
  /** Texts linted that are not files on disk (standard input), by result file path, for SARIF fingerprints. */
  sources?: ReadonlyMap<string, string>;
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string | Promise<string>;

function compact(results: readonly LintResult[]): string {
  let output = '';
  let total = 0;
  for (const result of results) {
    for (const m of result.messages) {
      total++;
      output += `${result.filePath}: line ${m.line}, col ${m.column}, ${m.severity === 2 ? 'Error' : 'Warning'} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}\n`;
    }
  }
  return total > 0 ? `${output}\n${total} problem${total === 1 ? '' : 's'}\n` : '';
}

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: (results, context) => stylish(results, { color: context.color, verdict: context.verdict, isThreadRule: (id) => context.rulesMeta[id]?.scope === 'thread' }),
  json: (results) => JSON.stringify(results),
  compact: (results) => compact(results),
  sarif: (results, context) => sarif(results, context),
  github: (results, context) => github(results, context.cwd),
  junit: (results, context) => junit(results, context.cwd),
  checkstyle: (results) => checkstyle(results),
};

/**
 * A built-in format, or an ESLint formatter: a path (relative to the working
 * directory), a package name, or a short name resolved as
 * `eslint-formatter-<name>` as ESLint does.
 */
export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  const builtin = FORMATTERS[name];
  if (builtin) return builtin;
  const require = createRequire(path.join(cwd, '__netlint__.js'));
  const isPath = name.startsWith('.') || path.isAbsolute(name);
  const candidates = isPath ? [path.resolve(cwd, name)] : name.startsWith('eslint-formatter-') || name.startsWith('@') ? [name] : [name, `eslint-formatter-${name}`];
  for (const candidate of candidates) {
    let file: string;
    try {
      file = isPath ? candidate : require.resolve(candidate);
    } catch {
      continue;
    }
    let mod: unknown;
    try {
      mod = await importModule(pathToFileURL(file).href);
    } catch (error) {
      throw new UsageError(`Cannot load formatter '${name}' (${file}): ${errorFirstLine(error)}`);
    }
    const exported = (mod as { default?: unknown }).default ?? mod;
    const fn = typeof exported === 'function' ? exported : (exported as { default?: unknown })?.default;
    if (typeof fn !== 'function') throw new UsageError(`Formatter '${name}' (${file}) does not export a function`);
    // ESLint formatters read meta.docs.description and meta.docs.url.
    const eslintMeta = (meta: Readonly<Record<string, RuleMeta>>) =>
      Object.fromEntries(Object.entries(meta).map(([id, m]) => [id, { ...m, type: 'suggestion', docs: { ...m.docs, description: m.description, url: ruleDocsUrl(id) } }]));
    return (results, context) => (fn as (r: readonly LintResult[], c: { cwd: string; rulesMeta: Record<string, unknown> }) => string | Promise<string>)(results, { cwd: context.cwd, rulesMeta: eslintMeta(context.rulesMeta) });
  }
  throw new UsageError(`Unknown format '${name}': use ${Object.keys(FORMATTERS).join(', ')}, a path to a formatter module, or an installed ESLint formatter package`);
}
