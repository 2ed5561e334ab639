/**
 * The built-in rules, by id, loaded only when asked for. Generated lists
 * (README table, example config, presets) all read from here.
 */
import type { Rule } from '../src/types.js';

export const builtinRuleLoaders: Readonly<Record<string, () => Promise<{ default: Rule }>>> = {
  'attachment-before-relationship': () => import('./attachment-before-relationship.js'),
  'demanding-tone': () => import('./demanding-tone.js'),
  'follow-up-after-silence': () => import('./follow-up-after-silence.js'),
  'form-letter-phrasing': () => import('./form-letter-phrasing.js'),
  'keep-them-informed': () => import('./keep-them-informed.js'),
  'last-minute-ask': () => import('./last-minute-ask.js'),
  'lead-time': () => import('./lead-time.js'),
  'message-length': () => import('./message-length.js'),
  'missing-personalization': () => import('./missing-personalization.js'),
  'no-reciprocity-offer': () => import('./no-reciprocity-offer.js'),
  'referral-before-relationship': () => import('./referral-before-relationship.js'),
  'self-centered': () => import('./self-centered.js'),
  'thank-you-after-help': () => import('./thank-you-after-help.js'),
  'too-many-asks': () => import('./too-many-asks.js'),
  'too-many-nudges': () => import('./too-many-nudges.js'),
  'unbounded-time-request': () => import('./unbounded-time-request.js'),
  'unfilled-placeholder': () => import('./unfilled-placeholder.js'),
  'vague-advice-request': () => import('./vague-advice-request.js'),
};

export const builtinRuleIds: readonly string[] = Object.keys(builtinRuleLoaders).sort();

export async function loadBuiltinRule(id: string): Promise<Rule | undefined> {
  const load = builtinRuleLoaders[id];
  return load ? (await load()).default : undefined;
}

/** One module at a time: loading them all at once opens many files together (EMFILE under low limits). */
export async function loadAllBuiltinRules(): Promise<Map<string, Rule>> {
  const rules = new Map<string, Rule>();
  for (const id of builtinRuleIds) rules.set(id, (await builtinRuleLoaders[id]!()).default);
  return rules;
}
