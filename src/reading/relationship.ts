/**
 * Whether the "build the relationship first" rules apply (referral, attachment,
 * lead time): they key on who the reader is, not on the message's stage. A nudge
 * to a stranger who never answered is still writing to a stranger; a reply or a
 * thank-you answers someone who already engaged.
 */
import type { MessageFacts } from '../types.js';

export function needsRelationshipFirst(facts: Pick<MessageFacts, 'relationship' | 'stage'>): boolean {
  return facts.relationship === 'stranger' && facts.stage !== 'reply' && facts.stage !== 'thank-you';
}
