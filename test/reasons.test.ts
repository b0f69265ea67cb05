import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cell,
  FIELDS,
  type Outcome,
  Problem,
  RowError,
  type RowOutcome,
  FIRST_DAY,
  civilDay,
  LAST_DAY,
  defuse,
  fitReason,
  formatDay,
  inCalendar,
  partsOf,
  shortDay,
  mapColumns,
  outputCells,
  outputText,
  parseSettings,
  planList,
  readProspect,
  reasonOf,
} from '../src/core/index.js';
import { AS_OF, settings } from './helpers.js';
import { type Clause, fitReasonReference, reasonOfReference } from './reference/reasons-v1.js';

/** Words of every length around the 120-character aim: empty, short, longer than their full form, and not only ASCII. */
const words = (max: number) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 6, arbitrary: fc.string({ maxLength: max }) },
    { weight: 1, arbitrary: fc.string({ maxLength: max, unit: 'binary' }) },
  );
const clauseArb: fc.Arbitrary<Clause> = fc.record({
  before: words(50),
  labels: fc.array(fc.record({ full: words(30), short: words(12) }), { maxLength: 7 }),
  after: fc.oneof(fc.constant(''), fc.constant(')'), words(30)),
  keep: fc.boolean(),
  beforeShort: fc.option(words(30), { nil: undefined }),
});

describe('the one-pass fit writes what the clause-by-clause fit wrote (SPEC 3a)', () => {
  it('same text for any head and clauses: short forms, then clauses that may go, then "+N", never a cut', () => {
    fc.assert(
      fc.property(words(90), fc.array(clauseArb, { maxLength: 9 }), fc.option(words(60), { nil: undefined }), (head, clauses, headShort) => {
        expect(fitReason(head, clauses, headShort)).toBe(fitReasonReference(head, clauses, headShort));
      }),
      { numRuns: 2000 },
    );
  });

  it('same text when every clause is too long to fit, and when nothing but the head is left', () => {
    const long = 'x'.repeat(130);
    const cases: [string, Clause[]][] = [
      [long, []],
      [long, [{ before: '', labels: [{ full: '', short: 'trigger' }], after: '', keep: true }]],
      ['Head', [{ before: long, labels: [], after: '', keep: false }]],
      ['Head', [{ before: 'a: ', labels: Array.from({ length: 12 }, (_, i) => ({ full: `label number ${i}`, short: `l${i}` })), after: ')', keep: true }]],
    ];
    for (const [head, clauses] of cases) expect(fitReason(head, clauses)).toBe(fitReasonReference(head, clauses));
  });
});

const HEADERS = FIELDS.map((f) => f.label);
const near = (min: number, max: number) => fc.integer({ min, max }).map((d) => formatDay(AS_OF + d));

/** Cells that reach every clause: triggers with punctuation, amounts, far dates, every status. */
function cellFor(label: string, fresh: boolean): fc.Arbitrary<Cell> {
  const history: Record<string, fc.Arbitrary<Cell>> = {
    'Connection Status': fc.constantFrom('none', 'pending', 'accepted', 'declined', 'withdrawn'),
    'Requested On': near(-60, 5),
    'InMail Sent On': near(-60, 5),
    'Accepted On': near(-30, 0),
    'Last Touch On': near(-40, 0),
  };
  const valid: Record<string, fc.Arbitrary<Cell>> = {
    Name: fc.constantFrom('Ann', 'Bo Li'),
    Title: fc.constantFrom('CEO', 'VP Sales', 'Director', 'Sales Manager', 'Senior Engineer', 'Intern', ''),
    Seniority: fc.constantFrom('c-level', 'vp', 'director', 'manager', 'senior', 'entry', ''),
    Degree: fc.constantFrom(1, 2, 3, '2nd', '3rd', '3rd+', 'out of network', 'out of network'),
    'Segment Size': fc.oneof(fc.nat(60), fc.nat(1000)),
    Trigger: fc.constantFrom(
      'funding',
      'yes',
      '',
      'Series C funding (led by Acme); hiring',
      'news',
      '  new   CFO ',
      'trigger',
      '();',
      'Announced expansion into EMEA and APAC markets',
    ),
    Deadline: near(-5, 40),
    'Deal Value': fc.constantFrom(
      '$50,000',
      '10k',
      '1.2M',
      75000,
      999,
      12_345,
      2_500_000,
      '5k',
      '75.000 €',
      '€1,2M',
      'EUR 60 000',
      '90000 sek',
      '120k kr',
      'R$ 80.000',
    ),
    'Mutual Connections': fc.nat(20),
    Email: fc.constantFrom('', 'a@b.example'),
    Phone: fc.constantFrom('', '+1 555 0100'),
    Replied: fc.constantFrom('', 'no'),
    ...(fresh ? {} : history),
  };
  if (fresh && label in history) return fc.constant('');
  const yesNo = fc.constantFrom('yes', 'no', true, false, '');
  return fc.oneof({ weight: 6, arbitrary: valid[label] ?? yesNo }, { weight: 2, arbitrary: fc.constant('') });
}

/** Mostly prospects not yet touched (every rule of SPEC 4), some with a history (the sequences). */
const rowArb = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(...HEADERS.map((h) => cellFor(h, true))) },
  { weight: 1, arbitrary: fc.tuple(...HEADERS.map((h) => cellFor(h, false))) },
);
const rows = fc.array(rowArb, { minLength: 1, maxLength: 60, size: 'max' });
const pairsArb = fc.record({
  Plan: fc.constantFrom('free', 'premium-career', 'sales-navigator-core', 'recruiter'),
  Credits: fc.nat(8).map(String),
  'Weekly Invite Cap': fc.integer({ min: 1, max: 40 }).map(String),
  'Daily Invite Cap': fc.integer({ min: 1, max: 15 }).map(String),
  'Notes Per Month': fc.oneof(fc.nat(10).map(String), fc.constant('unlimited')),
  Sequence: fc.constantFrom('hybrid', 'connection-first', 'inmail-first', 'multichannel'),
  'When Credits Run Out': fc.constantFrom('next-month', 'connect', ''),
  // Near the end of a year too, so dates cross into the next one and are written in full.
  'As Of': fc.constantFrom('2026-11-23', '2026-12-28', '2027-01-04'),
});
const map = mapColumns(HEADERS);
if (map instanceof Problem) throw new Error(map.message);

describe('SPEC 3a: a reason names every signal that counted', () => {
  it("a blank invite's Reason asks for no note: the step after an unanswered InMail says 'connect', not 'note referring to it', when the month's notes are used up", () => {
    const p = { name: 'Ann', seniority: 'c-level', degree: 3, inmailSentOn: AS_OF - 7 } as const;
    const blank = outputText(planList([p], settings({ 'Notes Per Month': '0' })).outcomes[0] as RowOutcome);
    expect([blank[0], blank[4]]).toEqual(['CONNECT', 'Connect, blank invite: InMail unanswered a week on: connect']);
    const noted = outputText(planList([p], settings()).outcomes[0] as RowOutcome);
    expect([noted[0], noted[4]]).toEqual(['CONNECT_NOTE', 'Connect with a note (300 chars): InMail unanswered a week on: connect, note referring to it']);
  });
  it('a prospect whose InMail the credits could not pay keeps its signals in the Reason, cut to +N on a long line, never dropped (six signals left only "credits went to higher-ranked prospects")', () => {
    const wanted = { namedAccount: true, trigger: 'funding', degree: 4, seriousAsk: true, seniority: 'c-level', dealValue: 60_000 } as const;
    for (const pairs of [{ Credits: '1' }, { Credits: '1', 'When Credits Run Out': 'next-month' }]) {
      const { outcomes } = planList(
        [
          { ...wanted, name: 'Ann' },
          { ...wanted, name: 'Bob' },
        ],
        settings(pairs),
      );
      const [channel, , , , reason] = outputText(outcomes[1] as RowOutcome);
      expect(channel).toBe('CONNECT_NOTE');
      expect(reason, reason).toMatch(/: named, trigger, no network, serious, c-level, (deal 60k|\+1); /);
      expect(reason.length).toBeLessThanOrEqual(120);
    }
  });
  it('the note that a pending request has no date has a short form: with a missed deadline and a step of many words it fits, the note kept (a random case ran to 146)', () => {
    const headers = FIELDS.map((f) => f.label);
    const map = mapColumns(headers);
    if (map instanceof Problem) throw new Error(map.message);
    const cells: Record<string, Cell> = {
      Title: 'CEO',
      Degree: 3,
      Deadline: '2026-11-23',
      'Serious Ask': 'yes',
      'Deal Value': '$50,000',
      'Connection Status': 'pending',
      Name: 'Ann',
    };
    const row = headers.map((h) => cells[h] ?? '');
    const s = settings({ Plan: 'recruiter', Credits: '1', 'Weekly Invite Cap': '1', 'Daily Invite Cap': '1', 'Start Date': '2026-11-23' });
    const reason = outputText(planList([readProspect(row, map)], s).outcomes[0] as RowOutcome)[4];
    expect(reason).toMatch(/misses the 11-23 deadline; no request date$/);
    expect(reason.length).toBeLessThanOrEqual(130);
  });
  it('a list is cut to "+N" only where that makes it shorter: "+1" for a label no longer than it would drop a signal for nothing', () => {
    const clauses = [
      {
        before: 'worth it: ',
        labels: [
          { full: 'named', short: 'named' },
          { full: 'vp', short: 'vp' },
        ],
        after: '',
        keep: true,
      },
    ];
    const head = `InMail (1 credit), ${'x'.repeat(100)}`;
    expect(fitReason(head, clauses)).toBe(`${head}: worth it: named, vp`);
    // A longer one goes to "+1" when the line is too long, as before.
    const longer = [
      {
        ...clauses[0],
        labels: [
          { full: 'named', short: 'named' },
          { full: 'serious ask', short: 'serious ask' },
        ],
      },
    ];
    expect(fitReason(head, longer as typeof clauses)).toBe(`${head}: worth it: named, +1`);
    // Through the planner: an overdue InMail to a named VP (the reason runs past the aim either way).
    const map = mapColumns(['Name', 'Degree', 'Seniority', 'Named Account', 'Connection Status', 'Requested On']);
    if (map instanceof Problem) throw new Error('map');
    const o = planList([readProspect(['Dee', '2', 'vp', 'yes', 'pending', formatDay(AS_OF - 9)], map)], settings()).outcomes[0] as RowOutcome;
    expect(outputText(o)[4]).toMatch(/worth it: named, vp;/);
  });
});

describe('reasons read exactly as before they were written in one pass (SPEC 3a)', () => {
  it('same Reason for every outcome of random lists under random settings', () => {
    fc.assert(
      fc.property(rows, pairsArb, (rs, pairs) => {
        const s = parseSettings(Object.entries(pairs), AS_OF);
        if (s instanceof Problem) throw new Error(s.message);
        const { outcomes } = planList(
          rs.map((r) => readProspect(r, map)),
          s,
        );
        for (const o of outcomes) {
          if (o === 'blank' || o instanceof RowError) continue;
          expect(reasonOf(o)).toBe(reasonOfReference(o));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a planned row is read back without its row: the prospect the plan keeps says what the whole prospect says', () => {
    fc.assert(
      fc.property(rows, pairsArb, (rs, pairs) => {
        const s = parseSettings(Object.entries(pairs), AS_OF);
        if (s instanceof Problem) throw new Error(s.message);
        const inputs = rs.map((r) => readProspect(r, map));
        const { outcomes } = planList(inputs, s);
        // A person's marks against email and calls are theirs whichever of their rows holds them: the row planned for them keeps its duplicates' too.
        const joined = inputs.map((p) => (p === 'blank' || p instanceof RowError ? p : { ...p }));
        outcomes.forEach((o, j) => {
          const dup = inputs[j];
          if (
            o === 'blank' ||
            o instanceof RowError ||
            o.by !== 'duplicate' ||
            o.duplicateOf === null ||
            dup === undefined ||
            dup === 'blank' ||
            dup instanceof RowError
          )
            return;
          const first = joined[o.duplicateOf - 2];
          if (first === undefined || first === 'blank' || first instanceof RowError) return;
          if (dup.emailOptOut === true) first.emailOptOut = true;
          if (dup.doNotCall === true) first.doNotCall = true;
        });
        outcomes.forEach((o, i) => {
          const whole = joined[i];
          if (o === 'blank' || o instanceof RowError || whole === undefined || whole === 'blank' || whole instanceof RowError) return;
          expect(outputText(o)).toEqual(outputText({ ...o, prospect: whole }));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the CSV cells are the Sheets cells in text: Day a whole number, Cost with two decimals, the Reason defused', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const s = parseSettings([['As Of', '2026-11-23']], AS_OF);
        if (s instanceof Problem) throw new Error(s.message);
        for (const o of planList(
          rs.map((r) => readProspect(r, map)),
          s,
        ).outcomes as RowOutcome[]) {
          const c = outputCells(o);
          expect(outputText(o)).toEqual([
            c.channel,
            c.day === '' ? '' : String(c.day),
            c.date === null ? '' : formatDay(c.date),
            c.cost === '' ? '' : c.cost.toFixed(2),
            c.reason,
          ]);
          if (o !== 'blank' && !(o instanceof RowError)) expect(c.reason).toBe(reasonOfReference(o as Outcome));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('words past what the caches keep read as the first did: 6,000 distinct deals, and 6,000 dates years out under the caps', () => {
    // Each cache keeps the first 4,096 of its words (`remember`); a deal or a date past them is written each time.
    const inmails = Array.from(
      { length: 6_000 },
      (_, i) => ({ name: `P${i}`, trigger: 'funding', degree: 3, seniority: 'c-level', dealValue: 100_000 + i * 1_000 }) as const,
    );
    const invites = Array.from({ length: 6_000 }, (_, i) => ({ name: `Q${i}`, degree: 2 }) as const);
    for (const [list, pairs, says] of [
      [inmails, { Credits: '6000' }, /deal 6.1M$/],
      [invites, { 'Daily Invite Cap': '1', 'Weekly Invite Cap': '3' }, /: 3\/week cap full 1,999 weeks from 11-23$/],
    ] as const) {
      const { outcomes } = planList(list, settings(pairs));
      const reasons = outcomes.map((o) => reasonOf(o as Outcome));
      outcomes.forEach((o, i) => expect(reasons[i]).toBe(reasonOfReference(o as Outcome)));
      // The last row's words are past the cache's first 4,096.
      expect(reasons[5_999]).toMatch(says);
    }
  });

  it('a cell that would start a formula gets a leading apostrophe, and nothing else does', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (text) => {
        expect(defuse(text)).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      }),
    );
    expect(defuse('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(defuse('')).toBe('');
  });
});

describe('dates in reasons and cells, each written once per run', () => {
  it('formatDay is YYYY-MM-DD whichever days came before it, and shortDay drops the as-of year only, for any day and any as-of date, in any order', () => {
    const anyDay = fc.oneof(
      fc.integer({ min: -400, max: 40_000 }).map((d) => AS_OF + d),
      fc.integer({ min: FIRST_DAY - 3, max: LAST_DAY + 3 }),
    );
    const asOfs = ['2026-11-23', '2026-12-31', '2027-01-01', '0001-01-01', '9999-12-31'].map((d) => settings({ 'As Of': d }));
    fc.assert(
      fc.property(fc.array(fc.tuple(anyDay, fc.constantFrom(...asOfs)), { minLength: 1, maxLength: 40 }), (calls) => {
        for (const [day, s] of [...calls, ...calls]) {
          const iso = inCalendar(day) ? new Date(day * 86_400_000).toISOString().slice(0, 10) : 'a date outside years 0001-9999';
          expect(formatDay(day)).toBe(iso);
          expect(shortDay(day, s)).toBe(partsOf(day)[0] === partsOf(s.asOf)[0] ? iso.slice(5) : iso);
        }
      }),
      { numRuns: 300 },
    );
    // The as-of year's first and last days and theirs around them, a day apart and half a day, as shortDay tells a year.
    for (const s of asOfs) {
      const [year] = partsOf(s.asOf);
      const first = civilDay(year, 1, 1) ?? FIRST_DAY;
      const next = civilDay(year + 1, 1, 1) ?? LAST_DAY + 1;
      for (const day of [first - 1, first - 0.5, first, first + 0.5, next - 1, next - 0.5, next, next + 0.5]) {
        expect(shortDay(day, s)).toBe(partsOf(day)[0] === year ? formatDay(day).slice(5) : formatDay(day));
      }
    }
  });
});
