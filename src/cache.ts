/**
 * `--cache`, as in ESLint: a file's results are reused while its bytes, the
 * config that applies to it, the CLI options that change findings, the date
 * it is judged on and the netlint version are all unchanged.
 *
 * Several netlint processes may share one cache (pre-commit runs hooks over
 * batches of files in parallel). Each reads the cache once, and at the end
 * merges what it learned into the file as it is on disk then, under a lock
 * file, writing a temporary file and renaming it over the cache: a reader
 * never sees half a cache, and no process drops another's entries. If the
 * lock cannot be had quickly the cache is simply not updated this time.
 */
import { promises as fs, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FileOutcome } from './linter.js';
import type { LintResult } from './types.js';

export const DEFAULT_CACHE_FILE = '.netlintcache';
/** Marks a file as a netlint cache: any other file at the cache location is never overwritten. */
const FORMAT = 'netlint-cache/1';
const LOCK_WAIT_MS = 2000;
/** A lock older than this was left by a process that died; it is taken over. */
const STALE_LOCK_MS = 30_000;

interface Entry {
  key: string;
  result: LintResult;
  /** The conversation the message declares (FileOutcome.conversation). */
  conversation?: string | null;
}

interface CacheFile {
  format: typeof FORMAT;
  entries: Record<string, Entry>;
}

export class LintCache {
  private readonly updated = new Map<string, Entry>();

  private constructor(
    /** node:crypto, loaded only when --cache is used (it costs every other run start-up time). */
    private readonly crypto: typeof import('node:crypto'),
    readonly location: string,
    private entries: Record<string, Entry>,
    /** Why the cache will not be written (the location holds something else), if so. */
    readonly refusal: string | null,
  ) {}

  /** @param location a file, or a directory to hold `.netlintcache` (as ESLint's --cache-location) */
  static async open(location: string): Promise<LintCache> {
    let file = location;
    if (statSync(location, { throwIfNoEntry: false })?.isDirectory() || /[\\/]$/.test(location)) file = path.join(location, DEFAULT_CACHE_FILE);
    // An unreadable cache costs only speed: lint everything and leave the file alone.
    const read = await readCacheFile(file).catch((error: NodeJS.ErrnoException) => new Error(`cannot read the cache ${file} (${error.code ?? error.message}), so it was not used`));
    const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
    if (read instanceof Error) return new LintCache(crypto, file, {}, read.message);
    if (read === 'foreign') return new LintCache(crypto, file, {}, `${file} exists and is not a netlint cache, so it was left alone (choose another --cache-location)`);
    return new LintCache(crypto, file, read?.entries ?? {}, null);
  }

  /** The key of one file's results: its bytes and everything else that can change them. */
  key(fingerprint: string, bytes: Uint8Array): string {
    return this.crypto.createHash('sha256').update(fingerprint).update('\0').update(bytes).digest('hex');
  }

  get(filePath: string, key: string): FileOutcome | null {
    const entry = this.entries[filePath];
    // Entries from before conversations were declared do not say which one a message is in: lint those again.
    return entry?.key === key && entry.conversation !== undefined ? { result: structuredClone(entry.result), crashes: [], ...(entry.conversation !== undefined && { conversation: entry.conversation }) } : null;
  }

  /** Remembers a clean outcome; crashes, timeouts and unreadable files are always linted again. */
  set(filePath: string, key: string, outcome: FileOutcome): void {
    if (outcome.crashes.length > 0 || outcome.unreadable || outcome.ignored || outcome.result.fatalErrorCount > 0) return;
    // A copy: thread findings are added to the live result afterwards and depend on other files.
    this.updated.set(filePath, { key, result: structuredClone(outcome.result), ...(outcome.conversation !== undefined && { conversation: outcome.conversation }) });
  }

  /** Merges this run's entries into the cache on disk; returns a reason when it could not. */
  async save(): Promise<string | null> {
    if (this.refusal) return this.refusal;
    if (this.updated.size === 0) return null;
    await fs.mkdir(path.dirname(this.location), { recursive: true });
    const lock = `${this.location}.lock`;
    if (!(await acquire(lock))) return `the cache ${this.location} is locked by another netlint; it was not updated`;
    try {
      const onDisk = await readCacheFile(this.location);
      if (onDisk === 'foreign') return `${this.location} is no longer a netlint cache, so it was left alone`;
      const entries: Record<string, Entry> = {};
      for (const [filePath, entry] of Object.entries(onDisk?.entries ?? {})) {
        // Forget files that are gone, so the cache does not grow for ever.
        if (statSync(filePath, { throwIfNoEntry: false })) entries[filePath] = entry;
      }
      for (const [filePath, entry] of this.updated) entries[filePath] = entry;
      const temporary = `${this.location}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await fs.writeFile(temporary, JSON.stringify({ format: FORMAT, entries } satisfies CacheFile));
      await fs.rename(temporary, this.location);
      this.entries = entries;
      this.updated.clear();
      return null;
    } finally {
      await fs.rm(lock, { force: true });
    }
  }
}

async function readCacheFile(file: string): Promise<CacheFile | null | 'foreign'> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<CacheFile>;
    if (parsed?.format === FORMAT && parsed.entries && typeof parsed.entries === 'object') return parsed as CacheFile;
  } catch {
    // not JSON: not ours
  }
  return 'foreign';
}

async function acquire(lock: string): Promise<boolean> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await (await fs.open(lock, 'wx')).close();
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_LOCK_MS) await fs.rm(lock, { force: true });
    else if (Date.now() > deadline) return false;
    else await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20));
  }
}
