/**
 * Asks: whether a sentence asks the reader for something, how, and for what.
 * One test for every rule (catalogue v2, "Ask" and "Distinct asks").
 */
import type { AskKind } from '../types.js';
import { alternation, ADVICE_NOUNS, DECISION_MAKERS, FAVOUR_VERBS, MEETING_NOUNS, PLEASANTRIES } from './lexicon.js';
import { clauseAt, isNegatedAt, isWriterHypothetical } from './clauses.js';
import { allMatches, type Match } from '../text/match.js';

const MEETING = alternation(MEETING_NOUNS);
const ADVICE = alternation(ADVICE_NOUNS);
const DECIDER = alternation(DECISION_MAKERS);

/** Ways of asking, each a shape rather than a phrase list: a modal question to "you", a permission, a wish… */
const TRIGGERS: readonly { form: 'question' | 'request' | 'wish'; pattern: RegExp }[] = [
  { form: 'question', pattern: /\b(?:can|could|would|will|might|wud|cud)\s+(?:you|u|ya)\b(?!\s+(?:like\s+(?:me|to\s+see)|want\s+me))/i },
  { form: 'question', pattern: /\b(?:may|can|could|might)\s+I\s+(?!(?:help|offer|return|do|say|add|just\s+say|be\s+(?:of|honest))\b)[a-z]+/i },
  { form: 'question', pattern: /\b(?:do|would|did)\s+(?:you|u)\s+(?:have|mind|know|think\s+you\s+could|happen\s+to|see\s+any|recommend|suggest)\b/i },
  { form: 'question', pattern: /\b(?:can|could|shall|might)\s+we\b/i },
  { form: 'question', pattern: /\bare\s+(?:you|u)\s+(?:(?:by\s+any\s+chance|still|currently)\s+)?(?:available|free|open|willing|able|around|up\s+for|interested|hiring)\b/i },
  { form: 'question', pattern: /\bis\s+(?:there|it)\s+(?:any\s+|a\s+)?(?:chance|way|possibility|possible|ok(?:ay)?)\b/i },
  { form: 'question', pattern: /\bany\s+chance\b/i },
  { form: 'question', pattern: /^\s*(?:would\s+you\s+|do\s+you\s+)?mind\s+(?:if\s+I\b|[a-z]+ing\b)/i },
  { form: 'question', pattern: /\bfancy\s+(?:a|an|some|grabbing|meeting|chatting|a\s+quick)\b/i },
  { form: 'request', pattern: /\blet['’]?s\s+(?:hop|jump|connect|chat|meet|grab|talk|catch\s+up|schedule|set\s+up|find\s+(?:a\s+)?time|do\s+a\s+call)\b/i },
  // A request named as one: "One small request: a 20-minute call", "My ask is simple: pass my CV to…"
  { form: 'request', pattern: /\b(?:my|one|a|the|only)\s+(?:[a-z]+\s+){0,2}?(?:request|ask|favou?r)\s*(?:is\s+(?:simple|this|that|just)?\s*:?|:)/i },
  { form: 'question', pattern: /\bwould\s+(?:\d+|fifteen|twenty|thirty|ten)\s+min(?:ute)?s?\b|\bhow\s+about\s+(?:a|an)\b/i },
  { form: 'question', pattern: /\bis\s+there\s+(?:anyone|someone|somebody|anybody)\b/i },
  { form: 'question', pattern: /\bwould\s+it\s+be\s+(?:possible|ok(?:ay)?|alright|all\s+right|too\s+much)\b/i },
  { form: 'question', pattern: /^\s*(?:what|which|how|where|who|when)\b[^?.!]{0,80}?\b(?:should\s+I|would\s+you\s+(?:recommend|suggest)|do\s+you\s+(?:recommend|suggest))\b/i },
  // Reported questions: "I wanted to ask if you'd be comfortable…", "to see whether you could…"
  { form: 'request', pattern: /\b(?:if|whether)\s+(?:you|u)(?:['’]d|\s+(?:would|could|might|can|have\s+(?:time|a\s+few|any|some)|are\s+(?:able|open|willing|free|available)))\b/i },
  { form: 'request', pattern: /\b(?:you|u)['’]d\s+be\s+(?:open|willing|able|comfortable|interested|up\s+for|happy)\b/i },
  { form: 'request', pattern: /\b(?:let\s+me\s+know|tell\s+me|lmk)\s+(?:if|whether)\s+(?:you|u)\s+(?:could|can|would|might|have|are\s+(?:open|willing|available|free|able))\b/i },
  { form: 'request', pattern: /\b(?:let\s+me\s+know|lmk)\s+(?:what\s+you\s+think|your\s+thoughts|which|when|if\s+(?:that|this|any)\s+(?:works|suits))\b/i },
  { form: 'request', pattern: /\bI\s+(?:need|want)\s+(?:you\s+to|your)\b/i },
  { form: 'request', pattern: /\b(?:please|pls|plz|kindly)\s+(?!(?:find|see|feel\s+free|don['’]?t\s+hesitate|excuse|forgive|note|ignore|disregard|accept\s+my\s+(?:apolog|thanks)|keep\s+(?:up|in\s+mind)|let\s+me\s+know\s+if\s+(?:you\s+need|there)|know\s+that)\b)[a-z]+/i },
  { form: 'request', pattern: /\bdo\s+(?:let\s+me\s+know|revert|share|send|reply|get\s+back)\b/i },
  // Wishes: "I'd love your take on…", "I would be grateful for…", "I'm hoping you could…"
  { form: 'wish', pattern: /\b(?:I(?:['’]d|\s+would|\s+will|['’]ll)|would|will)\s+(?:really\s+|so\s+|also\s+|very\s+much\s+|truly\s+)?(?:love|like|appreciate|welcome|value|be\s+(?:so\s+|very\s+|really\s+|most\s+|truly\s+|extremely\s+|deeply\s+|incredibly\s+|forever\s+)?(?:(?:grateful|thankful|honou?red|obliged|indebted)\s+(?:if|for|to)|(?:delighted|glad|happy|thrilled)\s+(?:if|for|to\s+(?:hear|get|have|learn|receive|chat|talk|meet|speak|know))))\b/i },
  { form: 'wish', pattern: /\bI(?:\s+(?:was|am)|['’]m)\s+(?:(?:really|also|currently|just|still)\s+)?(?:hoping|wondering|looking\s+for|seeking|asking\s+(?:for|if|whether|you)|in\s+need\s+of|keen\s+to\s+(?:hear|get|learn|chat|meet))\b/i },
  { form: 'wish', pattern: /^\s*(?:just\s+|really\s+)?(?:hoping|wondering)\s+(?:if|whether|you|to|for)\b/i },
  { form: 'wish', pattern: /\bif\s+you\b[^.?!]{0,80}?\b(?:I(?:['’]d|['’]ll|\s+(?:would|will|shall))|it\s+(?:would|will))\s+(?:be\s+)?(?:(?:very|so|really|most|truly|greatly|much|forever)\s+)*(?:grateful|thankful|obliged|indebted|appreciate|appreciated|mean\s+a\s+lot|help\s+(?:me\s+)?(?:a\s+lot|greatly|so\s+much))\b/i },
  { form: 'wish', pattern: /\bI\s+(?:wish|want|would\s+like|['’]d\s+like|am\s+writing|['’]m\s+writing)\s+to\s+(?:know|enquire|inquire|request|check|find\s+out|understand|learn)\s+(?:if|whether|about|how|what|which|when|where|who)\b/i },
  { form: 'wish', pattern: /\b(?:any|your|some|a\s+few|an?)\s+(?:[a-z-]+\s+){1,8}?(?:would|will|could)\s+(?:be\s+(?:greatly\s+|much\s+|really\s+|very\s+|hugely\s+|most\s+|so\s+|truly\s+|incredibly\s+)?(?:appreciated|helpful|welcome|amazing|invaluable|great|wonderful|fantastic|brilliant|lovely|a\s+(?:huge|big|great|real)\s+help)|help(?:\s+(?:me|a\s+lot|so\s+much|hugely))?|mean\s+(?:a\s+lot|the\s+world|so\s+much)|go\s+a\s+long\s+way|be\s+(?:incredible|awesome|huge|a\s+dream|a\s+game[- ]changer))\b/i },
  { form: 'wish', pattern: /\bit\s+would\s+(?:mean\s+(?:a\s+lot|the\s+world|so\s+much)|be\s+(?:great|amazing|wonderful|awesome|fantastic|helpful|huge|lovely|a\s+(?:huge\s+|big\s+)?help))\s+(?:if|to\s+(?:get|hear|have|chat|talk|meet))\b/i },
  { form: 'wish', pattern: /\bwould\s+mean\s+(?:a\s+lot|the\s+world|so\s+much)\b/i },
  { form: 'wish', pattern: /(?:^|[,.;!]\s*|\band\s+)(?:would|I['’]d)\s+(?:still\s+|really\s+|so\s+|also\s+)?love\s+to\s+(?:chat|talk|meet|hear|learn|ask|get|grab|set\s+up|schedule|pick|connect|speak|jump|hop)\b/i },
  { form: 'request', pattern: /\bto\s+ask\s+(?:you\s+)?(?:if|whether)\s+(?:I|you|we)\s+(?:might|could|may|can|would)\b|\b(?:if|whether)\s+I\s+(?:might|could|may)\s+(?:ask|pick|borrow|have|get|send|call|come|book|schedule|trouble|impose)\b/i },
  { form: 'wish', pattern: /(?:\bI\s+|(?<=\band\s))(?:wanted|want|would\s+like|['’]d\s+like|hoped|was\s+hoping)\s+to\s+(?:ask|request|connect|see\s+if|check\s+if|know\s+if|find\s+out\s+if)\b/i },
  { form: 'wish', pattern: /\bI(?:['’]m|\s+am)\s+(?:(?:really|just|also)\s+)?(?:curious|keen\s+to\s+(?:know|learn|find\s+out)|eager\s+to\s+(?:know|learn|hear)|interested\s+to\s+(?:know|hear|learn))\s+(?:about\s+)?(?:if|whether|what|how|when|which|who)\b/i },
  { form: 'request', pattern: /\b(?:checking\s+in|reaching\s+out|writing|following\s+up|circling\s+back|touching\s+base)\s+to\s+(?:see|ask|find\s+out|check|learn)\s+(?:if|whether|what|how|when|which)\b/i },
  { form: 'question', pattern: /\b(?:perhaps|maybe|hopefully)\s+we\s+(?:can|could)\b/i },
];

/**
 * Sentences that ask no favour though they look like asks: offers ("Would you like me
 * to send it?"), interest without a favour ("let me know how the launch goes"), catch-ups.
 */
const NOT_A_FAVOUR = new RegExp(
  [
    // "Could I send you my plan to review?" asks for a review; "Could I send you our survey?" offers.
    String.raw`\b(?:can|could|may|shall|should)\s+I\s+(?:help|do|offer|send\s+you|share|introduce\s+you|connect\s+you|return)\b(?![^.?!]{0,60}\b(?:to\s+(?:review|look|check|read|critique)|for\s+(?:your\s+)?(?:review|feedback|thoughts|comments|input|approval)))`,
    String.raw`\b(?:would|do)\s+you\s+(?:like|want)\s+me\s+to\b`,
    String.raw`\b(?:want|like)\s+me\s+to\b`,
    String.raw`\bshall\s+I\b`,
    String.raw`\bshould\s+I\s+(?:put\s+you|send\s+you|share|introduce\s+you|connect\s+you|loop\s+you)\b`,
    String.raw`\bwould\s+it\s+help\s+(?:you\s+)?(?:if|for)\s+(?:I|me)\b`,
    String.raw`\bwould\s+(?:a|an|my|the|some)\s+[^?.!]{0,60}?\bbe\s+(?:useful|helpful|of\s+(?:use|interest|help))\s+(?:to|for)\s+(?:you|your)\b`,
    // A choice offered with an offer ("want me to send it, or would you rather see it live?").
    String.raw`(?<=\bor\s)would\s+you\s+(?:rather|prefer)\b`,
    String.raw`\banything\s+(?:else\s+)?(?:that\s+)?I\s+(?:can|could|might)\s+(?:do|help)\b`,
    String.raw`\bhow\s+(?:can|could|might)\s+I\s+(?:help|support|be\s+(?:useful|of\s+help))\b`,
    String.raw`\b(?:please\s+)?let\s+me\s+know\s+(?:if|whether)\s+(?:you\s+need|there(?:\s+is|['’]s)\s+(?:anything|any\s+way|something)\s+(?:else\s+)?(?:I|we)\b|I\s+can|it\s+would\s+help|that\s+would\s+help|you['’]d\s+like\s+(?:me|a\s+copy|to\s+see))`,
    String.raw`\b(?:let\s+me\s+know|tell\s+me)\s+how\s+(?:it|the|your|things)\b`,
    String.raw`\blet\s+me\s+know\s+if\s+(?:there(?:['’]s|\s+is)\s+)?anything\s+(?:else\s+)?(?:(?:would|could|might)\s+(?:help|make\s+(?:it|this|things)\s+easier)|I\s+can\s+do)\b`,
    String.raw`(?:\bI(?:['’]d|\s+would)|\band\s+would|^\s*would)\s+(?:love|like)\s+to\s+(?:share|introduce|offer|send\s+you|tell\s+you|thank|say|congratulate|update|let\s+you\s+know|help|return|contribute)\b`,
    String.raw`\bwelcome\s+the\s+(?:chance|opportunity)\s+to\s+(?:contribute|join|be\s+considered|work|continue|be\s+part|help)\b`,
    String.raw`\blove\s+to\s+(?:catch\s+up|reconnect|stay\s+in\s+touch|keep\s+in\s+touch)\b`,
    String.raw`\bwould\s+love\s+to\s+(?:grab|get)\s+(?:a\s+)?(?:lunch|coffee|drinks?|dinner)\b(?=[^.?!]{0,40}\bcatch\s+up\b)`,
    String.raw`\blove\s+to\s+hear\s+(?:what\s+you(?:['’]re|\s+are)\s+(?:working\s+on|up\s+to)|how\s+(?:you(?:['’]re|\s+are)\s+doing|things\s+are|it\s+goes|the))\b`,
  ].join('|'),
  'i',
);

const PLEASANTRY = new RegExp(String.raw`^\s*(?:(?:hi|hey|hello)\b[^?]{0,30}[,!]\s*)?(?:${alternation(PLEASANTRIES)})\b[^?]{0,30}\?\s*$`, 'i');
/** A question addressed to the reader, or one asking them to decide for the writer. */
const ADDRESSED = /\b(?:you|your|u|ur|ya)\b|\b(?:should|could|can|do|would|may)\s+I\b/i;
/** Words that tie a question to the reader's world rather than to the world at large. */
const ABOUT_THE_READER = /\b(?:you|your|u|ur|y['’]?all|there|person|people|team|role|position|office|company|firm|interview|process|salary|opening|job|hiring|manager|recruiters?|certificat\w*|assignment|program(?:me)?|scheme|policy|referrals?)\b/i;
/** Questions asked for effect: "…, right?", "Why do X always…?", "What's a Y without Z?", "How hard can it be?" */
function isRhetorical(sentence: string): boolean {
  const text = sentence.trim().toLowerCase();
  if (/, ?right ?\?$/.test(text.slice(-12))) return true;
  if (/^why (?:do|does|is|are|must)\b/.test(text) && /\balways\b/.test(text)) return true;
  if (/^(?:who|what)(?:['’]s| is) a\b/.test(text) && /\bwithout\b/.test(text)) return true;
  return /^how hard can\b/.test(text);
}
const INFORMATION_QUESTION = /^\s*(?:(?:\d+[.)]|[-*•]|first|second|third|also|and|so|finally|lastly)\W+)?(?:how|what|which|why|when|where|who|whom|whose|is|are|does|do|did|has|have|should|was|were)\b[^?]{3,}\?\s*$/i;
const FAVOUR_NOUN = /\b(?:openings?|vacanc(?:y|ies)|referrals?|intros?|introductions?|advice|tips|pointers|call|chat|coffee|positions?|roles?|jobs?|internships?)\b/i;
/** A favour verb opening the sentence, with an object after it ("Email me…", not "Email address: …"). */
const FAVOUR_OPENER = new RegExp(String.raw`^\s*(?:(?:and|also|so|then|just|please|pls|plz|kindly|maybe|perhaps)\s+)*(?:${alternation(FAVOUR_VERBS)})\b(?=\s+(?:me|us|it|them|this|that|these|those|the|a|an|my|our|your|over|along|back|out|up|in|on|to|through|at|with|for|whether|if|how|what|who|when)\b|[.!?]?$)`, 'i');

export interface AskShape {
  form: 'question' | 'request' | 'imperative' | 'wish';
  /** Where the asking starts in the sentence. */
  start: number;
}

/**
 * Whether a sentence asks the reader for something, and where the asking starts; null when it
 * does not (an offer, a pleasantry, a negated or writer-hypothetical clause).
 */
export function askShape(sentence: string): AskShape | null {
  const excluded = allMatches(sentence, NOT_A_FAVOUR);
  const overlapsExcluded = (m: Match) => excluded.some((x) => x.start < m.end && m.start < x.end);
  const found: AskShape[] = [];
  for (const { form, pattern } of TRIGGERS) {
    for (const m of allMatches(sentence, pattern)) {
      if (overlapsExcluded(m)) continue;
      // "I'd love to catch up if you have time": the condition asks nothing by itself; nor does "please let
      // me know" closing an offer ("If there's anything I can do for you, please let me know").
      if (excluded.length > 0 && /^(?:if|whether)\b/i.test(m.text)) continue;
      if (excluded.length > 0 && /^(?:(?:please|pls|do|just)\s+)?(?:let\s+me\s+know|say\s+the\s+word)\b/i.test(sentence.slice(m.start))) continue;
      if (isNegatedAt(sentence, m.start)) continue;
      if (form === 'wish' && isWriterHypothetical(sentence)) continue;
      found.push({ form, start: m.start });
    }
  }
  const opener = FAVOUR_OPENER.exec(sentence);
  if (opener && !isNegatedAt(sentence, 0) && excluded.length === 0) found.push({ form: 'imperative', start: opener.index + (opener[0].length - opener[0].trimStart().length) });
  if (found.length > 0) return found.sort((a, b) => a.start - b.start)[0]!;
  // An information question, even with no "you": "Third, which certifications did hiring managers care about?"
  if (INFORMATION_QUESTION.test(sentence) && ABOUT_THE_READER.test(sentence) && !isRhetorical(sentence) && excluded.length === 0 && !PLEASANTRY.test(sentence) && !isNegatedAt(sentence, sentence.length - 1)) {
    return { form: 'question', start: sentence.length - sentence.trimStart().length };
  }
  // A question to the reader that none of the shapes above names: "What does ramp-up look like on your team?",
  // or a verbless one that names a favour: "any openings at Lumina?"
  if (/\?\s*$/.test(sentence) && (ADDRESSED.test(sentence) || FAVOUR_NOUN.test(sentence)) && excluded.length === 0 && !PLEASANTRY.test(sentence) && !isRhetorical(sentence)) {
    const start = sentence.length - sentence.trimStart().length;
    if (!isNegatedAt(sentence, Math.max(0, sentence.search(ADDRESSED)))) return { form: 'question', start };
  }
  return null;
}

/** A question asked for its answer: it asks for answers (advice), unless it names another favour. */
const QUESTION_FOR_ANSWERS = /(?:^\s*(?:\d+[.)]\s*|[-*•]\s*)?(?:(?:and|also|so|but|plus|oh|ok|okay)\s+)?|[:,—–]\s*)(?:how|what|which|why|where|who|is|are|does|do|did|has|have|was|were)\b[^?]*\?\s*$/i;
/** What a question about the job is about: it asks for job information, not advice. */
const JOB_TOPIC = /\b(?:the|this|that|your|a|an)\s+(?:[\w-]+\s+){0,2}?(?:role|position|opening|vacancy|interview(?:\s+process)?|process|take-home|assignment|salary|scheme|program(?:me)?|internship|intake)\b|\b(?:hiring|recruiting)\s+(?:for|this|now|graduates|juniors|any)\b|\bremote-friendly\b|\breferral\s+(?:program(?:me)?|process|scheme|portal)\b|\breferrals?\s+(?:generally\s+)?work\b|\b(?:role|position)\s+still\s+open\b|\bsalary\b|\b(?:the|your)\s+(?:interview\s+)?panel\b|\binterviewers?\b/i;

/** What each kind of favour is called; each found at its words inside an ask. */
const KIND_PATTERNS: Readonly<Record<AskKind, readonly RegExp[]>> = {
  time: [
    // ("before the call", "after our meeting": a meeting referred to, not asked for)
    new RegExp(String.raw`(?<![\w-])(?<!\b(?:before|after|during|since|ahead\s+of|until|till)\s+(?:the|our|my|your|this|that|tomorrow['’]s|today['’]s)\s+(?:[\w-]+\s+)?)(?:(?:a|an|some)\s+)?(?:(?:quick|short|brief|little|informal|virtual|phone|video|zoom|coffee|casual|friendly|15|20|30)\s+){0,3}(?:${MEETING})(?![\w-])(?!\s+(?:invite|invitation|link|page|group|notes|recording|slides|details|organi[sz]er|series))|\b(?:hop|jump)\s+on\s+(?:a\s+)?(?:(?:quick|short|brief)\s+)?(?:call|zoom|phone|video\s+call|chat)\b`, 'i'),
    /\b(?:can|could|shall|might|may)\s+(?:we|I)\s+(?:meet|talk|speak|chat|catch\s+up|sync|get\s+together|call|ring|phone|visit|come\s+(?:by|over))\b|\b(?:hop|jump)\s+on\b|\b(?:meet|talk|speak|chat)\s+(?:with\s+)?(?:you|me|us|for|over|briefly|sometime|next|this|by\s+(?:phone|telephone|video|zoom))\b|\bcall\s+you\b|\b(?:minutes|an\s+hour|hours?|some|a\s+bit|a\s+little)\s+(?:of\s+)?your\s+(?:time|day)\b|\bcome\s+(?:to|by)\s+your\b|\bstop\s+by\b|\b(?:\d+|a\s+few|fifteen|twenty|thirty|ten)\s*(?:-|\s)?(?:min(?:ute)?s?)\b(?!\s+(?:read|drive|walk|away))|\b(?:an|one|two|\d+)\s+hours?\b(?!\s+(?:away|drive|flight))|\bhalf\s+an\s+hour\b/i,
  ],
  advice: [
    /\bpick\s+(?:your|ur|yer|his|her|their)\s+brains?\b/i,
    new RegExp(String.raw`\b(?:(?:some|any|a\s+few|a\s+little|your|more|general)\s+)?(?:${ADVICE})\b`, 'i'),
    /\b(?:ask|send|email|e-mail|put|pose)(?:ed)?\s+(?:you\s+|u\s+)?(?:[\w-]+\s+){0,3}?(?:questions?|qs)\b|\bask\s+(?:you|u)\s+(?:a\s+)?(?:couple|few)\s+(?:of\s+)?things\b|\b(?:do|would|did)\s+(?:you|u)\s+(?:think|say|reckon|advise)\b|\b(?:you|u)(?:['’]d|\s+would)\s+(?:recommend|suggest|advise)\b|\bworth\s+it\b|\bin\s+your\s+(?:experience|view|opinion)\b/i,
    /\b(?:guide|advise|mentor|direct)\s+me\b|\b(?:tell|show|explain\s+to|teach)\s+me\s+(?:how|what|why|which|whether|about|more|a\s+bit)\b|\banswer\s+(?:[\w-]+\s+){0,2}?questions?\b|\blearn\s+(?:more\s+)?(?:about|from|how)\b|\bwhat\s+you\s+think\b/i,
    QUESTION_FOR_ANSWERS,
  ],
  review: [/\b(?:review(?:ing)?|proofread(?:ing)?|critique|edit|skim|sanity-check|once-over|read\s+(?:over|through)\s+my|read\s+my)\b/i, /\b(?:look(?:ing)?|glanc(?:e|ing))\s+(?:at|over|through)\s+(?:my|it|this|them|the|a|our)\b|\btake\s+a\s+(?:quick\s+)?look\b|\bfeedback\b|\bgo\s+(?:through|over)\s+my\b|\bcheck\s+(?:out\s+)?my\b/i],
  forward: [
    /\b(?:forward(?:ing)?|pass(?:ing)?|send(?:ing)?|shar(?:e|ing)|hand(?:ing)?|get(?:ting)?|put(?:ting)?|bring(?:ing)?|submit(?:ting)?|circulat(?:e|ing)|flag(?:ging)?)\s+(?:(?:it|this|them|my\s+(?:[\p{L}\p{N}&'’-]+\s+){0,3}?[\p{L}\p{N}&'’-]+|me)\s+)?(?:(?:along|over|on|in\s+front\s+of|through)\s+)?(?:to|with|among|amongst)\s+(?!(?:me|you|u)\b)(?:the|your|a|an|whoever|someone|somebody|anyone|any|HR|him|her|them|[A-Z])/iu,
    /\b(?:forward|pass\s+along|pass\s+on)\s+(?:my|it|this|them)\b|\b(?:pass|send)\s+my\s+(?:\w+\s+){0,2}?(?:name|r[eé]sum[eé]|resume|cv|profile|details)\s+(?:along|on|over)\b|\bin\s+front\s+of\s+(?:the|your|a)\b/iu,
  ],
  referral: [/\b(?:(?:get|getting|help)\s+(?:me\s+)?(?:my\s+|a\s+)?foot\s+in\s+the\s+door)\b|\brefer(?:ral|ring|red)?\b(?:\s+me\b)?(?!\s+(?:program(?:me)?|process|bonus|policy|system|scheme)s?\b)/i, /\bput\s+in\s+a\s+(?:good\s+)?word\b|\bput\s+a\s+(?:good\s+)?word\s+in\b|\ba\s+good\s+word\b|\bvouch\s+for\b|\b(?:endorse|commend|nominate|sponsor)\s+me\b|\bspeak\s+(?:up\s+)?for\s+me\b|\bput\s+my\s+name\s+(?:forward|in)\b|\bmention\s+my\s+name\b|\bsubmit\s+me\b|\bput\s+me\s+forward\b|\bnominate\s+me\b|\b(?:get|land|score)\s+me\s+(?:a|an|the)\s+(?:interview|job|offer|foot)\b|\bfoot\s+in\s+the\s+door\b/i],
  introduction: [/\bintroduc(?:e|ed|tion|ing)\b(?:\s+me\b)?|\bintros?\b/i, /\b(?:connect|put|hook|link|loop)\s+me\s+(?:up\s+|in\s+)?(?:in\s+touch\s+)?(?:with\b|to\b|w\/?(?=\s))/i],
  recommendation: [/\b(?:list|use|name|put)\s+you\s+(?:down\s+)?as\s+(?:a|my)\s+(?:reference|referee)\b|\b(?:act|serve|be|speak)\s+as\s+(?:a|my)\s+(?:reference|referee)\b|\breferee\b|\brec\s+letter\b|\b(?:linkedin|quick|short)\s+rec\b|\b(?:character|professional|academic)\s+reference\b|\bone\s+of\s+my\s+(?:\w+\s+)?references\b|\brecommending\s+me\b|\bin\s+support\s+of\s+my\s+application\b|\brecommendation\s+(?:letter|on\s+linkedin)\b|\b(?:a|an|my|the)\s+(?:[\w-]+\s+){0,2}recommendation\b(?!\s+(?:for|of|on)\s+(?:a|which|what|books?|resources?))|\bletter\s+of\s+(?:recommendation|reference|support)\b|\breference\s+letter\b|\b(?:be|serve\s+as|act\s+as)\s+(?:a|my)\s+reference\b|\brecommend\s+me\b/i],
  job: [/\blink\s+to\s+the\s+(?:[\w-]+\s+){0,3}?(?:posting|role|opening|job|position|vacancy)\b|\bjob\s+(?:posting|link|ad)\b|\b(?:know|tell\s+me|say\s+me|share|any\s+idea|enquire|inquire)\s+(?:about\s+)?(?:what|which|when|whether|if|how\s+(?:many|long|much))\b[^?.!]{0,100}\b(?:panel|interview|interviewer|hiring|process|salary|pay|team|role|position|opening|vacanc(?:y|ies)|timeline|stage|round|scheme|program(?:me)?|intake|internship|fellowship|funding|grant|post|recruit\w*|application\s+window|cohort)s?\b|\b(?:any|are\s+there|know\s+of|aware\s+of)\s+(?:[\w-]+\s+){0,2}?(?:job\s+)?(?:openings?|vacanc(?:y|ies)|open\s+(?:roles?|positions?))\b|\b(?:are|is)\s+(?:you|u|your\s+\w+|ur\s+\w+)\s+(?:currently\s+|still\s+)?(?:hiring|signing|recruiting|taking\s+on|looking\s+for)\b|\b(?:you|u|your\s+\w+|ur\s+\w+)(?:['’]re|\s+are|\s+is|['’]s)\s+(?:currently\s+|still\s+)?(?:hiring|signing|recruiting|taking\s+on)\b|\breferral\s+(?:program(?:me)?|process|scheme|portal)\b|\b(?:hire|interview)\s+me\b|\bconsider\s+me\b|\b(?:takes?|taking|offers?)\s+(?:on\s+)?(?:[\w-]+\s+){0,2}?(?:interns|internships|placements|trainees|apprentices|graduates|juniors)\b|\bgive\s+me\s+(?:a|an)\s+(?:job|chance|opportunity|internship|interview)\b/i],
  send: [/\bpoint\s+me\s+(?:to|toward|towards)\s+(?!(?:someone|somebody|anyone|people|the\s+right|whoever|a\s+(?:person|contact|colleague)|your\s+(?:colleague|contact|friend)))|\b(?:send|share|email|e-mail|forward|mail|dm|text|post|pass)(?:ing)?\s+(?:me|over|us)\b|\bshare\s+(?:the|your|a|that|those|some)\s+(?![^.?!]{0,30}\b(?:name|names|contact|e-?mail|address|number|advice|tips|guidance|thoughts|insights?|pointers|suggestions|wisdom|perspective)\b)|\ba\s+copy\s+of\b|\bshare\s+(?:it\s+)?with\s+me\b|(?<!\bI\s)\bsend\s+(?:it|them|the)\b(?![^.?!]{0,30}\bto\b)/i],
  contact: [/\bpoint\s+me\s+(?:to|toward|towards|in\s+the\s+direction\s+of)\s+(?:someone|somebody|anyone|people|the\s+right\s+(?:person|people)|whoever|a\s+(?:person|contact|colleague)|your\s+(?:colleague|contact|friend)s?)\b|\b(?:best|right|correct|better|direct)\s+(?:e-?mail|address|number|way\s+to\s+reach|person|contact)\b|\bwho\s+(?:handles|runs|manages|looks\s+after|is\s+in\s+charge|is\s+responsible|I\s+should|should\s+I|is\b(?=\s*\?))|\blet\s+me\s+know\s+who\b|\b(?:name|names|contact|details|e-?mail)\s+of\s+(?:the|your|a|an|someone|whoever)\b|\b(?:e-?mail|email)\s+address\b|\bphone\s+number\b|\bcontact\s+(?:info|information|details)\b|\byour\s+(?:direct\s+)?(?:number|e-?mail)\b|\b(?:who|whom)\s+(?:should|could|can|would)\s+I\s+(?:contact|reach|talk|speak|write|email|approach)\b|\bthe\s+right\s+person\b/i],
  connection: [/\badd\s+you\s+(?:on|to)\b|\baccept\s+(?:my\s+)?(?:invite|invitation|connection)\b|\bconnect(?:ing|ed)?\b(?!\s+(?:me|you)\s+(?:with|to))(?!\s+over)|\baccept\s+(?:my\s+)?(?:connection|invite|invitation|request)\b|\badd\s+me\b|\bfollow\s+(?:me|back)\b/i],
};

/** Kinds that a stronger kind on the same words already covers ("refer me" is not also "recommend"). */
const SUBSUMED: Partial<Record<AskKind, AskKind[]>> = { referral: ['recommendation'], forward: ['send'], introduction: ['connection', 'contact'] };

export interface FoundKind extends Match {
  kind: AskKind;
}

function kindsFrom(sentence: string, start: number): FoundKind[] {
  const found: FoundKind[] = [];
  for (const [kind, patterns] of Object.entries(KIND_PATTERNS) as [AskKind, readonly RegExp[]][]) {
    const match = patterns
      .flatMap((p) => allMatches(sentence, p))
      .filter((m) => m.start >= start && !isNegatedAt(sentence, m.start))
      .sort((a, b) => a.start - b.start)[0];
    if (match) found.push({ ...match, kind });
  }
  // "I've sent you an invite — would you accept it?": accepting is a connection when an invite was named.
  if (!found.some((f) => f.kind === 'connection') && /\binvit(?:e|ation)\b/i.test(sentence)) {
    const accept = allMatches(sentence, /\baccept\b/i).find((m) => m.start >= start && !isNegatedAt(sentence, m.start));
    if (accept) found.push({ ...accept, kind: 'connection' });
  }
  return found;
}

/** The favours named in an ask, one per kind, each at its first unnegated mention. */
export function askKinds(sentence: string, from = 0): FoundKind[] {
  // "I'm open to an initial call; could you share…": favours named before the ask's clause are the writer's own words.
  // Favours named before the asking clause are the writer's own words ("I'm open to an initial call; could
  // you share…") or a condition ("if your team is hiring, could you share my application…") — unless the
  // asking clause names none itself ("if ur team is hiring, could u let me know?").
  const askClause = from > 0 ? clauseAt(sentence, from).start : 0;
  const before = sentence.slice(0, askClause);
  if (ACCEPTING.test(before)) return settle(kindsFrom(sentence, askClause));
  if (/^\s*(?:if|when|once|should|in\s+case)\b/i.test(before)) {
    const own = kindsFrom(sentence, askClause);
    return settle(own.length > 0 ? own : kindsFrom(sentence, 0));
  }
  return settle(kindsFrom(sentence, 0));
}

/** The writer accepting or offering time before asking: "I'm open to an initial call; could you…" */
const ACCEPTING = /\b(?:I['’]m|I\s+am|we['’]re|we\s+are|I['’]d\s+be|I\s+would\s+be)\s+(?:\w+\s+)?(?:open\s+to|happy\s+to|glad\s+to|available\s+for|up\s+for|free\s+for)\b/i;

function settle(found: FoundKind[]): FoundKind[] {
  // A question asks for answers only when it names no other favour; about the job, it asks for job information.
  const byQuestion = found.find((f) => f.kind === 'advice' && QUESTION_FOR_ANSWERS.test(f.text) && f.text.length > 20);
  if (byQuestion && found.length > 1) found.splice(found.indexOf(byQuestion), 1);
  else if (byQuestion && JOB_TOPIC.test(byQuestion.text)) byQuestion.kind = 'job';
  // "Could you tell me what the interview process looks like?": the answer asked for is job information.
  const told = found.find((f) => f.kind === 'advice' && /^(?:tell|show|explain)\b/i.test(f.text));
  if (told && found.some((f) => f.kind === 'job')) found.splice(found.indexOf(told), 1);
  const kinds = new Set(found.map((f) => f.kind));
  return found
    .filter((f) => !Object.entries(SUBSUMED).some(([strong, weak]) => kinds.has(strong as AskKind) && weak.includes(f.kind) && overlapsKind(found, strong as AskKind, f)))
    .sort((a, b) => a.start - b.start);
}

function overlapsKind(found: readonly FoundKind[], kind: AskKind, other: Match): boolean {
  const strong = found.find((f) => f.kind === kind);
  return strong !== undefined && Math.abs(strong.start - other.start) < 40;
}

/** Asking how referrals work at a company is a fair question, not a favour. */
const GENERAL_REFERRAL_QUESTION = /\b(?:referral\s+(?:program(?:me)?|process|bonus|policy|system|scheme|portal)s?\b(?![^.?!]{0,40}\bme\b)|how\s+(?:do|does)\s+referrals?\s+work|(?:do|does)\s+(?:your\s+company|you|your\s+team|the\s+company)\s+(?:have|accept|take|do)\s+(?:employee\s+)?referrals)\b/i;
const DECISION_MAKER = new RegExp(String.raw`\b(?:leads?|runs?|heads?|handles?|manages?|oversees?|is\s+in\s+charge\s+of|decides?\s+on)\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:recruit\w*|hiring|talent|admissions|investments?|acquisitions|partnerships|bookings|a&r|grants|funding|intake)\b|\b(?:to|with|in\s+front\s+of|along\s+to|over\s+to)\s+(?:the\s+|your\s+|a\s+|an\s+|one\s+of\s+(?:the|your)\s+|someone\s+(?:on|in)\s+(?:the|your)\s+)?(?:[\w-]+\s+){0,2}?(?:${DECIDER})\b`, 'i');

/**
 * The big favour in an ask, if any: a referral, forwarding the writer's papers to someone,
 * a recommendation, or an introduction to someone who decides.
 */
export function bigFavourIn(sentence: string, kinds: readonly FoundKind[]): FoundKind | null {
  if (GENERAL_REFERRAL_QUESTION.test(sentence) && !/\b(?:refer\s+me|submit\s+me|my\s+referral)\b/i.test(sentence)) return null;
  for (const found of kinds) {
    if (found.kind === 'forward') return withRecipient(sentence, found);
    if (found.kind === 'referral' || found.kind === 'recommendation') return found;
    if (found.kind === 'introduction' && DECISION_MAKER.test(sentence.slice(found.start, found.start + 120))) return withRecipient(sentence, found);
  }
  return null;
}

/** A forward named with whom it goes to: "forward it to the | hiring manager", "pass it to your | Director of Fundraising". */
function withRecipient(sentence: string, found: FoundKind): FoundKind {
  const tail = RECIPIENT.exec(sentence.slice(found.end));
  if (!tail || !/\b(?:to|with|the|your|a|an)\s*$/i.test(found.text)) {
    // "put me in touch with | the hiring manager": the intro's words stop at the preposition.
    const target = /^\s*(?:to|with)\s+/i.exec(sentence.slice(found.end));
    const named = target ? RECIPIENT.exec(sentence.slice(found.end + target[0].length)) : null;
    if (!target || !named) return found;
    const end = found.end + target[0].length + named[0].length;
    return { ...found, end, text: sentence.slice(found.start, end) };
  }
  const end = found.end + tail[0].length;
  return { ...found, end, text: sentence.slice(found.start, end) };
}
const RECIPIENT = new RegExp(String.raw`^\s*(?:(?:[\w&'’-]+\s+){0,2}?(?:${DECIDER})\b|[\w&'’-]+(?:\s+(?!(?:of|for|with|at|in|on|by|before|after|and|or|so|to|if|when|who|that|please)\b)[\w&'’-]+){0,2})`, 'i');

/** Open-ended advice wording: "some advice", "any tips", "to pick your brain", "help me out". */
const VAGUE_PATTERNS: readonly RegExp[] = [
  /\bpick\s+(?:your|ur|yer|his|her|their)\s+brains?\b/i,
  /\b(?:some|any|a\s+few|a\s+little|a\s+bit\s+of|your|general|broad|overall|whatever|all\s+the|more)\s+(?:(?:general|career|professional|helpful|good|quick|useful|honest|industry|expert|valuable|practical|personal|kind|wise|big-picture|more)\s+){0,3}(?:advice|tips|pointers|guidance|thoughts|insights?|suggestions|input|wisdom|help|direction|perspective|mentorship|counsel|support|two\s+cents|ideas)\b/i,
  /\b(?:give|offer|share|get|seek|seeking|need|want|ask(?:ing)?\s+for|looking\s+for|hoping\s+for|request(?:ing)?)\s+(?:me\s+)?(?:your\s+)?(?:advice|guidance|tips|pointers|help|mentorship|direction|input|counsel)\b/i,
  /\b(?:help|guide|advise|mentor)\s+me(?:\s+out)?(?=[?.!]?$)/i,
  /\b(?:guide|advise|mentor|direct)\s+me\b/i,
  /\b(?:any|some|your)\s+words\s+of\s+(?:wisdom|advice|encouragement)\b/i,
  /\bwhat\s+(?:advice|tips|guidance|suggestions|recommendations|pointers)\s+(?:would|could|can|do)\s+you\b/i,
  /\b(?:advise|guide)\s+me\s+(?:on\s+(?:my\s+)?(?:career|next\s+steps|what\s+to\s+do|how\s+to\s+proceed))\b/i,
];

/** A question word opening a clause that names what the writer wants to know. */
const SPECIFIC_CLAUSE = /^\s*(?:(?:on|about|regarding|around|re|with|as\s+to|for)\s+)?(?:how|what|whether|which|why|when|where|who)\b(?:\s+\S+){3}/i;
/** "…on how to approach it", "how to proceed": a question about nothing in particular. */
const EMPTY_OBJECT = /^\W*(?:on|about|for|re)?\s*how\s+(?:to|I\s+(?:can|should|could))\s+(?:best\s+)?(?:prep(?:are)?|proceed|start|begin|get\s+started|break\s+in(?:to\s+(?:the\s+)?(?:industry|field))?|get\s+in|succeed|stand\s+out|approach\s+(?:it|this)|do\s+well|ace\s+it|land\s+a\s+job|get\s+(?:a|the)\s+job|network|grow|move\s+forward|go\s+about\s+it)\b(?:\s+(?:for\s+(?:it|this|the\s+interview)|would|will|\W))|\b(?:it|this|that|things|them|everything|anything|proceed|start|begin|go\s+about\s+it|the\s+(?:interview|process|situation|search|job\s+search|next\s+steps?))\W*$|^\W*(?:\S+\s+){0,2}?(?:how|what)\s+to\s+(?:proceed|start|begin|do|go)\W*$/i;
/** Reports about advice already given: "your advice was invaluable", "the tips you gave". */
const ALREADY_GIVEN_AFTER = /^\s*(?:you\s+(?:gave|shared|offered|sent|provided)|(?:was|were|is|has|have|had|helped|made|proved|really|truly|last|from\s+(?:our|the)\s+(?:call|chat|meeting))\b)/i;
const THANKS_BEFORE = /\b(?:thanks?|thank\s+you|grateful|appreciated?)\b(?:\s+\S+){0,4}\s+(?:for|about)\s+(?:(?:all\s+(?:of\s+)?)?(?:the|your|all)\s+)?(?:\S+\s+){0,2}$/i;
const CONDITIONAL_THANKS = /\b(?:would|['’]d)\s+(?:be\s+)?(?:(?:so|very|really|truly|most)\s+)?(?:grateful|appreciate|thankful)\b/i;
/** Suggestions *of* something concrete ("people I should talk to", "books") are specific requests. */
const CONCRETE_OBJECT = /\b(?:people|persons?|resources|books?|courses?|contacts?|companies|events|names|articles|podcasts|tools|programs|groups|communities|newsletters|conferences|certifications?|schools?|bootcamps?)\b/i;
const CONCRETE_QUESTION = /^(?:\d+[.)]\s*|[-*•]\s*|(?:first|second|third)\W+)?(?:how|what|which|why|when|where|who|whom|is|are|does|do|did|has|have|should|was|were)\b[^?]*\?/i;

/**
 * General advice asked with no question named ("Can you give me some advice?"). `following`
 * are the next sentences: a vague opener followed by the concrete questions is fine.
 */
export function vagueAdviceIn(sentence: string, following: readonly string[]): Match | null {
  const ask = VAGUE_PATTERNS.map((p) => allMatches(sentence, p)[0]).filter((m): m is Match => m !== undefined).sort((a, b) => a.start - b.start)[0];
  if (!ask) return null;
  const before = sentence.slice(0, ask.start);
  const after = sentence.slice(ask.end);
  if (ALREADY_GIVEN_AFTER.test(after)) return null;
  if (THANKS_BEFORE.test(before) && !CONDITIONAL_THANKS.test(before)) return null;
  if (isNegatedAt(sentence, ask.start) && !/\b(?:just|only|but)\b/i.test(before.slice(-30))) return null;
  if (/\bI\s+(?:can|could|['’]d\s+be\s+happy\s+to|would\s+be\s+happy\s+to|am\s+happy\s+to)\s+(?:share|give|offer)\s*$/i.test(before)) return null;
  if (((SPECIFIC_CLAUSE.test(after) || SPECIFIC_CLAUSE.test(after.replace(/^\s*(?:\S+\s+){1,2}?(?=(?:how|what|whether|which|why|when|where|who)\b)/i, ' '))) && !EMPTY_OBJECT.test(after)) || /:\s*$/.test(sentence)) return null;
  if (!/brain/i.test(ask.text) && CONCRETE_OBJECT.test(sentence)) return null;
  if (following.slice(0, 3).some((next) => CONCRETE_QUESTION.test(next.trim()) && !VAGUE_PATTERNS.some((p) => p.test(next)))) return null;
  return ask;
}
