/**
 * `--rows 3,7-9`: rows as a spreadsheet numbers them (the header row is 1 when it is the first
 * line). Checked against the file once its rows are known, so a bad list is one clear line.
 */

/** A list as typed: single rows and inclusive ranges. */
export type RowList = ReadonlyArray<readonly [number, number]>;

const PART = /^(\d+)(?:-(\d+))?$/;

/** Reads `3,7-9`; a message for the user when the text is not such a list. */
export function parseRowList(text: string): RowList | string {
  const parts = text.split(',').map((p) => p.trim());
  const out: Array<[number, number]> = [];
  for (const part of parts) {
    const m = PART.exec(part);
    if (!m) return `--rows: expected row numbers and ranges such as 3,7-9 (got '${text}')`;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from === 0 || to === 0) return '--rows: row 0 does not exist: rows are numbered from 1, as in a spreadsheet';
    if (to < from) return `--rows: the range ${part} runs backwards (write ${to}-${from})`;
    if (!Number.isSafeInteger(to)) return `--rows: ${part} is not a row number`;
    out.push([from, to]);
  }
  return out;
}

/**
 * The rows of the list, in order and without repeats, when each is a prospect row: not above the
 * first one (the header row, or title lines over it) and not past the last.
 */
export function rowsIn(list: RowList, firstDataRow: number, lastRow: number): number[] | string {
  const rows = new Set<number>();
  for (const [from, to] of list) {
    if (from < firstDataRow) {
      return from === firstDataRow - 1
        ? `--rows: row ${from} is the header row; prospects start at row ${firstDataRow}`
        : `--rows: row ${from} is above the header row; prospects start at row ${firstDataRow}`;
    }
    if (to > lastRow) return `--rows: row ${to} is past the last row of the file (row ${lastRow})`;
    for (let r = from; r <= to; r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}
