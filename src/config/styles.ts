/**
 * Style files: phrase lists a coach or a team writes as data (YAML or JSON),
 * each rule either `existence` (flag these phrases) or `substitution` (flag a
 * phrase and offer its replacement as a fix). A style becomes a plugin: its
 * rules are ordinary rules built on the rule API (`followup/circling-back`),
 * so the engine, directives, --explain and --fix treat them as any other.
 * Being data, styles load under --untrusted too, then only from inside the
 * linted tree.
 */
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Message, Plugin, Rule, Span } from '../types.js';
import { ConfigError } from '../errors.js';
import { compilePhrases, phraseWords } from '../text/phrases.js';

/** A phrase list is a few kilobytes; anything bigger is not a style file. */
const MAX_STYLE_BYTES = 256 * 1024;
const MAX_PHRASE_CHARS = 200;
const NAME = /^[a-z0-9][a-z0-9-]*$/;
const STYLE_KEYS = ['name', 'rules'];
const RULE_KEYS = ['id', 'severity', 'message', 'description', 'existence', 'substitution'];

interface StyleRuleSpec {
  id: string;
  severity: 'warn' | 'error';
  message: string;
  description?: string;
  /** Existence: the phrases. Substitution: the phrases, with `replacements` beside them. */
  phrases: string[];
  replacements?: string[];
}

export interface Style {
  name: string;
  rules: StyleRuleSpec[];
}

export interface LoadedStyle {
  /** The parsed, validated style, which also keys the cache. */
  style: Style;
  plugin: Plugin;
}

interface LoadOptions {
  /** --untrusted: the directory the file must be inside (after following links). */
  insideTree?: string;
}

/** Reads, checks and builds one style file; every mistake is a one-line error naming the file and the key. */
export async function loadStyle(spec: string, configFile: string, options: LoadOptions = {}): Promise<LoadedStyle> {
  const file = path.resolve(path.dirname(configFile), spec);
  const fail = (why: string) => new ConfigError(`${file}: ${why} (style listed in ${configFile})`);
  const real = await fs.realpath(file).catch(() => null);
  if (!real) throw fail('cannot read the style file: no such file');
  if (options.insideTree) {
    const root = await fs.realpath(options.insideTree).catch(() => path.resolve(options.insideTree!));
    const relative = path.relative(root, real);
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw fail('--untrusted reads style files only from inside the linted tree');
  }
  const stat = await fs.stat(real);
  if (!stat.isFile()) throw fail('a style file must be a regular file');
  if (stat.size > MAX_STYLE_BYTES) throw fail(`the style file is larger than ${MAX_STYLE_BYTES / 1024} KiB`);
  const content = await fs.readFile(real, 'utf8');
  const ext = path.extname(file).toLowerCase();
  let data: unknown;
  try {
    if (ext === '.json') data = JSON.parse(content);
    else if (ext === '.yml' || ext === '.yaml') data = (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(content, { maxAliasCount: 100 });
    else throw fail('a style file must end in .yml, .yaml or .json');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw fail(`cannot parse: ${String((error as Error).message).split('\n')[0]}`);
  }
  const style = checkStyle(data, fail);
  return { style, plugin: stylePlugin(style, path.basename(file)) };
}

function checkStyle(data: unknown, fail: (why: string) => ConfigError): Style {
  if (!isObject(data)) throw fail('a style file must hold an object with "name" and "rules"');
  for (const key of Object.keys(data)) if (!STYLE_KEYS.includes(key)) throw fail(`unknown key "${key}" (expected ${STYLE_KEYS.join(', ')})`);
  const { name, rules } = data;
  if (typeof name !== 'string' || !NAME.test(name)) throw fail('"name" must be lowercase letters, digits and hyphens, such as "followup"');
  if (!Array.isArray(rules) || rules.length === 0) throw fail('"rules" must be a list of at least one rule');
  const ids = new Set<string>();
  const checked = rules.map((rule, index) => {
    const at = `rules[${index}]`;
    if (!isObject(rule)) throw fail(`"${at}" must be an object with id, message and existence or substitution`);
    for (const key of Object.keys(rule)) if (!RULE_KEYS.includes(key)) throw fail(`unknown key "${at}.${key}" (expected ${RULE_KEYS.join(', ')})`);
    const { id, severity = 'warn', message, description, existence, substitution } = rule;
    if (typeof id !== 'string' || !NAME.test(id)) throw fail(`"${at}.id" must be lowercase letters, digits and hyphens, such as "circling-back"`);
    if (ids.has(id)) throw fail(`"${at}.id": "${id}" is used twice`);
    ids.add(id);
    if (severity !== 'warn' && severity !== 'error') throw fail(`"${at}.severity" must be "warn" or "error", not ${JSON.stringify(severity)}`);
    if (description !== undefined && typeof description !== 'string') throw fail(`"${at}.description" must be text`);
    if ((existence === undefined) === (substitution === undefined)) throw fail(`"${at}" needs exactly one of "existence" (a list of phrases) or "substitution" (phrase: replacement)`);
    const placeholders = substitution === undefined ? ['match'] : ['match', 'replacement'];
    if (typeof message !== 'string' || message.trim() === '') throw fail(`"${at}.message" must be the text to show, e.g. '"{{match}}" says nothing new'`);
    for (const [, key] of message.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      if (!placeholders.includes(key!)) throw fail(`"${at}.message" uses {{${key}}}; it may use ${placeholders.map((p) => `{{${p}}}`).join(' and ')}`);
    }
    const phraseKey = existence !== undefined ? `${at}.existence` : `${at}.substitution`;
    let phrases: string[];
    let replacements: string[] | undefined;
    if (existence !== undefined) {
      if (!Array.isArray(existence) || existence.length === 0 || !existence.every((p) => typeof p === 'string')) throw fail(`"${phraseKey}" must be a list of phrases`);
      phrases = existence;
    } else {
      if (!isObject(substitution) || Object.keys(substitution).length === 0) throw fail(`"${phraseKey}" must map each phrase to its replacement, e.g. { "per my last email": "as I mentioned" }`);
      const entries = Object.entries(substitution);
      const bad = entries.find(([, r]) => typeof r !== 'string');
      if (bad) throw fail(`"${phraseKey}.${bad[0]}" must be the replacement text`);
      phrases = entries.map(([p]) => p);
      replacements = entries.map(([, r]) => r as string);
    }
    for (const phrase of phrases) {
      if (phraseWords(phrase).length === 0) throw fail(`"${phraseKey}" has an empty phrase`);
      if (phrase.length > MAX_PHRASE_CHARS) throw fail(`"${phraseKey}": phrase "${phrase.slice(0, 40)}…" is longer than ${MAX_PHRASE_CHARS} characters`);
    }
    return { id, severity, message, ...(description !== undefined && { description }), phrases, ...(replacements && { replacements }) } as StyleRuleSpec;
  });
  // A replacement the style would flag again is a fix that never settles (and not idempotent).
  const everyPhrase = compilePhrases(checked.flatMap((r) => r.phrases));
  for (const [index, rule] of checked.entries()) {
    const again = rule.replacements?.find((r) => everyPhrase.find(r).length > 0);
    if (again !== undefined) throw fail(`"rules[${index}].substitution": the replacement "${again}" contains a phrase this style flags`);
  }
  return { name, rules: checked };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const quoteList = (phrases: readonly string[]) => phrases.map((p) => `"${p}"`).join(', ');

/** "Per my last email" → "As I mentioned": a replacement starts with a capital where the phrase did. */
function matchCase(written: string, replacement: string): string {
  return /^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(replacement) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** One style rule, made on the rule API: phrases found in the writer's own prose, outside "quotation marks". */
function styleRule(style: string, spec: StyleRuleSpec, fileName: string): Rule {
  const phrases = compilePhrases(spec.phrases);
  const fixable = spec.replacements !== undefined;
  const example = spec.message.replace(/\{\{\s*match\s*\}\}/g, spec.phrases[0]!).replace(/\{\{\s*replacement\s*\}\}/g, spec.replacements?.[0] ?? '');
  return {
    meta: {
      description: spec.description ?? `Phrases of the "${style}" style: ${quoteList(spec.phrases)}.`,
      verdict: spec.id.replace(/-/g, ' '),
      recommended: spec.severity,
      messages: { match: spec.message },
      ...(fixable && { fixable: 'text' as const, hasSuggestions: true }),
      docs: { why: `${example} (from the style file ${fileName}).`, bad: spec.phrases, good: spec.replacements ?? [] },
    },
    create(context) {
      return {
        message(message: Message) {
          for (const paragraph of message.paragraphs) {
            for (const match of phrases.find(paragraph.text)) {
              if (paragraph.isQuoted(match.start, match.end)) continue;
              const at: Span = paragraph.span(match.start, match.end);
              const written = paragraph.text.slice(match.start, match.end).replace(/\s+/g, ' ');
              const replacement = spec.replacements?.[match.index];
              // Rewrite only plain words: a span with markup inside ("per **my** last email") is left to the writer.
              const plain = message.source.slice(at.start, at.end) === paragraph.text.slice(match.start, match.end);
              const text = replacement === undefined ? undefined : matchCase(written, replacement);
              context.report({
                messageId: 'match',
                data: { match: written, ...(text !== undefined && { replacement: text }) },
                at,
                ...(text !== undefined && plain && { fix: { at, text }, suggest: [{ desc: `Write "${text}"`, fix: { at, text } }] }),
              });
            }
          }
        },
      };
    },
  };
}

function stylePlugin(style: Style, fileName: string): Plugin {
  return {
    name: style.name,
    rules: Object.fromEntries(style.rules.map((spec) => [spec.id, styleRule(style.name, spec, fileName)])),
    configs: { recommended: { rules: Object.fromEntries(style.rules.map((spec) => [`${style.name}/${spec.id}`, spec.severity])) } },
  };
}
