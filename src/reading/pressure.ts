/**
 * Pressure on the reader (catalogue: "Pressure and deadlines"): urgency words at
 * any stage, and the writer's own events that a time word pins close ("my
 * interview is tomorrow"), read from the day the message is sent.
 */
import { isNegatedAt } from './clauses.js';
import { allMatches, type Match } from '../text/match.js';
import { findTimeMentions, type TimeMention } from '../text/time.js';

// "urgent" only as pressure on this message ("it's urgent", "urgently", "URGENT:"), not "how you handle urgent asks".
const URGENCY = /\b(?:ASAP|A\.S\.A\.P\.?|as\s+soon\s+as\s+(?:possible|you\s+can)|at\s+the\s+earliest|(?:it['’]s|this\s+is|is|quite|very|really|rather|super|pretty|extremely|kinda|kind\s+of|a\s+bit|somewhat)\s+(?:(?:kinda|kind\s+of|pretty|quite|very|really|super|a\s+bit|rather|somewhat)\s+)?urgent|urgently|urgent\s*[:!]|time[-\s]sensitive|(?:need|have)\s+to\s+move\s+(?:fast|quickly)|right\s+away|immediately|tonight|in\s+the\s+next\s+(?:few|couple(?:\s+of)?|\d+|two|24|48)\s+hours|within\s+(?:the\s+next\s+)?(?:24|48|\d+|a\s+few|a\s+couple\s+of)\s+hours|by\s+(?:EOD|COB|end\s+of\s+(?:the\s+)?day|close\s+of\s+business|tonight|tomorrow(?:\s+morning)?|midnight|noon)|today\s+if\s+(?:possible|you\s+can)|before\s+(?:tonight|midnight|tomorrow|the\s+end\s+of\s+(?:the\s+)?day|EOD|COB|close\s+of\s+business)|(?:no\s+later\s+than|latest\s+by)\s+(?:today|tomorrow|tonight))(?![\w-])/i;
/** Words that take the pressure off the whole message. */
export const RELAXED = /\bno\s+(?:rush|pressure|hurry|urgency)\b|\btake\s+your\s+time\b|\bwhenever\s+(?:suits|works|convenient|you\s+(?:have|get|can))\b|\bat\s+your\s+(?:convenience|leisure)\b|\bin\s+your\s+own\s+time\b|\bno\s+need\s+to\s+(?:reply|respond|rush)\b/i;

/** Events that set a deadline for the writer. */
const EVENT = /\b(?:(?:phone|video|final|first|second|onsite|on-site|technical|panel|case)\s+)?(?:interviews?|apps|screen(?:ing)?|on-?sites?|panel|deadline|applications?|presentation|assessment|exam|start\s+date|offer|decision|final\s+round|career\s+fair|job\s+fair|demo\s+day|pitch|posting|submission|portal|scheme|(?:submission|application|reading)\s+window|audition|viva|defen[cs]e|hearing|board\s+meeting)\b/gi;
/** What makes an event a deadline: "my interview", "applications close", "is due". */
const OWN_OR_CLOSING = /\b(?:my|our|I\s+have\s+(?:a|an|my)|I['’]ve\s+got\s+(?:a|an)|I(?:['’]m|\s+am)\s+(?:interviewing|having|attending|giving|sitting|appearing|presenting|scheduled|invited)|I(?:['’]ve|\s+have)?\s+got\s+(?:a|an|the|my)|I\s+(?:have|will\s+have|got)\b|close[sd]?|closing|due|expires?|ends?|shuts?)\b/i;
/** Time words right after these propose a time for the reader's call, not a deadline. */
const PROPOSING = /\b(?:call|chat|talk|speak|meet|coffee|minutes|free|available|works?|suit|connect|zoom|phone\s+you)\b/i;

/**
 * Whether `before` ends with a proposing word and at most 25 more characters, none of
 * them a sentence end. (As one pattern ending in `[^.?!]{0,25}$`, recheck sometimes
 * called it polynomial; the last match is the only one that can be close enough.)
 */
function endsProposingTime(before: string): boolean {
  const last = allMatches(before, PROPOSING).pop();
  if (!last) return false;
  const rest = before.slice(last.end);
  return rest.length <= 25 && !/[.?!]/.test(rest);
}

/** The writer's promise: "I'll send…", "we will drop…", "I'm going to post…" (the verb is checked apart). */
const WRITER_PROMISE = /\b(?:I|we)(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to|\s+am\s+going\s+to|['’]re\s+going\s+to|\s+are\s+going\s+to)\s+(?:also\s+|just\s+|definitely\s+)?([a-z]+)/gi;
/** After a promise, verbs that still wait on the reader: "I'll need it tonight", "I will be waiting". */
const WAITING_ON_READER = /^(?:need|want|require|expect|wait|be|look|have|hear|check)$/i;

/**
 * Whether a time word at `at` pins down the writer's own promise ("I'll send you the link
 * tonight"), which sets the reader no deadline: the promise opens the clause the word is in,
 * and is not the purpose of an ask ("so I'll have it tonight").
 */
function isWritersPromise(sentence: string, at: number): boolean {
  const clauseStart = Math.max(...[...sentence.slice(0, at).matchAll(/[.;:!?—–]|,\s+(?:but|and|so)\b/g)].map((m) => (m.index ?? 0) + m[0].length), 0);
  const clause = sentence.slice(clauseStart, at);
  const promise = allMatches(clause, WRITER_PROMISE).pop();
  if (!promise) return false;
  const verb = /\s([a-z]+)$/i.exec(promise.text)?.[1] ?? '';
  return !WAITING_ON_READER.test(verb) && !/\bso(?:\s+that)?\s*$/i.test(clause.slice(0, promise.start)) && !/\?/.test(sentence.slice(at));
}

export function urgencyIn(sentence: string): Match[] {
  return allMatches(sentence, URGENCY).filter((m) => !isNegatedAt(sentence, m.start) && !isWritersPromise(sentence, m.start));
}

export interface FoundDeadline extends Match {
  event: string;
  when: TimeMention;
}

/** An event of the writer's that a time word pins down: "I have an interview with them tomorrow". */
export function deadlinesIn(sentence: string, sent: string, isQuoted: (start: number, end: number) => boolean): FoundDeadline[] {
  const deadlines: FoundDeadline[] = [];
  const events = allMatches(sentence, EVENT);
  if (events.length === 0) return deadlines;
  const times = findTimeMentions(sentence, sent);
  for (const event of events) {
    if (isQuoted(event.start, event.end)) continue;
    const before = sentence.slice(Math.max(0, event.start - 40), event.start);
    const around = sentence.slice(Math.max(0, event.start - 40), Math.min(sentence.length, event.end + 45));
    // The reader's own interview is not the writer's deadline; the reader's window that closes is.
    if (/\byour\s+(?:\w+\s+)?$/i.test(before) && !/window|application|submission|deadline|posting|portal|scheme/i.test(event.text)) continue;
    // A deadline is always the writer's; an interview or panel only when it is theirs ("my interview").
    if (!/deadline/i.test(event.text) && !OWN_OR_CLOSING.test(around)) continue;
    for (const time of times) {
      const distance = time.start >= event.end ? time.start - event.end : event.start - time.end;
      // "my interview for the Senior Associate role in … is tomorrow": the writer's own event may be named at length.
      const reach = /\b(?:my|our)\s+(?:[\w-]+\s+)?$/i.test(before) ? 100 : 45;
      if (distance < 0 || distance > reach) continue;
      if (time.start >= event.end && /[.;!?]/.test(sentence.slice(event.end, time.start))) continue;
      if (time.start > event.end && endsProposingTime(sentence.slice(0, time.start))) continue;
      const start = Math.min(event.start, time.start);
      const end = Math.max(event.end, time.end);
      deadlines.push({ start, end, text: sentence.slice(start, end), event: event.text.replace(/\s+/g, ' ').toLowerCase(), when: time });
      break;
    }
  }
  return deadlines;
}
