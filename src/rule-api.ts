/**
 * What a rule module imports. `defineRule` only gives plugin authors type
 * checking; a plain object with `meta` and `create` works the same.
 */
import type { Plugin, Rule } from './types.js';

export function defineRule(rule: Rule): Rule {
  return rule;
}

export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}

export type * from './types.js';
