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
 *
 * The cache may have come with the repository. It is read only if it is a
 * regular file (never through a symbolic link), each entry is used only if it
 * has the shape of a result, and under --untrusted only if it carries a valid
 * signature made with this working copy's key (kept in `.git`, out of reach
 * of a commit): a forged entry cannot make a bad draft read clean.
 */
import { promises as fs, linkSync, lstatSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FileOutcome } from './linter.js';
import type { LintResult } from './types.js';
import { leadsOutOf, readOwnFile } from './own-files.js';

export const DEFAULT_CACHE_FILE = '.netlintcache';
/** Marks a file as a netlint cache: any other file at the cache location is never overwritten. */
const FORMAT = 'netlint-cache/1';
const LOCK_WAIT_MS = 2000;
/** A lock older than this was left by a process that died; it is taken over. */
const STALE_LOCK_MS = 30_000;
/** Far above the cache of ten thousand messages; a larger file is not read. */
const CACHE_MAX_BYTES = 128 * 1024 * 1024;
/** The signing key's file, in the working copy's git directory. */
const SIGNING_KEY_FILE = 'netlint-cache-key';

interface Entry {
  key: string;
  result: LintResult;
  /** The conversation the message declares (FileOutcome.conversation). */
  conversation?: string | null;
  /** HMAC of the entry under this working copy's signing key (see signingKey). */
  mac?: string;
}

interface CacheFile {
  format: typeof FORMAT;
  entries: Record<string, unknown>;
}

export interface CacheOptions {
  /** --untrusted: use only entries signed in this working copy. */
  untrusted: boolean;
  /** The working directory: the git directory of the working copy holding it keeps the signing key. */
  cwd: string;
}

let cryptoModule: typeof import('node:crypto') | undefined;
/** node:crypto, loaded only when --cache is used (it costs every other run start-up time). */
function crypto(): typeof import('node:crypto') {
  cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return cryptoModule;
}

/** What a cache entry is keyed on besides its fingerprint: the text exactly as it was linted. */
export function textDigest(text: string): string {
  return crypto().createHash('sha256').update(text).digest('hex');
}

export class LintCache {
  private readonly updated = new Map<string, Entry>();

  private constructor(
    readonly location: string,
    /** As read from disk: each entry is checked when it is used, not trusted to be one. */
    private entries: Record<string, unknown>,
    /** Why the cache will not be used or written, if so. */
    readonly refusal: string | null,
    /** Signs the entries this run writes; with `untrusted`, entries without a valid signature are not used. */
    private readonly signingKey: Buffer | null,
    private readonly untrusted: boolean,
  ) {}

  /** @param location a file, or a directory to hold `.netlintcache` (as ESLint's --cache-location) */
  static async open(location: string, options: CacheOptions): Promise<LintCache> {
    let file = location;
    // lstat: a committed symbolic link to a folder elsewhere is not a place to keep the cache.
    if (lstatSync(location, { throwIfNoEntry: false })?.isDirectory() || /[\\/]$/.test(location)) file = path.join(location, DEFAULT_CACHE_FILE);
    if (leadsOutOf(file, options.cwd)) return new LintCache(file, {}, `the cache ${file} is reached through a symbolic link out of ${options.cwd}, so it was not used`, null, options.untrusted);
    const signingKey = options.untrusted ? signingKeyOf(options.cwd) : existingSigningKeyOf(options.cwd);
    if (options.untrusted && !signingKey) {
      return new LintCache(file, {}, `--untrusted uses a cache only with a signing key in the working copy's .git directory, and none could be kept there; ${file} was not used`, null, true);
    }
    // An unusable cache costs only speed: lint everything and leave the file alone.
    const read = readCacheFile(file);
    if (read instanceof Error) return new LintCache(file, {}, `the cache ${file} ${read.message}, so it was not used`, signingKey, options.untrusted);
    if (read === 'foreign') return new LintCache(file, {}, `${file} exists and is not a netlint cache, so it was left alone (choose another --cache-location)`, signingKey, options.untrusted);
    return new LintCache(file, read?.entries ?? {}, null, signingKey, options.untrusted);
  }

  /** The key of one file's results: the digest of its text and everything else that can change them. */
  key(fingerprint: string, digest: string): string {
    return crypto().createHash('sha256').update(fingerprint).update('\0').update(digest).digest('hex');
  }

  get(filePath: string, key: string): FileOutcome | null {
    if (this.refusal) return null;
    const entry = Object.hasOwn(this.entries, filePath) ? this.entries[filePath] : undefined;
    // Entries from before conversations were declared do not say which one a message is in: lint those again.
    if (!isEntry(entry) || entry.key !== key || entry.conversation === undefined) return null;
    if (this.untrusted && !(entry.mac !== undefined && this.signingKey && safeEqual(entry.mac, this.mac(filePath, entry, this.signingKey)))) return null;
    // The path is the one asked for, whatever the entry says.
    return { result: { ...structuredClone(entry.result), filePath }, crashes: [], conversation: entry.conversation };
  }

  /** Remembers a clean outcome; crashes, timeouts and unreadable files are always linted again. */
  set(filePath: string, key: string, outcome: FileOutcome): void {
    if (outcome.crashes.length > 0 || outcome.unreadable || outcome.ignored || outcome.result.fatalErrorCount > 0) return;
    // A copy: thread findings are added to the live result afterwards and depend on other files.
    const entry: Entry = { key, result: structuredClone(outcome.result), ...(outcome.conversation !== undefined && { conversation: outcome.conversation }) };
    if (this.signingKey) entry.mac = this.mac(filePath, entry, this.signingKey);
    this.updated.set(filePath, entry);
  }

  /** Merges this run's entries into the cache on disk; returns a reason when it could not. */
  async save(): Promise<string | null> {
    if (this.refusal) return this.refusal;
    if (this.updated.size === 0) return null;
    await fs.mkdir(path.dirname(this.location), { recursive: true });
    const lock = `${this.location}.lock`;
    if (!(await acquire(lock))) return `the cache ${this.location} is locked by another netlint; it was not updated`;
    try {
      const onDisk = readCacheFile(this.location);
      if (onDisk instanceof Error) return `the cache ${this.location} ${onDisk.message}, so it was not updated`;
      if (onDisk === 'foreign') return `${this.location} is no longer a netlint cache, so it was left alone`;
      const entries: Record<string, unknown> = {};
      for (const [filePath, entry] of Object.entries(onDisk?.entries ?? {})) {
        // Forget files that are gone, so the cache does not grow for ever, and entries that are not entries.
        if (isEntry(entry) && statSync(filePath, { throwIfNoEntry: false })) entries[filePath] = entry;
      }
      for (const [filePath, entry] of this.updated) entries[filePath] = entry;
      const temporary = `${this.location}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await fs.writeFile(temporary, JSON.stringify({ format: FORMAT, entries } satisfies CacheFile), { flag: 'wx' });
      await fs.rename(temporary, this.location);
      this.entries = entries;
      this.updated.clear();
      return null;
    } finally {
      await fs.rm(lock, { force: true });
    }
  }

  private mac(filePath: string, entry: Entry, signingKey: Buffer): string {
    // JSON.stringify of the parsed entry gives back the text it was signed as (same key order).
    return crypto()
      .createHmac('sha256', signingKey)
      .update(JSON.stringify([FORMAT, filePath, entry.key, entry.result, entry.conversation ?? null]))
      .digest('hex');
  }
}

function safeEqual(a: string, b: string): boolean {
  return a.length === b.length && crypto().timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** null: no cache yet; an Error: the file is there but unusable (its message says why). */
function readCacheFile(file: string): CacheFile | null | 'foreign' | Error {
  // Never a symbolic link (a committed one may lead to /dev/zero, a pipe or another file to overwrite).
  const read = readOwnFile(file, { maxBytes: CACHE_MAX_BYTES, tree: 'no-links' });
  if (read.kind === 'missing') return null;
  if (read.kind === 'refused') return new Error(read.reason);
  try {
    const parsed = JSON.parse(read.bytes.toString('utf8')) as Partial<CacheFile> | null;
    if (parsed?.format === FORMAT && isRecord(parsed.entries)) return parsed as CacheFile;
  } catch {
    // not JSON: not ours
  }
  return 'foreign';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isPosition = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

function isMessage(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { ruleId, severity, message, line, column, endLine, endColumn, suggestions } = value;
  return (
    (ruleId === null || typeof ruleId === 'string') &&
    (severity === 1 || severity === 2) &&
    typeof message === 'string' &&
    [line, column, endLine, endColumn].every(isPosition) &&
    (suggestions === undefined ||
      (Array.isArray(suggestions) && suggestions.every((s) => isRecord(s) && typeof s['desc'] === 'string' && isRecord(s['fix']) && Array.isArray(s['fix']['range']) && typeof s['fix']['text'] === 'string')))
  );
}

/** A cache file is data from disk: an entry is used only if it has the shape formatters rely on. */
function isEntry(value: unknown): value is Entry {
  if (!isRecord(value) || typeof value['key'] !== 'string' || !(value['conversation'] === undefined || value['conversation'] === null || typeof value['conversation'] === 'string') || !(value['mac'] === undefined || typeof value['mac'] === 'string')) return false;
  const result = value['result'];
  if (!isRecord(result) || typeof result['filePath'] !== 'string') return false;
  const { messages, suppressedMessages, usedDeprecatedRules, netlint } = result;
  if (!Array.isArray(messages) || !messages.every(isMessage)) return false;
  if (!Array.isArray(suppressedMessages) || !suppressedMessages.every((m) => isMessage(m) && Array.isArray((m as Record<string, unknown>)['suppressions']))) return false;
  if (!Array.isArray(usedDeprecatedRules) || !['errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount'].every((count) => isCount(result[count]))) return false;
  if (!isRecord(netlint) || !isRecord(netlint['verdict'])) return false;
  const verdict = netlint['verdict'];
  return (
    (netlint['stage'] === null || typeof netlint['stage'] === 'string') &&
    (netlint['channel'] === null || typeof netlint['channel'] === 'string') &&
    typeof verdict['kind'] === 'string' &&
    typeof verdict['text'] === 'string' &&
    Array.isArray(verdict['reasons']) &&
    verdict['reasons'].every((reason) => typeof reason === 'string')
  );
}

/**
 * The signing key is what lets `--untrusted` tell the entries netlint wrote in this working
 * copy from ones that came with a commit: a commit can put a forged `.netlintcache` in the
 * tree, but git never takes anything inside `.git` from a commit, and the key lives there.
 * (A tree that is not a git checkout — an unpacked archive — could ship its own `.git`;
 * --untrusted then has nothing to tell them apart by, which the README says.)
 */
function gitDirectoryOf(cwd: string): string | null {
  for (let dir = path.resolve(cwd); ; ) {
    const dotGit = path.join(dir, '.git');
    const stat = lstatSync(dotGit, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return dotGit;
    if (stat?.isFile()) {
      // A linked worktree or submodule: `.git` names the git directory.
      const read = readOwnFile(dotGit, { maxBytes: 4096, tree: 'no-links' });
      const target = read.kind === 'read' ? /^gitdir: *(.+?)\s*$/m.exec(read.bytes.toString('utf8'))?.[1] : undefined;
      const gitDir = target === undefined ? null : path.resolve(dir, target);
      return gitDir && lstatSync(gitDir, { throwIfNoEntry: false })?.isDirectory() ? gitDir : null;
    }
    if (stat) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function readSigningKey(file: string): Buffer | 'missing' | null {
  const read = readOwnFile(file, { maxBytes: 256, tree: 'no-links' });
  if (read.kind === 'missing') return 'missing';
  const hex = read.kind === 'read' ? read.bytes.toString('latin1').trim() : '';
  return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, 'hex') : null;
}

/** The working copy's signing key, if a run has made one. */
function existingSigningKeyOf(cwd: string): Buffer | null {
  const gitDir = gitDirectoryOf(cwd);
  const key = gitDir ? readSigningKey(path.join(gitDir, SIGNING_KEY_FILE)) : null;
  return key === 'missing' ? null : key;
}

/** The working copy's signing key, made on first use; null when there is no git directory to keep it in. */
function signingKeyOf(cwd: string): Buffer | null {
  const gitDir = gitDirectoryOf(cwd);
  if (!gitDir) return null;
  const file = path.join(gitDir, SIGNING_KEY_FILE);
  const existing = readSigningKey(file);
  if (existing !== 'missing') return existing;
  // Written in full under another name, then linked into place: a concurrent netlint either
  // makes the key or reads all of the one made, never half of it.
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, crypto().randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
    linkSync(temporary, file);
  } catch {
    // Made by another netlint meanwhile (EEXIST), or the git directory is read-only.
  } finally {
    rmSync(temporary, { force: true });
  }
  const made = readSigningKey(file);
  return made === 'missing' ? null : made;
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
