/**
 * Runs lint jobs on worker threads with a time budget per file. A job that
 * overruns its budget has its worker terminated and becomes a fatal finding
 * on that file; the other files carry on. Results come back in the order the
 * files were given, so output stays deterministic.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { LinterOptions, FileOutcome } from './linter.js';
import { emptyResult } from './linter.js';
import { UsageError } from './errors.js';

export interface WorkerJob {
  id: number;
  filePath: string;
  text?: string;
}

export type WorkerReply =
  | { id: number; ok: true; outcome: Omit<FileOutcome, 'crashes'> & { crashes: { ruleId: string; error: { message: string; stack?: string } }[] } }
  | { id: number; ok: false; error: { message: string; usage: boolean; stack?: string } };

interface Slot {
  worker: Worker;
}

export interface PoolOptions {
  linter: LinterOptions;
  /** Milliseconds a file may take (parse + rules) before it is abandoned. */
  budgetMs: number;
  threads?: number;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly size: number;

  constructor(private readonly options: PoolOptions, jobCount: number) {
    this.size = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobCount));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: this.options.linter });
    worker.unref();
    return { worker };
  }

  /** Lints every job, at most `size` at a time; resolves in job order. */
  async run(jobs: readonly Omit<WorkerJob, 'id'>[]): Promise<FileOutcome[]> {
    const outcomes: FileOutcome[] = new Array(jobs.length);
    let next = 0;
    let failure: Error | null = null;
    const runOn = async (index: number): Promise<void> => {
      while (next < jobs.length && !failure) {
        const id = next++;
        let slot = this.slots[index];
        if (!slot) slot = this.slots[index] = this.spawn();
        try {
          outcomes[id] = await this.runOne(index, slot, { ...jobs[id]!, id });
        } catch (error) {
          failure = error as Error;
        }
      }
    };
    await Promise.all(Array.from({ length: this.size }, (_, index) => runOn(index)));
    if (failure) throw failure;
    return outcomes;
  }

  private runOne(index: number, slot: Slot, job: WorkerJob): Promise<FileOutcome> {
    return new Promise((resolve, reject) => {
      const { worker } = slot;
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const timer = setTimeout(() => {
        cleanup();
        void worker.terminate();
        this.slots[index] = this.spawn();
        const result = emptyResult(job.filePath);
        const seconds = (this.options.budgetMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
        result.messages.push({ ruleId: null, severity: 2, fatal: true, message: `Linting stopped after ${seconds} s (the time budget for one file); this file was not checked.`, line: 1, column: 1, endLine: 1, endColumn: 1 });
        result.errorCount = 1;
        result.fatalErrorCount = 1;
        resolve({ result, crashes: [] });
      }, this.options.budgetMs);
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== job.id) return;
        cleanup();
        if (reply.ok) {
          resolve({
            ...reply.outcome,
            crashes: reply.outcome.crashes.map((c) => ({ ruleId: c.ruleId, error: Object.assign(new Error(c.error.message), { stack: c.error.stack }) })),
          });
        } else {
          const error = reply.error.usage ? new UsageError(reply.error.message) : new Error(reply.error.message);
          if (reply.error.stack) error.stack = reply.error.stack;
          reject(error);
        }
      };
      const onError = (error: Error) => {
        cleanup();
        this.slots[index] = this.spawn();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanup();
        this.slots[index] = this.spawn();
        reject(new Error(`lint worker stopped unexpectedly (exit code ${code}) on ${job.filePath}`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
