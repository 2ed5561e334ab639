/**
 * No regular expression a built-in rule runs may backtrack catastrophically.
 * The patterns are collected by watching every RegExp the rules and the reading
 * execute while linting all fixtures (so patterns built at run time are covered
 * too), then each is checked by recheck.
 *
 * The verdicts are kept in test/redos-verdicts.json, keyed by flags and source, so
 * a run checks only new or changed patterns: recheck's answer can depend on its time
 * budget and its fuzzer, and a suite on a busy machine must not. A new pattern is
 * checked by the automaton checker first (deterministic), then by the fuzzer with a
 * fixed seed and a generous budget; a pattern neither can decide fails the test by
 * name. `UPDATE_REDOS_VERDICTS=1 npx vitest run test/redos.test.ts` records new verdicts.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import { lint } from './helpers.js';

function messageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? messageFiles(full) : /\.(md|txt)$/.test(name) ? [full] : [];
  });
}

/** Every distinct pattern (source + flags) executed while `run` lints. */
function collectPatterns(run: () => void): Map<string, { source: string; flags: string }> {
  const seen = new Map<string, { source: string; flags: string }>();
  const proto = RegExp.prototype as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
  const methods: (string | symbol)[] = ['exec', 'test', Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split];
  const originals = methods.map((name) => proto[name]!);
  const ownCode = /[/\\](?:rules|src[/\\]text|src[/\\]message|src[/\\]reading)[/\\]/;
  let inside = false; // the bookkeeping below runs regexes too
  methods.forEach((name, i) => {
    proto[name] = function (this: RegExp, ...args: unknown[]) {
      if (!inside) {
        inside = true;
        try {
          // Only the project's own patterns: rules and the text helpers they use.
          const caller = (new Error().stack ?? '').split('\n').slice(2, 4).join('\n');
          if (ownCode.test(caller)) {
            const flags = this.flags.replace(/[gy]/g, '');
            seen.set(`/${this.source}/${flags}`, { source: this.source, flags });
          }
        } finally {
          inside = false;
        }
      }
      return originals[i]!.apply(this, args);
    };
  });
  try {
    run();
  } finally {
    methods.forEach((name, i) => (proto[name] = originals[i]!));
  }
  return seen;
}

const VERDICTS = path.join(import.meta.dirname, 'redos-verdicts.json');
type Verdict = 'safe' | 'vulnerable' | 'unknown';

async function verdictOf(source: string, flags: string): Promise<{ verdict: Verdict; detail: string }> {
  const automaton = await check(source, flags, { checker: 'automaton', timeout: 60_000 });
  if (automaton.status !== 'unknown') return { verdict: automaton.status, detail: automaton.status === 'vulnerable' ? `${automaton.complexity.type} (${automaton.attack.pattern})` : '' };
  // Lookbehinds and the like are outside the automaton checker: the fuzzer decides, seeded, with time to spare.
  const fuzz = await check(source, flags, { checker: 'fuzz', timeout: 60_000, randomSeed: 42 });
  return { verdict: fuzz.status, detail: fuzz.status === 'vulnerable' ? `${fuzz.complexity.type} (${fuzz.attack.pattern})` : fuzz.status === 'unknown' ? fuzz.error.kind : '' };
}

describe('ReDoS', () => {
  it('no built-in pattern is vulnerable to catastrophic backtracking', async () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures');
    const texts = messageFiles(root).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const patterns = collectPatterns(() => {
      for (const { file, text } of texts) lint(text, { filePath: file });
    });
    expect(patterns.size).toBeGreaterThan(100);
    const known = (existsSync(VERDICTS) ? JSON.parse(readFileSync(VERDICTS, 'utf8')) : {}) as Record<string, Verdict>;
    const verdicts: Record<string, Verdict> = {};
    const problems: string[] = [];
    const queue = [...patterns].filter(([key]) => {
      if (known[key] === 'safe') verdicts[key] = 'safe';
      return known[key] !== 'safe';
    });
    // recheck runs its checker in a worker; a few at a time keep both cores busy.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [key, { source, flags }] = next;
          const { verdict, detail } = await verdictOf(source, flags);
          verdicts[key] = verdict;
          if (verdict !== 'safe') problems.push(`${key} — ${verdict}${detail ? `: ${detail}` : ''}`);
        }
      }),
    );
    if (process.env['UPDATE_REDOS_VERDICTS']) {
      const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : 1)));
      writeFileSync(VERDICTS, `${JSON.stringify(sorted, null, 1)}\n`);
    }
    expect(problems.sort()).toEqual([]);
  }, 1_800_000);
});
