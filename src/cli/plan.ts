/**
 * `prospect-channels [plan] IN.csv`: the input with each row's Channel, Day, Date, Cost and Reason
 * (SPEC section 7). Two passes over the file (passes.ts): between them only a few numbers per
 * row are held, so memory stays flat whatever the file's size.
 */
import { once } from 'node:events';
import { createWriteStream, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type PlanSummary, type Settings, formatDay, summaryLines, understandingLines } from '../core/index.js';
import { COMMON_HELP, CliError, type Command, type CommandContext, type Io, NAME, errnoText, parseCommand, settingsOf } from './common.js';
import { type CsvFile, FileProblem, openInput, planPass, writeRows } from './passes.js';

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

export function describeCsvError(e: unknown, path: string): CliError {
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

async function plan(ctx: CommandContext): Promise<number> {
  const { io, leftovers } = ctx;
  const args = await parseCommand(ctx, { summary: { type: 'string' } });
  if (args.help) return (void io.stdout.write(HELP), 0);
  const settings = settingsOf(args, io);
  const input = args.input === '-' ? await spoolStdin(io, await leftovers.scratchDir()) : args.input;
  const shownName = args.input === '-' ? 'stdin' : args.input;
  let file: CsvFile;
  try {
    file = await openInput(input);
  } catch (e) {
    throw describeCsvError(e, shownName);
  }
  const bar = progress(io, args.quiet);
  let planned: Awaited<ReturnType<typeof planPass>>;
  try {
    planned = await planPass(file, settings, (n) => bar.tick(1, n));
  } catch (e) {
    throw describeCsvError(e, shownName);
  } finally {
    bar.done();
  }
  const summary = planned.planner.finish();
  // Written beside the target and renamed at the end: a failure leaves no half file, and -o may name the input.
  const target = args.output;
  const temp = target ? join(dirname(target), `.${basename(target)}.${process.pid}.tmp`) : undefined;
  if (temp) leftovers.add(temp);
  const out = temp ? createWriteStream(temp) : io.stdout;
  // A table on a terminal fits its width; in a file it keeps whole reasons.
  const layout = { ...planned.layout, width: target ? undefined : io.stdout.columns };
  try {
    await writeRows(planned, args.format, layout, out, (n) => bar.tick(2, n));
    if (temp && target) {
      (out as ReturnType<typeof createWriteStream>).end();
      await once(out, 'close');
      await fs.rename(temp, target);
      leftovers.forget(temp);
    }
  } catch (e) {
    throw describeCsvError(e, shownName);
  } finally {
    bar.done();
  }
  // The summary goes under the table: wait until stdout has taken every row.
  if (!target) await new Promise<void>((resolve) => io.stdout.write('', () => resolve()));
  const summaryText =
    args.format === 'json'
      ? `${JSON.stringify(summaryJson(summary, settings))}\n`
      : `${[...understandingLines(planned.understanding), ...summaryLines(summary, settings)].join('\n')}\n`;
  const summaryFile = args.values.summary as string | undefined;
  if (summaryFile) await writeSummary(summaryFile, summaryText);
  else if (!args.quiet) io.stderr.write(summaryText);
  return 0;
}

/** The summary as one JSON object: the PlanSummary's numbers, days as YYYY-MM-DD, and the settings it was planned with. */
export function summaryJson(sum: PlanSummary, s: Settings): Record<string, unknown> {
  const day = (d: number | null) => (d === null ? null : formatDay(d));
  return {
    asOf: formatDay(s.asOf),
    startDate: formatDay(s.startDate),
    plan: s.plan.name,
    sequence: s.sequence,
    planned: sum.rows - sum.blank - sum.errors,
    ...sum,
    weeks: sum.weeks.map((w) => ({ ...w, monday: formatDay(w.monday) })),
    firstInvitation: day(sum.firstInvitation),
    lastInvitation: day(sum.lastInvitation),
  };
}

async function writeSummary(path: string, text: string): Promise<void> {
  try {
    await fs.writeFile(path, text);
  } catch (e) {
    throw new CliError(`cannot write the summary to '${path}': ${errnoText(e)}`, 2);
  }
}

const USAGE_LINE = '[plan] IN.csv [-o OUT.csv] [--settings FILE] [--plan P] [--credits N] [--as-of YYYY-MM-DD] [--start YYYY-MM-DD] [--sequence S]';

const HELP = `Usage: ${NAME} ${USAGE_LINE}

Decides each prospect's next LinkedIn touch (Channel, Day, Date, Cost, Reason) and plans the
list against your InMail credits, invitation caps and note quota. IN.csv may be - for stdin.

Output: every input column unchanged, then Channel, Day, Date, Cost, Reason (replaced in place
when the input already has them). CSV to -o or stdout; the summary to stderr.
--format table shows #, Name and the five columns; --format json writes one JSON object a row
(JSON Lines) and the summary as one JSON object.

      --summary FILE    write the summary to FILE instead of stderr

${COMMON_HELP}`;

export const command: Command = {
  about: "each prospect's next touch, the list planned against credits and caps (the default)",
  usage: USAGE_LINE,
  run: plan,
};
