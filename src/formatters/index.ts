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
import { countOf } from '../text/wording.js';
import { stylishStream } from './stylish.js';
import { codeframe } from './codeframe.js';
import { sarif } from './sarif.js';
import { githubResult } from './github.js';
import { checkstyle, junit } from './xml.js';
import { escapeControlCharacters } from './escape.js';
import { ownProperty } from '../own-property.js';

export interface FormatContext {
  color: boolean;
  cwd: string;
  /** Show the per-message verdict line (stylish). */
  verdict: boolean;
  rulesMeta: Readonly<Record<string, RuleMeta>>;
  version: string;
  /** Columns the human formats lay their text out in (see terminalWidth). */
  width: number;
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string | Promise<string>;

/**
 * A format that writes each file's result as it comes, so that a run over many files holds
 * no more than one result at a time: `start`, then `result` once per file in file order,
 * then `end` (summary lines). Each returns the text to write next.
 */
export interface StreamingFormatter {
  start(): string;
  result(result: LintResult): string;
  end(): string;
}

function compactStream(): StreamingFormatter {
  let total = 0;
  return {
    start: () => '',
    result(result) {
      let output = '';
      for (const m of result.messages) {
        total++;
        output += `${escapeControlCharacters(result.filePath)}: line ${m.line}, col ${m.column}, ${m.severity === 2 ? 'Error' : 'Warning'} - ${escapeControlCharacters(m.message)}${m.ruleId ? ` (${escapeControlCharacters(m.ruleId)})` : ''}\n`;
      }
      return output;
    },
    end: () => (total > 0 ? `\n${countOf(total, 'problem')}\n` : ''),
  };
}

/**
 * Rule metadata as ESLint formatters read it: `type`, and `docs.description` and `docs.url`
 * (the URL left out when a plugin rule documents none, as ESLint leaves it out).
 */
function eslintRulesMeta(meta: Readonly<Record<string, RuleMeta>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(meta).map(([id, m]) => {
      const url = ruleDocsUrl(id, m);
      return [id, { ...m, type: 'suggestion', docs: { ...m.docs, description: m.description, ...(url !== undefined && { url }) } }];
    }),
  );
}

/** ESLint's `LintResult[]` exactly as `JSON.stringify(results)` writes it, one result at a time. */
function jsonStream(): StreamingFormatter {
  let count = 0;
  return {
    start: () => '[',
    result: (result) => `${count++ === 0 ? '' : ','}${JSON.stringify(result)}`,
    end: () => ']',
  };
}

/** The built-in formats that can be written file by file. */
export const STREAMING_FORMATTERS: Readonly<Record<string, (context: FormatContext) => StreamingFormatter>> = {
  stylish: (context) => stylishStream({ color: context.color, verdict: context.verdict, width: context.width, cwd: context.cwd, isThreadRule: (id) => context.rulesMeta[id]?.scope === 'thread' }),
  json: () => jsonStream(),
  compact: () => compactStream(),
  github: (context) => ({ start: () => '', result: (result) => githubResult(result, context.cwd), end: () => '' }),
};

/** A streaming format over a whole array of results at once. */
function whole(stream: (context: FormatContext) => StreamingFormatter): Formatter {
  return (results, context) => {
    const format = stream(context);
    let output = format.start();
    for (const result of results) output += format.result(result);
    return output + format.end();
  };
}

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: whole(STREAMING_FORMATTERS['stylish']!),
  codeframe: (results, context) => codeframe(results, { color: context.color, width: context.width, cwd: context.cwd }),
  json: whole(STREAMING_FORMATTERS['json']!),
  'json-with-metadata': (results, context) => JSON.stringify({ results, metadata: { cwd: context.cwd, rulesMeta: eslintRulesMeta(context.rulesMeta) } }),
  compact: whole(STREAMING_FORMATTERS['compact']!),
  sarif: (results, context) => sarif(results, context),
  github: whole(STREAMING_FORMATTERS['github']!),
  junit: (results, context) => junit(results, context.cwd),
  checkstyle: (results) => checkstyle(results),
};

/**
 * A built-in format, or an ESLint formatter: a path (relative to the working
 * directory), a package name, or a short name resolved as
 * `eslint-formatter-<name>` as ESLint does. With `untrusted` the working directory
 * is the tree being linted, so nothing is taken from it: packages resolve from
 * netlint's own installation, and only an absolute path is accepted.
 */
export async function loadFormatter(name: string, cwd: string, untrusted = false): Promise<Formatter> {
  const builtin = ownProperty(FORMATTERS, name);
  if (builtin) return builtin;
  const require = createRequire(untrusted ? import.meta.url : path.join(cwd, '__netlint__.js'));
  const isPath = name.startsWith('.') || path.isAbsolute(name);
  if (untrusted && isPath && !path.isAbsolute(name)) {
    throw new UsageError(`Refusing formatter '${name}': with --untrusted a formatter path must be absolute (a relative one names a file of the linted tree)`);
  }
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
    return (results, context) => (fn as (r: readonly LintResult[], c: { cwd: string; rulesMeta: Record<string, unknown> }) => string | Promise<string>)(results, { cwd: context.cwd, rulesMeta: eslintRulesMeta(context.rulesMeta) });
  }
  throw new UsageError(`Unknown format '${name}': use ${Object.keys(FORMATTERS).join(', ')}, a path to a formatter module, or an installed ESLint formatter package`);
}
