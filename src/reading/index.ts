/**
 * One reading of a message, shared by every rule (catalogue v2, "Shared
 * definitions"): its asks (of what kinds, vague or not, big favours), offers
 * back, personal references, documents sent, pressure, thanks and help given,
 * each at its words. It is computed once per message, on the first rule that
 * asks for it, and quotes, negation and hypotheticals are decided here once.
 */
import type { Act, Ask, AskItem, DocumentSent, Duration, Message, NlpTools, PersonalReference, Pressure, Reading, Sentence } from '../types.js';
import { askKinds, askShape, bigFavourIn, vagueAdviceIn, type AskShape, type FoundKind } from './asks.js';
import { documentsIn, DOCUMENT, helpGivenIn, offersIn, personalReferencesIn, thanksIn } from './acts.js';
import { deadlinesIn, RELAXED, urgencyIn } from './pressure.js';
import { allMatches, type Match } from '../text/match.js';
import { findTimeMentions } from '../text/time.js';


const NUMBER = String.raw`(?:\d+|one|two|three|five|ten|fifteen|twenty|thirty|forty[-\s]five|forty|sixty|ninety)`;
const WORD_MINUTES: Record<string, number> = { one: 1, two: 2, three: 3, five: 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, 'forty five': 45, sixty: 60, ninety: 90 };
const DURATION = new RegExp(
  String.raw`\b${NUMBER}(?:\s*(?:[-–]|to|or)\s*${NUMBER})?[-\s]?(?:min(?:ute)?s?|hours?|hrs?|h)\b|\bhalf\s+an\s+hour\b|\ban\s+hour\b|\b(?:a\s+)?(?:few|couple(?:\s+of)?)\s+minutes\b|\bquarter\s+of\s+an\s+hour\b`,
  'gi',
);
/** Proposed days or times: "at 10am PST", "mornings" (weekday names are time mentions). */
const PROPOSED_TIME = /\b(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|mornings?|afternoons?|evenings?)\b/i;

function minutesOf(duration: string): number {
  const text = duration.toLowerCase();
  if (/half\s+an\s+hour/.test(text)) return 30;
  if (/quarter/.test(text)) return 15;
  if (/few|couple/.test(text)) return 5;
  if (/^an\s+hour/.test(text)) return 60;
  const numbers = [...text.matchAll(new RegExp(NUMBER, 'gi'))].map((m) => (/^\d+$/.test(m[0]) ? Number(m[0]) : WORD_MINUTES[m[0].replace(/\s+/, ' ')] ?? 0));
  const most = Math.max(...numbers, 0);
  return /hour|hr|\bh\b/.test(text) ? most * 60 : most;
}

/** Words that make a line introduce a list of favours: "I have a few requests:", "Could you:". */
const LIST_INTRO_WORDS = /\b(?:requests?|favou?rs?|asks?|questions?|things|help|hoping|wondering|could\s+you|would\s+you|can\s+you|if\s+you\s+could|ways\s+you)\b/i;
function introducesList(text: string): boolean {
  const end = text.trimEnd();
  return (end.endsWith(':') && LIST_INTRO_WORDS.test(end.slice(end.lastIndexOf('.') + 1))) || /\bquestions? ?\?$/i.test(end.slice(-16));
}
/** Kinds worth asking the tagger about when no ask shape was found ("Advise me on…"). */
/** A cheap test that a sentence may name one of those favours: most sentences name none, and skip the kind patterns. */
const MAY_NAME_FAVOUR = /advi[cs]e|tips?\b|pointers|guid|help|review|proofread|look\s+(?:at|over)|forward|pass|refer|recommend|introduc|intro\b|connect|send|share|email|mail/i;
const TAG_WORTHY: ReadonlySet<string> = new Set(['advice', 'review', 'forward', 'referral', 'introduction', 'recommendation', 'send']);

/** What turns an order into a request: a softener, a condition, thanks, or a courtesy such as "let me know". */
const POLITE = /\b(?:please|pls|plz|kindly|could|would|might|may\s+(?:I|we)|if\s+you|when\s+you|whenever|feel\s+free|thanks?|thank\s+you|appreciate|grateful|possible|mind|let\s+me\s+know|lmk|do\s+let)\b/i;

/**
 * The longest stretch of one sentence the reading looks at. A real sentence is far shorter; a
 * run-on "sentence" (a pasted log, a list without full stops) is judged on its opening. The bound
 * also bounds the work of every pattern the reading runs: none of them sees more than this.
 */
export const MAX_SENTENCE_CHARS = 600;
function bounded(text: string): string {
  return text.length > MAX_SENTENCE_CHARS ? text.slice(0, MAX_SENTENCE_CHARS) : text;
}

const readings = new WeakMap<Message, Reading>();

/** The reading of a message, computed once (a second call returns the same object). */
export function readMessage(message: Message, nlp?: NlpTools): Reading {
  let reading = readings.get(message);
  if (!reading) {
    reading = computeReading(message, nlp);
    readings.set(message, reading);
  }
  return reading;
}

function act(sentence: Sentence, m: Match): Act {
  const text = m.text.trimEnd();
  return { at: sentence.span(m.start, m.start + text.length), text: text.replace(/\s+/g, ' '), sentence };
}

function overlaps(a: Match, spans: readonly Match[]): boolean {
  return spans.some((b) => a.start < b.end && b.start < a.end);
}

/**
 * The reading, each part computed on first use: a rule that never asks about documents or thanks
 * costs nothing for them. Asks and offers are read together (an offer is never also an ask).
 */
function computeReading(message: Message, nlp?: NlpTools): Reading {
  const sentences = message.sentences;
  const texts = sentences.map((s) => bounded(s.text));
  const own = (sentence: Sentence) => (m: Match) => !sentence.isQuoted(m.start, m.end);
  const once = <T>(compute: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= compute());
  };
  const asksAndOffers = once(() => readAsksAndOffers(message, texts, nlp));
  const documents = once(() => readDocuments(message, texts, asksAndOffers().offerSpans));
  const pressure = once(() =>
    sentences.flatMap((sentence, i): Pressure[] => [
      ...urgencyIn(texts[i]!).filter(own(sentence)).map((m): Pressure => ({ ...act(sentence, m), kind: 'urgency' })),
      ...deadlinesIn(texts[i]!, message.facts.sent, sentence.isQuoted).map((d): Pressure => ({ ...act(sentence, d), kind: 'deadline', event: d.event, when: d.when.text.replace(/\s+/g, ' ').toLowerCase(), days: d.when.days })),
    ]),
  );
  const personalReferences = once(() =>
    sentences.flatMap((sentence, i) => personalReferencesIn(texts[i]!, nlp).filter(({ match }) => own(sentence)(match)).map(({ kind, match }): PersonalReference => ({ ...act(sentence, match), kind }))),
  );
  const thanks = once(() => sentences.flatMap((sentence, i) => thanksIn(texts[i]!).filter(own(sentence)).map((m) => act(sentence, m))));
  const helpGiven = once(() =>
    message.facts.direction === 'received' ? sentences.flatMap((sentence, i) => helpGivenIn(texts[i]!).filter(own(sentence)).map((m) => act(sentence, m))) : [],
  );
  const relaxed = once(() => texts.some((t) => RELAXED.test(t)));
  return {
    get asks() {
      return asksAndOffers().asks;
    },
    get offers() {
      return asksAndOffers().offers;
    },
    get durations() {
      return asksAndOffers().durations;
    },
    get proposesTimes() {
      return asksAndOffers().proposesTimes;
    },
    get personalReferences() {
      return personalReferences();
    },
    get documents() {
      return documents();
    },
    get pressure() {
      return pressure();
    },
    get relaxed() {
      return relaxed();
    },
    get thanks() {
      return thanks();
    },
    get helpGiven() {
      return helpGiven();
    },
  };
}

interface AsksAndOffers {
  asks: Ask[];
  offers: Act[];
  /** Offer words per sentence, in sentence offsets: a document offered is not a document sent. */
  offerSpans: Match[][];
  durations: Duration[];
  proposesTimes: boolean;
}

function readAsksAndOffers(message: Message, texts: readonly string[], nlp: NlpTools | undefined): AsksAndOffers {
  const sentences = message.sentences;
  const listItems = sentences.map((s, i) => isListItem(message, s, sentences[i - 1]));
  const asks: Ask[] = [];
  const offers: Act[] = [];
  const offerSpans: Match[][] = [];
  let listIntroducedByAsk = false;
  let introAsksQuestions = false;
  let listHasAsks = false;

  sentences.forEach((sentence, index) => {
    const text = texts[index]!;
    const own = (m: Match) => !sentence.isQuoted(m.start, m.end);

    const sentenceOffers = offersIn(text).filter(own);
    offerSpans.push(sentenceOffers);
    offers.push(...sentenceOffers.map((m) => act(sentence, m)));

    let shape: AskShape | null = askShape(text);
    if (shape && sentence.isQuoted(shape.start, shape.start + 1)) shape = null;
    // An item of a list that an ask introduced, or whose earlier items asked: "3. 15 min next week to run through…"
    if (!shape && listItems[index] && (listIntroducedByAsk || listHasAsks)) shape = { form: /\?\s*$/.test(text) ? 'question' : 'imperative', start: text.length - text.trimStart().length };
    let kinds: FoundKind[] = shape ? askKinds(text, shape.start).filter((k) => own(k) && !overlaps(k, sentenceOffers)) : [];
    if (!shape && nlp && !/\?\s*$/.test(text) && !RELAXED.test(text)) {
      // No shape the words show: ask the tagger whether a sentence that names a favour is an imperative
      // ("Advise me on…"). Questions were judged by their shape already.
      const candidates = MAY_NAME_FAVOUR.test(text) ? askKinds(text).filter((k) => own(k) && TAG_WORTHY.has(k.kind)) : [];
      // A thank-you names favours already done ("thanks for your advice"): no ask to find there.
      if (candidates.length > 0 && sentenceOffers.length === 0 && thanksIn(text).length === 0) {
        const parse = nlp.analyze(text);
        if (parse.isImperative && !parse.hasNegation && !parse.isPastTense) {
          shape = { form: 'imperative', start: text.length - text.trimStart().length };
          kinds = candidates;
        }
      }
    }
    if (listItems[index]) listHasAsks ||= shape !== null;
    else listHasAsks = false;
    if (!listItems[index]) {
      // An ask that ends in ":", or that asks leave to ask questions and is followed by a list of them.
      listIntroducedByAsk = introducesList(text) || (shape !== null && (text.trimEnd().endsWith(':') || (/\bquestions?\b/i.test(text) && listItems[index + 1] === true)));
      introAsksQuestions = listIntroducedByAsk && /\bquestions?\b/i.test(text);
    }
    if (shape) {
      const form: Ask['form'] = listItems[index] && (listIntroducedByAsk || listHasAsks) ? 'list-item' : shape.form;
      // Questions listed under a permission to ask questions ("may I ask three questions: 1… 2…") are that one ask.
      const underPermission = form === 'list-item' && introAsksQuestions;
      const items: AskItem[] = kinds.map((k) => ({ ...act(sentence, k), kind: underPermission && (k.kind === 'job' || k.kind === 'advice') ? 'advice' : k.kind }));
      const following = texts.slice(index + 1, index + 4);
      const vague = kinds.some((k) => k.kind === 'advice') ? vagueAdviceIn(text, following) : null;
      const big = bigFavourIn(text, kinds);
      const end = text.trimEnd().length;
      asks.push({
        at: sentence.span(shape.start, end),
        text: text.slice(shape.start, end).replace(/\s+/g, ' '),
        sentence,
        form,
        polite: form !== 'imperative' || POLITE.test(text),
        items,
        ...(vague && own(vague) && { vague: { ...act(sentence, vague), pickBrain: /brain/i.test(vague.text) } }),
        ...(big && { bigFavour: act(sentence, big) }),
      });
    }
  });

  const askSentences = [...new Set(asks.map((a) => a.sentence))];
  const textOf = (s: Sentence) => texts[s.index]!;
  const durations: Duration[] = askSentences.flatMap((s) => allMatches(textOf(s), DURATION).filter((m) => !s.isQuoted(m.start, m.end)).map((m) => ({ ...act(s, m), minutes: minutesOf(m.text) })));
  const proposesTimes = askSentences.some((s) => PROPOSED_TIME.test(textOf(s)) || findTimeMentions(textOf(s), message.facts.sent).length > 0);
  return { asks, offers, offerSpans, durations, proposesTimes };
}

/** Documents sent with the message, in words or as links, one per place. */
function readDocuments(message: Message, texts: readonly string[], offerSpans: readonly Match[][]): DocumentSent[] {
  const sentences = message.sentences;
  const documents: DocumentSent[] = [];
  let before = '';
  sentences.forEach((sentence, index) => {
    const text = texts[index]!;
    for (const m of documentsIn(text, before)) {
      if (sentence.isQuoted(m.start, m.end) || overlaps(m, offerSpans[index] ?? [])) continue;
      const named = DOCUMENT.exec(m.text) ?? DOCUMENT.exec(before.slice(-160));
      documents.push({ ...act(sentence, m), document: named?.[0] ?? 'document' });
    }
    before += ` ${text}`;
  });
  // Links to a document ("[my résumé](cv.pdf)"): one finding per place, merged with the words around it.
  for (const link of message.links) {
    const named = DOCUMENT.exec(link.text) ?? DOCUMENT.exec(link.url.replace(/[-_/.]/g, ' '));
    const sentence = [...sentences].reverse().find((s) => s.start <= link.at.start) ?? sentences[0];
    if (!named || !sentence) continue;
    const same = documents.findIndex((d) => d.at.start < link.at.end && link.at.start < d.at.end);
    // "Here's my [résumé](cv.pdf)": the words and the link are one place; report both as one span.
    const found = documents[same];
    if (found) documents[same] = { ...found, at: { start: Math.min(found.at.start, link.at.start), end: Math.max(found.at.end, link.at.end) } };
    else documents.push({ at: link.at, text: link.text, sentence, document: named[0] });
  }
  documents.sort((a, b) => a.at.start - b.at.start);
  // One document per place: "Enclosed please find my résumé" matches as two ways of saying it.
  for (let i = documents.length - 1; i > 0; i--) if (documents[i]!.at.start < documents[i - 1]!.at.end) documents.splice(i, 1);
  return documents;
}

const MARKER = /^\s*(?:[-*+•]|\d{1,2}[.)]|[a-z][.)]|\(\w\))\s*$/i;

/** Whether a sentence is an item of a list: its line starts with a list marker (or a bare marker sentence precedes it). */
function isListItem(message: Message, sentence: Sentence, previous: Sentence | undefined): boolean {
  if (/^[ \t]*(?:[-*+•]|\d{1,2}[.)])\s/.test(sentence.text)) return true;
  if (previous && MARKER.test(previous.text) && !/\n/.test(message.source.slice(previous.end, sentence.start))) return true;
  const lineStart = message.source.lastIndexOf('\n', sentence.start - 1) + 1;
  return MARKER.test(message.source.slice(lineStart, sentence.start)) && message.source.slice(lineStart, sentence.start).trim() !== '';
}
