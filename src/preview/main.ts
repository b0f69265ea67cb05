import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { errnoText, fromCallerFolder } from '../cli/common.js';
import { FileProblem } from '../cli/passes.js';
import { startPreview } from './server.js';

const USAGE = `Usage: npm run preview -- [--port P] [--csv FILE]

Serves the planner sidebar beside a grid of the sample prospect list (or FILE) on 127.0.0.1,
answered by the same server code Apps Script runs, over an in-memory spreadsheet.
`;

function fail(message: string, code: number): number {
  process.stderr.write(`preview: ${message}\n`);
  return code;
}

async function main(): Promise<number> {
  let values: { port?: string; csv?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, csv: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (e) {
    process.stderr.write(`preview: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) return (void process.stdout.write(USAGE), 0);
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`preview: --port: expected a port number 0-65535 (got '${values.port}')\n`);
    return 2;
  }
  const here = fileURLToPath(new URL('.', import.meta.url));
  // A relative FILE is the caller's: `npm run preview` runs in the package's folder.
  const csv = values.csv === undefined || values.csv === '' ? values.csv : fromCallerFolder(values.csv, 'preview');
  try {
    const preview = await startPreview({
      port,
      csv,
      dist: fileURLToPath(new URL('../dist', import.meta.url)),
      sample: `${here}/../examples/prospects.csv`,
    });
    process.stdout.write(`Prospect Channel Planner preview: ${preview.url}  (Ctrl+C to stop)\n`);
    return -1;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // As the command line says it: a file that cannot be opened is a usage error (2), one that is not a list is 1.
    if (err.code === 'EADDRINUSE') return fail(`port ${port} is in use: try --port ${port + 1}`, 1);
    if (typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) return fail(`cannot read '${csv}': ${errnoText(err)}`, 2);
    if (err instanceof FileProblem) return fail(`${csv}: ${err.message}`, 1);
    return fail(err.message, 1);
  }
}

void main().then((code) => {
  if (code >= 0) process.exitCode = code;
});
