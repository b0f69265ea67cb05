import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, partsOf } from '../src/core/index.js';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('formatDay keeps a table of formatted days', () => {
  it('gives each day its own YYYY-MM-DD before, while and after its table grows, however the days repeat and collide', () => {
    // Days 256 apart share a slot of the small table, days 32,768 apart one of the large table.
    const day = fc.oneof(
      fc.integer({ min: 0, max: 40 }).map((k) => 20_000 + k * 256),
      fc.integer({ min: 0, max: 40 }).map((k) => 10_000 + k * 32_768),
      fc.integer({ min: -719_162, max: 2_932_896 }),
    );
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 600 }), (days) => {
        for (const d of [...days, ...days.reverse()]) expect(formatDay(d)).toBe(iso(d));
      }),
      { numRuns: 60 },
    );
  });

  it('one day past the calendar is named in words, not formatted', () => {
    expect(formatDay(2_932_897)).toBe('a date outside years 0001-9999');
    expect(formatDay(-719_163)).toBe('a date outside years 0001-9999');
  });
});

describe('partsOf reads a day in arithmetic, as a Date at its UTC midnight reads it', () => {
  const fromDate = (day: number) => {
    const u = new Date(day * 86_400_000);
    return [u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate()];
  };
  it("gives every day of years 0001-9999, and of a Date's whole range, the year, month and day a Date gives", () => {
    for (let day = -719_162; day <= 2_932_896; day++) {
      const [y, m, d] = partsOf(day);
      const [yy, mm, dd] = fromDate(day);
      // One comparison a day: expect() on 3.6M days would take most of a minute.
      if (y !== yy || m !== mm || d !== dd) expect([day, y, m, d]).toEqual([day, yy, mm, dd]);
    }
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (day) => {
        expect(partsOf(day)).toEqual(fromDate(day));
      }),
      { numRuns: 20_000 },
    );
  });

  it("at and past a Date's range, and for days that are no whole number, as a Date reads them", () => {
    const edges = [-100_000_000, 100_000_000, -100_000_001, 100_000_001, 100_000_000.5, -100_000_000.5, 1.5, -0.5, -0, Number.NaN];
    // Just below a whole negative day, less than a millisecond: a Date takes its milliseconds towards zero.
    const nearMidnight = [-1e-9, -5e-324, -1.0000000000000002, -12_345.00000000001, -719_162.000000001];
    for (const day of [...edges, ...nearMidnight, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_VALUE]) {
      expect(partsOf(day), String(day)).toEqual(fromDate(day));
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1.1e8, max: 1.1e8 }),
          fc.integer({ min: -100_000_000, max: 100_000_000 }).map((d) => d - 1e-9),
          fc.integer({ min: -100_000_000, max: 100_000_000 }).map((d) => d + 0.99999999999),
        ),
        (day) => {
          expect(partsOf(day)).toEqual(fromDate(day));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
