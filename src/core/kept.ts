/**
 * What a planned row's words read of its prospect, kept when the row is added, so the plan gives
 * a row's outcome back without the row being read a second time. A Reason names the degree, the
 * seniority, the trigger, the deadline and the like (reasons.ts); everything else a prospect has
 * was used by the decision and is not needed again.
 *
 * Four bytes a row hold the small fields. The numbers a row's words can name (a deal value, a
 * deadline...) are kept only when they can be named: the deal value of a row whose deal counts, a
 * segment size of a row decided by volume. They follow one another in one column of 32-bit
 * integers (a number that is not one takes two: its 64 bits), found from the presence bits; an
 * offset every 64 rows finds a row's first number without a pass from the top.
 */
import { DEAL_BIT, MUTUAL_BIT, type Touch, URGENT_BIT } from './decide.js';
import { type ConnectionStatus, type Degree, FLAGS, type Prospect, type Seniority } from './model.js';
import { Column, int32s } from './typed.js';
import { emptyProspect } from './fields.js';

const SENIORITIES: readonly (Seniority | undefined)[] = [undefined, 'c-level', 'vp', 'director', 'manager', 'senior', 'entry'];
const STATUSES: readonly (ConnectionStatus | undefined)[] = [undefined, 'none', 'pending', 'accepted', 'declined', 'withdrawn'];
const SENIORITY_CODE = new Map(SENIORITIES.map((v, i) => [v, i]));
const STATUS_CODE = new Map(STATUSES.map((v, i) => [v, i]));

// The packed word: degree (3 bits), four flags, status (3), seniority (3), then a presence bit for
// each number kept, in the order the numbers follow one another, then a bit for each that takes two
// slots (its 64 bits, not a 32-bit integer), then the kept deal value's currency (3), then whether
// an InMail was sent and whether a request was.
const OPEN_PROFILE = 1 << 3;
const NO_INMAIL = 1 << 4;
const EMAIL = 1 << 5;
const PHONE = 1 << 6;
/** Above the currency's bits: an InMail Sent On (its date is not kept; a step's words only ask whether one was sent). */
const INMAIL_SENT = 1 << 30;
/** The sign bit: a Requested On (its date is kept only for a withdrawal; an expired step's words ask whether a request went out). */
const REQUEST_SENT = 1 << 31;
/** `KeptProspects.optOuts`: opted out of email, marked do not call. */
const OPTED_OUT = 1;
const NO_CALLS = 2;
const STATUS_SHIFT = 7;
const SENIORITY_SHIFT = 10;
const NUMBERS_SHIFT = 13;
/** The numbers, in the order they are kept; `trigger` is kept as its place among the triggers. */
const NUMBERS = ['trigger', 'deadline', 'dealValue', 'mutualConnections', 'segmentSize', 'acceptedOn', 'requestedOn'] as const;
const [TRIGGER, DEADLINE, DEAL_VALUE, MUTUALS, SEGMENT, ACCEPTED, REQUESTED] = NUMBERS.map((_, i) => 1 << (NUMBERS_SHIFT + i)) as number[] as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
const WIDE_SHIFT = NUMBERS.length;
/** The presence and wide bits of the numbers, once shifted down by NUMBERS_SHIFT. */
const NUMBER_BITS = (1 << (2 * NUMBERS.length)) - 1;
/** Above them, the kept deal value's currency: its place among the list's first 7 (0: none named). */
const CURRENCY_SHIFT = NUMBERS_SHIFT + 2 * NUMBERS.length;
const CURRENCIES_KEPT = 7;
const MARK_BITS = 6;
const MARK = (1 << MARK_BITS) - 1;
/** One number's 64 bits as two 32-bit slots. */
const wide = new Float64Array(1);
const halves = new Int32Array(wide.buffer);

/** Slots a row's numbers take: the bits set in the presence and wide parts of its packed word. */
function numbersIn(word: number): number {
  let m = (word >>> NUMBERS_SHIFT) & NUMBER_BITS;
  let n = 0;
  while (m !== 0) {
    m &= m - 1;
    n++;
  }
  return n;
}

/** The prospects of a plan's rows, as much of each as its Reason reads. */
export class KeptProspects {
  private readonly words = new Column(int32s);
  private readonly numbers = new Column(int32s);
  /** Where the numbers of row 64k start. */
  private readonly marks = new Column(int32s);
  private readonly triggers: string[] = [];
  private readonly triggerAt = new Map<string, number>();
  /** The currencies deal values are written in, in the order first met. */
  private readonly currencies: string[] = [];
  /** Rows opted out of email or marked do not call (OPTED_OUT, NO_CALLS), which the packed word has no bit left for: few in a list. */
  private readonly optOuts = new Map<number, number>();
  /** The last row read, and where its numbers started: rows read in order find theirs at once. */
  private lastRow = 0;
  private lastAt = 0;
  /** Where `prospect` reads the next number. */
  private cursor = 0;

  /** A row decided as `t` (and `alt`, an InMail's touch with no credit) from `p`, with its signal masks. */
  push(p: Prospect, inmailMask: number, connectionMask: number, t: Touch, alt: Touch | null, asOf: number): void {
    const i = this.words.length;
    if ((i & MARK) === 0) this.marks.push(this.numbers.length);
    let word =
      (p.degree ?? 0) |
      (p.openProfile ? OPEN_PROFILE : 0) |
      (p.acceptsInMail === false ? NO_INMAIL : 0) |
      (p.email ? EMAIL : 0) |
      (p.inmailSentOn !== undefined ? INMAIL_SENT : 0) |
      (p.requestedOn !== undefined ? REQUEST_SENT : 0) |
      (p.phone ? PHONE : 0) |
      ((STATUS_CODE.get(p.connectionStatus) as number) << STATUS_SHIFT) |
      ((SENIORITY_CODE.get(p.seniority) as number) << SENIORITY_SHIFT);
    // In the order of NUMBERS: each number kept sets its presence bit.
    if (inmailMask & URGENT_BIT && p.trigger !== undefined) word |= this.keep(TRIGGER, this.triggerIndex(p.trigger));
    // A deadline still ahead can be missed by the planned date, whatever the signals.
    if (p.deadline !== undefined && p.deadline >= asOf) word |= this.keep(DEADLINE, p.deadline);
    if (inmailMask & DEAL_BIT && p.dealValue !== undefined) word |= this.keep(DEAL_VALUE, p.dealValue) | (this.currencyCode(p.dealCurrency) << CURRENCY_SHIFT);
    // Connection signals are named only by the rule that connects for them.
    if (connectionMask & MUTUAL_BIT && (t.by === 'connect' || alt?.by === 'connect') && p.mutualConnections !== undefined) {
      word |= this.keep(MUTUALS, p.mutualConnections);
    }
    if ((t.by === 'volume' || alt?.by === 'volume') && p.segmentSize !== undefined) word |= this.keep(SEGMENT, p.segmentSize);
    if ((t.flags | (alt === null ? 0 : alt.flags)) & FLAGS.acceptedOn && p.acceptedOn !== undefined) word |= this.keep(ACCEPTED, p.acceptedOn);
    if ((t.by === 'withdraw' || alt?.by === 'withdraw') && p.requestedOn !== undefined) word |= this.keep(REQUESTED, p.requestedOn);
    if (p.emailOptOut === true || p.doNotCall === true) this.optOuts.set(i, (p.emailOptOut === true ? OPTED_OUT : 0) | (p.doNotCall === true ? NO_CALLS : 0));
    this.words.push(word);
  }

  /**
   * Row `i`'s marks against email and calls joined to row `first`'s, `i` being its duplicate: one
   * person's marks, whichever row holds them (an unsubscribe list joined under an export). Says
   * whether `first` now has both where it had not.
   */
  joinOptOuts(i: number, first: number): boolean {
    if (this.optOuts.size === 0) return false;
    const mine = this.optOuts.get(i) ?? 0;
    const theirs = this.optOuts.get(first) ?? 0;
    if ((mine | theirs) === theirs) return false;
    this.optOuts.set(first, mine | theirs);
    return (mine | theirs) === (OPTED_OUT | NO_CALLS);
  }

  /** Keeps a number: one slot for a 32-bit integer, two for any other; returns its bits for the word. */
  private keep(bit: number, value: number): number {
    if ((value | 0) === value) {
      this.numbers.push(value);
      return bit;
    }
    wide[0] = value;
    this.numbers.push(halves[0] as number);
    this.numbers.push(halves[1] as number);
    return bit | (bit << WIDE_SHIFT);
  }

  /** The number of `bit` at the read cursor, if kept, the cursor moved past it. */
  private next(word: number, bit: number): number | undefined {
    if ((word & bit) === 0) return undefined;
    const numbers = this.numbers;
    if ((word & (bit << WIDE_SHIFT)) === 0) return numbers.get(this.cursor++);
    halves[0] = numbers.get(this.cursor++);
    halves[1] = numbers.get(this.cursor++);
    return wide[0];
  }

  /** The currencies the deal values that counted (over High Value) are written in, as written, first met first (up to CURRENCIES_KEPT). */
  get dealCurrencies(): readonly string[] {
    return this.currencies.slice();
  }

  /** Whether row `i`'s prospect is connected by what its word keeps: 1st degree, or a request accepted. */
  connected(i: number): boolean {
    const word = this.words.get(i);
    return (word & 7) === 1 || STATUSES[(word >>> STATUS_SHIFT) & 7] === 'accepted';
  }

  /** What row `i`'s word keeps of its touches: a request (a Requested On or a status past none), an InMail sent. */
  touches(i: number): { readonly request: boolean; readonly inmail: boolean } {
    const word = this.words.get(i);
    const status = STATUSES[(word >>> STATUS_SHIFT) & 7];
    return { request: (word & REQUEST_SENT) !== 0 || (status !== undefined && status !== 'none'), inmail: (word & INMAIL_SENT) !== 0 };
  }

  /** A row whose words read nothing of its prospect (a duplicate's, a row error's). */
  pushNone(): void {
    if ((this.words.length & MARK) === 0) this.marks.push(this.numbers.length);
    this.words.push(0);
  }

  /** A currency's place among the list's first CURRENCIES_KEPT, from 1; 0 for none (or one past them, named as none). */
  private currencyCode(currency: string | undefined): number {
    if (currency === undefined) return 0;
    let k = this.currencies.indexOf(currency);
    if (k < 0 && this.currencies.length < CURRENCIES_KEPT) k = this.currencies.push(currency) - 1;
    return k + 1;
  }

  private triggerIndex(trigger: string): number {
    let k = this.triggerAt.get(trigger);
    if (k === undefined) {
      k = this.triggers.length;
      this.triggers.push(trigger);
      this.triggerAt.set(trigger, k);
    }
    return k;
  }

  /** Where row `i`'s numbers start: counted on from the row last read, or from the mark before `i`. */
  private numbersAt(i: number): number {
    const mark = i & ~MARK;
    let from = this.lastRow;
    let at = this.lastAt;
    if (from < mark || from > i) {
      from = mark;
      at = this.marks.get(mark >>> MARK_BITS);
    }
    for (let k = from; k < i; k++) at += numbersIn(this.words.get(k));
    this.lastRow = i;
    this.lastAt = at;
    return at;
  }

  /**
   * Row `i`'s prospect as its words read it: a new object, the fields not kept left undefined. Of
   * the reader's one shape (`emptyProspect`): a shape of its own made every test of a prospect
   * that both meet (`isConnected`...) see two, and the compiled code made for one was dropped.
   * A field is written only when it has a value: V8 holds a field no prospect of the list has
   * written (a list without an Accepted On column) as constant, and the first write to it, even
   * of undefined, dropped the compiled code of every function that reads a prospect (14 of them
   * on a full tab, compiled again while the Reasons were written).
   */
  prospect(i: number): Prospect {
    const word = this.words.get(i);
    const p = emptyProspect();
    if (this.optOuts.size !== 0) {
      const out = this.optOuts.get(i) ?? 0;
      if (out & OPTED_OUT) p.emailOptOut = true;
      if (out & NO_CALLS) p.doNotCall = true;
    }
    if (word === 0) return p;
    if ((word & 7) !== 0) p.degree = (word & 7) as Degree;
    if (word & OPEN_PROFILE) p.openProfile = true;
    if (word & NO_INMAIL) p.acceptsInMail = false;
    // Only whether there is one is read.
    if (word & EMAIL) p.email = '@';
    // Whether one was sent, not when: no Reason names the date.
    if (word & INMAIL_SENT) p.inmailSentOn = Number.NaN;
    if (word & REQUEST_SENT) p.requestedOn = Number.NaN;
    if (word & PHONE) p.phone = '+';
    const status = STATUSES[(word >>> STATUS_SHIFT) & 7];
    if (status !== undefined) p.connectionStatus = status;
    const seniority = SENIORITIES[(word >>> SENIORITY_SHIFT) & 7];
    if (seniority !== undefined) p.seniority = seniority;
    if (((word >>> NUMBERS_SHIFT) & NUMBER_BITS) === 0) return p;
    this.cursor = this.numbersAt(i);
    const trigger = this.next(word, TRIGGER);
    if (trigger !== undefined) p.trigger = this.triggers[trigger];
    const deadline = this.next(word, DEADLINE);
    if (deadline !== undefined) p.deadline = deadline;
    const dealValue = this.next(word, DEAL_VALUE);
    if (dealValue !== undefined) p.dealValue = dealValue;
    const currency = (word >>> CURRENCY_SHIFT) & CURRENCIES_KEPT;
    if (currency !== 0) p.dealCurrency = this.currencies[currency - 1];
    const mutuals = this.next(word, MUTUALS);
    if (mutuals !== undefined) p.mutualConnections = mutuals;
    const segment = this.next(word, SEGMENT);
    if (segment !== undefined) p.segmentSize = segment;
    const accepted = this.next(word, ACCEPTED);
    if (accepted !== undefined) p.acceptedOn = accepted;
    const requested = this.next(word, REQUESTED);
    if (requested !== undefined) p.requestedOn = requested;
    return p;
  }
}
