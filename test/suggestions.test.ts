/**
 * Suggestions are ESLint-shaped ({ desc, fix: { range, text } }), offered only
 * where a rewrite is safe, and never applied by netlint itself.
 */
import { describe, expect, it } from 'vitest';
import { lint } from './helpers.js';
import type { LintMessage } from '../src/types.js';

function applySuggestion(text: string, finding: LintMessage): string {
  const [suggestion] = finding.suggestions ?? [];
  if (!suggestion) throw new Error(`no suggestion on ${finding.ruleId}`);
  const [start, end] = suggestion.fix.range;
  return text.slice(0, start) + suggestion.fix.text + text.slice(end);
}

describe('suggestions', () => {
  it('offers a bounded call instead of "a quick call"', () => {
    const text = 'Hi Maya, I loved your talk on forms. Would you be open to a quick call?\n';
    const [finding] = lint(text, { rules: ['unbounded-time-request'] });
    expect(finding!.suggestions).toEqual([{ desc: 'Ask for a 20-minute call', fix: { range: [58, 70], text: 'a 20-minute call' } }]);
    expect(applySuggestion(text, finding!)).toBe('Hi Maya, I loved your talk on forms. Would you be open to a 20-minute call?\n');
  });

  it('fills a name slot and a generic salutation from the front matter recipient', () => {
    const text = '---\nrecipient: Sam Lee\n---\nHi {{first_name}}, Dear Hiring Manager.\n';
    const [slot, salutation] = lint(text, { rules: ['unfilled-placeholder', 'form-letter-phrasing'] }).sort((a, b) => a.column - b.column);
    expect(applySuggestion(text, slot!)).toBe('---\nrecipient: Sam Lee\n---\nHi Sam, Dear Hiring Manager.\n');
    expect(applySuggestion(text, salutation!)).toBe('---\nrecipient: Sam Lee\n---\nHi {{first_name}}, Dear Sam Lee.\n');
  });

  it('offers nothing where no rewrite is safe', () => {
    const text = 'Hi {{first_name}}, can we hop on a call sometime?\n';
    expect(lint(text, { rules: ['unfilled-placeholder', 'unbounded-time-request'] }).map((m) => m.suggestions)).toEqual([undefined, undefined]);
  });
});
