/**
 * From command-line arguments to the list of files to lint, and from a file
 * to its text. Directories expand to the message extensions; globs go
 * through tinyglobby; `node_modules`, `.git` and `.networklintignore`
 * entries are skipped. Reading (files and standard input alike) decodes UTF-8,
 * UTF-16 and UTF-32 and refuses binary data rather than linting garbage.
 */
import { closeSync, existsSync, openSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
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

type Decoded = { ok: true; text: string } | { ok: false; reason: string; binary: boolean };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

const NOT_TEXT = 'not UTF-8, UTF-16 or UTF-32 text';

/**
 * Decodes a message's bytes, whether they came from a file or standard input: the
 * byte-order mark says UTF-32 or UTF-16 (LE/BE) or UTF-8; without one, NUL bytes in the
 * pattern of ASCII in UTF-32 or UTF-16 say which, and other NUL bytes mean binary data.
 * Anything that does not decode is refused rather than linted as garbage.
 */
function decode(bytes: Uint8Array): Decoded {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return decodeWith('utf-32le', bytes.subarray(4));
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return decodeWith('utf-32be', bytes.subarray(4));
  if (b0 === 0xff && b1 === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (!bytes.includes(0)) return decodeWith('utf-8', bytes);
  // The zero-byte pattern is only a guess (eight bytes of a PNG header pass for UTF-32): what
  // does not then decode is binary data, skipped as any other, not text in a broken encoding.
  const sniffed = sniffWideEncoding(bytes);
  const decoded = sniffed ? decodeWith(sniffed, bytes) : null;
  return decoded?.ok ? decoded : { ok: false, reason: 'not a text file (it contains NUL bytes)', binary: true };
}

/**
 * UTF-16 or UTF-32 without a byte-order mark, told by where the zero bytes of its first
 * characters stand: text mostly in ASCII has a zero in every unit's high bytes. Binary data
 * does not keep that pattern over a whole sample.
 */
function sniffWideEncoding(bytes: Uint8Array): Encoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  const fits = (size: number, zeroAt: readonly number[], textAt: number) => {
    if (bytes.length % size !== 0 || sample.length < size) return false;
    let ascii = 0;
    for (let i = 0; i + size <= sample.length; i += size) {
      if (zeroAt.every((k) => sample[i + k] === 0)) {
        if (sample[i + textAt] === 0) return false; // a NUL character: not a message
        ascii++;
      }
    }
    return ascii * size * 2 >= sample.length; // at least half the characters are ASCII
  };
  if (fits(4, [1, 2, 3], 0)) return 'utf-32le';
  if (fits(4, [0, 1, 2], 3)) return 'utf-32be';
  if (fits(2, [1], 0)) return 'utf-16le';
  if (fits(2, [0], 1)) return 'utf-16be';
  return null;
}

function decodeWith(encoding: Encoding, bytes: Uint8Array): Decoded {
  const refused: Decoded = { ok: false, reason: encoding === 'utf-8' ? NOT_TEXT : `not valid ${encoding.toUpperCase()} text`, binary: false };
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le') ?? refused;
  try {
    // ignoreBOM keeps a UTF-8 BOM in the text; the engine strips it so columns do not count it.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return refused;
  }
}

/** UTF-32, which TextDecoder does not know: every unit must be a Unicode scalar value. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): Decoded | null {
  if (bytes.length % 4 !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  const points: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const point = view.getUint32(i, littleEndian);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
    points.push(point);
    // In slices: String.fromCodePoint takes its arguments on the stack.
    if (points.length === 8192) parts.push(String.fromCodePoint(...points.splice(0)));
  }
  parts.push(String.fromCodePoint(...points));
  return { ok: true, text: parts.join('') };
}

/**
 * `unreadable`: the file could not be opened (exit 2); `refused`: it is too large (a fatal
 * error finding); `undecodable`: it was read but is not text in any encoding netlint reads (a
 * fatal error finding, and exit 2); `skipped`: it is not a message at all — a FIFO or device
 * (never opened) or binary data — and gets a warning.
 */
export type ReadOutcome =
  | { kind: 'text'; text: string }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'undecodable'; reason: string }
  | { kind: 'skipped'; reason: string };

function tooLarge(maxBytes: number): ReadOutcome {
  return { kind: 'refused', reason: `file is larger than ${formatSize(maxBytes)} (--max-file-size)` };
}

function decoded(bytes: Uint8Array): ReadOutcome {
  const result = decode(bytes);
  if (result.ok) return { kind: 'text', text: result.text };
  return result.binary ? { kind: 'skipped', reason: result.reason } : { kind: 'undecodable', reason: result.reason };
}

/** Reads a message from a stream (standard input), as a file is read: no more than `maxBytes`, then decoded. */
export async function readMessageStream(stream: NodeJS.ReadableStream & { destroy?: () => void }, maxBytes = MAX_FILE_BYTES): Promise<ReadOutcome> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) {
      // Stop reading: what comes after the cap is never held in memory.
      stream.destroy?.();
      return tooLarge(maxBytes);
    }
    chunks.push(bytes);
  }
  return decoded(Buffer.concat(chunks));
}

/**
 * The path to open for a file name found in a folder: a name that is not valid UTF-8 came
 * back from the directory listing with U+FFFD in place of its bad bytes, and only the raw
 * bytes of the name (a Buffer path) open it.
 */
function openablePath(filePath: string): string | Buffer {
  if (!filePath.includes('\uFFFD') || existsSync(filePath)) return filePath;
  const parts = filePath.split(path.sep);
  let raw = Buffer.from(parts[0]!);
  for (const part of parts.slice(1)) {
    const separator = Buffer.from(path.sep);
    let name = Buffer.from(part);
    if (part.includes('\uFFFD')) {
      const entries = (() => {
        try {
          return readdirSync(raw.length === 0 ? separator : raw, { encoding: 'buffer' });
        } catch {
          return [];
        }
      })();
      name = entries.find((entry) => entry.toString() === part) ?? name;
    }
    raw = Buffer.concat([raw, separator, name]);
  }
  return raw;
}

/**
 * Reads with synchronous calls: a small file costs four thread-pool round trips
 * with `fs/promises` (stat, open, read, close), which left a run over a
 * thousand templates idle for a third of its time. The CLI and the lint
 * workers have nothing else to do while a file is read.
 */
export async function readMessageFile(filePath: string, maxBytes = MAX_FILE_BYTES): Promise<ReadOutcome> {
  let fd: number | undefined;
  try {
    const where = openablePath(filePath);
    const stat = statSync(where);
    // A FIFO or device would block or never end: skip anything that is not a regular file.
    if (stat.isDirectory()) return { kind: 'unreadable', reason: 'is a directory' };
    if (!stat.isFile()) return { kind: 'skipped', reason: 'not a regular file (a FIFO, socket or device), so it was not read' };
    if (stat.size > maxBytes) return tooLarge(maxBytes);
    fd = openSync(where, 'r');
    return decoded(readFileSync(fd));
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
  const original = await fs.readFile(target);
  const head = original.subarray(0, 2);
  // UTF-32, and UTF-16 without a byte-order mark, are read but not written back: a fix would
  // change the file's encoding under the writer's feet.
  if ((original[0] === 0xff && original[1] === 0xfe && original[2] === 0 && original[3] === 0) || (original[0] === 0 && original[1] === 0 && original[2] === 0xfe && original[3] === 0xff)) {
    throw new Error('--fix rewrites UTF-8 and UTF-16 files only, and this one is UTF-32');
  }
  const hasUtf16Bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!hasUtf16Bom && original.includes(0)) throw new Error('--fix rewrites UTF-8 and UTF-16 files with a byte-order mark only');
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
