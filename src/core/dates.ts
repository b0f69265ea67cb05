/**
 * The one date helper. A calendar date is a `Day`: whole days since 1970-01-01, with no time and
 * no time zone, so sequence arithmetic (day 5, day 19) and week boundaries are plain integer maths.
 * The core never reads a clock: the as-of date is always an input.
 */
import type { Day } from './model.js';

export type { Day };

/** 0001-01-01 and 9999-12-31: a date outside them cannot be written as YYYY-MM-DD. */
export const FIRST_DAY: Day = -719_162;
export const LAST_DAY: Day = 2_932_896;

/** Whether a computed date can be written as a four-digit-year date. */
export function inCalendar(day: Day): boolean {
  return day >= FIRST_DAY && day <= LAST_DAY;
}

export const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

const digit = (c: number) => c - 48;

/**
 * The common case, exactly `YYYY-MM-DD`, read without a regex or a Date: days from the civil
 * date. Undefined when the text is not of that form or not a date.
 */
function fastIsoDay(t: string): Day | undefined {
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return undefined;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = digit(t.charCodeAt(i));
    if (d < 0 || d > 9) return undefined;
    y = y * 10 + d;
  }
  const m1 = digit(t.charCodeAt(5));
  const m2 = digit(t.charCodeAt(6));
  const d1 = digit(t.charCodeAt(8));
  const d2 = digit(t.charCodeAt(9));
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return undefined;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  return civilDay(y, m, d);
}

/**
 * Days since 1970-01-01 of a civil date in years 1..9999, or undefined when it does not exist:
 * the one way from year, month and day to a Day. Not Date.UTC, which reads years 0-99 as
 * 1900-1999 (0050-01-01 would be 1950's).
 */
export function civilDay(y: number, m: number, d: number): Day | undefined {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/** How many days a month has (February's by the proleptic Gregorian leap rule). */
function monthLength(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * Howard Hinnant's days_from_civil, for a date known to exist, in any year: a Date's own parts,
 * or a renewal a month past the calendar's end, are counted as they are.
 */
function daysFromCivil(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** `YYYY-MM-DD` (also `YYYY/MM/DD`, and an ISO date-time, whose date part is taken). */
export function parseIsoDay(text: string): Day | undefined {
  const fast = fastIsoDay(text);
  if (fast !== undefined) return fast;
  const m = ISO_DAY.exec(text) ?? SLASHED_YMD.exec(text);
  if (!m) return undefined;
  return civilDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * A `Date` from Sheets stands for midnight of the cell's date in the spreadsheet's time zone, read
 * here in the script's. Local midnight is the normal case (same zone); a `Date` at UTC midnight was
 * built from an ISO string (`new Date('2026-11-20')`) and means that date; anything else carries a
 * time of day, and its local date is the one the user sees.
 */
export function dayFromDate(d: Date): Day | undefined {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return undefined;
  if (!isLocalMidnight(d) && ms % MS_PER_DAY === 0) return ms / MS_PER_DAY;
  return daysFromCivil(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** This realm's Date and Object.prototype.toString, looked up once rather than on every cell. */
const DATE = Date;
const objectToString = Object.prototype.toString;

/** A Date from any realm (a Sheets cell, a test harness's own context), not only this one's. */
export function isDate(x: unknown): x is Date {
  if (typeof x !== 'object' || x === null) return false;
  return x instanceof DATE || objectToString.call(x) === '[object Date]';
}

function isLocalMidnight(d: Date): boolean {
  return d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
}

/**
 * Whether each recent instant needs a zone (`needsZone`), in the slot its day names: a Sheets
 * range holds a new Date object in every date cell, and asking one its local hours costs a
 * time-zone lookup, while a list's dates fall on a few hundred days. The script's zone is fixed
 * for a run.
 */
const ZONE_SLOTS = 1 << 10;
const zoneTimes = new Float64Array(ZONE_SLOTS).fill(Number.NaN);
const zoneKinds = new Uint8Array(ZONE_SLOTS);
const PLAIN = 1;
const ZONED = 2;

/**
 * Whether a Date from Sheets needs the spreadsheet's zone to be read. Sheets sends every Date as
 * an instant of the spreadsheet's zone, so only a local midnight can be read without it, and only
 * where no zone is a whole day from the script's at that instant: a spreadsheet 24 hours ahead or
 * behind (Pago Pago's to a script in Auckland's summer, Kiritimati's to Honolulu's) sends its
 * midnights at the script's, a day apart. A UTC midnight that is not local is a date and time in
 * a spreadsheet west of UTC (16:00 in Los Angeles), not a date. An invalid Date needs one too.
 */
export function needsZone(d: Date): boolean {
  const t = d.getTime();
  const slot = Math.floor(t / MS_PER_DAY) & (ZONE_SLOTS - 1);
  if (zoneTimes[slot] === t) return zoneKinds[slot] === ZONED;
  // Zones run from 12 hours behind UTC to 14 ahead: one a day away exists only from 10 hours behind or 12 ahead.
  const offset = d.getTimezoneOffset();
  const needs = Number.isNaN(t) || !isLocalMidnight(d) || offset >= 600 || offset <= -720;
  zoneTimes[slot] = t;
  zoneKinds[slot] = needs ? ZONED : PLAIN;
  return needs;
}

/** Local midnight of the day: what Sheets shows as that date when written into a cell of a spreadsheet in the script's own zone. */
export function dateFromDay(day: Day): Date {
  const u = new Date(utcMidnight(day));
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
}

/** The day's midnight in UTC, in milliseconds. */
export function utcMidnight(day: Day): number {
  return day * MS_PER_DAY;
}

/** The local calendar date of a clock reading: how adapters turn "now" into an as-of date. */
export function todayFrom(now: Date): Day {
  return daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The day instant `ms` falls on in the zone this code runs in (the machine's, or the script's in Apps Script). */
export const localDay = (ms: number): Day => todayFrom(new Date(ms));

/**
 * Each day is formatted once: a table of days, a day in the slot its low bits name. A capped plan
 * spreads dates over years, one distinct day after another; a day whose slot was taken by another
 * is simply formatted again, so the table never has to be emptied. It starts with FIRST_SLOTS
 * slots and, once it has formatted that many days, is made FORMAT_SLOTS large: a short list
 * formats a handful of days, and a quarter-megabyte table made at load would cost every start of
 * the command line its fresh memory pages and a garbage collection.
 */
const FIRST_SLOTS = 1 << 8;
const FORMAT_SLOTS = 1 << 15;
let formatSlots = FIRST_SLOTS;
let formattedDays = new Float64Array(formatSlots).fill(Number.NaN);
let formattedTexts = new Array<string>(formatSlots);
/** Days formatted while the table is small. */
let formattedSmall = 0;

function growFormatTable(): void {
  const days = formattedDays;
  const texts = formattedTexts;
  formatSlots = FORMAT_SLOTS;
  formattedDays = new Float64Array(formatSlots).fill(Number.NaN);
  formattedTexts = new Array<string>(formatSlots);
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as number;
    if (!Number.isNaN(day)) {
      formattedDays[day & (formatSlots - 1)] = day;
      formattedTexts[day & (formatSlots - 1)] = texts[i] as string;
    }
  }
}

/**
 * `YYYY-MM-DD`. Every date the core writes is checked with `inCalendar` first (a row error
 * otherwise); one outside years 0001-9999 is only ever quoted in an error, in words, never as
 * `+010000-01-01`.
 */
export function formatDay(day: Day): string {
  if (!inCalendar(day)) return 'a date outside years 0001-9999';
  let slot = day & (formatSlots - 1);
  if (formattedDays[slot] === day) return formattedTexts[slot] as string;
  // From the day's parts, not toISOString: a process's first toISOString costs more than half a
  // millisecond (the command line formats a day in every run), the parts' getters next to nothing.
  const [y, m, d] = partsOf(day);
  const text = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
  if (formatSlots === FIRST_SLOTS && ++formattedSmall >= FIRST_SLOTS) {
    growFormatTable();
    slot = day & (formatSlots - 1);
  }
  formattedDays[slot] = day;
  formattedTexts[slot] = text;
  return text;
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday that starts the Monday-Sunday week holding `day`. */
export function mondayOf(day: Day): Day {
  return day - ((weekday(day) + 6) % 7);
}

const NO_HOLIDAYS: readonly Day[] = [];

/** Where `value` stands in the first `length` entries of an ascending list, or -1: a binary search. */
export function sortedIndexOf(sorted: ArrayLike<number>, value: number, length: number = sorted.length): number {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Whether `day` is one of the sorted Holidays (a list holds a handful). */
function isHoliday(day: Day, holidays: readonly Day[]): boolean {
  return sortedIndexOf(holidays, day) >= 0;
}

/** Not a Saturday, not a Sunday, not one of the (sorted) Holidays. */
export function isBusinessDay(day: Day, holidays: readonly Day[] = NO_HOLIDAYS): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6 && (holidays.length === 0 || !isHoliday(day, holidays));
}

/** The first Tuesday, Wednesday or Thursday on or after `day` that is not a Holiday ([004]: InMails do best then). */
export function nextTueToThu(day: Day, holidays: readonly Day[] = NO_HOLIDAYS): Day {
  let d = day;
  while (weekday(d) < 2 || weekday(d) > 4 || (holidays.length > 0 && isHoliday(d, holidays))) d++;
  return d;
}

/** `day` itself when it is a business day, else the next one. */
export function nextBusinessDay(day: Day, holidays: readonly Day[] = NO_HOLIDAYS): Day {
  let d = day;
  while (!isBusinessDay(d, holidays)) d++;
  return d;
}

/** The milliseconds either side of 1970-01-01 a Date can hold. */
const DATE_RANGE_MS = 8.64e15;

/**
 * Year, month (1-12) and day of the month of a Day, as a Date at its UTC midnight reads them, in
 * arithmetic (after Howard Hinnant's civil_from_days): no Date made. A plan asks it of every
 * invitation's month and of the days its Reasons name. As a Date, a day that is no whole number
 * is taken to its whole milliseconds towards zero first, and one past a Date's range has no parts.
 */
export function partsOf(day: Day): [number, number, number] {
  if (!(Math.abs(day) * MS_PER_DAY <= DATE_RANGE_MS)) return [Number.NaN, Number.NaN, Number.NaN];
  let whole = day;
  if (!Number.isInteger(day)) {
    const ms = Math.trunc(day * MS_PER_DAY);
    // The whole days before `ms`, by its exact remainder (a division rounds near a day's end).
    const r = ms % MS_PER_DAY;
    whole = (ms - r) / MS_PER_DAY - (r < 0 ? 1 : 0);
  }
  const z = whole + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

/** The `dayOfMonth` of a month, or the month's last day when it is shorter (31 in February is the 28th or 29th). */
function dayInMonth(year: number, month: number, dayOfMonth: number): Day {
  return daysFromCivil(year, month, Math.min(dayOfMonth, monthLength(year, month)));
}

/** The last renewal on or before `asOf`, on day `dayOfMonth` of a month: when this month's credits came. */
export function lastRenewal(asOf: Day, dayOfMonth: number): Day {
  const [y, m] = partsOf(asOf);
  const thisMonth = dayInMonth(y, m, dayOfMonth);
  return thisMonth <= asOf ? thisMonth : dayInMonth(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, dayOfMonth);
}

/** The next renewal strictly after `asOf` on day `dayOfMonth` of a month (SPEC 10). */
export function nextRenewal(asOf: Day, dayOfMonth: number): Day {
  const [y, m] = partsOf(asOf);
  const thisMonth = dayInMonth(y, m, dayOfMonth);
  return thisMonth > asOf ? thisMonth : dayInMonth(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, dayOfMonth);
}
