/**
 * The command line's two passes over a CSV file. Pass 1 finds the header row, reads every row
 * into the core's planner (a few numbers a row) and settles the file's encoding; pass 2 reads the
 * file again and writes each record as it came, with the planned outputs spliced in. Lines above
 * the header and empty lines go out unchanged; every user cell comes back byte for byte.
 */
import { type ColumnMap, ListPlanner, OUTPUT_COLUMNS, Problem, type Settings, mapColumns, outputText, readProspect } from '../core/index.js';
import { CsvError, type CsvRecord, csvCell } from './csv.js';
import { FALLBACK, NotUtf8 } from './csv-encoding.js';
import { type CsvFile, CsvWriter, openCsv, readCsv } from './csv-file.js';

export type { CsvFile } from './csv-file.js';
export { csvCell } from './csv.js';

export interface TableLayout {
  nameAt: number;
  nameWidth: number;
}

/** A failure in the file itself (not a bug): the CLI prints it as one line. */
export class FileProblem extends Error {}

/** The header is looked for in this many first non-empty rows (SPEC 1a). */
const HEADER_SEARCH_ROWS = 10;
/** Rows held before deciding the header: the search rows and a sample of the rows after them. */
const TOP_ROWS = HEADER_SEARCH_ROWS + 100;

/** The file's encoding and delimiter, or a clear error when it is not text. */
export async function openInput(path: string): Promise<CsvFile> {
  const { file, head } = await openCsv(path);
  if (head.includes('\u0000')) throw new FileProblem('not a CSV file (binary content)');
  return file;
}

/** Excel's `sep=;` line: a directive, not a row of the list. */
const isSepLine = (cells: readonly string[]) => cells.length <= 2 && /^sep=.?$/i.test(cells.join(''));

/**
 * The header row among the first rows of the file: the first of the first ten non-empty rows
 * with a recognised column, or the first row's problem (`top[i]` is [] for an empty line).
 */
export function findHeader(top: readonly (readonly string[])[], settings: Settings): { at: number; map: ColumnMap } {
  let first: Problem | undefined;
  let seen = 0;
  for (let at = 0; at < top.length && seen < HEADER_SEARCH_ROWS; at++) {
    const row = top[at] as readonly string[];
    if (row.length === 0 || isSepLine(row)) continue;
    seen++;
    const map = mapColumns(row, settings.columns);
    if (!(map instanceof Problem)) return { at, map };
    first ??= map;
  }
  throw new FileProblem(first ? first.message : 'the file is empty: expected a header row');
}

export interface Planned {
  readonly planner: ListPlanner;
  readonly file: CsvFile;
  /** Index of the header among the file's records (empty lines included). */
  readonly headerAt: number;
  readonly header: readonly string[];
  readonly map: ColumnMap;
  readonly layout: TableLayout;
  readonly rows: number;
}

/** Pass 1. A file taken as UTF-8 that is not is read again as Windows-1252. */
export async function planPass(file: CsvFile, settings: Settings, tick: (n: number) => void): Promise<Planned> {
  try {
    return await planOnce(file, settings, tick);
  } catch (e) {
    if (e instanceof NotUtf8) return await planOnce({ ...file, encoding: FALLBACK }, settings, tick);
    throw e;
  }
}

async function planOnce(file: CsvFile, settings: Settings, tick: (n: number) => void): Promise<Planned> {
  const planner = new ListPlanner(settings);
  const top: string[][] = [];
  let found: { at: number; map: ColumnMap } | undefined;
  let n = 0;
  const layout: TableLayout = { nameAt: 0, nameWidth: 4 };
  const add = (cells: readonly string[], map: ColumnMap) => {
    planner.add(n, readProspect(cells, map));
    layout.nameWidth = Math.max(layout.nameWidth, Math.min(28, (cells[layout.nameAt] ?? '').length));
    tick(++n);
  };
  const decide = () => {
    found = findHeader(top, settings);
    const name = found.map.columns.find((c) => c.field.key === 'name');
    layout.nameAt = name ? name.index : 0;
    for (const cells of top.slice(found.at + 1)) if (cells.length > 0) add(cells, found.map);
  };
  await fileStep(() =>
    readCsv(file, (r) => {
      if (found) {
        if (r.count > 0) add(r.cells(), found.map);
        return;
      }
      top.push(r.cells());
      if (top.length === TOP_ROWS) decide();
    }),
  );
  if (!found) decide();
  const { at, map } = found as unknown as { at: number; map: ColumnMap };
  return { planner, file, headerAt: at, header: top[at] as string[], map, layout, rows: n };
}

/** The engine's faults in the file's text as the CLI's one-line problems. */
async function fileStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof CsvError) throw new FileProblem(`not valid CSV: ${e.message}`);
    throw e;
  }
}

export function tableLine(cells: readonly string[], nameWidth: number): string {
  const [num, name, channel, day, date, cost, reason] = cells as [string, string, string, string, string, string, string];
  const cut = name.length > nameWidth ? `${name.slice(0, nameWidth - 1)}…` : name;
  return `${num.padStart(5)}  ${cut.padEnd(nameWidth)}  ${channel.padEnd(14)}  ${day.padStart(3)}  ${date.padEnd(10)}  ${cost.padStart(6)}  ${reason}\n`;
}

const TERMINAL = { name: 'utf-8', bom: Buffer.alloc(0) } as const;

/**
 * Pass 2: every record again, in order. As CSV, in the file's encoding, BOM, delimiter and line
 * breaks: our five cells go after the header's last column (or over our block from an earlier
 * run), the user's cells around them untouched. As a table, one line a prospect.
 */
export async function writeRows(planned: Planned, format: 'csv' | 'table', out: NodeJS.WritableStream, tick: (n: number) => void): Promise<number> {
  const { file, map, headerAt, planner, layout } = planned;
  const d = file.delimiter;
  const writer = new CsvWriter(out, format === 'csv' ? file.encoding : TERMINAL, format === 'csv');
  const at = map.outputAt >= 0 ? map.outputAt : map.width;
  const replace = map.outputAt >= 0 ? OUTPUT_COLUMNS.length : 0;
  const block = (cells: readonly string[]) => cells.map((c) => csvCell(c, d)).join(d);
  if (format === 'table') writer.write(tableLine(['#', 'Name', 'Channel', 'Day', 'Date', 'Cost', 'Reason'], layout.nameWidth));
  let index = 0;
  let n = 0;
  const row = (r: CsvRecord) => {
    const i = index++;
    if (i < headerAt || r.count === 0) {
      if (format === 'csv') writer.write(r.raw() + r.eol);
      return;
    }
    if (i === headerAt) {
      if (format === 'csv') writer.write(r.withBlock(at, replace, block(OUTPUT_COLUMNS), d) + r.eol);
      return;
    }
    const cells = r.cells();
    const ours = outputText(planner.outcome(n, readProspect(cells, map)));
    n++;
    if (format === 'csv') writer.write(r.withBlock(at, replace, block(ours), d) + r.eol);
    else {
      const isError = ours[0].startsWith('ERROR');
      writer.write(
        tableLine(
          [String(n), cells[layout.nameAt] ?? '', isError ? 'ERROR' : ours[0], ours[1], ours[2], ours[3], isError ? ours[0].slice(7) : ours[4]],
          layout.nameWidth,
        ),
      );
    }
    tick(n);
  };
  await fileStep(() => readCsv(file, row, () => writer.drained()));
  await writer.end();
  return n;
}
