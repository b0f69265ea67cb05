import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/cli.js';
import displayWidth from 'string-width';
import { CHANNELS, OUTPUT_COLUMNS } from '../src/core/index.js';

const CLI = join(process.cwd(), 'build/cli.js');
const SAMPLE = join(process.cwd(), 'examples/prospects.csv');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcp-cli-'));
});

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const rowsOf = (csv: string) => parse(csv, { relax_column_count: true, bom: true }) as string[][];
const AS_OF = ['--as-of', '2026-11-23'];

describe('CLI: the sample list end to end', () => {
  const run1 = () => cli([SAMPLE, ...AS_OF, '--format', 'csv']);

  it('writes every input column unchanged, in order, then Channel, Day, Date, Cost, Reason', () => {
    const { code, stdout } = run1();
    expect(code).toBe(0);
    const input = rowsOf(readFileSync(SAMPLE, 'utf8'));
    const output = rowsOf(stdout);
    expect(output).toHaveLength(input.length);
    expect(output[0]).toEqual([...(input[0] as string[]), ...OUTPUT_COLUMNS]);
    input.forEach((row, i) => expect((output[i] as string[]).slice(0, row.length)).toEqual(row));
  });

  it('formats Date as YYYY-MM-DD, Cost with two decimals, Day a whole number or empty', () => {
    const output = rowsOf(run1().stdout).slice(1);
    for (const r of output) {
      const [channel, day, date, cost] = r.slice(-5) as [string, string, string, string];
      expect(channel).toMatch(/^(MESSAGE|CONNECT_NOTE|CONNECT|OPEN_PROFILE|INMAIL|EMAIL_OR_PHONE|WITHDRAW|SKIP|ERROR: .*)$/);
      expect(day).toMatch(/^(\d+)?$/);
      expect(date).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      expect(cost).toMatch(/^(\d+\.\d\d)?$/);
    }
  });

  it('prints the summary to stderr', () => {
    const { stderr } = run1();
    expect(stderr).toMatch(/^Columns read: .*\n(?:.*\n)*?Planned 45 prospects \(3 more rows with errors\) as of 2026-11-23/);
    expect(stderr).toMatch(/Credits: \d+ of 50 used/);
  });

  it('between the default and the free plan, the sample reaches every channel and shows bad cells', () => {
    const seen = new Set<string>();
    for (const extra of [[], ['--plan', 'free']]) {
      for (const r of rowsOf(cli([SAMPLE, ...AS_OF, '--format', 'csv', ...extra]).stdout).slice(1))
        seen.add((r.at(-5) as string).replace(/^ERROR: .*/, 'ERROR'));
    }
    expect([...seen].sort()).toEqual([...CHANNELS, 'ERROR'].sort());
  });

  it('reaches every step of the hybrid sequence', () => {
    const reasons = rowsOf(run1().stdout)
      .slice(1)
      .map((r) => r.at(-1) as string);
    for (const step of [
      'Message: connected: first real message',
      'request not accepted: a different angle',
      'overdue since day 5',
      'InMail unanswered a week on',
      'Message: follow-up',
      'Message: last touch that adds value',
      'no answer on LinkedIn',
      'LinkedIn steps over, no reply',
      'the overdue day-5 Open Profile message expired',
      'Withdraw the invite: pending 35 days; then email or phone',
      'replied, continue the conversation',
    ]) {
      expect(reasons.some((r) => r.includes(step))).toBe(true);
    }
  });

  it('a re-run on its own output changes nothing (columns replaced in place)', () => {
    const first = join(dir, 'first.csv');
    const second = join(dir, 'second.csv');
    expect(cli([SAMPLE, ...AS_OF, '-o', first]).code).toBe(0);
    expect(cli([first, ...AS_OF, '-o', second]).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('-o writes the file and nothing to stdout; -o may name the input itself', () => {
    const copy = file('inplace.csv', readFileSync(SAMPLE));
    const expected = run1().stdout;
    const r = cli([copy, ...AS_OF, '-o', copy]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(copy, 'utf8')).toBe(expected);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--format table prints an aligned table', () => {
    const { stdout, code } = cli([SAMPLE, ...AS_OF, '--format', 'table']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s+Row\s+Name\s+Channel\s+Day\s+Date\s+Cost\s+Reason$/);
    expect(lines).toHaveLength(49);
    const channelAt = (lines[0] as string).indexOf('Channel');
    expect(lines.slice(1).every((l) => /^[A-Z]/.test(l.slice(channelAt)))).toBe(true);
  });

  it('reads stdin when IN is -, and leaves no copy of it behind', () => {
    const scratch = () => readdirSync(tmpdir()).filter((f) => f.startsWith('prospect-channels-'));
    const before = scratch();
    const r = cli(['-', ...AS_OF, '--format', 'csv'], readFileSync(SAMPLE, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(run1().stdout);
    expect(scratch().filter((f) => !before.includes(f))).toEqual([]);
  });
});

describe('CLI: commands', () => {
  it('plan is the default command: `plan IN.csv` and `IN.csv` write the same', () => {
    const implicit = cli([SAMPLE, ...AS_OF, '--format', 'csv']);
    const explicit = cli(['plan', SAMPLE, ...AS_OF, '--format', 'csv']);
    expect(explicit.code).toBe(0);
    expect(explicit.stdout).toBe(implicit.stdout);
    expect(explicit.stderr).toBe(implicit.stderr);
  });

  it('--help lists the commands; `plan --help` gives the command its own help', () => {
    expect(cli(['--help']).stdout).toMatch(/Commands:\n {2}plan {6}/);
    const own = cli(['plan', '--help']);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^Usage: prospect-channels \[plan\] IN\.csv/);
    expect(own.stdout).toContain('--credits');
  });
});

describe('CLI: --format json and table', () => {
  it('table: a list with First and Last Name columns shows each row by both, as the reader joins them', () => {
    const input = file('first-last.csv', 'First Name,Last Name,Degree\nAda,Lovelace,2nd\nGrace,,2nd\n');
    const r = cli([input, ...AS_OF, '--format', 'table']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^ +2 {2}Ada Lovelace {2}/);
    expect(lines[2]).toMatch(/^ +3 {2}Grace {9}/);
  });

  it('plan --format json writes one object a row (Day and Cost as numbers, null where a row has none, as Date is) and the summary as one JSON object on stderr', () => {
    const r = cli([SAMPLE, ...AS_OF, '--format', 'json']);
    expect(r.code).toBe(0);
    const typed = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string | number | null>);
    expect(typed[0]).toMatchObject({ Channel: 'INMAIL', Day: 1, Date: '2026-11-23', Cost: 1.62 });
    expect(typed.find((row) => row.Channel === 'SKIP')).toMatchObject({ Day: null, Date: null, Cost: 0 });
    expect(typed.filter((row) => String(row.Reason).startsWith('ERROR')).map((row) => [row.Day, row.Date, row.Cost])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    // As text, each is the CSV's cell.
    const rows = typed.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : typeof v === 'number' && k === 'Cost' ? v.toFixed(2) : String(v)])),
    );
    const csv = rowsOf(cli([SAMPLE, ...AS_OF, '--format', 'csv']).stdout);
    expect(rows).toHaveLength(csv.length - 1);
    // A format in any case, as the settings' choices are read.
    expect(cli([SAMPLE, ...AS_OF, '--format=JSON']).stdout).toBe(r.stdout);
    // Each record's row as a spreadsheet numbers it first, as `today` gives it for `done --rows`.
    expect(Object.keys(rows[0] as object)).toEqual(['Row', ...(csv[0] as string[])]);
    rows.forEach((row, i) => expect(Object.values(row)).toEqual([String(i + 2), ...(csv[i + 1] as string[])]));
    const summary = JSON.parse(r.stderr) as { planned: number; errors: number; asOf: string; channels: Record<string, number>; understood: string[] };
    expect(summary).toMatchObject({ planned: 45, errors: 3, asOf: '2026-11-23' });
    // What was understood of the file, as the text summary's first lines say it.
    const text = cli([SAMPLE, ...AS_OF, '--format', 'csv']).stderr.split('\n');
    expect(summary.understood[0]).toMatch(/^Columns read: Name <- 'Full Name'/);
    expect(summary.understood).toEqual(text.slice(0, summary.understood.length));
    expect(text[summary.understood.length]).toMatch(/^Planned 45 prospects/);
  });

  it("--format json: the plan's cells keep their keys when the list has a column of the same name (its own Channel took .Channel)", () => {
    const r = cli([file('own-channel.csv', 'Name,Degree,Channel,\nAnn,2nd,LinkedIn Ads,x\n'), ...AS_OF, '--format', 'json', '-q']);
    const row = JSON.parse(r.stdout) as Record<string, string>;
    expect(Object.keys(row)).toEqual(['Row', 'Name', 'Degree', 'Channel (2)', 'Column 4', 'Channel', 'Day', 'Date', 'Cost', 'Reason']);
    expect([row.Channel, row['Channel (2)']]).toEqual(['CONNECT_NOTE', 'LinkedIn Ads']);
    // A list's own Row column is renamed as its Channel is.
    const own = JSON.parse(cli([file('own-row.csv', 'Row,Name,Degree\n7,Ann,2nd\n'), ...AS_OF, '--format', 'json', '-q']).stdout) as Record<string, unknown>;
    expect(own).toMatchObject({ Row: 2, 'Row (2)': '7', Name: 'Ann' });
  });

  it('--format json: only prospects are records, each with its row number: a blank row, a line of text under the list and a report total row are not', () => {
    const list = 'Sales report\nName,Degree,Amount\nAnn,2nd,100\n,,\nBo,1st,200\n\nGrand Totals (2 records),,300\nGenerated by Jane\n';
    const r = cli([file('report-rows.csv', list), ...AS_OF, '--format', 'json', '-q']);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((row) => [row.Row, row.Name, row.Channel])).toEqual([
      [3, 'Ann', 'CONNECT_NOTE'],
      [5, 'Bo', 'MESSAGE'],
    ]);
  });

  it("--summary FILE takes the summary in stderr's place", () => {
    const path = join(dir, 'summary.json');
    const r = cli([SAMPLE, ...AS_OF, '--format', 'json', '--summary', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ planned: 45 });
  });

  it('-o - is standard output, as - is standard input: no file named - is made; --summary - only beside -o FILE', () => {
    const r = spawnSync(process.execPath, [CLI, SAMPLE, ...AS_OF, '-o', '-', '-q'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(cli([SAMPLE, ...AS_OF, '--format', 'csv', '-q']).stdout);
    expect(existsSync(join(dir, '-'))).toBe(false);
    const both = cli([SAMPLE, ...AS_OF, '--summary', '-']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--summary -: the plan goes to standard output too/);
    const out = join(dir, 'dash-summary.csv');
    const summary = cli([SAMPLE, ...AS_OF, '-o', out, '--summary', '-']);
    expect(summary.code).toBe(0);
    expect(summary.stdout).not.toBe('');
    expect(summary.stdout).toBe(cli([SAMPLE, ...AS_OF, '-o', join(dir, 'dash-summary-2.csv')]).stderr);
    expect(readFileSync(out, 'utf8')).toMatch(/^Full Name,/);
  });

  it('the table shows control characters of cells as visible escapes; a line break in a name keeps the row on one line', () => {
    const hostile = file('esc.csv', 'Name,Degree\n"\x1b]0;pwned\x07Ann\x1b[2J",1\n"Bob\nSmith",2\n"\u202eevil",3\n');
    const r = cli([hostile, ...AS_OF, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f\u202e]/);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('\\x1b]0;pwned');
    expect(lines[2]).toContain('Bob\\nSmith');
    expect(lines[3]).toContain('\\u202eevil');
  });

  it('wide characters (CJK, emoji) take two columns: the table stays aligned and within the width', async () => {
    const input = file(
      'wide.csv',
      'Name,Degree\n山田太郎 (Yamada Taro) of 株式会社サンプル,1\n👩‍💻 Ada Lovelace the first programmer,2\nPlain Name,3\ne\u0301mile combining,1\n',
    );
    const chunks: string[] = [];
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 72 });
    stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
    expect(await run([input, ...AS_OF, '-q'], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), now: () => new Date() })).toBe(0);
    const lines = chunks.join('').trimEnd().split('\n');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(72);
    // The header and four rows, each Reason under its row (72 columns leave it too little room beside); Channel starts at the same terminal column on every row.
    const rows = lines.filter((l) => /^ *(Row|\d+) {2}\S/.test(l));
    expect(rows).toHaveLength(5);
    const channelAt = (l: string) => displayWidth(l.slice(0, l.search(/ (Channel|MESSAGE|CONNECT_NOTE|CONNECT) /) + 1));
    expect(new Set(rows.map(channelAt)).size).toBe(1);
  });

  it("the table fits the terminal's width (stdout.columns), and every Reason is there whole: wrapped between words beside its row, or under it on a narrow terminal, never cut", async () => {
    const reasons = rowsOf(cli([SAMPLE, ...AS_OF, '-q', '--format', 'csv']).stdout)
      .slice(1)
      // A row in error shows ERROR as its Channel and its Reason after it.
      .map((r) => (r.at(-1) as string).replace(/^ERROR: /, ''));
    expect(reasons).toHaveLength(48);
    for (const columns of [60, 80, 120]) {
      const chunks: string[] = [];
      const stdout = Object.assign(new PassThrough(), { isTTY: true, columns });
      stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
      const code = await run([SAMPLE, ...AS_OF, '-q'], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), now: () => new Date() });
      expect(code).toBe(0);
      const text = chunks.join('');
      const lines = text.trimEnd().split('\n');
      expect(lines.filter((l) => /^ *(Row|\d+) {2}\S/.test(l))).toHaveLength(49);
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(columns);
      // A Reason's lines, joined again, are the Reason.
      const joined = text.replace(/\s*\n\s*/g, ' ');
      for (const reason of reasons) expect(joined, `${columns} columns`).toContain(reason);
    }
  });
});

describe("CLI: an export's several phone columns", () => {
  it("a row whose number is only in Apollo's Mobile Phone is called, not told to find an email; the summary says the order the columns are tried in", () => {
    const path = file(
      'apollo-phones.csv',
      [
        'First Name,Last Name,Title,Email,First Phone,Work Direct Phone,Mobile Phone,Person Linkedin Url,Degree,Requested On,Invite Status',
        'Ana,Lee,VP Sales,,+1 415 555 0101,,,http://www.linkedin.com/in/analee,2nd,2026-10-01,withdrawn',
        'Bo,Kim,VP Sales,,,,+1 415 555 0203,http://www.linkedin.com/in/bokim,2nd,2026-10-01,withdrawn',
        'Cy,Ng,VP Sales,,,,,http://www.linkedin.com/in/cyng,2nd,2026-10-01,withdrawn',
      ].join('\n'),
    );
    const { code, stdout, stderr } = cli([path, ...AS_OF, '-o', '-']);
    expect(code).toBe(0);
    const out = rowsOf(stdout).slice(1);
    expect(out.map((r) => [r[11], (r[15] as string).split(':')[0]])).toEqual([
      ['EMAIL_OR_PHONE', 'Call'],
      ['EMAIL_OR_PHONE', 'Call'],
      ['EMAIL_OR_PHONE', 'Email or phone (find an email)'],
    ]);
    expect(stderr).toContain("Phone <- 'First Phone' (where blank: 'Mobile Phone' then 'Work Direct Phone')");
  });
});

describe('CLI: slash dates nothing in a file tells', () => {
  it('a semicolon file (as Excel writes it where dates are day-first) reads them day-first and says why; a comma file month-first, as before', () => {
    const rows = (d: string) =>
      `Name${d}Degree${d}Connection Status${d}Requested On\nLéa${d}2nd${d}pending${d}02/11/2026\nHugo${d}2nd${d}pending${d}05/11/2026\n`;
    const semi = cli(['inspect', file('dates-semicolon.csv', rows(';')), '--format', 'csv']);
    expect(rowsOf(semi.stdout.replaceAll(';', ',')).map((r) => r.at(-1))).toEqual(['Requested On', '2026-11-02', '2026-11-05']);
    expect(semi.stderr).toContain(
      "Dates: 'Requested On': slash dates read day-first: nothing in the column tells, and the file is semicolon-separated, as Excel writes it where dates are day-first; set Date Order if that is wrong",
    );
    const comma = cli(['inspect', file('dates-comma.csv', rows(',')), '--format', 'csv']);
    expect(rowsOf(comma.stdout).map((r) => r.at(-1))).toEqual(['Requested On', '2026-02-11', '2026-05-11']);
    // The values, another date column, or the setting still decide first.
    // (As of a day after them all: a date after the as-of date is the row's error, as the plan says.)
    const told = cli([
      'inspect',
      file('dates-semicolon-told.csv', `${rows(';')}Zoé;2nd;pending;12/25/2026\n`),
      '--format',
      'csv',
      '-q',
      '--as-of',
      '2027-01-04',
    ]);
    expect(rowsOf(told.stdout.replaceAll(';', ',')).map((r) => r.at(-1))).toEqual(['Requested On', '2026-02-11', '2026-05-11', '2026-12-25']);
  });

  it('a semicolon file gets its Cost with a decimal comma (1,62), which Excel reads as a number there; a comma file keeps the point', () => {
    const rows = (d: string) => `Name${d}Degree${d}Named Account${d}Deal Value${d}Warm\nLéa${d}3rd${d}yes${d}90000${d}no\n`;
    const semi = cli([file('cost-semicolon.csv', rows(';')), ...AS_OF, '-q']);
    expect(semi.stdout.split('\n')[1]).toMatch(/;INMAIL;1;2026-11-24;1,62;"InMail \(1 credit\)/);
    const comma = cli([file('cost-comma.csv', rows(',')), ...AS_OF, '-q']);
    expect(comma.stdout.split('\n')[1]).toMatch(/,INMAIL,1,2026-11-24,1\.62,"InMail \(1 credit\)/);
  });
});

describe('CLI: settings', () => {
  it('a settings file saved by Excel in French (Windows-1252, a Réglage;Valeur header, a no-break space before %, Holidays one a cell) is read whole', () => {
    const text = 'Réglage;Valeur;;\r\nInMail Reply Rate;18,5\u00a0%;;\r\nHolidays;24/12/2026;25/12/2026;31/12/2026\r\nCredits;7;;\r\n';
    const settings = file('reglages.csv', Buffer.from(text, 'latin1'));
    const r = cli([SAMPLE, ...AS_OF, '--settings', settings, '--format', 'json', '-q', '--summary', join(dir, 'reglages-summary.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sum = JSON.parse(readFileSync(join(dir, 'reglages-summary.json'), 'utf8')) as { creditsAvailable: number };
    expect(sum.creditsAvailable).toBe(7);
    // Every cell of a row is its value, not the first alone: one too many is an error, never dropped.
    for (const [row, got] of [
      ['Credits;5;6', "Credits: expected a whole number, 0 or more (got '5, 6')"],
      ['Holidays;2026-12-24;soon', "Holidays: expected dates as YYYY-MM-DD, comma-separated (got '2026-12-24, soon')"],
    ]) {
      const path = file('more-values.csv', `Clé;Valeur\n${row}\n`);
      expect(cli([SAMPLE, ...AS_OF, '--settings', path, '-q']).stderr).toBe(`prospect-channels: bad setting in settings file '${path}': ${got}\n`);
    }
  });

  it('a setting the --settings file gives twice with two values is refused (which one is meant is not guessed); the same value twice, or a flag over the file, is fine', () => {
    const twice = file('twice.csv', 'Setting,Value\nCredits,12\ncredits ,20\n');
    const r = cli([SAMPLE, ...AS_OF, '--settings', twice, '-q']);
    expect(r.stderr).toBe(`prospect-channels: bad setting in settings file '${twice}': credits is given twice ('12', then '20'): keep one\n`);
    expect(r.code).toBe(2);
    const columns = file('twice-columns.csv', 'Column: Degree,Connection Degree\nColumn: degree,Degree\n');
    expect(cli([SAMPLE, ...AS_OF, '--settings', columns, '-q']).stderr).toMatch(
      /Column: degree is given twice \('Connection Degree', then 'Degree'\): keep one/,
    );
    const same = file('same.csv', 'Credits,12\nCredits,12\n');
    expect(cli([SAMPLE, ...AS_OF, '--settings', same, '-q', '-o', join(dir, 'same-out.csv')]).code).toBe(0);
    const once = file('once.csv', 'Credits,12\n');
    expect(cli([SAMPLE, ...AS_OF, '--settings', once, '--credits', '20', '-q', '-o', join(dir, 'once-out.csv')]).code).toBe(0);
  });

  it('Holidays a row each in the --settings file add up; --holidays replaces them rather than adding one', () => {
    const list = file('holiday-list.csv', 'Name,Degree\nAnn Lee,2nd\n');
    const holidays = file('holidays.csv', 'Setting,Value\nHolidays,2026-11-23\nCredits,5\nHolidays,2026-11-24\nHolidays,\n');
    const dateOf = (r: { stdout: string }) => r.stdout.split('\n')[1]?.split(',')[4];
    expect(dateOf(cli([list, ...AS_OF, '--settings', holidays, '-q', '-o', '-']))).toBe('2026-11-25');
    expect(dateOf(cli([list, ...AS_OF, '--settings', holidays, '--holidays', '2026-11-26', '-q', '-o', '-']))).toBe('2026-11-23');
  });

  it('a bad value in the --settings file names the file; the same value as a flag names no file', () => {
    const settings = file('bad-settings.csv', 'Setting,Value\nCredits,abc\n');
    const fromFile = cli([SAMPLE, ...AS_OF, '--settings', settings, '-q']);
    expect(fromFile.stderr).toBe(`prospect-channels: bad setting in settings file '${settings}': Credits: expected a whole number, 0 or more (got 'abc')\n`);
    expect(fromFile.code).toBe(2);
    const fromFlag = cli([SAMPLE, ...AS_OF, '--credits', 'abc', '-q']);
    expect(fromFlag.stderr).toBe(`prospect-channels: bad setting: Credits: expected a whole number, 0 or more (got 'abc')\n`);
  });

  const list = 'Name,Named Account,Trigger,Serious Ask,Degree\nA,yes,funding,yes,2\nB,yes,funding,yes,2\nC,no,,,2\n';
  const channels = (stdout: string) =>
    rowsOf(stdout)
      .slice(1)
      .map((r) => r.at(-5));

  it('--credits and --plan flags', () => {
    const input = file('s1.csv', list);
    expect(channels(cli([input, ...AS_OF, '--format', 'csv']).stdout)).toEqual(['INMAIL', 'INMAIL', 'CONNECT_NOTE']);
    expect(channels(cli([input, ...AS_OF, '--format', 'csv', '--credits', '1']).stdout)).toEqual(['INMAIL', 'CONNECT_NOTE', 'CONNECT_NOTE']);
    expect(channels(cli([input, ...AS_OF, '--format', 'csv', '--plan', 'free']).stdout)).toEqual(['CONNECT_NOTE', 'CONNECT_NOTE', 'CONNECT_NOTE']);
  });

  it('--settings as CSV or JSON, with flags overriding the file', () => {
    const input = file('s2.csv', list);
    const csvSettings = file('settings.csv', 'Setting,Value\nCredits,1\nInMail Reply Rate,20%\n');
    const jsonSettings = file('settings.json', JSON.stringify({ Credits: 1, 'InMail Reply Rate': '20%' }));
    for (const s of [csvSettings, jsonSettings]) {
      const out = rowsOf(cli([input, ...AS_OF, '--format', 'csv', '--settings', s]).stdout).slice(1);
      expect(out.map((r) => r.at(-5))).toEqual(['INMAIL', 'CONNECT_NOTE', 'CONNECT_NOTE']);
      expect(out[0]?.at(-2)).toBe('1.58');
      expect(channels(cli([input, ...AS_OF, '--format', 'csv', '--settings', s, '--credits', '2']).stdout)).toEqual(['INMAIL', 'INMAIL', 'CONNECT_NOTE']);
    }
  });

  it('a semicolon --settings file (Excel where dates are day-first) reads its slash dates that read two ways day-first; a comma one says they are ambiguous', () => {
    const list = file('semi-settings-list.csv', 'Name,Degree\nAnn,1st\n');
    const semi = file('ajustes.csv', 'Ajuste;Valor\r\nAs Of;07/12/2026\r\nHolidays;07/12/2026;08/12/2026\r\n');
    const r = cli([list, '--settings', semi, '--format', 'csv']);
    expect(r.code).toBe(0);
    // As of Monday 7 December, a holiday as Tuesday 8 is: the message goes out Wednesday 9 (read month-first: 13 July).
    expect(rowsOf(r.stdout)[1]?.at(-3)).toBe('2026-12-09');
    const comma = file('settings-comma.csv', 'Setting,Value\nAs Of,04/12/2026\n');
    expect(cli([list, '--settings', comma]).stderr).toMatch(/As Of: ambiguous: 2026-04-12 or 2026-12-04\?/);
  });

  it('--settings as JSON takes a list as its items: "Holidays": ["2026-12-24", "2026-12-25"]', () => {
    const jsonSettings = file('holidays.json', JSON.stringify({ Holidays: ['2026-12-24', '2026-12-25'] }));
    const r = cli([file('holidays-list.csv', 'Name,Degree\nAnn,1st\n'), '--as-of', '2026-12-24', '--settings', jsonSettings, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout)[1]?.at(-3)).toBe('2026-12-28');
  });

  it('--settings from a European spreadsheet: semicolons and decimal commas, with or without its sep=; line', () => {
    const input = file('s2eu.csv', list);
    const body = 'Credits;1\r\nInMail Reply Rate;20,0%\r\nPrice Per Credit;1,98\r\n';
    for (const text of [`sep=;\r\n${body}`, `Setting;Value\r\n${body}`, body]) {
      const s = file('settings-eu.csv', text);
      const r = cli([input, ...AS_OF, '--format', 'csv', '--settings', s]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^Expected replies: .*\(InMail 20%;/m);
      const out = rowsOf(r.stdout).slice(1);
      expect(out.map((row) => row.at(-5))).toEqual(['INMAIL', 'CONNECT_NOTE', 'CONNECT_NOTE']);
      // $1.98 x (1 - 20%): both decimal commas read.
      expect(out[0]?.at(-2)).toBe('1.58');
    }
  });

  it('--as-of, --start and --sequence', () => {
    const input = file('s3.csv', 'Name,Connection Status,Requested On\nA,accepted,2026-11-20\nB,,\n');
    const out = rowsOf(cli([input, '--as-of', '2026-11-21', '--start', '2026-11-25', '--sequence', 'connection-first', '--format', 'csv']).stdout).slice(1);
    expect(out.map((r) => r.slice(-5, -2))).toEqual([
      ['MESSAGE', '4', '2026-11-23'],
      ['CONNECT_NOTE', '1', '2026-11-25'],
    ]);
  });

  it('every setting has its own flag, and --column maps a header', () => {
    const input = file('s4.csv', 'Name,Conn. lvl\nA,1st\n');
    expect(rowsOf(cli([input, ...AS_OF, '--format', 'csv']).stdout)[1]?.at(-5)).toBe('CONNECT_NOTE');
    const r = cli([input, ...AS_OF, '--format', 'csv', '--column', 'Degree=Conn. lvl', '--weekly-invite-cap', '50', '--inmail-reply-rate', '0.2']);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout)[1]?.at(-5)).toBe('MESSAGE');
  });
});

describe('CLI: a title above the header that starts as JSON might is still a CSV', () => {
  it.each([['[[DRAFT]] Q1 prospects'], ['{"Q1 list"} exported 2026-11-20'], ['[Q1] prospects, {"team": "EMEA"}']])('%s', (title) => {
    const r = cli([file('titled.csv', `${title}\nName,Degree\nAnn,2nd\n`), ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\nAnn,2nd,CONNECT_NOTE,');
  });
});

describe('CLI: bad input gets one clear message, a non-zero exit, never a stack trace', () => {
  const cases: Array<[string, () => string[], number, RegExp]> = [
    ['a missing file', () => [join(dir, 'nope.csv')], 2, /^prospect-channels: cannot read '.*nope\.csv': no such file or folder \(ENOENT\)\n$/],
    ['a directory', () => [dir], 2, /^prospect-channels: cannot read '.*': is a folder, not a file \(EISDIR\)\n$/],
    ['an empty file', () => [file('empty.csv', '')], 1, /^prospect-channels: .*empty\.csv: the file is empty: expected a header row\n$/],
    [
      'no recognised header',
      () => [file('nohead.csv', 'foo,bar\n1,2\n')],
      1,
      /^prospect-channels: .*nohead\.csv: no recognised column in the first 2 rows \(the header row must be one of them; the first row: 'foo', 'bar'\)/,
    ],
    ['malformed CSV (an unclosed quote)', () => [file('bad.csv', 'Name,Degree\n"Ann,2\nBob,1\n')], 1, /^prospect-channels: .*bad\.csv: not valid CSV/],
    [
      'a binary file',
      () => [file('bin.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))],
      1,
      /^prospect-channels: .*bin\.csv: not a CSV file \(binary content: more zero or control bytes than text holds; the first zero byte is on line 1, byte 5\): if it is a prospect list, save it as CSV \(/,
    ],
    [
      'an Excel workbook (a zip file) named .csv',
      () => [file('book.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0]))],
      1,
      /^prospect-channels: .*book\.csv: not a CSV file: an Excel workbook \(\.xlsx\) or another zip file: save it as CSV \(in Excel: File > Save As > CSV UTF-8; in Google Sheets: File > Download > CSV\)\n$/,
    ],
    [
      'a Numbers document (a zip file too)',
      () => [file('leads.numbers', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0]))],
      1,
      /^prospect-channels: .*leads\.numbers: not a CSV file: a Numbers document \(\.numbers\): in Numbers, File > Export To > CSV\n$/,
    ],
    [
      'an Excel 97-2003 workbook',
      () => [file('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))],
      1,
      /^prospect-channels: .*old\.xls: not a CSV file: an Excel 97-2003 workbook \(\.xls\): save it as CSV/,
    ],
    [
      'a list saved as JSON (an array of records)',
      () => [file('list.json', '\ufeff[\n  {"Name": "Ann", "Degree": "2nd"}\n]\n')],
      1,
      /^prospect-channels: .*list\.json: not a CSV file: JSON \(records, not rows\): export the list as CSV, a header row and then one row a prospect\n$/,
    ],
    [
      'a list saved as JSON Lines',
      () => [file('list.jsonl', '{"Name":"Ann","Degree":"2nd"}\n{"Name":"Bo","Degree":"1st"}\n')],
      1,
      /: not a CSV file: JSON \(records, not rows\)/,
    ],
    [
      'a list saved as JSON arrays, one a line',
      () => [file('rows.jsonl', '["Name","Degree"]\n["Ann","2nd"]\n')],
      1,
      /: not a CSV file: JSON \(records, not rows\)/,
    ],
    ['an unknown flag', () => [SAMPLE, '--colour', 'red'], 2, /^prospect-channels: Unknown option '--colour' \(try 'prospect-channels --help'\)\n$/],
    ['a bad flag value', () => [SAMPLE, '--credits', '-1'], 2, /^prospect-channels: bad setting: Credits: expected a whole number, 0 or more \(got '-1'\)\n$/],
    [
      'a bad date flag',
      () => [SAMPLE, '--as-of', 'today'],
      2,
      /^prospect-channels: bad setting: As Of: expected a date such as 2026-11-23 or 23 Nov 2026 \(not a serial number\)/,
    ],
    [
      'a day past its month',
      () => [SAMPLE, '--as-of', '2026-11-31'],
      2,
      /^prospect-channels: bad setting: As Of: expected a date: there is no such day \(got '2026-11-31'\)/,
    ],
    ['a bad --format', () => [SAMPLE, '--format', 'xml'], 2, /^prospect-channels: --format: expected table, csv, json \(got 'xml'\)\n$/],
    ['a bad --column', () => [SAMPLE, '--column', 'Degree'], 2, /^prospect-channels: --column: expected FIELD=HEADER/],
    ['two input files', () => [SAMPLE, SAMPLE], 2, /^prospect-channels: one input file expected, got 2 \(try 'prospect-channels --help'\)\n$/],
    [
      'a missing settings file',
      () => [SAMPLE, '--settings', join(dir, 'none.json')],
      2,
      /^prospect-channels: cannot read settings file '.*none\.json': no such file or folder \(ENOENT\)\n$/,
    ],
    [
      'settings with an unknown key',
      () => [SAMPLE, '--settings', file('unk.csv', 'Colour,blue\n')],
      2,
      /^prospect-channels: bad setting in settings file '.*unk\.csv': unknown setting 'Colour'/,
    ],
    [
      'settings that are not JSON',
      () => [SAMPLE, '--settings', file('broken.json', '{"Credits": ')],
      2,
      /^prospect-channels: settings file '.*broken\.json' is not valid JSON/,
    ],
    [
      'settings JSON of the wrong shape',
      () => [SAMPLE, '--settings', file('shape.json', '[1,2,3]')],
      2,
      /^prospect-channels: settings file '.*shape\.json': expected an object/,
    ],
    [
      'a settings line with no value',
      () => [SAMPLE, '--settings', file('novalue.csv', 'Credits\n')],
      2,
      /^prospect-channels: settings file '.*novalue\.csv': each line needs a key and a value/,
    ],
    [
      'a settings line with no value, a long one: 60 characters of it quoted',
      () => [SAMPLE, '--settings', file('novalue-long.csv', `${'x'.repeat(5000)}\n`)],
      2,
      /^prospect-channels: settings file '.*novalue-long\.csv': each line needs a key and a value \(got 'x{57}\.\.\.'\)$/m,
    ],
    [
      'a settings file in CSV with a quoted value left open',
      () => [SAMPLE, '--settings', file('open.csv', 'Credits,10\nHolidays,"2026-12-24, 2026-12-25\n')],
      2,
      /^prospect-channels: settings file '.*open\.csv' is not valid CSV: line 2: a quoted cell is not closed before the end of the file$/m,
    ],
  ];
  it("no file named: a list piped in is read as standard input, as '-' reads it (cat list.csv | prospect-channels); with nothing piped (a terminal, cron's /dev/null), no input file given; --rows 2, 3 says to leave out the space", () => {
    // A shell's pipe, and a file redirected in.
    const piped = spawnSync('bash', ['-c', `cat "${SAMPLE}" | "${process.execPath}" "${CLI}" --as-of 2026-11-23 --format csv -q`], { encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(cli([SAMPLE, ...AS_OF, '--format', 'csv', '-q']).stdout);
    const redirected = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" --as-of 2026-11-23 --format csv -q < "${SAMPLE}"`], { encoding: 'utf8' });
    expect(redirected.stdout).toBe(piped.stdout);
    // A socket, as a program starting this one gives by default and may never close: not read (it would wait for ever).
    const socket = spawnSync(process.execPath, [CLI, ...AS_OF], { encoding: 'utf8', timeout: 20_000 });
    expect(socket.stderr).toBe("prospect-channels: no input file given (try 'prospect-channels --help')\n");
    const none = spawnSync(process.execPath, [CLI, ...AS_OF], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    expect(none.stderr).toBe("prospect-channels: no input file given (try 'prospect-channels --help')\n");
    expect(none.status).toBe(2);
    const empty = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${CLI}" --as-of 2026-11-23 < /dev/null; printf '' | "${process.execPath}" "${CLI}" --as-of 2026-11-23`],
      { encoding: 'utf8' },
    );
    expect(empty.stderr).toMatch(/\nprospect-channels: stdin: the file is empty: expected a header row/);
    const rows = spawnSync(process.execPath, [CLI, 'done', SAMPLE, '--rows', '2,', '3', '-o', join(dir, 'rows-split.csv')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(rows.stderr).toBe("prospect-channels: --rows '2,' then '3': write the rows with no space, --rows 2,3 (try 'prospect-channels done --help')\n");
    expect(rows.status).toBe(2);
    // The file after the rows, and a range: the rows as they should be written.
    const after = spawnSync(process.execPath, [CLI, 'done', '--rows', '2,', '3-4', SAMPLE, '-o', join(dir, 'rows-split.csv')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    expect(after.stderr).toBe("prospect-channels: --rows '2,' then '3-4': write the rows with no space, --rows 2,3-4 (try 'prospect-channels done --help')\n");
  });
  it.each(cases)('%s', (_name, args, code, message) => {
    const r = cli(args());
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
  });

  it('a failed run with -o leaves no output file and no temp file behind', () => {
    const out = join(dir, 'never.csv');
    expect(cli([file('bad2.csv', 'Name,Degree\n"Ann,2\n'), '-o', out]).code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a bad row gets its ERROR cell and the rest is planned as usual', () => {
    const out = rowsOf(cli([file('badrow.csv', 'Name,Degree,Warm\nA,2,yes\nB,fourth,yes\nC,1,\n'), ...AS_OF, '--format', 'csv']).stdout);
    expect(out.map((r) => r.at(-5))).toEqual([
      'Channel',
      'CONNECT_NOTE',
      "ERROR: Degree: expected 1, 2, 3, 1st, 2nd, 3rd, 3rd+ or out of network (got 'fourth')",
      'MESSAGE',
    ]);
    expect(out[2]?.at(-1)).toBe(out[2]?.at(-5));
  });
});

describe('CLI: files as they come', () => {
  it('SPEC 1a: a file whose bytes are not UTF-8 is read as Windows-1252, and the summary says so', () => {
    const input = file('latin1-list.csv', Buffer.from('Name,Degree\nJürgen Müller,2nd\n', 'latin1'));
    const r = cli([input, ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^File read as Windows-1252 \(its bytes are not UTF-8; a list in another code page is named with --encoding\), and written back in it$/m,
    );
    expect(cli([file('utf8-list.csv', 'Name,Degree\nJürgen Müller,2nd\n'), ...AS_OF, '--format', 'csv']).stderr).not.toMatch(/^File read as/m);
  });

  it('SPEC 1a: a list saved by Excel for Mac as "Comma Separated Values" (Mac Roman, CR line ends) is read as Mac Roman: its names and titles as written, its bytes back as they were', () => {
    const text =
      'First Name,Last Name,Title,Company,Connection Degree\r' +
      'Zoé,Lefèvre,Président-directeur général,Ateliers Réunis,3rd\r' +
      'François,Müller,Geschäftsführer,Bäckerei Groß,quatrième\r' +
      'Liam,O’Brien,Head of Sales — EMEA,Acme “Global”,2nd\r';
    const bytes = iconv.encode(text, 'macintosh');
    const input = file('excel-mac.csv', bytes);
    const r = cli([input, ...AS_OF, '-o', join(dir, 'excel-mac.out.csv')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^File read as Mac Roman \(its bytes are not UTF-8, and its accented letters are Mac Roman's, as Excel for Mac's CSV writes them\), and written back in it$/m,
    );
    const out = readFileSync(join(dir, 'excel-mac.out.csv'));
    // Each line's bytes come back as they were, our cells after them, in Mac Roman too.
    const lines = iconv.decode(out, 'macintosh').split('\r');
    text
      .split('\r')
      .slice(0, 4)
      .forEach((line, i) => expect(lines[i]?.startsWith(line)).toBe(true));
    // "Président-directeur général" is read as it is written: c-level (as Windows-1252, `PrŽsident`, it told no level).
    expect(lines[1]).toMatch(/c-level/);
    // A cell of the row quoted in its error, written back in Mac Roman.
    expect(lines[2]).toContain("(got 'quatrième')");
    // The same words saved by Excel on Windows (Windows-1252) are read as Windows-1252.
    const windows = cli([
      file('excel-windows.csv', iconv.encode(text.replaceAll('\r', '\r\n'), 'windows-1252')),
      ...AS_OF,
      '-o',
      join(dir, 'excel-windows.out.csv'),
    ]);
    expect(windows.stderr).toMatch(
      /^File read as Windows-1252 \(its bytes are not UTF-8; a list in another code page is named with --encoding\), and written back in it$/m,
    );
    const windowsLines = iconv.decode(readFileSync(join(dir, 'excel-windows.out.csv')), 'windows-1252').split('\r\n');
    expect(windowsLines[1]).toMatch(/c-level/);
    expect(windowsLines[2]).toContain("(got 'quatrième')");
  });

  it('SPEC 1a: a Mac Roman list whose first byte over 127 is an accented letter counts that letter: two accented letters make it Mac Roman, in the head or far into the file', () => {
    const mac = iconv.encode('Zoé Lefèvre,2nd\r', 'macintosh');
    const said = /^File read as Mac Roman \(its bytes are not UTF-8, and its accented letters are Mac Roman's, as Excel for Mac's CSV writes them\)/m;
    expect(cli([file('mac-two-letters.csv', Buffer.concat([Buffer.from('Name,Degree\r'), mac])), ...AS_OF, '--format', 'csv']).stderr).toMatch(said);
    const filler = Buffer.from('Ann Lee,2nd\r'.repeat(7000));
    const far = file('mac-two-letters-far.csv', Buffer.concat([Buffer.from('Name,Degree\r'), filler, mac]));
    expect(cli([far, ...AS_OF, '-o', join(dir, 'mac-two-letters-far.out.csv')]).stderr).toMatch(said);
    // Windows-1252 signs after letters, each a Mac Roman letter, are still Windows-1252: 'IBM®' (Æ), '50K€' (Ä), '«CEO»' (ª).
    const signs = iconv.encode('Name,Company,Title,Degree\r\nAnn Lee,IBM®,«CEO»,2nd\r\nBob Ray,SAP®,50K€ «VP»,3rd\r\n', 'windows-1252');
    expect(cli([file('windows-signs.csv', signs), ...AS_OF, '--format', 'csv']).stderr).toMatch(
      /^File read as Windows-1252 \(its bytes are not UTF-8; a list in another code page is named with --encoding\)/m,
    );
  });

  it('SPEC 1a: UTF-8 lines, then lines another program appended in Windows-1252: read as Windows-1252 and said to mix the two, from the line where they change, in the head or far into the file', () => {
    const utf8 = Buffer.from('Name,Title,Degree\r\nZoë Müller,CEO,3rd\r\n', 'utf8');
    const appended = Buffer.from('René Dupont,VP Sales,2nd\r\n', 'latin1');
    const small = cli([file('mixed-small.csv', Buffer.concat([utf8, appended])), ...AS_OF, '--format', 'csv']);
    expect(small.code).toBe(0);
    expect(small.stderr).toMatch(
      /^File read as Windows-1252, and written back in it: it mixes two encodings, UTF-8 before line 3 and Windows-1252 from it, so its UTF-8 text reads garbled \('é' as 'Ã©'\); save it again as one encoding/m,
    );
    // Byte for byte all the same: each line's bytes come back as they were.
    expect(small.stdout).toContain('Zoë Müller,CEO,3rd,');
    // Past the first 64 KB the file's head was read in: found as the file is read, line counted all the same.
    const filler = Buffer.from('Ann Lee,Engineer,2nd\n'.repeat(5000), 'utf8');
    const big = cli([file('mixed-big.csv', Buffer.concat([utf8, filler, appended])), ...AS_OF, '-q', '-o', join(dir, 'mixed-big.out.csv'), '--summary', '-']);
    expect(big.stdout).toMatch(/^File read as Windows-1252, and written back in it: it mixes two encodings, UTF-8 before line 5003 and Windows-1252 from it/m);
    // No UTF-8 text before the first Windows-1252 byte: a Windows-1252 file, said as before.
    const ascii = cli([file('ascii-then-1252.csv', Buffer.concat([Buffer.from('Name,Degree\nAnn,2nd\n'), appended])), ...AS_OF, '--format', 'csv']);
    expect(ascii.stderr).toMatch(
      /^File read as Windows-1252 \(its bytes are not UTF-8; a list in another code page is named with --encoding\), and written back in it$/m,
    );
  });

  it('SPEC 1a: a UTF-8 file with a BOM and Windows-1252 lines appended (cat of two exports) is read as the file without its BOM is, its BOM written back, in the head or far into the file', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const utf8 = Buffer.from('Name,Title,Degree,Target Account\r\nZoë Müller,Engineer,2nd,no\r\n', 'utf8');
    const appended = Buffer.from('Jan Weiß,Geschäftsführer,3rd,yes\r\n', 'latin1');
    for (const [name, filler] of [
      ['bom-mixed-small.csv', Buffer.alloc(0)],
      ['bom-mixed-big.csv', Buffer.from('Ann Lee,Engineer,2nd,no\r\n'.repeat(5000))],
    ] as const) {
      const r = cli([file(name, Buffer.concat([bom, utf8, filler, appended])), ...AS_OF, '--format', 'csv']);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^File read as Windows-1252, and written back in it: it mixes two encodings, UTF-8 before line \d+ and Windows-1252 from it/m);
      // The BOM written back; Jan's title read as Geschäftsführer, c-level, where it read garbled and gave no level.
      expect(r.stdout.startsWith('\ufeff')).toBe(true);
      const jan = rowsOf(r.stdout).find((row) => (row[0] as string).startsWith('Jan'));
      expect(jan?.[4]).toBe('INMAIL');
      expect(jan?.at(-1)).toContain('c-level');
    }
  });

  it('SPEC 1a: a stray quote that joins lines into one row is read as a spreadsheet reads it, and the summary says which lines', () => {
    // Line 3 opens a quoted cell that closes at the start of line 5, with text after it: three lines, one row.
    const text = 'Name,Title,Degree\nA,CEO,3rd\n"B,VP,2nd\nC,VP,2nd\n"D",Manager,2nd\nE,"VP\nSales",2nd\n';
    const r = cli([file('stray-quote.csv', text), ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(0);
    // The user's bytes come back as they were, our five cells after the joined row's last line.
    const lines = r.stdout.split('\n');
    expect(lines.slice(2, 5)).toEqual(['"B,VP,2nd', 'C,VP,2nd', expect.stringMatching(/^"D",Manager,2nd,CONNECT_NOTE,1,/)]);
    expect(lines.filter((l) => /,(CONNECT_NOTE|MESSAGE|INMAIL|OPEN_PROFILE),/.test(l))).toHaveLength(3);
    expect(r.stderr).toMatch(
      /^Warning: lines 3-5 were read as one row \(a quoted cell opens on line 3 and text follows its closing quote on line 5, as a spreadsheet reads it\): check the quotes$/m,
    );
    // A quoted cell that holds a line break and closes where it should (E's title) is no warning.
    const clean = cli([file('quoted-break.csv', 'Name,Title,Degree\nE,"VP\nSales",2nd\n'), ...AS_OF, '--format', 'csv']);
    expect(clean.stderr).not.toMatch(/Warning/);
  });

  it('no output cell of ours starts with = + - or @, and hostile input cells are kept as they were', () => {
    const hostile = 'Name,Degree,Notes\n"=HYPERLINK(""http://x"",""y"")",@SUM(1),+1\n-1,=1+1,=2\n';
    const out = rowsOf(cli([file('hostile.csv', hostile), ...AS_OF, '--format', 'csv']).stdout);
    expect(out[1]?.slice(0, 3)).toEqual(['=HYPERLINK("http://x","y")', '@SUM(1)', '+1']);
    for (const r of out.slice(1)) for (const cell of r.slice(-5)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('a header named like a formula cannot turn our error cell into one', () => {
    const out = rowsOf(cli([file('fheader.csv', 'Name,Degree\nA,x\n'), ...AS_OF, '--format', 'csv', '--column', 'Degree=Degree']).stdout);
    expect(out[1]?.at(-5)).toMatch(/^ERROR: /);
  });

  it('keeps a semicolon-separated file semicolon-separated', () => {
    const r = cli([file('semi.csv', 'Name;Degree;Notes\nAnn;1;"a, b"\n'), ...AS_OF, '--format', 'csv']);
    expect(r.stdout.split('\n')[0]).toBe('Name;Degree;Notes;Channel;Day;Date;Cost;Reason');
    // The input record is copied as it was, its own quotes included.
    expect(r.stdout.split('\n')[1]).toMatch(/^Ann;1;"a, b";MESSAGE;1;2026-11-23;0,00;/);
  });

  it('reads a BOM and CRLF line endings, pads short rows and keeps the cells of long ones', () => {
    const r = cli([file('crlf.csv', '\uFEFFName,Degree,Notes\r\nAnn,1\r\nBob,2,n,extra\r\n'), ...AS_OF, '--format', 'csv']);
    const out = rowsOf(r.stdout);
    expect(out[0]).toEqual(['Name', 'Degree', 'Notes', ...OUTPUT_COLUMNS]);
    expect(out[1]?.slice(0, 4)).toEqual(['Ann', '1', '', 'MESSAGE']);
    expect(out[2]?.slice(0, 4)).toEqual(['Bob', '2', 'n', 'CONNECT_NOTE']);
    expect(out[2]?.at(-1)).toBe('extra');
  });

  it('SPEC 1a: two quoted exports with byte-order marks joined by cat: the second header, its mark before its opening quote, is the header again, not an ERROR row', () => {
    const one = '\uFEFF"Name","Degree","Notes"\r\n"Ann","1",""\r\n';
    const r = cli([file('joined-quoted.csv', one + one.replace('Ann', 'Bob')), ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    // Written back as the header is, with our header cells.
    expect(lines[2]).toBe(`\uFEFF"Name","Degree","Notes",${OUTPUT_COLUMNS.join(',')}`);
    expect(r.stdout).not.toContain('ERROR');
    expect(lines[3]).toMatch(/^"Bob","1","",MESSAGE,/);
    expect(r.stderr).toContain('Warning: row 3 repeats the header row (files joined into one?)');
  });

  it('SPEC 1: a row with values only in columns not read (a CRM record ID) is an ERROR row that says so, not a prospect given an invitation; all such rows: nothing is written', () => {
    const r = cli([file('ids.csv', 'Record ID,Name,Degree\n101,Ann,2\n104,,\n'), ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout)[2]?.slice(3, 4)).toEqual(["ERROR: Record ID (column A): values only in columns not read: nothing to plan (got '104')"]);
    expect(r.stderr).toMatch(/^Planned 1 prospect \(1 more row with errors\)/m);
    const none = cli([file('ids-only.csv', 'Record ID,Name,Degree\n104,,\n105,,\n'), ...AS_OF, '--format', 'csv']);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toContain('every row has an error');
  });

  it('a header row only: the header and an empty plan', () => {
    const r = cli([file('headeronly.csv', 'Name,Degree\n'), ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Name,Degree,Channel,Day,Date,Cost,Reason\n');
    expect(r.stderr).toMatch(/^Columns read: Name, Degree\nPlanned 0 prospects/);
  });

  it('-h prints the usage with every setting flag; -v the version', () => {
    const h = cli(['-h']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^Usage: prospect-channels \[COMMAND\] IN\.csv/);
    for (const flag of [
      '--plan',
      '--credits',
      '--price-per-credit',
      '--inmail-reply-rate',
      '--weekly-invite-cap',
      '--notes-per-month',
      '--start-date',
      '--as-of',
    ])
      expect(h.stdout).toContain(flag);
    expect(cli(['--version']).stdout).toMatch(/^prospect-channels \d+\.\d+\.\d+\n$/);
  });

  it('shows a progress line on a terminal and clears it', async () => {
    mkdirSync(dir, { recursive: true });
    const big = file('big.csv', `Name,Degree\n${'Ann,2\n'.repeat(120_000)}`);
    const stdout = Object.assign(new PassThrough(), { isTTY: false });
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    const chunks: string[] = [];
    stderr.on('data', (c: Buffer) => chunks.push(c.toString()));
    stdout.resume();
    const code = await run([big, ...AS_OF, '-o', join(dir, 'big-out.csv')], { stdin: new PassThrough(), stdout, stderr, now: () => new Date() });
    expect(code).toBe(0);
    const text = chunks.join('');
    expect(text).toContain('\rprospect-channels: pass 1/2, 100,000 rows...');
    expect(text).toContain('\rprospect-channels: pass 2/2, 100,000 rows...');
    expect(text).toMatch(/\r\x1b\[KColumns read: Name, Degree\nPlanned 120,000 prospects/);
    // The rows printed on the same terminal: pass 1's line, cleared before them, and none in pass 2, where it would land among them.
    const shown: string[] = [];
    const onTerminal = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    const err = Object.assign(new PassThrough(), { isTTY: true });
    err.on('data', (c: Buffer) => shown.push(c.toString()));
    onTerminal.resume();
    expect(await run([big, ...AS_OF, '--format', 'csv'], { stdin: new PassThrough(), stdout: onTerminal, stderr: err, now: () => new Date() })).toBe(0);
    expect(shown.join('')).toContain('\rprospect-channels: pass 1/2, 100,000 rows...\r\x1b[K');
    expect(shown.join('')).not.toContain('pass 2/2');
  });
});

describe('SPEC 7: report CSVs (today, inspect, stats) are files of our making: defused, and read right by Excel', () => {
  const HOSTILE = [
    'Name,Title,Degree,Named Account,Trigger,Serious Ask,LinkedIn URL,Email,Phone',
    '"=HYPERLINK(""http://evil"",""x"")",CEO,3rd,yes,"=cmd|\' /C calc\'!A0",yes,=1+1,+1@x.com,+49 30 1234',
    '-Minus,CEO,3rd,yes,@SUM(1),yes,https://linkedin.com/in/minus,,',
  ].join('\n');

  it('inspect shows a reply read from its date as that date, the day the numbers and the as-of check read', () => {
    const input = file('inspect-replied.csv', 'Name,Replied At\nAnn,2026-11-20 10:00\nBo,yes\n');
    expect(cli(['inspect', input, '--format', 'csv', '-q']).stdout).toMatch(/\n2,Ann,2026-11-20\r?\n3,Bo,yes\r?\n/);
  });

  it('inspect names a row in error by its name columns as written, beside the error', () => {
    const input = file('inspect-errors.csv', 'First Name,Last Name,Requested On\nAnn,Lee,2026-11-02\nBo,Roe,not a date\n');
    const rows = cli(['inspect', input, '--format', 'json', '-q'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[1]).toEqual({ row: 3, Name: 'Bo Roe', 'First Name': 'Bo', 'Last Name': 'Roe', error: expect.stringMatching(/^ERROR: Requested On: /) });
    const table = cli(['inspect', input, '--format', 'csv', '-q']).stdout;
    expect(table).toMatch(/\n3,Bo Roe,Bo,Roe,,ERROR: Requested On: /);
  });

  it("inspect shows the error the plan gives a row's history (a date after --as-of, an acceptance before its request), beside the values read", () => {
    const input = file(
      'inspect-history.csv',
      'Name,Degree,Connection Status,Requested On,Accepted On\nAnn,2nd,accepted,2026-10-01,2026-09-01\nBo,2nd,pending,2026-12-20,\nCy,2nd,pending,2026-11-02,\n',
    );
    const rows = cli(['inspect', input, '--format', 'json', '--as-of', '2026-11-23', '-q'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const plan = rowsOf(cli([input, '--as-of', '2026-11-23', '--format', 'csv', '-q']).stdout);
    expect(rows[0]).toMatchObject({ row: 2, Name: 'Ann', 'Accepted On': '2026-09-01', error: plan[1]?.[5] });
    expect(rows[0]?.error).toMatch(/^ERROR: Accepted On: /);
    expect(rows[1]).toMatchObject({ row: 3, Name: 'Bo', 'Requested On': '2026-12-20', error: plan[2]?.[5] });
    expect(rows[1]?.error).toMatch(/^ERROR: Requested On: .*after/);
    expect(rows[2]?.error).toBeUndefined();
  });

  it('inspect --format csv written a row at a time: its header has every field and the Error column a row far below the first hundred needs; each format the same rows', () => {
    // Only row 252 has an error, and only the last row (304) a Seniority.
    const lines = ['Name,Degree,Notes,Seniority'];
    for (let i = 0; i < 300; i++) lines.push(i === 250 ? 'Late,fifth,,' : `P${i},2nd,,`);
    lines.push('Zed,3rd,,', 'Last,1st,,', 'Senior,2nd,,VP');
    const input = file('inspect-late.csv', `${lines.join('\n')}\n`);
    const csv = rowsOf(cli(['inspect', input, '--format', 'csv', '-q']).stdout);
    expect(csv[0]).toEqual(['Row', 'Name', 'Degree', 'Seniority', 'Error']);
    expect(csv).toHaveLength(304);
    expect(csv[251]).toEqual(['252', 'Late', '', '', expect.stringMatching(/^ERROR: Degree: /)]);
    expect(csv[303]).toEqual(['304', 'Senior', '2nd', 'vp', '']);
    const json = cli(['inspect', input, '--format', 'json', '-q']).stdout.trim().split('\n');
    expect(json).toHaveLength(303);
    expect(JSON.parse(json[302] as string)).toEqual({ row: 304, Name: 'Senior', Degree: '2nd', Seniority: 'vp' });
  });

  it.each([['today'], ['inspect'], ['stats']])('%s --format csv: no cell starts with = + - or @; the user text kept behind an apostrophe', (command) => {
    const r = cli([command, file(`hostile-${command}.csv`, HOSTILE), ...AS_OF, '--format', 'csv', '-q']);
    expect(r.code).toBe(0);
    const rows = rowsOf(r.stdout);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    if (command !== 'stats') {
      const cells = rows.flat();
      expect(cells).toContain('\'=HYPERLINK("http://evil","x")');
      expect(cells).toContain("'-Minus");
      expect(cells).toContain("'+1@x.com");
      expect(cells).toContain("'=1+1");
    }
  });

  it('a Windows-1252 semicolon list: the report is UTF-8 with a BOM in a file (Excel shows Jürgen, not JÃ¼rgen), with none in a pipe (awk and csv readers would take it into the first cell), semicolon-separated like its input', () => {
    const text = 'Name;Degree;Requested On;Connection Status;Email\r\nJürgen Größ;2nd;;;j@x.de\r\nRenée;1st;;;r@x.fr\r\n';
    const input = file('de1252.csv', Buffer.from(text, 'latin1'));
    for (const command of ['today', 'inspect', 'stats']) {
      const piped = spawnSync(process.execPath, [CLI, command, input, ...AS_OF, '--format', 'csv', '-q']);
      expect(piped.status).toBe(0);
      expect((piped.stdout as Buffer).toString('utf8')).toMatch(command === 'stats' ? /^Measure;/ : /^Row;/);
      // In a file, by -o or by the shell's '>'.
      const out1 = join(dir, `de1252-${command}.csv`);
      expect(spawnSync(process.execPath, [CLI, command, input, ...AS_OF, '--format', 'csv', '-q', '-o', out1]).status).toBe(0);
      const redirected = join(dir, `de1252-${command}-redirected.csv`);
      const fd = openSync(redirected, 'w');
      try {
        expect(spawnSync(process.execPath, [CLI, command, input, ...AS_OF, '--format', 'csv', '-q'], { stdio: ['ignore', fd, 'pipe'] }).status).toBe(0);
      } finally {
        closeSync(fd);
      }
      expect(readFileSync(redirected)).toEqual(readFileSync(out1));
      const bytes = readFileSync(out1);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const out = bytes.toString('utf8');
      expect(out.split('\n')[0]).toContain(';');
      expect(out.split('\n')[0]).not.toContain(',');
      if (command !== 'stats') expect(out).toContain('Jürgen Größ');
    }
  });
});

describe('SPEC 9: every row number is the one a spreadsheet shows (the header row 1), as done --rows and the reasons use', () => {
  // An empty line and a title line above the header keep their numbers, as a spreadsheet's rows.
  const LIST = 'My export\nName,Degree,Email\n\nAnn,2nd,ann@x.com\n\nBob,2nd,ANN@x.com\nCy,1st,cy@x.com\n';

  it('the plan table, the duplicate reason, inspect and today agree: Ann row 4, Bob row 6 (its duplicate), Cy row 7', () => {
    const input = file('numbered.csv', LIST);
    const table = cli([input, ...AS_OF, '--format', 'table'])
      .stdout.trimEnd()
      .split('\n');
    expect(table[0]).toMatch(/^\s+Row\s+Name/);
    expect(table.slice(1).map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual([
      ['4', 'Ann'],
      ['6', 'Bob'],
      ['7', 'Cy'],
    ]);
    expect(table[2]).toMatch(/Skip: duplicate of row 4$/);
    const csv = rowsOf(cli([input, ...AS_OF, '--format', 'csv']).stdout);
    expect(csv.find((r) => r[0] === 'Bob')?.at(-1)).toBe('Skip: duplicate of row 4');
    const inspected = cli(['inspect', input, '--format', 'json', '-q'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { row: number; Name: string });
    expect(inspected.map((r) => [r.row, r.Name])).toEqual([
      [4, 'Ann'],
      [6, 'Bob'],
      [7, 'Cy'],
    ]);
    const today = rowsOf(cli(['today', input, ...AS_OF, '--format', 'csv', '-q']).stdout).slice(1);
    expect(today.map((r) => [r[0], r[2]])).toEqual([
      ['7', 'Cy'],
      ['4', 'Ann'],
    ]);
    const done = cli(['done', input, ...AS_OF, '--rows', '6', '-q']);
    expect(done.stderr).toBe('prospect-channels: row 6 repeats row 4 (the same LinkedIn URL or email): mark its touches on row 4\n');
  });

  it('SPEC 6: a prospect whose first row is in error (#REF! in Deal Value, its InMail sent recorded there) is not InMailed again on its later row: SKIP until row 2 is fixed', () => {
    const input = file(
      'dup-error.csv',
      'Name,Title,Degree,Named Account,Deal Value,LinkedIn URL,InMail Sent On\n' +
        'Ann Lee,CEO,3rd,yes,#REF!,https://www.linkedin.com/in/ann-lee,2026-11-20\n' +
        'Ann Lee,CEO,3rd,yes,,https://www.linkedin.com/in/ann-lee/,\n',
    );
    const csv = rowsOf(cli([input, ...AS_OF, '--format', 'csv', '-q']).stdout);
    expect(csv.map((r) => r.slice(-5, -1))).toEqual([
      ['Channel', 'Day', 'Date', 'Cost'],
      [expect.stringMatching(/^ERROR: Deal Value/), '', '', ''],
      ['SKIP', '', '', '0.00'],
    ]);
    expect(csv[2]?.at(-1)).toBe('Skip: duplicate of row 2, which has an error: fix row 2, where this prospect is planned');
    expect(rowsOf(cli(['today', input, ...AS_OF, '--format', 'csv', '-q']).stdout).filter((r) => r[0] === '3')).toEqual([]);
    const done = cli(['done', input, ...AS_OF, '--rows', '3', '-q']);
    expect(done.stderr).toBe(
      'prospect-channels: row 3 repeats row 2 (the same LinkedIn URL or email), which has an error: fix row 2, where its touches are planned and marked\n',
    );
  });
});

describe('CLI: small things a new user meets', () => {
  it('--help: every setting flag stands apart from what it accepts (two spaces at least); each command usage names IN.csv', () => {
    const h = cli(['--help']).stdout;
    const settings = h.slice(h.indexOf('Settings (each also a flag'));
    const lines = settings.split('\n').filter((l) => l.startsWith('  --'));
    expect(lines.length).toBeGreaterThan(15);
    for (const l of lines) expect(l).toMatch(/^ {2}--[a-z-]+ {2,}\S/);
    expect(h).toContain('--when-credits-run-out  connect, next-month');
    for (const command of ['today', 'done', 'stats', 'inspect']) expect(h).toMatch(new RegExp(`\\n  prospect-channels ${command} IN\\.csv `));
  });

  it('SPEC 6: the JSON summary gives amounts (expected replies, cost, credits) to 2 decimals, not float noise', () => {
    const r = cli([SAMPLE, ...AS_OF, '--format', 'json', '-o', join(dir, 'rounded.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\d\.\d*0000000|\d\.\d*9999999/);
    const summary = JSON.parse(r.stderr) as Record<string, unknown>;
    expect(summary.expectedReplies).toBe(4.65);
    const amounts: number[] = [];
    const walk = (v: unknown, key = ''): void => {
      if (typeof v === 'number' && !['rate', 'low', 'high', 'assumed', 'proposal', 'replyRate'].includes(key)) amounts.push(v);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk(summary);
    for (const a of amounts) expect(Math.round(a * 100) / 100).toBe(a);
  });

  it('a header row only, or blank rows only: the plan says the file has no prospect rows under its header, exit 0', () => {
    const only = cli([file('hdr-only.csv', 'Name,Degree\n'), ...AS_OF, '--format', 'csv']);
    expect(only.code).toBe(0);
    expect(only.stderr).toMatch(/\nprospect-channels: .*hdr-only\.csv has no prospect rows under its header \(row 1\): nothing to plan\n$/);
    const blanks = cli([file('hdr-blank.csv', 'Title line\nName,Degree\n,\n,\n'), ...AS_OF, '--format', 'csv']);
    expect(blanks.stderr).toMatch(/has no prospect rows under its header \(row 2\), only 2 blank rows: nothing to plan\n$/);
    // Empty lines are blank rows too, counted alike by plan, stats and inspect.
    const empty = file('hdr-empty.csv', 'Name,Degree\n\n\n,\n');
    for (const command of [[], ['stats'], ['inspect']]) {
      expect(cli([...command, empty, ...AS_OF]).stderr, command.join(' ')).toMatch(/has no prospect rows under its header \(row 1\), only 3 blank rows/);
    }
    expect(cli(['today', file('hdr-only2.csv', 'Name,Degree\n'), ...AS_OF]).stderr).toMatch(
      /has no prospect rows under its header \(row 1\): nothing is due\n/,
    );
    expect(cli([file('hdr-only3.csv', 'Name,Degree\n'), ...AS_OF, '-q']).stderr).toBe('');
    // A JSON summary on stderr stays one object; its `planned` says 0.
    expect(JSON.parse(cli([file('hdr-only4.csv', 'Name,Degree\n'), ...AS_OF, '--format', 'json']).stderr)).toMatchObject({ planned: 0 });
  });

  it('SPEC 2: a Start Date before the as-of date is planned but warned about when it dates new prospects in the past (they show as overdue)', () => {
    const input = file('early.csv', 'Name,Degree\nAnn,2nd\n');
    const want =
      '1 new prospect is dated from Start Date 2026-11-02, before the as-of date 2026-11-23: overdue from the first touch (leave the start out to begin on the as-of date)';
    const r = cli([input, '--as-of', '2026-11-23', '--start', '2026-11-02', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Warning: ${want}`);
    const json = JSON.parse(cli([input, '--as-of', '2026-11-23', '--start', '2026-11-02', '--format', 'json']).stderr) as { warnings: string[] };
    expect(json.warnings[0]).toBe(want);
    expect(cli(['today', input, '--as-of', '2026-11-23', '--start', '2026-11-02']).stderr).toMatch(
      /^Warning: 1 new prospect is dated from Start Date 2026-11-02/,
    );
    expect(cli([input, '--as-of', '2026-11-23', '--start', '2026-11-23', '--format', 'csv']).stderr).not.toContain('Start Date');
    // A Saturday start before a Monday as-of date dates nothing in the past: nothing to say.
    expect(cli([input, '--as-of', '2026-11-23', '--start', '2026-11-21', '--format', 'csv']).stderr).not.toContain('Start Date');
    // Nor for a list whose prospects are all under way: no new one to date.
    const underway = file('underway.csv', 'Name,Degree,Invite Status,Request Sent\nAnn,2nd,pending,2026-11-10\n');
    expect(cli([underway, '--as-of', '2026-11-23', '--start', '2026-11-02', '--format', 'csv']).stderr).not.toContain('Start Date');
  });
});

describe('CLI: what it quotes back stays one line, and the wrong file is named as such', () => {
  it('an error quoting a value with control characters or a line break shows them as escapes, on one line', () => {
    const r = cli([SAMPLE, '--plan', 'a\nb\u001b[2J']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "prospect-channels: bad setting: Plan: expected free, premium-career, premium-business, sales-navigator-core, sales-navigator-advanced, recruiter-lite, recruiter (got 'a\\nb\\x1b[2J')\n",
    );
  });

  it('a workbook or binary file given as --settings is said to be one, not its bytes quoted', () => {
    const xlsx = file('settings.xlsx', Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000', 'latin1'));
    const bin = file('settings.bin', Buffer.from([0x62, 0x00, 0x1b, 0x07, 0x2c, 0x0a, 0x01, 0x02]));
    const a = cli([SAMPLE, '--settings', xlsx]);
    expect([a.code, a.stderr]).toEqual([
      2,
      `prospect-channels: settings file '${xlsx}' is a workbook, not CSV or JSON: save its two columns as CSV, or write a JSON object\n`,
    ]);
    const b = cli([SAMPLE, '--settings', bin]);
    expect([b.code, b.stderr]).toEqual([2, `prospect-channels: settings file '${bin}' is not text (binary content): expected CSV or JSON\n`]);
  });

  it('a header with control characters is shown escaped in the summary on stderr', () => {
    const list = file('esc-header.csv', 'Full Name,Degree,Evil\u001b[2JCol\nAnn,2nd,x\n');
    const r = cli([list, ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("'Evil\\x1b[2JCol'");
    expect(r.stderr).not.toContain('\u001b');
    const i = cli(['inspect', list, ...AS_OF, '--format', 'csv']);
    expect(i.stderr).toContain("'Evil\\x1b[2JCol'");
  });

  it('--start and --start-date together are refused: one would win whatever their order', () => {
    const r = cli([SAMPLE, ...AS_OF, '--start', '2026-11-25', '--start-date=2026-11-30']);
    expect([r.code, r.stderr]).toEqual([2, "prospect-channels: --start and --start-date are the same setting: give one (try 'prospect-channels --help')\n"]);
  });
});
