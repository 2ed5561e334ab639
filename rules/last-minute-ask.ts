import { defineRule } from '../src/rule-api.js';
import type { Sentence } from '../src/types.js';
import { allMatches, clauseBefore, findRequest } from '../src/text/requests.js';
import { daysBetween, findTimeMentions, type TimeMention } from '../src/text/time.js';

/** Events that set a deadline for the writer. */
const EVENT = /\b(?:(?:phone|video|final|first|second|onsite|on-site|technical|panel|case)\s+)?(?:interviews?|screen(?:ing)?|on-?sites?|panel|deadline|applications?|presentation|assessment|exam|start\s+date|offer|decision|final\s+round|career\s+fair|job\s+fair|demo\s+day|pitch|posting)\b/gi;
/** What makes an event a deadline: "my interview", "applications close", "is due". */
const OWN_OR_CLOSING = /\b(?:my|our|I\s+have\s+(?:a|an|my)|I['’]ve\s+got\s+(?:a|an)|I['’]m\s+interviewing|close[sd]?|closing|due|expires?|ends?)\b/i;
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
// "urgent" only as pressure on this message ("it's urgent", "urgently", "URGENT:"), not "how you handle urgent asks".
const PRESSURE = /\b(?:ASAP|A\.S\.A\.P\.?|as\s+soon\s+as\s+(?:possible|you\s+can)|(?:it['’]s|this\s+is|is|quite|very|really|rather|super)\s+urgent|urgently|time[-\s]sensitive|(?:need|have)\s+to\s+move\s+(?:fast|quickly)|right\s+away|immediately|tonight|in\s+the\s+next\s+(?:few|couple(?:\s+of)?|\d+|two|24|48)\s+hours|within\s+(?:the\s+next\s+)?(?:24|48|\d+|a\s+few)\s+hours|by\s+(?:EOD|COB|end\s+of\s+(?:the\s+)?day|close\s+of\s+business|tonight|tomorrow(?:\s+morning)?)|today\s+if\s+(?:possible|you\s+can))(?![\w-])/i;
/** Applied to the clause before a pressure word, which clauseBefore() cuts at punctuation. */
const NEGATED = /\b(?:no|not|never|without)\b|n['’]t\b/i;
const RELAXED = /\bno\s+(?:rush|pressure|hurry|urgency)\b|\bwhenever\s+(?:suits|works|convenient|you\s+(?:have|get|can))\b|\bat\s+your\s+(?:convenience|leisure)\b|\bin\s+your\s+own\s+time\b/i;

interface Deadline {
  event: string;
  when: TimeMention;
  start: number;
  end: number;
}

/** An event of the writer's that a time word pins down: "I have an interview with them tomorrow". */
function deadlinesIn(sentence: Sentence, sent: string): Deadline[] {
  const text = sentence.text;
  const deadlines: Deadline[] = [];
  const times = findTimeMentions(text, sent);
  for (const event of allMatches(text, EVENT)) {
    if (sentence.isQuoted(event.start, event.end)) continue;
    const before = text.slice(Math.max(0, event.start - 40), event.start);
    const around = text.slice(Math.max(0, event.start - 40), Math.min(text.length, event.end + 45));
    if (/\byour\s+(?:\w+\s+)?$/i.test(before)) continue; // the reader's own interview is not the writer's deadline
    // A deadline is always the writer's; an interview or panel only when it is theirs ("my interview").
    if (!/deadline/i.test(event.text) && !OWN_OR_CLOSING.test(around)) continue;
    for (const time of times) {
      const distance = time.start >= event.end ? time.start - event.end : event.start - time.end;
      if (distance < 0 || distance > 45) continue;
      if (time.start >= event.end && /[.;!?]/.test(text.slice(event.end, time.start))) continue;
      if (time.start > event.end && endsProposingTime(text.slice(0, time.start))) continue;
      deadlines.push({ event: event.text.replace(/\s+/g, ' ').toLowerCase(), when: time, start: Math.min(event.start, time.start), end: Math.max(event.end, time.end) });
      break;
    }
  }
  return deadlines;
}

export default defineRule({
  meta: {
    verdict: 'last minute',
    description: 'Reach out weeks before a deadline, and never press the reader to act within hours.',
    recommended: 'error',
    options: {
      minLeadDays: { type: 'number', default: 14, minimum: 0, description: 'Days a first contact should come before the deadline it is about.' },
    },
    messages: {
      tooClose: 'Your {{event}} is {{when}}: that leaves a stranger no time to help. Reach out at least {{minLeadDays}} days ahead ("a minimum of two weeks in advance"), or ask for something that does not depend on the date.',
      deadlineTooClose: 'The deadline ({{deadline}}) is {{days}} day(s) after this goes out: reach out at least {{minLeadDays}} days ahead ("a minimum of two weeks in advance").',
      pressure: '"{{phrase}}" pressures someone who owes you nothing: drop it and let them answer when it suits them.',
    },
    docs: {
      why:
        'The article\'s USER writes to a stranger the night before ("I have an interview with them tomorrow"), and its first verdict is "Last minute". The NETWORKER\'s first step takes place "a minimum of two weeks in advance". Urgency words ("ASAP", "by EOD") turn a favour into an obligation.',
      bad: [
        'Sam, I have an interview with ABC tomorrow. Can you give me some tips on the panel?',
        'Could you look over my portfolio ASAP? My panel is in two days.',
        'Applications close Friday, so could you refer me before then?',
      ],
      good: [
        'No rush at all, but could you tell me how the Y Division measures ramp-up?',
        "I'm travelling tomorrow, so reply whenever suits. May I ask you three questions about the role?",
        'May I call you for 20 minutes next Tuesday, Wednesday or Thursday at 10am PST?',
      ],
      exampleFacts: { stage: 'first-contact', sent: '2026-03-02' },
    },
  },
  create(context) {
    const minLeadDays = context.options['minLeadDays'] as number;
    const facts = context.message;
    return {
      message(message) {
        const asks = message.sentences.some((s) => findRequest(s.text) !== null || /\?\s*$/.test(s.text));
        const relaxed = RELAXED.test(message.text);
        let reported = false;
        for (const sentence of message.sentences) {
          for (const match of allMatches(sentence.text, PRESSURE)) {
            if (relaxed || sentence.isQuoted(match.start, match.end) || NEGATED.test(clauseBefore(sentence.text, match.start))) continue;
            // "tonight" alone only counts when something is asked of the reader.
            if (!asks) continue;
            context.report({ messageId: 'pressure', data: { phrase: match.text.replace(/\s+/g, ' ') }, at: sentence.span(match.start, match.end) });
            reported = true;
          }
          if (!asks) continue;
          for (const deadline of deadlinesIn(sentence, facts.sent)) {
            const tooClose = deadline.when.days >= 0 && (deadline.when.days <= 2 || (facts.stage === 'first-contact' && deadline.when.days < minLeadDays));
            if (!tooClose || reported) continue;
            const when = deadline.when.text.replace(/\s+/g, ' ').toLowerCase();
            context.report({ messageId: 'tooClose', data: { event: deadline.event, when: /^(?:on|by|this|next|in|before|until|today|tonight|tomorrow)\b/.test(when) ? when : `on ${when}`, minLeadDays }, at: sentence.span(deadline.start, deadline.end) });
            reported = true;
          }
        }
        if (reported || facts.stage !== 'first-contact' || !facts.deadline) return;
        const days = daysBetween(facts.sent, facts.deadline);
        if (days >= minLeadDays || days < 0) return;
        const at = message.factSpans.deadline ?? message.sentences[0]?.span(0, message.sentences[0].text.length) ?? { start: 0, end: 0 };
        context.report({ messageId: 'deadlineTooClose', data: { deadline: facts.deadline, days, minLeadDays }, at });
      },
    };
  },
});
