/**
 * SPEC section 5: where a touched prospect stands. Each sequence template is a table of steps;
 * one resolver walks any of them. Adding a template is adding a table.
 */
import { expectedCost } from './cost.js';
import { type Day, formatDay } from './dates.js';
import { type Channel, type FirstSide, type Facts, connectionSide, decideFirst, factsOf, worthPayingText } from './decide.js';
import { type Prospect, RowError } from './fields.js';
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
    { day: 8, when: 'inmailNoRequest', move: 'connectNote', once: true, says: 'InMail unanswered a week on: connect, note referencing it', seed: '[000 §1][003 seq 2]' },
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

/** The next touch of one prospect: SPEC section 3's Channel, Day, Date, Cost and Reason. */
export interface Touch {
  readonly channel: Channel;
  /** Sequence day, 1 = first touch; null for SKIP and after a reply. */
  readonly day: number | null;
  readonly date: Day | null;
  /** A one-time step whose day passed: due today. */
  readonly overdue: boolean;
  /** Not touched yet: its date is the Start Date, which the list plan may move. */
  readonly isNew: boolean;
  /** Expected dollars of this touch (section 3). */
  readonly cost: number;
  /** The reason, built only when it is shown (outputs fit it to one line of 120 characters). */
  readonly explain: () => string;
}

/** Each template's first step names the side it leans to; read once, not per row. */
const FIRST_SIDE = Object.fromEntries(
  SEQUENCE_NAMES.map((name) => [name, (SEQUENCES[name][0] as SequenceStep).move.slice('first:'.length) as FirstSide]),
) as Record<SequenceName, FirstSide>;

export const REASON_MAX = 120;

/**
 * Reasons are one line of at most 120 characters (SPEC section 3). The conclusion is at the end,
 * so a long reason first shortens its lists of signals ("(a, b, +2)") and only then is cut.
 */
export function fitReason(reason: string): string {
  let r = reason;
  while (r.length > REASON_MAX) {
    const shorter = r.replace(/\(([^()]*?), ([^(),]+?)(?:, \+(\d+))?\)/, (_m, head: string, _last: string, more?: string) => `(${head}, +${Number(more ?? 0) + 1})`);
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

interface Picked {
  readonly channel: Channel;
  readonly detail: (() => string) | null;
}

const CONNECT_BLANK_DETAIL = () => 'blank invite (no notes left)';
const OPEN_PROFILE_DETAIL = () => 'Open Profile: free';

/** A move's channel, or null when it does not apply (the walk goes on), with `skipped` saying why. */
function pick(move: Move, p: Prospect, f: Facts, s: Settings, creditsLeft: boolean, skipped: string[]): Picked | null {
  switch (move) {
    case 'hook':
    case 'hookIfWorth': {
      if (f.openProfileUsable) return { channel: 'OPEN_PROFILE', detail: OPEN_PROFILE_DETAIL };
      if (!f.inmailUsable) {
        skipped.push(`no InMail (${f.noInMail})`);
        return null;
      }
      if (move === 'hookIfWorth' && !f.worthPaying) {
        skipped.push('InMail not worth a credit');
        return null;
      }
      if (!creditsLeft) {
        skipped.push('no credits left this month');
        return null;
      }
      return { channel: 'INMAIL', detail: () => (f.worthPaying ? `InMail, worth it (${worthPayingText(p, f, s)})` : 'InMail: 1 credit') };
    }
    case 'connectNote': {
      const side = connectionSide(s, () => '');
      return { channel: side.channel, detail: side.channel === 'CONNECT' ? CONNECT_BLANK_DETAIL : null };
    }
    default:
      return move.startsWith('first:') ? null : { channel: move as Channel, detail: null };
  }
}

const REPLIED = () => 'replied: continue the conversation';

/**
 * SPEC section 5. Day d = as-of - first touch + 1; the next touch is the first step at or after
 * day d whose condition holds; a one-time step already past and not done stays due today.
 */
export function nextTouch(p: Prospect, s: Settings, creditsLeft: boolean = s.credits > 0, f: Facts = factsOf(p, s)): Touch | RowError {
  if (p.replied === true) return { channel: 'MESSAGE', day: null, date: null, overdue: false, isNew: false, cost: 0, explain: REPLIED };
  const steps = SEQUENCES[s.sequence];
  const status = p.connectionStatus;
  const requested = p.requestedOn !== undefined || (status !== undefined && status !== 'none' && status !== 'accepted');
  if (!requested && p.inmailSentOn === undefined) {
    const d = decideFirst(p, f, s, FIRST_SIDE[s.sequence], creditsLeft);
    const skip = d.channel === 'SKIP';
    return { channel: d.channel, day: skip ? null : 1, date: skip ? null : s.startDate, overdue: false, isNew: true, cost: expectedCost(d.channel, s), explain: d.explain };
  }
  const r = p.requestedOn;
  const i = p.inmailSentOn;
  const firstTouch = r !== undefined && (i === undefined || r <= i) ? r : (i ?? s.asOf);
  if (firstTouch > s.asOf) {
    return new RowError(firstTouch === r ? 'Requested On' : 'InMail Sent On', `after the as-of date ${formatDay(s.asOf)}`, formatDay(firstTouch));
  }
  const today = s.asOf - firstTouch + 1;
  const skipped: string[] = [];
  for (const step of steps) {
    if (step.day === 1 || !holds(step.when, p, f, requested)) continue;
    const due = step.onward ? Math.max(step.day, today) : step.day;
    const overdue = due < today;
    if (overdue && !step.once) continue;
    const picked = pick(step.move, p, f, s, creditsLeft, skipped);
    if (!picked) continue;
    const dated = r !== undefined || i !== undefined;
    return {
      channel: picked.channel,
      day: due,
      date: overdue ? s.asOf : firstTouch + due - 1,
      overdue,
      isNew: false,
      cost: expectedCost(picked.channel, s),
      explain: () => {
        const when = overdue ? `overdue since day ${step.day}` : `day ${due}`;
        const parts = [`${when}: ${step.says}`, picked.detail?.() ?? '', skipped.length ? `skipped: ${skipped.join(', ')}` : ''];
        return parts.filter(Boolean).join('; ') + (dated ? '' : ' (request date unknown: counted from today)');
      },
    };
  }
  // Every template ends with an onward step that always holds; reaching here is a bug in a table.
  throw new Error(`sequence ${s.sequence} has no step for day ${today}`);
}
