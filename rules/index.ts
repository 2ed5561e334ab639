/**
 * The built-in rules, by id. Generated lists (README table, example config,
 * presets) all read from here. They are imported together: every run needs
 * them all to know the rule ids, and in the CLI bundle one static import is
 * cheaper than a module (or chunk) per rule.
 */
import type { Rule } from '../src/types.js';
import attachmentBeforeRelationship from './attachment-before-relationship.js';
import demandingTone from './demanding-tone.js';
import followUpAfterSilence from './follow-up-after-silence.js';
import formLetterPhrasing from './form-letter-phrasing.js';
import keepThemInformed from './keep-them-informed.js';
import lastMinuteAsk from './last-minute-ask.js';
import leadTime from './lead-time.js';
import messageLength from './message-length.js';
import missingPersonalization from './missing-personalization.js';
import noReciprocityOffer from './no-reciprocity-offer.js';
import referralBeforeRelationship from './referral-before-relationship.js';
import selfCentered from './self-centered.js';
import thankYouAfterHelp from './thank-you-after-help.js';
import tooManyAsks from './too-many-asks.js';
import tooManyNudges from './too-many-nudges.js';
import unboundedTimeRequest from './unbounded-time-request.js';
import unfilledPlaceholder from './unfilled-placeholder.js';
import vagueAdviceRequest from './vague-advice-request.js';

export const builtinRules: Readonly<Record<string, Rule>> = {
  'attachment-before-relationship': attachmentBeforeRelationship,
  'demanding-tone': demandingTone,
  'follow-up-after-silence': followUpAfterSilence,
  'form-letter-phrasing': formLetterPhrasing,
  'keep-them-informed': keepThemInformed,
  'last-minute-ask': lastMinuteAsk,
  'lead-time': leadTime,
  'message-length': messageLength,
  'missing-personalization': missingPersonalization,
  'no-reciprocity-offer': noReciprocityOffer,
  'referral-before-relationship': referralBeforeRelationship,
  'self-centered': selfCentered,
  'thank-you-after-help': thankYouAfterHelp,
  'too-many-asks': tooManyAsks,
  'too-many-nudges': tooManyNudges,
  'unbounded-time-request': unboundedTimeRequest,
  'unfilled-placeholder': unfilledPlaceholder,
  'vague-advice-request': vagueAdviceRequest,
};

export const builtinRuleIds: readonly string[] = Object.keys(builtinRules).sort();

export async function loadAllBuiltinRules(): Promise<Map<string, Rule>> {
  return new Map(builtinRuleIds.map((id) => [id, builtinRules[id]!]));
}
