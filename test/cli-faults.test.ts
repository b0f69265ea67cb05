/**
 * The command line under faults and hostile input: every failure one line and an exit code
 * (2: usage, settings, access; 1: content), naming the right file; nothing left behind by a
 * signal or a closed pipe; an overwritten file stays the same file. The 1M-row versions of the
 * kill tests are `npm run faults` (scripts/faults.ts), not part of `npm test`.
 */
import { type SpawnSyncOptions, execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/cli.js';
import { changedError } from '../src/cli/common.js';
import { eachRowRead, understandFile } from '../src/cli/inspect.js';
import { FileChanged, openInput, planPass } from '../src/cli/passes.js';
import { describeCsvError } from '../src/cli/plan.js';
import { agendaOfFile } from '../src/cli/today.js';
import { settings } from './helpers.js';

const CLI = join(process.cwd(), 'build/cli.js');
const AS_OF = ['--as-of', '2026-11-23'];
const LIST = 'Name,Degree,Named Account\nAnn,1,\nBob,2,yes\nCy,3,\n';
const isRoot = process.getuid?.() === 0;
/** A user who owns nothing here: permission checks do not apply to root. */
const NOBODY = 65534;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcp-faults-'));
  chmodSync(dir, 0o755);
});

function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
function cli(args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', ...options, env: { ...process.env, FORCE_COLOR: '0', ...options.env } });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}
/** One line on stderr, no stack trace. */
function oneLine(stderr: string): string {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  return stderr;
}

describe('output errors: one line, exit 2, naming the output', () => {
  it('-o into a missing folder', () => {
    const r = cli([file('in1.csv', LIST), '-o', join(dir, 'no-such-folder', 'out.csv')]);
    expect(oneLine(r.stderr)).toMatch(/^prospect-channels: cannot write '.*no-such-folder\/out\.csv': no such folder '.*no-such-folder'\n$/);
    expect(r.code).toBe(2);
  });

  it('-o into a read-only folder (EACCES)', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro, { mode: 0o555 });
    chmodSync(ro, 0o555);
    const input = file('in2.csv', LIST);
    chmodSync(input, 0o644);
    const r = cli([input, '-o', join(ro, 'out.csv')], isRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expect(oneLine(r.stderr)).toMatch(/^prospect-channels: cannot write '.*ro\/out\.csv': permission denied \(EACCES\)\n$/);
    expect(r.code).toBe(2);
    expect(readdirSync(ro)).toEqual([]);
  });

  it('a full disk on stdout (/dev/full): ENOSPC', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = cli([file('in3.csv', LIST), ...AS_OF, '--format', 'csv'], { stdio: ['pipe', full, 'pipe'] });
      expect(oneLine(r.stderr)).toBe('prospect-channels: cannot write to stdout: no space left on the device (ENOSPC)\n');
      expect(r.code).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it('-o to an existing folder blames the output, not the input', () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const r = cli([file('in4.csv', LIST), '-o', folder]);
    expect(oneLine(r.stderr)).toMatch(/^prospect-channels: cannot write '.*a-folder': is a folder, not a file \(EISDIR\)\n$/);
    expect(r.stderr).not.toContain('in4.csv');
    expect(r.code).toBe(2);
  });

  it('a missing input says so in words', () => {
    const r = cli([join(dir, 'missing.csv')]);
    expect(oneLine(r.stderr)).toMatch(/^prospect-channels: cannot read '.*missing\.csv': no such file or folder \(ENOENT\)\n$/);
    expect(r.code).toBe(2);
  });
});

describe('every command meets the same faults the same way', () => {
  it.each([['today'], ['stats'], ['plan'], ['inspect']])('%s: a full disk on stdout, exit 2; -o into a missing folder, exit 2; a pipe as input', (command) => {
    const input = file(`${command}-in.csv`, LIST);
    const full = openSync('/dev/full', 'w');
    try {
      const r = cli([command, input, ...AS_OF, '--format', 'csv'], { stdio: ['pipe', full, 'pipe'] });
      expect(oneLine(r.stderr)).toMatch(/cannot write to stdout: no space left on the device \(ENOSPC\)\n$/);
      expect(r.code).toBe(2);
    } finally {
      closeSync(full);
    }
    const missing = cli([command, input, ...AS_OF, '-o', join(dir, 'nowhere', 'x.csv')]);
    expect(oneLine(missing.stderr)).toMatch(/^prospect-channels: cannot write '.*nowhere\/x\.csv': no such folder/);
    expect(missing.code).toBe(2);
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" ${command} <(cat "${input}") --as-of 2026-11-23 --format csv -q`], {
      encoding: 'utf8',
    });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(cli([command, input, ...AS_OF, '--format', 'csv', '-q']).stdout);
  });
});

describe('reading errors in words', () => {
  it("a cell over 512 MiB (ERR_STRING_TOO_LONG) is the file's problem in one line, exit 1 (the real 530 MiB cell: npm run faults -- --huge)", () => {
    const tooLong = Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    const e = describeCsvError(tooLong, 'huge.csv');
    expect([e.message, e.code]).toEqual(['huge.csv: a cell is longer than 512 MiB (is this a prospect list?)', 1]);
  });

  it('a system error while reading is an access problem in words, exit 2', () => {
    const e = describeCsvError(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }), 'list.csv');
    expect([e.message, e.code]).toEqual(["cannot read 'list.csv': input/output error (EIO)", 2]);
  });
});

describe('-o onto an existing file keeps it the same file', () => {
  it('keeps its permissions: chmod 600 stays 600', () => {
    const target = file('private.csv', LIST);
    chmodSync(target, 0o600);
    expect(cli([target, ...AS_OF, '-o', target]).code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readFileSync(target, 'utf8')).toMatch(/^Name,Degree,Named Account,Channel/);
  });

  it('keeps its owner and group', () => {
    const target = file('owned.csv', LIST);
    if (isRoot) chownSync(target, 1234, 4321);
    chmodSync(target, 0o666);
    const before = statSync(target);
    expect(cli([target, ...AS_OF, '-o', target]).code).toBe(0);
    const after = statSync(target);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    expect(readFileSync(target, 'utf8')).toContain('Channel');
  });

  it('writes through a symlink to its target; the link stays a link', () => {
    const real = file('real.csv', LIST);
    const link = join(dir, 'link.csv');
    symlinkSync('real.csv', link);
    expect(cli([link, ...AS_OF, '-o', link]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.csv');
    expect(readFileSync(real, 'utf8')).toMatch(/^Name,Degree,Named Account,Channel/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps hard links: every name sees the new content, the same inode', () => {
    const a = file('hard-a.csv', LIST);
    const b = join(dir, 'hard-b.csv');
    linkSync(a, b);
    const inode = statSync(a).ino;
    expect(cli([a, ...AS_OF, '-o', a]).code).toBe(0);
    expect(statSync(a).ino).toBe(inode);
    expect(statSync(a).nlink).toBe(2);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    expect(readFileSync(b, 'utf8')).toMatch(/^Name,Degree,Named Account,Channel/);
    // The new content is longer or shorter than the old: nothing of the old is left at the end.
    expect(cli([a, ...AS_OF, '--format', 'csv']).stdout).toBe(readFileSync(a, 'utf8'));
  });

  it('a writable file in a folder we may not add to is written in place (its temp file in TMPDIR)', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    const target = join(locked, 'shared.csv');
    writeFileSync(target, LIST);
    chmodSync(target, 0o666);
    chmodSync(locked, 0o555);
    const tmp = mkdtempSync(join(tmpdir(), 'pcp-locked-tmp-'));
    chmodSync(tmp, 0o777);
    const input = file('in10.csv', LIST);
    chmodSync(input, 0o644);
    const r = cli([input, ...AS_OF, '-o', target], { env: { TMPDIR: tmp }, ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}) });
    expect(r.stderr).toMatch(/^Planned 3 prospects/m);
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^Name,Degree,Named Account,Channel/);
    expect(readdirSync(locked)).toEqual(['shared.csv']);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it.runIf(isRoot)('a file no one may write is refused for root too, not replaced', () => {
    const target = file('readonly-root.csv', LIST);
    chmodSync(target, 0o444);
    const r = cli([file('in5r.csv', LIST), ...AS_OF, '-o', target]);
    expect(oneLine(r.stderr)).toMatch(/^prospect-channels: cannot write '.*readonly-root\.csv': permission denied \(EACCES\)\n$/);
    expect(r.code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe(LIST);
  });

  it('a read-only existing file is refused, not replaced', () => {
    const target = file('readonly.csv', LIST);
    chmodSync(target, 0o444);
    const r = cli([file('in5.csv', LIST), ...AS_OF, '-o', target], isRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expect(oneLine(r.stderr)).toMatch(/^prospect-channels: cannot write '.*readonly\.csv': permission denied \(EACCES\)\n$/);
    expect(r.code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe(LIST);
  });
});

describe('settings and flags', () => {
  it("a settings file in CSV is read by the lists' engine: CRLF, empty lines, quoted values with commas, spaces around cells, a value typed with a space before its quote", () => {
    const settings = file(
      'quoted-settings.csv',
      'Setting,Value\r\n\r\n"Credits", 0 \r\nPlan,"Sales Navigator Core"\r\nHolidays,"2026-11-23, 2026-11-24"\r\nStart Date, "2026-11-23"\r\n',
    );
    const r = cli([file('in6b.csv', 'Name,Degree\nA,2\n'), ...AS_OF, '--format', 'csv', '--settings', settings]);
    expect(r.stderr).toMatch(/^Planned 1 prospect/m);
    expect(r.code).toBe(0);
    // Both holidays skipped: the request goes out on the 25th.
    expect(r.stdout.split('\n')[1]).toMatch(/,CONNECT(_NOTE)?,1,2026-11-25,/);
    expect(r.stderr).toMatch(/^Credits: 0 of 0 used/m);
  });

  it.each([
    ['Holidays, "2026-11-23", "2026-11-24"', /,CONNECT(_NOTE)?,1,2026-11-25,/],
    ['Holidays,  "2026-11-23,2026-11-24"', /,CONNECT(_NOTE)?,1,2026-11-25,/],
    ['Column: Name, "Full ""Given"" Name"', /,CONNECT(_NOTE)?,1,2026-11-23,/],
  ])('a settings line typed by hand with spaces before a quoted value: %s', (line, planned) => {
    const settings = file(`hand-${line.replace(/\W/g, '')}.csv`, `Setting,Value\n${line}\n`);
    const list = file('hand-list.csv', 'Full "Given" Name,Degree\nA,2\n');
    const r = cli([list, ...AS_OF, '--format', 'csv', '--settings', settings]);
    expect(r.stderr).toMatch(/^Planned 1 prospect/m);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(planned);
  });

  it.each([
    ['America/Los_Angeles', '2026-12-05', ''],
    ['Asia/Tokyo', '2026-12-06', "ERROR: InMail Sent On: after the as-of date 2026-12-05 (got '2026-12-06')"],
  ])("a UTC timestamp (an automation tool's) is read on the machine's day, as the as-of date is: in %s, %s", (zone, read, error) => {
    const list = file(
      `utc-${zone.replace('/', '-')}.csv`,
      'Name,LinkedIn URL,InMail Sent On,Degree\nE,https://www.linkedin.com/in/e,2026-12-06T06:30:58.000Z,3rd\n',
    );
    const r = cli(['inspect', list, '--as-of', '2026-12-05', '--format', 'csv'], { env: { TZ: zone } });
    expect(r.stdout.split('\n')[1]).toBe(`2,E,https://www.linkedin.com/in/e,${read},3rd${error ? `,${error}` : ''}`);
  });

  it('a settings file in CSV with semicolons works', () => {
    const settings = file('semi-settings.csv', 'Setting;Value\nCredits;0\nPlan;Sales Navigator Core\n');
    const r = cli([
      file('in6.csv', 'Name,Named Account,Trigger,Serious Ask,Degree\nA,yes,funding,yes,2\n'),
      ...AS_OF,
      '--format',
      'csv',
      '--settings',
      settings,
    ]);
    expect(r.stderr).toMatch(/^Planned 1 prospect/m);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/,CONNECT_NOTE,/);
  });

  it.each([[[]], [['today']], [['stats']], [['done', '--rows', '2']]])('%j --column Degree=Nope is a settings problem: exit 2, nothing written', (command) => {
    const out = join(dir, 'nope-out.csv');
    const input = file('in7.csv', LIST);
    const r = cli([...command.slice(0, 1), input, ...command.slice(1), ...AS_OF, '--column', 'Degree=Nope', '-o', out]);
    expect(oneLine(r.stderr).trim()).toBe(`prospect-channels: bad setting: Column: Degree: no column 'Nope' in ${input}`);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it.each([[[]], [['today']], [['stats']], [['inspect']]])(
    '%j --column Degree=Nope on a file with no header read is the same settings problem, not "no recognised column": exit 2',
    (command) => {
      const input = file('in7b.csv', 'Prospect Nm,Conn. lvl\nAnn,3rd\n');
      const r = cli([...command, input, ...AS_OF, '--column', 'Degree=Nope']);
      expect(oneLine(r.stderr).trim()).toBe(`prospect-channels: bad setting: Column: Degree: no column 'Nope' in ${input}`);
      expect(r.code).toBe(2);
    },
  );

  it.each([[[]], [['today']], [['stats']], [['inspect']]])(
    '%j on a report whose header is under its first 10 rows (a filter a line above it) names that row and the fix, with or without a Column: setting',
    (command) => {
      const filters = Array.from({ length: 7 }, (_, i) => `"   Filter ${i + 1} equals x",,`);
      const input = file(
        'in7c.csv',
        ['Contacts & Accounts,,', ',,', 'Filtered By:,,', ...filters, 'First Name,Last Name,Title', 'Ann,Lee,VP Sales', ''].join('\n'),
      );
      const fix = `row 11 reads as a header ('First Name', 'Last Name', 'Title'): delete 1 or more of the lines above it, so that it is among the first 10`;
      const r = cli([...command, input, ...AS_OF]);
      expect(oneLine(r.stderr).trim()).toBe(
        `prospect-channels: ${input}: no recognised column in the first 10 rows (the header row must be one of them; the first row: 'Contacts & Accounts'); ${fix}`,
      );
      expect(r.code).toBe(1);
      const mapped = cli([...command, input, ...AS_OF, '--column', 'Title=Title']);
      expect(oneLine(mapped.stderr).trim()).toBe(
        `prospect-channels: bad setting: Column: Title: no column 'Title' in the first 10 rows of ${input}, where the header row must be; ${fix}`,
      );
      expect(mapped.code).toBe(2);
    },
  );

  it.each([['--credits'], ['-o'], ['--settings'], ['--format']])('a missing argument to %s prints one line, exit 2', (flag) => {
    const r = cli([file('in8.csv', LIST), flag]);
    expect(oneLine(r.stderr)).toMatch(new RegExp(`^prospect-channels: Option '${flag.startsWith('--') ? flag : '-o, --output'} <value>' argument missing`));
    expect(r.code).toBe(2);
  });

  it.each([
    ['--as-of', "'--as-of=-XYZ'"],
    ['-o', "'--output=-XYZ' or '-o-XYZ'"],
  ])('a flag followed by another where its value should be (%s -q) says the value is missing, exit 2', (flag, how) => {
    const r = cli([file('in8b.csv', LIST), flag, '-q']);
    expect(oneLine(r.stderr).trim()).toBe(
      `prospect-channels: Option '${flag}' argument missing: the argument after it is another option (for a value that starts with a dash, write ${how}) (try 'prospect-channels --help')`,
    );
    expect(r.code).toBe(2);
  });

  it.each([
    [['--fromat', 'csv'], "Unknown option '--fromat'; did you mean --format?"],
    [['--as_of', '2026-11-23'], "Unknown option '--as_of'; did you mean --as-of?"],
    [['--zzz'], "Unknown option '--zzz'"],
  ])('a mistyped option %j names the option it most likely meant, exit 2', (flags, said) => {
    const r = cli([file('in-typo.csv', LIST), ...flags, '-q']);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(`prospect-channels: ${said} (try 'prospect-channels --help')\n`);
    // After a command, its own help.
    const stats = cli(['stats', file('in-typo.csv', LIST), ...flags, '-q']);
    expect([stats.code, oneLine(stats.stderr)]).toEqual([2, `prospect-channels: ${said} (try 'prospect-channels stats --help')\n`]);
  });

  it('a mistyped command names the command it most likely meant, exit 2 (it was read as a second input file); a file of that name is read as one', () => {
    const list = file('in-cmd.csv', LIST);
    for (const [typed, meant] of [
      ['plann', 'plan'],
      ['todya', 'today'],
      ['dome', 'done'],
    ]) {
      const r = cli([typed as string, list]);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe(`prospect-channels: unknown command '${typed}'; did you mean ${meant}? (try 'prospect-channels --help')\n`);
    }
    // A word like no command, before a list: a command that does not exist, the commands named.
    const frob = cli(['frob', list]);
    expect([frob.code, oneLine(frob.stderr)]).toEqual([
      2,
      "prospect-channels: unknown command 'frob' (the commands: plan, today, done, stats, inspect; try 'prospect-channels --help')\n",
    ]);
    // A list read from stdin (-) is such a list too; but an option's value is no list: a missing
    // input before `-o OUT.csv` that exists is a file not found, as it is.
    expect(oneLine(cli(['frob', '-'], { input: LIST }).stderr)).toMatch(/^prospect-channels: unknown command 'frob' /);
    const out = file('exists-out.csv', '');
    expect(oneLine(cli(['prospects', '-o', out]).stderr)).toBe("prospect-channels: cannot read 'prospects': no such file or folder (ENOENT)\n");
    // A list named like a command's typo, or any name with a dot, is still a file.
    expect(cli(['nope.csv']).stderr).toContain("cannot read 'nope.csv'");
    file('plann', LIST);
    expect(cli(['plann', ...AS_OF, '-q'], { cwd: dir }).code).toBe(0);
  });

  it('a command named after an option is said to go first (it was read as a second input file); --version after a command; help and help COMMAND', () => {
    const list = file('in-order.csv', LIST);
    for (const args of [
      ['-q', 'today', list],
      ['--as-of', '2026-11-23', 'today', list],
    ]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe("prospect-channels: 'today' is a command: name it first ('prospect-channels today IN.csv [options]')\n");
    }
    expect(cli(['today', list, '--version']).stdout).toMatch(/^prospect-channels \d+\.\d+\.\d+\n$/);
    expect(cli(['help']).stdout).toMatch(/^Usage: prospect-channels \[COMMAND\] IN\.csv/);
    expect(cli(['help', 'today']).stdout).toMatch(/^Usage: prospect-channels today IN\.csv/);
    expect(cli(['-h', 'done']).stdout).toMatch(/^Usage: prospect-channels done IN\.csv/);
  });

  it.each(['--credits', '--as-of', '--plan', '--holidays'])(
    '%s with an empty value (an unset shell variable) is refused, exit 2, not taken as the default',
    (flag) => {
      const r = cli([file('in-empty.csv', LIST), flag, '', '-q']);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe(
        `prospect-channels: ${flag}: the value is empty (an unset variable?); leave the flag out for the default (try 'prospect-channels --help')\n`,
      );
    },
  );

  it.skipIf(!existsSync('/dev/full'))(
    'a --summary that cannot be written (a full disk) names the flag, exit 2, and the plan is not put in place: the list stays as it was',
    () => {
      const path = file('summary-full.csv', LIST);
      const r = cli([path, ...AS_OF, '-o', path, '--summary', '/dev/full', '-q']);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe("prospect-channels: --summary: cannot write '/dev/full': no space left on the device (ENOSPC)\n");
      expect(readFileSync(path, 'utf8')).toBe(LIST);
    },
  );

  it('a temporary folder that cannot be used (TMPDIR missing) is one line naming it and exit 2, not an internal error', () => {
    const missing = join(dirname(file('tmp-probe.csv', '')), 'no-such-folder');
    const r = cli(['-', ...AS_OF, '-q'], { input: 'Name,Degree\nAnn,2nd\n', env: { TMPDIR: missing } });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      `prospect-channels: cannot make a working folder in the temporary folder '${missing}' (set TMPDIR to a folder you can write): no such file or folder (ENOENT)\n`,
    );
  });

  it('every row an error with -o: exit 1, and the file is left as it was (a wrong --column put ERROR cells over a good plan)', () => {
    const path = file('good-then-bad.csv', 'Name,Degree\nAnn,2nd\nBo,3rd\n');
    expect(cli([path, ...AS_OF, '-o', path, '-q']).code).toBe(0);
    const good = readFileSync(path, 'utf8');
    const r = cli([path, ...AS_OF, '-o', path, '-q', '--column', 'Degree=Name']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `prospect-channels: no row of ${path} could be planned (every row has an error): '${path}' not written; 'prospect-channels inspect' shows each row as read\n`,
    );
    expect(readFileSync(path, 'utf8')).toBe(good);
    const fresh = join(dirname(path), 'never.csv');
    expect(cli([path, ...AS_OF, '-o', fresh, '-q', '--column', 'Degree=Name']).code).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });

  it('exit code 1 when no row could be planned (every row an error), the output still written', () => {
    const r = cli([file('allbad.csv', 'Name,Degree\nA,fourth\nB,zero\n'), ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(r.stderr).toMatch(/no row of .*allbad\.csv could be planned/);
  });
});

describe("standard output redirected onto the input file ('>>' or '>' list.csv): refused before anything is read, as cat refuses it", () => {
  it.each(['plan', 'done', 'today', 'stats', 'inspect'])(
    '%s: one line, exit 2, nothing written into the list; the plan and done say -o does it in place',
    (command) => {
      const input = file(`${command}-append.csv`, LIST);
      const args = command === 'plan' ? [input] : command === 'done' ? ['done', input, '--rows', '2'] : [command, input];
      const out = openSync(input, 'a');
      let r: ReturnType<typeof cli>;
      try {
        r = cli([...args, ...AS_OF], { stdio: ['ignore', out, 'pipe'] });
      } finally {
        closeSync(out);
      }
      const fix = command === 'plan' || command === 'done' ? `to update the list, give -o '${input}' instead` : 'redirect it to another file';
      expect(oneLine(r.stderr)).toBe(
        `prospect-channels: standard output is the input file '${input}': the output would be written into your prospect list as it is read; ${fix}\n`,
      );
      expect(r.code).toBe(2);
      expect(readFileSync(input, 'utf8')).toBe(LIST);
      // Read on standard input from the same file, and '>' that has emptied it: said.
      const fd = openSync(input, 'r');
      const emptied = openSync(input, 'r+');
      try {
        const stdin = cli([...args.map((a) => (a === input ? '-' : a)), ...AS_OF], { stdio: [fd, emptied, 'pipe'] });
        expect(stdin.stderr).toMatch(/^prospect-channels: standard output is the file on standard input: /);
        expect(stdin.code).toBe(2);
      } finally {
        closeSync(fd);
        closeSync(emptied);
      }
      // The plan with -o a file and its summary on standard output: the summary would go into the list.
      if (command === 'plan') {
        const summaryOut = openSync(input, 'a');
        try {
          const r2 = cli([input, ...AS_OF, '-o', join(dir, 'plan-append-out.csv'), '--summary', '-'], { stdio: ['ignore', summaryOut, 'pipe'] });
          expect(oneLine(r2.stderr)).toMatch(/^prospect-channels: standard output is the input file '.*': the output would be written into your prospect list/);
          expect(r2.code).toBe(2);
        } finally {
          closeSync(summaryOut);
        }
        expect(readFileSync(input, 'utf8')).toBe(LIST);
      }
      writeFileSync(input, '');
      const truncated = openSync(input, 'a');
      try {
        expect(cli([...args, ...AS_OF], { stdio: ['ignore', truncated, 'pipe'] }).stderr).toContain(
          "(a '>' onto it has emptied it already: restore it from a copy)",
        );
      } finally {
        closeSync(truncated);
      }
    },
  );
});

describe('SPEC 7: a report never replaces the prospect list it reads (only the plan and done write onto their input)', () => {
  const REPORTS: Array<[string, string]> = [
    ['today', "today's agenda"],
    ['stats', "the campaign's numbers"],
    ['inspect', 'what was understood'],
  ];
  it.each(REPORTS)(
    '%s -o IN: refused in one line, exit 2, the list untouched: by its name, another spelling, a symlink, a hard link, or as stdin',
    (command, thing) => {
      const input = file(`${command}-own.csv`, LIST);
      const link = join(dir, `${command}-own-link.csv`);
      symlinkSync(input, link);
      const hard = join(dir, `${command}-own-hard.csv`);
      linkSync(input, hard);
      const before = statSync(input);
      for (const [args, target] of [
        [[input], input],
        [[input], `${dir}/./../${dir.split('/').at(-1)}//${command}-own.csv`],
        [[link], input],
        [[input], link],
        [[input], hard],
      ] as Array<[string[], string]>) {
        const r = cli([command, ...args, ...AS_OF, '-o', target]);
        expect(oneLine(r.stderr)).toBe(
          `prospect-channels: -o '${target}' is the input file: writing ${thing} there would replace your prospect list; name another file\n`,
        );
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
      }
      const fd = openSync(input, 'r');
      try {
        const r = cli([command, '-', ...AS_OF, '-o', input], { stdio: [fd, 'pipe', 'pipe'] });
        expect(oneLine(r.stderr)).toMatch(/^prospect-channels: -o '.*' is the file on standard input: writing .* there would replace your prospect list/);
        expect(r.code).toBe(2);
      } finally {
        closeSync(fd);
      }
      expect(readFileSync(input, 'utf8')).toBe(LIST);
      expect(statSync(input).mtimeMs).toBe(before.mtimeMs);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );

  it.each(REPORTS)('%s -o a new file, or another existing one, is written as before', (command) => {
    const input = file(`${command}-other.csv`, LIST);
    const other = file(`${command}-other-out.csv`, 'old\n');
    expect(cli([command, input, ...AS_OF, '-o', other, '-q']).code).toBe(0);
    expect(readFileSync(other, 'utf8')).not.toBe('old\n');
    const fresh = join(dir, `${command}-fresh.csv`);
    expect(cli([command, input, ...AS_OF, '-o', fresh, '-q']).code).toBe(0);
    expect(readFileSync(fresh, 'utf8')).toMatch(/^\uFEFF/);
    expect(readFileSync(input, 'utf8')).toBe(LIST);
  });

  it('plan --summary naming the input, or the -o file, is refused before anything is written; done -o IN still writes onto it', () => {
    const input = file('sum-own.csv', LIST);
    const onInput = cli([input, ...AS_OF, '--summary', input, '-o', join(dir, 'sum-own-out.csv')]);
    expect(oneLine(onInput.stderr)).toMatch(
      /^prospect-channels: --summary '.*sum-own\.csv' is the input file: writing the summary there would replace your prospect list/,
    );
    expect(onInput.code).toBe(2);
    const same = join(dir, 'sum-same.csv');
    const onOutput = cli([input, ...AS_OF, '--summary', same, '-o', same]);
    expect(oneLine(onOutput.stderr)).toMatch(/^prospect-channels: --summary and -o name the same file '.*sum-same\.csv': give the summary a file of its own/);
    expect(onOutput.code).toBe(2);
    expect(existsSync(same)).toBe(false);
    expect(existsSync(join(dir, 'sum-own-out.csv'))).toBe(false);
    expect(readFileSync(input, 'utf8')).toBe(LIST);
    const done = cli(['done', input, ...AS_OF, '--rows', '4', '-o', input, '-q']);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(readFileSync(input, 'utf8')).toMatch(/^Name,Degree,Named Account,Requested On,Connection Status,Channel,Day,Date,Cost,Reason\n/);
  });
});

describe('nothing is written on an error exit: every output is checked before any is written', () => {
  it('--summary into a missing folder: exit 2, naming the flag, and no -o file made', () => {
    const out = join(dir, 'err-out.csv');
    const r = cli([file('err-in.csv', LIST), ...AS_OF, '--summary', join(dir, 'no-such', 's.txt'), '-o', out]);
    expect(oneLine(r.stderr)).toMatch(/^prospect-channels: --summary: cannot write '.*no-such\/s\.txt': no such folder/);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--summary onto a folder: exit 2, and an existing -o file keeps its content', () => {
    const out = file('err-out2.csv', 'mine\n');
    const folder = join(dir, 'err-folder');
    mkdirSync(folder);
    const r = cli([file('err-in2.csv', LIST), ...AS_OF, '--summary', folder, '-o', out]);
    expect(oneLine(r.stderr)).toMatch(/^prospect-channels: --summary: cannot write '.*err-folder': is a folder/);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
  });

  it('a good --summary and -o are both written, the summary as before', () => {
    const out = join(dir, 'ok-out.csv');
    const summary = join(dir, 'ok-sum.txt');
    const r = cli([file('ok-in.csv', LIST), ...AS_OF, '--summary', summary, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^Name,Degree,Named Account,Channel/);
    expect(readFileSync(summary, 'utf8')).toMatch(/^Columns read: .*\nPlanned 3 prospects/);
  });
});

describe('a list written while it is read: the documented message, never a row pass 1 did not read', () => {
  const CHANGED = 'changed while it was being read (written by another program, or another run)';
  /** A list of `n` prospects, one a line. */
  const listOf = (n: number) => `Name,Degree,Named Account\n${Array.from({ length: n }, (_, i) => `Person ${i},${1 + (i % 3)},\n`).join('')}`;

  /**
   * Runs the command line in this process, stderr a terminal; `onStderr` and `onStdout` see each
   * write as it is made: the progress line is cleared between the two passes (`\r\x1b[K`, shown
   * from 50,000 rows), and CSV rows go out on stdout as pass 2 reads them.
   */
  async function inProcess(args: string[], { onStderr = (_: string) => {}, onStdout = (_: string) => {} } = {}) {
    let out = '';
    let err = '';
    const stdout = new Writable({
      write(chunk, _encoding, done) {
        out += String(chunk);
        onStdout(String(chunk));
        done();
      },
    });
    const stderr = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          err += String(chunk);
          onStderr(String(chunk));
          done();
        },
      }),
      { isTTY: true },
    );
    const code = await run(args, { stdin: new PassThrough(), stdout, stderr, now: () => new Date() });
    return { code, stdout: out, stderr: err };
  }
  /** Runs `change` once, the first time `text` is written. */
  const onFirst = (text: string, change: () => void) => {
    let done = false;
    return (written: string) => {
      if (done || !written.includes(text)) return;
      done = true;
      change();
    };
  };

  it('appended between the passes (-o a file): exit 1, nothing written, where pass 2 met a row pass 1 had not planned (ListPlanner.outcome: row 60000 was not added)', async () => {
    const input = file('grown.csv', listOf(60_000));
    const out = join(dir, 'grown-out.csv');
    const r = await inProcess([input, ...AS_OF, '-o', out], { onStderr: onFirst('\r\x1b[K', () => appendFileSync(input, 'Late,2,\nLater,3,\n')) });
    expect(r.stderr.split('\r\x1b[K').at(-1)).toBe(`prospect-channels: '${input}' ${CHANGED}: nothing written; run again\n`);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('rewritten shorter between the passes (stdout): exit 1 and nothing printed, where the rows read of the shorter file were printed before the message', async () => {
    const input = file('shrunk.csv', listOf(60_000));
    const r = await inProcess([input, ...AS_OF, '--format', 'csv'], { onStderr: onFirst('\r\x1b[K', () => writeFileSync(input, listOf(10))) });
    expect(r.stderr.split('\r\x1b[K').at(-1)).toBe(`prospect-channels: '${input}' ${CHANGED}: nothing written; run again\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('appended while pass 2 prints its rows (stdout): exit 1, the message says the output printed so far is incomplete, and what was printed is the start of the plan', async () => {
    // Over a megabyte: pass 2 reads it again after printing its first rows.
    const text = listOf(100_000);
    const input = file('growing.csv', text);
    const whole = await inProcess([file('growing-copy.csv', text), ...AS_OF, '--format', 'csv', '-q']);
    const r = await inProcess([input, ...AS_OF, '--format', 'csv', '-q'], { onStdout: onFirst('\n', () => appendFileSync(input, 'Late,2,\n')) });
    expect(r.stderr).toBe(`prospect-channels: '${input}' ${CHANGED}: the output printed so far is incomplete; run again\n`);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout.length).toBeLessThan(whole.stdout.length);
    expect(whole.stdout.startsWith(r.stdout)).toBe(true);
  });

  it('today and done read the list again as pass 1 read it: a list appended to or rewritten shorter between the passes is the input changed, where the appended row reached the planner and the shorter list was read as it was', async () => {
    const changes: Array<[string, (path: string) => void]> = [
      ['appended', (path) => appendFileSync(path, 'Dee,2,\n')],
      ['shorter', (path) => writeFileSync(path, 'Name,Degree,Named Account\nAnn,1,\n')],
    ];
    for (const [name, change] of changes) {
      const input = file(`today-${name}.csv`, LIST);
      const planned = await planPass(await openInput(input), settings(), () => undefined);
      change(input);
      await expect(agendaOfFile(planned, 'list.csv')).rejects.toThrow(changedError('list.csv'));
    }
  });

  it('inspect reads the list again as its first pass read it: a list appended to, rewritten shorter or saved over between the passes is the input changed, where the appended rows were shown without the columns or the Error column the first pass had not seen, and the shorter list was shown as it was', async () => {
    const changes: Array<[string, (path: string) => void]> = [
      ['appended', (path) => appendFileSync(path, 'Dee,9x,\n')],
      ['shorter', (path) => writeFileSync(path, 'Name,Degree,Named Account\nAnn,1,\n')],
      [
        'saved over',
        (path) => {
          writeFileSync(`${path}.new`, LIST);
          renameSync(`${path}.new`, path);
        },
      ],
    ];
    for (const [name, change] of changes) {
      const input = file(`inspect-${name.replace(' ', '-')}.csv`, LIST);
      const understood = await understandFile(input, settings());
      change(input);
      await expect(eachRowRead(understood, () => undefined)).rejects.toThrow(FileChanged);
    }
  });

  it('inspect, appended while it prints its rows (stdout): exit 1, the message says the output printed so far is incomplete, and what was printed is the start of the report, where it exited 0 with the appended rows and no Error column for the one in error', async () => {
    // Over a megabyte: the second pass reads it again after printing its first rows.
    const text = listOf(100_000);
    const input = file('inspect-growing.csv', text);
    const whole = await inProcess(['inspect', file('inspect-growing-copy.csv', text), '--format', 'csv', '-q']);
    const r = await inProcess(['inspect', input, '--format', 'csv', '-q'], { onStdout: onFirst('\n', () => appendFileSync(input, 'Late,9x,\n')) });
    expect(r.stderr).toBe(`prospect-channels: '${input}' ${CHANGED}: the output printed so far is incomplete; run again\n`);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout.length).toBeLessThan(whole.stdout.length);
    expect(whole.stdout.startsWith(r.stdout)).toBe(true);
  });
});

describe('inputs that cannot be read twice: pipes and FIFOs are copied like stdin', () => {
  it('inspect reads - and <(cat file) as every other command does, and honours -o', () => {
    const input = file('inspect-in.csv', LIST);
    const fromFile = cli(['inspect', input, '--format', 'csv', '-q']);
    expect(fromFile.code).toBe(0);
    const stdin = cli(['inspect', '-', '--format', 'csv', '-q'], { input: LIST });
    expect(stdin.stderr).toBe('');
    expect(stdin.code).toBe(0);
    expect(stdin.stdout).toBe(fromFile.stdout);
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" inspect <(cat "${input}") --format json -q`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(cli(['inspect', input, '--format', 'json', '-q']).stdout);
    const out = join(dir, 'inspect-out.csv');
    const written = cli(['inspect', input, '--format', 'csv', '-o', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toMatch(/^Columns read: Name, Degree, Named Account\n/);
    // The file with the BOM a report's CSV starts with in a file, the pipe without it.
    expect(readFileSync(out, 'utf8')).toBe(`\uFEFF${fromFile.stdout}`);
  });

  it('<(cat file) (a pipe, not seekable: ESPIPE) plans like the file', () => {
    const input = file('in9.csv', LIST);
    const expected = cli([input, ...AS_OF, '--format', 'csv']).stdout;
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" <(cat "${input}") --as-of 2026-11-23 --format csv`], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/^Planned 3 prospects/m);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it('a FIFO: says it is waiting (on a terminal), then plans what arrives', async () => {
    const fifo = join(dir, 'list.fifo');
    execFileSync('mkfifo', [fifo]);
    const stdout = new PassThrough();
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    const out: string[] = [];
    const err: string[] = [];
    stdout.on('data', (c: Buffer) => out.push(c.toString()));
    stderr.on('data', (c: Buffer) => err.push(c.toString()));
    const running = run([fifo, ...AS_OF, '--format', 'csv', '-q'], { stdin: new PassThrough(), stdout, stderr, now: () => new Date() });
    await new Promise((r) => setTimeout(r, 200));
    expect(err.join('')).toMatch(/^prospect-channels: waiting for data on '.*list\.fifo' \(a pipe\)\.\.\.\n$/);
    const writer = spawn('sh', ['-c', `printf '${LIST.replaceAll('\n', '\\n')}' > "${fifo}"`]);
    await once(writer, 'exit');
    expect(await running).toBe(0);
    expect(out.join('').split('\n')[0]).toBe('Name,Degree,Named Account,Channel,Day,Date,Cost,Reason');
  });
});

describe('signals and closed pipes leave nothing behind', () => {
  const rows = (n: number) => `Name,Degree,Named Account\n${'Ann,2,yes\nBob,1,\nCy,3,\n'.repeat(n / 3)}`;
  const big = () => rows(300_000);

  /** Starts a run with its own TMPDIR, kills it with `signal` once it has made its temp files. */
  async function killed(signal: NodeJS.Signals, args: (input: string) => string[], stdin?: string) {
    const tmp = mkdtempSync(join(tmpdir(), 'pcp-sig-tmp-'));
    const work = mkdtempSync(join(tmpdir(), 'pcp-sig-work-'));
    const input = join(work, 'list.csv');
    const original = big();
    writeFileSync(input, original);
    const child = spawn(process.execPath, [CLI, ...args(input)], {
      env: { ...process.env, TMPDIR: tmp, PROSPECT_CHANNELS_PARALLEL_FROM: '1000' },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    // The child may be gone before it has read all of stdin.
    child.stdin.on('error', () => undefined);
    if (stdin !== undefined) child.stdin.end(stdin);
    else child.stdin.end();
    // Wait until the run has made something to clean up: the temp output, or the scratch folder.
    const made = () => readdirSync(work).some((f) => f.endsWith('.tmp')) || readdirSync(tmp).length > 0;
    for (let i = 0; i < 400 && !made(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(made()).toBe(true);
    child.kill(signal);
    const [code, sig] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    return { code, sig, tmp, work, input, original };
  }

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s during -o onto the input: the input intact, no temp file beside it, nothing in TMPDIR', async (signal, exit) => {
    const r = await killed(signal, (input) => [input, ...AS_OF, '-o', input, '-q']);
    expect(r.code).toBe(exit);
    const now = readFileSync(r.input, 'utf8');
    // Either the run was stopped before the end (the input as it was) or it had finished.
    if (now !== r.original) expect(now.startsWith('Name,Degree,Named Account,Channel,Day,Date,Cost,Reason\n')).toBe(true);
    expect(readdirSync(r.work)).toEqual(['list.csv']);
    expect(readdirSync(r.tmp)).toEqual([]);
  });

  it('SIGKILL cannot be caught: the input stays intact, and the next run removes what the killed one left', async () => {
    const r = await killed('SIGKILL', () => ['-', ...AS_OF, '-q', '--format', 'csv'], big());
    expect(r.sig).toBe('SIGKILL');
    expect(readdirSync(r.tmp)).not.toEqual([]);
    const next = cli(['-', ...AS_OF, '-q', '-o', r.input], { input: LIST, env: { TMPDIR: r.tmp } });
    expect(next.code).toBe(0);
    expect(readdirSync(r.tmp)).toEqual([]);
  });

  it('SIGTERM while reading stdin: its copy is removed', async () => {
    const r = await killed('SIGTERM', () => ['-', ...AS_OF, '-q', '--format', 'csv'], big());
    expect(r.code).toBe(143);
    expect(readdirSync(r.tmp)).toEqual([]);
  });

  it('a closed stderr loses only the summary: the output is written, exit 0, no stack trace', () => {
    const out = join(dir, 'closed-stderr.csv');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; sleep 0; "${process.execPath}" "${CLI}" "${file('in11.csv', LIST)}" --as-of 2026-11-23 -o "${out}" 2>&1 >/dev/null | true; echo "exit \${PIPESTATUS[0]}"`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toBe('exit 0\n');
    expect(readFileSync(out, 'utf8')).toMatch(/^Name,Degree,Named Account,Channel/);
  });

  it('a closed pipe (| head): exit 0 and no copy of stdin left in TMPDIR', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'pcp-pipe-tmp-'));
    const input = file('pipe-in.csv', big());
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" - --as-of 2026-11-23 --format csv -q < "${input}" | head -1`], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, PROSPECT_CHANNELS_PARALLEL_FROM: '1000' },
    });
    expect(r.stdout).toBe('Name,Degree,Named Account,Channel,Day,Date,Cost,Reason\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
    expect(existsSync(tmp)).toBe(true);
  });
});
