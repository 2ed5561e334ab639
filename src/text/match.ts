/** Pattern matching with offsets, shared by the reading and the phrase-matching rules. */

export interface Match {
  start: number;
  end: number;
  text: string;
}

/** Global copies of the patterns, compiled once: building a RegExp per call was most of the lint time. */
const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * Every match of a pattern, by `exec` on a cached global copy. Not `matchAll`: it clones
 * the RegExp on each call, and over a thousand templates those clones cost more than the
 * matching itself.
 */
export function allMatches(text: string, pattern: RegExp): Match[] {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, global);
  }
  const matches: Match[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    matches.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    // An empty match would be found again at the same place; step past it as matchAll does.
    if (m[0].length === 0) global.lastIndex = advance(text, global.lastIndex, global.unicode || global.flags.includes('v'));
  }
  return matches;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
