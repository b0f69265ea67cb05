/**
 * Turning what Sheets sends into what the core reads, and the core's answers into cell values.
 * No Apps Script service is called here: these run inside custom functions and in tests alike.
 */
import {
  type Cell,
  type ColumnMap,
  type Day,
  OUTPUT_COLUMNS,
  Problem,
  type RowOutcome,
  type Settings,
  dateFromDay,
  utcMidnight,
  isDate,
  needsZone,
  SAMPLE_ROWS,
  understandHeader,
  valueInHeader,
  outputRow,
  reasonOf,
  defuse,
  RowError,
  parseSettings,
  repeatedSetting,
  localDay,
  MS_PER_DAY,
} from '../core/index.js';
import { SETTINGS_SHEET } from './names.js';

/** A range argument as Sheets passes it: a 2D array, or a bare value for a single cell. */
export type RangeArg = Cell | Cell[] | Cell[][];
export type SheetValue = string | number | boolean | Date;

export function asRows(arg: RangeArg): Cell[][] {
  if (Array.isArray(arg)) return (arg.length > 0 && Array.isArray(arg[0]) ? arg : [arg]) as Cell[][];
  return [[arg]];
}

/** Formats an instant as the YYYY-MM-DD date it is in `timeZone` (Intl: no service call). */
function dateInZone(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** A Date whose day needs the spreadsheet's zone to be read (`needsZone`): a date cell sent from another time zone, or a date and time. */
function isZonedDate(c: Cell): c is Date {
  // Of the values a cell holds only a Date is an object: strings, numbers and booleans leave at the first test.
  return typeof c === 'object' && c !== null && isDate(c) && needsZone(c);
}

/** Whether a row holds a Date that needs the spreadsheet's time zone to read (`needsZone`). */
function rowHasZonedDate(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) if (isZonedDate(row[i])) return true;
  return false;
}

/** Whether any cell is a Date that needs the spreadsheet's time zone to read (`needsZone`). */
export function hasZonedDate(rows: readonly (readonly Cell[])[]): boolean {
  for (let r = 0; r < rows.length; r++) if (rowHasZonedDate(rows[r] as readonly Cell[])) return true;
  return false;
}

/** Dates a maker of `dayTextIn` keeps read: a list's date columns hold a few hundred days. */
const ZONED_KEPT = 4096;

/**
 * Reads a row's Dates in the spreadsheet's zone (see `datesInZone`): the row itself when it has no
 * Date to read so, else a copy with each such Date its day's text (`dayTextIn`), for rows read
 * whole (settings, the sidebar's sheet, the preview's upload). A custom function's rows are read
 * by the reader, which takes the same text for each such Date as it meets it (`ColumnMap.dateIn`),
 * copying no row.
 */
export function rowInZone(timeZone: string): (row: Cell[]) => Cell[] {
  const dayText = dayTextIn(timeZone);
  return (row) => {
    let copy: Cell[] | undefined;
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      if (!isZonedDate(c) || Number.isNaN(c.getTime())) continue;
      copy ??= row.slice();
      copy[i] = dayText(c);
    }
    return copy ?? row;
  };
}

/**
 * The day of a Date where the spreadsheet is, as text (`2026-11-23`): a list's reader takes it
 * for each Date that needs the zone (`ColumnMap.dateIn`), and `rowInZone` puts it in a row's copy.
 * One maker a call: the zone's formatter is made on the first Date, and each instant is read once
 * (a spreadsheet outside the script's zone sends every date cell so, and a full tab's took a tenth
 * of `CHANNEL_PLAN` read one by one).
 */
export function dayTextIn(timeZone: string): (d: Date) => string {
  let format: Intl.DateTimeFormat | undefined;
  const read = new Map<number, string>();
  return (d) => {
    const t = d.getTime();
    let text = read.get(t);
    if (text === undefined) {
      format ??= dateInZone(timeZone);
      text = format.format(d);
      if (read.size >= ZONED_KEPT) read.clear();
      read.set(t, text);
    }
    return text;
  };
}

/**
 * Sheets sends a date cell as midnight in the spreadsheet's time zone. When that is not the
 * script's zone the Date is not a local midnight (or is one of another day, from a zone a whole
 * day away: `needsZone`); it is then read as a date in the spreadsheet's zone, so the day never
 * slips. Rows without such a cell are kept, not copied.
 */
export function datesInZone(rows: Cell[][], timeZone: string | undefined): Cell[][] {
  if (!timeZone) return rows;
  const inZone = rowInZone(timeZone);
  let out: Cell[][] | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Cell[];
    const read = inZone(row);
    if (read === row) continue;
    out ??= rows.slice();
    out[r] = read;
  }
  return out ?? rows;
}

/** Today's date where the spreadsheet is: the as-of default when the settings give none. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): Day {
  return dayInZone(timeZone)(now.getTime());
}

/** The zone, when a clock knows its name; undefined for none or an unknown name (the script's clock reads then). */
function knownZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    wallMs(0, timeZone);
    return timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The day an instant falls on in the spreadsheet's zone (the script's without one): how a
 * timestamp that names its zone (`2026-12-06T06:30:58.000Z`) is read, as the as-of date is. The
 * zone may be a getter, asked on the first timestamp read (a custom function asks for the zone only
 * when it needs it). The zone's offset is found once a UTC day, by its wall clock at the day's two
 * ends: where they agree (every day but a clock change's) a timestamp's day is arithmetic.
 */
export function instantDayIn(zone: string | undefined | (() => string | undefined)): (ms: number) => Day {
  let dayOf: ((ms: number) => Day) | undefined;
  return (ms) => {
    dayOf ??= dayInZone(typeof zone === 'function' ? zone() : zone);
    return dayOf(ms);
  };
}

/** The zone timestamps are read in, by name, as the summary names it: the spreadsheet's when it is a zone, else the script's. */
export function zoneName(timeZone: string | undefined): string {
  return knownZone(timeZone) ?? "the script's zone";
}

function dayInZone(spreadsheetZone: string | undefined): (ms: number) => Day {
  const timeZone = knownZone(spreadsheetZone);
  if (timeZone === undefined) return localDay;
  // Per UTC day: the zone's offset over the whole day, or NaN on a day its clock changes.
  const offsets = new Map<number, number>();
  return (ms) => {
    const utcDay = Math.floor(ms / MS_PER_DAY);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const start = utcDay * MS_PER_DAY;
      const atStart = wallMs(start, timeZone) - start;
      const atEnd = wallMs(start + MS_PER_DAY - 1000, timeZone) - (start + MS_PER_DAY - 1000);
      offset = atStart === atEnd ? atStart : Number.NaN;
      if (offsets.size >= 4096) offsets.clear();
      offsets.set(utcDay, offset);
    }
    return Math.floor((ms + (Number.isNaN(offset) ? wallMs(ms, timeZone) - ms : offset)) / MS_PER_DAY);
  };
}

const DIGITS = /\d+/g;
/** Each zone's wall clock, to the second (one formatter a zone). */
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of instant `t` in `zone`, as the UTC instant that reads the same. */
function wallMs(t: number, zone: string): number {
  let clock = wallClocks.get(zone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(zone, clock);
  }
  // `11/22/2026, 19:00:00`: its six numbers in that order. Read from the text, not formatToParts,
  // which makes an object a part and took four times as long.
  const [month, day, year, hour, minute, second] = (clock.format(t).match(DIGITS) ?? []).map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(year as number, (month as number) - 1, day);
  utc.setUTCHours(hour as number, minute, second);
  return utc.getTime();
}

/** Days in a block: the span over which `sheetDate` takes one offset. */
const BLOCK_DAYS = 7;
/** Blocks kept a zone: far more than a full tab's plan spans. */
const BLOCKS_KEPT = 4096;
/**
 * Per zone and block, the offset (how far the zone's clocks are ahead of UTC) of every midnight
 * in the block, or NaN where its clocks change within it. A full tab's plan dates are thousands
 * of days, and each day's midnight found and checked on its own was 2-5% of `CHANNEL_PLAN`.
 */
const blockOffsets = new Map<string, Map<number, number>>();

/**
 * Midnight of `day` where the spreadsheet is (`zone`), as a Date for a cell: Sheets shows a Date
 * by its instant in the spreadsheet's zone, so the script's own midnight (the zone of its
 * manifest) shows as the day before in a spreadsheet west of it. Without a zone, the script's.
 */
export function sheetDate(day: Day, zone: string | undefined): Date {
  if (!zone) return dateFromDay(day);
  try {
    let blocks = blockOffsets.get(zone);
    if (blocks === undefined) blockOffsets.set(zone, (blocks = new Map()));
    const block = Math.floor(day / BLOCK_DAYS);
    let offset = blocks.get(block);
    if (offset === undefined) {
      offset = steadyOffset(block, zone, blocks.get(block - 1) ?? blocks.get(block + 1));
      if (blocks.size >= BLOCKS_KEPT) blocks.clear();
      blocks.set(block, offset);
    }
    return Number.isNaN(offset) ? midnightIn(day, zone) : new Date(utcMidnight(day) - offset);
  } catch {
    // an unknown zone name: the script's midnight
    return dateFromDay(day);
  }
}

/**
 * The one offset of every midnight in `block`, or NaN where the zone's clocks change within it:
 * the offset of its first midnight (a neighbouring block's, tried first), checked at its last. No
 * zone changes its clocks twice within the block's 6 days from end to end (the closest pairs in
 * the time-zone database from 1990 to 2100 are 7 days apart: Palestine's summer time paused for
 * Ramadan in 2040 and 2054), so one offset at both ends holds between them.
 */
function steadyOffset(block: number, zone: string, near: number | undefined): number {
  const first = block * BLOCK_DAYS;
  const last = first + BLOCK_DAYS - 1;
  const readsAsMidnight = (d: Day, offset: number) => wallMs(utcMidnight(d) - offset, zone) === utcMidnight(d);
  let offset = near ?? Number.NaN;
  if (Number.isNaN(offset) || !readsAsMidnight(first, offset)) {
    offset = utcMidnight(first) - midnightIn(first, zone).getTime();
    // The first midnight skipped by the clocks: they change within the block.
    if (!readsAsMidnight(first, offset)) return Number.NaN;
  }
  return readsAsMidnight(last, offset) ? offset : Number.NaN;
}

/** Midnight of `day` in `zone`, found and checked on its own: for a block in which the clocks change. */
function midnightIn(day: Day, zone: string): Date {
  const utc = utcMidnight(day);
  // The instant that reads as midnight: taken at the zone's offset at `utc`, and checked.
  const t = utc - (wallMs(utc, zone) - utc);
  const w = wallMs(t, zone);
  if (w === utc) return new Date(t);
  // The offset changed between the two (summer time): taken again at the offset found at t.
  const t2 = utc - (w - t);
  if (wallMs(t2, zone) === utc) return new Date(t2);
  // No instant reads as midnight: the clocks skip it. Of the two, the one that reads as the
  // day: its first instant where they change at midnight (Santiago, Havana: 01:00); where they
  // jumped from 23:30 to 00:30 (Toronto, 1919), half an hour in.
  return new Date(w > utc ? t : t2);
}

/** Settings from a key/value range (the settings sheet, SETTINGS_SHEET); a bad one throws for Sheets to show. */
export function settingsFrom(arg: RangeArg | undefined, today: Day, timeZone?: string): Settings {
  const rows = arg === undefined || arg === null || arg === '' ? [] : datesInZone(asRows(arg), timeZone);
  const pairs = rows.map((r) => [r[0], r[1]] as const);
  const s = repeatedSetting(pairs) ?? parseSettings(pairs, today);
  if (s instanceof Problem) throw new Error(`${SETTINGS_SHEET}: ${s.message}`);
  return s;
}

/** A connection degree as a list writes it (`2nd`, `3rd+`): a value, never a header. */
const DEGREE_WORD = /^\s*(?:1st|2nd|3rd\+?)\s*$/i;

/** What a custom function's header problem adds: where the header row goes and how it stays there. */
export const HEADER_RANGE_HINT =
  'give the header row as the second argument, with $ so it stays on row 1 when the formula is filled down (e.g. =CHANNEL(A2:T2, A$1:T$1))';

/** The given header row as the core's reader understands it, with the rows under it as its value sample (SPEC 1a). */
export function columnsFrom(
  headers: RangeArg,
  s: Settings,
  sample: readonly (readonly Cell[])[] = [],
  timeZone?: string | (() => string | undefined),
): ColumnMap {
  const row = asRows(headers)[0] ?? [];
  // A row of the list given as the header: a header range filled down without `$` (row 3's
  // formula reading row 2 as its header), or the ranges swapped.
  const value = valueInHeader(row);
  if (value) throw new Error(`${value.message}; ${HEADER_RANGE_HINT}`);
  const u = understandHeader(row, sample.slice(0, SAMPLE_ROWS), { ...s, instantDay: instantDayIn(timeZone) });
  if (u instanceof Problem) {
    // The ranges swapped, the header row given first: it reads as a header where it is.
    const first = sample[0];
    const swapped = first !== undefined && valueInHeader(first) === undefined && !(understandHeader(first, [], s) instanceof Problem);
    if (swapped) throw new Error(`${u.message}; the rows' first row reads as the header: ${HEADER_RANGE_HINT}`);
    // A row of the list read as the header with no address in it (filled down without `$`): it
    // holds what headers never are, a number, a tick box or a degree.
    const listRow = row.some((c) => typeof c === 'number' || typeof c === 'boolean' || (typeof c === 'string' && DEGREE_WORD.test(c)));
    throw new Error(listRow ? `${u.message}; it looks like a row of the list: ${HEADER_RANGE_HINT}` : u.message);
  }
  return { ...u.map, inRange: true };
}

/** Rows of cells made one outcome at a time (`outcomeRowMaker`): `end()` before the rows are read. */
export interface RowMaker {
  row(o: RowOutcome): SheetValue[];
  /** Fills the Reasons of the rows made since the last batch. */
  end(): void;
}

/**
 * Channel, Day, Date, Cost, Reason of an outcome as cell values: numbers as numbers, the date as
 * a Date. A plan's dates fall on a few hundred days: a maker makes one Date a day (`sheetDate`:
 * midnight in the spreadsheet's zone, or the script's own when no zone is given) and gives it to
 * every date cell of that day, in a cache bounded whatever the list. Sheets copies the values it
 * is given, and nothing here changes a Date once made.
 *
 * A planned row's Reason is filled in a batch at a time (REASON_BATCH rows, and the rest at
 * `end()`): the batch's Reasons are joined in one text, made flat once, and each row's Reason is
 * a slice of it. A full tab keeps 400,000 Reasons to the end of the call. Made flat one by one, each
 * was a text of its own in the young generation, and every young collection copied the 2 MB of
 * them made since the last one into the old: a full tab's `CHANNEL_PLAN` spent 182-212 ms in those
 * collections and their helper threads 111-165 ms more. A batch's text is one allocation of about
 * 200 KB (a large object, promoted without a copy), and a slice is a small reference into it:
 * 134-136 ms and 55-76 ms. The call's CPU time, in medians of alternated calls: 2.41 s against
 * 2.22 s, 2.35 s against 2.27 s. The rows returned hold 95 MB against 90 MB.
 */
export function outcomeRowMaker(zone: string | undefined): RowMaker {
  const dates = new Map<Day, Date>();
  const dateOf = (day: Day): Date => {
    let d = dates.get(day);
    if (d === undefined) {
      d = sheetDate(day, zone);
      if (dates.size >= DATES_KEPT) dates.clear();
      dates.set(day, d);
    }
    return d;
  };
  // The planned rows made since the last batch, their Reason cells not yet filled (the Reason as reasonOf made it).
  let pending: SheetValue[][] = [];
  const end = () => {
    let text = '';
    for (const cells of pending) text += cells[4] as string;
    // The first slice makes the joined text flat, the one copy of the batch's Reasons; the others are slices of that.
    let at = 0;
    for (const cells of pending) {
      const from = at;
      at += (cells[4] as string).length;
      cells[4] = defuse(text.slice(from, at));
    }
    pending = [];
  };
  return {
    row(o) {
      if (o === 'blank' || o instanceof RowError) return outputRow(o, dateOf);
      const cells = outputRow(o, dateOf, reasonOf);
      pending.push(cells);
      if (pending.length === REASON_BATCH) end();
      return cells;
    },
    end,
  };
}

/** Planned rows whose Reasons are joined in one text (`outcomeRowMaker`): about 200 KB of text. */
const REASON_BATCH = 2048;

/** Every outcome's row of cells (`outcomeRowMaker`), in order. */
export function outcomeRows(outcomes: readonly RowOutcome[], zone: string | undefined): SheetValue[][] {
  const maker = outcomeRowMaker(zone);
  const out: SheetValue[][] = new Array(outcomes.length);
  for (let i = 0; i < outcomes.length; i++) out[i] = maker.row(outcomes[i] as RowOutcome);
  maker.end();
  return out;
}

/** How many days' Dates a row maker keeps: more than a plan's dates span. */
const DATES_KEPT = 4096;

export const OUTPUT_HEADER: SheetValue[] = [...OUTPUT_COLUMNS];
