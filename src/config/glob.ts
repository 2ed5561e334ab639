/**
 * Glob matching for config patterns (`overrides[].files`, `ignores`,
 * `templates.files`) in time linear in the path: the patterns come from a
 * repository's config, and a regex-based matcher (picomatch) backtracks for
 * hours on a pattern such as `*a*a*a*a*a*a*a*a*b` against a long file name.
 * Here a pattern is a small automaton whose states are all followed at once
 * (Thompson's construction), so a match costs path length × pattern length.
 *
 * Supported, as picomatch with `dot: true`: `*`, `?`, `**` (whole segments),
 * `[abc]`/`[a-z]`/`[!a-z]`, `{a,b}` (nested), `\` escapes and a leading `!`
 * (negation). Extglobs (`@(a|b)`, `+(…)` …) are refused with a clear error.
 */

/** Long enough for any real pattern; a longer one is a mistake or an attack. */
export const MAX_GLOB_LENGTH = 1_000;
/** Alternatives one pattern's braces may expand to. */
const MAX_ALTERNATIVES = 256;

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'one' }
  | { kind: 'class'; negated: boolean; test: (char: string) => boolean }
  | { kind: 'star' }
  | { kind: 'globstar' };

interface Automaton {
  tokens: Token[];
  /** ε-moves: from state i (before token i) to later states, without reading a character. */
  skips: number[][];
}

export class GlobError extends Error {}

/** Splits `a{b,c{d,e}}f` into its alternatives (abf, acdf, acef). */
function expandBraces(pattern: string): string[] {
  let open = -1;
  let depth = 0;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        if (commas.length === 0) {
          // `{a}` is literal, as in picomatch: expand what follows it.
          return expandBraces(pattern.slice(i + 1)).map((rest) => pattern.slice(0, i + 1) + rest);
        }
        const head = pattern.slice(0, open);
        const bounds = [open, ...commas, i];
        const options = bounds.slice(0, -1).map((start, k) => pattern.slice(start + 1, bounds[k + 1]));
        const tails = expandBraces(pattern.slice(i + 1));
        const all: string[] = [];
        for (const option of options) {
          for (const inner of expandBraces(option)) {
            for (const tail of tails) {
              all.push(head + inner + tail);
              if (all.length > MAX_ALTERNATIVES) throw new GlobError(`its braces expand to more than ${MAX_ALTERNATIVES} patterns`);
            }
          }
        }
        return all;
      }
    } else if (ch === ',' && depth === 1) {
      commas.push(i);
    }
  }
  return [pattern];
}

function readClass(pattern: string, from: number): { token: Token; end: number } | null {
  let i = from + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) i++;
  const items: [string, string][] = [];
  for (let first = true; i < pattern.length; first = false) {
    let ch = pattern[i]!;
    if (ch === ']' && !first) {
      const token: Token = { kind: 'class', negated, test: (c) => items.some(([low, high]) => c >= low && c <= high) };
      return { token, end: i + 1 };
    }
    if (ch === '\\' && i + 1 < pattern.length) ch = pattern[++i]!;
    if (pattern[i + 1] === '-' && pattern[i + 2] !== undefined && pattern[i + 2] !== ']') {
      let high = pattern[i + 2]!;
      let next = i + 3;
      if (high === '\\' && i + 3 < pattern.length) {
        high = pattern[i + 3]!;
        next = i + 4;
      }
      items.push([ch, high]);
      i = next;
    } else {
      items.push([ch, ch]);
      i++;
    }
  }
  return null; // no closing bracket: `[` is a literal
}

function compileOne(pattern: string): Automaton {
  const tokens: Token[] = [];
  const skips: number[][] = [];
  const segments = pattern.replace(/^\.\//, '').split('/');
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      // `**` is any number of whole segments, none included: `a/**/b` matches `a/b`.
      const at = tokens.length;
      tokens.push({ kind: 'globstar' });
      if (!last) {
        tokens.push({ kind: 'char', char: '/' });
        skips[at] = [at + 2];
      } else if (at > 0) {
        // `a/**` matches `a` too: the slash before it may be skipped along with it.
        skips[at - 1] = [...(skips[at - 1] ?? []), at + 1];
      }
      return;
    }
    for (let i = 0; i < segment.length; i++) {
      const ch = segment[i]!;
      if (ch === '\\' && i + 1 < segment.length) tokens.push({ kind: 'char', char: segment[++i]! });
      else if (ch === '*') {
        if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
      } else if (ch === '?') tokens.push({ kind: 'one' });
      else if (ch === '[') {
        const read = readClass(segment, i);
        if (read) {
          tokens.push(read.token);
          i = read.end - 1;
        } else tokens.push({ kind: 'char', char: ch });
      } else tokens.push({ kind: 'char', char: ch });
    }
    if (!last) tokens.push({ kind: 'char', char: '/' });
  });
  return { tokens, skips };
}

/** Whether the automaton accepts the whole path: every reachable state followed at once. */
function accepts({ tokens, skips }: Automaton, path: string): boolean {
  const size = tokens.length + 1;
  let current = new Uint8Array(size);
  let next = new Uint8Array(size);
  const add = (set: Uint8Array, state: number) => {
    const stack = [state];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (set[s]) continue;
      set[s] = 1;
      const token = tokens[s];
      if (token?.kind === 'star' || token?.kind === 'globstar') stack.push(s + 1);
      for (const target of skips[s] ?? []) stack.push(target);
    }
  };
  add(current, 0);
  for (let i = 0; i < path.length; i++) {
    const char = path[i]!;
    next.fill(0);
    let alive = false;
    for (let s = 0; s < tokens.length; s++) {
      if (!current[s]) continue;
      const token = tokens[s]!;
      const slash = char === '/';
      let target = -1;
      if (token.kind === 'char') target = token.char === char ? s + 1 : -1;
      else if (token.kind === 'one') target = slash ? -1 : s + 1;
      else if (token.kind === 'class') target = !slash && token.test(char) !== token.negated ? s + 1 : -1;
      else if (token.kind === 'star') target = slash ? -1 : s;
      else target = s;
      if (target >= 0) {
        add(next, target);
        alive = true;
      }
    }
    if (!alive) return false;
    [current, next] = [next, current];
  }
  return current[tokens.length] === 1;
}

export interface GlobOptions {
  /** Match patterns without a slash against the file's base name (picomatch's `basename`). */
  basename?: boolean;
}

/**
 * A matcher for relative, `/`-separated paths: true when any pattern matches (a pattern
 * starting with `!` matches what it would not). Throws GlobError naming what is wrong.
 */
export function compileGlobs(globs: readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  const matchers = globs.map((glob) => {
    if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(`glob is ${glob.length} characters long (at most ${MAX_GLOB_LENGTH})`);
    if (/(?:^|[^\\])[@!+*?]\(/.test(glob.replace(/^!/, ''))) throw new GlobError(`"${glob}" uses an extglob such as @(a|b), which is not supported: use braces, {a,b}`);
    const negated = glob.startsWith('!') && !glob.startsWith('!(');
    const body = negated ? glob.slice(1) : glob;
    const automata = expandBraces(body).map(compileOne);
    const onBase = options.basename === true && !body.includes('/');
    return (path: string) => {
      const subject = onBase ? path.slice(path.lastIndexOf('/') + 1) : path;
      return automata.some((automaton) => accepts(automaton, subject)) !== negated;
    };
  });
  return (path) => matchers.some((matches) => matches(path));
}
