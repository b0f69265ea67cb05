/**
 * SPEC sections 1 and 1a: the input fields. Each field is one row of `FIELDS`: its label, the
 * headers the tools of section 1a write for it, and the parser for its kind. A parser turns one
 * non-blank cell into a typed value or a `Problem`; a blank cell is "unknown", never an error.
 * The vocabularies, dates, amounts and titles it reads with live in ./read/.
 */
import { dayFromDate, formatDay, isDate, parseIsoDay } from './dates.js';
import { hasAddress, profileLinks } from './keys.js';
import { type Cell, type ConnectionStatus, type Day, type Degree, type FieldKey, Problem, type Prospect, type Seniority } from './model.js';
import { parseAmount, plainNumber } from './read/amounts.js';
import { type DateReading, NO_YEAR_PROBLEM, type SlashOrder, isSerialText, readDate, slashEvidence } from './read/dates.js';
import { seniorityFromTitle } from './read/titles.js';
import { END_MARKS, errorValue, isBlankWord, yesNoWord } from './read/values.js';

export { parseAmount, seniorityFromTitle };

type NonBlank = string | number | boolean | Date;
type Parser = (cell: NonBlank, reading: DateReading) => unknown;

export interface FieldSpec {
  readonly key: FieldKey;
  /** The canonical column name of SPEC section 1. */
  readonly label: string;
  /** Headers that mean this field wherever they appear; matched case-, space- and punctuation-insensitively. */
  readonly aliases: readonly string[];
  /**
   * One-word headers that could mean anything (`Status`, `Segment`, `Level`): such a column is this
   * field only when its values read as the field (SPEC 1a: 90% of its first 100 non-blank cells).
   */
  readonly generic: readonly string[];
  readonly parse: Parser;
  /**
   * Whether a value reads as this field, for a generic header (by default: it parses); undefined
   * where it tells neither way, and is not counted (a prospect's answer typed in a status).
   */
  readonly reads?: (cell: NonBlank) => boolean | undefined;
  /**
   * Values that read as this field but do not, on their own, make a generic column one, and what
   * else they say: a generic column all of whose values that read are such is not read as the field.
   */
  readonly weak?: { readonly is: (cell: NonBlank) => boolean; readonly says: string };
  /** Free text: `n/a` and `-` are blank, and a spreadsheet error is caught before it reads as text. */
  readonly text?: boolean;
  /** What the field accepts, shown in the sidebar and the README. */
  readonly accepts: string;
}

// ---------------------------------------------------------------- parsers, one per kind of cell

/** A cell as text: a Date as YYYY-MM-DD, a blank as ''. */
export function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? '' : text(cell);
}

/**
 * An Email cell: its text where it holds an address (`hasAddress`); none where it does not (`no
 * email`, `TBD`, a tick box's TRUE or FALSE, a number), so the row is one to find an email for,
 * never one to write to `FALSE`.
 */
function emailText(cell: NonBlank): string | undefined {
  if (typeof cell !== 'string') return undefined;
  const t = cell.trim();
  return hasAddress(t) ? t : undefined;
}

/** A Phone cell: its text where it holds a digit; none where it does not (`no phone`, `TBD`, a tick box's TRUE or FALSE). */
function phoneText(cell: NonBlank): string | undefined {
  if (typeof cell === 'boolean') return undefined;
  const t = text(cell);
  return hasDigit(t) ? t : undefined;
}

export function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function text(cell: NonBlank): string {
  if (typeof cell === 'string') return cell.trim();
  if (isDate(cell)) {
    const day = dayFromDate(cell);
    return day === undefined ? '' : formatDay(day);
  }
  return String(cell).trim();
}

function yesNo(cell: NonBlank): boolean | Problem {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') {
    if (cell === 1) return true;
    if (cell === 0) return false;
  }
  return (typeof cell === 'string' ? yesNoWord(cell) : undefined) ?? new Problem('expected yes or no');
}

/**
 * A Do Not Contact cell (an Email Opt Out or Do Not Call one too): yes or no as a yes/no column reads them; any other value (`legal hold`,
 * `No contact - GDPR request`, `N - competitor`, the day it was asked) marks the row too. A note
 * put in that column says not to reach the person, and a value misread as no would plan a touch
 * to someone who asked for none. A word for unknown (`n/a`, `-`, `#N/A`: a lookup against a
 * suppression list that did not find the person) is no mark, and a spreadsheet error is the
 * row's, as in every column: the Problem lets the reader say which (`readCell`).
 */
function doNotMark(cell: NonBlank): boolean | Problem {
  const answer = yesNo(cell);
  if (!(answer instanceof Problem)) return answer;
  return typeof cell === 'string' && (isBlankWord(cell) || errorValue(cell) !== undefined) ? answer : true;
}

/**
 * A reply: yes/no, or the date of the reply (`Replied At` columns), which means yes and is read as
 * its day (`setReplied` sets both), or a yes that names an email or a call (REPLIED_BY_OTHER_CHANNEL).
 */
function replied(cell: NonBlank, reading: DateReading): boolean | Day | Problem | typeof REPLIED_BY_OTHER_CHANNEL {
  const answer = yesNo(cell);
  // 1 and 0 are yes and no; another number is a date (a spreadsheet's serial), as in text.
  if (!(answer instanceof Problem)) return answer;
  // A tracker's word, or a yes or no beside a mark as a busy rep types it (`Yes ✓`, `No ❌`).
  const words = typeof cell === 'string' ? wordsOf(cell).replace(END_MARKS, '') : '';
  const word = REPLY_WORDS.get(words) ?? (words === '' ? undefined : yesNoWord(words));
  if (word !== undefined) return word;
  // A reply with the channel it came by (`replied by email`, `Yes - via phone`, `Replied (email)`): yes, not on LinkedIn.
  const by = typeof cell === 'string' ? BY_CHANNEL.exec(cell) : null;
  const byAnswer = by ? firstWordAnswer(by[1] as string) : undefined;
  if (byAnswer !== undefined) return byAnswer ? REPLIED_BY_OTHER_CHANNEL : false;
  const day = readDate(cell, reading);
  // A serial number of a day before LinkedIn (`2`, `1.5`: 1900) is no reply's date.
  const serial = typeof cell === 'number' || (typeof cell === 'string' && isSerialText(cell));
  if (!(day instanceof Problem) && !(serial && day < FIRST_DAY)) return day;
  // A yes or no with a word on what was said (`Ja, kein Interesse`, `Yes - not interested`, `No
  // (bounced)`), or with the day, as a rep types it: `replied 12/8/2026`, `Yes, 11/8/2026`,
  // `Replied on Dec 8, 2026 - call booked` are a reply that day, `yes 12/8` (no year) a reply.
  const said = typeof cell === 'string' ? SAID.exec(cell) : null;
  const first = said ? firstWordAnswer(said[1] as string) : undefined;
  if (said === null || first === undefined) return day === NO_YEAR_PROBLEM ? REPLIED_NO_YEAR : REPLIED_PROBLEM;
  const on = dayAtStart(said[3] as string, reading);
  if (typeof on === 'number') return first ? on : false;
  // After a mark, any remark; after a space, only a day (`yes please` is not read).
  return said[2] !== undefined || on === NO_YEAR_PROBLEM ? first : REPLIED_PROBLEM;
}

/** A first word, then a mark (`Yes - ...`, `Replied: ...`) or a space, and what follows (after `on`, `le`, `am`, `el`). */
const SAID = /^\s*([^\s,;:(–—-]+)(?:\s*([,;:(–—-])|\s)\s*(?:(?:on|le|am|el)\s+)?(.*)$/i;

/**
 * The day a text starts with (its first three words, two or one, read as a date cell is:
 * `Dec 8, 2026 - call booked`), from 2000 on; NO_YEAR_PROBLEM where it starts with a day and
 * month alone (`12/8 - call booked`); else undefined.
 */
function dayAtStart(text: string, reading: DateReading): Day | typeof NO_YEAR_PROBLEM | undefined {
  const words = text.trim().split(/\s+/);
  let noYear = false;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const d = readDate(
      words
        .slice(0, n)
        .join(' ')
        .replace(/[,;:]$/, ''),
      reading,
    );
    if (typeof d === 'number' && d >= FIRST_DAY) return d;
    if (d === NO_YEAR_PROBLEM) noYear = true;
  }
  return noYear ? NO_YEAR_PROBLEM : undefined;
}

/** A reply's first word as a yes or a no (`Ja`, `Replied`, `No`), or undefined. */
const firstWordAnswer = (word: string): boolean | undefined => yesNoWord(word) ?? REPLY_WORDS.get(wordsOf(word));

/**
 * The date of a touch made (Requested On, InMail Sent On, Accepted On...). A tick box or a yes/no
 * under such a header (`InMail sent?`), read as `yesNo` reads it (1 and 0 too): unticked or no is
 * no touch, as a blank; ticked or yes says the touch was made but not when, and the sequence is
 * counted from that day: the row's error asks for it, rather than the row being planned as never
 * touched (a second InMail). A day before LinkedIn (a serial number such as 2, 1900) is no touch's.
 */
function touchDate(cell: NonBlank, reading: DateReading): Day | Problem | undefined {
  if (typeof cell !== 'object') {
    const answer = yesNo(cell);
    if (answer === false) return undefined;
    if (answer === true) return TICKED_PROBLEM;
  }
  const day = readDate(cell, reading);
  return day instanceof Problem || day >= FIRST_DAY ? day : BEFORE_LINKEDIN;
}

const BEFORE_LINKEDIN = new Problem('expected a date from 2000 on, when the touch was made');

const TICKED_PROBLEM = new Problem('ticked (yes), but when? give the date it was done, e.g. 2026-11-18');

/**
 * A reply read with the channel it came by, an email or a call (`replied by email`): yes, and not
 * on LinkedIn (`Prospect.repliedOffLinkedIn`), as lemlist's emailsReplied says it.
 */
export const REPLIED_BY_OTHER_CHANNEL: Readonly<{ replied: true; offLinkedIn: true }> = Object.freeze({ replied: true, offLinkedIn: true });

/** A first word, then the channel a reply came by: `replied by email`, `Yes - via phone`, `Replied (email)`; not `call booked` (`Anruf vereinbart`), a call to come. */
const BY_CHANNEL =
  /^\s*([^\s,;:([–—-]+)[\s,;:([–—-]+(?:(?:by|via|per|over|on|through|par|por)\s+)?(?:an?\s+|un\s+|une\s+)?(?:e-?mails?|mail|phone|call|t[ée]l[ée]phone|telefon(?:isch|e)?|anruf|tel[ée]fono|correo|liga[çc][ãa]o)\b(?!\s*(?:booked|scheduled|vereinbart|geplant|gebucht|pr[ée]vu|planifi[ée]|programad[oa]|agendad[oa]|marcad[oa]))/i;

/** The first day a reply's or a touch's date may be: 2000-01-01 (LinkedIn began in 2003). */
const FIRST_DAY = parseIsoDay('2000-01-01') as Day;

const REPLIED_PROBLEM = new Problem('expected yes or no (replied, no reply...), or the date of the reply');
const REPLIED_NO_YEAR = new Problem("expected yes or no, or the reply's date with its year (18 Nov 2026)");

const WHOLE_PROBLEM = 'expected a whole number, 0 or more';
/** A count written with a decimal part (`12,5`, `2.5`, `1,2345`): an error, never read as 125 or 12345. */
const FRACTION_PROBLEM = 'expected a whole number, 0 or more: a count cannot have a fraction';

/** Whether a text is digits only (`0`..`9`, at least one): read as written, no separator to weigh. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A whole number of prospects or connections. SPEC 1a's rule for written numbers: a dot or comma
 * followed by exactly three digits groups thousands (`1,234`, `1.234`), otherwise it is the
 * decimal mark; so `3,0` and `3.00` are 3, and `12,5` is a fraction, which a count cannot have.
 */
function wholeNumber(cell: NonBlank): number | Problem {
  if (typeof cell === 'string' && isDigits(cell)) return +cell;
  if (typeof cell === 'number') {
    if (!(cell >= 0) || cell === Number.POSITIVE_INFINITY) return new Problem(WHOLE_PROBLEM);
    return Number.isInteger(cell) ? cell : new Problem(FRACTION_PROBLEM);
  }
  if (typeof cell !== 'string') return new Problem(WHOLE_PROBLEM);
  // `1,200`, `500+`, `12 mutual connections`: the number is what counts.
  const t = cell.trim();
  const written = /^(\d[\d,.\s\u00a0\u202f_]*?)\s*\+?\s*[\p{L}\s]*$/u.exec(t);
  const n = plainNumber(written ? (written[1] as string) : t);
  if (n === undefined) return new Problem(WHOLE_PROBLEM);
  return Number.isInteger(n) ? n : new Problem(FRACTION_PROBLEM);
}

const AMOUNT_PROBLEM = 'expected an amount such as 50000, $50,000, 75.000 €, 50k or 1.2M';

function money(cell: NonBlank): number | Problem {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? cell : new Problem(AMOUNT_PROBLEM);
  const amount = typeof cell === 'string' ? parseAmount(cell) : undefined;
  return amount ?? new Problem(AMOUNT_PROBLEM);
}

/**
 * A date setting (As Of, Start Date, Holidays): `YYYY-MM-DD` or a Sheets date; or a date as an
 * export writes it where day and month cannot be mixed up (`24/12/2026`, `24.12.2026`, `Dec 24,
 * 2026`). An ambiguous `03/04/2026` is an error naming both dates, unless `order` says (other
 * dates beside it showed it); a bare number is no date.
 */
export function parseDateCell(cell: NonBlank, order?: SlashOrder): number | Problem {
  const wrong = new Problem('expected a date as YYYY-MM-DD');
  if (typeof cell !== 'string') return (isDate(cell) ? dayFromDate(cell) : undefined) ?? wrong;
  const text = cell.trim();
  const iso = parseIsoDay(text);
  if (iso !== undefined) return iso;
  if (/^\d+(?:\.\d+)?$/.test(text)) return wrong;
  // A day past its month's end (2026-02-30) is said as such: the form was right.
  const said = (day: number | Problem) => (day instanceof Problem ? (day.code === 'no-such-day' ? day : wrong) : day);
  if (order !== undefined) return said(readDate(text, { order, guessed: false }));
  if (slashEvidence(text) === 'either') {
    const monthFirst = readDate(text, { order: 'month-first', guessed: false });
    const dayFirst = readDate(text, { order: 'day-first', guessed: false });
    if (typeof monthFirst === 'number' && typeof dayFirst === 'number' && monthFirst !== dayFirst) {
      return new Problem(`ambiguous: ${formatDay(monthFirst)} or ${formatDay(dayFirst)}? write the date as YYYY-MM-DD`, 'ambiguous-date');
    }
  }
  return said(readDate(text));
}

/**
 * A vocabulary table as a Map: a cell such as `constructor` or `toString` must not read the
 * built-in properties every plain object has.
 */
function vocabulary<T>(table: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(table));
}

/** Degree words as LinkedIn, Sales Navigator and CRMs write them, after lower-casing and removing "degree". */
const DEGREES = vocabulary<Degree>({
  // A whole number written with a decimal zero, as pandas writes a column of numbers with a blank in it.
  '1.0': 1,
  '2.0': 2,
  '3.0': 3,
  '4.0': 4,
  '1': 1,
  '1st': 1,
  first: 1,
  '2': 2,
  '2nd': 2,
  second: 2,
  '3': 3,
  '3rd': 3,
  third: 3,
  '3+': 3,
  '3rd+': 3,
  'out of network': 4,
  'out-of-network': 4,
  outofnetwork: 4,
  out_of_network: 4,
  oon: 4,
  'outside network': 4,
  'outside your network': 4,
  'hors réseau': 4,
  'hors reseau': 4,
  'hors de votre réseau': 4,
  // LinkedIn Germany's.
  'außerhalb ihres netzwerks': 4,
  'außerhalb des netzwerks': 4,
  'ausserhalb ihres netzwerks': 4,
  'ausserhalb des netzwerks': 4,
  // LinkedIn Spain's and Latin America's.
  'fuera de tu red': 4,
  'fuera de la red': 4,
  'fuera de su red': 4,
  // LinkedIn Brazil's and Portugal's.
  'fora da sua rede': 4,
  'fora da rede': 4,
  'fora da minha rede': 4,
  primeiro: 1,
  segundo: 2,
  terceiro: 3,
  // LinkedIn Netherlands'.
  'buiten uw netwerk': 4,
  'buiten je netwerk': 4,
  'buiten jouw netwerk': 4,
  'buiten het netwerk': 4,
  // LinkedIn Sweden's, Denmark's and Norway's, with and without their letters.
  'utanför ditt nätverk': 4,
  'utanfor ditt natverk': 4,
  'utanför nätverket': 4,
  'utanfor natverket': 4,
  'uden for dit netværk': 4,
  'uden for dit netvaerk': 4,
  'uden for netværket': 4,
  'uden for netvaerket': 4,
  'utenfor nettverket ditt': 4,
  'utenfor ditt nettverk': 4,
  'utenfor nettverket': 4,
  // LinkedIn Finland's.
  'verkostosi ulkopuolella': 4,
  'verkoston ulkopuolella': 4,
  // LinkedIn Poland's, with and without its letters.
  'poza siecią': 4,
  'poza siecia': 4,
  'poza twoją siecią': 4,
  'poza twoja siecia': 4,
  // LinkedIn Czechia's.
  'mimo síť': 4,
  'mimo sit': 4,
  'mimo vaši síť': 4,
  'mimo vasi sit': 4,
  // LinkedIn Ukraine's.
  'поза мережею': 4,
  'поза вашою мережею': 4,
  // LinkedIn Russia's.
  'вне сети': 4,
  'вне вашей сети': 4,
  '4': 4,
  '4th': 4,
  '4+': 4,
  distance_1: 1,
  distance_2: 2,
  distance_3: 3,
  first_degree: 1,
  second_degree: 2,
  third_degree: 3,
});

function degree(cell: NonBlank): Degree | Problem {
  const exact =
    typeof cell === 'string' ? (DEGREES.get(cell) ?? DEGREES.get(cell.trim().toLowerCase())) : typeof cell === 'number' ? DEGREES.get(String(cell)) : undefined;
  if (exact !== undefined) return exact;
  const t = text(cell)
    .toLowerCase()
    .replace(/[-_]/g, ' ')
    // The dot before it on a Sales Navigator page, copied with it: `· 2nd`.
    .replace(/^[·•]\s*/, '')
    // LinkedIn Brazil's `Conexão de 2º grau`: its words go as `connection` does; so does Finland's `2. asteen`
    // (`asteen kontakti`, a contact of it), Poland's `2. stopnia` and Czechia's `2. stupeň`, Ukraine's `2-го
    // ступеня`, Russia's `Контакт 2-го уровня` and `2-я степень`.
    .replace(
      /\s*(degree|degré|grades?|grado|grau|graad|grad|connection|conex[ãa]o de|asteen(?: kontakti)?|stopnia|stupe[ňn]|stupn[ěe]|ступеня|ступінь|уровня|степени|степень|контакт)s?\s*/g,
      ' ',
    )
    .trim();
  return (
    DEGREES.get(t) ??
    DEGREES.get(t.replace(/\s+/g, '-')) ??
    // LinkedIn France's `3e et +`, Spanish `3er grado o más`, Portuguese `3º grau ou mais`.
    ordinalDegree(
      t
        .replace(/\s+et\s+\+$/, '+')
        .replace(/\s+o\s+m[aá]s$/, '+')
        .replace(/\s+ou\s+mais$/, '+'),
    ) ??
    new Problem('expected 1, 2, 3, 1st, 2nd, 3rd, 3rd+ or out of network')
  );
}

/**
 * A degree as LinkedIn writes it in other languages: French and Dutch `2e`, `1er`, `3e+`, Dutch `2de`, `1ste`; Spanish,
 * Italian and Portuguese `2º`, `2.º`, `2°`, `2ª`, `2do`, `3ro`; German, Danish, Norwegian and Finnish `2.`, `3.+`
 * ("Kontakt 2. Grades" once its words go); Swedish `1:a`, `2:a`, `3:e+`; Ukrainian and Russian `2-й`, `3-й+`, `2-го`,
 * Russian `2-я` (of `степень`; its hyphen a space by then).
 */
const ORDINAL_DEGREE = /^([1-4])\s*(?:e|er|re|ème|eme|de|ste|do|ro|to|\.?º|\.?°|\.?ª|\.|:a|:e|й|го|я)?\s*(\+)?$/;

function ordinalDegree(t: string): Degree | undefined {
  const m = ORDINAL_DEGREE.exec(t);
  return m ? (Number(m[1]) as Degree) : undefined;
}

/**
 * SPEC 1a's seniority table: our six levels, Sales Navigator's seniority filter, LinkedIn's job
 * levels and Apollo's `person_seniority` values, after lower-casing with `_` and `-` as spaces.
 */
const SENIORITIES = vocabulary<Seniority>({
  'c level': 'c-level',
  clevel: 'c-level',
  'c suite': 'c-level',
  csuite: 'c-level',
  cxo: 'c-level',
  executive: 'c-level',
  owner: 'c-level',
  partner: 'c-level',
  'owner / partner': 'c-level',
  'owner/partner': 'c-level',
  founder: 'c-level',
  vp: 'vp',
  'vice president': 'vp',
  svp: 'vp',
  evp: 'vp',
  director: 'director',
  head: 'director',
  manager: 'manager',
  'experienced manager': 'manager',
  'entry level manager': 'manager',
  senior: 'senior',
  strategic: 'senior',
  'mid senior level': 'senior',
  'mid senior': 'senior',
  lead: 'senior',
  entry: 'entry',
  'entry level': 'entry',
  junior: 'entry',
  'in training': 'entry',
  training: 'entry',
  associate: 'entry',
  internship: 'entry',
  intern: 'entry',
  analyst: 'entry',
  'senior non manager': 'senior',
  'senior individual contributor': 'senior',
  // LinkedIn's job levels in Portuguese (Executivo, Pleno-sênior, Estágio), and an analyst.
  executivo: 'c-level',
  'pleno sênior': 'senior',
  'pleno senior': 'senior',
  'nível de entrada': 'entry',
  'nivel de entrada': 'entry',
  estágio: 'entry',
  estagio: 'entry',
  analista: 'entry',
});

/** Levels that say only that the person manages no one (ZoomInfo's `Non-Manager`): no level, so the title's is read. */
const NO_LEVEL = new Set(['non manager', 'nonmanager', 'non management', 'individual contributor', 'ic']);

/** Pictographs, symbols and arrows a tracker kept by hand marks a state with (`✅ Accepted`, `Pending ⏳`, `✓ sent`, `1️⃣ Pending`): no word of it. */
const PICTOGRAPHS = /[0-9#*]\uFE0F?\u20E3|[\p{Extended_Pictographic}\p{So}\u2190-\u21FF\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]/gu;

/** A seniority, status or yes/no cell as a key of the vocabularies: lower case, `_` and `-` as spaces, no pictographs, one space between words. */
function wordsOf(cell: NonBlank): string {
  return text(cell).toLowerCase().replace(/[_-]/g, ' ').replace(PICTOGRAPHS, ' ').replace(/\s+/g, ' ').trim();
}

function seniority(cell: NonBlank): Seniority | undefined | Problem {
  const t = text(cell).toLowerCase();
  const level = SENIORITIES.get(t);
  if (level !== undefined) return level;
  const words = wordsOf(cell);
  if (NO_LEVEL.has(words)) return undefined;
  // A level the tables do not name ("Senior Manager", "Head of Sales") is read as a title would be.
  return (
    SENIORITIES.get(words) ??
    (typeof cell === 'string' ? seniorityFromTitle(cell) : undefined) ??
    new Problem('expected c-level, vp, director, manager, senior or entry')
  );
}

/** Connection states as trackers (Waalaxy, Expandi, Dux-Soup, lemlist) and CRMs write them. */
const STATUSES = vocabulary<ConnectionStatus>({
  none: 'none',
  'not sent': 'none',
  'not connected': 'none',
  'not invited': 'none',
  'to connect': 'none',
  'to invite': 'none',
  'profile visited': 'none',
  visited: 'none',
  followed: 'none',
  new: 'none',
  'not started': 'none',
  'not contacted': 'none',
  pending: 'pending',
  sent: 'pending',
  invited: 'pending',
  requested: 'pending',
  'request sent': 'pending',
  'invite sent': 'pending',
  'invitation sent': 'pending',
  'invitation pending': 'pending',
  'connection sent': 'pending',
  'connection request sent': 'pending',
  'connection pending': 'pending',
  'awaiting acceptance': 'pending',
  awaiting: 'pending',
  'pending acceptance': 'pending',
  // An invitation not answered yet: LinkedIn tells the sender of no decline. (`No response` stays
  // unread: it may be a message's, to a connection.)
  'not accepted': 'pending',
  'not accepted yet': 'pending',
  accepted: 'accepted',
  connected: 'accepted',
  'invitation accepted': 'accepted',
  'invite accepted': 'accepted',
  'connection accepted': 'accepted',
  'already connected': 'accepted',
  // Trackers move a connected prospect on to messaging: only a connection can be messaged (a
  // status that says the prospect answered is one of REPLIED_WORDS).
  'message sent': 'accepted',
  messaged: 'accepted',
  'followed up': 'accepted',
  'follow up sent': 'accepted',
  'connection request accepted': 'accepted',
  // lemlist's lead states (`linkedinInviteDone`), read lower-cased; its message states follow a connection too.
  linkedinvisitdone: 'none',
  linkedininvitedone: 'pending',
  linkedininvitesent: 'pending',
  linkedininviteaccepted: 'accepted',
  linkedinconnected: 'accepted',
  linkedinsent: 'accepted',
  linkedinopened: 'accepted',
  'pending invitation': 'pending',
  'invite pending': 'pending',
  'connection request pending': 'pending',
  'invitation withdrawn by you': 'withdrawn',
  declined: 'declined',
  ignored: 'declined',
  rejected: 'declined',
  'invitation declined': 'declined',
  withdrawn: 'withdrawn',
  withdrew: 'withdrawn',
  cancelled: 'withdrawn',
  canceled: 'withdrawn',
  'invitation withdrawn': 'withdrawn',
  'invite withdrawn': 'withdrawn',
  'request withdrawn': 'withdrawn',
  'connection withdrawn': 'withdrawn',
  'connection request withdrawn': 'withdrawn',
  'withdrawn request': 'withdrawn',
  'request cancelled': 'withdrawn',
  'request canceled': 'withdrawn',
  'invitation cancelled': 'withdrawn',
  'invitation canceled': 'withdrawn',
  'request declined': 'declined',
  'request ignored': 'declined',
  'connection declined': 'declined',
  'request pending': 'pending',
  'request accepted': 'accepted',
  // French, as LinkedIn France and a list kept by hand write them.
  'en attente': 'pending',
  'invitation envoyée': 'pending',
  'invitation en attente': 'pending',
  envoyée: 'pending',
  envoyé: 'pending',
  acceptée: 'accepted',
  accepté: 'accepted',
  'invitation acceptée': 'accepted',
  connecté: 'accepted',
  refusée: 'declined',
  refusé: 'declined',
  ignorée: 'declined',
  'invitation refusée': 'declined',
  retirée: 'withdrawn',
  retiré: 'withdrawn',
  annulée: 'withdrawn',
  'invitation retirée': 'withdrawn',
  'invitation annulée': 'withdrawn',
  // German, as a list kept in Germany writes them.
  ausstehend: 'pending',
  gesendet: 'pending',
  'einladung gesendet': 'pending',
  'anfrage gesendet': 'pending',
  angenommen: 'accepted',
  vernetzt: 'accepted',
  'einladung angenommen': 'accepted',
  abgelehnt: 'declined',
  ignoriert: 'declined',
  'einladung abgelehnt': 'declined',
  zurückgezogen: 'withdrawn',
  zurueckgezogen: 'withdrawn',
  'einladung zurückgezogen': 'withdrawn',
  // As a German team's tracker writes them, beside the English ones above.
  verschickt: 'pending',
  eingeladen: 'pending',
  angefragt: 'pending',
  'anfrage verschickt': 'pending',
  'einladung verschickt': 'pending',
  'kontaktanfrage gesendet': 'pending',
  'kontaktanfrage verschickt': 'pending',
  'anfrage ausstehend': 'pending',
  'einladung ausstehend': 'pending',
  // Not accepted (yet): pending, as LinkedIn tells no decline.
  'nicht angenommen': 'pending',
  'noch nicht angenommen': 'pending',
  verbunden: 'accepted',
  'anfrage angenommen': 'accepted',
  'kontaktanfrage angenommen': 'accepted',
  'bereits vernetzt': 'accepted',
  'bereits verbunden': 'accepted',
  // A message to a connection went out: as `message sent` above.
  'nachricht gesendet': 'accepted',
  'nachricht verschickt': 'accepted',
  'anfrage abgelehnt': 'declined',
  'kontaktanfrage abgelehnt': 'declined',
  'anfrage zurückgezogen': 'withdrawn',
  'anfrage zurueckgezogen': 'withdrawn',
  'kontaktanfrage zurückgezogen': 'withdrawn',
  storniert: 'withdrawn',
  'anfrage storniert': 'withdrawn',
  'nicht kontaktiert': 'none',
  'nicht eingeladen': 'none',
  'nicht vernetzt': 'none',
  // Spanish.
  pendiente: 'pending',
  'pendiente de respuesta': 'pending',
  'en espera': 'pending',
  enviada: 'pending',
  enviado: 'pending',
  // Not accepted yet: LinkedIn tells the sender of no decline, as `not accepted` above.
  'no aceptada': 'pending',
  'no aceptado': 'pending',
  'invitación enviada': 'pending',
  'solicitud enviada': 'pending',
  aceptada: 'accepted',
  aceptado: 'accepted',
  'conexión aceptada': 'accepted',
  'conexion aceptada': 'accepted',
  aceptó: 'accepted',
  acepto: 'accepted',
  // A message to a connection went out: as `message sent` above.
  'mensaje enviado': 'accepted',
  conectado: 'accepted',
  conectada: 'accepted',
  rechazada: 'declined',
  rechazado: 'declined',
  ignorada: 'declined',
  retirada: 'withdrawn',
  retirado: 'withdrawn',
  cancelada: 'withdrawn',
  'sin enviar': 'none',
  'no enviada': 'none',
  'sin contactar': 'none',
  'no contactado': 'none',
  // Portuguese (Brazil; Portugal's forms where they differ), with and without accents. `Enviado`,
  // `Enviada`, `Conectado`, `Conectada`, `Retirado`, `Retirada` and `Ignorada` are the Spanish words above.
  pendente: 'pending',
  aguardando: 'pending',
  'aguardando aceite': 'pending',
  'aguardando aceitação': 'pending',
  'em espera': 'pending',
  'convite enviado': 'pending',
  'solicitação enviada': 'pending',
  'solicitacao enviada': 'pending',
  // Not accepted yet: LinkedIn tells the sender of no decline, as `not accepted` above.
  'não aceito': 'pending',
  'não aceita': 'pending',
  'nao aceito': 'pending',
  'nao aceita': 'pending',
  aceito: 'accepted',
  aceita: 'accepted',
  aceitou: 'accepted',
  'conexão aceita': 'accepted',
  'conexao aceita': 'accepted',
  'convite aceito': 'accepted',
  // A message to a connection went out: as `message sent` above.
  'mensagem enviada': 'accepted',
  recusado: 'declined',
  recusada: 'declined',
  'convite recusado': 'declined',
  ignorado: 'declined',
  rejeitado: 'declined',
  rejeitada: 'declined',
  cancelado: 'withdrawn',
  'convite retirado': 'withdrawn',
  'convite cancelado': 'withdrawn',
  'não enviado': 'none',
  'nao enviado': 'none',
  'não enviada': 'none',
  'nao enviada': 'none',
  'sem contato': 'none',
  'sem contacto': 'none',
  'não contatado': 'none',
  'nao contatado': 'none',
  'não contactado': 'none',
  'nao contactado': 'none',
  // Dutch, as LinkedIn Netherlands (`In afwachting`) and a Dutch tracker write them. Not accepted
  // yet is pending: LinkedIn tells the sender of no decline, as `not accepted` above.
  'in afwachting': 'pending',
  'uitnodiging verstuurd': 'pending',
  'uitnodiging verzonden': 'pending',
  verstuurd: 'pending',
  verzonden: 'pending',
  'niet geaccepteerd': 'pending',
  'nog niet geaccepteerd': 'pending',
  geaccepteerd: 'accepted',
  'uitnodiging geaccepteerd': 'accepted',
  verbonden: 'accepted',
  // A message to a connection went out: as `message sent` above.
  'bericht verstuurd': 'accepted',
  'bericht verzonden': 'accepted',
  afgewezen: 'declined',
  geweigerd: 'declined',
  genegeerd: 'declined',
  'uitnodiging afgewezen': 'declined',
  ingetrokken: 'withdrawn',
  'uitnodiging ingetrokken': 'withdrawn',
  geannuleerd: 'withdrawn',
  'niet verstuurd': 'none',
  'niet verzonden': 'none',
  'niet benaderd': 'none',
  'niet gecontacteerd': 'none',
  // Swedish (LinkedIn Sweden's `Väntar`), with and without its letters.
  väntar: 'pending',
  vantar: 'pending',
  väntande: 'pending',
  vantande: 'pending',
  'inbjudan skickad': 'pending',
  skickad: 'pending',
  skickat: 'pending',
  'ej accepterad': 'pending',
  'inte accepterad': 'pending',
  accepterad: 'accepted',
  accepterat: 'accepted',
  'inbjudan accepterad': 'accepted',
  ansluten: 'accepted',
  'meddelande skickat': 'accepted',
  avböjd: 'declined',
  avbojd: 'declined',
  nekad: 'declined',
  ignorerad: 'declined',
  återkallad: 'withdrawn',
  aterkallad: 'withdrawn',
  'inbjudan återkallad': 'withdrawn',
  'inbjudan aterkallad': 'withdrawn',
  tillbakadragen: 'withdrawn',
  'ej skickad': 'none',
  'inte skickad': 'none',
  'ej kontaktad': 'none',
  'inte kontaktad': 'none',
  // Danish (LinkedIn Denmark's `Afventer`) and Norwegian (LinkedIn Norway's `Venter`), with and
  // without their letters; `Sendt` and `Ikke sendt` are both's.
  afventer: 'pending',
  afventende: 'pending',
  'invitation sendt': 'pending',
  sendt: 'pending',
  'ikke accepteret': 'pending',
  accepteret: 'accepted',
  forbundet: 'accepted',
  'besked sendt': 'accepted',
  afvist: 'declined',
  ignoreret: 'declined',
  'trukket tilbage': 'withdrawn',
  tilbagetrukket: 'withdrawn',
  annulleret: 'withdrawn',
  venter: 'pending',
  ventende: 'pending',
  'invitasjon sendt': 'pending',
  'ikke akseptert': 'pending',
  akseptert: 'accepted',
  tilkoblet: 'accepted',
  'koblet til': 'accepted',
  'melding sendt': 'accepted',
  avslått: 'declined',
  avslatt: 'declined',
  ignorert: 'declined',
  'trukket tilbake': 'withdrawn',
  tilbaketrukket: 'withdrawn',
  kansellert: 'withdrawn',
  'ikke sendt': 'none',
  'ikke kontaktet': 'none',
  // Finnish (LinkedIn Finland's `Odottaa`), with and without its letters.
  odottaa: 'pending',
  odottava: 'pending',
  'kutsu lähetetty': 'pending',
  'kutsu lahetetty': 'pending',
  lähetetty: 'pending',
  lahetetty: 'pending',
  'ei hyväksytty': 'pending',
  'ei hyvaksytty': 'pending',
  hyväksytty: 'accepted',
  hyvaksytty: 'accepted',
  'kutsu hyväksytty': 'accepted',
  'kutsu hyvaksytty': 'accepted',
  yhdistetty: 'accepted',
  'viesti lähetetty': 'accepted',
  'viesti lahetetty': 'accepted',
  hylätty: 'declined',
  hylatty: 'declined',
  ohitettu: 'declined',
  peruttu: 'withdrawn',
  peruutettu: 'withdrawn',
  'kutsu peruttu': 'withdrawn',
  'ei lähetetty': 'none',
  'ei lahetetty': 'none',
  'ei kontaktoitu': 'none',
  // Polish, with and without its letters. Not accepted yet is pending: LinkedIn tells the sender of
  // no decline, as `not accepted` above.
  'zaproszenie wysłane': 'pending',
  'zaproszenie wyslane': 'pending',
  'wysłane zaproszenie': 'pending',
  'wyslane zaproszenie': 'pending',
  wysłane: 'pending',
  wyslane: 'pending',
  wysłano: 'pending',
  wyslano: 'pending',
  'wysłano zaproszenie': 'pending',
  'wyslano zaproszenie': 'pending',
  oczekujące: 'pending',
  oczekujace: 'pending',
  oczekuje: 'pending',
  'w oczekiwaniu': 'pending',
  'nie zaakceptowano': 'pending',
  'nie zaakceptowane': 'pending',
  'nie przyjęto': 'pending',
  'nie przyjeto': 'pending',
  zaakceptowano: 'accepted',
  zaakceptowane: 'accepted',
  zaakceptował: 'accepted',
  zaakceptowała: 'accepted',
  zaakceptowal: 'accepted',
  zaakceptowala: 'accepted',
  'zaproszenie zaakceptowane': 'accepted',
  przyjęte: 'accepted',
  przyjete: 'accepted',
  przyjęto: 'accepted',
  przyjeto: 'accepted',
  'zaproszenie przyjęte': 'accepted',
  'zaproszenie przyjete': 'accepted',
  połączono: 'accepted',
  polaczono: 'accepted',
  połączeni: 'accepted',
  polaczeni: 'accepted',
  // A message to a connection went out: as `message sent` above.
  'wiadomość wysłana': 'accepted',
  'wiadomosc wyslana': 'accepted',
  odrzucone: 'declined',
  odrzucono: 'declined',
  'zaproszenie odrzucone': 'declined',
  zignorowane: 'declined',
  zignorowano: 'declined',
  wycofane: 'withdrawn',
  wycofano: 'withdrawn',
  'zaproszenie wycofane': 'withdrawn',
  'wycofane zaproszenie': 'withdrawn',
  anulowane: 'withdrawn',
  anulowano: 'withdrawn',
  'nie wysłano': 'none',
  'nie wyslano': 'none',
  'nie wysłane': 'none',
  'nie wyslane': 'none',
  niewysłane: 'none',
  niewyslane: 'none',
  // Czech, with and without its letters: an invitation (`pozvánka`, feminine) or its state (neuter).
  'pozvánka odeslána': 'pending',
  'pozvanka odeslana': 'pending',
  'odeslaná pozvánka': 'pending',
  'odeslana pozvanka': 'pending',
  odesláno: 'pending',
  odeslano: 'pending',
  odeslána: 'pending',
  odeslana: 'pending',
  čeká: 'pending',
  ceka: 'pending',
  'čeká na přijetí': 'pending',
  'ceka na prijeti': 'pending',
  nepřijato: 'pending',
  neprijato: 'pending',
  přijato: 'accepted',
  prijato: 'accepted',
  přijata: 'accepted',
  prijata: 'accepted',
  'pozvánka přijata': 'accepted',
  'pozvanka prijata': 'accepted',
  propojeno: 'accepted',
  propojeni: 'accepted',
  'zpráva odeslána': 'accepted',
  'zprava odeslana': 'accepted',
  odmítnuto: 'declined',
  odmitnuto: 'declined',
  odmítnuta: 'declined',
  odmitnuta: 'declined',
  'pozvánka odmítnuta': 'declined',
  'pozvanka odmitnuta': 'declined',
  ignorováno: 'declined',
  ignorovano: 'declined',
  staženo: 'withdrawn',
  stazeno: 'withdrawn',
  stažena: 'withdrawn',
  stazena: 'withdrawn',
  'pozvánka stažena': 'withdrawn',
  'pozvanka stazena': 'withdrawn',
  neodesláno: 'none',
  neodeslano: 'none',
  // Ukrainian: an invitation (\`запрошення\`, neuter) or its state.
  'запрошення надіслано': 'pending',
  'надіслано запрошення': 'pending',
  надіслано: 'pending',
  надіслане: 'pending',
  очікує: 'pending',
  'в очікуванні': 'pending',
  'не прийнято': 'pending',
  прийнято: 'accepted',
  'запрошення прийнято': 'accepted',
  підключено: 'accepted',
  'повідомлення надіслано': 'accepted',
  відхилено: 'declined',
  'запрошення відхилено': 'declined',
  проігноровано: 'declined',
  відкликано: 'withdrawn',
  'запрошення відкликано': 'withdrawn',
  скасовано: 'withdrawn',
  'не надіслано': 'none',
  // Russian: an invitation (`приглашение`, neuter) or its state; LinkedIn Russia's `Ожидание` on a
  // pending invitation, and its `Установить контакт` (connect) made `Установлен контакт`.
  'приглашение отправлено': 'pending',
  'отправлено приглашение': 'pending',
  отправлено: 'pending',
  ожидает: 'pending',
  ожидание: 'pending',
  'в ожидании': 'pending',
  'не принято': 'pending',
  принято: 'accepted',
  'приглашение принято': 'accepted',
  подключено: 'accepted',
  'установлен контакт': 'accepted',
  'контакт установлен': 'accepted',
  'в контактах': 'accepted',
  'сообщение отправлено': 'accepted',
  отклонено: 'declined',
  'приглашение отклонено': 'declined',
  проигнорировано: 'declined',
  отозвано: 'withdrawn',
  'приглашение отозвано': 'withdrawn',
  отменено: 'withdrawn',
  'не отправлено': 'none',
  // Not sent, in French and German.
  'non envoyée': 'none',
  'pas envoyée': 'none',
  'nicht gesendet': 'none',
});

/** Words trackers write in a status column for a prospect who answered: `Replied`, `Message replied`. */
const REPLIED_WORDS = [
  'replied',
  'message replied',
  'has replied',
  'reply received',
  'responded',
  'answered',
  'répondu',
  'a répondu',
  'geantwortet',
  'hat geantwortet',
  'antwort erhalten',
  'beantwortet',
  'respondido',
  'respondió',
  'ha respondido',
  'respondeu',
  'respondida',
  'gereageerd',
  'heeft gereageerd',
  'beantwoord',
  'svarat',
  'har svarat',
  'besvaret',
  'svaret',
  'har svaret',
  'svart',
  'har svart',
  'vastannut',
  'vastasi',
  'odpowiedział',
  'odpowiedziała',
  'odpowiedzial',
  'odpowiedziala',
  'odpowiedział(a)',
  'odpowiedzial(a)',
  'odpowiedziano',
  'odpověděl',
  'odpověděla',
  'odpovedel',
  'odpovedela',
  'odpověděl(a)',
  'odpovedel(a)',
  'відповів',
  'відповіла',
  'відповів(ла)',
  'ответил',
  'ответила',
  'ответил(а)',
  // lemlist's lead states.
  'linkedinreplied',
  'linkedininterested',
  'linkedinnotinterested',
];

/**
 * Words a Replied column holds for a prospect who answered (REPLIED_WORDS, and what was said:
 * `Interested`, `Meeting booked`), or who has not yet (`No reply`). A status column takes only
 * REPLIED_WORDS: a CRM's lead stage (`Interested`, `Meeting booked`) says nothing of LinkedIn.
 */
const REPLY_WORDS = vocabulary<boolean>({
  ...Object.fromEntries(REPLIED_WORDS.map((w) => [w, true])),
  interested: true,
  'not interested': true,
  'meeting booked': true,
  'meeting scheduled': true,
  'call booked': true,
  'call scheduled': true,
  intéressé: true,
  interessiert: true,
  interesado: true,
  // What was said, in German, French and Spanish: an answer, as `not interested` and `meeting booked` are.
  'kein interesse': true,
  'nicht interessiert': true,
  'termin gebucht': true,
  'termin vereinbart': true,
  // Read by their words (`wordsOf`): a dash is a space.
  'pas intéressé': true,
  'pas interesse': true,
  'rendez vous pris': true,
  'no interesado': true,
  'reunión agendada': true,
  'reunion agendada': true,
  interessado: true,
  interessada: true,
  'não interessado': true,
  'nao interessado': true,
  'não interessada': true,
  'nao interessada': true,
  'sem interesse': true,
  'reunião agendada': true,
  'reuniao agendada': true,
  'reunião marcada': true,
  'reuniao marcada': true,
  positiv: true,
  negativ: true,
  positif: true,
  négatif: true,
  negatif: true,
  positivo: true,
  negativo: true,
  // A reply's sentiment, as email and LinkedIn tools label it (lemlist, Apollo, Expandi).
  positive: true,
  negative: true,
  neutral: true,
  'positive reply': true,
  'negative reply': true,
  'neutral reply': true,
  // An email tool's sequence states (Gem's Sequence status, Outreach's Sequence State): no reply, but `Replied`.
  // Not `Opted out` (a mark, not an answer: the row's error, so no touch goes out unread) nor `Finished`
  // (Outreach's for a sequence a reply stopped too).
  active: false,
  paused: false,
  'not started': false,
  completed: false,
  bounced: false,
  // An automatic answer is no reply from the person.
  'out of office': false,
  'out of office reply': false,
  ooo: false,
  'auto reply': false,
  'auto-reply': false,
  autoreply: false,
  'automatic reply': false,
  'auto response': false,
  'automatic response': false,
  'no reply': false,
  'no reply yet': false,
  'not yet': false,
  'not replied': false,
  'no response': false,
  'no answer': false,
  'not answered': false,
  unanswered: false,
  'awaiting reply': false,
  'pas de réponse': false,
  'keine antwort': false,
  'sin respuesta': false,
  'noch nicht': false,
  'noch keine antwort': false,
  'keine rückmeldung': false,
  'pas encore': false,
  'todavía no': false,
  'todavia no': false,
  'no contesta': false,
  'no ha respondido': false,
  'no respondió': false,
  'aún no': false,
  'aun no': false,
  'ainda não': false,
  'ainda nao': false,
  'sem resposta': false,
  'não respondeu': false,
  'nao respondeu': false,
  // Dutch: what was said is an answer; no reply yet is none.
  geïnteresseerd: true,
  geinteresseerd: true,
  'niet geïnteresseerd': true,
  'niet geinteresseerd': true,
  'geen interesse': true,
  'afspraak gepland': true,
  'afspraak ingepland': true,
  'geen reactie': false,
  'nog geen reactie': false,
  'geen antwoord': false,
  'nog niet': false,
  'niet gereageerd': false,
  // Swedish, Danish and Norwegian.
  intresserad: true,
  'inte intresserad': true,
  'ej intresserad': true,
  'möte bokat': true,
  'mote bokat': true,
  interesseret: true,
  'ikke interesseret': true,
  interessert: true,
  'ikke interessert': true,
  'møde booket': true,
  'møte booket': true,
  'inget svar': false,
  'ej svarat': false,
  'inte svarat': false,
  'inte än': false,
  'inte an': false,
  'intet svar': false,
  'ikke svaret': false,
  'ingen svar': false,
  'ikke svart': false,
  'ikke endnu': false,
  'ikke ennå': false,
  'ikke enda': false,
  // Finnish.
  kiinnostunut: true,
  'ei kiinnostunut': true,
  'tapaaminen sovittu': true,
  'ei vastausta': false,
  'ei vastannut': false,
  'ei vielä': false,
  'ei viela': false,
  // Polish: what was said is an answer; no reply yet is none.
  zainteresowany: true,
  zainteresowana: true,
  'nie zainteresowany': true,
  'nie zainteresowana': true,
  niezainteresowany: true,
  niezainteresowana: true,
  'brak zainteresowania': true,
  'spotkanie umówione': true,
  'spotkanie umowione': true,
  'brak odpowiedzi': false,
  'bez odpowiedzi': false,
  'jeszcze nie': false,
  'nie odpowiedział': false,
  'nie odpowiedziała': false,
  'nie odpowiedzial': false,
  'nie odpowiedziala': false,
  'nie odpowiedział(a)': false,
  // Czech: what was said is an answer; no reply yet is none.
  'má zájem': true,
  'ma zajem': true,
  'nemá zájem': true,
  'nema zajem': true,
  'schůzka domluvena': true,
  'schuzka domluvena': true,
  'bez odpovědi': false,
  'bez odpovedi': false,
  'zatím ne': false,
  'zatim ne': false,
  neodpověděl: false,
  neodpověděla: false,
  neodpovedel: false,
  neodpovedela: false,
  // Ukrainian.
  зацікавлений: true,
  зацікавлена: true,
  'не зацікавлений': true,
  'не зацікавлена': true,
  'зустріч призначена': true,
  'без відповіді': false,
  'ще ні': false,
  'не відповів': false,
  'не відповіла': false,
  // Russian (`нет` alone is a no: NO_WORDS).
  заинтересован: true,
  заинтересована: true,
  'не заинтересован': true,
  'не заинтересована': true,
  'встреча назначена': true,
  'без ответа': false,
  'пока нет': false,
  'ещё нет': false,
  'еще нет': false,
  'не ответил': false,
  'не ответила': false,
  // The automatic answers in the languages whose replies are read.
  abwesenheitsnotiz: false,
  'automatische antwort': false,
  'réponse automatique': false,
  'reponse automatique': false,
  'absent du bureau': false,
  'respuesta automática': false,
  'respuesta automatica': false,
  'fuera de la oficina': false,
  'resposta automática': false,
  'resposta automatica': false,
  'fora do escritório': false,
  'fora do escritorio': false,
  'automatisch antwoord': false,
  afwezigheidsmelding: false,
  'automatiskt svar': false,
  frånvaromeddelande: false,
  'automatisk svar': false,
  autosvar: false,
  'automaattinen vastaus': false,
  poissaoloviesti: false,
  'odpowiedź automatyczna': false,
  'automatyczna odpowiedź': false,
  'poza biurem': false,
  'automatická odpověď': false,
  'automaticka odpoved': false,
  'mimo kancelář': false,
  'mimo kancelar': false,
  автовідповідь: false,
  'автоматична відповідь': false,
  автоответ: false,
  'автоматический ответ': false,
  // An InMail's status, as LinkedIn Recruiter and Sales Navigator show it: accepted or declined is an answer.
  accepted: true,
  declined: true,
  sent: false,
  delivered: false,
  pending: false,
  'awaiting response': false,
  'no response yet': false,
});

const REPLIED_STATUS_WORDS: ReadonlySet<string> = new Set(REPLIED_WORDS);

/**
 * A status that says the prospect answered (REPLIED_WORDS), as read from its cell: what it says
 * of the connection depends on the rest of the row, so the row's reader settles it once the row
 * is read (`settleReplied`). An object, not a symbol: the reader takes a symbol for no value.
 */
export const REPLIED_STATUS: Readonly<{ replied: true }> = Object.freeze({ replied: true });
/**
 * A status that says the prospect answered on a channel it does not name (lemlist's `warmed`,
 * `meetingBooked`): Replied yes, and nothing of the connection.
 */
const REPLIED_ELSEWHERE: Readonly<{ replied: true }> = Object.freeze({ replied: true });
/**
 * A status that says the prospect answered by email or on a call (lemlist's `emailsReplied`,
 * `aircallInterested`): as REPLIED_ELSEWHERE, and the conversation is there, not on LinkedIn
 * (`Prospect.repliedOffLinkedIn`), whatever invitation is still out.
 */
const REPLIED_OFF_LINKEDIN: Readonly<{ replied: true }> = Object.freeze({ replied: true });

/**
 * lemlist's lead states (`emailsOpened`, `linkedinInviteFailed`, `aircallDone`: a step's kind, then
 * what became of it, in one camelCase word; and `paused`, `skipped`, `resumed`, `reviewed`) other
 * than those STATUSES, REPLIED_WORDS and the two sets of answers below name: they say nothing of the
 * LinkedIn connection, so the column reads as blank there. Read so, they prove no column a status
 * column (`readsAsStatus`): a plain `Sent` or `Paused` in another tool's status column does not make it one.
 */
const LEMLIST_STATE = /^(?:emails|linkedin|aircall|api|manual|phone|whatsapp|call)[A-Z][A-Za-z]+$/;
const LEMLIST_WORDS: ReadonlySet<string> = new Set(['paused', 'skipped', 'resumed', 'reviewed']);
/**
 * The stages lemlist moves a lead through, as it writes them (lower case): `imported`, `scanned`,
 * `contacted` (a step sent on any channel), `hooked` (an email opened), `attracted` (a link
 * clicked), and `snoozed`, `annotated`: blank, as LEMLIST_WORDS. Only in lemlist's own form: a
 * rep's `Contacted` in a tracker may mean an invitation went out, and stays what the row could not read.
 */
const LEMLIST_STAGES: ReadonlySet<string> = new Set(['imported', 'scanned', 'contacted', 'hooked', 'attracted', 'snoozed', 'annotated']);
/**
 * lemlist's states that say the prospect answered on no channel named (REPLIED_ELSEWHERE): a lead
 * marked (not) interested, by hand, through its API or with no channel said, a meeting booked. In
 * one camelCase word, as lemlist writes them: a CRM's `Meeting booked` or `Not interested` stage
 * is not one of them. (Its `warmed`, a reply on any channel, is read by `toolState`, in its own
 * lower case.)
 */
const REPLIED_ELSEWHERE_STATES: ReadonlySet<string> = new Set([
  'notinterested',
  'meetingbooked',
  'manualinterested',
  'manualnotinterested',
  'apiinterested',
  'apinotinterested',
]);
/** lemlist's answers that name their channel, an email or a call (REPLIED_OFF_LINKEDIN), in the same form. */
const REPLIED_OFF_LINKEDIN_STATES: ReadonlySet<string> = new Set([
  'emailsreplied',
  'emailsinterested',
  'emailsnotinterested',
  'aircallinterested',
  'aircallnotinterested',
]);

/**
 * Waalaxy's prospect states for an answer in its LinkedIn conversation, as it writes them (lower
 * case, `_` between words): read as REPLIED_STATUS. Its plain `interested` is lemlist's stage too,
 * which names no channel: read as REPLIED_ELSEWHERE (`toolState`), so a lead who answered by email
 * is not messaged on LinkedIn; a Waalaxy row's `connectedAt` still makes it a connection. A CRM's
 * `Interested` or `Not interested` stage, as people write it, is none of them.
 */
const WAALAXY_ANSWERS: ReadonlySet<string> = new Set(['later_interested', 'not_interested']);

/**
 * A status cell in a tool's own form (case and all), read before the words a person types:
 * Waalaxy's answers, lemlist's stages (null: they read as blank) and its `warmed` and `interested`
 * (a reply on a channel not named). Undefined for any other.
 */
function toolState(cell: string): ConnectionStatus | typeof REPLIED_STATUS | null | undefined {
  const t = cell.trim();
  if (WAALAXY_ANSWERS.has(t)) return REPLIED_STATUS;
  if (t === 'warmed' || t === 'interested') return REPLIED_ELSEWHERE;
  return LEMLIST_STAGES.has(t) ? null : undefined;
}

/** A status's words (`wordsOf`) as STATUSES and the answer words read them, or undefined for none of them. */
function statusOfWords(words: string): ConnectionStatus | typeof REPLIED_STATUS | undefined {
  const known = STATUSES.get(words);
  if (known !== undefined) return known;
  if (REPLIED_STATUS_WORDS.has(words)) return REPLIED_STATUS;
  if (REPLIED_ELSEWHERE_STATES.has(words)) return REPLIED_ELSEWHERE;
  if (REPLIED_OFF_LINKEDIN_STATES.has(words)) return REPLIED_OFF_LINKEDIN;
  return undefined;
}

/** Where a rep's status splits into parts: a dash between spaces, a colon, comma, semicolon or bracket (`replied - call booked`, `Connected (via event)`). */
const STATUS_PARTS = /\s[-–—]\s|[,;:()–—]/;
/** A day typed after a status, with no words after it: `12/9`, `on 2026-12-01`. */
const TRAILING_DAY = /\s+(?:on\s+)?\d[\d/.-]*\s*$/i;

/**
 * A status typed in parts (`replied - call booked`, `Connected, but not yet messaged`): the one
 * state its parts name, with a reply in one of them an answer (`Connected - not interested`); parts
 * that name two states (`Invite sent - declined`, `Followed - connected`) or a reply beside a state
 * no reply follows are undefined, so the row says what it could not read.
 */
function statusOfParts(text: string): ConnectionStatus | typeof REPLIED_STATUS | undefined {
  let found: ConnectionStatus | undefined;
  let answered = false;
  for (const part of text.split(STATUS_PARTS)) {
    const words = wordsOf(part).replace(END_MARKS, '');
    if (words === '') continue;
    // A part's state is its words, or its first word with more after it (`withdrawn 12/1`).
    const state = statusOfWords(words) ?? statusOfWords(words.split(' ', 1)[0] as string);
    if (state === REPLIED_STATUS) answered = true;
    else if (typeof state === 'string') {
      if (found !== undefined && found !== state) return undefined;
      found = state;
    } else if (REPLY_WORDS.get(words) === true) answered = true;
  }
  if (answered) return found === undefined || found === 'accepted' ? REPLIED_STATUS : undefined;
  return found;
}

function status(cell: NonBlank): ConnectionStatus | typeof REPLIED_STATUS | Problem | undefined {
  const exact = typeof cell === 'string' ? STATUSES.get(cell) : undefined;
  if (exact !== undefined) return exact;
  const tool = typeof cell === 'string' ? toolState(cell) : undefined;
  if (tool !== undefined) return tool ?? undefined;
  const words = wordsOf(cell);
  const bare = words.replace(END_MARKS, '').trim();
  // A state with its day typed after it (`Connected 12/9`, `invite sent 2026-12-01`): the state.
  const dated = typeof cell === 'string' && TRAILING_DAY.test(cell) ? wordsOf(cell.replace(TRAILING_DAY, '')) : undefined;
  const known = statusOfWords(words) ?? statusOfWords(bare) ?? (dated !== undefined ? statusOfWords(dated) : undefined);
  if (known !== undefined) return known;
  if (typeof cell === 'string') {
    if (LEMLIST_STATE.test(cell.trim()) || LEMLIST_WORDS.has(words)) return undefined;
    const parts = STATUS_PARTS.test(cell) ? statusOfParts(cell) : undefined;
    if (parts !== undefined) return parts;
  }
  // A lead stage or a reply (`Meeting booked`, `Interested`) says how they answered, not where the invitation stands.
  if (REPLY_WORDS.get(bare) === true) return REPLY_IN_STATUS;
  return new Problem('expected none, pending, accepted, declined or withdrawn');
}

/** A prospect's answer typed in a status (`Not interested`, `Termin gebucht`): the row's error, with where it goes. */
const REPLY_IN_STATUS = new Problem("a reply, not the invitation's state: it goes in a Replied column");

/**
 * `Rejected`: an applicant tracker's status of an application (Greenhouse's Status is Active,
 * Rejected or Hired), as well as an invitation declined. A generic Status column of nothing but
 * it is a list of rejected candidates, not of invitations declined (`FieldSpec.weak`).
 */
const isApplicationState = (cell: NonBlank): boolean => typeof cell === 'string' && wordsOf(cell) === 'rejected';

/**
 * Whether a cell reads as a connection state or an answer (not as blank, as lemlist's other
 * states do): what proves a generic Status column one. A prospect's answer typed there (`kein
 * Interesse`, `Meeting booked`) proves nothing either way: a tracker's Status holds a few among
 * its states (each such row's error says where it goes), and a CRM's stage holds nothing else.
 */
const readsAsStatus = (cell: NonBlank): boolean | undefined => {
  const read = status(cell);
  if (read === REPLY_IN_STATUS) return undefined;
  return read !== undefined && !(read instanceof Problem);
};

/**
 * A row read with a status that says the prospect answered (REPLIED_STATUS): Replied yes, whatever
 * its Replied cell says (a Replied cell's own date stays the reply's); and a connection the
 * tracker moved on to a reply (accepted), but for an InMail answered with no request and no
 * connection, which has no connection status to say (its reply counts in the InMail reply rate,
 * not after an acceptance).
 */
export function settleReplied(p: Prospect): void {
  const s = p.connectionStatus as unknown;
  if (s !== REPLIED_STATUS && s !== REPLIED_ELSEWHERE && s !== REPLIED_OFF_LINKEDIN) return;
  // A reply any column records is a reply, as for two Replied columns: a tool fills its own Replied
  // column (Apollo's with FALSE on every row, for its emails) where a rep types the answer in the status.
  p.replied = true;
  if (s !== REPLIED_STATUS) {
    p.connectionStatus = undefined;
    if (s === REPLIED_OFF_LINKEDIN) p.repliedOffLinkedIn = true;
    return;
  }
  const inmailOnly = p.inmailSentOn !== undefined && p.requestedOn === undefined && p.acceptedOn === undefined && p.degree !== 1;
  p.connectionStatus = inmailOnly ? undefined : 'accepted';
}

/** The most of a trigger's words a Reason names: it is one label of a line of about 120 characters. */
export const TRIGGER_MAX = 40;

/**
 * A trigger is free text ("funding", "job change") or yes/no. Absent = no trigger. A longer text
 * keeps the words that fit in TRIGGER_MAX characters and ends in "…": a word is never cut (SPEC
 * 3a); a first word longer than that is named as a trigger, no more.
 */
/**
 * A Trigger cell that says there is none yet ("No trigger", "none yet", "TBD", "nothing so far"):
 * such words and nothing else, so "No-code platform launch" is still a trigger; or a blank word
 * with a note after a dash or colon ("N/A - check later", "TBD: ask Tom"), which names no event.
 */
const NO_TRIGGER =
  /^(?:(?:no|none|nothing|not yet|not known|tbd|tba|tbc|to be (?:determined|confirmed|announced))(?:[\s,]+(?:recent|triggers?|events?|signals?|news|yet|known|found|so far|for now|info|data|changes?|activity))*[\s.!]*|(?:n\/a|na|none|tbd|tba|tbc|unknown|-+|\?+)\s*[-–—:]\s.*)$/i;

function trigger(cell: NonBlank): string | undefined {
  if (cell === true || cell === 1) return 'trigger';
  if (cell === false || cell === 0) return undefined;
  const t = text(cell);
  const answer = yesNoWord(t);
  if (answer !== undefined) return answer ? 'trigger' : undefined;
  if (isBlankWord(t) || NO_TRIGGER.test(t)) return undefined;
  if (t.length <= TRIGGER_MAX) return t;
  // The words that end by character TRIGGER_MAX (a space after it ends the last one), without the punctuation after them.
  const words = /^(.*\S)\s/s.exec(t.slice(0, TRIGGER_MAX + 1))?.[1]?.replace(/[\s,;:(\-–—]+$/, '') ?? '';
  return words === '' ? 'trigger' : `${words}…`;
}

/** Words of a time-sensitive event, for a generic `Event` or `Signal` column to prove it is a trigger. */
const TRIGGER_WORDS =
  /fund|rais|series|seed|round|ipo|acqui|merg|job|role|promot|hir|join|new|news|launch|expan|post|press|award|growth|moved|changed|started/i;

const readsAsTrigger = (cell: NonBlank) => typeof cell === 'boolean' || yesNoWord(text(cell)) !== undefined || TRIGGER_WORDS.test(text(cell));
const readsAsName = (cell: NonBlank) => typeof cell === 'string' && /\p{L}/u.test(cell) && yesNoWord(cell) === undefined && !cell.includes('@');
const readsAsText = (cell: NonBlank) => typeof cell === 'string' && /\p{L}/u.test(cell) && yesNoWord(cell) === undefined;
const readsAsUrl = (cell: NonBlank) => typeof cell === 'string' && /linkedin\.com\//i.test(cell);
const readsAsEmail = (cell: NonBlank) => typeof cell === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell.trim());

/**
 * A cell that is an address, the whole cell: an email, or a web or LinkedIn address. Never a
 * header, which may mention one (`Profile (linkedin.com/in/...)`): a header row holding one is a
 * row of the list. A Date is not taken for one: Sheets makes a header typed `Nov 2026` a Date.
 */
export const isAddress = (cell: Cell): boolean =>
  typeof cell === 'string' && (readsAsEmail(cell) || /^\s*(?:https?:\/\/|www\.|[\w.-]*linkedin\.com\/)\S*\s*$/i.test(cell));
/** Whether a prospect's LinkedIn URL or email holds an address (`linkedin.com/`, an `@`): it reaches someone. */
export const addressed = (p: Prospect): boolean => (p.linkedinUrl !== undefined && readsAsUrl(p.linkedinUrl)) || p.email?.includes('@') === true;

/**
 * A prospect reached by an address and named by nothing else (a list of profiles, a row `done`
 * has added history to): a row of the list, never a line of text under it, and the lines after
 * it are read as they would be without it (`NoteLines`).
 */
export const unnamedAddress = (p: Prospect): boolean => p.name === undefined && p.firstName === undefined && p.lastName === undefined && addressed(p);
const readsAsPhone = (cell: NonBlank) => (typeof cell === 'string' || typeof cell === 'number') && (String(cell).match(/\d/g)?.length ?? 0) >= 6;

/**
 * Headers of a cell that holds a person's several links (Greenhouse's candidate `Social Media`,
 * `social_media_addresses` in its API and custom reports, Lever's `Links`), whose LinkedIn profile
 * link is the LinkedIn URL (`profileLinkIn`). Such a column is read where a LinkedIn column of the
 * list is blank, or alone where there is none.
 */
export const LINKS_HEADERS: readonly string[] = ['Social Media', 'Social Media Addresses', 'Links'];

/**
 * The LinkedIn URL in a cell of several links: its one profile link; none where it has none (a
 * GitHub and a Twitter link are no LinkedIn URL, not a mistake); and where it has two profiles,
 * the row's error naming both, as they may be two people's and the key of one row is one person.
 */
export function profileLinkIn(cell: string): string | undefined | Problem {
  const links = profileLinks(cell);
  if (links.length < 2) return links[0];
  return new Problem(`two LinkedIn profiles, ${profilePath(links[0] as string)} and ${profilePath(links[1] as string)}: leave only the prospect's`);
}

/** A profile link as an error names it, short enough to leave room for the cell: its path on LinkedIn (`/in/jane-doe`, `/sales/lead/ACwAAB1a2b3`). */
const profilePath = (link: string): string => /linkedin\.com(\/in\/+[^/?#]+|\/[^?#,]*)/i.exec(link)?.[1]?.replace(/\/+$/, '') ?? link;

const DATE_ACCEPTS = 'date (2026-11-18, 11/18/2026, 18/11/2026, 18.11.2026, 18 Nov 2026, Nov 18, 2026, or a serial number)';

// ---------------------------------------------------------------- the field table (SPEC sections 1, 1a)

export const FIELDS: readonly FieldSpec[] = [
  {
    key: 'name',
    label: 'Name',
    parse: text,
    accepts: 'text',
    aliases: [
      'Full Name',
      'fullName',
      'Prospect Name',
      'Contact Name',
      'Lead Name',
      'Person Name',
      'Candidate Name',
      'Display Name',
      // French (a list kept in France, LinkedIn France's own words).
      'Nom complet',
      'Nom et prénom',
      'Prénom et nom',
      'Prénom Nom',
      'Nom du contact',
      'Nom du candidat',
      'Vollständiger Name',
      'Kontaktname',
      'Nombre completo',
      'Nombre y apellidos',
      'Nombre del contacto',
      'Nombre del candidato',
      // Portuguese (Brazil, and Portugal's forms where they differ).
      'Nome completo',
      'Nome do contato',
      'Nome do contacto',
      'Nome do lead',
      'Nome do candidato',
      // Dutch.
      'Naam',
      'Volledige naam',
      'Naam contactpersoon',
      // Swedish, Danish and Norwegian.
      'Namn',
      'Fullständigt namn',
      'Navn',
      'Fulde navn',
      'Fullt navn',
      // Finnish.
      'Nimi',
      'Koko nimi',
      // Polish.
      'Imię i nazwisko',
      'Nazwisko i imię',
      // Czech.
      'Jméno a příjmení',
      'Příjmení a jméno',
      'Celé jméno',
      // Ukrainian (its apostrophe, typed as ' or ’ or ʼ, is no part of a header: \`normalizeHeader\`).
      'ПІБ',
      "Повне ім'я",
      "Прізвище та ім'я",
      "Ім'я та прізвище",
      // Russian.
      'ФИО',
      'Полное имя',
      'Имя и фамилия',
      'Фамилия и имя',
    ],
    generic: ['Prospect', 'Contact', 'Lead', 'Person', 'Candidate', 'Candidat', 'Candidato'],
    reads: readsAsName,
  },
  {
    key: 'title',
    label: 'Title',
    parse: text,
    text: true,
    accepts: 'job title text',
    aliases: [
      'Job Title',
      'Position',
      'Current Title',
      'Current Position',
      'Current Job Title',
      'Job Position',
      'Designation',
      'Person Title',
      // Google Contacts' export.
      'Organization Title',
      'Organization 1 - Title',
      'Poste',
      'Intitulé du poste',
      'Poste actuel',
      'Titre du poste',
      'Stellenbezeichnung',
      'Jobtitel',
      'Berufsbezeichnung',
      'Positionsbezeichnung',
      'Puesto',
      'Cargo',
      'Puesto actual',
      'Cargo actual',
      'Título del puesto',
      'Cargo atual',
      'Título do cargo',
      // Dutch.
      'Functie',
      'Functietitel',
      'Functienaam',
      // Swedish, Danish and Norwegian (their `Titel` is read by its values, below).
      'Befattning',
      'Yrkestitel',
      'Stilling',
      'Stillingsbetegnelse',
      'Stillingstittel',
      // Finnish.
      'Tehtävä',
      'Tehtävänimike',
      'Titteli',
      'Nimike',
      'Stanowisko',
      'Pozice',
      'Pracovní pozice',
      'Funkce',
      'Посада',
      'Должность',
    ],
    // `Titel`: a Dutch, Nordic or German Salesforce list's job title, but a German list's `Dr.` too:
    // read where its values are text, below any header above.
    generic: ['Role', 'Job', 'Occupation', 'Headline', 'Fonction', 'Titre', 'Função', 'Titel'],
    reads: readsAsText,
  },
  {
    key: 'seniority',
    label: 'Seniority',
    parse: seniority,
    accepts: 'c-level, vp, director, manager, senior, entry (also the Sales Navigator, LinkedIn and Apollo levels)',
    aliases: [
      'Seniority Level',
      'Management Level',
      'person_seniority',
      'Person Seniority',
      'Job Level',
      'Job Seniority',
      'Seniority Levels',
      'Séniorité',
      'Niveau de séniorité',
      'Seniorität',
      'Senioritätsstufe',
      'Senioridade',
      'Nível de senioridade',
    ],
    generic: ['Level', 'Grade', 'Rank', 'Niveau', 'Nível'],
  },
  {
    key: 'degree',
    label: 'Degree',
    parse: degree,
    accepts: '1, 2, 3, 1st, 2nd, 3rd, 3rd+, out of network',
    aliases: [
      'Connection Degree',
      'connectionDegree',
      'Conn. degree',
      'Conn Degree',
      'Degree of Connection',
      'Connection Level',
      'Network Distance',
      'LinkedIn Degree',
      'LinkedIn Connection Degree',
      'Member Distance',
      'Degré',
      'Degré de relation',
      'Niveau de relation',
      'Kontaktgrad',
      'Verbindungsgrad',
      'Grad der Verbindung',
      'Grado de conexión',
      'Grado de relación',
      'Nivel de conexión',
      'Grau de conexão',
      'Grau de relacionamento',
      'Nível de conexão',
      // Dutch, Danish and Norwegian, Finnish (Swedish `Kontaktgrad` is the German above).
      'Connectieniveau',
      'Connectiegraad',
      'Forbindelsesgrad',
      'Yhteyden aste',
      'Stopień kontaktu',
      'Stopień znajomości',
      'Stupeň kontaktu',
      'Stupeň spojení',
      "Ступінь зв'язку",
      'Степень связи',
      'Степень контакта',
    ],
    // Dutch `Graad`, Swedish, Danish and Norwegian `Grad`, Danish `Forbindelse` (a connection), Finnish `Aste`: read where their values are degrees.
    generic: ['Distance', 'Network', 'Connection', 'Conn', 'Grado', 'Grau', 'Graad', 'Grad', 'Forbindelse', 'Aste', 'Stopień', 'Stupeň', 'Ступінь', 'Степень'],
  },
  {
    key: 'openProfile',
    label: 'Open Profile',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: [
      'Is Open Profile',
      'isOpenLink',
      'Open Link',
      'Is Open Link',
      'Open Profile (free to message)',
      'Free To Message',
      'is_open_profile',
      'Open Profile Status',
      'Profil ouvert',
      'Profil Open',
      'Offenes Profil',
      'Perfil abierto',
      'Perfil aberto',
      'Open profiel',
      'Öppen profil',
      'Åben profil',
      'Åpen profil',
      'Avoin profiili',
      'Otwarty profil',
      'Открытый профиль',
    ],
    generic: ['Open', 'OpenLink'],
  },
  {
    key: 'namedAccount',
    label: 'Named Account',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: [
      'Target Account',
      'Key Account',
      'Strategic Account',
      'ABM Account',
      'Is Target Account',
      'Is Named Account',
      'Compte cible',
      'Zielkunde',
      'Zielaccount',
      'Cuenta objetivo',
      'Cuenta clave',
      'Cuenta estratégica',
      'Conta-alvo',
      'Conta-chave',
      'Conta estratégica',
      'Doelaccount',
      'Doelklant',
      'Målkonto',
      'Målkund',
      'Nyckelkund',
      'Målkunde',
      'Nøglekunde',
      'Nøkkelkunde',
      'Kohdeasiakas',
      'Avainasiakas',
      'Konto docelowe',
      'Konto strategiczne',
    ],
    generic: ['Named', 'Target', 'ABM'],
  },
  {
    key: 'segmentSize',
    label: 'Segment Size',
    parse: wholeNumber,
    accepts: 'whole number',
    aliases: ['Similar Prospects', 'List Size', 'Cohort Size', 'Audience Size', 'Segment Count', 'Prospects In Segment'],
    generic: ['Segment', 'Audience', 'Cohort'],
  },
  {
    key: 'trigger',
    label: 'Trigger',
    parse: trigger,
    text: true,
    accepts: 'text (funding, job change...) or yes/no',
    aliases: [
      'Trigger Event',
      'Buying Signal',
      'Intent Signal',
      'Sales Trigger',
      'Trigger Reason',
      'Buying Trigger',
      'Déclencheur',
      'Événement déclencheur',
      "Signal d'achat",
      'Auslöser',
      'Kaufsignal',
      'Disparador',
      'Señal de compra',
      'Gatilho',
      'Sinal de compra',
    ],
    generic: ['Signal', 'Event', 'Intent', 'News', 'Événement'],
    reads: readsAsTrigger,
  },
  {
    key: 'deadline',
    label: 'Deadline',
    parse: readDate,
    accepts: DATE_ACCEPTS,
    aliases: [
      'Due Date',
      'Due By',
      'Respond By',
      'Reply By',
      'Deadline Date',
      'Date limite',
      'Échéance',
      'Frist',
      'Antwort bis',
      'Fecha límite',
      'Prazo',
      'Data limite',
    ],
    generic: ['Due'],
  },
  {
    key: 'seriousAsk',
    label: 'Serious Ask',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['High Stakes', 'Serious Request', 'Big Ask'],
    generic: ['Serious'],
  },
  {
    key: 'dealValue',
    label: 'Deal Value',
    parse: money,
    accepts: 'number, $50,000, 75.000 €, EUR 75 000, 50k, 1,2M, 1.2M',
    aliases: [
      'Deal Size',
      'Opportunity Value',
      'Opportunity Amount',
      'Deal Amount',
      'Potential Value',
      'ACV',
      'Est. Deal Value',
      'Estimated Deal Value',
      'Annual Contract Value',
      'Expected Revenue',
      'Potential Deal Value',
      "Valeur de l'opportunité",
      "Montant de l'opportunité",
      "Valeur de l'affaire",
      'Montant estimé',
      'Dealwert',
      'Deal-Wert',
      'Auftragswert',
      'Opportunity-Wert',
      'Valor de la oportunidad',
      'Importe de la oportunidad',
      'Valor del deal',
      // HubSpot's deal Amount in its French, German and Spanish exports.
      'Montant de la transaction',
      'Betrag des Deals',
      'Importe del negocio',
      // And in Portuguese, beside a list's own words for it.
      'Valor do negócio',
      'Valor da oportunidade',
      'Valor do deal',
      // And in Dutch.
      'Dealwaarde',
      'Waarde deal',
      'Opportunitywaarde',
      // And in Swedish, Danish and Norwegian.
      'Affärsvärde',
      'Avtalsvärde',
      'Handelsværdi',
      'Aftaleværdi',
      'Avtaleverdi',
      // And in Finnish.
      'Kaupan arvo',
      'Kauppa-arvo',
      // And in Polish.
      'Wartość transakcji',
      'Wartość szansy',
      'Wartość kontraktu',
      // And in Czech.
      'Hodnota obchodu',
      'Hodnota zakázky',
      // And in Ukrainian.
      'Сума угоди',
      'Вартість угоди',
      // And in Russian.
      'Сумма сделки',
      'Бюджет сделки',
      'Стоимость сделки',
    ],
    // HubSpot's Amount in its Spanish, German and Portuguese exports, a Dutch list's Waarde or Bedrag,
    // a Swedish one's Värde or Belopp, a Danish one's Værdi, a Norwegian one's Verdi, a Finnish one's
    // Arvo, a Polish one's Wartość or Kwota, a Czech one's Hodnota, a Ukrainian one's Сума and a
    // Russian one's Сумма (Bitrix24's deal) or Бюджет (amoCRM's): read where its values are amounts.
    generic: [
      'Amount',
      'Value',
      'Revenue',
      'Budget',
      'Montant',
      'Valeur',
      'Importe',
      'Monto',
      'Betrag',
      'Valor',
      'Waarde',
      'Bedrag',
      'Värde',
      'Belopp',
      'Værdi',
      'Verdi',
      'Arvo',
      'Wartość',
      'Kwota',
      'Hodnota',
      'Сума',
      'Сумма',
      'Бюджет',
    ],
  },
  {
    key: 'warm',
    label: 'Warm',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['Warm Lead', 'Warmed Up', 'Engaged With Posts', 'Warm Intro', 'Is Warm', 'Engaged With Content'],
    generic: ['Referral', 'Engaged', 'Intro'],
  },
  {
    key: 'mutualConnections',
    label: 'Mutual Connections',
    parse: wholeNumber,
    accepts: 'whole number',
    aliases: [
      'Shared Connections',
      'sharedConnectionsCount',
      'Shared Connections Count',
      'Common Connections',
      '# Mutual Connections',
      'Mutual Connections Count',
      'Number of Mutual Connections',
      'Mutual Connection Count',
      'Relations en commun',
      'Relations communes',
      'Contacts en commun',
      'Gemeinsame Kontakte',
      'Gemeinsame Verbindungen',
      'Contactos en común',
      'Conexiones en común',
      'Contactos compartidos',
      'Conexões em comum',
      'Contatos em comum',
      'Conexões compartilhadas',
    ],
    generic: ['Mutuals', 'Mutual', 'Shared'],
  },
  {
    key: 'activeOnLinkedIn',
    label: 'Active On LinkedIn',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: [
      'Recently Active',
      'Posted Recently',
      'LinkedIn Active',
      'Active On LI',
      'Is Active On LinkedIn',
      'Posted In Last 30 Days',
      'Recently Posted',
      'Actif sur LinkedIn',
      'Aktiv auf LinkedIn',
      'Activo en LinkedIn',
      'Ativo no LinkedIn',
    ],
    generic: ['Active'],
  },
  {
    key: 'acceptsConnections',
    label: 'Accepts Connections',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['Connectable', 'Can Connect', 'Open To Connect', 'Accepts Invites', 'Accepts Invitations', 'Can Invite', 'Invitable'],
    generic: [],
  },
  {
    key: 'acceptsInMail',
    label: 'Accepts InMail',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['InMail Allowed', 'InMail Enabled', 'Can InMail', 'Accepts InMails', 'Open To InMail'],
    generic: [],
  },
  {
    key: 'connectionStatus',
    label: 'Connection Status',
    parse: status,
    accepts: 'none, pending, accepted, declined, withdrawn',
    aliases: [
      'Invite Status',
      'Invitation Status',
      'Request Status',
      'Connection Request Status',
      'LinkedIn Status',
      'Connection State',
      'LinkedIn Connection Status',
      // lemlist's lead state (`linkedinInviteAccepted`...).
      'lastState',
      'Statut de la demande',
      "Statut de l'invitation",
      'Statut invitation',
      'Status der Anfrage',
      'Anfragestatus',
      'Einladungsstatus',
      'Status der Einladung',
      'Estado de la invitación',
      'Estado de la solicitud',
      'Status da conexão',
      'Status do convite',
      'Status da solicitação',
      'Status uitnodiging',
      'Uitnodigingsstatus',
      'Inbjudningsstatus',
      'Inbjudansstatus',
      'Status för inbjudan',
      'Invitationsstatus',
      'Invitasjonsstatus',
      'Kutsun tila',
      'Status zaproszenia',
      'Stav pozvánky',
      'Статус запрошення',
      'Статус приглашения',
    ],
    // Waalaxy's `state`, a Finnish list's `Tila`, a Czech one's `Stav` and a Ukrainian or Russian one's `Статус`: read where its values are states (not a US state).
    generic: ['Status', 'Statut', 'Estado', 'State', 'Tila', 'Stav', 'Статус'],
    reads: readsAsStatus,
    weak: { is: isApplicationState, says: "where an application stands in an applicant tracker, not a LinkedIn invitation's state" },
  },
  {
    key: 'requestedOn',
    label: 'Requested On',
    parse: touchDate,
    accepts: DATE_ACCEPTS,
    aliases: [
      'Request Sent',
      'Request Sent On',
      'Invite Sent',
      'Invited On',
      'Invited At',
      'Invitation Sent',
      'Invitation Sent At',
      'Invitation Sent On',
      'Invitation Date',
      'Invite Date',
      'Invite Sent At',
      'Invite Sent Date',
      'Invitation Sent Date',
      'Request Sent Date',
      'Requested Date',
      'Connection Requested',
      'Connection Request Date',
      'Connection Request Sent',
      'Connection Request Sent At',
      'Request Date',
      'Date Requested',
      'Date Invited',
      'LinkedIn Invite Sent At',
      'LinkedIn Invitation Sent At',
      "Date d'invitation",
      "Date de l'invitation",
      'Date de la demande',
      'Invitation envoyée le',
      'Demande envoyée le',
      'Anfrage gesendet am',
      'Anfrage gesendet',
      'Einladung gesendet am',
      'Einladung gesendet',
      'Anfragedatum',
      'Einladungsdatum',
      'Fecha de invitación',
      'Invitación enviada',
      'Fecha de la invitación',
      'Fecha de solicitud',
      'Solicitud enviada',
      'Convite enviado em',
      'Data do convite',
      'Data de envio do convite',
      'Solicitação enviada em',
      'Uitnodiging verstuurd',
      'Uitnodiging verzonden',
      'Datum uitnodiging',
      'Uitnodigingsdatum',
      'Inbjudan skickad',
      'Inbjudan skickades',
      'Datum för inbjudan',
      'Invitation sendt',
      'Invitationsdato',
      'Invitasjon sendt',
      'Invitasjonsdato',
      'Kutsu lähetetty',
      'Kutsun päivämäärä',
      'Data zaproszenia',
      'Zaproszenie wysłane',
      'Zaproszenie wysłane dnia',
      'Data wysłania zaproszenia',
      'Datum pozvánky',
      'Pozvánka odeslána',
      'Datum odeslání pozvánky',
      'Дата запрошення',
      'Дата надсилання запрошення',
      'Дата приглашения',
      'Приглашение отправлено',
      'Дата отправки приглашения',
    ],
    generic: ['Requested', 'Invited'],
  },
  {
    key: 'inmailSentOn',
    label: 'InMail Sent On',
    parse: touchDate,
    accepts: DATE_ACCEPTS,
    // LinkedIn Recruiter's project export writes `InMail Sent Date`.
    aliases: [
      'InMail Sent',
      'InMail Date',
      'InMailed On',
      'InMailed',
      'Date InMailed',
      'InMail Sent At',
      'Last InMail Sent',
      'InMail Sent Date',
      'Date InMail',
      'InMail envoyé le',
      "Date d'envoi InMail",
      "Date d'envoi de l'InMail",
      'InMail gesendet am',
      'InMail gesendet',
      'InMail-Datum',
      'InMail enviado',
      'InMail enviado el',
      'Fecha del InMail',
      'InMail enviado em',
      'Data do InMail',
    ],
    generic: [],
  },
  {
    key: 'replied',
    label: 'Replied',
    parse: replied,
    accepts: 'yes/no (also replied, interested, positive, no reply, out of office...), or the date of the reply',
    aliases: [
      'Has Replied',
      'Reply Received',
      'Got Reply',
      'Replied At',
      'Replied On',
      'Reply Date',
      'Replied Date',
      'Reply Received On',
      'Is Replied',
      'A répondu',
      'Réponse reçue',
      'Date de réponse',
      'Geantwortet',
      'Hat geantwortet',
      'Antwort erhalten',
      'Respondió',
      'Ha respondido',
      'Respuesta recibida',
      'Fecha de respuesta',
      'Respondeu',
      'Resposta recebida',
      'Data da resposta',
      'Respondido em',
      'Gereageerd',
      'Heeft gereageerd',
      'Beantwoord',
      'Datum reactie',
      'Svarat',
      'Har svarat',
      'Besvaret',
      'Svaret',
      'Har svaret',
      'Svart',
      'Har svart',
      'Vastannut',
      'Vastasi',
      'Odpowiedział(a)',
      'Odpowiedział',
      'Data odpowiedzi',
      'Odpověděl(a)',
      'Odpověděl',
      'Datum odpovědi',
      'Відповів',
      'Відповіла',
      'Відповів(ла)',
      'Дата відповіді',
      'Ответил',
      'Ответила',
      'Ответил(а)',
      'Дата ответа',
      // HubSpot's date of the last reply to a sales email of the sequence.
      'Recent Sales Email Replied Date',
      // Waalaxy's `messageRepliedAt`, `messageReplied` (yes or no) and `lastReplyDetectedDate`.
      'Message Replied At',
      'Message Replied',
      'Last Reply Detected Date',
      // Salesloft's people `Last Replied` (`last_replied_at` in its API), Outreach-style `Last Replied At`, and their kin.
      'Last Replied',
      'Last Replied At',
      'Last Replied On',
      'Last Replied Date',
      'Last Reply Date',
      'Last Reply At',
      'Date Replied',
    ],
    // LinkedIn Recruiter's `InMail Status` (Accepted, Declined, Pending): read where its values are these words.
    generic: [
      'Reply',
      'Responded',
      'Answered',
      'Réponse',
      'Répondu',
      'Antwort',
      'Respuesta',
      'Respondido',
      'Resposta',
      'Reactie',
      'Antwoord',
      'Svar',
      'Vastaus',
      'Odpowiedź',
      'Odpověď',
      'Відповідь',
      'Ответ',
      'InMail Status',
      'InMail Response',
      // Gem's and Outreach's email sequence: Replied among Active, Paused, Completed, Bounced.
      'Sequence Status',
      'Sequence State',
    ],
  },
  {
    key: 'firstName',
    label: 'First Name',
    parse: text,
    accepts: 'text',
    aliases: [
      'Given Name',
      'Person - First Name',
      'Prénom',
      'Vorname',
      'Nombre de pila',
      'Nombre',
      'Primeiro nome',
      'Nome próprio',
      'Nome',
      'Voornaam',
      'Förnamn',
      'Fornavn',
      'Etunimi',
      'Imię',
      'Jméno',
      "Ім'я",
      'Имя',
    ],
    generic: ['First'],
    reads: readsAsName,
  },
  {
    key: 'lastName',
    label: 'Last Name',
    parse: text,
    accepts: 'text',
    aliases: [
      'Surname',
      'Family Name',
      'Person - Last Name',
      'Nachname',
      'Nom de famille',
      'Familienname',
      'Apellidos',
      'Apellido',
      'Sobrenome',
      'Achternaam',
      'Efternamn',
      'Efternavn',
      'Etternavn',
      'Sukunimi',
      'Nazwisko',
      'Příjmení',
      'Прізвище',
      'Фамилия',
    ],
    generic: ['Last', 'Nom'],
    reads: readsAsName,
  },
  {
    key: 'linkedinUrl',
    label: 'LinkedIn URL',
    parse: text,
    text: true,
    accepts: 'a profile URL',
    // The public profile URL first: Sales Navigator's own (`profileUrl` of a search export) and
    // Recruiter's (`Profile URL`, a `/talent/profile/` address beside its `Public Profile URL`) are second best.
    aliases: [
      'LinkedIn Profile',
      'LinkedIn Profile URL',
      'LinkedIn Contact Profile URL',
      'defaultProfileUrl',
      'linkedInProfileUrl',
      'Public Profile URL',
      'Profile URL',
      'Person Linkedin Url',
      'Profile Link',
      'LinkedIn Link',
      'LinkedIn Public URL',
      'Person - LinkedIn',
      'URL LinkedIn',
      'Profil LinkedIn',
      'Lien LinkedIn',
      'URL du profil',
      'Lien du profil',
      'LinkedIn-Profil',
      'LinkedIn Profil-URL',
      'Profil-URL',
      'URL de LinkedIn',
      'Perfil de LinkedIn',
      'Enlace de LinkedIn',
      'URL do LinkedIn',
      'Perfil do LinkedIn',
      'Link do LinkedIn',
      'URL do perfil',
      // Dutch.
      'LinkedIn-profiel',
      'Profiellink',
      'Link naar profiel',
      // Swedish, Danish and Norwegian (`LinkedIn-profil` and `Profil-URL` are the German above).
      'Profillänk',
      'Länk till profil',
      'Profillink',
      'Link til profil',
      'Lenke til profil',
      // Finnish.
      'LinkedIn-profiili',
      'Profiilin linkki',
      'Profiilin URL',
      // Polish (`URL LinkedIn` and `Profil LinkedIn` are the French above).
      'Link do profilu',
      'Adres profilu',
      // Czech.
      'Odkaz na profil',
      'Odkaz na LinkedIn',
      // Ukrainian.
      'Посилання на профіль',
      'Посилання на LinkedIn',
      'Профіль LinkedIn',
      'Профіль у LinkedIn',
      // Russian.
      'Ссылка на профиль',
      'Ссылка на LinkedIn',
      'Профиль LinkedIn',
      'Профиль в LinkedIn',
      // Applicant trackers' cell of every link (LINKS_HEADERS): read where the ones above are blank.
      ...LINKS_HEADERS,
    ],
    generic: ['LinkedIn', 'URL', 'Profile', 'Link'],
    reads: readsAsUrl,
  },
  {
    key: 'email',
    label: 'Email',
    parse: emailText,
    text: true,
    accepts: 'text',
    aliases: [
      'Email Address',
      'E-mail',
      'Work Email',
      'Business Email',
      'Professional Email',
      'proEmail',
      'Email 1',
      'Primary Email',
      'Person - Email',
      'Email - Work',
      'Adresse e-mail',
      'Adresse email',
      'E-mail professionnel',
      'E-Mail-Adresse',
      'Correo electrónico',
      'Endereço de e-mail',
      // Dutch, Swedish, Norwegian and Finnish (Danish `E-mail adresse` is the German above).
      'E-mailadres',
      'E-post',
      'E-postadress',
      'E-postadresse',
      'Sähköposti',
      'Sähköpostiosoite',
      'Adres e-mail',
      'Adres email',
      'E-mailová adresa',
      'Ел. пошта',
      'Електронна пошта',
      'Эл. почта',
      'Электронная почта',
      'Адрес электронной почты',
      // Apollo's further addresses and a personal one: read where the ones above are blank.
      'Personal Email',
      'Secondary Email',
      'Tertiary Email',
      // Salesloft's further addresses, Lusha's second one.
      'Secondary Email Address',
      'Personal Email Address',
      'Email 2',
      // Lever's candidate export, and Greenhouse's `email_addresses`: every address in one cell (the first is read).
      'Emails',
      'Email Addresses',
      // Google Contacts' export.
      'E-mail 1 - Value',
      'E-mail 2 - Value',
      'E-mail 3 - Value',
    ],
    generic: ['Mail', 'Courriel', 'Correo'],
    reads: readsAsEmail,
  },
  {
    key: 'phone',
    label: 'Phone',
    parse: phoneText,
    text: true,
    accepts: 'text',
    aliases: [
      'Phone Number',
      'First Phone',
      'Mobile Phone',
      'Work Phone',
      // Microsoft Dynamics 365's and Outlook's contact export.
      'Business Phone',
      'Work Direct Phone',
      'Mobile Number',
      'Phone 1',
      'phoneNumbers',
      'Person - Phone',
      'Phone - Work',
      'Direct Phone',
      // ZoomInfo's export.
      'Direct Phone Number',
      'Numéro de téléphone',
      'Téléphone portable',
      'Telefonnummer',
      'Mobilnummer',
      'Handynummer',
      'Mobiltelefon',
      'Número de teléfono',
      'Teléfono móvil',
      'Mobiltelefonnummer',
      // HubSpot's mobile number in Spanish, and Latin America's word for it.
      'Número de teléfono móvil',
      'Teléfono celular',
      'Número de celular',
      // HubSpot's numbers in Portuguese, and Brazil's word for a mobile.
      'Número de telefone',
      'Número de telefone celular',
      'Telefone celular',
      'Número do celular',
      // Dutch (`Telefoon` and `Mobiel` are read by their values, below).
      'Telefoonnummer',
      'Mobiel nummer',
      // Swedish, Danish and Norwegian (`Telefon` and `Mobil` are read by their values, below;
      // `Telefonnummer`, `Mobilnummer` and `Mobiltelefon` are the German above).
      'Telefonnr',
      // Finnish (`Puhelin` is read by its values, below).
      'Puhelinnumero',
      'Matkapuhelin',
      'Matkapuhelinnumero',
      // Polish.
      'Numer telefonu',
      'Telefon komórkowy',
      'Numer komórkowy',
      // Czech (`Telefon` and `Mobil` are read by their values, below).
      'Telefonní číslo',
      'Mobilní telefon',
      // Ukrainian (\`Телефон\` is read by its values, below).
      'Номер телефону',
      // Russian (`Телефон` is the same word).
      'Номер телефона',
      'Мобильный телефон',
      // Apollo's and HubSpot's further numbers: read where the ones above are blank (`ColumnMap.fallbacks`).
      'Mobile Phone Number',
      'Corporate Phone',
      'Home Phone',
      'Other Phone',
      // Lusha's second number.
      'Phone 2',
      // Google Contacts' export.
      'Phone 1 - Value',
      'Phone 2 - Value',
      'Phone 3 - Value',
      // Lever's candidate export: every number in one cell.
      'Phones',
    ],
    generic: [
      'Mobile',
      'Mobil',
      'Telephone',
      'Tel',
      'Cell',
      'Portable',
      'Telefon',
      'Handy',
      'Móvil',
      'Celular',
      'Teléfono',
      'Telefone',
      'Telefoon',
      'Mobiel',
      'Puhelin',
      'Телефон',
    ],
    reads: readsAsPhone,
  },
  {
    key: 'acceptedOn',
    label: 'Accepted On',
    parse: touchDate,
    accepts: DATE_ACCEPTS,
    aliases: [
      'Accepted Date',
      'Connected On',
      'Connected At',
      'Connection Date',
      'Accepted At',
      'Invitation Accepted At',
      'Date Connected',
      'Connected Since',
      'Connection Accepted On',
      'LinkedIn Invite Accepted At',
      "Date d'acceptation",
      'Acceptée le',
      'Accepté le',
      'Connecté le',
      'Date de connexion',
      'Angenommen am',
      'Verbunden seit',
      'Vernetzt seit',
      'Verbunden am',
      'Fecha de aceptación',
      'Aceptada el',
      'Conectado desde',
      'Aceito em',
      'Aceita em',
      'Conectado em',
      'Data de aceitação',
      'Data da conexão',
      'Geaccepteerd op',
      'Datum geaccepteerd',
      'Verbonden op',
      'Accepterad den',
      'Accepteret den',
      'Akseptert dato',
      'Hyväksytty pvm',
      'Data akceptacji',
      'Zaakceptowano dnia',
      'Data przyjęcia zaproszenia',
      'Datum přijetí',
      'Datum přijetí pozvánky',
      'Дата прийняття',
      'Дата принятия',
      'Дата принятия приглашения',
    ],
    // Dripify's `Invitation Accepted` holds dates; another tool's of the name may hold yes or no. So
    // may a Dutch `Geaccepteerd`, a Swedish `Accepterad`, a Danish `Accepteret`, a Norwegian
    // `Akseptert` and a Finnish `Hyväksytty`.
    generic: ['Accepted', 'Connected', 'Geaccepteerd', 'Accepterad', 'Accepteret', 'Akseptert', 'Hyväksytty', 'Invitation Accepted', 'Invite Accepted'],
  },
  {
    key: 'lastTouchOn',
    label: 'Last Touch On',
    parse: touchDate,
    accepts: DATE_ACCEPTS,
    // Only this sequence's own touches (SPEC 1: written by "mark done"): see ACTIVITY_HEADERS.
    // Waalaxy's `messageSentAt`: the last message of the sequence went out then.
    aliases: ['Last Touch', 'Message Sent At'],
    generic: [],
  },
  {
    key: 'firstTouchOn',
    label: 'First Touch On',
    parse: touchDate,
    accepts: DATE_ACCEPTS,
    // Written by "mark done" for a sequence no request, InMail or acceptance dates.
    aliases: ['First Touch', 'Sequence Start', 'Sequence Started On'],
    generic: [],
  },
  {
    key: 'doNotContact',
    label: 'Do Not Contact',
    parse: doNotMark,
    accepts: 'yes/no (any other value, such as a reason, reads as yes)',
    // Salesloft's and many CRMs' own column, and a rep's. Not `Do Not Call` or `Email Opt Out`
    // (Salesforce): each forbids one channel only, not a LinkedIn touch (the fields below).
    aliases: [
      'DNC',
      'Do Not Reach Out',
      "Don't Contact",
      'Do Not Prospect',
      'Do Not Engage',
      'Blacklisted',
      'Blocklisted',
      'Ne pas contacter',
      'Nicht kontaktieren',
      'Nicht ansprechen',
      'No contactar',
      'Não contatar',
      'Não contactar',
      'Não entrar em contato',
      // Dutch (`Niet mailen` is an Email Opt Out, below).
      'Niet benaderen',
      'Niet contacteren',
      'Niet contact opnemen',
      // Swedish, Danish and Norwegian.
      'Kontakta ej',
      'Kontakta inte',
      'Får ej kontaktas',
      'Får inte kontaktas',
      'Må ikke kontaktes',
      'Skal ikke kontaktes',
      'Ikke kontakt',
      'Ikke kontakt meg',
      'Ikke kontakt mig',
      // Finnish.
      'Älä ota yhteyttä',
      'Ei yhteydenottoja',
      'Nie kontaktować',
      'Nie kontaktować się',
      'Nekontaktovat',
      'Не контактувати',
      'Не связываться',
      'Не беспокоить',
      'Не контактировать',
    ],
    generic: [],
  },
  {
    key: 'emailOptOut',
    label: 'Email Opt Out',
    parse: doNotMark,
    accepts: 'yes/no (any other value, such as the day it was asked, reads as yes)',
    // Salesforce's and Zoho's `Email Opt Out`; HubSpot's `Unsubscribed from all email` (`Opted out
    // of all email` before); Outreach's and Gem's `Opted Out`. An email or phone touch names no email.
    aliases: [
      'Email Opt-Out',
      'Email Opted Out',
      'Opted Out of Email',
      'Has Opted Out of Email',
      'HasOptedOutOfEmail',
      'Unsubscribed from all email',
      'Opted out of all email',
      'Email Unsubscribed',
      'Unsubscribed',
      'Opted Out',
      'Opted Out At',
      'Do Not Email',
      "Don't Email",
      'Descadastrado',
      'Cancelou inscrição',
      'Não enviar e-mail',
      'Niet mailen',
      'Niet e-mailen',
    ],
    generic: [],
  },
  {
    key: 'doNotCall',
    label: 'Do Not Call',
    parse: doNotMark,
    accepts: 'yes/no (any other value, such as the day it was asked, reads as yes)',
    // Salesforce's `Do Not Call` (`DoNotCall`). An email or phone touch names no phone.
    aliases: [
      'DoNotCall',
      "Don't Call",
      'Do Not Phone',
      'No Calls',
      'Nicht anrufen',
      'Ne pas appeler',
      'No llamar',
      'Não ligar',
      'Niet bellen',
      'Ring ej',
      'Ring ikke',
      'Älä soita',
      'Nie dzwonić',
    ],
    generic: [],
  },
];

/**
 * Headers of a CRM's or a sales tool's last activity (HubSpot `Last Activity Date`, Pipedrive
 * `Person - Last activity date`, Apollo `Last Contacted`): any email, call or meeting, not a step
 * of this LinkedIn sequence. SPEC 1's Last Touch On is "the last touch actually made" of the
 * sequence, so such a column is never read as it (a step dated before it would count as done);
 * it is reported as not used, with why. `Column: Last Touch On` can still name it.
 */
export const ACTIVITY_HEADERS: readonly string[] = [
  'Last Activity Date',
  'Last Activity',
  'Last Activity At',
  'Last Contacted',
  'Last Contacted At',
  'Last Contact Date',
  'Last Contact',
  'Last Action Date',
  'Last Outreach',
  'Last Engagement Date',
  'Last Touched',
  // HubSpot and lists in French, German, Spanish and Portuguese.
  'Date de la dernière activité',
  'Dernière activité',
  'Dernier contact',
  'Datum der letzten Aktivität',
  'Letzte Aktivität',
  'Zuletzt kontaktiert',
  'Fecha de la última actividad',
  'Última actividad',
  'Último contacto',
  'Data da última atividade',
  'Última atividade',
  'Último contato',
  'Último contato em',
];

const FIELD_OF: ReadonlyMap<FieldKey, FieldSpec> = new Map(FIELDS.map((f) => [f.key, f]));

/** The field of a key: its label, headers and parser. */
export function fieldOf(key: FieldKey): FieldSpec {
  return FIELD_OF.get(key) as FieldSpec;
}

/** The label of a field by its key, or the key itself when it names no field (a setting read from a sheet). */
export function fieldLabel(key: string): string {
  return FIELD_OF.get(key as FieldKey)?.label ?? key;
}

/** The date fields: their columns get a date order (SPEC 1a, `Date Order`). */
export const DATE_FIELDS: ReadonlySet<FieldKey> = new Set(FIELDS.filter((f) => f.parse === readDate || f.parse === touchDate).map((f) => f.key));

/** The history dates a row may have, in the order the first touch is looked for; a date after the as-of date is an error. */
export const HISTORY_DATES = [
  ['requestedOn', 'Requested On'],
  ['inmailSentOn', 'InMail Sent On'],
  ['acceptedOn', 'Accepted On'],
  ['lastTouchOn', 'Last Touch On'],
  ['firstTouchOn', 'First Touch On'],
] as const;

/**
 * A prospect with every field present (unknown = undefined): all prospects share one shape,
 * so the decision reads them at full speed instead of through a lookup per row. Made by a
 * constructor, not an object literal: once a list keeps many prospects (a plan does), V8 makes a
 * literal's later copies straight in its old generation, and every row read after that paid
 * for it (two thirds of the reader's own time in the bench).
 */
class ProspectRecord implements Prospect {
  name?: Prospect['name'] = undefined;
  title?: Prospect['title'] = undefined;
  seniority?: Prospect['seniority'] = undefined;
  degree?: Prospect['degree'] = undefined;
  openProfile?: Prospect['openProfile'] = undefined;
  namedAccount?: Prospect['namedAccount'] = undefined;
  segmentSize?: Prospect['segmentSize'] = undefined;
  trigger?: Prospect['trigger'] = undefined;
  deadline?: Prospect['deadline'] = undefined;
  seriousAsk?: Prospect['seriousAsk'] = undefined;
  dealValue?: Prospect['dealValue'] = undefined;
  dealCurrency?: Prospect['dealCurrency'] = undefined;
  warm?: Prospect['warm'] = undefined;
  mutualConnections?: Prospect['mutualConnections'] = undefined;
  activeOnLinkedIn?: Prospect['activeOnLinkedIn'] = undefined;
  acceptsConnections?: Prospect['acceptsConnections'] = undefined;
  acceptsInMail?: Prospect['acceptsInMail'] = undefined;
  connectionStatus?: Prospect['connectionStatus'] = undefined;
  requestedOn?: Prospect['requestedOn'] = undefined;
  inmailSentOn?: Prospect['inmailSentOn'] = undefined;
  replied?: Prospect['replied'] = undefined;
  repliedOn?: Prospect['repliedOn'] = undefined;
  firstName?: Prospect['firstName'] = undefined;
  lastName?: Prospect['lastName'] = undefined;
  linkedinUrl?: Prospect['linkedinUrl'] = undefined;
  email?: Prospect['email'] = undefined;
  phone?: Prospect['phone'] = undefined;
  acceptedOn?: Prospect['acceptedOn'] = undefined;
  lastTouchOn?: Prospect['lastTouchOn'] = undefined;
  firstTouchOn?: Prospect['firstTouchOn'] = undefined;
  doNotContact?: Prospect['doNotContact'] = undefined;
  emailOptOut?: Prospect['emailOptOut'] = undefined;
  doNotCall?: Prospect['doNotCall'] = undefined;
  lone?: Prospect['lone'] = undefined;
  repeatsHeader?: Prospect['repeatsHeader'] = undefined;
  repliedOffLinkedIn?: Prospect['repliedOffLinkedIn'] = undefined;
}

export function emptyProspect(): Prospect {
  return new ProspectRecord();
}

export function isBlank(cell: Cell): boolean {
  if (cell === '' || cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  // Only text that starts or ends with white space can be all white space.
  return cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32 ? cell.trim() === '' : false;
}

/** How many cells of a row are not blank (`isBlank`). */
export const filledCount = (row: readonly Cell[]): number => row.reduce((n: number, c) => (isBlank(c) ? n : n + 1), 0);

/** Replied as read: yes or no, the reply's day (a yes on that day), or a yes by email or a call. */
function setReplied(p: Prospect, value: boolean | Day | typeof REPLIED_BY_OTHER_CHANNEL): void {
  if (typeof value === 'number') {
    p.replied = true;
    p.repliedOn = value;
  } else if (typeof value === 'object') {
    p.replied = true;
    p.repliedOffLinkedIn = true;
  } else p.replied = value;
}

/**
 * Added to a field's number where the row reader keeps it: a fallback column
 * (`ColumnMap.fallbacks`), set by `setIfUnset`.
 */
export const IF_UNSET = 64;

/** The fields a yes in any of their columns sets, over a no in one before (`setIfUnset`). */
const ANY_YES: ReadonlySet<FieldKey> = new Set(['replied', 'doNotContact', 'emailOptOut', 'doNotCall']);

/**
 * Sets field number `field` only where the prospect has no value for it yet: a fallback column's
 * (a second phone); and Replied and the marks not to reach someone (Do Not Contact, Email Opt Out,
 * Do Not Call) where the columns before say no, as a reply any of them records is a reply
 * (Recruiter's InMail Status `Accepted` beside a Replied tick box left unticked), and a mark any
 * of them records is a mark (a CRM's box beside a rep's DNC).
 * Apart from `setFieldAt`, whose switch stays small enough for the engine to inline into the row reader.
 */
export function setIfUnset(p: Prospect, field: number, value: unknown): void {
  const key = (FIELDS[field] as FieldSpec).key;
  const now = p[key];
  if (now === undefined || (ANY_YES.has(key) && now === false && value !== false)) setFieldAt(p, field, value);
}

/**
 * Sets field number `field` (its place in FIELDS) on the prospect; the table guarantees the value
 * has the field's type. One switch of plain stores: the row reader calls it at one place for
 * every column, where a setter a field made that call site megamorphic.
 */
export function setFieldAt(p: Prospect, field: number, value: unknown): void {
  switch (field) {
    case 0:
      p.name = value as Prospect['name'];
      return;
    case 1:
      p.title = value as Prospect['title'];
      return;
    case 2:
      p.seniority = value as Prospect['seniority'];
      return;
    case 3:
      p.degree = value as Prospect['degree'];
      return;
    case 4:
      p.openProfile = value as Prospect['openProfile'];
      return;
    case 5:
      p.namedAccount = value as Prospect['namedAccount'];
      return;
    case 6:
      p.segmentSize = value as Prospect['segmentSize'];
      return;
    case 7:
      p.trigger = value as Prospect['trigger'];
      return;
    case 8:
      p.deadline = value as Prospect['deadline'];
      return;
    case 9:
      p.seriousAsk = value as Prospect['seriousAsk'];
      return;
    case 10:
      p.dealValue = value as Prospect['dealValue'];
      return;
    case 11:
      p.warm = value as Prospect['warm'];
      return;
    case 12:
      p.mutualConnections = value as Prospect['mutualConnections'];
      return;
    case 13:
      p.activeOnLinkedIn = value as Prospect['activeOnLinkedIn'];
      return;
    case 14:
      p.acceptsConnections = value as Prospect['acceptsConnections'];
      return;
    case 15:
      p.acceptsInMail = value as Prospect['acceptsInMail'];
      return;
    case 16:
      // REPLIED_STATUS among them, until `settleReplied`.
      p.connectionStatus = value as Prospect['connectionStatus'];
      return;
    case 17:
      p.requestedOn = value as Prospect['requestedOn'];
      return;
    case 18:
      p.inmailSentOn = value as Prospect['inmailSentOn'];
      return;
    case 19:
      setReplied(p, value as boolean | Day | typeof REPLIED_BY_OTHER_CHANNEL);
      return;
    case 20:
      p.firstName = value as Prospect['firstName'];
      return;
    case 21:
      p.lastName = value as Prospect['lastName'];
      return;
    case 22:
      p.linkedinUrl = value as Prospect['linkedinUrl'];
      return;
    case 23:
      p.email = value as Prospect['email'];
      return;
    case 24:
      p.phone = value as Prospect['phone'];
      return;
    case 25:
      p.acceptedOn = value as Prospect['acceptedOn'];
      return;
    case 26:
      p.lastTouchOn = value as Prospect['lastTouchOn'];
      return;
    case 27:
      p.firstTouchOn = value as Prospect['firstTouchOn'];
      return;
    case 28:
      p.doNotContact = value as Prospect['doNotContact'];
      return;
    case 29:
      p.emailOptOut = value as Prospect['emailOptOut'];
      return;
    case 30:
      p.doNotCall = value as Prospect['doNotCall'];
      return;
  }
}

/**
 * How the field reads a cell as its text, trimmed: 1 always (names, titles, URLs), 2 where it
 * holds an address (emails, `emailText`), 3 where it holds a digit (phones, `phoneText`); 0 where
 * it reads a value.
 */
export function textKind(field: FieldSpec): 0 | 1 | 2 | 3 {
  return field.parse === text ? 1 : field.parse === emailText ? 2 : field.parse === phoneText ? 3 : 0;
}
