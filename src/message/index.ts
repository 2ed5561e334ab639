/**
 * The message model every rule sees (catalogue: "The message model every rule
 * sees"): facts from front matter, config defaults and inference, and the
 * prose units — message, paragraphs, sentences — whose offsets are file
 * offsets.
 */
import type { FrontMatterDefaults, Message, MessageFacts, MessageLink, Paragraph, ProseUnit, Sentence, Span } from '../types.js';
import { readFrontMatter, type FrontMatterProblem } from './front-matter.js';
import { findTail } from './regions.js';
import { blank, markdownProse, plainTextProse } from './prose.js';
import { splitSentences } from './sentences.js';
import { exchangeSignals, inferRelationship, inferStage } from './stage.js';
import { normalizeForReading } from '../text/normalize.js';
import { LineIndex } from '../text/location.js';

export interface ParsedMessage {
  message: Message;
  /** HTML comments outside code, for inline directives. */
  comments: { start: number; end: number; body: string }[];
  problems: FrontMatterProblem[];
  /**
   * Line and column in the file of an offset in the message: the message is read from the
   * normalised text (see normalizeForReading), so every offset it gives maps back through this.
   */
  positions: LineIndex;
}

export interface ParseOptions {
  filePath: string;
  defaults: FrontMatterDefaults;
  /** ISO date used when the message has no `sent` date. */
  today: string;
}

const PLAIN_TEXT_EXTENSIONS = /\.(?:txt|text)$/i;

export function isPlainTextPath(filePath: string): boolean {
  return PLAIN_TEXT_EXTENSIONS.test(filePath);
}

/**
 * The one place where a file's text is prepared for reading: invisible format characters
 * removed and NFC applied, once, with the offset map that takes findings back to the file.
 * @param original the file's text with any BOM already removed
 */
export function parseMessage(original: string, options: ParseOptions): ParsedMessage {
  const normalized = normalizeForReading(original);
  const text = normalized.text;
  const positions = new LineIndex(original, normalized.map);
  const frontMatter = readFrontMatter(text);
  const tail = findTail(text, frontMatter.end);
  const linted = blank(text.slice(0, frontMatter.end)) + text.slice(frontMatter.end, tail.start) + blank(text.slice(tail.start));
  const layout = isPlainTextPath(options.filePath) ? plainTextProse(text, linted) : markdownProse(text, linted);
  const prose = layout.prose;

  const given = { ...options.defaults, ...frontMatter.values };
  const flat = prose.replace(/\s+/g, ' ');
  const quotesEarlier = layout.hasBlockQuote || tail.isReplyQuote;
  const signals = exchangeSignals(flat, quotesEarlier);
  const stage = given.stage ?? inferStage(signals);
  const relationship = given.relationship ?? inferRelationship(signals, stage);
  const facts: MessageFacts = {
    stage,
    stageInferred: given.stage === undefined,
    relationship,
    relationshipInferred: given.relationship === undefined,
    sent: given.sent ?? options.today,
    template: given.template ?? false,
    direction: frontMatter.values.direction ?? 'sent',
    filePath: options.filePath,
    ...(frontMatter.values.date !== undefined && { date: frontMatter.values.date }),
    ...(frontMatter.values.event !== undefined && { event: frontMatter.values.event }),
    ...(frontMatter.values.thread !== undefined && { thread: frontMatter.values.thread }),
    ...(given.channel !== undefined && { channel: given.channel }),
    ...(given.deadline !== undefined && { deadline: given.deadline }),
    ...(given.recipient !== undefined && { recipient: given.recipient }),
  };

  const quotes = layout.paragraphs.flatMap((paragraph) => quotedRanges(prose, paragraph));
  const unit = (start: number, end: number): ProseUnit => ({
    text: prose.slice(start, end),
    start,
    end,
    span: (from, to) => ({ start: start + from, end: start + to }),
    isQuoted: (from, to) => quotes.some((q) => start + from >= q.start && start + to <= q.end),
  });

  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = layout.paragraphs
    .filter((span) => /[\p{L}\p{N}]/u.test(prose.slice(span.start, span.end)))
    .map((span, index) => {
      const own = splitSentences(prose, span).map(
        (s, i): Sentence => ({ ...unit(s.start, s.end), kind: 'sentence', index: sentences.length + i }),
      );
      sentences.push(...own);
      return { ...unit(span.start, span.end), kind: 'paragraph', index, sentences: own };
    });

  const message: Message = {
    ...unit(0, prose.length),
    kind: 'message',
    facts,
    paragraphs,
    sentences,
    links: layout.links as MessageLink[],
    source: text,
    body: { start: frontMatter.end, end: tail.replyStart },
    signature: tail.signatureStart === null ? null : { start: tail.signatureStart, end: tail.replyStart },
    skipped: layout.skipped,
    factSpans: frontMatter.spans,
  };
  return { message, comments: layout.comments, problems: frontMatter.problems, positions };
}

/** Ranges between paired double quotation marks ("…" or “…”) inside one paragraph. */
function quotedRanges(prose: string, paragraph: Span): Span[] {
  const ranges: Span[] = [];
  let open: number | null = null;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = prose[i];
    if (ch === '“') open = i;
    else if (ch === '”' && open !== null) {
      ranges.push({ start: open, end: i + 1 });
      open = null;
    } else if (ch === '"') {
      if (open === null) open = i;
      else {
        ranges.push({ start: open, end: i + 1 });
        open = null;
      }
    }
  }
  return ranges;
}
