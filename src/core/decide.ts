/**
 * SPEC section 4: the channel of a prospect not yet touched. The signals are tables, each beside
 * the seed it comes from; the rules are the numbered list of the spec, first match wins. What
 * this file returns is a plain `Decision`; the words come later, from reasons.ts.
 */
import { type Channel, type Day, type DecidedBy, type Decision, type FirstRule, FLAGS, type Prospect, type Settings, SKIPPED } from './model.js';
import { expectedCost } from './cost.js';
import { nextBusinessDay } from './dates.js';

/** The id names a signal for the words reasons.ts gives it. */
export type SignalId = 'named' | 'urgent' | 'far' | 'serious' | 'senior' | 'deal' | 'warm' | 'mutual' | 'active' | 'career';

interface Signal {
  readonly id: SignalId;
  readonly seed: string;
  /** Makes a paid credit "worth a meeting" [000 §3]. */
  readonly worth?: true;
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

/** InMail signals, one point each ([000 §8] four questions, [001] value and seniority); `inmailMaskOf` tests them. */
export const INMAIL_SIGNALS: readonly Signal[] = [
  { id: 'named', seed: '[000 §8]', worth: true },
  { id: 'urgent', seed: '[000 §8][002]', worth: true },
  { id: 'far', seed: '[000 §8]' },
  { id: 'serious', seed: '[000 §8]', worth: true },
  { id: 'senior', seed: '[001][002]', worth: true },
  { id: 'deal', seed: '[001]', worth: true },
];

/** Connection signals, one point each; director counts for neither side. `connectionMaskOf` tests them. */
export const CONNECTION_SIGNALS: readonly Signal[] = [
  { id: 'warm', seed: '[002][000 §9]' },
  { id: 'mutual', seed: '[003]' },
  { id: 'active', seed: '[003]' },
  { id: 'career', seed: '[000 §6]' },
];

const maskWhere = (signals: readonly Signal[], test: (s: Signal) => boolean) => signals.reduce((m, sig, i) => (test(sig) ? m | (1 << i) : m), 0);
/** A signal's bit in its table's mask. */
const bitOf = (signals: readonly Signal[], id: SignalId) => maskWhere(signals, (sig) => sig.id === id);
export const WORTH_PAYING_MASK = maskWhere(INMAIL_SIGNALS, (sig) => sig.worth === true);
export const URGENT_BIT = bitOf(INMAIL_SIGNALS, 'urgent');
export const WARM_BIT = bitOf(CONNECTION_SIGNALS, 'warm');
const NAMED_BIT = bitOf(INMAIL_SIGNALS, 'named');
const FAR_BIT = bitOf(INMAIL_SIGNALS, 'far');
const SERIOUS_BIT = bitOf(INMAIL_SIGNALS, 'serious');
const SENIOR_BIT = bitOf(INMAIL_SIGNALS, 'senior');
export const DEAL_BIT = bitOf(INMAIL_SIGNALS, 'deal');
export const MUTUAL_BIT = bitOf(CONNECTION_SIGNALS, 'mutual');
const ACTIVE_BIT = bitOf(CONNECTION_SIGNALS, 'active');
const CAREER_BIT = bitOf(CONNECTION_SIGNALS, 'career');

/**
 * Bit i set: INMAIL_SIGNALS[i] holds. The signals are tested here in plain code, not through a
 * function kept in each table entry: such a call site sees every signal's function and the engine
 * calls each the slow way (7% of deciding a row).
 */
function inmailMaskOf(p: Prospect, s: Settings): number {
  return (
    (p.namedAccount === true ? NAMED_BIT : 0) |
    (isUrgent(p, s) ? URGENT_BIT : 0) |
    ((p.degree ?? 0) >= 3 ? FAR_BIT : 0) |
    (p.seriousAsk === true ? SERIOUS_BIT : 0) |
    (isSenior(p) ? SENIOR_BIT : 0) |
    (p.dealValue !== undefined && p.dealValue >= s.highValue ? DEAL_BIT : 0)
  );
}

/** Bit i set: CONNECTION_SIGNALS[i] holds (see `inmailMaskOf`). */
function connectionMaskOf(p: Prospect): number {
  return (
    (p.warm === true ? WARM_BIT : 0) |
    ((p.mutualConnections ?? 0) >= MUTUAL_CONNECTIONS_THAT_COUNT ? MUTUAL_BIT : 0) |
    (p.activeOnLinkedIn === true ? ACTIVE_BIT : 0) |
    (p.seniority === 'manager' || p.seniority === 'senior' || p.seniority === 'entry' ? CAREER_BIT : 0)
  );
}

// Every signal of a table has its test above: a table entry with none would never count.
if (
  (NAMED_BIT | URGENT_BIT | FAR_BIT | SERIOUS_BIT | SENIOR_BIT | DEAL_BIT) !== (1 << INMAIL_SIGNALS.length) - 1 ||
  (WARM_BIT | MUTUAL_BIT | ACTIVE_BIT | CAREER_BIT) !== (1 << CONNECTION_SIGNALS.length) - 1
) {
  throw new Error('decide.ts: a signal has no test in its mask');
}

/** A request accepted: an Accepted On date implies it, whatever the status says. */
export function isAccepted(p: Prospect): boolean {
  return p.acceptedOn !== undefined || p.connectionStatus === 'accepted';
}

/** Connected: 1st degree, or a request accepted, which "counts as 1st degree from then on". The one test of it. */
export function isConnected(p: Prospect): boolean {
  return p.degree === 1 || isAccepted(p);
}

/**
 * Opted out of email and marked do not call: no email or phone touch can be made, so one is
 * passed over (a template's step) or is SKIP (the touch left when LinkedIn has none). The one test of it.
 */
export function noEmailOrCall(p: Prospect): boolean {
  return p.emailOptOut === true && p.doNotCall === true;
}

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

export function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** Facts that a decision fills in place, one per row, so deciding a long list allocates none. */
export class RowFacts implements Facts {
  connected = false;
  connectable = false;
  openProfileUsable = false;
  inmailPossible = false;
  urgent = false;
  inmailMask = 0;
  inmailPoints = 0;
  connectionMask = 0;
  connectionPoints = 0;
  worthPaying = false;

  /** What is true of `p` under `s`: the one place facts are computed. */
  fill(p: Prospect, s: Settings): this {
    const paidPlan = s.plan.creditsPerMonth > 0;
    const takesInMail = p.acceptsInMail !== false;
    const inmailMask = inmailMaskOf(p, s);
    const connectionMask = connectionMaskOf(p);
    this.connected = isConnected(p);
    this.connectable = p.acceptsConnections !== false;
    this.openProfileUsable = p.openProfile === true && paidPlan && takesInMail;
    this.inmailPossible = paidPlan && takesInMail;
    this.urgent = (inmailMask & URGENT_BIT) !== 0;
    this.inmailMask = inmailMask;
    this.inmailPoints = bitCount(inmailMask);
    this.connectionMask = connectionMask;
    this.connectionPoints = bitCount(connectionMask);
    this.worthPaying = (inmailMask & WORTH_PAYING_MASK) !== 0;
    return this;
  }
}

export function factsOf(p: Prospect, s: Settings): Facts {
  return new RowFacts().fill(p, s);
}

/** Which side a sequence's first step leans to: the score of rule 5, or the template's own channel. */
export type FirstSide = 'score' | 'connection' | 'inmail';

/** The connection side (rule 7): a note while the plan's note quota lasts [003]. */
export function connectChannel(s: Settings): Channel {
  return s.notesPerMonth > 0 ? 'CONNECT_NOTE' : 'CONNECT';
}

/** Each first-touch rule's channel ('connect': the connection side, `connectChannel`). */
function ruleChannel(rule: FirstRule): Channel | 'connect' {
  switch (rule) {
    case 'first-degree':
      return 'MESSAGE';
    case 'no-path':
    case 'only-no-credit':
      return 'EMAIL_OR_PHONE';
    case 'only-open-profile':
    case 'open-profile':
      return 'OPEN_PROFILE';
    case 'only-not-worth':
      return 'SKIP';
    case 'only-inmail':
    case 'inmail':
      return 'INMAIL';
    case 'warm':
    case 'volume':
    case 'inmail-fallback':
    case 'connect':
    case 'connect-default':
      return 'connect';
  }
}

/** Why a paid InMail was not possible, as SKIPPED bits: no InMail at all, not worth it, or no credit. */
export function inmailBlocked(f: Facts, credit: boolean, needWorth: boolean): number {
  if (!f.inmailPossible) return SKIPPED.noInMail;
  if (needWorth && !f.worthPaying) return SKIPPED.notWorth;
  return credit ? 0 : SKIPPED.noCredit;
}

/**
 * Rules 1-7 of SPEC section 4: the rule that matched. `credit` is false when no credit is left
 * (Credits 0, or the list handed them to higher-ranked rows). What it passed over is `firstSkipped`.
 */
export function firstRule(p: Prospect, f: Facts, s: Settings, lean: FirstSide, credit: boolean): FirstRule {
  // 1. Never InMail a connection [001 FAQ][004].
  if (f.connected) return 'first-degree';
  // 2. No LinkedIn path at all.
  if (!f.connectable && !f.openProfileUsable && !f.inmailPossible) return 'no-path';
  // 3. InMail only: free Open Profile first [000 §5], a paid credit only if worth a meeting [000 §3];
  //    worth reaching with no credit left: email or phone (v2).
  if (!f.connectable) {
    if (f.openProfileUsable) return 'only-open-profile';
    if (!f.worthPaying) return 'only-not-worth';
    return credit ? 'only-inmail' : 'only-no-credit';
  }
  // 3a. Warm: a connection message, not a credit [001 flowchart][002].
  if (p.warm === true) return 'warm';
  // 4. Too many similar prospects: "the credit math doesn't work at volume" [000 §6][001].
  if (p.segmentSize !== undefined && p.segmentSize > s.volumeThreshold && p.namedAccount !== true) return 'volume';
  // 5. Score: "three yeses and the answer is almost always InMail" [000 §8]; else default to connecting [000 §1].
  const ip = f.inmailPoints;
  const cp = f.connectionPoints;
  if (!(lean === 'inmail' || (lean === 'score' && ip >= INMAIL_POINTS_NEEDED && ip > cp))) {
    return lean === 'score' && ip === 0 && cp === 0 ? 'connect-default' : 'connect';
  }
  // 6. InMail side: free before paid [000 §5]; a paid credit only when worth it (v2: every template's InMail).
  if (f.openProfileUsable) return 'open-profile';
  return inmailBlocked(f, credit, true) === 0 ? 'inmail' : 'inmail-fallback';
}

/** What the rule of `firstRule` passed over, as SKIPPED bits. */
export function firstSkipped(rule: FirstRule, f: Facts, credit: boolean): number {
  switch (rule) {
    case 'no-path':
      return SKIPPED.noInMail;
    case 'only-not-worth':
      return SKIPPED.notWorth;
    case 'only-no-credit':
      return SKIPPED.noCredit;
    case 'inmail-fallback':
      return inmailBlocked(f, credit, true);
    default:
      return 0;
  }
}

/** `Touch.until` of a touch that stays due however late: a first touch, a step that is not one-time. */
export const DUE_ANY_DAY = 2 ** 31 - 1;

/**
 * A touch being decided: filled in place by the rules and the walk, then read once into a
 * Decision, an outcome or the plan's columns. Two of them (the touch, and an InMail's touch with
 * no credit) serve every row, so deciding a long list allocates no objects on the way.
 */
export class Touch {
  channel: Channel = 'SKIP';
  day: number | null = null;
  date: Day | null = null;
  by: DecidedBy = 'replied';
  step = -1;
  skipped = 0;
  flags = 0;
  /**
   * The last day a one-time step (a sequence's InMail or Open Profile message) stays due (SPEC 5):
   * neither a wait for the renewal nor the hold for Tuesday to Thursday may pass it.
   */
  until: Day = DUE_ANY_DAY;

  set(channel: Channel, day: number | null, date: Day | null, by: DecidedBy, step: number, skipped: number, flags: number): void {
    this.channel = channel;
    this.day = day;
    this.date = date;
    this.by = by;
    this.step = step;
    this.skipped = skipped;
    this.flags = flags;
    this.until = DUE_ANY_DAY;
  }
}

/** Builds a Decision from a touch: the one place its fields are filled, so every Decision has the same shape. */
export function decision(t: Touch, s: Settings, f: Facts, withoutCredit: Decision | null = null): Decision {
  return {
    channel: t.channel,
    day: t.day,
    date: t.date,
    cost: expectedCost(t.channel, s),
    by: t.by,
    step: t.step,
    skipped: t.skipped,
    flags: t.flags,
    inmailSignals: f.inmailMask,
    connectionSignals: f.connectionMask,
    movedFrom: null,
    duplicateOf: null,
    newerIn: null,
    withoutCredit,
  };
}

/**
 * The first touch of a prospect not yet touched: day 1, on the Start Date's business day. An
 * INMAIL fills `alt` (when given) with the same rules' touch with no credit; says whether it did.
 */
export function decideFirst(p: Prospect, f: Facts, s: Settings, lean: FirstSide, credit: boolean, out: Touch, alt: Touch | null): boolean {
  const rule = firstRule(p, f, s, lean, credit);
  const skipped = firstSkipped(rule, f, credit);
  const c = ruleChannel(rule);
  const channel = c === 'connect' ? connectChannel(s) : c === 'EMAIL_OR_PHONE' && noEmailOrCall(p) ? 'SKIP' : c;
  if (channel === 'SKIP') {
    out.set('SKIP', null, null, rule, -1, skipped, FLAGS.first);
    return false;
  }
  const date = nextBusinessDay(s.startDate, s.holidays);
  out.set(channel, 1, date, rule, -1, skipped, FLAGS.first | (date !== s.startDate ? FLAGS.businessDay : 0));
  if (channel !== 'INMAIL' || alt === null) return false;
  decideFirst(p, f, s, lean, false, alt, null);
  return true;
}
