/**
 * The command line under faults and hostile input: every failure one line and an exit code
 * (2: usage, settings, access; 1: content), naming the right file; nothing left behind by a
 * signal or a closed pipe; an overwritten file stays the same file. The 1M-row versions of the
 * kill tests are `npm run faults` (scripts/faults.ts), not part of `npm test`.
 */
import { type SpawnSyncOptions, execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
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
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/cli.js';

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

  it('--column Degree=Nope is a settings problem: exit 2', () => {
    const r = cli([file('in7.csv', LIST), ...AS_OF, '--column', 'Degree=Nope']);
    expect(oneLine(r.stderr)).toMatch(/^prospect-channels: bad setting: Column: Degree: no column 'Nope'/);
    expect(r.code).toBe(2);
  });

  it.each([['--credits'], ['-o'], ['--settings'], ['--format']])('a missing argument to %s prints one line, exit 2', (flag) => {
    const r = cli([file('in8.csv', LIST), flag]);
    expect(oneLine(r.stderr)).toMatch(new RegExp(`^prospect-channels: Option '${flag.startsWith('--') ? flag : '-o, --output'} <value>' argument missing`));
    expect(r.code).toBe(2);
  });

  it('exit code 1 when no row could be planned (every row an error), the output still written', () => {
    const r = cli([file('allbad.csv', 'Name,Degree\nA,fourth\nB,zero\n'), ...AS_OF, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(r.stderr).toMatch(/no row of .*allbad\.csv could be planned/);
  });
});

describe('inputs that cannot be read twice: pipes and FIFOs are copied like stdin', () => {
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
