import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { RELEASE_FILES, packageRelease } from '../scripts/package.mjs';
import { PUBLIC_FUNCTIONS } from '../src/sheets/public.js';
import { DIST, type Value, callCounts, loadDist, sheetsValue } from '../src/preview/apps-script.js';
import { formatDay, parseIsoDay } from '../src/core/dates.js';
import { instantDayIn, sheetDate, zoneName } from '../src/sheets/cells.js';

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
    expect(readdirSync(DIST).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
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

  it('SPEC 7, a bad row gives its error text: a rows range that starts at the header row says to start it one row lower', () => {
    const rows = typedRows();
    // The header row reads as the header again, not as a row in error: the hint is all its cell says.
    const hint = /^ERROR: the range starts at the header row: start it one row lower$/;
    for (const name of ['CHANNEL', 'SEQUENCE_DAY', 'CHANNEL_REASON']) {
      const column = call(name, [HEADER, ...rows], [HEADER], AS_OF) as Value[][];
      expect(column[0]?.[0]).toMatch(hint);
      // Only the header row gets the hint; a bad prospect row keeps its bare error.
      expect(column.slice(1).filter((r) => String(r[0]).includes('header row'))).toEqual([]);
    }
    const plan = call('CHANNEL_PLAN', [HEADER, ...rows], [HEADER], AS_OF) as Value[][];
    expect(plan[0]?.[0]).toMatch(hint);
    expect(plan[0]?.[4]).toBe(plan[0]?.[0]);
    expect(plan.slice(1).filter((r) => String(r[0]).includes('header row'))).toEqual([]);
    // One row says nothing of where the rows start: it is the header again, blank as in a range.
    expect(call('CHANNEL', [HEADER], [HEADER], AS_OF)).toBe('');
  });

  it('SPEC 1: a checkbox column filled down past the list (unticked FALSE cells): those rows are empty, not prospects given invitations', () => {
    const header = ['Name', 'Degree', 'Open Profile', 'Done?'];
    const rows = [
      ['Ann Lee', '2nd', true, false],
      ['', '', false, false],
      ['', '', false, false],
    ];
    const plan = call('CHANNEL_PLAN', rows, [header], AS_OF) as Value[][];
    expect(plan[0]?.[0]).toMatch(/^(CONNECT_NOTE|CONNECT|OPEN_PROFILE)$/);
    expect(plan.slice(1)).toEqual([
      ['', '', '', '', ''],
      ['', '', '', '', ''],
    ]);
    expect(call('CHANNEL', [rows[1]], [header], AS_OF)).toBe('');
  });

  it("SPEC 1: a report's footer under the list (an empty row, then lines of one cell) is empty in every function given the range, as in CHANNEL_PLAN", () => {
    const header = ['Name', 'Degree'];
    const rows = [
      ['Ann Lee', '2nd'],
      ['', ''],
      ['Generated By: Jane Rep', ''],
      ['Copyright (c) 2000-2026 salesforce.com, inc.', ''],
    ];
    const plan = call('CHANNEL_PLAN', rows, [header], AS_OF) as Value[][];
    expect(plan[0]?.[0]).toMatch(/^(CONNECT_NOTE|CONNECT)$/);
    expect(plan.slice(1).filter((r) => r.some((c) => c !== ''))).toEqual([]);
    for (const name of ['CHANNEL', 'SEQUENCE_DAY', 'INMAIL_COST', 'CHANNEL_REASON']) {
      const column = (call(name, rows, [header], AS_OF) as Value[][]).map((r) => r[0]);
      expect(column[0], name).not.toBe('');
      expect(column.slice(1), name).toEqual(['', '', '']);
    }
    // A one-cell row that is a LinkedIn URL or an email reaches someone: a prospect, after an empty row too.
    const both = [['LinkedIn URL', 'Email']];
    const profiles = [
      ['https://www.linkedin.com/in/ann', ''],
      ['', ''],
      ['https://www.linkedin.com/in/bo', ''],
      ['', 'cy@example.com'],
      ['', ''],
      ['Generated By: Jane Rep', ''],
    ];
    const planned = [true, false, true, true, false, false];
    expect((call('CHANNEL_PLAN', profiles, both, AS_OF) as Value[][]).map((r) => r[0] !== '')).toEqual(planned);
    expect((call('CHANNEL', profiles, both, AS_OF) as Value[][]).map((r) => r[0] !== '')).toEqual(planned);
    // A one-cell row with no empty row above it is a prospect named and nothing more, as in the plan.
    const packed = [
      ['Ann Lee', '2nd'],
      ['Bo Chan', ''],
    ];
    expect((call('CHANNEL', packed, [header], AS_OF) as Value[][])[1]?.[0]).toBe((call('CHANNEL_PLAN', packed, [header], AS_OF) as Value[][])[1]?.[0]);
    expect((call('CHANNEL', packed, [header], AS_OF) as Value[][])[1]?.[0]).not.toBe('');
  });

  it('SPEC 1: a lookup formula filled down past the list (#N/A, 0, No under A2:Z): those rows are empty in every function, not prospects given invitations', () => {
    const header = ['Name', 'Degree', 'Deal Value', 'Named Account', 'Account Owner'];
    const tail = (cell: Value, at: number) => Array.from({ length: 200 }, () => header.map((_, j) => (j === at ? cell : '')));
    const rows = [['Ann Lee', '2nd', 1000, 'Yes', 'Jo'], ...tail('#N/A', 4), ...tail(0, 2), ...tail('No', 3)];
    const plan = call('CHANNEL_PLAN', rows, [header], AS_OF) as Value[][];
    expect(plan[0]?.[0]).toMatch(/^(CONNECT_NOTE|CONNECT|INMAIL|OPEN_PROFILE)$/);
    expect(plan.slice(1).filter((r) => r.some((c) => c !== ''))).toEqual([]);
    expect((call('CHANNEL', rows, [header], AS_OF) as Value[][]).slice(1).filter((r) => r[0] !== '')).toEqual([]);
    const stats = call('CHANNEL_STATS', rows, [header], AS_OF) as Value[][];
    expect(stats.find((r) => r[0] === 'Prospects Read')?.[1]).toBe(1);
  });

  it('filled down a row at a time, a header repeated under the rows (two lists pasted) is blank as in the range, with no hint', () => {
    const rows = typedRows();
    const pasted = [...rows.slice(0, 3), HEADER, ...rows.slice(3)];
    for (const name of ['CHANNEL', 'SEQUENCE_DAY', 'CHANNEL_REASON']) {
      const range = (call(name, pasted, [HEADER], AS_OF) as Value[][]).map((r) => r[0]);
      expect(range[3], name).toBe('');
      expect(
        pasted.map((r) => call(name, [r], [HEADER], AS_OF)),
        name,
      ).toEqual(range);
    }
  });

  it('filled down, each row gives the same value as the range', () => {
    const rows = typedRows();
    for (const name of ['CHANNEL', 'SEQUENCE_DAY', 'INMAIL_COST', 'CHANNEL_REASON']) {
      const range = (call(name, rows, [HEADER], AS_OF) as Value[][]).map((r) => r[0]);
      const filled = rows.map((r) => call(name, [r], [HEADER], AS_OF));
      expect(filled, name).toEqual(range);
    }
  });

  it("SPEC 6, as the README writes them: filled down with the settings range, the row-wise functions read the sidebar's saved Column: Degree = Conn Deg and agree with the plan; without it they do not see it", () => {
    const header = ['Name', 'Conn Deg', 'Title'];
    const rows: Value[][] = [
      ['Ada Lane', '1st', 'VP Sales'],
      ['Bo Chan', '2nd', 'Engineer'],
      ['Cy Doe', '3rd', 'CEO'],
    ];
    // The whole columns A:B of the settings sheet, blank rows and all, as Sheets passes them.
    const settings: Value[][] = [['Setting', 'Value'], ['As Of', '2026-11-23'], ['Column: Degree', 'Conn Deg'], ...Array.from({ length: 20 }, () => ['', ''])];
    const plan = call('CHANNEL_PLAN', rows, [header], settings) as Value[][];
    expect(plan.map((r) => r[0])).toEqual(['MESSAGE', 'CONNECT_NOTE', 'CONNECT_NOTE']);
    const day = rows.map((r) => call('SEQUENCE_DAY', [r], [header], settings));
    const reason = rows.map((r) => call('CHANNEL_REASON', [r], [header], settings));
    expect(day).toEqual(plan.map((r) => r[1]));
    expect(reason).toEqual(plan.map((r) => r[4]));
    // Without it the header Conn Deg is not read: the 1st-degree connection is sent an invitation.
    expect(call('CHANNEL', [rows[0]], [header], AS_OF)).toBe('CONNECT_NOTE');
    expect(call('CHANNEL_REASON', [rows[0]], [header], AS_OF)).not.toBe(reason[0]);
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

  it("CHANNEL_PLAN's Reasons, made a batch of rows at a time, are each row's own past the first batches, as the command line words them", () => {
    // The sample 100 times over (4,800 rows: two whole batches of Reasons and part of a third), each copy its own people.
    const copies = Array.from({ length: 100 }, (_, k) =>
      SAMPLE.slice(1).map((r) => r.map((c, i) => (i === 0 && c !== '' ? `${c} ${k}` : i === 3 && c.includes('@') ? `${k}.${c}` : c))),
    ).flat();
    const dir = mkdtempSync(join(tmpdir(), 'plan-batches-'));
    const file = join(dir, 'long.csv');
    writeFileSync(file, stringify([SAMPLE[0] as string[], ...copies]));
    const out = join(dir, 'planned.csv');
    expect(spawnSync(process.execPath, ['build/cli.js', file, '--as-of', '2026-11-23', '-o', out, '-q']).status).toBe(0);
    const expected = (parse(readFileSync(out, 'utf8')) as string[][]).slice(1).map((r) => r[r.length - 1]);
    const rows = copies.map((r) => r.map((c) => sheetsValue(c, true)));
    const reasons = (call('CHANNEL_PLAN', rows, [HEADER], AS_OF) as Value[][]).map((r) => r[4]);
    expect(reasons).toHaveLength(4800);
    expect(new Set(reasons).size).toBeGreaterThan(100);
    expect(reasons).toEqual(expected);
    rmSync(dir, { recursive: true, force: true });
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

  it("a history date after the as-of date names its column as the sheet heads it ('Request Sent'), in CHANNEL_PLAN and CHANNEL alike", () => {
    const header = ['Name', 'Degree', 'Invite Status', 'Request Sent'];
    const rows = [['Ann', '2nd', 'pending', '2026-11-26']];
    const want = "ERROR: Request Sent: after the as-of date 2026-11-23 (got '2026-11-26')";
    expect((call('CHANNEL_PLAN', rows, [header], AS_OF) as Value[][])[0]?.[0]).toBe(want);
    expect(call('CHANNEL', rows, [header], AS_OF)).toBe(want);
  });

  it('SPEC 7: a header range filled down without $ reads the row above as the header: a row holding an email or a URL is refused, with where the header goes', () => {
    const lines = parse(readFileSync('test/fixtures/exports/hubspot-contacts.csv', 'utf8')) as string[][];
    const [header, first, second] = lines.map((r) => r.map((c) => sheetsValue(c, true)));
    const hint =
      /give the header row as the second argument, with \$ so it stays on row 1 when the formula is filled down \(e\.g\. =CHANNEL\(A2:T2, A\$1:T\$1\)\)$/;
    // Row 3's formula, filled down from =CHANNEL(A2:N2, A1:N1): its header is row 2.
    expect(call('CHANNEL', [second], [header], AS_OF)).toMatch(/^(CONNECT_NOTE|CONNECT|INMAIL|OPEN_PROFILE)$/);
    for (const name of ['CHANNEL', 'CHANNEL_REASON', 'CHANNEL_PLAN']) {
      expect(() => call(name, [second], [first], AS_OF), name).toThrow(/^the header row holds 'grace@example\.com', a prospect's value, not a header/);
      expect(() => call(name, [second], [first], AS_OF), name).toThrow(hint);
    }
    // The two ranges swapped: the hint says which goes second.
    expect(() => call('CHANNEL', [['Name', 'Degree']], [['Ann Lee', '2nd']], AS_OF)).toThrow(hint);
    // Filled down over a list with no address in it: the row above holds a degree, a number, a tick box.
    expect(() => call('CHANNEL', [['Bo Chan', 'CTO', '3rd', 4]], [['Ann Lee', 'VP Sales', '2nd', 12]], AS_OF)).toThrow(
      /^no recognised column in the header row \('Ann Lee', 'VP Sales', '2nd', '12'\).*; it looks like a row of the list: give the header row as the second argument/,
    );
    // A header row that is just not recognised gets no such hint: the fix is a Column: setting.
    expect(() => call('CHANNEL', [['x', 'y']], [['foo', 'bar']], AS_OF)).toThrow(/Column: <field> settings$/);
  });

  it('SPEC 7: an error names a column not read by its header, or its place in the range: a custom function cannot know which sheet column the range starts at', () => {
    const header = ['Record ID', 'Name', 'Degree', '', 'Memo', 'Memo'];
    const rows = [
      ['51', '', '', '', '', ''],
      ['', '', '', 'x', '', ''],
      ['', '', '', '', '', 'y'],
    ];
    expect((call('CHANNEL', rows, [header], AS_OF) as Value[][]).map((r) => r[0])).toEqual([
      "ERROR: Record ID: values only in columns not read: nothing to plan (got '51')",
      "ERROR: the range's column 4: values only in columns not read: nothing to plan (got 'x')",
      "ERROR: Memo (the range's column 6): values only in columns not read: nothing to plan (got 'y')",
    ]);
  });

  it('SPEC 10, When Credits Run Out = next-month with Credits 0: a row alone says the InMail waits for the renewal and when, and an urgent one connects, as CHANNEL_PLAN says', () => {
    const header = ['Name', 'Degree', 'Named Account', 'Trigger', 'Title', 'High Stakes'];
    const rows = [
      ['Ann', '3rd', 'Yes', '', 'VP Sales', 'Yes'],
      ['Bo', '3rd', 'Yes', 'Series B funding', 'VP Sales', ''],
    ];
    const s = [...AS_OF, ['Credits', 0], ['When Credits Run Out', 'next-month']];
    const plan = call('CHANNEL_PLAN', rows, [header], s) as Value[][];
    expect(plan.map((r) => r[4])).toEqual([
      'InMail (1 credit) on 12-01: named account, 3rd degree, serious ask, vp; waits for the renewal: no credits left',
      'Connect with a note (300 chars): named account, Series B funding, 3rd, vp; urgent: cannot wait for the 12-01 renewal',
    ]);
    expect((call('CHANNEL_REASON', rows, [header], s) as Value[][]).map((r) => r[0])).toEqual(plan.map((r) => r[4]));
    expect((call('CHANNEL', rows, [header], s) as Value[][]).map((r) => r[0])).toEqual(['INMAIL', 'CONNECT_NOTE']);
  });

  it('a bad header row or a bad setting throws one clear Error (#ERROR! in Sheets)', () => {
    expect(() => call('CHANNEL', [['x']], [['foo', 'bar']], AS_OF)).toThrow(/^no recognised column in the header row/);
    expect(() => call('CHANNEL', [['x']], [['Name']], [['Credits', 'many']])).toThrow(
      "Channel Settings: Credits: expected a whole number, 0 or more (got 'many')",
    );
    expect(() => call('CHANNEL', [['x']], [['Name']], [['Colour', 'red']])).toThrow(/^Channel Settings: unknown setting 'Colour'/);
    // Names across the first row, values under them: said so, not read as a name with a name for its value.
    expect(() =>
      call(
        'CHANNEL',
        [['x']],
        [['Name']],
        [
          ['As Of', 'Credits'],
          ['2026-11-23', 10],
        ],
      ),
    ).toThrow(
      "Channel Settings: the settings range names settings across its first row: give them down a column, each value beside its name (e.g. 'Channel Settings'!A:B)",
    );
    // A one-column range (the values alone, B2:B9): its cells, a Date among them, are not each a setting's name.
    for (const one of [[[new Date(2026, 10, 23)], [12]], [['As Of']], 'As Of'])
      expect(() => call('CHANNEL', [['x']], [['Name']], one)).toThrow(
        "Channel Settings: the settings range has one column: give two, names and values (e.g. 'Channel Settings'!A:B)",
      );
    expect(() =>
      call(
        'CHANNEL',
        [['x']],
        [['Name']],
        [
          ['Credits', 12],
          ['Credits', 20],
        ],
      ),
    ).toThrow("Channel Settings: Credits is given twice ('12', then '20'): keep one");
    expect(() => call('CHANNEL', [['x']], undefined)).toThrow(/headers: give the header row/);
  });

  it("a header range that is not one row over the rows' columns throws, rather than reading the rows under the wrong headers", () => {
    // Rows A2:E2; a header row A1:C1 would leave Named Account and Serious Ask unread: a request instead of an InMail.
    const row = [['Ann', 'VP', 3, 'yes', 'yes']];
    const header = ['Name', 'Seniority', 'Degree', 'Named Account', 'Serious Ask'];
    expect(call('CHANNEL', row, [header], AS_OF)).toBe('INMAIL');
    expect(() => call('CHANNEL', row, [header.slice(0, 3)], AS_OF)).toThrow(
      'headers: the header row has 3 columns and the rows 5: give both over the same columns (e.g. A$1:T$1 with A2:T500)',
    );
    expect(() => call('CHANNEL_PLAN', row, [[...header, 'Notes']], AS_OF)).toThrow(/^headers: the header row has 6 columns and the rows 5/);
    // A header given as a column (A1:A5): its first cell alone was read.
    expect(() =>
      call(
        'CHANNEL',
        row,
        header.map((h) => [h]),
        AS_OF,
      ),
    ).toThrow('headers: give the header row, one row (e.g. A$1:T$1); this range has 5 rows');
    // The settings given where the header row goes (`=CHANNEL(A2:E2, 'Channel Settings'!A:B)`): said so.
    expect(() =>
      call(
        'CHANNEL',
        row,
        [
          ['Setting', 'Value'],
          ['As Of', '2026-11-23'],
          ['Credits', '5'],
        ],
        undefined,
      ),
    ).toThrow(
      "headers: this range holds settings ('As Of'), not the header row: give the header row second and the settings third, e.g. (A2:T500, A$1:T$1, 'Channel Settings'!A:B)",
    );
  });

  it('As Of defaults to the current date where the spreadsheet is', () => {
    const { global: g, log } = loadDist({ now: new Date(Date.UTC(2026, 10, 24, 3, 0)), timeZone: 'America/Los_Angeles' });
    // 03:00 UTC on the 24th is still the 23rd in Los Angeles: an InMail sent on the 19th is on day 5, so day 8 is next.
    const reason = g.CHANNEL_REASON?.([['X', '2026-11-19']], [['Name', 'InMail Sent On']]);
    expect(reason).toBe('Connect with a note (300 chars): InMail unanswered a week on: connect, note referring to it');
    expect(g.SEQUENCE_DAY?.([['X', '2026-11-19']], [['Name', 'InMail Sent On']])).toBe(8);
    expect(log).toContain('Spreadsheet.getSpreadsheetTimeZone');
  });

  it.each([
    ['America/Los_Angeles', '2026-11-26'],
    ['Asia/Tokyo', '2026-11-27'],
  ])("a UTC timestamp (an automation tool's, as text) is read on the spreadsheet's day: in %s the day-8 request is on %s", (timeZone, date) => {
    // 06:30 UTC on 11-20 is 11-19 in Los Angeles and 11-20 in Tokyo: the InMail's day 8 is a week after.
    const { global: g, log } = loadDist({ timeZone });
    const plan = g.CHANNEL_PLAN?.([['X', '2026-11-20T06:30:00.000Z']], [['Name', 'InMail Sent On']], AS_OF) as unknown[][];
    expect(plan[0]?.[1]).toBe(8);
    expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(plan[0]?.[2] as Date)).toBe(date);
    expect(log).toContain('Spreadsheet.getSpreadsheetTimeZone');
  });

  it('a UTC timestamp past the rows sampled is read in the spreadsheet zone too: a row reads the same in a column formula as alone', () => {
    const { global: g, log } = loadDist({ timeZone: 'Asia/Tokyo' });
    const header = [['Name', 'InMail Sent On']];
    // 20:00 UTC on 11-19 is 11-20 in Tokyo (the script's own zone, New York, reads 11-19).
    const rows = Array.from({ length: 120 }, (_, i) => (i < 100 ? [`P${i}`, '2026-11-02'] : i === 109 ? ['X', '2026-11-19T20:00:00.000Z'] : ['', '']));
    const column = g.CHANNEL_PLAN?.(rows, header, AS_OF) as unknown[][];
    const alone = g.CHANNEL_PLAN?.([rows[109] as Value[]], header, AS_OF) as unknown[][];
    const tokyo = (d: unknown) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(d as Date);
    expect([column[109]?.[1], tokyo(column[109]?.[2])]).toEqual([8, '2026-11-27']);
    expect([alone[0]?.[1], tokyo(alone[0]?.[2])]).toEqual([8, '2026-11-27']);
    expect(log.filter((c) => c === 'Spreadsheet.getSpreadsheetTimeZone').length).toBeGreaterThan(0);
  });

  it("the day a timestamp falls on in a zone, across its clock's changes", () => {
    const la = instantDayIn('America/Los_Angeles');
    // The day clocks go forward (2026-03-08, 10:00 UTC) and back (2026-11-01, 09:00 UTC).
    expect(formatDay(la(Date.UTC(2026, 2, 8, 7, 30)))).toBe('2026-03-07');
    expect(formatDay(la(Date.UTC(2026, 2, 8, 8, 30)))).toBe('2026-03-08');
    expect(formatDay(la(Date.UTC(2026, 10, 1, 6, 30)))).toBe('2026-10-31');
    expect(formatDay(la(Date.UTC(2026, 10, 1, 7, 30)))).toBe('2026-11-01');
    expect(formatDay(la(Date.UTC(2026, 10, 2, 7, 59)))).toBe('2026-11-01');
    expect(formatDay(la(Date.UTC(2026, 10, 2, 8, 0)))).toBe('2026-11-02');
    expect(formatDay(instantDayIn('Asia/Kathmandu')(Date.UTC(2026, 11, 5, 18, 15)))).toBe('2026-12-06');
    // The zone named in the summary: the spreadsheet's, or the script's where it names none a clock knows.
    expect([zoneName('Asia/Tokyo'), zoneName('Mars/Olympus'), zoneName(undefined)]).toEqual(['Asia/Tokyo', "the script's zone", "the script's zone"]);
    // Asked for its zone only when a timestamp is read.
    let asked = 0;
    const lazy = instantDayIn(() => {
      asked++;
      return 'Asia/Tokyo';
    });
    expect(asked).toBe(0);
    expect(formatDay(lazy(Date.UTC(2026, 10, 19, 20, 0)))).toBe('2026-11-20');
    lazy(Date.UTC(2026, 10, 19, 21, 0));
    expect(asked).toBe(1);
  });

  it('a date cell from a sheet in another time zone than the script keeps its day', () => {
    // Sheets sends midnight in the spreadsheet's zone (Tokyo): 15:00 UTC the day before.
    const { global: g } = loadDist({ timeZone: 'Asia/Tokyo' });
    const tokyoMidnight = new Date(Date.UTC(2026, 10, 18, 15, 0));
    expect(g.SEQUENCE_DAY?.([['X', tokyoMidnight]], [['Name', 'InMail Sent On']], AS_OF)).toBe(8);
    expect(g.CHANNEL_REASON?.([['X', tokyoMidnight]], [['Name', 'InMail Sent On']], AS_OF)).toMatch(/: InMail unanswered a week on/);
  });

  /** Runs `f` with the script's own zone (the process's) set to `zone`. */
  const inScriptZone = <T>(zone: string, f: () => T): T => {
    const was = process.env.TZ;
    process.env.TZ = zone;
    try {
      return f();
    } finally {
      if (was === undefined) delete process.env.TZ;
      else process.env.TZ = was;
    }
  };
  const onDay = (d: unknown, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(d as Date);
  const SENT = [['Name', 'InMail Sent On']];
  const overdue = [['As Of', '2026-11-26']];

  it("a date and time at a UTC midnight (16:00 in Los Angeles, to a script in New York as the manifest sets) is read on the spreadsheet's day, in every function and in Classify", () => {
    inScriptZone('America/New_York', () => {
      // 2026-11-18 16:00 in Los Angeles is 2026-11-19T00:00Z: a UTC midnight, but the 18th where the spreadsheet is.
      const sent = new Date(Date.UTC(2026, 10, 19));
      const { global: g, ss } = loadDist({ timeZone: 'America/Los_Angeles' });
      const plan = g.CHANNEL_PLAN?.([['X', sent]], SENT, AS_OF) as Value[][];
      expect(onDay(plan[0]?.[2], 'America/Los_Angeles')).toBe('2026-11-25');
      expect(g.CHANNEL_REASON?.([['X', sent]], SENT, overdue)).toMatch(/overdue since day 8/);
      ss.addSheet('Channel Settings', AS_OF);
      const sheet = ss.addSheet('Prospects', [...SENT, ['X', sent]]);
      g.classifySheet?.();
      expect(onDay(sheet.cells[1]?.[4], 'America/Los_Angeles')).toBe('2026-11-25');
    });
  });

  it.each([
    // Midnight of 2026-11-18 where the spreadsheet is: the script's own midnight, of another day.
    ['Pacific/Auckland', 'Pacific/Pago_Pago', Date.UTC(2026, 10, 18, 11)],
    ['Pacific/Pago_Pago', 'Pacific/Apia', Date.UTC(2026, 10, 17, 11)],
    ['Pacific/Honolulu', 'Pacific/Kiritimati', Date.UTC(2026, 10, 17, 10)],
  ])('a script in %s, a spreadsheet in %s a whole day away: a date cell keeps its day', (scriptZone, timeZone, midnight) => {
    inScriptZone(scriptZone, () => {
      const sent = new Date(midnight);
      const { global: g, ss } = loadDist({ timeZone });
      const plan = g.CHANNEL_PLAN?.([['X', sent]], SENT, AS_OF) as Value[][];
      expect(onDay(plan[0]?.[2], timeZone)).toBe('2026-11-25');
      expect(g.CHANNEL_REASON?.([['X', sent]], SENT, overdue)).toMatch(/overdue since day 8/);
      ss.addSheet('Channel Settings', AS_OF);
      const sheet = ss.addSheet('Prospects', [...SENT, ['X', sent]]);
      g.classifySheet?.();
      expect(onDay(sheet.cells[1]?.[4], timeZone)).toBe('2026-11-25');
    });
  });

  it.each(['Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney', 'America/Sao_Paulo'])(
    'an As Of and a Holiday typed as dates in %s keep their day when no row holds a date',
    (timeZone) => {
      const { global: g } = loadDist({ timeZone });
      // Midnight of 2026-11-24 where the spreadsheet is, as Sheets sends a date cell.
      const midnight = (day: number) => {
        const utc = Date.UTC(2026, 10, day);
        const wall =
          new Date(new Date(utc).toLocaleString('en-US', { timeZone })).getTime() -
          new Date(new Date(utc).toLocaleString('en-US', { timeZone: 'UTC' })).getTime();
        return new Date(utc - wall);
      };
      const settings = [
        ['As Of', midnight(24)],
        ['Holidays', midnight(25)],
      ];
      const out = g.CHANNEL_PLAN?.([['Ann', 2, '2026-11-24']], [['Name', 'Degree', 'Requested On']], settings) as Value[][];
      // Requested on the as-of date itself (not after it), and the request pending: day 1 was today.
      expect(out[0]?.[0]).not.toMatch(/^ERROR/);
      const day = g.SEQUENCE_DAY?.([['Bo', 3, '']], [['Name', 'Degree', 'Deadline']], settings);
      expect(day).toBe(1);
      const plan = g.CHANNEL_PLAN?.([['Bo', 3]], [['Name', 'Degree']], settings) as Value[][];
      // The first business day from the 24th that is not the 25th (a Holiday).
      const date = plan[0]?.[2] as Date;
      expect(new Intl.DateTimeFormat('en-CA', { timeZone }).format(date)).toBe('2026-11-24');
      expect(g.CHANNEL_REASON?.([['Cy', 2, '2026-11-24']], [['Name', 'Degree', 'Requested On']], settings)).not.toMatch(/after the as-of date/);
    },
  );

  it('a date cell from another time zone far down a range keeps its day, the zone asked for once', () => {
    // Rows with no Date first (more than the rows sampled under the header), then one Tokyo midnight.
    const tokyoMidnight = new Date(Date.UTC(2026, 10, 18, 15, 0));
    const rows: Value[][] = [...Array.from({ length: 150 }, (_, i): Value[] => [`P${i}`, '']), ['X', tokyoMidnight]];
    const headers = [['Name', 'InMail Sent On']];
    for (const f of ['SEQUENCE_DAY', 'CHANNEL_PLAN', 'CHANNEL_STATS'] as const) {
      const { global: g, log } = loadDist({ timeZone: 'Asia/Tokyo' });
      const out = g[f]?.(rows, headers, AS_OF) as Value[][];
      if (f === 'SEQUENCE_DAY') expect(out[150]).toEqual([8]);
      if (f === 'CHANNEL_PLAN') expect(out[150]?.[1]).toBe(8);
      expect(log.filter((c) => c === 'Spreadsheet.getSpreadsheetTimeZone')).toHaveLength(1);
    }
    // With no Date to read in the zone and an As Of given, a function that writes no date never asks for the zone;
    // CHANNEL_PLAN asks once, for the midnights of the dates it writes.
    const { global: g, log } = loadDist({ timeZone: 'Asia/Tokyo' });
    g.SEQUENCE_DAY?.(rows.slice(0, 150), headers, AS_OF);
    expect(log).not.toContain('Spreadsheet.getSpreadsheetTimeZone');
    g.CHANNEL_PLAN?.(rows.slice(0, 150), headers, AS_OF);
    expect(log.filter((c) => c === 'Spreadsheet.getSpreadsheetTimeZone')).toHaveLength(1);
  });
});

describe("dates written are midnights where the spreadsheet is (Sheets shows a Date by its instant in the spreadsheet's zone)", () => {
  const wall = (d: Date, timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(d);
  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'Australia/Adelaide'])('CHANNEL_PLAN and Classify in %s', (timeZone) => {
    const { global: g, ss } = loadDist({ timeZone, now: new Date(2026, 10, 23, 9) });
    const out = g.CHANNEL_PLAN?.([['Ann', 2]], [['Name', 'Degree']], AS_OF) as Value[][];
    expect(wall(out[0]?.[2] as Date, timeZone)).toBe('2026-11-23, 00:00');
    // Summer time: a date on the far side of a change of offset is that zone's midnight too.
    const summer = g.CHANNEL_PLAN?.([['Ann', 2]], [['Name', 'Degree']], [['As Of', '2027-07-06']]) as Value[][];
    expect(wall(summer[0]?.[2] as Date, timeZone)).toBe('2027-07-06, 00:00');
    ss.addSheet('Channel Settings', [['As Of', '2026-11-23']]);
    const sheet = ss.addSheet('Prospects', [
      ['Name', 'Degree'],
      ['Ann', 2],
    ]);
    g.classifySheet?.();
    // The Date column (a Date of the script's realm).
    expect(sheet.cells[0]?.[4]).toBe('Date');
    expect(wall(sheet.cells[1]?.[4] as Date, timeZone)).toBe('2026-11-23, 00:00');
  });

  // Zones that change offset at 2 am, at midnight itself (Santiago, Havana, Beirut), by half an
  // hour (Lord Howe), twice a month apart (Casablanca, back an hour for Ramadan), twice a week
  // apart (Gaza in 2040 and 2054, summer time paused for Ramadan), or never.
  it.each([
    ['Europe/Berlin', 2026],
    ['America/Santiago', 2026],
    ['America/Havana', 2026],
    ['Asia/Beirut', 2026],
    ['Australia/Lord_Howe', 2026],
    ['Africa/Casablanca', 2026],
    ['Asia/Gaza', 2039],
    ['Asia/Gaza', 2053],
    ['Asia/Kolkata', 2026],
    ['UTC', 2026],
  ])('sheetDate in %s: every day of three years from %i reads as that day where the spreadsheet is, at its first instant', (timeZone, year) => {
    const start = parseIsoDay(`${year}-01-01`) as number;
    const days = Array.from({ length: 3 * 366 }, (_, k) => start + k);
    // Forwards, backwards and leaping (a neighbouring block's offset is tried first).
    for (const day of [...days, ...[...days].reverse(), ...days.filter((_, k) => k % 7 === 0)]) {
      const d = sheetDate(day, timeZone);
      const [date, time] = wall(d, timeZone).split(', ');
      expect(date).toBe(formatDay(day));
      // Midnight, or the first instant of a day whose midnight the clocks skip (they go from 23:59:59 to 01:00).
      expect(time === '00:00' || wall(new Date(d.getTime() - 1000), timeZone).split(', ')[0] !== date).toBe(true);
    }
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
      ["Today's touches", 'showTodaysTouches'],
      // SPEC 9: the Today sheet's Done ticks are recorded from the menu.
      ['Mark checked touches done', 'recordCheckedTouches'],
      '---',
      ['Insert sample sheet', 'insertSampleSheet'],
      ['Refresh as-of date', 'refreshAsOfDate'],
      '---',
      ['Help', 'showHelp'],
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
    expect(h.ui.alerts[0]).toMatch(/no recognised column in the first 2 rows \(the header row must be one of them; the first row: 'foo', 'bar'\)/);
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

  it("SPEC 1a, what was understood is always shown: Classify's toast names the columns it left unread, as the command line's summary does, and where to map them", () => {
    const h = loadDist({ now: new Date(2026, 11, 5, 9) });
    const sheet = h.ss.addSheet('Trial', [
      ['Name', 'Conn Deg', 'Inv. sent', 'Last reply'],
      ['Ada', '1st', '', ''],
      ['Bob', '', '2026-11-20', ''],
      ['Cy', '', '', '2026-12-01'],
    ]);
    h.global.classifySheet?.();
    expect(sheet.cells.slice(1).map((r) => r[4])).toEqual(['CONNECT_NOTE', 'CONNECT_NOTE', 'CONNECT_NOTE']);
    expect(h.ui.alerts).toEqual([]);
    const lines = (h.ss.toasts[0] ?? '').split('\n');
    expect(lines[0]).toMatch(/^Planned 3 prospects/);
    // The line the command line prints over the same file (understandingLines), word for word.
    expect(lines[1]).toBe("Not used (not columns the planner reads, kept as they are): 'Conn Deg', 'Inv. sent', 'Last reply'");
    expect(lines[2]).toBe("To read one, choose it for its field in Open planner's Columns step.");
    expect(lines.slice(3).map((l) => l.split(':')[0])).toEqual(['Channels', 'Credits']);
  });

  it('Classify alerts, after writing, when a header reads as a typo of a field and was not read; a list it reads whole gets the short toast', () => {
    const h = loadDist({ now: new Date(2026, 11, 5, 9) });
    const sheet = h.ss.addSheet('Typo', [
      ['Name', 'Conection Degree', 'Notes'],
      ['Ada', '1st', 'met at a fair'],
    ]);
    h.global.classifySheet?.();
    expect(sheet.cells[0]?.[3]).toBe('Channel');
    expect(h.ss.toasts).toEqual([]);
    expect(h.ui.alerts).toHaveLength(1);
    expect(h.ui.alerts[0]).toContain("Not used: 'Conection Degree': a typo of Degree? rename it or set Column: Degree");
    expect(h.ui.alerts[0]).toContain("Not used (not columns the planner reads, kept as they are): 'Notes'");
    const whole = loadDist({ now: new Date(2026, 11, 5, 9) });
    whole.ss.addSheet('Whole', [
      ['Name', 'Degree'],
      ['Ada', '1st'],
    ]);
    whole.global.classifySheet?.();
    expect(whole.ss.toasts[0]?.split('\n').map((l) => l.split(' ')[0])).toEqual(['Planned', 'Channels:', 'Credits:']);
  });

  it("Do Not Contact in Sheets: Classify and CHANNEL_PLAN skip a marked person's every row, found by URL or email, and Classify's toast counts them", () => {
    const h = loadDist({ now: new Date(2026, 11, 5, 9) });
    const rows = [
      ['Name', 'Email', 'LinkedIn URL', 'Degree', 'Do not contact'],
      ['Chloe', 'chloe@acme.com', '', '2nd', true],
      ['Chloe Li', 'Chloe@Acme.com', 'https://www.linkedin.com/in/chloe', '2nd', false],
      ['Chloe L.', '', 'https://linkedin.com/in/chloe/', '3rd', ''],
      ['Ada', 'ada@x.com', '', '1st', false],
    ];
    const sheet = h.ss.addSheet('Marked', rows);
    h.global.classifySheet?.();
    expect(sheet.cells.slice(1).map((r) => [r[5], r[9]])).toEqual([
      ['SKIP', 'Skip: marked do not contact'],
      ['SKIP', 'Skip: row 2 marks this person do not contact'],
      ['SKIP', 'Skip: row 2 marks this person do not contact'],
      ['MESSAGE', expect.stringMatching(/^Message/)],
    ]);
    expect(h.ss.toasts[0]).toContain('Do not contact: 1 row marked, and 2 other rows of the same person (same LinkedIn URL or email): none is touched');
    const plan = h.global.CHANNEL_PLAN?.(rows.slice(1), [rows[0]]) as unknown[][];
    expect(plan.map((r) => r[0])).toEqual(['SKIP', 'SKIP', 'SKIP', 'MESSAGE']);
  });

  it("a column the user set to (none) is named as not used, with no pointer to map it: it is the user's own choice", () => {
    const h = loadDist({ now: new Date(2026, 11, 5, 9) });
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['Column: Degree', '(none)'],
    ]);
    h.ss.addSheet('Prospects', [
      ['Name', 'Degree'],
      ['Ada', '1st'],
    ]);
    h.global.classifySheet?.();
    expect(h.ui.alerts).toEqual([]);
    expect(h.ss.toasts[0]).toContain("Not used: 'Degree': Column: Degree is (none)");
    expect(h.ss.toasts[0]).not.toContain('Columns step');
  });

  it('Classify never writes over a formula in the Channel..Reason columns (=CHANNEL_PLAN spilling under headers typed above it): it says so, and the formula stays', () => {
    const h = loadDist({ now: new Date(2026, 11, 5, 9) });
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['As Of', '2026-12-05'],
    ]);
    const sheet = h.ss.addSheet('Prospects', [
      ['Name', 'Degree', 'Channel', 'Day', 'Date', 'Cost', 'Reason'],
      ['Ada', '1st', 'MESSAGE', '', '', 0, 'Message: 1st-degree connection'],
      ['Bo', '2nd', 'CONNECT_NOTE', 1, '', 0, 'Connect with a note'],
    ]);
    const formula = "=CHANNEL_PLAN(A2:B3, A1:B1, 'Channel Settings'!A:B)";
    sheet.formulas.set('2,3', formula);
    h.global.classifySheet?.();
    expect(h.ui.alerts).toEqual([
      `Prospect Channel Planner: The Channel, Day, Date, Cost, Reason columns hold a formula (${formula} in C2): writing the plan there would replace it. Delete the formula, or rename those headers to write the plan in new columns.: OK`,
    ]);
    expect([...sheet.formulas]).toEqual([['2,3', formula]]);
    // With no formula there, the block is ours and is written in place.
    sheet.formulas.clear();
    h.global.classifySheet?.();
    expect(sheet.cells[0]?.slice(2)).toEqual(['Channel', 'Day', 'Date', 'Cost', 'Reason']);
    expect(sheet.cells[0]).toHaveLength(7);
  });

  it("SPEC 7: a saved Column: mapping this tab has no header for (renamed since) is ignored, and Classify's message says so, as the sidebar's Columns step does", () => {
    const h = loadDist({ now: new Date(2026, 11, 5, 9) });
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['Column: Degree', 'Conn. lvl'],
    ]);
    h.ss.addSheet('Prospects', [
      ['Name', 'Conn level'],
      ['Ada', '1st'],
    ]);
    h.global.classifySheet?.();
    expect(h.ui.alerts).toEqual([]);
    expect(h.ss.toasts[0]?.split('\n')).toContain("Column: Degree is set to 'Conn. lvl', which this tab does not have: ignored here.");
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
    const outcome = h.global.previewPlan?.({ settings: state.settings }) as { preview: { weeklyInviteCap: number } };
    expect(outcome.preview.weeklyInviteCap).toBe(60);
  });

  it("a settings sheet headed in other words the core reads as a header (Key, Réglage) gives the sidebar's form no setting of that name", () => {
    for (const header of ['Key', 'Réglage', 'Settings']) {
      const h = loadDist({ now: new Date(2026, 10, 23, 9) });
      h.ss.addSheet('Channel Settings', [
        [header, 'Value'],
        ['Credits', 10],
      ]);
      h.ss.addSheet('Prospects', [
        ['Name', 'Degree'],
        ['Ann', 2],
      ]);
      const state = h.global.getPlannerState?.() as { settings: Array<[string, string]>; problem?: unknown };
      expect(state.settings, header).toEqual([['Credits', '10']]);
      expect(state.problem, header).toBeUndefined();
    }
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

describe('writes: the lock, settings scope, text that stays text (SPEC 7)', () => {
  const LIST: Value[][] = [
    ['Full Name', '=Degree', 'Job Title'],
    ['Ann', 1, 'VP Sales'],
    ['Bo', 3, 'CEO'],
  ];
  type Outcome = {
    preview?: { counts: { prospects: number; blank: number; errors: number }; ignored: unknown[] };
    problem?: { field?: string; message: string };
  };
  type State = { mapping: Record<string, string>; columns: Array<{ header: string; samples: string[] }>; ignored: unknown[]; recognised: boolean };

  function planner() {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    const list = h.ss.addSheet('Prospects', LIST);
    return { h, list };
  }
  const lockCalls = (log: string[]) => log.filter((c) => c.startsWith('Lock.') || c === 'Range.setValues');

  it.each(['refreshAsOfDate', 'insertSampleSheet', 'classifySheet'])('%s writes only while holding the document lock', (fn) => {
    const { h } = planner();
    h.log.length = 0;
    h.global[fn]?.();
    const calls = lockCalls(h.log);
    expect(calls[0]).toBe('Lock.tryLock');
    expect(calls.at(-1)).toBe('Lock.releaseLock');
    expect(calls.filter((c) => c === 'Range.setValues').length).toBeGreaterThan(0);
    expect(h.lock.held).toBe(false);
  });

  it.each(['refreshAsOfDate', 'insertSampleSheet'])('%s writes nothing and says so when another run holds the lock', (fn) => {
    const { h } = planner();
    const sheets = h.ss.sheets.length;
    h.lock.free = false;
    h.log.length = 0;
    h.global[fn]?.();
    expect(h.ui.alerts[0]).toMatch(/Another planner run is writing to this spreadsheet/);
    expect(h.log).not.toContain('Range.setValues');
    expect(h.ss.sheets).toHaveLength(sheets);
  });

  it('Write saves only the settings the user changed, never the detected column mapping', () => {
    const { h } = planner();
    const state = h.global.getPlannerState?.() as State;
    expect(state.mapping.Name).toBe('Full Name');
    // The form as the sidebar sends it: every box, blanks for defaults, "(auto)" columns blank.
    const form = {
      settings: [
        ['Credits', '3'],
        ['Weekly Invite Cap', ''],
        ['As Of', '2026-11-23'],
        ['Column: Name', ''],
        ['Column: Title', ''],
      ],
    };
    const outcome = h.global.writePlan?.(form) as Outcome;
    expect(outcome.problem).toBeUndefined();
    const rows = h.ss.getSheetByName('Channel Settings')?.cells ?? [];
    const filled = rows.slice(1).filter((r) => r[1] !== '');
    expect(filled.map((r) => [r[0], r[1]])).toEqual([
      ['Credits', '3'],
      ['As Of', '2026-11-23'],
    ]);
    expect(rows.some((r) => String(r[0]).startsWith('Column:'))).toBe(false);
    // A second Write with nothing changed writes nothing to the settings sheet.
    h.log.length = 0;
    h.global.writePlan?.(form);
    expect(callCounts(h.log)['Range.setValues']).toBe(1); // the list's output block only
  });

  it('a setting the settings sheet gives twice with two values: the sidebar still loads, says so on its field, and Write saves the value into both rows', () => {
    const { h } = planner();
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['Credits', 12],
      ['As Of', '2026-11-23'],
      ['credits', 20],
    ]);
    h.ss.getSheetByName('Prospects')?.activate();
    const state = h.global.getPlannerState?.() as State & { problem?: { message: string; field: string }; error?: string };
    expect(state.error).toBeUndefined();
    expect(state.mapping.Name).toBe('Full Name');
    expect(state.problem).toEqual({ field: 'Credits', message: expect.stringMatching(/^Channel Settings sheet: credits is given twice \('12', then '20'\)/) });
    const outcome = h.global.writePlan?.({
      settings: [
        ['Credits', '15'],
        ['As Of', '2026-11-23'],
      ],
    }) as Outcome;
    expect(outcome.problem).toBeUndefined();
    const rows = h.ss.getSheetByName('Channel Settings')?.cells ?? [];
    expect(rows.filter((r) => String(r[0]).toLowerCase() === 'credits').map((r) => String(r[1]))).toEqual(['15', '15']);
    expect((h.global.getPlannerState?.() as { problem?: unknown } | undefined)?.problem).toBeUndefined();
  });

  it('two settings on the sheet that do not parse: the sidebar still loads, the first shown at its box, the second at its own once the first is corrected', () => {
    const { h } = planner();
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['Credits', 'none'],
      ['Weekly Invite Cap', 0],
      ['As Of', '2026-11-23'],
    ]);
    h.ss.getSheetByName('Prospects')?.activate();
    const state = h.global.getPlannerState?.() as State & { problem?: { message: string; field: string }; error?: string; counts: { rows: number } };
    expect(state.error).toBeUndefined();
    expect(state.mapping.Name).toBe('Full Name');
    expect(state.counts.rows).toBe(2);
    expect(state.problem).toEqual({ field: 'Credits', message: "Credits: expected a whole number, 0 or more (got 'none')" });
    const form = (credits: string, cap: string) => ({
      settings: [
        ['Credits', credits],
        ['Weekly Invite Cap', cap],
        ['As Of', '2026-11-23'],
      ],
    });
    const corrected = h.global.previewPlan?.(form('5', '0')) as Outcome | undefined;
    expect(corrected?.problem?.field).toBe('Weekly Invite Cap');
    const written = h.global.writePlan?.(form('5', '100')) as Outcome | undefined;
    expect(written?.preview).toBeDefined();
    expect(written?.problem).toBeUndefined();
    const rows = h.ss.getSheetByName('Channel Settings')?.cells ?? [];
    expect(rows.slice(1, 3).map((r) => [r[0], String(r[1])])).toEqual([
      ['Credits', '5'],
      ['Weekly Invite Cap', '100'],
    ]);
  });

  it("SPEC 7, only the settings the user changed are saved: only their cells are written, a user's formulas elsewhere stay", () => {
    const { h } = planner();
    const settings = h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value', 'Default and where it comes from'],
      ['Credits', 30, 'my own note'],
      ['Weekly Invite Cap', 80, ''],
      ['Notes Per Month', 5, ''],
      ['As Of', '2026-11-23', ''],
    ]);
    settings.formulas.set('2,2', '=50-B20'); // Credits: what is left of this month's 50
    settings.formulas.set('2,3', '=CONCAT("my own ", "note")');
    settings.formulas.set('4,2', '=B3/16');
    h.ss.getSheetByName('Prospects')?.activate();
    h.log.length = 0;
    const outcome = h.global.writePlan?.({
      settings: [
        ['Credits', '30'],
        ['Weekly Invite Cap', '60'],
        ['Notes Per Month', '5'],
        ['As Of', '2026-11-23'],
        ['Column: Degree', '=Degree'],
      ],
    }) as Outcome;
    expect(outcome.problem).toBeUndefined();
    expect([...settings.formulas]).toEqual([
      ['2,2', '=50-B20'],
      ['2,3', '=CONCAT("my own ", "note")'],
      ['4,2', '=B3/16'],
    ]);
    expect(settings.cells.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['Credits', 30],
      ['Weekly Invite Cap', '60'],
      ['Notes Per Month', 5],
      ['As Of', '2026-11-23'],
      ['Column: Degree', '=Degree'],
    ]);
    // One read of the settings; one write of the changed cell, one of the appended row, one of the plan.
    expect(callCounts(h.log)['Range.setValues']).toBe(3);
  });

  it('Holidays a row each: the form shows them as one list; saved unchanged, no cell is written; changed, the list goes into the first row and the others are cleared', () => {
    const { h } = planner();
    const settings = h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value', 'Default and where it comes from'],
      ['Holidays', '2026-12-24', ''],
      ['As Of', '2026-11-23', ''],
      ['Holidays', '2026-12-25, 2026-12-31', ''],
    ]);
    h.ss.getSheetByName('Prospects')?.activate();
    const state = h.global.getPlannerState?.() as { settings: Array<[string, string]> };
    expect(state.settings.filter(([k]) => k === 'Holidays')).toEqual([['Holidays', '2026-12-24, 2026-12-25, 2026-12-31']]);
    h.log.length = 0;
    const outcome = h.global.writePlan?.({ settings: [...state.settings] }) as Outcome;
    expect(outcome.problem).toBeUndefined();
    // The plan's write alone.
    expect(callCounts(h.log)['Range.setValues']).toBe(1);
    expect(settings.cells.map((r) => r[1])).toEqual(['Value', '2026-12-24', '2026-11-23', '2026-12-25, 2026-12-31']);
    h.global.writePlan?.({ settings: [['Holidays', '2026-12-24, 2026-12-31']] });
    expect(settings.cells.map((r) => r[1])).toEqual(['Value', '2026-12-24, 2026-12-31', '2026-11-23', '']);
    const after = h.global.getPlannerState?.() as { settings: Array<[string, string]> };
    expect(after.settings.filter(([k]) => k === 'Holidays')).toEqual([['Holidays', '2026-12-24, 2026-12-31']]);
  });

  it('SPEC 7: changed settings in adjacent rows are one write; Refresh as-of date writes only the As Of cell', () => {
    const { h } = planner();
    const settings = h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value', 'Default and where it comes from'],
      ['Credits', 30, ''],
      ['Weekly Invite Cap', 80, ''],
      ['As Of', '2026-11-20', ''],
    ]);
    settings.formulas.set('2,2', '=50-B20');
    h.ss.getSheetByName('Prospects')?.activate();
    h.log.length = 0;
    h.global.writePlan?.({
      settings: [
        ['Weekly Invite Cap', '60'],
        ['As Of', '2026-11-23'],
      ],
    });
    expect(callCounts(h.log)['Range.setValues']).toBe(2);
    expect(settings.cells.slice(1).map((r) => r[1])).toEqual([30, '60', '2026-11-23']);
    h.global.refreshAsOfDate?.();
    expect([...settings.formulas.keys()]).toEqual(['2,2']);
    expect(iso(settings.cells[3]?.[1])).toBe('2026-11-23');
  });

  it('a Column: mapping whose header a tab lacks is ignored there and reported, never an error', () => {
    const { h } = planner();
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['Column: Name', 'Full Name'],
      ['As Of', '2026-11-23'],
    ]);
    const other = h.ss.addSheet('Second tab', [
      ['Name', 'Degree'],
      ['Cy', 1],
    ]);
    h.ss.active = other;
    const state = h.global.getPlannerState?.() as State;
    expect(state.recognised).toBe(true);
    expect(state.mapping.Name).toBe('Name');
    const ignored = [{ field: 'Name', header: 'Full Name' }];
    expect(state.ignored).toEqual(ignored);
    const outcome = h.global.previewPlan?.({ settings: [['Column: Name', 'Full Name']] }) as Outcome;
    expect(outcome.preview?.counts).toEqual({ prospects: 1, blank: 0, errors: 0 });
    expect(outcome.preview?.ignored).toEqual(ignored);
    h.global.classifySheet?.();
    expect(h.ui.alerts).toEqual([]);
    expect(other.cells[1]?.[2]).toBe('MESSAGE');
  });

  it('a column of many rows: every row its own value, whether it repeats (channels) or not (errors naming their cell)', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    const header = [['Name', 'Degree']];
    // 200 rows: degrees 1st and 2nd, and every third row a distinct bad degree, so over 64 distinct values.
    const rows: Value[][] = Array.from({ length: 200 }, (_, i) => [`P${i}`, i % 3 === 2 ? `level ${i}` : (i % 3) + 1]);
    const column = h.global.CHANNEL?.(rows, header, AS_OF) as Value[][];
    const one = (r: Value[]) => h.global.CHANNEL?.([r], header, AS_OF);
    expect(column.map((r) => r[0])).toEqual(rows.map(one));
    expect(new Set(column.map((r) => r[0])).size).toBeGreaterThan(64);
    const days = h.global.SEQUENCE_DAY?.(rows, header, AS_OF) as Value[][];
    expect(days.map((r) => r[0])).toEqual(rows.map((r) => h.global.SEQUENCE_DAY?.([r], header, AS_OF)));
  });

  it('formulas given the settings range work on a tab that lacks a saved Column: header', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    const settings = [
      ['Setting', 'Value'],
      ['Column: Name', 'Full Name'],
      ['As Of', '2026-11-23'],
    ];
    expect(h.global.CHANNEL?.([['Cy', 1]], [['Name', 'Degree']], settings)).toBe('MESSAGE');
  });

  it('the header row can be chosen: the sidebar re-reads the sheet under it', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Q4', [
      ['Q4 enterprise list', ''],
      ['Name', 'Degree'],
      ['Ann', 1],
    ]);
    const found = h.global.getPlannerState?.() as State & { headerRow: number; topRows: string[] };
    expect(found.headerRow).toBe(2);
    expect(found.topRows).toEqual(['Q4 enterprise list', 'Name, Degree', 'Ann, 1']);
    const chosen = h.global.getPlannerState?.({ headerRow: 1 }) as State & { headerRow: number; headerNotFound?: boolean };
    expect(chosen.headerRow).toBe(1);
    expect(chosen.recognised).toBe(false);
    // A row the user chose is not looked past: that row is said to hold no recognised column, no more.
    expect(chosen.headerNotFound).toBeUndefined();
    expect(chosen.columns.map((c) => c.header)).toEqual(['Q4 enterprise list']);
    const plan = (headerRow: number) => h.global.previewPlan?.({ settings: [], headerRow }) as Outcome | undefined;
    expect(plan(2)?.preview?.counts.prospects).toBe(1);
    expect(plan(1)?.problem?.field).toBe('Header row');
    expect(plan(11)?.problem?.field).toBe('Header row');
  });

  it('SPEC 1a: a header row chosen one too low, on a prospect row with an email, is refused at the field, not read by its generic cells', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Leads', [
      ['Name', 'Email', 'Segment'],
      ['Ann Lee', 'ann@example.com', 'Enterprise'],
      ['Bo Chan', 'bo@example.com', 'SMB'],
    ]);
    // The Columns step says so as soon as the row is chosen, not only once Preview is pressed.
    const state = h.global.getPlannerState?.({ headerRow: 2 }) as State & { notHeader?: string };
    expect(state.notHeader).toBe("the header row holds 'ann@example.com', a prospect's value, not a header: it is a row of the list");
    const header = h.global.getPlannerState?.({ headerRow: 1 }) as State & { notHeader?: string };
    expect(header.notHeader).toBeUndefined();
    const plan = h.global.previewPlan?.({ settings: [], headerRow: 2 }) as Outcome | undefined;
    expect(plan?.problem?.field).toBe('Header row');
    expect(plan?.problem?.message).toBe("Header row 2: the header row holds 'ann@example.com', a prospect's value, not a header: it is a row of the list");
    expect((h.global.previewPlan?.({ settings: [], headerRow: 1 }) as Outcome | undefined)?.preview?.counts.prospects).toBe(2);
  });

  it("SPEC 7, the header row can be chosen: a row chosen on another tab is not carried over; that tab's own is found", () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Tab A', [['Export title'], ['Name', 'Conn. degree', 'Title'], ['Ann', 2, 'VP']]);
    const a = h.global.getPlannerState?.() as State & { headerRow: number; sheetName: string };
    expect(a.headerRow).toBe(2);
    h.ss.addSheet('Tab B', [
      ['Full Name', 'Degree', 'Job Title'],
      ['Cy', 2, 'Engineer'],
      ['Di', 3, 'CTO'],
    ]);
    const b = h.global.getPlannerState?.({ headerRow: a.headerRow, sheetName: a.sheetName }) as State & { headerRow: number; sheetName: string };
    expect([b.sheetName, b.headerRow, b.recognised, b.mapping.Name]).toEqual(['Tab B', 1, true, 'Full Name']);
    // On its own tab, a chosen row is still kept.
    expect((h.global.getPlannerState?.({ headerRow: 2, sheetName: 'Tab B' }) as (State & { headerRow: number }) | undefined)?.headerRow).toBe(2);
  });

  it('SPEC 7: Preview, Write and Use my numbers refuse a form made for another tab than the active one; nothing is written', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Tab A', [['Export title'], ['Name', 'Conn. degree', 'Title'], ['Ann', 2, 'VP']]);
    const b = h.ss.addSheet('Tab B', [
      ['Full Name', 'Degree', 'Job Title'],
      ['Cy', 2, 'Engineer'],
    ]);
    const before = JSON.stringify(b.cells);
    const form = { settings: [['Credits', '4']], headerRow: 2, sheetName: 'Tab A' };
    const problem = {
      message: "The planner was read from 'Tab A', but the active sheet is now 'Tab B'. Choose Re-read sheet to plan 'Tab B', or go back to 'Tab A'.",
    };
    for (const fn of ['writePlan', 'previewPlan', 'useMyNumbers']) expect(h.global[fn]?.(form)).toEqual({ problem });
    expect(JSON.stringify(b.cells)).toBe(before);
    expect(h.ss.getSheetByName('Channel Settings')).toBeNull();
    // Made for this tab, the same form plans it.
    expect((h.global.writePlan?.({ ...form, headerRow: 1, sheetName: 'Tab B' }) as Outcome | undefined)?.preview?.counts.prospects).toBe(1);
  });

  it("Preview's first rows show First and Last Name joined where there is no Name column (HubSpot, Apollo, Salesforce), not the first column", () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Contacts', [
      ['Record ID', 'First Name', 'Last Name', 'Degree'],
      [1000, 'Ann', 'Lee', 2],
      [1001, 'Bo', '', 3],
    ]);
    const outcome = h.global.previewPlan?.({ settings: [['As Of', '2026-11-23']] }) as { preview: { sample: Array<{ name: string }> } };
    expect(outcome.preview.sample.map((r) => r.name)).toEqual(['Ann Lee', 'Bo']);
  });

  it("SPEC 2: the form's Date Order reads its own slash dates that could be either, as the command line and the custom functions read them", () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Contacts', [
      ['Name', 'Degree'],
      ['Ann', 2],
    ]);
    const settings = [
      ['As Of', '2026-11-23'],
      ['Start Date', '05/01/2027'],
      ['Date Order', 'day-first'],
    ];
    const outcome = h.global.previewPlan?.({ settings }) as { problem?: unknown; preview?: { sample: Array<{ date: string }> } };
    expect(outcome.problem).toBeUndefined();
    expect(outcome.preview?.sample[0]?.date).toBe('2027-01-05');
    const auto = h.global.previewPlan?.({ settings: [...settings.slice(0, 2), ['Date Order', 'auto']] }) as { problem?: { message: string; field: string } };
    expect(auto.problem).toMatchObject({ field: 'Start Date', message: expect.stringMatching(/^Start Date: ambiguous: 2027-05-01 or 2027-01-05\?/) });
  });

  it('SPEC 2: a misspelt key on the Channel Settings sheet (no box of the form carries it) stops Preview, Write and Use my numbers, naming its row; nothing is written', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['As Of', '2026-11-23'],
      ['Weekly Invte Cap', 50],
    ]);
    const list = h.ss.addSheet('Prospects', [
      ['Name', 'Degree'],
      ['Ann', 2],
    ]);
    const before = JSON.stringify(list.cells);
    const state = h.global.getPlannerState?.() as { settings: Array<[string, string]>; problem?: { message: string } };
    const message = state.problem?.message as string;
    expect(message).toMatch(
      /^Channel Settings sheet, row 3: unknown setting 'Weekly Invte Cap' \(a typo of Weekly Invite Cap\?\); known settings: Plan, .*Weekly Invite Cap.*\. Correct or delete it there, then Re-read sheet\.$/,
    );
    const form = { settings: state.settings.filter(([k]) => k !== 'Weekly Invte Cap'), headerRow: 1, sheetName: 'Prospects' };
    for (const fn of ['previewPlan', 'writePlan', 'useMyNumbers']) expect(h.global[fn]?.(form)).toEqual({ problem: { message } });
    expect(JSON.stringify(list.cells)).toBe(before);
  });

  it('a saved setting that does not parse: the sidebar still reads the sheet, and names the setting to fix', () => {
    const { h } = planner();
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['weekly invite cap', 'lots'],
    ]);
    h.ss.active = h.ss.getSheetByName('Prospects') ?? undefined;
    const state = h.global.getPlannerState?.() as State & { error?: string; problem?: { field?: string; message: string } };
    expect(state.error).toBeUndefined();
    expect(state.recognised).toBe(true);
    expect(state.problem).toEqual({ field: 'Weekly Invite Cap', message: "Weekly Invite Cap: expected a whole number, 1 or more (got 'lots')" });
  });

  it('the settings sheet shows each default without seed citations', () => {
    const { h } = planner();
    h.global.refreshAsOfDate?.();
    const notes = (h.ss.getSheetByName('Channel Settings')?.cells ?? []).map((r) => String(r[2] ?? ''));
    expect(notes.find((n) => n.startsWith('100'))).toBeDefined();
    expect(notes.filter((n) => /\[\d{3}/.test(n))).toEqual([]);
  });

  it('"(none)" takes a field out of detection', () => {
    const { h } = planner();
    const outcome = h.global.previewPlan?.({ settings: [['Column: Title', '(none)']] }) as Outcome;
    expect(outcome.preview?.counts.prospects).toBe(2);
  });

  it('a header that reads as a formula (=Degree) is saved as text, and read back the same', () => {
    const { h } = planner();
    const state = h.global.getPlannerState?.() as State;
    expect(state.columns.map((c) => c.header)).toEqual(['Full Name', '=Degree', 'Job Title']);
    expect(state.columns[1]?.samples).toEqual(['1', '3']);
    h.global.writePlan?.({ settings: [['Column: Degree', '=Degree']] });
    const saved = h.ss.getSheetByName('Channel Settings')?.cells.find((r) => r[0] === 'Column: Degree');
    expect(saved?.[1]).toBe('=Degree');
    const again = h.global.getPlannerState?.() as State & { settings: Array<[string, string]> };
    expect(again.settings).toContainEqual(['Column: Degree', '=Degree']);
    expect(again.mapping.Degree).toBe('=Degree');
  });

  it('a bad setting comes back as a problem naming its field; nothing is written', () => {
    const { h, list } = planner();
    const outcome = h.global.writePlan?.({
      settings: [
        ['Credits', '2'],
        ['Weekly Invite Cap', 'lots'],
      ],
    }) as Outcome;
    expect(outcome.problem).toEqual({ field: 'Weekly Invite Cap', message: "Weekly Invite Cap: expected a whole number, 1 or more (got 'lots')" });
    expect(h.ss.getSheetByName('Channel Settings')).toBeNull();
    expect(list.cells[0]).toHaveLength(3);
  });

  it('SPEC 7, nothing is written when the form is wrong: a mapping that makes every row an error is refused, the plan and settings kept', () => {
    const { h, list } = planner();
    expect((h.global.writePlan?.({ settings: [['Credits', '2']] }) as Outcome | undefined)?.preview?.counts.errors).toBe(0);
    const before = JSON.stringify([list.cells, h.ss.getSheetByName('Channel Settings')?.cells]);
    const outcome = h.global.writePlan?.({ settings: [['Column: Degree', 'Job Title']] }) as Outcome;
    expect(outcome.problem).toEqual({
      field: 'Column: Degree',
      message: expect.stringMatching(
        /^Nothing was written: every row has an error \(2 rows\), the first in row 2: column 'Job Title': .+ \(got 'VP Sales'\)\. Column: Degree is set to 'Job Title': choose the column that holds Degree\.$/,
      ),
    });
    expect(JSON.stringify([list.cells, h.ss.getSheetByName('Channel Settings')?.cells])).toBe(before);
    // Preview still shows the errors, row by row: only the write is refused.
    expect((h.global.previewPlan?.({ settings: [['Column: Degree', 'Job Title']] }) as Outcome | undefined)?.preview?.counts).toEqual({
      prospects: 0,
      blank: 0,
      errors: 2,
    });
  });

  it('SPEC 7: Classify with a saved mapping that makes every row an error writes nothing and says which column', () => {
    const { h, list } = planner();
    h.global.classifySheet?.();
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value'],
      ['Column: Degree', 'Job Title'],
    ]);
    list.activate();
    const before = JSON.stringify(list.cells);
    h.global.classifySheet?.();
    expect(h.ui.alerts).toEqual([
      expect.stringMatching(/^Prospect Channel Planner: Nothing was written: every row has an error \(2 rows\), the first in row 2: column 'Job Title'/),
    ]);
    expect(JSON.stringify(list.cells)).toBe(before);
  });

  it('SPEC 7: Classify on a sheet whose rows hold values only in columns not read writes nothing and says to choose the columns that name people', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    const list = h.ss.addSheet('Ids', [
      ['Name', 'Degree', 'Notes', 'Record ID'],
      ['', '', '', 5],
      ['', '', '', 6],
    ]);
    list.activate();
    const before = JSON.stringify(list.cells);
    h.global.classifySheet?.();
    expect(h.ui.alerts).toEqual([
      "Prospect Channel Planner: Nothing was written: every row has an error (2 rows), the first in row 2: Record ID (column D): values only in columns not read: nothing to plan (got '5'). Choose the columns that hold names, LinkedIn URLs or emails in the Columns step.: OK",
    ]);
    expect(JSON.stringify(list.cells)).toBe(before);
  });

  it('a list whose headers match nothing: every header offered with samples, and a chosen column plans it', () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Odd', [
      ['Alpha', 'Beta'],
      ['Ann', '1st'],
    ]);
    const state = h.global.getPlannerState?.() as State & { error?: string; headerRow: number; headerNotFound?: boolean };
    expect(state.error).toBeUndefined();
    expect(state.recognised).toBe(false);
    expect(state.headerRow).toBe(1);
    // None of the first rows was a header: the Columns step says the header row must be one of them.
    expect(state.headerNotFound).toBe(true);
    expect(state.columns).toEqual([
      { header: 'Alpha', samples: ['Ann'] },
      { header: 'Beta', samples: ['1st'] },
    ]);
    const outcome = h.global.previewPlan?.({ settings: [['Column: Degree', 'Beta']], headerRow: 1 }) as Outcome;
    expect(outcome.preview?.counts).toEqual({ prospects: 1, blank: 0, errors: 0 });
  });

  it("the first count of blank rows is the plan's: a row of unticked checkboxes (filled down past the list) is blank before Preview too", () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    h.ss.addSheet('Boxes', [
      ['Name', 'Degree', 'Open Profile'],
      ['Ann', '2nd', true],
      ['', '', false],
      ['Bo', '3rd', false],
    ]);
    const state = h.global.getPlannerState?.() as State & { counts: { rows: number; blank: number } };
    expect(state.counts).toEqual({ rows: 3, blank: 1 });
    const outcome = h.global.previewPlan?.({ settings: [['As Of', '2026-11-23']] }) as Outcome;
    expect(outcome.preview?.counts).toEqual({ prospects: 2, blank: 1, errors: 0 });
  });

  it("the Columns step's values under a header are cut short: a notes cell of thousands of characters is not shown whole", () => {
    const h = loadDist({ now: new Date(2026, 10, 23, 9) });
    const notes = `Met at SaaStr.\nLorem ipsum ${'dolor sit amet '.repeat(400)}`;
    h.ss.addSheet('List', [
      ['Name', 'Degree', 'Notes'],
      ['Ann', '2nd', notes],
      ['Bob', '3rd', 'short'],
      // An emoji across the cut is left out whole, not halved.
      ['Cy', '2nd', `${'x'.repeat(38)}\u{1F680} launch`],
    ]);
    const state = h.global.getPlannerState?.() as State;
    const samples = state.columns.find((c) => c.header === 'Notes')?.samples ?? [];
    expect(samples).toEqual(['Met at SaaStr. Lorem ipsum dolor sit am…', 'short', `${'x'.repeat(38)}…`]);
    expect(state.columns.find((c) => c.header === 'Name')?.samples).toEqual(['Ann', 'Bob', 'Cy']);
  });

  it('Help shows what the add-on does, where its README is and its version', () => {
    const h = loadDist();
    h.global.showHelp?.();
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(h.ui.dialogs).toHaveLength(1);
    expect(h.ui.dialogs[0]?.html).toContain(`Version ${version}`);
    expect(h.ui.dialogs[0]?.html).toMatch(/README/);
    expect(h.ui.dialogs[0]?.html).toMatch(/decides how to reach each prospect on LinkedIn next/);
  });

  it('the server bundle is readable: not minified, names kept', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    for (const name of ['function planSheet(', 'function writePlanned(', 'function withLock(', 'function saveSettings(']) expect(code).toContain(name);
    expect(code.split('\n').length).toBeGreaterThan(1000);
    // Only the bundled sample list is one long line of data.
    expect(code.split('\n').filter((l) => l.length > 400)).toHaveLength(1);
  });
});

describe('a paste install from release/ (npm run package)', () => {
  it('release/ holds Code.gs, Sidebar.html, appsscript.json (the same bytes as dist/), INSTALL.md and the README the Help names', () => {
    const out = packageRelease(DIST, mkdtempSync(join(tmpdir(), 'pcp-release-')));
    expect(readdirSync(out).sort()).toEqual(['Code.gs', 'INSTALL.md', 'README.md', 'Sidebar.html', 'appsscript.json']);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe(readFileSync('README.md', 'utf8'));
    for (const [name, from] of RELEASE_FILES) expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(DIST, from), 'utf8'));
    const install = readFileSync(join(out, 'INSTALL.md'), 'utf8');
    for (const step of [
      'Extensions > Apps Script',
      'name the file **Sidebar**',
      'reload',
      "Google hasn't verified this app",
      'Go to Prospect Channel',
      'Allow',
    ])
      expect(install).toContain(step);
  });

  it('pasted into a spreadsheet: the menu, a custom function and the sidebar calls work', () => {
    const out = packageRelease(DIST, mkdtempSync(join(tmpdir(), 'pcp-release-')));
    const h = loadDist({ dist: out, now: new Date(2026, 10, 23, 9) });
    h.global.onOpen?.({ authMode: 'NONE' });
    expect(h.ui.menus[0]?.items[0]).toEqual(['Open planner', 'openPlanner']);
    // The sidebar is found under the name the paste created: Sidebar.html, capital S.
    h.global.openPlanner?.();
    expect(h.ui.sidebars[0]?.html).toContain('<title>Prospect Channel Planner</title>');
    expect(() => HtmlFile(out, 'sidebar')).toThrow();
    expect(h.global.CHANNEL?.([['Ann', 1]], [['Name', 'Degree']])).toBe('MESSAGE');
    h.ss.addSheet('Prospects', [
      ['Name', 'Degree'],
      ['Ann', 1],
      ['Bo', 3],
    ]);
    const state = h.global.getPlannerState?.() as { recognised: boolean };
    expect(state.recognised).toBe(true);
    const outcome = h.global.previewPlan?.({ settings: [] }) as { preview?: { counts: object } } | undefined;
    expect(outcome?.preview?.counts).toEqual({ prospects: 2, blank: 0, errors: 0 });
    h.global.writePlan?.({ settings: [] });
    expect(h.ss.getSheetByName('Prospects')?.cells[1]?.[2]).toBe('MESSAGE');
  });
});

/** A file of the script project by the name HtmlService is given: case counts, as in Apps Script. */
function HtmlFile(dir: string, name: string): string {
  return readFileSync(join(dir, `${name}.html`), 'utf8');
}
