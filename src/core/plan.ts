/**
 * SPEC section 6: the list as a whole, against the sender's budgets. Rows go in one at a time
 * (`add`: each decided once), the plan is made once (`finish`: it adjusts the decisions for
 * credits, duplicates, notes, invitation caps and InMail days, and never decides again), then each
 * row's outcome is read back (`outcome`). Between the calls a row is a few typed-array cells, so a
 * million-row file plans in flat memory and a sheet plans in memory through the same code.
 */
import { CHANNELS, type Channel, type Day, type DecidedBy, type Decision, FIRST_RULES, FLAGS, type Prospect, RowError, type Settings } from './model.js';
import { formatDay as dayText, inCalendar, sortedIndexOf, isBusinessDay, mondayOf, nextBusinessDay, nextRenewal, nextTueToThu } from './dates.js';
import { type Facts, type Touch, URGENT_BIT, WARM_BIT, bitCount } from './decide.js';
import { expectedCost, expectedReplies, roundCents } from './cost.js';
import { decideInto, historyError, isPendingRequest } from './sequences.js';
import { normalizeEmail, normalizeProfileUrl } from './keys.js';
import { type CampaignNumbers, NumbersCounter, acceptanceInForce } from './numbers.js';

export type RowInput = Prospect | RowError | 'blank';

/** A row's planned next touch, with the prospect and settings its words are read from (reasons.ts). */
export interface Outcome extends Decision {
  readonly prospect: Prospect;
  readonly settings: Settings;
}
export type RowOutcome = Outcome | RowError | 'blank';

export interface WeekLoad {
  readonly monday: Day;
  readonly planned: number;
  /** Requests already recorded (Requested On) in that week: they count against the cap too. */
  readonly alreadySent: number;
}

export interface PlanSummary {
  readonly rows: number;
  readonly blank: number;
  readonly errors: number;
  readonly duplicates: number;
  readonly channels: Readonly<Record<Channel, number>>;
  readonly creditsWanted: number;
  readonly creditsUsed: number;
  readonly creditsAvailable: number;
  /** InMails dated at the next renewal (When Credits Run Out = next-month), and that date. */
  readonly creditsWaiting: number;
  readonly renewal: Day | null;
  readonly notesUsed: number;
  readonly expectedReplies: number;
  readonly expectedCost: number;
  readonly costPerReply: number | null;
  /** Expected InMail cost / replies the paid InMails are expected to bring (SPEC 6, v2). */
  readonly paidReplies: number;
  readonly costPerPaidReply: number | null;
  readonly invitations: number;
  /** Weeks with invitations, the first WEEKS_LISTED of them; `weekCount` counts them all. */
  readonly weeks: readonly WeekLoad[];
  readonly weekCount: number;
  readonly firstInvitation: Day | null;
  readonly lastInvitation: Day | null;
  /** Invitations pending in the sheet, and how many of them are due for withdrawal. */
  readonly pendingInvitations: number;
  readonly withdrawalsDue: number;
  readonly warnings: readonly string[];
  /** The campaign's own numbers, measured from the list's history (SPEC 10). */
  readonly numbers: CampaignNumbers;
}

/** Weeks listed one by one in the summary; the rest are counted (a chart shows fewer still). */
export const WEEKS_LISTED = 53;

/** Warning thresholds, each with its source, in one table. */
export const THRESHOLDS = {
  /** Invitations a week in the "safe zone" [003]. */
  weeklyInvitesSafe: 100,
  /** Invitations a day at most [001][003]. */
  dailyInvitesMax: 30,
  /** Acceptance under this: LinkedIn may restrict invitations [003]. */
  acceptanceFloor: 0.2,
  /** InMail reply under this: refunds stop cushioning the cost [000 §3]. */
  inmailReplyFloor: 0.1,
  /** Open Profile messages a month LinkedIn allows [003]. */
  openProfilePerMonth: 800,
  /** Pending invitations past which LinkedIn may force withdrawals [003]. */
  pendingInvitesMax: 3000,
} as const;

interface WarningContext {
  readonly s: Settings;
  readonly sum: Omit<PlanSummary, 'warnings'>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Every warning of the summary: when it shows and what it says (no sources in the words). */
export const WARNINGS: ReadonlyArray<{ readonly when: (c: WarningContext) => boolean; readonly text: (c: WarningContext) => string }> = [
  { when: (c) => c.sum.errors > 0, text: (c) => `${plural(c.sum.errors, 'row has', 'rows have')} an error: see the ERROR cells` },
  {
    when: (c) => c.sum.creditsWanted > c.sum.creditsAvailable,
    text: (c) => {
      const wanted = `${c.sum.creditsWanted} prospects want a paid InMail`;
      const left = `${plural(c.sum.creditsAvailable, 'credit')} left`;
      const over = c.sum.creditsWanted - c.sum.creditsAvailable;
      const after =
        c.sum.creditsWaiting > 0
          ? `${c.sum.creditsWaiting} wait for the renewal, ${over - c.sum.creditsWaiting} fall back`
          : `${over} fall back to connecting or email`;
      return `${wanted} but ${left}: ${after}`;
    },
  },
  {
    when: (c) => c.s.credits > c.s.plan.maxHeld && c.s.plan.maxHeld > 0,
    text: (c) => `Credits ${c.s.credits} is more than ${c.s.plan.name} can hold (${c.s.plan.maxHeld})`,
  },
  {
    when: (c) => c.sum.weekCount > 1 && c.sum.lastInvitation !== null && c.sum.weeks.some((w) => w.planned + w.alreadySent >= c.s.weeklyInviteCap),
    text: (c) =>
      `${plural(c.sum.invitations, 'connection request')} take ${c.sum.weekCount} weeks at ${c.s.weeklyInviteCap}/week: the last goes out ${dayText(c.sum.lastInvitation as Day)}`,
  },
  {
    when: (c) => c.s.weeklyInviteCap > THRESHOLDS.weeklyInvitesSafe,
    text: (c) => `Weekly Invite Cap ${c.s.weeklyInviteCap} is over the ~${THRESHOLDS.weeklyInvitesSafe}/week safe zone: restriction risk`,
  },
  {
    when: (c) => c.s.dailyInviteCap > THRESHOLDS.dailyInvitesMax,
    text: (c) => `Daily Invite Cap ${c.s.dailyInviteCap} is over ${THRESHOLDS.dailyInvitesMax} a day: restriction risk`,
  },
  {
    // The measured acceptance once 20 requests are decided, the assumed one before (SPEC 10).
    when: (c) => acceptanceInForce(c.sum.numbers, c.s).rate < THRESHOLDS.acceptanceFloor,
    text: (c) => {
      const a = acceptanceInForce(c.sum.numbers, c.s);
      return a.measured
        ? `your acceptance is ${Math.round(a.rate * 100)}% (n=${a.measured.n}), below ${THRESHOLDS.acceptanceFloor * 100}%: LinkedIn may restrict your invitations`
        : `acceptance below ${THRESHOLDS.acceptanceFloor * 100}%: LinkedIn may restrict your invitations`;
    },
  },
  {
    when: (c) => c.s.inmailReplyRate < THRESHOLDS.inmailReplyFloor && c.sum.creditsWanted > 0,
    text: () => `InMail reply rate under ${THRESHOLDS.inmailReplyFloor * 100}%: refunds stop cushioning the cost`,
  },
  {
    when: (c) => c.sum.channels.OPEN_PROFILE > THRESHOLDS.openProfilePerMonth,
    text: (c) => `${c.sum.channels.OPEN_PROFILE} Open Profile messages: over the ~${THRESHOLDS.openProfilePerMonth} a month LinkedIn allows`,
  },
  {
    when: (c) => c.sum.pendingInvitations > THRESHOLDS.pendingInvitesMax,
    text: (c) =>
      `${plural(c.sum.pendingInvitations, 'invitation')} pending: past ~${THRESHOLDS.pendingInvitesMax.toLocaleString('en-US')} LinkedIn may withdraw them for you; ${c.sum.withdrawalsDue} are due for withdrawal`,
  },
];

/** A typed array that grows: a few bytes per row, not an object. */
/** Three kinds of typed array only, so pushing stays one fast path in the engine. */
class Column<A extends Int32Array | Float64Array | Uint8Array> {
  length = 0;
  constructor(public data: A) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => A)(Math.max(1024, Math.ceil(this.data.length * 1.5)));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  /** Drops the spare room once no row is added any more. */
  trim(): A {
    if (this.data.length !== this.length) this.data = this.data.slice(0, this.length) as A;
    return this.data;
  }
}

const NONE = -2147483648;
const CHANNEL_CODE: Readonly<Record<Channel, number>> = Object.fromEntries(CHANNELS.map((c, i) => [c, i])) as Record<Channel, number>;
const BY: readonly (DecidedBy | 'error')[] = [...FIRST_RULES, 'step', 'withdraw', 'replied', 'finished', 'duplicate', 'error'];
const BY_CODE = Object.fromEntries(BY.map((b, i) => [b, i])) as Record<DecidedBy | 'error', number>;
const ERROR = BY_CODE.error;

/**
 * Decisions as columns of typed arrays: 26 bytes a row, whatever the caps and dates. A decision
 * goes in whole and comes out whole; nothing in between re-decides it.
 */
class DecisionColumns {
  readonly row = new Column(new Int32Array(1024));
  readonly channel = new Column(new Uint8Array(1024));
  readonly day = new Column(new Int32Array(1024));
  readonly date = new Column(new Int32Array(1024));
  readonly by = new Column(new Uint8Array(1024));
  /** The step index + 1 (0: none). */
  readonly step = new Column(new Uint8Array(1024));
  readonly skipped = new Column(new Uint8Array(1024));
  readonly flags = new Column(new Int32Array(1024));
  readonly inmail = new Column(new Uint8Array(1024));
  readonly connection = new Column(new Uint8Array(1024));
  /** movedFrom, or duplicateOf for a duplicate, or the errant date of a row error. */
  readonly aux = new Column(new Int32Array(1024));

  get length(): number {
    return this.row.length;
  }

  push(row: number, d: Decision): number {
    this.row.push(row);
    this.channel.push(CHANNEL_CODE[d.channel]);
    this.day.push(d.day ?? NONE);
    this.date.push(d.date ?? NONE);
    this.by.push(BY_CODE[d.by]);
    this.step.push(d.step + 1);
    this.skipped.push(d.skipped);
    this.flags.push(d.flags);
    this.inmail.push(d.inmailSignals);
    this.connection.push(d.connectionSignals);
    this.aux.push(d.movedFrom ?? d.duplicateOf ?? NONE);
    return this.row.length - 1;
  }

  /** A decided touch, as `push` would store its Decision. */
  pushTouch(row: number, t: Touch, f: Facts): number {
    this.row.push(row);
    this.channel.push(CHANNEL_CODE[t.channel]);
    this.day.push(t.day ?? NONE);
    this.date.push(t.date ?? NONE);
    this.by.push(BY_CODE[t.by]);
    this.step.push(t.step + 1);
    this.skipped.push(t.skipped);
    this.flags.push(t.flags);
    this.inmail.push(f.inmailMask);
    this.connection.push(f.connectionMask);
    this.aux.push(NONE);
    return this.row.length - 1;
  }

  /** A row error found by the decision (a history date after the as-of date): which date, and its value. */
  pushError(row: number, which: number, date: Day): void {
    this.push(row, { ...EMPTY, by: 'replied', step: which });
    this.by.data[this.length - 1] = ERROR;
    this.aux.data[this.length - 1] = date;
  }

  set(i: number, d: Decision): void {
    this.channel.data[i] = CHANNEL_CODE[d.channel];
    this.day.data[i] = d.day ?? NONE;
    this.date.data[i] = d.date ?? NONE;
    this.by.data[i] = BY_CODE[d.by];
    this.step.data[i] = d.step + 1;
    this.skipped.data[i] = d.skipped;
    this.flags.data[i] = d.flags;
  }

  get(i: number): Decision {
    const day = this.day.data[i] as number;
    const date = this.date.data[i] as number;
    const aux = this.aux.data[i] as number;
    const by = BY[this.by.data[i] as number] as DecidedBy;
    const channel = CHANNELS[this.channel.data[i] as number] as Channel;
    return {
      channel,
      day: day === NONE ? null : day,
      date: date === NONE ? null : date,
      cost: 0,
      by,
      step: (this.step.data[i] as number) - 1,
      skipped: this.skipped.data[i] as number,
      flags: this.flags.data[i] as number,
      inmailSignals: this.inmail.data[i] as number,
      connectionSignals: this.connection.data[i] as number,
      movedFrom: by !== 'duplicate' && aux !== NONE ? aux : null,
      duplicateOf: by === 'duplicate' ? aux : null,
      withoutCredit: null,
    };
  }

  trim(): void {
    for (const c of [this.row, this.channel, this.day, this.date, this.by, this.step, this.skipped, this.flags, this.inmail, this.connection, this.aux])
      c.trim();
  }
}

const EMPTY: Decision = {
  channel: 'SKIP',
  day: null,
  date: null,
  cost: 0,
  by: 'replied',
  step: -1,
  skipped: 0,
  flags: 0,
  inmailSignals: 0,
  connectionSignals: 0,
  movedFrom: null,
  duplicateOf: null,
  withoutCredit: null,
};

/**
 * Invitation slots: at most `daily` a business day and `weekly` a Monday-Sunday week. Days up to
 * the `horizon` (the latest day any invitation may start from) are counted one by one; past it
 * every invitation goes to the next free slot in turn, so the calendar keeps one cursor there,
 * not a day per invitation: its memory does not grow with how far the invitations run.
 */
class InviteCalendar {
  /** Invitations per day and per week up to the horizon's week (recorded ones included). */
  private readonly perDay = new Map<Day, number>();
  private readonly perWeek = new Map<Day, number>();
  private readonly sentPerWeek = new Map<Day, number>();
  /** A full day's link to a later day that may have room (path-compressed). */
  private readonly next = new Map<Day, Day>();
  private horizon = 0;
  private horizonWeek = 0;
  // Past the horizon: the cursor day, its invitations, and its week's (when past the horizon's week).
  private cursor = 0;
  private cursorDay = 0;
  private cursorWeek = 0;
  constructor(
    private readonly daily: number,
    private readonly weekly: number,
    private readonly holidays: readonly Day[],
  ) {}

  recordSent(day: Day): void {
    this.perDay.set(day, (this.perDay.get(day) ?? 0) + 1);
    const w = mondayOf(day);
    this.perWeek.set(w, (this.perWeek.get(w) ?? 0) + 1);
    this.sentPerWeek.set(w, (this.sentPerWeek.get(w) ?? 0) + 1);
  }

  /** The latest day any invitation may start from (and no earlier than any recorded one): set once, before placing. */
  startPlacing(horizon: Day): void {
    for (const d of this.perDay.keys()) horizon = Math.max(horizon, d);
    this.horizon = horizon;
    this.horizonWeek = mondayOf(horizon);
    this.cursor = horizon + 1;
    this.cursorDay = 0;
    this.cursorWeek = 0;
  }

  private weekLoad(monday: Day): number {
    return monday <= this.horizonWeek ? (this.perWeek.get(monday) ?? 0) : this.cursorWeek;
  }

  /** Why `day` takes no invitation: closed (weekend, Holiday), its week full, its day full; or null. */
  private fullness(day: Day, load: number): 'closed' | 'week' | 'day' | null {
    if (!isBusinessDay(day, this.holidays)) return 'closed';
    if (this.weekLoad(mondayOf(day)) >= this.weekly) return 'week';
    return load >= this.daily ? 'day' : null;
  }

  /** The slot for an invitation that may go out from `earliest` on; `why` learns which cap moved it there. */
  place(earliest: Day, why: { cap: 'day' | 'week' | null; on: Day }): Day {
    why.cap = null;
    // The last cap met is the one that explains the date.
    const note = (full: 'closed' | 'week' | 'day' | null, d: Day) => {
      if (full === null || full === 'closed') return;
      why.cap = full;
      why.on = full === 'week' ? mondayOf(d) : d;
    };
    let d = earliest;
    const path: Day[] = [];
    while (d <= this.horizon) {
      const full = this.fullness(d, this.perDay.get(d) ?? 0);
      if (full === null) break;
      note(full, d);
      const to = full === 'week' ? mondayOf(d) + 7 : (this.next.get(d) ?? d + 1);
      path.push(d);
      d = Math.max(to, d + 1);
    }
    if (d <= this.horizon) {
      for (const p of path) this.next.set(p, d);
      this.perDay.set(d, (this.perDay.get(d) ?? 0) + 1);
      const w = mondayOf(d);
      this.perWeek.set(w, (this.perWeek.get(w) ?? 0) + 1);
      return d;
    }
    // Past the horizon every invitation takes the next free slot in turn.
    for (const p of path) this.next.set(p, this.horizon + 1);
    if (d > this.cursor) this.moveCursor(d);
    for (;;) {
      const full = this.fullness(this.cursor, this.cursorDay);
      if (full === null) break;
      note(full, this.cursor);
      this.moveCursor(full === 'week' ? mondayOf(this.cursor) + 7 : this.cursor + 1);
    }
    this.cursorDay++;
    const w = mondayOf(this.cursor);
    if (w <= this.horizonWeek) this.perWeek.set(w, (this.perWeek.get(w) ?? 0) + 1);
    else this.cursorWeek++;
    return this.cursor;
  }

  private moveCursor(to: Day): void {
    if (mondayOf(to) !== mondayOf(this.cursor)) this.cursorWeek = 0;
    this.cursor = to;
    this.cursorDay = 0;
  }

  alreadySent(monday: Day): number {
    return this.sentPerWeek.get(monday) ?? 0;
  }
}

/** Everything `outcome` needs once the plan is made: plain data a worker thread can receive. */
export interface PlanSnapshot {
  readonly settings: Settings;
  readonly summary: PlanSummary;
  readonly firstRowNumber: number;
  readonly columns: Readonly<Record<string, Int32Array | Uint8Array>>;
}

export interface PlannerOptions {
  /** How the user numbers the first row added (row index 0): 2 in a sheet whose header is row 1. */
  readonly firstRowNumber?: number;
}

/** FNV-1a over a key, as a number that fits a double exactly: duplicates are found by hash, 53 bits wide. */
function keyHash(key: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 2 ** 21 + ((h2 >>> 0) & 0x1fffff);
}

/** The key a row is one prospect by: its profile URL, else its email (SPEC 5 and 6). */
function duplicateKey(p: Prospect): string | undefined {
  if (p.linkedinUrl !== undefined && p.linkedinUrl !== '') return `u ${normalizeProfileUrl(p.linkedinUrl)}`;
  if (p.email !== undefined && p.email !== '') return `e ${normalizeEmail(p.email)}`;
  return undefined;
}

export class ListPlanner {
  private rowsSeen = 0;
  private lastRow = -1;
  private blank = 0;
  private inputErrors = 0;
  private pending = 0;
  private readonly calendar: InviteCalendar;
  private readonly store = new DecisionColumns();
  private readonly firstRowNumber: number;
  // Pass 1 only, dropped by `finish`: duplicate keys, and the rows that want a budget.
  private keys: Column<Float64Array> | null = new Column(new Float64Array(1024));
  private claims: Column<Int32Array> | null = new Column(new Int32Array(1024));
  private deals: Column<Float64Array> | null = new Column(new Float64Array(1024));
  /** For each claim, where its no-credit touch is in `fallbacks`, or -1. */
  private fallbackOf: Column<Int32Array> | null = new Column(new Int32Array(1024));
  private fallbacks: DecisionColumns | null = new DecisionColumns();
  private summary: PlanSummary | undefined;
  private readonly numbers: NumbersCounter;

  constructor(
    readonly settings: Settings,
    options: PlannerOptions = {},
  ) {
    this.firstRowNumber = options.firstRowNumber ?? 2;
    this.calendar = new InviteCalendar(settings.dailyInviteCap, settings.weeklyInviteCap, settings.holidays);
    this.numbers = new NumbersCounter(settings);
  }

  /** Rows must come in increasing row order (any numbering: sheet rows, file records). */
  add(rowIndex: number, input: RowInput): void {
    if (this.summary) throw new Error('ListPlanner.add after finish');
    if (rowIndex <= this.lastRow) throw new Error(`ListPlanner.add: row ${rowIndex} after row ${this.lastRow}`);
    this.lastRow = rowIndex;
    this.rowsSeen++;
    this.numbers.add(input);
    if (input === 'blank') return void this.blank++;
    if (input instanceof RowError) return void this.inputErrors++;
    const s = this.settings;
    const d = decideInto(input, s);
    if (d.error !== -2) {
      this.store.pushError(rowIndex, d.error, d.error >= 0 ? d.errorDate : 0);
      (this.keys as Column<Float64Array>).push(Number.NaN);
      return;
    }
    const t = d.touch;
    const i = this.store.pushTouch(rowIndex, t, d.facts);
    const key = duplicateKey(input);
    (this.keys as Column<Float64Array>).push(key === undefined ? Number.NaN : keyHash(key));
    if (isPendingRequest(input)) this.pending++;
    if (input.requestedOn !== undefined && input.requestedOn >= mondayOf(Math.min(s.startDate, s.asOf))) this.calendar.recordSent(input.requestedOn);
    if (t.channel === 'INMAIL' || t.channel === 'CONNECT_NOTE' || t.channel === 'CONNECT') {
      (this.claims as Column<Int32Array>).push(i);
      (this.deals as Column<Float64Array>).push(input.dealValue ?? 0);
      const alts = this.fallbacks as DecisionColumns;
      (this.fallbackOf as Column<Int32Array>).push(d.hasAlt ? alts.pushTouch(rowIndex, d.alt, d.facts) : -1);
    }
  }

  /** Rows in the list's priority order: InMail points, then deal value, then urgency, then row order. */
  private priorityOrder(claims: Int32Array, deals: Float64Array): Int32Array {
    const n = claims.length;
    const inmail = this.store.inmail.data;
    const points = new Uint8Array(n);
    const urgent = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      const m = inmail[claims[k] as number] as number;
      points[k] = bitCount(m);
      urgent[k] = m & URGENT_BIT ? 1 : 0;
    }
    const order = new Int32Array(n);
    for (let k = 0; k < n; k++) order[k] = k;
    order.sort(
      (a, b) =>
        (points[b] as number) - (points[a] as number) || (deals[b] as number) - (deals[a] as number) || (urgent[b] as number) - (urgent[a] as number) || a - b,
    );
    return order.map((k) => claims[k] as number);
  }

  /** Later rows with the key of an earlier row: SKIP, "duplicate of row N", no budget. */
  private markDuplicates(keys: Float64Array): number {
    const n = keys.length;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
    let count = 0;
    for (let k = 1; k < n; k++) {
      const i = order[k] as number;
      const key = keys[i] as number;
      if (Number.isNaN(key)) break; // NaN sorts last: no key, no duplicate
      let firstOf = k;
      while (firstOf > 0 && keys[order[firstOf - 1] as number] === key) firstOf--;
      if (firstOf === k) continue;
      const first = order[firstOf] as number;
      const d = this.store.get(i);
      this.store.set(i, { ...d, channel: 'SKIP', day: null, date: null, by: 'duplicate', step: -1, skipped: 0, flags: 0 });
      this.store.aux.data[i] = (this.store.row.data[first] as number) + this.firstRowNumber;
      count++;
    }
    return count;
  }

  finish(): PlanSummary {
    if (this.summary) return this.summary;
    const s = this.settings;
    const store = this.store;
    const keys = (this.keys as Column<Float64Array>).trim();
    const duplicates = this.markDuplicates(keys);
    const claims = (this.claims as Column<Int32Array>).trim();
    const deals = (this.deals as Column<Float64Array>).trim();
    const fallbackOf = new Map<number, number>();
    const fallbackIndex = (this.fallbackOf as Column<Int32Array>).trim();
    for (let k = 0; k < claims.length; k++) if ((fallbackIndex[k] as number) >= 0) fallbackOf.set(claims[k] as number, fallbackIndex[k] as number);
    const fallbacks = this.fallbacks as DecisionColumns;
    this.keys = this.claims = this.deals = this.fallbackOf = this.fallbacks = null;
    const order = this.priorityOrder(claims, deals);
    const INMAIL = CHANNEL_CODE.INMAIL;
    const channel = store.channel.data;
    const date = store.date.data;
    const flags = store.flags.data;
    const by = store.by.data;
    const DUPLICATE = BY_CODE.duplicate;
    // Credits: the first `Credits` InMails in priority order keep them; with next-month, up to a
    // month's credits of the rest that are not urgent wait for the renewal; the rest fall back.
    const renewal = s.whenCreditsRunOut === 'next-month' ? nextRenewal(s.asOf, s.creditsRenewOn) : null;
    const renewalDay = renewal === null ? null : nextTueToThu(renewal, s.holidays);
    let creditsWanted = 0;
    let waiting = 0;
    for (const i of order) {
      if (channel[i] !== INMAIL || by[i] === DUPLICATE) continue;
      if (++creditsWanted <= s.credits) continue;
      const urgent = ((store.inmail.data[i] as number) & URGENT_BIT) !== 0;
      if (renewalDay !== null && !urgent && waiting < s.plan.creditsPerMonth) {
        waiting++;
        date[i] = Math.max(date[i] as number, renewalDay);
        flags[i] = (flags[i] as number) | FLAGS.renewal | FLAGS.creditsTaken;
        store.aux.data[i] = renewal as Day;
        continue;
      }
      const fallback = fallbacks.get(fallbackOf.get(i) as number);
      store.set(i, { ...fallback, flags: fallback.flags | FLAGS.creditsTaken });
    }
    // Notes, then invitation dates, in the same priority order.
    let horizon = s.startDate;
    for (const i of order) if (channel[i] !== INMAIL && by[i] !== DUPLICATE) horizon = Math.max(horizon, date[i] as number);
    this.calendar.startPlacing(horizon);
    let notesUsed = 0;
    // Weeks up to the horizon's come in any order; past it, in turn: those are listed up to WEEKS_LISTED and counted.
    const horizonWeek = mondayOf(horizon);
    const weekLoads = new Map<Day, number>();
    const later: Array<[Day, number]> = [];
    let laterWeeks = 0;
    let laterWeek = Number.NaN;
    let first: Day | null = null;
    let last: Day | null = null;
    let invitations = 0;
    const why: { cap: 'day' | 'week' | null; on: Day } = { cap: null, on: 0 };
    const NOTE = CHANNEL_CODE.CONNECT_NOTE;
    const BLANK = CHANNEL_CODE.CONNECT;
    for (const i of order) {
      const k = channel[i] as number;
      if ((k !== NOTE && k !== BLANK) || by[i] === DUPLICATE) continue;
      if (k === NOTE) {
        if (notesUsed < s.notesPerMonth) notesUsed++;
        else {
          channel[i] = BLANK;
          flags[i] = (flags[i] as number) | FLAGS.noNote;
        }
      }
      const earliest = Math.max(date[i] as number, s.startDate);
      const when = this.calendar.place(earliest, why);
      if (when !== date[i]) {
        if (why.cap !== null) {
          flags[i] = (flags[i] as number) | (why.cap === 'week' ? FLAGS.weeklyCap : FLAGS.dailyCap);
          store.aux.data[i] = why.on;
        }
        date[i] = when;
      }
      invitations++;
      const w = mondayOf(when);
      if (w <= horizonWeek) weekLoads.set(w, (weekLoads.get(w) ?? 0) + 1);
      else {
        if (w !== laterWeek) {
          laterWeek = w;
          if (laterWeeks++ < WEEKS_LISTED) later.push([w, 0]);
        }
        const tail = later[later.length - 1];
        if (tail !== undefined && tail[0] === w) tail[1]++;
      }
      first = first === null || when < first ? when : first;
      last = last === null || when > last ? when : last;
    }
    // InMails and Open Profile messages: Tuesday to Thursday [004], except an urgent prospect's,
    // which goes out on its own date [000 §5]. Then every row is counted.
    const channels = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
    let replies = 0;
    let paidReplies = 0;
    let cost = 0;
    let withdrawalsDue = 0;
    let errors = this.inputErrors;
    const dueDay = nextBusinessDay(s.asOf, s.holidays);
    for (let i = 0; i < store.length; i++) {
      if (by[i] === ERROR) {
        errors++;
        continue;
      }
      const c = CHANNELS[channel[i] as number] as Channel;
      if ((c === 'INMAIL' || c === 'OPEN_PROFILE') && !((store.inmail.data[i] as number) & URGENT_BIT) && !((flags[i] as number) & FLAGS.renewal)) {
        const tueToThu = nextTueToThu(date[i] as number, s.holidays);
        if (tueToThu !== date[i]) {
          date[i] = tueToThu;
          flags[i] = (flags[i] as number) | FLAGS.tueToThu;
        }
      }
      channels[c]++;
      if (c === 'WITHDRAW' && (date[i] as number) <= dueDay) withdrawalsDue++;
      const warm = ((store.connection.data[i] as number) & WARM_BIT) !== 0;
      // A reply already in hand is a conversation, not an expected reply.
      if (by[i] !== BY_CODE.replied) {
        const r = expectedReplies(c, warm, s);
        replies += r;
        if (c === 'INMAIL') paidReplies += r;
      }
      cost += expectedCost(c, s);
    }
    store.trim();
    const expectedCostTotal = roundCents(cost);
    const inmailCost = roundCents(channels.INMAIL * expectedCost('INMAIL', s));
    const weekCount = weekLoads.size + laterWeeks;
    const weeks = [...[...weekLoads.entries()].sort((a, b) => a[0] - b[0]), ...later]
      .slice(0, WEEKS_LISTED)
      .map(([monday, planned]) => ({ monday, planned, alreadySent: this.calendar.alreadySent(monday) }));
    const numbers = this.numbers.result();
    const sum: Omit<PlanSummary, 'warnings'> = {
      rows: this.rowsSeen,
      blank: this.blank,
      errors,
      duplicates,
      channels,
      creditsWanted,
      creditsUsed: Math.min(creditsWanted, s.credits),
      creditsAvailable: s.credits,
      creditsWaiting: waiting,
      renewal: waiting > 0 ? renewalDay : null,
      notesUsed,
      expectedReplies: replies,
      expectedCost: expectedCostTotal,
      costPerReply: replies > 0 ? roundCents(expectedCostTotal / replies) : null,
      paidReplies,
      costPerPaidReply: paidReplies > 0 ? roundCents(inmailCost / paidReplies) : null,
      invitations,
      weeks,
      weekCount,
      firstInvitation: first,
      lastInvitation: last,
      pendingInvitations: this.pending,
      withdrawalsDue,
      numbers,
    };
    this.summary = { ...sum, warnings: WARNINGS.filter((w) => w.when({ s, sum })).map((w) => w.text({ s, sum })) };
    return this.summary;
  }

  private entryOf(rowIndex: number): number {
    return sortedIndexOf(this.store.row.data, rowIndex, this.store.length);
  }

  /** What `outcome` needs once the plan is made: plain data a worker thread can receive. */
  snapshot(): PlanSnapshot {
    const summary = this.finish();
    const st = this.store;
    return {
      settings: this.settings,
      summary,
      firstRowNumber: this.firstRowNumber,
      columns: {
        row: st.row.data,
        channel: st.channel.data,
        day: st.day.data,
        date: st.date.data,
        by: st.by.data,
        step: st.step.data,
        skipped: st.skipped.data,
        flags: st.flags.data,
        inmail: st.inmail.data,
        connection: st.connection.data,
        aux: st.aux.data,
      },
    };
  }

  /** A planner that answers `outcome` from a snapshot, e.g. in a worker writing part of a file. */
  static restore(snap: PlanSnapshot): ListPlanner {
    const planner = new ListPlanner(snap.settings, { firstRowNumber: snap.firstRowNumber });
    const st = planner.store as unknown as Record<string, Column<Int32Array>>;
    for (const [name, data] of Object.entries(snap.columns)) {
      const column = st[name] as Column<Int32Array>;
      column.data = data as Int32Array<ArrayBuffer>;
      column.length = data.length;
    }
    planner.summary = snap.summary;
    return planner;
  }

  /** The planned next touch of a row, given the same input `add` had: read back, not decided again. */
  outcome(rowIndex: number, input: RowInput): RowOutcome {
    if (!this.summary) throw new Error('ListPlanner.outcome before finish');
    if (input === 'blank' || input instanceof RowError) return input;
    const i = this.entryOf(rowIndex);
    if (i < 0) throw new Error(`ListPlanner.outcome: row ${rowIndex} was not added`);
    if (this.store.by.data[i] === ERROR) return historyError((this.store.step.data[i] as number) - 1, this.store.aux.data[i] as number, this.settings);
    return outcomeOf(this.store.get(i), input, this.settings);
  }
}

/** A decision with what its words are read from; the cost follows the channel, the deadline the date. */
function outcomeOf(d: Decision, p: Prospect, s: Settings): Outcome | RowError {
  return outcomeFrom(d.channel, d.day, d.date, d.by, d.step, d.skipped, d.flags, d.inmailSignals, d.connectionSignals, d.movedFrom, d.duplicateOf, p, s);
}

/** An outcome from its fields: the one place an Outcome is built, so every Outcome has one shape. */
function outcomeFrom(
  channel: Channel,
  day: number | null,
  date: Day | null,
  by: DecidedBy,
  step: number,
  skipped: number,
  flags: number,
  inmailSignals: number,
  connectionSignals: number,
  movedFrom: Day | null,
  duplicateOf: number | null,
  p: Prospect,
  s: Settings,
): Outcome | RowError {
  if (date !== null && !inCalendar(date)) return historyError(-1, date, s);
  const misses = date !== null && p.deadline !== undefined && p.deadline >= s.asOf && date > p.deadline;
  return {
    channel,
    day,
    date,
    cost: expectedCost(channel, s),
    by,
    step,
    skipped,
    flags: misses ? flags | FLAGS.missesDeadline : flags,
    inmailSignals,
    connectionSignals,
    movedFrom,
    duplicateOf,
    withoutCredit: null,
    prospect: p,
    settings: s,
  };
}

/** Plans a whole list held in memory (a sheet's range): the same planner the CLI streams through. */
export function planList(inputs: readonly RowInput[], s: Settings, options: PlannerOptions = {}): { outcomes: RowOutcome[]; summary: PlanSummary } {
  const planner = new ListPlanner(s, options);
  inputs.forEach((input, i) => planner.add(i, input));
  const summary = planner.finish();
  return { outcomes: inputs.map((input, i) => planner.outcome(i, input)), summary };
}

/** One row alone, no budget across rows: what the row-wise custom functions return. */
export function decideRow(input: RowInput, s: Settings): RowOutcome {
  if (input === 'blank' || input instanceof RowError) return input;
  const d = decideInto(input, s);
  if (d.error !== -2) return historyError(d.error, d.errorDate, s);
  const t = d.touch;
  return outcomeFrom(t.channel, t.day, t.date, t.by, t.step, t.skipped, t.flags, d.facts.inmailMask, d.facts.connectionMask, null, null, input, s);
}
