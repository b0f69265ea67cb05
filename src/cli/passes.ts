/**
 * The command line's two passes over a CSV file. Pass 1 finds the header row, reads every row
 * into the core's planner (a few numbers a row) and settles the file's encoding; pass 2 reads the
 * file again and writes each record as it came, with the planned outputs spliced in. Lines above
 * the header and empty lines go out unchanged; every user cell comes back byte for byte.
 */
import {
  type ColumnMap,
  type RowOutcome,
  HEADER_SEARCH_ROWS,
  type IgnoredMapping,
  headerBelow,
  isReportTotal,
  type Prospect,
  ListPlanner,
  OUTPUT_COLUMNS,
  Problem,
  RowError,
  SAMPLE_ROWS,
  type Settings,
  type Understanding,
  isErrorOutcome,
  mappingsMissing,
  nameColumns,
  outputText,
  readColumns,
  localDay,
  readProspect,
  understand,
} from '../core/index.js';
import type { Format } from './common.js';
import { CsvError, type CsvRecord, csvCell } from './csv.js';
import { ENCODING_NAMES, type EncodingName, binaryKind, engineCodec, firstZeroByte } from './csv-encoding.js';
import { type CsvFile, CsvWriter, FileChanged, type ReadOptions, openCsv, readCsv, withFallback } from './csv-file.js';
import { type JsonValue, type TableLayout, jsonKeys, jsonLine, tableLine, tableName, tableReady } from './table.js';
import { Column, bytes } from '../core/typed.js';

export { type CsvFile, FileChanged } from './csv-file.js';
export { csvCell } from './csv.js';

export type { TableLayout } from './table.js';

/** A failure in the file itself (not a bug): the CLI prints it as one line. */
export class FileProblem extends Error {}

/**
 * No header row found, and a `Column:` setting names a header the file's first rows lack: likely
 * why, and a settings problem. `below`: a header under the rows searched (`headerBelow`), the fix.
 */
export class UnmetMapping extends FileProblem {
  constructor(
    message: string,
    readonly mapping: IgnoredMapping,
    readonly below?: string,
  ) {
    super(message);
  }
}

/** Records held before deciding the header: the rows searched for it and the sample under it. */
export const TOP_ROWS = HEADER_SEARCH_ROWS + SAMPLE_ROWS;

const SAVE_AS_CSV = 'save it as CSV (in Excel: File > Save As > CSV UTF-8; in Google Sheets: File > Download > CSV)';

/** A JSON record's start, first in an array or a line of its own: `[{"Name":`, `{"Name":`. */
const JSON_RECORD = /^\[?\s*\{\s*"(?:[^"\\]|\\.)*"\s*:/;

/**
 * Whether a file's first characters are a list saved as JSON, which read as CSV gave a header of
 * JSON fragments: records (an array of them, or one a line), or a first line that is a JSON array
 * as a whole (`jq -c` writes a row so). A title above a CSV header (`[[DRAFT]] Q1 list`, `{"Q1"}
 * export`) is neither.
 */
function looksLikeJson(head: string): boolean {
  const text = head.trimStart();
  if (!text.startsWith('[') && !text.startsWith('{')) return false;
  if (JSON_RECORD.test(text)) return true;
  const end = text.search(/[\r\n]/);
  try {
    return Array.isArray(JSON.parse(end < 0 ? text : text.slice(0, end)));
  } catch {
    return false;
  }
}

/** The file's encoding and delimiter, or a clear error when it is not text (a workbook named as such) or is JSON. */
export async function openInput(path: string, named?: EncodingName): Promise<CsvFile> {
  const { file, head } = await openCsv(path, named);
  const kind = binaryKind(head);
  // A Numbers document is a zip file too: said by its name, with Numbers' own way to CSV.
  if (kind === 'zip' && /\.numbers$/i.test(path)) throw new FileProblem('not a CSV file: a Numbers document (.numbers): in Numbers, File > Export To > CSV');
  if (kind === 'zip') throw new FileProblem(`not a CSV file: an Excel workbook (.xlsx) or another zip file: ${SAVE_AS_CSV}`);
  if (kind === 'xls') throw new FileProblem(`not a CSV file: an Excel 97-2003 workbook (.xls): ${SAVE_AS_CSV}`);
  if (kind === 'binary') {
    const { line, byte } = firstZeroByte(head, file.encoding);
    throw new FileProblem(
      `not a CSV file (binary content: more zero or control bytes than text holds; the first zero byte is on line ${line}, byte ${byte}): if it is a prospect list, ${SAVE_AS_CSV}`,
    );
  }
  if (looksLikeJson(head)) throw new FileProblem('not a CSV file: JSON (records, not rows): export the list as CSV, a header row and then one row a prospect');
  return file;
}

/**
 * Every record of a file as cells, empty lines included (as the plan counts them), read as the
 * plan reads it: a UTF-8 file that is not UTF-8 is read again in the encoding its bytes show. The first `most`
 * are kept, the rest read and let go. With the file as it was read (its encoding then known), and
 * how many of all its records are not empty lines (`filled`).
 */
export async function readRecords(file: CsvFile, most = Number.POSITIVE_INFINITY): Promise<{ records: string[][]; file: CsvFile; filled: number }> {
  return withFallback(file, async (f) => {
    const records: string[][] = [];
    // Every record that is not an empty line, the ones past `most` too.
    let filled = 0;
    await fileStep(() =>
      readCsv(f, (r) => {
        if (r.count !== 0) filled++;
        if (records.length < most) records.push(r.cells());
      }),
    );
    return { records, file: f, filled };
  });
}

/** UTF-8's `é` (0xC3 0xA9) as the encoding a file was read in reads it: `Ã©` in Windows-1252, `Г©` in Windows-1251. */
const garbledE = (file: CsvFile): string => engineCodec(file.encoding).cellText?.('\u00c3\u00a9') ?? 'Ã©';

/** Why a file whose bytes are not UTF-8 was read in the encoding it was, beyond that. */
const TOLD_BY: Partial<Record<EncodingName, string>> = {
  macintosh: "its accented letters are Mac Roman's, as Excel for Mac's CSV writes them",
  'windows-1250': "its letters (ł, ą, ż...) are Windows-1250's, as Excel's CSV writes them in Central Europe",
  'windows-1251': "its words are Cyrillic in Windows-1251, as Excel's CSV writes them there",
  'windows-1253': "its words are Greek in Windows-1253, as Excel's CSV writes them there",
  'windows-1254': "its letters (ı, ş, ğ) are Windows-1254's, as Excel's CSV writes them in Turkey",
  shift_jis: "read as Shift_JIS it is Japanese, as Excel's CSV writes it in Japan",
};

/**
 * What was taken of the file where it was a guess or named (another encoding than UTF-8 is read
 * when its bytes are not UTF-8, or as --encoding says), or left out (the last byte of a UTF-16
 * file cut short).
 */
export function encodingLines(file: CsvFile, writtenBack: boolean): string[] {
  if (file.encoding.halfCharAtEnd)
    return [`File ends in half a UTF-16 character (an odd number of bytes: cut short?): its last byte is left out${writtenBack ? ' of the output' : ''}`];
  const back = writtenBack ? ', and written back in it' : '';
  const name = ENCODING_NAMES[file.encoding.name];
  if (file.encoding.named) return file.encoding.bom.length > 0 ? [] : [`File read as ${name}, as --encoding names it${back}`];
  if (file.encoding.name === 'utf-8' || file.encoding.name.startsWith('utf-16')) return [];
  const from = file.encoding.mixedFromLine;
  if (from === undefined) {
    if (file.encoding.sideBySide) {
      return [
        `File read as ${name}${back}, though most of its bytes over 127 stand side by side, as in Chinese or Korean, which it reads garbled: name the encoding with --encoding (gbk, big5, euc-kr...), or save it as CSV UTF-8`,
      ];
    }
    const told = TOLD_BY[file.encoding.name];
    // 1252, the common case, is the one a list in another code page that the bytes do not show is read as: how to name that one.
    const why = told === undefined ? 'its bytes are not UTF-8; a list in another code page is named with --encoding' : `its bytes are not UTF-8, and ${told}`;
    return [`File read as ${name} (${why})${back}`];
  }
  // UTF-8 up to a line another program appended in one byte a character: read either way, one part is garbled.
  return [
    `File read as ${name}${back}: it mixes two encodings, UTF-8 before line ${from} and ${name} from it, so its UTF-8 text reads garbled ('é' as '${garbledE(file)}'); save it again as one encoding (in Excel: CSV UTF-8)`,
  ];
}

const SEMICOLON_HINT = { order: 'day-first', why: 'the file is semicolon-separated, as Excel writes it where dates are day-first' } as const;

/** The machine's time zone by name (`America/Los_Angeles`), as the summary names it: its first `Intl` call costs about 12 ms. */
function machineZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The first records of the file (header search + value sample) as the core's reader understands them, or a clear error for the whole file. */
export function understandTop(top: readonly (readonly string[])[], settings: Settings, delimiter: string): Understanding {
  if (top.length === 0) throw new FileProblem('the file is empty: expected a header row');
  // Excel writes a semicolon CSV where the comma is the decimal mark: Europe and South America, where dates are day-first.
  // A timestamp that names its zone is read on the machine's day, as the as-of date is.
  const read = { ...settings, instantDay: localDay, instantZone: machineZone, ...(delimiter === ';' ? { slashOrderHint: SEMICOLON_HINT } : {}) };
  const u = understand(top, read);
  if (u instanceof Problem) {
    const missing = mappingsMissing(top.slice(0, HEADER_SEARCH_ROWS), settings)[0];
    throw missing ? new UnmetMapping(u.message, missing, headerBelow(top, settings)) : new FileProblem(u.message);
  }
  return u;
}

/**
 * Reads a record's prospect as readProspect reads its cells, making only the cells the map reads
 * (and `also`): a row of 25 columns has its dozen read ones sliced, not all 25. A row whose read
 * cells are all blank, or all but one, is read again whole, as only its other cells tell a blank
 * row from one with an unread value, and a row of one cell (`Prospect.lone`) from a fuller one.
 */
type ProspectReader = ReturnType<typeof prospectReader>;

/** A row read with no LinkedIn URL, email or phone: one the reader takes for a report's total when its first cell says so. */
function unaddressed(input: Prospect | RowError): boolean {
  if (input instanceof RowError) return input.known?.linkedinUrl === undefined && input.known?.email === undefined;
  return input.linkedinUrl === undefined && input.email === undefined && input.phone === undefined;
}

function prospectReader(map: ColumnMap, also: readonly number[] = []) {
  const indexes = [...new Set([...readColumns(map).map((c) => c.index), ...also])];
  // The first cell, which the reader looks at for a report's total row (`isReportTotal`), where it is not read.
  const firstUnread = !indexes.includes(0);
  const width = Math.max(0, ...indexes) + 1;
  const empty = new Array<string>(width).fill('');
  const reader = {
    /** The last record's cells that were read. */
    row: empty.slice(),
    read(r: CsvRecord): ReturnType<typeof readProspect> {
      // An array a record, not one reused: a reused one is soon in the old generation, and every
      // cell put in it then goes through the collector's remembered set (the command line on
      // 100,000 records: 6,807M instructions with one reused, 6,614M with one a record). Copied
      // from an empty row: `fill` on a new array runs in the engine's runtime, a copy does not.
      const row = empty.slice();
      reader.row = row;
      const input = readProspect(r.cellsAt(indexes, row), map);
      if (input === 'blank' || (!(input instanceof RowError) && input.lone === true)) return readProspect(r.cells(), map);
      return firstUnread && isReportTotal(r.cell(0)) && unaddressed(input) ? readProspect(r.cells(), map) : input;
    },
  };
  return reader;
}

/**
 * One bit a record (by index from the top of the file): a prospect row on one line with as many
 * cells as the header, so pass 2 writes it as its own bytes with our cells after them, and needs
 * neither its cells nor a second reading of it.
 */
class PlainRecords {
  private readonly bits = new Column(bytes);

  set(index: number): void {
    const k = index >>> 3;
    while (this.bits.length <= k) this.bits.push(0);
    this.bits.set(k, this.bits.get(k) | (1 << (index & 7)));
  }

  has(index: number): boolean {
    const k = index >>> 3;
    return k < this.bits.length && (this.bits.get(k) & (1 << (index & 7))) !== 0;
  }
}

export interface Planned {
  readonly planner: ListPlanner;
  readonly plain: PlainRecords;
  readonly file: CsvFile;
  /** What the reader understood of the first records: the header row (an index among the file's records, empty lines included), the column map. */
  readonly understanding: Understanding;
  readonly header: readonly string[];
  readonly layout: TableLayout;
  readonly rows: number;
  /** Records pass 1 read, empty lines included: pass 2 meeting another number is reading another file (`ofPass1`). */
  readonly records: number;
  /** Records (by index from the top of the file) that repeat the header row (`Prospect.repeatsHeader`): written back with our header cells. */
  readonly headersAgain: ReadonlySet<number>;
  /** Records a stray quote may have joined (`CsvRecord.strayQuote`): how many, and the first one's lines. */
  readonly strayQuotes: { readonly count: number; readonly line: number; readonly lastLine: number };
  /**
   * Pass 1's reader of prospects, which pass 2 reads its few unplanned rows with: a second reader
   * would hold its cells in an array of another shape, and the engine would drop the scanning
   * loop's compiled code, made for the first, and compile it again.
   */
  readonly reader: ProspectReader;
}

/** The summary's warning for records a stray quote may have joined, if any. */
export function strayQuoteWarning(planned: Planned): string | undefined {
  const { count, line, lastLine } = planned.strayQuotes;
  if (count === 0) return undefined;
  const more = count > 1 ? `; ${count - 1} more such ${count === 2 ? 'row' : 'rows'}` : '';
  return `lines ${line}-${lastLine} were read as one row (a quoted cell opens on line ${line} and text follows its closing quote on line ${lastLine}, as a spreadsheet reads it): check the quotes${more}`;
}

/** Pass 1. A file taken as UTF-8 that is not is read again in the encoding its bytes show (`fallbackFor`). */
export async function planPass(file: CsvFile, settings: Settings, tick: (n: number) => void): Promise<Planned> {
  return withFallback(file, (f) => planOnce(f, settings, tick));
}

async function planOnce(file: CsvFile, settings: Settings, tick: (n: number) => void): Promise<Planned> {
  const top: string[][] = [];
  let found: Understanding | undefined;
  // Rows are numbered as a spreadsheet numbers them: the header row, then its prospects.
  let planner = new ListPlanner(settings);
  let n = 0;
  const layout: TableLayout = { nameAt: 0, lastNameAt: -1, nameWidth: 4, wideNames: false };
  let reader: ProspectReader | undefined;
  const plain = new PlainRecords();
  const headersAgain = new Set<number>();
  // Records written back as bytes with our cells after them: a file held as bytes, with no block of ours to replace.
  const byteCopies = engineCodec(file.encoding).encode === 'latin1';
  let plainCount = -1;
  let index = 0;
  // A row's index for the planner: its record's, counted from the first under the header, so an
  // empty line keeps its number and "duplicate of row N" is the row as a spreadsheet numbers it.
  let first = 0;
  const add = (record: number, input: ReturnType<typeof readProspect>, name: string | undefined) => {
    planner.add(record - first, input);
    if (input !== 'blank' && !(input instanceof RowError) && input.repeatsHeader) headersAgain.add(record);
    // Stored every row, not only when a name is longer: a store first met a thousand rows in
    // would send the engine back to optimize the file's loop again.
    const shown = name ?? '';
    layout.nameWidth = Math.max(layout.nameWidth, Math.min(28, shown.length));
    // From the CJK radicals up (kana, kanji, Hangul syllables, full-width forms): a name's first character tells a list of such names.
    if (shown.charCodeAt(0) >= 0x2e80) layout.wideNames = true;
    tick(++n);
  };
  const decide = () => {
    found = understandTop(top, settings, file.delimiter);
    planner = new ListPlanner(settings, { firstRowNumber: found.headerRow + 2, map: found.map });
    first = found.headerRow + 1;
    const { nameAt, lastNameAt } = nameColumns(found.map);
    layout.nameAt = nameAt;
    layout.lastNameAt = lastNameAt;
    reader = prospectReader(found.map, [layout.nameAt]);
    if (byteCopies && found.map.outputAt < 0) plainCount = found.map.headers.length;
    for (let j = first; j < top.length; j++) {
      const cells = top[j] as string[];
      if (cells.length > 0) add(j, readProspect(cells, found.map), tableName(cells, layout));
    }
  };
  const strayQuotes = { count: 0, line: 0, lastLine: 0 };
  await fileStep(() =>
    readCsv(
      file,
      (r) => {
        const i = index++;
        if (r.breaks > 0 && r.strayQuote() && strayQuotes.count++ === 0) {
          strayQuotes.line = r.line;
          strayQuotes.lastLine = r.line + r.breaks;
        }
        if (reader) {
          if (r.count === 0) return;
          const input = reader.read(r);
          add(i, input, tableName(reader.row, layout));
          if (r.count === plainCount && r.breaks === 0 && input !== 'blank' && !(input instanceof RowError) && !input.repeatsHeader) plain.set(i);
          return;
        }
        top.push(r.cells());
        if (top.length === TOP_ROWS) decide();
      },
      { asOpened: true },
    ),
  );
  if (!found) decide();
  const understanding = found as unknown as Understanding;
  const verified = { ...file, encoding: { ...file.encoding, verified: true } };
  return {
    planner,
    plain,
    file: verified,
    understanding,
    header: top[understanding.headerRow] as string[],
    layout,
    rows: n,
    records: index,
    headersAgain,
    strayQuotes,
    reader: reader as ProspectReader,
  };
}

/**
 * A pass after the first over a file as pass 1 read it (`asOpened`, and found to hold `records`
 * records): its records to `onRecord`, each with its index from the top, or FileChanged as soon as
 * the file is found not to be the one pass 1 read (its stamp at a read, a record past the ones pass
 * 1 read, or fewer of them), before a record pass 1 never planned reaches the planner.
 */
export async function ofPass1(
  pass1: Pick<Planned, 'file' | 'records'>,
  onRecord: (record: CsvRecord, index: number) => void,
  options: ReadOptions = {},
): Promise<void> {
  const { records } = pass1;
  let index = 0;
  await fileStep(() =>
    readCsv(
      pass1.file,
      (r) => {
        if (index === records) throw new FileChanged();
        onRecord(r, index++);
      },
      { ...options, asOpened: true },
    ),
  );
  if (index !== records) throw new FileChanged();
}

/** The engine's faults in the file's text as the CLI's one-line problems. */
export async function fileStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof CsvError) throw new FileProblem(`not valid CSV: ${e.message}`);
    throw e;
  }
}

/** The key of a JSON record's row number, before the list's own keys (a list's own `Row` column is `Row (2)`). */
const ROW_KEY = 'Row';

/** Our five cells as a JSON line gives them: Day and Cost as numbers (`jq` adds them up), each null where the row has none, Date too. */
function jsonOutputs(ours: readonly string[]): JsonValue[] {
  const [channel, day, date, cost, reason] = ours as [string, string, string, string, string];
  const number = (text: string) => (text === '' ? null : Number(text));
  return [channel, number(day), date === '' ? null : date, number(cost), reason];
}

/** The input record padded to the header's width with our cells in place: what a JSON line shows. */
function withOutputs<T extends JsonValue>(record: readonly string[], map: ColumnMap, ours: readonly T[]): (string | T)[] {
  const cells: (string | T)[] = record.slice();
  while (cells.length < map.headers.length) cells.push('');
  if (map.outputAt >= 0) cells.splice(map.outputAt, OUTPUT_COLUMNS.length, ...ours);
  else cells.splice(map.headers.length, 0, ...ours);
  return cells;
}

/**
 * Pass 2: every record again, in order. As CSV, in the file's encoding, BOM, delimiter and line
 * breaks: our five cells go after the header's last column (or over our block from an earlier
 * run), the user's cells around them untouched. As a table, one line a prospect.
 */
export async function writeRows(planned: Planned, format: Format, layout: TableLayout, out: NodeJS.WritableStream, tick: (n: number) => void): Promise<number> {
  if (format === 'csv') return await writeCsv(planned, out, tick);
  const { planner } = planned;
  const { map, headerRow: headerAt } = planned.understanding;
  // Tables and JSON go out as UTF-8.
  const writer = new CsvWriter(out, 'utf8');
  if (format === 'table') await tableReady();
  if (format === 'table') writer.write(tableLine(['Row', 'Name', ...OUTPUT_COLUMNS], layout, true));
  // JSON: the row's number first (as a spreadsheet numbers it, as `today` and `done --rows` do), then the header's keys, ours among them.
  const keys =
    format === 'json'
      ? [
          ROW_KEY,
          ...jsonKeys(
            withOutputs(planned.header, map, OUTPUT_COLUMNS),
            { at: map.outputAt >= 0 ? map.outputAt : map.headers.length, count: OUTPUT_COLUMNS.length },
            [ROW_KEY],
          ),
        ]
      : [];
  let n = 0;
  const row = (r: CsvRecord, i: number) => {
    if (i <= headerAt || r.count === 0) return;
    const cells = r.cells();
    const outcome = planner.outcome(i - headerAt - 1) ?? (readProspect(cells, map) as 'blank' | RowError);
    const ours = outputText(outcome);
    n++;
    // A row that is no prospect (blank, a line of text, a report's total, the header again) is no JSON record: the table shows it, a script wants prospects.
    if (format === 'json') {
      if (outcome !== 'blank') writer.write(jsonLine(keys, [i + 1, ...withOutputs(cells, map, jsonOutputs(ours))], 1));
    } else {
      const isError = isErrorOutcome(outcome);
      writer.write(
        tableLine(
          // Its row as a spreadsheet numbers it (records from the top), as the reasons, today and done number rows.
          [String(i + 1), tableName(cells, layout), isError ? 'ERROR' : ours[0], ours[1], ours[2], ours[3], isError ? ours[0].slice(7) : ours[4]],
          layout,
        ),
      );
    }
    tick(n);
  };
  await ofPass1(planned, row, { afterChunk: () => writer.drained() });
  await writer.end();
  return n;
}

/**
 * Pass 2 as CSV: each record's own text (its bytes, for a file held as bytes) written as it came,
 * with our five cells put in: after the header's last column, or over our block from an earlier run.
 */
async function writeCsv(planned: Planned, out: NodeJS.WritableStream, tick: (n: number) => void): Promise<number> {
  const { file, planner } = planned;
  const { map, headerRow: headerAt } = planned.understanding;
  const d = file.delimiter;
  const codec = engineCodec(file.encoding);
  const writer = new CsvWriter(out, codec.encode, file.encoding.bom);
  const at = map.outputAt >= 0 ? map.outputAt : map.headers.length;
  const replace = map.outputAt >= 0 ? OUTPUT_COLUMNS.length : 0;
  const joined = (cells: readonly string[]) => {
    let text = csvCell(cells[0] as string, d);
    for (let i = 1; i < cells.length; i++) text += d + csvCell(cells[i] as string, d);
    return text;
  };
  const block = (cells: readonly string[]) => codec.fromText(joined(cells));
  // Our cells after a plain record's bytes: straight to the buffer in a file held as bytes (UTF-8,
  // or another encoding but UTF-16) with a one-byte delimiter, else through the engine's text.
  const asBytes = codec.encode === 'latin1';
  const direct = asBytes && d.length === 1 && d.charCodeAt(0) < 0x80;
  const held = file.encoding.name === 'utf-8' ? undefined : codec.fromText;
  const after = (o: readonly string[], eol: string) => {
    if (direct) writer.writeCells(o, d, eol, held);
    else writer.write(codec.fromText(`${d}${joined(o)}${eol}`));
  };
  /** The record with `ours` (engine text) at cell `at`, replacing `replace` cells there; a short record padded to reach it. */
  const put = (r: CsvRecord, ours: string) => {
    const count = r.count;
    const text = r.text;
    if (count <= at) {
      writer.write(text.slice(r.start, r.end));
      writer.write(count === at ? `${d}${ours}${r.eol}` : `${d.repeat(count === 0 ? at : at - count + 1)}${ours}${r.eol}`);
      return;
    }
    const cut = r.starts[at] as number;
    writer.write(text.slice(r.start, cut));
    if (replace === 0) {
      writer.write(`${ours}${d}`);
      writer.write(text.slice(cut, r.end + r.eol.length));
    } else if (count >= at + replace) {
      writer.write(ours);
      writer.write(text.slice(r.ends[at + replace - 1], r.end + r.eol.length));
    } else writer.write(`${ours}${r.eol}`);
  };
  const { plain, reader, headersAgain } = planned;
  // A semicolon CSV is Excel's where the comma is the decimal mark: Cost goes out as it reads a number there (1,62).
  const comma = d === ';';
  // The planner knows a row by its record's index from the first under the header (planOnce).
  const first = headerAt + 1;
  let n = 0;
  const row = (r: CsvRecord, i: number) => {
    if (r.count === -1) {
      // A plain record (pass 1): its bytes, then our cells.
      writer.writeBytes(r.units as Uint8Array, r.start, r.end);
      after(outputText(planner.outcome(i - first) as RowOutcome, comma), r.eol);
      tick(++n);
    } else if (i < headerAt || r.count === 0) writer.write(r.text.slice(r.start, r.end + r.eol.length));
    else if (i === headerAt) put(r, block(OUTPUT_COLUMNS));
    else {
      const planned = planner.outcome(i - first);
      if (planned === 'blank') {
        // The header again (files joined into one): with our header cells, as the header row. A line
        // of text under the list (a report's footer): as it came, like the lines above the header.
        if (headersAgain.has(i)) put(r, block(OUTPUT_COLUMNS));
        else writer.write(r.text.slice(r.start, r.end + r.eol.length));
        tick(++n);
        return;
      }
      const ours = outputText(planned ?? (reader.read(r) as 'blank' | RowError), comma);
      // A record of a file held as bytes with the header's width (one over several lines, a row in error): as a plain one.
      if (asBytes && r.count === at && replace === 0) {
        writer.writeBytes(r.units as Uint8Array, r.start, r.end);
        after(ours, r.eol);
      } else put(r, block(ours));
      tick(++n);
    }
  };
  await ofPass1(planned, row, { afterChunk: () => writer.drained(), spanOnly: (i) => plain.has(i) });
  await writer.end();
  return n;
}
