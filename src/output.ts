/**
 * Where the report goes, and what happens when it cannot get there: `-o` never writes over
 * a linted file or through a committed symlink out of the working directory; a failed
 * write is one line and exit 2 (exit 1 would read as "lint errors"); a reader that closes
 * the pipe early is not an error.
 */
import { promises as fs, closeSync, openSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { getSystemErrorMap } from 'node:util';
import { UsageError, errorFirstLine } from './errors.js';
import { escapeControlCharacters } from './formatters/escape.js';

/**
 * One line on stderr. File names, config keys and rule ids in it come from the linted
 * repository: their control characters are shown, not sent to the terminal.
 */
export function printError(line: string): void {
  process.stderr.write(`netlint: ${escapeControlCharacters(line)}\n`);
}

/** "no space left on device" rather than "ENOSPC: no space left on device, write". */
function systemErrorText(error: unknown): string {
  const errno = (error as NodeJS.ErrnoException | null)?.errno;
  return (errno !== undefined && getSystemErrorMap().get(errno)?.[1]) || errorFirstLine(error);
}

/**
 * `netlint … | head` closes the pipe early: that is the reader's choice, not an error.
 * Any other failure to write standard output (a full disk) ends the run with exit 2.
 * A failing stderr is ignored: there is nowhere left to say so, and the exit code still tells.
 */
let handlingStreamErrors = false;
let readerGone = false;

/**
 * True once the reader of standard output has gone (EPIPE): the report is streamed as files
 * are linted, so the run goes on to its end, writing nothing more, and still exits with the
 * code its findings call for.
 */
export function standardOutputClosed(): boolean {
  return readerGone;
}

export function handleOutputStreamErrors(): void {
  // Once per process: the library and the tests may call main() more than once.
  if (handlingStreamErrors) return;
  handlingStreamErrors = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      readerGone = true;
      return;
    }
    printError(`cannot write to standard output: ${systemErrorText(error)}`);
    process.exit(2);
  });
  process.stderr.on('error', () => {});
}

/**
 * Waits for a formatter's result. A promise that never settles leaves the event loop with
 * nothing to do, and Node would exit with code 13 and no word: `beforeExit` fires exactly
 * then, whatever the machine's speed, so no timer is needed.
 */
export async function settledOrExit<T>(result: T | Promise<T>, what: string): Promise<T> {
  const onIdle = () => {
    printError(`${what} never finished: the promise it returned did not settle`);
    process.exit(2);
  };
  process.once('beforeExit', onIdle);
  try {
    return await result;
  } finally {
    process.off('beforeExit', onIdle);
  }
}

function isInside(directory: string, file: string): boolean {
  const relative = path.relative(directory, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor, resolved, plus the rest. */
async function realFolder(folder: string): Promise<string> {
  try {
    return await fs.realpath(folder);
  } catch {
    const parent = path.dirname(folder);
    return parent === folder ? folder : path.join(await realFolder(parent), path.basename(folder));
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** A report being written: text as it is made, then `close` (or `abandon` when the run fails). */
export interface ReportWriter {
  write(text: string): Promise<void>;
  close(): Promise<void>;
  abandon(): Promise<void>;
}

/**
 * Opens `file` (relative to `cwd`) for the report, before anything is linted. Inside the
 * working directory nothing is followed out of it: a folder that is a symlink leading outside
 * is refused, and a target that is a symlink is replaced, not written through, because the
 * report is written to a temporary file beside it and renamed into place on `close` (so a
 * reader never sees half a report, and a failed run leaves the previous one). A path the user
 * names outside the working directory is theirs to resolve: symlinks are followed, and a
 * device or FIFO (`/dev/stdout`) is written directly. A target that is one of the linted
 * files is refused.
 */
export async function openReportFile(file: string, context: { cwd: string; inputs: readonly string[] }): Promise<ReportWriter> {
  const target = path.resolve(context.cwd, file);
  const refuse = (why: string) => new UsageError(`refusing to write the report to ${file}: ${why}`);
  const insideTree = isInside(context.cwd, target);
  const folder = await realFolder(path.dirname(target));
  if (insideTree && !isInside(await fs.realpath(context.cwd), folder)) throw refuse(`${path.relative(context.cwd, path.dirname(target))} leads outside the working directory through a symbolic link`);

  let destination = path.join(folder, path.basename(target));
  const entry = await fs.lstat(destination).catch(() => null);
  if (entry?.isSymbolicLink() && !insideTree) destination = await fs.realpath(destination).catch(() => destination);
  // Follows a symlink inside the tree too: one that points at a linted file is refused below.
  const existing = await fs.stat(destination).catch(() => null);

  const inputs = context.inputs.map((input) => path.resolve(context.cwd, input));
  let isInput = inputs.includes(target) || inputs.includes(destination);
  if (!isInput && existing) {
    const stats = await Promise.all(inputs.map((input) => fs.stat(input).catch(() => null)));
    isInput = stats.some((stat) => stat !== null && sameFile(stat, existing));
  }
  if (isInput) throw refuse('it is one of the files being linted');
  if (existing?.isDirectory()) throw refuse('it is a folder');

  const cannotWrite = (error: unknown) => new UsageError(`cannot write the report to ${file}: ${systemErrorText(error)}`);
  const direct = existing !== null && !existing.isFile() && !insideTree;
  const temporary = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number;
  try {
    if (direct) fd = openSync(destination, 'w');
    else {
      await fs.mkdir(path.dirname(destination), { recursive: true });
      fd = openSync(temporary, 'wx', existing?.isFile() ? existing.mode & 0o777 : 0o666);
    }
  } catch (error) {
    throw cannotWrite(error);
  }
  let open = true;
  const closeOnce = () => {
    if (open) closeSync(fd);
    open = false;
  };
  const discard = async () => {
    closeOnce();
    if (!direct) await fs.rm(temporary, { force: true });
  };
  return {
    async write(text: string) {
      try {
        if (text !== '') writeSync(fd, text);
      } catch (error) {
        await discard();
        throw cannotWrite(error);
      }
    },
    async close() {
      closeOnce();
      if (direct) return;
      try {
        await fs.rename(temporary, destination);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw cannotWrite(error);
      }
    },
    abandon: discard,
  };
}
