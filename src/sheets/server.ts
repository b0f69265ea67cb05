/**
 * The Apps Script side of the menu and the sidebar. Thin: it reads a sheet once, hands the rows
 * to the core, and writes the five output columns back once, whatever the sheet's size (Google:
 * read and write a range at a time, not cell by cell; 6 minutes a run). No decision logic here.
 */
import {
  type Cell,
  type ColumnMap,
  type Day,
  FIELDS,
  HEADER_SEARCH_ROWS,
  SAMPLE_ROWS,
  type Understanding,
  understand,
  understandingLines,
  type FieldKey,
  OUTPUT_COLUMNS,
  type PlanSummary,
  Problem,
  SETTINGS,
  type Settings,
  dateFromDay,
  formatDay,
  inOutputBlock,
  mapColumns,
  cellText,
  normalizeHeader,
  outputText,
  parseIsoDay,
  planList,
  readProspect,
  settingByKey,
  summaryLines,
} from '../core/index.js';
import { OUTPUT_HEADER, type SheetValue, datesInZone, outcomeRow, settingsFrom, todayIn } from './cells.js';
import sample from '../../examples/prospects.csv';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SETTINGS_SHEET = 'Channel Settings';
export const SAMPLE_SHEET = 'Sample prospects';
/** The date the sample list's request and InMail dates are written against. */
const SAMPLE_AS_OF = parseIsoDay('2026-11-23') as Day;

/** What the sidebar sends: settings as key/value pairs (mappings included as `Column: <field>`). */
export interface PlannerForm {
  readonly settings: ReadonlyArray<readonly [string, string]>;
}

export interface PlannerState {
  readonly sheetName: string;
  readonly headerRow: number;
  readonly headers: string[];
  /** Field label -> detected sheet header ('' when none). */
  readonly mapping: Record<string, string>;
  readonly settings: Array<[string, string]>;
  readonly defaults: Array<{ key: string; accepts: string; defaultText: string }>;
  readonly fields: Array<{ label: string; accepts: string }>;
  readonly rows: number;
  /** What the reader understood: columns read, columns not used and why, date orders (SPEC 1a). */
  readonly understood?: readonly string[];
  readonly error?: string;
}

export interface PlannerPreview {
  readonly summary: PlanSummary;
  readonly lines: string[];
  readonly sheetName: string;
  readonly rows: number;
  /** The cap the plan used, for the chart of invitations per week. */
  readonly weeklyInviteCap: number;
  /** The first rows as the sidebar shows them: cell text stays text there (escaped). */
  readonly sample: Array<{ name: string; channel: string; date: string; reason: string }>;
}

function active(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function zoneOf(ss: Spreadsheet): string | undefined {
  try {
    return ss.getSpreadsheetTimeZone();
  } catch {
    return undefined;
  }
}

/** Settings sheet rows as key/value pairs (one read); [] when there is no such sheet yet. */
function settingsPairs(ss: Spreadsheet): Array<[Cell, Cell]> {
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  if (!sheet) return [];
  return (sheet.getDataRange().getValues() as Cell[][]).map((r) => [r[0], r[1]]);
}

/** The header row and what the core's reader understood of the sheet (SPEC 1a), or a clear error. */
function findHeader(values: Cell[][], s: Settings): Understanding {
  if (values.length === 0) throw new Error('This sheet is empty: open the sheet with your prospect list, or insert the sample sheet.');
  const u = understand(values.slice(0, HEADER_SEARCH_ROWS + SAMPLE_ROWS), s);
  if (u instanceof Problem) throw new Error(u.message);
  return u;
}

interface SheetPlan {
  readonly sheet: Sheet;
  readonly values: Cell[][];
  readonly headerRow: number;
  readonly map: ColumnMap;
  readonly settings: Settings;
  readonly outcomes: ReturnType<typeof planList>['outcomes'];
  readonly summary: PlanSummary;
}

/** Reads the sheet once and plans every row under its header. */
function planSheet(sheet: Sheet, pairs: ReadonlyArray<readonly [Cell, Cell]>, zone: string | undefined): SheetPlan {
  if (sheet.getName() === SETTINGS_SHEET) throw new Error(`This is the ${SETTINGS_SHEET} sheet: open the sheet with your prospect list first.`);
  const settings = settingsFrom(
    pairs.map((p) => [p[0], p[1]]),
    todayIn(zone),
    zone,
  );
  const values = datesInZone(sheet.getDataRange().getValues() as Cell[][], zone);
  const { headerRow, map } = findHeader(values, settings);
  const body = values.slice(headerRow + 1);
  if (body.length === 0) throw new Error('Nothing to plan: there are no rows under the header row.');
  const { outcomes, summary } = planList(
    body.map((row) => readProspect(row, map)),
    settings,
  );
  return { sheet, values, headerRow, map, settings, outcomes, summary };
}

/**
 * Writes Channel, Day, Date, Cost, Reason beside the data as values, header included: one write
 * and one format call whatever the size. An existing output block is updated in place; otherwise
 * the block goes right of the last used column, so a user's own column is never overwritten.
 */
function writePlanned(plan: SheetPlan): void {
  const { sheet, values, headerRow, map, outcomes } = plan;
  const width = values[0]?.length ?? 0;
  const column = map.outputAt >= 0 ? map.outputAt + 1 : width + 1;
  const lastNeeded = column + OUTPUT_COLUMNS.length - 1;
  const maxColumns = sheet.getMaxColumns();
  if (lastNeeded > maxColumns) sheet.insertColumnsAfter(maxColumns, lastNeeded - maxColumns);
  const block: SheetValue[][] = [OUTPUT_HEADER, ...outcomes.map(outcomeRow)];
  const range = sheet.getRange(headerRow + 1, column, block.length, OUTPUT_COLUMNS.length);
  range.setValues(block);
  const formats = block.map((_, i) => (i === 0 ? ['@', '@', '@', '@', '@'] : ['@', '0', 'yyyy-mm-dd', '$#,##0.00', '@']));
  range.setNumberFormats(formats);
}

/** One lock per document: two runs (two users, or a double click) never interleave their writes. */
function withLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock?.tryLock(20_000)) throw new Error('Another planner run is writing to this spreadsheet. Try again in a moment.');
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

function previewOf(plan: SheetPlan): PlannerPreview {
  const nameColumn = plan.map.columns.find((c) => c.field.key === 'name')?.index ?? 0;
  const body = plan.values.slice(plan.headerRow + 1);
  const sample = plan.outcomes.slice(0, 200).map((o, i) => {
    const [channel, , date, , reason] = outputText(o);
    return { name: cellText(body[i]?.[nameColumn]), channel, date, reason };
  });
  return {
    summary: plan.summary,
    lines: summaryLines(plan.summary, plan.settings),
    sheetName: plan.sheet.getName(),
    rows: plan.outcomes.length,
    weeklyInviteCap: plan.settings.weeklyInviteCap,
    sample,
  };
}

// ---------------------------------------------------------------------------- the settings sheet

const SETTINGS_HEADER = ['Setting', 'Value', 'Default and where it comes from'];

function ensureSettingsSheet(ss: Spreadsheet): Sheet {
  const existing = ss.getSheetByName(SETTINGS_SHEET);
  if (existing) return existing;
  // insertSheet activates the new sheet; the user stays on the sheet they were planning.
  const current = ss.getActiveSheet();
  const sheet = ss.insertSheet(SETTINGS_SHEET);
  const rows = [SETTINGS_HEADER, ...SETTINGS.map((s) => [s.key, '', s.defaultText])];
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
  sheet.setFrozenRows(1);
  current.activate();
  return sheet;
}

/**
 * Saves key/value pairs to the settings sheet: one read, one write. Known keys keep their row,
 * new ones (a `Column:` mapping) are appended, a user's notes in column C stay.
 */
function saveSettings(ss: Spreadsheet, pairs: ReadonlyArray<readonly [string, Cell]>): void {
  const sheet = ensureSettingsSheet(ss);
  const values = sheet.getDataRange().getValues() as Cell[][];
  const rows: SheetValue[][] = values.map((r) => [r[0] ?? '', r[1] ?? '', r[2] ?? '']);
  const at = new Map(rows.map((r, i) => [normalizeHeader(r[0]), i]));
  for (const [key, value] of pairs) {
    const cell = value ?? '';
    const i = at.get(normalizeHeader(key));
    if (i !== undefined) (rows[i] as SheetValue[])[1] = cell;
    else {
      at.set(normalizeHeader(key), rows.length);
      rows.push([key, cell, settingByKey(key)?.defaultText ?? '']);
    }
  }
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
}

// ---------------------------------------------------------------------------- menu (SPEC 7)

export function onOpen(): void {
  // In AuthMode.NONE an add-on may only build its menu; that is all this does.
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open planner', 'openPlanner')
    .addItem('Classify this sheet', 'classifySheet')
    .addSeparator()
    .addItem('Insert sample sheet', 'insertSampleSheet')
    .addItem('Refresh as-of date', 'refreshAsOfDate')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function openPlanner(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Prospect Channel Planner');
  SpreadsheetApp.getUi().showSidebar(html);
}

function reportErrors(work: () => string): void {
  try {
    const message = work();
    active().toast(message, 'Prospect Channel Planner', 8);
  } catch (e) {
    SpreadsheetApp.getUi().alert('Prospect Channel Planner', (e as Error).message, SpreadsheetApp.getUi().ButtonSet.OK);
  }
}

export function classifySheet(): void {
  reportErrors(() => {
    const ss = active();
    const zone = zoneOf(ss);
    const plan = withLock(() => {
      const p = planSheet(ss.getActiveSheet(), settingsPairs(ss), zone);
      writePlanned(p);
      return p;
    });
    return summaryLines(plan.summary, plan.settings).slice(0, 3).join('\n');
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
        return day === undefined ? cell : dateFromDay(day + shift);
      }),
    );
    let name = SAMPLE_SHEET;
    for (let n = 2; ss.getSheetByName(name); n++) name = `${SAMPLE_SHEET} ${n}`;
    const sheet = ss.insertSheet(name);
    sheet.getRange(1, 1, rows.length, header.length).setValues(rows);
    sheet.setFrozenRows(1);
    const plan = withLock(() => {
      const p = planSheet(sheet, settingsPairs(ss), zone);
      writePlanned(p);
      return p;
    });
    return `Inserted '${name}' and planned it: ${summaryLines(plan.summary, plan.settings)[1] ?? ''}`;
  });
}

/** Writes today into the settings sheet: formulas that take it recalculate (no volatile TODAY()). */
export function refreshAsOfDate(): void {
  reportErrors(() => {
    const ss = active();
    const today = todayIn(zoneOf(ss));
    saveSettings(ss, [['As Of', dateFromDay(today)]]);
    return `As Of is now ${formatDay(today)}.`;
  });
}

// ---------------------------------------------------------------------------- sidebar handlers

export function getPlannerState(): PlannerState {
  const ss = active();
  const zone = zoneOf(ss);
  const sheet = ss.getActiveSheet();
  const pairs = settingsPairs(ss);
  const stored = datesInZone(pairs, zone)
    .filter((p) => cellText(p[0]).trim() !== '' && normalizeHeader(p[0]) !== 'setting')
    // Under the canonical key ("weekly invite cap" is Weekly Invite Cap), as the form names it.
    .map((p) => [settingByKey(cellText(p[0]))?.key ?? cellText(p[0]).trim(), cellText(p[1])] as [string, string]);
  const base = {
    sheetName: sheet.getName(),
    settings: stored,
    defaults: SETTINGS.map((s) => ({ key: s.key, accepts: s.accepts, defaultText: s.defaultText })),
    fields: FIELDS.map((f) => ({ label: f.label, accepts: f.accepts })),
  };
  try {
    const settings = settingsFrom(
      pairs.map((p) => [p[0], p[1]]),
      todayIn(zone),
      zone,
    );
    const values = sheet.getDataRange().getValues() as Cell[][];
    const understood = findHeader(values, settings);
    const { headerRow, map } = understood;
    const mapping: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f.label, '']));
    for (const c of map.columns) mapping[c.field.label] = c.header;
    const headers = (values[headerRow] ?? []).map((h) => String(h ?? '')).filter((h, i) => h !== '' && !inOutputBlock(map.outputAt, i));
    return { ...base, headerRow: headerRow + 1, headers, mapping, rows: values.length - headerRow - 1, understood: understandingLines(understood) };
  } catch (e) {
    return { ...base, headerRow: 0, headers: [], mapping: {}, rows: 0, error: (e as Error).message };
  }
}

export function previewPlan(form: PlannerForm): PlannerPreview {
  const ss = active();
  return previewOf(planSheet(ss.getActiveSheet(), form.settings, zoneOf(ss)));
}

/** Saves the form's settings, plans the active sheet and writes it: nothing is written when something is wrong. */
export function writePlan(form: PlannerForm): PlannerPreview {
  const ss = active();
  const zone = zoneOf(ss);
  return withLock(() => {
    const plan = planSheet(ss.getActiveSheet(), form.settings, zone);
    saveSettings(ss, form.settings);
    writePlanned(plan);
    return previewOf(plan);
  });
}
