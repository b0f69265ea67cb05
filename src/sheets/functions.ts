/**
 * The custom functions of SPEC section 7. Each takes one row or a range, the header row, and an
 * optional settings range; one row gives one value, a range a column of the same height (a range
 * is the fast path: Sheets makes one server call per formula cell). A bad row gives its error
 * text in its own cell; a bad header row or setting throws, which Sheets shows as #ERROR!.
 */
import {
  type Cell,
  type ColumnMap,
  NoteLines,
  type Outcome,
  RowError,
  type RowInput,
  type Settings,
  campaignNumbers,
  decideChannel,
  decideRow,
  isBlank,
  measuredRates,
  unmeasuredWords,
  outputCells,
  planEach,
  readProspect,
  repeatsHeader,
  skippedRows,
  zonedDatesRead,
  SAMPLE_ROWS,
  HEADER_SEARCH_ROWS,
  distinctProspects,
  filledCount,
  settingByKey,
  cellText,
} from '../core/index.js';
import { SETTINGS_SHEET } from './names.js';
import { type RangeArg, type SheetValue, asRows, columnsFrom, dayTextIn, datesInZone, hasZonedDate, outcomeRowMaker, settingsFrom, todayIn } from './cells.js';

/** The spreadsheet's time zone, asked only when a date needs it (a read custom functions may make). */
function spreadsheetZone(): string | undefined {
  try {
    return typeof SpreadsheetApp === 'undefined' ? undefined : SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone();
  } catch {
    return undefined;
  }
}

/** Whether the settings range gives an As Of, known by the settings table's own key. */
function hasAsOf(settings: readonly (readonly Cell[])[]): boolean {
  return settings.some((r) => typeof r[0] === 'string' && settingByKey(r[0])?.prop === 'asOf' && !isBlank(r[1]));
}

interface Call {
  readonly rows: Cell[][];
  readonly settings: Settings;
  readonly map: ColumnMap;
  readonly single: boolean;
  /**
   * The header row's index in the range when the range holds it among its first rows (a range
   * started at the header row, or above it on a title or notes line), else -1: the rows up to it
   * are not prospects (`aboveHeader`).
   */
  readonly headerAt: number;
  /** Row `i` read by the core's one reader (see `prepare`); a row up to `headerAt` is blank. */
  readonly read: (i: number) => RowInput;
}

/**
 * Thrown by a call's `read` when a row holds a Date that needs the spreadsheet's time zone after the
 * call began without it: `zoned` runs the call again from the start, with the zone.
 */
const ZONE_NEEDED = Symbol('zone needed');

/**
 * A call's range, settings and columns. The spreadsheet's zone is asked for when the settings give
 * no As Of (today is where the spreadsheet is) or a Date needs it to be read (`datesInZone`). The
 * rows are not scanned for such Dates before they are read: each row is looked at as it is read,
 * and the first one found starts the call again with the zone (`zoned`). So a range is gone over
 * once, and a row's cells are looked at while they are at hand.
 */
function prepare(rows: RangeArg, headers: RangeArg, settings: RangeArg | undefined, zoneNeeded: boolean, askZone = spreadsheetZone): Call {
  if (headers === undefined || headers === null || headers === '') throw new Error('headers: give the header row, e.g. A$1:T$1');
  const grid = asRows(rows);
  settingsForHeaders(asRows(headers));
  const settingRows = asRows(settings ?? []);
  settingsShapeCheck(settingRows);
  const sample = grid.slice(0, SAMPLE_ROWS);
  const asOf = hasAsOf(settingRows);
  // Settings holding such a Date (an As Of or a Holiday typed as a date) are read in the zone, and
  // so are the rows then: the settings are read first, so the zone is known before any row.
  const settingsZoned = hasZonedDate(settingRows);
  const zoneFirst = zoneNeeded || !asOf || settingsZoned;
  const zone = zoneFirst || hasZonedDate(sample) ? askZone() : undefined;
  const s = settingsFrom(settings, todayIn(zone), zone);
  // A timestamp that names its zone is read on the spreadsheet's day: the zone is asked for at the first one, if not yet.
  let asked: string | undefined;
  const map = columnsFrom(headers, s, datesInZone(sample, zone), zone ?? (() => (asked ??= askZone())));
  headerShapeCheck(asRows(headers), grid);
  const headerAt = headerRowAt(grid, map);
  let read: (i: number) => RowInput;
  if (zone) {
    // Each Date that needs the zone read as its day there, as the reader meets it: no row copied.
    const zoned: ColumnMap = { ...map, dateIn: dayTextIn(zone) };
    read = (i) => readProspect(grid[i] as Cell[], zoned);
  } else if (zoneFirst)
    read = (i) => readProspect(grid[i] as Cell[], map); // no zone to be had
  else {
    // The reader counts the Dates it reads that need a zone: a Date in a column it leaves alone
    // changes nothing, and no cell is looked at twice.
    read = (i) => {
      const input = readProspect(grid[i] as Cell[], map);
      if (zonedDatesRead(map) > 0) throw ZONE_NEEDED;
      return input;
    };
  }
  const readRow = read;
  if (headerAt > 0) read = (i) => (i <= headerAt ? 'blank' : readRow(i));
  return { rows: grid, settings: s, map, single: grid.length === 1, headerAt, read };
}

/**
 * The header range is one row over the rows' columns: a column-shaped one read only its first
 * cell, and a narrower or wider one read the rows' cells under headers that are not theirs
 * (a header row A1:F1 over rows A2:L2 left Named Account and Deal Value in H-K unread), giving a
 * plausible, wrong answer.
 */
/**
 * The settings range given where the header row goes (`=CHANNEL(A2:T500, 'Channel Settings'!A:B)`):
 * its first column names settings. Said so, where reading it as a header row said it named no column.
 */
function settingsForHeaders(header: readonly (readonly Cell[])[]): void {
  if (header.length < 2 || (header[0] ?? []).length !== 2) return;
  const named = header.slice(0, 10).find((r) => typeof r[0] === 'string' && settingByKey(r[0]) !== undefined);
  if (named) {
    throw new Error(
      `headers: this range holds settings ('${cellText(named[0])}'), not the header row: give the header row second and the settings third, e.g. (A2:T500, A$1:T$1, '${SETTINGS_SHEET}'!A:B)`,
    );
  }
}

function headerShapeCheck(header: readonly (readonly Cell[])[], grid: readonly (readonly Cell[])[]): void {
  if (header.length > 1) throw new Error(`headers: give the header row, one row (e.g. A$1:T$1); this range has ${header.length} rows`);
  const width = (header[0] ?? []).length;
  const rowsWidth = (grid[0] ?? []).length;
  if (grid.length > 0 && width !== rowsWidth) {
    throw new Error(`headers: the header row has ${width} columns and the rows ${rowsWidth}: give both over the same columns (e.g. A$1:T$1 with A2:T500)`);
  }
}

/**
 * The settings range is two columns, names and values: one column holds names or values, not both
 * (the values alone, B2:B9), and names laid across the first row have values under them, not
 * beside them. Read as pairs, each would give a name for a value ('unknown setting' naming a
 * Date's text, or "As Of: expected a date (got 'Credits')").
 */
function settingsShapeCheck(settings: readonly (readonly Cell[])[]): void {
  if (settings.every((r) => r.length < 2) && settings.some((r) => !isBlank(r[0]))) {
    throw new Error(`${SETTINGS_SHEET}: the settings range has one column: give two, names and values (e.g. '${SETTINGS_SHEET}'!A:B)`);
  }
  if ((settings[0] ?? []).filter((c) => typeof c === 'string' && settingByKey(c) !== undefined).length > 1) {
    throw new Error(
      `${SETTINGS_SHEET}: the settings range names settings across its first row: give them down a column, each value beside its name (e.g. '${SETTINGS_SHEET}'!A:B)`,
    );
  }
}

/** The most cells a line above a header row fills: a title and its date. */
const TITLE_CELLS = 2;

/**
 * The header row's index when the range holds it among its first rows (`Call.headerAt`), or -1.
 * The lines above the header (a title, a date, a LinkedIn export's notes: two cells at most each)
 * are passed over to find it; a fuller row above it is a prospect (two lists pasted together).
 */
function headerRowAt(grid: readonly (readonly Cell[])[], map: ColumnMap): number {
  if (grid.length < 2) return -1;
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, grid.length); i++) {
    const row = grid[i] as Cell[];
    if (repeatsHeader(row, map)) return i;
    if (filledCount(row) > TITLE_CELLS) return -1;
  }
  return -1;
}

/** `run` on a call's prepared range, run again with the spreadsheet's zone when a row needs it. */
function zoned<T>(run: (zoneNeeded: boolean) => T): T {
  try {
    return run(false);
  } catch (e) {
    if (e !== ZONE_NEEDED) throw e;
    return run(true);
  }
}

/** What a bad row's cell adds when the row is the header row: the rows range starts one row too high. */
export const HEADER_IN_ROWS = 'the range starts at the header row: start it one row lower';

/** What the rows above the header row and the header row say when the range starts above it (`Call.headerAt`). */
const aboveHeader = (headerAt: number) => `the range starts above the header row (its row ${headerAt + 1}): start it one row below the header`;

/** Where the rows range starts too high, what its rows up to the header say; '' when it does not. */
function startHint(call: Call): string {
  return call.headerAt < 0 ? '' : call.headerAt === 0 ? HEADER_IN_ROWS : aboveHeader(call.headerAt);
}

/**
 * A bad or blank row's text, with the hint when a range of rows starts at the header row itself
 * (`=CHANNEL(A1:T500, A1:T1)`) or above it (`Call.headerAt`): those rows are planned as empty
 * rows. Looked at only for such rows, so a good row costs nothing. A range of one row says nothing
 * of where the rows start: filled down a row at a time, a header repeated further down (two lists
 * pasted one under the other) stays blank, as it does in a range.
 */
function headerHint(text: string, o: unknown, call: Call, i: number): string {
  return o === 'blank' && i <= call.headerAt ? `ERROR: ${startHint(call)}` : text;
}

/**
 * Row `i` of a range as a row-wise function decides it, read in order: a line of text under the
 * list (a report's footer after an empty row, `NoteLines`) is an empty row, as CHANNEL_PLAN and
 * CHANNEL_STATS take it. One row filled down alone cannot tell: it has no row above it to see.
 */
function rowsInOrder(call: Call): (i: number) => RowInput {
  if (call.single) return call.read;
  const notes = new NoteLines();
  return (i) => {
    const input = call.read(i);
    return notes.isNote(input) ? 'blank' : input;
  };
}

/** Every row read by the core's one reader. */
function prospects(call: Call): RowInput[] {
  const out: RowInput[] = new Array(call.rows.length);
  for (let i = 0; i < out.length; i++) out[i] = call.read(i);
  return out;
}

/** One value a row: its own cell for one row, a column the range's height for a range. */
function rowWise(rows: RangeArg, headers: RangeArg, settings: RangeArg | undefined, pick: (o: Outcome) => SheetValue): SheetValue | SheetValue[][] {
  return zoned((zoneNeeded) => outcomeColumn(prepare(rows, headers, settings, zoneNeeded), pick));
}

/** Distinct values whose one-cell row a column shares; past them each row gets its own. */
const SHARED_ROWS = 64;

/**
 * The range's column of one value a row, `cellOf(i)` for row i: the value itself for one row.
 * Rows of equal value share one one-cell row (the first SHARED_ROWS distinct values): a column of
 * 400,000 rows holds a handful of channels, days or costs, and Sheets only reads the rows, so
 * rows that would each be made, kept to the end of the call, collected and copied are made once.
 */
function columnOf(call: Call, cellOf: (i: number) => SheetValue): SheetValue | SheetValue[][] {
  const column: SheetValue[][] = new Array(call.rows.length);
  const shared = new Map<SheetValue, SheetValue[]>();
  for (let i = 0; i < column.length; i++) {
    const value = cellOf(i);
    let row = shared.get(value);
    if (row === undefined) {
      row = [value];
      if (shared.size < SHARED_ROWS) shared.set(value, row);
    }
    column[i] = row;
  }
  return call.single ? (column[0]?.[0] ?? '') : column;
}

/** One value a row of an outcome, `pick(o)`; a blank row stays blank, a bad row shows its error in every function's cell. */
function outcomeColumn(call: Call, pick: (o: Outcome) => SheetValue): SheetValue | SheetValue[][] {
  const read = rowsInOrder(call);
  return columnOf(call, (i) => {
    const o = decideRow(read(i), call.settings, call.map);
    return o === 'blank' || o instanceof RowError ? headerHint(outputCells(o).channel, o, call, i) : pick(o);
  });
}

export function CHANNEL(rows: RangeArg, headers: RangeArg, settings?: RangeArg): SheetValue | SheetValue[][] {
  return zoned((zoneNeeded) => {
    const call = prepare(rows, headers, settings, zoneNeeded);
    // `rowWise` with `o.channel`, with no outcome made a row.
    const read = rowsInOrder(call);
    return columnOf(call, (i) => {
      const c = decideChannel(read(i), call.settings, call.map);
      return typeof c === 'string' && c !== 'blank' ? c : headerHint(outputCells(c).channel, c, call, i);
    });
  });
}

export function SEQUENCE_DAY(rows: RangeArg, headers: RangeArg, settings?: RangeArg): SheetValue | SheetValue[][] {
  return rowWise(rows, headers, settings, (o) => o.day ?? '');
}

export function INMAIL_COST(rows: RangeArg, headers: RangeArg, settings?: RangeArg): SheetValue | SheetValue[][] {
  return rowWise(rows, headers, settings, (o) => o.cost);
}

export function CHANNEL_REASON(rows: RangeArg, headers: RangeArg, settings?: RangeArg): SheetValue | SheetValue[][] {
  return rowWise(rows, headers, settings, (o) => outputCells(o).reason);
}

export function CHANNEL_PLAN(rows: RangeArg, headers: RangeArg, settings?: RangeArg): SheetValue[][] {
  // Its dates are midnights where the spreadsheet is: the zone is asked once a call, for the rows
  // and for the dates out (a call run again for a row that needs it does not ask twice).
  let zone: string | undefined | null = null;
  const askZone = () => (zone === null ? (zone = spreadsheetZone()) : zone);
  return zoned((zoneNeeded) => {
    const call = prepare(rows, headers, settings, zoneNeeded, askZone);
    const out: SheetValue[][] = new Array(call.rows.length);
    const maker = outcomeRowMaker(askZone());
    // A row is read once, where it is planned (again only when blank or an error, as its own
    // outcome): a full tab keeps no prospect and no outcome a row, only the cells it returns.
    planEach(
      call.rows.length,
      call.read,
      call.settings,
      (o, i) => {
        const cells = maker.row(o);
        if (o === 'blank' || o instanceof RowError) cells[0] = cells[4] = headerHint(cells[0] as string, o, call, i);
        out[i] = cells;
      },
      { map: call.map },
    );
    maker.end();
    return out;
  });
}

/** CHANNEL_STATS' header row: each rate as a fraction (format the column as %), its count and interval. */
export const STATS_HEADER: SheetValue[] = ['Measure', 'Value', 'n', 'Low', 'High', 'Assumed', 'Note'];

/** The campaign's own numbers (SPEC 10) as a small table: a row per measured rate, then refunds and rows read. */
export function CHANNEL_STATS(rows: RangeArg, headers: RangeArg, settings?: RangeArg): SheetValue[][] {
  let start = '';
  const n = zoned((zoneNeeded) => {
    const call = prepare(rows, headers, settings, zoneNeeded);
    start = startHint(call);
    return campaignNumbers(prospects(call), call.settings);
  });
  const rates = measuredRates(n).map((r): SheetValue[] => [r.setting, r.rate ?? unmeasuredWords(r), r.n, r.low ?? '', r.high ?? '', r.assumed, r.text]);
  const r = n.refunds;
  const skipped = skippedRows(n);
  return [
    STATS_HEADER,
    ...rates,
    ['Credits Expected Back', r.credits, r.awaiting, '', '', r.replyRate, r.text],
    ['Prospects Read', distinctProspects(n), n.rows, '', '', '', [start, skipped ? `skipped: ${skipped}` : 'no row skipped'].filter(Boolean).join('; ')],
  ];
}
