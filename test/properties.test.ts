import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cell,
  FIELDS,
  OUTPUT_COLUMNS,
  type Outcome,
  Problem,
  type Prospect,
  type RowOutcome,
  RowError,
  type Settings,
  FLAGS,
  decideChannel,
  decideRow,
  factsOf,
  isBusinessDay,
  nextBusinessDay,
  nextTueToThu,
  formatDay,
  mapColumns,
  mondayOf,
  outputText,
  planList,
  readProspect,
  reasonOf,
} from '../src/core/index.js';
import { AS_OF, settings } from './helpers.js';

const HEADERS = FIELDS.map((f) => f.label);
const isoNear = fc.integer({ min: -60, max: 5 }).map((d) => formatDay(AS_OF + d));

/** A cell for one field: mostly valid values, some blanks, some garbage of any type. */
function cellFor(label: string): fc.Arbitrary<Cell> {
  const valid: Record<string, fc.Arbitrary<Cell>> = {
    Name: fc.string(),
    Title: fc.constantFrom('CEO', 'VP Sales', 'Director', 'Sales Manager', 'Senior Engineer', 'Intern', 'Engineer'),
    Seniority: fc.constantFrom('c-level', 'vp', 'director', 'manager', 'senior', 'entry', ''),
    Degree: fc.constantFrom(1, 2, 3, '1st', '2nd', '3rd', '3rd+', 'out of network'),
    'Segment Size': fc.nat(1000),
    Trigger: fc.constantFrom('funding', 'yes', 'no', ''),
    Deadline: isoNear,
    'Deal Value': fc.constantFrom('$50,000', '10k', '1.2M', 75000, 0),
    'Mutual Connections': fc.nat(20),
    'Connection Status': fc.constantFrom('none', 'pending', 'accepted', 'declined', 'withdrawn'),
    'Requested On': isoNear,
    'InMail Sent On': isoNear,
  };
  const yesNo = fc.constantFrom('yes', 'no', true, false, 'Y', 'n', 1, 0);
  // Most rows unmarked, so the other rules still meet most rows (any text there reads as a mark).
  if (label === 'Do Not Contact')
    return fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: yesNo }, { weight: 1, arbitrary: fc.string() });
  const garbage = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.date({ noInvalidDate: false }), fc.constant(null));
  return fc.oneof({ weight: 6, arbitrary: valid[label] ?? yesNo }, { weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: garbage });
}

const row = fc.tuple(...HEADERS.map(cellFor));
const rows = fc.array(row, { maxLength: 60 });
const planSettings = fc.record({
  Plan: fc.constantFrom('free', 'premium-career', 'sales-navigator-core', 'recruiter'),
  Credits: fc.nat(30).map(String),
  'Weekly Invite Cap': fc.integer({ min: 1, max: 40 }).map(String),
  'Daily Invite Cap': fc.integer({ min: 1, max: 15 }).map(String),
  'Notes Per Month': fc.oneof(fc.nat(10).map(String), fc.constant('unlimited')),
  Sequence: fc.constantFrom('hybrid', 'connection-first', 'inmail-first', 'multichannel'),
  'Start Date': fc.integer({ min: 0, max: 10 }).map((d) => formatDay(AS_OF + d)),
});

const map = mapColumns(HEADERS);
if (map instanceof Problem) throw new Error(map.message);
const read = (r: readonly Cell[]) => readProspect(r, map);
const outcome = (o: RowOutcome) => (o === 'blank' || o instanceof RowError ? undefined : o);

describe('properties over random rows', () => {
  it('never throws, whatever the cells, and every output cell is well-formed', () => {
    fc.assert(
      fc.property(rows, planSettings, (rs, pairs) => {
        const { outcomes } = planList(rs.map(read), settings(pairs));
        for (const o of outcomes) {
          const [channel, day, date, cost, reason] = outputText(o);
          // SPEC 3a: aim for 120 characters, but never cut a word, a date or the conclusion, and keep
          // what moved or limited the touch: a reason made of such clauses alone may run a little over.
          expect(reason.length).toBeLessThanOrEqual(140);
          expect(reason).not.toMatch(/\.\.\.$|\n/);
          for (const cell of [channel, day, date, cost, reason]) expect(cell).not.toMatch(/^[=+\-@]/);
          if (day !== '') expect(Number(day)).toBeGreaterThanOrEqual(1);
          if (date !== '') expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (cost !== '') expect(cost).toMatch(/^\d+\.\d\d$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  /** Each readable row of a random list with its planned outcome, under random settings. */
  function forEachPlanned(check: (p: Prospect, planned: Outcome | undefined, s: Settings) => void): void {
    fc.assert(
      fc.property(rows, planSettings, (rs, pairs) => {
        const s = settings(pairs);
        const inputs = rs.map(read);
        const { outcomes } = planList(inputs, s);
        inputs.forEach((p, i) => {
          if (p !== 'blank' && !(p instanceof RowError)) check(p, outcome(outcomes[i] as RowOutcome), s);
        });
      }),
      { numRuns: 300 },
    );
  }

  it('1st degree is never InMailed, row-wise or planned [001][004]', () => {
    forEachPlanned((p, planned, s) => {
      if (!factsOf(p, s).connected) return;
      for (const o of [planned, outcome(decideRow(p, s))]) expect(['INMAIL', 'OPEN_PROFILE']).not.toContain(o?.channel);
    });
  });

  it('a prospect marked Do Not Contact is never given a touch, row-wise or planned, whatever else the row says', () => {
    forEachPlanned((p, planned, s) => {
      if (p.doNotContact !== true) return;
      for (const o of [planned, outcome(decideRow(p, s))]) {
        expect(o?.channel).toBe('SKIP');
        expect(o?.cost).toBe(0);
      }
    });
  });

  it('a usable Open Profile never costs a credit [000 §5][003]', () => {
    forEachPlanned((p, planned, s) => {
      if (!factsOf(p, s).openProfileUsable) return;
      expect(planned?.channel).not.toBe('INMAIL');
      expect(planned?.cost ?? 0).toBe(0);
    });
  });

  it('the plan never exceeds the credits, the daily and weekly caps, or the note quota', () => {
    fc.assert(
      fc.property(rows, planSettings, (rs, pairs) => {
        const s = settings(pairs);
        const { outcomes, summary } = planList(rs.map(read), s);
        const planned = outcomes.map(outcome);
        expect(planned.filter((o) => o?.channel === 'INMAIL').length).toBeLessThanOrEqual(s.credits);
        expect(planned.filter((o) => o?.channel === 'CONNECT_NOTE').length).toBeLessThanOrEqual(s.notesPerMonth);
        const perDay = new Map<number, number>();
        const perWeek = new Map<number, number>();
        for (const o of planned) {
          if (!o || (o.channel !== 'CONNECT' && o.channel !== 'CONNECT_NOTE')) continue;
          const d = o.date as number;
          perDay.set(d, (perDay.get(d) ?? 0) + 1);
          perWeek.set(mondayOf(d), (perWeek.get(mondayOf(d)) ?? 0) + 1);
        }
        for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(s.dailyInviteCap);
        for (const w of summary.weeks) {
          expect(w.planned).toBe(perWeek.get(w.monday));
          expect(w.planned).toBeLessThanOrEqual(Math.max(0, s.weeklyInviteCap - w.alreadySent));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('row-wise functions give the same Channel as the plan wherever no budget binds', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const s = settings({ Credits: '100', 'Notes Per Month': 'unlimited' });
        const inputs = rs.map(read);
        const { outcomes } = planList(inputs, s);
        inputs.forEach((p, i) => {
          const planned = outcomes[i] as RowOutcome;
          // A later row of the same prospect is skipped by the plan: one prospect, planned once.
          if (outcome(planned)?.by === 'duplicate') return;
          expect(outputText(planned)[0]).toBe(outputText(decideRow(p, s))[0]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('SPEC 10, When Credits Run Out: with no credit left, a row decided alone gets the Channel a list of it alone gets (an urgent one cannot wait for the renewal)', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('connect', 'next-month'), (rs, when) => {
        const s = settings({ Credits: '0', 'When Credits Run Out': when });
        for (const p of rs.map(read)) {
          const alone = outputText((planList([p], s).outcomes[0] as RowOutcome) ?? 'blank');
          const row = outputText(decideRow(p, s));
          expect(row[0]).toBe(alone[0]);
          // An InMail that waits is dated at the renewal, and its reason says so.
          if (row[0] === 'INMAIL') expect(row.slice(2)).toEqual(alone.slice(2));
        }
      }),
      { numRuns: 300 },
    );
  });
  it("CHANNEL's row alone is decideRow's Channel cell, errors and blanks included", () => {
    fc.assert(
      fc.property(rows, planSettings, (rs, pairs) => {
        const s = settings(pairs);
        for (const p of rs.map(read)) {
          const c = decideChannel(p, s);
          expect(typeof c === 'string' && c !== 'blank' ? c : outputText(c)[0]).toBe(outputText(decideRow(p, s))[0]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a re-run on its own output changes nothing', () => {
    fc.assert(
      fc.property(rows, planSettings, (rs, pairs) => {
        const s = settings(pairs);
        const first = planList(rs.map(read), s).outcomes.map((o) => outputText(o));
        const again = mapColumns([...HEADERS, ...OUTPUT_COLUMNS]);
        if (again instanceof Problem) throw new Error(again.message);
        const second = planList(
          rs.map((r, i) => readProspect([...r, ...(first[i] as string[])], again)),
          s,
        ).outcomes.map((o) => outputText(o));
        expect(second).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('a touched row on time: Date = the business day on or after first touch + Day - 1 (an InMail held for Tuesday to Thursday: that day), never before the as-of date', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const s = settings();
        for (const p of rs.map(read)) {
          const o = outcome(decideRow(p, s));
          if (!o || o.flags & (FLAGS.first | FLAGS.overdue) || o.day === null || typeof p !== 'object' || p instanceof RowError) continue;
          const dates = [p.requestedOn, p.inmailSentOn, p.acceptedOn, p.lastTouchOn, p.firstTouchOn].filter((d): d is number => d !== undefined);
          const firsts = [dates.length ? Math.min(...dates) : s.asOf];
          // An acceptance older than the template's span, with no request or InMail of ours, is a
          // connection made long before: its sequence starts at the first touch after it.
          const accepted = p.acceptedOn;
          if (accepted !== undefined && p.requestedOn === undefined && p.inmailSentOn === undefined) {
            const since = [p.firstTouchOn, p.lastTouchOn].find((d) => d !== undefined && d > accepted);
            if (since !== undefined) firsts.push(since);
          }
          // A step whose day passed on a Friday, held for Tuesday (SPEC 6) and due then, is on time on that Tuesday.
          const day = o.day;
          expect(firsts.map((first) => (o.flags & FLAGS.tueToThu ? nextTueToThu(first + day - 1) : nextBusinessDay(first + day - 1)))).toContain(o.date);
          expect(isBusinessDay(o.date as number)).toBe(true);
          expect(o.date as number).toBeGreaterThanOrEqual(s.asOf);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every dated touch, row-wise or planned, falls on a business day (not a weekend, not a Holiday)', () => {
    const holidays = ['2026-11-26', '2026-11-27', '2026-12-24', '2026-12-25'];
    fc.assert(
      fc.property(rows, planSettings, (rs, pairs) => {
        const s = settings({ ...pairs, Holidays: holidays.join(', ') });
        const inputs = rs.map(read);
        const planned = planList(inputs, s).outcomes;
        for (const o of [...planned, ...inputs.map((p) => decideRow(p, s))].map(outcome)) {
          if (o?.date != null) expect(isBusinessDay(o.date, s.holidays)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('Do Not Contact across rows (not a rule of the spec): a person marked in any row is touched through none', () => {
  /** Rows of a few people, each with their URL, their email (now and then another's: a chain), both, or neither, a few marked. */
  const peopleRows = fc.array(
    fc.record({
      person: fc.nat(7),
      keys: fc.constantFrom('url', 'email', 'both', 'none'),
      otherEmail: fc.boolean(),
      // One row in four marked.
      marked: fc.constantFrom(false, false, false, true),
    }),
    { minLength: 1, maxLength: 40 },
  );
  it("each row of a person that a row marks (rows joined by a shared URL or email, row to row) is skipped as that person's first marked row, and no other row is", () => {
    fc.assert(
      fc.property(peopleRows, (rows) => {
        const inputs: Prospect[] = rows.map((r) => ({
          degree: 2,
          ...(r.keys === 'url' || r.keys === 'both' ? { linkedinUrl: `https://www.linkedin.com/in/person-${r.person}` } : {}),
          ...(r.keys === 'email' || r.keys === 'both' ? { email: `p${r.otherEmail ? (r.person + 1) % 8 : r.person}@example.com` } : {}),
          ...(r.marked ? { doNotContact: true } : {}),
        }));
        // The reference: rows joined by any shared key, in plain union-find over the texts.
        const parent = new Map<string, string>();
        const root = (k: string): string => {
          const p = parent.get(k);
          return p === undefined || p === k ? k : root(p);
        };
        const keysOf = (p: Prospect) => [p.linkedinUrl, p.email].filter((k): k is string => k !== undefined);
        for (const p of inputs) {
          const [a, b] = keysOf(p);
          if (a !== undefined && b !== undefined && root(a) !== root(b)) parent.set(root(a), root(b));
        }
        const firstMarked = new Map<string, number>();
        inputs.forEach((p, i) => {
          const k = keysOf(p)[0];
          if (p.doNotContact && k !== undefined && !firstMarked.has(root(k))) firstMarked.set(root(k), i);
        });
        const { outcomes } = planList(inputs, settings());
        inputs.forEach((p, i) => {
          const o = outcomes[i] as Outcome;
          const k = keysOf(p)[0];
          const first = k === undefined ? undefined : firstMarked.get(root(k));
          if (p.doNotContact) expect(o.by).toBe('do-not-contact');
          else if (first !== undefined) expect(reasonOf(o)).toBe(`Skip: row ${first + 2} marks this person do not contact`);
          else expect(reasonOf(o)).not.toMatch(/marks this person/);
        });
      }),
      { numRuns: 300 },
    );
  });
});

it('no core module imports one later in the flow (model -> dates -> read -> settings -> decide -> sequences -> plan -> reasons -> outputs)', () => {
  const order = ['model', 'dates', 'keys', 'fields', 'columns', 'settings', 'cost', 'decide', 'sequences', 'plan', 'reasons', 'outputs', 'summary', 'index'];
  for (const file of readdirSync('src/core').filter((f) => f.endsWith('.ts'))) {
    const name = file.replace(/\.ts$/, '');
    if (!order.includes(name)) continue;
    for (const m of readFileSync(join('src/core', file), 'utf8').matchAll(/from '\.\/([a-z]+)\.js'/g)) {
      const target = m[1] as string;
      if (order.includes(target)) expect(order.indexOf(target), `${name} imports ${target}`).toBeLessThan(order.indexOf(name));
    }
  }
});

describe('SPEC 3a: reasons a rep reads at a glance', () => {
  it('no source citation, no internal term, nothing cut in any reason or warning', () => {
    fc.assert(
      fc.property(rows, planSettings, (rs, pairs) => {
        const s = settings(pairs);
        const { outcomes, summary } = planList(rs.map(read), s);
        const texts = [...outcomes.map((o) => outputText(o)[4]), ...summary.warnings];
        // A row's own cell may hold `[000` and be quoted back (an error's value, a trigger's words): that is the user's text.
        const cells = rs.flat().map((c) => String(c));
        for (const text of texts) {
          for (const m of text.matchAll(/\[\d{3}/g))
            expect(
              cells.some((c) => c.includes(m[0])),
              `a citation in: ${text}`,
            ).toBe(true);
          expect(text).not.toMatch(/volume play|\bhook\b|vs \d+ connection|\.\.\.$/);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('a reason starts with its conclusion, in words, for every channel', () => {
    const conclusions: Record<string, RegExp> = {
      MESSAGE: /^Message\b/,
      CONNECT_NOTE: /^Connect with a note/,
      CONNECT: /^Connect, blank invite/,
      OPEN_PROFILE: /^Open Profile message/,
      INMAIL: /^InMail \(1 credit\)/,
      EMAIL_OR_PHONE: /^(Email|Call)/,
      WITHDRAW: /^Withdraw the invite/,
      SKIP: /^Skip\b/,
    };
    fc.assert(
      fc.property(rows, planSettings, (rs, pairs) => {
        for (const o of planList(rs.map(read), settings(pairs)).outcomes) {
          const [channel, , , , reason] = outputText(o);
          if (conclusions[channel]) expect(reason).toMatch(conclusions[channel] as RegExp);
        }
      }),
      { numRuns: 200 },
    );
  });
});
