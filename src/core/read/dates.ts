/**
 * SPEC section 1a: dates as exports write them. `2026-11-18` (with or without a time),
 * `11/18/2026` or `18/11/2026` (by the column's date order), `18.11.2026`, `18 Nov 2026` (LinkedIn's
 * Connections export), `Nov 18, 2026`, a time after any of them, and a spreadsheet serial number.
 * The calendar arithmetic stays in ../dates.ts; this file only reads text.
 */
import { type Day, MS_PER_DAY, civilDay, dayFromDate, isDate, parseIsoDay } from '../dates.js';
import { Problem } from '../model.js';

/** How a slash date `03/04/2026` is read. */
export type SlashOrder = 'month-first' | 'day-first';

/**
 * The date order of one column: `guessed` when `Date Order` is auto and nothing in the column told.
 * `sep`: the separator its numeric dates are mostly written with (`/` or `-`), whose values told
 * the order; a value written with the other one came from elsewhere (another tool, a hand).
 */
export interface DateReading {
  readonly order: SlashOrder;
  readonly guessed: boolean;
  readonly sep?: string;
  /**
   * The day an instant falls on where the user is (the machine's zone, the spreadsheet's): how a
   * timestamp that names its zone (`2026-12-06T06:30:58.000Z`, as lemlist, Apollo and Phantombuster
   * write one) is read. Without it, such a timestamp is read by the date it is written with.
   */
  readonly instantDay?: (ms: number) => Day;
}

export const MONTH_FIRST: DateReading = { order: 'month-first', guessed: true };

/** Day 0 of the spreadsheet serial numbers (1899-12-30) is this many days before 1970-01-01. */
const SERIAL_EPOCH = 25_569;
/** 9999-12-31 as a serial number: the last date a spreadsheet holds. */
const SERIAL_MAX = 2_958_465;

const MONTHS: Record<string, number> = {};
[
  // Portuguese, then Polish, then Czech, then Ukrainian, then Russian last on each line (`set`, `mai`,
  // `dez`, `abr`, `ago`, `mar`, `lis`, `listopad` are other languages' too, the same month). Polish,
  // Czech, Ukrainian and Russian as a date writes them (`23 listopada 2026`, `23. listopadu 2026`,
  // `23 листопада 2026`, `23 ноября 2026`: the genitive), as a month on its own (`listopad`, `ноябрь`),
  // and as Excel shortens them (`23 lis 2026`, `23 ноя 2026`; Russian's own short forms `нояб.`,
  // `сент.`, `февр.` too), with their letters or without.
  [
    'jan',
    'january',
    'janv',
    'janvier',
    'januar',
    'ene',
    'enero',
    'gen',
    'janeiro',
    'sty',
    'stycznia',
    'styczeń',
    'styczen',
    'led',
    'ledna',
    'leden',
    // Dutch, Swedish, Danish, Norwegian and Finnish (`januari`, `tammikuuta`: Finnish as a date writes it, the
    // partitive), on their own (`tammikuu`) and as Excel shortens them (`mrt`, `des`, `tammi`, `tammik.`), where
    // not another language's already (`januar`, `mars`, `maj`, `okt`); with their letters or without.
    'januari',
    'tammikuuta',
    'tammikuu',
    'tammik',
    'tammi',
    'січ',
    'січня',
    'січень',
    'янв',
    'января',
    'январь',
  ],
  [
    'feb',
    'february',
    'févr',
    'fevr',
    'février',
    'fevrier',
    'februar',
    'febr',
    'fev',
    'fevereiro',
    'lut',
    'lutego',
    'luty',
    'úno',
    'uno',
    'února',
    'unora',
    'únor',
    'unor',
    // Dutch and Nordic
    'februari',
    'helmikuuta',
    'helmikuu',
    'helmik',
    'helmi',
    'лют',
    'лютого',
    'лютий',
    'фев',
    'февр',
    'февраля',
    'февраль',
  ],
  [
    'mar',
    'march',
    'mars',
    'märz',
    'marz',
    'mär',
    'mrz',
    'marzo',
    'março',
    'marco',
    'marca',
    'marzec',
    'bře',
    'bre',
    'března',
    'brezna',
    'březen',
    'brezen',
    // Dutch and Nordic
    'maart',
    'mrt',
    'marts',
    'maaliskuuta',
    'maaliskuu',
    'maalisk',
    'maalis',
    'бер',
    'березня',
    'березень',
    'мар',
    'марта',
    'март',
  ],
  [
    'apr',
    'april',
    'avr',
    'avril',
    'abr',
    'abril',
    'aprile',
    'kwi',
    'kwietnia',
    'kwiecień',
    'kwiecien',
    'dub',
    'dubna',
    'duben',
    // Dutch and Nordic
    'huhtikuuta',
    'huhtikuu',
    'huhtik',
    'huhti',
    'кві',
    'квітня',
    'квітень',
    'апр',
    'апреля',
    'апрель',
  ],
  [
    'may',
    'mai',
    'mayo',
    'mag',
    'maggio',
    'maio',
    'maj',
    'maja',
    'kvě',
    'kve',
    'května',
    'kvetna',
    'květen',
    'kveten',
    // Dutch and Nordic
    'mei',
    'toukokuuta',
    'toukokuu',
    'toukok',
    'touko',
    'тра',
    'травня',
    'травень',
    'май',
    'мая',
  ],
  [
    'jun',
    'june',
    'juin',
    'juni',
    'junio',
    'giu',
    'junho',
    'cze',
    'czerwca',
    'czerwiec',
    'čvn',
    'cvn',
    'června',
    'cervna',
    'červen',
    'cerven',
    // Dutch and Nordic
    'kesäkuuta',
    'kesakuuta',
    'kesäkuu',
    'kesakuu',
    'kesäk',
    'kesak',
    'kesä',
    'kesa',
    'чер',
    'червня',
    'червень',
    'июн',
    'июня',
    'июнь',
  ],
  [
    'jul',
    'july',
    'juil',
    'juillet',
    'juli',
    'julio',
    'lug',
    'julho',
    'lip',
    'lipca',
    'lipiec',
    'čvc',
    'cvc',
    'července',
    'cervence',
    'červenec',
    'cervenec',
    // Dutch and Nordic
    'heinäkuuta',
    'heinakuuta',
    'heinäkuu',
    'heinakuu',
    'heinäk',
    'heinak',
    'heinä',
    'heina',
    'лип',
    'липня',
    'липень',
    'июл',
    'июля',
    'июль',
  ],
  [
    'aug',
    'august',
    'août',
    'aout',
    'ago',
    'agosto',
    'sie',
    'sierpnia',
    'sierpień',
    'sierpien',
    'srp',
    'srpna',
    'srpen',
    // Dutch and Nordic
    'augustus',
    'augusti',
    'elokuuta',
    'elokuu',
    'elok',
    'elo',
    'сер',
    'серпня',
    'серпень',
    'авг',
    'августа',
    'август',
  ],
  [
    'sep',
    'sept',
    'september',
    'septembre',
    'set',
    'septiembre',
    'setembro',
    'wrz',
    'września',
    'wrzesnia',
    'wrzesień',
    'wrzesien',
    'zář',
    'zar',
    'září',
    'zari',
    // Dutch and Nordic
    'syyskuuta',
    'syyskuu',
    'syysk',
    'syys',
    'вер',
    'вересня',
    'вересень',
    'сен',
    'сент',
    'сентября',
    'сентябрь',
  ],
  [
    'oct',
    'october',
    'octobre',
    'okt',
    'oktober',
    'octubre',
    'ott',
    'out',
    'outubro',
    'paź',
    'paz',
    'października',
    'pazdziernika',
    'październik',
    'pazdziernik',
    'říj',
    'rij',
    'října',
    'rijna',
    'říjen',
    'rijen',
    // Dutch and Nordic
    'lokakuuta',
    'lokakuu',
    'lokak',
    'loka',
    'жов',
    'жовтня',
    'жовтень',
    'окт',
    'октября',
    'октябрь',
  ],
  [
    'nov',
    'november',
    'novembre',
    'noviembre',
    'novembro',
    'lis',
    'listopada',
    'listopad',
    'listopadu',
    // Dutch and Nordic
    'marraskuuta',
    'marraskuu',
    'marrask',
    'marras',
    'лис',
    'листопада',
    'листопад',
    'ноя',
    'нояб',
    'ноября',
    'ноябрь',
  ],
  [
    'dec',
    'december',
    'déc',
    'décembre',
    'decembre',
    'dez',
    'dezember',
    'dic',
    'diciembre',
    'dezembro',
    'gru',
    'grudnia',
    'grudzień',
    'grudzien',
    'pro',
    'prosince',
    'prosinec',
    // Dutch and Nordic
    'desember',
    'des',
    'joulukuuta',
    'joulukuu',
    'jouluk',
    'joulu',
    'гру',
    'грудня',
    'грудень',
    'дек',
    'декабря',
    'декабрь',
  ],
].forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});

/**
 * A time of day after the date: ` 10:32`, `T10:32:00.000Z`, `, 9:05 AM`, ` 14:00 UTC`; and after the
 * `kl.` (`klokken`, `klockan`) or Finnish `klo` a Nordic date writes before it, with a colon or a dot: ` kl. 10:15`, ` klo 10.15`.
 */
const TIME =
  /(?:[T\s,]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?|,?\s+kl(?:o|\.)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)$/;
const NUMERIC = /^(\d{1,5})([/.-])(\d{1,2})\2(\d{1,5})$/;
/** A day-first date with a space after each dot, as Czechs write one: `23. 11. 2026`. */
const SPACED_DOTS = /^(\d{1,2})\. (\d{1,2})\. (\d{4})$/;
// `18 Nov 2026`, `Wed, 18 Nov 2026`, `18-Nov-2026`, German `04.Dez.26`, Spanish `4 de diciembre de 2026`,
// Portuguese `sáb, 3 de dez. de 2026`, `quinta-feira, 3 de dezembro de 2026` and `03/dez/2026`, Polish
// `23 listopada 2026` and `23 paź 2026` (a month of up to 12 letters, Polish ones among them), Czech
// `23. listopadu 2026` and `3. října 2026`, Ukrainian `23 листопада 2026`, Russian `23 ноября 2026`.
const DAY_MONTH_YEAR =
  /^(?:[a-zà-ü]{2,9}(?:-feira)?\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?(?:\s+de(?=\s))?[\s/-]*([a-zà-üąćęłńśźžčďěňřšťůýа-яіїєґ]{3,12})\.?,?(?:\s+del?(?=\s))?[\s/-]*(\d{2,5})$/i;
const MONTH_DAY_YEAR = /^(?:[a-zà-ü]{2,9}(?:-feira)?\.?,?\s+)?([a-zà-üąćęłńśźžčďěňřšťůýа-яіїєґ]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2,5})$/i;
/**
 * The `r.` (`roku`, "of the year") a Polish date writes after its year: `23.11.2026 r.`, `23 listopada 2026 r.`;
 * the Cyrillic `р.` (`року`) a Ukrainian one writes: `23.11.2026 р.`; and the `г.` (`года`) a Russian one
 * writes: `23.11.2026 г.`.
 */
const POLISH_YEAR_MARK = /(\d{4})\s*[rрг]\.?$/;
/**
 * A Portuguese weekday before a numeric date, as Excel's `ddd, dd/mm/aaaa` in Brazil writes it
 * (`qui, 03/12/2026`, `quinta-feira, 03/12/2026`): the date, read day first, as Brazil and Portugal write it.
 */
const PORTUGUESE_WEEKDAY = /^(?:(?:seg(?:unda)?|ter(?:[çc]a)?|qua(?:rta)?|qui(?:nta)?|sex(?:ta)?)(?:-feira)?|s[áa]b(?:ado)?|dom(?:ingo)?)\.?,?\s+(\d.*)$/i;

const ACCEPTS = 'expected a date such as 2026-11-18 or 18 Nov 2026';

function year(text: string): number | Problem {
  const y = Number(text);
  if (text.length === 2) return y < 70 ? 2000 + y : 1900 + y;
  if (text.length !== 4 || y < 1) return new Problem('expected a year from 0001 to 9999');
  return y;
}

function fromParts(y: number | Problem, m: number, d: number): Day | Problem {
  if (y instanceof Problem) return y;
  // A month's day past its end (2026-02-30, 31.04.2026) is no day; a month past 12 is no date's.
  if (m < 1 || m > 12) return new Problem(ACCEPTS);
  return civilDay(y, m, d) ?? new Problem('expected a date: there is no such day', 'no-such-day');
}

/**
 * Reads a slash date by the column's order. A guessed column (nothing told) still reads a date
 * that only one order makes valid (`25/11/2026`), rather than failing a row of valid data; so does
 * a date written with another separator than the column's (`24-11-2026` among `11/24/26`), which
 * the column's order was not told by.
 */
function slashDate(a: number, b: number, y: number | Problem, reading: DateReading, sep: string): Day | Problem {
  const dayFirst = sep === '.' || reading.order === 'day-first';
  const [m, d] = dayFirst ? [b, a] : [a, b];
  const untold = reading.guessed || (reading.sep !== undefined && reading.sep !== sep);
  if (m > 12 && untold && sep !== '.' && d <= 12) return fromParts(y, d, m);
  if (m > 12) {
    // Nor a date the other way round (31/11/2026: November has 30 days): no such day, in either order.
    if (d <= 12 && !(y instanceof Problem) && civilDay(y, d, m) === undefined) return fromParts(y, d, m);
    return new Problem(`expected a date as ${dayFirst ? 'D/M/YYYY' : 'M/D/YYYY'} (Date Order: ${reading.order})`);
  }
  return fromParts(y, m, d);
}

/** An ISO timestamp that names its zone: `2026-12-06T06:30:58.000Z`, `2026-12-15 01:00:00+09:00`, `2026-12-06 06:30 UTC`. */
const ZONED = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:(Z|UTC|GMT)|([+-])(\d{2}):?(\d{2})?)\s*$/i;

/** The instant (ms since 1970 UTC) an ISO timestamp that names its zone stands for, or undefined for any other text. */
export function zonedInstant(text: string): number | undefined {
  const m = ZONED.exec(text);
  if (!m) return undefined;
  const day = civilDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const [h, min, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  // Zones run from UTC-12 to UTC+14: an offset past those, or of 60 minutes or more, is no zone's.
  const [oh, om] = [Number(m[9] ?? 0), Number(m[10] ?? 0)];
  if (day === undefined || h > 23 || min > 59 || sec > 59 || oh > 14 || om > 59) return undefined;
  const offset = m[7] ? 0 : (m[8] === '-' ? -1 : 1) * (oh * 60 + om);
  return day * MS_PER_DAY + ((h * 60 + min - offset) * 60 + sec) * 1000;
}

/** The user's day of a timestamp that names its zone, where the reading knows the user's zone; else undefined. */
function zonedDay(text: string, reading: DateReading): Day | undefined {
  if (reading.instantDay === undefined) return undefined;
  const instant = zonedInstant(text);
  return instant === undefined ? undefined : reading.instantDay(instant);
}

/** Date text as a Day, or a Problem saying what a date looks like. */
export function parseDateText(raw: string, reading: DateReading = MONTH_FIRST): Day | Problem {
  // A timestamp that names its zone is an instant: its day is the user's, where the reading knows it.
  // (Longer than a date alone, which most cells are: those pass on one comparison.)
  if (raw.length > 16) {
    const zoned = zonedDay(raw, reading);
    if (zoned !== undefined) return zoned;
  }
  const iso = parseIsoDay(raw);
  if (iso !== undefined) return iso;
  const timed = raw.trim().replace(TIME, '').trim();
  // Only a text that ends in an `r`, a Cyrillic `р` or `г`, or a dot is looked at again.
  const last = timed.charCodeAt(timed.length - 1);
  const text = last === 114 || last === 46 || last === 1088 || last === 1075 ? timed.replace(POLISH_YEAR_MARK, '$1') : timed;
  if (text !== raw) {
    const isoAgain = parseIsoDay(text);
    if (isoAgain !== undefined) return isoAgain;
  }
  const n = NUMERIC.exec(text);
  if (n) {
    const [, p1, sep, p2, p3] = n as unknown as [string, string, string, string, string];
    if (p1.length >= 4) return fromParts(year(p1), Number(p2), Number(p3));
    return slashDate(Number(p1), Number(p2), year(p3), reading, sep);
  }
  // Only a text with a dot and a space as its third and fourth characters (or its second and third) is tried.
  if (text.charCodeAt(3) === 32 || text.charCodeAt(2) === 32) {
    const spaced = SPACED_DOTS.exec(text);
    if (spaced) return slashDate(Number(spaced[1]), Number(spaced[2]), year(spaced[3] as string), reading, '.');
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = MONTHS[(dmy[2] as string).toLowerCase()];
    if (month !== undefined) return fromParts(year(dmy[3] as string), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = MONTHS[(mdy[1] as string).toLowerCase()];
    if (month !== undefined) return fromParts(year(mdy[3] as string), month, Number(mdy[2]));
  }
  const weekday = PORTUGUESE_WEEKDAY.exec(text);
  const after = weekday ? NUMERIC.exec(weekday[1] as string) : null;
  if (after) {
    const [, p1, sep, p2, p3] = after as unknown as [string, string, string, string, string];
    if (p1.length >= 4) return fromParts(year(p1), Number(p2), Number(p3));
    return slashDate(Number(p1), Number(p2), year(p3), { order: 'day-first', guessed: false }, sep);
  }
  // `1.12` is a serial number of 1900 as text, and a German day and month with its last dot left off.
  if (isSerialText(text)) return hasNoYear(text) ? NO_YEAR_PROBLEM : serialDay(Number(text));
  return hasNoYear(text) ? NO_YEAR_PROBLEM : new Problem(ACCEPTS);
}

/** A day and a month with no year, as a rep types a date into a cell: `12/8`, `Dec 8`, `8th Dec`, `5. März`. */
const NO_YEAR_NUMERIC = /^\d{1,2}[/.-]\d{1,2}\.?$/;
const NO_YEAR_WORDS =
  /^(?:([a-zà-üąćęłńśźžčďěňřšťůýа-яіїєґ]{3,12})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\.?\s+([a-zà-üąćęłńśźžčďěňřšťůýа-яіїєґ]{3,12})\.?)$/i;

function hasNoYear(text: string): boolean {
  if (NO_YEAR_NUMERIC.test(text)) return true;
  const m = NO_YEAR_WORDS.exec(text);
  // A month's name, not any word before a number (`Week 48`, `Sprint 3`).
  return m !== null && MONTHS[(m[1] ?? m[2] ?? '').toLowerCase()] !== undefined;
}

/** A date with no year: it could be any year's, so it is not guessed. */
export const NO_YEAR_PROBLEM = new Problem('expected a date with its year, such as 2026-11-18 or 18 Nov 2026');

/** Whether a text is a spreadsheet serial number as a date cell holds one (`46346`, `45000.5`), blanks around it aside. */
export const isSerialText = (text: string): boolean => /^\s*\d+(?:\.\d+)?\s*$/.test(text);

/** A spreadsheet serial number (days since 1899-12-30, a fraction is the time of day). */
export function serialDay(n: number): Day | Problem {
  if (!Number.isFinite(n) || n < 1 || n >= SERIAL_MAX + 1) return new Problem('expected a date, or a date serial number over 0');
  return Math.floor(n) - SERIAL_EPOCH;
}

/** Serial 0's day, 1899-12-30: a 0 shown as a date (a formula's 0 in a date-formatted column). */
export const ZERO_DAY: Day = -SERIAL_EPOCH;

/**
 * Whether a cell holds a 0 shown as a date, as a row a formula was filled down to leaves it: a
 * Date of 1899-12-30 (Sheets gives it at midnight where the spreadsheet is, so a day either side
 * where the script's zone is not the spreadsheet's) or that day as text (a CSV of the same sheet).
 */
export function isZeroDate(cell: unknown): boolean {
  if (isDate(cell)) {
    const day = dayFromDate(cell);
    return day !== undefined && Math.abs(day - ZERO_DAY) <= 1;
  }
  if (typeof cell !== 'string' || !cell.includes('1899')) return false;
  return parseDateText(cell, { order: 'month-first', guessed: false }) === ZERO_DAY || parseDateText(cell, { order: 'day-first', guessed: false }) === ZERO_DAY;
}

const ZERO_DATE_PROBLEM = new Problem('expected a date: 1899-12-30 is a 0 shown as a date');

/** A date cell of any kind: a Sheets Date, a serial number, or text. 1899-12-30 is a 0 shown as a date, as the number 0 is no date. */
export function readDate(cell: string | number | boolean | Date, reading: DateReading = MONTH_FIRST): Day | Problem {
  const day = anyDate(cell, reading);
  return day === ZERO_DAY ? ZERO_DATE_PROBLEM : day;
}

function anyDate(cell: string | number | boolean | Date, reading: DateReading): Day | Problem {
  if (typeof cell === 'string') return parseDateText(cell, reading);
  if (typeof cell === 'number') return serialDay(cell);
  if (isDate(cell)) {
    const y = cell.getFullYear();
    if (!(y >= 1 && y <= 9999)) return new Problem('expected a year from 0001 to 9999');
    return dayFromDate(cell) ?? new Problem(ACCEPTS);
  }
  return new Problem(ACCEPTS);
}

/** What one value says about the order of its column: a first part over 12 is a day. `sep`: only values written with it. */
export function slashEvidence(cell: unknown, sep?: string): SlashOrder | 'either' | undefined {
  if (typeof cell !== 'string') return undefined;
  const n = NUMERIC.exec(cell.trim().replace(TIME, '').trim());
  if (!n || n[2] === '.' || (n[1] as string).length >= 4 || (sep !== undefined && n[2] !== sep)) return undefined;
  const a = Number(n[1]);
  const b = Number(n[3]);
  if (a > 12 && a <= 31 && b <= 12) return 'day-first';
  if (b > 12 && b <= 31 && a <= 12) return 'month-first';
  return a <= 12 && b <= 12 ? 'either' : undefined;
}

/** How a column's values decide its order under `Date Order: auto`. */
export interface OrderEvidence {
  readonly dayFirst: number;
  readonly monthFirst: number;
  readonly either: number;
  /** A value that showed the order, for the summary. */
  readonly example?: string;
  /** The first value that can only be day-first, and the first that can only be month-first. */
  readonly dayExample?: string;
  readonly monthExample?: string;
  /**
   * The separator of the values counted (`bySeparator`): of `/` and `-`, the one most of the
   * values that tell the order are written with; on a tie, most values; on a tie again, `/`.
   */
  readonly sep?: string;
}

/** Of `/` and `-`, the one most of the cells' numeric dates that tell their order are written with; on a tie, most of them; else `/`. */
function separatorOf(cells: readonly unknown[]): string | undefined {
  const told = { '/': 0, '-': 0 };
  const all = { '/': 0, '-': 0 };
  for (const c of cells) {
    const e = slashEvidence(c);
    if (e === undefined) continue;
    const sep = NUMERIC.exec(String(c).trim().replace(TIME, '').trim())?.[2] === '-' ? '-' : '/';
    all[sep]++;
    if (e !== 'either') told[sep]++;
  }
  if (all['/'] + all['-'] === 0) return undefined;
  if (told['-'] !== told['/']) return told['-'] > told['/'] ? '-' : '/';
  return all['-'] > all['/'] ? '-' : '/';
}

/**
 * How the cells tell their column's order. `bySeparator` (Date Order auto): only the values
 * written with the column's separator (`separatorOf`) vote; one with the other separator came from
 * elsewhere, and reads by its own parts when only one order fits them.
 */
export function orderEvidence(cells: readonly unknown[], bySeparator = true): OrderEvidence {
  const sep = bySeparator ? separatorOf(cells) : undefined;
  let dayFirst = 0;
  let monthFirst = 0;
  let either = 0;
  let dayExample: string | undefined;
  let monthExample: string | undefined;
  let example: string | undefined;
  for (const c of cells) {
    const e = slashEvidence(c, sep);
    if (e === 'day-first') {
      dayFirst++;
      dayExample ??= String(c).trim();
    } else if (e === 'month-first') {
      monthFirst++;
      monthExample ??= String(c).trim();
    } else if (e === 'either') either++;
    if ((e === 'day-first' || e === 'month-first') && example === undefined) example = String(c).trim();
  }
  return { dayFirst, monthFirst, either, example, dayExample, monthExample, ...(sep === undefined ? {} : { sep }) };
}
