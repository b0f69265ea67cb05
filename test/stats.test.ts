import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type Value, loadDist, sheetsValue } from '../src/preview/apps-script.js';
import { wilson } from '../src/core/index.js';

/**
 * test/fixtures/history/campaign.csv, counted by hand as of 2026-11-23 (groups of rows by name):
 * acceptance   A8 B6 C3 O2 accepted = 19, of A B C O + D12 declined + E4 withdrawn + F5 pending 21 days = 40
 *              (G4 pending 20 days and H2 with no request are not counted)
 * InMail reply K2 replied, of I4 (14 days) K2 L31 M2 N1 = 40 (J3 only 13 days; O2 accepted)
 * after accept A8 O2 replied, of A8 B6 O2 = 16: not enough data (C3 accepted 11 days ago)
 * refunds      I4 J3 L31 awaiting = 38 (M2 sent 91 days ago; N1 an Open Profile message; K2 O2 replied)
 * rows         91: 89 prospects, 1 blank, 1 error (status 'maybe')
 */
const HISTORY = 'test/fixtures/history/campaign.csv';

const TABLE = parse(readFileSync(HISTORY, 'utf8')) as string[][];
const HEADER = TABLE[0] as string[];
const ROWS = TABLE.slice(1).map((r) => r.map((c) => sheetsValue(c, true)));
const AS_OF: Value[][] = [['As Of', '2026-11-23']];

describe('CHANNEL_STATS through the bundle clasp pushes', () => {
  const { global } = loadDist();
  const stats = (...args: unknown[]) => global.CHANNEL_STATS?.(...args) as Value[][];

  it('returns a small table: a row per rate, the credits expected back, the rows read', () => {
    const t = stats(ROWS, [HEADER], AS_OF);
    expect(t[0]).toEqual(['Measure', 'Value', 'n', 'Low', 'High', 'Assumed', 'Note']);
    expect(t.map((r) => r[0])).toEqual(['Measure', 'Acceptance Rate', 'InMail Reply Rate', 'Reply After Accept', 'Credits Expected Back', 'Prospects Read']);
    expect(t.every((r) => r.length === 7)).toBe(true);
    const [, acceptance, inmail, after, refunds, read] = t as [Value[], Value[], Value[], Value[], Value[], Value[]];
    expect(acceptance.slice(0, 3)).toEqual(['Acceptance Rate', 19 / 40, 40]);
    expect(acceptance[3]).toBeCloseTo(wilson(19, 40).low, 12);
    expect(acceptance[4]).toBeCloseTo(wilson(19, 40).high, 12);
    expect(acceptance[5]).toBe(0.32);
    expect(acceptance[6]).toBe('Your acceptance is 48% (n=40, 33-63%), above the 32% assumed');
    expect(inmail.slice(0, 3)).toEqual(['InMail Reply Rate', 2 / 40, 40]);
    expect(inmail[6]).toBe('Your InMail reply rate is 5% (n=40, 1-17%), below the 18% assumed');
    expect(after.slice(0, 6)).toEqual(['Reply After Accept', 'not enough data', 16, '', '', 0.26]);
    expect(refunds.slice(0, 3)).toEqual(['Credits Expected Back', 6.84, 38]);
    expect(read.slice(0, 3)).toEqual(['Prospects Read', 89, 91]);
    expect(read[6]).toBe('skipped: 1 blank, 1 with errors');
  });

  it('follows the settings range: a changed assumed rate changes the comparison', () => {
    const t = stats(ROWS, [HEADER], [...AS_OF, ['Acceptance Rate', '45%']]);
    expect(t[1]?.[5]).toBe(0.45);
    expect(t[1]?.[6]).toMatch(/in line with the 45% assumed$/);
  });

  it('a header row with no recognised column is one clear error for the call', () => {
    expect(() => stats(ROWS, [['foo', 'bar']], AS_OF)).toThrow(/no recognised column/);
  });
});
