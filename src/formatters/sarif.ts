/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one run, a rules[] entry
 * per rule (descriptions and help from rule metadata), one result per
 * finding with a repository-relative URI, UTF-16 columns and a fingerprint
 * that does not depend on the line.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult, RuleMeta } from '../types.js';
import { HOMEPAGE, ruleDocsUrl } from '../docs.js';
import { escapeControlCharactersButLineBreaks } from './escape.js';
import { readMessageFile } from '../files.js';
import { LineIndex, stripBom } from '../text/location.js';

export interface SarifContext {
  cwd: string;
  rulesMeta: Readonly<Record<string, RuleMeta>>;
  version: string;
}

/**
 * netlint's key in `partialFingerprints`. Not `primaryLocationLineHash`: GitHub computes that
 * one itself and warns when a tool's value differs from its own.
 */
export const FINGERPRINT_KEY = 'netlintFindingHash/v1';

/** Findings without a rule (front matter, directives, unreadable files) are reported under this id. */
export const CORE_RULE_ID = 'netlint-core';

function level(severity: number): 'error' | 'warning' {
  return severity === 2 ? 'error' : 'warning';
}

export function toUri(filePath: string, cwd: string): string {
  const relative = path.isAbsolute(filePath) ? path.relative(cwd, filePath) : filePath;
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  const parts = (inside ? relative : path.resolve(filePath)).split(path.sep).map(encodeURIComponent);
  return inside ? parts.join('/') : `file://${parts.join('/')}`;
}

/** Offset in the text of a 1-based line and UTF-16 column, as findings carry them. */
function offsetOf(lines: LineIndex, line: number, column: number): number {
  return line < 1 ? 0 : Math.min(lines.length, lines.lineStart(line) + Math.max(0, column - 1));
}

/**
 * One fingerprint per finding of a file, in order: a hash of the rule id, the file's URI and
 * the text the finding points at (whitespace collapsed), plus how many findings of the same
 * rule on the same text came before it. Lines added or removed elsewhere change none of
 * these. Without the file's text (it is gone or unreadable) the finding's message stands in
 * for the text.
 */
function fingerprints(result: LintResult, uri: string, source: string | undefined): string[] {
  // Loaded here, not at start-up: every other format's run would pay for node:crypto.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const lines = source === undefined ? null : new LineIndex(source);
  const seen = new Map<string, number>();
  return result.messages.map((m) => {
    const matched = lines ? source!.slice(offsetOf(lines, m.line, m.column), offsetOf(lines, m.endLine, m.endColumn)).replace(/\s+/g, ' ').trim() : m.message;
    const key = JSON.stringify([m.ruleId ?? CORE_RULE_ID, uri, matched]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(key).update(`\0${occurrence}`).digest('hex');
  });
}

/**
 * The text the findings point into: the result carries it (ESLint's `source`) whenever it has
 * findings, standard input included; a result from a cache written before it did is read again.
 */
async function sourceOf(result: LintResult): Promise<string | undefined> {
  if (result.source !== undefined) return result.source;
  if (result.filePath === '<text>') return undefined;
  // Any size: the file was linted, so it was within --max-file-size.
  const read = await readMessageFile(result.filePath, Number.POSITIVE_INFINITY);
  return read.kind === 'text' ? stripBom(read.text) : undefined;
}

export async function sarif(results: readonly LintResult[], context: SarifContext): Promise<string> {
  const used = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId ?? CORE_RULE_ID)));
  const ruleIds = [...new Set([...Object.keys(context.rulesMeta), ...used])].sort();
  const rules = ruleIds.map((id) => {
    const meta = context.rulesMeta[id];
    if (!meta) {
      return {
        id,
        shortDescription: { text: id === CORE_RULE_ID ? 'Problems netlint itself reports: front matter, directives, unreadable files.' : id },
        fullDescription: { text: id === CORE_RULE_ID ? 'Invalid front matter values, unused or unknown inline directives, and files that could not be read or decoded.' : id },
        help: { text: 'See the netlint README.' },
        helpUri: HOMEPAGE,
        defaultConfiguration: { level: 'error' as const },
      };
    }
    const helpUri = ruleDocsUrl(id, meta);
    return {
      id,
      shortDescription: { text: meta.description },
      fullDescription: { text: meta.docs.why },
      help: { text: `Example: ${meta.docs.bad[0] ?? ''}\nUse instead: ${meta.docs.good[0] ?? ''}`, markdown: `**Example:** ${meta.docs.bad[0] ?? ''}\n\n**Use instead:** ${meta.docs.good[0] ?? ''}` },
      ...(helpUri !== undefined && { helpUri }),
      defaultConfiguration: { level: meta.recommended === 'error' ? ('error' as const) : meta.recommended === 'warn' ? ('warning' as const) : ('none' as const) },
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const sarifResults = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const uri = toUri(result.filePath, context.cwd);
    const fingerprintOf = fingerprints(result, uri, await sourceOf(result));
    sarifResults.push(...result.messages.map((m, i) => {
      const ruleId = m.ruleId ?? CORE_RULE_ID;
      const line = Math.max(1, m.line);
      const column = Math.max(1, m.column);
      return {
        ruleId,
        ruleIndex: index.get(ruleId)!,
        level: level(m.severity),
        // JSON keeps the characters well-formed; code scanning shows the text to people.
        message: { text: escapeControlCharactersButLineBreaks(m.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: line, startColumn: column, endLine: Math.max(line, m.endLine), endColumn: Math.max(1, m.endColumn) },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf[i]! },
      };
    }));
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'netlint', version: context.version, informationUri: HOMEPAGE, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(context.cwd).href}/` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
