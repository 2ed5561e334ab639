/**
 * Builds the prose view of a message: a string exactly as long as the file in
 * which every character that is not the writer's prose (markup, code, HTML,
 * quotes, front matter, signature) is blanked to a space (line breaks kept as
 * `\n`). An offset in the prose is therefore an offset in the file, whatever
 * escapes, entities, emphasis or links stood in between.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Parents, Root, Text } from 'mdast';
import type { MessageLink, Span } from '../types.js';
import { splitLines } from './regions.js';

export interface ProseLayout {
  prose: string;
  paragraphs: Span[];
  links: MessageLink[];
  /** HTML comments (`<!-- … -->`) outside code, with their inner text, for directives. */
  comments: { start: number; end: number; body: string }[];
  /** Whether the message quotes an earlier one in a block quote. */
  hasBlockQuote: boolean;
  /** Code, block quotes and HTML comments: text that is in the file but not the writer's prose. */
  skipped: Span[];
}

/** Same-length blank: every character becomes a space except line breaks. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

function emptyLayout(): ProseLayout {
  return { prose: '', paragraphs: [], links: [], comments: [], hasBlockQuote: false, skipped: [] };
}

/** A writable prose buffer that starts fully blanked. */
class ProseBuffer {
  private readonly chars: string[];
  constructor(source: string) {
    this.chars = new Array<string>(source.length);
    for (let i = 0; i < source.length; i++) {
      const ch = source[i]!;
      if (ch === '\n') this.chars[i] = '\n';
      else if (ch === '\r') this.chars[i] = source[i + 1] === '\n' ? ' ' : '\n';
      else this.chars[i] = ' ';
    }
  }
  set(offset: number, ch: string): void {
    if (this.chars[offset] !== '\n') this.chars[offset] = ch;
  }
  copy(source: string, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const ch = source[i]!;
      if (ch !== '\r' && ch !== '\n') this.set(i, ch === '\t' ? ' ' : ch);
    }
  }
  toString(): string {
    return this.chars.join('');
  }
}

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'blockquote', 'definition', 'thematicBreak', 'break', 'yaml', 'image', 'imageReference', 'footnoteDefinition']);
const PARAGRAPH_LIKE = new Set(['paragraph', 'heading', 'tableCell']);
const COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;

/**
 * @param source the file text (BOM removed)
 * @param linted the source with non-linted regions (front matter, tail) blanked, same length
 */
export function markdownProse(source: string, linted: string): ProseLayout {
  return plainParagraphsProse(source, linted) ?? parsedMarkdownProse(source, linted);
}

/**
 * Characters that can start markdown syntax anywhere in a line, and line openings
 * that can start a block (quote, heading, list, rule, setext underline, fence, table,
 * indented code) or are not plain text at all (control characters).
 */
const INLINE_SYNTAX = /[\\`*_[\]<&]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const BLOCK_OPENING = /^(?: {0,3}(?:[#>+=~-]|\d{1,9}[.)])| {4}|[ ]{0,3}\t)/;

/**
 * Most outreach messages are paragraphs of plain sentences: no markdown at all. For
 * those the layout is known without parsing (paragraphs are runs of non-blank lines,
 * the prose is the text itself), and remark's parse is the largest cost of linting
 * such a message. Anything that could be markdown goes to the parser; a test checks
 * both paths agree on every fixture, corpus message and CommonMark example.
 * @returns null when the text might contain markdown syntax
 */
export function plainParagraphsProse(source: string, linted: string): ProseLayout | null {
  if (INLINE_SYNTAX.test(linted)) return null;
  const buffer = new ProseBuffer(source);
  const layout = emptyLayout();
  let paragraph = null as Span | null;
  for (const { start: lineStart, text: content } of splitLines(linted)) {
    const first = content.search(/[^ \t]/);
    if (first === -1) {
      if (paragraph) layout.paragraphs.push(paragraph);
      paragraph = null;
      continue;
    }
    if (BLOCK_OPENING.test(content)) return null;
    // As in mdast, a paragraph ends where its last line ends, trailing spaces included.
    const lineEnd = lineStart + content.length;
    buffer.copy(linted, lineStart + first, lineEnd);
    paragraph = { start: paragraph?.start ?? lineStart + first, end: lineEnd };
  }
  if (paragraph) layout.paragraphs.push(paragraph);
  layout.prose = buffer.toString();
  return layout;
}

export function parsedMarkdownProse(source: string, linted: string): ProseLayout {
  const tree = unified().use(remarkParse).parse(linted) as Root;
  const buffer = new ProseBuffer(source);
  const layout = emptyLayout();

  // An explicit stack, not recursion: a line of `- - - …` or `> > > …` nests thousands deep.
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'html' && start !== undefined && end !== undefined) {
      for (const match of linted.slice(start, end).matchAll(COMMENT)) {
        const comment = { start: start + match.index, end: start + match.index + match[0].length, body: match[1] ?? '' };
        layout.comments.push(comment);
        layout.skipped.push({ start: comment.start, end: comment.end });
      }
      continue;
    }
    if ((node.type === 'code' || node.type === 'inlineCode' || node.type === 'blockquote') && start !== undefined && end !== undefined) {
      layout.skipped.push({ start, end });
    }
    if (node.type === 'blockquote') layout.hasBlockQuote = true;
    if ((node.type === 'image' || node.type === 'link') && start !== undefined && end !== undefined) {
      layout.links.push({ url: node.url, text: node.type === 'image' ? node.alt ?? '' : plainText(node), at: { start, end } });
    }
    if (SKIPPED.has(node.type)) continue;
    if (node.type === 'text') {
      if (start !== undefined && end !== undefined) alignText(node, source, start, end, buffer);
      continue;
    }
    if (PARAGRAPH_LIKE.has(node.type) && start !== undefined && end !== undefined) layout.paragraphs.push({ start, end });
    // Children in reverse, so that they come off the stack in document order.
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] as Nodes);
  }
  layout.prose = buffer.toString();
  layout.paragraphs.sort((a, b) => a.start - b.start);
  return layout;
}

function plainText(node: Nodes): string {
  const parts: string[] = [];
  const pending: Nodes[] = [node];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.type === 'text' || next.type === 'inlineCode') parts.push(next.value);
    else if ('children' in next) for (let i = next.children.length - 1; i >= 0; i--) pending.push((next as Parents).children[i] as Nodes);
  }
  return parts.join('');
}

/**
 * Writes a text node's value over its source range, character by character:
 * a backslash escape or an entity occupies several source characters but
 * yields one, so the decoded character goes at the first of them and the
 * rest stay blank. Continuation indents and line breaks stay blank/newline.
 */
function alignText(node: Text, source: string, start: number, end: number, buffer: ProseBuffer): void {
  const value = node.value;
  let i = start;
  let j = 0;
  while (i < end && j < value.length) {
    const s = source[i]!;
    const v = value[j]!;
    if (s === v && s !== '\r' && s !== '\n') {
      buffer.set(i, v === '\t' ? ' ' : v);
      i++;
      j++;
    } else if (v === '\n' && (s === '\r' || s === '\n')) {
      i += s === '\r' && source[i + 1] === '\n' ? 2 : 1;
      j++;
    } else if (s === '\\' && source[i + 1] === v) {
      i++; // the escape's backslash stays blank; the character itself matches next
    } else if (s === '&') {
      const entity = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(source.slice(i, i + 40));
      if (!entity) {
        i++;
        continue;
      }
      // One entity decodes to one code point (rarely two units of a surrogate pair).
      const units = v.charCodeAt(0) >= 0xd800 && v.charCodeAt(0) <= 0xdbff ? 2 : 1;
      buffer.set(i, units === 2 ? ' ' : v);
      i += entity[0].length;
      j += units;
    } else if (/\s/.test(s)) {
      i++;
    } else if (/\s/.test(v)) {
      j++;
    } else {
      i++;
    }
  }
}

/** Plain text: paragraphs are runs of non-blank lines; `>` lines are quoted mail. */
export function plainTextProse(source: string, linted: string): ProseLayout {
  const buffer = new ProseBuffer(source);
  const layout = emptyLayout();
  for (const match of linted.matchAll(COMMENT)) {
    layout.comments.push({ start: match.index, end: match.index + match[0].length, body: match[1] ?? '' });
    layout.skipped.push({ start: match.index, end: match.index + match[0].length });
  }
  const commentAt = (offset: number) => layout.comments.some((c) => offset >= c.start && offset < c.end);
  let paragraph = null as Span | null;
  for (const { start: lineStart, text: line } of splitLines(linted)) {
    const lineEnd = lineStart + line.length;
    const quoted = /^\s*>/.test(line);
    if (quoted) {
      layout.hasBlockQuote = true;
      layout.skipped.push({ start: lineStart, end: lineEnd });
    }
    if (line.trim() === '' || quoted) {
      if (paragraph) layout.paragraphs.push(paragraph);
      paragraph = null;
    } else {
      for (let i = lineStart; i < lineEnd; i++) if (!commentAt(i)) buffer.copy(linted, i, i + 1);
      const trimmedStart = lineStart + (line.length - line.trimStart().length);
      const trimmedEnd = lineStart + line.trimEnd().length;
      paragraph = paragraph ? { start: paragraph.start, end: trimmedEnd } : { start: trimmedStart, end: trimmedEnd };
    }
  }
  if (paragraph) layout.paragraphs.push(paragraph);
  layout.prose = buffer.toString();
  return layout;
}
