import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../src/core/index.js';

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
