import { defineRule } from '../src/rule-api.js';
import type { Message, Span } from '../src/types.js';
import { allMatches, type Match } from '../src/text/match.js';
import { trimEndChars, trimStartChars } from '../src/text/trim.js';

/** Real HTML tags (and their closing forms) are markup, not slots like <Company>. */
const HTML_TAGS = new Set(
  'a abbr b br big blockquote body center code dd del details div dl dt em font footer h1 h2 h3 h4 h5 h6 head header hr html i img input ins kbd label li link mark meta nav ol option p pre s section select small source span strong style sub summary sup table tbody td textarea tfoot th thead title tr u ul video audio iframe script button form picture figure figcaption caption col colgroup main article aside time wbr'.split(' '),
);

type SlotKind = 'slot' | 'malformed' | 'unknownVariable' | 'emptySlot';

interface Slot extends Match {
  kind: SlotKind;
  variable?: string;
}

const DOUBLE_CURLY = /\{\{([^{}\n]*)\}\}/g;
const WELL_FORMED_VARIABLE = /^\s*([A-Za-z_][\w.-]*)\s*$/;
const MALFORMED_CURLY = /\{\{[^{}\n]{0,60}\}(?!\})|(?<!\{)\{[^{}\n]{0,60}\}\}|\{\{(?![^{}\n]{0,60}\}\})/g;
const SINGLE_CURLY = /(?<![{\\])\{(?!\{)([^{}\n]{1,80})\}(?!\})/g;
/** A backslash-escaped `\[Name\]` shows as [Name]: still a slot. */
const SQUARE = /(?<![\]!])\[(?!\^|\s?\]|[xX]\])([^[\]\n]{1,80})\](?![([:])/g;
const ANGLE = /<(\/?)([A-Za-z][^<>\n]{0,60})>/g;
const PERCENT = /%[A-Z][A-Z0-9_]{1,30}%/g;
const MARKERS = /(?<![\w-])(?:X{3,}|TODO|FIXME|TK(?!\s+[A-Z][a-z])|TKTK)(?![\w-])|\b[Ii](?:nsert|NSERT)\s+(?:[\w/'’-]+\s+){1,6}?(?:here|HERE|Here)\b|(?<![\w\\])_{3,}(?!\w)|\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\b/g;
/** A function word with nothing after it: "thank you for your time on .", "my interview with and". */
const EMPTY_BEFORE_PUNCTUATION = /\b(on|with|at|for|to|from|about|of|by|in|the|my|your|dear|hi|hello)\s+(?=[.,;:!?](?:\s|$))/gi;
/**
 * A preposition with "and" straight after it ("my interview with and they…"), or "the" with a
 * preposition. Two prepositions in a row are natural English ("worried about for months", "stuck
 * on for a month"), and a compound is no gap ("your post on on-call rotations", "the to-do list").
 */
const EMPTY_BETWEEN_WORDS = /\b(?:(with|at|from|for|of|on|by|about|to)\s+(and)|(the)\s+(and|at|with|from|of|to|on|for))\b(?![-‐'’])/gi;
/** Word pairs that look like a gap but are good English ("to and from", "on and off", "about to", "move on to"). */
const IDIOMS = /^(?:to\s+and|on\s+and|for\s+and|from\s+and|by\s+and|about\s+to|on\s+to|on\s+with|from\s+on)$/i;

/**
 * "passionate about and qualified for" joins two phrases that share an object;
 * "my interview with and they asked" drops one. After a gap, a new clause starts.
 */
function coordinated(text: string, gap: Match): boolean {
  if (!/\sand$/i.test(gap.text)) return false;
  // "they've" is "they": the word before any apostrophe decides.
  const next = /^\s+([\p{L}]+)/u.exec(text.slice(gap.end))?.[1]?.toLowerCase();
  return next !== undefined && !/^(?:i|we|they|he|she|it|you|the|a|an|my|our|their|his|her|its|then|so|now|that|this|there)$/.test(next);
}

function overlaps(a: Span, spans: readonly Span[]): boolean {
  return spans.some((b) => a.start < b.end && b.start < a.end);
}

function slotsIn(message: Message, template: boolean, allowed: readonly string[] | null): Slot[] {
  const { body, skipped, links } = message;
  const text = message.source.slice(0, body.end);
  const found: Slot[] = [];
  /** Well-formed template variables in template mode: not slots, and no other pattern may claim them. */
  const allowedSlots: Span[] = [];
  const add = (match: Match, kind: SlotKind, variable?: string) => {
    if (match.start < body.start || overlaps(match, skipped) || overlaps(match, found) || overlaps(match, allowedSlots)) return;
    found.push({ ...match, kind, ...(variable !== undefined && { variable }) });
  };
  for (const match of allMatches(text, DOUBLE_CURLY)) {
    const name = WELL_FORMED_VARIABLE.exec(match.text.slice(2, -2))?.[1];
    if (!name) add(match, 'malformed');
    else if (!template) add(match, 'slot');
    else if (allowed && !allowed.includes(name)) add(match, 'unknownVariable', name);
    else allowedSlots.push(match);
  }
  for (const match of allMatches(text, MALFORMED_CURLY)) add(match, 'malformed');
  for (const match of allMatches(text, SINGLE_CURLY)) add(match, 'slot');
  for (const match of allMatches(text, SQUARE)) {
    const inner = match.text.slice(1, -1).replace(/\\$/, '').trim();
    // Link text, footnotes, citations ([1]) and task boxes are markdown, not slots.
    if (!/^\p{L}/u.test(inner) || links.some((l) => match.start >= l.at.start && match.end <= l.at.end)) continue;
    add(match, 'slot');
  }
  for (const match of allMatches(text, ANGLE)) {
    const inner = match.text.slice(1, -1).replace(/^\//, '');
    const tag = /^[A-Za-z][\w-]*/.exec(inner)![0].toLowerCase();
    if (/:\/\/|^www\.|@|^mailto:/i.test(inner)) continue; // autolinks and e-mail addresses
    // <br>, <br/>, <a href=…>: a known tag alone or with an attribute is markup.
    if (HTML_TAGS.has(tag) && (/^[a-z][\w-]*\s*\/?$/.test(inner) || /^[a-z][\w-]*\s+[\w-]+=/.test(inner))) continue;
    add(match, 'slot');
  }
  for (const match of allMatches(text, PERCENT)) add(match, 'slot');
  for (const match of allMatches(text, MARKERS)) add(match, 'slot');
  return found.sort((a, b) => a.start - b.start);
}

export default defineRule({
  meta: {
    verdict: 'unfilled template slots',
    description: 'Fill every template slot before sending: {{first_name}}, [Company], <Role>, XXX, TODO, or a missing word.',
    recommended: 'error',
    hasSuggestions: true,
    fixable: 'text',
    options: {
      allowedVariables: { type: 'string[]', default: null, description: 'In template mode (front matter `template: true`), the `{{variables}}` a template may use; null allows any well-formed one.' },
    },
    messages: {
      slot: '"{{slot}}" is an unfilled template slot: replace it with the real text before sending.',
      malformed: '"{{slot}}" is a broken template slot: use {{example}} with a variable name, or fill it in.',
      unknownVariable: '"{{slot}}" uses the variable "{{variable}}", which is not in allowedVariables ({{allowed}}).',
      emptySlot: 'A word is missing after "{{before}}": fill in the blank before sending.',
    },
    docs: {
      why:
        'A forgotten {{first_name}} or "[Company]" tells the reader they got a form letter — the article\'s charge against the USER, who "feels like a form letter that may be sent to many". The article\'s own follow-up shows the quieter version: "thank you for your time on ." and "my phone interview with and", where the date and the company never got filled in.',
      bad: ['Hi {{first_name}}, I loved your talk at [Conference].', 'Sam, again, thank you for your time on . Your advice was invaluable.', 'I had my phone interview with and they asked me to come in.'],
      good: [
        'Hi Sam, I read your [post on ramp-up](https://example.com/ramp-up) and loved it.',
        '- [ ] send thank-you note\n- [x] research the team',
        'Write to me at <nancy@example.com> or see <https://example.com/portfolio>.',
      ],
    },
  },
  create(context) {
    const allowed = context.options.allowedVariables;
    const template = context.message.template;
    const recipient = context.message.recipient;
    return {
      message(message) {
        const slots = slotsIn(message, template, allowed);
        for (const slot of slots) {
          const at = { start: slot.start, end: slot.end };
          if (slot.kind === 'malformed') {
            context.report({ messageId: 'malformed', data: { slot: slot.text, example: '{{first_name}}' }, at });
          } else if (slot.kind === 'unknownVariable') {
            context.report({ messageId: 'unknownVariable', data: { slot: slot.text, variable: slot.variable!, allowed: allowed!.join(', ') || 'none' }, at });
          } else {
            const inner = trimEndChars(trimStartChars(slot.text, '{[<%'), '}]>%').trim();
            const isName = /^(?:first[\s_-]?name|name|recipient(?:['’]s)?\s+name|their\s+name|person\s+name|contact\s+name)$/i.test(inner);
            // A name slot with the recipient's name known is the one slot that can be filled without the writer.
            const fill = isName && recipient ? (/first/i.test(inner) ? recipient.split(/\s+/)[0]! : recipient) : undefined;
            context.report({
              messageId: 'slot',
              data: { slot: slot.text },
              at,
              ...(fill && { fix: { at, text: fill }, suggest: [{ desc: `Fill in "${fill}"`, fix: { at, text: fill } }] }),
            });
          }
        }
        for (const sentence of message.sentences) {
          const gaps = [
            // "on ." — the gap runs up to and including the punctuation mark.
            ...allMatches(sentence.text, EMPTY_BEFORE_PUNCTUATION).map((m) => ({ ...m, end: m.end + 1 })),
            ...allMatches(sentence.text, EMPTY_BETWEEN_WORDS).filter((m) => !IDIOMS.test(m.text.replace(/\s+/g, ' ')) && !coordinated(sentence.text, m)),
          ];
          for (const gap of gaps.sort((a, b) => a.start - b.start)) {
            const at = sentence.span(gap.start, gap.end);
            // "about <Topic>." looks like "about ." in prose, where the <Topic> slot is blanked.
            if (sentence.isQuoted(gap.start, gap.end) || overlaps(at, slots)) continue;
            context.report({ messageId: 'emptySlot', data: { before: /^\S+/.exec(gap.text)![0] }, at });
          }
        }
      },
    };
  },
});
