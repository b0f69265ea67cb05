/**
 * SPEC section 4: the channel of a prospect not yet touched. The signals are tables, each beside
 * the seed it comes from; the rules are the numbered list of the spec, first match wins.
 */
import type { Prospect } from './fields.js';
import type { Settings } from './settings.js';

export const CHANNELS = ['MESSAGE', 'CONNECT_NOTE', 'CONNECT', 'OPEN_PROFILE', 'INMAIL', 'EMAIL_OR_PHONE', 'SKIP'] as const;
export type Channel = (typeof CHANNELS)[number];

interface Signal {
  readonly seed: string;
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
  if (p.trigger !== undefined) return p.trigger === 'trigger' ? 'trigger' : `trigger: ${p.trigger.replace(/[(),]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 24)}`;
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
  { seed: '[000 §8]', holds: (p) => p.namedAccount === true, label: () => 'named account' },
  { seed: '[000 §8][002]', holds: isUrgent, label: urgentLabel },
  { seed: '[000 §8]', holds: (p) => (p.degree ?? 0) >= 3, label: (p) => (p.degree === 4 ? 'out of network' : '3rd degree') },
  { seed: '[000 §8]', holds: (p) => p.seriousAsk === true, label: () => 'serious ask' },
  { seed: '[001][002]', holds: isSenior, label: (p) => p.seniority as string },
  { seed: '[001]', holds: (p, s) => p.dealValue !== undefined && p.dealValue >= s.highValue, label: (p) => `deal ${formatMoney(p.dealValue as number)}` },
];

/** Connection signals, one point each; director counts for neither side. */
export const CONNECTION_SIGNALS: readonly Signal[] = [
  { seed: '[002][000 §9]', holds: (p) => p.warm === true, label: () => 'warm' },
  { seed: '[003]', holds: (p) => (p.mutualConnections ?? 0) >= 5, label: (p) => `${p.mutualConnections} mutual` },
  { seed: '[003]', holds: (p) => p.activeOnLinkedIn === true, label: () => 'active on LinkedIn' },
  { seed: '[000 §6]', holds: (p) => p.seniority === 'manager' || p.seniority === 'senior' || p.seniority === 'entry', label: (p) => `${p.seniority} level` },
];

/** "Worth a meeting" [000 §3]: any of these justifies a paid credit. */
const WORTH_PAYING: readonly Signal[] = [INMAIL_SIGNALS[0], INMAIL_SIGNALS[5], INMAIL_SIGNALS[3], INMAIL_SIGNALS[4], INMAIL_SIGNALS[1]] as Signal[];

/** What is true of a prospect under the settings, computed once per row. */
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
  readonly worthPaying: readonly string[];
  readonly inmailSignals: readonly string[];
  readonly connectionSignals: readonly string[];
}

function labels(signals: readonly Signal[], p: Prospect, s: Settings): string[] {
  const out: string[] = [];
  for (const sig of signals) if (sig.holds(p, s)) out.push(sig.label(p, s));
  return out;
}

export function factsOf(p: Prospect, s: Settings): Facts {
  const paidPlan = s.plan.name !== 'free';
  const recipientTakesInMail = p.acceptsInMail !== false;
  const noInMail =
    !paidPlan ? 'free plan: no InMail'
    : !recipientTakesInMail ? 'InMail disabled'
    : s.credits <= 0 ? 'no credits'
    : '';
  return {
    connected: p.degree === 1 || p.connectionStatus === 'accepted',
    connectable: p.acceptsConnections !== false,
    openProfileUsable: p.openProfile === true && paidPlan && recipientTakesInMail,
    inmailUsable: noInMail === '',
    noInMail,
    urgent: isUrgent(p, s),
    worthPaying: labels(WORTH_PAYING, p, s),
    inmailSignals: labels(INMAIL_SIGNALS, p, s),
    connectionSignals: labels(CONNECTION_SIGNALS, p, s),
  };
}

export interface Decision {
  readonly channel: Channel;
  readonly reason: string;
}

/** The connection side (rule 7): a note while the plan's note quota lasts [003]. */
export function connectionSide(s: Settings, why: string): Decision {
  return s.notesPerMonth > 0
    ? { channel: 'CONNECT_NOTE', reason: `${why}: connect, note <= ${s.plan.noteLength} chars` }
    : { channel: 'CONNECT', reason: `${why}: blank invite (no notes left), message once accepted` };
}

function count(n: number, what: string, list: readonly string[]): string {
  return `${n} ${what}${list.length ? ` (${list.join(', ')})` : ''}`;
}

/** Which side a sequence's first step prefers: the score of rule 5, or the template's own channel. */
export type FirstSide = 'score' | 'connection' | 'inmail';

/**
 * Rules 1-7 of SPEC section 4. `creditsLeft` is false when the list plan has handed out every
 * credit: the row then falls back as rule 3 and rule 6 say, with a reason that tells so.
 */
export function decideFirst(p: Prospect, f: Facts, s: Settings, prefer: FirstSide, creditsLeft: boolean): Decision {
  // 1. Never InMail a connection [001 FAQ][004].
  if (f.connected) return { channel: 'MESSAGE', reason: '1st-degree connection: message for free, never InMail a connection' };
  const outOfCredits = f.inmailUsable && !creditsLeft ? 'no credits left this month' : '';
  // 2. No LinkedIn path at all.
  if (!f.connectable && !f.openProfileUsable && !f.inmailUsable) {
    return { channel: 'EMAIL_OR_PHONE', reason: `no LinkedIn path: not accepting connections, ${p.openProfile ? '' : 'no Open Profile, '}${f.noInMail}` };
  }
  // 3. InMail only: free Open Profile first [000 §5], a paid credit only if worth a meeting [000 §3].
  if (!f.connectable) {
    const only = 'InMail only (not accepting connections)';
    if (f.openProfileUsable) return { channel: 'OPEN_PROFILE', reason: `${only}; Open Profile: free message` };
    if (f.worthPaying.length === 0) return { channel: 'SKIP', reason: `${only}; not worth a credit: skip` };
    if (outOfCredits || !f.inmailUsable) return { channel: 'SKIP', reason: `${only}; ${outOfCredits || f.noInMail}: skip` };
    return { channel: 'INMAIL', reason: `${only}; worth a credit (${f.worthPaying.join(', ')})` };
  }
  // 4. Volume play: "the credit math doesn't work at volume" [000 §6][001].
  if (p.segmentSize !== undefined && p.segmentSize > s.volumeThreshold && p.namedAccount !== true) {
    return connectionSide(s, `volume play: segment of ${p.segmentSize} > ${s.volumeThreshold}`);
  }
  // 5. Score: "three yeses and the answer is almost always InMail" [000 §8]; else default to connecting [000 §1].
  const ip = f.inmailSignals.length;
  const cp = f.connectionSignals.length;
  const score = `${count(ip, ip === 1 ? 'InMail signal' : 'InMail signals', f.inmailSignals)} vs ${count(cp, 'connection', f.connectionSignals)}`;
  const inmailSide = prefer === 'inmail' || (prefer === 'score' && ip >= 3 && ip > cp);
  const why = prefer === 'score' ? score : `${prefer}-first sequence; ${score}`;
  if (!inmailSide) {
    return connectionSide(s, prefer === 'score' && ip === 0 && cp === 0 ? 'no InMail signals: default to connecting' : why);
  }
  // 6. InMail side: free before paid [000 §5].
  if (f.openProfileUsable) return { channel: 'OPEN_PROFILE', reason: `${why}; Open Profile: free` };
  if (f.inmailUsable && creditsLeft) return { channel: 'INMAIL', reason: `${why}; InMail: 1 credit` };
  return connectionSide(s, `${why}; ${outOfCredits || f.noInMail}`);
}
