/**
 * The acts other than asks: offers back, personal references, documents sent,
 * pressure, thanks and help given. Each finder takes one sentence's text and
 * returns offsets into it; negation and quotation are decided by the caller
 * through ./clauses.ts, the same way for every act.
 */
import type { NlpTools, PersonalReference } from '../types.js';
import {
  alternation,
  ATTACH_WORDS,
  DOCUMENT_NOUNS,
  GENERIC_HEADS,
  GIVING_VERBS,
  PHRASE_STOPS,
  POINTED_VERBS,
  READER_DEEDS,
  SHARED_PAST_VERBS,
  SPECIFYING_PREPOSITIONS,
  THANKS_WORDS,
  TIES,
  WORK_NOUNS,
} from './lexicon.js';
import { isNegatedAt } from './clauses.js';
import { allMatches, type Match } from '../text/match.js';

// ── Offers back ────────────────────────────────────────────────────────────────

const GIVING = alternation(GIVING_VERBS);
/** Verbs after "I'll … you" that promise contact, not a gift: "I'll call you Tuesday". */
const NOT_GIVING = /^(?:call|e-?mail|ping|text|message|bother|ask|trouble|follow|reach|contact|see|meet|keep|let|remind|wait|chase|hear|find|catch|write)$/i;
const WILLING = String.raw`(?:(?:more\s+than|always|also|very|so|\w+ly)\s+)?(?:happy|glad|delighted|keen|willing|eager|ready|able|pleased|open)\s+to`;
/** "I can share…", "I'd be happy to introduce…", "we could cover…", "I will gladly review…" */
const OFFER_SHAPE = new RegExp(
  String.raw`\b(?:I|we)(?:\s+(?:can|could|will|would|shall|might|am|are)|['’](?:d|ll|m|re))\s+(?:(?:\w+ly|also|always|still)\s+)?(?:be\s+)?(?:${WILLING}\s+)?(?:${GIVING})\b|\b(?:happy|glad|delighted|keen|willing)\s+to\s+(?:${GIVING})\b`,
  'gi',
);
/** Any verb + "you" after a promise: "I can show you", "I'd be happy to walk you through it". */
/** "I'm happy to <verb>": the writer offers, unless the verb is one of receiving or meeting ("happy to chat"). */
const WILLING_TO_ANY = new RegExp(String.raw`(?:\b(?:I|we)(?:['’]m|['’]re|\s+am|\s+are|['’]d\s+be|\s+would\s+be|['’]ll\s+be|\s+will\s+be)\s+(?:\w+\s+){0,2}?|(?:^|[.,;!:–—]\s*|\b(?:and|also|always|but)\s+))(?:more\s+than\s+|always\s+|also\s+|very\s+|super\s+|so\s+)?(?:happy|glad|delighted|willing|keen|eager|ready|pleased)\s+to\s+(?!(?:hear|chat|talk|meet|speak|connect|jump|hop|learn|get|receive|discuss|be\s+considered|join|work|apply|relocate|start|interview|answer\s+any|provide\s+(?:more|further|additional)|send\s+(?:more|further|additional))\b)[a-z]+|\b(?:happy|glad|willing|keen)\s+to\s+(?:talk|speak|chat|meet)\s+(?:to|with)\s+(?:them|any|anyone|someone|people|folks|students|others|members|the\s+\w+\s+(?:in|on|at|from)|your\s+(?:team|students|mentees|network|members|folks|people|reports))\b`, 'gi');
const OFFER_TO_YOU = new RegExp(String.raw`\b(?:I|we)(?:\s+(?:can|could|will|would)|['’](?:d|ll))\s+(?:\w+ly\s+)?(?:be\s+${WILLING}\s+)?([a-z]+)\s+(?:you|your\s+team)\b`, 'gi');
/** Idioms of giving back. */
/** Idioms of giving back, one pattern each (a single alternation of them all was too large to prove safe). */
const OFFER_IDIOMS: readonly RegExp[] = [
  /\banything\s+(?:else\s+)?(?:that\s+)?I\s+(?:can|could|might)\s+do\b/gi,
  /\b(?:how|where)\s+(?:can|could|might)\s+I\s+(?:help|support|be\s+(?:useful|of\s+(?:help|use)))\b/gi,
  /\b(?:if|whether)\s+(?:there(?:['’]s|\s+is)\s+(?:anything|any\s+way|something)\s+)?I\s+can\s+(?:ever\s+)?(?:help|return|be\s+(?:of\s+)?(?:help|use|service)|support|assist|repay|do)\b/gi,
  /\bif\s+I\s+can\s+ever\b/gi,
  /\breturn\s+the\s+(?:favou?r|kindness)\b/gi,
  /\bin\s+return\b/gi,
  /\bpay\s+it\s+(?:back|forward)\b/gi,
  /\bcount\s+me\s+in\b/gi,
  /\b(?:coffee|lunch|drinks?|dinner|the\s+coffee|the\s+first\s+round|beers?|it)(?:['’]s|\s+(?:is|are|would\s+be|will\s+be|['’]s))\s+on\s+me\b/gi,
  /\b(?:my|the)\s+treat\b/gi,
  /\bon\s+me\b(?=[^.?!]{0,10}[.!])/gi,
  /\b(?:let\s+me\s+know|tell\s+me)\s+if\s+(?:you\s+(?:need|want|would\s+like)|there(?:['’]s|\s+is))\s+(?:anything|something|a\s+copy|the|me\s+to)\b/gi,
  /\b(?:would|do)\s+(?:you|u)\s+(?:like|want)\s+me\s+to\b/gi,
  /\b(?:want|like)\s+me\s+to\s+(?:send|share|forward|intro|introduce|connect|pass|review)\b/gi,
  /\b(?:shall|should|can|could|may)\s+I\s+(?:send|share|forward|introduce|connect|pass|help|offer|put\s+you\s+in\s+touch|loop\s+you|buy\s+you|treat\s+you|get\s+you)\b/gi,
  /\bwould\s+it\s+help\s+(?:you\s+)?(?:if|for)\s+(?:I|me)\b/gi,
  /\bwould\s+(?:a|an|my|the|some)\s+[^?.!]{0,60}?\bbe\s+(?:useful|helpful|of\s+(?:use|interest|help))\s+(?:to|for)\s+(?:you|your)\b/gi,
  /\banything\s+(?:else\s+)?(?:that\s+)?I\s+(?:can|could|might)\s+help\b/gi,
  /\bhelp\s+you\s+(?:in\s+(?:some|any)\s+way|in\s+return|back|as\s+well|too|out)\b/gi,
  /\bhappy\s+to\s+return\b/gi,
  /\bI\s+hope\s+(?:that\s+)?I\s+(?:can|could|will\s+be\s+able\s+to)\s+(?:help|return|support|repay|be\s+of|be\s+(?:useful|helpful|of\s+use))\b/gi,
  /(?:\b(?:I|we)(?:['’]d|\s+would)|\band\s+would|^\s*would)\s+(?:\w+\s+)?(?:love|like|welcome\s+the\s+chance)\s+to\s+(?:help|return|support|repay|contribute|share|introduce|intro|send\s+you|offer|give|buy|treat|host|feature)\b/gi,
  /\blet\s+me\s+know\s+if\s+(?:there(?:['’]s|\s+is)\s+)?anything\s+(?:else\s+)?(?:would|could|might)\s+(?:help|make\s+(?:it|this|things)\s+easier)\b/gi,
  /\b(?:speak|present|talk|guest[- ]lecture|perform|play)\s+(?:at|to|on|for|with)\s+your\s+(?:[\w'’-]+\s+){0,2}?(?:event|meetup|class|team|students|group|podcast|conference|panel|session|program(?:me)?|club|community|cohort|course|show|network|venue)\b/gi,
  /\bmy\s+door\s+is\s+(?:always\s+)?open\b/gi,
  /\bhere\s+if\s+you\s+need\b/gi,
  /\b(?:the\s+)?least\s+I\s+can\s+do\b/gi,
  /\bI\s+owe\s+you\s+(?:a|one)\b/gi,
  /\b(?:I|we)\s+(?:offered|promised|volunteered)\s+to\b/gi,
  /\boffer\s+(?:still\s+)?stands\b/gi,
  /\bif\s+(?:you|your\s+[\w-]+|anyone\s+(?:on|in)\s+your\s+[\w-]+)\s+(?:ever\s+)?(?:needs?|wants?|are\s+looking\s+for|is\s+looking\s+for|could\s+use)\b[^.?!]{0,80}?\b(?:I|we)(?:['’]d|['’]ll|\s+(?:would|will|can|could|am|are))\b/gi,
  // "I've led forty of them and would happily donate an afternoon": the subject is left out after "and".
  /\b(?:I(?:['’]d|\s+would|\s+will|['’]ll)|and\s+(?:would|will))\s+(?:happily|gladly)\b/gi,
  /\b(?:pitch|chip)\s+in\b/gi,
  /\blend\s+a\s+hand\b/gi,
];
/**
 * What is given must be for the reader: the writer's own questions, overview, background or
 * application papers are part of the ask ("I can also send questions by message", "I can send my
 * résumé and the job link"), and "connect"/"introduce" give only with the reader as object.
 */
const FOR_THE_WRITER = /^\s*(?:(?:you\s+)?(?:a|an|the|some|my|our)\s+)?(?:[\p{L}\p{N}–-]+\s+){0,3}?(?:questions?|overview|summary|more\s+(?:about|on)|a\s+bit\s+(?:more\s+)?about|background|story|availability|(?:a\s+few\s+|some\s+)?(?:time\s+options|times\s+(?:that|when|to))|details|job\s+(?:link|posting|description)|info(?:rmation)?\s+about\s+me)\b|^\s*(?:you|her|him|them|your\s+\w+)?\s*through\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:numbers|deck|pitch|plan|business|startup|product|portfolio|work|metrics|traction|idea)\b|^[^.?!]{0,80}\b(?:you\s+(?:can|could)\s+(?:forward|pass|share|send)|to\s+(?:forward|pass\s+on|pass\s+along))\b/iu;
const NEEDS_READER_OBJECT = /^(?:connect|introduce|put|hook|make)$/i;
function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** A pitch for the writer's own paid product or services is no offer back. */
const PITCH = /\b(?:our|my)\s+(?:\w+\s+)?(?:services|product|platform|agency|solution|software|app|offering|packages?|subscription)\b|\b(?:rates?|pricing|discount|free\s+trial|demo|quote|per\s+hour|%\s*off|invoice)\b/i;

/** Offers of something back in a sentence (negated ones left out: "I can't offer much"). */
export function offersIn(sentence: string): Match[] {
  const found: Match[] = [...OFFER_IDIOMS.flatMap((idiom) => allMatches(sentence, idiom)), ...allMatches(sentence, OFFER_SHAPE), ...allMatches(sentence, WILLING_TO_ANY)];
  for (const m of allMatches(sentence, OFFER_TO_YOU)) {
    const words = m.text.trim().split(/\s+/);
    const verb = (words[words.length - 1]?.toLowerCase() === 'team' ? words[words.length - 3] : words[words.length - 2]) ?? '';
    if (!NOT_GIVING.test(verb)) found.push(m);
  }
  return found
    .filter((m) => {
      const verb = lastWord(m.text);
      const rest = sentence.slice(m.end);
      if (NEEDS_READER_OBJECT.test(verb) && !/^\s+(?:you|your|u)\b/i.test(rest)) return false;
      // "keen to build my career", "happy to relocate myself": the writer's own goal.
      if (/^\s+(?:my|myself|me)\b/i.test(rest) && !/\b(?:share|send|lend|offer|give|bring|introduce)\s*$/i.test(m.text)) return false;
      return !FOR_THE_WRITER.test(rest);
    })
    .filter((m) => !/\b(?:you|u)(?:['’](?:re|d|ll|ve))?\s+(?:\w+\s+){0,2}$/i.test(sentence.slice(Math.max(0, m.start - 30), m.start)))
    .filter((m) => !isNegatedAt(sentence, m.end) || /\bif\b/i.test(sentence.slice(0, m.start)))
    .filter((m) => !PITCH.test(sentence.slice(m.start, m.start + 90)))
    .sort((a, b) => a.start - b.start);
}

// ── Personal references ───────────────────────────────────────────────────────

const WORKS = alternation(WORK_NOUNS);
const WORK = new RegExp(`^(?:${WORKS})s?$`, 'i');
const OBJECT_OF_ASK = /\b(?:send|share|forward|give|email|e-mail|borrow|pick|learn\s+from|take\s+up)\s+(?:me\s+|us\s+)?(?:a\s+copy\s+of\s+|a\s+link\s+to\s+)?$/i;
/** Heads that stay generic whatever follows: "your details from the alumni directory". */
const UNSPECIFIABLE = new Set(['information', 'info', 'details', 'contact', 'name', 'email', 'e-mail', 'number', 'address', 'profile', 'time', 'help', 'brain', 'brains', 'requirements', 'shoes']);
/** What a writer asks for: specific only where it was given, in a named place ("your advice in the r/cscareerquestions AMA"). */
const GIVEN_IN_A_WORK = new RegExp(String.raw`^\s+(?:in|on|at|during)\s+(?:the\s+|your\s+|a\s+)?(?:[\w/-]+\s+){0,3}?(?:${WORKS}|forum|community|slack|discord|subreddit)\b`, 'i');
const GIVEN_IN_A_NAMED_PLACE = /^\s+(?:in|on|at|during)\s+(?:the\s+)?[A-Z]/;
const ASKED_FOR = new Set(['advice', 'thoughts', 'take', 'input', 'feedback', 'guidance', 'perspective', 'opinion', 'insight', 'insights', 'views', 'view', 'support', 'tips']);
const GENERIC = new Set(GENERIC_HEADS.map((w) => w.toLowerCase()));
const STOPS = new Set(PHRASE_STOPS);
const SPECIFYING = new Set(SPECIFYING_PREPOSITIONS);
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;

/**
 * "your" + a noun phrase whose head is not a generic word: "your Medium post on …", "your case
 * study", "your Series A". A generic head counts when a specifying phrase follows ("your work on
 * the billing migration"), not when only the employer does ("your team at Acme").
 */
function yourPhrases(sentence: string, nlp: NlpTools | undefined): Match[] {
  const found: Match[] = [];
  for (const your of allMatches(sentence, /\byour\b/gi)) {
    // "send me your rate sheet" names the favour, not something about the reader.
    if (OBJECT_OF_ASK.test(sentence.slice(Math.max(0, your.start - 40), your.start))) continue;
    WORD.lastIndex = your.end;
    const words: Match[] = [];
    for (let w = WORD.exec(sentence); w !== null && words.length < 5; w = WORD.exec(sentence)) {
      const gap = sentence.slice(words.length ? words[words.length - 1]!.end : your.end, w.index);
      if (!/^[\s-]*$/.test(gap) || STOPS.has(w[0].toLowerCase()) || /^(?:i|you|we|they|he|she|it|that|there)['’]/i.test(w[0])) break;
      words.push({ start: w.index, end: w.index + w[0].length, text: w[0] });
    }
    // Past one word, the tagger says where the noun phrase ends: "your team | expects a lot".
    // (When it finds no noun after "your" — "your fundraising team" tagged as a verb — the words stand.)
    // "your team runs…", "your company works…": a generic head and an -s word are a subject and its verb.
    if (words.length >= 2 && GENERIC.has(words[0]!.text.toLowerCase()) && /[^s]s$/i.test(words[1]!.text) && !WORK.test(words[1]!.text)) words.splice(1);
    // Past one word, when the head is no generic word, the tagger says where the noun phrase ends ("your
    // profile | caught my eye").
    if (words.length > 1 && nlp && !GENERIC.has(words[words.length - 1]!.text.toLowerCase()) && !words.some((w) => /['’]s$/i.test(w.text))) {
      const kept = nlp.leadingNounPhrase(sentence.slice(your.start, words[words.length - 1]!.end)).length - 1;
      if (kept >= 1) words.splice(kept);
    }
    // "your company works with…": an -s word after a generic head, before a preposition, is its verb.
    // "your company works with…", "your research work matches my…": an -s word ending the phrase, before a
    // preposition or determiner, is its verb.
    const last = words[words.length - 1];
    if (words.length >= 2 && last && /[^s]s$/i.test(last.text) && /^\s+(?:with|on|in|at|for|to|the|a|an|our|my|its|their|like|me|us|what|how)\b/i.test(sentence.slice(last.end))) words.pop();
    const head = words[words.length - 1];
    if (!head) continue;
    const headWord = head.text.toLowerCase().replace(/['’]s$/, '');
    const rest = sentence.slice(head.end);
    const specifier = /^\s+(\w+)\s+(?:the\s+|a\s+|an\s+|how\s+|what\s+|why\s+)?[<\[{\\]*([\p{L}\p{N}]+)/u.exec(rest);
    const givenSomewhere = !ASKED_FOR.has(headWord) || GIVEN_IN_A_WORK.test(rest) || GIVEN_IN_A_NAMED_PLACE.test(rest);
    const specified = specifier !== null && givenSomewhere && !UNSPECIFIABLE.has(headWord) && SPECIFYING.has(specifier[1]!.toLowerCase()) && !STOPS.has(specifier[2]!.toLowerCase()) && !/^(?:sales|marketing|tech|technology|engineering|finance|general|business|my)$/i.test(specifier[2]!);
    if (GENERIC.has(headWord) && !specified) continue;
    // "your company's portal": something of the employer's, unless it is a piece of work ("your team's post").
    if (words.length > 1 && /['’]s$/.test(words[0]!.text) && GENERIC.has(words[0]!.text.toLowerCase().replace(/['’]s$/, '')) && !WORK.test(head.text)) continue;
    if (words.every((w) => GENERIC.has(w.text.toLowerCase().replace(/['’]s$/, ''))) && !specified) continue;
    found.push({ start: your.start, end: specified ? head.end + specifier[0].length : head.end, text: sentence.slice(your.start, specified ? head.end + specifier[0].length : head.end) });
  }
  return found;
}

const DEEDS = alternation(READER_DEEDS);
const A_DEED = new RegExp(String.raw`\b(?:${DEEDS})\b`, 'i');
const SHARED = alternation(SHARED_PAST_VERBS);
const POINTED = alternation(POINTED_VERBS);
const PAST_VERB_EXCEPTIONS = /^(?:seemed|wanted|needed|liked|loved|used|received|asked|listed|posted\s+(?:a\s+)?(?:job|role|opening)|worked|based|located|interested|employed|hired|tagged|reached|accepted|connected|followed|viewed|replied)$/i;
const PERSONAL_SHAPES: readonly { kind: PersonalReference['kind']; pattern: RegExp }[] = [
  // Something the reader did that the writer noticed: "you wrote", "you spoke at", "you've just launched".
  { kind: 'their-work', pattern: new RegExp(String.raw`\b(?:you|u)(?:['’]ve|\s+have|\s+had)?\s+(?:recently\s+|just\s+|once\s+|also\s+|previously\s+|already\s+)?(?:${DEEDS})\b`, 'i') },
  { kind: 'their-work', pattern: /\b(?:you|u)(?:['’]re|\s+are)\s+(?:now\s+|currently\s+)?(?:building|leading|launching|writing|running|organi[sz]ing|researching|teaching|hosting|speaking|scaling|rebuilding|migrating|starting|mentoring)\b/i },
  { kind: 'their-work', pattern: /\bit\s+(?:appears|seems|looks\s+like)\s+(?:that\s+)?you\s+(?:have|had|led|built|are|were)\b/i },
  // Any verb in the past after "you": "the rebrand you just rolled out", "you redesigned the app".
  { kind: 'their-work', pattern: /\b(?:you|u)\s+(?:just\s+|recently\s+|also\s+|once\s+)?[a-z]{3,}ed\b(?:\s+(?:out|up|off|on|in|at|for|with|about))?/i },
  // A piece of their work, engaged with: "loved ep 42", "I read the case study on…", "big fan of the rebrand".
  { kind: 'their-work', pattern: new RegExp(String.raw`\b(?:loved|enjoyed|read|watched|listened\s+to|heard|saw|caught|attended|rewatched|re-?read|devoured|binged|fan\s+of|thanks\s+to)\s+(?!my\b)(?:(?:the|your|that|this|a|last|latest|recent|new)\s+)*(?:[\w-]+\s+){0,2}?(?:${WORKS})\b`, 'i') },
  { kind: 'mutual-contact', pattern: new RegExp(String.raw`\b[\p{L}][\p{L}'’-]*['’]s\s+(?:old\s+|former\s+|good\s+|best\s+)?(?:${alternation(TIES)})\b`, 'iu') },
  { kind: 'their-work', pattern: /\bthanks?\s+(?:you\s+)?(?:so\s+much\s+|again\s+)?for\s+(?:open-sourcing|writing|building|sharing|publishing|creating|maintaining|hosting|organi[sz]ing|running|recording|answering|making|putting\s+out|releasing)\b/i },
  { kind: 'their-move', pattern: /\b(?:your|you)\s+(?:\w+\s+){0,3}?(?:move|moved|moving|switch(?:ed)?|transition(?:ed)?|pivot(?:ed)?|jump(?:ed)?|leap)\s+(?:from|to|into)\b/i },
  { kind: 'their-move', pattern: /\bcongrat(?:ulation)?s\s+(?:on|for)\b|\bwell\s+done\s+on\b/i },
  // A shared past: "we met at", "we overlapped in the … Slack", "we both studied", "fellow alum".
  { kind: 'shared-past', pattern: new RegExp(String.raw`\bwe(?:['’]ve|\s+have|\s+had)?\s+(?:both\s+|all\s+|each\s+|also\s+|briefly\s+|first\s+|once\s+|actually\s+|previously\s+)*(?:${SHARED})\b`, 'i') },
  // "we're both in the Bay Area" is a place, not a shared past; "we're both in the PyData Slack" is.
  { kind: 'shared-past', pattern: /\bwe(?:['’]re|\s+are)\s+both\b(?!\s+(?:in|from|based|located|living)\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:slack|discord|group|community|program(?:me)?|cohort|club|forum|network|class|team|guild|circle|chapter|association)\b))|\bboth\s+of\s+us\b|\byou\s+and\s+I\s+(?:both\s+)?(?:\w+ed|were|went|met)\b|\bfellow\s+(?:alum|alumn[ai]|alumnus|graduate|grad|member|[\w-]+\s+(?:alum|alumn[ai]|grad|graduate|member|veteran))\b|\brecogni[sz]e\s+you\s+from\b|\balum(?:na|nus|ni|nae)?\b(?!\s+(?:platform|network|directory|portal|database|page|site|tool|search|office|relations))|\b(?:the\s+)?same\s+(?:school|university|college|program|programme|major|bootcamp|hometown|cohort|class|company|team|lab|church|club|meetup|conference|course|village|town)\b|\b(?:met|meeting|seeing)\s+you\b|\byou\s+(?:might|may)\s+remember\s+me\b|\bour\s+(?:chat|conversation|talk|meeting|exchange|time)\s+(?:at|during|in|on|last)\b|\bI\s+was\s+(?:also\s+)?(?:in|at)\s+(?:the\s+)?(?:audience|session|workshop|panel|talk|webinar|class)\b/i },
  // A mutual contact: "Maria Gómez suggested I reach out", "a mutual friend", "through Priya".
  { kind: 'mutual-contact', pattern: /\b(?:mutual|shared|common)\s+(?:friend|connection|contact|colleague|acquaintance|friends|connections|contacts)\b|\b(?:referred|introduced|pointed|sent|directed)\s+(?:me\s+)?(?:to\s+you|your\s+way)\b|\bgave\s+me\s+your\s+(?:name|details|contact|e-?mail|number)\b/i },
  { kind: 'mutual-contact', pattern: new RegExp(String.raw`\b[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{L}'’-]+)?\s+(?:(?:kindly|also|once)\s+)?(?:${POINTED})\s+(?:(?:that|me|to|I|you|we)\b)`, 'u') },
];
/** Words in capitals that start a sentence and are no name: "Someone suggested…". */
const NOT_A_NAME = /^(?:I|You|We|They|He|She|It|This|That|Someone|Somebody|Everyone|Nobody|LinkedIn|Google|Hi|Hey|Hello|Dear|Thanks|Thank)\b/;

/** References to something specific to the reader in a sentence. */
export function personalReferencesIn(sentence: string, nlp?: NlpTools): { kind: PersonalReference['kind']; match: Match }[] {
  const found: { kind: PersonalReference['kind']; match: Match }[] = yourPhrases(sentence, nlp).map((match) => ({ kind: 'their-work', match }));
  for (const { kind, pattern } of PERSONAL_SHAPES) {
    for (const match of allMatches(sentence, pattern)) {
      const pastVerb = /^(?:you|u)\s+(?:\w+\s+)?([a-z]+ed)\b/i.exec(match.text)?.[1];
      if (pastVerb && PAST_VERB_EXCEPTIONS.test(pastVerb) && !A_DEED.test(match.text)) continue;
      if (/^(?:my|our|your|his|her|their|the|a)['’]s\b/i.test(match.text)) continue;
      if (kind === 'mutual-contact' && /^[\p{Lu}]/u.test(match.text) && NOT_A_NAME.test(match.text)) continue;
      found.push({ kind, match });
    }
  }
  return found.filter(({ match }) => !isNegatedAt(sentence, match.start)).sort((a, b) => a.match.start - b.match.start);
}

// ── Documents sent with the message ───────────────────────────────────────────

/** `(?![\p{L}])` stands in for \b after "é". */
export const DOCUMENT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation(DOCUMENT_NOUNS)})(?![\p{L}\p{N}])`, 'iu');
const DOC = DOCUMENT.source;
/** The start of every document name, with the same flags: a cheap gate before the sending patterns. */
const MAY_NAME_DOCUMENT = /r[eé]sum|cv|c\.v|curriculum|cover\s+letter|portfolio|deck|one-pager|writing\s+sample|letter\s+of|reference\s+letter|recommendation\s+letter|transcript|thesis|dissertation|bio-?data|reel|lookbook|profile\s+pdf/iu;
const ATTACH = alternation(ATTACH_WORDS);
const MINE = String.raw`(?:(?:a|the)\s+(?:copy|link|pdf|version)\s+(?:of|to)\s+)?(?:my|our)\s+(?:[\p{L}-]+\s+){0,3}?`;
const SENDING: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:${ATTACH})\s+(?:here\s+)?(?:is|are|please\s+find|you(?:['’]ll|\s+will)\s+find|I(?:['’]ve|\s+have)\s+included)\s+${MINE}${DOC}`, 'iu'),
  new RegExp(String.raw`\b(?:I|we)(?:['’]ve|\s+have|['’]m|\s+am|\s+also)?\s+(?:also\s+|just\s+)?(?:${ATTACH})\s+(?:(?:here|below|with\s+this\s+(?:message|e-?mail|note))\s+)?${MINE}${DOC}`, 'iu'),
  new RegExp(String.raw`${DOC}\s+(?:that\s+)?(?:I|we)(?:['’]ve|\s+have)?\s+(?:attached|linked|enclosed|included|pasted)`, 'iu'),
  new RegExp(String.raw`(?:^|[.,;:!]\s*)(?:attaching|enclosing|linking)\s+(?:${MINE})?${DOC}`, 'iu'),
  new RegExp(String.raw`\bin\s+(?:the\s+)?attachments?\b[^.?!]{0,30}?(?:${MINE})${DOC}`, 'iu'),
  new RegExp(String.raw`(?:^|[.,;:!]\s*)(?:my\s+)?${DOC}\s+(?:is\s+)?(?:attached|enclosed)`, 'iu'),
  new RegExp(String.raw`(?:^|[.,;:!]\s*|\b(?:my|our|the)\s+)${DOC}(?:['’]s|\s+is)\s+(?:here|attached|below|linked|enclosed)\b`, 'iu'),
  new RegExp(String.raw`\bPFA\b[:\s]+(?:${MINE})?${DOC}`, 'u'),
  new RegExp(String.raw`\bplease\s+(?:find|see)\s+(?:attached\s+|enclosed\s+|below\s+)?${MINE}${DOC}(?:\s+(?:attached|enclosed|below|here))?`, 'iu'),
  new RegExp(String.raw`\b${MINE}${DOC}\s+(?:is|are)\s+(?:also\s+)?(?:${ATTACH}|below|here|in\s+the\s+attachment)`, 'iu'),
  new RegExp(String.raw`\b${MINE}${DOC}\s*\(?(?:${ATTACH})\)?`, 'iu'),
  new RegExp(String.raw`\bhere(?:['’]s|\s+is|\s+are)\s+${MINE}${DOC}`, 'iu'),
  new RegExp(String.raw`\b(?:see|view|find|check\s+out)\s+${MINE}${DOC}\s+(?:here|at|below|attached|on)\b`, 'iu'),
  new RegExp(String.raw`\b(?:(?:a\s+)?link\s+to\s+)?${MINE}${DOC}\s*[:–-]\s*(?:https?:\/\/|www\.|\[|<)\S*[^\s.,;:!?)]`, 'iu'),
  new RegExp(String.raw`\blink\s+to\s+${MINE}${DOC}`, 'iu'),
  new RegExp(String.raw`\b(?:attached|enclosed)\s*:\s*(?:${MINE})?${DOC}`, 'iu'),
];
/** "…I've attached it here": counts when a document was named just before. */
const SENT_PRONOUN = new RegExp(String.raw`\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:also\s+)?(?:attached|enclosed|included|linked|pasted)\s+(?:it|them)\b|\b(?:it['’]s|it\s+is)\s+(?:attached|enclosed)\b`, 'i');

/**
 * A document of the writer's sent with this message. Offering to send it later
 * ("happy to send my CV if useful") is an offer, decided by the caller.
 */
export function documentsIn(sentence: string, before: string): Match[] {
  // Every way of sending names the document or points back at one: most sentences do neither.
  if (!MAY_NAME_DOCUMENT.test(sentence) && !(/\b(?:it|them)\b/i.test(sentence) && MAY_NAME_DOCUMENT.test(before.slice(-160)))) return [];
  const found = SENDING.flatMap((p) => allMatches(sentence, p));
  for (const m of allMatches(sentence, SENT_PRONOUN)) if (DOCUMENT.test(before.slice(-160) + sentence.slice(0, m.start))) found.push(m);
  // "Happy to send my CV if useful", "I can share my portfolio once we speak": an offer for later, not a document sent.
  return found.filter((m) => {
    const clause = sentence.slice(0, m.start).split(/[,;.]/).pop() ?? '';
    return !isNegatedAt(sentence, m.start) && !/\b(?:if|once|when|after|happy\s+to|glad\s+to)\b/i.test(clause) && !/\b(?:I|we)(?:['’]d|['’]ll|\s+(?:can|could|would|will))\b/i.test(clause);
  });
}

// ── Thanks and help given ──────────────────────────────────────────────────────

const THANKS = new RegExp(String.raw`\b(?:${alternation(THANKS_WORDS)})(?![\p{L}])`, 'giu');
const CONDITIONAL = /\b(?:would|['’]d|will)\s+(?:be\s+)?(?:(?:so|very|most|much|\w+ly)\s+)?(?:(?:so|very|most|much|\w+ly)\s+)?$/i;

/** Thanks said (not "I would be grateful if…", which asks). */
export function thanksIn(sentence: string): Match[] {
  return allMatches(sentence, THANKS).filter((m) => !CONDITIONAL.test(sentence.slice(0, m.start)) && !isNegatedAt(sentence, m.start) && !/^\s*if\b/i.test(sentence.slice(m.end)));
}

/** In a received message: help given, said any way ("I forwarded it to the hiring manager", "happy to chat"). */
const HELP =
  /\b(?:happy|glad)\s+to\s+(?:help|chat|talk|introduce|share|connect|meet|review|refer|pass)|\bhere\s+(?:are|is)\b|\bI(?:['’]ve|\s+have)?\s+(?:just\s+|already\s+|also\s+)?(?:introduced|copied|cc['’]?d|forwarded|passed|sent|shared|attached|looped|mentioned|referred|flagged|submitted|recommended|connected|pinged|e-?mailed|spoke\s+(?:to|with)|talked\s+(?:to|with)|put\s+in\s+a\s+word|put\s+you)\b|\bintroduc(?:e|ing)\s+you\b|\bmy\s+(?:advice|suggestion|answer|take)s?\b|^\s*(?:sure|of\s+course|absolutely|definitely|yes|yep|happy\s+to)\b[,!. ]|\bmy\s+(?:e-?mail|business\s+e-?mail|number)\s+(?:is|address)\b|\bfeel\s+free\s+to\b|\b(?:call|chat|talk|meet)\s+(?:on|next)\s+\w+day\b|\byou\s+(?:should|could|might)\s+(?:try|reach|talk|look|consider|apply)\b|\bI(?:['’]d|\s+would)\s+(?:suggest|recommend)\b/i;

export function helpGivenIn(sentence: string): Match[] {
  return allMatches(sentence, HELP).filter((m) => !isNegatedAt(sentence, m.start));
}
