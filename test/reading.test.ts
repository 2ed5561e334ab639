/**
 * The shared reading, as a table: sentence → acts. test/reading-cases.json was written by a
 * helper session briefed only with the catalogue's "Shared definitions" and the article — never
 * with the code — in many registers, with the must-not cases (offers that look like asks, thanks
 * for advice, negations, hypotheticals, quotes, rhetorical questions) beside the positives. Each row
 * is read as a first contact; every field of every row must agree.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../src/message/index.js';
import { readMessage } from '../src/reading/index.js';
import { loadNlp } from '../src/text/nlp.js';
import type { AskKind } from '../src/types.js';

interface Row {
  text: string;
  ask: boolean;
  kinds: AskKind[];
  vague: boolean;
  bigFavour: boolean;
  offer: boolean;
  personal: boolean;
  document: boolean;
  pressure: boolean;
  thanks: boolean;
  note: string;
}

const rows = JSON.parse(readFileSync(new URL('./reading-cases.json', import.meta.url), 'utf8')) as Row[];
const nlp = await loadNlp();

function read(text: string) {
  const { message } = parseMessage(text, { filePath: 'case.md', defaults: { stage: 'first-contact' }, today: '2026-03-02' });
  const r = readMessage(message, nlp);
  return {
    ask: r.asks.length > 0,
    kinds: [...new Set(r.asks.flatMap((a) => a.items.map((i) => i.kind)))].sort(),
    vague: r.asks.some((a) => a.vague !== undefined),
    bigFavour: r.asks.some((a) => a.bigFavour !== undefined),
    offer: r.offers.length > 0,
    personal: r.personalReferences.length > 0,
    document: r.documents.length > 0,
    pressure: r.pressure.length > 0,
    thanks: r.thanks.length > 0,
  };
}

describe('the reading table', () => {
  it('is large and covers every act, with must-not rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const kinds: AskKind[] = ['time', 'advice', 'review', 'forward', 'referral', 'introduction', 'recommendation', 'job', 'send', 'contact', 'connection'];
    for (const kind of kinds) expect(rows.filter((r) => r.kinds.includes(kind)).length, kind).toBeGreaterThanOrEqual(10);
    for (const field of ['vague', 'bigFavour', 'offer', 'personal', 'document', 'pressure', 'thanks'] as const) {
      expect(rows.filter((r) => r[field]).length, field).toBeGreaterThanOrEqual(10);
    }
    expect(rows.filter((r) => !r.ask && !r.offer && !r.personal && !r.document && !r.thanks).length).toBeGreaterThanOrEqual(20);
  });

  it.each(rows.map((r) => [r.text, r] as const))('%s', (text, row) => {
    expect(read(text), row.note).toEqual({
      ask: row.ask,
      kinds: row.ask ? [...row.kinds].sort() : [],
      vague: row.vague,
      bigFavour: row.bigFavour,
      offer: row.offer,
      personal: row.personal,
      document: row.document,
      pressure: row.pressure,
      thanks: row.thanks,
    });
  });
});

describe('the reading of a message', () => {
  it('is computed once: every rule gets the same object', () => {
    const { message } = parseMessage('Hi Sam, could you refer me?\n', { filePath: 'm.md', defaults: {}, today: '2026-03-02' });
    expect(readMessage(message, nlp)).toBe(readMessage(message, nlp));
  });

  it('leaves quoted words and block quotes out', () => {
    const text = 'Hi Sam,\n\nMy mentor told me never to write "Can you refer me?" to a stranger.\n\n> Could you forward my CV to the hiring manager?\n\nThanks for the talk at PyCon on typing.\n';
    const { message } = parseMessage(text, { filePath: 'm.md', defaults: {}, today: '2026-03-02' });
    const reading = readMessage(message, nlp);
    expect(reading.asks).toEqual([]);
    expect(reading.thanks.map((t) => t.text)).toEqual(['Thanks']);
  });

  it('points each act at its words in the file', () => {
    const text = '---\nchannel: email\n---\nHi Sam, I loved your talk on onboarding. Could you forward my résumé to the hiring manager? Happy to return the favour.\n';
    const { message } = parseMessage(text, { filePath: 'm.md', defaults: {}, today: '2026-03-02' });
    const reading = readMessage(message, nlp);
    const at = (span: { start: number; end: number }) => text.slice(span.start, span.end);
    expect(at(reading.asks[0]!.bigFavour!.at)).toBe('forward my résumé to the hiring manager');
    expect(reading.personalReferences.map((p) => at(p.at))).toContain('your talk on onboarding');
    expect(at(reading.offers[0]!.at)).toBe('Happy to return');
  });
});
