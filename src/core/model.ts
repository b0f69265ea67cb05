/**
 * The shared vocabulary of the core, a leaf: what a cell, a prospect, a channel and a problem are,
 * and the names of the output columns. Every other module imports from here, never the reverse.
 */

/**
 * A calendar date: whole days since 1970-01-01, no time, no zone (dates.ts does the arithmetic).
 * Here because every layer speaks of dates, and the vocabulary is a leaf.
 */
export type Day = number;

/** A cell as Sheets sends it (numbers, booleans, Dates, "") or as CSV gives it (text). */
export type Cell = string | number | boolean | Date | null | undefined;

/**
 * What kind of thing went wrong: callers branch on this, never on the words. `no-such-day`: a
 * cell's date of a month's day past its end (`2026-02-30`), which a date setting says as such.
 * `ambiguous-date`: a slash date that reads as two days (`03/04/2026`), which names both.
 */
export type ProblemCode = 'cell' | 'no-such-day' | 'ambiguous-date' | 'setting' | 'header' | 'date-range' | 'file';

/** Why a cell or a setting was refused, in words for the user. Errors are values, not throws. */
export class Problem {
  constructor(
    readonly message: string,
    readonly code: ProblemCode = 'cell',
  ) {}
}

/** How an error row's Channel and Reason cells start. */
const ERROR_MARK = 'ERROR: ';

/**
 * `text` in at most `most` characters, its end cut to `end` ("..." as an error message quotes a
 * value: a settings cell can hold 60,000), never between the two halves of a character beyond 16
 * bits (an emoji), which would show as `�`.
 */
export function shortened(text: string, most = 60, end = '...'): string {
  return text.length > most ? `${leading(text, most - end.length)}${end}` : text;
}

/** The first `n` UTF-16 units of `text`, one fewer where the n-th is the first half of a character. */
function leading(text: string, n: number): string {
  const last = text.charCodeAt(n - 1);
  return text.slice(0, n > 0 && last >= 0xd800 && last <= 0xdbff ? n - 1 : n);
}

/**
 * What of a row in error read though another cell did not. Who it is, where its LinkedIn URL or
 * email read: the list plan knows its later duplicates by it. And the touches it records sent: a
 * request counts against the invitation caps, and an InMail against the month's credits, whatever
 * else the row holds.
 */
export interface RowKnown {
  readonly linkedinUrl?: string;
  readonly email?: string;
  readonly requestedOn?: Day;
  readonly inmailSentOn?: Day;
  readonly openProfile?: boolean;
}

/** A row that could not be read: its Channel and Reason both show this text. */
export class RowError {
  /** Errors are told apart by this, not by the text they start with. */
  readonly kind = 'error' as const;
  constructor(
    readonly column: string,
    readonly problem: string,
    readonly got: string,
    readonly others = 0,
    /** A row holding one cell in all, in a column not read (`NOTHING_READ`): after an empty row, a line of text (`NoteLines`). */
    readonly lone = false,
    /** What of the row read though another cell did not (`RowKnown`). */
    readonly known?: RowKnown,
  ) {}

  /**
   * One line of at most 120 characters, like every Reason: a long value is shortened first, and
   * a long header gives way before the value drops under 8 characters.
   */
  get text(): string {
    return `${ERROR_MARK}${this.detail}`;
  }

  /** The text without its `ERROR: ` mark, for a list that already says these are errors: `Degree: ... (got 'x')`. */
  get detail(): string {
    const more = this.others > 0 ? ` (+${this.others} more)` : '';
    const fixed = ` (got '')${more}`.length;
    const width = 120 - ERROR_MARK.length;
    const headOf = (column: string) => `${column}: ${this.problem}`;
    let column = shortened(this.column, 40);
    const over = headOf(column).length + fixed + Math.min(8, this.got.length) - width;
    if (over > 0 && column.length > 12) column = `${leading(column, Math.max(9, column.length - over - 3))}...`;
    const head = headOf(column);
    const room = Math.max(4, width - head.length - fixed);
    const got = shortened(this.got, room);
    return `${head} (got '${got}')${more}`;
  }
}

export type Seniority = 'c-level' | 'vp' | 'director' | 'manager' | 'senior' | 'entry';
export type ConnectionStatus = 'none' | 'pending' | 'accepted' | 'declined' | 'withdrawn';
/** 1, 2, 3 = 1st, 2nd, 3rd degree; 4 = out of network. */
export type Degree = 1 | 2 | 3 | 4;

export interface Prospect {
  name?: string;
  title?: string;
  seniority?: Seniority;
  degree?: Degree;
  openProfile?: boolean;
  namedAccount?: boolean;
  segmentSize?: number;
  /** The trigger as the user wrote it ("funding"), or "trigger" for a plain yes; absent for none. */
  trigger?: string;
  deadline?: Day;
  seriousAsk?: boolean;
  dealValue?: number;
  /** The currency the Deal Value is written in (`$`, `€`, `EUR`), for the Reason; absent when its cell names none. */
  dealCurrency?: string;
  warm?: boolean;
  mutualConnections?: number;
  activeOnLinkedIn?: boolean;
  acceptsConnections?: boolean;
  acceptsInMail?: boolean;
  connectionStatus?: ConnectionStatus;
  requestedOn?: Day;
  inmailSentOn?: Day;
  replied?: boolean;
  /** The reply's date, when the Replied column gives one (`Replied At`): a reply dated after the as-of date had not come then. */
  repliedOn?: Day;
  /** v2: joined into Name when the list has no Name column. */
  firstName?: string;
  lastName?: string;
  /** v2: the key that finds duplicate rows. */
  linkedinUrl?: string;
  email?: string;
  phone?: string;
  /** v2: the request was accepted on this date (implies Connection Status accepted). */
  acceptedOn?: Day;
  /** v2: the last touch actually made; a step dated on or before it is done. */
  lastTouchOn?: Day;
  /**
   * The sequence's first touch, where no request, InMail or acceptance dates it (a message to a
   * 1st-degree connection, an email): written by "mark done" so that a later Last Touch On does not
   * move the sequence's start (each touch read as its first, the same step came back every time).
   */
  firstTouchOn?: Day;
  /**
   * Marked not to be contacted (a CRM's `Do Not Contact`, a rep's `DNC`): the row is skipped,
   * whatever else it holds, a reply or an invitation out included.
   */
  doNotContact?: boolean;
  /**
   * Not to be emailed (Salesforce's `Email Opt Out`, HubSpot's `Unsubscribed from all email`): an
   * email or phone touch names no email, and the email still finds the person's other rows.
   */
  emailOptOut?: boolean;
  /** Not to be called (Salesforce's `Do Not Call`): an email or phone touch names no phone. */
  doNotCall?: boolean;
  /**
   * Set when the row holds one non-blank cell in all (read or not), not a LinkedIn URL or an
   * email (`addressed`): after an empty row, such rows are lines of text (a report's footer, a
   * section's title), not prospects (`NoteLines`).
   */
  lone?: boolean;
  /**
   * Set when every read cell is its column's header, exactly: the header row again (two exports
   * joined into one file, a range taken with its header), not a prospect (`NoteLines`).
   */
  repeatsHeader?: boolean;
  /**
   * Set when a tool's status says the reply came by email or on a call (lemlist's `emailsReplied`):
   * the conversation goes on there, though an invitation or an InMail of ours is still out. False
   * where the column says it came on LinkedIn (Recruiter's `InMail Status`), though no InMail is dated.
   */
  repliedOffLinkedIn?: boolean;
}

export type FieldKey = keyof Prospect;

export const CHANNELS = ['MESSAGE', 'CONNECT_NOTE', 'CONNECT', 'OPEN_PROFILE', 'INMAIL', 'EMAIL_OR_PHONE', 'WITHDRAW', 'SKIP'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Text lower-cased and without its accents, as people type it without them: `Degré` is `degre`,
 * and the letters NFD keeps whole are taken to the letter they are typed as (`ł`, `ø`, `đ`, `ı`).
 */
export function foldLetters(text: string): string {
  const t = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return /[łøđı]/.test(t) ? t.replace(/[łøđı]/g, (c) => FOLDED[c] as string) : t;
}
const FOLDED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i' };

/**
 * Header text compared case-, space- and punctuation-insensitively: `Conn. Degree` = `conndegree`.
 * Letters and digits of every script are kept (`Посада`, `役職`): only ASCII ones, and every header
 * in Cyrillic or Japanese was one header, the first of them named by a `Column:` setting for any.
 */
export function normalizeHeader(header: Cell): string {
  // A Ukrainian apostrophe typed as `ʼ` (a letter to Unicode) goes as one typed as ' or ’ does: Ім'я = Імʼя.
  return foldLetters(String(header ?? '')).replace(/[^\p{L}\p{N}+#]|ʼ/gu, '');
}

/** A header by its ASCII letters and digits alone: a header of two languages (`Name (Имя)`, `Title 役職`) is its English one's. */
export function asciiHeader(header: Cell): string {
  return foldLetters(String(header ?? '')).replace(/[^a-z0-9+#]/g, '');
}

// ---------------------------------------------------------------------------- settings (SPEC 2)

export const SEQUENCE_NAMES = ['hybrid', 'connection-first', 'inmail-first', 'multichannel'] as const;
export type SequenceName = (typeof SEQUENCE_NAMES)[number];
export const DATE_ORDERS = ['auto', 'month-first', 'day-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
export const CREDITS_RUN_OUT = ['connect', 'next-month'] as const;
export type CreditsRunOut = (typeof CREDITS_RUN_OUT)[number];

export interface PlanSpec {
  readonly name: string;
  readonly creditsPerMonth: number;
  readonly maxHeld: number;
  /** Monthly price in USD. */
  readonly price: number;
  /** Personalised connection notes a month; Infinity = unlimited. */
  readonly notesPerMonth: number;
  readonly noteLength: number;
}

export interface Settings {
  readonly plan: PlanSpec;
  readonly credits: number;
  readonly pricePerCredit: number;
  readonly inmailReplyRate: number;
  readonly acceptanceRate: number;
  readonly replyAfterAccept: number;
  readonly weeklyInviteCap: number;
  readonly dailyInviteCap: number;
  /** Infinity = unlimited. */
  readonly notesPerMonth: number;
  readonly volumeThreshold: number;
  readonly highValue: number;
  readonly urgentWithinDays: number;
  readonly sequence: SequenceName;
  readonly startDate: Day;
  readonly asOf: Day;
  /** `Column: <field>` mappings: field -> the sheet's header; null: the field has no column. */
  readonly columns: Partial<Record<FieldKey, string>>;
  /** v2: how slash dates are read (section 1a). */
  readonly dateOrder: DateOrder;
  /** v2: days on which no touch is dated, like weekends, sorted. */
  readonly holidays: readonly Day[];
  /** v2: a request pending this many days is withdrawn [003]. */
  readonly withdrawAfterDays: number;
  /** v2: fall back now (`connect`) or wait for the renewal (`next-month`, section 10). */
  readonly whenCreditsRunOut: CreditsRunOut;
  /** v2: day of the month the credits renew. */
  readonly creditsRenewOn: number;
}

// ---------------------------------------------------------------------------- the decision record

/** Which rule of SPEC section 4 chose a first touch. */
export const FIRST_RULES = [
  'first-degree', // 1: a connection: message
  'no-path', // 2: no LinkedIn path: email or phone
  'only-open-profile', // 3: InMail only, Open Profile
  'only-not-worth', // 3: InMail only, not worth a credit: skip
  'only-inmail', // 3: InMail only, worth a credit
  'only-no-credit', // 3: InMail only, worth reaching, no credit left: email or phone
  'warm', // 3a: warm: the connection side
  'volume', // 4: too many similar prospects: the connection side
  'open-profile', // 5 and 6: InMail side, Open Profile
  'inmail', // 5 and 6: InMail side, a paid credit
  'inmail-fallback', // 6: InMail side, no InMail possible: the connection side
  'connect', // 5 and 7: the connection side on the score
  'connect-default', // 5 and 7: no signal either way
] as const;
export type FirstRule = (typeof FIRST_RULES)[number];

/** What decided a row: a rule of section 4, a step of the sequence in force, or the row's history. */
export type DecidedBy = FirstRule | 'step' | 'withdraw' | 'replied' | 'finished' | 'duplicate' | 'do-not-contact';

/** What a walk passed over on the way to the touch it chose (bits of `Decision.skipped`). */
export const SKIPPED = {
  /** An InMail step or rule found no credit (Credits is 0). */
  noCredit: 1,
  /** An InMail step was not worth a credit. */
  notWorth: 2,
  /** InMail impossible: a free plan, or the prospect takes none. */
  noInMail: 4,
  /** An overdue one-time step (an InMail, a request) expired. */
  expired: 8,
  /** The overdue answer to an acceptance (its first message) expired. */
  answerExpired: 16,
} as const;

/** What is true of the touch (bits of `Decision.flags`). */
export const FLAGS = {
  /** Not touched yet: the first touch. */
  first: 1,
  /** A one-time step whose day passed: due on the as-of date. */
  overdue: 2,
  /** A request or status with no date: the sequence counted from the as-of date. */
  noStartDate: 4,
  /** The list gave the credits to higher-ranked prospects. */
  creditsTaken: 8,
  /** A blank invite: the month's notes went to higher-ranked prospects. */
  noNote: 16,
  /**
   * The daily invitation cap was full on every business day from `Decision.movedFrom` to the day
   * before the date; with `weeklyCap`, on every business day of the date's week before it.
   */
  dailyCap: 32,
  /** The weekly invitation cap was full from `Decision.movedFrom` on, until the date's week. */
  weeklyCap: 64,
  /** Moved to Tuesday-Thursday, when InMails do best [004]. */
  tueToThu: 128,
  /** Waits for the credits' renewal (When Credits Run Out = next-month). */
  renewal: 256,
  /** The date falls after the prospect's Deadline. */
  missesDeadline: 512,
  /** Due on a weekend or a Holiday, moved to the next business day. */
  businessDay: 1024,
  /** An Accepted On date set the first message's date. */
  acceptedOn: 2048,
} as const;

/**
 * An outcome's flag beside FLAGS (a decision's FLAGS are 12 bits in the plan's store, which keeps
 * this one apart): the list plan kept an InMail or Open Profile message on its own day, off
 * Tuesday-Thursday, as its step would no longer be due on the day it would be held for.
 */
export const ON_ITS_DAY = 4096;

/**
 * A duplicate's one flag (it has no touch of its own to flag): it records a touch, a connection or a reply
 * its first row lacks, which is planned from its own, older history. The bit is `first`'s, which
 * only a touch has.
 */
export const NEWER_HISTORY = FLAGS.first;

/**
 * A duplicate's other flag: its first row is in error (a cell or its history does not read), so
 * the prospect waits for that row to be fixed; this row is not planned in its place. The bit is
 * `overdue`'s, which only a touch has.
 */
export const ERROR_FIRST = FLAGS.overdue;

/**
 * A duplicate's third flag: a row of the list marks its prospect Do Not Contact, and this row is
 * its duplicate, found by the LinkedIn URL or the email (`Outcome.duplicateOf` names the marked
 * row): no touch. The bit is `noStartDate`'s, which only a touch has.
 */
export const MARKED_FIRST = FLAGS.noStartDate;

/**
 * One row's next touch, decided once: plain data, no prospect or settings inside. Decide and the
 * sequences make it; the list plan adjusts it (credits, caps, notes, dates, duplicates); the
 * reasons put it into words at the end; the agenda and the numbers read it.
 */
export interface Decision {
  readonly channel: Channel;
  /** Sequence day, 1 = first touch; null for SKIP and after a reply. */
  readonly day: number | null;
  /** Calendar date of the touch, a business day; null where Day is. */
  readonly date: Day | null;
  /** Expected dollars (SPEC 3). */
  readonly cost: number;
  readonly by: DecidedBy;
  /** Index of the step in the sequence in force (by = 'step' or 'finished'; by = 'withdraw' after a finished sequence), else -1. */
  readonly step: number;
  /** Bits of SKIPPED. */
  readonly skipped: number;
  /** Bits of FLAGS. */
  readonly flags: number;
  /** Which InMail and connection signals held (bits of decide.ts's signal tables). */
  readonly inmailSignals: number;
  readonly connectionSignals: number;
  /** The first full day of the invitation caps that moved the date, or the renewal date; else null. */
  readonly movedFrom: Day | null;
  /** The earlier row (as the user numbers it) this one duplicates, when by = 'duplicate'; else null. */
  readonly duplicateOf: number | null;
  /**
   * The later row (as the user numbers it) that repeats this row's prospect and records a touch, a
   * connection or a reply this row lacks (its `NEWER_HISTORY` duplicate): this touch was planned
   * from older history. Null for any other row, and for a row planned alone.
   */
  readonly newerIn: number | null;
  /**
   * For an INMAIL that takes a credit: the same row's touch with no credit left, found by the
   * same walk. The list plan falls back to it when the credits go to higher-ranked rows.
   */
  readonly withoutCredit: Decision | null;
}

/** SPEC section 3: the five output columns, in order. */
export const OUTPUT_COLUMNS = ['Channel', 'Day', 'Date', 'Cost', 'Reason'] as const;

/**
 * The one of `names` a typed name (both normalized) is a letter or two from: how a misspelt
 * header or setting is told (`Conection Degree`, `Weekly Invite Capp`). Six letters at least, one
 * letter apart, two from twelve; undefined where none is so near.
 */
export function misspelt(typed: string, names: readonly string[]): string | undefined {
  return typed.length < 6 ? undefined : closest(typed, names, typed.length >= 12 ? 2 : 1);
}

/**
 * The name of `names` within `most` edits (a letter added, dropped or changed, or two neighbours
 * swapped) of `typed`, the nearest: the first within none, else within one... Checked edit by edit
 * from the first difference, so a name far off is passed over in a few comparisons.
 */
export function closest(typed: string, names: readonly string[], most = 2): string | undefined {
  for (let edits = 0; edits <= most; edits++) {
    for (const name of names) if (Math.abs(name.length - typed.length) <= edits && withinEdits(typed, 0, name, 0, edits)) return name;
  }
  return undefined;
}

/** Whether `a` from `i` and `b` from `j` are within `most` edits of each other. */
function withinEdits(a: string, i: number, b: string, j: number, most: number): boolean {
  while (i < a.length && j < b.length && a.charCodeAt(i) === b.charCodeAt(j)) {
    i++;
    j++;
  }
  const left = a.length - i + (b.length - j);
  if (left === 0) return true;
  if (most === 0) return false;
  const m = most - 1;
  const inA = i < a.length;
  const inB = j < b.length;
  return (
    (inA && inB && withinEdits(a, i + 1, b, j + 1, m)) ||
    (inA && withinEdits(a, i + 1, b, j, m)) ||
    (inB && withinEdits(a, i, b, j + 1, m)) ||
    (i + 1 < a.length && j + 1 < b.length && a[i] === b[j + 1] && a[i + 1] === b[j] && withinEdits(a, i + 2, b, j + 2, m))
  );
}
