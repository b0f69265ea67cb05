/**
 * SPEC section 3: the five output columns. The one place that knows their names and how an
 * outcome becomes cells, for Sheets (numbers, dates) and for CSV (text).
 */
import { formatDay } from './dates.js';
import { type Day, RowError } from './model.js';
import type { Outcome, RowOutcome } from './plan.js';
import { reasonOf } from './reasons.js';
import { remember } from './remember.js';

export interface OutputCells {
  readonly channel: string;
  readonly day: number | '';
  readonly date: Day | null;
  readonly cost: number | '';
  readonly reason: string;
}

const EQUALS = 61;
const PLUS = 43;
const MINUS = 45;
const AT = 64;
const TAB = 9;
const CR = 13;

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula (CSV injection); OWASP's
 * CSV Injection page names a leading tab and carriage return too, so those are defused as well.
 * Our text never starts so, but an error quotes the sheet's own header; a leading apostrophe
 * defuses it.
 */
export function defuse(text: string): string {
  const c = text.charCodeAt(0);
  return c === EQUALS || c === PLUS || c === MINUS || c === AT || c === TAB || c === CR ? `'${text}` : text;
}

/**
 * The five output cells as one row, the date shown by `dateOf`: what a sheet is given, made with
 * no object between (a full tab makes one a row). `reason` makes a planned row's Reason: by
 * default defused and flat; a maker of many rows may make it otherwise (`outcomeRowMaker`).
 *
 * The Reason is kept in the row, so its form counts: a text added piece by piece is a chain of
 * joined pieces until something reads a character of it. `defuse` reads the first, which makes it
 * one flat string; left as a chain, a full tab's Reasons held half as much memory again (148 MB
 * against 93 MB for 400,000 rows) and the call took longer. Keep a read of the text here.
 */
export function outputRow<D>(
  o: RowOutcome,
  dateOf: (day: Day) => D,
  reason: (o: Outcome) => string = flatReason,
): [string, number | '', D | '', number | '', string] {
  if (o === 'blank') return ['', '', '', '', ''];
  if (o instanceof RowError) {
    const text = defuse(o.text);
    return [text, '', '', '', text];
  }
  return [o.channel, o.day ?? '', o.date === null ? '' : dateOf(o.date), o.cost, reason(o)];
}

/** A planned row's Reason as a cell shows it: defused, and flat (`outputRow`). */
const flatReason = (o: Outcome): string => defuse(reasonOf(o));

const asDay = (day: Day): Day => day;

/** The five output cells by name, the date as a Day: `outputRow`'s cells, for a caller that wants one or two of them. */
export function outputCells(o: RowOutcome): OutputCells {
  const [channel, day, date, cost, reason] = outputRow(o, asDay);
  return { channel, day, date: date === '' ? null : date, cost, reason };
}

/**
 * CSV text: Date as YYYY-MM-DD, Cost with two decimals, Day a whole number or empty. `decimalComma`:
 * Cost written 1,62, as a spreadsheet reads a number where the comma is the decimal mark.
 */
export function outputText(o: RowOutcome, decimalComma = false): [string, string, string, string, string] {
  if (o === 'blank') return ['', '', '', '', ''];
  if (o instanceof RowError) {
    const text = defuse(o.text);
    return [text, '', '', '', text];
  }
  const day = o.day ?? '';
  return [o.channel, day === '' ? '' : dayText(day), o.date === null ? '' : formatDay(o.date), costText(o.cost, decimalComma), defuse(reasonOf(o))];
}

/** Sequence days are small whole numbers, and a list holds a handful of costs: each is written once. */
const dayTexts: string[] = [];
const costTexts = new Map<number, string>();
const commaCostTexts = new Map<number, string>();

function dayText(day: number): string {
  if (!(day >= 0 && day < 1024 && Number.isInteger(day))) return String(day);
  let text = dayTexts[day];
  if (text === undefined) text = dayTexts[day] = String(day);
  return text;
}

function costText(cost: number, decimalComma: boolean): string {
  const texts = decimalComma ? commaCostTexts : costTexts;
  return texts.get(cost) ?? remember(texts, cost, decimalComma ? cost.toFixed(2).replace('.', ',') : cost.toFixed(2));
}

/** Whether a row's outcome is an error: told by its kind, never by the text it starts with. */
export function isErrorOutcome(o: RowOutcome): o is RowError {
  return o instanceof RowError;
}
