/**
 * The Reason words as they were written before the one-pass fit (SPEC 3a), kept unchanged as the
 * reference the fast code in src/core/reasons.ts is compared with (test/reasons.test.ts). Not
 * shipped: every reason the product writes must read exactly as this file would write it.
 */
import {
  type Channel,
  type Day,
  ERROR_FIRST,
  FLAGS,
  MARKED_FIRST,
  NEWER_HISTORY,
  ON_ITS_DAY,
  type Prospect,
  type Settings,
  SKIPPED,
} from '../../src/core/model.js';
import { formatDay, isBusinessDay, mondayOf, nextRenewal, partsOf } from '../../src/core/dates.js';
import {
  CONNECTION_SIGNALS,
  INMAIL_POINTS_NEEDED,
  INMAIL_SIGNALS,
  MUTUAL_CONNECTIONS_THAT_COUNT,
  type SignalId,
  URGENT_BIT,
  WORTH_PAYING_MASK,
  bitCount,
} from '../../src/core/decide.js';
import { SEQUENCES, stepSays } from '../../src/core/sequences.js';
import { plural } from '../../src/core/format.js';
import type { Outcome } from '../../src/core/plan.js';
import { expiredWords } from '../../src/core/reasons.js';

/** Aim for one line of this many characters (SPEC 3a). */
const REASON_MAX = 120;

/** A label with a shorter form, used before any label is dropped. */
export interface Label {
  readonly full: string;
  readonly short: string;
}

/** One clause of a reason: text around a list of labels. `keep` clauses are never dropped. */
export interface Clause {
  readonly before: string;
  readonly labels: Label[];
  readonly after: string;
  readonly keep: boolean;
  /** Fewer words for `before`, used before any list is cut to "+N". */
  readonly beforeShort?: string | undefined;
}

const clause = (before: string, labels: Label[] = [], after = '', keep = false): Clause => ({ before, labels, after, keep });
const label = (full: string, short: string = full): Label => ({ full, short });

/** `12-01` within the as-of year, `2027-01-05` beyond it: short, and never ambiguous. */
function shortDay(day: Day, s: Settings): string {
  const text = formatDay(day);
  return partsOf(day)[0] === partsOf(s.asOf)[0] ? text.slice(5) : text;
}

function money(n: number, currency?: string): string {
  const amount = n >= 999_500 ? `${Number((n / 1e6).toFixed(1))}M` : n >= 999.5 ? `${Number((n / 1e3).toFixed(n >= 9_950 ? 0 : 1))}k` : `${n}`;
  if (currency === undefined) return amount;
  if (/^[A-Z]{3}$/.test(currency)) return `${currency} ${amount}`;
  return ['kr', 'zł', 'Fr.'].includes(currency) ? `${amount} ${currency}` : `${currency}${amount}`;
}

function triggerWords(trigger: string): string {
  return trigger
    .replace(/[(),;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words for each signal, read from the prospect. */
const SIGNAL_LABELS: Readonly<Record<SignalId, (p: Prospect, s: Settings) => Label>> = {
  named: () => label('named account', 'named'),
  urgent: (p, s) => {
    if (p.trigger !== undefined) return p.trigger === 'trigger' ? label('trigger') : label(triggerWords(p.trigger), 'trigger');
    const left = (p.deadline as number) - s.asOf;
    return label(left === 0 ? 'deadline today' : left === 1 ? 'deadline tomorrow' : `deadline in ${left} days`, 'deadline');
  },
  far: (p) => (p.degree === 4 ? label('out of network', 'no network') : label('3rd degree', '3rd')),
  serious: () => label('serious ask', 'serious'),
  senior: (p) => label(p.seniority as string),
  deal: (p) =>
    label(
      `deal ${money(p.dealValue as number, p.dealCurrency)}`,
      `${p.dealCurrency === undefined ? 'deal ' : ''}${money(p.dealValue as number, p.dealCurrency)}`,
    ),
  warm: () => label('warm'),
  mutual: (p) => label(`${p.mutualConnections} mutual connections`, `${p.mutualConnections ?? MUTUAL_CONNECTIONS_THAT_COUNT} mutual`),
  active: () => label('active on LinkedIn', 'active'),
  career: (p) => label(`${p.seniority} level`, p.seniority as string),
};

/** InMail signals that make a credit worth it come first; the reach signal (3rd degree) last. */
function labelsOf(signals: typeof INMAIL_SIGNALS, mask: number, p: Prospect, s: Settings): Label[] {
  const out: Label[] = [];
  for (let i = 0; i < signals.length; i++) if (mask & (1 << i)) out.push(SIGNAL_LABELS[(signals[i] as (typeof signals)[number]).id](p, s));
  return out;
}

/** The conclusion, as a rep would say it. */
function conclusion(channel: Channel, o: Outcome): string {
  const p = o.prospect;
  switch (channel) {
    case 'MESSAGE':
      return 'Message';
    case 'CONNECT_NOTE':
      return `Connect with a note (${o.settings.plan.noteLength} chars)`;
    case 'CONNECT':
      return 'Connect, blank invite';
    case 'OPEN_PROFILE':
      return 'Open Profile message (free)';
    case 'INMAIL':
      return 'InMail (1 credit)';
    case 'EMAIL_OR_PHONE': {
      // An email opted out of and a phone not to be called are not the touch's.
      const email = p.emailOptOut !== true && p.email !== undefined && p.email !== '';
      const phone = p.doNotCall !== true && p.phone !== undefined && p.phone !== '';
      if (email && phone) return 'Email or call';
      if (email) return p.doNotCall === true ? 'Email (do not call)' : 'Email';
      if (phone) return p.emailOptOut === true ? 'Call (opted out of email)' : 'Call';
      if (p.emailOptOut === true) return 'Call (opted out of email): find a phone number';
      return p.doNotCall === true ? 'Email (do not call): find an email' : 'Email or phone (find an email)';
    }
    case 'WITHDRAW':
      return 'Withdraw the invite';
    case 'SKIP':
      return 'Skip';
  }
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
 * not wait (SPEC 10), which says more than that the credits went elsewhere. '' for any other row.
 */
function cannotWait(o: Outcome): string {
  const s = o.settings;
  const renewing = s.whenCreditsRunOut === 'next-month' && s.plan.creditsPerMonth > 0;
  if (!renewing || (o.inmailSignals & URGENT_BIT) === 0 || (o.flags & FLAGS.renewal) !== 0) return '';
  const renewal = nextRenewal(s.asOf, s.creditsRenewOn);
  if (o.date !== null && o.date >= renewal) return '';
  return `urgent: cannot wait for the ${shortDay(renewal, s)} renewal`;
}

const SEQUENCE_WORDS: Readonly<Record<Settings['sequence'], string>> = {
  hybrid: 'hybrid sequence',
  'connection-first': 'connection-first sequence',
  'inmail-first': 'InMail-first sequence',
  multichannel: 'multichannel sequence',
};

/** Rules of section 4 in words. */
function firstTouchWhy(o: Outcome, out: Clause[]): void {
  const { prospect: p, settings: s } = o;
  const inmail = labelsOf(INMAIL_SIGNALS, o.inmailSignals, p, s);
  const connect = labelsOf(CONNECTION_SIGNALS, o.connectionSignals, p, s);
  const notConnectable = 'not accepting connections';
  const lean = SEQUENCES[s.sequence][0]?.lean ?? 'score';
  const why = noInMailWhy(o);
  switch (o.by) {
    case 'first-degree':
      out.push(clause(p.degree === 1 ? '1st-degree connection: never InMail a connection' : 'connected: never InMail a connection', [], '', true));
      return;
    case 'no-path':
      out.push(clause(`no LinkedIn path: ${notConnectable}${p.openProfile ? '' : ', no Open Profile'}`, [], why ? `, ${why}` : '', true));
      if (o.channel === 'SKIP') out.push(clause('opted out of email, do not call', [], '', true));
      return;
    case 'only-open-profile':
      out.push(clause(`${notConnectable}; Open Profile is free`, [], '', true));
      return;
    case 'only-not-worth':
      out.push(clause(`${notConnectable}, and not worth a credit`, [], '', true));
      return;
    case 'only-inmail':
      out.push(clause(`${notConnectable}; worth it: `, labelsOf(INMAIL_SIGNALS, o.inmailSignals & WORTH_PAYING_MASK, p, s), '', true));
      return;
    case 'only-no-credit':
      out.push(clause(`${notConnectable}, worth reaching: `, labelsOf(INMAIL_SIGNALS, o.inmailSignals & WORTH_PAYING_MASK, p, s), '', true));
      out.push(clause(why, [], '', true));
      if (o.channel === 'SKIP') out.push(clause('opted out of email, do not call', [], '', true));
      return;
    case 'warm':
      out.push(clause('', [label('warm: connect rather than InMail', 'warm: connect, not InMail')], '', true));
      return;
    case 'volume':
      out.push(
        clause('', [label(`one of ${p.segmentSize} similar prospects, too many to InMail`, `one of ${p.segmentSize} similar, too many to InMail`)], '', true),
      );
      return;
    case 'open-profile':
    case 'inmail':
      if (lean !== 'score') out.push(clause(SEQUENCE_WORDS[s.sequence]));
      out.push(clause('', inmail, '', true));
      return;
    case 'inmail-fallback':
      if (lean !== 'score') out.push(clause(SEQUENCE_WORDS[s.sequence], [], '', true));
      // What made the InMail wanted is kept (cut to "+N"), never dropped.
      if (inmail.length > 0) out.push(clause('', inmail, '', true));
      out.push(clause(why, [], '', true));
      return;
    case 'connect': {
      if (lean !== 'score') {
        out.push(clause(`the ${SEQUENCE_WORDS[s.sequence]} starts with a request`, [], '', true));
        return;
      }
      const ip = bitCount(o.inmailSignals);
      const cp = bitCount(o.connectionSignals);
      if (cp > 0) out.push({ ...clause(`${cp} ${cp === 1 ? 'reason' : 'reasons'} to connect (`, connect, ')', true), beforeShort: `${cp} to connect (` });
      if (ip > 0)
        out.push(
          ip < INMAIL_POINTS_NEEDED
            ? {
                ...clause(`InMail needs ${INMAIL_POINTS_NEEDED} reasons, has ${ip} (`, inmail, ')', true),
                beforeShort: `InMail needs ${INMAIL_POINTS_NEEDED}, has ${ip} (`,
              }
            : { ...clause(`${ip} reasons to InMail, no more than to connect (`, inmail, ')', true), beforeShort: `${ip} to InMail, no more (` },
        );
      return;
    }
    case 'connect-default':
      out.push(clause('no reason to InMail: connecting is the default', [], '', true));
      return;
    default:
      return;
  }
}

/** A step of a sequence, the history rows and the plan's moves, in words. */
function stepWhy(o: Outcome, out: Clause[]): void {
  const { prospect: p, settings: s } = o;
  const st = SEQUENCES[s.sequence][o.step];
  if (st === undefined) return;
  if (o.flags & FLAGS.acceptedOn && p.acceptedOn !== undefined) out.push(clause(`accepted ${shortDay(p.acceptedOn, s)}: answer within a day`, [], '', true));
  else if ((p.connectionStatus === 'withdrawn' || p.connectionStatus === 'declined') && st.when !== 'connected') {
    // The request's own fate, in place of the template's guess ("not accepted").
    out.push(clause(`request ${p.connectionStatus}`, [], '', true));
    if (!/^(request )?not accepted/.test(st.says)) out.push(clause(st.says, [], '', true));
  } else out.push(clause(stepSays(st, p, o.channel === 'CONNECT'), [], '', true));
  if (o.channel === 'INMAIL') out.push(clause('worth it: ', labelsOf(INMAIL_SIGNALS, o.inmailSignals & WORTH_PAYING_MASK, p, s), '', true));
  const why = noInMailWhy(o);
  if (why && o.channel !== 'INMAIL') out.push(clause(why.endsWith('no InMail') ? why : `no InMail: ${why}`, [], '', (o.flags & FLAGS.creditsTaken) !== 0));
  if (o.skipped & SKIPPED.expired) out.push(clause(expiredWords(o, SKIPPED.expired)));
  if (o.skipped & SKIPPED.answerExpired) out.push(clause(expiredWords(o, SKIPPED.answerExpired)));
  if (s.sequence !== 'hybrid') out.push(clause(SEQUENCE_WORDS[s.sequence]));
}

/** What the list plan and the calendar did to the date. */
function planWhy(o: Outcome, out: Clause[]): void {
  const { settings: s, prospect: p, flags } = o;
  const date = o.date;
  if (date === null) return;
  if (flags & FLAGS.renewal && o.movedFrom !== null) {
    out.push(clause(`waits for the renewal: ${noInMailWhy(o)}`, [], '', true));
  } else if (flags & (FLAGS.dailyCap | FLAGS.weeklyCap) && o.movedFrom !== null) {
    // The full days: from the first one to the last business day before the date; for the weekly cap, the weeks.
    const from = o.movedFrom;
    let full: Label;
    if (flags & FLAGS.weeklyCap) {
      const monday = shortDay(mondayOf(from), s);
      const weeks = Math.round((mondayOf(date) - mondayOf(from)) / 7);
      const n = weeks.toLocaleString('en-US');
      full =
        weeks <= 1
          ? { full: `weekly cap of ${s.weeklyInviteCap} full in the week of ${monday}`, short: `${s.weeklyInviteCap}/week cap full week of ${monday}` }
          : {
              full: `weekly cap of ${s.weeklyInviteCap} full for ${n} weeks from ${monday}`,
              short: `${s.weeklyInviteCap}/week cap full ${n} weeks from ${monday}`,
            };
      if (flags & FLAGS.dailyCap && weeks <= 1) {
        let first = mondayOf(date);
        while (first < date && !isBusinessDay(first, s.holidays)) first++;
        let last = date - 1;
        while (last > first && !isBusinessDay(last, s.holidays)) last--;
        const days = last > first ? `${shortDay(first, s)} to ${shortDay(last, s)}` : `on ${shortDay(first, s)}`;
        full = { full: `${full.full}, then the daily cap of ${s.dailyInviteCap} full ${days}`, short: `${full.short}, ${s.dailyInviteCap}/day full ${days}` };
      }
    } else {
      let last = date - 1;
      while (last > from && !isBusinessDay(last, s.holidays)) last--;
      const days = last > from ? `${shortDay(from, s)} to ${shortDay(last, s)}` : `on ${shortDay(from, s)}`;
      full = { full: `daily cap of ${s.dailyInviteCap} full ${days}`, short: `${s.dailyInviteCap}/day cap full ${days}` };
    }
    out.push(clause(`goes out ${shortDay(date, s)}: `, [full], '', true));
  } else if (flags & FLAGS.tueToThu) {
    out.push({
      ...clause(`on ${shortDay(date, s)}: InMails do best Tuesday to Thursday`, [], '', true),
      beforeShort: `on ${shortDay(date, s)}: best Tue-Thu`,
    });
  } else if (flags & FLAGS.businessDay) {
    out.push(clause(`moved to the business day ${shortDay(date, s)}`));
  } else if (
    (o.channel === 'INMAIL' || o.channel === 'OPEN_PROFILE') &&
    flags & ON_ITS_DAY &&
    !(o.inmailSignals & URGENT_BIT) &&
    !(flags & FLAGS.overdue) &&
    // Days count from 1970-01-01, a Thursday: Tuesday to Thursday, not a holiday, is what the plan holds an InMail for.
    (![2, 3, 4].includes(new Date(date * 86_400_000).getUTCDay()) || !isBusinessDay(date, s.holidays))
  ) {
    out.push({
      ...clause(`on ${shortDay(date, s)}, not held to Tuesday-Thursday: its step would be over by then`, [], '', true),
      beforeShort: `on ${shortDay(date, s)}: not held to Tue-Thu`,
    });
  }
  if (flags & FLAGS.noNote) {
    // The note quota's month is the invitation's calendar month (SPEC 6).
    const [y, m] = partsOf(date);
    const month = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    const named = y === partsOf(s.asOf)[0] ? month : `${month} ${y}`;
    out.push(clause(`${named}'s ${s.notesPerMonth} notes went to higher-ranked prospects`, [], '', true));
  }
  if (flags & FLAGS.missesDeadline && p.deadline !== undefined) out.push(clause(`misses the ${shortDay(p.deadline, s)} deadline`, [], '', true));
  if (flags & FLAGS.noStartDate) out.push({ ...clause('no request date: counted from today', [], '', true), beforeShort: 'no request date' });
}

/** The reason in words for one planned or row-wise outcome. */
export function reasonOfReference(o: Outcome): string {
  const { prospect: p, settings: s } = o;
  let head = conclusion(o.channel, o);
  const why: Clause[] = [];
  if (o.newerIn !== null) why.push(clause(`row ${o.newerIn} has newer history: copy it here`, [], '', true));
  switch (o.by) {
    case 'replied':
      return 'Message: replied, continue the conversation';
    case 'finished':
      return p.emailOptOut === true && p.doNotCall === true
        ? 'Skip: no LinkedIn step left, no reply; opted out of email, do not call'
        : 'Skip: sequence finished, no reply';
    // Added with the Do Not Contact column, after the one-pass fit: one fixed line.
    case 'do-not-contact':
      return 'Skip: marked do not contact';
    case 'duplicate':
      // Added with the Do Not Contact column, after the one-pass fit: one fixed line.
      if (o.flags & MARKED_FIRST) return `Skip: row ${o.duplicateOf} marks this person do not contact`;
      if (o.flags & ERROR_FIRST) return `Skip: duplicate of row ${o.duplicateOf}, which has an error: fix row ${o.duplicateOf}, where this prospect is planned`;
      return `Skip: duplicate of row ${o.duplicateOf}${o.flags & NEWER_HISTORY ? `, which lacks this row's newer history: copy it into row ${o.duplicateOf}` : ''}`;
    case 'withdraw': {
      const sent = p.requestedOn;
      const date = o.date as Day;
      const days = sent === undefined ? null : Math.max(date, s.asOf) - sent;
      if (date > s.asOf) head = `${head} on ${shortDay(date, s)}`;
      why.push(
        clause(
          days === null ? `pending ${s.withdrawAfterDays}+ days` : `pending ${plural(days, 'day')}`,
          [],
          o.step >= 0 ? '; the sequence is then finished' : '; then email or phone',
          true,
        ),
      );
      if (o.flags & FLAGS.noStartDate) why.push(clause('no request date: counted from today'));
      break;
    }
    case 'step':
      if (o.flags & FLAGS.overdue) head = `${head}, overdue since day ${o.day}`;
      stepWhy(o, why);
      planWhy(o, why);
      break;
    default:
      if (o.flags & FLAGS.renewal && o.movedFrom !== null) head = `${head} on ${shortDay(o.date as Day, s)}`;
      firstTouchWhy(o, why);
      if (o.channel === 'CONNECT' && !(o.flags & FLAGS.noNote)) why.push(clause('no notes left: message once accepted', [], '', true));
      planWhy(o, why);
  }
  // A note's conclusion may give up the note's length for the line.
  const full = conclusion(o.channel, o);
  return fitReasonReference(head, why, o.channel === 'CONNECT_NOTE' ? `Connect with a note${head.slice(full.length)}` : head);
}

function render(head: string, why: readonly Clause[], use: readonly (readonly ('full' | 'short')[])[], keepLabels: readonly number[]): string {
  const parts: string[] = [];
  why.forEach((c, k) => {
    const shown = c.labels.slice(0, keepLabels[k]).map((l, j) => l[use[k]?.[j] ?? 'full']);
    const more = c.labels.length - shown.length;
    if (more > 0) shown.push(`+${more}`);
    const text = `${c.before}${shown.join(', ')}${c.after}`;
    if (text !== '') parts.push(text);
  });
  return parts.length ? `${head}: ${parts.join('; ')}` : head;
}

/**
 * One line of about REASON_MAX characters: labels take their short forms (last first), then
 * clauses that can go go (last first), then the head its short form, then clauses their shorter
 * words before a list (last first), then lists end in "+N" (where that makes the line shorter).
 * A word, a date or the conclusion is never cut.
 */
export function fitReasonReference(fullHead: string, clauses: readonly Clause[], headShort: string = fullHead): string {
  let head = fullHead;
  // Most reasons fit as they are: written once, with no bookkeeping.
  let whole = head;
  let first = true;
  for (const c of clauses) {
    let text = c.before;
    for (let j = 0; j < c.labels.length; j++) text += (j > 0 ? ', ' : '') + (c.labels[j] as Label).full;
    text += c.after;
    if (text === '') continue;
    whole += (first ? ': ' : '; ') + text;
    first = false;
  }
  if (whole.length <= REASON_MAX) return whole;
  let why = clauses.filter((c) => c.before !== '' || c.labels.length > 0 || c.after !== '');
  const use = why.map((c) => c.labels.map(() => 'full' as 'full' | 'short'));
  let keep = why.map((c) => c.labels.length);
  let text = render(head, why, use, keep);
  for (let k = why.length - 1; k >= 0 && text.length > REASON_MAX; k--) {
    for (let j = (use[k] as unknown[]).length - 1; j >= 0 && text.length > REASON_MAX; j--) {
      (use[k] as ('full' | 'short')[])[j] = 'short';
      text = render(head, why, use, keep);
    }
  }
  for (let k = why.length - 1; k >= 0 && text.length > REASON_MAX; k--) {
    if ((why[k] as Clause).keep) continue;
    why = why.filter((_, i) => i !== k);
    use.splice(k, 1);
    keep = keep.filter((_, i) => i !== k);
    text = render(head, why, use, keep);
  }
  if (text.length > REASON_MAX && headShort.length < head.length) {
    head = headShort;
    text = render(head, why, use, keep);
  }
  for (let k = why.length - 1; k >= 0 && text.length > REASON_MAX; k--) {
    const c = why[k] as Clause;
    if (c.beforeShort === undefined || c.beforeShort.length >= c.before.length) continue;
    why = why.map((x, i) => (i === k ? { ...x, before: c.beforeShort as string } : x));
    text = render(head, why, use, keep);
  }
  for (let k = why.length - 1; k >= 0 && text.length > REASON_MAX; k--) {
    while ((keep[k] as number) > 1 && text.length > REASON_MAX) {
      // The fewest labels put in "+N" that make the line shorter: "+1" for a label no longer than it shortens nothing.
      const at = (m: number) =>
        render(
          head,
          why,
          use,
          keep.map((x, i) => (i === k ? m : x)),
        );
      let m = (keep[k] as number) - 1;
      let cut = at(m);
      while (cut.length >= text.length && m > 1) cut = at(--m);
      if (cut.length >= text.length) break;
      keep[k] = m;
      text = cut;
    }
  }
  return text;
}
