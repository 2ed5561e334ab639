/**
 * Infers a message's stage from its wording when neither front matter nor
 * config states it (catalogue: "a message that shows an existing
 * relationship … is not a first contact").
 */
import type { Relationship, Stage } from '../types.js';

// "Thank you for your time" alone also closes cold e-mails ("…and consideration"),
// so time only counts when it points at a meeting that happened.
const MET = String.raw`(?:yesterday|today|this\s+(?:morning|afternoon|week)|last\s+\w+|earlier|on\b|during|at\s+the|(?:speaking|talking|chatting|meeting)\s+with\s+me)`;
const THANK_YOU = [
  new RegExp(String.raw`\bthank(?:s| you)(?: so much| very much| again)? for (?:your time ${MET}|taking the time to (?:speak|talk|meet|chat|connect|interview|see)|(?:meeting|speaking|talking|chatting|connecting) with me|(?:interviewing|meeting) me|(?:the|our|today's|yesterday's) (?:\w+ ){0,2}(?:call|chat|conversation|meeting|coffee|interview|discussion)|(?:your|the) (?:advice|help|insights?|guidance|introduction|intro|referral))`, 'i'),
  // Thanks for something the reader gave — not the closing "thank you for your time and consideration".
  /\bthank(?:s| you)(?: so much| very much| again)? for (?:your|the|all (?:your|the)) (?!(?:time|consideration|kind consideration|attention|patience|reading|help in advance)\b)(?:\w+ ){0,2}?(?:notes|advice|help|tips|pointers|insights?|feedback|answers?|reply|response|time yesterday|call|chat|intro(?:duction)?|referral|suggestions?|recommendations?|guidance|perspective|thoughts|kind words|support|encouragement)\b/i,
  /\bthanks again\b/i,
  /\bagain,?\s+thank(?:s| you)\b/i,
  /\byour (?:advice|insights?|help|guidance|tips|feedback|introduction|intro) (?:was|were|has been|have been|helped|made)\b/i,
  /\bthank you again\b/i,
  /\b(?:i )?(?:really |truly )?(?:appreciated|enjoyed) (?:our|the|your) (?:call|chat|conversation|meeting|time|advice|insights?)/i,
  /\bit was (?:a |so |really |such a )?(?:great|wonderful|real pleasure|pleasure|so helpful|really helpful|nice|good|lovely) (?:to (?:speak|talk|chat|meet)|speaking|talking|chatting|meeting)/i,
  /\bgreat (?:talking|speaking|chatting|meeting) (?:to|with)? ?you\b/i,
];
/** A nudge after an earlier message: says nothing about whether the reader ever answered. */
const NUDGE = [
  /\bfollowing up\b/i,
  /\bfollow(?:ing)?[- ]up on\b/i,
  /\bcircling back\b/i,
  /\bchecking in (?:on|about|to see)\b/i,
  /\b(?:bump|bumping|floating|resurfacing) (?:this|my)\b/i,
  /\bin (?:my|our) (?:last|previous|earlier) (?:message|email|e-mail|note)\b/i,
  /\b(?:my|the) (?:message|email|e-mail|note) (?:below|I sent)\b/i,
];
/** Words that show an earlier exchange with the reader: a relationship exists. */
const KNOWN = [
  /\b(?:talk|speak|chat) (?:to you )?soon\b|\bsee you (?:soon|then|there|next|tomorrow|on)\b/i,
  /\b(?:following up|follow(?:ing)?[- ]up) on (?:our|the|my) (?:\w+ ){0,2}(?:conversation|chat|call|meeting|discussion|talk|exchange|coffee|lunch|intro(?:duction)?)\b/i,
  /\b(?:as|what) (?:you|we) (?:suggested|discussed|agreed|mentioned)\b/i,
  /\bas promised\b/i,
  /\bas we discussed\b/i,
  /\bper our (?:conversation|call|chat|discussion)\b/i,
  /\b(?:when|since) we (?:last )?(?:spoke|talked|met|chatted)\b/i,
  /\b(?:wanted|want) to (?:keep you (?:posted|updated|informed)|give you an update|update you)\b/i,
  /\bkeep you (?:posted|updated|informed)\b/i,
  /\bas (?:I|we) (?:mentioned|said|discussed|wrote) (?:on|in|over|earlier|before|last)\b/i,
  /\bour (?:previous|last|earlier|recent) (?:conversation|chat|call|meeting|exchange)\b/i,
  /\b(?:it['’]s|it has) been (?:a while|too long|ages)\b/i,
  /\bsince we (?:last )?(?:spoke|talked|met|worked|chatted|caught up)\b/i,
  /\bwe (?:worked|studied|volunteered) together\b/i,
  /\blong time no (?:see|talk|speak)\b/i,
  /\byou and the family\b/i,
];
const REPLY = [
  /^[ \t*_#]*(?:subject(?:[ \t]+line)?:[ \t*_]*)?(?:re|aw|sv):/im,
  /\bthank(?:s| you) (?:so much |very much )?for (?:reaching out|getting back|replying|agreeing|your (?:quick )?(?:reply|response|message|note|email|e-mail)|(?:sending|sharing) (?:me )?(?:your|the))\b/i,
];

const WORKED_TOGETHER = /\bwe (?:worked|were|served) (?:together|on the same team)\b|\b(?:former|old) (?:colleague|teammate|co-?worker|manager|boss)\b/i;

/**
 * What the wording shows about an earlier exchange, each test run at most once: stage and
 * relationship are both read from these.
 */
export interface ExchangeSignals {
  readonly hasReplyQuote: boolean;
  readonly thanks: boolean;
  readonly reply: boolean;
  readonly known: boolean;
  readonly nudge: boolean;
  readonly workedTogether: boolean;
}

export function exchangeSignals(prose: string, hasReplyQuote: boolean): ExchangeSignals {
  const once = (patterns: readonly RegExp[]) => {
    let value: boolean | undefined;
    return () => (value ??= patterns.some((pattern) => pattern.test(prose)));
  };
  const thanks = once(THANK_YOU);
  const reply = once(REPLY);
  const known = once(KNOWN);
  const nudge = once(NUDGE);
  const workedTogether = once([WORKED_TOGETHER]);
  return {
    hasReplyQuote,
    get thanks() {
      return thanks();
    },
    get reply() {
      return reply();
    },
    get known() {
      return known();
    },
    get nudge() {
      return nudge();
    },
    get workedTogether() {
      return workedTogether();
    },
  };
}

export function inferStage(signals: ExchangeSignals): Stage {
  if (signals.thanks) return 'thank-you';
  // "Thank you for sending your e-mail address" answers the reader, even if it goes on "as I mentioned…".
  if (signals.hasReplyQuote || signals.reply) return 'reply';
  if (signals.known || signals.nudge) return 'follow-up';
  return 'first-contact';
}

/**
 * Who the reader is, when neither front matter nor config says: someone the writer has
 * exchanged with (a thank-you, a reply, words such as "as we discussed") is an acquaintance,
 * or a colleague when they worked together; anyone else — a first contact, or a nudge to
 * someone who never answered — is a stranger. A friend is only ever declared.
 */
export function inferRelationship(signals: ExchangeSignals, stage: Stage): Relationship {
  if (signals.workedTogether) return 'colleague';
  if (stage === 'thank-you' || stage === 'reply' || signals.hasReplyQuote) return 'acquaintance';
  if (signals.known || signals.thanks || signals.reply) return 'acquaintance';
  return 'stranger';
}
