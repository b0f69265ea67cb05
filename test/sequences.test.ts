import { describe, expect, it } from 'vitest';
import { FLAGS, type Prospect, RowError, SEQUENCES, SEQUENCE_NAMES, decide, reasonOf } from '../src/core/index.js';
import { AS_OF, day, settings, touch } from './helpers.js';

/** A date `d - 1` days before the as-of date, so that today is sequence day `d`. */
const onDay = (d: number) => AS_OF - (d - 1);
const at = (p: Prospect, pairs: Record<string, string> = {}) => {
  const t = touch(p, pairs);
  return { channel: t.channel, day: t.day, date: t.date, overdue: (t.flags & FLAGS.overdue) !== 0 };
};
const pending = (d: number, extra: Prospect = {}): Prospect => ({ connectionStatus: 'pending', requestedOn: onDay(d), ...extra });
const accepted = (d: number, extra: Prospect = {}): Prospect => ({ connectionStatus: 'accepted', requestedOn: onDay(d), ...extra });
const inmailed = (d: number, extra: Prospect = {}): Prospect => ({ inmailSentOn: onDay(d), ...extra });

describe('SPEC 5: day d and what stays due', () => {
  it('Day d = as-of - first touch + 1; the first touch is the earlier of Requested On and InMail Sent On', () => {
    const t = touch({ connectionStatus: 'declined', requestedOn: onDay(10), inmailSentOn: onDay(15) });
    expect(t.channel).toBe('EMAIL_OR_PHONE');
    expect(t.day).toBe(19);
    expect(t.date).toBe(onDay(15) + 18);
  });
  it('Replied = yes: MESSAGE, Day blank, "replied: continue the conversation"', () => {
    const t = touch(inmailed(9, { replied: true }));
    expect([t.channel, t.day, t.date, reasonOf(t)]).toEqual(['MESSAGE', null, null, 'Message: replied, continue the conversation']);
  });
  it('a one-time step whose day has passed stays due: Date is the as-of date, flagged overdue', () => {
    expect(at(pending(9, { openProfile: true }))).toEqual({ channel: 'OPEN_PROFILE', day: 5, date: AS_OF, overdue: true });
    expect(reasonOf(touch(pending(9, { openProfile: true })))).toBe(
      'Open Profile message (free), overdue since day 5: request not accepted: a different angle',
    );
  });
  it('a message whose day has passed is not due any more: the next step is', () => {
    // Day 5 fell on Friday 11-20: passed. (Had it fallen on the weekend, it would be due Monday.)
    expect(at(accepted(8))).toEqual({ channel: 'MESSAGE', day: 12, date: onDay(8) + 11, overdue: false });
  });
  it('a first touch after the as-of date is a per-row error', () => {
    const t = decide({ requestedOn: AS_OF + 3 }, settings());
    expect(t).toBeInstanceOf(RowError);
    expect((t as RowError).text).toBe("ERROR: Requested On: after the as-of date 2026-11-23 (got '2026-11-26')");
  });
  it('a pending request with no date is counted from today', () => {
    const t = touch({ connectionStatus: 'pending', openProfile: true });
    expect([t.channel, t.day, t.date]).toEqual(['OPEN_PROFILE', 5, AS_OF + 4]);
    expect(reasonOf(t)).toMatch(/; no request date: counted from today$/);
  });
  it('every template ends with an onward step that always holds', () => {
    for (const name of SEQUENCE_NAMES) {
      const last = SEQUENCES[name][SEQUENCES[name].length - 1];
      expect(last?.onward && last.when).toBe('unanswered');
    }
  });
});

describe('SPEC 5 hybrid: a tree with a decision point at day 5 [000 §7]', () => {
  it('day 1: not touched: the channel from section 4', () => {
    expect(at({ warm: true })).toEqual({ channel: 'CONNECT_NOTE', day: 1, date: AS_OF, overdue: false });
  });
  it('day 5: request accepted: MESSAGE, the first real message', () => {
    expect(at(accepted(2))).toEqual({ channel: 'MESSAGE', day: 5, date: onDay(2) + 4, overdue: false });
  });
  it('day 5: request pending: a different hook, OPEN_PROFILE if usable (it is free)', () => {
    expect(at(pending(3, { openProfile: true }))).toEqual({ channel: 'OPEN_PROFILE', day: 5, date: onDay(3) + 4, overdue: false });
  });
  it('day 5: request declined or withdrawn: INMAIL if usable and worth paying', () => {
    expect(at({ connectionStatus: 'declined', requestedOn: onDay(5), namedAccount: true }).channel).toBe('INMAIL');
    expect(at({ connectionStatus: 'withdrawn', requestedOn: onDay(5), seniority: 'vp' }).channel).toBe('INMAIL');
  });
  it('day 5: not worth paying: the day-19 step', () => {
    expect(at(pending(5))).toEqual({ channel: 'EMAIL_OR_PHONE', day: 19, date: onDay(5) + 18, overdue: false });
    expect(reasonOf(touch(pending(5)))).toBe('Email or phone (find an email): no answer on LinkedIn; no InMail: not worth a credit');
  });
  it('day 5: one InMail per prospect while unanswered [003]: no hook after an InMail', () => {
    expect(at(pending(5, { inmailSentOn: onDay(4), namedAccount: true })).channel).toBe('EMAIL_OR_PHONE');
  });
  it('day 8: first touch an InMail, no reply, connectable, no request yet: CONNECT_NOTE a week later [000 §1][003 seq 2]', () => {
    expect(at(inmailed(4))).toEqual({ channel: 'CONNECT_NOTE', day: 8, date: onDay(4) + 7, overdue: false });
  });
  it('day 8: not connectable: no request, the day-19 step', () => {
    expect(at(inmailed(3, { acceptsConnections: false })).day).toBe(19);
  });
  it('day 8: overdue when not done', () => {
    expect(at(inmailed(12))).toEqual({ channel: 'CONNECT_NOTE', day: 8, date: AS_OF, overdue: true });
  });
  it('day 12: connected: MESSAGE follow-up on the active thread', () => {
    expect(at(accepted(9))).toEqual({ channel: 'MESSAGE', day: 12, date: onDay(9) + 11, overdue: false });
  });
  it('day 19: connected: MESSAGE, the last value-add touch', () => {
    expect(at(accepted(15))).toEqual({ channel: 'MESSAGE', day: 19, date: onDay(15) + 18, overdue: false });
  });
  it('day 19: not connected, no reply: EMAIL_OR_PHONE [000 §7]', () => {
    expect(at(inmailed(15, { connectionStatus: 'pending', requestedOn: onDay(8) }))).toEqual({
      channel: 'EMAIL_OR_PHONE',
      day: 19,
      date: onDay(15) + 18,
      overdue: false,
    });
  });
  it('after day 19: anything unanswered: EMAIL_OR_PHONE, due today', () => {
    expect(at(accepted(30))).toEqual({ channel: 'EMAIL_OR_PHONE', day: 30, date: AS_OF, overdue: false });
    expect(at(inmailed(25, { acceptsConnections: false }))).toEqual({ channel: 'EMAIL_OR_PHONE', day: 25, date: AS_OF, overdue: false });
  });
  it('1st degree with a recorded request is connected: the message steps', () => {
    expect(at({ degree: 1, requestedOn: onDay(10) }).day).toBe(12);
  });
});

describe('SPEC 5 connection-first [003 seq 1]', () => {
  const seq = { Sequence: 'connection-first' };
  it('1: connect', () => expect(at({ ...{ namedAccount: true, seriousAsk: true, trigger: 'x' } }, seq).channel).toBe('CONNECT_NOTE'));
  it('4: message if accepted', () => expect(at(accepted(2), seq)).toMatchObject({ channel: 'MESSAGE', day: 4 }));
  it('8: value-add follow-up', () => expect(at(accepted(7), seq)).toMatchObject({ channel: 'MESSAGE', day: 8 }));
  it('15: final message with a clear ask', () => expect(at(accepted(11), seq)).toMatchObject({ channel: 'MESSAGE', day: 15 }));
  it('not accepted by day 15: InMail if worth paying [002][003]', () => {
    expect(at(pending(10, { namedAccount: true }), seq)).toMatchObject({ channel: 'INMAIL', day: 15 });
    expect(at(pending(10, { openProfile: true }), seq)).toMatchObject({ channel: 'OPEN_PROFILE', day: 15 });
  });
  it('not accepted by day 15, not worth paying: EMAIL_OR_PHONE', () => expect(at(pending(10), seq)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 15 }));
  it('after day 15: EMAIL_OR_PHONE', () => expect(at(accepted(20), seq)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 20 }));
});

describe('SPEC 5 inmail-first [003 seq 2]', () => {
  const seq = { Sequence: 'inmail-first' };
  it('1: Open Profile or InMail', () => expect(at({ openProfile: true }, seq).channel).toBe('OPEN_PROFILE'));
  it('3: connection request with a note referencing the InMail if no reply', () =>
    expect(at(inmailed(2), seq)).toMatchObject({ channel: 'CONNECT_NOTE', day: 3 }));
  it('10: message if accepted', () =>
    expect(at({ inmailSentOn: onDay(6), requestedOn: onDay(4), connectionStatus: 'accepted' }, seq)).toMatchObject({ channel: 'MESSAGE', day: 10 }));
  it('then EMAIL_OR_PHONE', () => {
    expect(at({ inmailSentOn: onDay(6), requestedOn: onDay(4), connectionStatus: 'pending' }, seq)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 10 });
    expect(at(inmailed(14, { requestedOn: onDay(12), connectionStatus: 'accepted' }), seq)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 14 });
  });
});

describe('SPEC 5 multichannel [003 seq 3]', () => {
  const seq = { Sequence: 'multichannel' };
  it('1: connect', () => expect(at({ namedAccount: true, seriousAsk: true, trigger: 'x' }, seq).channel).toBe('CONNECT_NOTE'));
  it('3: InMail if not accepted, and (v2) only if worth paying, else the walk goes on [003 seq 3][000 §3]', () => {
    expect(at(pending(2, { namedAccount: true }), seq)).toMatchObject({ channel: 'INMAIL', day: 3 });
    expect(at(pending(2), seq)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 7 });
    expect(at(pending(2, { openProfile: true }), seq)).toMatchObject({ channel: 'OPEN_PROFILE', day: 3 });
  });
  it('7: email', () => expect(at(pending(5, { inmailSentOn: onDay(3) }), seq)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 7 }));
  it('10: LinkedIn message if connected', () => expect(at(accepted(10), seq)).toMatchObject({ channel: 'MESSAGE', day: 10 }));
  it('14: email', () => expect(at(accepted(13), seq)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 14 }));
  it('21: final touch by LinkedIn message or phone', () => {
    expect(at(accepted(17), seq)).toMatchObject({ channel: 'MESSAGE', day: 21 });
    expect(at(pending(17, { inmailSentOn: onDay(15) }), seq)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 21 });
  });
});

it('sequences are data: every step names its seed', () => {
  for (const name of SEQUENCE_NAMES) for (const step of SEQUENCES[name]) expect(step.seed).toMatch(/^\[\d{3}/);
  expect(day('2026-11-23')).toBe(AS_OF);
});
