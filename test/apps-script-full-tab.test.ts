/**
 * The sidebar's Write on a full tab, through the real dist/ bundle: Sheets holds at most ten
 * million cells, so 400,000 rows of 20 columns plus our five is as large as a tab gets. The
 * harness must hold it (its fake sheet once spread every row into Math.max's arguments and
 * overflowed the stack at 200,000 rows), and the add-on must plan it with one read and one write.
 */
import { describe, expect, it } from 'vitest';
import { type Value, callCounts, loadDist } from '../src/preview/apps-script.js';

const ROWS = 400_000;
const HEADER = ['Name', 'Degree', 'Named Account', 'Warm', 'Trigger', 'Serious Ask', ...Array.from({ length: 14 }, (_, i) => `Notes ${i + 1}`)];
const DEGREES: Value[] = [1, 2, 3, '2nd', '3rd+'];

function tab(size: number): Value[][] {
  const rows: Value[][] = [HEADER];
  for (let i = 0; i < size; i++) {
    const row: Value[] = [
      `Prospect ${i}`,
      DEGREES[i % 5] as Value,
      i % 3 === 0 ? 'yes' : '',
      i % 4 === 0,
      i % 7 === 0 ? 'funding' : '',
      i % 11 === 0 ? 'yes' : '',
    ];
    for (let c = 0; c < 14; c++) row.push(c === 0 ? `n${i}` : c);
    rows.push(row);
  }
  return rows;
}

describe('the Apps Script harness at the sizes Sheets allows', () => {
  it('Write (writePlan) plans a full tab, 400,000 rows x 25 columns, with the calls of a 10-row tab, user cells kept', () => {
    const write = (size: number) => {
      const h = loadDist({ now: new Date(2026, 10, 23, 12) });
      const sheet = h.ss.addSheet('Prospects', tab(size));
      const outcome = h.global.writePlan?.({ settings: [['As Of', '2026-11-23']] }) as
        | { preview?: { counts: { prospects: number; blank: number; errors: number }; summary: { errors: number } } }
        | undefined;
      return { sheet, preview: outcome?.preview, calls: callCounts(h.log) };
    };
    const small = write(10);
    const { sheet, preview, calls } = write(ROWS);
    expect(preview?.counts).toEqual({ prospects: ROWS, blank: 0, errors: 0 });
    expect(preview?.summary.errors).toBe(0);
    expect(calls).toEqual(small.calls);
    expect(sheet.cells).toHaveLength(ROWS + 1);
    expect(sheet.cells[0]).toEqual([...HEADER, 'Channel', 'Day', 'Date', 'Cost', 'Reason']);
    let planned = 0;
    for (let i = 1; i <= ROWS; i++) {
      const r = sheet.cells[i] as Value[];
      if (r.length !== 25 || r[0] !== `Prospect ${i - 1}` || r[6] !== `n${i - 1}` || r[19] !== 13) throw new Error(`row ${i} changed: ${JSON.stringify(r)}`);
      if (typeof r[20] === 'string' && /^[A-Z_]+$/.test(r[20])) planned++;
    }
    expect(planned).toBe(ROWS);
    expect(sheet.formats.get(`${ROWS + 1},24`)).toBe('$#,##0.00');
  }, 240_000);
});
