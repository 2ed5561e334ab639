import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repoRoot = path.join(import.meta.dirname, '..');
export const bin = path.join(repoRoot, 'bin', 'netlint.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a user would, without colour unless asked. */
/** `timeoutMs` only ends a run that hangs: it is never what a test's verdict depends on. */
export function netlint(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['FORCE_COLOR'];
  delete env['NO_COLOR'];
  Object.assign(env, options.env ?? { NO_COLOR: '1' });
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? repoRoot, input: options.input ?? '', encoding: 'utf8', env, timeout: options.timeoutMs ?? 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same as `netlint`, without blocking, so that independent runs can overlap. */
export function netlintAsync(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env['FORCE_COLOR'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A fresh directory with the given files (paths relative to it). */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'netlint-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

export const USER_DRAFT =
  'Sam, we’re connected on LinkedIn and I see you work for ABC Company. I have an interview with them tomorrow. Can you please give me some advice? And, attached is my résumé. Thank you, Nancy\n';
export const CLEAN_DRAFT =
  'Sam, I read your post on how the Y Division onboards new reps. May I ask you three questions about it by e-mail? I hope I can help you in some way, as well.\n';
/** Only warnings: a stock opener, and an ask with nothing offered back. */
export const WARNINGS_ONLY_DRAFT = 'I hope this email finds you well. I am moving from retail management into sales operations and I am trying to learn how sales teams bring new people up to speed. Could you tell me how the Y Division measures ramp-up?\n';

/** One file's result in `-f json` output, as far as the CLI tests read it. */
export interface JsonResult {
  filePath: string;
  errorCount: number;
  messages: { ruleId: string | null; message: string }[];
}

export const jsonResults = (stdout: string) => JSON.parse(stdout) as JsonResult[];
