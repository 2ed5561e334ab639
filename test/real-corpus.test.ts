/**
 * Real message templates written by other people (../shared/corpus/real, not
 * committed here). Every rule runs over them: nothing may crash, every
 * finding must lie inside its file, and the findings reviewed by hand keep
 * their verdicts. Skips cleanly when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from './helpers.js';

const corpus = path.join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'real');
const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.md')).sort() : [];

/** Verdicts a careful reader agreed with, by file-name prefix: rules that must fire, and rules that must not. */
const REVIEWED: Record<string, { fires?: string[]; silent?: string[] }> = {
  '001': { fires: ['attachment-before-relationship', 'no-reciprocity-offer'] },
  '013': { silent: ['no-reciprocity-offer', 'vague-advice-request', 'form-letter-phrasing'] },
  '018': { silent: ['no-reciprocity-offer', 'vague-advice-request'] },
  '019': { silent: ['no-reciprocity-offer', 'attachment-before-relationship'] },
  '020': { silent: ['no-reciprocity-offer'] },
  '023': { silent: ['no-reciprocity-offer'] },
  '026': { silent: ['no-reciprocity-offer'] },
  '028': { fires: ['no-reciprocity-offer'] },
  '032': { fires: ['vague-advice-request'] },
  '047': { fires: ['attachment-before-relationship'] },
  '048': { fires: ['vague-advice-request'] },
  '049': { fires: ['form-letter-phrasing'] },
  '051': { fires: ['form-letter-phrasing'] },
};

describe.skipIf(files.length === 0)('real corpus', () => {
  it.each(files)('%s lints without crashing, inside the file, deterministically', (file) => {
    const text = readFileSync(path.join(corpus, file), 'utf8');
    const first = lint(text, { filePath: file });
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const m of first) {
      expect(m.fatal).toBeUndefined();
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.endLine).toBeLessThanOrEqual(lineCount);
      expect(m.endLine > m.line || m.endColumn >= m.column).toBe(true);
    }
    expect(lint(text, { filePath: file })).toEqual(first);
    const reviewed = REVIEWED[file.slice(0, 3)];
    if (reviewed) {
      const ids = new Set(first.map((m) => m.ruleId));
      for (const id of reviewed.fires ?? []) expect(ids, `${file} should get ${id}`).toContain(id);
      for (const id of reviewed.silent ?? []) expect(ids, `${file} should not get ${id}`).not.toContain(id);
    }
  });
});
