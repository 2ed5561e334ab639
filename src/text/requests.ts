/**
 * Lexical cues shared by the built-in rules: requests made of the reader,
 * offers made to the reader, and mentions of the reader's own work. Each
 * function returns offsets into the text it is given.
 */

export interface Match {
  start: number;
  end: number;
  text: string;
}

/** Global copies of the patterns, compiled once: building a RegExp per call was most of the lint time. */
const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * Every match of a pattern, by `exec` on a cached global copy. Not `matchAll`: it clones
 * the RegExp on each call, and over a thousand templates those clones cost more than the
 * matching itself.
 */
export function allMatches(text: string, pattern: RegExp): Match[] {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, global);
  }
  const matches: Match[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    matches.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    // An empty match would be found again at the same place; step past it as matchAll does.
    if (m[0].length === 0) global.lastIndex = advance(text, global.lastIndex, global.unicode || global.flags.includes('v'));
  }
  return matches;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}

/** The clause that leads up to an offset: the text since the last , ; . ! ? or "but". */
export function clauseBefore(text: string, index: number): string {
  return text.slice(0, index).split(/[.;!?,:]|\bbut\b/i).pop() ?? '';
}

export function firstMatch(text: string, patterns: readonly RegExp[]): Match | null {
  let best: Match | null = null;
  for (const pattern of patterns) {
    const m = allMatches(text, pattern)[0];
    if (m && (!best || m.start < best.start)) best = m;
  }
  return best;
}

/** Ways a sentence asks the reader to do something (a favour, time, a reply with information). */
const REQUEST_PATTERNS: readonly RegExp[] = [
  // "Can you…", "Would you be open to…", "May I ask…", "Could I get…"
  /\b(?:can|could|would|will|might)\s+(?:you|u)\b(?!\s+(?:like\s+(?:me|to\s+see)|want\s+me))/i,
  /\b(?:may|can|could|might)\s+I\s+(?!help\b|offer\b|send\s+you\s+something)(?:ask|have|get|call|come|grab|buy|borrow|steal|schedule|set\s+up|book|request|send|share|pick|chat|speak|talk)\b/i,
  /\b(?:do|would)\s+you\s+(?:have|mind|know|think\s+you\s+could)\b/i,
  /\b(?:can|could|shall|might)\s+we\b/i,
  /\bwould\s+mean\s+(?:a\s+lot|the\s+world|so\s+much)\b/i,
  // Reported questions: "wanted to ask if you'd be comfortable…", "to see whether you could…"
  /\b(?:if|whether)\s+you(?:['’]d|\s+(?:would|could|might|can))\b/i,
  /\byou['’]d\s+be\s+(?:open|willing|able|comfortable|interested|up\s+for|happy)\b/i,
  /(?:^|[,.;]\s*|\band\s+)(?:would|I['’]d)\s+love\s+to\s+(?:chat|talk|meet|hear|learn|ask|get|grab|set\s+up|schedule|pick)\b/i,
  /\bare\s+you\s+(?:available|free|open|willing|able)\b/i,
  /\bis\s+there\s+(?:any\s+)?(?:chance|way|possibility)\b/i,
  /\bis\s+there\s+(?:anyone|someone|somebody|anybody)\b/i,
  // Questions that ask the reader to decide for the writer: "Which topics should I focus on?"
  /^\s*(?:what|which|how|where|who|when)\b[^?.!]{0,80}?\b(?:should\s+I|would\s+you\s+(?:recommend|suggest)|do\s+you\s+(?:recommend|suggest))\b/i,
  /\bwould\s+it\s+be\s+(?:possible|ok(?:ay)?|alright|all\s+right)\b/i,
  // "Please forward…", but not "Please find attached" or "Please feel free"
  /\bplease\s+(?!find\b|see\b|feel\s+free|don['’]t\s+hesitate|excuse|forgive|note|ignore|disregard)[a-z]+/i,
  // "I'd love to…", "I would appreciate…", "I'd be grateful…"
  /\bI(?:['’]d|\s+would)\s+(?:really\s+|so\s+|also\s+)?(?:love|like|appreciate|welcome|be\s+(?:so\s+|very\s+|really\s+|most\s+|truly\s+)?(?:grateful|thankful|honou?red|delighted|glad|happy)\s+(?:if|for))\b/i,
  /\bI(?:\s+(?:was|am)|['’]m)\s+(?:(?:really|also|currently|just)\s+)?(?:hoping|wondering|looking\s+for|seeking|asking\s+for|in\s+need\s+of)\b/i,
  /\b(?:any|your|some)\s+[a-z]+\s+would\s+be\s+(?:greatly\s+|much\s+|really\s+|very\s+|hugely\s+)?(?:appreciated|helpful|welcome)\b/i,
  /\bit\s+would\s+(?:mean\s+(?:a\s+lot|the\s+world)|be\s+(?:great|amazing|wonderful|awesome|fantastic|helpful|huge))\s+if\s+you\b/i,
  /\b(?:let\s+me\s+know|tell\s+me)\s+if\s+you\s+(?:could|can|would|are\s+(?:open|willing|available|free))\b/i,
  /\bI\s+(?:need|want)\s+(?:you\s+to|your)\b/i,
];

/**
 * Sentences that ask no favour: offers ("Can I help?"), an invitation to
 * connect on a network, or the writer announcing what they will share.
 */
const NOT_A_FAVOUR = new RegExp(
  [
    String.raw`\b(?:can|could|may)\s+I\s+(?:help|do|offer)\b`,
    String.raw`\bwould\s+you\s+like\s+me\s+to\b`,
    String.raw`\banything\s+I\s+can\s+do\b`,
    String.raw`\bhow\s+can\s+I\s+help\b`,
    // "Please let me know if you need anything else from me" offers, it does not ask.
    String.raw`\b(?:please\s+)?let\s+me\s+know\s+if\s+(?:you\s+need|there\s+is|there['’]s)\s+anything\b`,
    String.raw`\b(?:(?:would|are)\s+you\s+(?:be\s+)?)?(?:open\s+to|up\s+for|interested\s+in|love\s+to|like\s+to)\s+connect(?:ing)?(?:\s+(?:here|on\s+LinkedIn))?[?.!]?$`,
    String.raw`\bI(?:['’]d|\s+would)\s+(?:love|like)\s+to\s+(?:share|introduce|offer|send\s+you|tell\s+you|thank|say|congratulate|update|let\s+you\s+know)\b`,
    // Interest in the reader or the job, not a favour: "I'd welcome the chance to contribute", "love to catch up".
    String.raw`\bwelcome\s+the\s+(?:chance|opportunity)\s+to\s+(?:contribute|join|be\s+considered|work|continue|be\s+part)\b`,
    String.raw`\blove\s+to\s+(?:catch\s+up|reconnect|stay\s+in\s+touch|keep\s+in\s+touch)\b`,
    // "Would love to grab lunch and catch up!": a catch-up between friends is mutual, not a favour.
    String.raw`\bwould\s+love\s+to\s+(?:grab|get)\s+(?:a\s+)?(?:lunch|coffee|drinks?|dinner)\b(?=[^.?!]{0,40}\bcatch\s+up\b)`,
    String.raw`\blove\s+to\s+hear\s+(?:what\s+you(?:['’]re|\s+are)\s+(?:working\s+on|up\s+to)|how\s+(?:you(?:['’]re|\s+are)\s+doing|things\s+are))\b`,
  ].join('|'),
  'i',
);

/**
 * Remembers the last answers for a few hundred texts: several rules ask the
 * same question (is this sentence a request? does this message offer
 * anything?) of the same text, and each question runs dozens of patterns.
 */
function memoize<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    const value = compute(text);
    if (cache.size >= 512) cache.delete(cache.keys().next().value!);
    cache.set(text, value);
    return value;
  };
}

/** The first request in a sentence, or null; phrases that ask no favour are passed over. */
export const findRequest = memoize(function findRequest(sentence: string): Match | null {
  const excluded = allMatches(sentence, NOT_A_FAVOUR);
  const requests = REQUEST_PATTERNS.flatMap((pattern) => allMatches(sentence, pattern)).sort((a, b) => a.start - b.start);
  return requests.find((request) => !excluded.some((x) => x.start < request.end && request.start < x.end)) ?? null;
});

/** Ways a message offers something back. */
const OFFER_PATTERNS: readonly RegExp[] = [
  /\banything\s+(?:that\s+)?I\s+(?:can|could|might)\s+do\b/i,
  /\blet\s+me\s+know\s+if\s+you\s+need\s+anything\b/i,
  /\b(?:let\s+me\s+know\s+)?(?:if|how|whether)\s+(?:there(?:['’]s|\s+is)\s+(?:anything|any\s+way)\s+)?I\s+can\s+(?:help|return|be\s+(?:of\s+)?(?:help|use|service)|support|assist|repay)\b/i,
  /\bI\s+(?:hope|would\s+love|['’]d\s+love|want|wish)\s+(?:that\s+)?(?:I\s+can\s+|I\s+could\s+|to\s+)?(?:help|support|assist|repay|return)\b/i,
  /\bhelp\s+you\s+(?:in\s+(?:some|any)\s+way|in\s+return|back|as\s+well|too)\b/i,
  /\breturn\s+the\s+favou?r\b/i,
  /\bin\s+return\b/i,
  /\b(?:I['’]m|I\s+am|I['’]d\s+be|I\s+would\s+be|I['’]ll\s+be|happy|glad|keen)\s+(?:(?:more\s+than|always|also)\s+)?(?:(?:happy|glad|delighted|keen)\s+)?to\s+(?:help|share|send\s+you|introduce\s+you|connect\s+you|make\s+an\s+intro|return|pass\s+along|buy\s+you|treat\s+you|offer|support|review|give\s+you|put\s+you\s+in\s+touch|speak|talk\s+to|present|mentor|volunteer|host|contribute)\b/i,
  /\bI\s+(?:can|could)\s+(?:share|send\s+you|introduce\s+you|connect\s+you|offer|return|put\s+you\s+in\s+touch|help\s+(?:you|your))\b/i,
  /\bI['’]d\s+(?:gladly|happily|love\s+to)\s+(?:share|send\s+you|help|return|introduce\s+you|connect\s+you)\b/i,
  /\bI\s+(?:can|could|will|['’]ll)\s+(?:happily\s+|gladly\s+)?(?:cover|promote|host|feature|sponsor|pay\s+for|buy\s+you|treat\s+you)\b/i,
  /\b(?:coffee|lunch|drinks?)\s+(?:is|['’]s|are|would\s+be)\s+on\s+me\b/i,
  /\b(?:my|the)\s+treat\b/i,
  /\bhow\s+(?:can|could|might)\s+I\s+(?:help|support|be\s+useful)\b/i,
  /\bcan\s+I\s+(?:help|do)\s+(?:you|anything)\b/i,
  /\bif\s+(?:it['’]s|it\s+is|it\s+would\s+be|that['’]s|that\s+is|that\s+would\s+be)\s+(?:useful|helpful|of\s+use|of\s+interest)\b/i,
];

const NEGATION = /\b(?:not|never|no|can['’]?t|cannot|won['’]t|don['’]t|couldn['’]t|wouldn['’]t)\b/i;

const ANY_OFFER = new RegExp(OFFER_PATTERNS.map((p) => `(?:${p.source})`).join('|'), 'gi');

/** The first offer of something back, ignoring negated ones ("I can't offer much"). */
export const findOffer = memoize(function findOffer(text: string): Match | null {
  for (const match of allMatches(text, ANY_OFFER)) {
    // The clause leading up to the offer: "I can't offer much in return" is no offer.
    const clause = clauseBefore(text, match.start);
    if (NEGATION.test(clause + match.text) && !/\bif\b/i.test(clause)) continue;
    return match;
  }
  return null;
});

/** Mentions of something specific to the reader: their work, writing, talk, background, team, or a shared tie. */
const PERSONAL_PATTERNS: readonly RegExp[] = [
  /\byour\s+(?:(?:recent|great|excellent|fantastic|thoughtful|insightful|last|latest|new|\d{4})\s+)*(?:post|article|blog|essay|talk|keynote|podcast|episode|paper|book|newsletter|video|presentation|panel|webinar|thread|comment|tweet|research|publication|interview|workshop|session|course|open[- ]source|repo|library|project|launch|piece|story|journey|path|transition|move|work\s+(?:on|at|in|with)|experience\s+(?:in|with|at|on|leading|building|moving)|background\s+(?:in|at|as)|career\s+(?:in|at|path)|team['’]s|role\s+(?:in|on|at|as)|time\s+at)\b/i,
  // "I saw that you recently joined…" is about them; "I noticed you work at X" only names the employer.
  /\bI\s+(?:recently\s+|just\s+)?(?:read|enjoyed|loved|listened\s+to|watched|saw|attended|heard|noticed)\s+(?:that\s+)?(?:your|you)\b(?!\s+(?:currently\s+)?(?:work|are\s+(?:a|an|the|on|at|with)\b|['’]re\s+(?:a|an|on|at|with)\b))/i,
  /\bcongratulations\s+on\b|\bcongrats\s+on\b/i,
  /\b(?:mutual|shared)\s+(?:friend|connection|contact|colleague|acquaintance)\b/i,
  /\b[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:suggested|recommended|mentioned)\s+(?:that\s+)?I\s+(?:reach\s+out|contact|talk|speak|connect|get\s+in\s+touch)\b/i,
  /\b(?:suggested|recommended)\s+I\s+(?:reach\s+out|contact|talk|speak|connect|get\s+in\s+touch)\b/i,
  /\bwe\s+(?:both|each)\s+(?:studied|went|worked|attended|grew|were|are)\b/i,
  /\bfellow\s+(?:alum|alumn[ai]|alumnus|graduate|grad|member|\w+\s+(?:alum|grad|graduate))\b/i,
  /\b(?:alumni|alumnae)\s+(?:network|association|directory|group|community)\b/i,
  /\byou\s+(?:were|are)\s+also\b|\bwe\s+(?:both|also)\s+(?:studied|went|worked|attended|grew|majored|love|share)\b/i,
  /\b(?:the\s+)?same\s+(?:school|university|college|program|major|bootcamp|hometown|team)\b/i,
  /\b(?:we\s+met|met\s+you|meeting\s+you)\s+(?:at|during|last|in)\b/i,
  /\bit\s+(?:appears|seems|looks\s+like)\s+you\s+(?:have|had|led|built|are|were)\b/i,
  /\b(?:your|you)\s+(?:\w+\s+){0,3}(?:move|moved|switch|switched|transition|transitioned|path|journey)\s+(?:from|to|into)\b/i,
  /\byou\s+(?:recently\s+|just\s+)?(?:wrote|said|mentioned|shared|posted|spoke|presented|led|built|launched|started|founded|created|designed|joined|moved|became|took\s+on|were\s+promoted|got\s+promoted)\b/i,
];

export const findPersonalization = memoize((text: string): Match | null => firstMatch(text, PERSONAL_PATTERNS));
