/**
 * SPEC section 9: the day's agenda, and "mark done". Today is every planned touch dated on or
 * before the as-of date, grouped in the order a rep works, invitations within what the caps have
 * left today; marking a touch done writes it into the prospect's own history columns, so the next
 * plan moves on to the following step. Built over the list plan's per-row results.
 */
import { type Cell, type Channel, type ConnectionStatus, FLAGS, type FieldKey, type Prospect, RowError, foldLetters } from './model.js';
import { type Day, formatDay, isBusinessDay, mondayOf, weekday } from './dates.js';
import { fieldOf, isBlank } from './fields.js';
import { type ColumnMap, type DateOrderNote, type MappedColumn, type UnusedColumn, columnOf, mappedColumn, repeatsHeader } from './columns.js';
import { factsOf } from './decide.js';
import { MONTH_FIRST } from './read/dates.js';
import { dateOrderText } from './read/describe.js';
import { grouped, plural } from './format.js';
import { type PlanSummary, type RowInput, type RowOutcome, creditsAtFullMonth, firstRowText, warningsOf } from './plan.js';
import { outputCells } from './outputs.js';
import type { Settings } from './settings.js';

/** The order a rep works a day (SPEC 9): one row a group, the channels it holds. */
export const AGENDA_GROUPS = [
  { key: 'withdrawals', title: 'Withdraw stale invitations', counted: ['withdrawal', 'withdrawals'], channels: ['WITHDRAW'] },
  { key: 'messages', title: 'Messages to connections', counted: ['message', 'messages'], channels: ['MESSAGE'] },
  {
    key: 'inmails',
    title: 'Open Profile messages and InMails',
    counted: ['Open Profile message or InMail', 'Open Profile messages and InMails'],
    channels: ['OPEN_PROFILE', 'INMAIL'],
  },
  { key: 'invitations', title: 'Invitations', counted: ['invitation', 'invitations'], channels: ['CONNECT_NOTE', 'CONNECT'] },
  { key: 'emailOrPhone', title: 'Email or phone', counted: ['email or call', 'emails or calls'], channels: ['EMAIL_OR_PHONE'] },
] as const;
export type AgendaGroup = (typeof AGENDA_GROUPS)[number]['key'];

const GROUP_OF: ReadonlyMap<string, number> = new Map(AGENDA_GROUPS.flatMap((g, i) => g.channels.map((c) => [c as string, i] as const)));

/**
 * A LinkedIn touch (any but email or phone) of a row with no profile URL: its email or phone is
 * shown marked so, as where to find the person, not where to send the touch.
 */
export const NO_URL = '(no URL)';

/** Whether a touch is made on LinkedIn: every channel but email or phone needs the person's profile. */
export const onLinkedIn = (channel: string): boolean => channel !== 'EMAIL_OR_PHONE';

/**
 * An entry's ways to reach the person, in one line: the profile, the email, the phone (`NO_URL`
 * for a LinkedIn touch with none). `compact`, for a terminal's table, where all three in full left
 * the Reason no room at 120 columns: only the way its channel uses, an email or a phone (else the
 * profile) for EMAIL_OR_PHONE, the profile without `https://www.` for a LinkedIn touch, and with
 * no profile `NO_URL` and what finds the person, if the row has it (a bare email there read as
 * where to send a LinkedIn message; a blank, as a column left empty by mistake).
 */
export function contactLine(e: Pick<AgendaEntry, 'channel' | 'linkedinUrl' | 'email' | 'phone'>, compact = false): string {
  const others = [e.email, e.phone].filter(Boolean);
  if (compact) {
    const url = (e.linkedinUrl ?? '').replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
    const other = others[0] ?? '';
    if (!onLinkedIn(e.channel)) return other || url;
    return url || (other ? `${NO_URL} ${other}` : NO_URL);
  }
  const profile = e.linkedinUrl || (onLinkedIn(e.channel) ? NO_URL : '');
  return [profile, ...others].filter(Boolean).join(' · ');
}

/** One touch to make today. */
export interface AgendaEntry {
  /** The row as a spreadsheet numbers it (header row 1 when it is the first line). */
  readonly row: number;
  readonly name: string;
  readonly channel: Channel;
  readonly group: AgendaGroup;
  /** The sequence day of the touch. */
  readonly day: number | null;
  /** The date the plan gives it: the as-of date, or earlier when overdue. */
  readonly date: Day;
  readonly overdue: boolean;
  readonly reason: string;
  readonly linkedinUrl?: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface Agenda {
  readonly asOf: Day;
  /** In the order a rep works: by group, then in the plan's priority order. */
  readonly entries: readonly AgendaEntry[];
  /** Invitations the daily and weekly caps leave for today, after the requests already sent. */
  readonly invitationsLeft: number;
  /** Invitations due but over what the caps leave today: they wait for a later day. */
  readonly invitationsHeld: number;
  /** The first day after the as-of date with a touch planned, and how many touches it has: what a day with none due is told. */
  readonly next: { readonly date: Day; readonly count: number } | null;
  /** Why the as-of date has nothing planned on it, when it is not a business day: 'a Saturday', 'a Sunday', 'a holiday'. */
  readonly dayOff: string | null;
  /** Touches due but left out, in row order: a later duplicate of the row, `by`, records newer history (`Outcome.newerIn`). */
  readonly olderHistory: ReadonlyArray<{ readonly row: number; readonly by: number }>;
}

/** The plan's priority: InMail points, then deal value, then urgency, then row order (SPEC 6). */
interface Ranked {
  readonly entry: AgendaEntry;
  readonly group: number;
  readonly points: number;
  readonly deal: number;
  readonly urgent: number;
}

function byWorkOrder(a: Ranked, b: Ranked): number {
  return a.group - b.group || b.points - a.points || b.deal - a.deal || b.urgent - a.urgent || a.entry.row - b.entry.row;
}

/** The name a rep sees: Name, or First Name and Last Name joined. */
export function displayName(p: Prospect): string {
  if (p.name) return p.name;
  return [p.firstName, p.lastName].filter(Boolean).join(' ');
}

/**
 * Collects today's touches row by row (any number of rows: only due touches are kept), then
 * orders them and applies what the invitation caps leave today.
 */
export class AgendaBuilder {
  private readonly due: Ranked[] = [];
  private sentToday = 0;
  private sentThisWeek = 0;
  private readonly monday: Day;
  private nextDate = Number.POSITIVE_INFINITY;
  private nextCount = 0;
  private readonly olderHistory: Array<{ row: number; by: number }> = [];

  constructor(private readonly settings: Settings) {
    this.monday = mondayOf(settings.asOf);
  }

  /**
   * One row: its number as the spreadsheet shows it, what was read from it, and its planned
   * touch. Rows with no touch today (SKIP, errors, blanks, replies, later dates) are passed over.
   * `shownName`: the name the adapter shows the row by when no column reads as a name (the CLI's
   * plan table shows the first column's text).
   */
  add(row: number, input: RowInput, outcome: RowOutcome, shownName?: string): void {
    const asOf = this.settings.asOf;
    // A request a row records sent fills the caps, of a row in error too.
    const sent = input === 'blank' ? undefined : input instanceof RowError ? input.known?.requestedOn : input.requestedOn;
    if (sent !== undefined && sent <= asOf && sent >= this.monday) {
      this.sentThisWeek++;
      if (sent === asOf) this.sentToday++;
    }
    if (input === 'blank' || input instanceof RowError) return;
    if (outcome === 'blank' || outcome instanceof RowError || input.replied === true || outcome.date === null) return;
    const group = GROUP_OF.get(outcome.channel);
    if (group === undefined) return;
    // A touch planned from older history than a later duplicate's is neither today's nor the next day's.
    if (outcome.newerIn !== null) {
      if (outcome.date <= asOf) this.olderHistory.push({ row, by: outcome.newerIn });
      return;
    }
    if (outcome.date > asOf) {
      if (outcome.date < this.nextDate) {
        this.nextDate = outcome.date;
        this.nextCount = 0;
      }
      if (outcome.date === this.nextDate) this.nextCount++;
      return;
    }
    const f = factsOf(input, this.settings);
    const offLinkedIn = !onLinkedIn(outcome.channel);
    const entry: AgendaEntry = {
      row,
      name: displayName(input) || (shownName ?? ''),
      channel: outcome.channel,
      group: (AGENDA_GROUPS[group] as (typeof AGENDA_GROUPS)[number]).key,
      day: outcome.day,
      date: outcome.date,
      overdue: outcome.date < asOf || (outcome.flags & FLAGS.overdue) !== 0,
      reason: outputCells(outcome).reason,
      ...(input.linkedinUrl ? { linkedinUrl: input.linkedinUrl } : {}),
      // An email or phone touch shows only the ways the person allows, as their rows together say (its Reason names the marks).
      ...(input.email && !(offLinkedIn && outcome.prospect.emailOptOut === true) ? { email: input.email } : {}),
      ...(input.phone && !(offLinkedIn && outcome.prospect.doNotCall === true) ? { phone: input.phone } : {}),
    };
    this.due.push({ entry, group, points: f.inmailPoints, deal: input.dealValue ?? 0, urgent: f.urgent ? 1 : 0 });
  }

  finish(): Agenda {
    const s = this.settings;
    const left = Math.max(0, Math.min(s.dailyInviteCap - this.sentToday, s.weeklyInviteCap - this.sentThisWeek));
    const entries: AgendaEntry[] = [];
    let invitations = 0;
    let held = 0;
    for (const r of this.due.sort(byWorkOrder)) {
      if (r.entry.group === 'invitations' && invitations++ >= left) {
        held++;
        continue;
      }
      entries.push(r.entry);
    }
    const next = this.nextCount > 0 ? { date: this.nextDate, count: this.nextCount } : null;
    const olderHistory = this.olderHistory.sort((a, b) => a.row - b.row);
    return { asOf: s.asOf, entries, invitationsLeft: left, invitationsHeld: held, next, dayOff: dayOff(s.asOf, s.holidays), olderHistory };
  }
}

function dayOff(day: Day, holidays: readonly Day[]): string | null {
  if (isBusinessDay(day, holidays)) return null;
  const w = weekday(day);
  return w === 6 ? 'a Saturday' : w === 0 ? 'a Sunday' : 'a holiday';
}

/**
 * The agenda of a list held in memory: `inputs[i]` and `outcomes[i]` are data row i, which the
 * spreadsheet numbers `firstRow + i`.
 */
export function agendaOf(inputs: readonly RowInput[], outcomes: readonly RowOutcome[], firstRow: number, s: Settings): Agenda {
  const builder = new AgendaBuilder(s);
  inputs.forEach((input, i) => builder.add(firstRow + i, input, outcomes[i] as RowOutcome));
  return builder.finish();
}

/** How many touches each group holds, in the order a rep works. */
export function agendaCounts(a: Agenda): Array<{ group: AgendaGroup; title: string; counted: string; count: number }> {
  return AGENDA_GROUPS.map((g) => {
    const count = a.entries.filter((e) => e.group === g.key).length;
    return { group: g.key, title: g.title, counted: g.counted[count === 1 ? 0 : 1], count };
  });
}

/**
 * What today's touches warn of beside the agenda's own line: the plan's warnings, as the plan says
 * them, and the rows in error, none of which has a touch today (their ERROR cells are not in
 * view): `where` says where to see why.
 */
export function todayWarnings(sum: PlanSummary, s: Settings, map: ColumnMap | undefined, where: string, dateOrders: readonly DateOrderNote[] = []): string[] {
  const warnings = warningsOf(sum, s, map, ['rowErrors']);
  if (sum.errors > 0)
    warnings.push(`${plural(sum.errors, 'row has', 'rows have')} an error${firstRowText(sum.firstError, sum.errors)} and no touch today: ${where}`);
  // Slash dates whose order nothing told (03/12/2026): a touch dated by the other reading would be
  // due, overdue or withdrawn otherwise, so the guess is said with the agenda, as the plan's summary says it.
  for (const d of dateOrders) if (d.slashDates && d.basis === 'cannot-tell') warnings.push(`Dates: ${dateOrderText(d)}`);
  return warnings;
}

/** One line for the rep: "7 touches due on or before 2026-11-24: 2 withdrawals, 5 messages". */
export function agendaSummary(a: Agenda): string {
  const counts = agendaCounts(a)
    .filter((c) => c.count > 0)
    .map((c) => `${grouped(c.count)} ${c.counted}`);
  const head = `${grouped(a.entries.length)} touch${a.entries.length === 1 ? '' : 'es'} due on or before ${asOfText(a)}`;
  const held =
    a.invitationsHeld > 0
      ? `; ${grouped(a.invitationsHeld)} more invitation${a.invitationsHeld === 1 ? ' waits' : 's wait'}: the caps leave ${grouped(a.invitationsLeft)} today`
      : '';
  const next = a.entries.length === 0 ? agendaNext(a) : undefined;
  const older = olderHistoryText(a);
  return `${head}${counts.length ? `: ${counts.join(', ')}` : ''}${held}${next ? `; ${next}` : ''}${older ? `; ${older}` : ''}`;
}

/** The as-of date, and why nothing is planned on it when it is not a business day: "2026-12-25 (a holiday)". */
export function asOfText(a: Agenda): string {
  return `${formatDay(a.asOf)}${a.dayOff ? ` (${a.dayOff})` : ''}`;
}

/** With nothing due, when the next touches are: "next: 3 touches due 2026-12-28". */
export function agendaNext(a: Agenda): string | undefined {
  return a.next ? `next: ${grouped(a.next.count)} touch${a.next.count === 1 ? '' : 'es'} due ${formatDay(a.next.date)}` : undefined;
}

// ---------------------------------------------------------------------------- mark done

/** The history columns "mark done" writes, in the order SPEC 9 adds missing ones. */
export const HISTORY_FIELDS = ['requestedOn', 'connectionStatus', 'inmailSentOn', 'lastTouchOn', 'firstTouchOn'] as const satisfies readonly FieldKey[];
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/** The statuses done writes. */
type DoneStatus = 'pending' | 'withdrawn';

/** What a done touch records: the as-of date, or a connection status. */
export type HistoryValue = { readonly date: Day } | { readonly status: DoneStatus };

/** SPEC 9: what each channel writes when its touch is done. */
const RECORDS: Readonly<Record<string, ReadonlyArray<readonly [HistoryField, 'date' | DoneStatus]>>> = {
  CONNECT_NOTE: [
    ['requestedOn', 'date'],
    ['connectionStatus', 'pending'],
  ],
  CONNECT: [
    ['requestedOn', 'date'],
    ['connectionStatus', 'pending'],
  ],
  INMAIL: [['inmailSentOn', 'date']],
  OPEN_PROFILE: [['inmailSentOn', 'date']],
  MESSAGE: [['lastTouchOn', 'date']],
  EMAIL_OR_PHONE: [['lastTouchOn', 'date']],
  WITHDRAW: [['connectionStatus', 'withdrawn']],
};

/** Our word for each status in the languages a list is read in: English first, then German, French, Spanish, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech, Ukrainian, Russian. */
const STATUS_WORDS: ReadonlyArray<Readonly<Record<ConnectionStatus, string>>> = [
  { none: 'none', pending: 'pending', accepted: 'accepted', declined: 'declined', withdrawn: 'withdrawn' },
  { none: 'nicht gesendet', pending: 'ausstehend', accepted: 'angenommen', declined: 'abgelehnt', withdrawn: 'zurückgezogen' },
  { none: 'non envoyée', pending: 'en attente', accepted: 'acceptée', declined: 'refusée', withdrawn: 'retirée' },
  { none: 'sin enviar', pending: 'pendiente', accepted: 'aceptada', declined: 'rechazada', withdrawn: 'retirada' },
  { none: 'não enviado', pending: 'pendente', accepted: 'aceito', declined: 'recusado', withdrawn: 'retirado' },
  // Dutch, as LinkedIn Netherlands writes its pending `In afwachting`.
  { none: 'niet verstuurd', pending: 'in afwachting', accepted: 'geaccepteerd', declined: 'afgewezen', withdrawn: 'ingetrokken' },
  // Swedish (LinkedIn Sweden's `Väntar`), Danish (`Afventer`) and Norwegian (`Venter`); Finnish (`Odottaa`).
  { none: 'ej skickad', pending: 'väntar', accepted: 'accepterad', declined: 'avböjd', withdrawn: 'återkallad' },
  { none: 'ikke sendt', pending: 'afventer', accepted: 'accepteret', declined: 'afvist', withdrawn: 'trukket tilbage' },
  { none: 'ikke sendt', pending: 'venter', accepted: 'akseptert', declined: 'avslått', withdrawn: 'trukket tilbake' },
  { none: 'ei lähetetty', pending: 'odottaa', accepted: 'hyväksytty', declined: 'hylätty', withdrawn: 'peruttu' },
  // Polish: an invitation's state (`zaproszenie`, neuter), as LinkedIn Poland's Oczekujące writes it.
  { none: 'nie wysłano', pending: 'oczekujące', accepted: 'zaakceptowano', declined: 'odrzucone', withdrawn: 'wycofane' },
  // Czech: an invitation's state (neuter), as a Czech tracker writes `Čeká` beside `Přijato`.
  { none: 'neodesláno', pending: 'čeká', accepted: 'přijato', declined: 'odmítnuto', withdrawn: 'staženo' },
  // Ukrainian: an invitation's state (`запрошення`, neuter), as a Ukrainian tracker writes `Очікує` beside `Прийнято`.
  { none: 'не надіслано', pending: 'очікує', accepted: 'прийнято', declined: 'відхилено', withdrawn: 'відкликано' },
  // Russian: an invitation's state (`приглашение`, neuter), as a Russian tracker writes `Ожидает` beside `Принято`.
  { none: 'не отправлено', pending: 'ожидает', accepted: 'принято', declined: 'отклонено', withdrawn: 'отозвано' },
];
/**
 * The words that tell a status column's language, by STATUS_WORDS' order: its own words and their
 * other forms. A word of two languages (`retirado`, Spanish and Portuguese) tells neither.
 */
const LANGUAGE_WORDS: ReadonlyArray<ReadonlySet<string>> = (() => {
  const more = [
    [],
    [],
    [],
    ['aceptado', 'rechazado', 'retirado', 'enviada', 'enviado'],
    ['aceita', 'recusada', 'retirada'],
    ['verbonden', 'uitnodiging verstuurd', 'verstuurd', 'verzonden', 'niet geaccepteerd', 'genegeerd', 'geweigerd'],
    ['ansluten', 'inbjudan skickad', 'skickad', 'ej accepterad', 'ignorerad', 'inte skickad'],
    ['forbundet', 'invitation sendt', 'ikke accepteret', 'ignoreret', 'tilbagetrukket'],
    ['tilkoblet', 'invitasjon sendt', 'ikke akseptert', 'ignorert', 'tilbaketrukket'],
    ['yhdistetty', 'kutsu lähetetty', 'lähetetty', 'ei hyväksytty', 'ohitettu', 'peruutettu'],
    ['zaproszenie wysłane', 'wysłane', 'wysłano', 'przyjęte', 'połączono', 'zaakceptowane', 'odrzucono', 'wycofano', 'nie zaakceptowano'],
    // Other forms (compared without their letters, as Czechs often type them).
    ['pozvánka odeslána', 'odesláno', 'odeslána', 'propojeno', 'přijata', 'odmítnuta', 'stažena', 'nepřijato'],
    [
      // One a line: the Apps Script bundle writes each Cyrillic letter as six characters.
      'запрошення надіслано',
      'надіслано',
      'підключено',
      'запрошення прийнято',
      'запрошення відхилено',
      'запрошення відкликано',
      'в очікуванні',
    ],
    [
      // One a line, as above.
      'приглашение отправлено',
      'отправлено',
      'подключено',
      'установлен контакт',
      'приглашение принято',
      'приглашение отклонено',
      'приглашение отозвано',
      'в ожидании',
      'ожидание',
    ],
  ];
  // Compared without their accents, as a status is typed without them too (`Wyslane`, `Polaczono`).
  const forms = STATUS_WORDS.map((words, k) => [...Object.values(words), ...(more[k] ?? [])].map(foldLetters));
  const shared = new Set(forms.flatMap((f, k) => f.filter((w) => forms.some((g, m) => m !== k && g.includes(w)))));
  return forms.map((f) => new Set(f.filter((w) => !shared.has(w))));
})();
const LOWER = 0;
const CAPITAL = 1;
const UPPER = 2;

/** How a text's letters are cased: LOWER, CAPITAL (its first letter only, `Invitation sent`), UPPER (`PENDING`); undefined without letters. */
function letteringOf(text: string): number | undefined {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters === '' || letters.toLowerCase() === letters.toUpperCase()) return undefined;
  if (letters === letters.toUpperCase() && letters.length > 1) return UPPER;
  const first = letters.charAt(0);
  return first !== first.toLowerCase() ? CAPITAL : LOWER;
}

/** Distinct texts of a status column weighed: a column of statuses holds a handful. */
const SPELLINGS_KEPT = 256;

/**
 * How a list's status column writes the statuses done records, learnt from its cells: the
 * column's own commonest spelling of a status where its cells have one (`Ausstehend`,
 * `Invitation sent`), else our word in the language most of its cells are in, else English. A
 * list kept in German gets `zurückgezogen`, not `withdrawn`, in its Status der Anfrage.
 */
export class StatusSpellings {
  private readonly counts = new Map<string, number>();

  add(cell: Cell): void {
    if (isBlank(cell) || typeof cell !== 'string') return;
    const text = cell.trim();
    const n = this.counts.get(text);
    if (n !== undefined) this.counts.set(text, n + 1);
    else if (this.counts.size < SPELLINGS_KEPT) this.counts.set(text, 1);
  }

  /** Each status done writes, as this column writes it. */
  words(): Readonly<Record<DoneStatus, string>> {
    const votes = STATUS_WORDS.map(() => 0);
    const best = new Map<ConnectionStatus, { text: string; n: number }>();
    // How the column's statuses are lettered (`PENDING`, `Invitation sent`, `pending`), by the cells of each way.
    const cases = [0, 0, 0];
    for (const [text, n] of this.counts) {
      const status = fieldOf('connectionStatus').parse(text, MONTH_FIRST);
      if (typeof status !== 'string') continue;
      const lettered = letteringOf(text);
      if (lettered !== undefined) cases[lettered] = (cases[lettered] as number) + n;
      const seen = best.get(status as ConnectionStatus);
      if (seen === undefined || n > seen.n) best.set(status as ConnectionStatus, { text, n });
      const folded = foldLetters(text);
      LANGUAGE_WORDS.forEach((words, k) => {
        if (words.has(folded)) votes[k] = (votes[k] as number) + n;
      });
    }
    const language = STATUS_WORDS[votes.indexOf(Math.max(...votes))] as Record<ConnectionStatus, string>;
    // Our word where the column has none, lettered as most of its statuses are (lower case on a tie).
    const most = cases.indexOf(Math.max(...cases));
    const ours = (word: string) =>
      most === LOWER || cases[most] === cases[LOWER] ? word : most === UPPER ? word.toUpperCase() : `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    return { pending: best.get('pending')?.text ?? ours(language.pending), withdrawn: best.get('withdrawn')?.text ?? ours(language.withdrawn) };
  }
}

/**
 * Marking done records a touch as of the as-of date; an as-of date after today records it on a day
 * still to come (a campaign simulated ahead): said, never refused, by every surface that marks.
 * `named`: how that surface names the date (`--as-of`, `As Of`).
 */
export function asOfAheadWarning(asOf: Day, today: Day, named: string): string | undefined {
  if (asOf <= today) return undefined;
  return `${named} ${formatDay(asOf)} is after today (${formatDay(today)}): the touches are recorded as done on a day still to come`;
}

/** What to do before row `row`'s touch is marked done, its later duplicate being row `by` (`Outcome.newerIn`). */
export const olderHistoryFix = (row: number, by: number): string =>
  `row ${by} repeats it and records a touch, a connection or a reply it lacks: copy them into row ${row}, then mark it`;

/**
 * What mark done says of a message it recorded on or after the day the row's open-ended email or
 * phone step starts, when the row re-planned (`replanned`) reads as finished: one Last Touch On
 * date stands for both touches, so that step reads as done too (SPEC 5, "Done is done"), and the
 * follow-up it leaves is said rather than lost without a word. Undefined otherwise.
 */
export function endedByMessage(row: number, channel: Channel, replanned: RowOutcome | undefined): string | undefined {
  if (channel !== 'MESSAGE' || replanned === undefined || replanned === 'blank' || replanned instanceof RowError || replanned.by !== 'finished')
    return undefined;
  return `row ${row}'s message is recorded on or after the day its email or phone step starts, and one Last Touch On date stands for both: its sequence now reads as finished, so email or call them if you have not`;
}

/**
 * What mark done says when it recorded paid InMails: Credits is what LinkedIn shows as left, and the
 * plan made again reads the same Credits, which would give the credits those InMails took to the
 * next prospects. Nothing when none was paid for, no credit is set, or Credits is a full month's
 * (the plan made again warns of the InMails since the renewal then).
 */
export function creditsSpentText(touches: readonly { readonly channel: Channel }[], s: Settings): string[] {
  let paid = 0;
  for (const t of touches) if (t.channel === 'INMAIL') paid++;
  // At a full month's Credits the plan's own warning says it (InMails went out since the renewal).
  if (paid === 0 || s.credits <= 0 || creditsAtFullMonth(s)) return [];
  const them = paid === 1 ? 'it' : 'them';
  return [
    `${plural(paid, 'paid InMail')} recorded, and Credits is still ${s.credits}: set it to what LinkedIn shows now (${Math.max(0, s.credits - paid)} if ${s.credits} was before ${them}), or the plan gives ${paid === 1 ? 'that credit' : 'those credits'} to other prospects again`,
  ];
}

/** What the agenda says of the touches it leaves out for a later duplicate's newer history, or undefined when there are none. */
export function olderHistoryText(a: Agenda): string | undefined {
  const [first] = a.olderHistory;
  if (first === undefined) return undefined;
  return a.olderHistory.length === 1
    ? `row ${first.row}'s touch is left out: ${olderHistoryFix(first.row, first.by)}`
    : `${a.olderHistory.length} touches are left out, of rows a later duplicate records newer history for (row ${first.row}, repeated by row ${first.by}, first): copy it into each, then mark them`;
}

/** Whether a touch of this channel can be marked done (SKIP cannot). */
export function isMarkable(channel: string): boolean {
  return RECORDS[channel] !== undefined;
}

/**
 * A touch to record: the index of its row in the sheet's rows, its channel, and, for a message or
 * email to a row whose sequence nothing else dates, the start to keep in First Touch On
 * (`startToKeep`).
 */
export interface DoneTouch {
  readonly row: number;
  readonly channel: Channel;
  readonly start?: Day | undefined;
}

/** One cell "mark done" writes. `column` is the index once missing columns are added. */
export interface HistoryWrite {
  readonly row: number;
  readonly column: number;
  readonly field: HistoryField;
  readonly value: HistoryValue;
}

export interface DoneChanges {
  /** Missing history columns, added at `insertAt` in this order (each under its canonical header). */
  readonly added: ReadonlyArray<{ readonly field: HistoryField; readonly header: string }>;
  /** Where the added columns go: after the user's last column, before our output block when there is one. */
  readonly insertAt: number;
  readonly writes: readonly HistoryWrite[];
  /** The statuses as the list's status column writes them (`StatusSpellings`). */
  readonly statusWords: Readonly<Record<DoneStatus, string>>;
}

/**
 * A history column "mark done" adds where the list has one of that name it does not read (its
 * values are not all that field's): from then on the new column is read and the list's own is not,
 * so the two would disagree unseen. Said, with why the list's own is not read. A column none of
 * whose values is the field's is another of the same name (a US state under `State`): nothing to say.
 */
export function addedBesideUnread(added: DoneChanges['added'], unused: readonly UnusedColumn[]): string[] {
  return added.flatMap((a) => {
    const own = unused.find((c) => c.field === a.field && ((c.reason === 'values' && c.unlike !== true) || c.reason === 'misspelt'));
    return own === undefined
      ? []
      : [`'${own.header}' is not read as ${a.header} (${own.why}): the ${a.header} column added beside it is read from now on; keep one of the two`];
  });
}

/** The cells each touch writes, and the columns to add first; no cell is changed here. */
export function doneChanges(
  map: ColumnMap,
  touches: readonly DoneTouch[],
  asOf: Day,
  statusWords: Readonly<Record<DoneStatus, string>> = new StatusSpellings().words(),
): DoneChanges {
  const needed = new Set<HistoryField>();
  for (const t of touches) {
    const records = RECORDS[t.channel];
    if (!records) throw new Error(`doneChanges: a ${t.channel} touch cannot be marked done`);
    for (const [field] of records) needed.add(field);
    if (t.start !== undefined) needed.add('firstTouchOn');
  }
  const existing = new Map(map.columns.map((c) => [c.field.key, c.index]));
  const insertAt = map.outputAt >= 0 ? map.outputAt : map.headers.length;
  const added = HISTORY_FIELDS.filter((f) => needed.has(f) && !existing.has(f)).map((field) => ({ field, header: fieldOf(field).label }));
  const shift = (index: number) => (index >= insertAt ? index + added.length : index);
  const columnOf = new Map<HistoryField, number>();
  for (const f of HISTORY_FIELDS) {
    const at = existing.get(f);
    if (at !== undefined) columnOf.set(f, shift(at));
  }
  added.forEach((a, i) => columnOf.set(a.field, insertAt + i));
  const writes: HistoryWrite[] = [];
  for (const t of touches) {
    for (const [field, what] of RECORDS[t.channel] ?? []) {
      writes.push({ row: t.row, column: columnOf.get(field) as number, field, value: what === 'date' ? { date: asOf } : { status: what } });
    }
    if (t.start !== undefined) writes.push({ row: t.row, column: columnOf.get('firstTouchOn') as number, field: 'firstTouchOn', value: { date: t.start } });
  }
  return { added, insertAt, writes, statusWords };
}

/**
 * One row of the sheet with the changes applied: the added columns inserted (their headers in
 * the header row and in a row that repeats it, `header`; rows above the header are left as they
 * are) and this row's cells written. `writes` are this row's (`changesByRow` groups them).
 */
export function applyDone(
  row: readonly Cell[],
  r: number,
  headerRow: number,
  changes: DoneChanges,
  writes: readonly HistoryWrite[],
  dateCell: (day: Day, column: number) => Cell,
  header = r === headerRow,
): Cell[] {
  const { added, insertAt } = changes;
  const cells = row.slice();
  if (r >= headerRow && added.length > 0) {
    while (cells.length < insertAt) cells.push('');
    cells.splice(insertAt, 0, ...added.map((a) => (header ? a.header : '')));
  }
  for (const w of writes) {
    while (cells.length <= w.column) cells.push('');
    cells[w.column] = writtenCell(w, changes, dateCell);
  }
  return cells;
}

/** The cell a write puts in: its date as `dateCell` writes one in its column (as it stands after the columns added), or its status as the list writes it. */
export function writtenCell(w: HistoryWrite, changes: DoneChanges, dateCell: (day: Day, column: number) => Cell): Cell {
  return 'date' in w.value ? dateCell(w.value.date, w.column) : changes.statusWords[w.value.status];
}

/** The writes of each row, by row index. */
export function changesByRow(changes: DoneChanges): Map<number, HistoryWrite[]> {
  const out = new Map<number, HistoryWrite[]>();
  for (const w of changes.writes) {
    const list = out.get(w.row);
    if (list) list.push(w);
    else out.set(w.row, [w]);
  }
  return out;
}

/**
 * SPEC 9, mark done: the sheet's rows with each touch recorded in the row's own history columns,
 * missing columns added (in the header row and every row under it; rows above the header are left
 * as they are). `dateCell` says how a date is written: a Date in Sheets, `YYYY-MM-DD` in a CSV.
 * `headersAgain`: the rows under the header that repeat it (two lists joined), which get the
 * added columns' headers too, so that they still repeat it.
 */
export function markDone(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  map: ColumnMap,
  touches: readonly DoneTouch[],
  asOf: Day,
  dateCell: (day: Day) => Cell,
): { rows: Cell[][]; changes: DoneChanges; headersAgain: number[] } {
  for (const t of touches) {
    if (t.row <= headerRow || t.row >= rows.length) throw new Error(`markDone: row index ${t.row} is not a data row`);
  }
  const spellings = new StatusSpellings();
  const at = columnOf(map, 'connectionStatus')?.index;
  if (at !== undefined) for (let r = headerRow + 1; r < rows.length; r++) spellings.add((rows[r] as readonly Cell[])[at]);
  const changes = doneChanges(map, touches, asOf, spellings.words());
  const byRow = changesByRow(changes);
  const headersAgain: number[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) if (repeatsHeader(rows[r] as readonly Cell[], map)) headersAgain.push(r);
  const again = new Set(headersAgain);
  return {
    rows: rows.map((row, r) => applyDone(row, r, headerRow, changes, byRow.get(r) ?? [], dateCell, r === headerRow || again.has(r))),
    changes,
    headersAgain,
  };
}

/**
 * The column map once the missing history columns are added: the columns right of them move
 * right, the added ones are read as their fields (they hold ISO dates, written by us). The sheet
 * is not read again to find it.
 */
export function mapAfterDone(map: ColumnMap, changes: DoneChanges): ColumnMap {
  const { added, insertAt } = changes;
  if (added.length === 0) return map;
  const moved = (i: number) => (i >= insertAt ? i + added.length : i);
  const columns: MappedColumn[] = [
    ...map.columns.map((c) => ({ ...c, index: moved(c.index) })),
    ...added.map((a, k) => mappedColumn(fieldOf(a.field), insertAt + k, a.header)),
  ].sort((a, b) => a.index - b.index);
  const headers = [...map.headers.slice(0, insertAt), ...added.map((a) => a.header), ...map.headers.slice(insertAt)];
  const fallbacks = map.fallbacks.map((c) => ({ ...c, index: moved(c.index) }));
  return { columns, fallbacks, outputAt: map.outputAt >= 0 ? moved(map.outputAt) : -1, headers };
}
