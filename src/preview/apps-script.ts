/**
 * Apps Script without Google: loads dist/ the way Apps Script does (every script file, in clasp's
 * push order, into one fresh V8 context) with in-memory fakes of the services the add-on uses.
 * Every call to a fake is recorded, so the tests count spreadsheet calls and the local preview
 * shows them. The preview server and the tests both run the real bundle through this.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { dateFromDay, parseIsoDay } from '../core/dates.js';

export type Value = string | number | boolean | Date;

/**
 * A CSV cell as Sheets holds it after an import: numbers as numbers, dates as Dates (local
 * midnight, as Sheets sends them) and, where the sheet uses checkboxes, yes/no as booleans.
 */
export function sheetsValue(cell: string, checkboxes = false): Value {
  const t = cell.trim();
  if (checkboxes && /^(yes|no)$/i.test(t)) return /^yes$/i.test(t);
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(t) ? parseIsoDay(t) : undefined;
  return day === undefined ? cell : dateFromDay(day);
}
export const DIST = join(process.cwd(), 'dist');

/** Wraps an object so every method call is logged as `Kind.method`. */
function recorded<T extends object>(target: T, kind: string, log: string[]): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const v = Reflect.get(obj, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop === 'constructor') return v;
      return (...args: unknown[]) => {
        log.push(`${kind}.${prop}`);
        return v.apply(obj, args);
      };
    },
  });
}

/** Text that Sheets runs as a formula when written (SPEC 7: the add-on never writes one). */
export const FORMULA_ERROR = '#ERROR!';
/** A percentage as typed, which Sheets stores as its fraction. */
const PERCENTAGE = /^\s*-?\d+(?:\.\d+)?\s*%\s*$/;
/** The one formula the add-on writes on purpose: a link to a prospect's row (the Today sheet). */
const HYPERLINK = /^=HYPERLINK\("[^"]*",\s*(?:"([^"]*)"|(-?\d+(?:\.\d+)?))\)$/;

/**
 * A value as Sheets stores it after setValues: a leading apostrophe makes the rest text; a
 * percentage is a number (`47.5%` is 0.475, formatted as a percentage); a HYPERLINK formula stays
 * a formula; other text starting with = + - @ (and not a number) is parsed as a formula, shown
 * here as its error.
 */
function entered(v: Value): Value {
  if (typeof v !== 'string') return v;
  if (v.startsWith("'")) return v.slice(1);
  if (PERCENTAGE.test(v)) return Number(v.trim().slice(0, -1)) / 100;
  if (HYPERLINK.test(v)) return v;
  return /^[=+\-@]/.test(v) && !Number.isFinite(Number(v)) ? FORMULA_ERROR : v;
}

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}
  getValues(): Value[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) => displayed(this.sheet.cells[this.row - 1 + r]?.[this.column - 1 + c] ?? '')),
    );
  }
  setValues(values: Value[][]): FakeRange {
    if (values.length !== this.numRows || values.some((r) => r.length !== this.numColumns)) {
      throw new Error(
        `The number of rows or columns in the data does not match the range (${values.length}x${values[0]?.length} vs ${this.numRows}x${this.numColumns})`,
      );
    }
    if (this.column + this.numColumns - 1 > this.sheet.maxColumns) throw new Error('Range exceeds the grid: insert columns first');
    values.forEach((r, i) => r.forEach((v, j) => this.sheet.set(this.row + i, this.column + j, entered(v))));
    return this;
  }
  setNumberFormats(formats: string[][]): FakeRange {
    formats.forEach((r, i) => r.forEach((f, j) => this.sheet.formats.set(this.row + i, this.column + j, f)));
    return this;
  }
  /** The formulas a user gave the range's cells (`FakeSheet.formulas`), '' where none, as Sheets gives them. */
  getFormulas(): string[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) => this.sheet.formulas.get(`${this.row + r},${this.column + c}`) ?? ''),
    );
  }
  /** Formulas, stored as written (getValues shows what a HYPERLINK displays). */
  setFormulas(formulas: string[][]): FakeRange {
    if (formulas.length !== this.numRows || formulas.some((r) => r.length !== this.numColumns))
      throw new Error('The number of rows or columns in the data does not match the range');
    formulas.forEach((r, i) => r.forEach((f, j) => this.sheet.set(this.row + i, this.column + j, f)));
    return this;
  }
  setValue(v: Value): FakeRange {
    return this.setValues(Array.from({ length: this.numRows }, () => Array.from({ length: this.numColumns }, () => v)));
  }
  /** Checkbox data validation; empty cells become FALSE, as in Sheets. */
  insertCheckboxes(): FakeRange {
    for (let r = this.row; r < this.row + this.numRows; r++) {
      for (let c = this.column; c < this.column + this.numColumns; c++) {
        this.sheet.checkboxes.add(`${r},${c}`);
        if ((this.sheet.cells[r - 1]?.[c - 1] ?? '') === '') this.sheet.set(r, c, false);
      }
    }
    return this;
  }
  clearDataValidations(): FakeRange {
    for (let r = this.row; r < this.row + this.numRows; r++) {
      for (let c = this.column; c < this.column + this.numColumns; c++) this.sheet.checkboxes.delete(`${r},${c}`);
    }
    return this;
  }
}

/** What a cell shows: a HYPERLINK formula shows its label, as getValues returns it in Sheets. */
function displayed(v: Value): Value {
  const link = typeof v === 'string' ? HYPERLINK.exec(v) : null;
  if (!link) return v;
  return link[1] !== undefined ? link[1] : Number(link[2]);
}

/** `C5` or `C5:D9` to 1-based row, column, rows, columns. */
function a1(notation: string): [number, number, number, number] {
  const cell = (t: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(t);
    if (!m) throw new Error(`Range not found: ${notation}`);
    const column = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(m[2]), column];
  };
  const [from, to = from] = notation.split(':') as [string, string?];
  const [r1, c1] = cell(from);
  const [r2, c2] = cell(to);
  return [r1, c1, r2 - r1 + 1, c2 - c1 + 1];
}

/**
 * Number formats by cell, read as `formats.get('row,column')` (1-based). Held as rows of arrays,
 * not a Map of ten million string keys: a full tab's formats fit in memory.
 */
export class CellFormats {
  private readonly rows: Array<Array<string | undefined> | undefined> = [];
  get(key: string): string | undefined {
    const [row, column] = key.split(',').map(Number) as [number, number];
    return this.rows[row]?.[column];
  }
  set(row: number, column: number, format: string): void {
    const r = (this.rows[row] ??= []);
    r[column] = format;
  }
  clear(): void {
    this.rows.length = 0;
  }
}

let nextSheetId = 0;

export class FakeSheet {
  cells: Value[][] = [];
  readonly formats = new CellFormats();
  /** `row,column` of cells with a checkbox. */
  readonly checkboxes = new Set<string>();
  /**
   * `row,column` of cells a user gave a formula, to its text (their value is in `cells`). Writing
   * a value into such a cell replaces the formula, as in Sheets.
   */
  readonly formulas = new Map<string, string>();
  readonly id = nextSheetId++;
  maxColumns: number;
  frozenRows = 0;
  constructor(
    private readonly name: string,
    rows: Value[][],
    private readonly log: string[],
    private readonly onActivate: () => void = () => {},
  ) {
    this.cells = rows.map((r) => [...r]);
    // A loop, not Math.max(...rows): spreading 200,000 rows into arguments overflows the stack.
    let widest = 26;
    for (const r of rows) if (r.length > widest) widest = r.length;
    this.maxColumns = widest;
  }
  set(row: number, column: number, v: Value): void {
    if (this.formulas.size > 0) this.formulas.delete(`${row},${column}`);
    while (this.cells.length < row) this.cells.push([]);
    const r = this.cells[row - 1] as Value[];
    while (r.length < column) r.push('');
    r[column - 1] = v;
  }
  getName(): string {
    return this.name;
  }
  getLastRow(): number {
    for (let r = this.cells.length; r > 0; r--) if ((this.cells[r - 1] ?? []).some((v) => v !== '')) return r;
    return 0;
  }
  getLastColumn(): number {
    return this.cells.reduce(
      (m, r) =>
        Math.max(
          m,
          r.reduce<number>((k, v, i) => (v !== '' ? i + 1 : k), 0),
        ),
      0,
    );
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertColumnsAfter(_after: number, howMany: number): FakeSheet {
    this.maxColumns += howMany;
    return this;
  }
  /** Inserts empty columns before `column` (1-based): the cells right of it move right. */
  insertColumnsBefore(column: number, howMany: number): FakeSheet {
    for (const r of this.cells) if (r.length >= column) r.splice(column - 1, 0, ...Array<Value>(howMany).fill(''));
    this.maxColumns += howMany;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getRangeList(notations: string[]): { setValue(v: Value): void } {
    const ranges = notations.map((n) => new FakeRange(this, ...a1(n)));
    return recorded({ setValue: (v: Value) => void ranges.forEach((r) => r.setValue(v)) }, 'RangeList', this.log);
  }
  clear(): FakeSheet {
    this.cells = [];
    this.formulas.clear();
    this.formats.clear();
    return this;
  }
  setFrozenRows(n: number): FakeSheet {
    this.frozenRows = n;
    return this;
  }
  getDataRange(): FakeRange {
    return recorded(new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())), 'Range', this.log);
  }
  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) throw new Error('Invalid range');
    return recorded(new FakeRange(this, row, column, numRows, numColumns), 'Range', this.log);
  }
  activate(): FakeSheet {
    this.onActivate();
    return this;
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | undefined;
  readonly toasts: string[] = [];
  constructor(
    private readonly log: string[],
    readonly timeZone = 'America/New_York',
  ) {}
  /** Adds a sheet and makes it active, as Sheets' insertSheet does. */
  addSheet(name: string, rows: Value[][] = []): FakeSheet {
    const sheet: FakeSheet = recorded(new FakeSheet(name, rows, this.log, () => (this.active = sheet)), 'Sheet', this.log);
    this.sheets.push(sheet);
    this.active = sheet;
    return sheet;
  }
  getActiveSheet(): FakeSheet {
    if (!this.active) throw new Error('no active sheet');
    return this.active;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.getName() === name) ?? null;
  }
  insertSheet(name: string): FakeSheet {
    if (this.getSheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    return this.addSheet(name);
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  toast(message: string): void {
    this.toasts.push(message);
  }
}

export interface Ui {
  menus: Array<{ items: Array<[string, string] | '---'>; shown: boolean }>;
  alerts: string[];
  sidebars: Array<{ title: string; html: string }>;
  dialogs: Array<{ title: string; html: string }>;
}

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface Loaded {
  /** The script's globals: the public functions, callable as Apps Script calls them. */
  readonly global: Record<string, (...args: unknown[]) => unknown>;
  readonly ss: FakeSpreadsheet;
  readonly ui: Ui;
  /** Every service call, in order, e.g. `SpreadsheetApp.getActiveSpreadsheet`, `Range.setValues`. */
  readonly log: string[];
  readonly lock: { held: boolean; free: boolean };
  setAuthMode(mode: AuthMode): void;
}

/** The filePushOrder `npm run setup` writes into .clasp.json (scripts/deploy.mjs), without dist/. */
export const PUSH_ORDER: readonly string[] = ['Code.js'];

/** clasp's push order: PUSH_ORDER first, then the other script files by name. */
export function scriptFiles(dist = DIST): string[] {
  const all = readdirSync(dist)
    .filter((f) => /\.(js|gs)$/.test(f))
    .sort();
  const first = PUSH_ORDER.filter((f) => all.includes(f));
  return [...first, ...all.filter((f) => !first.includes(f))];
}

function htmlOutput(html: string) {
  const out = { title: '', html, setTitle: (t: string) => ((out.title = t), out), setWidth: () => out, setHeight: () => out, getContent: () => html };
  return out;
}

/** Loads so far with `uncached`: each such load's text is new to V8. */
let uncachedLoads = 0;

/**
 * The script files of `dist/` run in a fresh context with fake services. `uncached`: compiled anew,
 * as a script V8 has not seen (its text made unique), where V8 would otherwise reuse the
 * compilation of an earlier load in this process: what a first call pays.
 */
export function loadDist(options: { timeZone?: string; now?: Date; dist?: string; uncached?: boolean } = {}): Loaded {
  const dist = options.dist ?? DIST;
  const log: string[] = [];
  const ss = recorded(new FakeSpreadsheet(log, options.timeZone), 'Spreadsheet', log);
  const ui: Ui = { menus: [], alerts: [], sidebars: [], dialogs: [] };
  const lock = { held: false, free: true };
  let authMode: AuthMode = 'FULL';
  const noAccess = () => {
    if (authMode === 'NONE') throw new Error('You do not have permission to access the spreadsheet in AuthMode.NONE');
  };
  const menu = () => {
    const m = { items: [] as Array<[string, string] | '---'>, shown: false };
    const api = {
      addItem(label: string, fn: string) {
        m.items.push([label, fn]);
        return api;
      },
      addSeparator() {
        m.items.push('---');
        return api;
      },
      addToUi() {
        m.shown = true;
        ui.menus.push(m);
      },
    };
    return recorded(api, 'Menu', log);
  };
  const fakeUi = recorded(
    {
      createAddonMenu: menu,
      createMenu: menu,
      alert: (...args: unknown[]) => void ui.alerts.push(args.filter((a) => typeof a === 'string').join(': ')),
      showSidebar: (html: { title: string; html: string }) => void ui.sidebars.push(html),
      showModalDialog: (out: { html: string }, title: string) => void ui.dialogs.push({ title, html: out.html }),
      ButtonSet: { OK: 'OK' },
    },
    'Ui',
    log,
  );
  const globals: Record<string, unknown> = {
    SpreadsheetApp: recorded(
      {
        getActiveSpreadsheet: () => (noAccess(), ss),
        getActive: () => (noAccess(), ss),
        getUi: () => fakeUi,
      },
      'SpreadsheetApp',
      log,
    ),
    HtmlService: recorded(
      {
        // The file name as the script project holds it: case counts, as in Apps Script.
        createHtmlOutputFromFile: (name: string) => htmlOutput(readFileSync(join(dist, `${name}.html`), 'utf8')),
        createHtmlOutput: (html: string) => htmlOutput(html),
      },
      'HtmlService',
      log,
    ),
    LockService: recorded(
      {
        getDocumentLock: () =>
          recorded(
            {
              tryLock: () => (lock.free && !lock.held ? ((lock.held = true), true) : false),
              waitLock: () => {
                if (!lock.free || lock.held) throw new Error('Lock timeout');
                lock.held = true;
              },
              releaseLock: () => void (lock.held = false),
              hasLock: () => lock.held,
            },
            'Lock',
            log,
          ),
      },
      'LockService',
      log,
    ),
    PropertiesService: recorded({ getDocumentProperties: () => ({}), getUserProperties: () => ({}) }, 'PropertiesService', log),
    Session: recorded({ getScriptTimeZone: () => 'America/New_York' }, 'Session', log),
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } },
    console,
  };
  // A context whose global is an ordinary object, as Apps Script's is: a contextified sandbox
  // answers every global lookup (Math, Date, Map...) through an interceptor, many times slower.
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY) as Record<string, unknown>;
  Object.assign(context, globals);
  if (options.now) {
    // The script's clock: a fixed "today" for the as-of default.
    vm.runInContext(
      `(() => { const Real = Date; const t = ${options.now.getTime()}; globalThis.Date = class extends Real { constructor(...a) { super(...(a.length ? a : [t])); } static now() { return t; } }; })();`,
      context,
    );
  }
  const suffix = options.uncached ? `\n// load ${++uncachedLoads}\n` : '';
  for (const file of scriptFiles(dist)) vm.runInContext(readFileSync(join(dist, file), 'utf8') + suffix, context, { filename: file });
  return {
    global: context as unknown as Record<string, (...args: unknown[]) => unknown>,
    ss,
    ui,
    log,
    lock,
    setAuthMode: (m) => void (authMode = m),
  };
}

/** Counts of spreadsheet service calls, e.g. { 'Range.getValues': 2, 'Range.setValues': 1 }. */
export function callCounts(log: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of log) out[c] = (out[c] ?? 0) + 1;
  return out;
}
