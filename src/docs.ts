/**
 * Rule documentation, rendered from rule metadata only: `--explain` in the
 * terminal, the README rule table and the example config come from here.
 */
import type { Rule } from './types.js';

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

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

export function ruleTable(rules: ReadonlyMap<string, Rule>): string {
  const rows = [...rules].sort(([a], [b]) => a.localeCompare(b)).map(([id, rule]) => {
    const options = Object.entries(rule.meta.options ?? {}).map(([name, spec]) => `\`${name}\` = \`${JSON.stringify(spec.default)}\``);
    return `| \`${id}\` | ${rule.meta.recommended ? `${rule.meta.recommended}` : 'strict only'} | ${escapeCell(rule.meta.description)} | ${options.join(', ') || '—'} |`;
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
