/**
 * The command line's two passes over a CSV file. Pass 1 reads every row into the core's planner
 * (a few numbers a row); pass 2 reads the file again and writes each
 * row with its planned outputs. On a large file pass 2 is split at a row boundary: a worker thread
 * writes the second half while this thread writes the first, on the machine's second core.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { type Options as ParseOptions, parse } from 'csv-parse';
import {
  type ColumnMap,
  ListPlanner,
  OUTPUT_COLUMNS,
  type PlanSnapshot,
  Problem,
  type Settings,
  isErrorOutcome,
  mapColumns,
  outputText,
  readProspect,
} from '../core/index.js';

export interface TableLayout {
  nameAt: number;
  nameWidth: number;
}

/** A failure in the file itself (not a bug): the CLI prints it as one line. */
export class FileProblem extends Error {}

const PARSE: ParseOptions = { bom: true, relax_column_count: true, skip_empty_lines: true, relax_quotes: false };
/** Output goes out in chunks of this many characters, not a write per row. */
const WRITE_CHUNK = 1 << 16;

/** Turns a header record into the column map, or a clear error for the whole file. */
export function headerMap(header: readonly string[], settings: Settings): ColumnMap {
  const map = mapColumns(header, settings.columns);
  if (map instanceof Problem) throw new FileProblem(map.message);
  return map;
}

export interface Planned {
  readonly planner: ListPlanner;
  readonly header: string[];
  readonly layout: TableLayout;
  readonly rows: number;
}

export async function planPass(path: string, delimiter: string, settings: Settings, tick: (n: number) => void): Promise<Planned> {
  const planner = new ListPlanner(settings);
  let map: ColumnMap | undefined;
  let header: string[] | undefined;
  let n = 0;
  const layout: TableLayout = { nameAt: -1, nameWidth: 4 };
  for await (const record of createReadStream(path).pipe(parse({ ...PARSE, delimiter })) as AsyncIterable<string[]>) {
    if (!map) {
      header = record;
      map = headerMap(record, settings);
      const name = map.columns.find((c) => c.field.key === 'name');
      layout.nameAt = name ? name.index : 0;
      continue;
    }
    planner.add(n, readProspect(record, map));
    layout.nameWidth = Math.max(layout.nameWidth, Math.min(28, (record[layout.nameAt] ?? '').length));
    tick(++n);
  }
  if (!header) throw new FileProblem('the file is empty: expected a header row');
  return { planner, header, layout, rows: n };
}

/**
 * One CSV cell, quoted only when it must be (RFC 4180). Parsing is csv-parse's; writing is this
 * one rule, because the writing pass copies each input record as it was and only appends five
 * cells of ours: re-writing every input cell through a stringifier was most of the run's time.
 */
export function csvCell(value: string, delimiter: string): string {
  if (value.includes('"')) return `"${value.replaceAll('"', '""')}"`;
  return value.includes(delimiter) || value.includes('\n') || value.includes('\r') ? `"${value}"` : value;
}

/** A record's own text without the line breaks csv-parse leaves around it (CRLF, skipped blank lines). */
function stripLineBreaks(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && (raw.charCodeAt(start) === 10 || raw.charCodeAt(start) === 13)) start++;
  while (end > start && (raw.charCodeAt(end - 1) === 10 || raw.charCodeAt(end - 1) === 13)) end--;
  return raw.slice(start, end);
}

/** The input record, padded to the header's width, with our five cells in place or appended. */
function withOutputs(record: readonly string[], map: ColumnMap, ours: readonly string[]): string[] {
  const cells = record.slice();
  while (cells.length < map.width) cells.push('');
  if (map.outputAt >= 0) cells.splice(map.outputAt, OUTPUT_COLUMNS.length, ...ours);
  else cells.splice(map.width, 0, ...ours);
  return cells;
}

/** One output line: the input record as it was plus our cells, or, where cells move, the whole row re-quoted. */
function csvLine(record: string[], raw: string, map: ColumnMap, ours: readonly string[], delimiter: string): string {
  const tail = ours.map((c) => csvCell(c, delimiter)).join(delimiter);
  if (map.outputAt < 0 && record.length <= map.width) {
    return `${stripLineBreaks(raw)}${delimiter.repeat(map.width - record.length)}${delimiter}${tail}\n`;
  }
  return `${withOutputs(record, map, ours)
    .map((c) => csvCell(c, delimiter))
    .join(delimiter)}\n`;
}

export function tableLine(cells: readonly string[], nameWidth: number): string {
  const [num, name, channel, day, date, cost, reason] = cells as [string, string, string, string, string, string, string];
  const cut = name.length > nameWidth ? `${name.slice(0, nameWidth - 1)}…` : name;
  return `${num.padStart(5)}  ${cut.padEnd(nameWidth)}  ${channel.padEnd(14)}  ${day.padStart(3)}  ${date.padEnd(10)}  ${cost.padStart(6)}  ${reason}\n`;
}

/** A stretch of the file for pass 2 to write: plain data, so a worker thread can take it. */
export interface WriteJob {
  readonly path: string;
  readonly delimiter: string;
  readonly format: 'csv' | 'table';
  readonly header: string[];
  readonly layout: TableLayout;
  /** Byte offsets to read, end inclusive (createReadStream's convention); no end: to the end. */
  readonly start: number;
  readonly end?: number;
  /** The first record read is the header row. */
  readonly withHeader: boolean;
  /** Index of the first data row read. */
  readonly firstRow: number;
}

/** Pass 2 over one stretch of the file; returns how many data rows it wrote. */
export async function writeRows(job: WriteJob, planner: ListPlanner, out: NodeJS.WritableStream, tick: (n: number) => void): Promise<number> {
  const map = headerMap(job.header, planner.settings);
  const { delimiter, layout, format } = job;
  let buffer = '';
  const write = async (text: string) => {
    buffer += text;
    if (buffer.length < WRITE_CHUNK) return;
    const chunk = buffer;
    buffer = '';
    if (!out.write(chunk)) await once(out, 'drain');
  };
  if (job.withHeader && format === 'table') await write(tableLine(['#', 'Name', 'Channel', 'Day', 'Date', 'Cost', 'Reason'], layout.nameWidth));
  let headerPending = job.withHeader;
  let n = job.firstRow;
  const input = createReadStream(job.path, { start: job.start, end: job.end });
  for await (const { record, raw } of input.pipe(parse({ ...PARSE, delimiter, raw: true, bom: job.start === 0 })) as AsyncIterable<{
    record: string[];
    raw: string;
  }>) {
    if (headerPending) {
      headerPending = false;
      if (format === 'csv') await write(csvLine(record, raw, map, OUTPUT_COLUMNS, delimiter));
      continue;
    }
    const outcome = planner.outcome(n, readProspect(record, map));
    const ours = outputText(outcome);
    n++;
    if (format === 'csv') await write(csvLine(record, raw, map, ours, delimiter));
    else {
      const isError = isErrorOutcome(outcome);
      await write(
        tableLine(
          [String(n), record[layout.nameAt] ?? '', isError ? 'ERROR' : ours[0], ours[1], ours[2], ours[3], isError ? ours[0].slice(7) : ours[4]],
          layout.nameWidth,
        ),
      );
    }
    tick(n - job.firstRow);
  }
  if (buffer && !out.write(buffer)) await once(out, 'drain');
  return n - job.firstRow;
}

/** What the worker thread gets: its stretch of the file, the plan, and the file to write. */
export interface WorkerTask {
  readonly role: 'write-rows';
  readonly job: WriteJob;
  readonly snapshot: PlanSnapshot;
  readonly outPath: string;
}

/** The worker's side: writes its stretch to `outPath` and reports progress and the end. */
export async function runWorkerTask(task: WorkerTask, post: (message: { progress?: number; done?: number }) => void): Promise<void> {
  const planner = ListPlanner.restore(task.snapshot);
  const out = createWriteStream(task.outPath);
  const rows = await writeRows(task.job, planner, out, (n) => {
    if (n % 50_000 === 0) post({ progress: n });
  });
  out.end();
  await once(out, 'close');
  post({ done: rows });
}

/**
 * Pass 2 on two cores: the rows from the split point (findSplit) on are written by a worker
 * thread (the same script, `workerUrl`) into `partPath`, while this thread writes the rows before
 * it; then the worker's part is appended. Lines are the same as one pass would write.
 */
export async function writeSplit(
  job: WriteJob,
  planned: Planned,
  split: [number, number],
  workerUrl: URL,
  partPath: string,
  out: NodeJS.WritableStream,
  tick: (n: number) => void,
): Promise<void> {
  const [row, byte] = split;
  const task: WorkerTask = {
    role: 'write-rows',
    job: { ...job, start: byte, end: undefined, withHeader: false, firstRow: row },
    snapshot: planned.planner.snapshot(),
    outPath: partPath,
  };
  const worker = new Worker(workerUrl, { workerData: task });
  let theirs = 0;
  let theirsDone = 0;
  let mine = 0;
  const finished = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: { progress?: number; done?: number }) => {
      if (m.progress !== undefined) tick(mine + (theirs = m.progress));
      if (m.done !== undefined) {
        theirsDone = m.done;
        resolve();
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the writing worker stopped (exit ${code})`))));
  });
  let written = 0;
  try {
    written = await writeRows({ ...job, start: 0, end: byte - 1 }, planned.planner, out, (n) => tick((mine = n) + theirs));
    await finished;
  } catch (e) {
    await worker.terminate();
    throw e;
  }
  if (written !== row || row + theirsDone !== planned.rows) {
    throw new Error(`the two halves of pass 2 wrote ${written} + ${theirsDone} rows, pass 1 read ${planned.rows} (split at row ${row})`);
  }
  for await (const chunk of createReadStream(partPath)) if (!out.write(chunk)) await once(out, 'drain');
}

/**
 * Where to split pass 2: [data row index, byte offset where that row starts], near the middle of
 * the file, or undefined. In valid CSV (pass 1 has parsed it, quotes strict) a line feed ends a
 * record exactly when an even number of quote characters came before it, doubled quotes
 * included; lines with nothing on them are skipped, as csv-parse skips them. One quick scan of
 * the first half of the bytes, no parsing.
 */
export async function findSplit(path: string, size: number): Promise<[number, number] | undefined> {
  const middle = Math.floor(size / 2);
  let offset = 0;
  let inQuotes = false;
  let lineHasText = false;
  let records = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (b === 34) {
        inQuotes = !inQuotes;
        lineHasText = true;
      } else if (b === 10) {
        if (inQuotes) continue;
        if (lineHasText) records++;
        lineHasText = false;
        if (offset + i + 1 >= middle) return records > 1 ? [records - 1, offset + i + 1] : undefined;
      } else if (b !== 13) lineHasText = true;
    }
    offset += bytes.length;
  }
  return undefined;
}
