import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  everyRowInError,
  plannedProspects,
  type Outcome,
  type Prospect,
  type RowInput,
  type RowOutcome,
  OTHER_HEADER,
  RowError,
  acceptance,
  creditsPerInMail,
  ListPlanner,
  mondayOf,
  nextRenewal,
  roundCents,
  decideRow,
  decisionCount,
  outputText,
  expectedCost,
  expectedReplies,
  formatDay,
  FLAGS,
  isBusinessDay,
  planList,
  mapColumns,
  Problem,
  summaryLines,
  weekday,
  reasonOf,
  campaignNumbers,
  readProspect,
} from '../src/core/index.js';
import { currencyOf, parseAmount } from '../src/core/read/amounts.js';
import { AS_OF, day, settings } from './helpers.js';

const inmailWanted = (extra: Prospect = {}): Prospect => ({ namedAccount: true, seriousAsk: true, trigger: 'funding', ...extra });
const plan = (rows: RowInput[], pairs: Record<string, string> = {}) => planList(rows, settings(pairs));
const ok = (o: RowOutcome): Outcome => {
  if (o === 'blank' || o instanceof RowError) throw new Error(`not an outcome: ${String(o)}`);
  return o;
};

describe('SPEC 3: expected cost, the worked numbers', () => {
  it('at 22% reply a credit costs 0.78 of a credit, at 14% 0.86 [000 §3]', () => {
    expect(creditsPerInMail(0.22)).toBeCloseTo(0.78, 10);
    expect(creditsPerInMail(0.14)).toBeCloseTo(0.86, 10);
  });
  it('SN Core: $99 / 50 = $1.98 a credit; at 20% reply an InMail costs $1.58 [003]', () => {
    expect(settings().pricePerCredit).toBeCloseTo(1.98, 10);
    expect(expectedCost('INMAIL', settings({ 'InMail Reply Rate': '20%' }))).toBe(1.58);
  });
  it('at the default 18% an SN Core InMail costs $1.62; every other channel costs 0', () => {
    expect(expectedCost('INMAIL', settings())).toBe(1.62);
    for (const c of ['MESSAGE', 'CONNECT_NOTE', 'CONNECT', 'OPEN_PROFILE', 'EMAIL_OR_PHONE', 'SKIP'] as const) expect(expectedCost(c, settings())).toBe(0);
  });
  it('32% acceptance x 26% reply after accept = 8.3% of prospects reply [000 §4]', () => {
    expect(expectedReplies('CONNECT_NOTE', false, settings())).toBeCloseTo(0.0832, 10);
    expect(Math.round(expectedReplies('CONNECT', false, settings()) * 1000) / 10).toBe(8.3);
  });
  it('warm +10 points acceptance [000 §9]; InMail and Open Profile reply at the reply rate [000 §4]', () => {
    expect(acceptance(true, settings())).toBeCloseTo(0.42, 10);
    expect(expectedReplies('INMAIL', false, settings())).toBe(0.18);
    expect(expectedReplies('OPEN_PROFILE', true, settings())).toBe(0.18);
  });
});

describe('SPEC 6: credits are ranked', () => {
  it('the first Credits of the rows that want a paid INMAIL keep it, ranked by InMail points, deal value, urgency, row order', () => {
    const rows: Prospect[] = [
      inmailWanted({ name: 'three points' }),
      inmailWanted({ name: 'four points', seniority: 'vp' }),
      inmailWanted({ name: 'three, big deal', dealValue: 40_000 }),
      inmailWanted({ name: 'three, later row' }),
    ];
    const { outcomes, summary } = plan(rows, { Credits: '2' });
    expect(outcomes.map((o) => ok(o).channel)).toEqual(['CONNECT_NOTE', 'INMAIL', 'INMAIL', 'CONNECT_NOTE']);
    expect(reasonOf(ok(outcomes[0] as RowOutcome))).toBe(
      'Connect with a note (300 chars): named account, funding, serious ask; credits went to higher-ranked prospects',
    );
    expect([summary.creditsUsed, summary.creditsWanted, summary.creditsAvailable]).toEqual([2, 4, 2]);
  });
  it('urgency breaks a tie of points and deal value; then row order', () => {
    const a: Prospect = { namedAccount: true, seriousAsk: true, degree: 3 };
    const b: Prospect = { namedAccount: true, seriousAsk: true, trigger: 'news' };
    const { outcomes } = plan([a, b, { ...a }], { Credits: '1' });
    expect(outcomes.map((o) => ok(o).channel)).toEqual(['CONNECT_NOTE', 'INMAIL', 'CONNECT_NOTE']);
  });
  it('v2 rule 3: a row that is not connectable and loses its credit is EMAIL_OR_PHONE, as with Credits 0 [000 §3]', () => {
    const { outcomes } = plan([inmailWanted({ seniority: 'vp' }), { acceptsConnections: false, namedAccount: true, phone: '+1 555 0100' }], {
      Credits: '1',
    });
    expect(ok(outcomes[1] as RowOutcome).channel).toBe('EMAIL_OR_PHONE');
    expect(reasonOf(ok(outcomes[1] as RowOutcome))).toBe(
      'Call: not accepting connections, worth reaching: named account; credits went to higher-ranked prospects',
    );
  });
  it('a day-5 hook that loses its credit takes the next step of its sequence', () => {
    const touched: Prospect = { connectionStatus: 'pending', requestedOn: AS_OF - 4, namedAccount: true };
    const { outcomes } = plan([inmailWanted({ seniority: 'vp' }), touched], { Credits: '1' });
    expect(ok(outcomes[1] as RowOutcome)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 19 });
    expect(reasonOf(ok(outcomes[1] as RowOutcome))).toBe(
      'Email or phone (find an email): no answer on LinkedIn; no InMail: credits went to higher-ranked prospects',
    );
  });
  it("SPEC 4: deal values in another currency than dollars, over a High Value left at its default, are said to be compared as written (found in a new user's trial: ¥3,000,000, about $20,000, spent a credit)", () => {
    const yen: Prospect = { degree: 2, dealValue: 3_000_000, dealCurrency: '¥', seniority: 'vp', namedAccount: true };
    const { summary } = plan([yen]);
    expect(summary.dealCurrencies).toEqual(['¥']);
    expect(summary.warnings).toContain(
      'deal values in ¥ count as large from High Value 50,000 as written, no currency converted: set High Value in ¥, the deal size a paid InMail is worth',
    );
    // High Value set, even to its default's amount (in euros, say), or the deals in dollars: nothing said.
    expect(plan([yen], { 'High Value': '5000000' }).summary.warnings.join()).not.toMatch(/no currency converted/);
    expect(plan([yen], { 'High Value': '50000' }).summary.warnings.join()).not.toMatch(/no currency converted/);
    // Deals in dollars and yen: one High Value cannot fit both (found in an independent review).
    expect(plan([yen, { ...yen, dealCurrency: '$' }]).summary.warnings).toContain(
      "deal values in ¥ count as large from High Value 50,000 as written, no currency converted, as those in dollars do: plan each currency's deals as a list of their own, High Value set in its currency",
    );
    expect(plan([{ ...yen, dealCurrency: '$' }]).summary.warnings.join()).not.toMatch(/no currency converted/);
    expect(plan([{ ...yen, dealCurrency: undefined }]).summary.warnings.join()).not.toMatch(/no currency converted/);
  });
  it("a list every prospect of which is marked Do Not Contact is said to be so, as any value but a no or a blank is a mark (found in a new user's trial: a Nordic list's no's skipped everyone, and nothing said why)", () => {
    const marked: Prospect = { degree: 2, doNotContact: true };
    const warned = (ps: Prospect[]) => plan(ps).summary.warnings.filter((w) => w.startsWith('every prospect is marked'));
    expect(warned([marked, marked, { ...marked, name: 'C' }])).toEqual([
      'every prospect is marked Do Not Contact (3 rows), so none is touched: check that column (any value but a no or a blank is a mark)',
    ]);
    // One unmarked prospect, or a list of one or two marked people: nothing said.
    expect(warned([marked, marked, marked, { degree: 2 }])).toEqual([]);
    expect(warned([marked, marked])).toEqual([]);
  });
  it("SPEC 4: deals in Nordic crowns (kr. 750.000,00, 250 tkr, 2,5 Mkr, NOK, SEK, DKK), over a High Value left at its default, are named as no dollars (found in a new user's trial with Nordic lists)", () => {
    const deal = (cell: string): Prospect => ({ degree: 2, dealValue: parseAmount(cell), dealCurrency: currencyOf(cell), seniority: 'vp', namedAccount: true });
    const { summary } = plan(['kr. 750.000,00', '250 tkr', '2,5 Mkr', '750 000 NOK', 'SEK 750 000', 'DKK 750.000,00'].map(deal));
    expect(summary.dealCurrencies).toEqual(['kr', 'NOK', 'SEK', 'DKK']);
    expect(summary.warnings).toContain(
      'deal values in kr, NOK, SEK, DKK count as large from High Value 50,000 as written, no currency converted: set High Value in kr, the deal size a paid InMail is worth',
    );
  });
  it('SPEC 6: with Credits 0 and When Credits Run Out = connect, the rows that fall back for want of a credit are counted as wanting one, and the summary warns', () => {
    const { outcomes, summary } = plan([inmailWanted(), inmailWanted(), { warm: true }], { Credits: '0', 'When Credits Run Out': 'connect' });
    expect(outcomes.map((o) => ok(o).channel)).toEqual(['CONNECT_NOTE', 'CONNECT_NOTE', 'CONNECT_NOTE']);
    expect(summary.creditsWanted).toBe(2);
    expect(summary.creditsUsed).toBe(0);
    expect(summary.warnings).toContain('2 prospects want a paid InMail but 0 credits left: 2 fall back to connecting or email');
    // One prospect: said in the singular.
    expect(plan([inmailWanted()], { Credits: '0', 'When Credits Run Out': 'connect' }).summary.warnings).toContain(
      '1 prospect wants a paid InMail but 0 credits left: 1 falls back to connecting or email',
    );
    // A plan with no InMail credits at all (Free) has no row wanting one: none says "no credits left".
    expect(plan([inmailWanted()], { Plan: 'free' }).summary.creditsWanted).toBe(0);
  });
  it('Open Profile never spends a credit', () => {
    const { summary } = plan([inmailWanted({ openProfile: true }), inmailWanted({ openProfile: true })], { Credits: '0' });
    expect(summary.channels.OPEN_PROFILE).toBe(2);
    expect(summary.creditsUsed).toBe(0);
  });
});

describe('SPEC 6: invitations on business days under the daily and weekly caps', () => {
  const connects = (n: number): Prospect[] => Array.from({ length: n }, (_, i) => ({ name: `p${i}`, warm: true }));
  it('250 new connect rows at 100/week take three weeks; the plan says so', () => {
    const { outcomes, summary } = plan(connects(250));
    const dates = outcomes.map((o) => ok(o).date as number);
    expect(summary.weeks.map((w) => [formatDay(w.monday), w.planned])).toEqual([
      ['2026-11-23', 100],
      ['2026-11-30', 100],
      ['2026-12-07', 50],
    ]);
    expect(dates.every((d) => weekday(d) >= 1 && weekday(d) <= 5)).toBe(true);
    expect(formatDay(summary.lastInvitation as number)).toBe('2026-12-09');
    expect(summary.warnings).toContain('250 connection requests take 3 weeks at 100/week: the last goes out 2026-12-09');
  });
  it('at most Daily Invite Cap a day', () => {
    const { outcomes } = plan(connects(45), { 'Daily Invite Cap': '15' });
    const perDay = new Map<number, number>();
    for (const o of outcomes) perDay.set(ok(o).date as number, (perDay.get(ok(o).date as number) ?? 0) + 1);
    expect([...perDay.values()]).toEqual([15, 15, 15]);
  });
  it('the weekly cap binds within the week, even with room left in the day', () => {
    const { summary } = plan(connects(30), { 'Weekly Invite Cap': '25', 'Start Date': '2026-11-26' });
    expect(summary.weeks.map((w) => [formatDay(w.monday), w.planned])).toEqual([
      ['2026-11-23', 25],
      ['2026-11-30', 5],
    ]);
  });
  it('a Start Date on a weekend starts on Monday', () => {
    const { outcomes } = plan(connects(1), { 'Start Date': '2026-11-28' });
    expect(formatDay(ok(outcomes[0] as RowOutcome).date as number)).toBe('2026-11-30');
  });
  it('invitations are dated in priority order: the strongest prospects go first', () => {
    const rows: Prospect[] = [...connects(20), { namedAccount: true, dealValue: 80_000 }];
    const { outcomes } = plan(rows);
    expect(formatDay(ok(outcomes[20] as RowOutcome).date as number)).toBe('2026-11-23');
    expect(formatDay(ok(outcomes[19] as RowOutcome).date as number)).toBe('2026-11-24');
  });
  it('requests already recorded this week count against the caps', () => {
    const sent: Prospect[] = Array.from({ length: 95 }, () => ({ connectionStatus: 'pending', requestedOn: AS_OF - 1 }));
    // Sunday's requests belong to last week: this week has its full cap.
    const { summary } = plan([...sent, ...connects(10)]);
    expect(summary.weeks.map((w) => [formatDay(w.monday), w.planned, w.alreadySent])).toEqual([['2026-11-23', 10, 0]]);
    const midweek = plan([...sent.map((p) => ({ ...p, requestedOn: day('2026-11-23') })), ...connects(10)], { 'As Of': '2026-11-24' });
    expect(midweek.summary.weeks.map((w) => [formatDay(w.monday), w.planned, w.alreadySent])).toEqual([
      ['2026-11-23', 5, 95],
      ['2026-11-30', 5, 0],
    ]);
  });
  it('a row in error still counts the request it records against the caps, and the InMail against the credits (SPEC 6, SPEC 9)', () => {
    // Five requests this week against a cap of 5, two on rows whose Accepted On has no year: no room is left.
    const map = mapColumns(['Name', 'LinkedIn URL', 'Requested On', 'Connection Status', 'Accepted On', 'InMail Sent On']);
    if (map instanceof Problem) throw new Error(map.message);
    const rows = [
      ['Ann', 'linkedin.com/in/ann', '2026-11-23', 'pending', '', ''],
      ['Bob', 'linkedin.com/in/bob', '2026-11-23', 'pending', '', ''],
      ['Cat', 'linkedin.com/in/cat', '2026-11-23', 'accepted', 'Nov 24', ''],
      ['Dan', '', '2026-11-24', 'accepted', '11/24', '2026-11-24'],
      ['Eve', 'linkedin.com/in/eve', '2026-11-24', 'pending', '', ''],
      ['Fay', 'linkedin.com/in/fay', '', '', '', ''],
    ].map((r) => readProspect(r, map));
    expect([rows[2], rows[3]].map((r) => r instanceof RowError)).toEqual([true, true]);
    const { outcomes, summary } = planList(rows, settings({ 'As Of': '2026-11-25', 'Weekly Invite Cap': '5', Credits: '10' }));
    // Without them this week had room for two more: Fay went out on the as-of date.
    expect(summary.weeks.map((w) => [formatDay(w.monday), w.planned, w.alreadySent])).toEqual([['2026-11-30', 1, 0]]);
    expect(formatDay(ok(outcomes[5] as RowOutcome).date as number)).toBe('2026-11-30');
    expect(summary.inmailsSinceRenewal).toBe(1);
  });
});

describe("SPEC 1a, 4: a Dutch or Nordic title's level decides as its English kin's (found in a new user's trial with Nordic lists)", () => {
  it('a named-account 3rd-degree VD, Toimitusjohtaja, Adm. direktør or Algemeen directeur gets the InMail a CEO gets, where each got a connection request', () => {
    const map = mapColumns(['Name', 'Title', 'Degree', 'Named Account']);
    if (map instanceof Problem) throw new Error(map.message);
    const titles = ['CEO', 'VD', 'Toimitusjohtaja', 'Adm. direktør', 'Algemeen directeur', 'Verkställande direktör', 'Daglig leder'];
    const rows = titles.map((title, i) => readProspect([`p${i}`, title, '3rd', 'Yes'], map));
    const { outcomes } = planList(rows, settings({ Credits: '50' }));
    expect(outcomes.map((o) => ok(o).channel)).toEqual(titles.map(() => 'INMAIL'));
  });
});

describe('SPEC 6: notes on a plan with a monthly quota', () => {
  it('only the top rows in priority order get CONNECT_NOTE; the rest CONNECT [003]', () => {
    const rows: Prospect[] = Array.from({ length: 8 }, (_, i) => ({ name: `p${i}`, dealValue: i * 1000 }));
    const { outcomes, summary } = plan(rows, { Plan: 'free' });
    expect(outcomes.map((o) => ok(o).channel)).toEqual([
      'CONNECT',
      'CONNECT',
      'CONNECT',
      'CONNECT_NOTE',
      'CONNECT_NOTE',
      'CONNECT_NOTE',
      'CONNECT_NOTE',
      'CONNECT_NOTE',
    ]);
    expect(reasonOf(ok(outcomes[0] as RowOutcome))).toBe(
      "Connect, blank invite: no reason to InMail: connecting is the default; November's 5 notes went to higher-ranked prospects",
    );
    expect(summary.notesUsed).toBe(5);
  });
  it("the quota is a calendar month's: invitations dated next month get next month's notes, and the reason names the month [003]", () => {
    const rows: Prospect[] = Array.from({ length: 20 }, () => ({ seniority: 'manager', degree: 2 }));
    const { outcomes, summary } = plan(rows, { Plan: 'free', 'As Of': '2026-11-26', 'Daily Invite Cap': '3' });
    const got = outcomes.map((o) => `${ok(o).channel} ${formatDay(ok(o).date as number)}`);
    // Thursday 11-26 to Tuesday 12-01: 3 a day; November's five notes go to the first five, December's to the first five of December.
    expect(got.slice(0, 15)).toEqual([
      ...Array(3).fill('CONNECT_NOTE 2026-11-26'),
      ...Array(2).fill('CONNECT_NOTE 2026-11-27'),
      'CONNECT 2026-11-27',
      ...Array(3).fill('CONNECT 2026-11-30'),
      ...Array(3).fill('CONNECT_NOTE 2026-12-01'),
      ...Array(2).fill('CONNECT_NOTE 2026-12-02'),
      'CONNECT 2026-12-02',
    ]);
    expect(reasonOf(ok(outcomes[5] as RowOutcome))).toContain("November's 5 notes went to higher-ranked prospects");
    expect(reasonOf(ok(outcomes[14] as RowOutcome))).toContain("December's 5 notes went to higher-ranked prospects");
    expect(summary.notesUsed).toBe(10);
    expect(summaryLines(summary, settings({ Plan: 'free', 'As Of': '2026-11-26' }))).toContain('Notes: 10 over 2 months, 5 a month');
    // A month in another year than the as-of date's says its year.
    const late = plan(rows, { Plan: 'free', 'As Of': '2026-12-30', 'Daily Invite Cap': '3' }).outcomes;
    expect(reasonOf(ok(late[19] as RowOutcome))).toContain("January 2027's 5 notes went to higher-ranked prospects");
  });
  it('unlimited notes spread over months say over how many, not "N of unlimited this month" for notes of months ahead', () => {
    const rows: Prospect[] = Array.from({ length: 1200 }, () => ({ seniority: 'manager', degree: 2 }));
    const one = plan(rows.slice(0, 10), { 'As Of': '2026-11-23' }).summary;
    expect(summaryLines(one, settings({ 'As Of': '2026-11-23' }))).toContain('Notes: 10 this month, no monthly limit');
    const many = plan(rows, { 'As Of': '2026-11-23' }).summary;
    expect(many.noteMonths).toBe(4);
    expect(summaryLines(many, settings({ 'As Of': '2026-11-23' }))).toContain('Notes: 1,200 over 4 months, no monthly limit');
  });
  it('the expected replies name the warm bonus only when some row is warm (a list with no Warm column read it as a bonus it was given)', () => {
    const line = (rows: Prospect[]) =>
      summaryLines(plan(rows, { 'As Of': '2026-11-23' }).summary, settings({ 'As Of': '2026-11-23' })).find((l) => l.startsWith('Expected replies'));
    expect(line([{ degree: 2 }, { degree: 3 }])).not.toContain('warm');
    expect(line([{ degree: 2 }, { degree: 3, warm: true }])).toMatch(/, warm \+10 points\)$/);
  });
  it('premium plans have no quota', () => {
    const { summary } = plan(Array.from({ length: 30 }, () => ({})));
    expect(summary.channels.CONNECT_NOTE).toBe(30);
  });
});

describe('SPEC 6: InMails and Open Profile messages go out Tuesday to Thursday [004]', () => {
  it('a Monday start moves them to Tuesday; a Friday start to the next Tuesday', () => {
    const notUrgent: Prospect = { namedAccount: true, seriousAsk: true, seniority: 'vp' };
    const rows: Prospect[] = [notUrgent, { ...notUrgent, openProfile: true }];
    for (const [start, want] of [
      ['2026-11-23', '2026-11-24'],
      ['2026-11-27', '2026-12-01'],
      ['2026-11-26', '2026-11-26'],
    ]) {
      const { outcomes } = plan(rows, { 'Start Date': start as string });
      expect(outcomes.map((o) => formatDay(ok(o).date as number))).toEqual([want, want]);
    }
  });
  it('v2: an urgent prospect\'s InMail goes out on its own date, not held for Tuesday ("InMail lands today" [000 §5])', () => {
    const urgent = inmailWanted({ deadline: day('2026-11-24') });
    const { outcomes } = plan([urgent, { ...urgent, openProfile: true }], { 'Start Date': '2026-11-23' });
    expect(outcomes.map((o) => formatDay(ok(o).date as number))).toEqual(['2026-11-23', '2026-11-23']);
  });
  it('an InMail whose step would be over by the Tuesday it would be held for goes out on its own day, and the reason says why', () => {
    // Multichannel: requested Wed 11-18, the day-3 InMail is due Friday 11-20; the day-7 email on Tuesday 11-24 ends it.
    const pending: Prospect = { namedAccount: true, seriousAsk: true, seniority: 'vp', degree: 3, connectionStatus: 'pending', requestedOn: day('2026-11-18') };
    const { outcomes } = plan([pending], { 'As Of': '2026-11-20', Sequence: 'multichannel' });
    const o = ok(outcomes[0] as RowOutcome);
    expect([o.channel, formatDay(o.date as number)]).toEqual(['INMAIL', '2026-11-20']);
    expect(reasonOf(o)).toContain('on 11-20');
    expect(reasonOf(o)).toMatch(/not held to Tue(sday)?-Thu(rsday)?/);
    // Held (hybrid: requested Wed 11-18, the day-5 InMail due Sunday 11-22, held to Tuesday 11-24), it says Tuesday to Thursday instead.
    const held = ok(plan([{ ...pending, requestedOn: day('2026-11-18') }], { 'As Of': '2026-11-18', Sequence: 'hybrid' }).outcomes[0] as RowOutcome);
    expect(formatDay(held.date as number)).toBe('2026-11-24');
    expect(reasonOf(held)).toMatch(/on 11-24: (InMails do best Tuesday to Thursday|best Tue-Thu)/);
    expect(reasonOf(held)).not.toMatch(/not held/);
  });
  it('v2: when the date would miss the deadline, the reason says so', () => {
    const late = inmailWanted({ trigger: undefined, seniority: 'vp', deadline: day('2026-11-27') });
    const { outcomes } = plan([late], { 'Start Date': '2026-11-30' });
    const o = ok(outcomes[0] as RowOutcome);
    expect(formatDay(o.date as number)).toBe('2026-11-30');
    expect(reasonOf(o)).toMatch(/; misses the 11-27 deadline$/);
  });
  it('SPEC 7, Date: a Start Date before the as-of date dates new prospects from it, and the summary says how many', () => {
    const warm: Prospect[] = [
      { name: 'Ann', warm: true },
      { name: 'Bo', warm: true },
      { name: 'Cy', degree: 2, connectionStatus: 'pending', requestedOn: day('2026-11-10') },
    ];
    const { outcomes, summary } = plan(warm, { 'Start Date': '2026-11-16' });
    expect(outcomes.slice(0, 2).map((o) => formatDay(ok(o).date as number))).toEqual(['2026-11-16', '2026-11-16']);
    expect(summary.startedBefore).toBe(2);
    // The summary says it on every surface (the command line's, the sidebar's Preview).
    expect(summary.warnings[0]).toBe(
      '2 new prospects are dated from Start Date 2026-11-16, before the as-of date 2026-11-23: overdue from the first touch (leave the start out to begin on the as-of date)',
    );
    expect(plan(warm, { 'Start Date': '2026-11-23' }).summary.startedBefore).toBe(0);
    // A weekend start is Monday's: nothing is dated before a Monday as-of date.
    expect(plan(warm, { 'Start Date': '2026-11-21' }).summary.startedBefore).toBe(0);
  });
  it('SPEC 5: a request recorded with no day it was sent is counted from the as-of date, so the summary says its steps never fall due and which column dates them', () => {
    const undated: Prospect[] = [
      { name: 'Pat', linkedinUrl: 'linkedin.com/in/pat', degree: 2, connectionStatus: 'pending' },
      { name: 'Sam', degree: 2, connectionStatus: 'declined' },
      { name: 'Cy', degree: 2, connectionStatus: 'pending', requestedOn: day('2026-11-10') },
      // The same prospect again: counted once.
      { name: 'Pat', linkedinUrl: 'linkedin.com/in/pat/', degree: 2, connectionStatus: 'pending' },
    ];
    const { summary } = plan(undated);
    expect([summary.undatedRequests, summary.firstUndatedRequest]).toEqual([2, 2]);
    expect(summary.warnings).toContain(
      '2 rows record a request but not the day it was sent (row 2 first): counted from the as-of date, their steps move with it and never fall due, nor is a pending one withdrawn; fill in Requested On',
    );
    expect(plan(undated.slice(2, 3)).summary.undatedRequests).toBe(0);
  });
  it('row-wise, the date is the Start Date: only the plan moves it', () => {
    const o = ok(decideRow(inmailWanted(), settings()));
    expect(o.date).toBe(AS_OF);
  });
});

describe('SPEC 6: the summary', () => {
  it('counts channels, credits, expected replies, cost and cost per expected reply', () => {
    const rows: RowInput[] = [inmailWanted(), { warm: true }, {}, { degree: 1 }, { acceptsConnections: false }, 'blank', new RowError('Degree', 'bad', 'x')];
    const { summary } = plan(rows);
    expect(summary.channels).toEqual({ MESSAGE: 1, CONNECT_NOTE: 2, CONNECT: 0, OPEN_PROFILE: 0, INMAIL: 1, EMAIL_OR_PHONE: 0, WITHDRAW: 0, SKIP: 1 });
    expect([summary.rows, summary.blank, summary.errors]).toEqual([7, 1, 1]);
    expect(summary.expectedReplies).toBeCloseTo(0.18 + 0.42 * 0.26 + 0.32 * 0.26 + 0.26, 10);
    expect(summary.expectedCost).toBe(1.62);
    expect(summary.costPerReply).toBeCloseTo(1.62 / summary.expectedReplies, 2);
  });
  it("warns of rows with no name, LinkedIn URL, email or phone in a list whose other rows have one (a report's footer read as rows), naming the first", () => {
    const rows: RowInput[] = [{ name: 'Ann', degree: 2 }, 'blank', {}, { email: 'bo@x.example' }, { namedAccount: true }];
    const { summary } = plan(rows);
    expect([summary.nameless, summary.firstNameless]).toEqual([2, 4]);
    expect(summary.warnings).toContain(
      "2 rows have no name, LinkedIn URL, email or phone (row 4 first): planned all the same; check they are prospects (a report's total or footer lines?)",
    );
    // A list with no names at all is not warned of row by row.
    expect(plan([{}, { degree: 2 }]).summary.nameless).toBe(0);
    expect(plan([{}, { name: 'Ann' }]).summary.warnings).toContain(
      "1 row has no name, LinkedIn URL, email or phone (row 2): planned all the same; check it is a prospect (a report's total or footer lines?)",
    );
  });
  it('SPEC 1a: rows that repeat the header (files joined into one) are not planned, not counted as rows, and named in a warning', () => {
    const rows: RowInput[] = [{ name: 'Ann', degree: 2 }, { repeatsHeader: true }, { name: 'Bo', degree: 1 }, { repeatsHeader: true }];
    const { outcomes, summary } = plan(rows);
    expect(outcomes.map((o) => (typeof o === 'string' ? o : (o as Outcome).channel))).toEqual(['CONNECT_NOTE', 'blank', 'MESSAGE', 'blank']);
    expect([summary.rows, summary.blank, summary.headersAgain, summary.firstHeaderAgain, summary.notes]).toEqual([2, 0, 2, 3, 0]);
    expect(summary.warnings).toContain(
      '2 rows repeat the header row (row 3 first) (files joined into one?): read as a header, not a prospect, and not planned',
    );
    expect(plan([{ repeatsHeader: true }, { name: 'Ann' }]).summary.warnings).toContain(
      'row 2 repeats the header row (files joined into one?): read as a header, not a prospect, and not planned',
    );
    // Alone, as a row-wise function decides it: blank.
    expect(decideRow({ repeatsHeader: true }, settings())).toBe('blank');
  });
  it("SPEC 1a: another export's header row (files of two layouts joined) is an error row, and a warning names it and the rows under it", () => {
    const other = new RowError('First Name', OTHER_HEADER, 'Email');
    const rows: RowInput[] = [{ name: 'Ann', degree: 2 }, other, { name: 'Bo', degree: 1 }, 'blank', { name: 'Cy', degree: 3 }];
    const { summary } = plan(rows);
    expect([summary.errors, summary.firstOtherHeader, summary.underOtherHeader]).toEqual([1, 3, 2]);
    expect(summary.warnings).toContain(
      "row 3 is another export's header row (files of two layouts joined?): the 2 rows under it are read by the header's columns, not its own, so likely wrong: plan each file on its own",
    );
    expect(plan([{ name: 'Ann' }, other, { name: 'Bo' }]).summary.warnings).toContain(
      "row 3 is another export's header row (files of two layouts joined?): the row under it is read by the header's columns, not its own, so likely wrong: plan each file on its own",
    );
    // Any other row error names no header.
    expect(plan([{ name: 'Ann' }, new RowError('Degree', 'expected 1, 2, 3', 'x')]).summary.firstOtherHeader).toBeNull();
  });
  it("warns when paid InMails went out since the renewal and Credits is still a full month's (Credits are what LinkedIn shows as left)", () => {
    // As of Monday 11-23, credits renewing on the 1st: three paid InMails since 11-01, one Open Profile message (free), one in October.
    const rows: RowInput[] = [
      { inmailSentOn: day('2026-11-02') },
      { inmailSentOn: day('2026-11-10') },
      { inmailSentOn: day('2026-11-20') },
      { inmailSentOn: day('2026-11-20'), openProfile: true },
      { inmailSentOn: day('2026-10-30') },
      inmailWanted(),
    ];
    const warned = plan(rows).summary;
    expect(warned.inmailsSinceRenewal).toBe(3);
    expect(warned.warnings).toContain(
      "3 paid InMails went out since the 2026-11-01 renewal (InMail Sent On), and Credits is 50, a full month's, as if none were spent: set Credits to what LinkedIn shows as left",
    );
    // The list's own header names the column (a sheet heads it InMail Date).
    const map = mapColumns(['Name', 'InMail Date']);
    if (map instanceof Problem) throw new Error(map.message);
    expect(planList(rows, settings(), { map }).summary.warnings.find((w) => w.includes('since the'))).toContain('renewal (InMail Date), and Credits');
    // Credits set to what is left: no warning.
    expect(plan(rows, { Credits: '47' }).summary.warnings.some((w) => w.includes('since the'))).toBe(false);
  });
  it('warns when acceptance is below 20%: restriction risk [003]', () => {
    expect(plan([{}], { 'Acceptance Rate': '15%' }).summary.warnings).toContain('acceptance below 20%: LinkedIn may restrict your invitations');
  });
  it('warns over the safe caps [001][003]', () => {
    const w = plan([{}], { 'Weekly Invite Cap': '150', 'Daily Invite Cap': '40' }).summary.warnings;
    expect(w).toContain('Weekly Invite Cap 150 is over the ~100/week safe zone: restriction risk');
    expect(w).toContain('Daily Invite Cap 40 is over 30 a day: restriction risk');
    for (const text of w) expect(text).not.toMatch(/\[\d{3}/);
  });
  it('warns when credits run out', () => {
    expect(plan([inmailWanted(), inmailWanted()], { Credits: '1' }).summary.warnings).toContain(
      '2 prospects want a paid InMail but 1 credit left: 1 falls back to connecting or email',
    );
  });
  it("says so where a list can give no InMail its reasons and every credit goes unused (a Recruiter export of names, titles and profiles: not in the spec; found in a new user's trial as a recruiter)", () => {
    const s = settings({ Credits: '30' });
    const header = ['First Name', 'Last Name', 'Current Title', 'Profile URL'];
    const rows = Array.from({ length: 25 }, (_, i) => [`P${i}`, 'Lee', i % 2 === 0 ? 'CEO' : 'Engineer', `https://www.linkedin.com/in/p${i}`]);
    const planOf = (h: string[], r: string[][]) => {
      const map = mapColumns(h, s.columns);
      if (map instanceof Problem) throw new Error(map.message);
      return planList(
        r.map((row) => readProspect(row, map)),
        s,
        { map },
      ).summary;
    };
    const said =
      'no prospect is worth a paid InMail, so the 30 credits go unused: an InMail needs 3 reasons, and the list has no column for those a title cannot give (Named Account, Trigger, Deadline, Serious Ask, Deal Value); add the ones you know, or name yours with a Column: setting';
    const summary = planOf(header, rows);
    expect(summary.creditsWanted).toBe(0);
    expect(summary.warnings).toContain(said);
    // A column that can give a reason, even with no one worth a credit in it, is the list's own answer: not said.
    expect(
      planOf(
        [...header, 'Named Account'],
        rows.map((r) => [...r, 'no']),
      ).warnings,
    ).not.toContain(said);
    // Nor on a short list, which may simply hold no one worth one, nor on one of prospects already in their sequence.
    expect(planOf(header, rows.slice(0, 5)).warnings).not.toContain(said);
    const touched = rows.map((r) => [...r, 'accepted', '2026-11-02']);
    expect(planOf([...header, 'Connection Status', 'Requested On'], touched).warnings).not.toContain(said);
  });
  it('prints as lines for the CLI and the sidebar', () => {
    const s = settings();
    const lines = summaryLines(plan([inmailWanted(), {}], {}).summary, s);
    expect(lines[0]).toBe('Planned 2 prospects as of 2026-11-23, starting 2026-11-23: sales-navigator-core, hybrid sequence');
    expect(lines).toContain('Credits: 1 of 50 used');
    expect(lines).toContain(
      'Expected cost: $1.62, $6.16 per expected reply, $9.00 per reply to a paid InMail (credits at $1.98, less the 18% a reply within 90 days refunds)',
    );
  });
  it('a cost spread over so many replies that it rounds to no cent says "under $0.01", not "$0.00"', () => {
    const rows: Prospect[] = [inmailWanted(), ...Array.from({ length: 3000 }, () => ({ warm: true }))];
    const lines = summaryLines(plan(rows, { 'Weekly Invite Cap': '10000', 'Daily Invite Cap': '10000' }).summary, settings());
    expect(lines.find((l) => l.startsWith('Expected cost:'))).toMatch(/^Expected cost: \$1\.62, under \$0\.01 per expected reply, /);
  });
});

describe('SPEC 6: row-wise functions give the same Channel as the plan wherever no budget binds', () => {
  it('on a mixed list with budgets that do not bind', () => {
    const rows: Prospect[] = [
      inmailWanted(),
      inmailWanted({ openProfile: true }),
      { warm: true },
      { degree: 1 },
      { acceptsConnections: false },
      { connectionStatus: 'pending', requestedOn: AS_OF - 4, seniority: 'vp' },
    ];
    const s = settings();
    const { outcomes } = planList(rows, s);
    expect(outcomes.map((o) => ok(o).channel)).toEqual(rows.map((r) => ok(decideRow(r, s)).channel));
  });
});

describe('each row is decided once', () => {
  it('planning a list makes exactly one decision per prospect row, in add, finish and outcome together', () => {
    const rows: RowInput[] = [
      inmailWanted(),
      inmailWanted({ seniority: 'vp' }),
      { acceptsConnections: false, namedAccount: true },
      { connectionStatus: 'pending', requestedOn: AS_OF - 40 },
      { connectionStatus: 'pending', requestedOn: AS_OF - 4, namedAccount: true },
      { warm: true },
      'blank',
      new RowError('Degree', 'bad', 'x'),
      { requestedOn: AS_OF + 3 },
    ];
    const before = decisionCount();
    const { outcomes } = plan(rows, { Credits: '1', 'Notes Per Month': '1' });
    outcomes.forEach((o) => outputText(o));
    expect(decisionCount() - before).toBe(7);
  });
  it('lines of text under an empty row (a footer, or names alone: thousands of them) and a header repeated after them each read back as blank, found by row, and a prospect after them as planned', () => {
    const planner = new ListPlanner(settings());
    const lines = 5000;
    planner.add(0, { name: 'Ann', degree: 2 });
    planner.add(1, 'blank');
    for (let i = 0; i < lines; i++) planner.add(2 + i, { name: `Footer ${i}`, lone: true });
    planner.add(lines + 2, { name: 'Name', repeatsHeader: true });
    // An empty line in a CSV file is a row not added; the row after it is a prospect.
    planner.add(lines + 4, { name: 'Bo', degree: 1 });
    const summary = planner.finish();
    expect([summary.notes, summary.headersAgain, summary.firstNote, summary.firstHeaderAgain]).toEqual([lines, 1, 4, lines + 4]);
    for (let i = 0; i <= lines; i++) expect(planner.outcome(2 + i)).toBe('blank');
    expect(planner.outcome(lines + 3)).toBeNull();
    expect((planner.outcome(lines + 4) as Outcome).channel).toBe('MESSAGE');
    expect(() => planner.outcome(lines + 5)).toThrow('was not added');
  });
  it('a row is read back without being read again: the plan keeps what its words read, and the same Reason comes out', () => {
    const s = settings({ Credits: '1', 'Notes Per Month': '1' });
    const planner = new ListPlanner(s);
    const rows: RowInput[] = [
      inmailWanted({ trigger: 'funding', dealValue: 90_000, email: 'a@b.co', deadline: AS_OF + 9 }),
      inmailWanted({ seniority: 'vp', phone: '+1 555', degree: 4 }),
      { warm: true, mutualConnections: 12, seniority: 'manager' },
      { segmentSize: 900, degree: 3 },
      { connectionStatus: 'pending', requestedOn: AS_OF - 40 },
      'blank',
      new RowError('Degree', 'bad', 'x'),
      { connectionStatus: 'accepted', acceptedOn: AS_OF - 1, requestedOn: AS_OF - 9 },
    ];
    rows.forEach((r, i) => planner.add(i, r));
    planner.finish();
    const before = decisionCount();
    rows.forEach((r, i) => {
      const o = planner.outcome(i);
      if (r === 'blank' || r instanceof RowError) return expect(o).toBeNull();
      if (o === null || o === 'blank' || o instanceof RowError) throw new Error(`row ${i} has no outcome`);
      expect(outputText(o)).toEqual(outputText({ ...o, prospect: r }));
    });
    expect(decisionCount()).toBe(before);
  });
  it('rows read back in any order get their own kept values, across the marks every 64 rows', () => {
    // The currencies of the deal values, met in this order: 7 of them, then `SEK`, the eighth.
    const CURRENCIES = ['$', '€', '£', '¥', '₹', 'CHF', 'EUR', 'SEK', undefined];
    const s = settings({ Credits: '150' });
    const rows: RowInput[] = Array.from({ length: 300 }, (_, i) =>
      i % 7 === 0
        ? 'blank'
        : i % 3 === 0
          ? // Deal values that are not 32-bit integers are kept whole too.
            inmailWanted({
              trigger: `event ${i}`,
              dealValue: i % 2 ? 60_000 + i : 4.5e9 + i + 0.25,
              dealCurrency: CURRENCIES[(i / 3) % CURRENCIES.length],
              deadline: AS_OF + 1 + (i % 9),
            })
          : { degree: 2, mutualConnections: 5 + i, seniority: 'manager', deadline: i % 2 ? AS_OF + i : undefined },
    );
    const planner = new ListPlanner(s);
    rows.forEach((r, i) => planner.add(i, r));
    planner.finish();
    const text = (i: number) => {
      const o = planner.outcome(i);
      return o === null ? null : outputText(o);
    };
    const inOrder = rows.map((_, i) => text(i));
    const shuffled = rows.map((_, i) => (i * 113) % rows.length);
    for (const i of shuffled) expect(text(i)).toEqual(inOrder[i]);
    expect(inOrder[3]?.[4]).toBe('InMail (1 credit): named account, event 3, serious ask, deal €60k');
    expect(inOrder[6]?.[4]).toBe('InMail (1 credit): named account, event 6, serious ask, deal £4500M');
    expect(inOrder[18]?.[4]).toBe('InMail (1 credit): named account, event 18, serious ask, deal EUR 4500M');
    expect(inOrder[24]?.[4]).toBe('InMail (1 credit): named account, event 24, serious ask, deal 4500M');
    expect(inOrder[27]?.[4]).toBe('InMail (1 credit): named account, event 27, serious ask, deal $60k');
    // The list's first seven currencies are kept; an eighth is named as none.
    expect(inOrder[48]?.[4]).toBe('InMail (1 credit): named account, event 48, serious ask, deal 4500M');
    expect(inOrder[299]?.[4]).toMatch(/304 mutual/);
  });
});

describe('SPEC 3a: a deal is named as written, in its own currency, rounded into the next unit', () => {
  it('999,999 is 1M and 9,999 is 10k (not 1000k, 10.0k); an amount with no currency named is "deal 1M" even short', () => {
    const rows: Prospect[] = [
      inmailWanted({ dealValue: 999_999, dealCurrency: '€' }),
      inmailWanted({ dealValue: 9_999 }),
      inmailWanted({ dealValue: 999_999 }),
    ];
    const { outcomes } = plan(rows, { Credits: '5', 'High Value': '5000' });
    const reasons = outcomes.map((o) => reasonOf(ok(o)));
    expect(reasons[0]).toMatch(/deal €1M$/);
    expect(reasons[1]).toMatch(/deal 10k$/);
    expect(reasons[2]).toMatch(/deal 1M$/);
  });
});

describe('SPEC 6 v2: duplicates are one prospect', () => {
  it('rows with the same LinkedIn URL (without scheme, www., m., query, fragment, trailing slash, any case) are one: later ones SKIP', () => {
    const rows: Prospect[] = [
      { name: 'a', linkedinUrl: 'https://www.linkedin.com/in/Ann-Lee/', ...inmailWanted() },
      { name: 'b', linkedinUrl: 'linkedin.com/in/ann-lee?utm_source=x#top', ...inmailWanted() },
      { name: 'c', linkedinUrl: 'http://m.linkedin.com/in/ann-lee', warm: true },
      { name: 'd', linkedinUrl: 'https://linkedin.com/in/someone-else', warm: true },
    ];
    const { outcomes, summary } = plan(rows, { Credits: '1' });
    expect(outcomes.map((o) => ok(o).channel)).toEqual(['INMAIL', 'SKIP', 'SKIP', 'CONNECT_NOTE']);
    expect(reasonOf(ok(outcomes[1] as RowOutcome))).toBe('Skip: duplicate of row 2');
    expect([summary.duplicates, summary.creditsWanted, summary.invitations]).toEqual([2, 1, 1]);
    expect(summaryLines(summary, settings())).toContain('Duplicates: 2 rows repeat an earlier prospect (same LinkedIn URL or email) and are skipped');
  });
  it('the warning of rows in error names the first, as the user numbers it: a cell that does not read or a history after the as-of date alike', () => {
    const rows: RowInput[] = [{ degree: 2 }, { degree: 2, requestedOn: AS_OF + 3 }, new RowError('Degree', 'expected 1, 2, 3', 'fourth')];
    const { summary } = planList(rows, settings(), { firstRowNumber: 2 });
    expect([summary.errors, summary.firstError]).toEqual([2, 3]);
    expect(summaryLines(summary, settings())).toContain('Warning: 2 rows have an error (row 3 first): see the ERROR cells');
    expect(summaryLines(planList([new RowError('Degree', 'expected 1, 2, 3', 'fourth')], settings()).summary, settings())).toContain(
      'Warning: 1 row has an error (row 2): see the ERROR cells',
    );
  });
  it('a prospect whose first row is in error waits for it: its later rows are duplicates of that row, never planned in its place (a second InMail)', () => {
    const reference = 'Skip: duplicate of row 2, which has an error: fix row 2, where this prospect is planned';
    const url = 'linkedin.com/in/ann-lee';
    const rows: RowInput[] = [
      // A cell that does not read, its URL read: the InMail this row may record is unknown to the plan.
      new RowError('Deal Value', 'the spreadsheet shows an error here', '#REF!', 0, false, { linkedinUrl: `https://www.${url}` }),
      { name: 'Ann', linkedinUrl: `${url}/`, degree: 3, ...inmailWanted() },
      { name: 'Ann', linkedinUrl: `${url}?trk=x`, degree: 3, ...inmailWanted() },
      // History after the as-of date: in error in the plan, and counted by the numbers as it stood.
      { name: 'Bo', email: 'bo@x.com', degree: 2, requestedOn: AS_OF + 3 },
      { name: 'Bo', email: 'BO@x.com', degree: 2 },
      // A row in error after its prospect's planned row is no first row.
      { name: 'Cy', email: 'cy@x.com', degree: 2 },
      new RowError('Degree', 'expected 1, 2, 3', 'fourth', 0, false, { email: 'cy@x.com' }),
      { name: 'Cy', email: 'cy@x.com', degree: 2 },
      // Neither URL nor email read: nothing to know its prospect's rows by.
      new RowError('Degree', 'expected 1, 2, 3', 'fourth'),
      { name: 'Di', email: 'di@x.com', degree: 3, ...inmailWanted() },
    ];
    const { outcomes, summary } = planList(rows, settings(), { firstRowNumber: 2 });
    expect(outcomes.map((o) => (o instanceof RowError ? 'ERROR' : ok(o).channel))).toEqual([
      'ERROR',
      'SKIP',
      'SKIP',
      'ERROR',
      'SKIP',
      'CONNECT_NOTE',
      'ERROR',
      'SKIP',
      'ERROR',
      'INMAIL',
    ]);
    const reasons = outcomes.map((o) => (o instanceof RowError ? '' : reasonOf(ok(o))));
    expect([reasons[1], reasons[2]]).toEqual([reference, reference]);
    expect(reasons[4]).toBe(reference.replaceAll('row 2', 'row 5'));
    expect(reasons[7]).toBe('Skip: duplicate of row 7');
    expect([summary.duplicates, summary.creditsWanted]).toEqual([4, 1]);
    // The numbers count each prospect once, as the campaign's numbers read the same rows.
    expect({ ...summary.numbers, firstError: null }).toEqual(campaignNumbers(rows as (Prospect | RowError)[], settings()));
  });
  it("the reader keeps a row in error's LinkedIn URL and email, where they read, for the plan to know its duplicates by", () => {
    const map = mapColumns(['Name', 'LinkedIn URL', 'Email', 'Degree']);
    if (map instanceof Problem) throw new Error(map.message);
    const planned = planList(
      [
        ['Ann', 'linkedin.com/in/ann', 'ann@x.com', 'fourth'],
        ['Ann', 'https://linkedin.com/in/ann/', '', '3'],
        ['Bo', '', '', 'fourth'],
      ].map((r) => readProspect(r, map)),
      settings(),
    );
    const first = planned.outcomes[0] as RowError;
    expect(first.known).toMatchObject({ linkedinUrl: 'linkedin.com/in/ann', email: 'ann@x.com' });
    expect(reasonOf(ok(planned.outcomes[1] as RowOutcome))).toMatch(/^Skip: duplicate of row 2, which has an error/);
    expect((planned.outcomes[2] as RowError).known).toBeUndefined();
  });
  it('the summary counts one duplicate as one row', () => {
    const { summary } = plan([{ email: 'x@y.z' }, { email: 'x@y.z' }]);
    expect(summaryLines(summary, settings())).toContain('Duplicates: 1 row repeats an earlier prospect (same LinkedIn URL or email) and is skipped');
  });
  it('a row without a URL is compared by Email only, case-insensitively; a row with a URL by URL only', () => {
    const rows: Prospect[] = [
      { email: 'Ann@Example.com', warm: true },
      { email: 'ann@example.com ', warm: true },
      { email: 'ann@example.com', linkedinUrl: 'linkedin.com/in/ann', warm: true },
    ];
    const { outcomes } = plan(rows);
    expect(outcomes.map((o) => ok(o).channel)).toEqual(['CONNECT_NOTE', 'SKIP', 'CONNECT_NOTE']);
  });
  it('the duplicate names the row as the user numbers it', () => {
    const rows: Prospect[] = [{ email: 'x@y.z' }, { email: 'x@y.z' }];
    const { outcomes } = planList(rows, settings(), { firstRowNumber: 5 });
    expect(reasonOf(ok(outcomes[1] as RowOutcome))).toBe('Skip: duplicate of row 5');
  });
  it('a duplicate that records a touch, a connection or a reply its first row lacks: the first is still planned (SPEC 6), and the duplicate and a warning say so', () => {
    const url = 'linkedin.com/in/dana';
    const rows: Prospect[] = [
      { name: 'Dana', linkedinUrl: url, degree: 2, connectionStatus: 'pending', requestedOn: AS_OF - 53 },
      { name: 'Dana', linkedinUrl: url, degree: 1, connectionStatus: 'accepted', requestedOn: AS_OF - 53, acceptedOn: AS_OF - 48, replied: true },
      { name: 'Bo', email: 'bo@x.com', inmailSentOn: AS_OF - 20 },
      { name: 'Bo', email: 'bo@x.com', inmailSentOn: AS_OF - 20, replied: true },
      { name: 'Cy', email: 'cy@x.com', degree: 2, acceptedOn: AS_OF - 3, requestedOn: AS_OF - 9 },
      { name: 'Cy', email: 'cy@x.com', degree: 2, requestedOn: AS_OF - 9 },
      { name: 'Di', email: 'di@x.com', degree: 2, requestedOn: AS_OF - 9 },
      { name: 'Di', email: 'di@x.com', degree: 2, acceptedOn: AS_OF - 3, requestedOn: AS_OF - 9 },
    ];
    const { outcomes, summary } = plan(rows);
    expect(outcomes.map((o) => ok(o).channel)).toEqual(['WITHDRAW', 'SKIP', 'EMAIL_OR_PHONE', 'SKIP', 'MESSAGE', 'SKIP', 'EMAIL_OR_PHONE', 'SKIP']);
    const newer = "which lacks this row's newer history";
    expect(reasonOf(ok(outcomes[1] as RowOutcome))).toBe(`Skip: duplicate of row 2, ${newer}: copy it into row 2`);
    expect(reasonOf(ok(outcomes[3] as RowOutcome))).toBe(`Skip: duplicate of row 4, ${newer}: copy it into row 4`);
    // A duplicate that knows less than its first row (Cy) is a plain duplicate; an Accepted On alone is a connection (Di).
    expect(reasonOf(ok(outcomes[5] as RowOutcome))).toBe('Skip: duplicate of row 6');
    expect(reasonOf(ok(outcomes[7] as RowOutcome))).toBe(`Skip: duplicate of row 8, ${newer}: copy it into row 8`);
    expect([summary.newerDuplicates, summary.firstNewerDuplicate]).toEqual([3, [3, 2]]);
    expect(summaryLines(summary, settings())).toContain(
      'Warning: 3 duplicate rows record a touch, a connection or a reply their first row lacks (row 3 of row 2 first): the first row is planned from its own history; copy the newer history into it',
    );
    expect(summaryLines(plan(rows.slice(0, 2)).summary, settings())).toContain(
      'Warning: row 3 repeats row 2 and records a touch, a connection or a reply it lacks: the first row is planned from its own history; copy the newer history into it',
    );
    expect(plan([rows[0] as Prospect, rows[0] as Prospect]).summary.newerDuplicates).toBe(0);
  });
  it('a duplicate that records a touch its untouched first row lacks (an InMail sent, a request pending) is flagged too: the first row would get a second InMail or invitation', () => {
    const rows: Prospect[] = [
      { name: 'Vera', linkedinUrl: 'linkedin.com/in/vera', degree: 3, seriousAsk: true, dealValue: 200_000 },
      { name: 'Vera', linkedinUrl: 'linkedin.com/in/vera/', degree: 3, seriousAsk: true, dealValue: 200_000, inmailSentOn: AS_OF - 4 },
      { name: 'Tim', email: 'tim@x.com', degree: 2 },
      { name: 'Tim', email: 'tim@x.com', degree: 2, connectionStatus: 'pending', requestedOn: AS_OF - 6 },
      // Both touched alike: the later row knows no more than the first.
      { name: 'Gus', email: 'gus@x.com', degree: 2, requestedOn: AS_OF - 6 },
      { name: 'Gus', email: 'gus@x.com', degree: 2, requestedOn: AS_OF - 2 },
      // Touched in two ways: an InMail on one row, a request on the other, either way round.
      { name: 'Ina', email: 'ina@x.com', degree: 2, inmailSentOn: AS_OF - 8 },
      { name: 'Ina', email: 'ina@x.com', degree: 2, connectionStatus: 'pending', requestedOn: AS_OF - 3 },
      { name: 'Joe', email: 'joe@x.com', degree: 2, connectionStatus: 'pending', requestedOn: AS_OF - 8 },
      { name: 'Joe', email: 'joe@x.com', degree: 2, inmailSentOn: AS_OF - 3 },
      // A connection makes the request and the InMail before it moot.
      { name: 'Kim', email: 'kim@x.com', degree: 1, acceptedOn: AS_OF - 3 },
      { name: 'Kim', email: 'kim@x.com', degree: 2, inmailSentOn: AS_OF - 8, requestedOn: AS_OF - 9 },
    ];
    const { outcomes, summary } = plan(rows);
    expect([summary.newerDuplicates, summary.firstNewerDuplicate]).toEqual([4, [3, 2]]);
    // The first row is planned from its own history, and its Reason says first that a later row knows more.
    expect(reasonOf(ok(outcomes[0] as RowOutcome))).toMatch(/^InMail[^:]*: row 3 has newer history: copy it here; /);
    expect(outcomes.map((o) => ok(o as RowOutcome).newerIn)).toEqual([3, null, 5, null, null, null, 9, null, 11, null, null, null]);
    expect(reasonOf(ok(outcomes[3] as RowOutcome))).toBe("Skip: duplicate of row 4, which lacks this row's newer history: copy it into row 4");
    expect(outcomes.slice(5).map((o) => reasonOf(ok(o as RowOutcome)))).toEqual([
      'Skip: duplicate of row 6',
      expect.any(String),
      "Skip: duplicate of row 8, which lacks this row's newer history: copy it into row 8",
      expect.any(String),
      "Skip: duplicate of row 10, which lacks this row's newer history: copy it into row 10",
      expect.any(String),
      'Skip: duplicate of row 12',
    ]);
  });
  it('rows with no URL and no Email between two rows of one prospect do not hide the repeat', () => {
    const rows: Prospect[] = [
      { email: 'x@a.com', warm: true },
      { warm: true },
      { email: 'X@a.com', warm: true },
      { warm: true },
      { email: 'y@a.com' },
      {},
      { email: 'y@a.com' },
    ];
    const { outcomes, summary } = plan(rows);
    expect(summary.duplicates).toBe(2);
    expect(outcomes.map((o) => ok(o).duplicateOf)).toEqual([null, null, 2, null, null, null, 6]);
  });
});

describe('SPEC 6 v2: the summary counts pending invitations and what paid InMails cost per reply', () => {
  it('pending invitations in the sheet, and how many are due for withdrawal [003]', () => {
    const rows: Prospect[] = [
      { connectionStatus: 'pending', requestedOn: AS_OF - 40 },
      { requestedOn: AS_OF - 3 },
      { connectionStatus: 'pending' },
      { connectionStatus: 'accepted', requestedOn: AS_OF - 40 },
      { connectionStatus: 'withdrawn', requestedOn: AS_OF - 40 },
    ];
    const { summary } = plan(rows);
    expect([summary.pendingInvitations, summary.withdrawalsDue, summary.channels.WITHDRAW]).toEqual([3, 1, 1]);
    expect(summaryLines(summary, settings())).toContain('Pending invitations: 3, 1 due for withdrawal');
  });
  it('cost per reply to a paid InMail = expected InMail cost / expected paid-InMail replies, beside the overall figure', () => {
    const { summary } = plan([inmailWanted(), inmailWanted({ openProfile: true }), { warm: true }]);
    expect(summary.costPerPaidReply).toBe(roundCents(1.62 / 0.18));
    expect(summary.costPerReply).toBe(roundCents(1.62 / summary.expectedReplies));
  });
});

describe('SPEC 10 v2: When Credits Run Out = next-month', () => {
  const wanting = (n: number, extra: Prospect = {}) =>
    Array.from({ length: n }, () => ({ namedAccount: true, seriousAsk: true, seniority: 'vp', ...extra }) as Prospect);
  it("rows beyond this month's credits keep INMAIL, dated the first Tuesday-Thursday on or after the renewal, up to the plan's monthly credits", () => {
    // As of Mon 2026-11-23, renewing on the 1st: Tuesday 2026-12-01.
    const { outcomes, summary } = plan(wanting(8), { Plan: 'premium-career', Credits: '2', 'When Credits Run Out': 'next-month' });
    const planned = outcomes.map((o) => [ok(o).channel, formatDay(ok(o).date as number)]);
    expect(planned.slice(0, 2)).toEqual([
      ['INMAIL', '2026-11-24'],
      ['INMAIL', '2026-11-24'],
    ]);
    expect(planned.slice(2, 7)).toEqual(Array(5).fill(['INMAIL', '2026-12-01']));
    expect(planned[7]?.[0]).toBe('CONNECT_NOTE');
    expect([summary.creditsWaiting, formatDay(summary.renewal as number)]).toEqual([5, '2026-12-01']);
    expect(reasonOf(ok(outcomes[2] as RowOutcome))).toBe(
      'InMail (1 credit) on 12-01: named account, serious, vp; waits for the renewal: credits went to higher-ranked prospects',
    );
  });
  it("the next renewal is the next Credits Renew On after the as-of date; the month's last day in a shorter month", () => {
    expect(formatDay(nextRenewal(day('2026-11-23'), 23))).toBe('2026-12-23');
    expect(formatDay(nextRenewal(day('2026-11-23'), 24))).toBe('2026-11-24');
    expect(formatDay(nextRenewal(day('2027-01-31'), 31))).toBe('2027-02-28');
    expect(formatDay(nextRenewal(day('2028-02-01'), 30))).toBe('2028-02-29');
  });
  it('urgent rows do not wait: they fall back now', () => {
    const { outcomes } = plan([...wanting(1, { dealValue: 100_000 }), ...wanting(1, { trigger: 'funding' })], {
      Plan: 'premium-career',
      Credits: '1',
      'When Credits Run Out': 'next-month',
    });
    expect(outcomes.map((o) => ok(o).channel)).toEqual(['INMAIL', 'CONNECT_NOTE']);
    // Its reason says why it does not wait as lower-ranked rows do, not only that credits went elsewhere.
    expect(reasonOf(ok(outcomes[1] as RowOutcome))).toMatch(/; urgent: cannot wait for the 12-01 renewal$/);
  });
  it('an urgent row whose touch with no credit comes after the renewal anyway is not said to be unable to wait for it', () => {
    // Requested 11-19: the day-5 InMail has no credit; the walk goes on to the day-19 email, 12-07, after the 12-01 renewal.
    const { outcomes } = plan(
      [
        ...wanting(1, { dealValue: 500_000, trigger: 'news', degree: 3 }),
        ...wanting(1, { trigger: 'funding', degree: 3, connectionStatus: 'pending', requestedOn: day('2026-11-19') }),
      ],
      { Credits: '1', 'When Credits Run Out': 'next-month' },
    );
    const o = ok(outcomes[1] as RowOutcome);
    expect([o.channel, formatDay(o.date as number)]).toEqual(['EMAIL_OR_PHONE', '2026-12-07']);
    expect(reasonOf(o)).not.toContain('cannot wait');
    expect(reasonOf(o)).toContain('credits went to higher-ranked prospects');
  });
  it("a sequence's InMail waits for the renewal only while its step is still due then (SPEC 5: at most 14 days late, never past the next step)", () => {
    const { outcomes } = plan(
      [
        ...wanting(1, { dealValue: 500_000 }),
        // Requested 11-09: its day-5 InMail (11-13) stays due to day 18 (11-26), before the 12-01 renewal.
        ...wanting(1, { degree: 3, connectionStatus: 'pending', requestedOn: day('2026-11-09') }),
        // Requested 11-19: its day-5 InMail (11-23) stays due to day 18 (12-06), after it.
        ...wanting(1, { degree: 3, connectionStatus: 'pending', requestedOn: day('2026-11-19') }),
      ],
      { Plan: 'premium-career', Credits: '1', 'When Credits Run Out': 'next-month' },
    );
    const planned = outcomes.map((o) => [ok(o).channel, ok(o).day, formatDay(ok(o).date as number)]);
    expect(planned).toEqual([
      ['INMAIL', 1, '2026-11-24'],
      ['EMAIL_OR_PHONE', 19, '2026-11-27'],
      ['INMAIL', 5, '2026-12-01'],
    ]);
  });
  it("with Credits 0, InMails wait for the renewal all the same, up to the monthly credits: they have none left this month; a row past the renewal's credits falls back, those credits gone to higher-ranked rows", () => {
    const { outcomes, summary } = plan([...wanting(6), ...wanting(1, { trigger: 'funding' })], {
      Plan: 'premium-career',
      Credits: '0',
      'When Credits Run Out': 'next-month',
    });
    const planned = outcomes.map((o) => [ok(o).channel, formatDay(ok(o).date as number)]);
    // Premium Career: 5 credits a month.
    expect(planned.slice(0, 5)).toEqual(Array(5).fill(['INMAIL', '2026-12-01']));
    expect(planned[5]?.[0]).toBe('CONNECT_NOTE');
    expect(planned[6]?.[0]).toBe('CONNECT_NOTE');
    expect([summary.creditsWanted, summary.creditsUsed, summary.creditsWaiting]).toEqual([7, 0, 5]);
    expect(reasonOf(ok(outcomes[0] as RowOutcome))).toBe('InMail (1 credit) on 12-01: named account, serious ask, vp; waits for the renewal: no credits left');
    expect(reasonOf(ok(outcomes[5] as RowOutcome))).toBe(
      // This month had none to give: the renewal's went to the rows waiting for it.
      "Connect with a note (300 chars): named account, serious, vp; the 12-01 renewal's credits went to higher-ranked prospects",
    );
    expect(reasonOf(ok(outcomes[6] as RowOutcome))).toMatch(/; urgent: cannot wait for the 12-01 renewal$/);
    // Without next-month, Credits 0 is no InMail at all (SPEC 4 rule 3).
    expect(plan(wanting(2), { Plan: 'premium-career', Credits: '0' }).outcomes.map((o) => ok(o).channel)).toEqual(['CONNECT_NOTE', 'CONNECT_NOTE']);
  });
});

describe('SPEC 6: a long invitation calendar', () => {
  it('daily cap 1 over 600 rows runs for years, one a business day, and the summary lists weeks up to a limit and counts the rest', () => {
    const rows: Prospect[] = Array.from({ length: 600 }, () => ({ warm: true }));
    const { outcomes, summary } = plan(rows, { 'Daily Invite Cap': '1', 'Weekly Invite Cap': '3' });
    const dates = outcomes.map((o) => ok(o).date as number);
    expect(new Set(dates).size).toBe(600);
    const perWeek = new Map<number, number>();
    for (const d of dates) perWeek.set(mondayOf(d), (perWeek.get(mondayOf(d)) ?? 0) + 1);
    expect(Math.max(...perWeek.values())).toBe(3);
    expect([summary.weekCount, summary.weeks.length]).toEqual([200, 53]);
    expect(summaryLines(summary, settings()).find((l) => l.startsWith('Invitations:'))).toMatch(/and 147 more weeks until 2030-09-18$/);
  });
  it('a date the weekly cap moved to a later week, then the daily cap within it, names both caps (SPEC 3a)', () => {
    // As of Wed 11-25, weekly cap 3, daily cap 2, Monday 11-30 a holiday: 3 this week, then 2 on Tue 12-01, then Wed 12-02.
    const rows: Prospect[] = Array.from({ length: 6 }, () => ({ warm: true }));
    const { outcomes } = plan(rows, { 'As Of': '2026-11-25', 'Weekly Invite Cap': '3', 'Daily Invite Cap': '2', Holidays: '2026-11-30' });
    expect(outcomes.map((o) => formatDay(ok(o).date as number))).toEqual(['2026-11-25', '2026-11-25', '2026-11-26', '2026-12-01', '2026-12-01', '2026-12-02']);
    // (Over 120 characters in full: the caps' short forms.)
    expect(reasonOf(ok(outcomes[3] as RowOutcome))).toMatch(/; goes out 12-01: 3\/week cap full week of 11-23$/);
    expect(reasonOf(ok(outcomes[5] as RowOutcome))).toMatch(/; goes out 12-02: 3\/week cap full week of 11-23, 2\/day full on 12-01$/);
  });
  it("a date the daily cap and then the weekly cap moved names the weekly cap's own week, not the week the daily cap filled (SPEC 3a)", () => {
    // As of Wed 12-23, 12-24 and 12-25 holidays, 2 a day, 5 a week, 2 sent this week: 2 go out 12-23 (4 of 5 this week), 5 in the week of 12-28, then 2027-01-04.
    const sent: Prospect[] = [
      { requestedOn: day('2026-12-21'), connectionStatus: 'pending' },
      { requestedOn: day('2026-12-22'), connectionStatus: 'pending' },
    ];
    const rows: Prospect[] = [...sent, ...Array.from({ length: 8 }, (): Prospect => ({ seniority: 'manager' }))];
    const { outcomes } = plan(rows, { 'As Of': '2026-12-23', 'Weekly Invite Cap': '5', 'Daily Invite Cap': '2', Holidays: '2026-12-24, 2026-12-25' });
    const placed = outcomes.slice(2).map((o) => formatDay(ok(o).date as number));
    expect(placed).toEqual(['2026-12-23', '2026-12-23', '2026-12-28', '2026-12-28', '2026-12-29', '2026-12-29', '2026-12-30', '2027-01-04']);
    expect(reasonOf(ok(outcomes[9] as RowOutcome))).toMatch(/goes out 2027-01-04: (weekly cap of 5|5\/week cap) full (in the )?week of 12-28$/);
  });
  it('the reason names the cap that moved the date', () => {
    const rows: Prospect[] = Array.from({ length: 23 }, () => ({ warm: true }));
    const daily = plan(rows).outcomes;
    expect(reasonOf(ok(daily[20] as RowOutcome))).toMatch(/; goes out 11-24: daily cap of 20 full on 11-23$/);
    const weekly = plan(rows, { 'Weekly Invite Cap': '22', 'Start Date': '2026-11-26' }).outcomes;
    // Over 120 characters in full, the cap takes its short form (SPEC 3a).
    expect(reasonOf(ok(weekly[22] as RowOutcome))).toMatch(/; goes out 11-30: 22\/week cap full week of 11-23$/);
  });
  it('the cap words name the days that were full for that row, the same for every row that goes out the same day (SPEC 3a, SPEC 6 Invitations)', () => {
    // As of Saturday 11-21, Monday 11-23 a Holiday: 11-24 and 11-25 fill up, so rows 41-45 go out 11-26.
    const rows: Prospect[] = Array.from({ length: 45 }, () => ({ seniority: 'manager' }));
    const { outcomes } = plan(rows, { 'As Of': '2026-11-21', Holidays: '2026-11-23' });
    const words = outcomes.map((o) => reasonOf(ok(o)).replace(/^.*goes out /, 'goes out '));
    expect(new Set(words.slice(20, 40))).toEqual(new Set(['goes out 11-25: daily cap of 20 full on 11-24']));
    expect(new Set(words.slice(40))).toEqual(new Set(['goes out 11-26: 20/day cap full 11-24 to 11-25']));
  });
  it('a list that fills many weeks says for how many weeks the weekly cap is full, not only the first week (SPEC 3a, SPEC 6)', () => {
    const rows: Prospect[] = Array.from({ length: 1001 }, () => ({ degree: 2 }));
    const { outcomes } = plan(rows, { 'Daily Invite Cap': '30' });
    const last = ok(outcomes[1000] as RowOutcome);
    expect(formatDay(last.date as number)).toBe('2027-02-01');
    expect(reasonOf(last)).toMatch(/; goes out 2027-02-01: 100\/week cap full 10 weeks from 11-23$/);
    expect(reasonOf(ok(outcomes[100] as RowOutcome))).toMatch(/; goes out 11-30: 100\/week cap full week of 11-23$/);
  });
  it('the full days a moved invitation names were full: every business day from the first to the day before its date, or its week (SPEC 3a, SPEC 6)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 15 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }),
        (n, daily, weekly, holidayOffsets, starts) => {
          const holidays = holidayOffsets.map((k) => formatDay(AS_OF + k)).join(',');
          const rows: Prospect[] = Array.from({ length: n }, (_, i) => {
            const k = starts[i % Math.max(1, starts.length)];
            // Some rows had an InMail and wait for their day-8 note; most are new.
            return k !== undefined && k > 12 ? { inmailSentOn: AS_OF - k + 8 } : { degree: 2 };
          });
          const pairs: Record<string, string> = { 'Daily Invite Cap': String(daily), 'Weekly Invite Cap': String(weekly) };
          if (holidays !== '') pairs.Holidays = holidays;
          const s = settings(pairs);
          const { outcomes } = planList(rows, s);
          const perDay = new Map<number, number>();
          const perWeek = new Map<number, number>();
          for (const o of outcomes) {
            const t = ok(o);
            if (t.channel !== 'CONNECT_NOTE' && t.channel !== 'CONNECT') continue;
            const d = t.date as number;
            perDay.set(d, (perDay.get(d) ?? 0) + 1);
            perWeek.set(mondayOf(d), (perWeek.get(mondayOf(d)) ?? 0) + 1);
          }
          for (const o of outcomes) {
            const t = ok(o);
            if (!(t.flags & (FLAGS.dailyCap | FLAGS.weeklyCap))) continue;
            const from = t.movedFrom as number;
            const date = t.date as number;
            expect(isBusinessDay(from, s.holidays) && from < date).toBe(true);
            for (let d = from; d < date; d++) {
              if (!isBusinessDay(d, s.holidays)) continue;
              expect((perDay.get(d) ?? 0) >= daily || (perWeek.get(mondayOf(d)) ?? 0) >= weekly).toBe(true);
            }
            if (t.flags & FLAGS.weeklyCap) expect(mondayOf(date) > mondayOf(from)).toBe(true);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
  it("a long list's reasons fit about 120 characters: short forms, then the note's length goes, never a date or the conclusion (SPEC 3a)", () => {
    const rows: Prospect[] = Array.from({ length: 1001 }, () => ({ segmentSize: 250 }));
    const { outcomes } = plan(rows, { 'Daily Invite Cap': '30' });
    expect(reasonOf(ok(outcomes[0] as RowOutcome))).toBe('Connect with a note (300 chars): one of 250 similar prospects, too many to InMail');
    const last = reasonOf(ok(outcomes[1000] as RowOutcome));
    expect(last).toBe('Connect with a note: one of 250 similar, too many to InMail; goes out 2027-02-01: 100/week cap full 10 weeks from 11-23');
    expect(last.length).toBeLessThanOrEqual(120);
    const warm = plan(
      Array.from({ length: 1001 }, () => ({ warm: true })),
      { 'Daily Invite Cap': '30' },
    ).outcomes;
    // Two lists of signals: fewer words before each list, then "+N"; every date and the conclusion stay.
    const score = plan(
      Array.from({ length: 1001 }, () => ({ mutualConnections: 6, activeOnLinkedIn: true, namedAccount: true, degree: 3 })),
      { 'Daily Invite Cap': '30' },
    ).outcomes;
    expect(reasonOf(ok(score[0] as RowOutcome))).toBe(
      'Connect with a note (300 chars): 2 reasons to connect (6 mutual, active); InMail needs 3 reasons, has 2 (named, 3rd)',
    );
    expect(reasonOf(ok(score[1000] as RowOutcome))).toBe(
      'Connect with a note: 2 to connect (6 mutual, +1); InMail needs 3, has 2 (named, +1); goes out 2027-02-01: 100/week cap full 10 weeks from 11-23',
    );
    expect(reasonOf(ok(warm[1000] as RowOutcome))).toBe(
      'Connect with a note (300 chars): warm: connect, not InMail; goes out 2027-02-01: 100/week cap full 10 weeks from 11-23',
    );
  });
  it('a date computed past year 9999 is a row error, never a cell like +010000-01-01', () => {
    const { outcomes } = plan([{ warm: true }, { warm: true }], { 'Start Date': '9999-12-31', 'Daily Invite Cap': '1' });
    expect(outputText(outcomes[0] as RowOutcome)[2]).toBe('9999-12-31');
    expect(outcomes[1]).toBeInstanceOf(RowError);
    expect(outputText(outcomes[1] as RowOutcome)[0]).toMatch(/^ERROR: Date: the next touch falls outside years 0001-9999/);
  });
});

describe('the counts every surface says of a plan (the summary, the CLI, the sidebar)', () => {
  it('prospects planned are the rows neither blank nor in error; every row is an error only when there are rows and none is planned', () => {
    expect(plannedProspects({ rows: 10, blank: 2, errors: 3 })).toBe(5);
    expect(everyRowInError({ rows: 10, blank: 2, errors: 8 })).toBe(true);
    expect(everyRowInError({ rows: 10, blank: 2, errors: 7 })).toBe(false);
    // Only blank rows, or none: nothing in error, so no failure (the CLI says the file has no prospect rows).
    expect(everyRowInError({ rows: 3, blank: 3, errors: 0 })).toBe(false);
    expect(everyRowInError({ rows: 0, blank: 0, errors: 0 })).toBe(false);
  });
});
