import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CampaignNumbers,
  type ConnectionStatus,
  NUMBERS_RULES,
  type Prospect,
  RATES,
  RowError,
  acceptanceInForce,
  acceptedBeforeRequest,
  asItStood,
  unmeasuredWords,
  campaignNumbers,
  historyInError,
  isRequest,
  mapColumns,
  measure,
  myNumbersSettings,
  planList,
  prospectKey,
  summaryLines,
  numbersLines,
  readProspect,
  rowCounts,
  wilson,
} from '../src/core/index.js';
import { AS_OF, settings } from './helpers.js';

/** A date `n` days before the as-of date (negative: after it). */
const ago = (n: number) => AS_OF - n;
const S = settings();
const ACCEPTANCE = RATES[0] as (typeof RATES)[number];

/** `n` copies of a row: hand-counted lists are built from a few kinds of row. */
const times = (n: number, p: Prospect): Prospect[] => Array.from({ length: n }, () => ({ ...p }));

/** The reference form of the Wilson interval (centre +- half-width solved for n + z^2), written out separately. */
function wilsonByHand(k: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = k / n;
  const root = z * Math.sqrt(z * z + 4 * n * p * (1 - p));
  return [(2 * n * p + z * z - root) / (2 * (n + z * z)), (2 * n * p + z * z + root) / (2 * (n + z * z))];
}

describe('measured acceptance: accepted / requests decided [002]', () => {
  const cases: Array<[string, Prospect, boolean | undefined]> = [
    ['pending, sent exactly 21 days ago: decided, not accepted [002]', { connectionStatus: 'pending', requestedOn: ago(21) }, false],
    ['pending, sent 20 days ago: still deciding, not counted', { connectionStatus: 'pending', requestedOn: ago(20) }, undefined],
    ['pending with no date: cannot be aged, not counted', { connectionStatus: 'pending' }, undefined],
    ['sent 40 days ago with no status: decided, not accepted', { requestedOn: ago(40) }, false],
    ['declined: decided, even sent yesterday', { connectionStatus: 'declined', requestedOn: ago(1) }, false],
    ['withdrawn: decided, not accepted', { connectionStatus: 'withdrawn', requestedOn: ago(5) }, false],
    ['accepted: decided, accepted', { connectionStatus: 'accepted' }, true],
    ['an Accepted On date implies accepted, whatever the status', { connectionStatus: 'pending', requestedOn: ago(3), acceptedOn: ago(1) }, true],
    ['an Accepted On date alone is an accepted request', { acceptedOn: ago(2) }, true],
    ['no request and no status: not a request', { degree: 2, name: 'Ann' }, undefined],
    ['status none, no date: not a request', { connectionStatus: 'none' }, undefined],
    ['status none but a request date 30 days ago: a request, decided', { connectionStatus: 'none', requestedOn: ago(30) }, false],
    ['a request dated after the as-of date: not decided', { connectionStatus: 'pending', requestedOn: ago(-3) }, undefined],
    ['1st degree with no request: not a request', { degree: 1 }, undefined],
  ];
  for (const [name, p, want] of cases) {
    it(name, () => expect(rowCounts(p, AS_OF).acceptance).toBe(want));
  }

  it('a hand-counted list: 6 accepted of 16 decided, 5 rows not counted', () => {
    const list: Prospect[] = [
      ...times(4, { connectionStatus: 'accepted', requestedOn: ago(30) }), // 4 decided, accepted
      ...times(2, { acceptedOn: ago(10) }), // 2 decided, accepted
      ...times(3, { connectionStatus: 'declined' }), // 3 decided
      ...times(2, { connectionStatus: 'withdrawn', requestedOn: ago(35) }), // 2 decided
      ...times(5, { connectionStatus: 'pending', requestedOn: ago(21) }), // 5 decided (21 days)
      ...times(3, { connectionStatus: 'pending', requestedOn: ago(20) }), // not yet
      ...times(2, { degree: 3 }), // no request
    ];
    const n = campaignNumbers(list, S);
    expect([n.acceptance.hits, n.acceptance.n]).toEqual([6, 16]);
    expect(n.acceptance.enoughData).toBe(false);
  });
});

describe('measured InMail reply rate: replied / InMails to rows with no accepted request', () => {
  const cases: Array<[string, Prospect, boolean | undefined]> = [
    ['sent exactly 14 days ago, no reply: counted, not replied', { inmailSentOn: ago(14) }, false],
    ['sent 13 days ago, no reply: too soon, not counted', { inmailSentOn: ago(13) }, undefined],
    ['sent 13 days ago and replied: counted, replied', { inmailSentOn: ago(13), replied: true }, true],
    ['sent today and replied: counted, replied', { inmailSentOn: AS_OF, replied: true }, true],
    ['Replied no is no reply', { inmailSentOn: ago(30), replied: false }, false],
    ["an accepted request: the reply is the connection's, not counted", { inmailSentOn: ago(30), connectionStatus: 'accepted', replied: true }, undefined],
    ['an Accepted On date: not counted', { inmailSentOn: ago(30), acceptedOn: ago(20) }, undefined],
    ['a pending request beside the InMail: counted', { inmailSentOn: ago(30), connectionStatus: 'pending', requestedOn: ago(40) }, false],
    ['a withdrawn request beside the InMail: counted', { inmailSentOn: ago(30), connectionStatus: 'withdrawn', replied: true }, true],
    ['no InMail sent: not counted, even replied', { replied: true, connectionStatus: 'declined' }, undefined],
  ];
  for (const [name, p, want] of cases) {
    it(name, () => expect(rowCounts(p, AS_OF).inmailReply).toBe(want));
  }

  it('a hand-counted list: 5 replied of 22 counted', () => {
    const list: Prospect[] = [
      ...times(3, { inmailSentOn: ago(20), replied: true }),
      ...times(2, { inmailSentOn: ago(2), replied: true }),
      ...times(17, { inmailSentOn: ago(14) }),
      ...times(6, { inmailSentOn: ago(13) }), // too recent
      ...times(4, { inmailSentOn: ago(50), acceptedOn: ago(40), replied: true }), // accepted
    ];
    const n = campaignNumbers(list, S);
    expect([n.inmailReply.hits, n.inmailReply.n]).toEqual([5, 22]);
    expect(n.inmailReply.rate).toBeCloseTo(5 / 22, 12);
  });
});

describe('measured reply after accept: replied / accepted rows given 14 days', () => {
  const cases: Array<[string, Prospect, boolean | undefined]> = [
    ['accepted exactly 14 days ago, no reply: counted', { acceptedOn: ago(14) }, false],
    ['accepted 13 days ago, no reply: too soon', { acceptedOn: ago(13) }, undefined],
    ['accepted 13 days ago, replied: counted, replied', { acceptedOn: ago(13), replied: true }, true],
    ['Accepted On wins over Requested On: accepted 5 days ago, requested 60', { acceptedOn: ago(5), requestedOn: ago(60) }, undefined],
    ['no Accepted On: Requested On 14 days ago counts', { connectionStatus: 'accepted', requestedOn: ago(14) }, false],
    ['no Accepted On: Requested On 13 days ago is too soon', { connectionStatus: 'accepted', requestedOn: ago(13) }, undefined],
    ['accepted with no date and no reply: cannot be aged', { connectionStatus: 'accepted' }, undefined],
    ['accepted with no date, replied: counted', { connectionStatus: 'accepted', replied: true }, true],
    ['declined: not accepted, not counted', { connectionStatus: 'declined', requestedOn: ago(40), replied: true }, undefined],
    ['pending: not counted', { connectionStatus: 'pending', requestedOn: ago(40) }, undefined],
  ];
  for (const [name, p, want] of cases) {
    it(name, () => expect(rowCounts(p, AS_OF).replyAfterAccept).toBe(want));
  }

  it('a hand-counted list: 7 replied of 25 counted', () => {
    const list: Prospect[] = [
      ...times(5, { acceptedOn: ago(30), replied: true }),
      ...times(2, { acceptedOn: ago(1), replied: true }),
      ...times(10, { acceptedOn: ago(14) }),
      ...times(8, { connectionStatus: 'accepted', requestedOn: ago(25) }),
      ...times(9, { acceptedOn: ago(13), requestedOn: ago(30) }), // Accepted On too recent
    ];
    const n = campaignNumbers(list, S);
    expect([n.replyAfterAccept.hits, n.replyAfterAccept.n]).toEqual([7, 25]);
  });
});

describe('the 95% Wilson score interval', () => {
  it('0 of 20: 0 to 16.1%', () => {
    const w = wilson(0, 20);
    expect(w.low).toBe(0);
    expect(w.high).toBeCloseTo(0.16113, 5);
    expect(w.high).toBeCloseTo((wilsonByHand(0, 20) as [number, number])[1], 12);
  });

  it('10 of 20: 29.9% to 70.1%, symmetric about one half', () => {
    const w = wilson(10, 20);
    expect(w.low).toBeCloseTo(0.2993, 4);
    expect(w.high).toBeCloseTo(0.7007, 4);
    expect(w.low + w.high).toBeCloseTo(1, 12);
  });

  it('20 of 20: 83.9% to 100%', () => {
    const w = wilson(20, 20);
    expect(w.low).toBeCloseTo(0.83887, 5);
    expect(w.high).toBe(1);
  });

  it('30 of 143 and 143 of 143 agree with the reference formula', () => {
    for (const k of [0, 1, 30, 71, 142, 143]) {
      const w = wilson(k, 143);
      const [low, high] = wilsonByHand(k, 143);
      expect(w.low, `${k}/143`).toBeCloseTo(Math.max(0, low), 12);
      expect(w.high, `${k}/143`).toBeCloseTo(Math.min(1, high), 12);
    }
    expect(wilson(30, 143).low).toBeCloseTo(0.1511, 4);
    expect(wilson(30, 143).high).toBeCloseTo(0.2837, 4);
  });

  it('an empty sample says nothing: 0 to 1', () => expect(wilson(0, 0)).toEqual({ low: 0, high: 1 }));

  it('property: the interval holds the rate, inside 0..1, and narrows as the sample grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const k = Math.round(f * n);
        const w = wilson(k, n);
        const w4 = wilson(4 * k, 4 * n);
        return 0 <= w.low && w.low <= k / n + 1e-12 && k / n <= w.high + 1e-12 && w.high <= 1 && w4.high - w4.low <= w.high - w.low + 1e-12;
      }),
    );
  });
});

describe('not enough data under 20', () => {
  it('19 decided requests: not enough data, no rate, no proposal', () => {
    const m = measure(ACCEPTANCE, 2, 19, 0.32);
    expect(m).toMatchObject({ n: 19, hits: 2, enoughData: false, rate: null, low: null, high: null, comparison: null, proposal: null });
    expect(m.text).toBe('Your acceptance: not enough data (n=19; 20 needed), 32% assumed');
  });

  it('20 decided requests: a rate with its interval', () => {
    const m = measure(ACCEPTANCE, 2, 20, 0.32);
    expect(m).toMatchObject({ n: 20, enoughData: true, rate: 0.1 });
    expect(m.low).toBeCloseTo(wilson(2, 20).low, 12);
  });

  it('the boundary is the one rule in the table', () => expect(NUMBERS_RULES.minimumSample).toBe(20));
});

describe('compared with the settings in force', () => {
  it('an interval below the assumed rate proposes the measured value, in the words SPEC gives', () => {
    const m = measure(ACCEPTANCE, 30, 143, 0.32);
    expect(m.text).toBe('Your acceptance is 21% (n=143, 15-28%), below the 32% assumed');
    expect(m.comparison).toBe('below');
    expect(m.proposal).toBeCloseTo(30 / 143, 12);
  });

  it('an interval above the assumed rate: above', () => {
    const m = measure(RATES[1] as (typeof RATES)[number], 20, 50, 0.18);
    expect(m.text).toBe('Your InMail reply rate is 40% (n=50, 28-54%), above the 18% assumed');
    expect(m.proposal).toBe(0.4);
  });

  it('an interval that holds the assumed rate proposes nothing', () => {
    const m = measure(RATES[2] as (typeof RATES)[number], 6, 20, 0.26);
    expect(m.comparison).toBe('within');
    expect(m.proposal).toBeNull();
    expect(m.text).toBe('Your reply rate after accepting is 30% (n=20, 15-52%), in line with the 26% assumed');
  });

  it("SPEC 10 [002]: early in a campaign, with more requests waiting to be decided than decided, the rate is shown 'so far' and not proposed: the quick acceptances are in, the slow ones not yet", () => {
    // Two weeks in: 25 accepted within days, 133 still pending, none 21 days old.
    const list = [
      ...times(25, { connectionStatus: 'accepted' as ConnectionStatus, requestedOn: ago(10), acceptedOn: ago(8) }),
      ...times(133, { connectionStatus: 'pending' as ConnectionStatus, requestedOn: ago(10) }),
    ];
    const early = campaignNumbers(list, S);
    const a = early.acceptance;
    expect(a).toMatchObject({ hits: 25, n: 25, rate: 1, comparison: 'above', proposal: null, waiting: 133, early: true });
    // Nor does Use my numbers write it.
    expect(myNumbersSettings(early)).toEqual([]);
    expect(a.text).toBe(
      'Your acceptance is 100% (n=25, 87-100%) so far, but 133 more requests of the last 21 days are not decided yet: too early to propose it; 32% assumed',
    );
    // A week on, once they are 21 days old, they count (pending: not accepted), and the rate is proposed.
    const later = campaignNumbers(list, settings({ 'As Of': '2026-12-07' })).acceptance;
    expect(later).toMatchObject({ hits: 25, n: 158, waiting: 0, comparison: 'below' });
    expect(later.proposal).toBeCloseTo(25 / 158, 12);
    // The reply rates alike: InMails under 14 days with no reply wait, as acceptances do.
    const inmails = [...times(20, { inmailSentOn: ago(3), replied: true }), ...times(40, { inmailSentOn: ago(3), replied: false })];
    expect(campaignNumbers(inmails, S).inmailReply).toMatchObject({ hits: 20, n: 20, waiting: 40, early: false, proposal: 20 / 60 });
    // Above the assumed rate with rows waiting: the least it comes to, each waiting row decided
    // against it, is proposed while that is above the assumed rate; else nothing. Below it, the rate
    // is proposed (the slow answers only lower it).
    expect(measure(ACCEPTANCE, 100, 143, 0.32, true, 143)).toMatchObject({ rate: 100 / 143, early: false });
    expect(measure(ACCEPTANCE, 100, 143, 0.32, true, 143).proposal).toBeCloseTo(100 / 286, 12);
    expect(measure(ACCEPTANCE, 100, 143, 0.32, true, 170)).toMatchObject({ proposal: null, early: true });
    expect(measure(ACCEPTANCE, 30, 143, 0.32, true, 500).proposal).toBeCloseTo(30 / 143, 12);
    expect(measure(ACCEPTANCE, 100, 143, 0.32, true, 0).proposal).toBeCloseTo(100 / 143, 12);
    // In line with the assumed rate but above it, with rows waiting that may bring it down to it: not written at 50%
    // by Use my numbers, where a stronger 14 of 20 is held back as early.
    expect(measure(ACCEPTANCE, 14, 20, 0.32, true, 30)).toMatchObject({ comparison: 'above', early: true, proposal: null });
    const weaker = [...times(10, { connectionStatus: 'accepted' as ConnectionStatus }), ...times(10, { connectionStatus: 'declined' as ConnectionStatus })];
    const waiting = times(30, { connectionStatus: 'pending' as ConnectionStatus, requestedOn: ago(3) });
    const held = campaignNumbers([...weaker, ...waiting], S);
    expect(held.acceptance).toMatchObject({ hits: 10, n: 20, waiting: 30, comparison: 'within', early: false, proposal: null });
    expect(myNumbersSettings(held)).toEqual([]);
    expect(myNumbersSettings(campaignNumbers(weaker, S))).toEqual([['Acceptance Rate', '50%']]);
    // In line with the assumed rate, above it, with rows waiting that cannot bring it down to it: the least it comes to is
    // written, as for a rate above the interval (10 of 20 with 5 waiting: 40%, not the 50% a stronger 11 of 20 was written under).
    const five = times(5, { connectionStatus: 'pending' as ConnectionStatus, requestedOn: ago(3) });
    expect(myNumbersSettings(campaignNumbers([...weaker, ...five], S))).toEqual([['Acceptance Rate', '40%']]);
    const stronger = [...times(11, { connectionStatus: 'accepted' as ConnectionStatus }), ...times(9, { connectionStatus: 'declined' as ConnectionStatus })];
    expect(myNumbersSettings(campaignNumbers([...stronger, ...five], S))).toEqual([['Acceptance Rate', '44%']]);
    // Below the assumed rate, rows waiting only lower it: as usual.
    expect(measure(ACCEPTANCE, 5, 20, 0.32, true, 30)).toMatchObject({ early: false });
    // Undated, a pending request or an acceptance never comes of age: not waiting (the rate is proposed).
    const undated = [
      ...times(30, { connectionStatus: 'accepted' as ConnectionStatus }),
      ...times(10, { connectionStatus: 'declined' as ConnectionStatus }),
      ...times(50, { connectionStatus: 'pending' as ConnectionStatus }),
    ];
    expect(campaignNumbers(undated, S).acceptance).toMatchObject({ hits: 30, n: 40, waiting: 0, early: false, proposal: 0.75 });
    expect(campaignNumbers(undated, S).replyAfterAccept.waiting).toBe(0);
  });

  it('SPEC 10 [002]: a week in, every request of one day, 25 accepted and 15 pending: not 100% (every request not yet 21 days old is decided only by an acceptance) but at least 25 of 40, proposed, and written by Use my numbers', () => {
    const list = [
      ...times(25, { connectionStatus: 'accepted' as ConnectionStatus, requestedOn: ago(11), acceptedOn: ago(9) }),
      ...times(15, { connectionStatus: 'pending' as ConnectionStatus, requestedOn: ago(11) }),
    ];
    const numbers = campaignNumbers(list, S);
    expect(numbers.acceptance).toMatchObject({ hits: 25, n: 25, rate: 1, comparison: 'above', waiting: 15, early: false, proposal: 25 / 40 });
    expect(numbers.acceptance.text).toBe(
      'Your acceptance is 100% (n=25, 87-100%), above the 32% assumed; 15 more requests of the last 21 days are not decided yet, so it comes to at least 62.5%: that is proposed',
    );
    expect(myNumbersSettings(numbers)).toEqual([['Acceptance Rate', '62.5%']]);
    // Written, it is the rate assumed: nothing more to propose, though the same rows still wait (found in a new user's trial as a recruiter: the step proposed again what it had written).
    const after = campaignNumbers(list, settings({ 'Acceptance Rate': '62.5%' })).acceptance;
    expect(after).toMatchObject({ proposal: null, early: false });
    expect(after.text).toBe(
      'Your acceptance is 100% (n=25, 87-100%) so far; 15 more requests of the last 21 days are not decided yet, so it comes to at least 62.5%, the rate assumed',
    );
    expect(myNumbersSettings(campaignNumbers(list, settings({ 'Acceptance Rate': '62.5%' })))).toEqual([]);
    // A floor of 39.73% written as 39.7% is the rate assumed too, not above it.
    const odd = [
      ...times(29, { connectionStatus: 'accepted' as ConnectionStatus, requestedOn: ago(11), acceptedOn: ago(9) }),
      ...times(44, { connectionStatus: 'pending' as ConnectionStatus, requestedOn: ago(11) }),
    ];
    expect(myNumbersSettings(campaignNumbers(odd, S))).toEqual([['Acceptance Rate', '39.7%']]);
    expect(myNumbersSettings(campaignNumbers(odd, settings({ 'Acceptance Rate': '39.7%' })))).toEqual([]);
  });

  it('the assumed rate is the one in force (a changed setting)', () => {
    const list = [...times(30, { acceptedOn: ago(30) }), ...times(113, { connectionStatus: 'declined' as ConnectionStatus })];
    expect(campaignNumbers(list, settings({ 'Acceptance Rate': '21%' })).acceptance).toMatchObject({ assumed: 0.21, comparison: 'within', proposal: null });
    expect(campaignNumbers(list, S).acceptance).toMatchObject({ assumed: 0.32, comparison: 'below' });
  });

  it('"Use my numbers" takes every rate with enough data, as a percentage the Settings sheet reads', () => {
    const list = [
      ...times(30, { acceptedOn: ago(30), replied: false }),
      ...times(113, { connectionStatus: 'declined' as ConnectionStatus }),
      ...times(5, { inmailSentOn: ago(20) }),
    ];
    expect(myNumbersSettings(campaignNumbers(list, S))).toEqual([
      ['Acceptance Rate', '21%'],
      ['Reply After Accept', '0%'],
    ]);
  });
});

describe('the restriction warning reads the measured acceptance once it has 20 [003]', () => {
  const decided = (accepted: number, total: number) => [
    ...times(accepted, { acceptedOn: ago(30) }),
    ...times(total - accepted, { connectionStatus: 'declined' as ConnectionStatus }),
  ];
  it('19 decided: the assumed rate', () => {
    expect(acceptanceInForce(campaignNumbers(decided(1, 19), S), S)).toEqual({ rate: 0.32, measured: null });
  });
  it('20 decided: the measured rate', () => {
    const n = campaignNumbers(decided(3, 20), S);
    expect(acceptanceInForce(n, S)).toEqual({ rate: 0.15, measured: n.acceptance });
  });
  it('no numbers at all: the assumed rate', () => expect(acceptanceInForce(undefined, S).rate).toBe(0.32));

  const warningsOf = (list: Prospect[], pairs: Record<string, string> = {}) =>
    planList(list, settings(pairs)).summary.warnings.filter((w) => /acceptance/.test(w));
  it('in the plan: 3 of 20 measured warns with the measured rate, though 32% is assumed', () => {
    expect(warningsOf(decided(3, 20))).toEqual(['your acceptance is 15% (n=20), below 20%: LinkedIn may restrict your invitations']);
  });
  it('in the plan: 1 of 19 measured does not warn while 32% is assumed', () => expect(warningsOf(decided(1, 19))).toEqual([]));
  it('in the plan: 15% assumed warns until 20 decided requests measure better', () => {
    expect(warningsOf(decided(10, 19), { 'Acceptance Rate': '15%' })).toHaveLength(1);
    expect(warningsOf(decided(10, 20), { 'Acceptance Rate': '15%' })).toEqual([]);
  });
  it("the plan's summary ends with the campaign's numbers, in words", () => {
    const { summary } = planList(decided(3, 20), S);
    const lines = summaryLines(summary, S);
    expect(lines).toContain('  Your acceptance is 15% (n=20, 5-36%), in line with the 32% assumed');
    // The list records no reply: the reply rates are not measured at all.
    expect(lines).toContain(
      "  No row says whether it replied (no column read as Replied, or it is empty): InMail reply rate and reply rate after accepting not measured, the settings' rates stand",
    );
    const replies = summaryLines(planList([...decided(3, 20), { replied: false }], S).summary, S);
    expect(replies).toContain("  Not enough data yet (20 needed) for InMail reply rate (n=0), reply rate after accepting (n=3): the settings' rates stand");
    expect(summary.numbers.acceptance).toMatchObject({ hits: 3, n: 20 });
  });
});

describe('expected refunds: InMails of the last 90 days awaiting a reply [003][004]', () => {
  it('counts sent today to 90 days ago, unanswered, paid', () => {
    const list: Prospect[] = [
      { inmailSentOn: AS_OF },
      { inmailSentOn: ago(90) },
      { inmailSentOn: ago(45), connectionStatus: 'accepted' }, // the credit was spent all the same
      { inmailSentOn: ago(91) }, // past the refund window
      { inmailSentOn: ago(-2) }, // dated after the as-of date
      { inmailSentOn: ago(10), replied: true }, // already refunded
      { inmailSentOn: ago(10), openProfile: true }, // free: no credit to come back
      { requestedOn: ago(10) },
    ];
    const r = campaignNumbers(list, S).refunds;
    expect(r).toMatchObject({ awaiting: 3, openProfile: 1, replyRate: 0.18, credits: 0.54, usd: 1.07 });
    expect(r.text).toBe('Credits expected back: 0.54 ($1.07) from 3 InMails of the last 90 days awaiting a reply, at 18% reply');
  });

  it('credits are written to 2 decimals whatever the number (5 InMails at 18% read "0.9" in stats, "1.08" in the plan)', () => {
    const r = campaignNumbers(times(5, { inmailSentOn: ago(3) }), S).refunds;
    expect(r.text).toBe(
      'Credits expected back: 0.90 ($1.78) from 5 InMails of the last 90 days awaiting a reply, at 18% reply; no row records replies, so each is counted as still awaiting one',
    );
  });

  it('with replies recorded, the InMails awaiting one are those not answered, and nothing more is said', () => {
    const list = [...times(5, { inmailSentOn: ago(3), replied: false }), ...times(1, { inmailSentOn: ago(3), replied: true })];
    const r = campaignNumbers(list, S).refunds;
    expect(r.awaiting).toBe(5);
    expect(r.text).toBe('Credits expected back: 0.90 ($1.78) from 5 InMails of the last 90 days awaiting a reply, at 18% reply');
  });

  it('at the reply rate in force', () => {
    const list = times(12, { inmailSentOn: ago(3) });
    expect(campaignNumbers(list, settings({ 'InMail Reply Rate': '25%' })).refunds.credits).toBe(3);
    expect(campaignNumbers(list, S).refunds.credits).toBe(2.16);
  });

  it('none awaiting says so', () => expect(campaignNumbers([], S).refunds.text).toMatch(/^Credits expected back: none/));
});

describe('rows with errors and blank rows are skipped and counted', () => {
  it('from a read sheet', () => {
    const header = ['Name', 'Connection Status', 'Requested On', 'Replied'];
    const map = mapColumns(header);
    if (!('columns' in map)) throw new Error(map.message);
    const rows = [
      ['Ann', 'accepted', '2026-10-01', 'yes'],
      ['', '', '', ''],
      ['Bob', 'maybe', '2026-10-01', ''],
      ['Cy', 'declined', '', ''],
      ['Di', 'pending', '2026-11-20', ''],
    ];
    const n = campaignNumbers(
      rows.map((r) => readProspect(r, map)),
      S,
    );
    expect([n.rows, n.blank, n.errors]).toEqual([5, 1, 1]);
    expect([n.acceptance.hits, n.acceptance.n]).toEqual([1, 2]);
    expect([n.replyAfterAccept.hits, n.replyAfterAccept.n]).toEqual([1, 1]);
    expect(numbersLines(n)[0]).toBe('Your numbers as of 2026-11-23, from 3 prospects (skipped: 1 blank; 1 with an error):');
  });

  it("a tracker's 'Replied' status counts where the reply was: an InMail answered in the InMail reply rate, a connection's after acceptance", () => {
    const header = ['Name', 'Degree', 'Invite Status', 'InMail Sent On', 'Request Sent'];
    const map = mapColumns(header);
    if (!('columns' in map)) throw new Error(map.message);
    const rows = [
      ['Ann', '3rd', 'Replied', '2026-10-01', ''],
      ['Bob', '3rd', '', '2026-10-01', ''],
      ['Cy', '2nd', 'Replied', '', '2026-10-01'],
      ['Di', '2nd', 'pending', '', '2026-10-01'],
    ];
    const n = campaignNumbers(
      rows.map((r) => readProspect(r, map)),
      S,
    );
    expect([n.inmailReply.hits, n.inmailReply.n]).toEqual([1, 2]);
    expect([n.acceptance.hits, n.acceptance.n]).toEqual([1, 2]);
    expect([n.replyAfterAccept.hits, n.replyAfterAccept.n]).toEqual([1, 1]);
  });

  it('a row whose history is dated after the as-of date: an error in the plan; the numbers read it as it stood on the as-of date, in the plan and in campaignNumbers alike', () => {
    const list: Prospect[] = [
      { name: 'A', connectionStatus: 'pending', requestedOn: ago(-12) },
      { name: 'B', lastTouchOn: ago(-1) },
      { name: 'C', connectionStatus: 'declined', requestedOn: ago(30) },
      // A replied row is checked too (an error in the plan); its InMail had not gone out by then, nor had a reply come.
      { name: 'D', inmailSentOn: ago(-2), replied: true },
      // Sent 30 days before, a later touch recorded: an unanswered InMail as of then.
      { name: 'E', inmailSentOn: ago(30), lastTouchOn: ago(-3) },
    ];
    const n = campaignNumbers(list, S);
    expect([n.rows, n.errors, n.acceptance.n, n.inmailReply.n, n.inmailReply.hits]).toEqual([5, 0, 1, 1, 0]);
    const { summary } = planList(list, S);
    expect(summary.errors).toBe(4);
    expect(summary.numbers).toEqual(n);
  });

  it('a row whose Accepted On is earlier than its Requested On is skipped as a row in error, as the plan makes it one', () => {
    const swapped: Prospect = { connectionStatus: 'accepted', requestedOn: ago(30), acceptedOn: ago(40) };
    const ok: Prospect = { connectionStatus: 'accepted', requestedOn: ago(40), acceptedOn: ago(30) };
    const list = [ok, swapped, ok];
    const n = campaignNumbers(list, S);
    expect([n.errors, n.acceptance.n, n.acceptance.hits]).toEqual([1, 2, 2]);
    const { summary } = planList(list, S, { firstRowNumber: 2 });
    expect([summary.errors, summary.numbers.errors, summary.numbers.firstError]).toEqual([1, 1, 3]);
  });

  it('a month-end report run on a list kept since: a reply dated after the as-of date had not come (0/20 replied, 20 credits awaiting one)', () => {
    const later: Prospect = { inmailSentOn: ago(30), replied: true, repliedOn: ago(-15) };
    const unanswered: Prospect = { inmailSentOn: ago(30), replied: false };
    const n = campaignNumbers([...Array(10).fill(later), ...Array(10).fill(unanswered)], S);
    expect([n.inmailReply.hits, n.inmailReply.n, n.refunds.awaiting]).toEqual([0, 20, 20]);
    const before: Prospect = { ...later, repliedOn: ago(2) };
    expect(campaignNumbers([...Array(10).fill(before), ...Array(10).fill(unanswered)], S).inmailReply.hits).toBe(10);
  });

  it('a month-end report run on a list kept since: history after the as-of date had not happened (the later touches of unanswered rows no longer leave only the replies counted: 25/50, not 25/25)', () => {
    const replied: Prospect = { inmailSentOn: ago(60), replied: true };
    const unanswered: Prospect = { inmailSentOn: ago(60), replied: false, lastTouchOn: ago(-1) };
    const n = campaignNumbers([...Array(25).fill(replied), ...Array(25).fill(unanswered)], S);
    expect([n.inmailReply.hits, n.inmailReply.n]).toEqual([25, 50]);
  });

  it('no row says whether it replied (no Replied column): the reply rates are not measured, not 0%, and "Use my numbers" writes none of them', () => {
    const list: Prospect[] = [
      ...Array.from({ length: 30 }, (): Prospect => ({ connectionStatus: 'accepted', requestedOn: ago(40), acceptedOn: ago(35) })),
      ...Array.from({ length: 30 }, (): Prospect => ({ connectionStatus: 'declined', requestedOn: ago(40) })),
      ...Array.from({ length: 25 }, (): Prospect => ({ inmailSentOn: ago(30) })),
    ];
    const n = campaignNumbers(list, S);
    expect([n.acceptance.enoughData, n.acceptance.rate]).toEqual([true, 0.5]);
    for (const r of [n.inmailReply, n.replyAfterAccept]) {
      expect([r.enoughData, r.rate, r.noReplies, r.proposal]).toEqual([false, null, true, null]);
      expect(unmeasuredWords(r)).toBe('no replies recorded');
    }
    expect(myNumbersSettings(n).map(([key]) => key)).toEqual(['Acceptance Rate']);
    expect(numbersLines(n)).toContain(
      "  No row says whether it replied (no column read as Replied, or it is empty): InMail reply rate and reply rate after accepting not measured, the settings' rates stand",
    );
    // One row that says "no" is enough: the rest of its column reads as not replied.
    const said = campaignNumbers([...list, { inmailSentOn: ago(30), replied: false }], S);
    expect([said.inmailReply.rate, said.inmailReply.n]).toEqual([0, 26]);
  });

  it('asItStood: a later request had no status; a later acceptance left it pending; a reply counts only to what was sent by then', () => {
    expect(asItStood({ requestedOn: ago(-1), connectionStatus: 'accepted', acceptedOn: ago(-1), replied: true }, AS_OF)).toMatchObject({
      requestedOn: undefined,
      connectionStatus: undefined,
      acceptedOn: undefined,
      replied: false,
    });
    expect(asItStood({ requestedOn: ago(20), connectionStatus: 'accepted', acceptedOn: ago(-1), replied: true }, AS_OF)).toMatchObject({
      requestedOn: ago(20),
      connectionStatus: 'pending',
      acceptedOn: undefined,
      replied: false,
    });
    // An InMail by then, a request after: the reply may answer the InMail.
    expect(asItStood({ inmailSentOn: ago(20), requestedOn: ago(-1), replied: true }, AS_OF)).toMatchObject({ inmailSentOn: ago(20), replied: true });
  });

  it('a RowError counts as an error, not a prospect', () => {
    const n = campaignNumbers([new RowError('Requested On', 'not a date', 'soon'), 'blank'], S);
    expect(n).toMatchObject({ rows: 2, blank: 1, errors: 1 });
  });
});

describe('a prospect on several rows is one prospect: counted once, as its first row (SPEC 6, Duplicates)', () => {
  const ann = 'https://www.linkedin.com/in/ann';
  const list: Prospect[] = [
    { name: 'Ann', linkedinUrl: ann, connectionStatus: 'declined', requestedOn: ago(30) },
    // The same profile written another way, and the same email in another case: repeats.
    { name: 'Ann', linkedinUrl: 'linkedin.com/in/ann/', connectionStatus: 'accepted', requestedOn: ago(30) },
    { name: 'Bob', email: 'bob@example.com', inmailSentOn: ago(20) },
    { name: 'Bob', email: 'BOB@example.com', inmailSentOn: ago(20), replied: true },
    { name: 'Cy', connectionStatus: 'declined', requestedOn: ago(30) },
  ];

  it('in the rates, the refunds and the prospects read', () => {
    const n = campaignNumbers(list, S);
    expect([n.acceptance.hits, n.acceptance.n]).toEqual([0, 2]);
    expect([n.inmailReply.hits, n.inmailReply.n]).toEqual([0, 1]);
    expect([n.refunds.awaiting, n.duplicates]).toEqual([1, 2]);
    expect(numbersLines(n)[0]).toBe('Your numbers as of 2026-11-23, from 3 prospects (skipped: 2 duplicate rows):');
  });
  it('counts in the thousands are grouped, as in the rest of the summary', () => {
    const many = campaignNumbers(
      Array.from({ length: 2_400 }, (_, i) => ({ name: 'P', linkedinUrl: `linkedin.com/in/p${i % 1_200}` })),
      S,
    );
    expect(numbersLines(many)[0]).toBe('Your numbers as of 2026-11-23, from 1,200 prospects (skipped: 1,200 duplicate rows):');
  });

  it("the plan's numbers and its pending invitations count them once too", () => {
    const pending = (url: string): Prospect => ({ name: 'Di', linkedinUrl: url, connectionStatus: 'pending', requestedOn: ago(10) });
    const { summary } = planList([...list, pending('https://linkedin.com/in/di'), pending('https://www.linkedin.com/in/di/')], S);
    expect(summary.pendingInvitations).toBe(1);
    expect(summary.numbers).toEqual(campaignNumbers([...list, pending('https://linkedin.com/in/di'), pending('https://www.linkedin.com/in/di')], S));
    expect(summary.numbers.duplicates).toBe(3);
  });

  it('a row the plan errs on for history after the as-of date, which the numbers read as it stood, and a row of the same prospect: counted once, as its first row, in either order', () => {
    const url = 'linkedin.com/in/ann';
    const clean: Prospect = { name: 'Ann', linkedinUrl: url, inmailSentOn: ago(34), replied: false };
    const later: Prospect = { name: 'Ann again', linkedinUrl: url, inmailSentOn: ago(34), replied: false, lastTouchOn: ago(-7) };
    for (const list of [
      [clean, later],
      [later, clean],
      [later, clean, { ...clean, name: 'Ann 3' }],
    ]) {
      const { summary, outcomes } = planList(list, S);
      expect(outcomes.filter((o) => o instanceof RowError)).toHaveLength(1);
      const n = campaignNumbers(list, S);
      expect(summary.numbers).toEqual(n);
      expect([n.inmailReply.n, n.refunds.awaiting, n.duplicates]).toEqual([1, 1, list.length - 1]);
      expect(numbersLines(n)[0]).toMatch(/from 1 prospect \(skipped: \d duplicate rows?\)/);
    }
  });

  it('the plan counts every list as campaignNumbers counts it, duplicates and all', () => {
    const prospect = fc.record({
      linkedinUrl: fc.option(fc.constantFrom('linkedin.com/in/a', 'https://www.linkedin.com/in/a/', 'linkedin.com/in/b'), { nil: undefined }),
      email: fc.option(fc.constantFrom('a@x.example', 'A@x.example', 'c@x.example'), { nil: undefined }),
      connectionStatus: fc.option(fc.constantFrom<ConnectionStatus>('pending', 'accepted', 'declined', 'withdrawn'), { nil: undefined }),
      // A few after the as-of date: row errors, in the plan and in the numbers.
      requestedOn: fc.option(fc.integer({ min: -3, max: 60 }).map(ago), { nil: undefined }),
      inmailSentOn: fc.option(fc.integer({ min: 0, max: 120 }).map(ago), { nil: undefined }),
      // Some after the as-of date (read as they stood), some before their request (skipped).
      acceptedOn: fc.option(fc.integer({ min: -3, max: 60 }).map(ago), { nil: undefined }),
      lastTouchOn: fc.option(fc.integer({ min: -5, max: 30 }).map(ago), { nil: undefined }),
      replied: fc.option(fc.boolean(), { nil: undefined }),
      openProfile: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(prospect, { maxLength: 40 }), (rows) => {
        const list = rows.map((r) => ({ name: 'P', ...r }) as Prospect);
        const { summary, outcomes } = planList(list, S);
        // campaignNumbers is given no row numbers: its first error has none.
        expect({ ...summary.numbers, firstError: null }).toEqual(campaignNumbers(list, S));
        // The numbers skip rows in error but those with history after the as-of date, which they read as they stood.
        const later = list.filter((p, i) => outcomes[i] instanceof RowError && historyInError(p, AS_OF) && !acceptedBeforeRequest(p)).length;
        expect(summary.numbers.errors).toBe(outcomes.filter((o) => o instanceof RowError).length - later);
        // A prospect counts once, whichever of its rows the plan errs on: every row whose key an
        // earlier row had is a duplicate to the numbers (the plan's duplicates among them, but
        // those of a first row the numbers skip: its Accepted On before its request).
        const keys = list.map((p) => (acceptedBeforeRequest(p) ? Number.NaN : prospectKey(p.linkedinUrl, p.email)));
        const repeats = keys.filter((k, i) => !Number.isNaN(k) && keys.indexOf(k) < i).length;
        const planned = outcomes.filter(
          (o) => o !== 'blank' && !(o instanceof RowError) && o.duplicateOf !== null && !Number.isNaN(keys[o.duplicateOf - 2]),
        ).length;
        expect(summary.numbers.duplicates).toBe(repeats);
        expect(planned).toBeLessThanOrEqual(repeats);
      }),
    );
  });
});

describe('invariants', () => {
  const status = fc.constantFrom<ConnectionStatus | undefined>(undefined, 'none', 'pending', 'accepted', 'declined', 'withdrawn');
  const maybeDay = fc.option(fc.integer({ min: -10, max: 200 }).map(ago), { nil: undefined });
  const prospect = fc.record({
    connectionStatus: status,
    requestedOn: maybeDay,
    acceptedOn: maybeDay,
    inmailSentOn: maybeDay,
    replied: fc.option(fc.boolean(), { nil: undefined }),
    openProfile: fc.option(fc.boolean(), { nil: undefined }),
  });
  it('hits never exceed n; a rate lies in its interval; a proposal only where the interval leaves out the assumed rate', () => {
    fc.assert(
      fc.property(fc.array(prospect, { maxLength: 120 }), (list) => {
        const n: CampaignNumbers = campaignNumbers(list as Prospect[], S);
        for (const r of [n.acceptance, n.inmailReply, n.replyAfterAccept]) {
          if (r.hits > r.n || r.n > list.length) return false;
          if (r.enoughData !== r.n >= 20) return false;
          if (r.rate !== null && !((r.low as number) <= r.rate + 1e-12 && r.rate <= (r.high as number) + 1e-12)) return false;
          if ((r.proposal !== null) !== (r.rate !== null && (r.assumed < (r.low as number) || r.assumed > (r.high as number)))) return false;
        }
        return n.refunds.awaiting + n.refunds.openProfile <= list.length;
      }),
    );
  });

  it('a row with no request and no InMail sent counts in no rate and no refund (the counter passes it by)', () => {
    fc.assert(
      fc.property(prospect, (p) => {
        if (p.inmailSentOn !== undefined || isRequest(p as Prospect)) return true;
        const c = rowCounts(p as Prospect, AS_OF);
        return c.acceptance === undefined && c.inmailReply === undefined && c.replyAfterAccept === undefined && !c.refundable && !c.openProfileMessage;
      }),
      { numRuns: 500 },
    );
  });

  it('an InMail row with an accepted request never counts toward the InMail reply rate', () => {
    fc.assert(
      fc.property(
        prospect,
        (p) => !((p.acceptedOn !== undefined || p.connectionStatus === 'accepted') && rowCounts(p as Prospect, AS_OF).inmailReply !== undefined),
      ),
    );
  });
});
