/**
 * SPEC section 4: the channel of a prospect not yet touched. The signals are tables, each beside
 * the seed it comes from; the rules are the numbered list of the spec, first match wins. What
 * this file returns is a plain `Decision`; the words come later, from reasons.ts.
 */
import { type Channel, type Decision, type FirstRule, FLAGS, type Prospect, type Settings, SKIPPED } from './model.js';
import { expectedCost } from './cost.js';
import { nextBusinessDay } from './dates.js';

/** The id names a signal for the words reasons.ts gives it. */
export type SignalId = 'named' | 'urgent' | 'far' | 'serious' | 'senior' | 'deal' | 'warm' | 'mutual' | 'active' | 'career';

interface Signal {
  readonly id: SignalId;
  readonly seed: string;
  /** Makes a paid credit "worth a meeting" [000 §3]. */
  readonly worth?: true;
  readonly holds: (p: Prospect, s: Settings) => boolean;
}

export function isUrgent(p: Prospect, s: Settings): boolean {
  if (p.trigger !== undefined) return true;
  if (p.deadline === undefined) return false;
  const daysLeft = p.deadline - s.asOf;
  // A deadline already passed is no reason to hurry any more.
  return daysLeft >= 0 && daysLeft <= s.urgentWithinDays;
}

const isSenior = (p: Prospect) => p.seniority === 'c-level' || p.seniority === 'vp';

/** Mutual connections from which acceptance "jumps" [003]. */
export const MUTUAL_CONNECTIONS_THAT_COUNT = 5;

/** "Three yeses and the answer is almost always InMail" [000 §8]: InMail points the InMail side needs. */
export const INMAIL_POINTS_NEEDED = 3;

/** InMail signals, one point each ([000 §8] four questions, [001] value and seniority). */
export const INMAIL_SIGNALS: readonly Signal[] = [
  { id: 'named', seed: '[000 §8]', worth: true, holds: (p) => p.namedAccount === true },
  { id: 'urgent', seed: '[000 §8][002]', worth: true, holds: isUrgent },
  { id: 'far', seed: '[000 §8]', holds: (p) => (p.degree ?? 0) >= 3 },
  { id: 'serious', seed: '[000 §8]', worth: true, holds: (p) => p.seriousAsk === true },
  { id: 'senior', seed: '[001][002]', worth: true, holds: isSenior },
  { id: 'deal', seed: '[001]', worth: true, holds: (p, s) => p.dealValue !== undefined && p.dealValue >= s.highValue },
];

/** Connection signals, one point each; director counts for neither side. */
export const CONNECTION_SIGNALS: readonly Signal[] = [
  { id: 'warm', seed: '[002][000 §9]', holds: (p) => p.warm === true },
  { id: 'mutual', seed: '[003]', holds: (p) => (p.mutualConnections ?? 0) >= MUTUAL_CONNECTIONS_THAT_COUNT },
  { id: 'active', seed: '[003]', holds: (p) => p.activeOnLinkedIn === true },
  { id: 'career', seed: '[000 §6]', holds: (p) => p.seniority === 'manager' || p.seniority === 'senior' || p.seniority === 'entry' },
];

const maskWhere = (signals: readonly Signal[], test: (s: Signal) => boolean) => signals.reduce((m, sig, i) => (test(sig) ? m | (1 << i) : m), 0);
export const WORTH_PAYING_MASK = maskWhere(INMAIL_SIGNALS, (sig) => sig.worth === true);
export const URGENT_BIT = maskWhere(INMAIL_SIGNALS, (sig) => sig.id === 'urgent');
export const WARM_BIT = maskWhere(CONNECTION_SIGNALS, (sig) => sig.id === 'warm');

/** What is true of a prospect under the settings, computed once per row: plain booleans and bit masks. */
export interface Facts {
  /** 1st degree, or a request accepted: "counts as 1st degree from then on". */
  readonly connected: boolean;
  readonly connectable: boolean;
  readonly openProfileUsable: boolean;
  /** v2 "InMail possible": a paid plan and a prospect who takes InMail (a credit is asked separately). */
  readonly inmailPossible: boolean;
  readonly urgent: boolean;
  /** Bit i set: INMAIL_SIGNALS[i] holds. */
  readonly inmailMask: number;
  readonly inmailPoints: number;
  /** Bit i set: CONNECTION_SIGNALS[i] holds. */
  readonly connectionMask: number;
  readonly connectionPoints: number;
  readonly worthPaying: boolean;
}

function maskOf(signals: readonly Signal[], p: Prospect, s: Settings): number {
  let mask = 0;
  for (let i = 0; i < signals.length; i++) if ((signals[i] as Signal).holds(p, s)) mask |= 1 << i;
  return mask;
}

export function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

export function factsOf(p: Prospect, s: Settings): Facts {
  const paidPlan = s.plan.creditsPerMonth > 0;
  const takesInMail = p.acceptsInMail !== false;
  const inmailMask = maskOf(INMAIL_SIGNALS, p, s);
  const connectionMask = maskOf(CONNECTION_SIGNALS, p, s);
  return {
    connected: p.degree === 1 || p.connectionStatus === 'accepted' || p.acceptedOn !== undefined,
    connectable: p.acceptsConnections !== false,
    openProfileUsable: p.openProfile === true && paidPlan && takesInMail,
    inmailPossible: paidPlan && takesInMail,
    urgent: (inmailMask & URGENT_BIT) !== 0,
    inmailMask,
    inmailPoints: bitCount(inmailMask),
    connectionMask,
    connectionPoints: bitCount(connectionMask),
    worthPaying: (inmailMask & WORTH_PAYING_MASK) !== 0,
  };
}

/** Which side a sequence's first step leans to: the score of rule 5, or the template's own channel. */
export type FirstSide = 'score' | 'connection' | 'inmail';

/** The connection side (rule 7): a note while the plan's note quota lasts [003]. */
export function connectChannel(s: Settings): Channel {
  return s.notesPerMonth > 0 ? 'CONNECT_NOTE' : 'CONNECT';
}

const RULE_CHANNEL: Readonly<Record<FirstRule, Channel | 'connect'>> = {
  'first-degree': 'MESSAGE',
  'no-path': 'EMAIL_OR_PHONE',
  'only-open-profile': 'OPEN_PROFILE',
  'only-not-worth': 'SKIP',
  'only-inmail': 'INMAIL',
  'only-no-credit': 'EMAIL_OR_PHONE',
  warm: 'connect',
  volume: 'connect',
  'open-profile': 'OPEN_PROFILE',
  inmail: 'INMAIL',
  'inmail-fallback': 'connect',
  connect: 'connect',
  'connect-default': 'connect',
};

/** Why a paid InMail was not possible, as SKIPPED bits: no InMail at all, not worth it, or no credit. */
export function inmailBlocked(f: Facts, credit: boolean, needWorth: boolean): number {
  if (!f.inmailPossible) return SKIPPED.noInMail;
  if (needWorth && !f.worthPaying) return SKIPPED.notWorth;
  return credit ? 0 : SKIPPED.noCredit;
}

/**
 * Rules 1-7 of SPEC section 4, as the rule that matched and what it passed over. `credit` is
 * false when no credit is left (Credits 0, or the list handed them to higher-ranked rows).
 */
export function firstRule(p: Prospect, f: Facts, s: Settings, lean: FirstSide, credit: boolean): [FirstRule, number] {
  // 1. Never InMail a connection [001 FAQ][004].
  if (f.connected) return ['first-degree', 0];
  // 2. No LinkedIn path at all.
  if (!f.connectable && !f.openProfileUsable && !f.inmailPossible) return ['no-path', SKIPPED.noInMail];
  // 3. InMail only: free Open Profile first [000 §5], a paid credit only if worth a meeting [000 §3];
  //    worth reaching with no credit left: email or phone (v2).
  if (!f.connectable) {
    if (f.openProfileUsable) return ['only-open-profile', 0];
    if (!f.worthPaying) return ['only-not-worth', SKIPPED.notWorth];
    return credit ? ['only-inmail', 0] : ['only-no-credit', SKIPPED.noCredit];
  }
  // 3a. Warm: a connection message, not a credit [001 flowchart][002].
  if (p.warm === true) return ['warm', 0];
  // 4. Too many similar prospects: "the credit math doesn't work at volume" [000 §6][001].
  if (p.segmentSize !== undefined && p.segmentSize > s.volumeThreshold && p.namedAccount !== true) return ['volume', 0];
  // 5. Score: "three yeses and the answer is almost always InMail" [000 §8]; else default to connecting [000 §1].
  const ip = f.inmailPoints;
  const cp = f.connectionPoints;
  if (!(lean === 'inmail' || (lean === 'score' && ip >= INMAIL_POINTS_NEEDED && ip > cp))) {
    return [lean === 'score' && ip === 0 && cp === 0 ? 'connect-default' : 'connect', 0];
  }
  // 6. InMail side: free before paid [000 §5]; a paid credit only when worth it (v2: every template's InMail).
  if (f.openProfileUsable) return ['open-profile', 0];
  const blocked = inmailBlocked(f, credit, true);
  return blocked === 0 ? ['inmail', 0] : ['inmail-fallback', blocked];
}

/** Builds a Decision: the one place its fields are filled, so every Decision has the same shape. */
export function decision(
  channel: Channel,
  day: number | null,
  date: number | null,
  s: Settings,
  f: Facts,
  by: Decision['by'],
  step: number,
  skipped: number,
  flags: number,
  withoutCredit: Decision | null = null,
): Decision {
  return {
    channel,
    day,
    date,
    cost: expectedCost(channel, s),
    by,
    step,
    skipped,
    flags,
    inmailSignals: f.inmailMask,
    connectionSignals: f.connectionMask,
    movedFrom: null,
    duplicateOf: null,
    withoutCredit,
  };
}

/** The first touch of a prospect not yet touched: day 1, on the Start Date's business day. */
export function decideFirst(p: Prospect, f: Facts, s: Settings, lean: FirstSide, credit: boolean): Decision {
  const [rule, skipped] = firstRule(p, f, s, lean, credit);
  const c = RULE_CHANNEL[rule];
  const channel = c === 'connect' ? connectChannel(s) : c;
  if (channel === 'SKIP') return decision('SKIP', null, null, s, f, rule, -1, skipped, FLAGS.first);
  const date = nextBusinessDay(s.startDate, s.holidays);
  const flags = FLAGS.first | (date !== s.startDate ? FLAGS.businessDay : 0);
  const alt = channel === 'INMAIL' ? decideFirst(p, f, s, lean, false) : null;
  return decision(channel, 1, date, s, f, rule, -1, skipped, flags, alt);
}
