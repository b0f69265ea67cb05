import { describe, expect, it } from 'vitest';
import {
  FLAGS,
  type Outcome,
  Problem,
  type Prospect,
  RowError,
  SEQUENCES,
  SEQUENCE_NAMES,
  decide,
  decideChannel,
  decideRow,
  formatDay,
  planList,
  readProspect,
  reasonOf,
  startToKeep,
  summaryLines,
  understand,
} from '../src/core/index.js';
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
  it("Replied = yes from someone not connected, with no request or InMail of ours (an email tool's Replied): EMAIL_OR_PHONE, not a LinkedIn message they cannot get", () => {
    const t = touch({ degree: 3, replied: true, email: 'a@b.com' });
    expect([t.channel, t.day, t.date, t.by]).toEqual(['EMAIL_OR_PHONE', null, null, 'replied']);
    expect(reasonOf(t)).toBe('Email or phone: replied, not on LinkedIn (no request, InMail or connection): continue the conversation there');
    // A connection, a request or an InMail of ours is a LinkedIn thread to answer in.
    for (const p of [
      { degree: 1 as const },
      { degree: 2 as const, requestedOn: AS_OF - 3 },
      { degree: 3 as const, inmailSentOn: AS_OF - 3 },
      { connectionStatus: 'pending' as const },
    ])
      expect(touch({ ...p, replied: true }).channel).toBe('MESSAGE');
  });
  it("Replied = yes in Recruiter's InMail Status (Accepted) with no InMail dated: an InMail's answer, on LinkedIn: MESSAGE in its thread, not email or phone", () => {
    const u = understand(
      [
        ['Name', 'Degree', 'InMail Status'],
        ['Ann', '3rd', 'Accepted'],
        ['Bo', '3rd', 'Pending'],
      ],
      settings(),
    );
    if (u instanceof Problem) throw new Error(u.message);
    const p = readProspect(['Ann', '3rd', 'Accepted'], u.map) as Prospect;
    expect(p).toMatchObject({ replied: true, repliedOffLinkedIn: false });
    const t = touch(p);
    expect([t.channel, t.by, reasonOf(t)]).toEqual(['MESSAGE', 'replied', 'Message: replied, continue the conversation']);
    expect((planList([p], settings()).outcomes[0] as Outcome).channel).toBe('MESSAGE');
    // A yes typed in another Replied column, the InMail Status pending: that reply says nothing of where.
    const both = understand(
      [
        ['Name', 'Degree', 'Email', 'Replied', 'InMail Status'],
        ['Bo', '3rd', 'bo@example.com', 'yes', 'Pending'],
        ['Cy', '3rd', 'cy@example.com', '', 'Accepted'],
      ],
      settings(),
    );
    if (both instanceof Problem) throw new Error(both.message);
    expect(touch(readProspect(['Bo', '3rd', 'bo@example.com', 'yes', 'Pending'], both.map) as Prospect).channel).toBe('EMAIL_OR_PHONE');
    expect(touch(readProspect(['Cy', '3rd', 'cy@example.com', '', 'Accepted'], both.map) as Prospect).channel).toBe('MESSAGE');
    // A Replied column of another name says nothing of where: as before, off LinkedIn for someone never reached there.
    const plain = understand([['Name', 'Degree', 'Replied']], settings());
    if (plain instanceof Problem) throw new Error(plain.message);
    expect(touch(readProspect(['Bo', '3rd', 'yes'], plain.map) as Prospect).channel).toBe('EMAIL_OR_PHONE');
  });
  it("Replied = yes by email or on a call, as a tool's status says (lemlist's emailsReplied), from someone not connected: EMAIL_OR_PHONE, though a request or an InMail of ours is still out", () => {
    for (const p of [
      { degree: 2 as const, requestedOn: AS_OF - 3 },
      { degree: 3 as const, inmailSentOn: AS_OF - 3 },
    ]) {
      const t = touch({ ...p, replied: true, repliedOffLinkedIn: true });
      expect([t.channel, t.day, t.date, t.by]).toEqual(['EMAIL_OR_PHONE', null, null, 'replied']);
      const said = 'Email or phone: replied by email or on a call, as the row says, not on LinkedIn: continue the conversation there';
      expect(reasonOf(t)).toBe(said);
      // The list plan's Reason, read back from what it keeps of the row, says the same.
      expect(reasonOf(planList([{ ...p, replied: true, repliedOffLinkedIn: true }], settings()).outcomes[0] as Outcome)).toBe(said);
    }
    // Said by the Replied cell (`replied by email`), not a status: the same, in the same words.
    const u = understand([['Name', 'Requested On', 'Replied']], settings());
    if (u instanceof Problem) throw new Error(u.message);
    const byCell = readProspect(['Ann', '2026-11-16', 'replied by email'], u.map) as Prospect;
    expect(byCell).toMatchObject({ replied: true, repliedOffLinkedIn: true });
    expect(reasonOf(touch(byCell))).toBe('Email or phone: replied by email or on a call, as the row says, not on LinkedIn: continue the conversation there');
    // A connection is a LinkedIn thread of its own: messaged, as any reply of a connection is.
    expect(touch({ degree: 1, replied: true, repliedOffLinkedIn: true }).channel).toBe('MESSAGE');
    expect(touch({ connectionStatus: 'accepted', requestedOn: AS_OF - 9, replied: true, repliedOffLinkedIn: true }).channel).toBe('MESSAGE');
  });
  it('a one-time step whose day has passed stays due: Date is the as-of date, flagged overdue', () => {
    expect(at(pending(9, { openProfile: true }))).toEqual({ channel: 'OPEN_PROFILE', day: 5, date: AS_OF, overdue: true });
    expect(reasonOf(touch(pending(9, { openProfile: true })))).toBe(
      'Open Profile message (free), overdue since day 5: request not accepted: a different angle',
    );
  });
  it('an InMail step held for Tuesday to Thursday (SPEC 6) is due that day, not overdue: day 5 on a Friday is sent Tuesday', () => {
    // As of Tuesday 11-24, requested Monday 11-16: day 5 was Friday 11-20, held for Tuesday 11-24.
    const tuesday = { 'As Of': '2026-11-24' };
    const t = touch({ connectionStatus: 'pending', requestedOn: day('2026-11-16'), openProfile: true }, tuesday);
    expect([t.channel, t.day, formatDay(t.date as number), (t.flags & FLAGS.overdue) !== 0]).toEqual(['OPEN_PROFILE', 5, '2026-11-24', false]);
    expect(reasonOf(t)).toBe('Open Profile message (free): request not accepted: a different angle; on 11-24: InMails do best Tuesday to Thursday');
    // A day later it is overdue; and an urgent one, never held, is overdue from the Monday.
    expect(at({ connectionStatus: 'pending', requestedOn: day('2026-11-16'), openProfile: true }, { 'As Of': '2026-11-25' }).overdue).toBe(true);
    expect(at({ connectionStatus: 'pending', requestedOn: day('2026-11-16'), openProfile: true, trigger: 'job change' }, tuesday).overdue).toBe(true);
  });
  it('a message whose day has passed is not due any more: the next step is', () => {
    // Day 5 fell on Friday 11-20: passed. (Had it fallen on the weekend, it would be due Monday.)
    expect(at(accepted(8))).toEqual({ channel: 'MESSAGE', day: 12, date: onDay(8) + 11, overdue: false });
  });
  it('a first touch after the as-of date is a per-row error', () => {
    const t = decide({ requestedOn: AS_OF + 3 }, settings());
    expect(t).toBeInstanceOf(RowError);
    expect((t as RowError).text).toBe("ERROR: Requested On: after the as-of date 2026-11-23 (got '2026-11-26')");
    // A reply does not hide it: the row's history is wrong (a typo, or a list run on a past as-of date).
    const replied = decide({ requestedOn: AS_OF + 7, replied: true }, settings());
    expect((replied as RowError).text).toBe("ERROR: Requested On: after the as-of date 2026-11-23 (got '2026-11-30')");
  });
  it('a reply dated after the as-of date is a per-row error, as a touch dated after it is', () => {
    const p: Prospect = { inmailSentOn: AS_OF - 50, replied: true, repliedOn: AS_OF + 2 };
    expect((decide(p, settings()) as RowError).text).toBe("ERROR: Replied: after the as-of date 2026-11-23 (got '2026-11-25')");
    expect(decide({ ...p, repliedOn: AS_OF }, settings())).toMatchObject({ channel: 'MESSAGE', by: 'replied' });
  });
  it('an Accepted On earlier than the Requested On is a per-row error (two dates swapped or mistyped), in a list plan and row-wise', () => {
    const p: Prospect = { connectionStatus: 'accepted', requestedOn: AS_OF - 34, acceptedOn: AS_OF - 44 };
    const want = "ERROR: Accepted On: earlier than the row's Requested On: are the two dates swapped? (got '2026-10-10')";
    expect((decide(p, settings()) as RowError).text).toBe(want);
    expect((planList([p], settings()).outcomes[0] as RowError).text).toBe(want);
    // The same day, or after: an acceptance as usual.
    expect(decide({ ...p, acceptedOn: AS_OF - 34 }, settings())).not.toBeInstanceOf(RowError);
  });
  it("that error names the date's column as the list heads it ('Request Sent'), in a list plan and row-wise, as a cell's own error does", () => {
    const u = understand(
      [
        ['Name', 'Degree', 'Invite Status', 'Request Sent'],
        ['Ann', '2nd', 'pending', '2026-11-26'],
      ],
      settings(),
    );
    if (u instanceof Problem) throw new Error(u.message);
    const input = readProspect(['Ann', '2nd', 'pending', '2026-11-26'], u.map);
    const want = "ERROR: Request Sent: after the as-of date 2026-11-23 (got '2026-11-26')";
    expect((planList([input], settings(), { map: u.map }).outcomes[0] as RowError).text).toBe(want);
    expect((decideRow(input, settings(), u.map) as RowError).text).toBe(want);
    expect(decideChannel(input, settings(), u.map)).toEqual(expect.objectContaining({ column: 'Request Sent' }));
  });
  it('a pending request with no date is counted from today', () => {
    const t = touch({ connectionStatus: 'pending', openProfile: true });
    expect([t.channel, t.day, t.date]).toEqual(['OPEN_PROFILE', 5, AS_OF + 4]);
    expect(reasonOf(t)).toMatch(/; no request date: counted from today$/);
  });
  it('every step of every template has the same fields in the same order: one shape, which the walk reads on every row at full speed', () => {
    const shapes = new Set(SEQUENCE_NAMES.flatMap((name) => SEQUENCES[name].map((st) => Object.keys(st).join())));
    expect(shapes.size).toBe(1);
  });
  it('every template ends with an onward step that always holds', () => {
    for (const name of SEQUENCE_NAMES) {
      const last = SEQUENCES[name][SEQUENCES[name].length - 1];
      expect(last?.onward && last.when).toBe('unanswered');
    }
  });
});

describe('Do Not Contact (not a rule of the spec): a row so marked gets no touch', () => {
  const marked = (p: Prospect): Prospect => ({ ...p, doNotContact: true });
  it('SKIP, reason "marked do not contact", whatever the row holds: a new prospect worth an InMail, a connection, a reply, a pending request, a finished sequence', () => {
    const rows: Prospect[] = [
      { seniority: 'c-level', namedAccount: true, trigger: 'funding', degree: 3 },
      { degree: 1 },
      { replied: true, connectionStatus: 'accepted', requestedOn: onDay(9) },
      pending(40),
      accepted(5),
      inmailed(60),
    ];
    for (const p of rows) {
      const o = touch(marked(p));
      expect(o, JSON.stringify(p)).toMatchObject({ channel: 'SKIP', day: null, date: null, by: 'do-not-contact', cost: 0 });
      expect(reasonOf(o)).toBe('Skip: marked do not contact');
    }
  });
  it('a row marked no is decided as it would be unmarked', () => {
    for (const p of [{ degree: 1 } as Prospect, pending(3), { seniority: 'vp' } as Prospect]) {
      expect(touch({ ...p, doNotContact: false })).toEqual({ ...touch(p), prospect: { ...p, doNotContact: false } });
    }
  });
  it('in the list plan: no credit, invitation or note goes to a marked row, and a later row of the same person is a duplicate of it', () => {
    const s = settings({ Credits: '1', 'Weekly Invite Cap': '1' });
    const url = 'https://www.linkedin.com/in/kim';
    const { outcomes, summary } = planList(
      [
        { seniority: 'c-level', namedAccount: true, trigger: 'funding', degree: 3, doNotContact: true },
        { degree: 2, doNotContact: true, linkedinUrl: url },
        { seniority: 'c-level', namedAccount: true, trigger: 'funding', degree: 3 },
        { degree: 2 },
        { degree: 2, linkedinUrl: url },
      ],
      s,
    );
    const channels = outcomes.map((o) => (o === 'blank' || o instanceof RowError ? o : o.channel));
    expect(channels).toEqual(['SKIP', 'SKIP', 'INMAIL', 'CONNECT_NOTE', 'SKIP']);
    expect(outcomes[4]).toMatchObject({ by: 'duplicate', duplicateOf: 3 });
    expect(summary.creditsUsed).toBe(1);
  });
  it('in the list plan: a person marked in any row (a do-not-contact list joined under an export) is touched through none: each other row of theirs is a duplicate of the first marked row, saying so', () => {
    const ann = 'https://www.linkedin.com/in/ann';
    const { outcomes, summary } = planList(
      [
        { seniority: 'c-level', namedAccount: true, trigger: 'funding', degree: 3, linkedinUrl: ann },
        { degree: 2, email: 'bo@example.com', connectionStatus: 'pending', requestedOn: onDay(30) },
        { degree: 2, linkedinUrl: ann, connectionStatus: 'accepted', requestedOn: onDay(9) },
        { email: 'bo@example.com', doNotContact: true },
        { linkedinUrl: ann, doNotContact: true },
        { linkedinUrl: ann },
      ],
      settings({ Credits: '5' }),
    );
    expect(outcomes.map((o) => (o === 'blank' || o instanceof RowError ? o : [o.channel, o.by, o.duplicateOf]))).toEqual([
      ['SKIP', 'duplicate', 6],
      ['SKIP', 'duplicate', 5],
      ['SKIP', 'duplicate', 6],
      ['SKIP', 'do-not-contact', null],
      ['SKIP', 'do-not-contact', null],
      ['SKIP', 'duplicate', 6],
    ]);
    // The row with newer history is not told to copy it into the marked row: the person is not contacted.
    for (const i of [0, 2, 5]) expect(reasonOf(outcomes[i] as Outcome)).toBe('Skip: row 6 marks this person do not contact');
    expect(summary.newerDuplicates).toBe(0);
    // Counted apart from the duplicates, as the summary says them.
    expect(summary).toMatchObject({ markedRows: 2, ofMarked: 4, duplicates: 4 });
    expect(summaryLines(summary, settings({ Credits: '5' }))).toContain(
      'Do not contact: 2 rows marked, and 4 other rows of the same people (same LinkedIn URL or email): none is touched',
    );
    expect(summaryLines(summary, settings({ Credits: '5' })).some((l) => l.startsWith('Duplicates:'))).toBe(false);
    expect(summary.creditsUsed).toBe(0);
    // The pending request is counted once, for the prospect, not once a row.
    expect(summary.pendingInvitations).toBe(1);
  });
  it('in the list plan: a marked row finds the person by email too, where a row with a URL is otherwise told by its URL alone: a CRM row with an email only, a tracker row with the URL and the same email', () => {
    const chloe: Prospect = { email: 'chloe@acme.com', doNotContact: true };
    const tracker: Prospect = { linkedinUrl: 'https://www.linkedin.com/in/chloe', email: 'Chloe@Acme.com', seniority: 'c-level', degree: 2 };
    const shown = (rows: Prospect[]) =>
      planList(rows, settings()).outcomes.map((o) => (o === 'blank' || o instanceof RowError ? o : [o.channel, o.by, o.duplicateOf]));
    expect(shown([chloe, tracker])).toEqual([
      ['SKIP', 'do-not-contact', null],
      ['SKIP', 'duplicate', 2],
    ]);
    expect(shown([tracker, chloe])).toEqual([
      ['SKIP', 'duplicate', 3],
      ['SKIP', 'do-not-contact', null],
    ]);
    // Marked with both, found again by the email alone.
    expect(shown([{ ...tracker, doNotContact: true }, { email: 'chloe@acme.com' }])).toEqual([
      ['SKIP', 'do-not-contact', null],
      ['SKIP', 'duplicate', 2],
    ]);
    // Linked through another row: the marked email on one row, the URL and the email on a second, the URL alone on a third.
    const third: Prospect = { linkedinUrl: 'https://linkedin.com/in/chloe/', degree: 2 };
    expect(shown([chloe, tracker, third])).toEqual([
      ['SKIP', 'do-not-contact', null],
      ['SKIP', 'duplicate', 2],
      ['SKIP', 'duplicate', 2],
    ]);
    expect(shown([third, tracker, chloe]).map((o) => (o as unknown[])[0])).toEqual(['SKIP', 'SKIP', 'SKIP']);
    // A row in error of the same person before the mark does not hide it: the error stays, the rest are skipped.
    const inError = new RowError('Degree', 'expected 1, 2, 3', '#REF!', 0, false, {
      linkedinUrl: undefined,
      email: 'chloe@acme.com',
      requestedOn: undefined,
      inmailSentOn: undefined,
      openProfile: undefined,
    });
    const withError = planList([tracker, inError, chloe], settings()).outcomes;
    expect(withError[0]).toMatchObject({ channel: 'SKIP', by: 'duplicate', duplicateOf: 4 });
    expect(withError[1]).toBeInstanceOf(RowError);
    expect(withError[2]).toMatchObject({ channel: 'SKIP', by: 'do-not-contact' });
    // Without a mark, a URL and an email are two prospects, as the spec tells duplicates.
    expect(shown([{ email: 'chloe@acme.com' }, tracker]).map((o) => (o as unknown[])[1])).not.toContain('duplicate');
  });
});

describe('Email Opt Out and Do Not Call (not rules of the spec): an email or phone touch uses only the ways the row allows', () => {
  // Day 19 of the hybrid template, declined: the step is email or phone [000 §7].
  const lapsed: Prospect = { connectionStatus: 'declined', requestedOn: onDay(10), inmailSentOn: onDay(15), email: 'kim@example.com', phone: '+1 555 0100' };
  const why = (p: Prospect, pairs: Record<string, string> = {}) => {
    const o = touch(p, pairs);
    return `${o.channel} ${reasonOf(o).split(':')[0]}`;
  };
  it('names the way left, and the mark that took the other: a call for a row opted out of email, an email for one not to be called', () => {
    expect(why(lapsed)).toBe('EMAIL_OR_PHONE Email or call');
    expect(why({ ...lapsed, emailOptOut: true })).toBe('EMAIL_OR_PHONE Call (opted out of email)');
    expect(why({ ...lapsed, doNotCall: true })).toBe('EMAIL_OR_PHONE Email (do not call)');
    expect(why({ ...lapsed, emailOptOut: false, doNotCall: false })).toBe('EMAIL_OR_PHONE Email or call');
  });
  it('with the one way left not in the row, says to find it: a phone number for a row opted out of email, not "find an email"', () => {
    expect(reasonOf(touch({ ...lapsed, phone: undefined, emailOptOut: true }))).toMatch(/^Call \(opted out of email\): find a phone number: /);
    expect(reasonOf(touch({ ...lapsed, email: undefined, doNotCall: true }))).toMatch(/^Email \(do not call\): find an email: /);
  });
  it("opted out of email and not to be called: a template's email or phone step is passed over, to its next LinkedIn step (multichannel's day-7 email, to the day-10 message)", () => {
    const connected = accepted(7, { email: 'kim@example.com', phone: '+1 555 0100' });
    const multi = { Sequence: 'multichannel' };
    expect(at(connected, multi)).toMatchObject({ channel: 'EMAIL_OR_PHONE', day: 7 });
    expect(at({ ...connected, emailOptOut: true, doNotCall: true }, multi)).toMatchObject({ channel: 'MESSAGE', day: 10, date: onDay(7) + 9 });
  });
  it('and with no LinkedIn step left, SKIP: the sequence is over for them, saying why', () => {
    const o = touch({ ...lapsed, emailOptOut: true, doNotCall: true });
    expect(o).toMatchObject({ channel: 'SKIP', by: 'finished', date: null });
    expect(reasonOf(o)).toBe('Skip: no LinkedIn step left, no reply; opted out of email, do not call');
  });
  it('a row with no LinkedIn path, or no credit for the InMail it is worth, is SKIP where it was email or phone', () => {
    const noPath: Prospect = { acceptsConnections: false, acceptsInMail: false, emailOptOut: true, doNotCall: true };
    expect(touch(noPath)).toMatchObject({ channel: 'SKIP', by: 'no-path' });
    expect(reasonOf(touch(noPath))).toBe(
      'Skip: no LinkedIn path: not accepting connections, no Open Profile, they take no InMail; opted out of email, do not call',
    );
    const worth: Prospect = { acceptsConnections: false, seniority: 'c-level', namedAccount: true, trigger: 'funding', emailOptOut: true, doNotCall: true };
    const o = touch(worth, { Credits: '0' }, false);
    expect(o).toMatchObject({ channel: 'SKIP', by: 'only-no-credit' });
    expect(reasonOf(o)).toMatch(/; opted out of email, do not call$/);
  });
  it('a reply that came off LinkedIn is still answered where it came: a conversation, not outreach', () => {
    expect(touch({ replied: true, emailOptOut: true, doNotCall: true })).toMatchObject({ channel: 'EMAIL_OR_PHONE', by: 'replied' });
  });
  it("in the list plan, a person's marks are theirs whichever of their rows holds them (an unsubscribe list joined under an export): the kept row's touch heeds them", () => {
    const kim = { ...lapsed, email: 'kim@example.com' };
    const one = planList([kim, { email: 'kim@example.com', emailOptOut: true }], settings()).outcomes;
    expect(reasonOf(one[0] as Outcome)).toMatch(/^Call \(opted out of email\): /);
    expect(one[1]).toMatchObject({ channel: 'SKIP', by: 'duplicate' });
    // Both marks, on two other rows: no email or phone touch is left.
    const both = planList([kim, { email: 'kim@example.com', emailOptOut: true }, { email: 'kim@example.com', doNotCall: true }], settings()).outcomes;
    expect(both[0]).toMatchObject({ channel: 'SKIP', by: 'finished', date: null });
    expect(reasonOf(both[0] as Outcome)).toBe('Skip: no LinkedIn step left, no reply; opted out of email, do not call');
    // A reply goes on where it came, as for a row with both marks.
    const replied = planList(
      [
        { replied: true, email: 'kim@example.com' },
        { email: 'kim@example.com', emailOptOut: true, doNotCall: true },
      ],
      settings(),
    ).outcomes;
    expect(replied[0]).toMatchObject({ channel: 'EMAIL_OR_PHONE', by: 'replied' });
  });
  it('in the list plan, whose Reasons read what a row keeps: the same words', () => {
    const rows = [{ emailOptOut: true }, { doNotCall: true }, { emailOptOut: true, doNotCall: true }, {}].map((marks, i) => ({
      ...lapsed,
      ...marks,
      email: `p${i}@example.com`,
    }));
    const { outcomes } = planList(rows, settings());
    expect(outcomes.map((o) => reasonOf(o as Outcome).split(':')[0])).toEqual(['Call (opted out of email)', 'Email (do not call)', 'Skip', 'Email or call']);
    expect((outcomes[2] as Outcome).channel).toBe('SKIP');
  });
});

describe('an Open Profile message in the sequence: said as what it was, not a paid InMail', () => {
  it('the step after an unanswered Open Profile message says so, where it said "InMail unanswered" or "no reply to the InMail"', () => {
    const p: Prospect = { openProfile: true, inmailSentOn: onDay(8), degree: 2 };
    for (const [sequence, paidWords, freeWords] of [
      ['hybrid', /InMail unanswered a week on/, /Open Profile message unanswered a week on/],
      ['inmail-first', /no reply to the InMail/, /no reply to the Open Profile message/],
    ] as const) {
      const o = touch(p, { Sequence: sequence });
      const paid = touch({ ...p, openProfile: false }, { Sequence: sequence });
      expect(reasonOf(paid), sequence).toMatch(paidWords);
      expect(o.channel).toBe(paid.channel);
      expect(reasonOf(o), sequence).toMatch(freeWords);
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
  it('a day-1 InMail (section 4 leaned that way) unanswered by day 15: EMAIL_OR_PHONE, and the reason names no request that was never sent', () => {
    const t = touch(inmailed(15, { acceptsConnections: true }), seq);
    expect([t.channel, t.day]).toEqual(['EMAIL_OR_PHONE', 15]);
    expect(reasonOf(t)).toContain('no reply to the InMail by day 15');
    expect(reasonOf(touch(pending(15), seq))).toContain('not accepted by day 15');
    // A row touched with neither (its sequence dated by First or Last Touch On) was sent no InMail to name.
    for (const p of [
      { firstTouchOn: AS_OF - 14, degree: 2 as const },
      { lastTouchOn: AS_OF - 14, degree: 2 as const, connectionStatus: 'none' as const },
    ]) {
      expect(reasonOf(touch(p, seq))).not.toContain('InMail by day 15');
    }
  });
});

describe('SPEC 5 inmail-first [003 seq 2]', () => {
  const seq = { Sequence: 'inmail-first' };
  it('1: Open Profile or InMail', () => expect(at({ openProfile: true }, seq).channel).toBe('OPEN_PROFILE'));
  it('3: connection request with a note referencing the InMail if no reply', () =>
    expect(at(inmailed(2), seq)).toMatchObject({ channel: 'CONNECT_NOTE', day: 3 }));
  it('10: message if accepted', () =>
    expect(at({ inmailSentOn: onDay(6), requestedOn: onDay(4), connectionStatus: 'accepted' }, seq)).toMatchObject({ channel: 'MESSAGE', day: 10 }));
  it("10: 'circle back on the InMail' only to a row an InMail was sent to (SPEC 3a: only what is true); row-wise and planned alike", () => {
    const withInMail: Prospect = { inmailSentOn: onDay(10), requestedOn: onDay(8), connectionStatus: 'accepted' };
    // Day 1 was the connection side (no InMail worth it): the request was accepted.
    const without: Prospect = { requestedOn: onDay(10), connectionStatus: 'accepted' };
    const planned = (p: Prospect) => {
      const o = planList([p], settings(seq)).outcomes[0];
      if (o === undefined || o === 'blank' || o instanceof RowError) throw new Error('not planned');
      return reasonOf(o);
    };
    expect(reasonOf(touch(withInMail, seq))).toBe('Message: connected: circle back on the InMail; InMail-first sequence');
    expect(reasonOf(touch(without, seq))).toBe('Message: connected: first real message; InMail-first sequence');
    expect(planned(withInMail)).toBe(reasonOf(touch(withInMail, seq)));
    expect(planned(without)).toBe(reasonOf(touch(without, seq)));
  });
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

describe('SPEC 5 v2: every touch on a business day', () => {
  it('Holidays: a touch due on a Holiday moves to the next business day, like a weekend [003]', () => {
    // Requested Wed 11-18: day 5 falls on Sunday 11-22, Monday 11-23 is a Holiday: due Tuesday.
    const t = touch(pending(6, { openProfile: true }), { Holidays: '2026-11-23' });
    expect([t.channel, t.day, formatDay(t.date as number)]).toEqual(['OPEN_PROFILE', 5, '2026-11-24']);
  });
  it('a new prospect on a Start Date that is a Holiday starts the next business day', () => {
    const t = touch({}, { 'Start Date': '2026-12-25', Holidays: '2026-12-25' });
    expect(formatDay(t.date as number)).toBe('2026-12-28');
  });
  it('dates move after the walk, and the walk compares moved dates: a day-12 message due Saturday is due Monday', () => {
    // First touch Tue 11-10: day 12 is Saturday 11-21, looked at on Monday 11-23.
    expect(at(accepted(14))).toEqual({ channel: 'MESSAGE', day: 12, date: AS_OF, overdue: false });
  });
  it("the open-ended step (after day 19) takes its date's own Day: nothing moved to tell (day 20 fell on Saturday; Monday is day 22)", () => {
    const t = touch(pending(22, { connectionStatus: 'declined' }));
    expect([t.channel, t.day, t.date]).toEqual(['EMAIL_OR_PHONE', 22, AS_OF]);
    expect(t.flags & FLAGS.businessDay).toBe(0);
    expect(reasonOf(t)).not.toMatch(/moved to the business day/);
  });
  it('an as-of date on a weekend moves what is due to the next business day', () => {
    const t = touch(pending(30, { openProfile: true }), { 'As Of': '2026-11-22' });
    expect([t.channel, formatDay(t.date as number)]).toEqual(['EMAIL_OR_PHONE', '2026-11-23']);
  });
});

describe('SPEC 5 v2 and SPEC 6: the hold for Tuesday to Thursday never passes the day a step expires [004][000 §7]', () => {
  // Monday 11-23: the plan holds InMails and Open Profile messages for Tuesday 11-24.
  const planned = (p: Prospect, pairs: Record<string, string> = {}) => {
    const o = planList([p], settings(pairs)).outcomes[0];
    if (o === undefined || o === 'blank' || o instanceof RowError) throw new Error('not planned');
    return { channel: o.channel, day: o.day, date: formatDay(o.date as number), reason: reasonOf(o) };
  };
  it('an overdue day-5 InMail whose last due day is today goes out today, not on Tuesday when it would have expired', () => {
    // Requested 11-06: day 18 (the day before the day-19 email) is today.
    expect(planned(pending(18, { namedAccount: true, seniority: 'c-level' }))).toMatchObject({ channel: 'INMAIL', day: 5, date: '2026-11-23' });
    expect(planned(pending(18, { openProfile: true }))).toMatchObject({ channel: 'OPEN_PROFILE', day: 5, date: '2026-11-23' });
  });
  it('one with days left is still held, and its Reason says so, in fewer words when the line is long', () => {
    const o = planned(pending(12, { openProfile: true }));
    expect(o).toMatchObject({ channel: 'OPEN_PROFILE', day: 5, date: '2026-11-24' });
    expect(o.reason).toBe('Open Profile message (free), overdue since day 5: request not accepted: a different angle; on 11-24: best Tue-Thu');
  });
  it('a Friday as of date: the touch due until Monday goes out Friday (it was promised for a Tuesday it would not see)', () => {
    // Friday 11-27; requested 11-13: day 5 was 11-17, the day-19 email is due Tuesday 12-01.
    const friday = day('2026-11-27');
    const o = planned({ connectionStatus: 'pending', requestedOn: day('2026-11-13'), openProfile: true }, { 'As Of': '2026-11-27' });
    expect(o).toMatchObject({ channel: 'OPEN_PROFILE', day: 5, date: formatDay(friday) });
  });
});

describe('SPEC 5 v2: overdue steps expire [000 §7]', () => {
  it('a day-5 InMail is still worth sending on day 10', () => {
    expect(at(pending(10, { namedAccount: true }))).toEqual({ channel: 'INMAIL', day: 5, date: AS_OF, overdue: true });
  });
  it('it is due only up to the day before the next dated step that holds: on day 19 the prospect is in email or phone', () => {
    const t = touch(pending(19, { namedAccount: true }));
    expect([t.channel, t.day]).toEqual(['EMAIL_OR_PHONE', 19]);
    expect(reasonOf(t)).toMatch(/the overdue day-5 InMail expired/);
  });
  it('to an Open Profile the expired step is named as it would have gone: an Open Profile message, not an InMail', () => {
    const t = touch(pending(19, { openProfile: true }));
    expect([t.channel, t.day]).toEqual(['EMAIL_OR_PHONE', 19]);
    expect(reasonOf(t)).toMatch(/the overdue day-5 Open Profile message expired/);
  });
  it('an accepted request whose answer was never sent: the answer expired, no InMail named (it was never possible)', () => {
    // Requested 10-26, accepted 10-28, as of 11-30: nothing recorded since the acceptance.
    const t = touch({ connectionStatus: 'accepted', requestedOn: AS_OF - 35, acceptedOn: AS_OF - 33, replied: false });
    expect(t.channel).toBe('EMAIL_OR_PHONE');
    expect(reasonOf(t)).toMatch(/the overdue answer to the acceptance expired/);
    expect(reasonOf(t)).not.toMatch(/InMail expired/);
    const connectionFirst = touch({ connectionStatus: 'accepted', requestedOn: AS_OF - 35, acceptedOn: AS_OF - 33 }, { Sequence: 'connection-first' });
    expect(reasonOf(connectionFirst)).not.toMatch(/InMail expired/);
  });
  it('the expired step is named: an InMail with no request (inmail-first) passes its day-3 request by day 10', () => {
    const t = touch(inmailed(10), { Sequence: 'inmail-first' });
    expect([t.channel, t.day]).toEqual(['EMAIL_OR_PHONE', 10]);
    expect(reasonOf(t)).toMatch(/the overdue day-3 request expired/);
  });
  it('and at most 14 days after its own day: a day-3 InMail (multichannel) has gone by day 20', () => {
    expect(at(pending(20, { namedAccount: true }), { Sequence: 'multichannel' }).channel).toBe('EMAIL_OR_PHONE');
    expect(at(pending(6, { namedAccount: true }), { Sequence: 'multichannel' })).toMatchObject({ channel: 'INMAIL', day: 3, overdue: true });
  });
});

describe('SPEC 5 v2: every paid InMail must be worth it [003 seq 2][000 §3]', () => {
  it('connection-first day 15 InMails only a prospect worth paying; else email or phone', () => {
    expect(at(pending(16, { seniority: 'vp' }), { Sequence: 'connection-first' })).toMatchObject({ channel: 'INMAIL', day: 15 });
    expect(at(pending(16, { seniority: 'manager' }), { Sequence: 'connection-first' })).toMatchObject({ channel: 'EMAIL_OR_PHONE' });
  });
  it('an InMail step with no credit left goes on to the next step, and the reason says why', () => {
    const t = touch(pending(5, { namedAccount: true }), { Credits: '0' });
    expect([t.channel, t.day]).toEqual(['EMAIL_OR_PHONE', 19]);
    expect(reasonOf(t)).toMatch(/no InMail: no credits left$/);
  });
});

describe('SPEC 5 v2: stale invitations are withdrawn [003]', () => {
  it('a request pending Withdraw After Days gets WITHDRAW on that day; overdue, it stays due', () => {
    const t = touch(pending(35));
    expect([t.channel, t.day, t.date]).toEqual(['WITHDRAW', 31, AS_OF]);
    expect(t.flags & FLAGS.overdue).toBeTruthy();
    expect(reasonOf(t)).toBe('Withdraw the invite: pending 34 days; then email or phone');
    // A day is one day.
    expect(reasonOf(touch(pending(2), { 'Withdraw After Days': '1' }))).toBe('Withdraw the invite: pending 1 day; then email or phone');
  });
  it('a Requested On with no status is a pending request too; a withdrawal is dated ahead when it comes before the next touch', () => {
    const t = touch({ requestedOn: AS_OF - 10 }, { 'Withdraw After Days': '11' });
    expect([t.channel, t.day, formatDay(t.date as number)]).toEqual(['WITHDRAW', 12, '2026-11-24']);
    expect(reasonOf(t)).toMatch(/^Withdraw the invite on 11-24: /);
  });
  it('it does not expire; once the status reads withdrawn, the template goes on (email or phone)', () => {
    expect(at(pending(80)).channel).toBe('WITHDRAW');
    expect(at({ connectionStatus: 'withdrawn', requestedOn: onDay(35) }).channel).toBe('EMAIL_OR_PHONE');
  });
  it('a withdrawn request reads as withdrawn in the reason, not as unanswered', () => {
    expect(reasonOf(touch({ connectionStatus: 'withdrawn', requestedOn: onDay(35) }))).toBe(
      'Email or phone (find an email): request withdrawn; LinkedIn steps over, no reply',
    );
    expect(reasonOf(touch({ connectionStatus: 'withdrawn', requestedOn: onDay(10), namedAccount: true }))).toMatch(
      /^InMail \(1 credit\), overdue since day 5: request withdrawn; worth it: named account/,
    );
  });
  it('a later Last Touch On does not make it done: while the status reads pending, the invitation is still out', () => {
    const t = touch(pending(41, { lastTouchOn: onDay(4) }));
    expect([t.channel, t.day, t.date]).toEqual(['WITHDRAW', 31, AS_OF]);
    expect(reasonOf(t)).toBe('Withdraw the invite: pending 40 days; the sequence is then finished');
  });
  it('due on a weekend or a holiday, it is dated the next business day and comes before an email due that day too: the plan says so whatever the as-of day', () => {
    // Requested 2026-10-29, pending 30 days on Saturday 2026-11-28: withdrawn Monday 11-30, as the run of that Monday says.
    const sent = { connectionStatus: 'pending' as const, requestedOn: day('2026-10-29') };
    for (const asOf of ['2026-11-28', '2026-11-29', '2026-11-30']) {
      const t = touch(sent, { 'As Of': asOf });
      expect([asOf, t.channel, t.day, formatDay(t.date as number)]).toEqual([asOf, 'WITHDRAW', 31, '2026-11-30']);
    }
    const holiday = touch({ connectionStatus: 'pending', requestedOn: day('2026-10-28') }, { 'As Of': '2026-11-27', Holidays: '2026-11-27' });
    expect([holiday.channel, formatDay(holiday.date as number)]).toEqual(['WITHDRAW', '2026-11-30']);
    // Day 19's email and the withdrawal both on Monday 12-07: the withdrawal, planned ahead as on the day.
    const tie = { connectionStatus: 'pending' as const, requestedOn: day('2026-11-19') };
    for (const asOf of ['2026-11-23', '2026-12-07']) {
      const t = touch(tie, { 'As Of': asOf, 'Withdraw After Days': '18' });
      expect([t.channel, formatDay(t.date as number)]).toEqual(['WITHDRAW', '2026-12-07']);
    }
  });
  it('a declined or accepted request is not withdrawn', () => {
    expect(at({ connectionStatus: 'declined', requestedOn: onDay(35) }).channel).toBe('EMAIL_OR_PHONE');
    expect(at(accepted(35)).channel).toBe('EMAIL_OR_PHONE');
  });
});

describe('SPEC 5 v2: acceptance is answered within a day [002]', () => {
  it('rule 1 with Accepted On: connected, never InMailed', () => {
    expect(touch({ acceptedOn: AS_OF - 1, namedAccount: true, seniority: 'vp', trigger: 'funding' }).channel).toBe('MESSAGE');
  });
  it('the first message is due the next business day after Accepted On, its Day the sequence day of that date', () => {
    // Requested Mon 11-16, accepted Fri 11-20: the message is due Monday 11-23 (day 8), not on day 5.
    const t = touch({ requestedOn: day('2026-11-16'), acceptedOn: day('2026-11-20') });
    expect([t.channel, t.day, t.date]).toEqual(['MESSAGE', 8, AS_OF]);
    expect(reasonOf(t)).toBe('Message: accepted 11-20: answer within a day; moved to the business day 11-23');
  });
  it('in every template: multichannel answers an acceptance before its day-7 email (the email was planned first)', () => {
    for (const sequence of SEQUENCE_NAMES) {
      const t = touch({ connectionStatus: 'accepted', requestedOn: onDay(4), acceptedOn: AS_OF - 1 }, { Sequence: sequence });
      expect([sequence, t.channel, t.date]).toEqual([sequence, 'MESSAGE', AS_OF]);
      expect(t.flags & FLAGS.acceptedOn, sequence).toBeTruthy();
    }
    // Once answered (Last Touch On), the template goes on.
    const after = touch({ connectionStatus: 'accepted', requestedOn: onDay(4), acceptedOn: AS_OF - 1, lastTouchOn: AS_OF }, { Sequence: 'multichannel' });
    expect([after.channel, after.day]).toEqual(['EMAIL_OR_PHONE', 7]);
  });
  it("a plan made on a weekend promises for Monday what Monday's plan says: an overdue step that has expired by Monday is not promised [002]", () => {
    for (const sequence of SEQUENCE_NAMES) {
      const p = { acceptedOn: day('2026-11-03') };
      const monday = touch(p, { 'As Of': '2026-11-16', Sequence: sequence });
      for (const weekend of ['2026-11-14', '2026-11-15']) {
        const t = touch(p, { 'As Of': weekend, Sequence: sequence });
        expect([sequence, weekend, t.channel, t.day, t.date]).toEqual([sequence, weekend, monday.channel, monday.day, monday.date]);
      }
    }
  });
  it('an acceptance whose answer falls on the day of a step before it (multichannel: accepted on a Friday, the day-7 email moved to the Monday) is answered first [002]', () => {
    // One Last Touch On stands for the touches of a day: the touch listed first is the one a rep makes, and the answer is the one that must not be lost.
    const accepted = { degree: 2, connectionStatus: 'accepted', requestedOn: day('2026-11-09'), acceptedOn: day('2026-11-13') } as const;
    for (const asOf of ['2026-11-13', '2026-11-16']) {
      const t = touch(accepted, { 'As Of': asOf, Sequence: 'multichannel' });
      expect([asOf, t.channel, formatDay(t.date as number)]).toEqual([asOf, 'MESSAGE', '2026-11-16']);
      expect(t.flags & FLAGS.acceptedOn).toBeTruthy();
    }
    const answered = touch({ ...accepted, lastTouchOn: day('2026-11-16') }, { 'As Of': '2026-11-17', Sequence: 'multichannel' });
    expect([answered.channel, answered.day]).toEqual(['EMAIL_OR_PHONE', 14]);
  });
  it('SPEC 5: a request accepted late (day 19): the message answering it is not taken for the day-12 and day-19 messages, dated before the acceptance; after it, the open-ended step [000 §7]', () => {
    // Requested Mon 11-02, accepted Fri 11-20: the answer is due Monday 11-23 (day 22).
    const before = touch({ connectionStatus: 'accepted', requestedOn: day('2026-11-02'), acceptedOn: day('2026-11-20') });
    expect([before.channel, before.day, before.date]).toEqual(['MESSAGE', 22, AS_OF]);
    // Answered on 11-23: the sequence is not over (it was: SKIP, "sequence finished"); email or phone comes the next business day.
    const after = touch({ connectionStatus: 'accepted', requestedOn: day('2026-11-02'), acceptedOn: day('2026-11-20'), lastTouchOn: AS_OF });
    expect([after.channel, after.day, formatDay(after.date as number)]).toEqual(['EMAIL_OR_PHONE', 23, '2026-11-24']);
    expect(reasonOf(after)).toBe('Email or phone (find an email): LinkedIn steps over, no reply');
    // Accepted after the open-ended step's day, once the day-19 email went out as planned: the answer ends the
    // sequence, not a second email (one Last Touch On stands for both; mark done warns where no email went out).
    const emailed = touch(
      { degree: 2, connectionStatus: 'accepted', requestedOn: day('2026-11-09'), acceptedOn: day('2026-11-30'), lastTouchOn: day('2026-12-01') },
      { 'As Of': '2026-12-02' },
    );
    expect([emailed.channel, emailed.by]).toEqual(['SKIP', 'finished']);
    // Requested Tue 11-10, accepted on day 8, answered on day 9: the day-12 follow-up, dated after the acceptance, comes (Sat 11-21: Monday).
    const early = touch({ connectionStatus: 'accepted', requestedOn: onDay(14), acceptedOn: onDay(14) + 7, lastTouchOn: onDay(14) + 8 });
    expect([early.channel, early.day, early.date]).toEqual(['MESSAGE', 12, AS_OF]);
  });
  it("the template's later messages keep their days", () => {
    const t = touch({ requestedOn: day('2026-11-16'), acceptedOn: day('2026-11-17'), lastTouchOn: day('2026-11-18') });
    expect([t.channel, t.day, formatDay(t.date as number)]).toEqual(['MESSAGE', 12, '2026-11-27']);
  });
});

describe('SPEC 4 rule 1 and SPEC 5: an old acceptance never messaged is a connection to message', () => {
  it("an Accepted On older than the sequence (a Connections export's Connected On) starts the 1st-degree path: MESSAGE, like Degree 1st [001][004]", () => {
    const old = touch({ acceptedOn: day('2020-03-15'), seniority: 'vp' });
    const first = touch({ degree: 1, seniority: 'vp' });
    expect([old.channel, old.day, old.date, old.by]).toEqual([first.channel, first.day, first.date, first.by]);
    expect([old.channel, old.day, old.date]).toEqual(['MESSAGE', 1, AS_OF]);
    expect(reasonOf(old)).toBe('Message: connected: never InMail a connection');
  });
  it('once that message is done, the template goes on from it, as for a 1st-degree connection', () => {
    const old = touch({ acceptedOn: day('2020-03-15'), lastTouchOn: AS_OF });
    const first = touch({ degree: 1, lastTouchOn: AS_OF });
    expect([old.channel, old.day, old.date]).toEqual([first.channel, first.day, first.date]);
    expect([old.channel, old.day]).toEqual(['MESSAGE', 5]);
    // A 1st-degree connection never sent a request: the step says connected, not accepted; and
    // its day-1 touch was a message, so the day-5 one follows it up (it said "first real message").
    expect(reasonOf(first)).toBe('Message: connected: follow up the day-1 message with a question, 60-80 words');
  });
  it("the first message after a request accepted is still the 'first real message'; a connection's, each template's follow-up of the day-1 message [000 §7][003]", () => {
    expect(reasonOf(touch(accepted(5)))).toBe('Message: connected: first real message, a question, 60-80 words');
    expect(reasonOf(touch({ degree: 1, connectionStatus: 'accepted', requestedOn: onDay(5) }))).toMatch(/first real message/);
    const connection = (d: number): Prospect => ({ degree: 1, lastTouchOn: onDay(d) });
    expect(reasonOf(touch(connection(4), { Sequence: 'connection-first' }))).toBe(
      'Message: connected: follow up the day-1 message, conversational, no pitch; connection-first sequence',
    );
    expect(reasonOf(touch(connection(10), { Sequence: 'inmail-first' }))).toBe('Message: connected: follow up the day-1 message; InMail-first sequence');
  });
  it('an acceptance of our own request or InMail is part of that sequence however old: the touch of the same row without the date', () => {
    // Requested on day 1, accepted on day 3, looked at on day 27: the steps are over, not a fresh day-1 message.
    for (const first of [{ requestedOn: onDay(27) }, { inmailSentOn: onDay(27) }]) {
      const withDate = touch({ connectionStatus: 'accepted', ...first, acceptedOn: onDay(25) });
      const without = touch({ connectionStatus: 'accepted', ...first });
      expect([withDate.channel, withDate.day, withDate.by]).toEqual([without.channel, without.day, without.by]);
      expect([withDate.channel, withDate.day]).toEqual(['EMAIL_OR_PHONE', 27]);
    }
  });
  it("the span is the template's dated days (hybrid: 19), to the business day its last step falls on; a younger acceptance keeps the template's steps [002]", () => {
    // The as-of date is a Monday: a day 19 that fell on the Saturday or Sunday before is due today.
    for (const ago of [18, 19, 20]) {
      const younger = touch({ acceptedOn: AS_OF - ago });
      expect([younger.channel, younger.by, younger.day, younger.date]).toEqual(['MESSAGE', 'step', 19, AS_OF]);
    }
    expect(touch({ acceptedOn: AS_OF - 21 }).by).toBe('first-degree');
    for (const ago of [9, 10, 11]) expect(touch({ acceptedOn: AS_OF - ago }, { Sequence: 'inmail-first' }).by).toBe('step');
    expect(touch({ acceptedOn: AS_OF - 12 }, { Sequence: 'inmail-first' }).by).toBe('first-degree');
  });
  it('a rep who does every touch on the day it is due, from an Accepted On alone, goes through the sequence once: no step comes back, and it ends finished [002]', () => {
    for (const sequence of ['hybrid', 'connection-first', 'inmail-first', 'multichannel']) {
      for (let accepted = day('2026-11-16'); accepted < day('2026-11-23'); accepted++) {
        let p: Prospect = { acceptedOn: accepted };
        let lastDay = 0;
        let finished = false;
        for (let asOf = accepted; asOf < accepted + 60 && !finished; asOf++) {
          const iso = formatDay(asOf);
          const t = touch(p, { 'As Of': iso, Sequence: sequence });
          if (t.by === 'finished') finished = true;
          else if (t.date === asOf && (t.channel === 'MESSAGE' || t.channel === 'EMAIL_OR_PHONE')) {
            expect(t.day as number, `${sequence}, accepted ${formatDay(accepted)}, on ${iso}`).toBeGreaterThan(lastDay);
            lastDay = t.day as number;
            const start = startToKeep(p, t.channel, settings({ 'As Of': iso, Sequence: sequence }));
            p = { ...p, lastTouchOn: asOf, ...(start === undefined ? {} : { firstTouchOn: start }) };
          }
        }
        expect(finished, `${sequence}, accepted ${formatDay(accepted)}`).toBe(true);
      }
    }
  });
  it("the touch a plan promises for a day is that day's touch: a Connections export's day-19 message moved off a Sunday is still it on the Monday, and done then finishes it [002]", () => {
    const p = { acceptedOn: day('2026-11-18') };
    const on = (asOf: string, more: Partial<Prospect> = {}) => touch({ ...p, ...more }, { 'As Of': asOf });
    const promised = on('2026-12-04');
    expect([promised.channel, promised.day, promised.date]).toEqual(['MESSAGE', 19, day('2026-12-07')]);
    const due = on('2026-12-07');
    expect([due.channel, due.day, due.date, due.by]).toEqual(['MESSAGE', 19, day('2026-12-07'), 'step']);
    // Marked done that day (First Touch On kept: our first touch since the acceptance), the sequence goes on to its open-ended step, not from its first again.
    expect(startToKeep(p, 'MESSAGE', settings({ 'As Of': '2026-12-07' }))).toBe(day('2026-12-07'));
    const done = { lastTouchOn: day('2026-12-07'), firstTouchOn: day('2026-12-07') };
    const after = on('2026-12-08', done);
    expect([after.channel, after.by, after.date]).toEqual(['EMAIL_OR_PHONE', 'step', day('2026-12-08')]);
    // And that one done too, the sequence is over.
    expect(on('2026-12-09', { ...done, lastTouchOn: day('2026-12-08') }).by).toBe('finished');
    // Past that day with no touch: a connection never messaged.
    expect(on('2026-12-08').by).toBe('first-degree');
  });
});

describe('mark done keeps the start of a sequence nothing else dates (First Touch On)', () => {
  it('a message or email to a row with no Requested On, InMail Sent On or First Touch On keeps its start: the Last Touch On it had, else today; after an acceptance, the first touch since it', () => {
    const s = settings();
    expect(startToKeep({ degree: 1 }, 'MESSAGE', s)).toBe(AS_OF);
    expect(startToKeep({ degree: 1, lastTouchOn: AS_OF - 4 }, 'MESSAGE', s)).toBe(AS_OF - 4);
    expect(startToKeep({ acceptsConnections: false, lastTouchOn: AS_OF - 18 }, 'EMAIL_OR_PHONE', s)).toBe(AS_OF - 18);
    // An old acceptance (a Connections export): the start is our first touch since.
    expect(startToKeep({ acceptedOn: day('2020-03-15'), lastTouchOn: AS_OF - 4 }, 'MESSAGE', s)).toBe(AS_OF - 4);
    // A recent acceptance dates the sequence; the first touch since it is kept all the same, so the acceptance's age is told by it.
    expect(startToKeep({ degree: 1, acceptedOn: AS_OF - 3 }, 'MESSAGE', s)).toBe(AS_OF);
    expect(startToKeep({ degree: 1, acceptedOn: AS_OF - 9, lastTouchOn: AS_OF - 8 }, 'MESSAGE', s)).toBe(AS_OF - 8);
    for (const dated of [{ requestedOn: AS_OF - 9 }, { inmailSentOn: AS_OF - 9 }, { firstTouchOn: AS_OF - 9, lastTouchOn: AS_OF - 2 }]) {
      expect(startToKeep({ degree: 1, ...dated }, 'MESSAGE', s)).toBeUndefined();
    }
    expect(startToKeep({ degree: 2 }, 'CONNECT_NOTE', s)).toBeUndefined();
  });
  it('the sequence counts from First Touch On, a later Last Touch On marking the steps done up to it', () => {
    const t = touch({ degree: 1, firstTouchOn: onDay(8), lastTouchOn: onDay(4) });
    expect([t.channel, t.day]).toEqual(['MESSAGE', 12]);
    const old = touch({ acceptedOn: day('2020-03-15'), firstTouchOn: onDay(8), lastTouchOn: onDay(4) });
    expect([old.channel, old.day]).toEqual(['MESSAGE', 12]);
  });
});

describe('SPEC 5 v2: done is done (Last Touch On)', () => {
  it('a step dated on or before Last Touch On has been done: the next touch is the first step after it', () => {
    const t = touch(accepted(6, { lastTouchOn: AS_OF }));
    expect([t.channel, t.day]).toEqual(['MESSAGE', 12]);
  });
  it('the first touch is the earliest of Requested On, InMail Sent On, Accepted On and Last Touch On', () => {
    const t = touch({ degree: 1, lastTouchOn: onDay(4) });
    expect([t.channel, t.day, t.date]).toEqual(['MESSAGE', 5, AS_OF + 1]);
  });
  it('once the open-ended step has been done, the sequence is over: SKIP, "sequence finished"', () => {
    const t = touch({ connectionStatus: 'declined', requestedOn: onDay(30), lastTouchOn: AS_OF - 2 });
    expect([t.channel, t.day, t.date]).toEqual(['SKIP', null, null]);
    expect(reasonOf(t)).toBe('Skip: sequence finished, no reply');
  });
  it('a done day-19 email is the open-ended email too: no second email the next day; the sequence is finished (SPEC 5 "Done is done", [000 §7])', () => {
    // Requested Wed 11-04, day 19 Sunday 11-22: the email went out Monday 11-23 and is marked done that day.
    const declined: Prospect = { connectionStatus: 'declined', requestedOn: day('2026-11-04'), lastTouchOn: AS_OF };
    const t = touch(declined);
    expect([t.channel, t.day, t.date]).toEqual(['SKIP', null, null]);
    expect(reasonOf(t)).toBe('Skip: sequence finished, no reply');
    // Every template: its last dated email or phone step, done on Friday 11-20, finishes it.
    for (const [sequence, lastEmail] of [
      ['connection-first', 15],
      ['inmail-first', 10],
      ['multichannel', 21],
    ] as const) {
      const r = touch({ connectionStatus: 'declined', requestedOn: onDay(lastEmail + 3), lastTouchOn: onDay(4) }, { Sequence: sequence });
      expect([sequence, r.channel, r.by]).toEqual([sequence, 'SKIP', 'finished']);
    }
    // A connection's day-19 LinkedIn message is another touch: the email after it is still due.
    expect(at(accepted(22, { lastTouchOn: onDay(4) })).channel).toBe('EMAIL_OR_PHONE');
  });
  it("a connection's day-19 message moved off a Sunday onto the open-ended step's Monday, done that Monday: the email is next, the business day after (not 'finished')", () => {
    // Requested Wed 11-04 (day 1): day 19 is Sunday 11-22, day 20 Monday 11-23; the message went out Monday 11-23.
    const sunday: Prospect = { connectionStatus: 'accepted', requestedOn: day('2026-11-04'), acceptedOn: day('2026-11-05'), lastTouchOn: AS_OF };
    const t = touch(sunday);
    expect([t.channel, t.day, formatDay(t.date as number)]).toEqual(['EMAIL_OR_PHONE', 21, '2026-11-24']);
    // Looked at a week on, it is still due (overdue steps of the open-ended kind stay on the as-of date).
    expect(at(sunday, { 'As Of': '2026-11-30' }).channel).toBe('EMAIL_OR_PHONE');
    // The email itself done on Tuesday: now the sequence is over.
    expect(touch({ ...sunday, lastTouchOn: AS_OF + 1 }, { 'As Of': '2026-11-24' }).by).toBe('finished');
  });
  it('a request still pending after the finished sequence is withdrawn on its day (SPEC 5 "Stale invitations are withdrawn" [003])', () => {
    // The trial's row: requested 11-05, no status, the day-19 email (11-23) marked done on 11-23.
    const t = touch({ requestedOn: day('2026-11-05'), lastTouchOn: AS_OF });
    // Due on day 31, Saturday 12-05: done on Monday 12-07, Day still 31 (SPEC 3: Day stays the step's, Date is the day to do it).
    expect([t.channel, t.day, formatDay(t.date as number)]).toEqual(['WITHDRAW', 31, '2026-12-07']);
    expect(reasonOf(t)).toBe('Withdraw the invite on 12-07: pending 32 days; the sequence is then finished');
    // Marked withdrawn, nothing is left.
    expect(at({ connectionStatus: 'withdrawn', requestedOn: day('2026-11-05'), lastTouchOn: AS_OF }).channel).toBe('SKIP');
  });
  it('a withdrawal due on a weekend, overdue, keeps its Day: the same for every stale invite, whatever day it fell on', () => {
    // As of Monday 11-23, Withdraw After Days 30: due Thursday 11-19, Saturday 11-21 and Sunday 11-22.
    for (const requested of ['2026-10-20', '2026-10-22', '2026-10-23']) {
      const t = touch({ connectionStatus: 'pending', requestedOn: day(requested) });
      expect([requested, t.channel, t.day, formatDay(t.date as number)]).toEqual([requested, 'WITHDRAW', 31, '2026-11-23']);
    }
  });
  it("a step's 'no InMail' is said once: 'free plan: no InMail', not 'no InMail: free plan: no InMail'", () => {
    const t = touch({ degree: 2, openProfile: true, connectionStatus: 'pending', requestedOn: onDay(5) }, { Plan: 'free' });
    expect(reasonOf(t)).toMatch(/; free plan: no InMail$/);
    expect(reasonOf(t)).not.toMatch(/no InMail: .*no InMail/);
  });
  it('a Last Touch On after the as-of date is a row error', () => {
    expect(decide({ lastTouchOn: AS_OF + 1 }, settings())).toBeInstanceOf(RowError);
  });
});
