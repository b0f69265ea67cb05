/**
 * What a planned row's words read of its prospect, kept when the row is added, so the plan gives
 * a row's outcome back without the row being read a second time. A Reason names the degree, the
 * seniority, the trigger, the deadline and the like (reasons.ts); everything else a prospect has
 * was used by the decision and is not needed again.
 *
 * Four bytes a row hold the small fields. The numbers a row's words can name (a deal value, a
 * deadline...) are kept only when they can be named: the deal value of a row whose deal counts, a
 * segment size of a row decided by volume. They follow one another in one column, found from the
 * presence bits; an offset every 64 rows finds a row's first number without a pass from the top.
 */
import { CONNECTION_SIGNALS, INMAIL_SIGNALS, type Touch } from './decide.js';
import { type ConnectionStatus, type Degree, FLAGS, type Prospect, type Seniority } from './model.js';
import { Column, float64s, int32s } from './typed.js';

const SENIORITIES: readonly (Seniority | undefined)[] = [undefined, 'c-level', 'vp', 'director', 'manager', 'senior', 'entry'];
const STATUSES: readonly (ConnectionStatus | undefined)[] = [undefined, 'none', 'pending', 'accepted', 'declined', 'withdrawn'];
const SENIORITY_CODE = new Map(SENIORITIES.map((v, i) => [v, i]));
const STATUS_CODE = new Map(STATUSES.map((v, i) => [v, i]));

const bitOf = (signals: typeof INMAIL_SIGNALS, id: string) => 1 << signals.findIndex((s) => s.id === id);
const URGENT = bitOf(INMAIL_SIGNALS, 'urgent');
const DEAL = bitOf(INMAIL_SIGNALS, 'deal');
const MUTUAL = bitOf(CONNECTION_SIGNALS, 'mutual');

// The packed word: degree (3 bits), four flags, status (3), seniority (3), then a presence bit for
// each number kept, in the order the numbers follow one another.
const OPEN_PROFILE = 1 << 3;
const NO_INMAIL = 1 << 4;
const EMAIL = 1 << 5;
const PHONE = 1 << 6;
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
const MARK_BITS = 6;
const MARK = (1 << MARK_BITS) - 1;

/** Bits set in the presence part of a packed word. */
function numbersIn(word: number): number {
  let m = word >>> NUMBERS_SHIFT;
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
  private readonly numbers = new Column(float64s);
  /** Where the numbers of row 64k start. */
  private readonly marks = new Column(int32s);
  private readonly triggers: string[] = [];
  private readonly triggerAt = new Map<string, number>();
  /** The last row read, and where its numbers started: rows read in order find theirs at once. */
  private lastRow = 0;
  private lastAt = 0;

  get length(): number {
    return this.words.length;
  }

  /** A row decided as `t` (and `alt`, an InMail's touch with no credit) from `p`, with its signal masks. */
  push(p: Prospect, inmailMask: number, connectionMask: number, t: Touch, alt: Touch | null, asOf: number): void {
    const i = this.words.length;
    if ((i & MARK) === 0) this.marks.push(this.numbers.length);
    const numbers = this.numbers;
    let word =
      (p.degree ?? 0) |
      (p.openProfile ? OPEN_PROFILE : 0) |
      (p.acceptsInMail === false ? NO_INMAIL : 0) |
      (p.email ? EMAIL : 0) |
      (p.phone ? PHONE : 0) |
      ((STATUS_CODE.get(p.connectionStatus) as number) << STATUS_SHIFT) |
      ((SENIORITY_CODE.get(p.seniority) as number) << SENIORITY_SHIFT);
    // In the order of NUMBERS: each number kept sets its presence bit.
    if (inmailMask & URGENT && p.trigger !== undefined) {
      word |= TRIGGER;
      numbers.push(this.triggerIndex(p.trigger));
    }
    // A deadline still ahead can be missed by the planned date, whatever the signals.
    if (p.deadline !== undefined && p.deadline >= asOf) {
      word |= DEADLINE;
      numbers.push(p.deadline);
    }
    if (inmailMask & DEAL && p.dealValue !== undefined) {
      word |= DEAL_VALUE;
      numbers.push(p.dealValue);
    }
    if (connectionMask & MUTUAL && p.mutualConnections !== undefined) {
      word |= MUTUALS;
      numbers.push(p.mutualConnections);
    }
    if ((t.by === 'volume' || alt?.by === 'volume') && p.segmentSize !== undefined) {
      word |= SEGMENT;
      numbers.push(p.segmentSize);
    }
    if ((t.flags | (alt === null ? 0 : alt.flags)) & FLAGS.acceptedOn && p.acceptedOn !== undefined) {
      word |= ACCEPTED;
      numbers.push(p.acceptedOn);
    }
    if ((t.by === 'withdraw' || alt?.by === 'withdraw') && p.requestedOn !== undefined) {
      word |= REQUESTED;
      numbers.push(p.requestedOn);
    }
    this.words.push(word);
  }

  /** A row whose words read nothing of its prospect (a duplicate's, a row error's). */
  pushNone(): void {
    if ((this.words.length & MARK) === 0) this.marks.push(this.numbers.length);
    this.words.push(0);
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

  /** Row `i`'s prospect as its words read it: a new object, the fields not kept left undefined. */
  prospect(i: number): Prospect {
    const word = this.words.get(i);
    const p = new KeptProspect();
    if (word === 0) return p;
    p.degree = (word & 7) === 0 ? undefined : ((word & 7) as Degree);
    if (word & OPEN_PROFILE) p.openProfile = true;
    if (word & NO_INMAIL) p.acceptsInMail = false;
    // Only whether there is one is read.
    if (word & EMAIL) p.email = '@';
    if (word & PHONE) p.phone = '+';
    p.connectionStatus = STATUSES[(word >>> STATUS_SHIFT) & 7];
    p.seniority = SENIORITIES[(word >>> SENIORITY_SHIFT) & 7];
    if (word >>> NUMBERS_SHIFT === 0) return p;
    let at = this.numbersAt(i);
    const numbers = this.numbers;
    if (word & TRIGGER) p.trigger = this.triggers[numbers.get(at++)];
    if (word & DEADLINE) p.deadline = numbers.get(at++);
    if (word & DEAL_VALUE) p.dealValue = numbers.get(at++);
    if (word & MUTUALS) p.mutualConnections = numbers.get(at++);
    if (word & SEGMENT) p.segmentSize = numbers.get(at++);
    if (word & ACCEPTED) p.acceptedOn = numbers.get(at++);
    if (word & REQUESTED) p.requestedOn = numbers.get(at);
    return p;
  }
}

/**
 * A kept prospect: the fields a Reason reads, each set or undefined, one shape for every row; the
 * rest of a prospect's fields are absent (undefined when read).
 */
class KeptProspect implements Prospect {
  degree: Degree | undefined = undefined;
  openProfile: boolean | undefined = undefined;
  acceptsInMail: boolean | undefined = undefined;
  email: string | undefined = undefined;
  phone: string | undefined = undefined;
  connectionStatus: ConnectionStatus | undefined = undefined;
  seniority: Seniority | undefined = undefined;
  trigger: string | undefined = undefined;
  deadline: number | undefined = undefined;
  dealValue: number | undefined = undefined;
  mutualConnections: number | undefined = undefined;
  segmentSize: number | undefined = undefined;
  acceptedOn: number | undefined = undefined;
  requestedOn: number | undefined = undefined;
}
