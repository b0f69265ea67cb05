import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Prospect, RowError, grouped, isBusinessDay, mondayOf, outputText, planList } from '../src/core/index.js';
import { hasAddress, isProfileKey, normalizeEmail, normalizeProfileUrl, prospectKey } from '../src/core/keys.js';
import { InviteCalendar } from '../src/core/plan.js';
import { Column, DayTable, Runs, eachRepeat, float64s, int32s, rankOrder, sortInPlace } from '../src/core/typed.js';
import { AS_OF, settings } from './helpers.js';

describe('the plan keeps rows in flat typed storage', () => {
  it('a column grows past many chunks and reads back every value; a column over a snapshot grows on', () => {
    const c = new Column(int32s);
    for (let i = 0; i < 40_000; i++) c.push(i * 3 - 7);
    expect(c.length).toBe(40_000);
    expect([c.get(0), c.get(63), c.get(64), c.get(16_383), c.get(16_384), c.get(39_999)]).toEqual([-7, 182, 185, 49_142, 49_145, 119_990]);
    c.set(20_000, 5);
    const flat = c.toArray();
    expect(flat.length).toBe(40_000);
    expect(flat[20_000]).toBe(5);
    expect(c.indexOf(119_990)).toBe(39_999);
    expect(c.indexOf(-6)).toBe(-1);
    const again = Column.of(flat, int32s);
    again.push(1);
    expect(again.length).toBe(40_001);
    expect(again.get(40_000)).toBe(1);
    expect(again.get(39_999)).toBe(119_990);
    const short = Column.of(new Int32Array([4, 5]), int32s);
    for (let i = 0; i < 100; i++) short.push(i);
    expect(short.get(1)).toBe(5);
    expect(short.get(101)).toBe(99);
  });

  it('a column keeps at most 4096 values of spare room, at any length: a plan of 100,000 rows is not a tenth larger for its chunks', () => {
    for (const n of [1, 64, 4_097, 100_000, 116_385, 250_000]) {
      const c = new Column(float64s);
      for (let i = 0; i < n; i++) c.push(i);
      expect(c.byteLength).toBeGreaterThanOrEqual(8 * n);
      expect(c.byteLength).toBeLessThanOrEqual(8 * (n + 4096));
    }
    const c = new Column(int32s);
    for (let i = 0; i < 100_000; i++) c.push(i);
    // 25 chunks of 4096 four-byte values: 2.4% over the values, where 7 chunks of 16,384 were 14.7%.
    expect(c.byteLength / (4 * 100_000)).toBeLessThan(1.03);
  });

  it('a cleared column is empty, holds one short chunk, and grows again from the start', () => {
    const c = new Column(float64s);
    for (let i = 0; i < 40_000; i++) c.push(i / 2);
    c.clear();
    expect(c.length).toBe(0);
    expect(c.toArray()).toEqual(new Float64Array(0));
    for (let i = 0; i < 20_000; i++) c.push(-i);
    expect(c.length).toBe(20_000);
    expect([c.get(0), c.get(64), c.get(16_384), c.get(19_999)]).toEqual([-0, -64, -16_384, -19_999]);
  });

  it('row numbers kept as runs read back like the array they stand for, gaps and all', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 300 }), fc.integer({ min: -5, max: 5 }), (steps, from) => {
        const values: number[] = [];
        let v = from;
        for (const st of steps) values.push((v += st));
        const runs = Runs.of(Int32Array.from(values));
        expect(runs.length).toBe(values.length);
        expect([...runs.toArray()]).toEqual(values);
        values.forEach((x, i) => expect(runs.get(i)).toBe(x));
        // Read back out of order too: from the end, and skipping about.
        for (let i = values.length - 1; i >= 0; i--) expect(runs.get(i)).toBe(values[i]);
        for (let i = 0; i < values.length; i++) {
          const j = (i * 7919) % values.length;
          expect(runs.get(j)).toBe(values[j]);
        }
        for (let x = from - 2; x <= v + 2; x++) expect(runs.indexOf(x)).toBe(values.indexOf(x));
        // Read while it grows: a run read before the next number joins it, or a new run starts.
        const growing = new Runs();
        values.forEach((x, i) => {
          growing.push(x);
          expect(growing.get(i)).toBe(x);
          expect(growing.get(i >> 1)).toBe(values[i >> 1]);
        });
      }),
    );
    const runs = new Runs();
    runs.push(4);
    expect(() => runs.push(4)).toThrow(RangeError);
  });

  it('the duplicate table finds exactly the repeats a Map from key to first entry finds', () => {
    const key = fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2 ** 53 - 1 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const column = new Column(float64s);
        for (const k of keys) column.push(k);
        const found: [number, number][] = [];
        eachRepeat(column, (i, first) => found.push([i, first]));
        const firstOf = new Map<number, number>();
        const expected: [number, number][] = [];
        keys.forEach((k, i) => {
          if (Number.isNaN(k)) return;
          const f = firstOf.get(k);
          if (f === undefined) firstOf.set(k, i);
          else expected.push([i, f]);
        });
        expect(found).toEqual(expected);
      }),
    );
  });

  it('rows with no key between two rows with one key do not hide the repeat', () => {
    const column = new Column(float64s);
    for (const k of [5, Number.NaN, 5, Number.NaN, 7, 7]) column.push(k);
    const found: [number, number][] = [];
    eachRepeat(column, (i, first) => found.push([i, first]));
    expect(found).toEqual([
      [2, 0],
      [5, 4],
    ]);
  });

  it('the day table counts like a Map, across growth and negative days', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -719_162, max: 2_932_896 }), fc.integer({ min: -5, max: 5 })), { maxLength: 400 }), (ops) => {
        const t = new DayTable(4);
        const m = new Map<number, number>();
        for (const [day, by] of ops) {
          t.add(day, by);
          m.set(day, (m.get(day) ?? 0) + by);
        }
        expect(t.size).toBe(m.size);
        for (const [day, n] of m) expect(t.get(day)).toBe(n);
        expect([...t.sortedKeys()]).toEqual([...m.keys()].sort((a, b) => a - b));
        expect(t.get(3_000_000)).toBe(0);
      }),
    );
  });

  it('the in-place sort orders like Array.prototype.sort, on orders with many ties and on hostile ones', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 2000 }), (ranks) => {
        const before = (a: number, b: number) => ((ranks[b] as number) - (ranks[a] as number) || a - b) < 0;
        const a = Int32Array.from(ranks.keys());
        sortInPlace(a, before);
        const expected = [...ranks.keys()].sort((x, y) => (ranks[y] as number) - (ranks[x] as number) || x - y);
        expect([...a]).toEqual(expected);
      }),
    );
    // Sorted, reversed and organ-pipe inputs, long enough to reach the depth limit's heapsort.
    for (const make of [(i: number) => i, (i: number) => -i, (i: number) => Math.min(i, 50_000 - i)]) {
      const keys = Array.from({ length: 50_000 }, (_, i) => make(i));
      const a = Int32Array.from(keys.keys());
      sortInPlace(a, (x, y) => ((keys[x] as number) - (keys[y] as number) || x - y) < 0);
      for (let i = 1; i < a.length; i++) {
        const x = a[i - 1] as number;
        const y = a[i] as number;
        expect((keys[x] as number) < (keys[y] as number) || ((keys[x] as number) === (keys[y] as number) && x < y)).toBe(true);
      }
    }
  });

  it('the priority order by rank and value is the one a comparator sort gives, with ties, zeros of both signs, infinities and NaN', () => {
    const byComparator = (rank: Uint8Array, values: Column<Float64Array>) => {
      const before = (a: number, b: number) =>
        (((rank[b] as number) >> 1) - ((rank[a] as number) >> 1) ||
          values.get(b) - values.get(a) ||
          ((rank[b] as number) & 1) - ((rank[a] as number) & 1) ||
          a - b) < 0;
      const expected = Int32Array.from({ length: values.length }, (_, k) => k);
      sortInPlace(expected, before);
      return [...expected];
    };
    const value = fc.oneof(
      fc.constantFrom(0, -0, 5000, 25_000, 1.2e6, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
      fc.double({ noNaN: true }),
      fc.integer({ min: -3, max: 3 }),
    );
    // Few ranks and values repeating (places counted), many of either (places sorted), and a NaN (compared).
    const list = fc.record({
      ranks: fc.constantFrom(2, 14, 256),
      pool: fc.array(value, { minLength: 1, maxLength: 40 }),
      entries: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2000 }),
      nanAt: fc.option(fc.nat()),
    });
    fc.assert(
      fc.property(list, ({ ranks, pool, entries, nanAt }) => {
        const values = new Column(float64s);
        for (const [, v] of entries) values.push(pool[v % pool.length] as number);
        if (nanAt !== null && entries.length > 0) values.set(nanAt % entries.length, Number.NaN);
        const rank = Uint8Array.from(entries, ([r]) => r % ranks);
        expect([...rankOrder(rank, values)]).toEqual(byComparator(rank, values));
      }),
      { numRuns: 200 },
    );
    // More distinct values than are counted in a Map: a sorted copy finds each one's place.
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (const [n, ranks] of [
      [10_000, 14],
      [60_000, 14],
      [60_000, 2],
    ] as const) {
      const values = new Column(float64s);
      for (let k = 0; k < n; k++) values.push(n === 10_000 ? (next() - 0.5) * 1e9 : Math.floor(next() * 5000));
      const rank = Uint8Array.from({ length: n }, () => Math.floor(next() * ranks));
      expect([...rankOrder(rank, values)]).toEqual(byComparator(rank, values));
    }
  });
});

describe("the summary's numbers", () => {
  it("a count's thousands are grouped as toLocaleString('en-US') groups them", () => {
    const tenths = fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 10);
    const n = fc.oneof(
      fc.integer(),
      fc.maxSafeInteger(),
      fc.double(),
      tenths,
      fc.constantFrom(0, -0, 999, 1000, 1e20, 1e21, -1234567, 1234.5, 0.001, 5e-324, 1.0005),
    );
    fc.assert(
      fc.property(n, (x) => {
        expect(grouped(x)).toBe(x.toLocaleString('en-US'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('SPEC 6 v2: the duplicate key, hashed in place', () => {
  const piece = fc.constantFrom(
    'h',
    'T',
    'tp',
    's',
    ':',
    '//',
    '/',
    '.',
    'www',
    'WwW',
    'm',
    'M',
    '?',
    '#',
    ' ',
    '\t',
    '+',
    '-',
    '0',
    'in',
    // A profile's address: as LinkedIn writes it, country subdomains, pages under it, percent-escapes (good and bad).
    'https://www.linkedin.com/in/',
    'linkedin.com/in/',
    'LinkedIn.com/',
    // The other paths of a person's profile: an older public profile's, a Recruiter candidate's.
    'pub/',
    'talent/profile/',
    'de.',
    'FR.',
    'details',
    '%',
    '%C3%A9',
    '%2F',
    '%e9',
    '@',
    // An email cell with several addresses.
    ', ',
    ';',
    'İ',
    '\u00a0',
    'é',
    'ẞ',
    '\ufeff',
  );
  const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
  // Two cells share a key exactly when they normalize to one text that is a key: a person's profile, an address.
  const sameUrl = (a: string, b: string) => normalizeProfileUrl(a) === normalizeProfileUrl(b) && isProfileKey(normalizeProfileUrl(a));
  const sameEmail = (a: string, b: string) => normalizeEmail(a) === normalizeEmail(b) && hasAddress(normalizeEmail(a));
  it('two URLs have one key exactly when they normalize to one text (ASCII read in place, the rest by the string methods)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        fc.pre(a !== '' && b !== '');
        expect(prospectKey(a, undefined) === prospectKey(b, undefined)).toBe(sameUrl(a, b));
        // An email cell of separators alone names no address: no key.
        expect(prospectKey(undefined, a) === prospectKey(undefined, b)).toBe(sameEmail(a, b));
      }),
      { numRuns: 3000 },
    );
  });
  it('a URL and the same URL with any query, and a URL or an email and the same within white space, have one key exactly when they normalize to one text', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom('?', '#', '/?'), fc.constantFrom(' ', '\t', '\u00a0', '\ufeff', ''), (a, tail, cut, space) => {
        fc.pre(a !== '');
        const b = `${a}${cut}${tail}`;
        expect(prospectKey(a, undefined) === prospectKey(b, undefined)).toBe(sameUrl(a, b));
        const c = `${space}${a}${space}`;
        expect(prospectKey(undefined, a) === prospectKey(undefined, c)).toBe(sameEmail(a, c));
        // White space past ASCII sends a URL the string methods' way: the two ways agree.
        expect(prospectKey(a, undefined) === prospectKey(c, undefined)).toBe(sameUrl(a, c));
      }),
      { numRuns: 3000 },
    );
  });
  it('variants of one URL or email share the key (a country subdomain, a page under the profile, percent-escapes); a URL and an email never do; no URL and no email: no key', () => {
    fc.assert(
      fc.property(text, (t) => {
        const url = `linkedin.com/in/${t.replace(/[?#\s%]/g, 'x')}x`;
        for (const v of [
          `https://www.${url}/`,
          ` HTTP://M.${url.toUpperCase()}?utm=1#top `,
          `${url}///`,
          `https://de.${url}/details/experience/`,
          `fr.${url}/recent-activity`,
        ]) {
          expect(prospectKey(v, undefined)).toBe(prospectKey(url, undefined));
        }
        expect(prospectKey(undefined, ` Ann.Lee@Example.COM${url.length}\t`)).toBe(prospectKey(undefined, `ann.lee@example.com${url.length}`));
        // A cell of several addresses is its first one's person.
        expect(prospectKey(undefined, `Ann.Lee@Example.COM${url.length}, ann@gmx.example`)).toBe(prospectKey(undefined, `ann.lee@example.com${url.length}`));
        expect(prospectKey(url, undefined)).not.toBe(prospectKey(undefined, url));
      }),
    );
    // The same person as exports write them (SPEC 6: one prospect, one invitation).
    const same = [
      ['https://www.linkedin.com/in/bob', 'https://de.linkedin.com/in/bob/'],
      ['https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa', 'linkedin.com/in/josé-garcía'],
      ['www.linkedin.com/in/dora', 'https://www.linkedin.com/in/dora/details/experience/'],
      ['https://fr.linkedin.com/in/Ann-Lee?trk=x', 'linkedin.com/in/ann-lee'],
      // LinkedIn Lite's address, as a phone's browser shares it.
      ['https://linkedin.com/mwlite/in/yanmobile', 'https://www.linkedin.com/in/yanmobile'],
      // A Recruiter candidate's address, from two projects: the query and a trailing slash are no part of it.
      ['https://www.linkedin.com/talent/profile/AEMAAA5xyz?project=1234&trk=PROJECT_PIPELINE', 'linkedin.com/talent/profile/AEMAAA5xyz/'],
      ['https://www.linkedin.com/sales/lead/ACwAA1,NAME_SEARCH,x7Kq?_ntb=abc', 'https://www.linkedin.com/sales/lead/ACwAA1,NAME_SEARCH,x7Kq'],
      ['https://www.linkedin.com/talent/profile/AEMAAA5%C3%A9', 'https://www.linkedin.com/talent/profile/AEMAAA5é'],
      // A profile's name ends at the slash after it, whatever page, query or fragment follows.
      ['https://www.linkedin.com/in/ann-lee-0a1b2c', 'HTTPS://WWW.LINKEDIN.COM/IN/Ann-Lee-0A1B2C/recent-activity/all/?x=1#y'],
      ['linkedin.com/in//ann', 'https://www.linkedin.com/in//ann/'],
    ];
    for (const [a, b] of same) expect(prospectKey(a, undefined), `${a} ${b}`).toBe(prospectKey(b, undefined));
    for (const [a, b] of [
      ['linkedin.com/in/bob', 'linkedin.com/in/bobby'],
      ['linkedin.com/in/bob', 'linkedin.com/pub/bob'],
      ['linkedin.com/in/bob', 'linkedin.com/company/bob'],
      ['https://www.linkedin.com/sales/lead/ACwAA1,NAME', 'https://www.linkedin.com/sales/lead/ACwAA2,NAME'],
      ['https://www.linkedin.com/talent/profile/AEMAAA5', 'https://www.linkedin.com/talent/profile/AEMAAA6'],
    ])
      expect(prospectKey(a, undefined), `${a} ${b}`).not.toBe(prospectKey(b, undefined));
    expect(prospectKey(undefined, undefined)).toBeNaN();
    expect(prospectKey('', '')).toBeNaN();
  });
  it("what is no person's profile or no address is no key, so rows that share it are not one prospect: TBD, a company's page, a search, no email, FALSE, Apollo's email_not_unlocked@domain.com; such a URL's row is keyed by its email", () => {
    for (const url of [
      'TBD',
      'https://www.linkedin.com/company/acme/',
      'https://www.linkedin.com/search/results/people/?keywords=ann',
      'linkedin.com/in/',
      // A profile's path with no name after it: its slashes, a query or a fragment are none.
      'https://www.linkedin.com/in///',
      'https://www.linkedin.com/in/?trk=x',
      'https://www.linkedin.com/in//#top',
      '\ufefflinkedin.com/company/x',
    ])
      expect(prospectKey(url, undefined), url).toBeNaN();
    for (const email of ['TBD', 'no email', 'FALSE', '0', 'email_not_unlocked@domain.com', ' Email_Not_Unlocked@Domain.com ', '@acme.com', 'ann@localhost'])
      expect(prospectKey(undefined, email), email).toBeNaN();
    expect(prospectKey('https://www.linkedin.com/company/acme/', 'ann@acme.com')).toBe(prospectKey(undefined, 'ann@acme.com'));
    expect(prospectKey('https://www.linkedin.com/pub/ann-lee/1/2/3', undefined)).not.toBeNaN();
    // In a plan: ten rows of one placeholder are ten prospects.
    const rows: Prospect[] = Array.from({ length: 10 }, (_, i) => ({
      name: `P${i}`,
      degree: 2,
      linkedinUrl: i < 5 ? 'TBD' : undefined,
      email: i < 5 ? undefined : 'FALSE',
    }));
    expect(planList(rows, settings()).outcomes.filter((o) => typeof o === 'object' && 'by' in o && o.by === 'duplicate')).toEqual([]);
  });
});

describe('SPEC 6: invitation dates in typed tables', () => {
  const business = (d: number, holidays: readonly number[]) => isBusinessDay(d, holidays);
  it('every invitation takes the first day from its own with room under both caps, with caps of 1 and dates spread over decades', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.integer({ min: 0, max: 12_000 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 12_000 }), { minLength: 1, maxLength: 150 }),
        fc.array(fc.integer({ min: 0, max: 12_000 }), { maxLength: 30 }),
        (daily, weekly, sent, wanted, holidayOffsets) => {
          const base = 20_000;
          const holidays = [...new Set(holidayOffsets.map((o) => base + o))].sort((a, b) => a - b);
          const calendar = new InviteCalendar(daily, weekly, holidays);
          const perDay = new Map<number, number>();
          const perWeek = new Map<number, number>();
          for (const o of sent) {
            calendar.recordSent(base + o);
            perDay.set(base + o, (perDay.get(base + o) ?? 0) + 1);
            perWeek.set(mondayOf(base + o), (perWeek.get(mondayOf(base + o)) ?? 0) + 1);
          }
          const earliest = wanted.map((o) => base + o);
          calendar.startPlacing(Math.max(...earliest));
          for (const e of earliest) {
            let d = e;
            while (!business(d, holidays) || (perDay.get(d) ?? 0) >= daily || (perWeek.get(mondayOf(d)) ?? 0) >= weekly) d++;
            perDay.set(d, (perDay.get(d) ?? 0) + 1);
            perWeek.set(mondayOf(d), (perWeek.get(mondayOf(d)) ?? 0) + 1);
            expect(calendar.place(e)).toBe(d);
            // A date moved past a business day names the cap that was full there.
            if (d !== e && business(e, holidays)) expect(calendar.cap).not.toBe(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it('the planner keeps its outcomes with caps of 1 and recorded requests spread over decades', () => {
    const rows: Prospect[] = [];
    for (let k = 0; k < 400; k++)
      rows.push(k % 3 === 0 ? { requestedOn: AS_OF - 37 * k, connectionStatus: 'declined' } : { warm: k % 2 === 0, email: `p${k % 350}@x.com` });
    const s = settings({ 'Daily Invite Cap': '1', 'Weekly Invite Cap': '1', 'Start Date': '2003-02-11' });
    const once = planList(rows, s);
    const again = planList(rows, s);
    expect(again.outcomes.map((o) => outputText(o))).toEqual(once.outcomes.map((o) => outputText(o)));
    const dates = once.outcomes.flatMap((o) =>
      o !== 'blank' && !(o instanceof RowError) && (o.channel === 'CONNECT' || o.channel === 'CONNECT_NOTE') ? [o.date as number] : [],
    );
    // One invitation a week, at most, counting the requests already recorded that week.
    const weeks = new Map<number, number>();
    for (const d of dates) weeks.set(mondayOf(d), (weeks.get(mondayOf(d)) ?? 0) + 1);
    for (const r of rows) if (r.requestedOn !== undefined) weeks.set(mondayOf(r.requestedOn), (weeks.get(mondayOf(r.requestedOn)) ?? 0) + 1);
    expect(Math.max(...weeks.values())).toBeLessThanOrEqual(1);
    expect(once.summary.invitations).toBe(dates.length);
    expect(once.summary.duplicates).toBe(rows.filter((r, k) => r.email !== undefined && rows.findIndex((q) => q.email === r.email) < k).length);
  });
});
