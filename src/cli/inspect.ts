/**
 * `prospect-channels inspect IN.csv [--format table|csv|json]` (SPEC 1a, 7): what the reader
 * understood of a file. Each column's field, or why it is not used; how slash dates are read; and
 * per row the values read, or the row's error. Nothing is planned and nothing is written.
 */
import { type ColumnMap, RowError, type Settings, type Understanding, readProspect, understandingLines, valuesRead } from '../core/index.js';
import { commonHelp, type Command, type CommandContext, NAME, parseCommand, settingsOf } from './common.js';
import { csvCell } from './csv.js';
import { FALLBACK, NotUtf8 } from './csv-encoding.js';
import { readCsv } from './csv-file.js';
import { type CsvFile, openInput, understandTop } from './passes.js';
import { describeCsvError } from './plan.js';
import { formatTable, tableReady, visible } from './table.js';

/** One data row as read: its values by field, its error, or blank. */
export interface RowRead {
  /** 1 = the first row under the header. */
  readonly row: number;
  readonly values?: Readonly<Record<string, string>>;
  readonly error?: string;
  readonly blank?: true;
}

/** Every record of the file, empty lines included (as the plan counts them). */
export async function readRecords(file: CsvFile): Promise<string[][]> {
  const once = async (f: CsvFile) => {
    const records: string[][] = [];
    await readCsv(f, (r) => records.push(r.cells()));
    return records;
  };
  try {
    return await once(file);
  } catch (e) {
    if (e instanceof NotUtf8) return await once({ ...file, encoding: FALLBACK });
    throw e;
  }
}

/** The rows under the header as read; empty lines are not rows. */
export function readRows(records: readonly (readonly string[])[], u: Understanding): RowRead[] {
  return records
    .slice(u.headerRow + 1)
    .filter((r) => r.length > 0)
    .map((record, i) => rowRead(i + 1, record, u.map));
}

function rowRead(row: number, record: readonly string[], map: ColumnMap): RowRead {
  const p = readProspect(record, map);
  if (p === 'blank') return { row, blank: true };
  if (p instanceof RowError) return { row, error: p.text };
  return { row, values: Object.fromEntries(valuesRead(p, map)) };
}

/** The file as the reader understands it, and its rows as read. */
export async function inspectFile(path: string, settings: Settings): Promise<{ understanding: Understanding; rows: RowRead[] }> {
  const records = await readRecords(await openInput(path));
  const understanding = understandTop(records.slice(0, 110), settings);
  return { understanding, rows: readRows(records, understanding) };
}

/** The rows as a grid: #, one column a field read, and Error when any row has one. */
function grid(rows: readonly RowRead[]): string[][] {
  const labels = [...new Set(rows.flatMap((r) => Object.keys(r.values ?? {})))];
  const errors = rows.some((r) => r.error !== undefined);
  const header = ['#', ...labels, ...(errors ? ['Error'] : [])];
  return [
    header,
    ...rows.map((r) => [String(r.row), ...labels.map((l) => r.values?.[l] ?? ''), ...(errors ? [r.error ?? (r.blank ? '(blank row)' : '')] : [])]),
  ];
}

async function inspect(ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const args = await parseCommand(ctx, { 'date-order': { type: 'string' } });
  if (args.help) return (void io.stdout.write(help()), 0);
  if (typeof args.values['date-order'] === 'string') args.pairs.push(['Date Order', args.values['date-order']]);
  const settings = settingsOf(args, io);
  let result: Awaited<ReturnType<typeof inspectFile>>;
  try {
    result = await inspectFile(args.input, settings);
  } catch (e) {
    throw describeCsvError(e, args.input);
  }
  const { understanding, rows } = result;
  const lines = understandingLines(understanding);
  if (args.format === 'json') {
    for (const r of rows)
      io.stdout.write(`${JSON.stringify({ row: r.row, ...(r.values ?? {}), ...(r.error ? { error: r.error } : {}), ...(r.blank ? { blank: true } : {}) })}\n`);
    if (!args.quiet) io.stderr.write(`${lines.join('\n')}\n`);
  } else if (args.format === 'csv') {
    for (const r of grid(rows)) io.stdout.write(`${r.map((c) => csvCell(c, ',')).join(',')}\n`);
    if (!args.quiet) io.stderr.write(`${lines.join('\n')}\n`);
  } else {
    await tableReady();
    io.stdout.write(`${lines.map(visible).join('\n')}\n\n${formatTable(grid(rows), io.stdout.columns)}`);
  }
  return 0;
}

/** Written out only when --help asks for it. */
const help = () => `Usage: ${NAME} inspect IN.csv [--format table|csv|json] [--date-order auto|month-first|day-first]

Shows what was understood of IN.csv, planning nothing: the header row, each column's field or
why it is not used, how slash dates are read, and per row the values read or the row's error.
--format json writes one JSON object a row (what was understood goes to stderr).

${commonHelp()}`;

export const command: Command = {
  about: 'what was understood: each column and why not used, each row as read',
  usage: 'IN.csv [--format table|csv|json]',
  run: inspect,
};
