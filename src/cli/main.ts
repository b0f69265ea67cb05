import { run } from './cli.js';
import { Leftovers } from './files.js';

const leftovers = new Leftovers();
// `prospect-channels big.csv | head` closes the pipe early: that is the reader's choice, not a
// failure. Exit 0, but only after removing what the run made (stdin's copy).
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') leftovers.exitAfterCleanup(0);
  // Any other error fails the write that met it; the command reports it in one line.
});
// Ctrl-C, kill, a closed terminal: remove temp files, then exit as the signal would (128 + its number).
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
] as const) {
  process.on(signal, () => leftovers.exitAfterCleanup(128 + number));
}
run(
  process.argv.slice(2),
  {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
  },
  leftovers,
).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`prospect-channels: internal error, please report it: ${e.stack ?? e.message}\n`);
    process.exitCode = 70;
  },
);
