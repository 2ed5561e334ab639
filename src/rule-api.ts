/**
 * What a rule module imports. `defineRule` only gives plugin authors type
 * checking; a plain object with `meta` and `create` works the same.
 */
import type { OptionSpec, OptionValues, Plugin, Rule, RuleContext, RuleMeta, RuleVisitor } from './types.js';

/**
 * Declares a rule. The options `create` receives are typed from `meta.options`, so a rule reads
 * `context.options.max` as a number without a cast.
 */
export function defineRule<const O extends Record<string, OptionSpec> = Record<never, OptionSpec>>(rule: {
  meta: Omit<RuleMeta, 'options'> & { options?: O };
  create(context: RuleContext<OptionValues<O>>): RuleVisitor;
}): Rule {
  return rule as unknown as Rule;
}

export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}

export type * from './types.js';
