/**
 * SPEC section 6: the list as a whole, against the sender's budgets. Rows go in one at a time
 * (`add`: each decided once), the plan is made once (`finish`: it adjusts the decisions for
 * credits, duplicates, notes, invitation caps and InMail days, and never decides again), then each
 * row's outcome is read back (`outcome`). Between the calls a row is a few typed-array cells, so a
 * million-row file plans in flat memory and a sheet plans in memory through the same code.
 */
import { type ColumnMap, OTHER_HEADER, columnOf, headerOf } from './columns.js';
import {
  CHANNELS,
  type Channel,
  type Day,
  type DecidedBy,
  type FieldKey,
  type Decision,
  ERROR_FIRST,
  MARKED_FIRST,
  FIRST_RULES,
  FLAGS,
  NEWER_HISTORY,
  ON_ITS_DAY,
  type Prospect,
  RowError,
  type RowKnown,
  SKIPPED,
  type Settings,
} from './model.js';
import { Column, DayTable, Runs, bytes, eachRepeat, float64s, int32s, rankOrder } from './typed.js';
import { formatDay as dayText, inCalendar, isBusinessDay, lastRenewal, mondayOf, nextBusinessDay, nextRenewal, nextTueToThu, partsOf } from './dates.js';
import { CONNECTION_SIGNALS, DUE_ANY_DAY, type Facts, INMAIL_POINTS_NEEDED, INMAIL_SIGNALS, type Touch, URGENT_BIT, WARM_BIT, bitCount } from './decide.js';
import { expectedCost, expectedReplies, roundCents } from './cost.js';
import { type Decided, SEQUENCES, acceptedBeforeRequest, creditInReach, decideInto, historyError, isPendingRequest } from './sequences.js';
import { prospectKey } from './keys.js';
import { type CampaignNumbers, NoteLines, NumbersCounter, acceptanceInForce } from './numbers.js';
import { KeptProspects } from './kept.js';
import { grouped, plural } from './format.js';
import { highValueDefaulted } from './settings.js';
import { DOLLARS } from './read/amounts.js';

// Said here too for the modules that take it from the plan.

export type RowInput = Prospect | RowError | 'blank';

/**
 * A row's planned next touch, with the prospect and settings its words are read from (reasons.ts).
 * A planned row's prospect holds what its words read, kept by the plan (kept.ts), not every field.
 */
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
  /** The first row in error, as the user numbers it; null with none. */
  readonly firstError: number | null;
  /** Rows that repeat another row's prospect, those of a prospect marked Do Not Contact (`ofMarked`) among them. */
  readonly duplicates: number;
  /** Rows marked Do Not Contact, and the other rows of the prospects they mark (duplicates, flagged MARKED_FIRST). */
  readonly markedRows: number;
  readonly ofMarked: number;
  /** Duplicates that record a touch, a connection or a reply their first row lacks (`NEWER_HISTORY`), and the first of them as the user numbers it, with its first row. */
  readonly newerDuplicates: number;
  readonly firstNewerDuplicate: readonly [row: number, of: number] | null;
  /**
   * Prospect rows with no name, LinkedIn URL, email or phone, in a list where other rows have one
   * (a report's total or footer lines read as rows), and the first of them as the user numbers it.
   */
  readonly nameless: number;
  readonly firstNameless: number | null;
  /** Rows after an empty row with one cell each (`NoteLines`): not prospects, not in `rows`; the first as the user numbers it. */
  readonly notes: number;
  readonly firstNote: number | null;
  /** Rows that repeat the header row (`Prospect.repeatsHeader`): not prospects, not in `rows`; the first as the user numbers it. */
  readonly headersAgain: number;
  readonly firstHeaderAgain: number | null;
  /**
   * The first row that is another export's header (`OTHER_HEADER`, an error row) as the user
   * numbers it, and the rows under it that are not blank: read by the header's columns, not its own.
   */
  readonly firstOtherHeader: number | null;
  readonly underOtherHeader: number;
  /** Paid InMails the list records as sent since the last renewal (InMail Sent On, not Open Profile), up to the as-of date. */
  readonly inmailsSinceRenewal: number;
  readonly channels: Readonly<Record<Channel, number>>;
  readonly creditsWanted: number;
  readonly creditsUsed: number;
  readonly creditsAvailable: number;
  /** InMails dated at the next renewal (When Credits Run Out = next-month), and that date. */
  readonly creditsWaiting: number;
  readonly renewal: Day | null;
  readonly notesUsed: number;
  /** Calendar months the notes go out in (their quota is a month's). */
  readonly noteMonths: number;
  readonly expectedReplies: number;
  /** Rows counted as warm in the expected replies (warm +10 points of acceptance): the summary names the bonus only when some are. */
  readonly warm: number;
  /** The currencies of the deal values that counted as large (over High Value), as written (`$`, `¥`, `EUR`), first met first. */
  readonly dealCurrencies: readonly string[];
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
  /**
   * New prospects whose first touch is dated before the as-of date: a Start Date before it dates
   * them from it (SPEC 7, Date), so they show as overdue.
   */
  readonly startedBefore: number;
  /**
   * Rows that record a request (a status) but no date it was sent, nor any other touch: their
   * steps are counted from the as-of date, so each run dates them from that run's, and the first
   * of them (its row number), or null.
   */
  readonly undatedRequests: number;
  readonly firstUndatedRequest: number | null;
  /** Invitations pending in the sheet, and how many of them are due for withdrawal. */
  readonly pendingInvitations: number;
  readonly withdrawalsDue: number;
  readonly warnings: readonly string[];
  /** The campaign's own numbers, measured from the list's history (SPEC 10). */
  readonly numbers: CampaignNumbers;
}

/** The prospects planned: the rows neither blank nor in error (a row repeating an earlier prospect is among them, planned as a skip). */
export const plannedProspects = (sum: Pick<PlanSummary, 'rows' | 'blank' | 'errors'>): number => sum.rows - sum.blank - sum.errors;

/** Every row that is not blank is in error, and there is one: the list had rows and not one could be planned. */
export const everyRowInError = (sum: Pick<PlanSummary, 'rows' | 'blank' | 'errors'>): boolean => sum.errors > 0 && plannedProspects(sum) === 0;

/** The fields that give an InMail the reasons a title and a degree cannot (SPEC 4 rule 5's signals). */
const REASON_COLUMNS: readonly FieldKey[] = ['namedAccount', 'trigger', 'deadline', 'seriousAsk', 'dealValue'];
/** Invitations planned before a list's unused credits are said: a short list, or one of prospects touched already, may simply hold no one to weigh for one. */
const UNUSED_CREDITS_ROWS = 20;

/** Whether Credits is a full month's of a plan that has some (what a blank Credits means): it says nothing of what was spent. */
export const creditsAtFullMonth = (s: Settings): boolean => s.plan.creditsPerMonth > 0 && s.credits >= s.plan.creditsPerMonth;

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
  /** The list's columns, when known: a warning names a column as the list heads it. */
  readonly map: ColumnMap | undefined;
}

/** ` (row 3)`, or ` (row 3 first)` of several; nothing when the row is not known. */
export const firstRowText = (row: number | null, of: number): string => (row === null ? '' : ` (row ${row}${of > 1 ? ' first' : ''})`);

/** What a warning is about, for a surface that shows that fact its own way: the sidebar lists the rows with errors. */
export type WarningAbout = 'rowErrors';

/** Every warning of the summary: when it shows and what it says (no sources in the words). */
export const WARNINGS: ReadonlyArray<{
  readonly about?: WarningAbout;
  readonly when: (c: WarningContext) => boolean;
  readonly text: (c: WarningContext) => string;
}> = [
  {
    // SPEC 2 gives Start Date as the first day new prospects may be touched, and is silent on one
    // before the as-of date. It is not refused: every campaign's Start Date falls into the past as
    // its days go by (a kept settings file, the Settings tab), and the plan is still right, its new
    // prospects due since then. But their first touches are dated in the past, overdue, which a
    // Start Date typed rarely means: said when some are (not for a weekend start the week's
    // first business day is after, nor for a list whose prospects are all under way).
    when: (c) => c.sum.startedBefore > 0,
    text: (c) =>
      `${plural(c.sum.startedBefore, 'new prospect is', 'new prospects are')} dated from Start Date ${dayText(c.s.startDate)}, before the as-of date ${dayText(c.s.asOf)}: overdue from the first touch (leave the start out to begin on the as-of date)`,
  },
  {
    // Any value but a no or a blank marks a row Do Not Contact (a reason, the day it was asked), so
    // a column of no's in a language not read marks everyone: a list of three or more people every
    // one of whom is marked is said, where the plan touched no one with no word why (found in a new
    // user's trial, before Dutch and Nordic no's were read).
    when: (c) => c.sum.markedRows >= 3 && c.sum.markedRows + c.sum.ofMarked === plannedProspects(c.sum),
    text: (c) =>
      `every prospect is marked Do Not Contact (${plural(c.sum.markedRows, 'row')}), so none is touched: check that column (any value but a no or a blank is a mark)`,
  },
  {
    about: 'rowErrors',
    when: (c) => c.sum.errors > 0,
    text: (c) => `${plural(c.sum.errors, 'row has', 'rows have')} an error${firstRowText(c.sum.firstError, c.sum.errors)}: see the ERROR cells`,
  },
  {
    when: (c) => c.sum.nameless > 0,
    text: (c) =>
      `${plural(c.sum.nameless, 'row has', 'rows have')} no name, LinkedIn URL, email or phone${firstRowText(c.sum.firstNameless, c.sum.nameless)}: planned all the same; check ${c.sum.nameless === 1 ? 'it is a prospect' : 'they are prospects'} (a report's total or footer lines?)`,
  },
  {
    when: (c) => c.sum.newerDuplicates > 0,
    text: (c) => {
      const [row, of] = c.sum.firstNewerDuplicate as readonly [number, number];
      const one = c.sum.newerDuplicates === 1;
      return `${one ? `row ${row} repeats row ${of} and records` : `${grouped(c.sum.newerDuplicates)} duplicate rows record`} a touch, a connection or a reply ${one ? 'it lacks' : 'their first row lacks'}${one ? '' : ` (row ${row} of row ${of} first)`}: the first row is planned from its own history; copy the newer history into it`;
    },
  },
  {
    when: (c) => c.sum.notes > 0,
    text: (c) =>
      `${plural(c.sum.notes, 'row')} after an empty row ${c.sum.notes === 1 ? 'holds one cell' : 'hold one cell each'}${firstRowText(c.sum.firstNote, c.sum.notes)}: read as text, not ${c.sum.notes === 1 ? 'a prospect' : 'prospects'} (a report's footer or a title?), kept as ${c.sum.notes === 1 ? 'it is' : 'they are'} and not planned; fill in more of a row to plan it`,
  },
  {
    when: (c) => c.sum.headersAgain > 0,
    text: (c) =>
      `${c.sum.headersAgain === 1 ? `row ${c.sum.firstHeaderAgain} repeats` : `${grouped(c.sum.headersAgain)} rows repeat`} the header row${c.sum.headersAgain > 1 ? ` (row ${c.sum.firstHeaderAgain} first)` : ''} (files joined into one?): read as a header, not a prospect, and not planned`,
  },
  {
    when: (c) => c.sum.firstOtherHeader !== null,
    text: (c) =>
      `row ${c.sum.firstOtherHeader} is another export's header row (files of two layouts joined?): ${c.sum.underOtherHeader === 1 ? 'the row under it is' : `the ${grouped(c.sum.underOtherHeader)} rows under it are`} read by the header's columns, not its own, so likely wrong: plan each file on its own`,
  },
  {
    when: (c) => c.sum.creditsWanted > c.sum.creditsAvailable,
    text: (c) => {
      const wanted = `${plural(c.sum.creditsWanted, 'prospect wants', 'prospects want')} a paid InMail`;
      const left = `${plural(c.sum.creditsAvailable, 'credit')} left`;
      const over = c.sum.creditsWanted - c.sum.creditsAvailable;
      const after =
        c.sum.creditsWaiting > 0
          ? `${plural(c.sum.creditsWaiting, 'waits', 'wait')} for the renewal, ${plural(over - c.sum.creditsWaiting, 'falls', 'fall')} back`
          : `${plural(over, 'falls', 'fall')} back to connecting or email`;
      return `${wanted} but ${left}: ${after}`;
    },
  },
  {
    // A list that can give no InMail its reasons (a Recruiter export: names, titles, profiles) leaves every credit unused, unsaid.
    when: (c) =>
      c.s.credits > 0 &&
      c.sum.creditsWanted === 0 &&
      c.sum.invitations >= UNUSED_CREDITS_ROWS &&
      c.map !== undefined &&
      REASON_COLUMNS.every((key) => columnOf(c.map as ColumnMap, key) === undefined),
    text: (c) =>
      `no prospect is worth a paid InMail, so the ${plural(c.s.credits, 'credit goes', 'credits go')} unused: an InMail needs ${INMAIL_POINTS_NEEDED} reasons, and the list has no column for those a title cannot give (Named Account, Trigger, Deadline, Serious Ask, Deal Value); add the ones you know, or name yours with a Column: setting`,
  },
  {
    // Credits are what LinkedIn shows as left; left at a full month's, they ignore what was spent.
    when: (c) => c.sum.inmailsSinceRenewal > 0 && creditsAtFullMonth(c.s),
    text: (c) =>
      `${plural(c.sum.inmailsSinceRenewal, 'paid InMail')} went out since the ${dayText(lastRenewal(c.s.asOf, c.s.creditsRenewOn))} renewal (${headerOf(c.map, 'inmailSentOn', 'InMail Sent On')}), and Credits is ${c.s.credits}, a full month's, as if none were spent: set Credits to what LinkedIn shows as left`,
  },
  {
    when: (c) => c.s.credits > c.s.plan.maxHeld && c.s.plan.maxHeld > 0,
    text: (c) => `Credits ${c.s.credits} is more than ${c.s.plan.name} can hold (${c.s.plan.maxHeld})`,
  },
  {
    when: (c) => c.sum.weekCount > 1 && c.sum.lastInvitation !== null && c.sum.weeks.some((w) => w.planned + w.alreadySent >= c.s.weeklyInviteCap),
    text: (c) =>
      `${plural(c.sum.invitations, 'connection request')} take ${grouped(c.sum.weekCount)} weeks at ${grouped(c.s.weeklyInviteCap)}/week: the last goes out ${dayText(c.sum.lastInvitation as Day)}`,
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
    text: (c) => `${grouped(c.sum.channels.OPEN_PROFILE)} Open Profile messages: over the ~${grouped(THRESHOLDS.openProfilePerMonth)} a month LinkedIn allows`,
  },
  {
    when: (c) => c.sum.undatedRequests > 0,
    text: (c) => {
      const n = c.sum.undatedRequests;
      const which = `${plural(n, 'row records', 'rows record')} a request but not the day it was sent${firstRowText(c.sum.firstUndatedRequest, n)}`;
      const why = `counted from the as-of date, ${n === 1 ? 'its' : 'their'} steps move with it and never fall due, nor is a pending one withdrawn`;
      return `${which}: ${why}; fill in ${headerOf(c.map, 'requestedOn', 'Requested On')}`;
    },
  },
  {
    // No currency is converted (SPEC 1a): a default High Value of 50,000 meant in dollars, met by a
    // deal of ¥60,000 (about $400), spent credits on it. Said where the setting was left as it is.
    when: (c) => highValueDefaulted(c.s) && c.sum.dealCurrencies.some((k) => !DOLLARS.has(k)),
    text: (c) => {
      const other = c.sum.dealCurrencies.filter((k) => !DOLLARS.has(k));
      const said = `deal values in ${other.join(', ')} count as large from High Value ${grouped(c.s.highValue)} as written, no currency converted`;
      // Deals in dollars too: one High Value cannot fit both.
      return other.length < c.sum.dealCurrencies.length
        ? `${said}, as those in dollars do: plan each currency's deals as a list of their own, High Value set in its currency`
        : `${said}: set High Value in ${other[0] as string}, the deal size a paid InMail is worth`;
    },
  },
  {
    when: (c) => c.sum.pendingInvitations > THRESHOLDS.pendingInvitesMax,
    text: (c) =>
      `${plural(c.sum.pendingInvitations, 'invitation')} pending: past ~${grouped(THRESHOLDS.pendingInvitesMax)} LinkedIn may withdraw them for you; ${grouped(c.sum.withdrawalsDue)} are due for withdrawal`,
  },
];

/** The summary's warnings in the table's order, less those about a fact the surface shows its own way (`leaveOut`). */
export function warningsOf(sum: Omit<PlanSummary, 'warnings'>, s: Settings, map: ColumnMap | undefined, leaveOut: readonly WarningAbout[] = []): string[] {
  const c = { s, sum, map };
  return WARNINGS.filter((w) => !(w.about !== undefined && leaveOut.includes(w.about)) && w.when(c)).map((w) => w.text(c));
}

const NONE = -2147483648;
const CHANNEL_CODE: Readonly<Record<Channel, number>> = Object.fromEntries(CHANNELS.map((c, i) => [c, i])) as Record<Channel, number>;
const BY: readonly (DecidedBy | 'error')[] = [...FIRST_RULES, 'step', 'withdraw', 'replied', 'finished', 'duplicate', 'error', 'do-not-contact'];
const BY_CODE = Object.fromEntries(BY.map((b, i) => [b, i])) as Record<DecidedBy | 'error', number>;
const ERROR = BY_CODE.error;
const DUPLICATE = BY_CODE.duplicate;
const REPLIED = BY_CODE.replied;
const STEP = BY_CODE.step;
const WITHDRAW = BY_CODE.withdraw;
const FINISHED = BY_CODE.finished;
const DO_NOT_CONTACT = BY_CODE['do-not-contact'];
const INMAIL = CHANNEL_CODE.INMAIL;
const NOTE = CHANNEL_CODE.CONNECT_NOTE;
const BLANK = CHANNEL_CODE.CONNECT;

/** A few bits of a packed column, read and written as a column of its own. */
class Bits {
  constructor(
    private readonly column: Column<Uint8Array> | Column<Int32Array>,
    /** Its [shift, mask] in CODE or BITS. */
    private readonly field: readonly [number, number],
  ) {}
  get(i: number): number {
    return part(this.column.get(i), this.field);
  }
  set(i: number, v: number): void {
    const shift = this.field[0];
    const mask = this.field[1];
    this.column.set(i, (this.column.get(i) & ~(mask << shift)) | ((v & mask) << shift));
  }
}

/** Bits of `code` (channel, rule) and of `bits` (flags, skipped, step + 1, InMail and connection signals). */
const CODE = { channel: [0, 7], by: [3, 31] } as const;
const BITS = { flags: [0, 0xfff], skipped: [12, 31], step: [17, 15], inmail: [21, 63], connection: [27, 15], sendOnDate: [31, 1] } as const;
const packCode = (channel: number, by: number) => channel | (by << 3);
/** One field of a packed word: its [shift, mask] in CODE or BITS. */
const part = (word: number, field: readonly [number, number]) => (word >>> field[0]) & field[1];
const packBits = (flags: number, skipped: number, step: number, inmail: number, connection: number) =>
  flags | (skipped << 12) | (step << 17) | (inmail << 21) | (connection << 27);

if (
  CHANNELS.length > 8 ||
  BY.length > 32 ||
  Object.values(FLAGS).some((f) => f > 0xfff) ||
  Object.values(SKIPPED).some((f) => f > 31) ||
  Object.values(SEQUENCES).some((steps) => steps.length >= 15) ||
  INMAIL_SIGNALS.length > 6 ||
  CONNECTION_SIGNALS.length > 4
) {
  throw new Error('plan.ts: a decision no longer packs into its columns');
}

/**
 * Decisions as columns of typed arrays: 17 bytes a row (and the row numbers as runs), whatever
 * the caps and dates. A decision goes in whole and comes out whole; nothing in between re-decides it.
 */
class DecisionColumns {
  constructor(
    /** Row indices, as runs of consecutive rows. */
    readonly row = new Runs(),
    readonly code = new Column(bytes),
    readonly bits = new Column(int32s),
    readonly day = new Column(int32s),
    readonly date = new Column(int32s),
    /**
     * movedFrom, or duplicateOf for a duplicate, or the errant date of a row error; while rows are
     * added, an INMAIL's place among the touches with no credit.
     */
    readonly aux = new Column(int32s),
  ) {}

  readonly channel = new Bits(this.code, CODE.channel);
  readonly by = new Bits(this.code, CODE.by);
  readonly flags = new Bits(this.bits, BITS.flags);
  readonly skipped = new Bits(this.bits, BITS.skipped);
  /** The step index + 1 (0: none). */
  readonly step = new Bits(this.bits, BITS.step);
  readonly inmail = new Bits(this.bits, BITS.inmail);
  readonly connection = new Bits(this.bits, BITS.connection);

  get length(): number {
    return this.row.length;
  }

  /**
   * A decided touch. An InMail or Open Profile message whose step would no longer be due on the
   * Tuesday to Thursday it would be held for (an overdue one near its end, one due a Friday before
   * a step on Monday) is marked to go out on its own date (`tally`).
   */
  push(row: number, t: Touch, f: Facts, aux: number, holidays: readonly Day[]): number {
    this.row.push(row);
    this.code.push(packCode(CHANNEL_CODE[t.channel], BY_CODE[t.by]));
    const onDate = t.until !== DUE_ANY_DAY && t.date !== null && nextTueToThu(t.date, holidays) > t.until;
    this.bits.push(packBits(t.flags, t.skipped, t.step + 1, f.inmailMask, f.connectionMask) | (onDate ? 1 << BITS.sendOnDate[0] : 0));
    this.day.push(t.day ?? NONE);
    this.date.push(t.date ?? NONE);
    return this.aux.push(aux);
  }

  /** A row error found by the decision (a history date after the as-of date): which date, and its value. */
  pushError(row: number, which: number, date: Day): void {
    this.row.push(row);
    this.code.push(packCode(CHANNEL_CODE.SKIP, ERROR));
    this.bits.push(packBits(0, 0, which + 1, 0, 0));
    this.day.push(NONE);
    this.date.push(NONE);
    this.aux.push(date);
  }

  /** Entry `i` becomes what the list made of it: a duplicate, or an InMail's touch with no credit. */
  set(i: number, channel: number, day: number, date: number, by: number, step: number, skipped: number, flags: number): void {
    this.code.set(i, packCode(channel, by));
    this.bits.set(i, packBits(flags, skipped, step, this.inmail.get(i), this.connection.get(i)));
    this.day.set(i, day);
    this.date.set(i, date);
  }
}

/**
 * An INMAIL's touch with no credit, found by the same walk, kept until the plan knows whether the
 * credits reach it: 12 bytes an InMail (channel, rule, step, skipped and flags in one number).
 */
class Fallbacks {
  readonly packed = new Column(int32s);
  readonly day = new Column(int32s);
  readonly date = new Column(int32s);
  /** The InMail's own last due day (`Touch.until`): it waits for the renewal only up to it. */
  readonly until = new Column(int32s);

  /** Drops every fallback: the plan has settled the credits. */
  clear(): void {
    this.packed.clear();
    this.day.clear();
    this.date.clear();
    this.until.clear();
  }

  /** The touch with no credit `t` of an InMail due until `until`. */
  push(t: Touch, until: Day): number {
    this.until.push(until);
    this.day.push(t.day ?? NONE);
    this.date.push(t.date ?? NONE);
    // 3 + 5 + 4 + 5 + 12 bits: channel, rule, step + 1, skipped, flags.
    return this.packed.push(CHANNEL_CODE[t.channel] | (BY_CODE[t.by] << 3) | ((t.step + 1) << 8) | (t.skipped << 12) | (t.flags << 17));
  }

  /** Entry `i` of the store takes fallback `k`, with `extraFlags`. */
  apply(k: number, store: DecisionColumns, i: number, extraFlags: number): void {
    const p = this.packed.get(k);
    store.set(i, p & 7, this.day.get(k), this.date.get(k), (p >>> 3) & 31, (p >>> 8) & 15, (p >>> 12) & 31, (p >>> 17) | extraFlags);
  }
}

/**
 * The day an InMail with no credit this month, not urgent, is sent at the renewal (When Credits Run
 * Out = next-month): the renewal's first Tuesday to Thursday (`renewalDay`), or its own later date;
 * NONE when a sequence's InMail is no longer due then (`until`; SPEC 5: at most 14 days late).
 */
function renewalWait(date: Day, until: Day, renewalDay: Day): Day {
  const renewed = Math.max(date, renewalDay);
  return renewed <= until ? renewed : NONE;
}

/**
 * The caps that moved an invitation the weekly cap sent to `when`'s week: the weekly cap, and the
 * daily cap too when business days of that week come before it (the daily cap had filled them: a
 * free one would have taken it).
 */
function weekCaps(when: Day, holidays: readonly Day[]): number {
  return nextBusinessDay(mondayOf(when), holidays) < when ? FLAGS.weeklyCap | FLAGS.dailyCap : FLAGS.weeklyCap;
}

/** A calendar month as one number: year x 12 + month - 1. */
function monthOf(day: Day): number {
  const [y, m] = partsOf(day);
  return y * 12 + m - 1;
}

/** Why a day takes no invitation. */
const CLOSED = 1;
const WEEK_FULL = 2;
const DAY_FULL = 3;

/**
 * Invitation slots: at most `daily` a business day and `weekly` a Monday-Sunday week. Days up to
 * the `horizon` (the latest day any invitation may start from) are counted one by one; past it
 * every invitation goes to the next free slot in turn, so the calendar keeps one cursor there,
 * not a day per invitation: its memory does not grow with how far the invitations run.
 * Typed tables, no Map: a day holds its invitations, or (once full, which it stays) the link to a
 * later day that may have room (path-compressed), as minus the distance.
 */
export class InviteCalendar {
  /** Invitations a day (>= 0), or minus the distance to a later day that may have room. */
  private readonly days = new DayTable();
  /** Invitations per week up to the horizon's week (recorded ones included). */
  private readonly perWeek = new DayTable();
  private readonly sentPerWeek = new DayTable();
  private lastRecorded = Number.NEGATIVE_INFINITY;
  private horizon = 0;
  private horizonWeek = 0;
  // Past the horizon: the cursor day, its invitations, and its week's (when past the horizon's week).
  private cursor = 0;
  private cursorDay = 0;
  private cursorWeek = 0;
  /** Days visited on the way to a free one: re-linked once it is found. */
  private path = new Int32Array(16);
  /** Which cap moved the last invitation placed (WEEK_FULL, DAY_FULL or 0), and the first full day it met. */
  cap = 0;
  capOn: Day = 0;
  constructor(
    private readonly daily: number,
    private readonly weekly: number,
    private readonly holidays: readonly Day[],
  ) {}

  recordSent(day: Day): void {
    this.days.add(day, 1);
    const w = mondayOf(day);
    this.perWeek.add(w, 1);
    this.sentPerWeek.add(w, 1);
    if (day > this.lastRecorded) this.lastRecorded = day;
  }

  /** The latest day any invitation may start from (and no earlier than any recorded one): set once, before placing. */
  startPlacing(horizon: Day): void {
    this.horizon = Math.max(horizon, this.lastRecorded);
    this.horizonWeek = mondayOf(this.horizon);
    this.cursor = this.horizon + 1;
    this.cursorDay = 0;
    this.cursorWeek = 0;
  }

  private weekLoad(monday: Day): number {
    return monday <= this.horizonWeek ? this.perWeek.get(monday) : this.cursorWeek;
  }

  /** Why `day` takes no invitation (CLOSED, WEEK_FULL, DAY_FULL), or 0; a linked day is full. */
  private fullness(day: Day, load: number): number {
    if (!isBusinessDay(day, this.holidays)) return CLOSED;
    if (this.weekLoad(mondayOf(day)) >= this.weekly) return WEEK_FULL;
    return load < 0 || load >= this.daily ? DAY_FULL : 0;
  }

  /**
   * A full day met on the way: the first one is where the full days began (`capOn`); the weekly
   * cap, once met, is the one that explains the date, else the daily cap. Met after full days of
   * the daily cap, the weekly cap's full days begin where it was met: the week the daily cap filled
   * (the rest of it closed, a holiday week) was not the weekly cap's, and is not said to be.
   */
  private note(full: number, d: Day): void {
    if (full === CLOSED) return;
    if (this.cap === 0 || (full === WEEK_FULL && this.cap === DAY_FULL)) {
      this.capOn = d;
      this.cap = full;
    }
  }

  /** The slot for an invitation that may go out from `earliest` on; `cap` and `capOn` say which cap moved it there. */
  place(earliest: Day): Day {
    this.cap = 0;
    let d = earliest;
    let steps = 0;
    while (d <= this.horizon) {
      const load = this.days.get(d);
      const full = this.fullness(d, load);
      if (full === 0) break;
      this.note(full, d);
      const to = full === WEEK_FULL ? mondayOf(d) + 7 : load < 0 ? d - load : d + 1;
      if (steps === this.path.length) {
        const longer = new Int32Array(steps * 2);
        longer.set(this.path);
        this.path = longer;
      }
      this.path[steps++] = d;
      d = Math.max(to, d + 1);
    }
    const free = d <= this.horizon ? d : this.horizon + 1;
    for (let k = 0; k < steps; k++) {
      const p = this.path[k] as number;
      this.days.set(p, p - free);
    }
    if (d <= this.horizon) {
      this.days.add(d, 1);
      this.perWeek.add(mondayOf(d), 1);
      return d;
    }
    // Past the horizon every invitation takes the next free slot in turn; the days before the
    // cursor were filled by earlier invitations.
    if (d > this.cursor) this.moveCursor(d);
    else if (this.cap === 0 && d < this.cursor) {
      const from = nextBusinessDay(d, this.holidays);
      if (from < this.cursor) {
        this.capOn = from;
        this.cap = mondayOf(from) === mondayOf(this.cursor) ? DAY_FULL : WEEK_FULL;
      }
    }
    for (;;) {
      const full = this.fullness(this.cursor, this.cursorDay);
      if (full === 0) break;
      this.note(full, this.cursor);
      this.moveCursor(full === WEEK_FULL ? mondayOf(this.cursor) + 7 : this.cursor + 1);
    }
    this.cursorDay++;
    const w = mondayOf(this.cursor);
    if (w <= this.horizonWeek) this.perWeek.add(w, 1);
    else this.cursorWeek++;
    return this.cursor;
  }

  private moveCursor(to: Day): void {
    if (mondayOf(to) !== mondayOf(this.cursor)) this.cursorWeek = 0;
    this.cursor = to;
    this.cursorDay = 0;
  }

  alreadySent(monday: Day): number {
    return this.sentPerWeek.get(monday);
  }
}

/** Everything `outcome` needs once the plan is made: plain data a worker thread can receive. */
export interface PlannerOptions {
  /** How the user numbers the first row added (row index 0): 2 in a sheet whose header is row 1. */
  readonly firstRowNumber?: number;
  /** The list's columns: a row error the plan finds names its column as the list heads it. */
  readonly map?: ColumnMap;
}

const isClaim = (channel: number) => channel === INMAIL || channel === NOTE || channel === BLANK;

/** `ListPlanner.counted`: beside the numbers' bits (NumbersCounter.add, 7 of them), a pending invitation. */
const PENDING_COUNTED = 0x80;

/** What a row records of its history, as bits: each a touch, a connection or a reply (`historyOf`). */
const HISTORY = { request: 1, inmail: 2, touch: 4, connected: 8, replied: 16 } as const;

/** What a row's history makes moot in a duplicate's: a reply all of it; a connection the request and the InMail before it. */
function impliedHistory(h: number): number {
  if (h & HISTORY.replied) return 0x1f;
  return h & HISTORY.connected ? h | HISTORY.request | HISTORY.inmail : h;
}

export class ListPlanner {
  private rowsSeen = 0;
  private lastRow = -1;
  /** The entry `outcome` last read: rows read back in order are found by the next entry, not a search. */
  private lastEntry = -1;
  private blank = 0;
  private inputErrors = 0;
  private firstError: number | null = null;
  private readonly noteLines = new NoteLines();
  /**
   * The rows `noteLines` took, by index, ascending: lines of text, and those of them that repeat
   * the header. Usually a footer's few lines, but a list of names only after an empty row is all
   * of them: found again by a binary search (`Column.indexOf`), not a scan of every one.
   */
  private readonly notes = new Column(int32s);
  private readonly headersAgain = new Column(int32s);
  /** The first row that is another export's header (`OTHER_HEADER`), and the rows not blank under it. */
  private otherHeader = -1;
  private underOtherHeader = 0;
  /** Rows with and without a name, URL, email or phone; the first without, as the user numbers it. */
  private named = 0;
  private nameless = 0;
  private firstNameless: number | null = null;
  private newerDuplicates = 0;
  /** First rows (by entry) a later duplicate has newer history for, with that duplicate as the user numbers it (`Outcome.newerIn`): few, kept apart. */
  private readonly newerIn = new Map<number, number>();
  private firstNewerDuplicate: [number, number] | null = null;
  private pending = 0;
  /** When this month's credits came, and the paid InMails recorded since. */
  private readonly renewedOn: Day;
  private inmailsSinceRenewal = 0;
  private readonly calendar: InviteCalendar;
  private readonly store = new DecisionColumns();
  private readonly kept = new KeptProspects();
  private readonly firstRowNumber: number;
  /** The list's columns, which a row error found by the plan names its column by (PlannerOptions). */
  private readonly map: ColumnMap | undefined;
  // Pass 1 only, emptied by `finish` (Column.clear): duplicate keys, how each row counted in the
  // campaign's numbers and pending invitations (so a duplicate is taken back out), deal values of
  // the rows that want a budget (in row order), and the InMails' touches with no credit.
  private readonly keys = new Column(float64s);
  /**
   * The email's key of each row that has a LinkedIn URL and an email, with its entry, where the
   * list has a Do Not Contact column (or no map says): a marked row's prospect is found by either
   * key (`duplicatesOfMarked`). Twelve bytes a row only for such rows of such lists.
   */
  private readonly emailKeys = new Column(float64s);
  private readonly emailEntries = new Column(int32s);
  private readonly keepsEmailKeys: boolean;
  /** Rows decided as marked Do Not Contact, and the other rows of the prospects they mark. */
  private markedRows = 0;
  private ofMarked = 0;
  private readonly counted = new Column(bytes);
  /**
   * Rows in error in the plan that the campaign's numbers count (history after the as-of date,
   * counted as it stood): their entries and keys (what they counted is in `counted`). A prospect
   * counts once in the numbers (`erroneousRepeats`).
   */
  private readonly errorEntries = new Column(int32s);
  private readonly errorKeys = new Column(float64s);
  /**
   * Every row in error whose LinkedIn URL or email read: its key and its row index. A later row
   * of its prospect is its duplicate (`duplicatesOfErrors`): planned in its place, it would touch
   * again someone the row in error may record as touched (an InMail paid for twice).
   */
  private readonly erroneousKeys = new Column(float64s);
  private readonly erroneousRows = new Column(int32s);
  /** The duplicates of rows in error, as entry and key pairs: the numbers count them as `campaignNumbers` does (`erroneousRepeats`). */
  private readonly duplicatesOfError: number[] = [];
  private readonly deals = new Column(float64s);
  private readonly fallbacks = new Fallbacks();
  private summary: PlanSummary | undefined;
  private readonly numbers: NumbersCounter;

  constructor(
    readonly settings: Settings,
    options: PlannerOptions = {},
  ) {
    this.firstRowNumber = options.firstRowNumber ?? 2;
    this.map = options.map;
    this.keepsEmailKeys = this.map === undefined || [...this.map.columns, ...this.map.fallbacks].some((c) => c.field.key === 'doNotContact');
    this.calendar = new InviteCalendar(settings.dailyInviteCap, settings.weeklyInviteCap, settings.holidays);
    this.numbers = new NumbersCounter(settings);
    this.renewedOn = lastRenewal(settings.asOf, settings.creditsRenewOn);
  }

  /** Rows must come in increasing row order (any numbering: sheet rows, file records). */
  add(rowIndex: number, input: RowInput): void {
    if (this.summary) throw new Error('ListPlanner.add after finish');
    if (rowIndex <= this.lastRow) throw new Error(`ListPlanner.add: row ${rowIndex} after row ${this.lastRow}`);
    // Rows not added between two (a CSV file's empty lines) are empty rows to `noteLines`.
    const afterGap = rowIndex > this.lastRow + 1;
    // Those lines are blank rows, as a sheet holding the same list counts its empty rows.
    for (let gap = this.lastRow + 1; gap < rowIndex; gap++) {
      this.rowsSeen++;
      this.blank++;
      this.numbers.add('blank');
    }
    this.lastRow = rowIndex;
    if (this.noteLines.isNote(input, afterGap)) return void ((input as Prospect).repeatsHeader ? this.headersAgain : this.notes).push(rowIndex);
    this.rowsSeen++;
    const counted = this.numbers.add(input, rowIndex + this.firstRowNumber);
    if (input === 'blank') return void this.blank++;
    if (this.otherHeader >= 0) this.underOtherHeader++;
    if (input instanceof RowError) {
      if (input.problem === OTHER_HEADER && this.otherHeader < 0) this.otherHeader = rowIndex;
      this.firstError ??= rowIndex + this.firstRowNumber;
      const known = input.known;
      if (known !== undefined) {
        this.erroneous(prospectKey(known.linkedinUrl, known.email), rowIndex);
        this.recordSent(known);
      }
      return void this.inputErrors++;
    }
    if (input.name || input.linkedinUrl || input.email || input.phone) this.named++;
    else if (this.nameless++ === 0) this.firstNameless = rowIndex + this.firstRowNumber;
    const s = this.settings;
    this.recordSent(input);
    const d = decideInto(input, s);
    const keys = this.keys;
    if (d.error !== -2) {
      this.firstError ??= rowIndex + this.firstRowNumber;
      this.store.pushError(rowIndex, d.error, d.error >= 0 ? d.errorDate : 0);
      this.kept.pushNone();
      const key = prospectKey(input.linkedinUrl, input.email);
      // The numbers skip a row whose Accepted On comes before its request, as `campaignNumbers` does.
      if (!Number.isNaN(key) && !acceptedBeforeRequest(input)) {
        this.errorEntries.push(keys.length);
        this.errorKeys.push(key);
      }
      this.erroneous(key, rowIndex);
      keys.push(Number.NaN);
      this.counted.push(counted);
      return;
    }
    const t = d.touch;
    // Every INMAIL carries its touch with no credit (an invariant of the walk).
    if (t.channel === 'INMAIL' && !d.hasAlt) throw new Error('an INMAIL decided without its touch with no credit');
    const fallback = t.channel === 'INMAIL' ? this.fallbacks.push(d.alt, t.until) : NONE;
    this.store.push(rowIndex, t, d.facts, fallback, s.holidays);
    this.kept.push(input, d.facts.inmailMask, d.facts.connectionMask, t, t.channel === 'INMAIL' ? d.alt : null, s.asOf);
    keys.push(prospectKey(input.linkedinUrl, input.email));
    if (this.keepsEmailKeys && input.linkedinUrl !== undefined && input.email !== undefined) {
      const email = prospectKey(undefined, input.email);
      if (!Number.isNaN(email)) {
        this.emailEntries.push(keys.length - 1);
        this.emailKeys.push(email);
      }
    }
    if (t.by === 'do-not-contact') this.markedRows++;
    const pending = isPendingRequest(input);
    if (pending) this.pending++;
    this.counted.push(counted | (pending ? PENDING_COUNTED : 0));
    if (t.channel === 'INMAIL' || t.channel === 'CONNECT_NOTE' || t.channel === 'CONNECT') this.deals.push(input.dealValue ?? 0);
  }

  /**
   * The request and the paid InMail a row records sent, of a row in error too: a request of the
   * weeks the plan dates invitations in fills its cap, and an InMail since the renewal is a credit used.
   */
  private recordSent(row: RowKnown): void {
    const s = this.settings;
    const requested = row.requestedOn;
    if (requested !== undefined && requested >= mondayOf(Math.min(s.startDate, s.asOf))) this.calendar.recordSent(requested);
    const sent = row.inmailSentOn;
    if (sent !== undefined && sent >= this.renewedOn && sent <= s.asOf && row.openProfile !== true) this.inmailsSinceRenewal++;
  }

  /** A row in error of prospect `key` (NaN: none read), kept for `duplicatesOfErrors`. */
  private erroneous(key: number, rowIndex: number): void {
    if (Number.isNaN(key)) return;
    this.erroneousKeys.push(key);
    this.erroneousRows.push(rowIndex);
  }

  /** The rows that want a budget, in the list's priority order: InMail points, then deal value, then urgency, then row order. */
  private priorityOrder(deals: Column<Float64Array>): Int32Array {
    const store = this.store;
    const n = deals.length;
    // The k-th row that wants a budget, and its points and urgency (points x 2 + urgent).
    const claims = new Int32Array(n);
    const rank = new Uint8Array(n);
    for (let i = 0, k = 0; i < store.length; i++) {
      const code = store.code.get(i);
      if (!isClaim(part(code, CODE.channel)) || part(code, CODE.by) === ERROR) continue;
      const m = part(store.bits.get(i), BITS.inmail);
      claims[k] = i;
      rank[k++] = bitCount(m) * 2 + (m & URGENT_BIT ? 1 : 0);
    }
    const order = rankOrder(rank, deals);
    for (let k = 0; k < n; k++) order[k] = claims[order[k] as number] as number;
    return order;
  }

  /**
   * Later rows with the key of an earlier row: SKIP, "duplicate of row N", no budget; one prospect,
   * so the later row's history is taken back out of the numbers and the pending invitations. Rows
   * of a prospect marked Do Not Contact first, then of a prospect in error, are found apart.
   */
  private findDuplicates(keys: Column<Float64Array>): number {
    const store = this.store;
    // A marked person's rows first: a row in error among them, or before them, does not hide the mark.
    let count = this.duplicatesOfMarked(keys);
    count += this.duplicatesOfErrors(keys);
    eachRepeat(keys, (i, first) => {
      if (this.kept.joinOptOuts(i, first)) this.skipEmailOrCall(first);
      const newer = (this.historyOf(i) & ~impliedHistory(this.historyOf(first))) !== 0;
      this.repeatOf(i, first, newer ? NEWER_HISTORY : 0);
      if (newer && this.newerDuplicates++ === 0)
        this.firstNewerDuplicate = [store.row.get(i) + this.firstRowNumber, store.row.get(first) + this.firstRowNumber];
      if (newer && !this.newerIn.has(first)) this.newerIn.set(first, store.row.get(i) + this.firstRowNumber);
      this.uncount(i);
      count++;
    });
    return count;
  }

  /**
   * Row `first`'s person is opted out of email and not to be called, as its rows together say: an
   * email or phone touch (not a reply's) is SKIP, as the row deciding with both marks would find
   * none left (`noEmailOrCall`).
   */
  private skipEmailOrCall(first: number): void {
    const store = this.store;
    const code = store.code.get(first);
    if (part(code, CODE.channel) !== CHANNEL_CODE.EMAIL_OR_PHONE || part(code, CODE.by) === REPLIED) return;
    const bits = store.bits.get(first);
    store.set(first, CHANNEL_CODE.SKIP, NONE, NONE, FINISHED, part(bits, BITS.step), part(bits, BITS.skipped), 0);
  }

  /** Row `i` a duplicate of row `first`: SKIP, no budget, its one flag (NEWER_HISTORY, MARKED_FIRST or none) kept by `skipDuplicates`. */
  private repeatOf(i: number, first: number, flag: number): void {
    const store = this.store;
    store.by.set(i, DUPLICATE);
    store.flags.set(i, flag);
    store.aux.set(i, store.row.get(first) + this.firstRowNumber);
  }

  /** A row of a prospect another row stands for: its history taken back out of the numbers and the pending invitations. */
  private uncount(i: number): void {
    const counted = this.counted.get(i);
    this.numbers.repeats(counted & ~PENDING_COUNTED);
    if (counted & PENDING_COUNTED) this.pending--;
  }

  /**
   * Rows of a prospect that a row of the list marks Do Not Contact, found by the LinkedIn URL or
   * by the email (a row with both joins them, so rows linked through another row, an email on one
   * and the URL on a third, are one person: a do-not-contact list is matched as widely as the list
   * allows, though duplicates are otherwise told by their URLs alone): each a duplicate of the
   * prospect's first marked row, flagged MARKED_FIRST, so no row of theirs is touched. Found first,
   * before the rows in error's duplicates and the others, and their keys and the marked rows'
   * dropped; the numbers count each such prospect's first row in the list and take the others
   * back out, as for any duplicate.
   */
  private duplicatesOfMarked(keys: Column<Float64Array>): number {
    const emailKeys = this.emailKeys;
    const emailEntries = this.emailEntries;
    if (this.markedRows === 0) {
      emailKeys.clear();
      emailEntries.clear();
      return 0;
    }
    const store = this.store;
    const n = keys.length;
    const m = emailKeys.length;
    // A person's rows joined into one set, by entry: rows that share a key (a URL, or an email as a
    // row's own key or as the second key of a row with both) are one person. Every key is read as
    // one list, the rows' own keys and then the second keys, by `eachRepeat`. In typed arrays: Maps
    // of each key and entry took over a hundred bytes a row (a 3M-row list: 767 MB at its peak).
    const parent = new Int32Array(n);
    for (let i = 0; i < n; i++) parent[i] = i;
    const root = (i: number): number => {
      let k = i;
      while (parent[k] !== k) {
        const up = parent[parent[k] as number] as number;
        parent[k] = up;
        k = up;
      }
      return k;
    };
    const entryOf = (x: number) => (x < n ? x : emailEntries.get(x - n));
    eachRepeat({ length: n + m, get: (x) => (x < n ? keys.get(x) : emailKeys.get(x - n)) }, (x, first) => {
      const a = root(entryOf(x));
      const b = root(entryOf(first));
      if (a !== b) parent[a] = b;
    });
    // A row is someone's when it has a key of its own: a row with a second key has one (its URL's,
    // or its email's where the URL is no profile's: `prospectKey`).
    const keyed = (i: number) => !Number.isNaN(keys.get(i));
    // Each marked person's first marked row, by the root of their rows.
    const marked = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      if (store.by.get(i) !== DO_NOT_CONTACT || !keyed(i)) continue;
      const person = root(i);
      if (!marked.has(person)) marked.set(person, i);
    }
    // The marked people whose first row in the list the numbers count already.
    const counted = new Set<number>();
    let count = 0;
    for (let i = 0; i < n; i++) {
      const first = keyed(i) ? marked.get(root(i)) : undefined;
      const isMarked = store.by.get(i) === DO_NOT_CONTACT;
      if (isMarked) keys.set(i, Number.NaN);
      if (first === undefined) continue;
      if (counted.has(first)) this.uncount(i);
      else counted.add(first);
      if (isMarked) continue;
      this.repeatOf(i, first, MARKED_FIRST);
      keys.set(i, Number.NaN);
      count++;
    }
    emailKeys.clear();
    emailEntries.clear();
    this.ofMarked = count;
    return count;
  }

  /**
   * Rows whose prospect's first row is in error (`erroneousKeys`): duplicates of that row, flagged
   * ERROR_FIRST, their keys dropped before the other duplicates are found and kept in
   * `duplicatesOfError` for the numbers. A row in error after a planned row of its prospect is no
   * first row: that prospect's later rows repeat the planned one.
   */
  private duplicatesOfErrors(keys: Column<Float64Array>): number {
    const n = this.erroneousKeys.length;
    if (n === 0) return 0;
    // Each prospect's first row in error, by key.
    const firsts = new Map<number, number>();
    for (let k = 0; k < n; k++) {
      const key = this.erroneousKeys.get(k);
      if (!firsts.has(key)) firsts.set(key, this.erroneousRows.get(k));
    }
    this.erroneousKeys.clear();
    this.erroneousRows.clear();
    const store = this.store;
    for (let i = 0; i < keys.length; i++) {
      const key = keys.get(i);
      const first = Number.isNaN(key) ? undefined : firsts.get(key);
      if (first === undefined) continue;
      if (first > store.row.get(i)) {
        firsts.delete(key);
        continue;
      }
      store.by.set(i, DUPLICATE);
      store.flags.set(i, ERROR_FIRST);
      store.aux.set(i, first + this.firstRowNumber);
      keys.set(i, Number.NaN);
      this.duplicatesOfError.push(i, key);
      if (this.counted.get(i) & PENDING_COUNTED) this.pending--;
    }
    return this.duplicatesOfError.length / 2;
  }

  /**
   * Row `i`'s history as HISTORY bits, as decided and kept: a reply (decided by it), a connection
   * (1st degree, accepted, or a message next, as an Accepted On alone gives), a request, an InMail,
   * and a step done (a sequence under way or over).
   */
  private historyOf(i: number): number {
    const code = this.store.code.get(i);
    const by = part(code, CODE.by);
    const kept = this.kept.touches(i);
    return (
      (by === REPLIED ? HISTORY.replied : 0) |
      (part(code, CODE.channel) === CHANNEL_CODE.MESSAGE || this.kept.connected(i) ? HISTORY.connected : 0) |
      (kept.request ? HISTORY.request : 0) |
      (kept.inmail ? HISTORY.inmail : 0) |
      (by === STEP || by === WITHDRAW || by === FINISHED ? HISTORY.touch : 0)
    );
  }

  /** Duplicates found by `findDuplicates`, once the priority order has read their channels, become SKIP. */
  private skipDuplicates(): void {
    const store = this.store;
    for (let i = 0; i < store.length; i++) {
      if (part(store.code.get(i), CODE.by) === DUPLICATE) store.set(i, CHANNEL_CODE.SKIP, NONE, NONE, DUPLICATE, 0, 0, store.flags.get(i));
    }
  }

  /**
   * A prospect whose rows include one in error that the numbers count (`errorEntries`), or a
   * duplicate of a row in error (`duplicatesOfError`, which the numbers count unless an earlier
   * row of its prospect is counted): the numbers count the first of its rows, as `campaignNumbers`
   * does, and take the others back out. Its other rows the plan made duplicates are out already.
   * Keyed again for the numbers only, in a column made for the call: none when no such row has a key.
   */
  private erroneousRepeats(): void {
    const n = this.errorEntries.length;
    const ofError = this.duplicatesOfError;
    if (n === 0 && ofError.length === 0) return;
    const keys = this.keys;
    const store = this.store;
    const numbered = new Column(float64s);
    for (let i = 0; i < keys.length; i++) numbered.push(part(store.code.get(i), CODE.by) === DUPLICATE ? Number.NaN : keys.get(i));
    for (let k = 0; k < n; k++) numbered.set(this.errorEntries.get(k), this.errorKeys.get(k));
    for (let k = 0; k < ofError.length; k += 2) numbered.set(ofError[k] as number, ofError[k + 1] as number);
    eachRepeat(numbered, (i) => this.numbers.repeats(this.counted.get(i) & ~PENDING_COUNTED));
    this.errorEntries.clear();
    this.errorKeys.clear();
    ofError.length = 0;
  }

  finish(): PlanSummary {
    if (this.summary) return this.summary;
    const s = this.settings;
    // Duplicates first, so their keys are dropped before the order is made; the order reads the
    // channels as decided, so duplicates become SKIP after it. Beside the decisions, deals and
    // fallbacks, one transient array at a time: the duplicate table, then the order.
    const duplicates = this.findDuplicates(this.keys);
    this.erroneousRepeats();
    this.keys.clear();
    this.counted.clear();
    const order = this.priorityOrder(this.deals);
    this.deals.clear();
    this.skipDuplicates();
    // Each pass over the rows is a method of its own: a pass runs once, its loop long, and the
    // engine optimizes it alone, not the whole finish again as each later pass is reached.
    const renewal = s.whenCreditsRunOut === 'next-month' ? nextRenewal(s.asOf, s.creditsRenewOn) : null;
    const renewalDay = renewal === null ? null : nextTueToThu(renewal, s.holidays);
    const { creditsWanted, waiting } = this.settleCredits(order, renewal, renewalDay);
    this.fallbacks.clear();
    const horizon = this.horizonOf(order);
    const placed = this.placeInvitations(order, horizon);
    const { counts, replies, paidReplies, withdrawalsDue, errors, warm, noCredit, startedBefore, undatedRequests, firstUndatedRequest } = this.tally();
    const channels = Object.fromEntries(CHANNELS.map((c, k) => [c, counts[k] as number])) as Record<Channel, number>;
    let cost = 0;
    for (const c of CHANNELS) cost += channels[c] * expectedCost(c, s);
    const expectedCostTotal = roundCents(cost);
    const inmailCost = roundCents(channels.INMAIL * expectedCost('INMAIL', s));
    const { weekLoads, later, laterWeeks } = placed;
    const weekCount = weekLoads.size + laterWeeks;
    const weeks = [...Array.from(weekLoads.sortedKeys().subarray(0, WEEKS_LISTED), (w): [Day, number] => [w, weekLoads.get(w)]), ...later]
      .slice(0, WEEKS_LISTED)
      .map(([monday, planned]) => ({ monday, planned, alreadySent: this.calendar.alreadySent(monday) }));
    const numbers = this.numbers.result();
    const sum: Omit<PlanSummary, 'warnings'> = {
      rows: this.rowsSeen,
      nameless: this.named > 0 ? this.nameless : 0,
      firstNameless: this.named > 0 ? this.firstNameless : null,
      notes: this.notes.length,
      firstNote: this.notes.length > 0 ? this.notes.get(0) + this.firstRowNumber : null,
      headersAgain: this.headersAgain.length,
      firstHeaderAgain: this.headersAgain.length > 0 ? this.headersAgain.get(0) + this.firstRowNumber : null,
      firstOtherHeader: this.otherHeader >= 0 ? this.otherHeader + this.firstRowNumber : null,
      underOtherHeader: this.underOtherHeader,
      inmailsSinceRenewal: this.inmailsSinceRenewal,
      blank: this.blank,
      errors,
      firstError: this.firstError,
      duplicates,
      markedRows: this.markedRows,
      ofMarked: this.ofMarked,
      newerDuplicates: this.newerDuplicates,
      firstNewerDuplicate: this.firstNewerDuplicate,
      channels,
      // With no credit in reach (Credits 0, When Credits Run Out = connect) no row became an InMail
      // for the credits to settle: the rows that wanted one are those that say "no credits left".
      creditsWanted: creditInReach(s) ? creditsWanted : noCredit,
      creditsUsed: Math.min(creditsWanted, s.credits),
      creditsAvailable: s.credits,
      creditsWaiting: waiting,
      renewal: waiting > 0 ? renewalDay : null,
      notesUsed: placed.notesUsed,
      noteMonths: placed.noteMonths,
      expectedReplies: replies,
      warm,
      dealCurrencies: this.kept.dealCurrencies,
      expectedCost: expectedCostTotal,
      costPerReply: replies > 0 ? roundCents(expectedCostTotal / replies) : null,
      paidReplies,
      costPerPaidReply: paidReplies > 0 ? roundCents(inmailCost / paidReplies) : null,
      invitations: placed.invitations,
      weeks,
      weekCount,
      firstInvitation: placed.first,
      lastInvitation: placed.last,
      pendingInvitations: this.pending,
      withdrawalsDue,
      startedBefore,
      undatedRequests,
      firstUndatedRequest,
      numbers,
    };
    this.summary = { ...sum, warnings: warningsOf(sum, s, this.map) };
    return this.summary;
  }

  /**
   * Credits: the first `Credits` InMails in priority order keep them; with next-month, up to a
   * month's credits of the rest that are not urgent wait for the renewal; the rest fall back.
   */
  private settleCredits(order: Int32Array, renewal: Day | null, renewalDay: Day | null): { creditsWanted: number; waiting: number } {
    const s = this.settings;
    const store = this.store;
    const { date, flags, aux } = store;
    const fallbacks = this.fallbacks;
    let creditsWanted = 0;
    let waiting = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const code = store.code.get(i);
      if (part(code, CODE.channel) !== INMAIL || part(code, CODE.by) === DUPLICATE) continue;
      const fallback = aux.get(i);
      aux.set(i, NONE);
      if (++creditsWanted <= s.credits) continue;
      const urgent = (store.inmail.get(i) & URGENT_BIT) !== 0;
      // With no credit this month at all, none went to other rows: the touch with no credit says "no
      // credits left"; unless the renewal's credits did, to rows ranked higher that wait for it.
      const taken = s.credits > 0 || (renewalDay !== null && waiting >= s.plan.creditsPerMonth) ? FLAGS.creditsTaken : 0;
      const renewed = renewalDay === null || urgent ? NONE : renewalWait(date.get(i), fallbacks.until.get(fallback), renewalDay);
      if (renewed !== NONE && waiting < s.plan.creditsPerMonth) {
        waiting++;
        date.set(i, renewed);
        flags.set(i, flags.get(i) | FLAGS.renewal | taken);
        if (taken === 0) store.skipped.set(i, store.skipped.get(i) | SKIPPED.noCredit);
        aux.set(i, renewal as Day);
        continue;
      }
      fallbacks.apply(fallback, store, i, taken);
    }
    return { creditsWanted, waiting };
  }

  /** The latest date of the rows that want a budget and, credits settled, are neither InMails nor duplicates. */
  private horizonOf(order: Int32Array): Day {
    const store = this.store;
    let horizon = this.settings.startDate;
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const code = store.code.get(i);
      if (part(code, CODE.channel) !== INMAIL && part(code, CODE.by) !== DUPLICATE) horizon = Math.max(horizon, store.date.get(i));
    }
    return horizon;
  }

  /** Notes, then invitation dates, in the same priority order, from the horizon on. */
  private placeInvitations(order: Int32Array, horizon: Day) {
    const s = this.settings;
    const store = this.store;
    const { channel, date, flags, aux } = store;
    const calendar = this.calendar;
    calendar.startPlacing(horizon);
    let notesUsed = 0;
    // Notes used per calendar month (year x 12 + month): against the monthly quota, or (unlimited) to say over how many months.
    const quota = new Map<number, number>();
    const limited = Number.isFinite(s.notesPerMonth);
    // Weeks up to the horizon's come in any order; past it, in turn: those are listed up to WEEKS_LISTED and counted.
    const horizonWeek = mondayOf(horizon);
    const weekLoads = new DayTable();
    const later: Array<[Day, number]> = [];
    let laterWeeks = 0;
    let laterWeek = Number.NaN;
    let first: Day | null = null;
    let last: Day | null = null;
    let invitations = 0;
    // The month of the day the last note went out: invitations go out a few dozen a day, in order.
    let noteDay = Number.NaN;
    let noteMonth = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const code = store.code.get(i);
      const c = part(code, CODE.channel);
      if ((c !== NOTE && c !== BLANK) || part(code, CODE.by) === DUPLICATE) continue;
      const was = date.get(i);
      const when = calendar.place(Math.max(was, s.startDate));
      // The note quota is a calendar month's, the month the invitation goes out in [003].
      if (c === NOTE) {
        if (when !== noteDay) {
          noteDay = when;
          noteMonth = monthOf(when);
        }
        const used = quota.get(noteMonth) ?? 0;
        if (!limited || used < s.notesPerMonth) {
          quota.set(noteMonth, used + 1);
          notesUsed++;
        } else {
          channel.set(i, BLANK);
          flags.set(i, flags.get(i) | FLAGS.noNote);
        }
      }
      if (when !== was) {
        if (calendar.cap !== 0) {
          flags.set(i, flags.get(i) | (calendar.cap === WEEK_FULL ? weekCaps(when, s.holidays) : FLAGS.dailyCap));
          aux.set(i, calendar.capOn);
        }
        date.set(i, when);
      }
      invitations++;
      const w = mondayOf(when);
      if (w <= horizonWeek) weekLoads.add(w, 1);
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
    return { notesUsed, noteMonths: quota.size, weekLoads, later, laterWeeks, first, last, invitations };
  }

  /**
   * InMails and Open Profile messages: Tuesday to Thursday [004], except an urgent prospect's,
   * which goes out on its own date [000 §5], and a step's that would no longer be due then. Then
   * every row is counted.
   */
  private tally() {
    const s = this.settings;
    const store = this.store;
    const { date, flags } = store;
    const counts = new Float64Array(CHANNELS.length);
    let replies = 0;
    let paidReplies = 0;
    let warm = 0;
    let withdrawalsDue = 0;
    // Rows that would be a paid InMail but for the credits: decided with none in reach, they never were one.
    let noCredit = 0;
    let startedBefore = 0;
    let undatedRequests = 0;
    let firstUndatedRequest: number | null = null;
    let errors = this.inputErrors;
    const dueDay = nextBusinessDay(s.asOf, s.holidays);
    const OPEN_PROFILE = CHANNEL_CODE.OPEN_PROFILE;
    const WITHDRAW = CHANNEL_CODE.WITHDRAW;
    // Expected replies of a channel, warm or not: one table, not a call a row.
    const repliesOf = new Float64Array(CHANNELS.length * 2);
    CHANNELS.forEach((c, k) => {
      repliesOf[2 * k] = expectedReplies(c, false, s);
      repliesOf[2 * k + 1] = expectedReplies(c, true, s);
    });
    for (let i = 0; i < store.length; i++) {
      const code = store.code.get(i);
      const b = part(code, CODE.by);
      if (b === ERROR) {
        errors++;
        continue;
      }
      const c = part(code, CODE.channel);
      const bits = store.bits.get(i);
      if (
        (c === INMAIL || c === OPEN_PROFILE) &&
        !(part(bits, BITS.inmail) & URGENT_BIT) &&
        !(part(bits, BITS.flags) & FLAGS.renewal) &&
        part(bits, BITS.sendOnDate) === 0
      ) {
        const d = date.get(i);
        const tueToThu = nextTueToThu(d, s.holidays);
        if (tueToThu !== d) {
          date.set(i, tueToThu);
          flags.set(i, part(bits, BITS.flags) | FLAGS.tueToThu);
        }
      }
      counts[c] = (counts[c] as number) + 1;
      if (part(bits, BITS.skipped) & SKIPPED.noCredit && b !== DUPLICATE) noCredit++;
      if (b < STEP && date.get(i) !== NONE && date.get(i) < s.asOf) startedBefore++;
      if (c === WITHDRAW && date.get(i) <= dueDay) withdrawalsDue++;
      if (part(bits, BITS.flags) & FLAGS.noStartDate && b !== DUPLICATE && undatedRequests++ === 0)
        firstUndatedRequest = store.row.get(i) + this.firstRowNumber;
      // A reply already in hand is a conversation, not an expected reply.
      if (b !== REPLIED) {
        const isWarm = part(bits, BITS.connection) & WARM_BIT ? 1 : 0;
        const r = repliesOf[2 * c + isWarm] as number;
        replies += r;
        warm += isWarm;
        if (c === INMAIL) paidReplies += r;
      }
    }
    return { counts, replies, paidReplies, withdrawalsDue, errors, warm, noCredit, startedBefore, undatedRequests, firstUndatedRequest };
  }

  /** Where row `rowIndex` is in the store, or -1. */
  private entryOf(rowIndex: number): number {
    const row = this.store.row;
    const next = this.lastEntry + 1;
    const i = next < row.length && row.get(next) === rowIndex ? next : row.indexOf(rowIndex);
    if (i >= 0) this.lastEntry = i;
    return i;
  }

  /**
   * The planned next touch of a row, read back, not decided again, and without the row: the plan
   * kept what its words read. Null for a row added blank or as a RowError: that input is its
   * outcome. 'blank' for a line of text (`NoteLines`): it is planned as an empty row is.
   */
  outcome(rowIndex: number): Outcome | RowError | 'blank' | null {
    if (!this.summary) throw new Error('ListPlanner.outcome before finish');
    const i = this.entryOf(rowIndex);
    if (i < 0) {
      if (rowIndex > this.lastRow || rowIndex < 0) throw new Error(`ListPlanner.outcome: row ${rowIndex} was not added`);
      return this.notes.indexOf(rowIndex) >= 0 || this.headersAgain.indexOf(rowIndex) >= 0 ? 'blank' : null;
    }
    const st = this.store;
    // The packed words read once, their fields taken apart here.
    const code = st.code.get(i);
    const bits = st.bits.get(i);
    const b = part(code, CODE.by);
    const aux = st.aux.get(i);
    if (b === ERROR) return historyError(part(bits, BITS.step) - 1, aux, this.settings, this.map);
    const day = st.day.get(i);
    const date = st.date.get(i);
    const duplicate = b === DUPLICATE;
    return outcomeFrom(
      CHANNELS[part(code, CODE.channel)] as Channel,
      day === NONE ? null : day,
      date === NONE ? null : date,
      BY[b] as DecidedBy,
      part(bits, BITS.step) - 1,
      part(bits, BITS.skipped),
      part(bits, BITS.flags) | (part(bits, BITS.sendOnDate) === 0 ? 0 : ON_ITS_DAY),
      part(bits, BITS.inmail),
      part(bits, BITS.connection),
      !duplicate && aux !== NONE ? aux : null,
      duplicate ? aux : null,
      this.newerIn.size === 0 ? null : (this.newerIn.get(i) ?? null),
      this.kept.prospect(i),
      this.settings,
    );
  }
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
  newerIn: number | null,
  p: Prospect,
  s: Settings,
): Outcome | RowError {
  const outside = outsideCalendar(date, s);
  if (outside !== null) return outside;
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
    newerIn,
    withoutCredit: null,
    prospect: p,
    settings: s,
  };
}

/** A planned date the calendar cannot hold, as the row's error; else null. */
function outsideCalendar(date: Day | null, s: Settings): RowError | null {
  return date !== null && !inCalendar(date) ? historyError(-1, date, s) : null;
}

/**
 * Plans a whole list held in memory (a sheet's range): the same planner the CLI streams through.
 * `inputOf(i)` gives row i (0 to count - 1), once to plan it; only a blank row or a RowError is
 * asked for again, as its own outcome. Each row's outcome goes to `each` as it is read back, in
 * row order, so a caller that turns it into cells at once keeps no outcome, and no prospect, a row.
 */
export function planEach(
  count: number,
  inputOf: (i: number) => RowInput,
  s: Settings,
  each: (o: RowOutcome, i: number) => void,
  options: PlannerOptions = {},
): PlanSummary {
  const planner = new ListPlanner(s, options);
  for (let i = 0; i < count; i++) planner.add(i, inputOf(i));
  const summary = planner.finish();
  for (let i = 0; i < count; i++) each(planner.outcome(i) ?? (inputOf(i) as 'blank' | RowError), i);
  return summary;
}

/** `planEach`, with every outcome kept in row order. */
export function planList(inputs: readonly RowInput[], s: Settings, options: PlannerOptions = {}): { outcomes: RowOutcome[]; summary: PlanSummary } {
  const outcomes: RowOutcome[] = new Array(inputs.length);
  const summary = planEach(
    inputs.length,
    (i) => inputs[i] as RowInput,
    s,
    (o, i) => {
      outcomes[i] = o;
    },
    options,
  );
  return { outcomes, summary };
}

/**
 * A row decided alone with no credit left this month and When Credits Run Out = next-month
 * (`creditInReach`) is given the InMail the plan of a list of it alone gives: the InMail waits for
 * the renewal, dated then (the day it waits to, `renewalWait`), unless it is urgent or its step is
 * no longer due then, when it falls back to its touch with no credit (null). Undefined for any
 * other row: it is decided alone as it is.
 */
function renewalOf(d: Decided, s: Settings): Day | null | undefined {
  const t = d.touch;
  if (t.channel !== 'INMAIL' || s.credits > 0 || s.whenCreditsRunOut !== 'next-month') return undefined;
  if ((d.facts.inmailMask & URGENT_BIT) !== 0) return null;
  const renewed = renewalWait(t.date as Day, t.until, nextTueToThu(nextRenewal(s.asOf, s.creditsRenewOn), s.holidays));
  return renewed === NONE ? null : renewed;
}

/** One row alone, no budget across rows: what the row-wise custom functions return. */
export function decideRow(input: RowInput, s: Settings, map?: ColumnMap): RowOutcome {
  if (input === 'blank' || input instanceof RowError) return input;
  if (input.repeatsHeader) return 'blank';
  const d = decideInto(input, s);
  if (d.error !== -2) return historyError(d.error, d.errorDate, s, map);
  const t = d.touch;
  const renewal = renewalOf(d, s);
  if (renewal !== undefined) {
    const masks = [d.facts.inmailMask, d.facts.connectionMask] as const;
    if (renewal === null)
      return outcomeFrom(d.alt.channel, d.alt.day, d.alt.date, d.alt.by, d.alt.step, d.alt.skipped, d.alt.flags, ...masks, null, null, null, input, s);
    const wait = nextRenewal(s.asOf, s.creditsRenewOn);
    return outcomeFrom(t.channel, t.day, renewal, t.by, t.step, t.skipped | SKIPPED.noCredit, t.flags | FLAGS.renewal, ...masks, wait, null, null, input, s);
  }
  return outcomeFrom(t.channel, t.day, t.date, t.by, t.step, t.skipped, t.flags, d.facts.inmailMask, d.facts.connectionMask, null, null, null, input, s);
}

/** `decideRow`'s channel alone, with no outcome made: what CHANNEL returns a row. */
export function decideChannel(input: RowInput, s: Settings, map?: ColumnMap): Channel | RowError | 'blank' {
  if (input === 'blank' || input instanceof RowError) return input;
  if (input.repeatsHeader) return 'blank';
  const d = decideInto(input, s);
  if (d.error !== -2) return historyError(d.error, d.errorDate, s, map);
  const renewal = renewalOf(d, s);
  if (renewal === null) return outsideCalendar(d.alt.date, s) ?? d.alt.channel;
  return outsideCalendar(renewal ?? d.touch.date, s) ?? d.touch.channel;
}
