import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainDate } from '../src/core/dates.js';

const DAY = 86_400_000;
/** The definition, asked of the Date itself every time. */
const plain = (d: Date) => (d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0) || d.getTime() % DAY === 0;

describe('isPlainDate remembers recent instants', () => {
  it('answers as the definition does however instants repeat, share a slot or carry a time', () => {
    // Local midnights, UTC midnights, times of day, and instants 1,024 days apart (one slot).
    const instant = fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map((k) => new Date(2020, 0, 1 + k).getTime()),
      fc.integer({ min: -3000, max: 3000 }).map((k) => (20_000 + k) * DAY),
      fc.integer({ min: 0, max: 40 }).chain((k) => fc.integer({ min: 1, max: DAY - 1 }).map((ms) => (15_000 + k * 1024) * DAY + ms)),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 400 }), (times) => {
        for (const t of [...times, ...times.reverse()]) expect(isPlainDate(new Date(t))).toBe(plain(new Date(t)));
      }),
      { numRuns: 80 },
    );
  });

  it('an invalid Date is not a plain date, and is not remembered as one', () => {
    expect(isPlainDate(new Date(Number.NaN))).toBe(false);
    expect(isPlainDate(new Date(Number.NaN))).toBe(false);
    expect(isPlainDate(new Date(0))).toBe(true);
  });
});
