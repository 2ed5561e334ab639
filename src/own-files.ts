/**
 * The files netlint reads for itself — its ignore file, its cache and the cache's
 * signing key, config files — often come from a repository it does not trust. A
 * committed symbolic link to /proc/self/fd/1 or a FIFO would block a read for ever,
 * one to /dev/zero would fill memory, one to ~/.aws/credentials would put a secret
 * into a parse error in a CI log. So such a file is read only if it is a regular
 * file (checked on the open descriptor, which is opened non-blocking and without
 * following a link, so nothing can be swapped in between), no larger than a cap,
 * and a symbolic link inside the tree is followed only to a file inside the tree.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

export type OwnFile = { kind: 'missing' } | { kind: 'read'; bytes: Buffer } | { kind: 'refused'; reason: string };

export interface OwnFileOptions {
  maxBytes: number;
  /**
   * A directory: a symbolic link that lies inside it must lead inside it (a link outside
   * it, such as a config file in a parent folder, was not put there by the tree).
   * `no-links`: a symbolic link is refused wherever it leads.
   */
  tree: string | 'no-links';
}

/** "1024 KiB" or "1000 bytes": how netlint states a size cap. */
export function formatSize(bytes: number): string {
  return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}

function isInside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Where a path really is: its nearest existing ancestor resolved, the rest (not yet made) appended. */
function realLocationOf(file: string): string {
  const absolute = path.resolve(file);
  for (let existing = absolute; ; existing = path.dirname(existing)) {
    try {
      return path.join(realpathSync(existing), path.relative(existing, absolute));
    } catch {
      if (path.dirname(existing) === existing) return absolute;
    }
  }
}

/**
 * Whether a path that lies inside `tree` is really somewhere else, through a symbolic link
 * in one of its folders: writing there would write outside the tree.
 */
export function leadsOutOf(file: string, tree: string): boolean {
  return isInside(path.resolve(file), path.resolve(tree)) && !isInside(realLocationOf(file), realLocationOf(tree));
}

/** Reads one file netlint needs for itself; see the module comment for what is refused. */
export function readOwnFile(file: string, options: OwnFileOptions): OwnFile {
  let target = path.resolve(file);
  let fd: number | undefined;
  try {
    const entry = lstatSync(target, { throwIfNoEntry: false });
    if (!entry) return { kind: 'missing' };
    if (entry.isSymbolicLink()) {
      if (options.tree === 'no-links') return { kind: 'refused', reason: 'is a symbolic link' };
      let real: string;
      try {
        real = realpathSync(target);
      } catch (error) {
        // A link that leads nowhere is as good as no file.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
        throw error;
      }
      if (leadsOutOf(target, options.tree)) return { kind: 'refused', reason: `is a symbolic link out of ${options.tree}` };
      target = real;
    }
    // O_NONBLOCK: opening a FIFO does not wait for a writer (fstat below then refuses it).
    fd = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'refused', reason: 'is a directory' };
    if (!stat.isFile()) return { kind: 'refused', reason: 'is not a regular file (a FIFO, socket or device)' };
    if (stat.size > options.maxBytes) return { kind: 'refused', reason: `is larger than ${formatSize(options.maxBytes)}` };
    // Never more than the cap, even if the file grows while it is read.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, options.maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > options.maxBytes) return { kind: 'refused', reason: `is larger than ${formatSize(options.maxBytes)}` };
    return { kind: 'read', bytes: buffer.subarray(0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    const reason = code === 'ELOOP' ? 'is a symbolic link loop' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (error as Error).message)})`;
    return { kind: 'refused', reason };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
