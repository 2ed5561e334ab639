/**
 * Runs lint jobs on worker threads with a time budget per file. A job that
 * overruns its budget has its worker terminated and becomes a fatal finding
 * on that file; the other files carry on. Outcomes are handed over as they come,
 * with the index of their file, so the caller can report them in file order.
 */
import { createRequire } from 'node:module';
// Required when a pool runs: most pre-commit runs lint in-process and never load worker_threads.
import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { LinterOptions, FileOutcome } from './linter.js';
import { failedOutcome, fatalResult } from './linter.js';
import { UsageError, whyLintingFailed } from './errors.js';

export interface WorkerJob {
  id: number;
  filePath: string;
  text?: string;
}

export type WorkerReply =
  | { id: number; ok: true; outcome: Omit<FileOutcome, 'crashes'> & { crashes: { ruleId: string; error: { message: string; stack?: string } }[] } }
  | { id: number; ok: false; error: { message: string; usage: boolean; stack?: string } };

/** Jobs sent ahead to each worker, so it never waits for the main thread between files. */
const JOBS_IN_FLIGHT = 4;

interface Slot {
  worker: Worker;
  /** Ids of the jobs sent to this worker, oldest first: it lints them in this order. */
  inFlight: number[];
  /** The budget timer of the job the worker is on now (the oldest in flight). */
  timer?: NodeJS.Timeout;
  /** Set when the worker has loaded its modules: start-up is not charged to the first file. */
  ready: boolean;
}

export interface PoolOptions {
  linter: LinterOptions;
  /** Milliseconds a file may take (parse + rules) before it is abandoned. */
  budgetMs: number;
  threads?: number;
}

/** Set by scripts/bundle.mjs in the CLI bundle, whose worker is a file of its own. */
declare const __NETLINT_WORKER_FILE__: string | undefined;
const WORKER_URL = new URL(typeof __NETLINT_WORKER_FILE__ === 'string' ? __NETLINT_WORKER_FILE__ : './worker.js', import.meta.url);

export class LintPool {
  private readonly workers = new Set<Worker>();
  private readonly size: number;

  constructor(private readonly options: PoolOptions, jobCount: number) {
    this.size = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobCount));
  }

  /**
   * Lints every job, handing each outcome to `onOutcome` with its job's index as soon as it is
   * ready (in any order; nothing is kept here); resolves when all are done. Each worker has a few
   * jobs queued; the budget clock of a job starts when the worker is done with the one
   * before it. A job that overruns gets a fatal finding, its worker is replaced, and the
   * jobs that were queued behind it go to the new worker.
   */
  async run(jobs: readonly Omit<WorkerJob, 'id'>[], onOutcome: (index: number, outcome: FileOutcome) => void): Promise<void> {
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const waiting: number[] = jobs.map((_, id) => id);
    let done = 0;
    // Spread small runs over every worker rather than queueing them all on the first.
    const depth = Math.min(JOBS_IN_FLIGHT, Math.ceil(jobs.length / this.size));
    const slots: Slot[] = [];
    return new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        // No budget timer may outlive the run: it would start a worker after close().
        for (const slot of slots) clearTimeout(slot.timer);
        reject(error);
      };
      const finish = (slot: Slot, id: number, outcome: FileOutcome) => {
        done += 1;
        slot.inFlight.shift();
        clearTimeout(slot.timer);
        onOutcome(id, outcome);
        if (done === jobs.length) resolve();
        else armAndFill(slot);
      };
      const armAndFill = (slot: Slot) => {
        while (slot.inFlight.length < depth && waiting.length > 0) {
          const id = waiting.shift()!;
          slot.inFlight.push(id);
          slot.worker.postMessage({ ...jobs[id]!, id } satisfies WorkerJob);
        }
        const head = slot.inFlight[0];
        if (head !== undefined && slot.ready) slot.timer = setTimeout(() => overrun(slot, head), this.options.budgetMs);
      };
      const overrun = (slot: Slot, id: number) => lost(slot, id, this.timedOut(jobs[id]!.filePath));
      /** The worker is given up on while linting job `id`: that job gets `outcome`, the jobs queued behind it a new worker. */
      const lost = (slot: Slot, id: number, outcome: FileOutcome) => {
        if (failed) return;
        clearTimeout(slot.timer);
        waiting.unshift(...slot.inFlight.slice(1));
        slot.inFlight = [];
        this.retire(slot.worker);
        done += 1;
        onOutcome(id, outcome);
        if (done === jobs.length) resolve();
        else armAndFill(start());
      };
      const start = (): Slot => {
        // A small young generation per worker: the default lets three isolates hold ~50 MiB of short-lived
        // garbage each; at 8 MiB a 10,000-file run peaks ~50 MiB lower at the same speed (npm run bench).
        const worker = new Worker(WORKER_URL, { workerData: this.options.linter, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
        this.workers.add(worker);
        const slot: Slot = { worker, inFlight: [], ready: false };
        slots.push(slot);
        worker.on('message', (message: string) => {
          if (message === 'ready') {
            slot.ready = true;
            if (failed) return;
            const head = slot.inFlight[0];
            if (head !== undefined) slot.timer = setTimeout(() => overrun(slot, head), this.options.budgetMs);
            return;
          }
          const reply = JSON.parse(message) as WorkerReply;
          if (failed || reply.id !== slot.inFlight[0]) return;
          if (reply.ok) {
            finish(slot, reply.id, {
              ...reply.outcome,
              crashes: reply.outcome.crashes.map((c) => ({ ruleId: c.ruleId, error: Object.assign(new Error(c.error.message), { stack: c.error.stack }) })),
            });
          } else if (reply.error.usage) {
            const error = new UsageError(reply.error.message);
            if (reply.error.stack) error.stack = reply.error.stack;
            fail(error);
          } else {
            finish(slot, reply.id, failedOutcome(jobs[reply.id]!.filePath, `internal error: ${reply.error.message.split('\n')[0]}`));
          }
        });
        worker.on('error', (error: Error) => {
          // A worker that dies on a file (out of memory, an error outside the lint call) costs
          // that file its result, not the run; a worker that cannot even start ends the run.
          const id = slot.inFlight[0];
          if (failed || !slot.ready || id === undefined) {
            fail(error);
            return;
          }
          lost(slot, id, failedOutcome(jobs[id]!.filePath, whyLintingFailed(error)));
        });
        worker.on('exit', (code: number) => {
          if (this.workers.has(worker) && !failed && done < jobs.length) {
            const id = slot.inFlight[0];
            fail(new Error(`lint worker stopped unexpectedly (exit code ${code})${id === undefined ? '' : ` on ${jobs[id]!.filePath}`}`));
          }
        });
        return slot;
      };
      if (jobs.length === 0) {
        resolve();
        return;
      }
      for (let i = 0; i < this.size; i++) armAndFill(start());
    });
  }

  private timedOut(filePath: string): FileOutcome {
    const seconds = (this.options.budgetMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
    return { result: fatalResult(filePath, `Linting stopped after ${seconds} s (the time budget for one file); this file was not checked.`), crashes: [] };
  }

  private retire(worker: Worker): void {
    this.workers.delete(worker);
    void worker.terminate();
  }

  async close(): Promise<void> {
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
