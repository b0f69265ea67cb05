import { run } from './cli.js';
import { keepYoungGenerationSmallOnLongFiles } from './csv-file.js';
import { Leftovers } from './files.js';

keepYoungGenerationSmallOnLongFiles();

const leftovers = new Leftovers();
// `prospect-channels big.csv | head` closes the pipe early: that is the reader's choice, not a
// failure. Exit 0, but only after removing what the run made (stdin's copy).
const onStdoutError = (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') leftovers.exitAfterCleanup(0);
  // Any other error fails the write that met it; the command reports it in one line.
};
// A closed stderr (`2>&1 | head`) only loses the summary: nothing to report it on.
const onStderrError = () => undefined;
// Ctrl-C, kill, a closed terminal: remove temp files, then exit as the signal would (128 + its number).
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
] as const) {
  process.on(signal, () => leftovers.exitAfterCleanup(128 + number));
}
// Node makes each standard stream on first use, which costs a few milliseconds: a run that
// reads a file and writes one (-o) quietly never makes them.
let stdoutWatched = false;
let stderrWatched = false;
const io = {
  get stdin() {
    return process.stdin;
  },
  get stdout() {
    if (!stdoutWatched) process.stdout.on('error', onStdoutError);
    stdoutWatched = true;
    return process.stdout;
  },
  get stderr() {
    if (!stderrWatched) process.stderr.on('error', onStderrError);
    stderrWatched = true;
    return process.stderr;
  },
  now: () => new Date(),
};
run(process.argv.slice(2), io, leftovers).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    io.stderr.write(`prospect-channels: internal error, please report it: ${e.stack ?? e.message}\n`);
    process.exitCode = 70;
  },
);
