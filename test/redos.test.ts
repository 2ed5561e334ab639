/**
 * No regular expression a built-in rule runs may backtrack catastrophically.
 * The patterns are collected by watching every RegExp the rules execute while
 * linting all fixtures and the labelled corpus (so patterns built at run
 * time are covered too), then each is checked by recheck's static analysis.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
  const ownCode = /[/\\](?:rules|src[/\\]text|src[/\\]message)[/\\]/;
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

describe('ReDoS', () => {
  it('no built-in rule pattern is vulnerable to catastrophic backtracking', async () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures');
    const texts = messageFiles(root).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const patterns = collectPatterns(() => {
      for (const { file, text } of texts) lint(text, { filePath: file });
    });
    expect(patterns.size).toBeGreaterThan(100);
    const vulnerable: string[] = [];
    const queue = [...patterns];
    // recheck runs its native checker in a worker; a few at a time keep both cores busy.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [key, { source, flags }] = next;
          // A fixed seed: recheck's fuzzer otherwise gives different answers from run to run.
          const result = await check(source, flags, { timeout: 10_000, randomSeed: 42 });
          if (result.status === 'vulnerable') vulnerable.push(`${key} — ${result.complexity.type} (${result.attack?.pattern ?? ''})`);
        }
      }),
    );
    expect(vulnerable.sort()).toEqual([]);
  }, 300_000);
});
