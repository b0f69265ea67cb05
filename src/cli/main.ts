import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { run } from './cli.js';
import { type WorkerTask, runWorkerTask } from './passes.js';

if (!isMainThread && (workerData as WorkerTask | undefined)?.role === 'write-rows') {
  // This script again, as the worker thread writing the second half of a large file.
  void runWorkerTask(workerData as WorkerTask, (m) => parentPort?.postMessage(m));
} else {
  // `prospect-channels big.csv | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const parallelFrom = Number(process.env.PROSPECT_CHANNELS_PARALLEL_FROM ?? 100_000);
  run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    workerUrl: new URL(import.meta.url),
    parallelFrom,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      process.stderr.write(`prospect-channels: internal error, please report it: ${e.stack ?? e.message}\n`);
      process.exitCode = 70;
    },
  );
}
