import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/cli.js';
import { changedSince } from '../src/cli/csv-file.js';
import { openInput } from '../src/cli/passes.js';

const CLI = join(process.cwd(), 'build/cli.js');
const AS_OF = ['--as-of', '2026-11-24'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcp-today-'));
});

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const rowsOf = (csv: string) => parse(csv, { relax_column_count: true, bom: true }) as string[][];

/**
 * A list with known histories on Tuesday 2026-11-24: Mia a connection (message), Otto an Open
 * Profile VP (free message), Ivan a manager (invitation), Emma no LinkedIn path (email), Sam skip,
 * Rita replied, Pat a request sent Sunday (nothing due), and a multi-line note in Ivan's row.
 */
const LIST = [
  'Name,Degree,Open Profile,Named Account,Serious Ask,Seniority,Accepts Connections,Accepts InMail,Replied,Requested On,Email,Notes',
  'Emma,3rd,,,,,no,no,,,emma@example.com,',
  'Ivan,2nd,,,,manager,,,,,,"line one',
  'line two"',
  'Sam,3rd,,,,,no,,,,,',
  'Otto,2nd,yes,yes,yes,vp,,,,,otto@example.com,',
  'Rita,1st,,,,,,,yes,,,',
  'Pat,2nd,,,,,,,,2026-11-22,,',
  'Mia,1st,,,,,,,,,mia@example.com,',
].join('\n');

describe('prospect-channels today (SPEC 9)', () => {
  it("the table's Contact: the profile for a LinkedIn touch, else (no URL) and what the row has to find the person by; the email for an email touch", () => {
    const list =
      'Name,Degree,LinkedIn URL,Email,Phone\nMia,1st,,mia@example.com,+33 6 12 34 56 78\nLeo,1st,https://www.linkedin.com/in/leo/,leo@example.com,\nNed,1st,,,\n';
    const { code, stdout } = cli(['today', file('contact.csv', list), ...AS_OF, '--format', 'table']);
    expect(code).toBe(0);
    const line = (name: string) => {
      const found = stdout.split('\n').find((l) => l.includes(` ${name} `));
      expect(found, name).toBeDefined();
      return found as string;
    };
    // Marked, never bare: a bare email or phone beside a MESSAGE read as where to send it.
    expect(line('Mia')).toContain('(no URL) mia@example.com');
    expect(line('Mia')).not.toContain('+33');
    expect(line('Leo')).toContain('linkedin.com/in/leo ');
    expect(line('Leo')).not.toContain('leo@example.com');
    // Nothing to find him by but his name: said so, not a blank that reads as a column left empty.
    expect(line('Ned')).toMatch(/ Ned +MESSAGE +2026-11-24 +\(no URL\) +Message:/);
  });

  it('lists the touches due in the order a rep works, rows numbered as a spreadsheet numbers them (records, not lines)', () => {
    const { code, stdout, stderr } = cli(['today', file('list.csv', LIST), ...AS_OF, '--format', 'csv']);
    expect(code).toBe(0);
    const rows = rowsOf(stdout);
    expect(rows[0]).toEqual(['Row', 'Group', 'Name', 'Channel', 'Day', 'Due', 'Overdue', 'Reason', 'LinkedIn URL', 'Email', 'Phone']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['8', 'Mia', 'MESSAGE'],
      ['5', 'Otto', 'OPEN_PROFILE'],
      ['3', 'Ivan', 'CONNECT_NOTE'],
      ['2', 'Emma', 'EMAIL_OR_PHONE'],
    ]);
    expect(rows[1]?.[9]).toBe('mia@example.com');
    expect(stderr).toBe('4 touches due on or before 2026-11-24: 1 message, 1 Open Profile message or InMail, 1 invitation, 1 email or call\n');
  });

  it("the plan's warnings come before the agenda's count: an acceptance that risks a restriction is said where the invitations are listed [003]", () => {
    const declined = Array.from({ length: 24 }, (_, i) => `D${i},2nd,declined,2026-10-01,`);
    const accepted = ['A1,2nd,accepted,2026-10-01,2026-10-03', 'A2,2nd,accepted,2026-10-01,2026-10-03'];
    const path = file('low-acceptance.csv', ['Name,Degree,Connection Status,Requested On,Accepted On', ...declined, ...accepted, 'New,2nd,,,'].join('\n'));
    const { stderr, status } = spawnSync(process.execPath, [CLI, 'today', path, ...AS_OF, '-o', join(dir, 'low-today.csv')], { encoding: 'utf8' });
    expect(status).toBe(0);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toContain('Warning: your acceptance is 8% (n=26), below 20%: LinkedIn may restrict your invitations');
    expect(lines.at(-1)).toMatch(/^\d+ touches? due on or before 2026-11-24: /);
    // A row in error has no touch today: said, with the first of them.
    const erring = file('low-acceptance-error.csv', `${readFileSync(path, 'utf8')}\nBad,fifth,,,\n`);
    const withError = spawnSync(process.execPath, [CLI, 'today', erring, ...AS_OF, '-o', join(dir, 'low-today-2.csv')], { encoding: 'utf8' });
    expect(withError.stderr).toContain('Warning: 1 row has an error (row 29) and no touch today: `prospect-channels inspect` says what\n');
    // JSON Lines on stdout: the warnings still on stderr.
    const json = spawnSync(process.execPath, [CLI, 'today', path, ...AS_OF, '--format', 'json'], { encoding: 'utf8' });
    expect(json.stderr).toBe('Warning: your acceptance is 8% (n=26), below 20%: LinkedIn may restrict your invitations\n');
  });

  it('slash dates whose order nothing tells are said with the agenda, as the plan says them: the other reading would make other touches due', () => {
    const path = file('guessed.csv', 'Name,Degree,Title,Request Sent,Connection Status\nAnn,2nd,Sales Manager,07/11/2026,pending\nBo,2nd,Sales Manager,,\n');
    const r = cli(['today', path, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "Warning: Dates: 'Request Sent': slash dates read month-first: nothing in the column tells (03/04 could be either); set Date Order if that is wrong",
    );
    // Told by its values (25/11), nothing is said.
    const told = file(
      'told.csv',
      'Name,Degree,Title,Request Sent,Connection Status\nAnn,2nd,Sales Manager,07/11/2026,pending\nBo,2nd,Sales Manager,23/11/2026,pending\n',
    );
    expect(cli(['today', told, ...AS_OF]).stderr).not.toContain('Dates:');
  });

  it('counts over a thousand are grouped, as every other count the command line says: 1,200 touches due', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `P${i},1st,`).join('\n');
    const r = cli(['today', file('many.csv', `Name,Degree,Email\n${rows}\n`), ...AS_OF, '--format', 'csv']);
    expect(r.stderr).toContain('1,200 touches due on or before 2026-11-24: 1,200 messages');
  });

  it('--format json: one object a touch, numbers and booleans as JSON values', () => {
    const { code, stdout } = cli(['today', file('list.csv', LIST), ...AS_OF, '--format', 'json']);
    expect(code).toBe(0);
    const first = JSON.parse(stdout.split('\n')[0] as string);
    expect(first).toMatchObject({ row: 8, group: 'Messages to connections', name: 'Mia', channel: 'MESSAGE', day: 1, due: '2026-11-24', overdue: false });
  });

  it('--format table: by group, each group titled with its count', () => {
    const { code, stdout } = cli(['today', file('list.csv', LIST), ...AS_OF, '--format', 'table']);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => /\(\d+\)$/.test(l))).toEqual([
      'Messages to connections (1)',
      'Open Profile messages and InMails (1)',
      'Invitations (1)',
      'Email or phone (1)',
    ]);
  });

  it('--format table: one contact a touch, the one its channel uses, so the Reason keeps its room on 120 columns', () => {
    const list = [
      'Name,Degree,Email,Phone,LinkedIn URL,Accepts Connections,Accepts InMail',
      'Mia,1st,mia@example.com,+1 555 0100,https://www.linkedin.com/in/mia-example-1234/,,',
      'Emma,3rd,emma@example.com,+1 555 0101,https://www.linkedin.com/in/emma-example/,no,no',
    ].join('\n');
    const { code, stdout } = cli(['today', file('contacts.csv', list), ...AS_OF, '--format', 'table']);
    expect(code).toBe(0);
    const mia = stdout.split('\n').find((l) => l.includes('Mia')) as string;
    expect(mia).toContain('linkedin.com/in/mia-example-1234  Message: 1st-degree connection');
    expect(mia).not.toContain('mia@example.com');
    const emma = stdout.split('\n').find((l) => l.includes('Emma')) as string;
    expect(emma).toContain('emma@example.com');
    expect(emma).not.toContain('linkedin.com');
  });

  it('--format table on a narrow terminal: the Reason is never cut, it wraps (under its row when the columns before it leave too little room), every word kept', async () => {
    const list = file(
      'narrow.csv',
      [
        'Name,Degree,LinkedIn URL,Named Account,Trigger',
        'Mia Example-Longname,1st,https://www.linkedin.com/in/mia-example-longname-1234/,,',
        'Emma,3rd,https://www.linkedin.com/in/emma-example/,yes,funding round',
      ].join('\n'),
    );
    const screen: string[] = [];
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
    stdout.on('data', (c: Buffer) => screen.push(c.toString()));
    const code = await run(['today', list, ...AS_OF, '--format', 'table'], {
      stdin: new PassThrough(),
      stdout,
      stderr: new PassThrough(),
      now: () => new Date(),
    });
    expect(code).toBe(0);
    const text = screen.join('');
    const lines = text.split('\n');
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(80);
    // Each Reason's words, as the CSV gives them, all on the screen in order.
    const csv = rowsOf(cli(['today', list, ...AS_OF, '--format', 'csv']).stdout);
    const words = text.split(/\s+/).join(' ');
    for (const r of csv.slice(1)) expect(words).toContain((r[7] as string).split(/\s+/).join(' '));
  });

  it('nothing due: says so', () => {
    const { code, stdout } = cli(['today', file('none.csv', 'Name,Degree,Requested On\nPat,2nd,2026-11-22\n'), ...AS_OF, '--format', 'table']);
    expect(code).toBe(0);
    // The request's next step (an email if it is still pending) comes 18 days after it went out.
    expect(stdout).toBe('Nothing due on or before 2026-11-24; next: 1 touch due 2026-12-10.\n');
  });

  it('a holiday or a weekend: says the day is off and when the touches moved to are due', () => {
    const list = file('holiday.csv', 'Name,Degree,Connection Status,Requested On\nAnn,2nd,,\nBob,2nd,pending,2026-12-01\nCid,1st,,\n');
    const holiday = cli(['today', list, '--as-of', '2026-12-25', '--holidays', '2026-12-25', '--format', 'table']);
    expect(holiday.stdout).toBe('Nothing due on or before 2026-12-25 (a holiday); next: 3 touches due 2026-12-28.\n');
    expect(holiday.stderr).toContain('0 touches due on or before 2026-12-25 (a holiday); next: 3 touches due 2026-12-28');
    const saturday = cli(['today', list, '--as-of', '2026-12-26', '--format', 'table']);
    expect(saturday.stdout).toBe('Nothing due on or before 2026-12-26 (a Saturday); next: 3 touches due 2026-12-28.\n');
    const monday = cli(['today', list, '--as-of', '2026-12-28', '--format', 'table']);
    expect(monday.stderr).toContain('3 touches due on or before 2026-12-28: 1 message, 1 invitation, 1 email or call\n');
  });

  it('on a terminal, a table with nothing due says so once: the count is not said again below it', async () => {
    const list = file('terminal.csv', 'Name,Degree,Connection Status,Requested On\nAnn,2nd,,\n');
    const screen: string[] = [];
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    const stderr = new PassThrough();
    stdout.on('data', (c: Buffer) => screen.push(c.toString()));
    stderr.on('data', (c: Buffer) => screen.push(c.toString()));
    const code = await run(['today', list, '--as-of', '2026-12-26', '--format', 'table'], { stdin: new PassThrough(), stdout, stderr, now: () => new Date() });
    expect(code).toBe(0);
    expect(screen.join('')).toBe('Nothing due on or before 2026-12-26 (a Saturday); next: 1 touch due 2026-12-28.\n');
    // With more to say than the table (a duplicate's newer history left out), the line stays.
    const dup = file(
      'terminal-dup.csv',
      'Name,LinkedIn URL,Connection Status,Requested On\nAnn,https://www.linkedin.com/in/ann,,\nAnn,https://www.linkedin.com/in/ann,pending,2026-12-01\n',
    );
    const said: string[] = [];
    const err = new PassThrough();
    err.on('data', (c: Buffer) => said.push(c.toString()));
    await run(['today', dup, '--as-of', '2026-12-07', '--format', 'table'], {
      stdin: new PassThrough(),
      stdout: Object.assign(new PassThrough(), { isTTY: true, columns: 120 }),
      stderr: err,
      now: () => new Date(),
    });
    expect(said.join('')).toMatch(/0 touches due on or before 2026-12-07.*row 2's touch is left out/);
  });
});

describe('prospect-channels done (SPEC 9)', () => {
  it('on a terminal with no -o: refused before anything is marked (a table would lose the record and say it was kept)', async () => {
    const input = file('tty.csv', LIST);
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    const stderr = new PassThrough();
    const said: string[] = [];
    stderr.on('data', (c: Buffer) => said.push(c.toString()));
    const code = await run(['done', input, '--rows', '3', ...AS_OF], { stdin: new PassThrough(), stdout, stderr, now: () => new Date() });
    expect(code).toBe(2);
    expect(said.join('')).toBe(
      'prospect-channels: done writes the list with the touches recorded, as CSV: give -o OUT.csv, or -o with the list itself to update it in place (nothing was marked)\n',
    );
    expect(readFileSync(input, 'utf8')).toBe(LIST);
    const json = cli(['done', input, '--rows', '3', ...AS_OF, '--format', 'json', '-o', join(dir, 'done.json')]);
    expect([json.code, json.stderr]).toEqual([
      2,
      'prospect-channels: done writes the list with the touches recorded, as CSV: leave out --format (nothing was marked)\n',
    ]);
  });

  it("an as-of date after the machine's today: marked all the same (a campaign simulated ahead), with a warning", () => {
    const { code, stderr } = cli(['done', file('ahead.csv', LIST), '--rows', '3', '--as-of', '2099-01-06', '-o', join(dir, 'ahead.out.csv')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Warning: --as-of 2099-01-06 is after today \(\d{4}-\d\d-\d\d\): the touches are recorded as done on a day still to come\n/);
  });

  it('an option that takes one value, given twice, is refused: --rows 3 --rows 5 would have marked row 5 only', () => {
    const { code, stderr } = cli(['done', file('twice.csv', LIST), '--rows', '3', '--rows', '5', ...AS_OF, '-o', join(dir, 'twice.out.csv')]);
    expect([code, stderr]).toEqual([
      2,
      "prospect-channels: --rows is given twice: give it once: a list goes in one (--rows 2,4) (try 'prospect-channels done --help')\n",
    ]);
    const asOf = cli(['today', file('twice2.csv', LIST), ...AS_OF, '--as-of=2026-11-25']);
    expect([asOf.code, asOf.stderr]).toEqual([2, "prospect-channels: --as-of is given twice: give it once (try 'prospect-channels today --help')\n"]);
  });

  it("a column added beside the list's own of that name, which is not read (some of its values are not statuses), is said: the two would disagree; beside another column of the name (a US state under State), nothing is", () => {
    const list = 'Name,LinkedIn URL,Status\nAnn,https://www.linkedin.com/in/ann,hot lead\nBo,https://www.linkedin.com/in/bo,pending\n';
    const { code, stderr } = cli(['done', file('own-status.csv', list), '--rows', '2', ...AS_OF, '-o', join(dir, 'own-status.out.csv')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^Warning: 'Status' is not read as Connection Status \(1 of the 2 values sampled is not Connection Status \(e\.g\. 'hot lead'\); rename it or set Column: Connection Status to read it\): the Connection Status column added beside it is read from now on; keep one of the two$/m,
    );
    const apollo =
      'First Name,Last Name,Person Linkedin Url,City,State\nAnn,Lee,http://www.linkedin.com/in/ann-lee,Austin,Texas\nBob,Ray,http://www.linkedin.com/in/bob-ray,Toronto,Ontario\n';
    const state = cli(['done', file('state.csv', apollo), '--rows', '2', ...AS_OF, '-o', join(dir, 'state.out.csv')]);
    expect(state.code).toBe(0);
    expect(state.stderr).not.toMatch(/keep one of the two/);
  });

  it('--rows: records each touch in its own history columns, adds the missing ones, and writes the re-planned file', () => {
    const out = join(dir, 'done.csv');
    const { code, stderr } = cli(['done', file('list.csv', LIST), '--rows', '3,5', ...AS_OF, '-o', out]);
    expect(code).toBe(0);
    // Each row marked by number with its name: a list sorted since today numbered it would show another person there.
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      'marked 2 touches done as of 2026-11-24: row 3 Ivan (CONNECT_NOTE), row 5 Otto (OPEN_PROFILE); added Connection Status, InMail Sent On',
    );
    const rows = rowsOf(readFileSync(out, 'utf8'));
    const input = rowsOf(LIST);
    expect(rows[0]).toEqual([...(input[0] as string[]), 'Connection Status', 'InMail Sent On', 'Channel', 'Day', 'Date', 'Cost', 'Reason']);
    // Ivan: Requested On (an existing column) and Connection Status; Otto: InMail Sent On; no other cell changes.
    const history = rows.slice(1).map((r) => [r[9], r[12], r[13]]);
    expect(history).toEqual([
      ['', '', ''],
      ['2026-11-24', 'pending', ''],
      ['', '', ''],
      ['', '', '2026-11-24'],
      ['', '', ''],
      ['2026-11-22', '', ''],
      ['', '', ''],
    ]);
    input.slice(1).forEach((r, i) => expect(rows[i + 1]?.filter((_, c) => c !== 9).slice(0, 11)).toEqual(r.filter((_, c) => c !== 9).slice(0, 11)));
    expect(rows[2]?.[11]).toBe('line one\nline two');
    // The re-plan moves on: Otto's Open Profile message is followed by a request a week later [000 §1].
    expect(rows[4]?.slice(14, 16)).toEqual(['CONNECT_NOTE', '8']);
    expect(rows[2]?.[14]).not.toBe('CONNECT_NOTE');
  });

  it('--all-due marks what today lists (a message, an Open Profile message, an invitation, an email), and today then lists none of those touches again', () => {
    const list = file('list.csv', LIST);
    const marked = join(dir, 'all.csv');
    expect(cli(['done', list, '--all-due', ...AS_OF, '-o', marked]).code).toBe(0);
    const again = rowsOf(cli(['today', marked, ...AS_OF, '--format', 'csv']).stdout).slice(1);
    const before = rowsOf(cli(['today', list, ...AS_OF, '--format', 'csv']).stdout).slice(1);
    expect(before).toHaveLength(4);
    for (const r of again) expect(before.some((b) => b[0] === r[0] && b[3] === r[3] && b[4] === r[4])).toBe(false);
  });

  it('a row whose later duplicate records a connection it lacks: --all-due leaves its stale touch unmarked and says why; --rows refuses it, marking nothing', () => {
    const path = file(
      'dup.csv',
      [
        'Name,LinkedIn URL,Degree,Accepted On',
        'Ann Lee,https://www.linkedin.com/in/annlee,2nd,',
        'Bo Kim,https://www.linkedin.com/in/bokim,2nd,',
        'Ann Lee,https://www.linkedin.com/in/annlee,1st,2026-11-01',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'dup-out.csv');
    const all = cli(['done', path, '--all-due', ...AS_OF, '-o', out]);
    expect(all.code).toBe(0);
    expect(all.stderr).toContain('marked 1 touch done as of 2026-11-24');
    expect(all.stderr).toContain(
      "Warning: not marked: row 2's touch is left out: row 4 repeats it and records a touch, a connection or a reply it lacks: copy them into row 2, then mark it",
    );
    // today leaves it out too, and says why.
    const today = cli(['today', path, ...AS_OF, '--format', 'csv']);
    expect(rowsOf(today.stdout).map((r) => r[0])).toEqual(['Row', '3']);
    expect(today.stderr).toContain("1 touch due on or before 2026-11-24: 1 invitation; row 2's touch is left out: row 4 repeats it");
    const [header, ann, bo] = rowsOf(readFileSync(out, 'utf8')) as [string[], string[], string[]];
    const requested = header.indexOf('Requested On');
    expect([ann[requested], bo[requested]]).toEqual(['', '2026-11-24']);
    const one = cli(['done', path, '--rows', '2', ...AS_OF, '-o', join(dir, 'dup-one.csv')]);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe(
      "prospect-channels: row 2's touch is planned from older history: row 4 repeats it and records a touch, a connection or a reply it lacks: copy them into row 2, then mark it; nothing was marked\n",
    );
  });

  it("done adding columns leaves a report's footer line as it came, and pads a row of empty cells, as the plan does", () => {
    const path = file('foot.csv', 'Name,LinkedIn URL\nAnn Lee,https://www.linkedin.com/in/annlee\n,\n\nMy report\n');
    const out = join(dir, 'foot-out.csv');
    expect(cli(['done', path, '--rows', '2', ...AS_OF, '-o', out, '-q']).code).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[0]).toBe('Name,LinkedIn URL,Requested On,Connection Status,Channel,Day,Date,Cost,Reason');
    expect(lines.slice(2)).toEqual([',,,,,,,,', '', 'My report', '']);
    // The footer asked for is said to be a line of text, as inspect says it.
    const footer = cli(['done', path, '--rows', '5', ...AS_OF, '-o', join(dir, 'foot-5.csv')]);
    expect([footer.code, footer.stderr]).toEqual([
      2,
      "prospect-channels: row 5 is a line of text (a report's footer, a title, the header again), not a prospect: nothing to mark done\n",
    ]);
  });

  it('a 1st-degree connection marked done day after day goes through the sequence (it came back to "first real message" every time): its start is kept in First Touch On', () => {
    const path = file('loop.csv', 'Name,LinkedIn URL,Connection Degree\nGia,https://www.linkedin.com/in/gia,1st\n');
    const seen: string[] = [];
    for (const d of ['2026-12-04', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29']) {
      expect(cli(['done', path, '--all-due', '--as-of', d, '-o', path, '-q']).code).toBe(0);
      const [header, row] = rowsOf(readFileSync(path, 'utf8')) as [string[], string[]];
      seen.push(`${row[header.indexOf('Channel')]} ${row[header.indexOf('Day')]}`);
      expect(row[header.indexOf('First Touch On')]).toBe('2026-12-04');
      expect(row[header.indexOf('Last Touch On')]).toBe(d);
    }
    expect(seen).toEqual(['MESSAGE 5', 'MESSAGE 12', 'MESSAGE 19', 'EMAIL_OR_PHONE 20', 'SKIP ']);
  });

  it('an overdue answer to an acceptance marked done on the day the email or phone step starts: the sequence then reads as finished, and done says so (one Last Touch On stands for both)', () => {
    // Requested Monday 10-05, accepted Friday 10-23 (day 19): the answer is due Monday 10-26, and the
    // open-ended email or phone step starts the business day after it, Tuesday 10-27.
    const text = 'Name,Degree,Connection Status,Requested On,Accepted On,LinkedIn URL\nBea,2nd,accepted,2026-10-05,2026-10-23,https://linkedin.com/in/bea\n';
    const channelOf = (path: string) => {
      const [header, row] = rowsOf(readFileSync(path, 'utf8')) as [string[], string[]];
      return row[header.indexOf('Channel')];
    };
    const onTime = file('answer-on-time.csv', text);
    const quiet = cli(['done', onTime, '--rows', '2', '--as-of', '2026-10-26', '-o', onTime]);
    expect(quiet.stderr).not.toMatch(/Warning/);
    expect(channelOf(onTime)).toBe('EMAIL_OR_PHONE');
    const late = file('answer-late.csv', text);
    expect(rowsOf(cli(['today', late, '--as-of', '2026-10-27', '--format', 'csv']).stdout)[1]?.slice(3, 7)).toEqual(['MESSAGE', '22', '2026-10-27', 'yes']);
    const r = cli(['done', late, '--rows', '2', '--as-of', '2026-10-27', '-o', late]);
    expect(r.code).toBe(0);
    expect(channelOf(late)).toBe('SKIP');
    expect(r.stderr).toMatch(
      /\nWarning: row 2's message is recorded on or after the day its email or phone step starts, and one Last Touch On date stands for both: its sequence now reads as finished, so email or call them if you have not\n$/,
    );
  });

  it('paid InMails marked done: Credits (what LinkedIn shows as left) is said to need lowering, as the plan made again would give those credits to the next prospects', () => {
    const text =
      'Name,Job Title,Connection Degree,Target Account,Deal Size,LinkedIn URL\n' +
      'Chen Wei,CTO,3rd,Yes,"$300,000",https://www.linkedin.com/in/chenwei\n' +
      'Sofia Marquez,Founder & CEO,3rd,Yes,"$250,000",https://www.linkedin.com/in/sofiam\n' +
      'James Whitfield,COO,3rd,Yes,"$90,000",https://www.linkedin.com/in/jamesw\n';
    const path = file('paid.csv', text);
    const budget = ['--as-of', '2026-12-09', '--credits', '2'];
    const r = cli(['done', path, ...budget, '--all-due', '-o', path]);
    expect(r.stderr).toContain(
      '\nWarning: 2 paid InMails recorded, and Credits is still 2: set it to what LinkedIn shows now (0 if 2 was before them), or the plan gives those credits to other prospects again\n',
    );
    // With Credits lowered, the plan made again spends none on James; with Credits left, it would.
    const channels = (credits: string) =>
      rowsOf(cli([path, '--as-of', '2026-12-09', '--credits', credits, '--format', 'csv', '-q']).stdout).map((row) => row.at(-5));
    expect(channels('0').slice(1)).not.toContain('INMAIL');
    expect(channels('2')[3]).toBe('INMAIL');
    // At a full month's Credits (the default) the plan's warning of InMails since the renewal says it, once.
    const full = file('paid-full.csv', text);
    const fullRun = cli(['done', full, '--as-of', '2026-12-09', '--all-due', '-o', full]);
    expect(fullRun.stderr).toMatch(/went out since the 2026-12-01 renewal/);
    expect(fullRun.stderr).not.toMatch(/paid InMails recorded/);
    // An Open Profile message is free: nothing to say of credits.
    const free = file('free.csv', 'Name,Connection Degree,Open Profile,LinkedIn URL\nOla,3rd,yes,https://www.linkedin.com/in/ola\n');
    expect(cli(['done', free, ...budget, '--all-due', '-o', free]).stderr).not.toMatch(/paid InMail/);
  });

  it('done run twice the same day on a row says its touch is already done (it said "not yet"), and writes nothing', () => {
    const path = file('twice.csv', 'Name,LinkedIn URL,Connection Degree\nGia,https://www.linkedin.com/in/gia,1st\nLeo,https://www.linkedin.com/in/leo,1st\n');
    expect(cli(['done', path, '--rows', '2', ...AS_OF, '-o', path, '-q']).code).toBe(0);
    const once = readFileSync(path, 'utf8');
    const again = cli(['done', path, '--rows', '2', ...AS_OF, '-o', path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'prospect-channels: row 2 already has a touch done on 2026-11-24 (Last Touch On): its next touch (MESSAGE) is due 2026-11-30; nothing was marked\n',
    );
    expect(readFileSync(path, 'utf8')).toBe(once);
    // The column named as the list heads it.
    const sent = file('sent.csv', 'Name,Degree,Request Sent\nAnn,3rd,\n');
    expect(cli(['done', sent, '--rows', '2', ...AS_OF, '-o', sent, '-q']).code).toBe(0);
    expect(cli(['done', sent, '--rows', '2', ...AS_OF, '-o', sent]).stderr).toMatch(
      /^prospect-channels: row 2 already has a touch done on 2026-11-24 \(Request Sent\):/,
    );
  });

  it('a file written between its two readings is found out: changedSince, on an edit in place and on a file saved over it', async () => {
    const path = file('stamped.csv', 'Name,Degree\nGia,2nd\n');
    const opened = await openInput(path);
    expect(changedSince(opened)).toBe(false);
    // The same bytes, written again a second later: an edit in place.
    utimesSync(path, new Date(), new Date(Date.now() + 1000));
    expect(changedSince(opened)).toBe(true);
    const again = await openInput(path);
    // Another file put in its place (a save by rename), the same size.
    writeFileSync(`${path}.new`, 'Name,Degree\nLeo,2nd\n');
    renameSync(`${path}.new`, path);
    expect(changedSince(again)).toBe(true);
  });

  /** `done` marking `row` of the list at `path` and writing it there; `stdin`: the list read from standard input (`- < path`). */
  const runDone = (path: string, row: number, { quiet = true, stdin = false } = {}) =>
    new Promise<{ code: number | null; stderr: string }>((done) => {
      const args = [CLI, 'done', stdin ? '-' : path, '--rows', String(row), ...AS_OF, '-o', path, ...(quiet ? ['-q'] : [])];
      const child = spawn(process.execPath, args, { stdio: [stdin ? openSync(path, 'r') : 'pipe', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (d) => (stderr += d));
      child.on('close', (code) => done({ code, stderr }));
    });
  const pendingList = (name: string, n: number) =>
    file(
      name,
      `Name,LinkedIn URL,Degree,Connection Status,Requested On\n${Array.from({ length: n }, (_, i) => `P${i},https://www.linkedin.com/in/p${i},2nd,pending,2026-10-01`).join('\n')}\n`,
    );
  const withdrawn = (path: string, row: number) => readFileSync(path, 'utf8').split('\n')[row - 1]?.split(',')[3] === 'withdrawn';

  it("two runs of done on one file at once take turns: the second reads the first one's marks, and both are kept (the check before the rename alone let two runs save one over the other)", async () => {
    const path = pendingList('shared.csv', 60_000);
    const [a, b] = await Promise.all([runDone(path, 2), runDone(path, 3)]);
    expect([a, b]).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);
    expect([withdrawn(path, 2), withdrawn(path, 3)]).toEqual([true, true]);
    // The hold beside the file is gone with the runs.
    expect(existsSync(join(dir, '.shared.csv.lock'))).toBe(false);
  }, 60_000);

  it('two runs of done reading the list on standard input (`- < list.csv`) and writing it: the later one, its input the list as it was, writes nothing and says so', async () => {
    const path = pendingList('piped.csv', 30_000);
    const runs = await Promise.all([runDone(path, 2, { stdin: true }), runDone(path, 3, { stdin: true })]);
    const changed = "prospect-channels: '-' changed while it was being read (written by another program, or another run): nothing written; run again\n";
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
    expect(runs.find((r) => r.code === 1)?.stderr).toBe(changed);
    expect([withdrawn(path, 2), withdrawn(path, 3)]).toEqual([runs[0]?.code === 0, runs[1]?.code === 0]);
  }, 60_000);

  it('done waits while another run holds the file, says so once, and goes on when it lets go', async () => {
    const path = pendingList('held.csv', 50);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const hold = join(dir, '.held.csv.lock');
      writeFileSync(hold, String(holder.pid));
      const run = runDone(path, 2, { quiet: false });
      await new Promise((wake) => setTimeout(wake, 600));
      expect(withdrawn(path, 2)).toBe(false);
      rmSync(hold);
      const r = await run;
      expect(r.code).toBe(0);
      expect(r.stderr.split('\n')[0]).toBe(`prospect-channels: waiting for another run writing '${path}' (process ${holder.pid}) to finish`);
      expect(withdrawn(path, 2)).toBe(true);
    } finally {
      holder.kill();
    }
  }, 30_000);

  it('a hold left by a run killed outright (its process gone) is taken over, by done and by the plan written over its input', async () => {
    const path = pendingList('stale.csv', 20);
    const hold = join(dir, '.stale.csv.lock');
    // A process id that no longer runs: one that has just ended.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(hold, gone);
    expect(await runDone(path, 2)).toEqual({ code: 0, stderr: '' });
    expect(withdrawn(path, 2)).toBe(true);
    expect(existsSync(hold)).toBe(false);
    // Left empty by a run killed as it made it, long ago.
    writeFileSync(hold, '');
    utimesSync(hold, new Date(2026, 0, 1), new Date(2026, 0, 1));
    const r = cli([path, ...AS_OF, '-o', path, '-q']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toContain(',Channel,Day,Date,Cost,Reason');
    expect(existsSync(hold)).toBe(false);
  });

  it("done's messages name the user's file, not the copy it plans again", () => {
    const path = file('future.csv', 'Name,Connection Degree,Last Touch On\nGia,1st,2026-12-18\n');
    const r = cli(['done', path, '--all-due', ...AS_OF, '-o', join(dir, 'future-out.csv'), '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `prospect-channels: no row of ${path} could be planned (every row has an error): '${join(dir, 'future-out.csv')}' not written; 'prospect-channels inspect' shows each row as read\n`,
    );
  });

  it('done on a row that replied off LinkedIn (planned EMAIL_OR_PHONE, no touch) says it replied, as for a reply on LinkedIn', () => {
    const list = file(
      'replied-off.csv',
      'Name,Degree,Replied,lastState,linkedinInviteSentAt\nZoe,3rd,yes,,\nAnna,2nd,,emailsReplied,2026-11-10T08:00:00.000Z\n',
    );
    for (const row of ['2', '3']) {
      const r = cli(['done', list, '--rows', row, ...AS_OF, '-o', join(dir, 'replied-off-out.csv')]);
      expect([r.code, r.stderr]).toEqual([2, `prospect-channels: row ${row} has replied: nothing planned to mark done\n`]);
    }
  });

  it.each([
    [['--rows', '0'], 'prospect-channels: --rows: row 0 does not exist: rows are numbered from 1, as in a spreadsheet\n'],
    [['--rows', '999'], 'prospect-channels: --rows: row 999 is past the last row of the file (row 8)\n'],
    [['--rows', 'a-b'], "prospect-channels: --rows: expected row numbers and ranges such as 3,7-9 (got 'a-b')\n"],
    [['--rows', '3', '--all-due'], "prospect-channels: give either --rows (e.g. --rows 3,7-9) or --all-due, not both (try 'prospect-channels done --help')\n"],
    [[], "prospect-channels: give either --rows (e.g. --rows 3,7-9) or --all-due (try 'prospect-channels done --help')\n"],
    [['--rows', '4'], 'prospect-channels: row 4 has no touch to mark done (SKIP)\n'],
    [['--rows', '6'], 'prospect-channels: row 6 has replied: nothing planned to mark done\n'],
    // Recorded as of today, a touch planned for later would change nothing: refused, not silently kept.
    [
      ['--rows', '7'],
      "prospect-channels: row 7's next touch (EMAIL_OR_PHONE) is due 2026-12-10, not yet: only a touch due on or before 2026-11-24 can be marked done ('prospect-channels today' lists them)\n",
    ],
  ])('done %j: one clear line, exit 2, nothing written', (flags, message) => {
    const out = join(dir, `bad-${flags.join('')}.csv`);
    const { code, stdout, stderr } = cli(['done', file('list.csv', LIST), ...flags, ...AS_OF, '-o', out]);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
    expect(stdout).toBe('');
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('reports of a tab-separated list', () => {
  it('today, stats and inspect written to a .csv file are comma-separated (a spreadsheet opens a .csv so); to stdout or a .tsv they keep the tabs; a semicolon list keeps its semicolons', () => {
    const tsv = file('list.tsv', 'Name\tTitle\tDegree\nMia\tVP, Sales\t1st\n');
    const semi = file('semi.csv', 'Name;Degree\nMia;1st\n');
    for (const command of ['today', 'stats', 'inspect']) {
      const out = join(dir, `${command}.csv`);
      expect(cli([command, tsv, ...AS_OF, '--format', 'csv', '-o', out]).code, command).toBe(0);
      const written = readFileSync(out, 'utf8');
      expect(written, command).not.toContain('\t');
      expect((rowsOf(written)[0] as string[]).length, command).toBeGreaterThan(2);
      expect(cli([command, tsv, ...AS_OF, '--format', 'csv']).stdout.split('\n')[0], command).toContain('\t');
      const tabbed = join(dir, `${command}.tsv`);
      cli([command, tsv, ...AS_OF, '--format', 'csv', '-o', tabbed]);
      expect(readFileSync(tabbed, 'utf8').split('\n')[0], command).toContain('\t');
      const semiOut = join(dir, `${command}-semi.csv`);
      cli([command, semi, ...AS_OF, '--format', 'csv', '-o', semiOut]);
      expect(readFileSync(semiOut, 'utf8').split('\n')[0], command).toContain(';');
    }
    // A cell holding a comma is quoted in the comma-separated report.
    expect(readFileSync(join(dir, 'inspect.csv'), 'utf8')).toContain('"VP, Sales"');
  });
});

describe('today and done on a real export: title lines, BOM, CRLF, semicolons', () => {
  // Excel's UTF-8 CSV: BOM, semicolons, CRLF, a title line and an empty line above the header; one row appended with LF.
  const TITLED = '\uFEFFQ4 list;;\r\n\r\nName;Degree;Notes\r\nMia;1st;"café"\r\nIvan;2nd;x\nSam;3rd;\r\n';

  it('a list whose name column has a header the planner does not read names each touch by its first column, as the plan table does', () => {
    const list = file('unnamed.csv', 'Vollständiger Name;Connection Degree;Notizen\r\nBjörn Åkesson;1st;x\r\n');
    const rows = rowsOf(cli(['today', list, ...AS_OF, '--format', 'csv']).stdout.replaceAll(';', ','));
    expect(rows[1]?.slice(0, 4)).toEqual(['2', 'Messages to connections', 'Björn Åkesson', 'MESSAGE']);
  });
  it('rows are counted from the top of the file, lines above the header included', () => {
    const rows = rowsOf(cli(['today', file('titled.csv', TITLED), ...AS_OF, '--format', 'csv']).stdout.replaceAll(';', ','));
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['4', 'Mia'],
      ['6', 'Sam'],
      ['5', 'Ivan'],
    ]);
  });

  it('done on a list kept in German writes its statuses in German: ausstehend, zurückgezogen', () => {
    const de = file(
      'de.csv',
      'Vorname;Nachname;Kontaktgrad;Status der Anfrage;Anfrage gesendet am\r\nAnna;Schmidt;2.;ausstehend;01.09.2026\r\nCarl;Ott;3.;;\r\n',
    );
    const out = join(dir, 'de-done.csv');
    expect(cli(['done', de, '--all-due', ...AS_OF, '-o', out]).code).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[1]).toMatch(/^Anna;Schmidt;2\.;zurückgezogen;01\.09\.2026;/);
    // Its date as the column writes its dates.
    expect(lines[2]).toMatch(/^Carl;Ott;3\.;ausstehend;24\.11\.2026;/);
  });

  it('done keeps the BOM, the delimiter, each line break and every untouched line byte for byte', () => {
    const out = join(dir, 'titled-done.csv');
    expect(cli(['done', file('titled.csv', TITLED), '--rows', '6', ...AS_OF, '-o', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const lines = text.split(/(?<=\n)/);
    expect(lines.slice(0, 2)).toEqual(['\uFEFFQ4 list;;\r\n', '\r\n']);
    expect(lines[2]).toMatch(/^Name;Degree;Notes;Requested On;Connection Status;Channel;Day;Date;Cost;Reason\r\n$/);
    expect(lines[3]).toMatch(/^Mia;1st;"café";;;MESSAGE;/);
    expect(lines[4]).toMatch(/^Ivan;2nd;x;;;CONNECT_NOTE;.*[^\r]\n$/);
    expect(lines[5]).toMatch(/^Sam;3rd;;2026-11-24;pending;EMAIL_OR_PHONE;19;/);
    expect(lines[5]?.endsWith('\r\n')).toBe(true);
  });

  it('done on an all-quoted export (Salesforce): the edited row keeps the quotes of every cell it does not write', () => {
    const sf = join(process.cwd(), 'test/fixtures/exports/salesforce-leads.csv');
    const out = join(dir, 'sf-done.csv');
    expect(cli(['done', sf, '--rows', '2', ...AS_OF, '--date-order', 'month-first', '-o', out]).code).toBe(0);
    const [, row2, row3] = readFileSync(out, 'utf8').split('\r\n');
    const [, was2, was3] = readFileSync(sf, 'utf8').split('\r\n');
    // Its Connection Request Date written (ours, unquoted, as the column writes its dates), Connection Status added; the rest as it came.
    expect(row2?.startsWith(`${was2?.replace('"$250,000.00",""', '"$250,000.00",11/24/2026')},pending,`)).toBe(true);
    expect(row3?.startsWith(`${was3},,`)).toBe(true);
  });

  it('--rows on a line above the header or on the header: one clear line', () => {
    const r = cli(['done', file('titled.csv', TITLED), '--rows', '2', ...AS_OF]);
    expect([r.code, r.stderr]).toEqual([2, 'prospect-channels: --rows: row 2 is above the header row; prospects start at row 4\n']);
  });
});

describe('SPEC 9: done writes a date into a date column of the list as that column writes its dates', () => {
  const marked = (name: string, lines: string[], asOf: string, delimiter = ',') => {
    const path = file(name, `${lines.join('\n')}\n`);
    const out = join(dir, `marked-${name}`);
    const r = cli(['done', path, '--all-due', '--as-of', asOf, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const rows = parse(readFileSync(out, 'utf8'), { relax_column_count: true, delimiter }) as string[][];
    const header = rows[0] as string[];
    return (row: number, column: string) => (rows[row] as string[])[header.indexOf(column)];
  };
  it("a Polish list's 28.10.2026, an unpadded 3.11.2026 and its r., a two-digit year, a US list's 10/28/2026, LinkedIn's 28 Oct 2026; a column done adds, YYYY-MM-DD (found in a new user's trial)", () => {
    const pl = marked(
      'dates-pl.csv',
      [
        'Full Name;Connection Degree;Invite Status;Request Sent;Last Touch On',
        'Jan Kowalski;3rd;;;',
        'Anna Lis;1st;;;3.11.2026 r.',
        'Ewa Nowak;3rd;pending;n/a;',
      ],
      '2026-12-03',
      ';',
    );
    // The first date of Request Sent is no date (n/a): written as YYYY-MM-DD; Last Touch On unpadded with its r.
    expect(pl(1, 'Request Sent')).toBe('2026-12-03');
    expect(pl(2, 'Last Touch On')).toBe('3.12.2026 r.');
    expect(pl(2, 'First Touch On')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const padded = marked(
      'dates-pad.csv',
      ['Full Name;Connection Degree;Invite Status;Request Sent', 'Jan Kowalski;3rd;;', 'Ewa Nowak;3rd;pending;28.10.26'],
      '2026-12-03',
      ';',
    );
    expect(padded(1, 'Request Sent')).toBe('03.12.26');
    const us = marked('dates-us.csv', ['Name,Degree,Status,Requested On', 'Jan Lee,3rd,,', 'Ewa Kim,3rd,pending,10/28/2026 10:15'], '2026-12-03');
    expect(us(1, 'Requested On')).toBe('12/03/2026');
    const linkedin = marked('dates-li.csv', ['Name,Degree,Status,Requested On', 'Jan Lee,3rd,,', 'Ewa Kim,3rd,pending,28 Oct 2026'], '2026-11-24');
    expect(linkedin(1, 'Requested On')).toBe('24 Nov 2026');
  });
});
