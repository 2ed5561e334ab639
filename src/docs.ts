/**
 * Rule documentation, rendered from rule metadata only: `--explain` in the
 * terminal, the README rule table and the example config come from here.
 */
import type { Rule, RuleMeta, Severity, SeverityName } from './types.js';

export const HOMEPAGE = 'https://github.com/netlint/netlint';

/** The anchor of a rule's row in the README rule table. */
function ruleAnchor(ruleId: string): string {
  return ruleId.replace(/[^a-z0-9-]/gi, '-').toLowerCase();
}

/**
 * Where a rule is documented: its own `meta.docs.url`, else, for a built-in rule, its row in
 * the README rule table. A plugin rule (`prefix/id`) without a URL has none: the README has no
 * row for it, and a link to a missing anchor would only look like documentation.
 */
export function ruleDocsUrl(ruleId: string, meta: RuleMeta | undefined): string | undefined {
  const own = meta?.docs?.url;
  if (typeof own === 'string' && own) return own;
  return ruleId.includes('/') ? undefined : `${HOMEPAGE}#${ruleAnchor(ruleId)}`;
}

/** One rule as `--list-rules` shows it: its severity in the config that applies, and where it is documented. */
export interface ListedRule {
  id: string;
  severity: SeverityName;
  description: string;
  docsUrl: string | null;
}

const SEVERITY_NAMES: Record<Severity, SeverityName> = { 0: 'off', 1: 'warn', 2: 'error' };

/** Every rule known to a config (built-in and plugin), sorted by id, with its severity there. */
export function listRules(registry: ReadonlyMap<string, Rule>, severities: Readonly<Record<string, { severity: Severity }>>): ListedRule[] {
  return [...registry]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, rule]) => ({ id, severity: SEVERITY_NAMES[severities[id]?.severity ?? 0], description: rule.meta.description, docsUrl: ruleDocsUrl(id, rule.meta) ?? null }));
}

/** The rules as aligned lines: id, severity, description. */
export function ruleListText(rules: readonly ListedRule[]): string {
  const idWidth = Math.max(0, ...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(5)}  ${r.description}\n`).join('');
}

function optionLines(rule: Rule): string[] {
  const options = Object.entries(rule.meta.options ?? {});
  if (options.length === 0) return ['  This rule has no options.'];
  return options.map(([name, spec]) => `  ${name} (${spec.type}, default ${JSON.stringify(spec.default)}): ${spec.description}`);
}

export function explainRule(id: string, rule: Rule): string {
  const { meta } = rule;
  const severity = meta.recommended ? `on in netlint:recommended as "${meta.recommended}"` : 'off in netlint:recommended, on in netlint:strict';
  const lines = [
    `${id}`,
    `${'='.repeat(id.length)}`,
    '',
    'What it does',
    `  ${meta.description}`,
    `  (${severity})`,
    '',
    'Why it matters',
    ...wrap(meta.docs.why, 76).map((l) => `  ${l}`),
    '',
    'Example',
    ...meta.docs.bad.map((text) => `  ✗ ${text}`),
    '',
    'Use instead',
    ...meta.docs.good.map((text) => `  ✓ ${text}`),
    '',
    'Options',
    ...optionLines(rule),
    '',
  ];
  return lines.join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');

export function ruleTable(rules: ReadonlyMap<string, Rule>): string {
  const rows = [...rules].sort(([a], [b]) => a.localeCompare(b)).map(([id, rule]) => {
    const options = Object.entries(rule.meta.options ?? {}).map(([name, spec]) => `\`${name}\` = \`${JSON.stringify(spec.default)}\``);
    return `| <a id="${ruleAnchor(id)}"></a>\`${id}\` | ${rule.meta.recommended ? `${rule.meta.recommended}` : 'strict only'} | ${escapeCell(rule.meta.description)} | ${options.join(', ') || '—'} |`;
  });
  return ['| rule | recommended | what it checks | options (defaults) |', '|---|---|---|---|', ...rows].join('\n');
}

/** The example config: every rule at its recommended severity with its default options. */
export function exampleConfig(rules: ReadonlyMap<string, Rule>): string {
  const entries = [...rules].sort(([a], [b]) => a.localeCompare(b)).map(([id, rule]) => {
    const severity = rule.meta.recommended || 'off';
    const options = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([name, spec]) => [name, spec.default]));
    return [id, Object.keys(options).length ? [severity, options] : severity] as const;
  });
  const config = {
    extends: ['netlint:recommended'],
    defaults: { channel: 'email' },
    rules: Object.fromEntries(entries),
    overrides: [{ files: ['linkedin/**/*.md'], defaults: { channel: 'linkedin' } }],
    ignores: ['drafts/archive/**'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export const RULE_TABLE_START = '<!-- rule-table:start (generated by `npm run generate` from rule metadata; do not edit) -->';
export const RULE_TABLE_END = '<!-- rule-table:end -->';

/** The README with its rule table section replaced by a fresh one. */
export function replaceRuleTable(readme: string, rules: ReadonlyMap<string, Rule>): string {
  const start = readme.indexOf(RULE_TABLE_START);
  const end = readme.indexOf(RULE_TABLE_END);
  if (start < 0 || end < start) throw new Error('README.md has no rule-table markers');
  return `${readme.slice(0, start + RULE_TABLE_START.length)}\n${ruleTable(rules)}\n${readme.slice(end)}`;
}

/** The README's sample outputs are printed as in a terminal this wide. */
export const SAMPLE_COLUMNS = 100;

/** `<!-- output of: netlint <args> -->`, then a fenced block holding `$ netlint <args>` and its output. */
const SAMPLE = /<!-- output of: netlint ([^\n]*?) -->\n```\n[\s\S]*?^```$/gm;

/** The command-line arguments of each sample output in the README. */
export function sampleCommands(readme: string): string[][] {
  return Array.from(readme.matchAll(SAMPLE), (m) => m[1]!.split(' '));
}

/**
 * The README with each sample output replaced by what `run` (the CLI, from the repository
 * root, SAMPLE_COLUMNS wide, no colour) prints for its arguments.
 */
export function replaceSampleOutputs(readme: string, run: (args: readonly string[]) => string): string {
  return readme.replace(SAMPLE, (_, command: string) => {
    const output = run(command.split(' '));
    if (!output.endsWith('\n')) throw new Error(`netlint ${command} printed ${output ? 'no final line break' : 'nothing'}`);
    return `<!-- output of: netlint ${command} -->\n\`\`\`\n$ netlint ${command}\n${output}\`\`\``;
  });
}
