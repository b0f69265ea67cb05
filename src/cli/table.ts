/**
 * Text for a terminal: every cell shown with its control characters as visible escapes (a cell
 * can neither retitle nor clear the terminal, and a line break in a name cannot break a row),
 * and rows cut to the terminal's width. Also JSON Lines, the `--format json` of every command,
 * and the CSV of a report (today, stats, inspect).
 */
import { defuse, fullName } from '../core/index.js';
import { csvCell } from './csv.js';

/**
 * string-width, loaded when a table is first laid out (tableReady): its Unicode tables cost a
 * noticeable part of start-up, and a CSV or JSON run never measures text.
 */
let stringWidth: ((text: string) => number) | undefined;

/** Loads what measures text for a terminal: await it before formatTable, tableLine or cut. */
export async function tableReady(): Promise<void> {
  stringWidth ??= (await import('string-width')).default;
}

/**
 * C0 and C1 controls, DEL, and the invisible marks that reorder or hide text (bidi overrides and
 * isolates, line and paragraph separators): each is shown as an escape, `\n`, `\x1b`, `\u202e`.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A cell as it may be shown on a terminal. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Columns a text takes on a terminal: wide (East Asian, emoji) characters two, combining marks none. */
export function displayWidth(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  if (stringWidth === undefined) throw new Error('displayWidth before tableReady()');
  return stringWidth(text);
}

/** Made on first use: creating a segmenter loads ICU's break rules. */
let graphemes: Intl.Segmenter | undefined;

/** `text` cut to `width` terminal columns, with … where it was cut; never a character split. */
export function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  graphemes ??= new Intl.Segmenter();
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

const pad = (text: string, width: number, right = false) => {
  const room = width - displayWidth(text);
  return room <= 0 ? text : right ? ' '.repeat(room) + text : text + ' '.repeat(room);
};

/** How the plan's table is laid out: where the name is, how wide it is, and the terminal's width (none: no limit). */
export interface TableLayout {
  nameAt: number;
  /** With First and Last Name columns and no Name: the Last Name's, shown after the first (else -1). */
  lastNameAt: number;
  /** The longest name's length, in UTF-16 units. */
  nameWidth: number;
  /** Whether a name starts with a character of two columns (Chinese, Japanese, Korean): names are then about twice their length wide. */
  wideNames?: boolean;
  width?: number;
}

/** The name a row shows: its Name cell, or its First and Last Name joined as the reader joins them. */
export function tableName(cells: readonly string[], layout: TableLayout): string {
  const name = cells[layout.nameAt] ?? '';
  return layout.lastNameAt < 0 ? name : fullName(name, cells[layout.lastNameAt]);
}

/** The widest a name column gets, and the least room left for the reason on a narrow terminal. */
const NAME_MAX = 28;
const REASON_MIN = 16;
/** Row, Channel, Day, Date, Cost and the two spaces after each: the fixed part of a plan line. */
const FIXED = 5 + 2 + 2 + 14 + 2 + 3 + 2 + 10 + 2 + 6 + 2;

/**
 * One row of the plan's table (`header`: its header row): Row, Name, Channel, Day, Date, Cost,
 * Reason. On a terminal the Reason is never cut: it goes on under itself, broken between words,
 * as `today`'s does, or under its row where too little room is left beside it.
 */
export function tableLine(cells: readonly string[], layout: TableLayout, header = false): string {
  const [num, name, channel, day, date, cost, reason] = cells.map(visible) as [string, string, string, string, string, string, string];
  const widest = Math.min(layout.wideNames ? 2 * layout.nameWidth : layout.nameWidth, NAME_MAX);
  const line = (nameWidth: number) =>
    `${pad(num, 5, true)}  ${pad(cut(name, nameWidth), nameWidth)}  ${pad(channel, 14)}  ${pad(day, 3, true)}  ${pad(date, 10)}  ${pad(cost, 6, true)}  `;
  const width = layout.width;
  if (!width) return `${(line(widest) + reason).trimEnd()}\n`;
  const nameWidth = Math.max(4, Math.min(widest, width - FIXED - REASON_MIN));
  const room = width - FIXED - nameWidth;
  if (room >= WRAP_MIN) {
    const [first, ...more] = wrapWords(reason, room);
    const indent = ' '.repeat(FIXED + nameWidth);
    return `${(line(nameWidth) + (first ?? '')).trimEnd()}\n${more.map((l) => `${indent}${l}\n`).join('')}`;
  }
  // Too little room beside the row (an 80-column terminal): the Reason goes under it, as a table's
  // last column does (`formatTable`), and the name has the row's room; on a terminal narrower than
  // the fixed columns, the row is cut at its edge.
  const under = header ? [] : wrapWords(reason, width - 2);
  return `${cut(line(Math.max(4, Math.min(widest, width - FIXED))), width).trimEnd()}\n${under.map((l) => `  ${l}\n`).join('')}`;
}

/** The narrowest room a wrapped last column is given beside the others: narrower, it goes under its row. */
const WRAP_MIN = 24;

/**
 * Any small table (rows of cells, the first row the header) laid out in columns, cells escaped,
 * each line cut to `width` when given. For commands that show a few rows (inspect, today, stats).
 * `wrapLast`: the last column's text (stats' Note, what to do) is never cut: it goes on under
 * itself, word by word, or, where the other columns leave it too little room, under its row.
 */
export function formatTable(rows: readonly (readonly string[])[], terminalWidth?: number, rightAligned: readonly number[] = [], wrapLast = false): string {
  // A terminal that says it is 0 columns wide (`stty size` of 0 0 under `script`) sets no limit, as the plan's table takes it.
  const width = terminalWidth === 0 ? undefined : terminalWidth;
  const shown = rows.map((r) => r.map(visible));
  const widths: number[] = [];
  for (const r of shown) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  const last = widths.length - 1;
  // Where the last column starts, and whether it has room there when a line is too long.
  const start = widths.slice(0, last).reduce((a, w) => a + w + 2, 0);
  // A line as printed: the columns before the last padded to their widths.
  const wraps = wrapLast && width !== undefined && last > 0 && shown.some((r) => start + displayWidth(r[last] ?? '') > width);
  const under = wraps && (width as number) - start < WRAP_MIN;
  return shown
    .map((r, k) => {
      const cells = r.map((c, i) => (i === r.length - 1 && !rightAligned.includes(i) ? c : pad(c, widths[i] ?? 0, rightAligned.includes(i))));
      if (wraps && r.length === last + 1) {
        const before = cells.slice(0, last).join('  ');
        const text = r[last] as string;
        // Under its row, the header's name of the column says nothing.
        if (under)
          return `${cut(before.trimEnd(), width as number)}\n${
            k === 0
              ? ''
              : wrapWords(text, (width as number) - 2)
                  .map((l) => `  ${l}\n`)
                  .join('')
          }`;
        const [first, ...more] = wrapWords(text, (width as number) - start);
        return `${`${before}  ${first ?? ''}`.trimEnd()}\n${more.map((l) => `${' '.repeat(start)}${l}\n`).join('')}`;
      }
      const line = cells.join('  ').trimEnd();
      return `${width ? cut(line, width) : line}\n`;
    })
    .join('');
}

/** `text` in lines of at most `room` columns, broken between words (a word longer than a line is cut). */
function wrapWords(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (displayWidth(joined) <= room) line = joined;
    else {
      if (line !== '') lines.push(line);
      line = displayWidth(word) <= room ? word : cut(word, room);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * JSON keys for a header: blank headers become `Column N`, a repeated one `Name (2)`; `ours` (the
 * planned cells) keep their names, as do keys put before the header's (`before`).
 */
export function jsonKeys(header: readonly string[], ours?: { readonly at: number; readonly count: number }, before: readonly string[] = []): string[] {
  const keys = new Array<string>(header.length);
  const taken = new Set<string>(before);
  // Our cells keep their own names (`.Channel` is the plan's): a column of the user's with one of them is the one renamed.
  const isOurs = (i: number) => ours !== undefined && i >= ours.at && i < ours.at + ours.count;
  for (let i = 0; i < header.length; i++) {
    if (!isOurs(i)) continue;
    keys[i] = header[i] as string;
    taken.add(keys[i] as string);
  }
  for (let i = 0; i < header.length; i++) {
    if (isOurs(i)) continue;
    const h = header[i] as string;
    const base = h.trim() === '' ? `Column ${i + 1}` : h;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base} (${n})`;
    keys[i] = key;
    taken.add(key);
  }
  return keys;
}

/** A JSON line's value: a cell's text, or a number (the plan's Day and Cost), null where it has none. */
export type JsonValue = string | number | null;

/** One row as a JSON object on one line; cells past the header's keys get `Column N`, N counted after the `lead` cells put before the row's own. */
export function jsonLine(keys: readonly string[], cells: readonly JsonValue[], lead = 0): string {
  const row: Record<string, JsonValue> = {};
  cells.forEach((c, i) => (row[keys[i] ?? `Column ${i + 1 - lead}`] = c));
  return `${JSON.stringify(row)}\n`;
}

/**
 * A report's rows (header first) as a CSV file of our own making (today, stats, inspect; not the
 * plan, which gives the user's file back with its own bytes): a cell a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@` first) defused as every value we write is; UTF-8 with a byte-order
 * mark, the one way Excel in any locale reads UTF-8 (without it, German Excel shows "JÃ¼rgen"),
 * and every character fits; cells split by the input's delimiter, the list separator the user's
 * spreadsheet read the input with.
 */
export function reportCsv(rows: readonly (readonly string[])[], delimiter: string, bom: boolean): string {
  let text = bom ? REPORT_BOM : '';
  for (const r of rows) text += reportCsvLine(r, delimiter);
  return text;
}

/**
 * The delimiter a report is written with: the input's, but a comma in place of a tab or a pipe
 * in a file named `.csv`, which a spreadsheet opens as comma-separated (a tab-separated report
 * named so lands in one column); a semicolon stays, as Excel opens a `.csv` where it is the list
 * separator.
 */
export function reportDelimiter(input: string, output: string | undefined): string {
  return (input === '\t' || input === '|') && output !== undefined && /\.csv$/i.test(output) ? ',' : input;
}

/**
 * What a report's CSV starts with in a file: the BOM, the one way Excel reads UTF-8 in every
 * locale. Not in a pipe or on a terminal, where Unix tools take it for part of the first cell.
 */
export const REPORT_BOM = '\uFEFF';

/** One line of a report's CSV (reportCsv), for a report written a row at a time. */
export function reportCsvLine(cells: readonly string[], delimiter: string): string {
  return `${cells.map((c) => csvCell(defuse(c), delimiter)).join(delimiter)}\n`;
}

/** Keys of the JSON summaries whose numbers are rates, fractions of 1 (0.18 = 18%): computed, not summed, and left exact. */
const RATE_KEYS = new Set(['rate', 'low', 'high', 'assumed', 'proposal', 'replyRate']);

/**
 * A summary (the plan's, the campaign's numbers) as JSON, every amount (expected replies,
 * credits, dollars) rounded to 2 decimals, as the summary's words show them, not to a sum's last
 * float digit (4.6476000000000001); a rate (a fraction, and its interval) as computed, so a
 * program can take it as it is. `indent` as JSON.stringify's.
 */
export function roundedJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (key, v: unknown) => (typeof v !== 'number' || Number.isInteger(v) || !Number.isFinite(v) || RATE_KEYS.has(key) ? v : Math.round(v * 100) / 100),
    indent,
  );
}
