import { describe, expect, it } from 'vitest';
import { parseRowList, rowsIn } from '../src/cli/done.js';

const rows = (text: string, first = 2, last = 51) => {
  const list = parseRowList(text);
  return typeof list === 'string' ? list : rowsIn(list, first, last);
};

describe('SPEC 9: done --rows takes rows as a spreadsheet numbers them', () => {
  it('single rows and ranges, in order, without repeats', () => {
    expect(rows('3,7-9')).toEqual([3, 7, 8, 9]);
    expect(rows('9, 3 ,8-9,2')).toEqual([2, 3, 8, 9]);
    expect(rows('51')).toEqual([51]);
  });

  it.each([
    ['0', '--rows: row 0 does not exist: rows are numbered from 1, as in a spreadsheet'],
    ['999', '--rows: row 999 is past the last row of the file (row 51)'],
    ['40-52', '--rows: row 52 is past the last row of the file (row 51)'],
    ['a-b', "--rows: expected row numbers and ranges such as 3,7-9 (got 'a-b')"],
    ['3,,4', "--rows: expected row numbers and ranges such as 3,7-9 (got '3,,4')"],
    ['-3', "--rows: expected row numbers and ranges such as 3,7-9 (got '-3')"],
    ['2.5', "--rows: expected row numbers and ranges such as 3,7-9 (got '2.5')"],
    ['', "--rows: expected row numbers and ranges such as 3,7-9 (got '')"],
    ['9-7', '--rows: the range 9-7 runs backwards (write 7-9)'],
    ['1', '--rows: row 1 is the header row; prospects start at row 2'],
    ['99999999999999999999', '--rows: 99999999999999999999 is not a row number'],
  ])('%s: one clear line', (text, message) => {
    expect(rows(text)).toBe(message);
  });

  it('title lines above the header: rows above it are refused, counted from the top', () => {
    expect(rows('2', 4, 10)).toBe('--rows: row 2 is above the header row; prospects start at row 4');
    expect(rows('3', 4, 10)).toBe('--rows: row 3 is the header row; prospects start at row 4');
    expect(rows('4-5', 4, 10)).toEqual([4, 5]);
  });
});
