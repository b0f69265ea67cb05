import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsZone } from '../src/core/dates.js';
import { type Cell, type ColumnMap, Problem, type Prospect, parseIsoDay, readProspect, understandHeader, zonedDatesRead } from '../src/core/index.js';

const DAY = 86_400_000;
/** The definition, asked of the Date itself every time. */
const zoned = (d: Date) =>
  Number.isNaN(d.getTime()) ||
  !(d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0) ||
  d.getTimezoneOffset() >= 600 ||
  d.getTimezoneOffset() <= -720;

describe('needsZone remembers recent instants', () => {
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
        for (const t of [...times, ...times.reverse()]) expect(needsZone(new Date(t))).toBe(zoned(new Date(t)));
      }),
      { numRuns: 80 },
    );
  });

  it('an invalid Date needs a zone, and a local midnight in its slot is not taken for it', () => {
    expect(needsZone(new Date(Number.NaN))).toBe(true);
    expect(needsZone(new Date(Number.NaN))).toBe(true);
    expect(needsZone(new Date(1970, 0, 1))).toBe(zoned(new Date(1970, 0, 1)));
  });
});

describe('the reader counts the Dates whose day needs a time zone (the Sheets functions read such rows again in the spreadsheet zone)', () => {
  const mapOf = (): ColumnMap => {
    const u = understandHeader(['Name', 'InMail Sent On', 'Notes', 'Accepted On'], [], { columns: {}, dateOrder: 'auto' });
    if (u instanceof Problem) throw new Error(u.message);
    return u.map;
  };

  it('counts a row as soon as a read column holds such a Date, whatever the Dates before it', () => {
    const date = fc.oneof(
      fc.integer({ min: -300, max: 300 }).map((k) => new Date((20_400 + k) * DAY)),
      fc.integer({ min: -300, max: 300 }).map((k) => new Date(2026, 0, 1 + k)),
      fc.integer({ min: 0, max: 5 }).chain((k) => fc.integer({ min: 1, max: DAY - 1 }).map((ms) => new Date((20_400 + k) * DAY + ms))),
    );
    const cell = fc.oneof(date, fc.constant(''), fc.constant('2026-11-02'), fc.constant(3));
    const row = fc.tuple(fc.constant('Ann'), cell, cell, cell);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const map = mapOf();
        let seen = false;
        for (const r of rows) {
          readProspect(r as Cell[], map);
          // Column 2 (Notes) is not a column the reader reads: its Dates never count.
          seen ||= [r[1], r[3]].some((c) => c instanceof Date && needsZone(c));
          expect(zonedDatesRead(map) > 0).toBe(seen);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('counts each such Date read, and nothing for a map read again in a new call', () => {
    const map = mapOf();
    const tokyoMidnight = new Date(Date.UTC(2026, 10, 18, 15, 0));
    for (let i = 0; i < 3; i++) readProspect(['Ann', new Date(tokyoMidnight.getTime()), '', ''], map);
    // Local midnights: dates of a spreadsheet in the script's zone (unless one a whole day away could send them).
    const local = [new Date(2026, 10, 18), new Date(2026, 10, 19)];
    readProspect(['Bo', local[0] as Date, '', local[1] as Date], map);
    expect(zonedDatesRead(map)).toBe(3 + local.filter(needsZone).length);
    // A UTC midnight that is not a local one is a date and time in a spreadsheet west of UTC (16:00 in Los Angeles).
    const utc = new Date(Date.UTC(2026, 10, 18));
    readProspect(['Cy', utc, '', ''], map);
    expect(zonedDatesRead(map)).toBe(3 + local.filter(needsZone).length + (needsZone(utc) ? 1 : 0));
    expect(needsZone(utc)).toBe(zoned(utc));
    expect(zonedDatesRead(mapOf())).toBe(0);
  });

  it("with the map's dateIn, such a Date reads as the day it gives (the spreadsheet's), once an instant; a local midnight as it is", () => {
    const asked: number[] = [];
    const map: ColumnMap = { ...mapOf(), dateIn: (d) => (asked.push(d.getTime()), '2026-11-19') };
    const tokyoMidnight = new Date(Date.UTC(2026, 10, 18, 15, 0));
    const rows = [0, 1, 2].map(() => readProspect(['Ann', new Date(tokyoMidnight.getTime()), '', ''], map));
    for (const p of rows) expect((p as Prospect).inmailSentOn).toBe(parseIsoDay('2026-11-19'));
    // One reading of the instant, whatever the rows holding it.
    expect(asked).toEqual([tokyoMidnight.getTime()]);
    // An invalid Date has no day in any zone: the row's error, as without a zone, and the zone is not asked.
    const invalid = readProspect(['Cy', new Date(Number.NaN), '', ''], map);
    expect(invalid).toEqual(readProspect(['Cy', new Date(Number.NaN), '', ''], mapOf()));
    expect(asked).toEqual([tokyoMidnight.getTime()]);
    const local = new Date(2026, 10, 18);
    if (!needsZone(local)) expect((readProspect(['Bo', local, '', ''], map) as Prospect).inmailSentOn).toBe(parseIsoDay('2026-11-18'));
  });
});
