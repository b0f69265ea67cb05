import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run bench` refuses what it cannot measure in one line and exit code 2, before measuring
// anything: its arguments, and a `--list` the command line would refuse (in the command line's
// words). No test here measures: each case stops before the first figure.
const dir = mkdtempSync(join(tmpdir(), 'bench-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bench(...args: string[]): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, ['build/bench.js', ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('bench: --help', () => {
  it('lists every option and measures nothing', () => {
    const r = bench('--help');
    expect(r.code).toBe(0);
    for (const option of ['--json', '--only', '--rows', '--memory-rows', '--list', '--write-csv']) expect(r.stdout).toContain(option);
    expect(r.stderr).toBe('');
  });
});

describe('bench: what it cannot measure is refused in one line (exit 2)', () => {
  const one = () => file('one.csv', 'Name,Degree\nAnn,2\n');
  const refusals: Array<[string, () => string[], RegExp]> = [
    ['an unknown part', () => ['--only', 'core,cli2'], /^bench: --only core,cli2: no part named 'cli2' \(the parts: core, apps-script, bundles, cli\)$/],
    ['no part', () => ['--only', ','], /^bench: --only ,: no part given/],
    ['a row count that is not one', () => ['--rows', 'abc', '--only', 'cli'], /^bench: --rows abc: expected a whole number of at least 1$/],
    ['no rows', () => ['--rows', '0'], /^bench: --rows 0: expected a whole number of at least 1$/],
    ['a count of underscores', () => ['--memory-rows', '_'], /^bench: --memory-rows _: expected a whole number$/],
    ['an unknown option', () => ['--bogus'], /^bench: Unknown option '--bogus'$/],
    ['--rows with a list', () => ['--list', one(), '--rows', '10'], /^bench: --rows is for the generated list; a --list is measured as it is$/],
    ['--write-csv with a list', () => ['--list', one(), '--write-csv', join(dir, 'w.csv')], /^bench: --write-csv is for the generated list/],
    ['an empty --list', () => ['--list', ''], /^bench: --list: expected the path of a list$/],
    ['an empty --json', () => ['--json', ' '], /^bench: --json: expected the path of a file$/],
    ['an empty --write-csv', () => ['--write-csv', ''], /^bench: --write-csv: expected the path of a file$/],
    // Said before anything is measured, not after the whole bench.
    ['--json into no folder', () => ['--json', join(dir, 'no', 'b.json')], /^bench: --json: cannot write '.*b\.json': no such file or folder \(ENOENT\)$/],
    [
      '--write-csv into no folder',
      () => ['--write-csv', join(dir, 'no', 'w.csv')],
      /^bench: --write-csv: cannot write '.*w\.csv': no such file or folder \(ENOENT\)$/,
    ],
    // A list the command line cannot read: in its words.
    ['a list that is not there', () => ['--list', join(dir, 'nope.csv')], /^bench: --list: cannot read '.*nope\.csv': no such file or folder \(ENOENT\)$/],
    ['a path through a file', () => ['--list', join(one(), 'x.csv')], /^bench: --list: cannot read '.*x\.csv': .*\(ENOTDIR\)$/],
    [
      'a folder',
      () => {
        mkdirSync(join(dir, 'folder'), { recursive: true });
        return ['--list', join(dir, 'folder'), '--only', 'cli'];
      },
      /^bench: --list: cannot read '.*folder': is a folder, not a file \(EISDIR\)$/,
    ],
    ['an empty list', () => ['--list', file('empty.csv', '')], /^bench: --list: .*empty\.csv: the file is empty: expected a header row$/],
    [
      'a header alone',
      () => ['--list', file('header.csv', 'Name,Degree\n'), '--only', 'core'],
      /^bench: --list: .*header\.csv: no row under its header names a prospect the planner can read: nothing to measure$/,
    ],
    [
      'rows that name no one',
      () => ['--list', file('na.csv', 'Name,Degree\n#N/A,\n  ,\n')],
      /^bench: --list: .*na\.csv: no row under its header names a prospect the planner can read: nothing to measure$/,
    ],
    ['no header', () => ['--list', file('nohead.csv', 'foo,bar\n1,2\n')], /^bench: --list: .*nohead\.csv: no recognised column in the first/],
    [
      'a binary file (a PNG image)',
      () => [
        '--list',
        file('bin.csv', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR', 'latin1'), Buffer.alloc(40, 7), Buffer.alloc(4)])),
        '--only',
        'cli',
      ],
      /^bench: --list: .*bin\.csv: not a CSV file \(binary content: more zero or control bytes than text holds; the first zero byte is on line 3, byte 9\): if it is a prospect list, save it as CSV \(/,
    ],
  ];
  // `npm run bench` runs in the package's folder: a relative path is the caller's (INIT_CWD), and
  // the refusal names the file where it was looked for.
  it('a relative --list from the folder npm was called in', () => {
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['build/bench.js', '--list', 'nope.csv'], { encoding: 'utf8', timeout: 20_000, env });
    const r = run({ ...process.env, INIT_CWD: dir, npm_lifecycle_event: 'bench' });
    expect(r.stderr.trim()).toBe(`bench: --list: cannot read '${join(dir, 'nope.csv')}': no such file or folder (ENOENT)`);
    expect(r.status).toBe(2);
    // Run directly from a shell npm started, which carries INIT_CWD on: from the current folder.
    const direct = run({ ...process.env, INIT_CWD: dir, npm_lifecycle_event: 'test' });
    expect(direct.stderr.trim()).toBe(`bench: --list: cannot read '${join(process.cwd(), 'nope.csv')}': no such file or folder (ENOENT)`);
  });
  for (const [what, argv, said] of refusals) {
    it(what, () => {
      const r = bench(...argv());
      expect(r.stderr.trim()).toMatch(said);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
      expect(r.code).toBe(2);
    });
  }
});

// The one case here that measures: a list the command line plans and DuckDB refuses (a short row)
// past the rows DuckDB samples keeps the command line's figures and says why DuckDB has none,
// instead of stopping the bench.
// Only where the bench's DuckDB is already installed (the bench would install it otherwise).
const duckCache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'prospect-channels-bench');
describe.skipIf(!existsSync(duckCache))('bench: a list DuckDB cannot read', () => {
  it('is measured without DuckDB, which is said with its own error line', () => {
    const lines = ['Name,Title,Degree,Company'];
    for (let i = 0; i < 26_000; i++) lines.push(i === 25_000 ? `Ann ${i},CEO` : `Ann ${i},VP Sales,2,"Acme, Inc."`);
    const r = spawnSync(process.execPath, ['build/bench.js', '--list', file('short-row.csv', `${lines.join('\n')}\n`), '--only', 'cli'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/!! DuckDB could not read the list: .*CSV Error on Line: 25002/);
    expect(r.stdout).toMatch(/\| DuckDB yardstick +\| SKIPPED: DuckDB could not read the list: .*Line: 25002 .*\| +\|$/m);
    expect(r.stdout).toMatch(/CLI on the list \(26,000 records under its header\): CPU time of its process/);
    expect(r.stdout).not.toMatch(/CLI CPU time \/ DuckDB/);
  }, 90_000);
  it("counts the rows DuckDB copies against the records under the list's header, empty lines counted in neither", () => {
    const r = spawnSync(
      process.execPath,
      ['build/bench.js', '--list', file('three.csv', 'Name,Degree\r\nAnn,2\r\n\r\nBob,3\r\n"Cid\r\nLee",1\r\n'), '--only', 'cli'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\| CLI on the list \(3 records under its header\): CPU time of its process \(user \+ system, every thread\), wall +\|/);
    expect(r.stdout).toMatch(/\| DuckDB, same file \(the same 3 rows\), five constant columns/);
    expect(r.stderr).not.toMatch(/!!/);
  }, 90_000);
});
