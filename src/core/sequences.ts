/**
 * SPEC section 5: where a touched prospect stands. Each sequence template is a table of steps;
 * one walk goes through any of them and returns the next touch as a plain `Decision`. Adding a
 * template is adding a table.
 */
import { type Channel, type Decision, type Day, FLAGS, type Prospect, RowError, SEQUENCE_NAMES, type SequenceName, type Settings, SKIPPED } from './model.js';
import { formatDay, inCalendar, nextBusinessDay } from './dates.js';
import { type Facts, type FirstSide, connectChannel, decideFirst, decision, factsOf, inmailBlocked } from './decide.js';

export { SEQUENCE_NAMES, type SequenceName };

/** When a step applies. A reply ends every sequence before any step is looked at. */
type Condition =
  | 'new' //                not touched yet
  | 'connected' //          1st degree, or the request was accepted
  | 'requestUnanswered' //  a request went out, is pending, declined or withdrawn, and no InMail yet
  | 'inmailNoRequest' //    an InMail went out, no request yet, and they take requests
  | 'notConnected'
  | 'unanswered';

/** What a step does: a channel, or a small rule that picks one (or none: the walk goes on). */
type Move =
  | Channel
  | 'first' //        SPEC section 4, leaning the template's way
  | 'inmail' //       Open Profile if usable, else a paid InMail if worth paying and a credit is left
  | 'connectNote'; // a connection request with a note referencing the InMail

export interface SequenceStep {
  readonly day: number;
  /** The open-ended "after day N" row: holds on every day from `day` on. */
  readonly onward?: true;
  readonly when: Condition;
  readonly move: Move;
  /** The first step: which side of section 4 the template leans to. */
  readonly lean?: FirstSide;
  /** A one-time touch (an InMail, a request) whose day has passed stays due until done, or expired. */
  readonly once?: true;
  /** What the step is, in a rep's words (reasons.ts shows it). */
  readonly says: string;
  readonly seed: string;
}

export const SEQUENCES: Readonly<Record<SequenceName, readonly SequenceStep[]>> = {
  // A tree with a decision point at day 5 [000 §7].
  hybrid: [
    { day: 1, when: 'new', move: 'first', lean: 'score', says: 'first touch', seed: '[000 §8]' },
    { day: 5, when: 'connected', move: 'MESSAGE', says: 'accepted: first real message, a question, 60-80 words', seed: '[000 §7]' },
    { day: 5, when: 'requestUnanswered', move: 'inmail', once: true, says: 'request not accepted: a different angle', seed: '[000 §7]' },
    {
      day: 8,
      when: 'inmailNoRequest',
      move: 'connectNote',
      once: true,
      says: 'InMail unanswered a week on: connect, note referring to it',
      seed: '[000 §1][003 seq 2]',
    },
    { day: 12, when: 'connected', move: 'MESSAGE', says: 'follow-up on the conversation', seed: '[000 §7]' },
    { day: 19, when: 'connected', move: 'MESSAGE', says: 'last touch that adds value', seed: '[000 §7]' },
    { day: 19, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'no answer on LinkedIn', seed: '[000 §7]' },
    { day: 20, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'LinkedIn steps done, no reply', seed: '[000 §7]' },
  ],
  // [003] sequence 1.
  'connection-first': [
    { day: 1, when: 'new', move: 'first', lean: 'connection', says: 'first touch', seed: '[003 seq 1]' },
    { day: 4, when: 'connected', move: 'MESSAGE', says: 'accepted: a conversational first message, no pitch', seed: '[003 seq 1]' },
    { day: 8, when: 'connected', move: 'MESSAGE', says: 'follow-up that adds value (article, case study)', seed: '[003 seq 1]' },
    { day: 15, when: 'connected', move: 'MESSAGE', says: 'final message with a clear ask', seed: '[003 seq 1]' },
    { day: 15, when: 'requestUnanswered', move: 'inmail', once: true, says: 'not accepted by day 15', seed: '[002][003]' },
    { day: 15, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'not accepted by day 15', seed: '[003 seq 1]' },
    { day: 16, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'LinkedIn steps done, no reply', seed: '[003 seq 1]' },
  ],
  // [003] sequence 2.
  'inmail-first': [
    { day: 1, when: 'new', move: 'first', lean: 'inmail', says: 'first touch', seed: '[003 seq 2]' },
    { day: 3, when: 'inmailNoRequest', move: 'connectNote', once: true, says: 'no reply to the InMail: connect, note referring to it', seed: '[003 seq 2]' },
    { day: 10, when: 'connected', move: 'MESSAGE', says: 'accepted: circle back on the InMail', seed: '[003 seq 2]' },
    { day: 10, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'no reply, not connected', seed: '[003 seq 2]' },
    { day: 11, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'LinkedIn steps done, no reply', seed: '[003 seq 2]' },
  ],
  // [003] sequence 3.
  multichannel: [
    { day: 1, when: 'new', move: 'first', lean: 'connection', says: 'first touch', seed: '[003 seq 3]' },
    { day: 3, when: 'requestUnanswered', move: 'inmail', once: true, says: 'not accepted by day 3', seed: '[003 seq 3]' },
    { day: 7, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'cold email to their work address', seed: '[003 seq 3]' },
    { day: 10, when: 'connected', move: 'MESSAGE', says: 'connected, no reply: LinkedIn message', seed: '[003 seq 3]' },
    { day: 14, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'second email, a different angle', seed: '[003 seq 3]' },
    { day: 21, when: 'connected', move: 'MESSAGE', says: 'final touch: LinkedIn message', seed: '[003 seq 3]' },
    { day: 21, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'final touch: phone', seed: '[003 seq 3]' },
    { day: 22, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'LinkedIn steps done, no reply', seed: '[003 seq 3]' },
  ],
};

/** An overdue one-time step expires this many template days after its own day at the latest (SPEC 5). */
export const OVERDUE_STEP_LASTS_DAYS = 14;

/** Each template's first step names the side it leans to; read once, not per row. */
const LEAN = Object.fromEntries(SEQUENCE_NAMES.map((name) => [name, (SEQUENCES[name][0] as SequenceStep).lean ?? 'score'])) as Record<SequenceName, FirstSide>;

/** The first message after acceptance: the template's first step for a connection. */
const ACCEPTED_STEP = Object.fromEntries(
  SEQUENCE_NAMES.map((name) => [name, SEQUENCES[name].findIndex((st) => st.when === 'connected' && !st.onward)]),
) as Record<SequenceName, number>;

/** The history dates a row may have, in the order the first touch is looked for; a date after the as-of date is an error. */
export const HISTORY_DATES = [
  ['requestedOn', 'Requested On'],
  ['inmailSentOn', 'InMail Sent On'],
  ['acceptedOn', 'Accepted On'],
  ['lastTouchOn', 'Last Touch On'],
] as const;

function holds(when: Condition, p: Prospect, f: Facts, requested: boolean): boolean {
  switch (when) {
    case 'new':
      return false; // only the first step, handled before the walk
    case 'connected':
      return f.connected;
    case 'notConnected':
      return !f.connected;
    case 'unanswered':
      return true;
    case 'requestUnanswered':
      return requested && !f.connected && p.inmailSentOn === undefined;
    case 'inmailNoRequest':
      return p.inmailSentOn !== undefined && !requested && !f.connected && f.connectable;
  }
}

/** Counts calls of `decide`: a test holds the list plan to one decision per row. */
let decisionsMade = 0;
export function decisionCount(): number {
  return decisionsMade;
}

/** Everything the walk reads about one row, computed once. */
interface Walk {
  readonly p: Prospect;
  readonly f: Facts;
  readonly s: Settings;
  readonly steps: readonly SequenceStep[];
  readonly requested: boolean;
  readonly first: Day;
  /** Sequence day of the as-of date. */
  readonly today: number;
  /** The as-of date, or the next business day when it is not one: what is due goes out then. */
  readonly dueDay: Day;
  /** Last Touch On, or -Infinity: a step dated on or before it is done. */
  readonly doneUpTo: number;
  readonly noStart: number;
}

/**
 * The next touch of one prospect (SPEC sections 4 and 5), decided once. `credit` says whether a
 * paid credit is left for it (row-wise: Credits > 0). An INMAIL carries, in `withoutCredit`, what
 * the same walk finds with no credit, so the list plan never decides the row again.
 */
export function decide(p: Prospect, s: Settings, credit: boolean = s.credits > 0): Decision | RowError {
  decisionsMade++;
  const f = factsOf(p, s);
  if (p.replied === true) return decision('MESSAGE', null, null, s, f, 'replied', -1, 0, 0);
  const status = p.connectionStatus;
  const requested = p.requestedOn !== undefined || status === 'pending' || status === 'declined' || status === 'withdrawn';
  let first = Infinity;
  for (const [key] of HISTORY_DATES) {
    const d = p[key];
    if (d === undefined) continue;
    if (d > s.asOf)
      return historyError(
        HISTORY_DATES.findIndex(([k]) => k === key),
        d,
        s,
      );
    if (d < first) first = d;
  }
  if (!requested && first === Infinity) return checked(decideFirst(p, f, s, LEAN[s.sequence], credit), s);
  const noStart = first === Infinity ? FLAGS.noStartDate : 0;
  const start = first === Infinity ? s.asOf : first;
  const w: Walk = {
    p,
    f,
    s,
    steps: SEQUENCES[s.sequence],
    requested,
    first: start,
    today: s.asOf - start + 1,
    dueDay: nextBusinessDay(s.asOf, s.holidays),
    doneUpTo: p.lastTouchOn ?? -Infinity,
    noStart,
  };
  const next = walkFrom(w, 1, credit, 0);
  return checked(withdrawFirst(w, next), s);
}

/**
 * The row errors a decision finds: history date `which` (of HISTORY_DATES) after the as-of date,
 * or (which = -1) a next touch that falls outside years 0001-9999, never a cell like `+010000-01-01`.
 */
export function historyError(which: number, date: Day, s: Settings): RowError {
  const entry = HISTORY_DATES[which];
  if (entry === undefined) return new RowError('Date', 'the next touch falls outside years 0001-9999', 'a date past year 9999');
  return new RowError(entry[1], `after the as-of date ${formatDay(s.asOf)}`, formatDay(date));
}

function checked(d: Decision, s: Settings): Decision | RowError {
  return d.date === null || inCalendar(d.date) ? d : historyError(-1, d.date, s);
}

/** A request still waiting for an answer: status pending, or a Requested On with no status, and not connected. */
export function isPendingRequest(p: Prospect): boolean {
  if (p.degree === 1 || p.acceptedOn !== undefined) return false;
  const status = p.connectionStatus;
  return status === 'pending' || (p.requestedOn !== undefined && (status === undefined || status === 'none'));
}

/** A step's date: its template day from the first touch (the accepted message: the business day after Accepted On). */
function templateDate(w: Walk, i: number): Day {
  const st = w.steps[i] as SequenceStep;
  if (i === ACCEPTED_STEP[w.s.sequence] && w.p.acceptedOn !== undefined) return w.p.acceptedOn + 1;
  return w.first + st.day - 1;
}

/**
 * The last template day an overdue one-time step stays due: the day before the next dated step
 * that holds for the prospect, and its own day + 14 at most (SPEC 5, v2).
 */
function lastDueDay(w: Walk, i: number, ownDay: number): number {
  let last = ownDay + OVERDUE_STEP_LASTS_DAYS;
  for (let k = i + 1; k < w.steps.length; k++) {
    const st = w.steps[k] as SequenceStep;
    if (st.onward || st.day <= ownDay || !holds(st.when, w.p, w.f, w.requested)) continue;
    last = Math.min(last, st.day - 1);
    break;
  }
  return last;
}

/** The walk from step `from`: the first step that holds, is not done, is due or still in force, and picks a channel. */
function walkFrom(w: Walk, from: number, credit: boolean, skippedBefore: number): Decision {
  const { p, f, s, steps } = w;
  let skipped = skippedBefore;
  for (let i = from; i < steps.length; i++) {
    const st = steps[i] as SequenceStep;
    if (!holds(st.when, p, f, w.requested)) continue;
    const tpl = templateDate(w, i);
    const onDay = nextBusinessDay(tpl, s.holidays);
    if (st.onward) {
      // Done is done: once the open-ended step has been done, the sequence is over.
      if (w.doneUpTo >= onDay) return decision('SKIP', null, null, s, f, 'finished', i, skipped, w.noStart);
      const date = Math.max(onDay, w.dueDay);
      const channel = st.move as Channel;
      return decision(channel, date - w.first + 1, date, s, f, 'step', i, skipped, w.noStart | (date !== tpl && date === onDay ? FLAGS.businessDay : 0));
    }
    if (onDay <= w.doneUpTo) continue;
    const accepted = i === ACCEPTED_STEP[s.sequence] && p.acceptedOn !== undefined;
    const ownDay = accepted ? onDay - w.first + 1 : st.day;
    let date = onDay;
    let flags = w.noStart | (accepted ? FLAGS.acceptedOn : 0) | (onDay !== tpl ? FLAGS.businessDay : 0);
    const passed = onDay < s.asOf;
    // Passed: any step but a one-time one has had its day.
    if (passed && !st.once && !accepted) continue;
    let channel: Channel | null;
    let blocked = 0;
    if (st.move === 'inmail') {
      blocked = f.openProfileUsable ? 0 : inmailBlocked(f, credit, true);
      channel = f.openProfileUsable ? 'OPEN_PROFILE' : blocked === 0 ? 'INMAIL' : null;
    } else channel = st.move === 'connectNote' ? connectChannel(s) : (st.move as Channel);
    if (passed) {
      // A one-time step stays due until it expires; one that would not apply has nothing to expire.
      if (w.today > lastDueDay(w, i, ownDay)) {
        if (channel !== null) skipped |= SKIPPED.expired;
        continue;
      }
      date = w.dueDay;
      flags = (flags & ~FLAGS.businessDay) | FLAGS.overdue;
    }
    if (channel === null) {
      skipped |= blocked;
      continue;
    }
    const alt = channel === 'INMAIL' ? walkFrom(w, i + 1, false, skipped | SKIPPED.noCredit) : null;
    return decision(channel, ownDay, date, s, f, 'step', i, skipped, flags, alt);
  }
  // Every template ends with an onward step that always holds; reaching here is a bug in a table.
  throw new Error(`sequence ${s.sequence} has no step for day ${w.today}`);
}

/**
 * Stale invitations are withdrawn (SPEC 5, v2): a request still pending Withdraw After Days after
 * it went out gets WITHDRAW on that day (overdue, on the as-of date; it never expires), before
 * any touch dated after it.
 */
function withdrawFirst(w: Walk, next: Decision): Decision {
  const { p, f, s } = w;
  if (f.connected || !isPendingRequest(p)) return next;
  const on = nextBusinessDay((p.requestedOn ?? w.first) + s.withdrawAfterDays, s.holidays);
  if (on <= w.doneUpTo) return next;
  const day = on - w.first + 1;
  if (on <= s.asOf) return decision('WITHDRAW', day, w.dueDay, s, f, 'withdraw', -1, next.skipped, w.noStart | (on < s.asOf ? FLAGS.overdue : 0));
  if (next.date !== null && next.date <= on) return next;
  return decision('WITHDRAW', day, on, s, f, 'withdraw', -1, next.skipped, w.noStart);
}
