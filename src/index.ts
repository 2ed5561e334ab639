/**
 * netlint as a library: lint text or files with the same config discovery,
 * rules and result shape (ESLint's LintResult) as the CLI, and the helpers
 * for writing rules and plugins.
 */
import path from 'node:path';
import type { LintResult, RuleSetting } from './types.js';
import { Linter, type LinterOptions } from './linter.js';
import { DEFAULT_EXTENSIONS, expandPatterns } from './files.js';
import { ConfigError, UsageError, errorMessage } from './errors.js';

export type { LinterOptions } from './linter.js';
export * from './rule-api.js';
export { UsageError, ConfigError } from './errors.js';
export { CHANNELS, STAGES } from './types.js';

export interface LintTextOptions extends LinterOptions {
  /** Used for config lookup, the markdown/plain-text choice and the report (default `<text>`). */
  filePath?: string;
}

function failOnCrash(outcome: { crashes: { ruleId: string; error: unknown }[]; result: LintResult; configError?: string }): LintResult {
  if (outcome.configError) throw new ConfigError(outcome.configError);
  const crash = outcome.crashes[0];
  if (crash) throw new Error(`rule '${crash.ruleId}' crashed on ${outcome.result.filePath}: ${errorMessage(crash.error)}`, { cause: crash.error });
  return outcome.result;
}

/** Lints one message given as a string. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const linter = new Linter(options);
  return failOnCrash(await linter.lintText(text, options.filePath ?? '<text>'));
}

/** Lints files, directories and globs, as the CLI does; ignored files are left out. */
export async function lintFiles(patterns: string | readonly string[], options: LinterOptions & { extensions?: readonly string[] } = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const linter = new Linter({ ...options, cwd });
  const { files } = await expandPatterns(typeof patterns === 'string' ? [patterns] : patterns, {
    cwd,
    extensions: options.extensions ?? DEFAULT_EXTENSIONS,
    errorOnUnmatchedPattern: true,
  });
  const results: LintResult[] = [];
  for (const file of files) {
    const outcome = await linter.lintFile(file);
    if (outcome.ignored) continue;
    if (outcome.unreadable) throw new UsageError(`cannot read ${path.relative(cwd, file)}: ${outcome.unreadable}`);
    results.push(failOnCrash(outcome));
  }
  return results;
}

export type { RuleSetting };
