// Fault injection for the command line, at sizes `npm test` does not run (`npm run faults`):
//   kills   Ctrl-C, TERM and HUP at random points of a 1M-row run with -o onto the input: the
//           input is either as it was or the complete output, and nothing is left beside it or
//           in TMPDIR; KILL (which nothing can catch): the input intact all the same
//   full    a full disk on stdout and on -o (/dev/full): exit 2, one line
//   ro      a read-only output folder: exit 2, one line, nothing written
//   pipes   closed pipes (`| head`) on a file and on stdin: exit 0, no copy left in TMPDIR
//   huge    (with --huge) a cell over 512 MiB: exit 1, one line, not a crash
// Options: --rows N (default 1,000,000), --kills N (default 8), --seed N, --huge, --only a,b
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const CLI = join(root, 'build/cli.js');
const { values: opts } = parseArgs({
  options: { rows: { type: 'string' }, kills: { type: 'string' }, seed: { type: 'string' }, huge: { type: 'boolean' }, only: { type: 'string' } },
});
const ROWS = Number(opts.rows ?? 1_000_000);
const KILLS = Number(opts.kills ?? 8);
let seed = Number(opts.seed ?? Date.now() % 100000);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const only = opts.only ? opts.only.split(',') : undefined;
const AS_OF = ['--as-of', '2026-11-23'];

const base = mkdtempSync(join(tmpdir(), 'pcp-faults-'));
const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'held  ' : 'BROKE '} ${name}${detail ? `: ${detail}` : ''}`);
}
/** A private TMPDIR and work folder for one run. */
function fresh(label) {
  const dir = mkdtempSync(join(base, `${label}-`));
  const tmp = join(dir, 'tmp');
  const work = join(dir, 'work');
  mkdirSync(tmp);
  mkdirSync(work);
  return { tmp, work };
}
const oneLine = (stderr) => stderr.split('\n').filter(Boolean).length === 1 && !/\n\s+at /.test(stderr);

function bigList(path, rows) {
  const degrees = ['1', '2', '3', '2nd', '3rd+'];
  const lines = ['Name,Degree,Named Account,Warm,Trigger,Requested On,Connection Status,Notes'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `Prospect ${i},${degrees[i % 5]},${i % 3 ? '' : 'yes'},${i % 4 ? '' : 'yes'},${i % 7 ? '' : 'funding'},${i % 9 ? '' : '2026-11-10'},${i % 9 ? '' : 'pending'},"note, ${i}"`,
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

const want = (name) => !only || only.includes(name);
console.log(`fault injection: ${ROWS.toLocaleString('en-US')} rows, seed ${seed}, in ${base}`);
const original = join(base, 'list.csv');
bigList(original, ROWS);

if (want('kills')) {
  // The reference: a clean run's output, and how long a run takes.
  const ref = fresh('ref');
  const reference = join(ref.work, 'out.csv');
  const t0 = Date.now();
  const clean = spawnSync(process.execPath, [CLI, original, ...AS_OF, '-q', '-o', reference], { env: { ...process.env, TMPDIR: ref.tmp } });
  const took = Date.now() - t0;
  check('a clean 1M-row run', clean.status === 0, `${(took / 1000).toFixed(1)} s`);
  const before = readFileSync(original);
  const after = readFileSync(reference);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGKILL'];
  for (let k = 0; k < KILLS; k++) {
    const signal = signals[k % signals.length];
    const at = Math.round((0.02 + random() * 1.05) * took);
    const { tmp, work } = fresh(`kill${k}`);
    const input = join(work, 'list.csv');
    copyFileSync(original, input);
    const child = spawn(process.execPath, [CLI, input, ...AS_OF, '-q', '-o', input], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), at);
    const [code, sig] = await once(child, 'exit');
    clearTimeout(timer);
    const now = readFileSync(input);
    const intact = now.equals(before) || now.equals(after);
    const leftovers = () => [...readdirSync(work).filter((f) => f !== 'list.csv'), ...readdirSync(tmp)];
    let left = leftovers();
    let note = '';
    if (signal === 'SIGKILL' && left.length > 0) {
      // KILL cannot be caught: the next run onto the same file (or through TMPDIR) removes what it left.
      note = ` (KILL left ${left.join(', ')}; the next run removed ${left.length === 0 ? '' : 'it'})`;
      spawnSync(process.execPath, [CLI, '-', ...AS_OF, '-q', '-o', input], { env: { ...process.env, TMPDIR: tmp }, input: 'Name,Degree\nAnn,1\n' });
      left = leftovers();
    }
    check(
      `${signal} at ${(at / 1000).toFixed(1)} s of -o onto the input`,
      intact && left.length === 0,
      `exit ${code ?? sig}; input ${now.equals(before) ? 'as it was' : now.equals(after) ? 'complete output' : 'DAMAGED'}; left behind: ${left.join(', ') || 'nothing'}${note}`,
    );
  }
}

if (want('full')) {
  const { tmp } = fresh('full');
  for (const [label, args, stdio] of [
    ['stdout on a full disk', [original, ...AS_OF, '--format', 'csv'], ['ignore', 'pipe', 'pipe']],
    ['-o onto a full disk', [original, ...AS_OF, '-o', '/dev/full'], ['ignore', 'ignore', 'pipe']],
  ]) {
    const full = label.startsWith('stdout') ? ['ignore', (await import('node:fs')).openSync('/dev/full', 'w'), 'pipe'] : stdio;
    const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, TMPDIR: tmp }, stdio: full, encoding: 'utf8' });
    check(label, r.status === 2 && oneLine(r.stderr) && /no space left/.test(r.stderr), `exit ${r.status}; ${r.stderr.trim()}`);
  }
}

if (want('ro')) {
  const { tmp, work } = fresh('ro');
  const ro = join(work, 'ro');
  mkdirSync(ro);
  chmodSync(ro, 0o555);
  chmodSync(base, 0o755);
  for (const d of [join(tmp, '..'), work, tmp]) chmodSync(d, 0o777);
  chmodSync(original, 0o644);
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(process.execPath, [CLI, original, ...AS_OF, '-o', join(ro, 'out.csv')], {
    env: { ...process.env, TMPDIR: tmp },
    encoding: 'utf8',
    ...asNobody,
  });
  check(
    '-o into a read-only folder',
    r.status === 2 && oneLine(r.stderr) && /permission denied/.test(r.stderr) && readdirSync(ro).length === 0,
    `exit ${r.status}; ${r.stderr.trim()}`,
  );
}

if (want('pipes')) {
  for (const [label, command] of [
    ['a file | head -1', `"${process.execPath}" "${CLI}" "${original}" --as-of 2026-11-23 --format csv -q | head -1 > /dev/null`],
    ['stdin | head -c 100', `"${process.execPath}" "${CLI}" - --as-of 2026-11-23 --format csv -q < "${original}" | head -c 100 > /dev/null`],
    ['stdin (table) | head -3', `"${process.execPath}" "${CLI}" - --as-of 2026-11-23 --format table -q < "${original}" | head -3 > /dev/null`],
  ]) {
    const { tmp } = fresh('pipe');
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { env: { ...process.env, TMPDIR: tmp }, encoding: 'utf8' });
    const left = readdirSync(tmp);
    check(
      `closed pipe: ${label}`,
      r.status === 0 && r.stderr === '' && left.length === 0,
      `exit ${r.status}; left in TMPDIR: ${left.join(', ') || 'nothing'}${r.stderr ? `; ${r.stderr.trim()}` : ''}`,
    );
  }
}

if (opts.huge) {
  const { tmp, work } = fresh('huge');
  const path = join(work, 'huge.csv');
  const out = createWriteStream(path);
  out.write('Name,Degree,Notes\nAnn,1,');
  const chunk = Buffer.alloc(1 << 20, 'x');
  for (let i = 0; i < 530; i++) if (!out.write(chunk)) await once(out, 'drain');
  out.end('\n');
  await once(out, 'close');
  const r = spawnSync(process.execPath, [CLI, path, ...AS_OF, '--format', 'csv'], {
    env: { ...process.env, TMPDIR: tmp },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  check(
    `a cell of ${(statSync(path).size / 2 ** 20).toFixed(0)} MiB`,
    r.status === 1 && oneLine(r.stderr),
    `exit ${r.status}; ${r.stderr.trim().slice(0, 200)}`,
  );
}

const held = results.filter((r) => r.ok).length;
console.log(`\n${held} / ${results.length} held`);
rmSync(base, { recursive: true, force: true });
process.exitCode = held === results.length ? 0 : 1;
