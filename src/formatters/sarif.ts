/**
 * SARIF 2.1.0, as GitHub code scanning accepts it: one run, a rules[] entry
 * per rule (descriptions and help from rule metadata), one result per
 * finding with a repository-relative URI and UTF-16 columns.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintResult, RuleMeta } from '../types.js';
import { HOMEPAGE, ruleDocsUrl } from '../docs.js';
import { escapeControlCharactersButLineBreaks } from './escape.js';

export interface SarifContext {
  cwd: string;
  rulesMeta: Readonly<Record<string, RuleMeta>>;
  version: string;
}

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

export function sarif(results: readonly LintResult[], context: SarifContext): string {
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
  const sarifResults = results.flatMap((result) =>
    result.messages.map((m) => {
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
              artifactLocation: { uri: toUri(result.filePath, context.cwd), uriBaseId: '%SRCROOT%' },
              region: { startLine: line, startColumn: column, endLine: Math.max(line, m.endLine), endColumn: Math.max(1, m.endColumn) },
            },
          },
        ],
      };
    }),
  );
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
