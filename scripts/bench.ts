/**
 * `npm run bench [-- --json FILE] [--rows N]`: what each surface costs against its limit.
 * A script, not a test: these machines are shared and noisy, so every figure is a median or a
 * ratio of runs made side by side. Inputs are generated here, seeded, and never committed.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Problem, decideRow, mapColumns, outputText, parseSettings, planList, readProspect } from '../src/core/index.js';
import { type Value, callCounts, loadDist, sheetsValue } from '../src/preview/apps-script.js';
import { csvCell } from '../src/cli/passes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { json: { type: 'string' }, rows: { type: 'string' }, only: { type: 'string' } } });
/** `--only core,apps-script,bundles,cli`: a part of the bench, when looking into one figure. */
const parts = new Set((args.only ?? 'core,apps-script,bundles,cli').split(','));
const CLI_ROWS = Number(args.rows ?? 1_000_000);
const CORE_ROWS = 100_000;
const RUNS = 5;

// ------------------------------------------------------------------ seeded, varied prospect rows

/** mulberry32: a small seeded generator, so every run measures the same rows. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = [
  'Full Name',
  'Job Title',
  'Company',
  'Email',
  'Seniority Level',
  'Connection Degree',
  'Is Open Profile',
  'Target Account',
  'Similar Prospects',
  'Trigger Event',
  'Respond By',
  'High Stakes',
  'Deal Size',
  'Warm Lead',
  'Shared Connections',
  'Recently Active',
  'Can Connect',
  'InMail Allowed',
  'Invite Status',
  'Request Sent',
];
const TITLES = [
  'Chief Executive Officer',
  'VP Sales',
  'Director of IT',
  'Sales Manager',
  'Senior Engineer',
  'Account Executive',
  'Head of Talent',
  'Junior Analyst',
  'CFO',
  'Operations Manager',
];
const FIRST = ['Ann', 'Bob', 'Chen', 'Dana', 'Eli', 'Fatima', 'Greg', 'Hana', 'Ivan', 'Jo'];
const LAST = ['Smith', 'Okafor', 'Rossi', 'Tanaka', 'Berg', 'Costa', 'Novak', 'Patel', 'Kim', 'Lopez'];
const DEGREES = ['1st', '2nd', '2nd', '3rd', '3rd+', 'Out of network'];
const TRIGGERS = ['', '', '', '', '', '', 'funding', 'job change', 'news'];
const AMOUNTS = ['', '$25,000', '50k', '$120,000', '1.2M', '8000', '75K'];
const STATUSES = ['', '', '', '', '', 'pending', 'accepted', 'declined'];
const iso = (day: number) => new Date(Date.UTC(2026, 10, 23) + day * 86_400_000).toISOString().slice(0, 10);

/** One prospect row as a CRM export writes it; about 1 in 200 has a bad cell. */
function prospectRow(rnd: () => number, i: number): string[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const yes = (p: number) => (rnd() < p ? 'Yes' : rnd() < 0.5 ? 'No' : '');
  const status = pick(STATUSES);
  return [
    `${pick(FIRST)} ${pick(LAST)}`,
    pick(TITLES),
    `Company ${i % 997}`,
    `p${i}@example.com`,
    '',
    rnd() < 0.005 ? 'fourth' : pick(DEGREES),
    yes(0.1),
    yes(0.1),
    String(Math.floor(rnd() * 400)),
    pick(TRIGGERS),
    rnd() < 0.05 ? iso(Math.floor(rnd() * 30)) : '',
    yes(0.15),
    pick(AMOUNTS),
    yes(0.2),
    String(Math.floor(rnd() * 15)),
    yes(0.5),
    rnd() < 0.05 ? 'No' : '',
    rnd() < 0.03 ? 'No' : '',
    status,
    status ? iso(-Math.floor(rnd() * 30)) : '',
  ];
}

function rows(n: number, seed: number): string[][] {
  const rnd = random(seed);
  return Array.from({ length: n }, (_, i) => prospectRow(rnd, i));
}

async function writeCsv(path: string, n: number, seed: number): Promise<number> {
  const rnd = random(seed);
  const out = createWriteStream(path);
  let chunk = `${HEADER.join(',')}\n`;
  for (let i = 0; i < n; i++) {
    chunk += `${prospectRow(rnd, i)
      .map((c) => csvCell(c, ','))
      .join(',')}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'close');
  return statSync(path).size;
}

// ------------------------------------------------------------------ measuring

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

interface Row {
  what: string;
  measured: string;
  target: string;
  ok: boolean | null;
}
const table: Row[] = [];
const figures: Record<string, unknown> = {};
const record = (what: string, measured: string, target: string, ok: boolean | null) => {
  table.push({ what, measured, target, ok });
  process.stderr.write(`  ${what}: ${measured}\n`);
};

function core(): void {
  const settings = parseSettings([['As Of', '2026-11-23']], 0);
  const map = mapColumns(HEADER);
  if (settings instanceof Problem || map instanceof Problem) throw new Error('bench setup');
  const cells = rows(CORE_ROWS, 1);
  const prospects = cells.map((r) => readProspect(r, map));
  const perSecond = (ms: number) => CORE_ROWS / (ms / 1000);
  // One warm-up of each, as a long list warms the JIT within its first rows.
  const decide = () => cells.forEach((r) => decideRow(readProspect(r, map), settings));
  const withReasons = () => cells.forEach((r) => outputText(decideRow(readProspect(r, map), settings)));
  const plan = () =>
    planList(
      cells.map((r) => readProspect(r, map)),
      settings,
    ).outcomes.forEach((o) => outputText(o));
  const runs = (f: () => void) => {
    f();
    return Array.from({ length: RUNS }, () => perSecond(time(f)));
  };
  const fromCells = median(runs(decide));
  const fields = median(runs(() => prospects.forEach((p) => decideRow(p, settings))));
  const reasons = median(runs(withReasons));
  const planned = median(runs(plan));
  figures.core = {
    rows: CORE_ROWS,
    runs: RUNS,
    decidedPerSecondFromCells: fromCells,
    decidedPerSecondFromFields: fields,
    withReasonsPerSecond: reasons,
    plannedWithReasonsPerSecond: planned,
  };
  const m = (x: number) => `${(x / 1e6).toFixed(2)}M rows/s`;
  record('core: rows decided per second, from cells (read + decide)', m(fromCells), '>= 1,000,000', fromCells >= 1e6);
  record('core: rows decided per second, from fields', m(fields), '', null);
  record('core: ... with the Reason text', m(reasons), '', null);
  record('core: ... the whole list planned, with reasons', m(planned), '', null);
}

interface Run {
  ms: number;
  maxRssKb: number;
}

/** Runs a script in a fresh Node process and reads its peak RSS from the line it prints on exit. */
function child(script: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, [script, ...argv], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  const rss = /BENCH_MAX_RSS_KB (\d+)/.exec(r.stderr);
  return { ms, maxRssKb: rss ? Number(rss[1]) : NaN };
}

async function cli(dir: string): Promise<void> {
  const rssLine = `process.on('exit', () => process.stderr.write('BENCH_MAX_RSS_KB ' + process.resourceUsage().maxRSS + '\\n'));`;
  const ours = join(dir, 'ours.mjs');
  writeFileSync(
    ours,
    `${rssLine}\nprocess.argv.splice(1, 1, ${JSON.stringify(join(root, 'build/cli.js'))});\nawait import(${JSON.stringify(pathToFileURL(join(root, 'build/cli.js')).href)});\n`,
  );
  const bare = join(dir, 'bare.mjs');
  const lib = (p: string) => JSON.stringify(pathToFileURL(join(root, 'node_modules', p)).href);
  writeFileSync(
    bare,
    `${rssLine}
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
const { parse } = await import(${lib('csv-parse/lib/index.js')});
const { stringify } = await import(${lib('csv-stringify/lib/index.js')});
await pipeline(createReadStream(process.argv[2]), parse({ bom: true, relax_column_count: true, skip_empty_lines: true }), stringify(), createWriteStream(process.argv[3]));
`,
  );
  const sizes: Record<number, number> = {};
  const rss: Record<number, number> = {};
  for (const n of [100_000, CLI_ROWS]) {
    const file = join(dir, `prospects-${n}.csv`);
    sizes[n] = await writeCsv(file, n, 2);
    process.stderr.write(`  generated ${n.toLocaleString('en-US')} rows (${(sizes[n] / 1e6).toFixed(0)} MB)\n`);
    rss[n] = child(ours, [file, '--as-of', '2026-11-23', '-o', join(dir, 'out.csv'), '-q']).maxRssKb;
  }
  const file = join(dir, `prospects-${CLI_ROWS}.csv`);
  const oursMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    bareMs.push(child(bare, [file, join(dir, 'bare.csv')]).ms);
    oursMs.push(child(ours, [file, '--as-of', '2026-11-23', '-o', join(dir, 'out.csv'), '-q']).ms);
  }
  const single = child(ours, [file, '--as-of', '2026-11-23', '-o', join(dir, 'out.csv'), '-q'], { ...process.env, PROSPECT_CHANNELS_PARALLEL_FROM: '1e12' }).ms;
  const ratio = median(oursMs) / median(bareMs);
  figures.cli = { rows: CLI_ROWS, bytes: sizes[CLI_ROWS], oursMs, bareMs, ratio, oneThreadMs: single, maxRssKb: rss };
  record(
    `CLI on ${CLI_ROWS.toLocaleString('en-US')} rows, time against bare csv-parse -> csv-stringify`,
    `${ratio.toFixed(2)} x (${(median(oursMs) / 1000).toFixed(1)} s vs ${(median(bareMs) / 1000).toFixed(1)} s; one thread ${(single / 1000).toFixed(1)} s)`,
    '<= 1.5 x',
    ratio <= 1.5,
  );
  record(
    `CLI peak memory (RSS) at 100,000 and at ${CLI_ROWS.toLocaleString('en-US')} rows`,
    `${((rss[100_000] as number) / 1024).toFixed(0)} MB, ${((rss[CLI_ROWS] as number) / 1024).toFixed(0)} MB`,
    'flat',
    (rss[CLI_ROWS] as number) < 2 * (rss[100_000] as number),
  );
}

function appsScript(): void {
  const typed = rows(100_000, 3).map((r) => r.map((c) => sheetsValue(c, true)));
  const settings: Value[][] = [['As Of', '2026-11-23']];
  const { global } = loadDist();
  const plan = global.CHANNEL_PLAN as (...a: unknown[]) => unknown;
  const channel = global.CHANNEL as (...a: unknown[]) => unknown;
  const first = time(() => plan(typed, [HEADER], settings));
  const planMs = median(Array.from({ length: RUNS }, () => time(() => plan(typed, [HEADER], settings))));
  const channelMs = median(Array.from({ length: RUNS }, () => time(() => channel(typed, [HEADER], settings))));
  figures.appsScript = { rows: 100_000, columns: HEADER.length, channelPlanFirstMs: first, channelPlanMedianMs: planMs, channelMedianMs: channelMs };
  record(
    'CHANNEL_PLAN over 100,000 rows x 20 columns, from dist/ as Apps Script loads it',
    `${(planMs / 1000).toFixed(2)} s (first call ${(first / 1000).toFixed(2)} s)`,
    '< 1 s here',
    first < 1000 && planMs < 1000,
  );
  record('CHANNEL over the same range', `${(channelMs / 1000).toFixed(2)} s`, '', null);

  const counts: Record<string, Record<number, number>> = { classify: {}, write: {} };
  for (const n of [100, 10_000, 100_000]) {
    for (const what of ['classify', 'write'] as const) {
      const h = loadDist({ now: new Date(2026, 10, 23, 9) });
      h.ss.addSheet('Channel Settings', [
        ['Setting', 'Value'],
        ['As Of', '2026-11-23'],
      ]);
      h.ss.addSheet('Prospects', [HEADER, ...typed.slice(0, n)]);
      h.log.length = 0;
      if (what === 'classify') h.global.classifySheet?.();
      else h.global.writePlan?.({ settings: [['As Of', '2026-11-23']] });
      (counts[what] as Record<number, number>)[n] = Object.values(callCounts(h.log)).reduce((a, b) => a + b, 0);
    }
  }
  figures.spreadsheetCalls = counts;
  for (const what of ['classify', 'write'] as const) {
    const c = counts[what] as Record<number, number>;
    const same = c[100] === c[10_000] && c[10_000] === c[100_000];
    record(
      `${what === 'classify' ? 'Classify this sheet' : 'Sidebar Write'}: spreadsheet calls at 100 / 10,000 / 100,000 rows`,
      `${c[100]} / ${c[10_000]} / ${c[100_000]}`,
      'the same small constant',
      same && (c[100] as number) <= 25,
    );
  }
}

function bundles(): void {
  const server = statSync(join(root, 'dist/Code.js')).size;
  const sidebar = statSync(join(root, 'dist/Sidebar.html')).size;
  figures.bundles = { serverBytes: server, sidebarBytes: sidebar };
  // The server bundle is readable on purpose (names kept, not minified: SPEC 7b); Apps Script
  // parses it on every custom-function call, which costs a few ms at this size.
  record('server bundle dist/Code.js (readable)', `${(server / 1024).toFixed(1)} KB`, '<= 160 KB', server <= 160 * 1024);
  record('sidebar dist/Sidebar.html (minified)', `${(sidebar / 1024).toFixed(1)} KB`, '<= 80 KB', sidebar <= 80 * 1024);
}

const dir = mkdtempSync(join(tmpdir(), 'pcp-bench-'));
try {
  const cpu = cpus();
  figures.machine = {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  };
  process.stderr.write(`Benchmark on ${cpu.length} x ${cpu[0]?.model}, Node ${process.version}\n`);
  if (parts.has('core')) core();
  if (parts.has('apps-script')) appsScript();
  if (parts.has('bundles')) bundles();
  if (parts.has('cli')) await cli(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const width = Math.max(...table.map((r) => r.what.length));
const mWidth = Math.max(...table.map((r) => r.measured.length));
const lines = [`| ${'what'.padEnd(width)} | ${'measured'.padEnd(mWidth)} | target | met |`, `|${'-'.repeat(width + 2)}|${'-'.repeat(mWidth + 2)}|---|---|`];
for (const r of table) lines.push(`| ${r.what.padEnd(width)} | ${r.measured.padEnd(mWidth)} | ${r.target} | ${r.ok === null ? '' : r.ok ? 'yes' : 'NO'} |`);
process.stdout.write(
  `\nMachine: ${(figures.machine as { cores: number; cpu: string }).cores} x ${(figures.machine as { cpu: string }).cpu}, ${process.version}\n${lines.join('\n')}\n`,
);
if (args.json) writeFileSync(args.json, `${JSON.stringify({ table, figures }, null, 2)}\n`);
