/** Events recorded on `note` messages of a conversation, as data for the thread rules. */

/** Events where someone gave their time. */
export const HELP_EVENTS = new Set(['call', 'meeting', 'coffee', 'intro', 'introduction', 'chat', 'informational-interview', 'referral']);
/** Milestones the helper will want to hear about. */
export const MILESTONE_EVENTS = new Set(['interview', 'offer', 'job', 'hired', 'promotion', 'accepted', 'rejected', 'final-round', 'onsite', 'launch', 'funding', 'admission']);
