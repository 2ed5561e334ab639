/**
 * From command-line arguments to the list of files to lint, and from a file
 * to its text. Directories expand to the message extensions; globs go
 * through tinyglobby; `node_modules`, `.git` and `.networklintignore`
 * entries are skipped. Reading decodes UTF-8 and UTF-16 (by BOM) and refuses
 * binary data rather than linting garbage.
 */
import { closeSync, openSync, promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from './errors.js';
import { formatSize, readOwnFile } from './own-files.js';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'] as const;
export const MAX_FILE_BYTES = 1024 * 1024;
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface ExpandOptions {
  cwd: string;
  extensions: readonly string[];
  errorOnUnmatchedPattern: boolean;
}

export interface ExpandedFiles {
  files: string[];
  /** Files named explicitly but ignored, to warn about as ESLint does. */
  ignoredExplicitly: string[];
  /** Problems that cost no file its result (an ignore file that could not be used). */
  warnings: string[];
}

const IGNORE_FILE_MAX_BYTES = MAX_FILE_BYTES;

/** The ignore file's patterns, or a warning saying why it was not used (then nothing is ignored). */
function readIgnoreFile(cwd: string): { matcher: Ignore; warning?: string } {
  const file = path.join(cwd, '.networklintignore');
  const read = readOwnFile(file, { maxBytes: IGNORE_FILE_MAX_BYTES, tree: cwd });
  if (read.kind === 'refused') return { matcher: ignore(), warning: `${file} ${read.reason}, so it was not used` };
  return { matcher: ignore().add(read.kind === 'read' ? read.bytes.toString('utf8') : '') };
}

export async function expandPatterns(patterns: readonly string[], options: ExpandOptions): Promise<ExpandedFiles> {
  const { matcher: ignored, warning } = readIgnoreFile(options.cwd);
  const isIgnored = (absolute: string) => {
    const relative = path.relative(options.cwd, absolute).split(path.sep).join('/');
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && ignored.ignores(relative);
  };
  const found = new Set<string>();
  const ignoredExplicitly: string[] = [];
  const extGlob = options.extensions.length === 1 ? options.extensions[0] : `{${options.extensions.join(',')}}`;
  for (const pattern of patterns) {
    const absolute = path.resolve(options.cwd, pattern);
    const stat = await fs.stat(absolute).catch(() => null);
    if (stat && !stat.isDirectory()) {
      // A file named on the command line is linted whatever its extension, unless ignored.
      if (isIgnored(absolute)) ignoredExplicitly.push(absolute);
      else found.add(absolute);
      continue;
    }
    // Imported only for folders and globs: a hook run names its files, and tinyglobby's
    // directory walker loads picomatch from disk when it is first imported.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    const matches = stat
      ? await glob(`**/*.${extGlob}`, { cwd: absolute, absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false })
      : isDynamicPattern(pattern)
        ? await glob(pattern, { cwd: options.cwd, absolute: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false })
        : [];
    const kept = matches.map((m) => path.resolve(m)).filter((m) => !isIgnored(m));
    if (kept.length === 0 && options.errorOnUnmatchedPattern) {
      if (stat || isDynamicPattern(pattern)) throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
      throw new UsageError(`${await whyMissing(absolute)}: ${pattern}`);
    }
    for (const file of kept) found.add(file);
  }
  return { files: [...found].sort(), ignoredExplicitly, warnings: warning ? [warning] : [] };
}

/** Why a named path cannot be linted: missing, or a symbolic link that leads nowhere. */
async function whyMissing(absolute: string): Promise<string> {
  const link = await fs.lstat(absolute).catch(() => null);
  if (!link?.isSymbolicLink()) return 'No such file or directory';
  const error = await fs.stat(absolute).then(() => null, (e: NodeJS.ErrnoException) => e);
  return error?.code === 'ELOOP' ? 'Symbolic link loop' : 'Dangling symbolic link';
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string; binary: boolean };

/** Decodes a file's bytes: UTF-8 (BOM optional), UTF-16 LE/BE with BOM; anything else is refused. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes.includes(0)) return { ok: false, reason: 'not a text file (it contains NUL bytes)', binary: true };
  return decodeWith('utf-8', bytes);
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  try {
    // ignoreBOM keeps a UTF-8 BOM in the text; the engine strips it so columns do not count it.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: encoding === 'utf-8' ? 'not UTF-8 or UTF-16 text' : `not valid ${encoding.toUpperCase()} text`, binary: false };
  }
}

/**
 * `unreadable`: the file could not be opened (exit 2); `refused`: it was read but is not
 * decodable text or is too large (a fatal error finding); `skipped`: it is not a message at
 * all — a FIFO or device (never opened) or binary data — and gets a warning.
 */
export type ReadOutcome =
  | { kind: 'text'; text: string }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'skipped'; reason: string };

/**
 * Reads with synchronous calls: a small file costs four thread-pool round trips
 * with `fs/promises` (stat, open, read, close), which left a run over a
 * thousand templates idle for a third of its time. The CLI and the lint
 * workers have nothing else to do while a file is read.
 */
export async function readMessageFile(filePath: string, maxBytes = MAX_FILE_BYTES): Promise<ReadOutcome> {
  let fd: number | undefined;
  try {
    const stat = statSync(filePath);
    // A FIFO or device would block or never end: skip anything that is not a regular file.
    if (stat.isDirectory()) return { kind: 'unreadable', reason: 'is a directory' };
    if (!stat.isFile()) return { kind: 'skipped', reason: 'not a regular file (a FIFO, socket or device), so it was not read' };
    if (stat.size > maxBytes) return { kind: 'refused', reason: `file is larger than ${formatSize(maxBytes)} (--max-file-size)` };
    fd = openSync(filePath, 'r');
    const decoded = decode(readFileSync(fd));
    if (decoded.ok) return { kind: 'text', text: decoded.text };
    return decoded.binary ? { kind: 'skipped', reason: decoded.reason } : { kind: 'refused', reason: decoded.reason };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ELOOP' ? 'symbolic link loop' : (error as Error).message;
    return { kind: 'unreadable', reason };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a fixed message over its file (--fix) atomically: a temporary file beside it, then a
 * rename, so a reader never sees half a message. The file keeps its encoding (UTF-8, or UTF-16
 * with its byte-order mark; a UTF-8 BOM is part of `text`) and its mode; a symbolic link is
 * followed to the file it names. With `insideTree` (--untrusted), only a file inside that
 * directory is written.
 */
export async function writeFixedFile(filePath: string, text: string, insideTree: string | null): Promise<void> {
  const target = await fs.realpath(filePath);
  if (insideTree) {
    const relative = path.relative(await fs.realpath(insideTree), target);
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new Error('--untrusted writes only files inside the working directory');
  }
  const stat = await fs.stat(target);
  if (!stat.isFile()) throw new Error('not a regular file');
  const head = Buffer.alloc(2);
  const handle = await fs.open(target, 'r');
  try {
    await handle.read(head, 0, 2, 0);
  } finally {
    await handle.close();
  }
  let bytes: Buffer;
  if (head[0] === 0xff && head[1] === 0xfe) bytes = Buffer.concat([head, Buffer.from(text, 'utf16le')]);
  else if (head[0] === 0xfe && head[1] === 0xff) bytes = Buffer.concat([head, Buffer.from(text, 'utf16le').swap16()]);
  else bytes = Buffer.from(text, 'utf8');
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.netlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.chmod(temp, stat.mode & 0o7777);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
