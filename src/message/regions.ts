/**
 * Regions of a message that are not the writer's new prose: an earlier
 * message quoted under a reply header ("On … wrote:", Outlook's
 * "-----Original Message-----") and a trailing signature block (after a
 * `-- ` line, or a sign-off line followed by a few short name lines).
 * They are found line by line on the raw text, before any parsing, so the
 * same logic serves markdown and plain text.
 */

export interface Tail {
  /** Where the excluded tail starts (the text length when there is none). */
  start: number;
  /** Whether the tail is a quoted earlier message (which makes this a reply). */
  isReplyQuote: boolean;
  /** Start of the signature block, if one was found. */
  signatureStart: number | null;
  /** Where a quoted earlier message starts (the text length when there is none). */
  replyStart: number;
}

interface Line {
  start: number;
  /** The line without its break. */
  text: string;
}

const REPLY_HEADER = /^\s*On\s.{3,300}?\bwrote:\s*$/i;
const REPLY_HEADER_START = /^\s*On\s.{3,200}$/i;
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}\s*$/i;
const OUTLOOK_FROM = /^\s*\**From:\**\s.+$/i;
const OUTLOOK_NEXT = /^\s*\**(?:Sent|Date|To):\**\s/i;
const SIGNATURE_DELIMITER = /^--[ \t]?$/;
const SIGN_OFF =
  /^[\s*_]*(?:(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|wishes|thanks)|best|cheers|sincerely(?: yours)?|yours(?: truly| sincerely)?|thanks(?: again| so much| in advance)?|thank you(?: so much| again| very much)?|many thanks|all the best|respectfully|warmly|talk soon|gratefully|with gratitude|appreciatively|take care)[*_]*(?:[,.!—–-][*_]*)?\s*$/i;
const MAX_SIGNATURE_LINES = 5;
const MAX_SIGNATURE_LINE_LENGTH = 80;

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  pattern.lastIndex = from;
  let start = from;
  for (;;) {
    const match = pattern.exec(text);
    if (!match || match.index >= to) break;
    lines.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < to || lines.length === 0) lines.push({ start, text: text.slice(start, to) });
  return lines;
}

export function findTail(text: string, bodyStart: number): Tail {
  const lines = splitLines(text, bodyStart);
  let end = text.length;
  let isReplyQuote = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    const next = lines[i + 1]?.text ?? '';
    const replyHeader =
      REPLY_HEADER.test(line) ||
      // Mail clients wrap a long header: "On Mon, 3 Mar 2026 at 10:02, Sam Lee <sam@x.com>" / "wrote:"
      (REPLY_HEADER_START.test(line) && /^\s*wrote:\s*$/i.test(next)) ||
      ORIGINAL_MESSAGE.test(line) ||
      (OUTLOOK_FROM.test(line) && OUTLOOK_NEXT.test(next));
    if (replyHeader) {
      end = lines[i]!.start;
      isReplyQuote = true;
      break;
    }
  }
  const signatureStart = findSignature(text, bodyStart, end);
  return { start: signatureStart ?? end, isReplyQuote, signatureStart, replyStart: end };
}

function findSignature(text: string, bodyStart: number, bodyEnd: number): number | null {
  const lines = splitLines(text, bodyStart, bodyEnd);
  const delimiter = lines.findIndex((line) => SIGNATURE_DELIMITER.test(line.text));
  if (delimiter >= 0) return lines[delimiter]!.start;
  // Walk up from the end over at most a few short lines to a sign-off line.
  let nonEmptyAfter = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.text;
    if (line.trim() === '') continue;
    if (SIGN_OFF.test(line)) {
      const previous = lines[i - 1]?.text ?? '';
      // A sign-off ends prose: it stands after a blank line or after a finished sentence.
      const standsAlone = i === 0 || previous.trim() === '' || /[.!?)"”:]\s*$/.test(previous);
      return standsAlone ? lines[i]!.start : null;
    }
    nonEmptyAfter++;
    if (nonEmptyAfter > MAX_SIGNATURE_LINES || line.trim().length > MAX_SIGNATURE_LINE_LENGTH || /[.?!]\s*$/.test(line) && line.trim().split(/\s+/).length > 6) {
      return null;
    }
  }
  return null;
}
