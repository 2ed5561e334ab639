/**
 * A lint worker: the CLI runs each file here so that a pathological input
 * (remark-parse is super-linear on some markdown) can be stopped at the time
 * budget by terminating the thread, without stalling the rest of the run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Linter, type LinterOptions } from './linter.js';
import { UsageError, errorMessage } from './errors.js';
import type { WorkerJob, WorkerReply } from './pool.js';

const linter = new Linter(workerData as LinterOptions);
// Tells the pool to start the first file's time budget now, not while modules were loading.
parentPort!.postMessage('ready');

parentPort!.on('message', async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const outcome = job.text !== undefined ? await linter.lintText(job.text, job.filePath) : await linter.lintFile(job.filePath);
    reply = {
      id: job.id,
      ok: true,
      outcome: {
        ...outcome,
        crashes: outcome.crashes.map((c) => ({ ruleId: c.ruleId, error: { message: errorMessage(c.error), ...(c.error instanceof Error && { stack: c.error.stack }) } })),
      },
    };
  } catch (error) {
    reply = {
      id: job.id,
      ok: false,
      error: { message: errorMessage(error), usage: error instanceof UsageError, ...(error instanceof Error && error.stack && { stack: error.stack }) },
    };
  }
  // As JSON text: structured clone of a result object cost more than linting some files.
  parentPort!.postMessage(JSON.stringify(reply));
});
