/**
 * `prospect-channels [plan] IN.csv`: the input with each row's Channel, Day, Date, Cost and Reason
 * (SPEC section 7). Two passes over the file (passes.ts): between them only a few numbers per
 * row are held, so memory stays flat whatever the file's size.
 */
import { resolve } from 'node:path';
import {
  HEADER_SEARCH_ROWS,
  type IgnoredMapping,
  type PlanSummary,
  type Settings,
  everyRowInError,
  formatDay,
  grouped,
  numbersJson,
  plannedProspects,
  summaryLines,
  understandingLines,
} from '../core/index.js';
import { type Leftovers, type Output, holdFile, openOutput, refuseOverInput, refuseStdoutOverInput, sameFile, seekableInput } from './files.js';
import {
  commonHelp,
  CliError,
  type Command,
  type CommandContext,
  type Io,
  NAME,
  changedError,
  errnoText,
  helpHint,
  parseCommand,
  settingsOf,
} from './common.js';
import { roundedJson, visible } from './table.js';
import {
  type CsvFile,
  FileChanged,
  FileProblem,
  type Planned,
  UnmetMapping,
  encodingLines,
  openInput,
  planPass,
  strayQuoteWarning,
  writeRows,
} from './passes.js';
import { changedSince } from './csv-file.js';

/**
 * A progress line on a terminal's stderr, rewritten in place. Not in pass 2 where the output goes
 * to the same terminal (`stdoutShown`): it would land in the middle of the rows printed.
 */
function progress(io: Io, quiet: boolean, stdoutShown: boolean) {
  const show = !quiet && io.stderr.isTTY === true;
  let last = 0;
  return {
    tick(pass: number, n: number) {
      if (!show || n - last < 50_000 || (pass === 2 && stdoutShown)) return;
      last = n;
      io.stderr.write(`\r${NAME}: pass ${pass}/2, ${grouped(n)} rows...`);
    },
    done() {
      if (show && last > 0) io.stderr.write('\r\x1b[K');
      last = 0;
    },
  };
}

/**
 * A `Column:` mapping given for this run that names a header the file lacks: a settings problem
 * (exit 2), where a sheet, whose settings serve many tabs, reads the column by its own header.
 */
export function refuseUnmetMapping(planned: Planned, shown: string): void {
  const unmet = planned.understanding.ignored[0];
  if (unmet) throw unmetMappingError(unmet, shown);
}

function unmetMappingError(unmet: IgnoredMapping, shown: string): CliError {
  return new CliError(`bad setting: Column: ${unmet.field}: no column '${unmet.header}' in ${shown}`, 2);
}

/** A failure while reading the input, in one line: the file's content (1) or its access (2). */
export function describeCsvError(e: unknown, path: string): CliError {
  if (e instanceof CliError) return e;
  if (e instanceof UnmetMapping) {
    // No header was found: where a header row is further down than the rows searched, that is the fix.
    const below = `the first ${HEADER_SEARCH_ROWS} rows of ${path}, where the header row must be; ${e.below}`;
    return unmetMappingError(e.mapping, e.below === undefined ? path : below);
  }
  if (e instanceof FileChanged) return changedError(path);
  if (e instanceof FileProblem) return new CliError(`${path}: ${e.message}`);
  const err = e as Error & { code?: unknown; lines?: number };
  if (typeof err.code === 'string' && err.code.startsWith('CSV_')) {
    return new CliError(`${path}: not valid CSV${err.lines ? ` at line ${err.lines}` : ''}: ${err.message.replace(/^Invalid [^:]*: /, '')}`);
  }
  // V8 holds a string of at most 2^29 - 24 characters (about 512 MiB): no cell of a prospect list is that long.
  if (err.code === 'ERR_STRING_TOO_LONG') return new CliError(`${path}: a cell is longer than 512 MiB (is this a prospect list?)`);
  if (typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) return new CliError(`cannot read '${path}': ${errnoText(err)}`, 2);
  return new CliError(`${path}: ${err.message}`);
}

/**
 * A failure in a pass that writes rows as it reads them: the output's own (a full disk), or the
 * input's, where a file found changed has had rows printed already on stdout.
 */
export function describeWritingError(e: unknown, shown: string, out: Output): CliError {
  return out.failure() ?? (e instanceof FileChanged && out.isStdout ? changedError(shown, 'part') : describeCsvError(e, shown));
}

/**
 * A report's exit code (today, stats): 1, with one line saying why, when every prospect row is in
 * error, as the plan command exits (a wrong `--column` is a failure a script should see); else 0.
 */
export function reportExit(sum: Pick<PlanSummary, 'rows' | 'blank' | 'errors'>, shown: string, io: Io, done = 'planned'): number {
  if (!everyRowInError(sum)) return 0;
  io.stderr.write(`${NAME}: no row of ${shown} could be ${done} (every row has an error): '${NAME} inspect' shows each row and its error\n`);
  return 1;
}

/**
 * The line that says a file has no prospect rows under its header (only the header, or blank rows
 * under it), or undefined when it has some: planning it is no failure, but "Planned 0 prospects"
 * alone leaves the user guessing.
 */
export function noRowsNote(sum: { readonly rows: number; readonly blank: number }, headerRow: number, shown: string): string | undefined {
  if (sum.rows > sum.blank) return undefined;
  const under = `under its header (row ${headerRow + 1})`;
  return `${NAME}: ${shown} has no prospect rows ${under}${sum.blank > 0 ? `, only ${sum.blank === 1 ? 'a blank row' : `${sum.blank} blank rows`}` : ''}`;
}

async function plan(ctx: CommandContext): Promise<number> {
  const { io, leftovers } = ctx;
  const args = await parseCommand(ctx, { summary: { type: 'string' } });
  if (args.help) return (void io.stdout.write(help()), 0);
  const settings = settingsOf(args, io);
  const summaryFile = args.values.summary as string | undefined;
  if (summaryFile === '') throw new CliError(`--summary: expected a file name ${helpHint(ctx)}`, 2);
  if (summaryFile === '-' && (args.output === undefined || args.output === '-')) {
    throw new CliError(`--summary -: the plan goes to standard output too; give -o a file, or --summary one`, 2);
  }
  refuseOverInput(summaryFile, '--summary', 'the summary', args.input, io);
  if (summaryFile !== undefined && args.output !== undefined && (sameFile(summaryFile, args.output, io) || resolve(summaryFile) === resolve(args.output))) {
    throw new CliError(`--summary and -o name the same file '${args.output}': give the summary a file of its own`, 2);
  }
  // Standard output takes the plan, or the summary (`--summary -` with -o a file).
  refuseStdoutOverInput(summaryFile === '-' ? '-' : args.output, args.input, io, summaryFile !== '-');
  // The plan written over its own input: one run at a time on that file, from before it is read.
  await holdFile(args.input, args.output, ctx.shownAs ?? args.input, io, leftovers, args.quiet);
  const { path: input, shown: own } = await seekableInput(args.input, io, leftovers);
  const shown = ctx.shownAs ?? own;
  let file: CsvFile;
  try {
    file = await openInput(input, args.encoding);
  } catch (e) {
    throw describeCsvError(e, shown);
  }
  // Every output opened before the work, so a bad -o or --summary fails at once with nothing
  // written; each is written to a temp file beside it and put in place at the end.
  const out = await openOutput(args.output, io, leftovers);
  const summaryOut = summaryFile === undefined ? undefined : await openSummary(summaryFile, io, leftovers);
  const bar = progress(io, args.quiet, out.isStdout && io.stdout.isTTY === true);
  let planned: Awaited<ReturnType<typeof planPass>>;
  try {
    planned = await planPass(file, settings, (n) => bar.tick(1, n));
  } catch (e) {
    throw describeCsvError(e, shown);
  } finally {
    bar.done();
  }
  refuseUnmetMapping(planned, shown);
  const summary = planned.planner.finish();
  // Read twice, the file must be one file: a write to it meanwhile (an edit, another run of done)
  // would put one version's plans on the other's rows, or lose that run's marks. Looked at before
  // pass 2, while nothing is printed yet; pass 2 reads it as pass 1 did or stops (FileChanged);
  // and once more after, as a file renamed over it is read on as it was.
  const unchanged = (printed: 'nothing' | 'all' = 'nothing') => {
    if (changedSince(planned.file)) throw changedError(shown, printed);
    ctx.unchanged?.();
  };
  unchanged();
  // A table on a terminal fits its width; in a file it keeps whole reasons.
  const layout = { ...planned.layout, width: out.isStdout ? io.stdout.columns : undefined };
  try {
    await writeRows(planned, args.format, layout, out.stream, (n) => bar.tick(2, n));
  } catch (e) {
    // Rows go out on stdout as they are read: some are printed when pass 2 finds the file changed.
    throw describeWritingError(e, shown, out);
  } finally {
    bar.done();
  }
  // Written only where it is read: -q without --summary makes none.
  const stray = strayQuoteWarning(planned);
  const shownSummary = stray === undefined ? summary : { ...summary, warnings: [stray, ...summary.warnings] };
  // What was read and how (encoding, header row, columns read and not, date orders): the text summary's first lines, the JSON summary's `understood`.
  const understood = [...encodingLines(planned.file, true), ...understandingLines(planned.understanding)];
  const summaryText =
    summaryOut || !args.quiet
      ? args.format === 'json'
        ? `${roundedJson({ ...summaryJson(shownSummary, settings), understood })}\n`
        : `${[...understood, ...summaryLines(shownSummary, settings)].join('\n')}\n`
      : '';
  summaryOut?.stream.write(summaryText);
  unchanged(out.isStdout ? 'all' : 'nothing');
  // A file of errors only does not replace one: a wrong mapping or setting must not put ERROR
  // cells over a good plan (the sheet refuses such a write too). On stdout the rows show why.
  const refused = everyRowInError(summary) && !out.isStdout;
  // A --summary file is put in place first: one that cannot be written leaves the plan's file as it was.
  if (summaryOut) await summaryOut.commit();
  // The summary on stderr goes under the table: commit waits until stdout has taken every row.
  // Checked again as the file takes its place: the file closing gave another run time to save over the input.
  if (!refused) await out.commit(unchanged);
  // Headers and cells it quotes are the file's: shown on the terminal as the table shows them, control characters as escapes.
  if (!summaryOut && summaryText !== '') io.stderr.write(summaryText.split('\n').map(visible).join('\n'));
  const empty = noRowsNote(summary, planned.understanding.headerRow, shown);
  // Not under a JSON summary on stderr, which a program reads as one object (its `planned` says 0).
  if (empty !== undefined && !args.quiet && (args.format !== 'json' || summaryOut)) io.stderr.write(`${empty}: nothing to plan\n`);
  if (refused) {
    io.stderr.write(
      `${NAME}: no row of ${shown} could be planned (every row has an error): '${out.shown}' not written; '${NAME} inspect' shows each row as read\n`,
    );
    return 1;
  }
  if (everyRowInError(summary)) {
    io.stderr.write(`${NAME}: no row of ${shown} could be planned (every row has an error: see the Channel column)\n`);
    return 1;
  }
  return 0;
}

/** The --summary file, opened and put in place as -o is; a failure, on opening or at the end, names the flag. */
async function openSummary(path: string, io: Io, leftovers: Leftovers): Promise<Output> {
  const named = (e: unknown) => (e instanceof CliError ? new CliError(`--summary: ${e.message}`, e.code) : e);
  let out: Output;
  try {
    out = await openOutput(path, io, leftovers);
  } catch (e) {
    throw named(e);
  }
  return {
    ...out,
    commit: () => out.commit().catch((e: unknown) => Promise.reject(named(e))),
    failure: () => {
      const failed = out.failure();
      return failed && (named(failed) as CliError);
    },
  };
}

/** The summary as one JSON object: the PlanSummary's numbers, days as YYYY-MM-DD, and the settings it was planned with. */
export function summaryJson(sum: PlanSummary, s: Settings): Record<string, unknown> {
  const day = (d: number | null) => (d === null ? null : formatDay(d));
  return {
    asOf: formatDay(s.asOf),
    startDate: formatDay(s.startDate),
    plan: s.plan.name,
    sequence: s.sequence,
    planned: plannedProspects(sum),
    ...sum,
    weeks: sum.weeks.map((w) => ({ ...w, monday: formatDay(w.monday) })),
    firstInvitation: day(sum.firstInvitation),
    lastInvitation: day(sum.lastInvitation),
    numbers: numbersJson(sum.numbers),
  };
}

const USAGE_LINE =
  '[plan] IN.csv [-o OUT.csv] [--format table|csv|json] [--summary FILE] [--settings FILE] [--plan P] [--credits N] [--as-of YYYY-MM-DD] [--start YYYY-MM-DD] [--sequence S]';

/** Written out only when --help asks for it. */
const help = () => `Usage: ${NAME} ${USAGE_LINE}

Decides each prospect's next LinkedIn touch (Channel, Day, Date, Cost, Reason) and plans the
list against your InMail credits, invitation caps and note quota. IN.csv may be - for stdin.

Output: every input column unchanged, then Channel, Day, Date, Cost, Reason (replaced in place
when the input already has them). CSV to -o or stdout; the summary to stderr.
--format table shows Row (as a spreadsheet numbers it: the header is row 1), Name and the five
columns; --format json writes one JSON object a row (JSON Lines) and the summary as one JSON
object.

      --summary FILE    write the summary to FILE instead of stderr (- is stdout, once -o names
                        a file)

${commonHelp()}`;

export const command: Command = {
  about: "each prospect's next touch, the list planned against credits and caps (the default)",
  usage: USAGE_LINE,
  run: plan,
};
