/**
 * SPEC section 5: where a touched prospect stands. Each sequence template is a table of steps;
 * one resolver walks any of them. Adding a template is adding a table.
 */
import { type Channel, type Prospect, RowError } from './model.js';
import { expectedCost } from './cost.js';
import { type Day, formatDay } from './dates.js';
import { type Facts, type FirstRule, type FirstSide, channelOf, connectChannel, decideFirst, explainFirst, factsOf, worthPayingText } from './decide.js';
import type { Settings } from './settings.js';

export const SEQUENCE_NAMES = ['hybrid', 'connection-first', 'inmail-first', 'multichannel'] as const;
export type SequenceName = (typeof SEQUENCE_NAMES)[number];

/** When a step applies. A reply ends every sequence before any step is looked at. */
type Condition =
  | 'new' //                not touched yet
  | 'connected' //          1st degree, or the request was accepted
  | 'requestUnanswered' //  a request went out, is pending, declined or withdrawn, and no InMail yet
  | 'inmailNoRequest' //    an InMail went out, no request yet, and they take requests
  | 'notConnected'
  | 'unanswered';

/** What a step does: a channel, or a small rule that picks one (or none: the next step applies). */
type Move =
  | Channel
  | `first:${FirstSide}` // SPEC section 4, leaning the template's way
  | 'hook' //              Open Profile if usable, else a paid InMail
  | 'hookIfWorth' //       Open Profile if usable, else a paid InMail if worth paying
  | 'connectNote'; //      a connection request with a note referencing the InMail

export interface SequenceStep {
  readonly day: number;
  /** The open-ended "after day N" row: holds on every day from `day` on. */
  readonly onward?: true;
  readonly when: Condition;
  readonly move: Move;
  /** A one-time touch (an InMail, a request) whose day has passed stays due until done. */
  readonly once?: true;
  readonly says: string;
  readonly seed: string;
}

export const SEQUENCES: Readonly<Record<SequenceName, readonly SequenceStep[]>> = {
  // A tree with a decision point at day 5 [000 §7].
  hybrid: [
    { day: 1, when: 'new', move: 'first:score', says: 'first touch', seed: '[000 §8]' },
    { day: 5, when: 'connected', move: 'MESSAGE', says: 'accepted: first real message, question-led, 60-80 words', seed: '[000 §7]' },
    { day: 5, when: 'requestUnanswered', move: 'hookIfWorth', once: true, says: 'request not accepted: a different hook', seed: '[000 §7]' },
    {
      day: 8,
      when: 'inmailNoRequest',
      move: 'connectNote',
      once: true,
      says: 'InMail unanswered a week on: connect, note referencing it',
      seed: '[000 §1][003 seq 2]',
    },
    { day: 12, when: 'connected', move: 'MESSAGE', says: 'follow-up on the active thread', seed: '[000 §7]' },
    { day: 19, when: 'connected', move: 'MESSAGE', says: 'last value-add touch', seed: '[000 §7]' },
    { day: 19, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'no answer on LinkedIn: move to email or phone', seed: '[000 §7]' },
    { day: 20, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'sequence over, unanswered: email or phone', seed: '[000 §7]' },
  ],
  // [003] sequence 1.
  'connection-first': [
    { day: 1, when: 'new', move: 'first:connection', says: 'first touch', seed: '[003 seq 1]' },
    { day: 4, when: 'connected', move: 'MESSAGE', says: 'accepted: conversational first message, no pitch', seed: '[003 seq 1]' },
    { day: 8, when: 'connected', move: 'MESSAGE', says: 'value-add follow-up (article, case study)', seed: '[003 seq 1]' },
    { day: 15, when: 'connected', move: 'MESSAGE', says: 'final message with a clear ask', seed: '[003 seq 1]' },
    { day: 15, when: 'requestUnanswered', move: 'hookIfWorth', once: true, says: 'not accepted by day 15: InMail', seed: '[002][003]' },
    { day: 15, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'not accepted by day 15: email or phone', seed: '[003 seq 1]' },
    { day: 16, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'sequence over, unanswered: email or phone', seed: '[003 seq 1]' },
  ],
  // [003] sequence 2.
  'inmail-first': [
    { day: 1, when: 'new', move: 'first:inmail', says: 'first touch', seed: '[003 seq 2]' },
    { day: 3, when: 'inmailNoRequest', move: 'connectNote', once: true, says: 'no reply to the InMail: connect, note referencing it', seed: '[003 seq 2]' },
    { day: 10, when: 'connected', move: 'MESSAGE', says: 'accepted: circle back on the InMail', seed: '[003 seq 2]' },
    { day: 10, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'no reply or connection: email or phone', seed: '[003 seq 2]' },
    { day: 11, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'sequence over, unanswered: email or phone', seed: '[003 seq 2]' },
  ],
  // [003] sequence 3.
  multichannel: [
    { day: 1, when: 'new', move: 'first:connection', says: 'first touch', seed: '[003 seq 3]' },
    { day: 3, when: 'requestUnanswered', move: 'hook', once: true, says: 'not accepted by day 3: InMail', seed: '[003 seq 3]' },
    { day: 7, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'cold email to their work address', seed: '[003 seq 3]' },
    { day: 10, when: 'connected', move: 'MESSAGE', says: 'connected, no reply: LinkedIn message', seed: '[003 seq 3]' },
    { day: 14, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'second email, a different angle', seed: '[003 seq 3]' },
    { day: 21, when: 'connected', move: 'MESSAGE', says: 'final touch: LinkedIn message', seed: '[003 seq 3]' },
    { day: 21, when: 'notConnected', move: 'EMAIL_OR_PHONE', says: 'final touch: phone', seed: '[003 seq 3]' },
    { day: 22, onward: true, when: 'unanswered', move: 'EMAIL_OR_PHONE', says: 'sequence over, unanswered: email or phone', seed: '[003 seq 3]' },
  ],
};

/** Each template's first step names the side it leans to; read once, not per row. */
const FIRST_SIDE = Object.fromEntries(
  SEQUENCE_NAMES.map((name) => [name, (SEQUENCES[name][0] as SequenceStep).move.slice('first:'.length) as FirstSide]),
) as Record<SequenceName, FirstSide>;

/** Where a touch's reason comes from: a rule of section 4, a step of a sequence, or a reply. */
type Source = FirstRule | SequenceStep | 'replied';

/**
 * The next touch of one prospect: SPEC section 3's Channel, Day, Date, Cost and Reason. It keeps
 * what decided it, and builds the reason's words only when `explain()` is called: deciding a
 * million rows allocates one of these each, and nothing more.
 */
export class Touch {
  constructor(
    readonly channel: Channel,
    /** Sequence day, 1 = first touch; null for SKIP and after a reply. */
    readonly day: number | null,
    readonly date: Day | null,
    /** A one-time step whose day passed: due today. */
    readonly overdue: boolean,
    /** Not touched yet: its date is the Start Date, which the list plan may move. */
    readonly isNew: boolean,
    /** Expected dollars of this touch (section 3). */
    readonly cost: number,
    private readonly prospect: Prospect,
    private readonly settings: Settings,
    private readonly creditsLeft: boolean,
    private readonly source: Source,
    /** Why earlier steps were passed over ("no credits left this month"), when any were. */
    private readonly skipped: readonly string[] | null = null,
    /** What the list plan adds: when the invite goes out. */
    private readonly note: string | null = null,
  ) {}

  /** The same touch on the date the list plan gives it, saying why when it moved. */
  planned(date: Day, note: string | null): Touch {
    return new Touch(
      this.channel,
      this.day,
      date,
      this.overdue,
      this.isNew,
      this.cost,
      this.prospect,
      this.settings,
      this.creditsLeft,
      this.source,
      this.skipped,
      note,
    );
  }

  /** The reason, in a sales rep's words (outputs fit it to one line of 120 characters). */
  explain(): string {
    const { prospect: p, settings: s, source } = this;
    let text: string;
    if (source === 'replied') text = 'replied: continue the conversation';
    else if (typeof source === 'string') text = fitReason(explainFirst(source, p, factsOf(p, s), s, FIRST_SIDE[s.sequence], this.creditsLeft));
    else {
      const when = this.overdue ? `overdue since day ${source.day}` : `day ${this.day}`;
      const detail =
        this.channel === 'OPEN_PROFILE'
          ? 'Open Profile: free'
          : this.channel === 'INMAIL'
            ? inmailDetail(p, s)
            : this.channel === 'CONNECT'
              ? 'blank invite (no notes left)'
              : '';
      const dated = p.requestedOn !== undefined || p.inmailSentOn !== undefined;
      const parts = [`${when}: ${source.says}`, detail, this.skipped ? `skipped: ${this.skipped.join(', ')}` : ''];
      text = fitReason(parts.filter(Boolean).join('; ') + (dated ? '' : ' (request date unknown: counted from today)'));
    }
    return this.note ? `${text}; ${this.note}` : text;
  }
}

function inmailDetail(p: Prospect, s: Settings): string {
  const f = factsOf(p, s);
  return f.worthPaying ? `InMail, worth it (${worthPayingText(p, f, s)})` : 'InMail: 1 credit';
}

export const REASON_MAX = 120;

/**
 * Reasons are one line of at most 120 characters (SPEC section 3). The conclusion is at the end,
 * so a long reason first shortens its lists of signals ("(a, b, +2)") and only then is cut.
 */
export function fitReason(reason: string): string {
  let r = reason;
  while (r.length > REASON_MAX) {
    const shorter = r.replace(
      /\(([^()]*?), ([^(),]+?)(?:, \+(\d+))?\)/,
      (_m, head: string, _last: string, more?: string) => `(${head}, +${Number(more ?? 0) + 1})`,
    );
    if (shorter === r) break;
    r = shorter;
  }
  return r.length <= REASON_MAX ? r : `${r.slice(0, REASON_MAX - 3).trimEnd()}...`;
}

function holds(when: Condition, p: Prospect, f: Facts, requested: boolean): boolean {
  switch (when) {
    case 'new':
      return false; // only the first step, handled before the walk
    case 'connected':
      return f.connected;
    case 'notConnected':
    case 'unanswered':
      return when === 'unanswered' || !f.connected;
    case 'requestUnanswered':
      return requested && !f.connected && p.inmailSentOn === undefined;
    case 'inmailNoRequest':
      return p.inmailSentOn !== undefined && !requested && !f.connected && f.connectable;
  }
}

/** A move's channel, or null when it does not apply (the walk goes on), noting in `skipped` why. */
function pick(move: Move, f: Facts, s: Settings, creditsLeft: boolean, skipped: string[]): Channel | null {
  switch (move) {
    case 'hook':
    case 'hookIfWorth':
      if (f.openProfileUsable) return 'OPEN_PROFILE';
      if (!f.inmailUsable) skipped.push(`no InMail (${f.noInMail})`);
      else if (move === 'hookIfWorth' && !f.worthPaying) skipped.push('InMail not worth a credit');
      else if (!creditsLeft) skipped.push('no credits left this month');
      else return 'INMAIL';
      return null;
    case 'connectNote':
      return connectChannel(s);
    default:
      return move.startsWith('first:') ? null : (move as Channel);
  }
}

/** Nothing was skipped: shared, so a walk that skips nothing allocates no list. */
const NONE_SKIPPED: string[] = [];

/**
 * SPEC section 5. Day d = as-of - first touch + 1; the next touch is the first step at or after
 * day d whose condition holds; a one-time step already past and not done stays due today.
 */
export function nextTouch(p: Prospect, s: Settings, creditsLeft: boolean = s.credits > 0, f: Facts = factsOf(p, s)): Touch | RowError {
  if (p.replied === true) return new Touch('MESSAGE', null, null, false, false, 0, p, s, creditsLeft, 'replied');
  const steps = SEQUENCES[s.sequence];
  const status = p.connectionStatus;
  const requested = p.requestedOn !== undefined || (status !== undefined && status !== 'none' && status !== 'accepted');
  if (!requested && p.inmailSentOn === undefined) {
    const rule = decideFirst(p, f, s, FIRST_SIDE[s.sequence], creditsLeft);
    const channel = channelOf(rule, s);
    const skip = channel === 'SKIP';
    return new Touch(channel, skip ? null : 1, skip ? null : s.startDate, false, true, expectedCost(channel, s), p, s, creditsLeft, rule);
  }
  const r = p.requestedOn;
  const i = p.inmailSentOn;
  const firstTouch = r !== undefined && (i === undefined || r <= i) ? r : (i ?? s.asOf);
  if (firstTouch > s.asOf) {
    return new RowError(firstTouch === r ? 'Requested On' : 'InMail Sent On', `after the as-of date ${formatDay(s.asOf)}`, formatDay(firstTouch));
  }
  const today = s.asOf - firstTouch + 1;
  let skipped = NONE_SKIPPED;
  for (const step of steps) {
    if (step.day === 1 || !holds(step.when, p, f, requested)) continue;
    const due = step.onward ? Math.max(step.day, today) : step.day;
    const overdue = due < today;
    if (overdue && !step.once) continue;
    if (skipped === NONE_SKIPPED && (step.move === 'hook' || step.move === 'hookIfWorth')) skipped = [];
    const channel = pick(step.move, f, s, creditsLeft, skipped);
    if (!channel) continue;
    const date = overdue ? s.asOf : firstTouch + due - 1;
    return new Touch(channel, due, date, overdue, false, expectedCost(channel, s), p, s, creditsLeft, step, skipped.length ? skipped : null);
  }
  // Every template ends with an onward step that always holds; reaching here is a bug in a table.
  throw new Error(`sequence ${s.sequence} has no step for day ${today}`);
}
