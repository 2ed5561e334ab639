/**
 * The one place where a file offset becomes a 1-based line and column.
 * Columns count UTF-16 code units (as ESLint and editors do); CRLF, CR and LF
 * are each one line break, as in CommonMark.
 */
import type { OffsetMap } from './normalize.js';

const BOM = '\uFEFF';

/** Positions never count a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offsets at which each line starts. */
  private readonly lineStarts: number[];
  readonly length: number;

  /**
   * @param text the file's text (BOM removed)
   * @param map when offsets are given in the normalised text the rules read (see
   *   normalizeForReading), how they map back to `text`
   */
  constructor(text: string, private readonly map: OffsetMap | null = null) {
    this.length = text.length;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** Line and column of the character at an offset; offsets past the end clamp to the end. */
  position(offset: number): Position {
    return this.at(this.map ? this.map.start(offset) : offset);
  }

  /** The file span of a span of the text read (the same span when nothing was normalised). */
  sourceSpan(start: number, end: number): { start: number; end: number } {
    if (!this.map) return { start, end: Math.max(start, end) };
    const from = this.map.start(start);
    return { start: from, end: Math.max(from, end <= start ? from : this.map.end(end)) };
  }

  private at(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  /** Line and column of both ends of a span, as a finding carries them. */
  range(start: number, end: number): { line: number; column: number; endLine: number; endColumn: number } {
    const span = this.sourceSpan(start, end);
    const from = this.at(span.start);
    const to = this.at(span.end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /** Offset where a 1-based line starts (the end of the text for lines past the end). */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.length;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
