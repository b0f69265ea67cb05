/**
 * SPEC section 9 in Sheets: the menu's "Today's touches" writes a `Today` sheet (one row per
 * touch, a link to the prospect's row, a Done checkbox); the sidebar lists the same touches; marking
 * touches done records them in the prospect sheet's history columns and re-plans it. Each run reads
 * the prospect sheet once and writes a fixed number of ranges under the document lock, whatever
 * the sheet's size.
 */
import {
  addedBesideUnread,
  AGENDA_GROUPS,
  type Agenda,
  type Cell,
  type Day,
  type DoneTouch,
  RowError,
  agendaOf,
  agendaSummary,
  contactLine,
  asOfAheadWarning,
  endedByMessage,
  creditsSpentText,
  cellText,
  columnLetters,
  defuse,
  displayName,
  formatDay,
  isBlank,
  isDate,
  mapAfterDone,
  normalizeProfileUrl,
  markDone,
  olderHistoryFix,
  planList,
  readProspect,
  type Settings,
  startToKeep,
  todayWarnings,
  writtenCell,
} from '../core/index.js';
import { type SheetValue, instantDayIn, sheetDate, todayIn } from './cells.js';
import {
  FormError,
  type FormPlan,
  type FormProblem,
  type PlannerForm,
  SETTINGS_SHEET,
  type SheetPlan,
  TODAY_SHEET,
  active,
  planOfForm,
  planSheet,
  problemOf,
  settingsPairs,
  showMessage,
  todaySourceNames,
  withLock,
  withNotUsed,
  writePlanned,
  zoneOf,
} from './server.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Row 1 names the prospect sheet and the date; row 2 is the header; touches from row 3. */
const TODAY_HEADER = ['Done', 'Row', 'Name', 'Channel', 'Group', 'Due', 'Reason', 'LinkedIn URL', 'Email', 'Phone'];
const TODAY_FORMATS = ['General', '0', '@', '@', '@', 'yyyy-mm-dd', '@', '@', '@', '@'];
const TITLE_FORMATS = TODAY_HEADER.map((_, c) => (c === 3 ? 'yyyy-mm-dd' : '@'));
const HEADER_FORMATS = TODAY_HEADER.map(() => '@');
const FIRST_TOUCH_ROW = 3;
/** Row 1 says how the Done ticks are recorded: the menu item is the one way (SPEC 9). */
const TICK_HINT = 'Tick Done for each touch you made, then choose Extensions > Prospect Channel Planner > Mark checked touches done.';
const GROUP_TITLE = new Map<string, string>(AGENDA_GROUPS.map((g) => [g.key, g.title]));

/** One touch as the sidebar shows it: plain JSON, text escaped by the sidebar where shown. */
export interface TodayTouch {
  readonly row: number;
  readonly name: string;
  readonly channel: string;
  readonly group: string;
  readonly groupTitle: string;
  readonly due: string;
  readonly overdue: boolean;
  readonly reason: string;
  /** The profile, email and phone in one line (`contactLine`): a LinkedIn touch with no profile marked `(no URL)`. */
  readonly contact: string;
  /** The row's LinkedIn URL ('' for none), which Mark done checks the row still holds (`DoneRequest`). */
  readonly url: string;
}

export interface TodayView {
  readonly sheetName: string;
  readonly asOf: string;
  readonly summary: string;
  /** The plan's warnings and the rows in error, none of which has a touch today (`todayWarnings`). */
  readonly warnings: string[];
  readonly touches: TodayTouch[];
  /** After "mark done": how many were recorded, and why any were not. */
  readonly marked?: number;
  readonly notMarked?: string[];
  /** After "mark done" that added history columns to the list's sheet: which, as a clause of the message (`added the column 'Last Touch On' to record them`). */
  readonly added?: string;
  /** After "mark done" with an As Of after today: what the command line's done warns (`asOfAheadWarning`), and what was not saved. */
  readonly warning?: string;
  /** After "mark done": what it says of each message the row, re-planned, reads as the end of its sequence (`endedByMessage`), and of paid InMails recorded (`creditsSpentText`). */
  readonly ended?: string[];
  /** After marking the Today sheet's ticks: how many Done boxes were ticked, and the sheet's date they were recorded on where it is before the plan's As Of (`sheetAsOf`). */
  readonly checked?: number;
  readonly recordedOn?: string;
}

/** What the sidebar sends to mark touches done: each touch's row and the channel it showed. */
export interface DoneRequest {
  readonly sheetName?: string;
  /**
   * Each touch by its row and channel, and the name and LinkedIn URL the list showed it by: a row
   * that now holds another prospect (the sheet sorted since; two people of one name told apart by
   * their profiles) is not marked.
   */
  readonly touches: ReadonlyArray<{ readonly row: number; readonly channel: string; readonly name?: string; readonly url?: string }>;
  /** The sidebar's form, when asked from the sidebar: the sheet is planned with it (`planOfForm`), its changed settings saved. */
  readonly form?: PlannerForm;
}

function agendaOfPlan(plan: SheetPlan): Agenda {
  const body = plan.values.slice(plan.headerRow + 1);
  return agendaOf(
    body.map((r) => readProspect(r, plan.map)),
    plan.outcomes,
    plan.headerRow + 2,
    plan.settings,
  );
}

function viewOf(plan: SheetPlan, agenda: Agenda): TodayView {
  return {
    sheetName: plan.sheet.getName(),
    asOf: formatDay(agenda.asOf),
    summary: agendaSummary(agenda),
    warnings: todayWarnings(plan.summary, plan.settings, plan.map, 'the Preview step lists them', plan.dateOrders),
    touches: agenda.entries.map((e) => ({
      row: e.row,
      name: e.name,
      channel: e.channel,
      group: e.group,
      groupTitle: GROUP_TITLE.get(e.group) ?? e.group,
      due: formatDay(e.date),
      overdue: e.overdue,
      reason: e.reason,
      contact: contactLine(e),
      url: e.linkedinUrl ?? '',
    })),
  };
}

/** The prospect sheet a Today sheet was made from (its row 1 names it). */
function sourceOfToday(ss: Spreadsheet, today: Sheet, values?: Cell[][]): Sheet {
  const names = todaySourceNames(values ?? (today.getRange(1, 1, 1, 2).getValues() as Cell[][]));
  const name = names[names.length - 1] as string;
  const sheet = names.includes(TODAY_SHEET) ? null : names.reduce<Sheet | null>((found, n) => found ?? ss.getSheetByName(n), null);
  if (!sheet) {
    throw new Error(
      `The ${TODAY_SHEET} sheet was made from a sheet named '${name}', which is not there any more. Open your prospect list and run Today's touches again.`,
    );
  }
  return sheet;
}

/** The prospect list: the active sheet, or the one the Today sheet was made from when that is active. */
function prospectSheet(ss: Spreadsheet, sheetName?: string): Sheet {
  if (sheetName) {
    const named = ss.getSheetByName(sheetName);
    if (!named) throw new Error(`There is no sheet named '${sheetName}' any more.`);
    return named;
  }
  const sheet = ss.getActiveSheet();
  return sheet.getName() === TODAY_SHEET ? sourceOfToday(ss, sheet) : sheet;
}

/** The Today sheet's A1: the list it was made from follows it. */
const FROM = 'From';

/**
 * Writes (replaces) the Today sheet: one row per touch, its row number a link to the prospect's
 * row, and a Done checkbox. A fixed number of calls, whatever the number of touches.
 */
function writeToday(ss: Spreadsheet, plan: SheetPlan, agenda: Agenda, ticked: ReadonlySet<string> = new Set()): Sheet {
  let sheet = ss.getSheetByName(TODAY_SHEET);
  if (sheet) {
    sheet.getDataRange().clearDataValidations();
    sheet.clear();
  } else sheet = ss.insertSheet(TODAY_SHEET);
  const gid = plan.sheet.getSheetId();
  const width = TODAY_HEADER.length;
  const title: SheetValue[] = [FROM, defuse(plan.sheet.getName()), 'As of', sheetDate(agenda.asOf, plan.zone), agendaSummary(agenda), TICK_HINT];
  while (title.length < width) title.push('');
  const rows: SheetValue[][] = [
    title,
    TODAY_HEADER,
    ...agenda.entries.map((e) => [
      ticked.has(touchKey(e.row, e.channel)),
      e.row,
      defuse(e.name),
      e.channel,
      GROUP_TITLE.get(e.group) ?? e.group,
      sheetDate(e.date, plan.zone),
      defuse(e.reason),
      defuse(e.linkedinUrl ?? ''),
      defuse(e.email ?? ''),
      defuse(e.phone ?? ''),
    ]),
  ];
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setValues(rows);
  range.setNumberFormats(rows.map((_, i) => (i === 0 ? TITLE_FORMATS : i === 1 ? HEADER_FORMATS : TODAY_FORMATS)));
  if (agenda.entries.length > 0) {
    // The row number links to the prospect's row: our own formula, the only one the add-on writes.
    sheet
      .getRange(FIRST_TOUCH_ROW, 2, agenda.entries.length, 1)
      .setFormulas(agenda.entries.map((e) => [`=HYPERLINK("#gid=${gid}&range=A${e.row}", ${e.row})`]));
    sheet.getRange(FIRST_TOUCH_ROW, 1, agenda.entries.length, 1).insertCheckboxes();
  }
  sheet.setFrozenRows(FIRST_TOUCH_ROW - 1);
  return sheet;
}

/** A name as a list shows it: the quote `defuse` puts before a formula's first character left out, as Sheets reads such a cell back. */
const shownName = (name: string) => {
  const t = name.trim();
  return t.startsWith("'") && defuse(t.slice(1)) === t ? t.slice(1) : t;
};

/** A touch as the Today sheet's ticks are kept across a rewrite: its row and channel. */
const touchKey = (row: unknown, channel: unknown) => `${Number(row)}|${cellText(channel as Cell)}`;

/** The touch rows of a Today sheet whose Done box is ticked. */
function tickedRows(values: Cell[][]): Cell[][] {
  return values.slice(FIRST_TOUCH_ROW - 1).filter((r) => r[0] === true);
}

/** Sheet rows (1-based, sorted) of one column as A1 ranges, runs of rows joined: C5:C9. */
function a1Runs(column: number, rows: readonly number[]): string[] {
  const letters = columnLetters(column);
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && (rows[j + 1] as number) === (rows[j] as number) + 1) j++;
    out.push(rows[i] === rows[j] ? `${letters}${rows[i]}` : `${letters}${rows[i]}:${letters}${rows[j]}`);
    i = j + 1;
  }
  return out;
}

/**
 * Records the touches in the prospect sheet and re-plans it: missing history columns are added
 * (one insert, one header write), each (column, value) pair is one range-list write, and the five
 * output columns are rewritten once. Touches whose row no longer shows that touch are left alone.
 */
function markInSheet(
  plan: SheetPlan,
  asked: DoneRequest['touches'],
  doneOn: Day = plan.settings.asOf,
): { plan: SheetPlan; marked: number; notMarked: string[]; ended: string[]; added?: string } {
  const { sheet, values, headerRow, settings } = plan;
  // The touches were made on `doneOn` (a Today sheet's date): the start a row keeps is that day's.
  const madeOn = doneOn === settings.asOf ? settings : { ...settings, asOf: doneOn };
  const touches: DoneTouch[] = [];
  const notMarked: string[] = [];
  const seen = new Set<number>();
  for (const t of asked) {
    const index = Number(t.row) - 1;
    const outcome = plan.outcomes[index - headerRow - 1];
    if (!Number.isInteger(index) || index <= headerRow || outcome === undefined) {
      notMarked.push(`row ${t.row}: not a prospect row`);
      continue;
    }
    if (seen.has(index)) continue;
    // Whose row it is first: after rows moved, another prospect's touch differs too, and saying so would mislead.
    const input = readProspect(values[index] as Cell[], plan.map);
    const now = input === 'blank' || input instanceof RowError ? '' : displayName(input);
    if (t.name !== undefined && shownName(t.name) !== shownName(now)) {
      const holds = input === 'blank' ? 'is blank now' : `now holds ${now === '' ? 'another prospect' : `'${now}'`}`;
      notMarked.push(`row ${t.row} ${holds}, not '${shownName(t.name)}' (the sheet was sorted or changed?); run Today's touches again`);
      continue;
    }
    // The same name on another profile: two people of one name, the sheet sorted since.
    const url = input === 'blank' ? undefined : input instanceof RowError ? input.known?.linkedinUrl : input.linkedinUrl;
    // A blank one is said too: the Today sheet writes the column for every touch.
    if (t.url !== undefined && normalizeProfileUrl(shownName(t.url)) !== normalizeProfileUrl(url ?? '')) {
      const was = t.url.trim() === '' ? 'none' : shownName(t.url);
      notMarked.push(
        `row ${t.row} now holds another '${shownName(t.name ?? now)}' (${url ? `LinkedIn URL ${url}` : 'no LinkedIn URL'}, not ${was}): the sheet was sorted or changed? run Today's touches again`,
      );
      continue;
    }
    if (outcome === 'blank' || outcome instanceof RowError || outcome.channel !== t.channel) {
      notMarked.push(`row ${t.row}: its next touch is no longer ${t.channel}; run Today's touches again`);
      continue;
    }
    // A touch due later (a list shown before the row's history changed) is not done yet, as the command line's done says.
    if (outcome.date !== null && outcome.date > settings.asOf) {
      notMarked.push(`row ${t.row}: its ${t.channel} is due ${formatDay(outcome.date)}, not yet`);
      continue;
    }
    // Planned from older history than a later duplicate's (`Outcome.newerIn`).
    if (outcome.newerIn !== null) {
      notMarked.push(`row ${t.row}: ${olderHistoryFix(index + 1, outcome.newerIn)}`);
      continue;
    }
    seen.add(index);
    const start = input === 'blank' || input instanceof RowError ? undefined : startToKeep(input, outcome.channel, madeOn);
    touches.push({ row: index, channel: outcome.channel, start });
  }
  if (touches.length === 0) return { plan, marked: 0, notMarked, ended: [] };
  const dateCell = (day: Day) => sheetDate(day, plan.zone);
  // The rows as planSheet holds them, its Dates read in the spreadsheet's zone (`datesInZone`):
  // the dates just written as the days they are. A Date made for the sheet would read in the
  // script's zone, the day before east of it.
  const { rows, changes, headersAgain } = markDone(values, headerRow, plan.map, touches, doneOn, formatDay);
  if (changes.added.length > 0) {
    const n = changes.added.length;
    if (plan.map.outputAt >= 0) sheet.insertColumnsBefore(changes.insertAt + 1, n);
    else {
      const needed = changes.insertAt + n - sheet.getMaxColumns();
      if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    }
    sheet.getRange(headerRow + 1, changes.insertAt + 1, 1, n).setValues([changes.added.map((a) => a.header)]);
  }
  const groups = new Map<string, { column: number; value: SheetValue; rows: number[] }>();
  // A header repeated under the rows gets the added headers as one range-list write a column.
  if (headersAgain.length > 0)
    changes.added.forEach((a, k) => groups.set(`header|${k}`, { column: changes.insertAt + k, value: a.header, rows: headersAgain.map((r) => r + 1) }));
  for (const w of changes.writes) {
    const value = writtenCell(w, changes, dateCell) as SheetValue;
    const key = `${w.column}|${'date' in w.value ? w.value.date : w.value.status}`;
    const g = groups.get(key) ?? { column: w.column, value, rows: [] };
    g.rows.push(w.row + 1);
    groups.set(key, g);
  }
  for (const g of groups.values())
    sheet
      .getRangeList(
        a1Runs(
          g.column,
          g.rows.sort((a, b) => a - b),
        ),
      )
      .setValue(g.value);
  const map = mapAfterDone(plan.map, changes);
  const { outcomes, summary } = planList(
    rows.slice(headerRow + 1).map((r) => readProspect(r, map)),
    settings,
    // Numbered as the first plan numbered them (planSheet): "duplicate of row N" is the sheet's row.
    { firstRowNumber: headerRow + 2, map },
  );
  const replanned: SheetPlan = { ...plan, values: rows, map, outcomes, summary };
  writePlanned(replanned);
  const ended = [
    ...touches.flatMap((t) => endedByMessage(t.row + 1, t.channel, outcomes[t.row - headerRow - 1]) ?? []),
    ...creditsSpentText(touches, settings),
  ];
  const n = changes.added.length;
  // A formula given a range ending before them would not read them.
  const beside = addedBesideUnread(changes.added, plan.unused).map((said) => `; ${said}`);
  const added = `added the column${n === 1 ? '' : 's'} ${changes.added.map((a) => `'${a.header}'`).join(', ')} to record them; a formula's range must take ${n === 1 ? 'it' : 'them'} in${beside.join('')}`;
  return { plan: replanned, marked: touches.length, notMarked, ended, ...(n > 0 ? { added } : {}) };
}

// ---------------------------------------------------------------------------- menu and sidebar

/** Menu: Today's touches. Plans the prospect list and writes the Today sheet, then shows it. */
export function showTodaysTouches(): void {
  const ss = active();
  try {
    const zone = zoneOf(ss);
    const message = withLock(() => {
      // Replacing the sheet would drop ticks not yet recorded: the user records or unticks them first.
      const existing = ss.getSheetByName(TODAY_SHEET);
      const values = existing ? (existing.getDataRange().getValues() as Cell[][]) : [];
      // Replaced only when the add-on made it (its A1 says From) or it is empty: a sheet of the
      // user's own named Today (a dashboard) is never cleared. (Mark done rewrites the one it read.)
      const a1 = values[0]?.[0];
      if (!isBlank(a1) && a1 !== FROM) {
        throw new Error(
          `This spreadsheet already has a sheet named '${TODAY_SHEET}' that Today's touches did not make (its A1 is not '${FROM}'), and it is left as it is: rename that sheet, then run Today's touches again.`,
        );
      }
      const ticked = tickedRows(values).length;
      if (ticked > 0)
        throw new Error(
          `${ticked === 1 ? '1 touch is' : `${ticked} touches are`} ticked Done on the ${TODAY_SHEET} sheet and not recorded yet. Choose Mark checked touches done to record them (or untick them), then Today's touches again.`,
        );
      const plan = planSheet(prospectSheet(ss), settingsPairs(ss), zone);
      const agenda = agendaOfPlan(plan);
      writeToday(ss, plan, agenda).activate();
      return withNotUsed([agendaSummary(agenda)], plan);
    });
    showMessage("Today's touches", message);
  } catch (e) {
    const ui = SpreadsheetApp.getUi();
    ui.alert("Today's touches", (e as Error).message, ui.ButtonSet.OK);
  }
}

/**
 * Sidebar: today's touches of the active prospect list (or of the list the Today sheet shows);
 * given the sidebar's form, of the form's tab planned with it, as Preview plans it.
 */
export function getTodayTouches(form?: PlannerForm): TodayOutcome {
  const ss = active();
  return todayOutcome(() => {
    const { plan } = listPlan(ss, zoneOf(ss), form?.sheetName === TODAY_SHEET ? undefined : form?.sheetName, form);
    return viewOf(plan, agendaOfPlan(plan));
  });
}

/** What the sidebar's Today calls answer: the touches, or the form's mistake at its field, as Preview is told it. */
export type TodayOutcome = TodayView | { readonly problem: FormProblem };

/** `work`'s view, or the mistake in the form it met (a FormError) as a problem naming its field. */
function todayOutcome(work: () => TodayView): TodayOutcome {
  try {
    return work();
  } catch (e) {
    if (e instanceof FormError) return { problem: problemOf(e) };
    throw e;
  }
}

/**
 * The prospect list (`prospectSheet`) planned with the sidebar's form when the form was made for
 * that list (the active sheet's, when it names none), else with the saved settings (and then
 * nothing of the form to save).
 */
function listPlan(ss: Spreadsheet, zone: string | undefined, sheetName: string | undefined, form: PlannerForm | undefined): FormPlan {
  const sheet = prospectSheet(ss, sheetName);
  const formFor = form?.sheetName ?? ss.getActiveSheet().getName();
  return form && formFor === sheet.getName()
    ? planOfForm(form, sheet, zone)
    : { plan: planSheet(sheet, settingsPairs(ss), zone), save: () => undefined, asOfNotSaved: false };
}

/** What marking done as of a day after today says (SPEC 9, as the command line's done): undefined on or before today. */
function aheadWarning(plan: SheetPlan, asOfNotSaved: boolean): string | undefined {
  const ahead = asOfAheadWarning(plan.settings.asOf, todayIn(plan.zone), 'As Of');
  if (ahead === undefined) return undefined;
  return `${ahead}.${asOfNotSaved ? ` This As Of is not saved as your setting: the ${SETTINGS_SHEET} sheet keeps its own.` : ''}`;
}

/**
 * Sidebar: marks the given touches done (SPEC 9), re-plans the sheet, and refreshes the Today
 * sheet when there is one; returns the touches still due.
 */
export function markTouchesDone(request: DoneRequest): TodayOutcome {
  const ss = active();
  const zone = zoneOf(ss);
  return withLock(() =>
    todayOutcome(() => {
      const { plan: before, save, asOfNotSaved } = listPlan(ss, zone, request.sheetName, request.form);
      const { plan, marked, notMarked, ended, added } = markInSheet(before, request.touches ?? []);
      // The settings typed are saved with the plan they made, as Write saves them: not when nothing was written.
      if (marked > 0) save();
      const agenda = agendaOfPlan(plan);
      const today = ss.getSheetByName(TODAY_SHEET);
      const values = today ? (today.getDataRange().getValues() as Cell[][]) : [];
      if (today && todaySourceNames(values).includes(plan.sheet.getName())) {
        // Ticks made on the Today sheet and not recorded yet stay ticked; the touches just marked go.
        const done = new Set((request.touches ?? []).map((t) => touchKey(t.row, t.channel)));
        const ticked = new Set(tickedRows(values).map((r) => touchKey(r[1], r[3])));
        for (const key of done) ticked.delete(key);
        writeToday(ss, plan, agenda, ticked);
      }
      const warning = marked > 0 ? aheadWarning(plan, asOfNotSaved) : undefined;
      return {
        ...viewOf(plan, agenda),
        marked,
        notMarked,
        ...(added ? { added } : {}),
        ...(warning ? { warning } : {}),
        ...(ended.length > 0 ? { ended } : {}),
      };
    }),
  );
}

/**
 * Marks done every touch checked on the Today sheet (SPEC 9). The Today sheet is rewritten only
 * when a touch was recorded: a tick that could not be recorded stays where the user put it.
 */
export function markCheckedTouchesDone(): TodayView {
  const ss = active();
  const zone = zoneOf(ss);
  return withLock(() => {
    const today = ss.getSheetByName(TODAY_SHEET);
    if (!today) throw new Error(`There is no ${TODAY_SHEET} sheet yet: run Today's touches first.`);
    const values = today.getDataRange().getValues() as Cell[][];
    const checked = tickedRows(values).map((r) => ({ row: Number(r[1]), channel: cellText(r[3]), name: cellText(r[2]), url: cellText(r[7]) }));
    const before = planSheet(sourceOfToday(ss, today, values), settingsPairs(ss), zone);
    const doneOn = sheetAsOf(values, before.settings, zone);
    const { plan, marked, notMarked, ended, added } = markInSheet(before, checked, doneOn);
    const agenda = agendaOfPlan(plan);
    if (marked > 0) writeToday(ss, plan, agenda);
    const warning = marked > 0 ? aheadWarning(plan, false) : undefined;
    return {
      ...viewOf(plan, agenda),
      marked,
      notMarked,
      checked: checked.length,
      ...(doneOn !== plan.settings.asOf ? { recordedOn: formatDay(doneOn) } : {}),
      ...(added ? { added } : {}),
      ...(warning ? { warning } : {}),
      ...(ended.length > 0 ? { ended } : {}),
    };
  });
}

/**
 * The day a Today sheet's ticks were made: its As of, the day it listed them as due, when earlier
 * than the plan's (a Monday sheet's ticks recorded on the Tuesday had moved each sequence on a day,
 * and counted the invitations in another day's cap); else the plan's As Of. The list is still
 * planned and written as of the plan's: a date recorded in it since is no error.
 */
function sheetAsOf(values: readonly Cell[][], settings: Settings, zone: string | undefined): Day {
  const cell = values[0]?.[3];
  if (!isDate(cell)) return settings.asOf;
  // Written as the day's midnight in the spreadsheet's zone (`sheetDate`): read back as that instant's day there.
  return Math.min(instantDayIn(zone)(cell.getTime()), settings.asOf);
}

/** What the menu's "Mark checked touches done" says: what was recorded, or why nothing was. */
function checkedDoneMessage(view: TodayView): { text: string; recorded: boolean } {
  // Its tick stays (Today's touches will not replace the sheet over it): the way on is to untick it.
  const left = view.notMarked?.length ?? 0;
  const notMarked = left > 0 ? ` Not recorded: ${view.notMarked?.join('; ')}. Untick ${left === 1 ? 'it' : 'them'} on the ${TODAY_SHEET} sheet first.` : '';
  if (!view.checked)
    return {
      text: `No Done box is ticked on the ${TODAY_SHEET} sheet. Tick the Done box of each touch you made, then choose Mark checked touches done again.`,
      recorded: false,
    };
  if (!view.marked) return { text: `Nothing was recorded.${notMarked}`, recorded: false };
  const touches = view.marked === 1 ? '1 touch' : `${view.marked} touches`;
  const when = view.recordedOn ? `on ${view.recordedOn}, the ${TODAY_SHEET} sheet's date` : view.warning ? `on ${view.asOf}` : 'today';
  const warning = [view.warning, ...(view.ended ?? []).map((e) => `Warning: ${e}.`)].flatMap((w) => (w ? [` ${w}`] : [])).join('');
  return {
    text: `Recorded ${touches} in '${view.sheetName}' as done ${when}${view.added ? ` (${view.added})` : ''}; the ${TODAY_SHEET} sheet now shows what is left.${notMarked}${warning}`,
    recorded: true,
  };
}

/** Menu: Mark checked touches done. Records the ticked touches, then says what it recorded (a toast) or why not (an alert). */
export function recordCheckedTouches(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const { text, recorded } = checkedDoneMessage(markCheckedTouchesDone());
    if (recorded) active().toast(text, 'Mark checked touches done', 8);
    else ui.alert('Mark checked touches done', text, ui.ButtonSet.OK);
  } catch (e) {
    ui.alert('Mark checked touches done', (e as Error).message, ui.ButtonSet.OK);
  }
}
