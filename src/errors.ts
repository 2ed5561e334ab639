/** An error the user can fix: printed as one line, exit code 2, no stack trace (unless --debug). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A problem in a configuration file; the message names the file. */
export class ConfigError extends UsageError {}
