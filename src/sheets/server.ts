/**
 * The Apps Script side of the menu and the sidebar. Thin: it reads a sheet once, hands the rows
 * to the core, and writes the five output columns back once, whatever the sheet's size (Google:
 * read and write a range at a time, not cell by cell; 6 minutes a run). No decision logic here.
 */
import {
  type Cell,
  type ColumnMap,
  type DateOrderNote,
  HEADER_SEARCH_ROWS,
  type IgnoredMapping,
  ignoredMappingLine,
  type UnusedColumn,
  NO_COLUMN,
  SAMPLE_ROWS,
  type Understanding,
  understand,
  understandHeader,
  valueInHeader,
  understandingLines,
  notUsedLines,
  type Day,
  FIELDS,
  type FieldKey,
  OUTPUT_COLUMNS,
  type PlanSummary,
  parseSettings,
  Problem,
  NOTHING_READ,
  RowError,
  SETTINGS,
  type Settings,
  formatDay,
  inOutputBlock,
  mapColumns,
  myNumbersSettings,
  cellText,
  defuse,
  fieldLabel,
  fullName,
  isBlank,
  isBlankRow,
  isSettingsHeader,
  nameColumns,
  normalizeHeader,
  outputText,
  parseIsoDay,
  planList,
  readProspect,
  repeatedSetting,
  settingByKey,
  settingId,
  shortened,
  columnLetters,
  summaryLines,
  doNotContactLine,
  costBasis,
  everyRowInError,
  plannedProspects,
  warningsOf,
} from '../core/index.js';
import { OUTPUT_HEADER, type SheetValue, datesInZone, instantDayIn, outcomeRows, settingsFrom, sheetDate, todayIn, zoneName } from './cells.js';
import sample from '../../examples/prospects.csv';
import { SETTINGS_SHEET } from './names.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export { SETTINGS_SHEET };
export const SAMPLE_SHEET = 'Sample prospects';
/** The sheet "Today's touches" writes (SPEC 9): replaced on every run, never a list to plan. */
export const TODAY_SHEET = 'Today';

/**
 * The names the Today sheet's first row gives for the list it was made from (its second cell):
 * the name as written, then without the apostrophe that `defuse` put before a name starting with
 * `=`, `+`, `-` or `@`, which Sheets may or may not give back. The second only when it differs.
 */
export function todaySourceNames(top: readonly (readonly Cell[])[]): readonly string[] {
  const name = cellText(top[0]?.[1]);
  return name.startsWith("'") ? [name, name.slice(1)] : [name];
}
/** The date the sample list's request and InMail dates are written against. */
const SAMPLE_AS_OF = parseIsoDay('2026-11-23') as Day;

/** What the sidebar sends: settings as key/value pairs (mappings included as `Column: <field>`). */
export interface PlannerForm {
  readonly settings: ReadonlyArray<readonly [string, string]>;
  /** The header row the user chose (1-based); found from the top rows when absent. */
  readonly headerRow?: number;
  /** The sheet the form was made for: the active sheet must still be that one. */
  readonly sheetName?: string;
}

/** What the sidebar asks to read: a header row the user chose, on the sheet it was chosen on. */
export interface StateRequest {
  readonly headerRow?: number;
  /** The sheet the header row was chosen on: on another active sheet, the row is found afresh. */
  readonly sheetName?: string;
}

/** A column of the header row: its header and the first values under it, as text. */
export interface SheetColumn {
  readonly header: string;
  readonly samples: string[];
}

export interface PlannerState {
  readonly sheetName: string;
  /** 1-based; the row shown in the Columns step (row 1 when no header was recognised). */
  readonly headerRow: number;
  /** Whether a field was recognised in the header row, by its header or a `Column:` setting. */
  readonly recognised: boolean;
  /** Why the chosen header row is a row of the list, not a header (`valueInHeader`): it holds an email or a URL. */
  readonly notHeader?: string;
  /** No row was chosen and none of the first rows (`topRows`) has a recognised column: the header row must be one of them (SPEC 1a). */
  readonly headerNotFound?: boolean;
  /** The first rows, one line each, to choose the header row from. */
  readonly topRows: string[];
  /** Every header of the header row (the output block left out), with sample values. */
  readonly columns: SheetColumn[];
  /** Field label -> detected sheet header ('' when none). */
  readonly mapping: Record<string, string>;
  /** Field label -> a header not read that looks like a typo of the field's (`Conection Degree`). */
  readonly typos?: Record<string, string>;
  /** Field label -> the further columns read where the detected one is blank (Email, Phone: `ColumnMap.fallbacks`), in the order tried. */
  readonly fallbacks?: Record<string, string[]>;
  readonly ignored: readonly IgnoredMapping[];
  readonly settings: Array<[string, string]>;
  readonly defaults: Array<{ key: string; accepts: string; defaultText: string }>;
  readonly fields: Array<{ label: string; accepts: string }>;
  /** What the reader understood: columns read, columns not used and why, date orders (SPEC 1a). */
  readonly understood?: readonly string[];
  /** Rows under the header, and how many of them are blank (which rows are prospects, the plan says). */
  readonly counts: { readonly rows: number; readonly blank: number };
  /** A saved setting that does not parse: shown at its box; the sheet is read without it. */
  readonly problem?: FormProblem;
  readonly error?: string;
}

export interface PlannerPreview {
  readonly summary: PlanSummary;
  readonly sheetName: string;
  /** Rows planned: prospects, blank rows, rows with errors. */
  readonly counts: { readonly prospects: number; readonly blank: number; readonly errors: number };
  /** The cap the plan used, for the chart of invitations per week. */
  readonly weeklyInviteCap: number;
  /** The first rows as the sidebar shows them: cell text stays text there (escaped). */
  readonly sample: Array<{ name: string; channel: string; date: string; reason: string }>;
  /**
   * The first rows with errors (at most ERROR_ROWS_SHOWN; `counts.errors` says how many there
   * are), each with its row number and what is wrong: before a Write no cell of the sheet says it.
   */
  readonly errorRows: Array<{ row: number; problem: string }>;
  readonly ignored: readonly IgnoredMapping[];
  /** How the expected cost comes from the price of a credit, when credits are used. */
  readonly costBasis?: string;
}

/** A mistake in the sidebar's form, with the field it is in: a setting key, `Column: <field>` or `Header row`. */
export interface FormProblem {
  readonly message: string;
  readonly field?: string;
}

/** What Preview and Write answer: the plan, or the one thing in the form to fix. */
export type PlannerOutcome = { readonly preview: PlannerPreview } | { readonly problem: FormProblem };

/** A problem the user fixes in the sidebar's form: it names the field. */
export class FormError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** How many rows with errors the Preview lists; it counts the rest. */
const ERROR_ROWS_SHOWN = 5;

/** How many values under each header the Columns step shows. */
const SAMPLE_VALUES = 3;
/**
 * The most characters of a value the Columns step shows: a notes or profile-summary cell holds
 * thousands, and three of them in full made the 300 px sidebar thousands of pixels tall.
 */
const SAMPLE_CHARS = 40;
/** The most characters of a row the header-row chooser shows. */
const ROW_LINE_CHARS = 60;

/** Text as the sidebar shows it in a line of its own: its white space one space, cut at `most` characters with "…", never within a character. */
function oneLine(text: string, most: number): string {
  return shortened(text.replace(/\s+/g, ' ').trim(), most, '…');
}

export function active(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

export function zoneOf(ss: Spreadsheet): string | undefined {
  try {
    return ss.getSpreadsheetTimeZone();
  } catch {
    return undefined;
  }
}

/** Settings sheet rows as key/value pairs (one read); [] when there is no such sheet yet. */
export function settingsPairs(ss: Spreadsheet): Array<[Cell, Cell]> {
  return pairsOf(settingsGrid(ss));
}

/** The settings sheet's cells, in one read; empty when there is no such sheet. */
function settingsGrid(ss: Spreadsheet): Cell[][] {
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  return sheet ? (sheet.getDataRange().getValues() as Cell[][]) : [];
}

function pairsOf(grid: readonly Cell[][]): Array<[Cell, Cell]> {
  return grid.map((r) => [r[0], r[1]]);
}

/** The header row: the chosen one, or else the first of the top rows the core's reader recognises (SPEC 1a). */
function findHeader(values: Cell[][], settings: Settings, zone: string | undefined, chosen?: number): Understanding {
  if (values.length === 0) throw new Error('This sheet is empty: open the sheet with your prospect list, or insert the sample sheet.');
  // A timestamp that names its zone is read on the spreadsheet's day, as the as-of date is.
  const s = { ...settings, instantDay: instantDayIn(zone), instantZone: () => zoneName(zone) };
  if (chosen !== undefined) {
    const u = valueInHeader(values[chosen] ?? []) ?? understandHeader(values[chosen] ?? [], values.slice(chosen + 1, chosen + 1 + SAMPLE_ROWS), s);
    if (u instanceof Problem) throw new FormError(`Header row ${chosen + 1}: ${u.message}`, HEADER_ROW_FIELD);
    return { ...u, headerRow: chosen };
  }
  const u = understand(values.slice(0, HEADER_SEARCH_ROWS + SAMPLE_ROWS), s);
  if (u instanceof Problem) throw new Error(u.message);
  return u;
}

const HEADER_ROW_FIELD = 'Header row';

/**
 * The first setting that does not parse, found by reading each pair alone, so the problem names
 * its field without reading the message.
 */
function settingsProblem(pairs: ReadonlyArray<readonly [Cell, Cell]>, today: Day): FormProblem | undefined {
  // Each pair alone, beside the Date Order pairs that parse: it reads the date settings' slash dates, wherever it stands.
  const orders = pairs.filter(
    ([key, value]) => !isBlank(key) && settingByKey(cellText(key))?.prop === 'dateOrder' && !(parseSettings([[key, value]], today) instanceof Problem),
  );
  for (const [key, value] of pairs) {
    if (isBlank(key) || isSettingsHeader(key)) continue;
    const parsed = parseSettings([...orders, [key, value]], today);
    if (parsed instanceof Problem) return { message: parsed.message, field: settingByKey(cellText(key))?.key ?? cellText(key).trim() };
  }
  return undefined;
}

/** The settings sheet's pairs without the settings it gives twice with two values, every one of them. */
function withoutRepeats(pairs: Cell[][], zone: string | undefined): Cell[][] {
  let left = pairs;
  for (;;) {
    const repeated = repeatedSetting(datesInZone(left, zone) as Array<[Cell, Cell]>);
    if (!repeated) return left;
    left = left.filter((p) => settingId(p[0]) !== repeated.id);
  }
}

/**
 * A line of the Channel Settings sheet the sidebar's form does not carry (a key that is no
 * setting, a misspelt one, a Column: naming no field), which does not parse: the form would plan
 * and write without it, as if it were not there, so nothing is planned or written until it is
 * corrected on the sheet, where the problem says it is.
 */
function sheetOnlyProblem(pairs: ReadonlyArray<readonly [Cell, Cell]>, today: Day): FormProblem | undefined {
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as readonly [Cell, Cell];
    if (settingByKey(cellText(pair[0])) !== undefined) continue;
    const problem = settingsProblem([pair], today);
    if (problem) return { message: `${SETTINGS_SHEET} sheet, row ${i + 1}: ${problem.message}. Correct or delete it there, then Re-read sheet.` };
  }
  return undefined;
}

/** The settings sheet read once, for a sidebar action that may save into it: a line the form does not carry that does not parse is a FormError. */
function checkedSettingsGrid(ss: Spreadsheet, zone: string | undefined): Cell[][] {
  const grid = settingsGrid(ss);
  const problem = sheetOnlyProblem(pairsOf(grid), todayIn(zone));
  if (problem) throw new FormError(problem.message, '');
  return grid;
}

/**
 * The settings sheet's pairs without the one that does not parse, nor any further one that does
 * not: with two wrong values (Credits `none`, Weekly Invite Cap `0`) the sheet is still read, the
 * first shown at its box and the next at its own once the first is corrected in the form.
 */
function withoutProblems(pairs: Cell[][], first: FormProblem, zone: string | undefined): Cell[][] {
  // A problem with no field (a line no box carries) names every such line, as its key is none.
  const named = (p: Cell[], field: string | undefined) => settingByKey(cellText(p[0]))?.key === field || cellText(p[0]).trim() === field;
  let left = pairs;
  for (let problem: FormProblem | undefined = first; problem; problem = settingsProblem(datesInZone(left, zone) as Array<[Cell, Cell]>, todayIn(zone))) {
    const field = problem.field;
    const rest = left.filter((p) => !named(p, field));
    if (rest.length === left.length) return left;
    left = rest;
  }
  return left;
}

/** A 1-based header row from the sidebar, as a 0-based index; undefined when not given. */
function chosenRow(headerRow: unknown, values: Cell[][]): number | undefined {
  if (headerRow === undefined || headerRow === null || headerRow === '' || headerRow === 0) return undefined;
  const n = Number(headerRow);
  if (!Number.isInteger(n) || n < 1 || n > Math.min(HEADER_SEARCH_ROWS, Math.max(1, values.length)))
    throw new FormError(
      `Header row: expected a row from 1 to ${Math.min(HEADER_SEARCH_ROWS, Math.max(1, values.length))} (got '${String(headerRow)}')`,
      HEADER_ROW_FIELD,
    );
  return n - 1;
}

/**
 * Why a sheet is not a prospect list: the add-on's own Channel Settings and Today sheets are
 * refused, as planning them would read their columns as prospects and write a plan beside them.
 * One more read, of the Today sheet's first row (the list it was made from), only when refusing.
 */
function notAList(sheet: Sheet): string | undefined {
  const name = sheet.getName();
  if (name === SETTINGS_SHEET) return `This is the ${SETTINGS_SHEET} sheet: open the sheet with your prospect list first.`;
  if (name !== TODAY_SHEET) return undefined;
  const names = todaySourceNames(sheet.getRange(1, 1, 1, 2).getValues() as Cell[][]);
  const from = (names[names.length - 1] as string).trim();
  const list = from ? `'${from}'` : 'the sheet with your prospect list';
  return `This is the ${TODAY_SHEET} sheet: it lists the touches due${from ? ` in '${from}'` : ''} and is replaced on every run, so it is not planned. Open ${list} to plan it; to record touches here, tick their Done boxes and choose Mark checked touches done.`;
}

export interface SheetPlan {
  readonly sheet: Sheet;
  readonly values: Cell[][];
  readonly headerRow: number;
  readonly map: ColumnMap;
  readonly ignored: readonly IgnoredMapping[];
  /** The header's columns not read, and why (`Understanding.unused`). */
  readonly unused: readonly UnusedColumn[];
  /** How each date column's slash dates were read (`Understanding.dateOrders`). */
  readonly dateOrders: readonly DateOrderNote[];
  readonly settings: Settings;
  readonly outcomes: ReturnType<typeof planList>['outcomes'];
  readonly summary: PlanSummary;
  /** The spreadsheet's time zone, where the dates written are midnights (`sheetDate`). */
  readonly zone: string | undefined;
}

/** Reads the sheet once and plans every row under its header. */
export function planSheet(sheet: Sheet, pairs: ReadonlyArray<readonly [Cell, Cell]>, zone: string | undefined, headerRow?: number): SheetPlan {
  const refused = notAList(sheet);
  if (refused) throw new Error(refused);
  const settings = settingsFrom(
    pairs.map((p) => [p[0], p[1]]),
    todayIn(zone),
    zone,
  );
  const values = datesInZone(sheet.getDataRange().getValues() as Cell[][], zone);
  const found = findHeader(values, settings, zone, chosenRow(headerRow, values));
  const body = values.slice(found.headerRow + 1);
  if (body.length === 0) throw new Error('Nothing to plan: there are no rows under the header row.');
  const { outcomes, summary } = planList(
    body.map((row) => readProspect(row, found.map)),
    settings,
    { firstRowNumber: found.headerRow + 2, map: found.map },
  );
  return { sheet, values, ...found, settings, outcomes, summary, zone };
}

/**
 * Writes Channel, Day, Date, Cost, Reason beside the data as values, header included: one write
 * and one format call whatever the size. An existing output block is updated in place; otherwise
 * the block goes right of the last used column, so a user's own column is never overwritten.
 */
export function writePlanned(plan: SheetPlan): void {
  const { sheet, values, headerRow, map, outcomes, zone } = plan;
  const width = values[0]?.length ?? 0;
  const column = map.outputAt >= 0 ? map.outputAt + 1 : width + 1;
  const lastNeeded = column + OUTPUT_COLUMNS.length - 1;
  // An existing Channel..Reason block whose first row holds a formula (=CHANNEL_PLAN spilling
  // under headers typed above it, =CHANNEL filled down) is the user's: writing values would replace it.
  if (map.outputAt >= 0 && outcomes.length > 0) {
    const first = sheet.getRange(headerRow + 2, column, 1, OUTPUT_COLUMNS.length).getFormulas()[0] ?? [];
    const at = first.findIndex((f) => f !== '');
    if (at >= 0) {
      throw new Error(
        `The ${OUTPUT_COLUMNS.join(', ')} columns hold a formula (${shortened(first[at] as string)} in ${columnLetters(column + at - 1)}${headerRow + 2}): writing the plan there would replace it. Delete the formula, or rename those headers to write the plan in new columns.`,
      );
    }
  }
  const maxColumns = sheet.getMaxColumns();
  if (lastNeeded > maxColumns) sheet.insertColumnsAfter(maxColumns, lastNeeded - maxColumns);
  const block: SheetValue[][] = [OUTPUT_HEADER, ...outcomeRows(outcomes, zone)];
  const range = sheet.getRange(headerRow + 1, column, block.length, OUTPUT_COLUMNS.length);
  range.setValues(block);
  const formats = block.map((_, i) => (i === 0 ? ['@', '@', '@', '@', '@'] : ['@', '0', 'yyyy-mm-dd', '$#,##0.00', '@']));
  range.setNumberFormats(formats);
}

/**
 * Why a plan must not be written: every row that is not blank is an error, so writing would
 * replace the last good plan with error texts (SPEC 7: nothing is written when the form is wrong).
 * The problem names the column of the first error, and the `Column:` setting that chose it when
 * the form chose one, so the sidebar shows it at that field.
 */
function everyRowAnError(plan: SheetPlan, form?: PlannerForm): FormProblem | undefined {
  if (!everyRowInError(plan.summary)) return undefined;
  const { errors } = plan.summary;
  const i = plan.outcomes.findIndex((o) => o instanceof RowError);
  const first = plan.outcomes[i] as RowError;
  const label = plan.map.columns.find((c) => c.header === first.column)?.field.label;
  const chosen =
    label === undefined ? undefined : form?.settings.find(([k, v]) => normalizeHeader(k) === normalizeHeader(`Column: ${label}`) && v.trim() !== '');
  const where = `Nothing was written: every row has an error (${errors === 1 ? '1 row' : `${errors} rows`}), the first in row ${i + plan.headerRow + 2}`;
  // Its column is one not read: the fix is a column that is.
  if (first.problem === NOTHING_READ)
    return { message: `${where}: ${first.detail}. Choose the columns that hold names, LinkedIn URLs or emails in the Columns step.` };
  const column = shortened(first.column);
  const what = `${where}: column '${column}': ${first.problem} (got '${shortened(first.got)}').`;
  if (chosen) return { message: `${what} Column: ${label} is set to '${column}': choose the column that holds ${label}.`, field: `Column: ${label}` };
  return { message: `${what} Check the column '${column}' in the Columns step.` };
}

/** One lock per document: two runs (two users, or a double click) never interleave their writes. */
export function withLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(20_000)) throw new Error('Another planner run is writing to this spreadsheet. Try again in a moment.');
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

function previewOf(plan: SheetPlan): PlannerPreview {
  // The name as the plan's table and Today show it: First and Last Name joined when there is no Name.
  const { nameAt, lastNameAt } = nameColumns(plan.map);
  const body = plan.values.slice(plan.headerRow + 1);
  const sample = plan.outcomes.slice(0, 200).map((o, i) => {
    const [channel, , date, , reason] = outputText(o);
    const row = body[i] ?? [];
    const name = cellText(row[nameAt]);
    return { name: lastNameAt < 0 ? name : fullName(name, cellText(row[lastNameAt])), channel, date, reason };
  });
  const { blank, errors } = plan.summary;
  const errorRows: PlannerPreview['errorRows'] = [];
  for (let i = 0; i < plan.outcomes.length && errorRows.length < Math.min(errors, ERROR_ROWS_SHOWN); i++) {
    const o = plan.outcomes[i];
    if (o instanceof RowError) errorRows.push({ row: i + plan.headerRow + 2, problem: o.detail });
  }
  // The rows with errors are listed (errorRows), not sent to ERROR cells a preview has not written.
  const summary = { ...plan.summary, warnings: warningsOf(plan.summary, plan.settings, plan.map, ['rowErrors']) };
  return {
    summary,
    sheetName: plan.sheet.getName(),
    counts: { prospects: plannedProspects(plan.summary), blank, errors },
    weeklyInviteCap: plan.settings.weeklyInviteCap,
    sample,
    errorRows,
    ignored: plan.ignored,
    ...(summary.creditsUsed > 0 ? { costBasis: costBasis(plan.settings) } : {}),
  };
}

// ---------------------------------------------------------------------------- the settings sheet

const SETTINGS_HEADER = ['Setting', 'Value', 'Default and where it comes from'];

/** A default as a user reads it in the sheet: the seed citations ([003], [000 §4]) stay in the code. */
function defaultCell(text: string | undefined): string {
  return (text ?? '').replace(/\s*\[\d{3}[^\]]*\]/g, '').trim();
}

/** What goes into a cell: text that a spreadsheet would run as a formula is written as text. */
function cellValue(v: Cell | SheetValue): SheetValue {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? defuse(v) : v;
}

/**
 * A setting's value as written: as cellValue, but 100% kept as text (`'100%`): Sheets would store
 * it as the number 1, which a rate setting reads as 1% (a number of 1 or more is a percentage).
 * Any other percentage is stored as its fraction, which reads as itself.
 */
function settingCell(v: Cell | SheetValue): SheetValue {
  return typeof v === 'string' && FULL_PERCENT.test(v) ? `'${v.trim()}` : cellValue(v);
}

const FULL_PERCENT = /^\s*100(?:[.,]0*)?\s*%\s*$/;

function ensureSettingsSheet(ss: Spreadsheet): Sheet {
  const existing = ss.getSheetByName(SETTINGS_SHEET);
  if (existing) return existing;
  // insertSheet activates the new sheet; the user stays on the sheet they were planning.
  const current = ss.getActiveSheet();
  const sheet = ss.insertSheet(SETTINGS_SHEET);
  const rows = [SETTINGS_HEADER, ...SETTINGS.map((s) => [s.key, '', defaultCell(s.defaultText)])];
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
  sheet.setFrozenRows(1);
  current.activate();
  return sheet;
}

/**
 * The Holidays rows of a settings sheet (they add up, a row each) as one pair, where the first
 * stands, their dates comma-separated: the sidebar's one Holidays box shows them all.
 */
function oneHolidaysPair(pairs: Array<[string, string]>): Array<[string, string]> {
  const holidays = (key: string) => settingByKey(key)?.prop === 'holidays';
  const dates = pairs.filter(([key, value]) => holidays(key) && value !== '').map(([, value]) => value);
  let first = true;
  return pairs.flatMap(([key, value]): Array<[string, string]> => {
    if (!holidays(key)) return [[key, value]];
    if (!first) return [];
    first = false;
    return [[key, dates.join(', ')]];
  });
}

/** A settings cell as the sidebar's form shows it: dates as YYYY-MM-DD in the spreadsheet's zone. */
function settingText(value: Cell, zone: string | undefined): string {
  return cellText((datesInZone([[value]], zone)[0] as Cell[])[0]).trim();
}

/**
 * Saves the pairs whose value differs from the one stored (SPEC 7: only what the user changed):
 * one read, then only the changed cells are written, so a formula or note the user keeps in
 * another row or column stays as it is. A changed known key is its Value cell; runs of adjacent
 * changed rows are one write each (a user changes one or a few settings: usually one write).
 * New keys (a `Column:` mapping) are appended below in one write. Returns the keys written.
 */
function saveSettings(ss: Spreadsheet, pairs: ReadonlyArray<readonly [string, Cell]>, zone: string | undefined, read?: Cell[][]): string[] {
  const existing = ss.getSheetByName(SETTINGS_SHEET);
  const values = existing ? (read ?? (existing.getDataRange().getValues() as Cell[][])) : [];
  // Every row of a setting, however its key is spelt (`credits`, `Column: Invite Status` for
  // Column: Connection Status): a value saved into one row of two would leave the other saying otherwise.
  const idOf = (key: Cell) => settingId(key) ?? normalizeHeader(key);
  const at = new Map<string, number[]>();
  values.forEach((r, i) => {
    const id = idOf(r[0]);
    const rows = at.get(id);
    if (rows) rows.push(i);
    else at.set(id, [i]);
  });
  const updated = new Map<number, SheetValue>();
  const added: SheetValue[][] = [];
  const changed: string[] = [];
  for (const [key, value] of pairs) {
    const rows = at.get(idOf(key));
    const after = isBlank(value) ? '' : settingText(value, zone);
    let wrote = false;
    if (rows !== undefined && rows.length > 1 && settingByKey(key)?.prop === 'holidays') {
      // Holidays rows add up: a list changed from the one the form shows them as (`oneHolidaysPair`) goes into the first, the others cleared.
      const shown = oneHolidaysPair(rows.map((i) => [key, settingText((values[i] as Cell[])[1] as Cell, zone)]))[0]?.[1];
      if (shown !== after) {
        rows.forEach((i, k) => updated.set(i, k === 0 ? cellValue(value) : ''));
        changed.push(key);
      }
      continue;
    }
    for (const i of rows ?? []) {
      const stored = i < values.length ? (values[i] as Cell[])[1] : (added[i - values.length] as SheetValue[])[1];
      if (settingText(stored as Cell, zone) === after) continue;
      wrote = true;
      if (i < values.length) updated.set(i, settingCell(value));
      else (added[i - values.length] as SheetValue[])[1] = settingCell(value);
    }
    if (rows === undefined && after !== '') {
      wrote = true;
      at.set(idOf(key), [values.length + added.length]);
      added.push([cellValue(key), settingCell(value), defaultCell(settingByKey(key)?.defaultText)]);
    }
    if (wrote) changed.push(key);
  }
  if (changed.length === 0) return changed;
  if (!existing) {
    // A new settings sheet lists every setting with its default; the changes are then saved into it.
    ensureSettingsSheet(ss);
    return saveSettings(ss, pairs, zone);
  }
  const rows = [...updated.keys()].sort((a, b) => a - b);
  for (let r = 0; r < rows.length; ) {
    let end = r;
    while (end + 1 < rows.length && (rows[end + 1] as number) === (rows[end] as number) + 1) end++;
    const run = rows.slice(r, end + 1).map((i) => [updated.get(i) as SheetValue]);
    existing.getRange((rows[r] as number) + 1, 2, run.length, 1).setValues(run);
    r = end + 1;
  }
  if (added.length > 0) existing.getRange(values.length + 1, 1, added.length, 3).setValues(added);
  return changed;
}

// ---------------------------------------------------------------------------- menu (SPEC 7)

declare const __VERSION__: string;
declare const __README_URL__: string;
/** The add-on's version and where its README is, from package.json at build time. */
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
const README_URL = typeof __README_URL__ === 'string' ? __README_URL__ : '';

export function onOpen(): void {
  // In AuthMode.NONE an add-on may only build its menu; that is all this does.
  // One statement an item: the bundle keeps each on its own line, readable in Apps Script's editor.
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  menu.addItem('Open planner', 'openPlanner');
  menu.addItem('Classify this sheet', 'classifySheet');
  menu.addItem("Today's touches", 'showTodaysTouches');
  menu.addItem('Mark checked touches done', 'recordCheckedTouches');
  menu.addSeparator();
  menu.addItem('Insert sample sheet', 'insertSampleSheet');
  menu.addItem('Refresh as-of date', 'refreshAsOfDate');
  menu.addSeparator();
  menu.addItem('Help', 'showHelp');
  menu.addToUi();
}

export function onInstall(): void {
  onOpen();
}

/** The sidebar's file in the script project: `Sidebar.html` in dist/ and in a paste install alike. */
export const SIDEBAR_FILE = 'Sidebar';

export function openPlanner(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle('Prospect Channel Planner');
  SpreadsheetApp.getUi().showSidebar(html);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the add-on does, where its README is, and its version. */
export function helpHtml(): string {
  const readme = README_URL
    ? `<a href="${escapeHtml(README_URL)}" target="_blank" rel="noopener">the README</a>`
    : 'the README (README.md) that comes with the add-on';
  return [
    '<div style="font:13px/1.5 Arial,sans-serif;color:#202124">',
    '<p>Prospect Channel Planner decides how to reach each prospect on LinkedIn next: the channel, the day of the',
    ' sequence, its date, its expected InMail cost and why. It plans the whole list against your InMail credits,',
    ' weekly invitation cap and note quota. Prospect data stays in this spreadsheet.</p>',
    '<p><b>Open planner</b> maps your columns, sets the plan and writes Channel, Day, Date, Cost and Reason beside',
    ' your list. <b>Classify this sheet</b> does the same with the saved settings. Formulas such as',
    ` <code>=CHANNEL_PLAN(A2:T500, A1:T1, '${SETTINGS_SHEET}'!A:B)</code> work in any cell.</p>`,
    `<p>How to install, use and uninstall it: ${readme}.</p>`,
    `<p style="color:#5f6368">Version ${escapeHtml(VERSION)}</p>`,
    '</div>',
  ].join('');
}

export function showHelp(): void {
  const html = HtmlService.createHtmlOutput(helpHtml()).setWidth(440).setHeight(300);
  SpreadsheetApp.getUi().showModalDialog(html, 'Prospect Channel Planner');
}

/** How long a menu item's toast stays, in seconds; longer when it names columns not read, which take reading. */
const TOAST_SECONDS = 8;
const UNREAD_TOAST_SECONDS = 15;

/** What a menu item says when it is done: a toast, or an alert where what it says must not pass unseen. */
export interface MenuMessage {
  readonly text: string;
  readonly alert: boolean;
  /** It names columns not read: its toast stays longer. */
  readonly long: boolean;
}

/** Shows a menu item's message: an alert, or a toast under its title. */
export function showMessage(title: string, message: string | MenuMessage): void {
  const m = typeof message === 'string' ? { text: message, alert: false, long: false } : message;
  if (m.alert) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, m.text, ui.ButtonSet.OK);
  } else active().toast(m.text, title, m.long ? UNREAD_TOAST_SECONDS : TOAST_SECONDS);
}

export function reportErrors(work: () => string | MenuMessage): void {
  try {
    showMessage('Prospect Channel Planner', work());
  } catch (e) {
    SpreadsheetApp.getUi().alert('Prospect Channel Planner', (e as Error).message, SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

/** Where a column not read is given its field, when one was left unread by anything but the user's own `(none)`. */
const MAP_THEM = "To read one, choose it for its field in Open planner's Columns step.";

/**
 * A menu item's message with the columns its plan left unread, and where to map them: an alert
 * when a header reads as a typo of a field's (`Conection Degree`), which is meant to be read; a
 * toast otherwise, as a CRM export's many columns the planner has no use for are no mistake.
 */
export function withNotUsed(lines: readonly string[], plan: Pick<Understanding, 'unused' | 'ignored'>): MenuMessage {
  // The header's columns the plan did not read, as the command line's summary says them (SPEC 1a: what was understood is always shown);
  // and a saved Column: mapping this tab has no header for (SPEC 7: ignored, and said), as the sidebar's Columns step says it.
  const unread = [...notUsedLines(plan.unused), ...plan.ignored.map(ignoredMappingLine)];
  if (unread.length === 0) return { text: lines.join('\n'), alert: false, long: false };
  const mappable = plan.unused.some((c) => c.reason !== 'none');
  const [first = '', ...rest] = lines;
  return {
    text: [first, ...unread, ...(mappable ? [MAP_THEM] : []), ...rest].join('\n'),
    alert: plan.unused.some((c) => c.reason === 'misspelt'),
    long: true,
  };
}

export function classifySheet(): void {
  reportErrors(() => {
    const ss = active();
    const zone = zoneOf(ss);
    const plan = withLock(() => {
      const p = planSheet(ss.getActiveSheet(), settingsPairs(ss), zone);
      const refused = everyRowAnError(p);
      if (refused) throw new Error(refused.message);
      writePlanned(p);
      return p;
    });
    // The first lines of the summary, and the rows marked Do Not Contact: none is touched.
    const marked = doNotContactLine(plan.summary);
    return withNotUsed([...summaryLines(plan.summary, plan.settings).slice(0, 3), ...(marked === undefined ? [] : [marked])], plan);
  });
}

/** The sample list, its dates moved so it stands on today as it stood on 2026-11-23, then planned. */
export function insertSampleSheet(): void {
  reportErrors(() => {
    const ss = active();
    const zone = zoneOf(ss);
    const shift = todayIn(zone) - SAMPLE_AS_OF;
    const header = sample[0] as string[];
    const map = mapColumns(header);
    const dateColumns = new Set(
      map instanceof Problem
        ? []
        : map.columns.filter((c) => (['requestedOn', 'inmailSentOn', 'deadline'] as FieldKey[]).includes(c.field.key)).map((c) => c.index),
    );
    const rows: SheetValue[][] = sample.map((row, r) =>
      row.map((cell, c) => {
        const day = r > 0 && dateColumns.has(c) ? parseIsoDay(cell) : undefined;
        return day === undefined ? cellValue(cell) : sheetDate(day + shift, zone);
      }),
    );
    const { name, plan } = withLock(() => {
      let name = SAMPLE_SHEET;
      for (let n = 2; ss.getSheetByName(name); n++) name = `${SAMPLE_SHEET} ${n}`;
      const sheet = ss.insertSheet(name);
      sheet.getRange(1, 1, rows.length, header.length).setValues(rows);
      sheet.setFrozenRows(1);
      const p = planSheet(sheet, settingsPairs(ss), zone);
      writePlanned(p);
      return { name, plan: p };
    });
    return `Inserted '${name}' and planned it: ${summaryLines(plan.summary, plan.settings)[1] ?? ''}`;
  });
}

/** Writes today into the settings sheet: formulas that take it recalculate (no volatile TODAY()). */
export function refreshAsOfDate(): void {
  reportErrors(() => {
    const ss = active();
    const zone = zoneOf(ss);
    const today = todayIn(zone);
    withLock(() => saveSettings(ss, [['As Of', sheetDate(today, zone)]], zone));
    return `As Of is now ${formatDay(today)}.`;
  });
}

// ---------------------------------------------------------------------------- sidebar handlers

/** A row shown in the header-row chooser: its first non-blank cells, shortened. */
function rowLine(row: readonly Cell[] | undefined): string {
  const text = (row ?? [])
    .filter((c) => !isBlank(c))
    .slice(0, 4)
    .map((c) => cellText(c).trim())
    .join(', ');
  return oneLine(text, ROW_LINE_CHARS);
}

export function getPlannerState(request?: StateRequest): PlannerState {
  const ss = active();
  const zone = zoneOf(ss);
  const sheet = ss.getActiveSheet();
  // A header row chosen on another tab means nothing here: this tab's own is found.
  const headerRow = request?.sheetName === undefined || request.sheetName === sheet.getName() ? request?.headerRow : undefined;
  const pairs = settingsPairs(ss);
  const stored = oneHolidaysPair(
    pairs
      .filter((p) => cellText(p[0]).trim() !== '' && !isSettingsHeader(p[0]))
      // Under the canonical key ("weekly invite cap" is Weekly Invite Cap), as the form names it.
      .map((p) => [settingByKey(cellText(p[0]))?.key ?? cellText(p[0]).trim(), settingText(p[1], zone)] as [string, string]),
  );
  const base = {
    sheetName: sheet.getName(),
    settings: stored,
    defaults: SETTINGS.map((s) => ({ key: s.key, accepts: s.accepts, defaultText: s.defaultText })),
    fields: FIELDS.map((f) => ({ label: f.label, accepts: f.accepts })),
  };
  const empty = { headerRow: 0, recognised: false, topRows: [], columns: [], mapping: {}, ignored: [], counts: { rows: 0, blank: 0 } };
  try {
    const refused = notAList(sheet);
    if (refused) throw new Error(refused);
    // A setting the sheet gives twice is the form's field to set again: saved, it goes into both rows.
    const repeated = repeatedSetting(datesInZone(pairs, zone) as Array<[Cell, Cell]>);
    const problem = repeated
      ? { message: `${SETTINGS_SHEET} sheet: ${repeated.message}. Set it here and save, or delete one there.`, field: repeated.key }
      : (sheetOnlyProblem(pairs, todayIn(zone)) ?? settingsProblem(datesInZone(pairs, zone) as Array<[Cell, Cell]>, todayIn(zone)));
    const usable = repeated ? withoutRepeats(pairs, zone) : problem ? withoutProblems(pairs, problem, zone) : pairs;
    const settings = settingsFrom(
      usable.map((p) => [p[0], p[1]]),
      todayIn(zone),
      zone,
    );
    const values = datesInZone(sheet.getDataRange().getValues() as Cell[][], zone);
    if (values.length === 0 || values.every((r) => r.every(isBlank)))
      throw new Error('This sheet is empty: open the sheet with your prospect list, or insert the sample sheet.');
    const chosen = chosenRow(headerRow, values);
    const notHeader = chosen === undefined ? undefined : valueInHeader(values[chosen] ?? [])?.message;
    let found: Understanding | undefined;
    try {
      found = findHeader(values, settings, zone, chosen);
    } catch {
      // Nothing recognised: every header of the row is still offered, so a column can be chosen.
      found = undefined;
    }
    const at = found?.headerRow ?? chosen ?? 0;
    const header = values[at] ?? [];
    const outputAt = found?.map.outputAt ?? -1;
    const body = values.slice(at + 1);
    const columns: SheetColumn[] = [];
    header.forEach((h, i) => {
      if (isBlank(h) || inOutputBlock(outputAt, i)) return;
      const samples: string[] = [];
      for (let r = 0; r < body.length && samples.length < SAMPLE_VALUES; r++) {
        const v = (body[r] as Cell[])[i];
        if (!isBlank(v)) samples.push(oneLine(cellText(v), SAMPLE_CHARS));
      }
      columns.push({ header: cellText(h).trim(), samples });
    });
    const mapping: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f.label, '']));
    for (const c of found?.map.columns ?? []) mapping[c.field.label] = c.header;
    const typos: Record<string, string> = {};
    for (const u of found?.unused ?? []) if (u.reason === 'misspelt' && u.field) typos[fieldLabel(u.field)] = u.header;
    const fallbacks: Record<string, string[]> = {};
    for (const c of found?.map.fallbacks ?? []) (fallbacks[c.field.label] ??= []).push(c.header);
    // Blank as the plan counts it (a row of unticked checkboxes too), once a column is read; else empty rows.
    const blank = body.filter((r) => (found ? isBlankRow(r, found.map) : r.every(isBlank))).length;
    return {
      ...base,
      headerRow: at + 1,
      recognised: found !== undefined,
      ...(notHeader ? { notHeader } : {}),
      ...(found === undefined && chosen === undefined ? { headerNotFound: true } : {}),
      topRows: values.slice(0, HEADER_SEARCH_ROWS).map(rowLine),
      columns,
      mapping,
      typos,
      fallbacks,
      // Nothing recognised: then no `Column:` setting found its header here either.
      ignored:
        found?.ignored ??
        Object.entries(settings.columns).flatMap(([key, header]) =>
          normalizeHeader(header) === normalizeHeader(NO_COLUMN) ? [] : [{ field: fieldLabel(key), header }],
        ),
      understood: found ? understandingLines(found) : [],
      counts: { rows: body.length, blank },
      ...(problem ? { problem } : {}),
    };
  } catch (e) {
    return { ...base, ...empty, error: (e as Error).message };
  }
}

/**
 * The form was made for another tab than the active one: its header row and columns are that
 * tab's, so nothing is planned or written with it here.
 */
function otherTab(form: PlannerForm, sheet: Sheet): FormProblem | undefined {
  const name = sheet.getName();
  if (form.sheetName === undefined || form.sheetName === name) return undefined;
  return {
    message: `The planner was read from '${form.sheetName}', but the active sheet is now '${name}'. Choose Re-read sheet to plan '${name}', or go back to '${form.sheetName}'.`,
  };
}

/** The sheet planned with the sidebar's form (`planOfForm`), and how its settings are saved once the sheet is written. */
export interface FormPlan {
  readonly plan: SheetPlan;
  /** Saves the settings the user changed, as Write to sheet saves them, but for an As Of after today (`planOfForm`). */
  readonly save: () => void;
  /** Whether `save` leaves the form's As Of unsaved: one after today that the settings sheet does not hold. */
  readonly asOfNotSaved: boolean;
}

/**
 * A sheet planned with the sidebar's form (its settings, Column: choices and header row), as
 * Preview plans it: the Today step shows the touches of the columns just chosen. Its `save` is for
 * a caller that then writes the sheet (marking a touch done writes the plan), and only then: it
 * saves the settings the user changed, as Write to sheet saves them, but for an As Of after today:
 * as with `prospect-channels done --as-of`, a day ahead records the touches on that day and stays
 * no one's setting (the menu, every formula and the next plan would otherwise stand on it). A
 * mistake in the form is a FormError naming its field.
 */
export function planOfForm(form: PlannerForm, sheet: Sheet, zone: string | undefined): FormPlan {
  const today = todayIn(zone);
  const problem = settingsProblem(form.settings, today);
  if (problem) throw new FormError(problem.message, problem.field ?? '');
  const grid = checkedSettingsGrid(active(), zone);
  const plan = planSheet(sheet, form.settings, zone, form.headerRow);
  const ahead = plan.settings.asOf > today;
  const isAsOf = (key: Cell) => settingByKey(cellText(key))?.key === 'As Of';
  const saved = ahead ? form.settings.filter(([key]) => !isAsOf(key)) : form.settings;
  const typed = form.settings.find(([key]) => isAsOf(key))?.[1].trim() ?? '';
  const stored = grid.find((r) => isAsOf(r[0]))?.[1];
  return {
    plan,
    save: () => saveSettings(active(), saved, zone, grid),
    asOfNotSaved: ahead && typed !== (stored === undefined ? '' : settingText(stored, zone)),
  };
}

/** A mistake in the form as the sidebar shows it: at its field, or (a line of the settings sheet) on its own. */
export function problemOf(e: FormError): FormProblem {
  return e.field ? { message: e.message, field: e.field } : { message: e.message };
}

/** Runs a sidebar action; a mistake in the form comes back as a problem naming its field. */
function formOutcome(form: PlannerForm, zone: string | undefined, work: () => PlannerPreview): PlannerOutcome {
  const wrongTab = otherTab(form, active().getActiveSheet());
  if (wrongTab) return { problem: wrongTab };
  const problem = settingsProblem(form.settings, todayIn(zone));
  if (problem) return { problem };
  try {
    return { preview: work() };
  } catch (e) {
    if (e instanceof FormError) return { problem: problemOf(e) };
    throw e;
  }
}

export function previewPlan(form: PlannerForm): PlannerOutcome {
  const ss = active();
  const zone = zoneOf(ss);
  return formOutcome(form, zone, () => {
    checkedSettingsGrid(ss, zone);
    return previewOf(planSheet(ss.getActiveSheet(), form.settings, zone, form.headerRow));
  });
}

/** Saves the settings the user changed, plans the active sheet and writes it: nothing is written when something is wrong. */
export function writePlan(form: PlannerForm): PlannerOutcome {
  const ss = active();
  const zone = zoneOf(ss);
  return formOutcome(form, zone, () =>
    withLock(() => {
      const grid = checkedSettingsGrid(ss, zone);
      const plan = planSheet(ss.getActiveSheet(), form.settings, zone, form.headerRow);
      const refused = everyRowAnError(plan, form);
      if (refused) throw new FormError(refused.message, refused.field ?? '');
      saveSettings(ss, form.settings, zone, grid);
      writePlanned(plan);
      return previewOf(plan);
    }),
  );
}

/** What "Use my numbers" answers: the settings it wrote (none when no rate has enough data), or the form's problem. */
export type MyNumbersOutcome = { readonly written: Array<[string, string]> } | { readonly problem: FormProblem };

/**
 * "Use my numbers" (SPEC 10): each rate measured from the sheet's history with enough data goes
 * into the settings sheet, so every formula follows. One read of the list, one write of the
 * settings, under the document lock.
 */
export function useMyNumbers(form: PlannerForm): MyNumbersOutcome {
  const ss = active();
  const zone = zoneOf(ss);
  const problem = otherTab(form, ss.getActiveSheet()) ?? settingsProblem(form.settings, todayIn(zone));
  if (problem) return { problem };
  try {
    return withLock(() => {
      const grid = checkedSettingsGrid(ss, zone);
      const written = myNumbersSettings(planSheet(ss.getActiveSheet(), form.settings, zone, form.headerRow).summary.numbers);
      saveSettings(ss, written, zone, grid);
      return { written };
    });
  } catch (e) {
    if (e instanceof FormError) return { problem: problemOf(e) };
    throw e;
  }
}
