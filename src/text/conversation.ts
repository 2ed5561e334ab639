/** Lexical cues for thread rules: thanks, help given, milestones. */

/** A sent message that says thank you. */
export const THANKS = /\b(?:thank(?:s| you)|grateful|appreciate(?:d)?|much obliged)\b/i;

/** A received message that gives something: answers, an introduction, advice, a yes. */
export const HELP_GIVEN =
  /\b(?:happy|glad)\s+to\s+(?:help|chat|talk|introduce|share)|\bhere\s+(?:are|is)\b|\b(?:I['’]ve|I\s+have)\s+(?:introduced|copied|cc['’]?d|forwarded|passed|sent|shared|attached)|\bintroduc(?:e|ing)\s+you\b|\bmy\s+(?:advice|suggestion|answer)s?\b|\b(?:sure|of\s+course|absolutely)[,!.]|\bmy\s+(?:e-?mail|business\s+e-?mail)\s+(?:is|address)\b|\bfeel\s+free\s+to\b|\b(?:call|chat|talk)\s+(?:on|next)\s+\w+day\b/i;

/** Events where someone gave their time. */
export const HELP_EVENTS = new Set(['call', 'meeting', 'coffee', 'intro', 'introduction', 'chat', 'informational-interview', 'referral']);
/** Milestones the helper will want to hear about. */
export const MILESTONE_EVENTS = new Set(['interview', 'offer', 'job', 'hired', 'promotion', 'accepted', 'rejected', 'final-round', 'onsite', 'launch', 'funding', 'admission']);
