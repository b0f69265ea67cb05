/**
 * `prospect-channels inspect IN.csv [--format table|csv|json]` (SPEC 1a, 7): what the reader
 * understood of a file. Each column's field, or why it is not used; how slash dates are read; and
 * per row the values read, or the row's error. Nothing is planned, and the input is never written.
 */
import {
  type ColumnMap,
  NAME_KEYS,
  NoteLines,
  RowError,
  type Settings,
  type Understanding,
  columnOf,
  decideChannel,
  fullName,
  historyInError,
  readProspect,
  understandingLines,
  valuesRead,
} from '../core/index.js';
import { commonHelp, type Command, type CommandContext, NAME, changedError, parseCommand, settingsOf } from './common.js';
import { openOutput, refuseOverInput, refuseStdoutOverInput, seekableInput } from './files.js';
import type { EncodingName } from './csv-encoding.js';
import { CsvWriter, changedSince, readCsv, withFallback } from './csv-file.js';
import { type CsvFile, TOP_ROWS, encodingLines, fileStep, ofPass1, openInput, understandTop } from './passes.js';
import { describeCsvError, describeWritingError, noRowsNote } from './plan.js';
import { formatTable, REPORT_BOM, reportCsvLine, reportDelimiter, tableReady, visible } from './table.js';

/** One data row as read: its values by field, its error, or blank. */
export interface RowRead<Values = Readonly<Record<string, string>>> {
  /** Its row as a spreadsheet numbers it, as every command does: records from the file's top, the first 1 (SPEC 9). */
  readonly row: number;
  readonly values?: Values;
  readonly error?: string;
  readonly blank?: true;
  /** The header row again (two files joined): no prospect, its cells are headers, not values. */
  readonly headerAgain?: true;
  /** A line of text (one cell after an empty row: a report's footer, a section's title), as the plan passes over it. */
  readonly note?: true;
}

/**
 * A row under the header (its number as a spreadsheet numbers it) as read: its values by field,
 * its error, or blank. `notes`: the rows so far, in order, to tell a line of text as the plan
 * does (`afterGap`: empty lines came just before it).
 */
export function rowRead(row: number, record: readonly string[], map: ColumnMap, settings: Settings, notes?: NoteLines, afterGap = false): RowRead {
  return readRow(row, record, map, settings, notes, afterGap, Object.fromEntries);
}

/**
 * rowRead, its values made by `valuesOf` from the field label and value pairs read, in order. The
 * first pass, which learns only the grid's columns, keeps the pairs: an object a row of its values
 * (a dictionary of up to two dozen fields) made there cost 15% of the command's instructions.
 */
function readRow<V>(
  row: number,
  record: readonly string[],
  map: ColumnMap,
  settings: Settings,
  notes: NoteLines | undefined,
  afterGap: boolean,
  valuesOf: (pairs: Array<[string, string]>) => V,
): RowRead<V> {
  const p = readProspect(record, map);
  const note = notes?.isNote(p, afterGap) === true;
  if (p === 'blank') return { row, blank: true };
  if (!(p instanceof RowError) && p.repeatsHeader) return { row, headerAgain: true };
  if (note) return { row, note: true };
  // A row in error is still someone: its name columns as written, beside the error.
  if (p instanceof RowError) return { row, values: valuesOf(namesWritten(record, map)), error: everyError(p, record, map) };
  const values = valuesOf(valuesRead(p, map));
  // History the plan takes as an error (a date after the as-of date, an acceptance before its
  // request): read, and shown with the error the plan gives the row.
  const planned = historyInError(p, settings.asOf) ? decideChannel(p, settings, map) : undefined;
  return planned instanceof RowError ? { row, values, error: planned.text } : { row, values };
}

/**
 * A row's errors, every one (the plan's cell names the first and counts the others, `+2 more`):
 * each of its own columns' cells read alone, as the reader reads it, so a rep fixes them all in
 * one go (found in a new user's trial). A fallback column (a second phone, a cell of several
 * links) counts only where its field's own is blank, which a cell read alone cannot tell: not
 * looked at. Only rows in error pay for it; where the count differs from the reader's, its line.
 */
function everyError(p: RowError, record: readonly string[], map: ColumnMap): string {
  if (p.others === 0) return p.text;
  const details: string[] = [];
  for (const c of map.columns) {
    const cell = record[c.index];
    if (cell === undefined || cell.trim() === '') continue;
    const alone: string[] = new Array(record.length).fill('');
    alone[c.index] = cell;
    const read = readProspect(alone, map);
    if (read instanceof RowError && read.column === c.header && !details.includes(read.detail)) details.push(read.detail);
  }
  return details.length === p.others + 1 ? `ERROR: ${details.join('; ')}` : p.text;
}

/** What a first pass over the file learns: how it is read, and the grid's columns. */
interface Understood {
  readonly understanding: Understanding;
  readonly file: CsvFile;
  /** Each field some row read, in the order first met: the grid's columns after Row. */
  readonly labels: readonly string[];
  /** Whether a row has an error or repeats the header: the grid then ends in an Error column, which says so. */
  readonly errors: boolean;
  readonly rows: number;
  readonly blank: number;
  /** Records read, empty lines included: pass 2 meeting another number is reading another file (`ofPass1`). */
  readonly records: number;
  readonly settings: Settings;
}

/**
 * Pass 1: the file as the reader understands it, and what the grid's header needs (the fields
 * read, whether a row has an error), each row read and let go; pass 2 writes the rows. A file
 * taken as UTF-8 that is not is read again in the encoding its bytes show. Both passes read the file
 * as it was opened, or stop (FileChanged): a row pass 1 never saw would miss the grid's columns.
 */
export async function understandFile(path: string, settings: Settings, named?: EncodingName): Promise<Understood> {
  return withFallback(await openInput(path, named), async (file) => {
    const top: string[][] = [];
    let understanding: Understanding | undefined;
    const labels = new Set<string>();
    let errors = false;
    let rows = 0;
    let blank = 0;
    const notes = new NoteLines();
    let last = -1;
    const see = (index: number, record: readonly string[], u: Understanding) => {
      if (index <= u.headerRow || record.length === 0) return;
      // Empty lines passed over since the last row are blank rows, as the plan counts them.
      const gap = index - (last >= 0 ? last : u.headerRow) - 1;
      const afterGap = gap > 0;
      rows += gap;
      blank += gap;
      last = index;
      const r = readRow(index + 1, record, u.map, settings, notes, afterGap, (pairs) => pairs);
      rows++;
      if (r.blank) blank++;
      if (r.error !== undefined || r.headerAgain || r.note) errors = true;
      for (const [label] of r.values ?? []) labels.add(label);
    };
    const decide = () => {
      const u = understandTop(top, settings, file.delimiter);
      top.forEach((record, j) => see(j, record, u));
      return u;
    };
    let index = 0;
    await fileStep(() =>
      readCsv(
        file,
        (r) => {
          const i = index++;
          if (understanding) return see(i, r.cells(), understanding);
          top.push(r.cells());
          if (top.length === TOP_ROWS) understanding = decide();
        },
        { asOpened: true },
      ),
    );
    understanding ??= decide();
    const verified = { ...file, encoding: { ...file.encoding, verified: true } };
    return { understanding, file: verified, labels: [...labels], errors, rows, blank, records: index, settings };
  });
}

/** Pass 2: each row under the header as read, in order, with nothing kept between them; FileChanged when the file is not the one pass 1 read. */
export async function eachRowRead(u: Understood, onRow: (row: RowRead) => void, afterChunk?: () => Promise<void> | undefined): Promise<void> {
  const { headerRow, map } = u.understanding;
  const notes = new NoteLines();
  let last = headerRow;
  await ofPass1(
    u,
    (r, i) => {
      if (i <= headerRow || r.count === 0) return;
      onRow(rowRead(i + 1, r.cells(), map, u.settings, notes, i > last + 1));
      last = i;
    },
    { afterChunk },
  );
}

/** The name columns of a row (Name, First Name, Last Name) as written; Name from the other two, as a row read gets it, when there is none. */
function namesWritten(record: readonly string[], map: ColumnMap): Array<[string, string]> {
  const names = map.columns.filter((c) => NAME_KEYS.has(c.field.key)).map((c): [string, string] => [c.field.label, (record[c.index] ?? '').trim()]);
  const [first, last] = [columnOf(map, 'firstName'), columnOf(map, 'lastName')];
  if (!columnOf(map, 'name') && (first || last)) names.unshift(['Name', fullName(first && record[first.index]?.trim(), last && record[last.index]?.trim())]);
  return names;
}

/** What the grid says of a line of text (one cell after an empty row), which the plan passes over. */
const LINE_OF_TEXT = '(a line of text, not a prospect: not planned)';

/** What the grid says of a row that repeats the header: the plan leaves it blank and plans nothing. */
const HEADER_AGAIN = '(the header row again: not a prospect, not planned)';

/** The grid's header: Row, one column a field read, and Error when any row has one. */
function gridHeader(u: Understood): string[] {
  return ['Row', ...u.labels, ...(u.errors ? ['Error'] : [])];
}

/** A row of the grid, under gridHeader. */
function gridRow(r: RowRead, u: Understood): string[] {
  const note = r.blank ? '(blank row)' : r.headerAgain ? HEADER_AGAIN : r.note ? LINE_OF_TEXT : '';
  return [String(r.row), ...u.labels.map((l) => r.values?.[l] ?? ''), ...(u.errors ? [r.error ?? note] : [])];
}

/** A row as a JSON line: its number, the values read, its error, or that it is blank or the header again. */
function jsonRow(r: RowRead): string {
  const what = {
    ...(r.error ? { error: r.error } : {}),
    ...(r.blank ? { blank: true } : {}),
    ...(r.headerAgain ? { headerAgain: true } : {}),
    ...(r.note ? { note: true } : {}),
  };
  return `${JSON.stringify({ row: r.row, ...(r.values ?? {}), ...what })}\n`;
}

async function inspect(ctx: CommandContext): Promise<number> {
  const { io, leftovers } = ctx;
  const args = await parseCommand(ctx, { 'date-order': { type: 'string' } });
  if (args.help) return (void io.stdout.write(help()), 0);
  if (typeof args.values['date-order'] === 'string') args.pairs.push(['Date Order', args.values['date-order']]);
  const settings = settingsOf(args, io);
  refuseOverInput(args.output, '-o', 'what was understood', args.input, io);
  refuseStdoutOverInput(args.output, args.input, io, false);
  // Read as every command reads its input: a file as it is, stdin or a pipe copied first.
  const { path, shown } = await seekableInput(args.input, io, leftovers);
  const out = await openOutput(args.output, io, leftovers);
  let u: Understood;
  try {
    u = await understandFile(path, settings, args.encoding);
  } catch (e) {
    throw describeCsvError(e, shown);
  }
  const { understanding, file } = u;
  const lines = [...encodingLines(file, false), ...understandingLines(understanding)];
  if (args.format === 'table') {
    // A table's widths need every row: it is made whole (it is for reading, not for a program).
    await tableReady();
    const grid = [gridHeader(u)];
    try {
      await eachRowRead(u, (r) => grid.push(gridRow(r, u)));
    } catch (e) {
      throw describeCsvError(e, shown);
    }
    // Read twice: a file saved over it meanwhile is read on as it was, and is no longer the file shown.
    if (changedSince(file)) throw changedError(shown);
    out.stream.write(`${lines.map(visible).join('\n')}\n\n${formatTable(grid, out.isStdout ? io.stdout.columns : undefined)}`);
  } else {
    // CSV and JSON are written a row at a time: a file of millions of rows is never held whole.
    try {
      const writer = new CsvWriter(out.stream, 'utf8');
      const d = reportDelimiter(file.delimiter, args.output);
      if (args.format === 'csv') writer.write(`${out.isFile ? REPORT_BOM : ''}${reportCsvLine(gridHeader(u), d)}`);
      await eachRowRead(
        u,
        (r) => writer.write(args.format === 'json' ? jsonRow(r) : reportCsvLine(gridRow(r, u), d)),
        () => writer.drained(),
      );
      await writer.end();
    } catch (e) {
      // A failed write is the output's fault (a full disk), told as such; rows go out on stdout as they are read.
      throw describeWritingError(e, shown, out);
    }
    if (changedSince(file)) throw changedError(shown, out.isStdout ? 'all' : 'nothing');
  }
  await out.commit();
  // What was understood goes beside the rows of a CSV or JSON, on stderr; a table shows it above them.
  if (args.format !== 'table' && !args.quiet) io.stderr.write(`${lines.map(visible).join('\n')}\n`);
  const empty = noRowsNote({ rows: u.rows, blank: u.blank }, understanding.headerRow, shown);
  if (empty !== undefined && !args.quiet) io.stderr.write(`${empty}\n`);
  return 0;
}

/** Written out only when --help asks for it. */
const help = () => `Usage: ${NAME} inspect IN.csv [--format table|csv|json] [--date-order auto|month-first|day-first] [-o FILE]

Shows what was understood of IN.csv, planning nothing: the header row, each column's field or
why it is not used, how slash dates are read, and per row the values read or the row's error,
each row numbered as a spreadsheet numbers it (the header is row 1, as in '${NAME} done --rows').
--format json writes one JSON object a row (what was understood goes to stderr).

${commonHelp()}`;

export const command: Command = {
  about: 'what was understood: each column and why not used, each row as read',
  usage: 'IN.csv [--format table|csv|json] [-o FILE]',
  run: inspect,
};
