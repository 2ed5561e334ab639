/**
 * No regular expression a built-in rule runs may backtrack catastrophically.
 * The patterns are collected by watching every RegExp the rules and the reading
 * execute while linting all fixtures (so patterns built at run time are covered
 * too), then each is checked by recheck.
 *
 * The verdicts are kept in test/redos-verdicts.json, keyed by flags and source, so
 * a run checks only new or changed patterns: recheck's answer can depend on its time
 * budget and its fuzzer, and a suite on a busy machine must not. A new pattern is
 * checked with a fixed seed and a generous budget; a pattern recheck cannot decide
 * fails the test by name, as does a vulnerable one. `UPDATE_REDOS_VERDICTS=1 npx vitest run test/redos.test.ts` records new verdicts.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import { lint } from './helpers.js';
import { loadStyle } from '../src/config/styles.js';

function messageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? messageFiles(full) : /\.(md|txt)$/.test(name) ? [full] : [];
  });
}

interface Seen {
  source: string;
  flags: string;
  /** True while every caller is in src/reading, which never runs a pattern on more than MAX_SENTENCE_CHARS. */
  boundedInput: boolean;
}

/** Every distinct pattern (source + flags) executed while `run` lints, with who ran it. */
function collectPatterns(run: () => void): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  const proto = RegExp.prototype as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
  const methods: (string | symbol)[] = ['exec', 'test', Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split];
  const originals = methods.map((name) => proto[name]!);
  const ownCode = /[/\\](?:rules|src[/\\]text|src[/\\]message|src[/\\]reading)[/\\]/;
  let inside = false; // the bookkeeping below runs regexes too
  // A stack trace per call made the collection slower than the checking; a pattern object's first
  // few callers say who runs it (each pattern is compiled once and called from one place).
  const looked = new WeakMap<RegExp, number>();
  methods.forEach((name, i) => {
    proto[name] = function (this: RegExp, ...args: unknown[]) {
      const times = looked.get(this) ?? 0;
      if (!inside && times < 3) {
        looked.set(this, times + 1);
        inside = true;
        try {
          // Only the project's own patterns: rules, the reading and the text helpers they use. The
          // caller is the first frame past the shared matching helper.
          const frames = (new Error().stack ?? '').split('\n').slice(2, 8).filter((f) => !/[/\\]text[/\\]match\.[jt]s/.test(f));
          const caller = frames[0] ?? '';
          if (ownCode.test(caller)) {
            const flags = this.flags.replace(/[gy]/g, '');
            const key = `/${this.source}/${flags}`;
            const bounded = /[/\\]src[/\\]reading[/\\]/.test(caller);
            seen.set(key, { source: this.source, flags, boundedInput: (seen.get(key)?.boundedInput ?? true) && bounded });
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
type Verdict = 'safe' | 'polynomial' | 'exponential' | 'unknown';

async function verdictOf(source: string, flags: string): Promise<{ verdict: Verdict; detail: string }> {
  // recheck picks its automaton checker where the pattern allows and its fuzzer (seeded) elsewhere.
  const result = await check(source, flags, { timeout: 30_000, randomSeed: 42 });
  if (result.status === 'vulnerable') return { verdict: result.complexity.type, detail: result.attack.pattern };
  return { verdict: result.status, detail: result.status === 'unknown' ? result.error.kind : '' };
}

/**
 * Exponential backtracking is never acceptable, nor a pattern recheck cannot decide. Polynomial
 * backtracking is accepted only where the input is bounded: patterns only the reading runs, on at most
 * MAX_SENTENCE_CHARS characters of a sentence (quadratic in 600 characters is a few hundred thousand
 * steps). Everything a rule or the message model runs on a whole file must be linear.
 */
function acceptable(verdict: Verdict, seen: Seen): boolean {
  return verdict === 'safe' || (verdict === 'polynomial' && seen.boundedInput);
}

describe('ReDoS', () => {
  it('no built-in pattern is vulnerable to catastrophic backtracking', async () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures');
    const texts = messageFiles(root).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    // Style files compile their phrases to patterns at run time: the shipped example stands for them.
    const { plugin } = await loadStyle('followup.yml', path.join(root, 'styles', '.networklintrc.yml'));
    const styleRules = Object.fromEntries(Object.entries(plugin.rules ?? {}).map(([id, rule]) => [`followup/${id}`, rule]));
    const patterns = collectPatterns(() => {
      for (const { file, text } of texts) {
        lint(text, { filePath: file });
        lint(text, { filePath: file, rules: Object.keys(styleRules), extraRules: styleRules });
      }
    });
    expect(patterns.size).toBeGreaterThan(100);
    const known = (existsSync(VERDICTS) ? JSON.parse(readFileSync(VERDICTS, 'utf8')) : {}) as Record<string, Verdict>;
    const verdicts: Record<string, Verdict> = {};
    const problems: string[] = [];
    const queue = [...patterns].filter(([key, seen]) => {
      const cached = known[key];
      if (cached === undefined || cached === 'unknown') return true;
      verdicts[key] = cached;
      if (!acceptable(cached, seen)) problems.push(`${key} — ${cached}${seen.boundedInput ? '' : ' (runs on unbounded input)'}`);
      return false;
    });
    // recheck runs its checker in a worker; a few at a time keep both cores busy.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [key, seen] = next;
          const { verdict, detail } = await verdictOf(seen.source, seen.flags);
          verdicts[key] = verdict;
          if (!acceptable(verdict, seen)) problems.push(`${key} — ${verdict}${detail ? `: ${detail}` : ''}${seen.boundedInput ? '' : ' (runs on unbounded input)'}`);
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
