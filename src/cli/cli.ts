/**
 * The CSV command line (SPEC section 7). Thin: it reads arguments and files and hands rows to the
 * core's planner through the two passes of passes.ts; between them only a few numbers per row are
 * held, so memory stays flat whatever the file's size.
 */
import { once } from 'node:events';
import { createWriteStream, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseSync } from 'csv-parse/sync';
import { type Cell, Problem, SETTINGS, parseSettings, summaryLines, todayFrom, understandingLines } from '../core/index.js';
import { inspect } from './inspect.js';
import { FileProblem, findSplit, planPass, writeRows, writeSplit } from './passes.js';

/** Where the CLI reads and writes: the real process, or a test's capture. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly now: () => Date;
  /** This script, for the worker thread that writes half of a large file; absent: one thread. */
  readonly workerUrl?: URL;
  /** Files with at least this many rows are written on two threads. */
  readonly parallelFrom?: number;
}

/** A failure the user can act on: one line, no stack trace, and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

const NAME = 'prospect-channels';
const flagOf = (key: string) => key.toLowerCase().replace(/[^a-z0-9]+/g, '-');
/** Every setting is a flag named after its key: `Price Per Credit` -> `--price-per-credit`. */
const SETTING_FLAGS = new Map(SETTINGS.map((s) => [flagOf(s.key), s.key]));
SETTING_FLAGS.set('start', 'Start Date');

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  settings: { type: 'string' },
  format: { type: 'string' },
  column: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  ...Object.fromEntries([...SETTING_FLAGS.keys()].map((f) => [f, { type: 'string' }])),
} as const;

export const USAGE = `Usage: ${NAME} IN.csv [-o OUT.csv] [--settings FILE] [--plan P] [--credits N]
       [--as-of YYYY-MM-DD] [--start YYYY-MM-DD] [--sequence S] [--format csv|table]

Decides each prospect's next LinkedIn touch (Channel, Day, Date, Cost, Reason) and plans the
list against your InMail credits, invitation caps and note quota. IN.csv may be - for stdin.

Output: every input column unchanged, then Channel, Day, Date, Cost, Reason (replaced in place
when the input already has them). CSV to -o or stdout; the summary to stderr.

Options:
  -o, --output FILE     write CSV (or the table) to FILE instead of stdout
      --format F        csv or table (default: table on a terminal, else csv)
      --settings FILE   key/value settings as CSV (two columns) or JSON, as on the Settings sheet
      --column F=H      map sheet header H to field F, e.g. --column "Degree=Conn. lvl"
  -q, --quiet           no summary or progress on stderr
  -h, --help            this help;  -v, --version  the version

Settings (each also a flag; flags override --settings):
${SETTINGS.map((s) => `  --${flagOf(s.key).padEnd(20)}${s.accepts}; default ${s.defaultText}`).join('\n')}
`;

interface Args {
  input: string;
  output: string | undefined;
  format: 'csv' | 'table';
  quiet: boolean;
  pairs: Array<[Cell, Cell]>;
}

export async function readSettingsFile(path: string): Promise<Array<[Cell, Cell]>> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read settings file '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 2);
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (path.endsWith('.json') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      throw new CliError(`settings file '${path}' is not valid JSON: ${(e as Error).message}`, 2);
    }
    if (Array.isArray(json) && json.every((p) => Array.isArray(p) && p.length === 2)) return json as Array<[Cell, Cell]>;
    if (json && typeof json === 'object' && !Array.isArray(json)) {
      return Object.entries(json as Record<string, unknown>).map(([k, v]) => [k, v === null ? '' : (v as Cell)]);
    }
    throw new CliError(`settings file '${path}': expected an object of key: value, or a list of [key, value] pairs`, 2);
  }
  let rows: string[][];
  try {
    rows = parseSync(trimmed, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (e) {
    throw new CliError(`settings file '${path}' is not valid CSV: ${(e as Error).message}`, 2);
  }
  const bad = rows.find((r) => r.length < 2 && (r[0] ?? '') !== '');
  if (bad) throw new CliError(`settings file '${path}': each line needs a key and a value (got '${bad.join(',')}')`, 2);
  return rows.map((r) => [r[0] ?? '', r[1] ?? '']);
}

export async function parseCli(argv: readonly string[], io: Io): Promise<Args | 'help' | 'version'> {
  // parseArgs reads `--credits -1` as two options; a negative number is a value (and then a clear error).
  const args = argv.map((a, i) => (/^-\d/.test(a) && /^--[a-z-]+$/.test(argv[i - 1] ?? '') ? `\u0000${a}` : a));
  const joined = args.flatMap((a, i) => (a.startsWith('\u0000') ? [] : args[i + 1]?.startsWith('\u0000') ? [`${a}=${(args[i + 1] as string).slice(1)}`] : [a]));
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: joined, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${(e as Error).message.replace(/\. To specify.*$/s, '')}\nTry '${NAME} --help'.`, 2);
  }
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (v.help) return 'help';
  if (v.version) return 'version';
  if (parsed.positionals.length !== 1) {
    throw new CliError(
      `${parsed.positionals.length === 0 ? 'no input file given' : `one input file expected, got ${parsed.positionals.length}`}\n${USAGE.split('\n\n')[0]}`,
      2,
    );
  }
  const format = (v.format as string | undefined) ?? (!v.output && io.stdout.isTTY ? 'table' : 'csv');
  if (format !== 'csv' && format !== 'table') throw new CliError(`--format: expected csv or table (got '${format}')`, 2);
  const pairs: Array<[Cell, Cell]> = v.settings ? await readSettingsFile(v.settings as string) : [];
  for (const [flag, key] of SETTING_FLAGS) if (typeof v[flag] === 'string') pairs.push([key, v[flag] as string]);
  for (const c of (v.column as string[] | undefined) ?? []) {
    const eq = c.indexOf('=');
    if (eq <= 0) throw new CliError(`--column: expected FIELD=HEADER, e.g. --column "Degree=Conn. lvl" (got '${c}')`, 2);
    pairs.push([`Column: ${c.slice(0, eq).trim()}`, c.slice(eq + 1).trim()]);
  }
  return { input: parsed.positionals[0] as string, output: v.output as string | undefined, format, quiet: v.quiet === true, pairs };
}

/** Picks the delimiter of the header line: comma, semicolon or tab, whichever it holds most of outside quotes. */
/** Excel's `sep=;` line names the delimiter; otherwise the one most used on a top line (a title line above the header has none). */
export function sniffDelimiter(head: string): string {
  const lines = head.split(/\r\n|\n|\r/, 10);
  const sep = /^sep=(.)$/i.exec(lines[0] ?? '');
  if (sep) return sep[1] as string;
  let best: readonly [string, number] = [',', 0];
  for (const line of lines) {
    const unquoted = line.replace(/"[^"]*"/g, '');
    for (const d of [',', ';', '\t']) {
      const count = unquoted.split(d).length - 1;
      if (count > best[1]) best = [d, count];
    }
  }
  return best[0];
}

async function readHead(path: string): Promise<string> {
  const handle = await fs.open(path, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

function progress(io: Io, quiet: boolean) {
  const show = !quiet && io.stderr.isTTY === true;
  let last = 0;
  return {
    tick(pass: number, n: number) {
      if (!show || n - last < 50_000) return;
      last = n;
      io.stderr.write(`\r${NAME}: pass ${pass}/2, ${n.toLocaleString('en-US')} rows...`);
    },
    done() {
      if (show && last > 0) io.stderr.write('\r\x1b[K');
      last = 0;
    },
  };
}

function describeCsvError(e: unknown, path: string): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof FileProblem) return new CliError(`${path}: ${e.message}`);
  const err = e as Error & { code?: unknown; lines?: number };
  if (typeof err.code === 'string' && err.code.startsWith('CSV_')) {
    return new CliError(`${path}: not valid CSV${err.lines ? ` at line ${err.lines}` : ''}: ${err.message.replace(/^Invalid [^:]*: /, '')}`);
  }
  if (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR') return new CliError(`cannot read '${path}': ${err.code}`, 2);
  return new CliError(`${path}: ${err.message}`);
}

/** Standard input, copied to a temporary file: both passes need to read it. */
async function spoolStdin(io: Io, dir: string): Promise<string> {
  const path = join(dir, 'stdin.csv');
  const file = createWriteStream(path);
  io.stdin.pipe(file);
  await once(file, 'finish');
  return path;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === 'inspect') return inspect(argv.slice(1), io);
  if (argv[0] === 'plan') argv = argv.slice(1);
  // Scratch space (stdin's copy, the worker's half of the output), removed however the run ends.
  let scratch: string | undefined;
  const scratchDir = async () => (scratch ??= await fs.mkdtemp(join(tmpdir(), `${NAME}-`)));
  try {
    const args = await parseCli(argv, io);
    if (args === 'help') return (void io.stdout.write(USAGE), 0);
    if (args === 'version') return (void io.stdout.write(`${NAME} ${VERSION}\n`), 0);
    const settings = parseSettings(args.pairs, todayFrom(io.now()));
    if (settings instanceof Problem) throw new CliError(`bad setting: ${settings.message}`, 2);
    const input = args.input === '-' ? await spoolStdin(io, await scratchDir()) : args.input;
    const shownName = args.input === '-' ? 'stdin' : args.input;
    let head: string;
    try {
      head = await readHead(input);
    } catch (e) {
      throw describeCsvError(e, shownName);
    }
    if (head.includes('\u0000')) throw new CliError(`${shownName}: not a CSV file (binary content)`);
    const delimiter = sniffDelimiter(head.replace(/^\uFEFF/, ''));
    const bar = progress(io, args.quiet);
    let plan: Awaited<ReturnType<typeof planPass>>;
    try {
      plan = await planPass(input, delimiter, settings, (n) => bar.tick(1, n));
    } catch (e) {
      throw describeCsvError(e, shownName);
    } finally {
      bar.done();
    }
    const summary = plan.planner.finish();
    // Written beside the target and renamed at the end: a failure leaves no half file, and -o may name the input.
    const target = args.output;
    const temp = target ? join(dirname(target), `.${basename(target)}.${process.pid}.tmp`) : undefined;
    const out = temp ? createWriteStream(temp) : io.stdout;
    const job = {
      path: input,
      delimiter,
      format: args.format,
      header: plan.header,
      top: plan.top,
      layout: plan.layout,
      start: 0,
      withHeader: true,
      firstRow: 0,
    };
    const split = io.workerUrl && plan.rows >= (io.parallelFrom ?? 100_000) ? await findSplit(input, (await fs.stat(input)).size) : undefined;
    const part = split ? join(await scratchDir(), 'part.csv') : undefined;
    try {
      if (split && part && io.workerUrl) await writeSplit(job, plan, split, io.workerUrl, part, out, (n) => bar.tick(2, n));
      else await writeRows(job, plan.planner, out, (n) => bar.tick(2, n));
      if (temp && target) {
        (out as ReturnType<typeof createWriteStream>).end();
        await once(out, 'close');
        await fs.rename(temp, target);
      }
    } catch (e) {
      if (temp) await fs.rm(temp, { force: true });
      throw describeCsvError(e, shownName);
    } finally {
      bar.done();
    }
    // The summary goes under the table: wait until stdout has taken every row.
    if (!target) await new Promise<void>((resolve) => io.stdout.write('', () => resolve()));
    if (!args.quiet) io.stderr.write(`${[...understandingLines(plan.understanding), ...summaryLines(summary, settings)].join('\n')}\n`);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`${NAME}: ${e.message}\n`);
      return e.code;
    }
    throw e;
  } finally {
    if (scratch) await fs.rm(scratch, { recursive: true, force: true });
  }
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
