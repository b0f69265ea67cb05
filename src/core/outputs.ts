/**
 * SPEC section 3: the five output columns. The one place that knows their names and how an
 * outcome becomes cells, for Sheets (numbers, dates) and for CSV (text).
 */
import { type Day, RowError } from './model.js';
import { formatDay } from './dates.js';
import type { RowOutcome } from './plan.js';
import { reasonOf } from './reasons.js';

export interface OutputCells {
  readonly channel: string;
  readonly day: number | '';
  readonly date: Day | null;
  readonly cost: number | '';
  readonly reason: string;
}

const BLANK: OutputCells = { channel: '', day: '', date: null, cost: '', reason: '' };

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula (CSV injection). Our text
 * never starts so, but an error quotes the sheet's own header; a leading apostrophe defuses it.
 */
export function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function outputCells(o: RowOutcome): OutputCells {
  if (o === 'blank') return BLANK;
  if (o instanceof RowError) {
    const text = defuse(o.text);
    return { channel: text, day: '', date: null, cost: '', reason: text };
  }
  return { channel: o.channel, day: o.day ?? '', date: o.date, cost: o.cost, reason: defuse(reasonOf(o)) };
}

/** CSV text: Date as YYYY-MM-DD, Cost with two decimals, Day a whole number or empty. */
export function outputText(o: RowOutcome): [string, string, string, string, string] {
  const c = outputCells(o);
  return [c.channel, c.day === '' ? '' : String(c.day), c.date === null ? '' : formatDay(c.date), c.cost === '' ? '' : c.cost.toFixed(2), c.reason];
}

/** Whether a row's outcome is an error: told by its kind, never by the text it starts with. */
export function isErrorOutcome(o: RowOutcome): o is RowError {
  return o instanceof RowError;
}
