import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { PUBLIC_FUNCTIONS } from '../src/sheets/public.js';
import { DIST, type Value, callCounts, loadDist, sheetsValue } from '../src/preview/apps-script.js';

const SAMPLE = parse(readFileSync('examples/prospects.csv', 'utf8')) as string[][];
const HEADER = SAMPLE[0] as string[];

/** The sample as Sheets holds it, with checkboxes; its Dates are built in this realm, not the script's. */
const typedRows = () => SAMPLE.slice(1).map((r) => r.map((c) => sheetsValue(c, true)));
const AS_OF: Value[][] = [['As Of', '2026-11-23']];
const iso = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]'
    ? `${(v as Date).getFullYear()}-${String((v as Date).getMonth() + 1).padStart(2, '0')}-${String((v as Date).getDate()).padStart(2, '0')}`
    : v;

describe('the bundle clasp pushes', () => {
  it('dist/ holds exactly the manifest, the server script and the sidebar', () => {
    expect(readdirSync(DIST).sort()).toEqual(['Code.js', 'appsscript.json', 'sidebar.html']);
  });

  it('the manifest: V8, a time zone, exactly the two least-privilege scopes, no other service', () => {
    const m = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(m.runtimeVersion).toBe('V8');
    expect(m.timeZone).toMatch(/^[A-Za-z]+\/[A-Za-z_]+$/);
    expect(m.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
    expect(m.dependencies ?? {}).toEqual({});
    expect(Object.keys(m).sort()).toEqual(['dependencies', 'exceptionLogging', 'oauthScopes', 'runtimeVersion', 'timeZone']);
  });

  it('every public function is a top-level declaration with its JSDoc directly above it', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    for (const f of PUBLIC_FUNCTIONS) {
      const m = new RegExp(`/\\*\\*\\n((?: \\*.*\\n)+?) \\*/\\nfunction ${f.name}\\(([^)]*)\\) \\{`).exec(code);
      expect(m, f.name).not.toBeNull();
      const doc = m?.[1] ?? '';
      expect(m?.[2]).toBe(f.params.map((p) => p.name).join(', '));
      for (const p of f.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${p.name}\\]? \\S`));
      if (f.returns) expect(doc).toMatch(/@return \{[^}]+\} \S/);
      expect(doc.includes('@customfunction')).toBe(f.customFunction === true);
    }
    for (const name of ['CHANNEL', 'SEQUENCE_DAY', 'INMAIL_COST', 'CHANNEL_REASON', 'CHANNEL_PLAN']) {
      expect(PUBLIC_FUNCTIONS.find((f) => f.name === name)?.customFunction).toBe(true);
    }
  });

  it('loading the script calls no Apps Script service', () => {
    const { log, global } = loadDist();
    expect(log).toEqual([]);
    for (const f of PUBLIC_FUNCTIONS) expect(typeof global[f.name]).toBe('function');
  });

  it('the script makes no network call and names no other service', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    for (const service of ['UrlFetchApp', 'DriveApp', 'GmailApp', 'MailApp', 'CalendarApp', 'ScriptApp.getOAuthToken', 'fetch(', 'XMLHttpRequest'])
      expect(code).not.toContain(service);
  });
});

describe('custom functions, called as Sheets calls them', () => {
  const { global } = loadDist();
  const call = (name: string, ...args: unknown[]) => global[name]?.(...args);

  it('one row gives one value; a range gives a column of the same height', () => {
    const rows = typedRows();
    expect(call('CHANNEL', [rows[0]], [HEADER], AS_OF)).toBe('INMAIL');
    const column = call('CHANNEL', rows, [HEADER], AS_OF) as Value[][];
    expect(column).toHaveLength(rows.length);
    expect(column.every((r) => r.length === 1)).toBe(true);
  });

  it('filled down, each row gives the same value as the range', () => {
    const rows = typedRows();
    for (const name of ['CHANNEL', 'SEQUENCE_DAY', 'INMAIL_COST', 'CHANNEL_REASON']) {
      const range = (call(name, rows, [HEADER], AS_OF) as Value[][]).map((r) => r[0]);
      const filled = rows.map((r) => call(name, [r], [HEADER], AS_OF));
      expect(filled, name).toEqual(range);
    }
  });

  it('answers match the command line on the sample sheet with Sheets-typed cells', () => {
    const cli = spawnSync(process.execPath, ['build/cli.js', 'examples/prospects.csv', '--as-of', '2026-11-23', '--format', 'csv'], { encoding: 'utf8' });
    const expected = (parse(cli.stdout) as string[][]).slice(1).map((r) => r.slice(-5));
    const rows = typedRows();
    const plan = (call('CHANNEL_PLAN', rows, [HEADER], AS_OF) as Value[][]).map((r) => [
      r[0],
      String(r[1]),
      iso(r[2]) || '',
      r[3] === '' ? '' : (r[3] as number).toFixed(2),
      r[4],
    ]);
    expect(plan).toEqual(expected);
    // No budget binds on the sample: row-wise equals the plan.
    const channels = (call('CHANNEL', rows, [HEADER], AS_OF) as Value[][]).map((r) => r[0]);
    expect(channels).toEqual(expected.map((r) => r[0]));
    const costs = (call('INMAIL_COST', rows, [HEADER], AS_OF) as Value[][]).map((r) => r[0]);
    expect(costs).toEqual(expected.map((r) => (r[3] === '' ? r[0] : Number(r[3]))));
    const days = (call('SEQUENCE_DAY', rows, [HEADER], AS_OF) as Value[][]).map((r) => r[0]);
    expect(days).toEqual(expected.map((r) => (String(r[0]).startsWith('ERROR') ? r[0] : r[1] === '' ? '' : Number(r[1]))));
  });

  it('CHANNEL_PLAN spills five columns with the date as a date and the cost as a number', () => {
    const plan = call('CHANNEL_PLAN', typedRows(), [HEADER], AS_OF) as Value[][];
    expect(plan.every((r) => r.length === 5)).toBe(true);
    expect(Object.prototype.toString.call(plan[0]?.[2])).toBe('[object Date]');
    expect(typeof plan[0]?.[3]).toBe('number');
  });

  it('takes a settings range with Column: mappings; a change of setting changes the answer', () => {
    const header = ['Name', 'Conn. lvl', 'Acct'];
    const rows: Value[][] = [
      ['Ann', 1, true],
      ['Bob', 3, true],
    ];
    expect(call('CHANNEL', rows, [header], AS_OF)).toEqual([['CONNECT_NOTE'], ['CONNECT_NOTE']]);
    const settings: Value[][] = [
      ['Setting', 'Value'],
      ['As Of', new Date(2026, 10, 23)],
      ['Column: Degree', 'Conn. lvl'],
      ['Column: Named Account', 'Acct'],
      ['Column: Serious Ask', 'Acct'],
    ];
    expect(call('CHANNEL', rows, [header], settings)).toEqual([['MESSAGE'], ['INMAIL']]);
    expect(call('INMAIL_COST', [rows[1]], [header], [...settings, ['InMail Reply Rate', 0.2]])).toBe(1.58);
    expect(call('INMAIL_COST', [rows[1]], [header], [...settings, ['Plan', 'free']])).toBe(0);
  });

  it('blank rows give blank output; a bad row gives its error text in its own cell, the rest is fine', () => {
    const rows: Value[][] = [
      ['Ann', 1],
      ['', ''],
      ['Bob', 'fourth'],
      ['Cy', 2],
    ];
    const header = ['Name', 'Degree'];
    expect(call('CHANNEL', rows, [header], AS_OF)).toEqual([
      ['MESSAGE'],
      [''],
      ["ERROR: Degree: expected 1, 2, 3, 1st, 2nd, 3rd, 3rd+ or out of network (got 'fourth')"],
      ['CONNECT_NOTE'],
    ]);
    expect((call('SEQUENCE_DAY', rows, [header], AS_OF) as Value[][]).map((r) => r[0])).toEqual([1, '', expect.stringMatching(/^ERROR: Degree/), 1]);
    expect((call('CHANNEL_PLAN', rows, [header], AS_OF) as Value[][])[1]).toEqual(['', '', '', '', '']);
  });

  it('a bad header row or a bad setting throws one clear Error (#ERROR! in Sheets)', () => {
    expect(() => call('CHANNEL', [['x']], [['foo', 'bar']], AS_OF)).toThrow(/^no recognised column in the header row/);
    expect(() => call('CHANNEL', [['x']], [['Name']], [['Credits', 'many']])).toThrow(
      "Channel Settings: Credits: expected a whole number, 0 or more (got 'many')",
    );
    expect(() => call('CHANNEL', [['x']], [['Name']], [['Colour', 'red']])).toThrow(/^Channel Settings: unknown setting 'Colour'/);
    expect(() => call('CHANNEL', [['x']], undefined)).toThrow(/headers: give the header row/);
  });

  it('As Of defaults to the current date where the spreadsheet is', () => {
    const { global: g, log } = loadDist({ now: new Date(Date.UTC(2026, 10, 24, 3, 0)), timeZone: 'America/Los_Angeles' });
    // 03:00 UTC on the 24th is still the 23rd in Los Angeles: an InMail sent on the 19th is on day 5, so day 8 is next.
    const reason = g.CHANNEL_REASON?.([['X', '2026-11-19']], [['Name', 'InMail Sent On']]);
    expect(reason).toBe('Connect with a note (300 chars): InMail unanswered a week on: connect, note referring to it');
    expect(g.SEQUENCE_DAY?.([['X', '2026-11-19']], [['Name', 'InMail Sent On']])).toBe(8);
    expect(log).toContain('Spreadsheet.getSpreadsheetTimeZone');
  });

  it('a date cell from a sheet in another time zone than the script keeps its day', () => {
    // Sheets sends midnight in the spreadsheet's zone (Tokyo): 15:00 UTC the day before.
    const { global: g } = loadDist({ timeZone: 'Asia/Tokyo' });
    const tokyoMidnight = new Date(Date.UTC(2026, 10, 18, 15, 0));
    expect(g.SEQUENCE_DAY?.([['X', tokyoMidnight]], [['Name', 'InMail Sent On']], AS_OF)).toBe(8);
    expect(g.CHANNEL_REASON?.([['X', tokyoMidnight]], [['Name', 'InMail Sent On']], AS_OF)).toMatch(/: InMail unanswered a week on/);
  });
});

describe('the menu and its commands', () => {
  it.each(['NONE', 'LIMITED', 'FULL'] as const)('onOpen in AuthMode.%s only builds the menu', (mode) => {
    const h = loadDist();
    h.setAuthMode(mode);
    h.global.onOpen?.({ authMode: mode });
    expect(h.ui.menus).toHaveLength(1);
    expect(h.ui.menus[0]?.items).toEqual([
      ['Open planner', 'openPlanner'],
      ['Classify this sheet', 'classifySheet'],
      '---',
      ['Insert sample sheet', 'insertSampleSheet'],
      ['Refresh as-of date', 'refreshAsOfDate'],
    ]);
    expect(h.log.filter((c) => !c.startsWith('Menu.') && !c.startsWith('Ui.create') && c !== 'SpreadsheetApp.getUi')).toEqual([]);
    for (const [, fn] of h.ui.menus[0]?.items.filter((i): i is [string, string] => i !== '---') ?? []) expect(typeof h.global[fn]).toBe('function');
  });

  it('onInstall adds the menu', () => {
    const h = loadDist();
    h.global.onInstall?.({ authMode: 'FULL' });
    expect(h.ui.menus).toHaveLength(1);
  });

  it('Open planner shows the sidebar', () => {
    const h = loadDist();
    h.global.openPlanner?.();
    expect(h.ui.sidebars).toHaveLength(1);
    expect(h.ui.sidebars[0]?.title).toBe('Prospect Channel Planner');
  });

  /** A sheet of n prospects with a user's own column after the data. */
  function bigSheet(n: number): Value[][] {
    const header = [...HEADER, 'My notes'];
    const body = Array.from({ length: n }, (_, i) => [...(SAMPLE[1 + (i % (SAMPLE.length - 1))] as string[]).map((c) => sheetsValue(c, true)), `note ${i}`]);
    return [header, ...body];
  }

  function classify(n: number) {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['As Of', '2026-11-23'],
    ]);
    const sheet = h.ss.addSheet('Prospects', bigSheet(n));
    h.log.length = 0;
    h.global.classifySheet?.();
    return { h, sheet, calls: callCounts(h.log) };
  }

  it('Classify this sheet makes the same small number of spreadsheet calls on 100 and on 10,000 rows', () => {
    const small = classify(100);
    const large = classify(10_000);
    expect(large.calls).toEqual(small.calls);
    expect(small.calls['Range.getValues']).toBe(2); // the prospect sheet and the settings sheet, once each
    expect(small.calls['Range.setValues']).toBe(1);
    expect(small.calls['Range.setNumberFormats']).toBe(1);
    expect(Object.values(small.calls).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20);
    expect(small.h.ui.alerts).toEqual([]);
  });

  it("Classify writes the five columns beside the data, keeps the user's columns, and updates in place on a re-run", () => {
    const { h, sheet } = classify(100);
    const width = HEADER.length + 1;
    expect(sheet.cells[0]?.slice(width, width + 5)).toEqual(['Channel', 'Day', 'Date', 'Cost', 'Reason']);
    expect(sheet.cells[0]?.[width - 1]).toBe('My notes');
    expect(sheet.cells.slice(1).every((r, i) => r[width - 1] === `note ${i}`)).toBe(true);
    expect(sheet.cells[1]?.[width]).toBe('INMAIL');
    expect(Object.prototype.toString.call(sheet.cells[1]?.[width + 2])).toBe('[object Date]');
    expect(sheet.formats.get(`2,${width + 4}`)).toBe('$#,##0.00');
    const before = JSON.stringify(sheet.cells);
    h.global.classifySheet?.();
    expect(JSON.stringify(sheet.cells)).toBe(before);
    expect(Math.max(...sheet.cells.map((r) => r.length))).toBe(width + 5);
    expect(h.lock.held).toBe(false);
  });

  it('Classify takes the lock, and tells the user when another run holds it', () => {
    const h = loadDist();
    const sheet = h.ss.addSheet('Prospects', bigSheet(5));
    h.lock.free = false;
    h.global.classifySheet?.();
    expect(h.ui.alerts[0]).toMatch(/Another planner run is writing to this spreadsheet/);
    expect(sheet.cells[0]).toHaveLength(HEADER.length + 1);
    h.lock.free = true;
    h.global.classifySheet?.();
    expect(h.log.filter((c) => c.startsWith('Lock.'))).toEqual(['Lock.tryLock', 'Lock.tryLock', 'Lock.releaseLock']);
  });

  it('Classify on a sheet with no header, or on the settings sheet, alerts and writes nothing', () => {
    const h = loadDist();
    const s = h.ss.addSheet('Junk', [
      ['foo', 'bar'],
      [1, 2],
    ]);
    h.global.classifySheet?.();
    expect(h.ui.alerts[0]).toMatch(/no recognised column in the header row/);
    expect(s.cells).toEqual([
      ['foo', 'bar'],
      [1, 2],
    ]);
    h.ss.addSheet('Channel Settings', [['Setting', 'Value']]);
    h.global.classifySheet?.();
    expect(h.ui.alerts[1]).toMatch(/open the sheet with your prospect list first/);
  });

  it('Classify finds a header row under a title row', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    const sheet = h.ss.addSheet('Q4', [
      ['Q4 enterprise list', ''],
      ['Name', 'Degree'],
      ['Ann', 1],
    ]);
    h.global.classifySheet?.();
    expect(sheet.cells[1]?.slice(2)).toEqual(['Channel', 'Day', 'Date', 'Cost', 'Reason']);
    expect(sheet.cells[2]?.[2]).toBe('MESSAGE');
  });

  it('Insert sample sheet adds the sample with its dates moved to today, planned as on 2026-11-23', () => {
    const h = loadDist({ now: new Date(2026, 11, 7, 10) }); // two weeks after the sample's date
    h.global.insertSampleSheet?.();
    const sheet = h.ss.getSheetByName('Sample prospects');
    expect(sheet).not.toBeNull();
    const cells = sheet?.cells ?? [];
    const requested = HEADER.indexOf('Request Sent');
    expect(iso(cells.find((r) => r[0] === 'Peter Novak')?.[requested])).toBe('2026-12-04');
    const cli = spawnSync(process.execPath, ['build/cli.js', 'examples/prospects.csv', '--as-of', '2026-11-23', '--format', 'csv'], { encoding: 'utf8' });
    const expected = (parse(cli.stdout) as string[][]).slice(1).map((r) => [r.at(-5), r.at(-4)]);
    expect(cells.slice(1).map((r) => [r[HEADER.length], String(r[HEADER.length + 1])])).toEqual(expected);
    expect(h.ss.toasts[0]).toMatch(/^Inserted 'Sample prospects' and planned it/);
    h.global.insertSampleSheet?.();
    expect(h.ss.getSheetByName('Sample prospects 2')).not.toBeNull();
  });

  it('the sidebar state gives stored settings under their canonical keys; the preview gives the cap it used', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['weekly invite cap', 60],
      ['As Of', '2026-11-23'],
    ]);
    h.ss.addSheet('Prospects', [
      ['Name', 'Degree'],
      ['Ann', 2],
    ]);
    const state = h.global.getPlannerState?.() as { settings: Array<[string, string]> };
    expect(state.settings).toEqual([
      ['Weekly Invite Cap', '60'],
      ['As Of', '2026-11-23'],
    ]);
    const preview = h.global.previewPlan?.({ settings: state.settings }) as { weeklyInviteCap: number };
    expect(preview.weeklyInviteCap).toBe(60);
  });

  it('Refresh as-of date writes today into the settings sheet, creating it with every setting', () => {
    const h = loadDist({ now: new Date(2026, 11, 1, 8) });
    const prospects = h.ss.addSheet('Prospects', [
      ['Name', 'Degree'],
      ['Ann', 1],
    ]);
    h.global.refreshAsOfDate?.();
    // Creating the settings sheet does not take the user away from their list.
    expect(h.ss.getActiveSheet()).toBe(prospects);
    const sheet = h.ss.getSheetByName('Channel Settings');
    const rows = sheet?.cells ?? [];
    expect(rows[0]).toEqual(['Setting', 'Value', 'Default and where it comes from']);
    expect(rows.map((r) => r[0])).toContain('Weekly Invite Cap');
    expect(iso(rows.find((r) => r[0] === 'As Of')?.[1])).toBe('2026-12-01');
    expect(h.ss.toasts).toEqual(['As Of is now 2026-12-01.']);
  });
});
