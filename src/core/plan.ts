/**
 * SPEC section 6: the list as a whole, against the sender's budgets: InMail credits, the daily and
 * weekly invitation caps, the monthly note quota, and InMail days. Rows go in one at a time
 * (`add`), the plan is made once (`finish`), then each row's outcome is read back (`outcome`).
 * Between the calls only a few numbers per row are kept, so a million-row file plans in flat memory
 * and a sheet plans in memory through the same code.
 */
import { CHANNELS, type Channel, type Prospect, RowError } from './model.js';
import { type Day, formatDay, isBusinessDay, mondayOf, nextTueToThu } from './dates.js';
import { factsOf } from './decide.js';
import { expectedCost, expectedReplies, roundCents } from './cost.js';
import { type Touch, nextTouch } from './sequences.js';
import type { Settings } from './settings.js';
import { type CampaignNumbers, NumbersCounter, acceptanceInForce } from './numbers.js';

export type RowInput = Prospect | RowError | 'blank';

/** A row's planned next touch. */
export type Outcome = Touch;
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
  readonly channels: Readonly<Record<Channel, number>>;
  readonly creditsWanted: number;
  readonly creditsUsed: number;
  readonly creditsAvailable: number;
  readonly notesUsed: number;
  readonly expectedReplies: number;
  readonly expectedCost: number;
  readonly costPerReply: number | null;
  readonly invitations: number;
  readonly weeks: readonly WeekLoad[];
  readonly firstInvitation: Day | null;
  readonly lastInvitation: Day | null;
  readonly warnings: readonly string[];
  /** The campaign's own numbers, measured from the list's history (SPEC 10). */
  readonly numbers: CampaignNumbers;
}

export interface PlanSnapshot {
  readonly settings: Settings;
  readonly summary: PlanSummary;
  readonly rows: Int32Array;
  readonly flags: Uint8Array;
  readonly planned: Int32Array;
}

const CHANNEL_CODE: Readonly<Record<Channel, number>> = Object.fromEntries(CHANNELS.map((c, i) => [c, i])) as Record<Channel, number>;
const FLAG_LOST_CREDIT = 1;
const FLAG_NO_NOTE = 2;

/** A typed array that grows: a few bytes per claimed row, not an object. */
class Column<A extends Int32Array | Float64Array | Uint8Array> {
  length = 0;
  constructor(public data: A) {}
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => A)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Invitation slots: at most `daily` a business day and `weekly` a Monday-Sunday week. `next`
 * links a full day to a later one (path-compressed), so placing n invitations stays near O(n)
 * even when the list runs for months.
 */
class InviteCalendar {
  private readonly perDay = new Map<Day, number>();
  private readonly perWeek = new Map<Day, number>();
  private readonly sentPerWeek = new Map<Day, number>();
  private readonly next = new Map<Day, Day>();
  constructor(
    private readonly daily: number,
    private readonly weekly: number,
  ) {}

  recordSent(day: Day): void {
    this.perDay.set(day, (this.perDay.get(day) ?? 0) + 1);
    const w = mondayOf(day);
    this.perWeek.set(w, (this.perWeek.get(w) ?? 0) + 1);
    this.sentPerWeek.set(w, (this.sentPerWeek.get(w) ?? 0) + 1);
  }

  private full(day: Day): boolean {
    return !isBusinessDay(day) || (this.perDay.get(day) ?? 0) >= this.daily || (this.perWeek.get(mondayOf(day)) ?? 0) >= this.weekly;
  }

  private find(day: Day): Day {
    let d = day;
    const path: Day[] = [];
    for (;;) {
      const n = this.next.get(d);
      if (n !== undefined) {
        path.push(d);
        d = n;
      } else if (this.full(d)) {
        // A full week skips to its next Monday; a full or weekend day to the next day.
        const weekFull = (this.perWeek.get(mondayOf(d)) ?? 0) >= this.weekly;
        const to = weekFull ? mondayOf(d) + 7 : d + 1;
        this.next.set(d, to);
        path.push(d);
        d = to;
      } else break;
    }
    for (const p of path) this.next.set(p, d);
    return d;
  }

  place(earliest: Day): Day {
    const d = this.find(earliest);
    this.perDay.set(d, (this.perDay.get(d) ?? 0) + 1);
    const w = mondayOf(d);
    this.perWeek.set(w, (this.perWeek.get(w) ?? 0) + 1);
    return d;
  }

  alreadySent(monday: Day): number {
    return this.sentPerWeek.get(monday) ?? 0;
  }
}

export class ListPlanner {
  private readonly noNotes: Settings;
  private rowsSeen = 0;
  private lastRow = -1;
  private blank = 0;
  private errors = 0;
  private readonly channels: Record<Channel, number> = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  private replies = 0;
  private cost = 0;
  private openProfiles = 0;
  private readonly calendar: InviteCalendar;
  // Claims: rows whose touch spends a budget (a credit, a note, an invitation slot).
  private readonly row = new Column(new Int32Array(1024));
  private readonly kind = new Column(new Uint8Array(1024));
  private readonly date = new Column(new Int32Array(1024));
  private readonly fallbackKind = new Column(new Uint8Array(1024));
  private readonly fallbackDate = new Column(new Int32Array(1024));
  private readonly points = new Column(new Uint8Array(1024));
  private readonly deal = new Column(new Float64Array(1024));
  private readonly urgent = new Column(new Uint8Array(1024));
  private readonly warm = new Column(new Uint8Array(1024));
  private flags: Uint8Array = new Uint8Array(0);
  private planned: Int32Array = new Int32Array(0);
  private summary: PlanSummary | undefined;
  private readonly numbers: NumbersCounter;

  constructor(readonly settings: Settings) {
    this.numbers = new NumbersCounter(settings);
    this.noNotes = { ...settings, notesPerMonth: 0 };
    this.calendar = new InviteCalendar(settings.dailyInviteCap, settings.weeklyInviteCap);
  }

  /** Rows must come in increasing row order (any numbering: sheet rows, file records). */
  add(rowIndex: number, input: RowInput): void {
    if (this.summary) throw new Error('ListPlanner.add after finish');
    if (rowIndex <= this.lastRow) throw new Error(`ListPlanner.add: row ${rowIndex} after row ${this.lastRow}`);
    this.lastRow = rowIndex;
    this.rowsSeen++;
    this.numbers.add(input);
    if (input === 'blank') return void this.blank++;
    if (input instanceof RowError) return void this.errors++;
    const s = this.settings;
    const f = factsOf(input, s);
    const t = nextTouch(input, s, s.credits > 0, f);
    if (t instanceof RowError) return void this.errors++;
    if (input.requestedOn !== undefined && input.requestedOn >= mondayOf(Math.min(s.startDate, s.asOf))) {
      this.calendar.recordSent(input.requestedOn);
    }
    if (t.channel !== 'INMAIL' && t.channel !== 'CONNECT_NOTE' && t.channel !== 'CONNECT') {
      this.tally(t.channel, input.warm === true, t);
      return;
    }
    const fallback = t.channel === 'INMAIL' ? (nextTouch(input, s, false, f) as Touch) : t;
    this.row.push(rowIndex);
    this.kind.push(CHANNEL_CODE[t.channel]);
    this.date.push(t.date ?? s.startDate);
    this.fallbackKind.push(CHANNEL_CODE[fallback.channel]);
    this.fallbackDate.push(fallback.date ?? -1);
    this.points.push(f.inmailPoints);
    this.deal.push(input.dealValue ?? 0);
    this.urgent.push(f.urgent ? 1 : 0);
    this.warm.push(input.warm === true ? 1 : 0);
  }

  private tally(channel: Channel, warm: boolean, t: Pick<Touch, 'day'>): void {
    this.channels[channel]++;
    if (channel === 'OPEN_PROFILE') this.openProfiles++;
    // A reply already in hand is a conversation, not an expected reply.
    if (!(channel === 'MESSAGE' && t.day === null)) this.replies += expectedReplies(channel, warm, this.settings);
    this.cost += expectedCost(channel, this.settings);
  }

  /** Claims in priority order: InMail points, then deal value, then urgency, then row order. */
  private priorityOrder(): Uint32Array {
    const n = this.row.length;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const points = this.points.data;
    const deal = this.deal.data;
    const urgent = this.urgent.data;
    return order.sort(
      (a, b) =>
        (points[b] as number) - (points[a] as number) || (deal[b] as number) - (deal[a] as number) || (urgent[b] as number) - (urgent[a] as number) || a - b,
    );
  }

  finish(): PlanSummary {
    if (this.summary) return this.summary;
    const s = this.settings;
    const n = this.row.length;
    const kind = this.kind.data;
    const date = this.date.data;
    this.flags = new Uint8Array(n);
    this.planned = new Int32Array(n);
    const order = this.priorityOrder();
    const INMAIL = CHANNEL_CODE.INMAIL;
    const NOTE = CHANNEL_CODE.CONNECT_NOTE;
    const BLANK = CHANNEL_CODE.CONNECT;
    // Credits: the first `Credits` InMails in priority order keep them; the rest fall back.
    let creditsWanted = 0;
    for (const i of order) {
      if (kind[i] !== INMAIL) continue;
      if (++creditsWanted > s.credits) {
        kind[i] = this.fallbackKind.data[i] as number;
        date[i] = this.fallbackDate.data[i] as number;
        this.flags[i] = (this.flags[i] as number) | FLAG_LOST_CREDIT;
      }
    }
    // Notes: only the top rows get a personalised note; the rest a blank invite [003].
    let notesUsed = 0;
    const calendarWeeks = new Map<Day, number>();
    let first: Day | null = null;
    let last: Day | null = null;
    let invitations = 0;
    for (const i of order) {
      const k = kind[i] as number;
      if (k === NOTE) {
        if (notesUsed < s.notesPerMonth) notesUsed++;
        else {
          kind[i] = BLANK;
          this.flags[i] = (this.flags[i] as number) | FLAG_NO_NOTE;
        }
      }
      const channel = CHANNELS[kind[i] as number] as Channel;
      let when = date[i] as number;
      if (channel === 'CONNECT_NOTE' || channel === 'CONNECT') {
        // Invitations: business days from Start Date under both caps, in priority order.
        when = this.calendar.place(Math.max(when, s.startDate));
        invitations++;
        const w = mondayOf(when);
        calendarWeeks.set(w, (calendarWeeks.get(w) ?? 0) + 1);
        first = first === null || when < first ? when : first;
        last = last === null || when > last ? when : last;
      }
      this.planned[i] = when;
      this.tally(channel, this.warm.data[i] === 1, { day: 1 });
    }
    const weeks = [...calendarWeeks.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([monday, planned]) => ({ monday, planned, alreadySent: this.calendar.alreadySent(monday) }));
    const creditsUsed = Math.min(creditsWanted, s.credits);
    const expectedCostTotal = roundCents(this.cost);
    const numbers = this.numbers.result();
    this.summary = {
      rows: this.rowsSeen,
      blank: this.blank,
      errors: this.errors,
      channels: { ...this.channels },
      creditsWanted,
      creditsUsed,
      creditsAvailable: s.credits,
      notesUsed,
      expectedReplies: this.replies,
      expectedCost: expectedCostTotal,
      costPerReply: this.replies > 0 ? roundCents(expectedCostTotal / this.replies) : null,
      invitations,
      weeks,
      firstInvitation: first,
      lastInvitation: last,
      warnings: this.warnings(creditsWanted, weeks, last, numbers),
      numbers,
    };
    return this.summary;
  }

  private warnings(creditsWanted: number, weeks: readonly WeekLoad[], last: Day | null, numbers: CampaignNumbers): string[] {
    const s = this.settings;
    const out: string[] = [];
    if (this.errors > 0) out.push(`${this.errors} row${this.errors === 1 ? ' has' : 's have'} an error: see the ERROR cells`);
    if (creditsWanted > s.credits) {
      out.push(
        `${creditsWanted} prospects want a paid InMail but ${s.credits} credit${s.credits === 1 ? '' : 's'} left: ${creditsWanted - s.credits} fall back to connecting or skip`,
      );
    }
    if (s.credits > s.plan.maxHeld && s.plan.maxHeld > 0) out.push(`Credits ${s.credits} is more than ${s.plan.name} can hold (${s.plan.maxHeld})`);
    if (weeks.length > 1 && last !== null && weeks.some((w) => w.planned + w.alreadySent >= s.weeklyInviteCap)) {
      out.push(
        `${weeks.reduce((a, w) => a + w.planned, 0)} connection requests take ${weeks.length} weeks at ${s.weeklyInviteCap}/week: the last goes out ${formatDay(last)}`,
      );
    }
    if (s.weeklyInviteCap > 100) out.push(`Weekly Invite Cap ${s.weeklyInviteCap} is over the ~100/week safe zone: restriction risk [003]`);
    if (s.dailyInviteCap > 30) out.push(`Daily Invite Cap ${s.dailyInviteCap} is over 20-30 a day: restriction risk [001][003]`);
    // The measured acceptance once 20 requests are decided, the assumed one before [003].
    const acceptance = acceptanceInForce(numbers, s);
    if (acceptance.rate < 0.2) {
      out.push(
        acceptance.measured
          ? `your acceptance is ${Math.round(acceptance.rate * 100)}% (n=${acceptance.measured.n}), below 20%: LinkedIn may restrict your invitations`
          : `acceptance below 20%: LinkedIn may restrict your invitations [003]`,
      );
    }
    if (s.inmailReplyRate < 0.1 && creditsWanted > 0) out.push(`InMail reply rate under 10%: refunds stop cushioning the cost [000 §3]`);
    if (this.openProfiles > 800) out.push(`${this.openProfiles} Open Profile messages: over the ~800 a month LinkedIn allows [003]`);
    return out;
  }

  private claimOf(rowIndex: number): number {
    const rows = this.row.data;
    let lo = 0;
    let hi = this.row.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = rows[mid] as number;
      if (r === rowIndex) return mid;
      if (r < rowIndex) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** What `outcome` needs once the plan is made: plain data a worker thread can receive. */
  snapshot(): PlanSnapshot {
    const summary = this.finish();
    const n = this.row.length;
    return { settings: this.settings, summary, rows: this.row.data.slice(0, n), flags: this.flags, planned: this.planned };
  }

  /** A planner that answers `outcome` from a snapshot, e.g. in a worker writing part of a file. */
  static restore(snap: PlanSnapshot): ListPlanner {
    const planner = new ListPlanner(snap.settings);
    planner.row.data = snap.rows as Int32Array<ArrayBuffer>;
    planner.row.length = snap.rows.length;
    planner.flags = snap.flags;
    planner.planned = snap.planned;
    planner.summary = snap.summary;
    return planner;
  }

  /** The planned next touch of a row, given the same input `add` had. */
  outcome(rowIndex: number, input: RowInput): RowOutcome {
    if (!this.summary) throw new Error('ListPlanner.outcome before finish');
    if (input === 'blank' || input instanceof RowError) return input;
    const s = this.settings;
    const claim = this.claimOf(rowIndex);
    const flags = claim >= 0 ? (this.flags[claim] as number) : 0;
    const f = factsOf(input, s);
    const settings = flags & FLAG_NO_NOTE ? this.noNotes : s;
    const t = nextTouch(input, settings, s.credits > 0 && !(flags & FLAG_LOST_CREDIT), f);
    if (t instanceof RowError) return t;
    if (t.date === null) return t;
    if (claim >= 0 && (t.channel === 'CONNECT_NOTE' || t.channel === 'CONNECT')) {
      const planned = this.planned[claim] as number;
      return planned === t.date ? t : t.planned(planned, `goes out ${formatDay(planned)} (business days, invite caps)`);
    }
    // InMails and Open Profile messages go out Tuesday to Thursday [004].
    if (t.channel === 'INMAIL' || t.channel === 'OPEN_PROFILE') {
      const tuesdayToThursday = nextTueToThu(t.date);
      if (tuesdayToThursday !== t.date) return t.planned(tuesdayToThursday, null);
    }
    return t;
  }
}

/** Plans a whole list held in memory (a sheet's range): the same planner the CLI streams through. */
export function planList(inputs: readonly RowInput[], s: Settings): { outcomes: RowOutcome[]; summary: PlanSummary } {
  const planner = new ListPlanner(s);
  inputs.forEach((input, i) => planner.add(i, input));
  const summary = planner.finish();
  return { outcomes: inputs.map((input, i) => planner.outcome(i, input)), summary };
}

/** One row alone, no budget across rows: what the row-wise custom functions return. */
export function decideRow(input: RowInput, s: Settings): RowOutcome {
  if (input === 'blank' || input instanceof RowError) return input;
  return nextTouch(input, s);
}
