/**
 * SPEC section 10: the campaign's own numbers, measured from the sheet's history. The plan runs on
 * the seeds' averages (the settings); a list with history knows what this sender actually gets.
 *
 * Pure: the as-of date comes from the settings, never a clock. Rows go in one at a time (`add`),
 * so the CLI streams a file through it and the plan counts while it plans. It reads only prospects
 * and settings, so the planner can hold one without a cycle.
 */
import { type Day, formatDay } from './dates.js';
import { isAccepted } from './decide.js';
import { type Prospect, RowError } from './model.js';
import { unnamedAddress } from './fields.js';
import { prospectKey } from './keys.js';
import { acceptedBeforeRequest, laterHistory } from './sequences.js';
import type { Settings } from './settings.js';
import { Column, eachRepeat, float64s } from './typed.js';
import { asWritten, mayFallToAssumed, rateWritten, writable } from './unmeasured.js';
import { roundCents } from './cost.js';
import { dollars, grouped, percentText, plural, wholePercentText } from './format.js';

/** Every threshold of this section, with its source: the one place each number lives. */
export const NUMBERS_RULES = {
  /** A request still pending this long is decided: not accepted [002: "after 2-3 weeks"]. */
  requestDecidedAfterDays: 21,
  /** A message (InMail, or the first after accepting) gets this long to be answered before it counts. */
  replyWindowDays: 14,
  /** Under this many in the denominator a rate reads "not enough data". */
  minimumSample: 20,
  /** 95% two-sided normal quantile, for the Wilson score interval. */
  z95: 1.959963984540054,
  /** A reply within 90 days refunds the InMail credit [002][003][004]. */
  refundWindowDays: 90,
} as const;

export const RATE_KEYS = ['acceptance', 'inmailReply', 'replyAfterAccept'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

interface RateSpec {
  readonly key: RateKey;
  /** The setting the measured rate stands beside (and "Use my numbers" writes). */
  readonly setting: 'Acceptance Rate' | 'InMail Reply Rate' | 'Reply After Accept';
  readonly prop: 'acceptanceRate' | 'inmailReplyRate' | 'replyAfterAccept';
  /** In the user's words: "Your <label> is 21%". */
  readonly label: string;
  /** Rows that will count once decided, in words: "requests of the last 21 days". */
  readonly waiting: string;
}

export const RATES: readonly RateSpec[] = [
  { key: 'acceptance', setting: 'Acceptance Rate', prop: 'acceptanceRate', label: 'acceptance', waiting: 'requests of the last 21 days' },
  { key: 'inmailReply', setting: 'InMail Reply Rate', prop: 'inmailReplyRate', label: 'InMail reply rate', waiting: 'InMails of the last 14 days' },
  {
    key: 'replyAfterAccept',
    setting: 'Reply After Accept',
    prop: 'replyAfterAccept',
    label: 'reply rate after accepting',
    waiting: 'acceptances of the last 14 days',
  },
];

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval of `hits` successes in `n` trials (95% by default): unlike the normal
 * approximation it stays inside 0..1 and is sensible at 0 of 20. n = 0 says nothing: 0..1.
 */
export function wilson(hits: number, n: number, z: number = NUMBERS_RULES.z95): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = hits / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Where the assumed rate stands against the measured interval; null without enough data. */
export type Comparison = 'below' | 'above' | 'within';

export interface MeasuredRate {
  readonly key: RateKey;
  readonly setting: RateSpec['setting'];
  /** Accepted (acceptance) or replied (the reply rates). */
  readonly hits: number;
  /** The denominator: the rows that count. */
  readonly n: number;
  readonly enoughData: boolean;
  /** hits / n as a fraction; null under the minimum sample ("not enough data"). */
  readonly rate: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** The rate the settings assume. */
  readonly assumed: number;
  /** 'below': the measured interval lies wholly below the assumed rate; 'above' wholly above. */
  readonly comparison: Comparison | null;
  /**
   * The measured rate, proposed where its interval leaves out the assumed rate; above it with rows
   * `waiting`, the least it comes to once they are decided (hits / (n + waiting)); else null (and while `early`).
   */
  readonly proposal: number | null;
  /** Dated rows not counted yet that will be once decided: requests still pending under 21 days, messages unanswered under 14. */
  readonly waiting: number;
  /**
   * The rate is above the one assumed, but would not be with the rows waiting decided against it:
   * early in a campaign the quick answers are counted and the slow ones not yet, so the rate runs
   * high. It is shown "so far", neither proposed nor written by Use my numbers. (A rate below the
   * assumed one can only fall further short of it: proposed as usual.)
   */
  readonly early: boolean;
  /** One line for the user: "Your acceptance is 21% (n=143, 15-28%), below the 32% assumed". */
  readonly text: string;
  /** A reply rate of a list where no row says whether it replied (no Replied column, or an empty one): not measured. */
  readonly noReplies?: true;
}

export interface Refunds {
  /** Paid InMails sent in the last 90 days (as-of date included) with no reply yet. */
  readonly awaiting: number;
  /** Rows left out because an Open Profile message spends no credit to come back. */
  readonly openProfile: number;
  /** The reply rate the refunds are expected at: the InMail Reply Rate in force. */
  readonly replyRate: number;
  /** Credits expected back: awaiting x reply rate, to 2 decimals. */
  readonly credits: number;
  /** Those credits at Price Per Credit, in USD to the cent. */
  readonly usd: number;
  readonly text: string;
}

export interface CampaignNumbers {
  readonly asOf: Day;
  /** Data rows read (after the header), blank and errors included. */
  readonly rows: number;
  readonly blank: number;
  /** Rows with an error: skipped, as they cannot be read; the first as the user numbers it, when the rows came numbered. */
  readonly errors: number;
  readonly firstError: number | null;
  /** Rows that repeat an earlier prospect (SPEC 6, Duplicates): one prospect, counted once, as its first row. */
  readonly duplicates: number;
  readonly acceptance: MeasuredRate;
  readonly inmailReply: MeasuredRate;
  readonly replyAfterAccept: MeasuredRate;
  readonly refunds: Refunds;
}

/** What one prospect row adds to each count: `undefined` where the row does not count. */
export interface RowCounts {
  readonly acceptance?: boolean;
  readonly inmailReply?: boolean;
  readonly replyAfterAccept?: boolean;
  /** A request not decided yet (pending under 21 days): counted in the acceptance once it is. */
  readonly acceptanceWaiting?: true;
  /** A message not answered yet nor 14 days old: the reply rate it will count in. */
  readonly replyWaiting?: 'inmailReply' | 'replyAfterAccept';
  /** An InMail credit that may still come back. */
  readonly refundable: boolean;
  readonly openProfileMessage: boolean;
}

/** A connection request was sent: a request date, an acceptance, or a status other than none. */
export function isRequest(p: Prospect): boolean {
  return p.requestedOn !== undefined || p.acceptedOn !== undefined || (p.connectionStatus !== undefined && p.connectionStatus !== 'none');
}

const after = (d: Day | undefined, asOf: Day) => d !== undefined && d > asOf;

/**
 * The row as it stood on `asOf`, for numbers measured as of then (a month-end report run on a
 * list kept since): a touch dated after it had not happened, nor what answered it. A request sent
 * later had no status yet; an acceptance dated later left the request pending; a reply counts only
 * when what it answers was sent by then (a reply to an acceptance, only when that was by then).
 */
export function asItStood(p: Prospect, asOf: Day): Prospect {
  const q: Prospect = { ...p };
  if (after(p.requestedOn, asOf)) {
    q.requestedOn = undefined;
    q.connectionStatus = undefined;
    q.acceptedOn = undefined;
  } else if (after(p.acceptedOn, asOf)) {
    q.acceptedOn = undefined;
    if (q.connectionStatus === 'accepted') q.connectionStatus = 'pending';
  }
  if (after(p.inmailSentOn, asOf)) q.inmailSentOn = undefined;
  if (after(p.lastTouchOn, asOf)) q.lastTouchOn = undefined;
  if (after(p.firstTouchOn, asOf)) q.firstTouchOn = undefined;
  // A reply dated after the as-of date had not come.
  if (after(p.repliedOn, asOf)) {
    q.replied = false;
    q.repliedOn = undefined;
  }
  const answered = isAccepted(p) ? isAccepted(q) : q.inmailSentOn !== undefined || isRequest(q);
  if (q.replied === true && !answered) q.replied = false;
  return q;
}

/** How one row counts, as of `asOf`. Exported so each inclusion rule is tested on its own. */
export function rowCounts(p: Prospect, asOf: Day): RowCounts {
  const R = NUMBERS_RULES;
  const accepted = isAccepted(p);
  const replied = p.replied === true;
  const age = (d: Day | undefined) => (d === undefined ? undefined : asOf - d);
  const at = (d: Day | undefined, days: number) => {
    const a = age(d);
    return a !== undefined && a >= days;
  };

  // Acceptance: accepted / requests decided (accepted, declined, withdrawn, or sent 21+ days ago).
  let acceptance: boolean | undefined;
  let acceptanceWaiting: true | undefined;
  if (isRequest(p)) {
    const decided = accepted || p.connectionStatus === 'declined' || p.connectionStatus === 'withdrawn' || at(p.requestedOn, R.requestDecidedAfterDays);
    if (decided) acceptance = accepted;
    // Undated, a pending request never comes of age: it is not waiting to count.
    else if (p.requestedOn !== undefined) acceptanceWaiting = true;
  }

  // InMail reply: replied / InMails to rows with no accepted request, sent 14+ days ago or answered.
  let inmailReply: boolean | undefined;
  let replyWaiting: RowCounts['replyWaiting'];
  if (p.inmailSentOn !== undefined && !accepted) {
    if (replied || at(p.inmailSentOn, R.replyWindowDays)) inmailReply = replied;
    else replyWaiting = 'inmailReply';
  }

  // Reply after accept: replied / accepted rows accepted (or else requested) 14+ days ago, or answered.
  let replyAfterAccept: boolean | undefined;
  if (accepted) {
    if (replied || at(p.acceptedOn ?? p.requestedOn, R.replyWindowDays)) replyAfterAccept = replied;
    else if ((p.acceptedOn ?? p.requestedOn) !== undefined) replyWaiting = 'replyAfterAccept';
  }

  // Refunds: an InMail sent in the last 90 days with no reply yet; an Open Profile message spent no credit.
  const sentAge = age(p.inmailSentOn);
  const recent = sentAge !== undefined && sentAge >= 0 && sentAge <= R.refundWindowDays && !replied;
  const openProfileMessage = recent && p.openProfile === true;
  return { acceptance, inmailReply, replyAfterAccept, acceptanceWaiting, replyWaiting, refundable: recent && !openProfileMessage, openProfileMessage };
}

/** The measured rate beside the assumed one, in numbers and in one line of words. */
export function measure(spec: RateSpec, hits: number, n: number, assumed: number, repliesRecorded = true, waiting = 0): MeasuredRate {
  const base = { key: spec.key, setting: spec.setting, hits, n, assumed, waiting, early: false };
  if (!repliesRecorded && spec.key !== 'acceptance') {
    // Every such row would count as unanswered: 0%, proposed, and written by "Use my numbers".
    const text = `Your ${spec.label}: not measured, no row says whether it replied (no column read as Replied, or it is empty); ${percentText(assumed)} assumed`;
    return { ...base, enoughData: false, rate: null, low: null, high: null, comparison: null, proposal: null, text, noReplies: true };
  }
  if (n < NUMBERS_RULES.minimumSample) {
    const text = `Your ${spec.label}: not enough data (n=${n}; ${NUMBERS_RULES.minimumSample} needed), ${percentText(assumed)} assumed`;
    return { ...base, enoughData: false, rate: null, low: null, high: null, comparison: null, proposal: null, text };
  }
  const rate = hits / n;
  const { low, high } = wilson(hits, n);
  const comparison: Comparison = high < assumed ? 'below' : low > assumed ? 'above' : 'within';
  const measured = `Your ${spec.label} is ${wholePercentText(rate)} (n=${n}, ${Math.round(low * 100)}-${wholePercentText(high)})`;
  if (waiting > 0 && comparison === 'above') {
    // The quick answers are counted and the slow ones not yet: what the rate comes to at least,
    // each waiting row decided against it, is proposed; where even that is not above the assumed
    // rate, nothing is.
    const more = `${grouped(waiting)} more ${spec.waiting} are not decided yet`;
    const floor = rateWritten({ hits, n, waiting, assumed, rate });
    if (mayFallToAssumed(hits, n, waiting, assumed)) {
      // The least it comes to is the assumed rate itself: Use my numbers wrote it already.
      if (asWritten(floor) === asWritten(assumed)) {
        const text = `${measured} so far; ${more}, so it comes to at least ${percentText(floor)}, the rate assumed`;
        return { ...base, enoughData: true, rate, low, high, comparison, proposal: null, text };
      }
      const text = `${measured} so far, but ${more}: too early to propose it; ${percentText(assumed)} assumed`;
      return { ...base, early: true, enoughData: true, rate, low, high, comparison, proposal: null, text };
    }
    // Said as it is written (62.5%, not 63%).
    const text = `${measured}, above the ${percentText(assumed)} assumed; ${more}, so it comes to at least ${percentText(floor)}: that is proposed`;
    return { ...base, enoughData: true, rate, low, high, comparison, proposal: floor, text };
  }
  const text =
    comparison === 'within'
      ? `${measured}, in line with the ${percentText(assumed)} assumed`
      : `${measured}, ${comparison} the ${percentText(assumed)} assumed`;
  return { ...base, enoughData: true, rate, low, high, comparison, proposal: comparison === 'within' ? null : rate, text };
}

/**
 * How a row counted, as `NumbersCounter.add` returns it: a bit for each count it is in (a rate's
 * denominator, its hits, a refund), so a row found later to repeat an earlier prospect is taken
 * out again. An InMail reply and a reply after accept never both count (a row is accepted or not).
 */
const COUNTED = {
  acceptance: 1,
  accepted: 2,
  reply: 4,
  replied: 8,
  afterAccept: 16,
  refundable: 32,
  openProfile: 64,
} as const;

/**
 * A row's counts as COUNTED bits. A row not counted in a rate yet but waiting to be (`acceptanceWaiting`,
 * `replyWaiting`) sets the hit's bit without the rate's: `accepted` without `acceptance`, `replied`
 * without `reply` (and `afterAccept` for the reply after accepting), in the 7 bits a plan keeps a row.
 */
function countedBits(c: RowCounts): number {
  const reply = c.inmailReply ?? c.replyAfterAccept;
  const waitingReply = c.replyWaiting === undefined ? 0 : COUNTED.replied | (c.replyWaiting === 'replyAfterAccept' ? COUNTED.afterAccept : 0);
  return (
    (c.acceptance === undefined ? (c.acceptanceWaiting ? COUNTED.accepted : 0) : COUNTED.acceptance | (c.acceptance ? COUNTED.accepted : 0)) |
    (reply === undefined ? waitingReply : COUNTED.reply | (reply ? COUNTED.replied : 0) | (c.inmailReply === undefined ? COUNTED.afterAccept : 0)) |
    (c.refundable ? COUNTED.refundable : 0) |
    (c.openProfileMessage ? COUNTED.openProfile : 0)
  );
}

/** Counts rows as they come; `result` reads the numbers at any point. */
export class NumbersCounter {
  private rows = 0;
  private blank = 0;
  private errors = 0;
  private firstError: number | null = null;
  private duplicates = 0;
  private readonly hits: Record<RateKey, number> = { acceptance: 0, inmailReply: 0, replyAfterAccept: 0 };
  private readonly n: Record<RateKey, number> = { acceptance: 0, inmailReply: 0, replyAfterAccept: 0 };
  private readonly waiting: Record<RateKey, number> = { acceptance: 0, inmailReply: 0, replyAfterAccept: 0 };
  private awaiting = 0;
  private openProfile = 0;
  /** Rows that say whether they replied (Replied yes or no): with none, the reply rates are not measured. */
  private repliesRecorded = 0;

  constructor(readonly settings: Settings) {}

  /** Counts a row (`row`: as the user numbers it, when known); returns how it counted (COUNTED bits, 0 for none), for `repeats` to take back. */
  add(input: Prospect | RowError | 'blank', row?: number): number {
    this.rows++;
    if (input === 'blank') return (void this.blank++, 0);
    // A row whose dates contradict each other is an error in the plan: skipped here too.
    if (input instanceof RowError || acceptedBeforeRequest(input)) {
      if (this.errors++ === 0 && row !== undefined) this.firstError = row;
      return 0;
    }
    if (input.replied !== undefined) this.repliesRecorded++;
    const asOf = this.settings.asOf;
    // A history date after the as-of date (an error in the plan) had not happened yet on that day.
    const p = laterHistory(input, asOf) ? asItStood(input, asOf) : input;
    // Most rows have no history to count: with no request (so no acceptance) and no InMail sent,
    // `rowCounts` counts the row in no rate and no refund.
    if (p.inmailSentOn === undefined && !isRequest(p)) return 0;
    const counted = countedBits(rowCounts(p, asOf));
    this.count(counted, 1);
    return counted;
  }

  /** A row added earlier that repeats an earlier prospect, with what `add` returned for it: not counted again. */
  repeats(counted: number): void {
    this.duplicates++;
    this.count(counted, -1);
  }

  private count(counted: number, by: number): void {
    if (counted === 0) return;
    // Each rate by its name, not by a key from RATE_KEYS: a property read or written by a key
    // that varies is V8's generic keyed access, three of each on every row with a history.
    const { n, hits, waiting } = this;
    if (counted & COUNTED.acceptance) {
      n.acceptance += by;
      if (counted & COUNTED.accepted) hits.acceptance += by;
    } else if (counted & COUNTED.accepted) waiting.acceptance += by;
    if (counted & COUNTED.reply) {
      const hit = (counted & COUNTED.replied) !== 0;
      if (counted & COUNTED.afterAccept) {
        n.replyAfterAccept += by;
        if (hit) hits.replyAfterAccept += by;
      } else {
        n.inmailReply += by;
        if (hit) hits.inmailReply += by;
      }
    } else if (counted & COUNTED.replied) {
      if (counted & COUNTED.afterAccept) waiting.replyAfterAccept += by;
      else waiting.inmailReply += by;
    }
    if (counted & COUNTED.refundable) this.awaiting += by;
    if (counted & COUNTED.openProfile) this.openProfile += by;
  }

  result(): CampaignNumbers {
    const s = this.settings;
    const [acceptance, inmailReply, replyAfterAccept] = RATES.map((r) =>
      measure(r, this.hits[r.key], this.n[r.key], s[r.prop], this.repliesRecorded > 0, this.waiting[r.key]),
    ) as [MeasuredRate, MeasuredRate, MeasuredRate];
    const credits = roundCents(this.awaiting * s.inmailReplyRate);
    const usd = roundCents(credits * s.pricePerCredit);
    const inmails = `${grouped(this.awaiting)} InMail${this.awaiting === 1 ? '' : 's'}`;
    const text =
      this.awaiting === 0
        ? 'Credits expected back: none (no InMail of the last 90 days awaits a reply)'
        : `Credits expected back: ${credits.toFixed(2)} (${dollars(usd)}) from ${inmails} of the last 90 days awaiting a reply, at ${percentText(s.inmailReplyRate)} reply${
            // With no reply recorded on any row, an InMail answered (its credit back already) looks unanswered.
            this.repliesRecorded > 0 ? '' : '; no row records replies, so each is counted as still awaiting one'
          }`;
    return {
      asOf: s.asOf,
      rows: this.rows,
      blank: this.blank,
      errors: this.errors,
      firstError: this.firstError,
      duplicates: this.duplicates,
      acceptance,
      inmailReply,
      replyAfterAccept,
      refunds: { awaiting: this.awaiting, openProfile: this.openProfile, replyRate: s.inmailReplyRate, credits, usd, text },
    };
  }
}

/**
 * Rows of text, not prospects, read in order: rows after an empty row that hold one cell each (a
 * Salesforce report's footer, "Copyright ...", "Generated By: ..."; a section's title), and the
 * header row again (`Prospect.repeatsHeader`: two exports joined into one file). The plan and the
 * numbers pass over them as over empty rows, and count them apart.
 */
export class NoteLines {
  private afterBlank = false;

  /** `afterGap`: empty lines came just before the row, which the caller passed over (a CSV file's). */
  isNote(input: Prospect | RowError | 'blank', afterGap = false): boolean {
    if (input === 'blank') {
      this.afterBlank = true;
      return false;
    }
    if (input instanceof RowError) {
      const note = (this.afterBlank || afterGap) && input.lone;
      this.afterBlank = note;
      return note;
    }
    if (input.repeatsHeader === true) {
      this.afterBlank = false;
      return true;
    }
    const after = this.afterBlank || afterGap;
    const note = after && input.lone === true;
    // A row of a profile or an email alone is a prospect, and the lines of text under it are still text.
    this.afterBlank = note || (after && unnamedAddress(input));
    return note;
  }
}

/** The numbers of a list held in memory (a sheet's range). */
export function campaignNumbers(inputs: Iterable<Prospect | RowError | 'blank'>, s: Settings): CampaignNumbers {
  const counter = new NumbersCounter(s);
  const counted: number[] = [];
  const keys = new Column(float64s);
  const notes = new NoteLines();
  for (const input of inputs) {
    if (notes.isNote(input)) continue;
    counted.push(counter.add(input));
    // A row the numbers skip is no prospect to repeat. One with history after the as-of date (an
    // error in the plan) counts as it stood, and a prospect counts once: it has its key.
    const skipped = input === 'blank' || input instanceof RowError || acceptedBeforeRequest(input);
    keys.push(skipped ? Number.NaN : prospectKey(input.linkedinUrl, input.email));
  }
  // A prospect on several rows counts once, as the plan plans it once (SPEC 6, Duplicates).
  eachRepeat(keys, (i) => counter.repeats(counted[i] as number));
  return counter.result();
}

/** The distinct prospects the numbers read: rows neither blank, in error nor repeating an earlier prospect (each prospect once). */
export function distinctProspects(n: CampaignNumbers): number {
  return n.rows - n.blank - n.errors - n.duplicates;
}

/** The rows the numbers skip, in words ('' for none): "1 blank, 2 with errors, 3 duplicate rows". */
export function skippedRows(n: CampaignNumbers): string {
  return [
    n.blank ? `${grouped(n.blank)} blank` : '',
    n.errors
      ? `${grouped(n.errors)} with ${n.errors === 1 ? 'an error' : 'errors'}${n.firstError === null ? '' : `, ${n.errors === 1 ? 'row' : 'the first in row'} ${n.firstError}`}`
      : '',
    n.duplicates ? plural(n.duplicates, 'duplicate row') : '',
  ]
    .filter(Boolean)
    .join('; ');
}

export function measuredRates(n: CampaignNumbers): readonly MeasuredRate[] {
  return [n.acceptance, n.inmailReply, n.replyAfterAccept];
}

/**
 * The acceptance the restriction warning checks [003]: the measured rate once its denominator
 * reaches the minimum sample, else the assumed one. The warning's threshold lives with the plan's
 * other warnings.
 */
export function acceptanceInForce(numbers: CampaignNumbers | undefined, s: Settings): { rate: number; measured: MeasuredRate | null } {
  const a = numbers?.acceptance;
  return a?.enoughData && a.rate !== null ? { rate: a.rate, measured: a } : { rate: s.acceptanceRate, measured: null };
}

/**
 * The settings "Use my numbers" writes: each `writable` rate (`rateWritten`: above the assumed
 * one with rows waiting, the least it comes to), as a percentage to one decimal (the Settings
 * sheet's own notation), keyed by its setting.
 */
export function myNumbersSettings(n: CampaignNumbers): Array<[RateSpec['setting'], string]> {
  return measuredRates(n)
    .filter(writable)
    .map((r) => [r.setting, percentText(rateWritten({ ...r, rate: r.rate as number }))]);
}

/** The numbers as JSON (the stats command's, documented in the README): fractions, days as YYYY-MM-DD. */
export function numbersJson(n: CampaignNumbers): Record<string, unknown> {
  const rate = ({ key: _key, ...rest }: MeasuredRate) => rest;
  return {
    asOf: formatDay(n.asOf),
    rows: n.rows,
    prospects: distinctProspects(n),
    blank: n.blank,
    errors: n.errors,
    firstError: n.firstError,
    duplicates: n.duplicates,
    acceptance: rate(n.acceptance),
    inmailReply: rate(n.inmailReply),
    replyAfterAccept: rate(n.replyAfterAccept),
    refunds: n.refunds,
  };
}

/** The numbers in words: the stats command prints them, the plan's summary ends with them. */
export function numbersLines(n: CampaignNumbers): string[] {
  const skipped = skippedRows(n);
  const read = distinctProspects(n);
  const rates = measuredRates(n);
  const short = rates.filter((r) => !r.enoughData && !r.noReplies);
  const unrecorded = rates.filter((r) => r.noReplies);
  const spec = (r: MeasuredRate) => RATES.find((x) => x.key === r.key) as RateSpec;
  return [
    `Your numbers as of ${formatDay(n.asOf)}, from ${plural(read, 'prospect')}${skipped ? ` (skipped: ${skipped})` : ''}:`,
    ...rates.filter((r) => r.enoughData).map((r) => `  ${r.text}`),
    ...(short.length > 0
      ? [
          `  Not enough data yet (${NUMBERS_RULES.minimumSample} needed) for ${short.map((r) => `${spec(r).label} (n=${r.n})`).join(', ')}: the settings' rates stand`,
        ]
      : []),
    ...(unrecorded.length > 0
      ? [
          `  No row says whether it replied (no column read as Replied, or it is empty): ${unrecorded.map((r) => spec(r).label).join(' and ')} not measured, the settings' rates stand`,
        ]
      : []),
    `  ${n.refunds.text}`,
  ];
}
