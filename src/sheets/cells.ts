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
  isDate,
  isPlainDate,
  SAMPLE_ROWS,
  understandHeader,
  outputCells,
  parseIsoDay,
  parseSettings,
  todayFrom,
} from '../core/index.js';

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

/**
 * Sheets sends a date cell as midnight in the spreadsheet's time zone. When that is not the
 * script's zone the Date is neither local nor UTC midnight; it is then read as a date in the
 * spreadsheet's zone, so the day never slips.
 */
export function datesInZone(rows: Cell[][], timeZone: string | undefined): Cell[][] {
  if (!timeZone) return rows;
  let format: Intl.DateTimeFormat | undefined;
  const zoned = (c: Cell) => isDate(c) && !Number.isNaN(c.getTime()) && !isPlainDate(c);
  return rows.map((row) =>
    row.some(zoned)
      ? row.map((c) => {
          if (!zoned(c)) return c;
          format ??= dateInZone(timeZone);
          return format.format(c as Date);
        })
      : row,
  );
}

/** Today's date where the spreadsheet is: the as-of default when the settings give none. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): Day {
  if (timeZone) {
    try {
      const day = parseIsoDay(dateInZone(timeZone).format(now));
      if (day !== undefined) return day;
    } catch {
      // an unknown zone name: fall back to the script's clock
    }
  }
  return todayFrom(now);
}

/** Settings from a key/value range (the `Channel Settings` sheet); a bad one throws for Sheets to show. */
export function settingsFrom(arg: RangeArg | undefined, today: Day, timeZone?: string): Settings {
  const rows = arg === undefined || arg === null || arg === '' ? [] : datesInZone(asRows(arg), timeZone);
  const s = parseSettings(
    rows.map((r) => [r[0], r[1]] as const),
    today,
  );
  if (s instanceof Problem) throw new Error(`Channel Settings: ${s.message}`);
  return s;
}

/** The given header row as the core's reader understands it, with the rows under it as its value sample (SPEC 1a). */
export function columnsFrom(headers: RangeArg, s: Settings, sample: readonly (readonly Cell[])[] = []): ColumnMap {
  const row = asRows(headers)[0] ?? [];
  const u = understandHeader(row, sample.slice(0, SAMPLE_ROWS), s);
  if (u instanceof Problem) throw new Error(u.message);
  return u.map;
}

/** Channel, Day, Date, Cost, Reason as cell values: numbers as numbers, the date as a Date. */
export function outcomeRow(o: RowOutcome): SheetValue[] {
  const c = outputCells(o);
  return [c.channel, c.day, c.date === null ? '' : dateFromDay(c.date), c.cost, c.reason];
}

export const OUTPUT_HEADER: SheetValue[] = [...OUTPUT_COLUMNS];
