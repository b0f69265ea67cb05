/**
 * SPEC sections 1 and 1a: which row is the header, which column is which field, and reading one
 * row into a `Prospect` or a row error. The one reader every surface uses (CLI, custom functions,
 * sidebar, preview). It finds an existing output block by the names `outputs.ts` gives, so every
 * surface replaces the same block.
 */
import {
  ACTIVITY_HEADERS,
  DATE_FIELDS,
  FIELDS,
  HISTORY_DATES,
  type FieldSpec,
  cellText,
  emptyProspect,
  fieldLabel,
  IF_UNSET,
  LINKS_HEADERS,
  fieldOf,
  filledCount,
  isBlank,
  hasDigit,
  textKind,
  addressed,
  profileLinkIn,
  isAddress,
  seniorityFromTitle,
  setFieldAt,
  setIfUnset,
  settleReplied,
} from './fields.js';
import { isDate, needsZone } from './dates.js';
import { hasAddress } from './keys.js';
import { remember } from './remember.js';
import {
  type Cell,
  type Day,
  type FieldKey,
  OUTPUT_COLUMNS,
  Problem,
  type Prospect,
  RowError,
  type Settings,
  asciiHeader,
  misspelt,
  normalizeHeader,
} from './model.js';
import { currencyOf } from './read/amounts.js';
import { type DateReading, MONTH_FIRST, type OrderEvidence, type SlashOrder, isZeroDate, orderEvidence, parseDateText, zonedInstant } from './read/dates.js';
import { BLANK_WORDS, LONGEST_BLANK, errorValue, isBlankWord, isNotAvailable } from './read/values.js';

/** SPEC 1a: the header is the first of this many top rows with a recognised column. */
export const HEADER_SEARCH_ROWS = 10;
/** Values sampled under the header: a generic header proves itself, a date column shows its order. */
export const SAMPLE_ROWS = 100;
/** SPEC 1a: a generic header claims its column when at least this share of its values read as the field. */
export const GENERIC_SHARE = 0.9;
/** What `Column: <field>` says when the field has no column. */
export const NO_COLUMN = '(none)';

interface HeaderMatch {
  readonly field: FieldSpec;
  /** 1 the field's own label, 2.x a tool's header for it (earlier in the list first), GENERIC a word that must prove itself. */
  readonly rank: number;
}

/** A generic header's rank (`Contact`, `Role`): it reads a column only when its values prove it. */
const GENERIC = 3;

/**
 * Every header a field answers to. Filled with plain loops, not a list of pairs spread into the
 * Map: it is built at every start of the command line, and the pairs were a third of its cost.
 * A later entry for the same header replaces an earlier one, as the Map constructor does.
 */
const BY_HEADER: ReadonlyMap<string, HeaderMatch> = (() => {
  const byHeader = new Map<string, HeaderMatch>();
  for (const field of FIELDS) {
    for (const h of field.generic) byHeader.set(normalizeHeader(h), { field, rank: GENERIC });
    for (let i = 0; i < field.aliases.length; i++) byHeader.set(normalizeHeader(field.aliases[i] as string), { field, rank: 2 + i / 1000 });
    byHeader.set(normalizeHeader(field.label), { field, rank: 1 });
  }
  return byHeader;
})();

/** Headers of 6 letters or more (`Open Profle`): a letter or two from one of these is a typo of it, not another column. */
const NEAR_HEADERS: readonly string[] = [...BY_HEADER.keys()].filter((h) => h.length >= 6 && (BY_HEADER.get(h) as HeaderMatch).rank < GENERIC);

/**
 * The field whose own header (not a generic word) a header not read is a typo of, or undefined:
 * a letter off, two in a header of 12 letters or more (`Email Sent` is no typo of `InMail Sent`).
 */
function misspeltField(header: Cell): FieldSpec | undefined {
  const near = misspelt(normalizeHeader(header), NEAR_HEADERS);
  return near === undefined ? undefined : (BY_HEADER.get(near) as HeaderMatch).field;
}

/** CRM exports prefix the record (`Person - Email`) or suffix the kind (`Email - Work`). */
// A dash with a space after it ("Person - Email"): a German compound ("Lead-Status", HubSpot's "Lead Status") is a word of its own.
const RECORD_PREFIX = /^\s*(?:person|contact|lead|prospect)\s*(?:[-–]\s+|[:.]\s*)/i;
const KIND_SUFFIX = /\s*[-–(]\s*(?:work|home|other|main|personal|primary|mobile|direct)\s*\)?\s*$/i;

/** A kind that is not work (`Email - Home`): its column is tried after a work one, wherever it stands. */
const PRIVATE_KIND = /[-–(]\s*(?:home|other|personal)\s*\)?\s*$/i;

function matchHeader(header: Cell): HeaderMatch | undefined {
  const key = normalizeHeader(header);
  const exact = BY_HEADER.get(key);
  if (exact) return exact;
  // A header in two languages, its English one's: `Name (Имя)`, `Degree – Степень`.
  const ascii = asciiHeader(header);
  const english = ascii !== key && ascii !== '' ? BY_HEADER.get(ascii) : undefined;
  if (english) return english;
  const bare = bareHeader(header);
  const match = bare === String(header ?? '') ? undefined : BY_HEADER.get(normalizeHeader(bare));
  // After every own header and alias (ranks 1 to 2.1), before the generic words.
  if (match && match.rank < GENERIC && PRIVATE_KIND.test(String(header))) return { field: match.field, rank: Math.max(match.rank, 2) + 0.5 };
  return match ?? hintedMatch(String(header ?? ''));
}

/**
 * A header written by hand with a hint of what goes in it (`Open Profile (Y/N)`, `Connection
 * Degree (1st/2nd/3rd)`, `Deal Size [USD]`, `Phone #`) or as two names of one field (`Title/Position`):
 * the field the header names without the hint, or that both names name. Only a hint of the values
 * is passed over: `LinkedIn URL (Company)` or `Email (Owner)` names another's. After every own
 * header and alias, before the generic words.
 */
function hintedMatch(header: string): HeaderMatch | undefined {
  const hinted = HINT.exec(header);
  let match: HeaderMatch | undefined;
  if (hinted) {
    if (hinted[3] === '#' || VALUE_HINT.test((hinted[1] ?? hinted[2] ?? '').trim())) match = BY_HEADER.get(normalizeHeader(header.slice(0, hinted.index)));
  } else if (header.includes('/')) {
    const parts = header.split('/').map((part) => BY_HEADER.get(normalizeHeader(part)));
    const [first] = parts;
    if (parts.length === 2 && first && parts.every((p) => p?.field === first.field)) match = first;
  }
  return match && match.rank < GENERIC ? { field: match.field, rank: Math.max(match.rank, 2) + 0.25 } : undefined;
}

/** A hint after a header: in brackets at its end, or a `#` (a number of). */
const HINT = /\s*(?:\(([^()]*)\)|\[([^[\]]*)\]|(#))\s*$/;
/** What a hint of the values says: choices (`Y/N`, `1st/2nd/3rd`, `DD/MM/YYYY`), a kind, a unit. */
const VALUE_HINT =
  /^(?:[^/]+(?:\/[^/]+)+|y|n|yes|no|x|✓|date|yyyy-mm-dd|dd\.mm\.yyyy|usd|eur|gbp|€|\$|£|%|optional|required|if any|number|count|url|link|checkbox)$/i;

/**
 * Whether a row's cells are headers the reader knows by name (a field's label or alias, not a
 * generic word such as `Lead`): three at least, and a quarter of those filled (an export has many
 * columns no field reads). A row under the header that is so is another export's header row
 * (files of two layouts joined into one), whose columns are not the header's.
 */
export function namesFields(cells: readonly Cell[]): boolean {
  let filled = 0;
  let named = 0;
  for (const c of cells) {
    if (isBlank(c)) continue;
    filled++;
    if (typeof c === 'string' && (matchHeader(c)?.rank ?? GENERIC) < GENERIC) named++;
  }
  return named >= 3 && named * 4 >= filled;
}

/**
 * What a row error says of a row whose cells are all in columns not read (a record ID, a note):
 * nobody to reach and nothing to decide by, where a prospect would take an invitation.
 */
export const NOTHING_READ = 'values only in columns not read: nothing to plan';

/** What a row error says of another export's header row (`namesFields`), which the plan's warning tells by. */
export const OTHER_HEADER = "another export's header row (files of two layouts joined?)";

/**
 * A first look at a cell that may be a header: the headers the reader knows as tools write them
 * (as listed, lower case, upper case) and the sheet's own, matched exactly. A bit a text's length
 * and first, second and last letters (in any case) is looked at before the text is: most values
 * (a name, an email) miss it and cost nothing more.
 */
interface HeaderGate {
  readonly bits: Uint8Array;
  readonly own: ReadonlySet<string>;
}

const MAX_GATED = 40;

/** The gate's bit of a text of `n` characters from the codes of its first, second and last. */
function gateBitOf(n: number, first: number, second: number, last: number): number {
  return (((n * 31 + (first | 32)) * 31 + (second | 32)) * 31 + (last | 32)) & 0xffff;
}

/**
 * A cell's gate bit. Its characters are read here and a header's in `addSpellings`, each where
 * the engine learns what kinds of text it meets: the headers' kinds (Polish and Cyrillic ones are
 * two-byte texts, their cases copies) seen here as well as the cells' were more than it tells
 * apart, and each cell's characters were then looked up the slow way (the core's read of the
 * bench's rows: about 740 instructions a row).
 */
function gateBit(t: string): number {
  const n = t.length;
  return gateBitOf(n, t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(n - 1));
}

/** A text as a gate holds it (as written, lower case, upper case), each into `texts` and `bits`. */
function addSpellings(h: string, bits: Uint8Array, texts: Set<string>): void {
  for (const t of [h, h.toLowerCase(), h.toUpperCase()]) {
    const n = t.length;
    if (n < 2 || n > MAX_GATED) continue;
    texts.add(t);
    bits[gateBitOf(n, t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(n - 1))] = 1;
  }
}

/** The headers the reader knows, made on first use: a command that reads no list never pays for them. */
let known: { readonly bits: Uint8Array; readonly texts: ReadonlySet<string> } | undefined;

function headerGate(own: readonly string[]): HeaderGate {
  if (known === undefined) {
    const bits = new Uint8Array(1 << 16);
    const texts = new Set<string>();
    for (const field of FIELDS) {
      for (const h of field.aliases) addSpellings(h, bits, texts);
      addSpellings(field.label, bits, texts);
    }
    known = { bits, texts };
  }
  const bits = known.bits.slice();
  const texts = new Set<string>();
  for (const h of own) addSpellings(h, bits, texts);
  return { bits, own: texts };
}

/** Whether `cell` passes `gate` (see `headerGate`). */
function mayBeHeader(gate: HeaderGate, cell: Cell): boolean {
  return (
    typeof cell === 'string' &&
    cell.length >= 2 &&
    cell.length <= MAX_GATED &&
    gate.bits[gateBit(cell)] === 1 &&
    ((known as NonNullable<typeof known>).texts.has(cell) || gate.own.has(cell))
  );
}

/**
 * Whether a row under `header` is another export's header (`namesFields`), not the header again:
 * looked at whole only when one of its first cells may be a header (`headerGate`).
 */
function isOtherHeader(row: readonly Cell[], header: readonly Cell[], gate: HeaderGate): boolean {
  let looked = 0;
  for (let i = 0; i < row.length && looked < 3; i++) {
    if (isBlank(row[i])) continue;
    looked++;
    if (mayBeHeader(gate, row[i])) return namesFields(row) && !sameCells(row, header);
  }
  return false;
}

/** A header without a CRM's record prefix or kind suffix. */
function bareHeader(header: Cell): string {
  return String(header ?? '')
    .replace(RECORD_PREFIX, '')
    .replace(KIND_SUFFIX, '');
}

const ACTIVITY: ReadonlySet<string> = new Set(ACTIVITY_HEADERS.map(normalizeHeader));

/** Whether a header names a CRM's last activity, which is not a touch of this sequence (see ACTIVITY_HEADERS). */
function isActivityHeader(header: Cell): boolean {
  return ACTIVITY.has(normalizeHeader(header)) || ACTIVITY.has(normalizeHeader(bareHeader(header)));
}

/** Why a CRM's last activity column is not read as Last Touch On. */
const ACTIVITY_WHY =
  'the last activity of any kind (an email, a call, a meeting), not a step of this sequence done; set Column: Last Touch On to read it as one';

export function fieldByName(name: string): FieldSpec | undefined {
  return matchHeader(name)?.field;
}

export interface MappedColumn {
  readonly field: FieldSpec;
  readonly index: number;
  /** The header as the sheet writes it: what an error names. */
  readonly header: string;
  /** How this column's slash dates are read (SPEC 1a, `Date Order`). */
  readonly reading: DateReading;
  /**
   * How a text cell is checked before it is parsed: 0 a value, 1 free text, 2 a name (no blank
   * words), 3 a cell of several links whose LinkedIn profile's is read (`LINKS_HEADERS`).
   */
  readonly kind: 0 | 1 | 2 | 3;
}

export interface ColumnMap {
  /** One column a field, in sheet order. */
  readonly columns: readonly MappedColumn[];
  /**
   * More columns of a field that reaches someone (Email, Phone), each read only on a row where
   * the field is still empty, in the order they are tried: Apollo's Mobile Phone where its First
   * Phone is blank. A `Column:` setting names the one column read instead.
   */
  readonly fallbacks: readonly MappedColumn[];
  /** Index of an existing Channel..Reason block (re-runs update it in place), or -1. */
  readonly outputAt: number;
  /** Every header cell's text, read or not (their count is the header's width): how an error names a column not read. */
  readonly headers: readonly string[];
  /**
   * Read from a range whose place on the sheet is not known (a custom function's arguments hold
   * values only): a column is named by its header, or by its place in the range, never by a letter
   * counted from the range's first column, which is column A only where the range starts there.
   */
  readonly inRange?: boolean;
  /**
   * How a Date whose day needs the spreadsheet's zone (`needsZone`) is read, where the caller
   * knows the zone: as the text of its day there (Sheets: `dayTextIn`). Without it such a Date is
   * read as the script's day and counted (`zonedDatesRead`), for the caller to ask for the zone.
   */
  readonly dateIn?: (d: Date) => string;
}

/** Every column a row is read from: each field's own, then its fallbacks. */
export function readColumns(map: ColumnMap): readonly MappedColumn[] {
  return map.fallbacks.length === 0 ? map.columns : [...map.columns, ...map.fallbacks];
}

/** Column index (0-based) to its letters: 0 -> A, 27 -> AB. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The column a field is read from (its index, its header as the list heads it); undefined when the list has none. */
export function columnOf(map: ColumnMap, key: FieldKey): MappedColumn | undefined {
  return map.columns.find((c) => c.field.key === key);
}

/** A field's column as the list heads it (`Request Sent`), else `label`: how a message names the column. */
export function headerOf(map: ColumnMap | undefined, key: FieldKey, label: string): string {
  return (map && columnOf(map, key)?.header) ?? label;
}

/** Why a column is not read. */
export type UnusedReason = 'unknown' | 'misspelt' | 'values' | 'second' | 'none' | 'no-header' | 'activity';

export interface UnusedColumn {
  readonly index: number;
  readonly header: string;
  readonly reason: UnusedReason;
  /** The field its header suggested, when there was one. */
  readonly field?: FieldKey;
  /** In words, for the summary, the inspect command and the sidebar. */
  readonly why: string;
  /** `values`: none of its values sampled is the field's (a US state under `State`): another column of the same name, not the field's kept badly. */
  readonly unlike?: boolean;
}

/** How a date column's slash dates are read, and what decided it. */
export interface DateOrderNote {
  readonly index: number;
  readonly header: string;
  readonly field: FieldKey;
  readonly order: SlashOrder;
  /** `setting`: Date Order says; `values`: the column's own values; `sheet`: the sheet's other date columns; `file`: the file's or the column's form (`why`); `cannot-tell`: month-first by default. */
  readonly basis: 'setting' | 'values' | 'sheet' | 'file' | 'cannot-tell';
  /** For basis 'file': why the file's or the column's form suggests the order. */
  readonly why?: string;
  /**
   * For an order told by the as-of date alone (`aheadOfAsOf`): the first as-of date on which it
   * no longer tells, the other order's latest date. The same cells then read the other way.
   */
  readonly tellsUntil?: Day;
  /** Whether the sampled values hold any slash date at all. */
  readonly slashDates: boolean;
  readonly example?: string;
  /** Sampled values that can only be read in the other order (their rows are errors), and the first of them. */
  readonly against: number;
  readonly againstExample?: string;
}

/** What the reader understood of a sheet or file: SPEC 1a's "what was understood". */
export interface Understanding {
  /** 0-based index into the rows given of the header row. */
  readonly headerRow: number;
  readonly map: ColumnMap;
  readonly unused: readonly UnusedColumn[];
  readonly dateOrders: readonly DateOrderNote[];
  /** Settings that did not apply here (a `Column:` header this sheet lacks), in words. */
  readonly notes: readonly string[];
  /** The same `Column:` settings as data: the field's label and the header it names. */
  readonly ignored: readonly IgnoredMapping[];
}

/** A `Column:` setting this sheet cannot satisfy: ignored here, never an error (SPEC 7). */
export interface IgnoredMapping {
  readonly field: string;
  readonly header: string;
}

/** The name fields. They keep `n/a` and `-` as written: only an error value is caught. */
export const NAME_KEYS: ReadonlySet<FieldKey> = new Set(['name', 'firstName', 'lastName']);

/** What the reader needs of the settings. */
export type ReadSettings = Pick<Settings, 'columns' | 'dateOrder'> & {
  /** The as-of date: a column of touches made has none after it, which can tell its order. */
  readonly asOf?: Day;
  /**
   * The order a file's form suggests for slash dates nothing in the sheet tells (a semicolon CSV
   * is what Excel writes where dates are day-first), and why, for the summary.
   */
  readonly slashOrderHint?: { readonly order: SlashOrder; readonly why: string };
  /** The day an instant falls on where the user is (`DateReading.instantDay`): each adapter's zone. */
  readonly instantDay?: (ms: number) => Day;
  /** That zone's name, for the summary (`America/Los_Angeles`): asked only when a timestamp needs it (finding it can cost a command line's start-up more than the rest). */
  readonly instantZone?: () => string | undefined;
};

/**
 * SPEC 1a: finds the header row in the first HEADER_SEARCH_ROWS rows of `top` (an Excel `sep=;`
 * line or a title above it is skipped: the header is the row with the most columns read), maps its columns, and reads the next SAMPLE_ROWS rows to
 * let generic headers prove themselves and date columns show their order.
 */
export function understand(top: readonly (readonly Cell[])[], settings: ReadSettings): Understanding | Problem {
  const searched = Math.min(HEADER_SEARCH_ROWS, top.length);
  // The row with the most columns read is the header, the first of equals: a title line such as
  // `Title,Q4 outreach` names one column, the header under it several.
  let best: Understanding | undefined;
  const named = namedHeaders(settings);
  // The most cells filled in a row above: a title or notes above a header fill fewer than it.
  let longestAbove = -1;
  for (let r = 0; r < searched; r++) {
    const header = top[r] as readonly Cell[];
    const filled = filledCount(header);
    const above = longestAbove;
    if (filled > longestAbove) longestAbove = filled;
    const read = header.filter((h) => readsAsHeader(h, named)).length;
    // A row that could not read more columns than the best so far is not understood at all (a
    // data row under the header, mostly): the cells that are headers bound what it could read.
    if (best !== undefined && read <= best.map.columns.length) continue;
    // Nor is a row under the rows of a best header that reads two columns or more (a title line
    // names one at most): another export's header in a joined file, which reads more columns than
    // the first's, would skip the first export's rows as above it.
    if (best !== undefined && best.map.columns.length >= 2 && hasRowsUnder(top, best.headerRow, r)) continue;
    // Under a row as full as it (a header not read), a row with one header word is a data row
    // whose cell says `Lead` or `Email`: taken for the header, the plan would be written over it.
    if (above >= filled && filled > 1 && read < 2) continue;
    // The header again under it (files joined into one) is no sample of its columns' values, nor
    // is another export's header and what follows it (files of two layouts joined).
    const gate = headerGate(header.map(cellText));
    const under = top.slice(r + 1, r + 1 + SAMPLE_ROWS);
    const other = under.findIndex((row) => isOtherHeader(row, header, gate));
    const sample = (other < 0 ? under : under.slice(0, other)).filter((row) => !sameCells(row, header));
    const u = understandHeader(header, sample, settings);
    if (!(u instanceof Problem) && (best === undefined || u.map.columns.length > best.map.columns.length)) best = { ...u, headerRow: r };
  }
  if (best !== undefined) return best;
  if (searched === 0) return new Problem('the sheet is empty: expected a header row');
  const below = headerBelow(top, settings);
  const problem = noRecognisedColumn(top[0] as readonly Cell[], searched, below);
  // A `Column:` setting that names a header none of those rows has is likely why: say so.
  const missing = mappingsMissing(top.slice(0, searched), settings)
    .map((m) => `Column: ${m.field} names '${m.header}', which none of them has`)
    .join('; ');
  return missing ? new Problem(`${problem.message}; ${missing}`) : problem;
}

/**
 * Whether a row between the header at `header` and row `before` is one of its rows: as filled as
 * half the header at least, and not the header again. Lines between a title and its header are
 * shorter: a title, a date, a line of notes.
 */
function hasRowsUnder(top: readonly (readonly Cell[])[], header: number, before: number): boolean {
  const head = top[header] as readonly Cell[];
  const wide = filledCount(head);
  for (let r = header + 1; r < before; r++) {
    const row = top[r] as readonly Cell[];
    if (filledCount(row) * 2 >= wide && !sameCells(row, head)) return true;
  }
  return false;
}

/**
 * A cell's text as a header row is compared by: trimmed (a byte-order mark with it). A second
 * file joined by `cat` starts with its own mark, which stands before its first cell's opening
 * quote, so the quotes stay in the cell: `\uFEFF"Name"` is `Name`.
 */
export function headerText(cell: Cell): string {
  const t = cellText(cell);
  const marked = typeof cell === 'string' && cell.charCodeAt(0) === 0xfeff;
  const quoted = marked && t.length >= 2 && t.charCodeAt(0) === 34 && t.charCodeAt(t.length - 1) === 34;
  return quoted ? t.slice(1, -1).replaceAll('""', '"').trim() : t;
}

/** Whether two rows hold the same texts, cell for cell, as `headerText` reads them (blank cells past either's end aside). */
export function sameCells(a: readonly Cell[], b: readonly Cell[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (headerText(a[i]) !== headerText(b[i])) return false;
  return true;
}

/** Whether a `Column:` setting says the field has no column: `(none)`. */
const namesNoColumn = (wanted: string) => normalizeHeader(wanted) === normalizeHeader(NO_COLUMN) || normalizeHeader(wanted) === 'none';

/** The `Column:` settings that name a header (not `(none)`) that none of `rows` has, each as its field's label and that header. */
export function mappingsMissing(rows: readonly (readonly Cell[])[], settings: ReadSettings): IgnoredMapping[] {
  const seen = new Set(rows.flatMap((r) => r.map((h) => normalizeHeader(h))));
  return (Object.entries(settings.columns) as Array<[FieldKey, string]>)
    .filter(([, wanted]) => !namesNoColumn(wanted) && !seen.has(normalizeHeader(wanted)))
    .map(([key, header]) => ({ field: fieldLabel(key), header }));
}

/** The headers the `Column:` settings name, as `normalizeHeader` reads them. */
function namedHeaders(settings: Pick<ReadSettings, 'columns'>): ReadonlySet<string> {
  return new Set(Object.values(settings.columns).map((h) => normalizeHeader(h)));
}

/** Whether a header row's cell names a column the planner reads: one a `Column:` setting names (`namedHeaders`), or a field's own. */
function readsAsHeader(h: Cell, named: ReadonlySet<string>): boolean {
  return named.has(normalizeHeader(h)) || matchHeader(h) !== undefined;
}

/**
 * Where no header is found in the rows searched: the first row under them, of those given, that
 * reads as a header (two columns or more), said as the fix, or undefined. A report with many
 * filter lines above its header (Salesforce writes one a filter) puts it there.
 */
export function headerBelow(top: readonly (readonly Cell[])[], settings: Pick<ReadSettings, 'columns'>): string | undefined {
  const named = namedHeaders(settings);
  for (let r = HEADER_SEARCH_ROWS; r < top.length; r++) {
    const row = top[r] as readonly Cell[];
    const read = row.filter((h) => !isBlank(h) && readsAsHeader(h, named));
    if (read.length < 2) continue;
    const shown = read
      .slice(0, 4)
      .map((h) => `'${cellText(h)}'`)
      .join(', ');
    return `row ${r + 1} reads as a header (${shown}): delete ${r + 1 - HEADER_SEARCH_ROWS} or more of the lines above it, so that it is among the first ${HEADER_SEARCH_ROWS}`;
  }
  return undefined;
}

/**
 * No header: nothing in `headers` (the header row given, or the first of the `searched` rows
 * looked in) is a column the planner reads. `below`: a header found under the rows searched (`headerBelow`), the fix.
 */
function noRecognisedColumn(headers: readonly Cell[], searched = 1, below?: string): Problem {
  const shown = headers
    .filter((h) => !isBlank(h))
    .slice(0, 6)
    .map((h) => `'${cellText(h)}'`)
    .join(', ');
  const where =
    searched === 1
      ? `in the header row (${shown || 'empty'})`
      : `in the first ${searched} rows (the header row must be one of them; the first row: ${shown || 'empty'})`;
  // Headers a letter or two off the planner's own are said first: the fix is there.
  const typos = headers.flatMap((h) => {
    const field = isBlank(h) ? undefined : misspeltField(h);
    return field === undefined ? [] : [`'${cellText(h)}' a typo of ${field.label}?`];
  });
  const fix = typos.length === 0 ? '' : `; ${typos.slice(0, 4).join(', ')} (rename, or set Column: <field>)`;
  if (below !== undefined) return new Problem(`no recognised column ${where}${fix}; ${below}`);
  return new Problem(
    `no recognised column ${where}${fix}; expected headers such as ${FIELDS.slice(0, 5)
      .map((f) => f.label)
      .join(', ')}..., or Column: <field> settings`,
  );
}

/**
 * A row of the list given as the header row (a header range filled down without `$`, the two
 * ranges swapped, a header row chosen one too low): a cell of it is an email or a URL. Its generic
 * cells may still read as columns and plan plausibly, and wrongly. Asked where the header row is
 * given, not where it is searched for (`understand` passes over rows that read fewer columns).
 */
export function valueInHeader(headers: readonly Cell[]): Problem | undefined {
  const outputAt = findOutputBlock(headers);
  const value = headers.findIndex((h, i) => !inOutputBlock(outputAt, i) && isAddress(h));
  if (value < 0) return undefined;
  return new Problem(`the header row holds '${cellText(headers[value])}', a prospect's value, not a header: it is a row of the list`, 'header');
}

/** The header row is given (custom functions take it as an argument); `sample` are rows under it. */
export function understandHeader(headers: readonly Cell[], sample: readonly (readonly Cell[])[], settings: ReadSettings): Understanding | Problem {
  const outputAt = findOutputBlock(headers);
  const isOutput = (i: number) => inOutputBlock(outputAt, i);
  const notes: string[] = [];
  const ignored: IgnoredMapping[] = [];
  const unused: UnusedColumn[] = [];
  const none = new Set<FieldKey>();
  const chosen = new Map<FieldKey, { index: number; rank: number }>();
  const explicit = new Set<number>();
  const mapped: Array<{ field: FieldSpec; index: number }> = [];
  const fallbacks: MappedColumn[] = [];

  for (const [key, wanted] of Object.entries(settings.columns) as Array<[FieldKey, string]>) {
    if (namesNoColumn(wanted)) {
      none.add(key);
      continue;
    }
    const index = headers.findIndex((h, i) => !isOutput(i) && normalizeHeader(h) === normalizeHeader(wanted));
    if (index < 0) {
      notes.push(`Column: ${fieldLabel(key)}: no column '${wanted}' here; read by its own header instead`);
      ignored.push({ field: fieldLabel(key), header: wanted });
      continue;
    }
    explicit.add(index);
    chosen.set(key, { index, rank: 0 });
    mapped.push({ field: fieldOf(key), index });
  }

  const candidates: Array<{ field: FieldSpec; index: number; rank: number; links: boolean; empty: boolean }> = [];
  headers.forEach((h, index) => {
    if (isOutput(index) || explicit.has(index)) return;
    const header = cellText(h);
    if (header === '') {
      if (sample.some((row) => !isBlank(row[index]))) unused.push({ index, header, reason: 'no-header', why: 'no header' });
      return;
    }
    const match = matchHeader(h);
    if (!match) {
      if (isActivityHeader(h)) unused.push({ index, header, reason: 'activity', field: 'lastTouchOn', why: ACTIVITY_WHY });
      else unused.push({ index, header, reason: 'unknown', why: 'not a column the planner reads' });
      return;
    }
    const { field, rank } = match;
    if (none.has(field.key)) {
      unused.push({ index, header, reason: 'none', field: field.key, why: `Column: ${field.label} is ${NO_COLUMN}` });
      return;
    }
    if (rank === GENERIC) {
      const proof = proves(field, sample, index);
      if (proof) {
        unused.push({ index, header, reason: 'values', field: field.key, why: proof.why, ...(proof.unlike ? { unlike: true } : {}) });
        return;
      }
    }
    const links = linksColumn(field, header);
    // LinkedIn URL, Email, Phone and Replied read all their columns, each where those before are blank: in one order whatever the rows sampled.
    candidates.push({ field, index, rank, links, empty: !links && !MORE_COLUMNS.has(field.key) && sample.every((row) => isBlank(row[index])) });
  });
  // Of two columns for one field, one with values under it is read before an empty one (`Reply Date`
  // filled in, `Replied On` left blank); then the closer name, then the first. A cell of several
  // links comes after every LinkedIn column, filled or not: it is read where they are blank.
  candidates.sort((a, b) => Number(a.links) - Number(b.links) || Number(a.empty) - Number(b.empty) || a.rank - b.rank || a.index - b.index);
  for (const c of candidates) {
    const taken = chosen.get(c.field.key);
    const more = c.links || MORE_COLUMNS.has(c.field.key);
    // Another way to reach the person, or another record of a reply, tried where the first is blank (MORE_COLUMNS); unless a setting
    // named the column. A mark not to contact (or not by email, or by phone) is read from every column that holds one, a setting's or not.
    if (taken && (taken.rank > 0 || MARKS.has(c.field.key)) && more) {
      fallbacks.push(mappedColumn(c.field, c.index, cellText(headers[c.index])));
      continue;
    }
    if (taken) {
      const usedHeader = cellText(headers[taken.index]);
      const header = cellText(headers[c.index]);
      // Two columns headed alike are told apart by where they are, as a spreadsheet shows them.
      const used = usedHeader.trim() === header.trim() ? `the '${usedHeader}' in column ${columnLetters(taken.index)}` : `'${usedHeader}'`;
      // LinkedIn URL, Email, Phone and Replied read their further columns unless a setting named one.
      const named = more ? `: Column: ${c.field.label} names it; clear that setting to read this one where it is blank` : '';
      unused.push({ index: c.index, header, reason: 'second', field: c.field.key, why: `a second ${c.field.label} column (${used} is read${named})` });
      continue;
    }
    chosen.set(c.field.key, c);
    mapped.push(c);
  }

  if (mapped.length === 0) return noRecognisedColumn(headers);

  // A header a letter or two from a field no column gives (`Conection Degree`): said, with its fix, not passed over in silence.
  // Not where its values say otherwise: lemlist's `linkedinInviteAccepted` holds true and false, no date to read as Accepted On.
  for (let k = 0; k < unused.length; k++) {
    const u = unused[k] as UnusedColumn;
    if (u.reason !== 'unknown') continue;
    const field = misspeltField(u.header);
    if (field === undefined || chosen.has(field.key)) continue;
    const values = valuesAs(field, sample, u.index);
    if (values.good < GENERIC_SHARE * values.seen) continue;
    unused[k] = { ...u, reason: 'misspelt', field: field.key, why: `a typo of ${field.label}? rename it or set Column: ${field.label}` };
  }

  const { readings, dateOrders } = dateReadings(mapped, headers, sample, settings, outputAt);
  const columns = mapped
    .map(({ field, index }) => mappedColumn(field, index, cellText(headers[index]), readings.get(index) ?? MONTH_FIRST))
    .sort((a, b) => a.index - b.index || FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  unused.sort((a, b) => a.index - b.index);
  const stamped = settings.instantDay === undefined ? undefined : zonedExample(mapped, sample);
  if (stamped !== undefined) {
    // The one thing such a date's day depends on that the cell does not show: said.
    notes.push(`timestamps that name their zone ('${stamped}') are read on the days of ${settings.instantZone?.() ?? "this machine's zone"}`);
  }
  return { headerRow: 0, map: { columns, fallbacks, outputAt, headers: headers.map(cellText) }, unused, dateOrders, notes, ignored };
}

/** The first sampled date cell that is a timestamp naming its zone (`zonedInstant`), or undefined. */
function zonedExample(mapped: ReadonlyArray<{ field: FieldSpec; index: number }>, sample: readonly (readonly Cell[])[]): string | undefined {
  for (const m of mapped) {
    if (!DATE_FIELDS.has(m.field.key) && m.field.key !== 'replied') continue;
    for (const row of sample) {
      const cell = row[m.index];
      if (typeof cell === 'string' && cell.length > 16 && zonedInstant(cell) !== undefined) return cell.trim();
    }
  }
  return undefined;
}

/** A column read as `field`: the one way to make a MappedColumn. */
export function mappedColumn(field: FieldSpec, index: number, header: string, reading: DateReading = MONTH_FIRST): MappedColumn {
  return { field, index, header, reading, kind: linksColumn(field, header) ? 3 : NAME_KEYS.has(field.key) ? 2 : field.text ? 1 : 0 };
}

const LINKS: ReadonlySet<string> = new Set(LINKS_HEADERS.map(normalizeHeader));

/** Whether a column of `field` headed `header` is a cell of several links, whose LinkedIn profile's is read (Greenhouse's Social Media, Lever's Links). */
const linksColumn = (field: FieldSpec, header: Cell): boolean => field.key === 'linkedinUrl' && LINKS.has(normalizeHeader(header));

/** How many of a column's sampled values (blank words and errors aside) there are, how many read as `field`, and the first that does not. */
function valuesAs(
  field: FieldSpec,
  sample: readonly (readonly Cell[])[],
  index: number,
): {
  seen: number;
  good: number;
  weak: number;
  weakText: string;
  bad: string | undefined;
} {
  let seen = 0;
  let good = 0;
  // Of the good, those that prove nothing alone (`FieldSpec.weak`), and the first of them.
  let weak = 0;
  let weakText = '';
  // Values that tell neither way (`FieldSpec.reads` undefined), and the first of them.
  let neutral = 0;
  let neutralText: string | undefined;
  let bad: string | undefined;
  for (const row of sample) {
    const cell = row[index];
    if (isBlank(cell)) continue;
    if (typeof cell === 'string' && (isBlankWord(cell) || errorValue(cell))) continue;
    // Under a date, the 0 a formula filled down past the list leaves (as a number or shown as a date) is no evidence.
    if (DATE_FIELDS.has(field.key) && filledZero(cell)) continue;
    const value = cell as string | number | boolean | Date;
    let ok: boolean;
    if (field.reads) {
      const reads = field.reads(value);
      if (reads === undefined) {
        neutral++;
        neutralText ??= cellText(cell);
        continue;
      }
      ok = reads;
    } else {
      const read = field.parse(value, MONTH_FIRST);
      // A value the field reads as none (an unticked box under a date): as a blank word, not counted.
      if (read === undefined) continue;
      ok = !(read instanceof Problem);
    }
    seen++;
    if (ok) good++;
    else bad ??= cellText(cell);
    if (ok && field.weak?.is(value)) {
      weak++;
      if (weak === 1) weakText = cellText(cell);
    }
    if (seen + neutral >= SAMPLE_ROWS) break;
  }
  // Values that tell neither way are not counted while they are a few beside those that read (a
  // tracker's Status with a prospect's answer or two among its states, at most one in five); more,
  // they count against the field (a CRM's stages, `New` among its `Meeting booked`s).
  if (neutral > 0 && neutral * 4 > good) return { seen: seen + neutral, good, weak, weakText, bad: bad ?? neutralText };
  return { seen, good, weak, weakText, bad };
}

/** Undefined when a generic header's values read as its field; otherwise why not, in words. */
function proves(field: FieldSpec, sample: readonly (readonly Cell[])[], index: number): { why: string; unlike: boolean } | undefined {
  const { seen, good, weak, weakText, bad } = valuesAs(field, sample, index);
  if (seen === 0) return { why: `read as ${field.label} only when its values show it; it has none yet`, unlike: false };
  // Nothing but values that prove nothing alone (an applicant tracker's `Rejected`): as values of another kind.
  if (weak > 0 && weak === good && good >= GENERIC_SHARE * seen) {
    return { why: `its values ('${weakText}') say ${field.weak?.says}; set Column: ${field.label} to read them as it`, unlike: true };
  }
  if (good >= GENERIC_SHARE * seen) return undefined;
  // Where none of its values fits the field, naming it so is no fix to offer.
  if (good === 0) return { why: `its values are not ${field.label} (e.g. '${bad}')`, unlike: true };
  const off = seen - good;
  return {
    why: `${off} of the ${seen} values sampled ${off === 1 ? 'is' : 'are'} not ${field.label} (e.g. '${bad}'); rename it or set Column: ${field.label} to read it`,
    unlike: false,
  };
}

/**
 * Why a column of dashed dates that cannot tell reads day-first: `05-11-2026` is how dates are
 * written where the day comes first (the Netherlands, Denmark, India...); US tools write slashes.
 */
const DASHED_DAY_FIRST = 'its dates are written with dashes (05-11-2026), as where dates are day-first';

const HISTORY_KEYS: ReadonlySet<FieldKey> = new Set(HISTORY_DATES.map(([key]) => key));

/**
 * A column of touches made (Requested On...) whose values nothing tells the order of: the order
 * under which none of them is after the as-of date, when the other puts some there (12/11/2026
 * month-first is a request sent in December, on 2026-11-23), and why, for the summary.
 */
function aheadOfAsOf(
  field: FieldKey,
  sample: readonly (readonly Cell[])[],
  index: number,
  sep: string | undefined,
  asOf: Day | undefined,
): { order: SlashOrder; why: string; until: Day } | undefined {
  if (asOf === undefined || !HISTORY_KEYS.has(field)) return undefined;
  const after = (order: SlashOrder) => {
    let n = 0;
    let example: string | undefined;
    let last = asOf;
    for (const row of sample) {
      const cell = row[index];
      if (typeof cell !== 'string') continue;
      const day = parseDateText(cell, { order, guessed: true, ...(sep === undefined ? {} : { sep }) });
      if (typeof day === 'number' && day > asOf) {
        n++;
        example ??= cell.trim();
        if (day > last) last = day;
      }
    }
    return { n, example, last };
  };
  const month = after('month-first');
  const day = after('day-first');
  if ((month.n === 0) === (day.n === 0)) return undefined;
  const [order, other, against] = month.n > 0 ? (['day-first', 'month-first', month] as const) : (['month-first', 'day-first', day] as const);
  const dates = against.n === 1 ? '1 of its dates' : `${against.n} of its dates`;
  return { order, why: `${other} would put ${dates} after the as-of date (e.g. '${against.example}'), where a touch made cannot be`, until: against.last };
}

/** What the as-of date told of a column of touches made (`aheadOfAsOf`), and the separator its dates are written with. */
interface Ahead {
  readonly order: SlashOrder;
  readonly why: string;
  readonly until: Day;
  readonly sep: string | undefined;
}

/**
 * For a date column nothing tells of itself: the order the as-of date told the sheet's other
 * columns of touches made, written with the same separator, when they agree (a list's dates come
 * from one program, written one way), and why; its last date is the latest of theirs, after which
 * that no longer tells.
 */
function followedAhead(index: number, sep: string | undefined, aheads: ReadonlyMap<number, Ahead>, headers: readonly Cell[]): Ahead | undefined {
  const others = [...aheads].filter(([k, a]) => k !== index && a.sep === sep);
  const first = others[0];
  if (first === undefined || others.some(([, a]) => a.order !== first[1].order)) return undefined;
  const named = others.map(([k]) => `'${cellText(headers[k])}'`).join(' and ');
  const until = Math.max(...others.map(([, a]) => a.until));
  return { order: first[1].order, why: `the sheet's other dates read so (${named}: ${first[1].why})`, until, sep };
}

/**
 * A column's order from its form alone, where neither its values nor the sheet's other date
 * columns tell: day-first for dates written with dashes or in a file whose form suggests it (a
 * semicolon CSV), else month-first, which cannot tell.
 */
function orderByForm(e: OrderEvidence, settings: ReadSettings): { order: SlashOrder; basis: DateOrderNote['basis']; why: string | undefined } {
  if (e.sep === '-' && e.dayFirst + e.monthFirst === 0) return { order: 'day-first', basis: 'file', why: DASHED_DAY_FIRST };
  if (settings.slashOrderHint && e.dayFirst + e.monthFirst === 0)
    return { order: settings.slashOrderHint.order, basis: 'file', why: settings.slashOrderHint.why };
  return { order: 'month-first', basis: 'cannot-tell', why: undefined };
}

/** Each date column's order: the setting, else its values, else the sheet's other date columns, else the as-of date (its touches made, else the other columns'), else its dashes or the file's form, else month-first. */
function dateReadings(
  mapped: ReadonlyArray<{ field: FieldSpec; index: number }>,
  headers: readonly Cell[],
  sample: readonly (readonly Cell[])[],
  settings: ReadSettings,
  outputAt: number,
): { readings: Map<number, DateReading>; dateOrders: DateOrderNote[] } {
  const readings = new Map<number, DateReading>();
  const dateOrders: DateOrderNote[] = [];
  const dated = mapped.filter((m) => DATE_FIELDS.has(m.field.key) || m.field.key === 'replied');
  // Date Order set: every value counts, and one the setting cannot read is an error, whatever its separator.
  const auto = settings.dateOrder === 'auto';
  const evidence = new Map<number, OrderEvidence>(
    dated.map((m) => [
      m.index,
      orderEvidence(
        sample.map((row) => row[m.index]),
        auto,
      ),
    ]),
  );
  let sheetDay = 0;
  let sheetMonth = 0;
  // The Date of our own block from an earlier run votes too: written as YYYY-MM-DD, it is a slash
  // date only where a spreadsheet app saved the file again, in the order it wrote every date in.
  const ours =
    outputAt >= 0
      ? [
          orderEvidence(
            sample.map((row) => row[outputAt + OUTPUT_DATE]),
            true,
          ),
        ]
      : [];
  for (const e of [...evidence.values(), ...ours]) {
    if (e.dayFirst > e.monthFirst) sheetDay++;
    else if (e.monthFirst > e.dayFirst) sheetMonth++;
  }
  const sheetTells = sheetDay !== sheetMonth && (sheetDay === 0 || sheetMonth === 0);
  // Where neither a column's values nor the sheet's tell: what the as-of date tells of each column of touches made.
  const aheads = new Map<number, Ahead>();
  for (const m of dated) {
    const e = evidence.get(m.index) as OrderEvidence;
    if (!auto || e.dayFirst !== e.monthFirst || sheetTells) continue;
    const ahead = aheadOfAsOf(m.field.key, sample, m.index, e.sep, settings.asOf);
    if (ahead !== undefined) aheads.set(m.index, { ...ahead, sep: e.sep });
  }
  for (const m of dated) {
    const e = evidence.get(m.index) as OrderEvidence;
    const slashDates = e.dayFirst + e.monthFirst + e.either > 0;
    let order: SlashOrder = 'month-first';
    let basis: DateOrderNote['basis'];
    let why: string | undefined;
    let tellsUntil: Day | undefined;
    if (settings.dateOrder !== 'auto') {
      order = settings.dateOrder;
      basis = 'setting';
    } else if (e.dayFirst !== e.monthFirst) {
      order = e.dayFirst > e.monthFirst ? 'day-first' : 'month-first';
      basis = 'values';
    } else if (sheetTells) {
      order = sheetDay > 0 ? 'day-first' : 'month-first';
      basis = 'sheet';
    } else {
      const form = orderByForm(e, settings);
      // Another column's verdict only where this one's form tells nothing either (no dashes, no file's hint).
      const ahead = aheads.get(m.index) ?? (form.basis === 'cannot-tell' ? followedAhead(m.index, e.sep, aheads, headers) : undefined);
      ({ order, basis, why } = ahead === undefined ? form : { order: ahead.order, basis: 'file', why: ahead.why });
      // Once the as-of date no longer tells, the column reads by its form: said when that differs.
      if (ahead !== undefined && ahead.order !== form.order) tellsUntil = ahead.until;
    }
    readings.set(m.index, {
      order,
      guessed: basis !== 'setting' && basis !== 'values',
      ...(e.sep === undefined ? {} : { sep: e.sep }),
      ...(settings.instantDay === undefined ? {} : { instantDay: settings.instantDay }),
    });
    if (DATE_FIELDS.has(m.field.key)) {
      const dayFirst = order === 'day-first';
      dateOrders.push({
        index: m.index,
        header: cellText(headers[m.index]),
        field: m.field.key,
        order,
        basis,
        slashDates,
        example: e.example,
        against: dayFirst ? e.monthFirst : e.dayFirst,
        againstExample: dayFirst ? e.monthExample : e.dayExample,
        ...(why === undefined ? {} : { why }),
        ...(tellsUntil === undefined ? {} : { tellsUntil }),
      });
    }
  }
  return { readings, dateOrders };
}

/**
 * Matches a header row to fields without sampling values (generic headers are not claimed), for
 * callers that have only the header. `mappings` are the `Column: <field>` settings.
 */
export function mapColumns(headers: readonly Cell[], mappings: Partial<Record<FieldKey, string>> = {}): ColumnMap | Problem {
  const u = understandHeader(headers, [], { columns: mappings, dateOrder: 'auto' });
  return u instanceof Problem ? u : u.map;
}

/**
 * Our output block is recognised only as the five headers side by side, in order, so a user's
 * own lone "Date" or "Reason" column is never mistaken for ours and overwritten.
 */
export function findOutputBlock(headers: readonly Cell[]): number {
  const names = OUTPUT_COLUMNS.map(normalizeHeader);
  for (let i = 0; i + names.length <= headers.length; i++) {
    if (names.every((n, k) => normalizeHeader(headers[i + k]) === n)) return i;
  }
  return -1;
}

/** Where the Date column lies in our output block. */
const OUTPUT_DATE = OUTPUT_COLUMNS.indexOf('Date');

/** Whether column `index` lies in the output block that starts at `outputAt` (-1: none). */
export function inOutputBlock(outputAt: number, index: number): boolean {
  return outputAt >= 0 && index >= outputAt && index < outputAt + OUTPUT_COLUMNS.length;
}

// ---------------------------------------------------------------- reading a row

/** A cell that is empty or white space: it sets nothing, and the row may still be blank. */
const BLANK_CELL: unique symbol = Symbol('blank cell');
/** A cell that says "unknown" (`n/a`, `#N/A`, German Excel's `#NV`) or "no trigger": it sets nothing, but the row is not blank. */
const NOTHING: unique symbol = Symbol('nothing');

/**
 * What one cell of column `c` reads as: BLANK_CELL, NOTHING, a Problem, or the field's value. The
 * one definition of reading a cell; the row reader below only takes shortcuts that give the same.
 */
function readCell(c: MappedColumn, cell: Cell): unknown {
  if (isBlank(cell)) return BLANK_CELL;
  let value: unknown;
  if (c.kind !== 0 && typeof cell === 'string') {
    // Free text would take `#REF!` or `n/a` as a value: both are caught first.
    const failed = errorValue(cell);
    if (failed) return spreadsheetError(failed);
    if (isNotAvailable(cell) || (c.kind !== 2 && isBlankWord(cell))) return NOTHING;
    value = c.kind === 3 ? profileLinkIn(cell) : c.field.parse(cell, c.reading);
  } else {
    // A number, a tick or a date holds no link.
    value = c.kind === 3 ? undefined : c.field.parse(cell as string | number | boolean | Date, c.reading);
    if (value instanceof Problem && typeof cell === 'string') {
      const failed = errorValue(cell);
      if (failed) return spreadsheetError(failed);
      if (isBlankWord(cell)) return NOTHING;
    }
  }
  return value === undefined ? NOTHING : value;
}

/** Distinct texts a column remembers the reading of: lists repeat `Yes`, `2nd`, `$25,000`, a date. */
const MEMO_SIZE = 2048;
/** Longer texts are read each time, never remembered. */
const MEMO_TEXT = 40;
/** Once full, a memo that misses more than half of this many lookups is dropped: the column's values hardly repeat. */
const MEMO_WINDOW = 4096;

/** Slots of a memo's table: twice its size, so a lookup probes a slot or two. */
const MEMO_SLOTS = 2 * MEMO_SIZE;
/**
 * Slots a memo starts with. It doubles as it fills, up to MEMO_SLOTS: a short list's columns
 * each remember a few texts, and a table of MEMO_SLOTS for every column of it would be most of
 * the memory a short run touches (and the garbage collections that follow).
 */
const FIRST_MEMO_SLOTS = 64;

/**
 * What a column's texts read as, bounded: an open-addressing table on a hash of the text. A
 * `Map` hashes each new cell string in the engine's runtime; the few characters of a value are
 * hashed faster here, and the hash rules out most slots before the texts are compared.
 */
class ColumnMemo {
  private texts: Array<string | undefined> = new Array<string | undefined>(FIRST_MEMO_SLOTS).fill(undefined);
  private readings: unknown[] = new Array<unknown>(FIRST_MEMO_SLOTS).fill(undefined);
  private hashes = new Int32Array(FIRST_MEMO_SLOTS);
  /** The table's slots less one: a hash's slot is `hash & mask`. */
  private mask = FIRST_MEMO_SLOTS - 1;
  private size = 0;
  /** The slot the last `get` stopped at: where `set` of the same text goes. */
  private slot = 0;
  private hash = 0;
  full = false;
  lookups = 0;
  misses = 0;

  /** The reading of `text`, or undefined when it is not remembered (a reading is never undefined). */
  get(text: string): unknown {
    let h = text.length;
    for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
    let s = this.home(h);
    for (let t = this.texts[s]; t !== undefined; t = this.texts[s]) {
      if (this.hashes[s] === h && t === text) return this.readings[s];
      s = (s + 1) & this.mask;
    }
    this.slot = s;
    this.hash = h;
    return undefined;
  }

  /** Remembers the reading of the text the last `get` missed. */
  set(text: string, reading: unknown): void {
    this.texts[this.slot] = text;
    this.readings[this.slot] = reading;
    this.hashes[this.slot] = this.hash;
    this.full = ++this.size >= MEMO_SIZE;
    // At most half the slots taken, as in a full table of MEMO_SLOTS.
    if (2 * this.size > this.mask + 1 && this.mask + 1 < MEMO_SLOTS) this.grow();
  }

  /** The slot a hash names: where a lookup of its text starts. */
  private home(h: number): number {
    return (h ^ (h >>> 11)) & this.mask;
  }

  /** The table twice as large, every text in the slot its hash names there. */
  private grow(): void {
    const { texts, readings, hashes } = this;
    const slots = 2 * (this.mask + 1);
    this.texts = new Array<string | undefined>(slots).fill(undefined);
    this.readings = new Array<unknown>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.mask = slots - 1;
    for (let k = 0; k < texts.length; k++) {
      const text = texts[k];
      if (text === undefined) continue;
      const h = hashes[k] as number;
      let s = this.home(h);
      while (this.texts[s] !== undefined) s = (s + 1) & this.mask;
      this.texts[s] = text;
      this.readings[s] = readings[k];
      this.hashes[s] = h;
    }
  }
}

/** Texts whose trimmed text is themselves: no white space (as `trim` knows it) at either end. */
function endsTrimmed(c: number): boolean {
  if (c < 128) return c > 32;
  return !(
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The first characters of the blank words, in any case (only `K` and `İ` lower-case to ASCII from beyond it). */
const BLANK_FIRSTS: ReadonlySet<number> = new Set(BLANK_WORDS.flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));
const ASCII_BLANK_FIRSTS = Uint8Array.from({ length: 128 }, (_, c) => (BLANK_FIRSTS.has(c) ? 1 : 0));

/** An ASCII letter in lower case; any other character as it is. */
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
/**
 * The blank words' first two characters where both are ASCII, in lower case (`se` of `sem valor`):
 * a short title starting with an S (`Sales Manager`) is no blank word by its `a`, without the lookup.
 */
const BLANK_PAIRS = new Uint8Array(128 * 128);
for (const w of BLANK_WORDS) {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if (w.length >= 2 && a < 128 && b < 128) BLANK_PAIRS[lowerAscii(a) * 128 + lowerAscii(b)] = 1;
}

/** Whether a trimmed text starting with `first` could be a blank word: most texts are ruled out without a lookup. */
function mayBeBlankWord(text: string, first: number): boolean {
  if (text.length > LONGEST_BLANK) return false;
  if (first >= 128) return BLANK_FIRSTS.has(first);
  if (ASCII_BLANK_FIRSTS[first] !== 1) return false;
  const second = text.charCodeAt(1);
  // One character (`-`, `?`), or a second beyond ASCII (`n/d`'s kin in another script): looked up.
  return text.length < 2 || second >= 128 || BLANK_PAIRS[lowerAscii(first) * 128 + lowerAscii(second)] === 1;
}

/** How the reader takes a column's text cells. */
const VALUE = 0;
const TEXT = 1;
const NAME = 2;
/** Text of an Email column: plain where it holds an address (`hasAddress`). */
const EMAIL = 4;
/** Text of a Phone column: plain where it has a digit (`hasDigit`). */
const PHONE = 5;

/** Whether an Email cell holds an address, a Phone cell a digit: else readCell reads it as none. */
function reaches(cell: string, how: number): boolean {
  return how === EMAIL ? hasAddress(cell) : hasDigit(cell);
}

/**
 * A column map made ready to read rows: per column its cell index, its field's number, and
 * for value columns a memo of what each text read as. Made once a map (see `readerOf`).
 */
class RowReader {
  private readonly columns: readonly MappedColumn[];
  private readonly index: readonly number[];
  /** Per column, its header as the sheet writes it: a row of them is the header row again. */
  private readonly headers: readonly string[];
  /** Per column, its header as `headerText` reads it, and whether that is not the header as written. */
  private readonly bare: readonly string[];
  private readonly padded: readonly boolean[];
  /** A first look at a read cell that may be a header (`headerGate`): the known headers and these. */
  private readonly gate: HeaderGate;
  private readonly how: readonly number[];
  /** Per column, its field's number for `setFieldAt`. */
  private readonly fields: readonly number[];
  private readonly memos: Array<ColumnMemo | undefined>;
  /** Per column, what its numbers and yes/no values read as; and its Dates, by their time. Made on first use. */
  private readonly values: Array<Map<number, unknown> | undefined>;
  /** Per column, what its TRUE and FALSE cells read as: one slot each, made on first use. */
  private readonly trues: unknown[];
  private readonly falses: unknown[];
  private readonly dates: Array<Map<number, unknown> | undefined>;
  /** The Deal Value's cell in a row, whose currency the Reason names (-1: no such column). */
  private readonly dealAt: number;
  /** Whether a column names or reaches someone (a name, a LinkedIn URL, an email or a phone). */
  private readonly naming: boolean;
  /**
   * Dates read so far whose day depends on the zone they are read in (`needsZone`): a caller
   * that must read them in another zone learns it at the row that holds the first one.
   */
  zonedDates = 0;
  /** How many of the columns are each field's own: the fallbacks come after them. */
  private readonly own: number;
  /** The Replied column that is an InMail's (`InMail Status`, `InMail Response`), among `columns`: its replies came on LinkedIn (-1: none). */
  private readonly inmailReplyAt: number;

  constructor(readonly map: ColumnMap) {
    this.own = map.columns.length;
    // Each field's own column, then the fallbacks: a fallback sets its field only where it is still unset.
    this.columns = readColumns(map).slice();
    this.index = this.columns.map((c) => c.index);
    this.headers = this.columns.map((c) => c.header);
    this.bare = this.headers.map(headerText);
    this.padded = this.headers.map((h, k) => h !== this.bare[k]);
    this.gate = headerGate(this.headers);
    // Names, titles, URLs, emails and phones are their text: shown as is, rarely repeated. A cell
    // of several links is read (readCell), each time: its links are one person's, never repeated.
    this.how = this.columns.map((c) => {
      const kind = c.kind === 0 || c.kind === 3 ? 0 : textKind(c.field);
      return kind === 0 ? VALUE : c.kind === 2 ? NAME : kind === 2 ? EMAIL : kind === 3 ? PHONE : TEXT;
    });
    this.fields = this.columns.map((c, k) => FIELDS.indexOf(c.field) + (k < this.own ? 0 : IF_UNSET));
    this.memos = this.columns.map((c, k) => (this.how[k] === VALUE && c.kind !== 3 ? new ColumnMemo() : undefined));
    this.values = this.columns.map(() => undefined);
    this.trues = this.columns.map(() => undefined);
    this.falses = this.columns.map(() => undefined);
    this.dates = this.columns.map(() => undefined);
    this.dealAt = columnOf(map, 'dealValue')?.index ?? -1;
    this.naming = map.columns.some((c) => NAME_KEYS.has(c.field.key) || REACH_KEYS.has(c.field.key));
    this.inmailReplyAt = this.columns.findIndex((c) => c.field.key === 'replied' && /inmail/i.test(c.header));
  }

  read(row: readonly Cell[]): Prospect | RowError | 'blank' {
    const p = emptyProspect();
    let error: RowError | undefined;
    let fallbackError: RowError | undefined;
    let errors = 0;
    let any = false;
    let filled = 0;
    // The reader's tables in locals: loaded once a row, not once a cell.
    const index = this.index;
    const how = this.how;
    const fields = this.fields;
    const memos = this.memos;
    const n = index.length;
    for (let k = 0; k < n; k++) {
      const cell = row[index[k] as number];
      if (cell === '' || cell === undefined || cell === null) continue;
      let out: unknown;
      if (typeof cell !== 'string') out = this.readTyped(k, cell);
      else {
        const h = how[k] as number;
        if (h !== VALUE) out = (h < EMAIL || reaches(cell, h)) && this.isPlainText(cell, h) ? cell : this.readText(k, cell);
        else {
          // The common case inline: a memo still filling, a short text.
          const memo = memos[k];
          if (memo !== undefined && !memo.full && cell.length <= MEMO_TEXT) {
            out = memo.get(cell);
            if (out === undefined) {
              out = readCell(this.columns[k] as MappedColumn, cell);
              memo.set(cell, out);
            }
          } else out = this.readText(k, cell);
        }
      }
      if (typeof out === 'symbol') {
        // NOTHING: a value that reads as no value still makes the row not blank.
        if (out !== BLANK_CELL) {
          any = true;
          filled++;
        }
        continue;
      }
      // `instanceof` of a class the engine cannot take for a constant is a generic call: only an object can be a Problem.
      if (typeof out === 'object' && out instanceof Problem) {
        // A fallback's error value (`#REF!` in a second phone column) is the row's error only where nothing else is read;
        // a cell of several links', where the LinkedIn columns before it are blank: it is the row's LinkedIn URL.
        if (k >= this.own && !((this.columns[k] as MappedColumn).kind === 3 && p.linkedinUrl === undefined)) fallbackError ??= this.cellError(k, out, cell);
        else {
          any = true;
          filled++;
          errors++;
          error ??= this.cellError(k, out, cell);
        }
        continue;
      }
      any = true;
      filled++;
      const f = fields[k] as number;
      if (f < IF_UNSET) setFieldAt(p, f, out);
      else setIfUnset(p, f - IF_UNSET, out);
    }
    if (!any && fallbackError !== undefined) return fallbackError;
    // Nobody named, in a list that names its prospects, and nothing but what a column filled down
    // past the list leaves (unticked checkboxes, 0, No, #N/A), even where it does not read (a 0
    // in Degree): an empty row. Without a column that names anyone, only unticked checkboxes
    // are: a lone `No` or `0` there is a question asked.
    if ((!any || !namesSomeone(p)) && rowIsBlank(row, this.map, this.naming)) return 'blank';
    // A report's total row under its records (`Grand Totals (2 records)`, summing Amount): no one to reach.
    if (p.linkedinUrl === undefined && p.email === undefined && p.phone === undefined && isReportTotal(row[0]) && !namedBeyondFirst(p, row[0])) return 'blank';
    // A row marked Do Not Contact is skipped whatever else it holds: a cell in error in it changes nothing.
    if (error && p.doNotContact !== true) {
      // Who the row is, where that read: the list plan skips its later duplicates, which wait for
      // this row to be fixed. And the request and InMail it records sent, which the caps and
      // credits count whatever else the row holds.
      const known =
        p.linkedinUrl !== undefined || p.email !== undefined || p.requestedOn !== undefined || p.inmailSentOn !== undefined
          ? { linkedinUrl: p.linkedinUrl, email: p.email, requestedOn: p.requestedOn, inmailSentOn: p.inmailSentOn, openProfile: p.openProfile }
          : undefined;
      return errors > 1 || known ? new RowError(error.column, error.problem, error.got, errors - 1, false, known) : error;
    }
    if (!any) return nothingRead(row, this.map);
    if (filled <= 1 && !addressed(p) && oneCellRow(row, this.map)) p.lone = true;
    if (p.name === undefined && (p.firstName !== undefined || p.lastName !== undefined)) p.name = fullName(p.firstName, p.lastName);
    if (p.seniority === undefined && p.title) p.seniority = seniorityFromTitle(p.title);
    settleReplied(p);
    // A reply in Recruiter's InMail Status answered an InMail, on LinkedIn, though the row dates none.
    if (this.inmailReplyAt >= 0 && p.replied === true && p.repliedOffLinkedIn === undefined && this.repliedByInMail(row)) p.repliedOffLinkedIn = false;
    if (p.dealValue !== undefined) {
      const deal = row[this.dealAt];
      if (typeof deal === 'string') p.dealCurrency = currencyOf(deal);
    }
    return p;
  }

  /** Whether the row's InMail Status (`inmailReplyAt`) itself says it replied: not a yes typed in another Replied column. */
  private repliedByInMail(row: readonly Cell[]): boolean {
    const k = this.inmailReplyAt;
    const cell = row[this.index[k] as number];
    if (isBlank(cell)) return false;
    const out = readCell(this.columns[k] as MappedColumn, cell);
    return out === true || typeof out === 'number';
  }

  /** Column `k`'s cell that does not read, as the row's error. */
  private cellError(k: number, problem: Problem, cell: Cell): RowError {
    return new RowError((this.columns[k] as MappedColumn).header, problem.message, cellText(cell));
  }

  /**
   * Whether every read cell is its column's header (`Prospect.repeatsHeader`), as `headerText`
   * reads both: the one test of the header row again. Most rows fail on their first cell.
   */
  repeatsHeader(row: readonly Cell[]): boolean {
    const index = this.index;
    const headers = this.headers;
    for (let k = 0; k < index.length; k++) {
      const cell = row[index[k] as number];
      const header = headers[k] as string;
      if (typeof cell !== 'string') return false;
      // Lengths first: a text compared whole is a call into the engine. Trimmed only when an end
      // of either is white space or a byte-order mark.
      if (cell.length === header.length && cell === header) continue;
      const trims = this.padded[k] || !endsTrimmed(cell.charCodeAt(0)) || !endsTrimmed(cell.charCodeAt(cell.length - 1));
      if (!trims || headerText(cell) !== this.bare[k]) return false;
    }
    return index.length > 0;
  }

  /**
   * The row as another export's header row (`namesFields` of its read cells), as a row error; or
   * undefined. Its first two read cells are looked at first (`headerGate`): a prospect's name or
   * email is seldom as long as a header that starts with the same letter.
   */
  otherHeader(row: readonly Cell[]): RowError | undefined {
    const index = this.index;
    if (index.length < 3) return undefined;
    if (!mayBeHeader(this.gate, row[index[0] as number]) && !mayBeHeader(this.gate, row[index[1] as number])) return undefined;
    return this.namesFieldsAt(row);
  }

  /** `otherHeader` past its gate: a function of its own, so the engine compiles the gate, which every row meets, without it. */
  private namesFieldsAt(row: readonly Cell[]): RowError | undefined {
    const read = this.index.map((i) => row[i] as Cell);
    return namesFields(read) ? new RowError(this.headers[0] as string, OTHER_HEADER, cellText(read[0])) : undefined;
  }

  /** A text that reads as itself in a text column: nothing to trim, no error value, not a blank word. */
  private isPlainText(cell: string, how: number): boolean {
    const first = cell.charCodeAt(0);
    // '#': `#REF!` and `#N/A` are read by readCell.
    if (first === 35 || !endsTrimmed(first) || !endsTrimmed(cell.charCodeAt(cell.length - 1))) return false;
    return how === NAME || !mayBeBlankWord(cell, first) || !isBlankWord(cell);
  }

  /**
   * A number, yes/no or Date cell (Sheets passes them typed) as readCell reads it, remembered: a
   * column's numbers and dates repeat, and a yes/no is one of two. A Date reads by its time
   * alone; 0 is read each time (-0 is another value that a Map would take for it).
   */
  private readTyped(k: number, cell: Exclude<Cell, string | null | undefined>): unknown {
    if (typeof cell === 'boolean') {
      const memo = cell ? this.trues : this.falses;
      let out = memo[k];
      if (out === undefined) {
        out = readCell(this.columns[k] as MappedColumn, cell);
        memo[k] = out;
      }
      return out;
    }
    if (typeof cell === 'number') {
      if (cell === 0) return readCell(this.columns[k] as MappedColumn, cell);
      let memo = this.values[k];
      if (memo === undefined) {
        memo = new Map();
        this.values[k] = memo;
      }
      return remembered(memo, cell, this.columns[k] as MappedColumn, cell);
    }
    if (!isDate(cell)) return readCell(this.columns[k] as MappedColumn, cell);
    let memo = this.dates[k];
    if (memo === undefined) {
      memo = new Map();
      this.dates[k] = memo;
    }
    const t = cell.getTime();
    if (needsZone(cell)) {
      this.zonedDates++;
      // Its day where the spreadsheet is, read from the text of it: asked once an instant, as the
      // memo keeps it. An invalid Date has no day anywhere: it is read as it is, an error.
      const dateIn = this.map.dateIn;
      if (dateIn !== undefined && !Number.isNaN(t)) return memo.get(t) ?? remembered(memo, t, this.columns[k] as MappedColumn, dateIn(cell));
    }
    return remembered(memo, t, this.columns[k] as MappedColumn, cell);
  }

  /** A text cell as readCell reads it, remembered while the column's values repeat. */
  private readText(k: number, cell: string): unknown {
    const memo = this.memos[k];
    if (memo === undefined || cell.length > MEMO_TEXT) return readCell(this.columns[k] as MappedColumn, cell);
    let out = memo.get(cell);
    if (memo.full && ++memo.lookups === MEMO_WINDOW) {
      memo.lookups = 0;
      memo.misses = 0;
    }
    if (out === undefined) {
      out = readCell(this.columns[k] as MappedColumn, cell);
      if (!memo.full) memo.set(cell, out);
      else if (++memo.misses > MEMO_WINDOW / 2) this.memos[k] = undefined;
    }
    return out;
  }
}

/** What `cell` of column `c` reads as, looked up by `key` in `memo` (which keeps MEMO_SIZE at most). */
function remembered<K>(memo: Map<K, unknown>, key: K, c: MappedColumn, cell: Cell): unknown {
  const out = memo.get(key);
  return out === undefined ? remember(memo, key, readCell(c, cell), MEMO_SIZE) : out;
}

/**
 * Where a row's name is shown from: the Name column; or, with no Name, First Name and then Last
 * Name (joined, `lastNameAt`, when both are there); or else the first column.
 */
export function nameColumns(map: ColumnMap): { readonly nameAt: number; readonly lastNameAt: number } {
  const at = (key: FieldKey) => columnOf(map, key)?.index;
  const full = at('name');
  const first = at('firstName');
  const last = at('lastName');
  return { nameAt: full ?? first ?? last ?? 0, lastNameAt: full === undefined && first !== undefined && last !== undefined ? last : -1 };
}

/**
 * First and last name joined by a space, either left out when missing or empty; a Chinese,
 * Japanese or Korean name family name first (`山田 太郎`), as it is written there.
 */
export function fullName(first: string | undefined, last: string | undefined): string {
  const f = first === undefined ? '' : first;
  const l = last === undefined ? '' : last;
  if (f === '' || l === '') return f === '' ? l : f;
  return familyFirst(l) && familyFirst(f) ? `${l} ${f}` : `${f} ${l}`;
}

/** A name in Chinese, Japanese or Korean characters (by its first: CJK radicals to ideographs, kana among them, or Hangul syllables): written family name first. */
const familyFirst = (name: string) => {
  const c = name.charCodeAt(0);
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
};

/** Each column map's reader, made on its first row. */
const readers = new WeakMap<ColumnMap, RowReader>();
/** The map read last: a long list reads every row with one map. */
let lastReader: RowReader | undefined;

function readerOf(map: ColumnMap): RowReader {
  if (lastReader?.map === map) return lastReader;
  let reader = readers.get(map);
  if (reader === undefined) {
    reader = new RowReader(map);
    readers.set(map, reader);
  }
  lastReader = reader;
  return reader;
}

/** "blank" when every input cell of the row is empty: blank rows give blank output. */
export function readProspect(row: readonly Cell[], map: ColumnMap): Prospect | RowError | 'blank' {
  const reader = readerOf(map);
  return reader.repeatsHeader(row) ? headerAgain() : (reader.otherHeader(row) ?? reader.read(row));
}

/**
 * Whether the list's reader takes the row for an empty one (`readProspect` gives 'blank'): nothing
 * in it but unticked checkboxes and what a column filled down past the list leaves. A row with a
 * value is told at its first such cell, before it is read.
 */
export function isBlankRow(row: readonly Cell[], map: ColumnMap): boolean {
  return rowIsBlank(row, map, true) && readProspect(row, map) === 'blank';
}

/** Whether every read cell of the row is its column's header: the header row again (`Prospect.repeatsHeader`). */
export function repeatsHeader(row: readonly Cell[], map: ColumnMap): boolean {
  return readerOf(map).repeatsHeader(row);
}

/** A row that holds values, none in a column read (`NOTHING_READ`), as a row error naming its first one. */
function nothingRead(row: readonly Cell[], map: ColumnMap): RowError {
  let at = 0;
  while (inOutputBlock(map.outputAt, at) || isBlank(row[at]) || unticked(row[at])) at++;
  return new RowError(unreadColumnName(map, at), NOTHING_READ, cellText(row[at]), 0, oneCellRow(row, map));
}

/** A column not read, as an error names it: its header and letter (`Record ID (column A)`), or its letter under a blank header. */
export function unreadColumnName(map: ColumnMap, at: number): string {
  const header = (map.headers[at] ?? '').trim();
  if (map.inRange) {
    // Headed alike, columns are told apart by where they are in the range.
    const alike = header !== '' && map.headers.some((h, i) => i !== at && h.trim() === header);
    return header === '' ? `the range's column ${at + 1}` : alike ? `${header} (the range's column ${at + 1})` : header;
  }
  return header === '' ? `column ${columnLetters(at)}` : `${header} (column ${columnLetters(at)})`;
}

/** The header row again (`Prospect.repeatsHeader`), read as no prospect. */
function headerAgain(): Prospect {
  const p = emptyProspect();
  p.repeatsHeader = true;
  return p;
}

/**
 * How many Dates the rows read with `map` so far held whose day depends on the time zone they are
 * read in (neither at a local nor at a UTC midnight): read here in the script's own zone. An
 * adapter that knows the zone the dates were written in reads those rows again in it.
 */
export function zonedDatesRead(map: ColumnMap): number {
  return readerOf(map).zonedDates;
}

function spreadsheetError(value: string): Problem {
  return new Problem(`the spreadsheet shows an error here (${value}): fix the formula`);
}

/** The row's non-blank cells, our output block aside, counted up to `most`. */
function filledCells(row: readonly Cell[], map: ColumnMap, most: number): number {
  let filled = 0;
  for (let i = 0; i < row.length && filled < most; i++) {
    if (!inOutputBlock(map.outputAt, i) && !isBlank(row[i])) filled++;
  }
  return filled;
}

/** Whether the row holds exactly one non-blank cell, our output block aside. */
export const oneCellRow = (row: readonly Cell[], map: ColumnMap): boolean => filledCells(row, map, 2) === 1;

/** Whether the row read names or reaches someone: a name, a LinkedIn URL, an email or a phone. */
const namesSomeone = (p: Prospect): boolean =>
  p.name !== undefined ||
  p.firstName !== undefined ||
  p.lastName !== undefined ||
  p.linkedinUrl !== undefined ||
  p.email !== undefined ||
  p.phone !== undefined;

/** An unticked checkbox: Sheets' FALSE, or its text in a CSV. */
const unticked = (cell: Cell): boolean => cell === false || (typeof cell === 'string' && cell.trim().toLowerCase() === 'false');

/** The fields besides a name that reach someone. */
const REACH_KEYS: ReadonlySet<FieldKey> = new Set(['linkedinUrl', 'email', 'phone']);
/**
 * The fields whose second column is read where the first is blank, not a conflict
 * (`ColumnMap.fallbacks`): another way to reach the person (a Recruiter export's Profile URL
 * where its Public Profile URL is blank, a second email or phone), a reply that a second column
 * records (LinkedIn Recruiter's `InMail Status` beside a `Replied` typed by hand), and a mark not
 * to contact (a CRM's `Do not contact` box beside a rep's `DNC`): yes where any of them says so.
 */
const MORE_COLUMNS: ReadonlySet<FieldKey> = new Set(['linkedinUrl', 'email', 'phone', 'replied', 'doNotContact', 'emailOptOut', 'doNotCall']);
/** The marks not to reach someone, or not by one channel: read from every column that holds one, a setting's or not. */
const MARKS: ReadonlySet<FieldKey> = new Set(['doNotContact', 'emailOptOut', 'doNotCall']);

/**
 * What a formula or a checkbox filled down past a list's last prospect leaves in each row: FALSE,
 * 0 (a date-formatted one too, 1899-12-30), No, #N/A (or another word for unknown).
 */
function filledDown(cell: Cell): boolean {
  if (filledZero(cell)) return true;
  if (typeof cell !== 'string') return false;
  const t = cell.trim().toLowerCase();
  return t === 'no' || ZERO.test(t) || isBlankWord(t);
}

/** A formula's 0 as a number, or in a date-formatted column (1899-12-30) as a Date or as a CSV's text. */
const filledZero = (cell: Cell): boolean => cell === 0 || isZeroDate(cell);

/** A zero as a number or an amount is written: `0`, `0.00`, `$0.00`, `0,00 €`. */
const ZERO = /^[$€£]?\s*0(?:[.,]0+)?\s*[$€£]?$/;

/**
 * Whether the row holds nothing, our output block aside, but unticked checkboxes (and, with
 * `fillDown`, what `filledDown` names): a checkbox column or a formula filled down past the list
 * is empty rows, not rows in error or prospects with no one named.
 */
/**
 * A report's total row, by the label in its first cell: Salesforce writes `Grand Totals (2
 * records)` under a report's records (a sum of its Amount beside it), and `Subtotal` under a
 * group's; a German Excel or CRM `Gesamt`, `Summe`, `Gesamtergebnis` (a pivot table's) or
 * `Zwischensumme`, a French `Total général` or `Sous-total`, a Spanish `Total general`, `Totales
 * generales (2 registros)` (Salesforce in Spanish), `Suma total` or `Subtotal`, a Portuguese `Total
 * geral (2 registros)`, `Totais`, `Soma` or `Soma total`; a Dutch `Totaal`, `Eindtotaal` or
 * `Subtotaal`, a Swedish or Norwegian `Totalt (2 poster)`, `Summa` or `Delsumma`, a Danish `I alt`
 * or `Sum`, a Finnish `Yhteensä` or `Välisumma`; a Polish `Razem`, a Czech `Celkem` or `Součet`,
 * a Ukrainian `Разом` or `Усього`, a Russian `Итого` or `Всего`. Only the
 * label alone, on a row that names no one in another cell: a prospect or a company named Total
 * has more to its cell, or a name beside it.
 */
/** Total labels of English, German, French, Spanish and Portuguese reports (`REPORT_TOTAL`). */
const WESTERN_TOTALS = String.raw`grand\s+totals?|sub-?totals?|totals?|total\s+g[ée]n[ée]ral|totales(?:\s+generales)?|suma\s+total|subtotales?|total\s+geral|totais(?:\s+gerais)?|soma(?:\s+total)?|sous-total|gesamt|gesamtergebnis|gesamtsumme|summe|zwischensumme|teilergebnis`;
/** And of Dutch and Nordic, Polish, Czech, Ukrainian and Russian ones. */
const OTHER_TOTALS = String.raw`totaal|eindtotaal|subtotaal|totalt|delsumma|i\s+alt|summa|sum|yhteens[äa]|v[äa]lisumma|razem|celkem|sou[čc]et|разом|усього|всього|итого|всего`;
const REPORT_TOTAL = new RegExp(
  String.raw`^\s*(?:${WESTERN_TOTALS}|${OTHER_TOTALS})(?:\s*\(\s*\d[\d,.\s]*\s+(?:records?|registros?|datens[äa]tze?|poster|rijen|rader|tietuetta|rivi[äa])\s*\))?\s*:?\s*$`,
  'i',
);

/** Whether a prospect is named by a cell other than the row's first (`Summe` a first name, `Rao` the last): a total row names no one but by its label. */
function namedBeyondFirst(p: Prospect, first: Cell): boolean {
  const label = typeof first === 'string' ? first.trim() : first;
  return (
    (p.name !== undefined && p.name !== label) || (p.firstName !== undefined && p.firstName !== label) || (p.lastName !== undefined && p.lastName !== label)
  );
}

/** Whether a row's first cell labels it a report's total (`REPORT_TOTAL`): with no one named, the row is no prospect. */
export function isReportTotal(first: Cell): boolean {
  return typeof first === 'string' && first.length <= 60 && REPORT_TOTAL.test(first);
}

function rowIsBlank(row: readonly Cell[], map: ColumnMap, fillDown = false): boolean {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (!inOutputBlock(map.outputAt, i) && !isBlank(cell) && !unticked(cell) && !(fillDown && filledDown(cell))) return false;
  }
  return true;
}
