const USAGE_ERROR = Symbol.for('netlint.UsageError');

/** An error the user can fix: printed as one line, exit code 2, no stack trace (unless --debug). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly [USAGE_ERROR] = true;

  /**
   * `--serve` and `--lsp` run from bundles of their own, each with its own copy of this
   * class: the CLI must still recognise their usage errors as such.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== UsageError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return value instanceof Error && (value as { [USAGE_ERROR]?: unknown })[USAGE_ERROR] === true;
  }
}

/** A problem in a configuration file; the message names the file. */
export class ConfigError extends UsageError {}

/** What went wrong, from anything thrown: an Error's message, or the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first line of errorMessage(): for the one-line reports of the CLI and config loaders. */
export function errorFirstLine(error: unknown): string {
  return errorMessage(error).split('\n')[0]!;
}

/** Why linting a file threw, in words for its fatal finding. */
export function whyLintingFailed(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'it nests too deeply to read (maximum call stack size exceeded)';
  return `internal error: ${errorFirstLine(error)}`;
}
