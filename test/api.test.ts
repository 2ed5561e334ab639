/** The library API that programs embedding netlint use. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRule, lintFiles, lintText } from '../src/index.js';
import { CLEAN_DRAFT, USER_DRAFT, project } from './cli-helpers.js';

describe('library API', () => {
  it('lintText returns an ESLint-shaped result', async () => {
    const result = await lintText(USER_DRAFT, { filePath: 'draft.md', useConfigLookup: false, today: '2026-03-01' });
    expect(result.errorCount).toBe(3);
    expect(result.messages.map((m) => m.ruleId)).toContain('vague-advice-request');
    expect(result.netlint).toMatchObject({ stage: 'first-contact', channel: null, verdict: { kind: 'user' } });
  });

  it('lintFiles expands directories and honours config', async () => {
    const dir = project({ 'a.md': USER_DRAFT, 'b/c.txt': CLEAN_DRAFT, '.networklintrc.json': JSON.stringify({ rules: { 'vague-advice-request': 'warn' } }) });
    // A config without "extends" turns on only the rules it lists, as in ESLint.
    const results = await lintFiles(['.'], { cwd: dir });
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual(['a.md', path.join('b', 'c.txt')]);
    expect(results[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['vague-advice-request', 1]]);
  });

  it('defineRule returns the rule unchanged, for type checking', () => {
    const rule = { meta: { description: 'x', recommended: false as const, messages: {}, docs: { why: '', bad: [], good: [] } }, create: () => ({}) };
    expect(defineRule(rule)).toBe(rule);
  });
});
