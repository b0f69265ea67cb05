/**
 * SPEC section 3a: the Reason a rep reads in a cell, built at the end from the decision record.
 * The conclusion comes first in plain words, then why: every signal that counted and only what
 * is true of this row and this run. The prospect is read for labels (a trigger's words, a deal's
 * size), never to decide again. No sources in the words: they belong in the README.
 *
 * Every row gets a reason, so the words are gathered into one reused set of flat arrays (no object
 * per clause or label), measured, fitted to the line in one pass over the lengths, and joined once.
 */
import { type Channel, type Day, ERROR_FIRST, FLAGS, MARKED_FIRST, NEWER_HISTORY, ON_ITS_DAY, type Prospect, type Settings, SKIPPED } from './model.js';
import { civilDay, formatDay, isBusinessDay, mondayOf, nextBusinessDay, nextRenewal, nextTueToThu, partsOf } from './dates.js';
import {
  CONNECTION_SIGNALS,
  INMAIL_POINTS_NEEDED,
  INMAIL_SIGNALS,
  MUTUAL_CONNECTIONS_THAT_COUNT,
  type SignalId,
  URGENT_BIT,
  WORTH_PAYING_MASK,
  bitCount,
  factsOf,
  noEmailOrCall,
} from './decide.js';
import { SEQUENCES, expiredStep, reachedOnLinkedIn, stepSays } from './sequences.js';
import { grouped, plural } from './format.js';
import { remember } from './remember.js';
import type { Outcome } from './plan.js';

/** Aim for one line of this many characters (SPEC 3a). */
export const REASON_MAX = 120;

/** A label with a shorter form, used before any label is dropped. */
export interface Label {
  readonly full: string;
  readonly short: string;
}

/** One clause of a reason: text around a list of labels. `keep` clauses are never dropped. */
export interface Clause {
  readonly before: string;
  readonly labels: readonly Label[];
  readonly after: string;
  readonly keep: boolean;
  /** Fewer words for `before`, used before any list is cut to "+N". */
  readonly beforeShort?: string | undefined;
}

/**
 * Short dates of a run, each written once: a window of days around the as-of date, indexed by
 * their distance from it. Caps push a long list's dates years ahead, one distinct day after
 * another, so the window is wide (about 10 years back, 80 ahead) and a day outside it is simply
 * written again. Bounded: one array of WINDOW strings.
 */
const WINDOW_BEFORE = 1 << 12;
const WINDOW = 1 << 15;
let windowAsOf: Day | undefined;
let shortDays: (string | undefined)[] = [];
/** The as-of date's year as days [asOfYearFrom, asOfYearTo): a day in it is written without its year. */
let asOfYearFrom = Number.NaN;
let asOfYearTo = Number.NaN;

function windowAt(day: Day, asOf: Day): number {
  if (asOf !== windowAsOf) {
    windowAsOf = asOf;
    shortDays = new Array(WINDOW);
    const [year] = partsOf(asOf);
    asOfYearFrom = civilDay(year, 1, 1) ?? Number.NaN;
    asOfYearTo = (civilDay(year, 12, 31) ?? Number.NaN) + 1;
  }
  const i = day - asOf + WINDOW_BEFORE;
  return i >= 0 && i < WINDOW && Number.isInteger(i) ? i : -1;
}

/** `12-01` within the as-of year, `2027-01-05` beyond it: short, and never ambiguous. */
export function shortDay(day: Day, s: Settings): string {
  const i = windowAt(day, s.asOf);
  let text = i < 0 ? undefined : shortDays[i];
  if (text === undefined) {
    const iso = formatDay(day);
    // The year told by the as-of year's bounds: a day outside the window (a long list's dates, years out under the caps) is not taken apart twice.
    text = day >= asOfYearFrom && day < asOfYearTo ? iso.slice(5) : iso;
    if (i >= 0) shortDays[i] = text;
  }
  return text;
}

/** Amounts as a Reason writes them, by currency ('' for none named), then by amount. */
const moneyWords = new Map<string, Map<number, string>>();

/**
 * `$180k`, `€1.2M`, `EUR 75k`, `75k kr`: the amount in the currency its cell was written in (a
 * sign before it, a code before it and a space, `kr`, `zł` and `Fr.` after it), or none: a deal
 * of `75000` is in the sheet's own currency, which no cell names.
 */
function money(n: number, currency = ''): string {
  let words = moneyWords.get(currency);
  if (words === undefined) moneyWords.set(currency, (words = new Map()));
  const known = words.get(n);
  if (known !== undefined) return known;
  // 999,999 is `1M`, not `1000k`: an amount rounds up into the next unit.
  const amount = n >= 999_500 ? `${Number((n / 1e6).toFixed(1))}M` : n >= 999.5 ? `${Number((n / 1e3).toFixed(n >= 9_950 ? 0 : 1))}k` : `${n}`;
  const text =
    currency === ''
      ? amount
      : /^[A-Z]{3}$/.test(currency)
        ? `${currency} ${amount}`
        : AFTER_AMOUNT.has(currency)
          ? `${amount} ${currency}`
          : `${currency}${amount}`;
  return remember(words, n, text);
}

/** Currencies written after the amount. */
const AFTER_AMOUNT = new Set(['kr', 'zł', 'Fr.']);

const triggerWordsOf = new Map<string, string>();

function triggerWords(trigger: string): string {
  const known = triggerWordsOf.get(trigger);
  if (known !== undefined) return known;
  return remember(
    triggerWordsOf,
    trigger,
    trigger
      .replace(/[(),;]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * The reason being written: its clauses and their labels in parallel arrays, reused from row to
 * row. Clause k is `before[k]`, then labels `from[k]` up to `from[k + 1]` (or `labels`) joined
 * by ", ", then `after[k]`.
 */
const w = {
  clauses: 0,
  before: [] as string[],
  after: [] as string[],
  keep: [] as boolean[],
  beforeShort: [] as string[],
  from: [] as number[],
  /** The clause's length with every label in full. */
  length: [] as number[],
  labels: 0,
  full: [] as string[],
  short: [] as string[],
};

/** Starts clause `before ...`; its labels follow, then `close` gives its end. */
function open(before: string, keep: boolean, beforeShort: string = before): void {
  const k = w.clauses++;
  w.before[k] = before;
  w.beforeShort[k] = beforeShort;
  w.after[k] = '';
  w.keep[k] = keep;
  w.from[k] = w.labels;
  w.length[k] = before.length;
}

function close(after: string): void {
  const k = w.clauses - 1;
  w.after[k] = after;
  w.length[k] = (w.length[k] as number) + after.length;
}

/** A clause with no labels. */
function say(text: string, keep = false): void {
  open(text, keep);
}

function label(full: string, short: string = full): void {
  const j = w.labels++;
  const k = w.clauses - 1;
  w.full[j] = full;
  w.short[j] = short;
  w.length[k] = (w.length[k] as number) + full.length + (j > (w.from[k] as number) ? 2 : 0);
}

/** The words for one signal, read from the prospect. */
function signalLabel(id: SignalId, p: Prospect, s: Settings): void {
  switch (id) {
    case 'named':
      label('named account', 'named');
      break;
    case 'urgent':
      if (p.trigger === undefined) {
        const left = (p.deadline as number) - s.asOf;
        label(left === 0 ? 'deadline today' : left === 1 ? 'deadline tomorrow' : `deadline in ${left} days`, 'deadline');
      } else if (p.trigger === 'trigger') label('trigger');
      else label(triggerWords(p.trigger), 'trigger');
      break;
    case 'far':
      if (p.degree === 4) label('out of network', 'no network');
      else label('3rd degree', '3rd');
      break;
    case 'serious':
      label('serious ask', 'serious');
      break;
    case 'senior':
      label(p.seniority as string);
      break;
    case 'deal': {
      const m = money(p.dealValue as number, p.dealCurrency);
      // Short, an amount names itself by its currency; with none named, "deal" says what it is.
      label(`deal ${m}`, p.dealCurrency === undefined ? `deal ${m}` : m);
      break;
    }
    case 'warm':
      label('warm');
      break;
    case 'mutual':
      label(`${p.mutualConnections} mutual connections`, `${p.mutualConnections ?? MUTUAL_CONNECTIONS_THAT_COUNT} mutual`);
      break;
    case 'active':
      label('active on LinkedIn', 'active');
      break;
    case 'career':
      label(`${p.seniority} level`, p.seniority as string);
      break;
  }
}

/** InMail signals that make a credit worth it come first; the reach signal (3rd degree) last. Returns how many. */
function labelsOf(signals: typeof INMAIL_SIGNALS, mask: number, p: Prospect, s: Settings): number {
  let n = 0;
  for (let i = 0; i < signals.length; i++) {
    if (mask & (1 << i)) {
      signalLabel((signals[i] as (typeof signals)[number]).id, p, s);
      n++;
    }
  }
  return n;
}

let noteHeadFor = -1;
let noteHeadText = '';

/** The note's length in the conclusion: one plan per list, so one text per list. */
function noteHead(noteLength: number): string {
  if (noteLength !== noteHeadFor) {
    noteHeadFor = noteLength;
    noteHeadText = `Connect with a note (${noteLength} chars)`;
  }
  return noteHeadText;
}

/** The conclusion, as a rep would say it. */
function conclusion(channel: Channel, o: Outcome): string {
  const p = o.prospect;
  switch (channel) {
    case 'MESSAGE':
      return 'Message';
    case 'CONNECT_NOTE':
      return noteHead(o.settings.plan.noteLength);
    case 'CONNECT':
      return 'Connect, blank invite';
    case 'OPEN_PROFILE':
      return 'Open Profile message (free)';
    case 'INMAIL':
      return 'InMail (1 credit)';
    case 'EMAIL_OR_PHONE':
      return emailOrCall(p);
    case 'WITHDRAW':
      return 'Withdraw the invite';
    case 'SKIP':
      return 'Skip';
  }
}

/**
 * An email or phone touch as the row allows it: the ways it has, less an email it opted out of
 * and a phone it is not to be called on, each named so (`Call (opted out of email)`); with none
 * left, the one to find. Both barred is no such touch (`noEmailOrCall`).
 */
function emailOrCall(p: Prospect): string {
  const optedOut = p.emailOptOut === true;
  const noCalls = p.doNotCall === true;
  const email = !optedOut && p.email !== undefined && p.email !== '';
  const phone = !noCalls && p.phone !== undefined && p.phone !== '';
  if (email && phone) return 'Email or call';
  if (email) return noCalls ? 'Email (do not call)' : 'Email';
  if (phone) return optedOut ? 'Call (opted out of email)' : 'Call';
  if (optedOut) return 'Call (opted out of email): find a phone number';
  return noCalls ? 'Email (do not call): find an email' : 'Email or phone (find an email)';
}

/** Why a paid InMail was not sent, in words. */
function noInMailWhy(o: Outcome): string {
  const { skipped, flags, settings: s, prospect: p } = o;
  if (flags & FLAGS.creditsTaken) return cannotWait(o) || creditsTakenWhy(o);
  if (skipped & SKIPPED.noInMail)
    return s.plan.creditsPerMonth === 0 ? 'free plan: no InMail' : p.acceptsInMail === false ? 'they take no InMail' : 'no InMail';
  if (skipped & SKIPPED.notWorth) return 'not worth a credit';
  if (skipped & SKIPPED.noCredit) return cannotWait(o) || 'no credits left';
  return '';
}

/**
 * Credits that went to rows ranked higher: with none this month (Credits 0, next-month), only the
 * renewal's did, and the reason says so.
 */
function creditsTakenWhy(o: Outcome): string {
  const s = o.settings;
  if (s.credits > 0 || s.whenCreditsRunOut !== 'next-month' || s.plan.creditsPerMonth === 0) return 'credits went to higher-ranked prospects';
  return `the ${shortDay(nextRenewal(s.asOf, s.creditsRenewOn), s)} renewal's credits went to higher-ranked prospects`;
}

/**
 * Why an urgent row has no credit while others wait for the renewal (next-month): urgent rows do
 * not wait (SPEC 10), which says more than that the credits went elsewhere, when its touch comes
 * before the renewal. '' for any other row (a touch on or after the renewal did not come sooner
 * for not waiting: "cannot wait" would not be true of it).
 */
function cannotWait(o: Outcome): string {
  const s = o.settings;
  const renewing = s.whenCreditsRunOut === 'next-month' && s.plan.creditsPerMonth > 0;
  if (!renewing || (o.inmailSignals & URGENT_BIT) === 0 || (o.flags & FLAGS.renewal) !== 0) return '';
  const renewal = nextRenewal(s.asOf, s.creditsRenewOn);
  if (o.date !== null && o.date >= renewal) return '';
  return `urgent: cannot wait for the ${shortDay(renewal, s)} renewal`;
}

/** The words before a list of n signals, in full and short, made once for every n a list can have. */
const counts = (max: number, words: (n: number) => string) => Array.from({ length: max + 1 }, (_, n) => words(n));
const CONNECT_WORDS = counts(CONNECTION_SIGNALS.length, (n) => `${n} ${n === 1 ? 'reason' : 'reasons'} to connect (`);
const CONNECT_SHORT = counts(CONNECTION_SIGNALS.length, (n) => `${n} to connect (`);
// Fewer than needed: how many are needed, then how many there are ("only 1 of 3 reasons" read as
// one of three). As many as needed: no more than the reasons to connect.
const INMAIL_WORDS = counts(INMAIL_SIGNALS.length, (n) =>
  n < INMAIL_POINTS_NEEDED ? `InMail needs ${INMAIL_POINTS_NEEDED} reasons, has ${n} (` : `${n} reasons to InMail, no more than to connect (`,
);
const INMAIL_SHORT = counts(INMAIL_SIGNALS.length, (n) =>
  n < INMAIL_POINTS_NEEDED ? `InMail needs ${INMAIL_POINTS_NEEDED}, has ${n} (` : `${n} to InMail, no more (`,
);

/** The volume rule's words, by segment size: bounded (`remember`). */
const volumeWords = new Map<number, readonly [string, string]>();

const SEQUENCE_WORDS: Readonly<Record<Settings['sequence'], string>> = {
  hybrid: 'hybrid sequence',
  'connection-first': 'connection-first sequence',
  'inmail-first': 'InMail-first sequence',
  multichannel: 'multichannel sequence',
};

const NOT_CONNECTABLE = 'not accepting connections';
/** Why no email or phone touch is left (`noEmailOrCall`). */
const NO_EMAIL_OR_CALL = 'opted out of email, do not call';

/** Rules of section 4 in words. */
function firstTouchWhy(o: Outcome): void {
  const { prospect: p, settings: s } = o;
  const lean = SEQUENCES[s.sequence][0]?.lean ?? 'score';
  switch (o.by) {
    case 'first-degree':
      say(p.degree === 1 ? '1st-degree connection: never InMail a connection' : 'connected: never InMail a connection', true);
      return;
    case 'no-path': {
      const why = noInMailWhy(o);
      open(`no LinkedIn path: ${NOT_CONNECTABLE}${p.openProfile ? '' : ', no Open Profile'}`, true);
      close(why ? `, ${why}` : '');
      if (o.channel === 'SKIP') say(NO_EMAIL_OR_CALL, true);
      return;
    }
    case 'only-open-profile':
      say(`${NOT_CONNECTABLE}; Open Profile is free`, true);
      return;
    case 'only-not-worth':
      say(`${NOT_CONNECTABLE}, and not worth a credit`, true);
      return;
    case 'only-inmail':
      // What makes a credit worth it (SPEC 4 rule 3), not the reach: a 3rd degree is no reason to pay.
      open(`${NOT_CONNECTABLE}; worth it: `, true);
      labelsOf(INMAIL_SIGNALS, o.inmailSignals & WORTH_PAYING_MASK, p, s);
      return;
    case 'only-no-credit':
      open(`${NOT_CONNECTABLE}, worth reaching: `, true);
      labelsOf(INMAIL_SIGNALS, o.inmailSignals & WORTH_PAYING_MASK, p, s);
      say(noInMailWhy(o), true);
      if (o.channel === 'SKIP') say(NO_EMAIL_OR_CALL, true);
      return;
    case 'warm':
      open('', true);
      label('warm: connect rather than InMail', 'warm: connect, not InMail');
      return;
    case 'volume': {
      const size = p.segmentSize as number;
      const words =
        volumeWords.get(size) ??
        remember(volumeWords, size, [`one of ${size} similar prospects, too many to InMail`, `one of ${size} similar, too many to InMail`] as const);
      open('', true);
      label(words[0], words[1]);
      return;
    }
    case 'open-profile':
    case 'inmail':
      if (lean !== 'score') say(SEQUENCE_WORDS[s.sequence]);
      open('', true);
      labelsOf(INMAIL_SIGNALS, o.inmailSignals, p, s);
      return;
    case 'inmail-fallback':
      if (lean !== 'score') say(SEQUENCE_WORDS[s.sequence], true);
      // What made the InMail wanted is kept, cut to "+N" where the line is long, never dropped: the
      // rep learns a top target lost its credit, not only that it did (a clause with no labels is none).
      open('', o.inmailSignals !== 0);
      labelsOf(INMAIL_SIGNALS, o.inmailSignals, p, s);
      say(noInMailWhy(o), true);
      return;
    case 'connect': {
      if (lean !== 'score') {
        say(`the ${SEQUENCE_WORDS[s.sequence]} starts with a request`, true);
        return;
      }
      const ip = bitCount(o.inmailSignals);
      const cp = bitCount(o.connectionSignals);
      if (cp > 0) {
        open(CONNECT_WORDS[cp] as string, true, CONNECT_SHORT[cp]);
        labelsOf(CONNECTION_SIGNALS, o.connectionSignals, p, s);
        close(')');
      }
      if (ip > 0) {
        open(INMAIL_WORDS[ip] as string, true, INMAIL_SHORT[ip]);
        labelsOf(INMAIL_SIGNALS, o.inmailSignals, p, s);
        close(')');
      }
      return;
    }
    case 'connect-default':
      say('no reason to InMail: connecting is the default', true);
      return;
    default:
      return;
  }
}

/** A step of a sequence, the history rows and the plan's moves, in words. */
function stepWhy(o: Outcome): void {
  const { prospect: p, settings: s } = o;
  const st = SEQUENCES[s.sequence][o.step];
  if (st === undefined) return;
  if (o.flags & FLAGS.acceptedOn && p.acceptedOn !== undefined) say(`accepted ${shortDay(p.acceptedOn, s)}: answer within a day`, true);
  else if ((p.connectionStatus === 'withdrawn' || p.connectionStatus === 'declined') && st.when !== 'connected') {
    // The request's own fate, in place of the template's guess ("not accepted").
    say(p.connectionStatus === 'withdrawn' ? 'request withdrawn' : 'request declined', true);
    if (!st.says.startsWith('not accepted') && !st.says.startsWith('request not accepted')) say(st.says, true);
  } else say(stepSays(st, p, o.channel === 'CONNECT'), true);
  if (o.channel === 'INMAIL') {
    open('worth it: ', true);
    labelsOf(INMAIL_SIGNALS, o.inmailSignals & WORTH_PAYING_MASK, p, s);
  }
  const why = noInMailWhy(o);
  // 'free plan: no InMail' and 'they take no InMail' say it already.
  if (why && o.channel !== 'INMAIL') say(why.endsWith('no InMail') ? why : `no InMail: ${why}`, (o.flags & FLAGS.creditsTaken) !== 0);
  if (o.skipped & SKIPPED.expired) say(expiredWords(o, SKIPPED.expired));
  if (o.skipped & SKIPPED.answerExpired) say(expiredWords(o, SKIPPED.answerExpired));
  if (s.sequence !== 'hybrid') say(SEQUENCE_WORDS[s.sequence]);
}

/**
 * What expired (`bit`, SKIPPED.expired or answerExpired): the answer to an acceptance, or the
 * one-time step by its day and touch, `the overdue day-5 InMail expired`.
 */
export function expiredWords(o: Outcome, bit: number): string {
  if (bit === SKIPPED.answerExpired) return 'the overdue answer to the acceptance expired';
  const st = expiredStep(o.prospect, o.settings.sequence);
  if (!st) return 'an overdue step expired';
  // An InMail step goes to an Open Profile as a free Open Profile message (the sequences' channel choice).
  const what = st.move !== 'inmail' ? 'request' : factsOf(o.prospect, o.settings).openProfileUsable ? 'Open Profile message' : 'InMail';
  return `the overdue day-${st.day} ${what} expired`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The calendar month of `day`: `December` within the as-of year, `January 2027` beyond it. */
export function monthWords(day: Day, s: Settings): string {
  const [y, m] = partsOf(day);
  const name = MONTHS[m - 1] as string;
  return y === partsOf(s.asOf)[0] ? name : `${name} ${y}`;
}

/** Caps' words of one run of reasons, by first full day, date and cap: bounded (`remember`). */
let capsFor: Settings | null = null;
const capsWords = new Map<number, readonly [string, string, string]>();

/**
 * The invitation caps that moved a date, as a clause `goes out <date>: ` and one label: the days
 * that were full, from the first full day (`from`) to the last business day before `date`, or for
 * the weekly cap the weeks from `from`'s on (SPEC 3a: "the cap that moved a date"). The short form
 * names the cap as n/day or n/week. Rows that go out the same day after the same full days share
 * their words, written once.
 */
function capsFull(flags: number, from: Day, date: Day, s: Settings): void {
  if (s !== capsFor) {
    capsFor = s;
    capsWords.clear();
  }
  // 1: the weekly cap; 3: the weekly cap, then the daily cap in the date's week; 0: the daily cap.
  const caps = flags & FLAGS.weeklyCap ? (flags & FLAGS.dailyCap ? 3 : 1) : 0;
  const key = (from * 4194304 + (date - from)) * 4 + caps;
  const words = capsWords.get(key) ?? remember(capsWords, key, capsLabel(caps, from, date, s));
  open(words[0], true);
  label(words[1], words[2]);
}

/** [the clause's opening, the label in full, its short form]; `caps` as capsFull keys them. */
function capsLabel(caps: number, from: Day, date: Day, s: Settings): readonly [string, string, string] {
  const goes = `goes out ${shortDay(date, s)}: `;
  if (caps === 0) {
    const days = fullDays(from, date, s);
    return [goes, `daily cap of ${s.dailyInviteCap} full ${days}`, `${s.dailyInviteCap}/day cap full ${days}`];
  }
  const cap = s.weeklyInviteCap;
  const monday = shortDay(mondayOf(from), s);
  const weeks = (mondayOf(date) - mondayOf(from)) / 7;
  const n = grouped(weeks);
  const [full, short] =
    weeks <= 1
      ? [`weekly cap of ${cap} full in the week of ${monday}`, `${cap}/week cap full week of ${monday}`]
      : [`weekly cap of ${cap} full for ${n} weeks from ${monday}`, `${cap}/week cap full ${n} weeks from ${monday}`];
  // Then the daily cap filled the date's week before it, from its first business day: named when
  // the date is in the week after the full one, where the day it lands on is the news; weeks or
  // years on, the weeks say it.
  if (caps === 1 || weeks > 1) return [goes, full, short];
  const days = fullDays(nextBusinessDay(mondayOf(date), s.holidays), date, s);
  return [goes, `${full}, then the daily cap of ${s.dailyInviteCap} full ${days}`, `${short}, ${s.dailyInviteCap}/day full ${days}`];
}

/** The business days from `from` to the last one before `date`, in words: "11-23 to 11-25", "on 11-23". */
function fullDays(from: Day, date: Day, s: Settings): string {
  let last = date - 1;
  while (last > from && !isBusinessDay(last, s.holidays)) last--;
  return last > from ? `${shortDay(from, s)} to ${shortDay(last, s)}` : `on ${shortDay(from, s)}`;
}

/**
 * A paid or Open Profile InMail the plan kept on its own day off Tuesday-Thursday (`onItsDay`),
 * not urgent and not overdue (their words say why): a Friday InMail before the next step's Monday.
 */
function heldOffTueToThu(o: Outcome, date: Day): boolean {
  if (o.channel !== 'INMAIL' && o.channel !== 'OPEN_PROFILE') return false;
  return (o.flags & (ON_ITS_DAY | FLAGS.overdue)) === ON_ITS_DAY && (o.inmailSignals & URGENT_BIT) === 0 && nextTueToThu(date, o.settings.holidays) !== date;
}

/** What the list plan and the calendar did to the date. */
function planWhy(o: Outcome): void {
  const { settings: s, prospect: p, flags } = o;
  const date = o.date;
  if (date === null) return;
  if (flags & FLAGS.renewal && o.movedFrom !== null) {
    // Credits this month went to other rows, or there were none (Credits 0).
    say(`waits for the renewal: ${noInMailWhy(o)}`, true);
  } else if (flags & (FLAGS.dailyCap | FLAGS.weeklyCap) && o.movedFrom !== null) {
    capsFull(flags, o.movedFrom, date, s);
  } else if (flags & FLAGS.tueToThu) {
    // What moved the date is said (SPEC 3a), in fewer words when the line is long.
    const day = shortDay(date, s);
    open(`on ${day}: InMails do best Tuesday to Thursday`, true, `on ${day}: best Tue-Thu`);
  } else if (flags & FLAGS.businessDay) {
    say(`moved to the business day ${shortDay(date, s)}`);
  } else if (heldOffTueToThu(o, date)) {
    const day = shortDay(date, s);
    open(`on ${day}, not held to Tuesday-Thursday: its step would be over by then`, true, `on ${day}: not held to Tue-Thu`);
  }
  if (flags & FLAGS.noNote) say(`${monthWords(date, s)}'s ${s.notesPerMonth} notes went to higher-ranked prospects`, true);
  if (flags & FLAGS.missesDeadline && p.deadline !== undefined) say(`misses the ${shortDay(p.deadline, s)} deadline`, true);
  if (flags & FLAGS.noStartDate) open('no request date: counted from today', true, 'no request date');
}

/** The reason in words for one planned or row-wise outcome. */
export function reasonOf(o: Outcome): string {
  const { prospect: p, settings: s } = o;
  let head = conclusion(o.channel, o);
  const said = head.length;
  w.clauses = 0;
  w.labels = 0;
  // First, and kept: this touch was planned from older history than a later row's.
  if (o.newerIn !== null) say(`row ${o.newerIn} has newer history: copy it here`, true);
  switch (o.by) {
    case 'replied':
      if (o.channel === 'MESSAGE') return 'Message: replied, continue the conversation';
      // With a request or an InMail out, only a status or a Replied cell that said so (`repliedOffLinkedIn`) made it an email or a call.
      return reachedOnLinkedIn(p)
        ? 'Email or phone: replied by email or on a call, as the row says, not on LinkedIn: continue the conversation there'
        : 'Email or phone: replied, not on LinkedIn (no request, InMail or connection): continue the conversation there';
    case 'finished':
      return noEmailOrCall(p) ? `Skip: no LinkedIn step left, no reply; ${NO_EMAIL_OR_CALL}` : 'Skip: sequence finished, no reply';
    case 'do-not-contact':
      return 'Skip: marked do not contact';
    case 'duplicate':
      if (o.flags & MARKED_FIRST) return `Skip: row ${o.duplicateOf} marks this person do not contact`;
      if (o.flags & ERROR_FIRST) return `Skip: duplicate of row ${o.duplicateOf}, which has an error: fix row ${o.duplicateOf}, where this prospect is planned`;
      return o.flags & NEWER_HISTORY
        ? `Skip: duplicate of row ${o.duplicateOf}, which lacks this row's newer history: copy it into row ${o.duplicateOf}`
        : `Skip: duplicate of row ${o.duplicateOf}`;
    case 'withdraw': {
      const sent = p.requestedOn;
      const date = o.date as Day;
      const days = sent === undefined ? null : Math.max(date, s.asOf) - sent;
      if (date > s.asOf) head = `${head} on ${shortDay(date, s)}`;
      open(days === null ? `pending ${s.withdrawAfterDays}+ days` : `pending ${plural(days, 'day')}`, true);
      // After a finished sequence nothing follows the withdrawal; else the template's email or phone does.
      close(o.step >= 0 ? '; the sequence is then finished' : '; then email or phone');
      if (o.flags & FLAGS.noStartDate) say('no request date: counted from today');
      break;
    }
    case 'step':
      if (o.flags & FLAGS.overdue) head = `${head}, overdue since day ${o.day}`;
      stepWhy(o);
      planWhy(o);
      break;
    default:
      if (o.flags & FLAGS.renewal && o.movedFrom !== null) head = `${head} on ${shortDay(o.date as Day, s)}`;
      firstTouchWhy(o);
      if (o.channel === 'CONNECT' && !(o.flags & FLAGS.noNote)) say('no notes left: message once accepted', true);
      planWhy(o);
  }
  // The note's length is the one detail a conclusion gives up for the line (SPEC 3a).
  return fitWords(head, o.channel === 'CONNECT_NOTE' ? NOTE_SHORT + head.slice(said) : head);
}

/** A note's conclusion without its length. */
const NOTE_SHORT = 'Connect with a note';

/**
 * One line of about REASON_MAX characters from `head` and the clauses written so far: labels
 * take their short forms (last first), then clauses that can go go (last first), then lists end
 * in "+N". A word, a date or the conclusion is never cut. The planner's Reasons fill the same
 * clauses as they go (`reasonOf`); this takes them as data so a property test can hold the fit to
 * the clause-by-clause one over clauses no row reaches.
 */
export function fitReason(head: string, clauses: readonly Clause[], headShort: string = head): string {
  w.clauses = 0;
  w.labels = 0;
  for (const c of clauses) {
    open(c.before, c.keep, c.beforeShort);
    for (const l of c.labels) label(l.full, l.short);
    close(c.after);
  }
  return fitWords(head, headShort);
}

/* Per-clause state of a fit, reused: the clause's length as shown, labels shown, short forms from. */
const shownLength: number[] = [];
const shownLabels: number[] = [];
const shortFrom: number[] = [];
const dropped: boolean[] = [];
const shortBefore: boolean[] = [];

/** Labels `from` up to `to` of a clause, the first `shown` of them (short from `short`), and "+N" for the rest. */
function labelsLength(from: number, to: number, shown: number, short: number): number {
  let n = 0;
  for (let j = from; j < from + shown; j++) n += (j >= short ? (w.short[j] as string) : (w.full[j] as string)).length + (j > from ? 2 : 0);
  if (shown < to - from) n += (shown > 0 ? 2 : 0) + 1 + String(to - from - shown).length;
  return n;
}

/** A clause's length with its separator ("; " or ": "), or 0 when its text is empty. */
const withSeparator = (length: number) => (length === 0 ? 0 : length + 2);

/**
 * The fit works on lengths alone, one step at a time in the order the words give way, and joins
 * the text once at the end: a line "; "-joins the clauses whose text is not empty after `head: `.
 * `headShort`, the conclusion with less detail, takes the head's place once clauses that may go
 * have gone, then clauses take their shorter words before a list, and only then lists are cut to "+N",
 * each cut the fewest labels that make the clause shorter (a last label as short as "+1" stays).
 */
function fitWords(whole: string, headShort: string): string {
  const n = w.clauses;
  let total = whole.length;
  for (let k = 0; k < n; k++) total += withSeparator(w.length[k] as number);
  if (total <= REASON_MAX) {
    // Most reasons fit as they are: every label in full.
    let text = whole;
    let first = true;
    for (let k = 0; k < n; k++) {
      if (w.length[k] === 0) continue;
      text += first ? ': ' : '; ';
      first = false;
      text += w.before[k] as string;
      const to = k + 1 < n ? (w.from[k + 1] as number) : w.labels;
      for (let j = w.from[k] as number; j < to; j++) text += j > (w.from[k] as number) ? `, ${w.full[j]}` : (w.full[j] as string);
      text += w.after[k] as string;
    }
    return text;
  }
  return fitLong(whole, headShort, total);
}

/**
 * `fitWords` for a line too long as it is. A function of its own: the engine compiles a function
 * whole, and the common line's path alone is a fifth of the work.
 */
function fitLong(whole: string, headShort: string, longest: number): string {
  let head = whole;
  let total = longest;
  const n = w.clauses;
  for (let k = 0; k < n; k++) {
    const to = k + 1 < n ? (w.from[k + 1] as number) : w.labels;
    shownLength[k] = w.length[k] as number;
    shownLabels[k] = to - (w.from[k] as number);
    shortFrom[k] = to;
    dropped[k] = false;
    shortBefore[k] = false;
  }
  // Short forms, last label of the last clause first.
  for (let k = n - 1; k >= 0 && total > REASON_MAX; k--) {
    const from = w.from[k] as number;
    for (let j = (shortFrom[k] as number) - 1; j >= from && total > REASON_MAX; j--) {
      const before = shownLength[k] as number;
      const after = before - (w.full[j] as string).length + (w.short[j] as string).length;
      shortFrom[k] = j;
      shownLength[k] = after;
      total += withSeparator(after) - withSeparator(before);
    }
  }
  // Clauses that may go, last first.
  for (let k = n - 1; k >= 0 && total > REASON_MAX; k--) {
    if (w.keep[k]) continue;
    dropped[k] = true;
    total -= withSeparator(shownLength[k] as number);
  }
  if (total > REASON_MAX && headShort.length < head.length) {
    total += headShort.length - head.length;
    head = headShort;
  }
  // Fewer words before a list, the last clause first.
  for (let k = n - 1; k >= 0 && total > REASON_MAX; k--) {
    const cut = (w.before[k] as string).length - (w.beforeShort[k] as string).length;
    if (dropped[k] || cut <= 0) continue;
    shortBefore[k] = true;
    const before = shownLength[k] as number;
    shownLength[k] = before - cut;
    total += withSeparator(before - cut) - withSeparator(before);
  }
  // Lists end in "+N", the last list first, keeping at least one label.
  for (let k = n - 1; k >= 0 && total > REASON_MAX; k--) {
    if (dropped[k]) continue;
    const from = w.from[k] as number;
    const to = k + 1 < n ? (w.from[k + 1] as number) : w.labels;
    const fixed = ((shortBefore[k] ? w.beforeShort[k] : w.before[k]) as string).length + (w.after[k] as string).length;
    while ((shownLabels[k] as number) > 1 && total > REASON_MAX) {
      const before = shownLength[k] as number;
      // The fewest labels put in "+N" that make the clause shorter: "+1" for a label no longer than it shortens nothing.
      // One label less at the top of the loop, the step every cut takes: a step the engine met only
      // in a rare cut, once the fit was compiled, dropped its compiled code (and made it again).
      let shown = shownLabels[k] as number;
      let after: number;
      do {
        shown -= 1;
        after = fixed + labelsLength(from, to, shown, shortFrom[k] as number);
      } while (shown > 1 && after >= before);
      if (after >= before) break;
      shownLabels[k] = shown;
      shownLength[k] = after;
      total += withSeparator(after) - withSeparator(before);
    }
  }
  let text = head;
  let first = true;
  for (let k = 0; k < n; k++) {
    if (dropped[k] || shownLength[k] === 0) continue;
    text += first ? ': ' : '; ';
    first = false;
    text += (shortBefore[k] ? w.beforeShort[k] : w.before[k]) as string;
    const from = w.from[k] as number;
    const to = k + 1 < n ? (w.from[k + 1] as number) : w.labels;
    const shown = shownLabels[k] as number;
    const short = shortFrom[k] as number;
    for (let j = from; j < from + shown; j++) {
      if (j > from) text += ', ';
      text += j >= short ? (w.short[j] as string) : (w.full[j] as string);
    }
    if (shown < to - from) text += `${shown > 0 ? ', ' : ''}+${to - from - shown}`;
    text += w.after[k] as string;
  }
  return text;
}
