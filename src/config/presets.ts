/**
 * Built-in shareable configs, derived from rule metadata: `netlint:recommended`
 * turns on each rule whose `meta.recommended` is set, at that severity;
 * `netlint:strict` turns on every rule, as an error where recommended says so.
 */
import type { ConfigObject, Rule } from '../types.js';

export const PRESET_NAMES = ['netlint:recommended', 'netlint:strict'] as const;

export function builtinPreset(name: string, rules: ReadonlyMap<string, Rule>): ConfigObject | undefined {
  if (name === 'netlint:recommended') {
    return { rules: Object.fromEntries([...rules].filter(([, rule]) => rule.meta.recommended).map(([id, rule]) => [id, rule.meta.recommended as 'warn' | 'error'])) };
  }
  if (name === 'netlint:strict') {
    return { rules: Object.fromEntries([...rules].map(([id, rule]) => [id, rule.meta.recommended || 'warn'])) };
  }
  return undefined;
}
