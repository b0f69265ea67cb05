/**
 * SPEC section 4: the channel of a prospect not yet touched. The signals are tables, each beside
 * the seed it comes from; the rules are the numbered list of the spec, first match wins.
 */
import type { Channel, Prospect } from './model.js';
import type { Settings } from './settings.js';

interface Signal {
  readonly seed: string;
  /** Makes a paid credit "worth a meeting" [000 §3]; the number orders them in a reason. */
  readonly worth?: number;
  readonly holds: (p: Prospect, s: Settings) => boolean;
  /** How the reason names it for this prospect. */
  readonly label: (p: Prospect, s: Settings) => string;
}

export function isUrgent(p: Prospect, s: Settings): boolean {
  if (p.trigger !== undefined) return true;
  if (p.deadline === undefined) return false;
  const daysLeft = p.deadline - s.asOf;
  // A deadline already passed is no reason to hurry any more.
  return daysLeft >= 0 && daysLeft <= s.urgentWithinDays;
}

function urgentLabel(p: Prospect, s: Settings): string {
  if (p.trigger !== undefined)
    return p.trigger === 'trigger' ? 'trigger' : `trigger: ${p.trigger.replace(/[(),]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 24)}`;
  const daysLeft = (p.deadline as number) - s.asOf;
  return daysLeft === 0 ? 'deadline today' : `deadline in ${daysLeft}d`;
}

export function formatMoney(n: number): string {
  if (n >= 1e6) return `$${Number((n / 1e6).toFixed(1))}M`;
  if (n >= 1e3) return `$${Number((n / 1e3).toFixed(n >= 1e4 ? 0 : 1))}k`;
  return `$${n}`;
}

const isSenior = (p: Prospect) => p.seniority === 'c-level' || p.seniority === 'vp';

/** InMail signals, one point each ([000 §8] four questions, [001] value and seniority). */
export const INMAIL_SIGNALS: readonly Signal[] = [
  { seed: '[000 §8]', worth: 1, holds: (p) => p.namedAccount === true, label: () => 'named account' },
  { seed: '[000 §8][002]', worth: 5, holds: isUrgent, label: urgentLabel },
  { seed: '[000 §8]', holds: (p) => (p.degree ?? 0) >= 3, label: (p) => (p.degree === 4 ? 'out of network' : '3rd degree') },
  { seed: '[000 §8]', worth: 3, holds: (p) => p.seriousAsk === true, label: () => 'serious ask' },
  { seed: '[001][002]', worth: 4, holds: isSenior, label: (p) => p.seniority as string },
  {
    seed: '[001]',
    worth: 2,
    holds: (p, s) => p.dealValue !== undefined && p.dealValue >= s.highValue,
    label: (p) => `deal ${formatMoney(p.dealValue as number)}`,
  },
];

/** Connection signals, one point each; director counts for neither side. */
export const CONNECTION_SIGNALS: readonly Signal[] = [
  { seed: '[002][000 §9]', holds: (p) => p.warm === true, label: () => 'warm' },
  { seed: '[003]', holds: (p) => (p.mutualConnections ?? 0) >= 5, label: (p) => `${p.mutualConnections} mutual` },
  { seed: '[003]', holds: (p) => p.activeOnLinkedIn === true, label: () => 'active on LinkedIn' },
  { seed: '[000 §6]', holds: (p) => p.seniority === 'manager' || p.seniority === 'senior' || p.seniority === 'entry', label: (p) => `${p.seniority} level` },
];

const WORTH_PAYING_ORDER = INMAIL_SIGNALS.map((sig, i) => [sig.worth, i] as const)
  .filter((w): w is readonly [number, number] => w[0] !== undefined)
  .sort((a, b) => a[0] - b[0])
  .map((w) => w[1]);
const WORTH_PAYING_MASK = WORTH_PAYING_ORDER.reduce((m, i) => m | (1 << i), 0);
const URGENT_BIT = 1 << INMAIL_SIGNALS.findIndex((sig) => sig.holds === isUrgent);

/**
 * What is true of a prospect under the settings, computed once per row. Signals are bit masks:
 * deciding needs only their counts; their words are built when a reason is shown.
 */
export interface Facts {
  /** 1st degree, or a request accepted: "counts as 1st degree from then on". */
  readonly connected: boolean;
  readonly connectable: boolean;
  readonly openProfileUsable: boolean;
  /** Plan, recipient and credit balance allow a paid InMail at all. */
  readonly inmailUsable: boolean;
  /** Why InMail is not usable, in words, when it is not. */
  readonly noInMail: string;
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

function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** The words for the signals in `mask`, in `order`. */
function labelsOf(signals: readonly Signal[], mask: number, p: Prospect, s: Settings, order?: readonly number[]): string[] {
  const out: string[] = [];
  for (const i of order ?? signals.map((_, k) => k)) if (mask & (1 << i)) out.push((signals[i] as Signal).label(p, s));
  return out;
}

export function factsOf(p: Prospect, s: Settings): Facts {
  const paidPlan = s.plan.name !== 'free';
  const recipientTakesInMail = p.acceptsInMail !== false;
  const noInMail = !paidPlan ? 'free plan: no InMail' : !recipientTakesInMail ? 'InMail disabled' : s.credits <= 0 ? 'no credits' : '';
  const inmailMask = maskOf(INMAIL_SIGNALS, p, s);
  const connectionMask = maskOf(CONNECTION_SIGNALS, p, s);
  return {
    connected: p.degree === 1 || p.connectionStatus === 'accepted',
    connectable: p.acceptsConnections !== false,
    openProfileUsable: p.openProfile === true && paidPlan && recipientTakesInMail,
    inmailUsable: noInMail === '',
    noInMail,
    urgent: (inmailMask & URGENT_BIT) !== 0,
    inmailMask,
    inmailPoints: bits(inmailMask),
    connectionMask,
    connectionPoints: bits(connectionMask),
    worthPaying: (inmailMask & WORTH_PAYING_MASK) !== 0,
  };
}

/** "named account, c-level": why a credit is worth it. */
export function worthPayingText(p: Prospect, f: Facts, s: Settings): string {
  return labelsOf(INMAIL_SIGNALS, f.inmailMask, p, s, WORTH_PAYING_ORDER).join(', ');
}

/** The connection side (rule 7): a note while the plan's note quota lasts [003]. */
export function connectChannel(s: Settings): Channel {
  return s.notesPerMonth > 0 ? 'CONNECT_NOTE' : 'CONNECT';
}

function connectText(s: Settings, why: string): string {
  return s.notesPerMonth > 0 ? `${why}: connect, note <= ${s.plan.noteLength} chars` : `${why}: blank invite (no notes left), message once accepted`;
}

function count(n: number, what: string, list: readonly string[]): string {
  return `${n} ${what}${list.length ? ` (${list.join(', ')})` : ''}`;
}

function scoreText(p: Prospect, f: Facts, s: Settings): string {
  const ip = f.inmailPoints;
  return `${count(ip, ip === 1 ? 'InMail signal' : 'InMail signals', labelsOf(INMAIL_SIGNALS, f.inmailMask, p, s))} vs ${count(f.connectionPoints, 'connection', labelsOf(CONNECTION_SIGNALS, f.connectionMask, p, s))}`;
}

/** Which side a sequence's first step prefers: the score of rule 5, or the template's own channel. */
export type FirstSide = 'score' | 'connection' | 'inmail';

/** Which rule of section 4 decided: a name, so deciding allocates nothing and explaining can follow. */
export type FirstRule =
  | 'first-degree' // 1
  | 'no-path' // 2
  | 'only-open-profile' // 3
  | 'only-not-worth'
  | 'only-no-inmail'
  | 'only-inmail'
  | 'volume' // 4
  | 'open-profile' // 5 and 6
  | 'inmail'
  | 'inmail-fallback'
  | 'connect' // 5 and 7
  | 'connect-default';

const RULE_CHANNEL: Readonly<Record<FirstRule, Channel | 'connect'>> = {
  'first-degree': 'MESSAGE',
  'no-path': 'EMAIL_OR_PHONE',
  'only-open-profile': 'OPEN_PROFILE',
  'only-not-worth': 'SKIP',
  'only-no-inmail': 'SKIP',
  'only-inmail': 'INMAIL',
  volume: 'connect',
  'open-profile': 'OPEN_PROFILE',
  inmail: 'INMAIL',
  'inmail-fallback': 'connect',
  connect: 'connect',
  'connect-default': 'connect',
};

export function channelOf(rule: FirstRule, s: Settings): Channel {
  const c = RULE_CHANNEL[rule];
  return c === 'connect' ? connectChannel(s) : c;
}

/**
 * Rules 1-7 of SPEC section 4. `creditsLeft` is false when the list plan has handed out every
 * credit: the row then falls back as rule 3 and rule 6 say, with a reason that tells so.
 */
export function decideFirst(p: Prospect, f: Facts, s: Settings, prefer: FirstSide, creditsLeft: boolean): FirstRule {
  // 1. Never InMail a connection [001 FAQ][004].
  if (f.connected) return 'first-degree';
  // 2. No LinkedIn path at all.
  if (!f.connectable && !f.openProfileUsable && !f.inmailUsable) return 'no-path';
  // 3. InMail only: free Open Profile first [000 §5], a paid credit only if worth a meeting [000 §3].
  if (!f.connectable) {
    if (f.openProfileUsable) return 'only-open-profile';
    if (!f.worthPaying) return 'only-not-worth';
    return creditsLeft && f.inmailUsable ? 'only-inmail' : 'only-no-inmail';
  }
  // 4. Volume play: "the credit math doesn't work at volume" [000 §6][001].
  if (p.segmentSize !== undefined && p.segmentSize > s.volumeThreshold && p.namedAccount !== true) return 'volume';
  // 5. Score: "three yeses and the answer is almost always InMail" [000 §8]; else default to connecting [000 §1].
  const ip = f.inmailPoints;
  const cp = f.connectionPoints;
  if (!(prefer === 'inmail' || (prefer === 'score' && ip >= 3 && ip > cp))) {
    return prefer === 'score' && ip === 0 && cp === 0 ? 'connect-default' : 'connect';
  }
  // 6. InMail side: free before paid [000 §5].
  if (f.openProfileUsable) return 'open-profile';
  return f.inmailUsable && creditsLeft ? 'inmail' : 'inmail-fallback';
}

/** The reason in words for a rule of section 4, built only when it is shown. */
export function explainFirst(rule: FirstRule, p: Prospect, f: Facts, s: Settings, prefer: FirstSide, creditsLeft: boolean): string {
  const only = 'InMail only (not accepting connections)';
  const outOfCredits = f.inmailUsable && !creditsLeft ? 'no credits left this month' : '';
  const why = () => (prefer === 'score' ? scoreText(p, f, s) : `${prefer}-first sequence; ${scoreText(p, f, s)}`);
  switch (rule) {
    case 'first-degree':
      return '1st-degree connection: message for free, never InMail a connection';
    case 'no-path':
      return `no LinkedIn path: not accepting connections, ${p.openProfile ? '' : 'no Open Profile, '}${f.noInMail}`;
    case 'only-open-profile':
      return `${only}; Open Profile: free message`;
    case 'only-not-worth':
      return `${only}; not worth a credit: skip`;
    case 'only-no-inmail':
      return `${only}; ${outOfCredits || f.noInMail}: skip`;
    case 'only-inmail':
      return `${only}; worth a credit (${worthPayingText(p, f, s)})`;
    case 'volume':
      return connectText(s, `volume play: segment of ${p.segmentSize} > ${s.volumeThreshold}`);
    case 'open-profile':
      return `${why()}; Open Profile: free`;
    case 'inmail':
      return `${why()}; InMail: 1 credit`;
    case 'inmail-fallback':
      return connectText(s, `${why()}; ${outOfCredits || f.noInMail}`);
    case 'connect':
      return connectText(s, why());
    case 'connect-default':
      return connectText(s, 'no InMail signals: default to connecting');
  }
}
