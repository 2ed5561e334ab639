/**
 * What a request asks for. A message that asks for advice, a forwarded
 * résumé and a referral makes three different requests even if they share
 * one sentence; several questions asked under one permission are one.
 */
import { allMatches, type Match } from './requests.js';

/** Open-ended things to ask a stranger for: advice, tips, "to pick your brain". */
export const VAGUE_ASK_PATTERNS: readonly RegExp[] = [
  /\bpick\s+(?:your|his|her|their)\s+brains?\b/i,
  /\b(?:some|any|a\s+few|a\s+little|a\s+bit\s+of|your|general|broad)\s+(?:(?:general|career|professional|helpful|good|quick|useful|honest)\s+){0,3}(?:advice|tips|pointers|guidance|thoughts|insights?|suggestions|input|wisdom|recommendations|help|direction)\b/i,
  /\b(?:give|offer|share|get|seek|seeking|need|want|ask(?:ing)?\s+for|looking\s+for|hoping\s+for)\s+(?:me\s+)?(?:advice|guidance|tips|pointers|help)\b/i,
  /\bhelp\s+me(?:\s+out)?\s*(?=[?.!]?$)/i,
  /\b(?:any|some|your)\s+words\s+of\s+(?:wisdom|advice|encouragement)\b/i,
  /\bwhat\s+(?:advice|tips|guidance|suggestions|recommendations|pointers)\s+(?:would|could|can|do)\s+you\b/i,
];

export type AskKind = 'advice' | 'questions' | 'meeting' | 'forward' | 'referral' | 'introduction' | 'job' | 'review' | 'contact';

export const ASK_KINDS: Readonly<Record<AskKind, { label: string; patterns: readonly RegExp[] }>> = {
  advice: { label: 'advice', patterns: VAGUE_ASK_PATTERNS },
  questions: {
    label: 'answers to questions',
    patterns: [/\bask\s+(?:you\s+)?(?:a\s+(?:few|couple\s+of)\s+|some\s+|several\s+|(?:\d+|two|three|four|five)\s+(?:\w+\s+)?|a\s+(?:quick\s+)?)questions?\b/i, /\b(?:tell|show)\s+me\s+(?:how|what|why|which|whether|about|more)\b/i, /\banswer\s+(?:a\s+few\s+|some\s+|my\s+)?questions?\b/i],
  },
  meeting: {
    label: 'a call or meeting',
    patterns: [
      /\b(?:call|chat|coffee|meet(?:ing)?|zoom|phone|video\s+call|conversation|catch\s+up|lunch|sit\s+down|hop\s+on|get\s+together|informational\s+interview)\b/i,
      /\bminutes\s+of\s+your\s+time\b/i,
      /\bcome\s+(?:to|by)\s+your\s+office\b/i,
    ],
  },
  forward: {
    label: 'forwarding your résumé',
    patterns: [
      /\b(?:forward|pass)\s+(?:(?:it|this|them|my\s+(?:r[eé]sum[eé]|resume|cv|application|profile|details))\s+)?(?:along|on|to)\b/iu,
      /\b(?:forward|pass\s+along)\s+my\b/i,
      /\b(?:send|share|hand)\s+(?:it|this|my\s+(?:r[eé]sum[eé]|resume|cv|application|profile))\s+(?:on\s+)?(?:to|with)\s+(?:the|your|a)\b/iu,
    ],
  },
  referral: {
    label: 'a referral',
    patterns: [/\brefer(?:ral|ring|red)?\b/i, /\brecommend\s+me\b/i, /\bput\s+in\s+a\s+(?:good\s+)?word\b/i, /\bvouch\s+for\s+me\b/i, /\bendorse\s+me\b/i],
  },
  introduction: {
    label: 'an introduction',
    patterns: [/\bintroduc(?:e|tion)\b/i, /\bintro\b/i, /\b(?:connect|put)\s+me\s+(?:in\s+touch\s+)?(?:with|to)\b/i],
  },
  job: {
    label: 'a job or interview',
    patterns: [
      /\b(?:get|land|find|give)\s+me\s+(?:a|an)\s+(?:job|interview|position|role|offer)\b/i,
      /\b(?:hire|interview)\s+me\b/i,
      /\bconsider\s+me\s+for\b/i,
      /\bany\s+(?:job\s+)?(?:openings|positions|vacancies)\b/i,
    ],
  },
  review: {
    label: 'a review of your materials',
    patterns: [/\b(?:review|proofread|critique)\b/i, /\b(?:look|glance)\s+(?:at|over)\s+my\b/i, /\btake\s+a\s+(?:quick\s+)?look\b/i, /\b(?:some|any|your)\s+feedback\b/i, /\bfeedback\s+on\s+(?:my|it|this|them)\b/i],
  },
  contact: {
    label: 'contact details',
    patterns: [/\b(?:e-?mail|email)\s+address\b/i, /\bphone\s+number\b/i, /\bcontact\s+(?:info|information|details)\b/i, /\b(?:who|whom)\s+(?:should|could|can)\s+I\s+(?:contact|reach|talk|speak|write)\b/i, /\bthe\s+right\s+person\b/i],
  },
};

export interface FoundAsk extends Match {
  kind: AskKind;
}

/** The kinds of thing a request sentence asks for, each with where it is said. */
export function askKinds(sentence: string): FoundAsk[] {
  const found: FoundAsk[] = [];
  for (const [kind, { patterns }] of Object.entries(ASK_KINDS) as [AskKind, (typeof ASK_KINDS)[AskKind]][]) {
    const match = patterns.flatMap((p) => allMatches(sentence, p)).sort((a, b) => a.start - b.start)[0];
    if (match) found.push({ ...match, kind });
  }
  return found.sort((a, b) => a.start - b.start);
}
