import { describe, expect, it } from 'vitest';
import { FLAGS, type Prospect, reasonOf } from '../src/core/index.js';
import { AS_OF, day, touch } from './helpers.js';

const channel = (p: Prospect, pairs: Record<string, string> = {}, creditsLeft?: boolean) => touch(p, pairs, creditsLeft).channel;
/** Three InMail signals and none for connecting: the InMail side of rule 5. */
const threeYeses: Prospect = { namedAccount: true, trigger: 'funding', seriousAsk: true, degree: 2 };

describe('SPEC 4 rule 1: degree 1 gets MESSAGE, never InMail a connection [001 FAQ][004]', () => {
  it('1st degree with every InMail signal is still a message', () => {
    expect(channel({ ...threeYeses, degree: 1, openProfile: true, seniority: 'c-level' })).toBe('MESSAGE');
  });
  it('Connection Status accepted counts as 1st degree', () => {
    expect(channel({ degree: 2, connectionStatus: 'accepted' })).toBe('MESSAGE');
  });
  it('the first message is day 1 on the Start Date, for free', () => {
    const t = touch({ degree: 1 }, { 'Start Date': '2026-11-25' });
    expect([t.day, t.date]).toEqual([1, day('2026-11-25')]);
  });
});

describe('SPEC 4 rule 2: no LinkedIn path gets EMAIL_OR_PHONE', () => {
  it('not connectable and InMail disabled', () => {
    expect(channel({ acceptsConnections: false, acceptsInMail: false, namedAccount: true })).toBe('EMAIL_OR_PHONE');
  });
  it('not connectable on the free plan, which sends no InMail and no Open Profile message [002][003]', () => {
    expect(channel({ acceptsConnections: false, openProfile: true }, { Plan: 'free' })).toBe('EMAIL_OR_PHONE');
  });
  it('not connectable, InMail disabled: the reason says so', () => {
    const t = touch({ acceptsConnections: false, acceptsInMail: false, namedAccount: true });
    expect(t.channel).toBe('EMAIL_OR_PHONE');
    expect(reasonOf(t)).toBe('Email or phone (find an email): no LinkedIn path: not accepting connections, no Open Profile, they take no InMail');
  });
});

describe('SPEC 4 rule 3: not connectable (InMail only) [000 §5][004]', () => {
  it('Open Profile usable: OPEN_PROFILE, free before paid [000 §5]', () => {
    expect(channel({ acceptsConnections: false, openProfile: true })).toBe('OPEN_PROFILE');
  });
  it('else INMAIL when usable and worth paying ("worth a meeting" [000 §3])', () => {
    expect(channel({ acceptsConnections: false, seniority: 'vp' })).toBe('INMAIL');
    expect(channel({ acceptsConnections: false, dealValue: 50000 })).toBe('INMAIL');
    expect(channel({ acceptsConnections: false, deadline: day('2026-11-30') })).toBe('INMAIL');
  });
  it('else SKIP: not worth a credit', () => {
    const t = touch({ acceptsConnections: false, seniority: 'manager' });
    expect([t.channel, t.day, t.date]).toEqual(['SKIP', null, null]);
    expect(reasonOf(t)).toBe('Skip: not accepting connections, and not worth a credit');
  });
  it('v2 rule 3: worth reaching, no credit left: EMAIL_OR_PHONE, whether Credits was 0 or the plan gave them away [000 §3][003]', () => {
    const t = touch({ acceptsConnections: false, namedAccount: true, email: 'ann@example.com' }, { Credits: '0' });
    expect([t.channel, t.day]).toEqual(['EMAIL_OR_PHONE', 1]);
    expect(reasonOf(t)).toBe('Email: not accepting connections, worth reaching: named account; no credits left');
    expect(touch({ acceptsConnections: false, namedAccount: true }, {}, false).channel).toBe('EMAIL_OR_PHONE');
  });
  it('its Reason names what makes the credit worth it (SPEC 4 rule 3 [000 §3]), never the reach: a 3rd degree is no reason to pay', () => {
    const p = { acceptsConnections: false, degree: 3 as const, seniority: 'vp' as const, mutualConnections: 8 };
    expect(reasonOf(touch(p))).toBe('InMail (1 credit): not accepting connections; worth it: vp');
    expect(reasonOf(touch(p, { Credits: '0' }))).toBe('Email or phone (find an email): not accepting connections, worth reaching: vp; no credits left');
  });
  it('InMail disabled with an Open Profile is no path either [004 FAQ]', () => {
    expect(channel({ acceptsConnections: false, openProfile: true, acceptsInMail: false })).toBe('EMAIL_OR_PHONE');
  });
});

describe('SPEC 4 rule 4: volume play gets the connection side [000 §6][001]', () => {
  it('segment size over the threshold connects even with three InMail signals', () => {
    expect(channel({ ...threeYeses, namedAccount: false, seniority: 'vp', segmentSize: 500 })).toBe('CONNECT_NOTE');
  });
  it('at the threshold it is not a volume play', () => {
    expect(channel({ trigger: 'x', seriousAsk: true, seniority: 'vp', segmentSize: 100 })).toBe('INMAIL');
  });
  it('a named account is never a volume play ("named account or one of 500?" [000 §8])', () => {
    expect(channel({ ...threeYeses, segmentSize: 500 })).toBe('INMAIL');
  });
  it('the threshold is a setting', () => {
    expect(channel({ trigger: 'x', seriousAsk: true, seniority: 'vp', segmentSize: 60 }, { 'Volume Threshold': '50' })).toBe('CONNECT_NOTE');
  });
});

describe('SPEC 4 rule 5: score, "three yeses and the answer is almost always InMail" [000 §8]', () => {
  it('three InMail signals and no connection signal: the InMail side', () => {
    expect(channel(threeYeses)).toBe('INMAIL');
  });
  it('two InMail signals: the connection side ("default to connection requests" [000 §1])', () => {
    expect(channel({ namedAccount: true, seriousAsk: true })).toBe('CONNECT_NOTE');
  });
  it('three InMail signals but as many connection signals: the connection side', () => {
    expect(channel({ ...threeYeses, warm: true, mutualConnections: 5, activeOnLinkedIn: true })).toBe('CONNECT_NOTE');
  });
  it('three InMail signals beat two connection signals', () => {
    expect(channel({ ...threeYeses, mutualConnections: 6, activeOnLinkedIn: true })).toBe('INMAIL');
  });
  it('v2 rule 3a: a warm prospect connects, whatever the InMail signals ("wasting InMail credits on warm prospects" [002][001])', () => {
    const t = touch({ ...threeYeses, seniority: 'vp', warm: true });
    expect(t.channel).toBe('CONNECT_NOTE');
    expect(t.by).toBe('warm');
    expect(reasonOf(t)).toBe('Connect with a note (300 chars): warm: connect rather than InMail');
    expect(channel({ ...threeYeses, warm: true }, { Sequence: 'inmail-first' })).toBe('CONNECT_NOTE');
  });
  it('each InMail signal counts one: named account, urgent, 3rd degree or further, serious ask, c-level/vp, deal >= High Value', () => {
    const base: Prospect = { namedAccount: true, seriousAsk: true };
    expect(channel({ ...base, trigger: 'job change' })).toBe('INMAIL');
    expect(channel({ ...base, deadline: day('2026-12-07') })).toBe('INMAIL'); // 14 days: urgent
    expect(channel({ ...base, degree: 3 })).toBe('INMAIL');
    expect(channel({ ...base, degree: 4 })).toBe('INMAIL');
    expect(channel({ ...base, seniority: 'c-level' })).toBe('INMAIL');
    expect(channel({ ...base, seniority: 'vp' })).toBe('INMAIL');
    expect(channel({ ...base, dealValue: 50000 })).toBe('INMAIL');
  });
  it('director counts for neither side; below High Value and 2nd degree count for nothing', () => {
    const base: Prospect = { namedAccount: true, seriousAsk: true };
    expect(channel({ ...base, seniority: 'director' })).toBe('CONNECT_NOTE');
    expect(channel({ ...base, dealValue: 49999 })).toBe('CONNECT_NOTE');
    expect(channel({ ...base, degree: 2 })).toBe('CONNECT_NOTE');
  });
  it('a deadline further than Urgent Within Days, or already passed, is not urgent', () => {
    const base: Prospect = { namedAccount: true, seriousAsk: true };
    expect(channel({ ...base, deadline: day('2026-12-08') })).toBe('CONNECT_NOTE');
    expect(channel({ ...base, deadline: day('2026-11-20') })).toBe('CONNECT_NOTE');
    expect(channel({ ...base, deadline: day('2026-12-08') }, { 'Urgent Within Days': '30' })).toBe('INMAIL');
  });
  it('each connection signal counts one: warm [002], 5+ mutual [003], active [003], manager/senior/entry [000 §6]', () => {
    const inmail3: Prospect = { ...threeYeses, seniority: 'vp' }; // 4 InMail points
    expect(channel({ ...inmail3, seniority: 'vp', mutualConnections: 5, activeOnLinkedIn: true })).toBe('INMAIL'); // 4 vs 2
    expect(channel({ ...threeYeses, seniority: 'manager', activeOnLinkedIn: true, mutualConnections: 9 })).toBe('CONNECT_NOTE'); // 3 vs 3
    expect(channel({ ...threeYeses, mutualConnections: 4, activeOnLinkedIn: true, seniority: 'senior' })).toBe('INMAIL'); // 4 mutual: no point
    expect(channel({ ...threeYeses, seniority: 'senior', mutualConnections: 5, activeOnLinkedIn: true })).toBe('CONNECT_NOTE');
    expect(channel({ ...threeYeses, seniority: 'entry', mutualConnections: 5, activeOnLinkedIn: true })).toBe('CONNECT_NOTE');
  });
  it('the reason names the signals that decided it', () => {
    expect(reasonOf(touch(threeYeses))).toBe('InMail (1 credit): named account, funding, serious ask');
    expect(reasonOf(touch({ activeOnLinkedIn: true, namedAccount: true }))).toBe(
      'Connect with a note (300 chars): 1 reason to connect (active on LinkedIn); InMail needs 3 reasons, has 1 (named account)',
    );
    expect(reasonOf(touch({}))).toBe('Connect with a note (300 chars): no reason to InMail: connecting is the default');
  });
});

describe('SPEC 4 rule 6: the InMail side, free before paid [000 §5]', () => {
  it('OPEN_PROFILE when usable', () => {
    const t = touch({ ...threeYeses, openProfile: true });
    expect([t.channel, reasonOf(t)]).toEqual(['OPEN_PROFILE', 'Open Profile message (free): named account, funding, serious ask']);
  });
  it('else INMAIL when usable', () => {
    expect(channel(threeYeses)).toBe('INMAIL');
  });
  it('else the connection side, saying why: no credits', () => {
    const t = touch(threeYeses, { Credits: '0' });
    expect(t.channel).toBe('CONNECT_NOTE');
    expect(reasonOf(t)).toBe('Connect with a note (300 chars): named account, funding, serious ask; no credits left');
  });
  it('else the connection side, saying why: free plan', () => {
    expect(reasonOf(touch(threeYeses, { Plan: 'free' }))).toMatch(/^Connect with a note \(200 chars\): .*; free plan: no InMail$/);
  });
  it('else the connection side, saying why: InMail disabled [004 FAQ]', () => {
    expect(reasonOf(touch({ ...threeYeses, acceptsInMail: false, openProfile: true }))).toMatch(/; they take no InMail$/);
  });
  it('else the connection side, saying why: no credits left this month (list plan)', () => {
    expect(reasonOf(touch(threeYeses, {}, false))).toMatch(/; no credits left$/);
  });
});

describe('SPEC 4 rule 7: the connection side', () => {
  it('CONNECT_NOTE: a personalised note', () => {
    expect(channel({ warm: true })).toBe('CONNECT_NOTE');
  });
  it('CONNECT when the note quota is spent (Notes Per Month 0) [003]', () => {
    const t = touch({ warm: true }, { 'Notes Per Month': '0' });
    expect(t.channel).toBe('CONNECT');
    expect(reasonOf(t)).toBe('Connect, blank invite: warm: connect rather than InMail; no notes left: message once accepted');
  });
  it('a new prospect is touched on day 1, the Start Date', () => {
    const t = touch({}, { 'Start Date': '2026-11-30' });
    expect([t.day, t.date, (t.flags & FLAGS.first) !== 0]).toEqual([1, day('2026-11-30'), true]);
  });
});

describe('SPEC 5 first steps of other templates lean their way', () => {
  it('connection-first connects even with three InMail signals [003 seq 1]', () => {
    expect(channel(threeYeses, { Sequence: 'connection-first' })).toBe('CONNECT_NOTE');
  });
  it('inmail-first: Open Profile first, a paid InMail only if worth paying, else the connection side (v2) [003 seq 2][000 §3]', () => {
    expect(channel({ openProfile: true }, { Sequence: 'inmail-first' })).toBe('OPEN_PROFILE');
    expect(channel({ namedAccount: true }, { Sequence: 'inmail-first' })).toBe('INMAIL');
    const t = touch({ seniority: 'manager' }, { Sequence: 'inmail-first' });
    expect(t.channel).toBe('CONNECT_NOTE');
    expect(reasonOf(t)).toBe('Connect with a note (300 chars): InMail-first sequence; not worth a credit');
  });
  it('a first touch under a template that leans to connecting says the sequence in force', () => {
    expect(reasonOf(touch(threeYeses, { Sequence: 'multichannel' }))).toBe('Connect with a note (300 chars): the multichannel sequence starts with a request');
    expect(reasonOf(touch(threeYeses, { Sequence: 'connection-first' }))).toBe(
      'Connect with a note (300 chars): the connection-first sequence starts with a request',
    );
  });
  it('multichannel connects first [003 seq 3]', () => {
    expect(channel(threeYeses, { Sequence: 'multichannel' })).toBe('CONNECT_NOTE');
  });
  it('rules 1-4 hold in every template', () => {
    for (const seq of ['connection-first', 'inmail-first', 'multichannel']) {
      expect(channel({ degree: 1 }, { Sequence: seq })).toBe('MESSAGE');
      expect(channel({ acceptsConnections: false, acceptsInMail: false }, { Sequence: seq })).toBe('EMAIL_OR_PHONE');
      expect(channel({ acceptsConnections: false }, { Sequence: seq })).toBe('SKIP');
      expect(channel({ segmentSize: 1000 }, { Sequence: seq })).toBe('CONNECT_NOTE');
    }
  });
});

it('the as-of date is an input: the same row decides differently on another day', () => {
  const p: Prospect = { namedAccount: true, seriousAsk: true, deadline: day('2026-12-20') };
  expect(channel(p)).toBe('CONNECT_NOTE'); // 27 days before the deadline
  expect(channel(p, { 'As Of': '2026-12-10' })).toBe('INMAIL'); // 10 days before
  expect(AS_OF).toBe(day('2026-11-23'));
});
