import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type Value, callCounts, loadDist, sheetsValue } from '../src/preview/apps-script.js';
import { wilson } from '../src/core/index.js';
import { formatTable } from '../src/cli/table.js';

/**
 * test/fixtures/history/campaign.csv, counted by hand as of 2026-11-23 (groups of rows by name):
 * acceptance   A8 B6 C3 O2 accepted = 19, of A B C O + D12 declined + E4 withdrawn + F5 pending 21 days = 40
 *              (G4 pending 20 days and H2 with no request are not counted)
 * InMail reply K2 replied, of I4 (14 days) K2 L31 M2 N1 = 40 (J3 only 13 days; O2 accepted)
 * after accept A8 O2 replied, of A8 B6 O2 = 16: not enough data (C3 accepted 11 days ago)
 * refunds      I4 J3 L31 awaiting = 38 (M2 sent 91 days ago; N1 an Open Profile message; K2 O2 replied)
 * rows         91: 89 prospects, 1 blank, 1 error (status 'maybe')
 */
const HISTORY = 'test/fixtures/history/campaign.csv';

const TABLE = parse(readFileSync(HISTORY, 'utf8')) as string[][];
const HEADER = TABLE[0] as string[];
const ROWS = TABLE.slice(1).map((r) => r.map((c) => sheetsValue(c, true)));
const AS_OF: Value[][] = [['As Of', '2026-11-23']];

describe('CHANNEL_STATS through the bundle clasp pushes', () => {
  const { global } = loadDist();
  const stats = (...args: unknown[]) => global.CHANNEL_STATS?.(...args) as Value[][];

  it('returns a small table: a row per rate, the credits expected back, the rows read', () => {
    const t = stats(ROWS, [HEADER], AS_OF);
    expect(t[0]).toEqual(['Measure', 'Value', 'n', 'Low', 'High', 'Assumed', 'Note']);
    expect(t.map((r) => r[0])).toEqual(['Measure', 'Acceptance Rate', 'InMail Reply Rate', 'Reply After Accept', 'Credits Expected Back', 'Prospects Read']);
    expect(t.every((r) => r.length === 7)).toBe(true);
    const [, acceptance, inmail, after, refunds, read] = t as [Value[], Value[], Value[], Value[], Value[], Value[]];
    expect(acceptance.slice(0, 3)).toEqual(['Acceptance Rate', 19 / 40, 40]);
    expect(acceptance[3]).toBeCloseTo(wilson(19, 40).low, 12);
    expect(acceptance[4]).toBeCloseTo(wilson(19, 40).high, 12);
    expect(acceptance[5]).toBe(0.32);
    expect(acceptance[6]).toBe(
      'Your acceptance is 48% (n=40, 33-63%), above the 32% assumed; 4 more requests of the last 21 days are not decided yet, so it comes to at least 43.2%: that is proposed',
    );
    expect(inmail.slice(0, 3)).toEqual(['InMail Reply Rate', 2 / 40, 40]);
    expect(inmail[6]).toBe('Your InMail reply rate is 5% (n=40, 1-17%), below the 18% assumed');
    expect(after.slice(0, 6)).toEqual(['Reply After Accept', 'not enough data', 16, '', '', 0.26]);
    expect(refunds.slice(0, 3)).toEqual(['Credits Expected Back', 6.84, 38]);
    expect(read.slice(0, 3)).toEqual(['Prospects Read', 89, 91]);
    expect(read[6]).toBe('skipped: 1 blank; 1 with an error');
  });

  it('follows the settings range: a changed assumed rate changes the comparison', () => {
    const t = stats(ROWS, [HEADER], [...AS_OF, ['Acceptance Rate', '45%']]);
    expect(t[1]?.[5]).toBe(0.45);
    expect(t[1]?.[6]).toMatch(/in line with the 45% assumed$/);
  });

  it('a header row with no recognised column is one clear error for the call', () => {
    expect(() => stats(ROWS, [['foo', 'bar']], AS_OF)).toThrow(/no recognised column/);
  });
});

const CLI = join(process.cwd(), 'build/cli.js');
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the rows read, counted alike by the command line and by a sheet holding the same list', () => {
  it("an empty line between a CSV's rows is a blank row, as the sheet's empty row is (SPEC 10)", () => {
    const r = cli(['stats', '-', '--as-of', '2026-11-23', '--format', 'json'], 'Name,Degree\nAnn,2\n\nBo,3\n,\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 4, prospects: 2, blank: 2 });
    const { global } = loadDist();
    const t = global.CHANNEL_STATS?.(
      [
        ['Ann', 2],
        ['', ''],
        ['Bo', 3],
        ['', ''],
      ],
      [['Name', 'Degree']],
      AS_OF,
    ) as Value[][];
    expect(t.at(-1)?.slice(0, 3)).toEqual(['Prospects Read', 2, 4]);
    expect(t.at(-1)?.[6]).toBe('skipped: 2 blank');
  });
});

describe('prospect-channels stats, end to end', () => {
  const json = (args: string[] = [], input?: string) => {
    const r = cli(['stats', input === undefined ? HISTORY : '-', '--as-of', '2026-11-23', '--format', 'json', ...args], input);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout);
  };

  it('--format json: the hand-counted history, rates as fractions with n, low, high, enoughData, assumed, proposal', () => {
    const out = json();
    expect(out).toMatchObject({ asOf: '2026-11-23', rows: 91, prospects: 89, blank: 1, errors: 1 });
    expect(out.acceptance).toMatchObject({
      setting: 'Acceptance Rate',
      hits: 19,
      n: 40,
      rate: 19 / 40,
      enoughData: true,
      assumed: 0.32,
      comparison: 'above',
      // 4 requests of the last 21 days wait: the least the rate comes to once they are decided.
      proposal: 19 / 44,
      waiting: 4,
    });
    expect(out.acceptance.low).toBeCloseTo(wilson(19, 40).low, 12);
    expect(out.acceptance.high).toBeCloseTo(wilson(19, 40).high, 12);
    expect(out.inmailReply).toMatchObject({ hits: 2, n: 40, rate: 0.05, enoughData: true, assumed: 0.18, comparison: 'below', proposal: 0.05 });
    expect(out.replyAfterAccept).toEqual({
      setting: 'Reply After Accept',
      hits: 10,
      n: 16,
      assumed: 0.26,
      enoughData: false,
      rate: null,
      low: null,
      high: null,
      comparison: null,
      proposal: null,
      text: 'Your reply rate after accepting: not enough data (n=16; 20 needed), 26% assumed',
      // Accepted under 14 days ago, no reply yet: counted once answered or 14 days old.
      waiting: 3,
      early: false,
    });
    expect(out.refunds).toMatchObject({ awaiting: 38, openProfile: 1, replyRate: 0.18, credits: 6.84, usd: 13.54 });
  });

  it('the settings in force are the ones compared with (flags)', () => {
    const out = json(['--acceptance-rate', '45%', '--inmail-reply-rate', '0.05']);
    expect(out.acceptance).toMatchObject({ assumed: 0.45, comparison: 'within', proposal: null });
    expect(out.inmailReply).toMatchObject({ assumed: 0.05, comparison: 'within' });
    expect(out.refunds.credits).toBe(1.9);
  });

  it('the as-of date moves the 14- and 21-day boundaries', () => {
    // A day later the 4 requests of 2026-11-03 are 21 days old, and the 3 InMails of 2026-11-10 14 days old.
    const r = cli(['stats', HISTORY, '--as-of', '2026-11-24', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect([out.acceptance.hits, out.acceptance.n]).toEqual([19, 44]);
    expect([out.inmailReply.hits, out.inmailReply.n]).toEqual([2, 43]);
  });

  it('reads stdin, semicolons and a BOM like the plan command', () => {
    const text = readFileSync(HISTORY, 'utf8').replaceAll(',', ';');
    const out = json([], `\uFEFF${text}`);
    expect([out.acceptance.hits, out.acceptance.n, out.rows]).toEqual([19, 40, 91]);
  });

  it("--format csv of a semicolon list writes its numbers with a decimal comma, as the list's own Cost; a comma list with a point", () => {
    const comma = cli(['stats', HISTORY, '--as-of', '2026-11-24', '--format', 'csv', '-q']);
    const semicolon = join(mkdtempSync(join(tmpdir(), 'pcp-stats-')), 'history-semicolon.csv');
    writeFileSync(semicolon, readFileSync(HISTORY, 'utf8').replaceAll(',', ';'));
    const semi = cli(['stats', semicolon, '--as-of', '2026-11-24', '--format', 'csv', '-q']);
    const rate = (csv: string, d: string) => (csv.split('\n').find((l) => l.startsWith(`Acceptance Rate${d}`)) as string).split(d)[1];
    expect(rate(comma.stdout, ',')).toMatch(/^\d+\.\d%$/);
    expect(rate(semi.stdout, ';')).toMatch(/^\d+,\d%$/);
  });

  it('the table says each rate in words', () => {
    const r = cli(['stats', HISTORY, '--as-of', '2026-11-23', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Your acceptance is 48% (n=40, 33-63%), above the 32% assumed');
    expect(r.stdout).toMatch(/^Your numbers as of 2026-11-23, from 89 prospects \(skipped: 1 blank; 1 with an error, row 53\):/);
    // As CSV, the rates alone: what they were measured from goes to stderr.
    const csv = cli(['stats', HISTORY, '--as-of', '2026-11-23', '--format', 'csv']);
    expect(csv.stderr).toBe('Your numbers as of 2026-11-23, from 89 prospects (skipped: 1 blank; 1 with an error, row 53):\n');
    expect(r.stdout).toMatch(/Reply After Accept\s+not enough data\s+16/);
  });

  it("the table's Note, what to do, is never cut on a terminal: it wraps under itself, or goes under its row when the other columns leave it too little room", () => {
    const rows = [
      ['Measure', 'Rate', 'Note'],
      ['Acceptance Rate', '48.0%', 'Your acceptance is 48% (n=40, 33-63%), above the 32% assumed'],
    ];
    const wide = formatTable(rows, undefined, [1], true);
    expect(wide.split('\n')[1]).toBe('Acceptance Rate  48.0%  Your acceptance is 48% (n=40, 33-63%), above the 32% assumed');
    // A terminal that says it is 0 columns wide (`script`'s, `stty size` 0 0) sets no limit: the rows, not blank lines.
    expect(formatTable(rows, 0, [1], true)).toBe(wide);
    expect(formatTable(rows, 60, [1], true)).toBe(
      [
        'Measure           Rate  Note',
        'Acceptance Rate  48.0%  Your acceptance is 48% (n=40,',
        '                        33-63%), above the 32% assumed',
        '',
      ].join('\n'),
    );
    expect(formatTable(rows, 40, [1], true)).toBe(
      ['Measure           Rate', 'Acceptance Rate  48.0%', '  Your acceptance is 48% (n=40, 33-63%),', '  above the 32% assumed', ''].join('\n'),
    );
    // Whether a line is too long is measured as it is printed, its first columns padded to the widest.
    const padded = [
      rows[0] as string[],
      ['Credits Expected Back', '1.20', 'ok'],
      ['Acceptance', '48.0%', 'Your acceptance is 48% (n=40, 33-63%), above the 32%'],
    ];
    expect(formatTable(padded, 80, [1], true)).not.toContain('…');
    expect(
      Math.max(
        ...formatTable(padded, 80, [1], true)
          .split('\n')
          .map((l) => l.length),
      ),
    ).toBeLessThanOrEqual(80);
    // Without it, a line is cut at the terminal's edge, as before.
    expect(formatTable(rows, 40, [1]).split('\n')[1]).toBe('Acceptance Rate  48.0%  Your acceptance…');
  });

  it('-o writes the output to a file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pcp-stats-')), 'stats.json');
    const r = cli(['stats', HISTORY, '--as-of', '2026-11-23', '--format', 'json', '-o', out]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(out, 'utf8')).acceptance.n).toBe(40);
  });

  it('a file with no recognised header: one line, exit 1, nothing on stdout', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'pcp-stats-')), 'bad.csv');
    writeFileSync(bad, 'foo,bar\n1,2\n');
    const r = cli(['stats', bad, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^prospect-channels: .*bad\.csv: no recognised column/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rows whose history is after the as-of date are errors to the plan, not to the numbers (read as they stood): stats measures them and exits 0', () => {
    const later = join(mkdtempSync(join(tmpdir(), 'pcp-stats-')), 'later.csv');
    writeFileSync(later, 'Name,Requested On,Connection Status\nAnn,2026-11-02,accepted\nBo,2026-11-03,pending\n');
    const r = cli(['stats', later, '--as-of', '2026-10-01', '--format', 'json', '-q']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toMatchObject({ errors: 0 });
    // The plan cannot plan them: exit 1 there.
    expect(cli([later, '--as-of', '2026-10-01', '--format', 'csv', '-q']).code).toBe(1);
  });

  it('every prospect row in error: the numbers are written all the same, then one line and exit 1, as the plan and today exit', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'pcp-stats-')), 'all-errors.csv');
    writeFileSync(bad, 'Name,Requested On,Connection Status\nAnn,#REF!,pending\nBo,31/31/2026,pending\n');
    const line = (done: string) =>
      `prospect-channels: no row of ${bad} could be ${done} (every row has an error): 'prospect-channels inspect' shows each row and its error\n`;
    for (const [command, done] of [
      ['stats', 'measured'],
      ['today', 'planned'],
    ]) {
      const r = cli([command as string, bad, '--as-of', '2026-11-23', '--format', 'csv', '-q']);
      expect([command, r.code, r.stderr]).toEqual([command, 1, line(done as string)]);
      expect(r.stdout).not.toBe('');
    }
    // One good row is enough.
    writeFileSync(bad, 'Name,Requested On,Connection Status\nAnn,#REF!,pending\nBo,2026-11-02,pending\n');
    expect(cli(['stats', bad, '--as-of', '2026-11-23', '--format', 'csv', '-q']).code).toBe(0);
  });

  it('a missing file: exit 2', () => {
    const r = cli(['stats', 'no-such-file.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^prospect-channels: cannot read 'no-such-file\.csv'/);
  });

  it('is listed in the help', () => expect(cli(['--help']).stdout).toMatch(/\n {2}stats {5}/));
});

describe('"Use my numbers" through the bundle', () => {
  const open = () => {
    const h = loadDist();
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value', 'Default and where it comes from'],
      ['As Of', '2026-11-23', ''],
      ['Acceptance Rate', '', '32%'],
    ]);
    h.ss.active = h.ss.addSheet('History', [HEADER, ...ROWS]);
    return h;
  };
  const settingsOf = (h: ReturnType<typeof loadDist>) => (h.ss.getSheetByName('Channel Settings')?.cells ?? []).map((r) => [r[0], r[1]]);

  it('writes each measured rate with enough data into the settings sheet: one read of the list, only the changed settings written, under the lock', () => {
    const h = open();
    h.log.length = 0;
    const outcome = h.global.useMyNumbers?.({ settings: [['As Of', '2026-11-23']] }) as { written: string[][] };
    expect(outcome.written).toEqual([
      ['Acceptance Rate', '43.2%'],
      ['InMail Reply Rate', '5%'],
    ]);
    const settings = settingsOf(h);
    // Stored as Sheets stores a percentage typed: its fraction.
    expect(settings.find((r) => r[0] === 'Acceptance Rate')?.[1]).toBeCloseTo(0.432, 12);
    expect(settings.find((r) => r[0] === 'InMail Reply Rate')?.[1]).toBe(0.05);
    expect(settings.find((r) => r[0] === 'Reply After Accept')?.[1] ?? '').toBe(''); // not enough data: left alone
    const calls = callCounts(h.log);
    // SPEC 7, only what changed is written: the Acceptance Rate cell, and the InMail Reply Rate row appended.
    expect(calls['Range.setValues']).toBe(2);
    expect(calls['Range.getValues']).toBe(2); // the settings, and the list
    expect(calls['LockService.getDocumentLock']).toBe(1);
    expect(h.lock.held).toBe(false);
  });

  it("a measured 100% is written as text ('100%), which Sheets would store as the number 1, read back as 1%: the plan and CHANNEL_STATS read 100%", () => {
    const h = loadDist();
    const header = ['Name', 'Connection Status', 'Requested On'];
    const rows = Array.from({ length: 20 }, (_, i) => [`P${i}`, 'accepted', '2026-10-01']);
    h.ss.addSheet('Channel Settings', [
      ['Setting', 'Value', 'Default and where it comes from'],
      ['As Of', '2026-11-23', ''],
    ]);
    h.ss.active = h.ss.addSheet('All accepted', [header, ...rows]);
    const outcome = h.global.useMyNumbers?.({ settings: [['As Of', '2026-11-23']] }) as { written: string[][] };
    expect(outcome.written).toEqual([['Acceptance Rate', '100%']]);
    expect(settingsOf(h).find((r) => r[0] === 'Acceptance Rate')?.[1]).toBe('100%');
    const t = h.global.CHANNEL_STATS?.(rows, [header], settingsOf(h) as Value[][]) as Value[][];
    expect(t[1]?.slice(0, 2)).toEqual(['Acceptance Rate', 1]);
    expect(t[1]?.[5]).toBe(1);
  });

  it('then every formula follows: CHANNEL_STATS over the settings sheet compares with the measured rates', () => {
    const h = open();
    h.global.useMyNumbers?.({ settings: [['As Of', '2026-11-23']] });
    const settingsRange = settingsOf(h) as Value[][];
    const t = h.global.CHANNEL_STATS?.(ROWS, [HEADER], settingsRange) as Value[][];
    expect(t[1]?.[5]).toBeCloseTo(0.432, 12);
    expect(t[1]?.[6]).toMatch(/in line with the 43.2% assumed$/);
    expect(t[2]?.[5]).toBe(0.05);
    expect(t[4]?.[1]).toBe(1.9); // 38 awaiting x 5%
  });

  it('nothing to write when no rate has enough data; a bad setting in the form is named', () => {
    const h = open();
    h.ss.active = h.ss.addSheet('Short history', [HEADER, ...ROWS.slice(0, 15)]);
    h.log.length = 0;
    expect(h.global.useMyNumbers?.({ settings: [['As Of', '2026-11-23']] })).toEqual({ written: [] });
    expect(h.log).not.toContain('Range.setValues');
    expect(h.global.useMyNumbers?.({ settings: [['Acceptance Rate', 'lots']] })).toMatchObject({ problem: { field: 'Acceptance Rate' } });
  });
});
