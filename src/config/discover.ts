/**
 * Finds and reads configuration files. The file names and loaders are
 * cosmiconfig's (module name `networklint`); the upward search is ours,
 * because cosmiconfig 9's own search first reads a meta config from the
 * working directory (`.config/config.js`, a `cosmiconfig` key in
 * package.json — running code from whatever repository is being linted) and
 * follows `$import` keys. Here only the files listed below are ever read.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { ConfigObject } from '../types.js';
import { importModule } from '../import-module.js';
// ParseErrorCode is a const enum: its values are inlined, and the module loads only in parseJsonc.
import { ParseErrorCode, type ParseError } from 'jsonc-parser';
import { ConfigError, errorMessage } from '../errors.js';
import { readOwnFile } from '../own-files.js';

export const MODULE_NAME = 'networklint';

/** In order of precedence within one directory. */
export const CONFIG_FILE_NAMES = [
  'package.json',
  `.${MODULE_NAME}rc`,
  `.${MODULE_NAME}rc.json`,
  `.${MODULE_NAME}rc.yaml`,
  `.${MODULE_NAME}rc.yml`,
  `.${MODULE_NAME}rc.js`,
  `.${MODULE_NAME}rc.mjs`,
  `.${MODULE_NAME}rc.cjs`,
  `${MODULE_NAME}.config.js`,
  `${MODULE_NAME}.config.mjs`,
  `${MODULE_NAME}.config.cjs`,
] as const;

export interface ConfigFile {
  filePath: string;
  config: ConfigObject;
}

/** cosmiconfig's loaders, imported only when there is a config file to read. */
async function loaders() {
  return (await import('cosmiconfig')).defaultLoaders;
}

function yamlLoader(defaultLoaders: Awaited<ReturnType<typeof loaders>>, filePath: string) {
  const ext = path.extname(filePath);
  if (ext === '.yaml' || ext === '.yml' || ext === '') return defaultLoaders['.yaml'];
  return undefined;
}

function oneLine(error: unknown): string {
  const text = errorMessage(error);
  return text
    .replace(/^(?:JSON|YAML) Error in [^\n]*\n/, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 1)
    .join(' ');
}

const RUNS_CODE = /\.[cm]?js$/;
/** No hand-written config comes near this; a larger file is refused rather than parsed. */
const CONFIG_MAX_BYTES = 1024 * 1024;

/**
 * Valid JSON read without loading a parser (every project has a package.json: the common
 * case must stay cheap for a pre-commit run); undefined otherwise.
 */
function parsedJson(content: string): unknown {
  try {
    return JSON.parse(content) ?? null;
  } catch {
    return undefined;
  }
}

/** What each of jsonc-parser's error codes means, in the words of a config file's author. */
function jsoncProblem(code: ParseErrorCode): string | undefined {
  const problems: Record<number, string> = {
    [ParseErrorCode.InvalidSymbol]: 'unexpected character',
    [ParseErrorCode.InvalidNumberFormat]: 'invalid number',
    [ParseErrorCode.PropertyNameExpected]: 'expected a key in double quotes',
    [ParseErrorCode.ValueExpected]: 'expected a value',
    [ParseErrorCode.ColonExpected]: "expected ':' after the key",
    [ParseErrorCode.CommaExpected]: "expected ',' before the next entry",
    [ParseErrorCode.CloseBraceExpected]: "expected '}'",
    [ParseErrorCode.CloseBracketExpected]: "expected ']'",
    [ParseErrorCode.EndOfFileExpected]: 'expected the end of the file after the config object',
    [ParseErrorCode.InvalidCommentToken]: 'invalid comment',
    [ParseErrorCode.UnexpectedEndOfComment]: 'a /* comment is not closed',
    [ParseErrorCode.UnexpectedEndOfString]: 'a string is not closed',
    [ParseErrorCode.UnexpectedEndOfNumber]: 'a number ends too early',
    [ParseErrorCode.InvalidUnicode]: 'invalid \\u escape in a string',
    [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape in a string',
    [ParseErrorCode.InvalidCharacter]: 'invalid character in a string (control characters must be escaped)',
  };
  return problems[code];
}

/**
 * JSON with comments and trailing commas (as tsconfig.json and VS Code settings allow),
 * parsed by Microsoft's jsonc-parser, loaded only for a file that is not plain JSON.
 * A mistake is a ConfigError with the file, line, column and what is wrong.
 */
async function parseJsonc(content: string, filePath: string): Promise<unknown> {
  const jsonc = await import('jsonc-parser');
  const errors: ParseError[] = [];
  let value: unknown;
  try {
    value = jsonc.parse(content, errors, { allowTrailingComma: true, allowEmptyContent: true });
  } catch (error) {
    // The parser recurses into each array and object: thousands of levels overflow the stack.
    if (error instanceof RangeError) throw new ConfigError(`Cannot parse config file ${filePath}: nested too deeply`);
    throw error;
  }
  const error = errors[0];
  if (!error) return value ?? null;
  const before = content.slice(0, error.offset);
  const line = before.split('\n').length;
  const column = error.offset - before.lastIndexOf('\n');
  const token = content.slice(error.offset, error.offset + Math.min(Math.max(error.length, 1), 20)).split('\n')[0]!;
  // Control characters are shown escaped: the message goes to a terminal.
  const printable = token.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const found = error.offset >= content.length ? ', but the file ends' : printable.trim() ? `, found '${printable}'` : '';
  const problem = jsoncProblem(error.error) ?? jsonc.printParseErrorCode(error.error);
  throw new ConfigError(`Cannot parse config file ${filePath}:${line}:${column}: ${problem}${found}`);
}

/** An extensionless `.networklintrc` is JSON when it starts like JSON, YAML otherwise (as cosmiconfig reads it). */
const LOOKS_LIKE_JSON = /^\s*(?:[{[]|\/[/*])/;

/**
 * Reads one config file. Returns null for a package.json without a `networklint` key.
 * With `untrusted`, a JavaScript config is refused before it is read: it would run code.
 * `tree`: the linted tree, which a symbolic link inside it may not lead out of.
 */
export async function readConfigFile(filePath: string, untrusted = false, tree = process.cwd()): Promise<ConfigFile | null> {
  const absolute = path.resolve(filePath);
  if (untrusted && RUNS_CODE.test(absolute)) {
    throw new ConfigError(`Refusing to load ${absolute}: --untrusted reads only JSON and YAML config (a JavaScript config runs code)`);
  }
  // A regular file, size-capped, reached by no symbolic link out of the tree (see own-files.ts).
  const read = readOwnFile(absolute, { maxBytes: CONFIG_MAX_BYTES, tree });
  if (read.kind !== 'read') throw new ConfigError(`Cannot read config file ${absolute}: ${read.kind === 'missing' ? 'no such file' : `it ${read.reason}`}`);
  const content = read.bytes.toString('utf8');
  const isPackageJson = path.basename(absolute) === 'package.json';
  const isJson = isPackageJson || path.extname(absolute) === '.json';
  let loaded: unknown = content.trim() === '' ? {} : isJson ? parsedJson(content) : undefined;
  if (loaded === undefined && isJson) {
    loaded = await parseJsonc(content, absolute);
  } else if (loaded === undefined && RUNS_CODE.test(absolute)) {
    // As cosmiconfig's JavaScript loader does (import, then the default export), through
    // importModule so that it also works inside the CLI bundle.
    try {
      loaded = ((await importModule(pathToFileURL(absolute).href)) as { default?: unknown }).default;
    } catch (error) {
      throw new ConfigError(`Cannot parse config file ${absolute}: ${oneLine(error)}`);
    }
  } else if (loaded === undefined) {
    const loader = yamlLoader(await loaders(), absolute);
    if (!loader) throw new ConfigError(`Cannot read config file ${absolute}: use .json, .yaml, .yml, .js, .mjs or .cjs`);
    if (path.extname(absolute) === '' && LOOKS_LIKE_JSON.test(content)) {
      // JSON with comments or trailing commas; if that fails, it may still be YAML flow style.
      try {
        loaded = await parseJsonc(content, absolute);
      } catch (jsonError) {
        loaded = await Promise.resolve(loader(absolute, content)).catch(() => {
          throw jsonError;
        });
      }
    } else {
      try {
        loaded = await loader(absolute, content);
      } catch (error) {
        throw new ConfigError(`Cannot parse config file ${absolute}: ${oneLine(error)}`);
      }
    }
  }
  if (isPackageJson) {
    const value = (loaded as Record<string, unknown> | null)?.[MODULE_NAME];
    if (value === undefined) return null;
    loaded = value;
  }
  if (loaded === null || loaded === undefined) loaded = {};
  if (typeof loaded !== 'object' || Array.isArray(loaded)) {
    throw new ConfigError(`Invalid config file ${absolute}: it must contain an object`);
  }
  return { filePath: absolute, config: loaded as ConfigObject };
}

/** Finds the nearest config file from a directory upward; results are cached per directory. */
export class ConfigFinder {
  private readonly byDirectory = new Map<string, Promise<ConfigFile | null>>();

  constructor(
    private readonly untrusted = false,
    private readonly tree = process.cwd(),
  ) {}

  find(directory: string): Promise<ConfigFile | null> {
    const dir = path.resolve(directory);
    let pending = this.byDirectory.get(dir);
    if (!pending) {
      pending = this.search(dir);
      this.byDirectory.set(dir, pending);
    }
    return pending;
  }

  private async search(dir: string): Promise<ConfigFile | null> {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      const stat = await fs.stat(candidate).catch(() => null);
      if (!stat?.isFile()) continue;
      const found = await readConfigFile(candidate, this.untrusted, this.tree);
      if (found) return found;
    }
    const parent = path.dirname(dir);
    return parent === dir ? null : this.find(parent);
  }
}
