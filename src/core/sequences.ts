/**
 * SPEC section 5: where a touched prospect stands. Each sequence template is a table of steps;
 * one walk goes through any of them and returns the next touch as a plain `Decision`. Adding a
 * template is adding a table.
 */
import { type ColumnMap, headerOf } from './columns.js';
import { type Channel, type Decision, type Day, FLAGS, type Prospect, RowError, SEQUENCE_NAMES, type SequenceName, type Settings, SKIPPED } from './model.js';
import { formatDay, inCalendar, nextBusinessDay, nextTueToThu } from './dates.js';
import { type Facts, type FirstSide, RowFacts, Touch, connectChannel, decideFirst, decision, inmailBlocked, isConnected, noEmailOrCall } from './decide.js';
import { HISTORY_DATES } from './fields.js';

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
  /** What it says instead to a row no InMail was sent to (the step's words name one). */
  readonly saysWithoutInMail?: string;
  /** What it says instead to a row sent an InMail and no request (the step's words name one): its first touch was the InMail. */
  readonly saysWithoutRequest?: string;
  /**
   * What it says instead to a connection the sequence opened with a message (`openedWithMessage`):
   * the step's words call it the first message, and the day-1 message was one.
   */
  readonly saysAfterMessage?: string;
  /** What it says instead where its request goes out blank (the month's notes used up): the step's words ask for a note. */
  readonly saysBlank?: string;
  readonly seed: string;
}

/**
 * A step with every field present, in one order: the walk reads a step's fields on every row, and
 * steps written with different optional fields were objects of eight shapes, read the slow way.
 * Typed so that a field added to SequenceStep and not here fails to compile.
 */
const step = (s: SequenceStep): { readonly [K in keyof Required<SequenceStep>]: SequenceStep[K] } => ({
  day: s.day,
  onward: s.onward,
  when: s.when,
  move: s.move,
  lean: s.lean,
  once: s.once,
  says: s.says,
  saysWithoutInMail: s.saysWithoutInMail,
  saysWithoutRequest: s.saysWithoutRequest,
  saysAfterMessage: s.saysAfterMessage,
  saysBlank: s.saysBlank,
  seed: s.seed,
});

const WRITTEN: Readonly<Record<SequenceName, readonly SequenceStep[]>> = {
  // A tree with a decision point at day 5 [000 §7].
  hybrid: [
    { day: 1, when: 'new', move: 'first', lean: 'score', says: 'first touch', seed: '[000 §8]' },
    {
      day: 5,
      when: 'connected',
      move: 'MESSAGE',
      says: 'connected: first real message, a question, 60-80 words',
      saysAfterMessage: 'connected: follow up the day-1 message with a question, 60-80 words',
      seed: '[000 §7]',
    },
    { day: 5, when: 'requestUnanswered', move: 'inmail', once: true, says: 'request not accepted: a different angle', seed: '[000 §7]' },
    {
      day: 8,
      when: 'inmailNoRequest',
      move: 'connectNote',
      once: true,
      says: 'InMail unanswered a week on: connect, note referring to it',
      saysBlank: 'InMail unanswered a week on: connect',
      seed: '[000 §1][003 seq 2]',
    },
    { day: 12, when: 'connected', move: 'MESSAGE', says: 'follow-up', seed: '[000 §7]' },
    { day: 19, when: 'connected', move: 'MESSAGE', says: 'last touch that adds value', seed: '[000 §7]' },
    { day: 19, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'no answer on LinkedIn', seed: '[000 §7]' },
    { day: 20, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'LinkedIn steps over, no reply', seed: '[000 §7]' },
  ],
  // [003] sequence 1.
  'connection-first': [
    { day: 1, when: 'new', move: 'first', lean: 'connection', says: 'first touch', seed: '[003 seq 1]' },
    {
      day: 4,
      when: 'connected',
      move: 'MESSAGE',
      says: 'connected: a conversational first message, no pitch',
      saysAfterMessage: 'connected: follow up the day-1 message, conversational, no pitch',
      seed: '[003 seq 1]',
    },
    { day: 8, when: 'connected', move: 'MESSAGE', says: 'follow-up that adds value (article, case study)', seed: '[003 seq 1]' },
    { day: 15, when: 'connected', move: 'MESSAGE', says: 'final message with a clear ask', seed: '[003 seq 1]' },
    { day: 15, when: 'requestUnanswered', move: 'inmail', once: true, says: 'not accepted by day 15', seed: '[002][003]' },
    {
      day: 15,
      when: 'notConnected',
      move: 'EMAIL_OR_PHONE',
      says: 'not accepted by day 15',
      // A day-1 InMail (section 4 leaned that way): no request was sent to be accepted.
      saysWithoutRequest: 'no reply to the InMail by day 15',
      seed: '[003 seq 1]',
    },
    { day: 16, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'LinkedIn steps over, no reply', seed: '[003 seq 1]' },
  ],
  // [003] sequence 2.
  'inmail-first': [
    { day: 1, when: 'new', move: 'first', lean: 'inmail', says: 'first touch', seed: '[003 seq 2]' },
    {
      day: 3,
      when: 'inmailNoRequest',
      move: 'connectNote',
      once: true,
      says: 'no reply to the InMail: connect, note referring to it',
      saysBlank: 'no reply to the InMail: connect',
      seed: '[003 seq 2]',
    },
    {
      day: 10,
      when: 'connected',
      move: 'MESSAGE',
      says: 'connected: circle back on the InMail',
      // Day 1 was the connection side (no InMail worth it): the request was accepted, nothing to circle back on.
      saysWithoutInMail: 'connected: first real message',
      saysAfterMessage: 'connected: follow up the day-1 message',
      seed: '[003 seq 2]',
    },
    { day: 10, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'no reply, not connected', seed: '[003 seq 2]' },
    { day: 11, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'LinkedIn steps over, no reply', seed: '[003 seq 2]' },
  ],
  // [003] sequence 3.
  multichannel: [
    { day: 1, when: 'new', move: 'first', lean: 'connection', says: 'first touch', seed: '[003 seq 3]' },
    { day: 3, when: 'requestUnanswered', move: 'inmail', once: true, says: 'not accepted by day 3', seed: '[003 seq 3]' },
    { day: 7, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'email to their work address', seed: '[003 seq 3]' },
    { day: 10, when: 'connected', move: 'MESSAGE', says: 'connected, no reply: LinkedIn message', seed: '[003 seq 3]' },
    { day: 14, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'email, a different angle', seed: '[003 seq 3]' },
    { day: 21, when: 'connected', move: 'MESSAGE', says: 'final touch: LinkedIn message', seed: '[003 seq 3]' },
    { day: 21, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'final touch', seed: '[003 seq 3]' },
    { day: 22, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'LinkedIn steps over, no reply', seed: '[003 seq 3]' },
  ],
};

export const SEQUENCES = Object.fromEntries(SEQUENCE_NAMES.map((name) => [name, WRITTEN[name].map(step)])) as unknown as Readonly<
  Record<SequenceName, readonly SequenceStep[]>
>;

/** An overdue one-time step expires this many template days after its own day at the latest (SPEC 5). */
export const OVERDUE_STEP_LASTS_DAYS = 14;

/** Each template's first step names the side it leans to; read once, not per row. */
const LEAN = Object.fromEntries(SEQUENCE_NAMES.map((name) => [name, (SEQUENCES[name][0] as SequenceStep).lean ?? 'score'])) as Record<SequenceName, FirstSide>;

/** The first message after acceptance: the template's first step for a connection. */
const ACCEPTED_STEP = Object.fromEntries(
  SEQUENCE_NAMES.map((name) => [name, SEQUENCES[name].findIndex((st) => st.when === 'connected' && !st.onward)]),
) as Record<SequenceName, number>;

/**
 * Days a template's dated steps cover: the open-ended step's day - 1 (hybrid: 19). An acceptance
 * this old with no touch after it starts the 1st-degree path again.
 */
const SPAN = Object.fromEntries(SEQUENCE_NAMES.map((name) => [name, ((SEQUENCES[name].find((st) => st.onward) as SequenceStep).day as number) - 1])) as Record<
  SequenceName,
  number
>;

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

/**
 * Counts calls of `decide`, for the tests alone: that the list plan decides each row once, and
 * reads a Reason back without deciding again, shows in no output, only in this count.
 */
let decisionsMade = 0;
export function decisionCount(): number {
  return decisionsMade;
}

/** Everything the walk reads about one row, set once per row (one object serves every row). */
class Walk {
  p: Prospect = {};
  f: Facts = new RowFacts();
  s: Settings | null = null;
  steps: readonly SequenceStep[] = [];
  accepted = -1;
  requested = false;
  first: Day = 0;
  /** The as-of date, or the next business day when it is not one: what is due goes out then. */
  dueDay: Day = 0;
  /** Last Touch On, or -Infinity: a step dated on or before it is done. */
  doneUpTo = Number.NEGATIVE_INFINITY;
  noStart = 0;
}

/**
 * What `decideInto` decided for the last row: its facts, its touch, and (`hasAlt`) an INMAIL's
 * touch with no credit; or (`error` >= -1) the row error of `historyError(error, errorDate)`.
 * Read it before the next row is decided.
 */
export interface Decided {
  readonly facts: Facts;
  readonly touch: Touch;
  readonly alt: Touch;
  readonly hasAlt: boolean;
  /** -2: no error; else the `which` of `historyError`. */
  readonly error: number;
  readonly errorDate: Day;
}

class DecidedRow implements Decided {
  readonly facts = new RowFacts();
  readonly touch = new Touch();
  readonly alt = new Touch();
  hasAlt = false;
  error = -2;
  errorDate: Day = 0;
}

const ROW = new DecidedRow();
const WALK = new Walk();

/**
 * Whether a row is the plan's row error for its history (a date after the as-of date, SPEC 5, or an
 * acceptance before its request), a replied row too: no prospect for a later row to repeat.
 */
export function historyInError(p: Prospect, asOf: Day): boolean {
  return laterHistory(p, asOf) || acceptedBeforeRequest(p);
}

/** A `historyError` after those of HISTORY_DATES: an Accepted On before the row's Requested On (two dates swapped, or one mistyped). */
const ACCEPTED_BEFORE_REQUEST = HISTORY_DATES.length;
/** A `historyError` after those of HISTORY_DATES: a reply dated after the as-of date (Replied's date). */
const REPLIED_AFTER_AS_OF = HISTORY_DATES.length + 1;

/** An Accepted On earlier than the row's Requested On: a row error in the plan, and a row the campaign's numbers skip. */
export function acceptedBeforeRequest(p: Prospect): boolean {
  return p.acceptedOn !== undefined && p.requestedOn !== undefined && p.acceptedOn < p.requestedOn;
}

/** Whether a row records a touch (a date of HISTORY_DATES), or a reply, dated after `asOf`. */
export function laterHistory(p: Prospect, asOf: Day): boolean {
  for (let k = 0; k < HISTORY_DATES.length; k++) if ((historyDate(p, k) ?? asOf) > asOf) return true;
  return (p.repliedOn ?? asOf) > asOf;
}

/**
 * What a step says of a row, in a rep's words: its own words, or those for a connection the
 * sequence opened with a message, a row no request or no InMail was sent to.
 */
export function stepSays(st: SequenceStep, p: Prospect, blank = false): string {
  const says = stepWords(st, p, blank);
  // An Open Profile message is recorded as InMail Sent On, and cost no credit: said as what it was.
  return p.openProfile === true && p.inmailSentOn !== undefined
    ? says.replace(SENT_INMAIL, (inmail) => inmail.replace('InMail', 'Open Profile message'))
    : says;
}

/** Where a step's words name the InMail sent. */
const SENT_INMAIL = /InMail unanswered|the InMail/;

function stepWords(st: SequenceStep, p: Prospect, blank: boolean): string {
  if (blank && st.saysBlank !== undefined) return st.saysBlank;
  if (st.saysAfterMessage !== undefined && openedWithMessage(p)) return st.saysAfterMessage;
  if (st.saysWithoutRequest !== undefined && !hasRequested(p) && p.inmailSentOn !== undefined) return st.saysWithoutRequest;
  return st.saysWithoutInMail !== undefined && p.inmailSentOn === undefined ? st.saysWithoutInMail : st.says;
}

/** Whether the row's connection request went out: a Requested On, or a status that says so. */
function hasRequested(p: Prospect): boolean {
  const status = p.connectionStatus;
  return p.requestedOn !== undefined || status === 'pending' || status === 'declined' || status === 'withdrawn';
}

/** Whether a request or an InMail of ours went out: a LinkedIn thread the prospect could answer in. */
export function reachedOnLinkedIn(p: Prospect): boolean {
  return p.inmailSentOn !== undefined || hasRequested(p);
}

/**
 * The one-time step a decision's `SKIPPED.expired` stands for: a template has at most one for a
 * row with a request (its InMail, `requestUnanswered`) and one for a row with an InMail and no
 * request (its request, `inmailNoRequest`), and a row is one or the other.
 */
export function expiredStep(p: Prospect, sequence: SequenceName): SequenceStep | undefined {
  const when = hasRequested(p) ? 'requestUnanswered' : 'inmailNoRequest';
  return SEQUENCES[sequence].find((st) => st.once === true && st.when === when);
}

/** A history date of a row, in the order of HISTORY_DATES. */
function historyDate(p: Prospect, which: number): Day | undefined {
  switch (which) {
    case 0:
      return p.requestedOn;
    case 1:
      return p.inmailSentOn;
    case 2:
      return p.acceptedOn;
    case 3:
      return p.lastTouchOn;
    default:
      return p.firstTouchOn;
  }
}

/**
 * Whether a paid credit can be had for a row decided alone: one left this month, or, with When
 * Credits Run Out = next-month, one at the renewal (SPEC 10: with Credits 0 the InMail is dated at
 * the renewal, rule 3's note). The list plan then hands out this month's and the renewal's.
 */
export function creditInReach(s: Settings): boolean {
  return s.credits > 0 || (s.whenCreditsRunOut === 'next-month' && s.plan.creditsPerMonth > 0);
}

/**
 * The next touch of one prospect (SPEC sections 4 and 5), decided once, into the one `Decided`
 * this returns (valid until the next call). `credit` says whether a paid credit is left for it.
 */
export function decideInto(p: Prospect, s: Settings, credit: boolean = creditInReach(s)): Decided {
  decisionsMade++;
  const row = ROW;
  const f = row.facts.fill(p, s);
  row.error = -2;
  row.hasAlt = false;
  // Marked not to be contacted: no touch, whatever the row's history says (a reply, a request out).
  if (p.doNotContact === true) {
    row.touch.set('SKIP', null, null, 'do-not-contact', -1, 0, 0);
    return row;
  }
  // A touch dated after the as-of date is an error whatever came of it, a reply too.
  let first = Number.POSITIVE_INFINITY;
  for (let k = 0; k < HISTORY_DATES.length; k++) {
    const d = historyDate(p, k);
    if (d === undefined) continue;
    if (d > s.asOf) return failed(row, k, d);
    if (d < first) first = d;
  }
  if (acceptedBeforeRequest(p)) return failed(row, ACCEPTED_BEFORE_REQUEST, p.acceptedOn as Day);
  if (p.repliedOn !== undefined && p.repliedOn > s.asOf) return failed(row, REPLIED_AFTER_AS_OF, p.repliedOn);
  if (p.replied === true) {
    // From someone not connected, with no request or InMail of ours to answer, the reply came another
    // way (a CRM's or an email tool's Replied): the conversation goes on there, not in a LinkedIn message.
    // So too where a tool's status says it came by email or on a call, whatever invitation is still out.
    // A reply a column says came on LinkedIn (Recruiter's InMail Status) is answered there, though no InMail is dated.
    const offLinkedIn = !f.connected && p.repliedOffLinkedIn !== false && (!reachedOnLinkedIn(p) || p.repliedOffLinkedIn === true);
    row.touch.set(offLinkedIn ? 'EMAIL_OR_PHONE' : 'MESSAGE', null, null, 'replied', -1, 0, 0);
    return row;
  }
  const requested = hasRequested(p);
  let accepted = ACCEPTED_STEP[s.sequence];
  const acceptedOn = p.acceptedOn;
  if (acceptedOn !== undefined && p.requestedOn === undefined && p.inmailSentOn === undefined) {
    // An acceptance older than the template's span with no touch after it (a Connections export's
    // Connected On, years back) is a connection never messaged: the 1st-degree path from its first
    // touch after the acceptance, or from now (SPEC 4 rule 1), not a sequence long over. Only when
    // no request or InMail of ours came first: then the acceptance answered our sequence, which
    // goes on as it does for the same row without the date.
    const since = touchedSince(p, acceptedOn);
    if (isOldAcceptance(acceptedOn, since, s)) {
      if (since === undefined) {
        row.hasAlt = decideFirst(p, f, s, LEAN[s.sequence], credit, row.touch, row.alt);
        return checked(row);
      }
      first = since;
      accepted = -1;
    }
  }
  if (!requested && first === Number.POSITIVE_INFINITY) {
    row.hasAlt = decideFirst(p, f, s, LEAN[s.sequence], credit, row.touch, row.alt);
    return checked(row);
  }
  const w = WALK;
  const start = first === Number.POSITIVE_INFINITY ? s.asOf : first;
  w.p = p;
  w.f = f;
  w.s = s;
  w.steps = SEQUENCES[s.sequence];
  w.accepted = accepted;
  w.requested = requested;
  w.first = start;
  w.dueDay = nextBusinessDay(s.asOf, s.holidays);
  w.doneUpTo = p.lastTouchOn ?? Number.NEGATIVE_INFINITY;
  w.noStart = first === Number.POSITIVE_INFINITY ? FLAGS.noStartDate : 0;
  row.hasAlt = walkFrom(w, 1, credit, 0, row.touch, row.alt);
  if (withdrawFirst(w, row.touch)) row.hasAlt = false;
  return checked(row);
}

/** The first touch of ours after an acceptance: First Touch On, or else Last Touch On, when after it. */
function touchedSince(p: Prospect, acceptedOn: Day): Day | undefined {
  if (p.firstTouchOn !== undefined && p.firstTouchOn > acceptedOn) return p.firstTouchOn;
  return p.lastTouchOn !== undefined && p.lastTouchOn > acceptedOn ? p.lastTouchOn : undefined;
}

/**
 * Whether a row's sequence opened with a message to a 1st-degree connection (SPEC 4 rule 1), no
 * request or InMail of ours, no acceptance: its next message follows that one up, it is not the
 * first. Read from what a planned row keeps of its prospect (kept.ts), so a plan says what the row
 * alone says; an acceptance older than the sequence, which opens with a message too, would need its
 * touch dates, which are not kept.
 */
export function openedWithMessage(p: Prospect): boolean {
  return p.degree === 1 && !reachedOnLinkedIn(p) && p.connectionStatus !== 'accepted';
}

/**
 * An acceptance older than the template's span by our first touch since (or today): a connection,
 * not part of a sequence. The span ends on the business day its last dated step falls on: the
 * day-19 message of a Sunday, promised for the Monday, is still that message on the Monday.
 */
function isOldAcceptance(acceptedOn: Day, since: Day | undefined, s: Settings): boolean {
  return (since ?? s.asOf) > nextBusinessDay(acceptedOn + SPAN[s.sequence] - 1, s.holidays);
}

/**
 * The First Touch On that marking a message or email done on `p` must record, or undefined: when
 * no Requested On, InMail Sent On or First Touch On dates the sequence, its start is the Last
 * Touch On the row has (else the touch itself, today), and writing the new Last Touch On over it
 * would start the sequence again from the new touch, step after step. After an Accepted On with
 * neither (a Connections export), our first touch since it: an old acceptance's sequence starts
 * there, and a recent one's age is told by it, not by the last touch, which would make the
 * acceptance look old once the sequence's last step is done, and begin it again.
 */
export function startToKeep(p: Prospect, channel: Channel, s: Settings): Day | undefined {
  if (channel !== 'MESSAGE' && channel !== 'EMAIL_OR_PHONE') return undefined;
  if (p.requestedOn !== undefined || p.inmailSentOn !== undefined || p.firstTouchOn !== undefined) return undefined;
  const acceptedOn = p.acceptedOn;
  if (acceptedOn === undefined) return p.lastTouchOn ?? s.asOf;
  return touchedSince(p, acceptedOn) ?? s.asOf;
}

function failed(row: DecidedRow, which: number, date: Day): DecidedRow {
  row.error = which;
  row.errorDate = date;
  return row;
}

/** A next touch that falls outside years 0001-9999 is a row error, never a cell like `+010000-01-01`. */
function checked(row: DecidedRow): DecidedRow {
  const date = row.touch.date;
  return date === null || inCalendar(date) ? row : failed(row, -1, date);
}

/**
 * The next touch of one prospect (SPEC sections 4 and 5), decided once. `credit` says whether a
 * paid credit is left for it (row-wise: `creditInReach`). An INMAIL carries, in `withoutCredit`, what
 * the same walk finds with no credit, so the list plan never decides the row again.
 */
export function decide(p: Prospect, s: Settings, credit: boolean = creditInReach(s)): Decision | RowError {
  const row = decideInto(p, s, credit);
  if (row.error !== -2) return historyError(row.error, row.errorDate, s);
  return decision(row.touch, s, row.facts, row.hasAlt ? decision(row.alt, s, row.facts) : null);
}

/**
 * The row errors a decision finds: history date `which` (of HISTORY_DATES), or the reply's
 * (`REPLIED_AFTER_AS_OF`), after the as-of date; an Accepted On before the Requested On
 * (`ACCEPTED_BEFORE_REQUEST`); or (which = -1) a next touch that falls outside years 0001-9999,
 * never a cell like `+010000-01-01`.
 * The date's column is named as the list heads it (`Request Sent`) when `map` is the list's, as a
 * cell's own error is; else by its field (`Requested On`).
 */
export function historyError(which: number, date: Day, s: Settings, map?: ColumnMap): RowError {
  if (which === ACCEPTED_BEFORE_REQUEST) {
    const requested = headerOf(map, 'requestedOn', 'Requested On');
    return new RowError(headerOf(map, 'acceptedOn', 'Accepted On'), `earlier than the row's ${requested}: are the two dates swapped?`, formatDay(date));
  }
  const entry = which === REPLIED_AFTER_AS_OF ? (['replied', 'Replied'] as const) : HISTORY_DATES[which];
  if (entry === undefined) return new RowError('Date', 'the next touch falls outside years 0001-9999', 'a date past year 9999');
  const column = headerOf(map, entry[0], entry[1]);
  return new RowError(column, `after the as-of date ${formatDay(s.asOf)}`, formatDay(date));
}

/** A request still waiting for an answer: status pending, or a Requested On with no status, and not connected. */
export function isPendingRequest(p: Prospect): boolean {
  if (isConnected(p)) return false;
  const status = p.connectionStatus;
  return status === 'pending' || (p.requestedOn !== undefined && (status === undefined || status === 'none'));
}

/** A step's date: its template day from the first touch (the accepted message: the business day after Accepted On). */
function templateDate(w: Walk, i: number): Day {
  const st = w.steps[i] as SequenceStep;
  if (i === w.accepted && w.p.acceptedOn !== undefined) return w.p.acceptedOn + 1;
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

/**
 * The walk from step `from`: the first step that holds, is not done, is due or still in force,
 * and picks a channel, into `out`. An INMAIL fills `alt` (when given) with the walk on with no
 * credit; says whether it did.
 */
function walkFrom(w: Walk, from: number, credit: boolean, skippedBefore: number, out: Touch, alt: Touch | null): boolean {
  const { p, f, steps } = w;
  const s = w.s as Settings;
  let skipped = skippedBefore;
  // The move of the last step that held before this one, when it has been done; else null. And its business day.
  let doneBefore: Move | null = null;
  let doneOn = -1;
  // The first message after an Accepted On, when not done yet: it comes before any step dated
  // on or after its day (multichannel's day-7 email to a prospect who accepted on day 3, or on the
  // Friday before that email's Monday), as it is answered within a day (SPEC 5) in every template.
  const answer = w.accepted >= from && p.acceptedOn !== undefined ? nextBusinessDay(templateDate(w, w.accepted), s.holidays) : Number.POSITIVE_INFINITY;
  const answerDue = answer > w.doneUpTo ? answer : Number.POSITIVE_INFINITY;
  for (let i = from; i < steps.length; i++) {
    const st = steps[i] as SequenceStep;
    if (!holds(st.when, p, f, w.requested)) continue;
    const tpl = templateDate(w, i);
    const onDay = nextBusinessDay(tpl, s.holidays);
    if (i < w.accepted && onDay >= answerDue && onDay > w.doneUpTo) {
      i = w.accepted - 1;
      continue;
    }
    if (st.onward) {
      // A done step before it moved onto its business day (the day-19 message due on a Sunday,
      // done on the Monday the open-ended step starts): the touch on that day was that step's,
      // and this one starts the business day after.
      const own = doneOn === onDay ? nextBusinessDay(onDay + 1, s.holidays) : onDay;
      // Done is done: once the open-ended step has been done, the sequence is over. A done step
      // just before it that makes the same touch (the day-19 email) was that touch: no second
      // email the next day (SPEC 5, "Done is done").
      // Opted out of email and not to be called: nothing is left to do off LinkedIn either.
      if (w.doneUpTo >= own || doneBefore === st.move || (st.move === 'EMAIL_OR_PHONE' && noEmailOrCall(p))) {
        out.set('SKIP', null, null, 'finished', i, skipped, w.noStart);
        return false;
      }
      // Its Day is its date's own: a date moved off a weekend moves the Day with it, nothing to say.
      const date = Math.max(own, w.dueDay);
      out.set(st.move as Channel, date - w.first + 1, date, 'step', i, skipped, w.noStart);
      return false;
    }
    // A step for a connection dated on or before the acceptance was not a connection's step then:
    // a touch since is not it, and its day has passed (the day-12 and day-19 messages to a request
    // accepted on day 19: the touch after is the answer to the acceptance, not those).
    if (st.when === 'connected' && i !== w.accepted && p.acceptedOn !== undefined && onDay <= p.acceptedOn) continue;
    doneBefore = onDay <= w.doneUpTo ? st.move : null;
    doneOn = doneBefore === null ? -1 : onDay;
    if (doneBefore !== null) continue;
    const accepted = i === w.accepted && p.acceptedOn !== undefined;
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
    } else if (st.move === 'EMAIL_OR_PHONE' && noEmailOrCall(p)) {
      // Opted out of email and not to be called: passed over, to the template's next LinkedIn step.
      channel = null;
    } else channel = st.move === 'connectNote' ? connectChannel(s) : (st.move as Channel);
    if (passed) {
      // A one-time step stays due until it expires; one that would not apply has nothing to expire.
      // Counted on the day it would go out: on a Saturday, a step that has expired by Monday is not promised for Monday.
      const lastDue = lastDueDay(w, i, ownDay);
      if (w.dueDay - w.first + 1 > lastDue) {
        if (channel !== null) skipped |= accepted ? SKIPPED.answerExpired : SKIPPED.expired;
        continue;
      }
      // An InMail the plan held from its day to Tuesday-Thursday (SPEC 6), that day not yet gone
      // and the step still due then, is due that day, not overdue: a day-5 Monday InMail is sent
      // Tuesday, as the plan said on Monday.
      const held = (channel === 'INMAIL' || channel === 'OPEN_PROFILE') && !f.urgent ? nextTueToThu(onDay, s.holidays) : -1;
      if (held >= s.asOf && held <= w.first + lastDue - 1) {
        date = held;
        flags = (flags & ~FLAGS.businessDay) | FLAGS.tueToThu;
      } else {
        date = w.dueDay;
        flags = (flags & ~FLAGS.businessDay) | FLAGS.overdue;
      }
    }
    if (channel === null) {
      skipped |= blocked;
      continue;
    }
    out.set(channel, ownDay, date, 'step', i, skipped, flags);
    if ((channel === 'INMAIL' || channel === 'OPEN_PROFILE') && st.once) out.until = w.first + lastDueDay(w, i, ownDay) - 1;
    if (channel !== 'INMAIL' || alt === null) return false;
    walkFrom(w, i + 1, false, skipped | SKIPPED.noCredit, alt, null);
    return true;
  }
  // Every template ends with an onward step that always holds; reaching here is a bug in a table.
  throw new Error(`sequence ${s.sequence} has no step for day ${s.asOf - w.first + 1}`);
}

/**
 * Stale invitations are withdrawn (SPEC 5, v2): a request still pending Withdraw After Days after
 * it went out gets WITHDRAW on that day (overdue, on the as-of date; it never expires), before
 * any touch dated after it, and after a finished sequence. Says whether it replaced the touch in `next`.
 */
function withdrawFirst(w: Walk, next: Touch): boolean {
  const { p, f } = w;
  const s = w.s as Settings;
  if (f.connected || !isPendingRequest(p)) return false;
  const due = (p.requestedOn ?? w.first) + s.withdrawAfterDays;
  const on = nextBusinessDay(due, s.holidays);
  // A withdrawal is done when the status reads withdrawn (mark done sets it), not by a later Last
  // Touch On: while the request reads pending, the invitation is still out.
  // Day is the step's own (SPEC 3: a date moved to a business day keeps its Day).
  const day = due - w.first + 1;
  // The step is the finished sequence's last step when nothing comes after the withdrawal (reasons.ts says so).
  const step = next.by === 'finished' ? next.step : -1;
  if (on <= s.asOf) {
    next.set('WITHDRAW', day, w.dueDay, 'withdraw', step, next.skipped, w.noStart | (on < s.asOf ? FLAGS.overdue : 0));
    return true;
  }
  // A touch dated the same day comes after it (SPEC 5: from that day on it comes before the template's email or phone steps).
  if (next.date !== null && next.date < on) return false;
  next.set('WITHDRAW', day, on, 'withdraw', step, next.skipped, w.noStart);
  return true;
}
