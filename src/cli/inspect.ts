/**
 * `prospect-channels inspect IN.csv [--format table|csv|json]` (SPEC 1a, 7): what the reader
 * understood of a file. Each column's field, or why it is not used; how slash dates are read; and
 * per row the values read, or the row's error. Nothing is planned, and the input is never written.
 */
import {
  type ColumnMap,
  NAME_KEYS,
  RowError,
  type Settings,
  type Understanding,
  fullName,
  readProspect,
  understandingLines,
  valuesRead,
} from '../core/index.js';
import { commonHelp, type Command, type CommandContext, NAME, parseCommand, settingsOf } from './common.js';
import { openOutput, refuseOverInput, seekableInput } from './files.js';
import { type CsvFile, encodingLines, openInput, readRecords, understandTop } from './passes.js';
import { describeCsvError, noRowsNote } from './plan.js';
import { formatTable, reportCsv, tableReady, visible } from './table.js';

/** One data row as read: its values by field, its error, or blank. */
export interface RowRead {
  /** Its row as a spreadsheet numbers it, as every command does: records from the file's top, the first 1 (SPEC 9). */
  readonly row: number;
  readonly values?: Readonly<Record<string, string>>;
  readonly error?: string;
  readonly blank?: true;
}

/** The rows under the header as read, each with its row number; empty lines are not rows (but keep their numbers). */
export function readRows(records: readonly (readonly string[])[], u: Understanding): RowRead[] {
  const rows: RowRead[] = [];
  for (let i = u.headerRow + 1; i < records.length; i++) {
    const record = records[i] as readonly string[];
    if (record.length > 0) rows.push(rowRead(i + 1, record, u.map));
  }
  return rows;
}

function rowRead(row: number, record: readonly string[], map: ColumnMap): RowRead {
  const p = readProspect(record, map);
  if (p === 'blank') return { row, blank: true };
  // A row in error is still someone: its name columns as written, beside the error.
  if (p instanceof RowError) return { row, values: Object.fromEntries(namesWritten(record, map)), error: p.text };
  return { row, values: Object.fromEntries(valuesRead(p, map)) };
}

/** The file as the reader understands it, and its rows as read. */
export async function inspectFile(path: string, settings: Settings): Promise<{ understanding: Understanding; rows: RowRead[]; file: CsvFile }> {
  const { records, file } = await readRecords(await openInput(path));
  const understanding = understandTop(records.slice(0, 110), settings);
  return { understanding, rows: readRows(records, understanding), file };
}

/** The name columns of a row (Name, First Name, Last Name) as written; Name from the other two, as a row read gets it, when there is none. */
function namesWritten(record: readonly string[], map: ColumnMap): Array<[string, string]> {
  const names = map.columns.filter((c) => NAME_KEYS.has(c.field.key)).map((c): [string, string] => [c.field.label, (record[c.index] ?? '').trim()]);
  const cell = (key: string) => map.columns.find((c) => c.field.key === key);
  const [first, last] = [cell('firstName'), cell('lastName')];
  if (!cell('name') && (first || last)) names.unshift(['Name', fullName(first && record[first.index]?.trim(), last && record[last.index]?.trim())]);
  return names;
}

/** The rows as a grid: Row, one column a field read, and Error when any row has one. */
function grid(rows: readonly RowRead[]): string[][] {
  const labels = [...new Set(rows.flatMap((r) => Object.keys(r.values ?? {})))];
  const errors = rows.some((r) => r.error !== undefined);
  const header = ['Row', ...labels, ...(errors ? ['Error'] : [])];
  return [
    header,
    ...rows.map((r) => [String(r.row), ...labels.map((l) => r.values?.[l] ?? ''), ...(errors ? [r.error ?? (r.blank ? '(blank row)' : '')] : [])]),
  ];
}

async function inspect(ctx: CommandContext): Promise<number> {
  const { io, leftovers } = ctx;
  const args = await parseCommand(ctx, { 'date-order': { type: 'string' } });
  if (args.help) return (void io.stdout.write(help()), 0);
  if (typeof args.values['date-order'] === 'string') args.pairs.push(['Date Order', args.values['date-order']]);
  const settings = settingsOf(args, io);
  refuseOverInput(args.output, '-o', 'what was understood', args.input, io);
  // Read as every command reads its input: a file as it is, stdin or a pipe copied first.
  const { path, shown } = await seekableInput(args.input, io, leftovers);
  const out = await openOutput(args.output, io, leftovers);
  let result: Awaited<ReturnType<typeof inspectFile>>;
  try {
    result = await inspectFile(path, settings);
  } catch (e) {
    throw describeCsvError(e, shown);
  }
  const { understanding, rows, file } = result;
  const lines = [...encodingLines(file, false), ...understandingLines(understanding)];
  let text: string;
  if (args.format === 'json') {
    text = rows
      .map((r) => `${JSON.stringify({ row: r.row, ...(r.values ?? {}), ...(r.error ? { error: r.error } : {}), ...(r.blank ? { blank: true } : {}) })}\n`)
      .join('');
  } else if (args.format === 'csv') text = reportCsv(grid(rows), file.delimiter);
  else {
    await tableReady();
    text = `${lines.map(visible).join('\n')}\n\n${formatTable(grid(rows), out.isStdout ? io.stdout.columns : undefined)}`;
  }
  out.stream.write(text);
  await out.commit();
  // What was understood goes beside the rows of a CSV or JSON, on stderr; a table shows it above them.
  if (args.format !== 'table' && !args.quiet) io.stderr.write(`${lines.join('\n')}\n`);
  const empty = noRowsNote({ rows: rows.length, blank: rows.filter((r) => r.blank).length }, understanding.headerRow, shown);
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
