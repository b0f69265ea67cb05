/**
 * The one date helper. A calendar date is a `Day`: whole days since 1970-01-01, with no time and
 * no time zone, so sequence arithmetic (day 5, day 19) and week boundaries are plain integer maths.
 * The core never reads a clock: the as-of date is always an input.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

export function dayFromParts(year: number, month: number, date: number): Day | undefined {
  if (month < 1 || month > 12 || date < 1 || date > 31) return undefined;
  const ms = Date.UTC(year, month - 1, date);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a date that does not round-trip does not exist.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) {
    return undefined;
  }
  return Math.round(ms / MS_PER_DAY);
}

/** `YYYY-MM-DD` (also `YYYY/MM/DD`, and an ISO date-time, whose date part is taken). */
export function parseIsoDay(text: string): Day | undefined {
  const m = ISO_DAY.exec(text) ?? SLASHED_YMD.exec(text);
  if (!m) return undefined;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
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
  return dayFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** A Date from any realm (a Sheets cell, a test harness's own context), not only this one's. */
export function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

function isLocalMidnight(d: Date): boolean {
  return d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
}

/** Local or UTC midnight: a date with no time, read the same in any zone by `dayFromDate`. */
export function isPlainDate(d: Date): boolean {
  return isLocalMidnight(d) || d.getTime() % MS_PER_DAY === 0;
}

/** Local midnight of the day: what Sheets shows as that date when written into a cell. */
export function dateFromDay(day: Day): Date {
  const u = new Date(day * MS_PER_DAY);
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
}

/** The local calendar date of a clock reading: how adapters turn "now" into an as-of date. */
export function todayFrom(now: Date): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The Monday that starts the Monday-Sunday week holding `day`. */
export function mondayOf(day: Day): Day {
  return day - ((weekday(day) + 6) % 7);
}

export function isBusinessDay(day: Day): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6;
}

/** The first Tuesday, Wednesday or Thursday on or after `day` ([004]: InMails do best then). */
export function nextTueToThu(day: Day): Day {
  let d = day;
  while (weekday(d) < 2 || weekday(d) > 4) d++;
  return d;
}

export function nextBusinessDay(day: Day): Day {
  let d = day;
  while (!isBusinessDay(d)) d++;
  return d;
}
