/**
 * The local preview (SPEC section 7): the built sidebar beside a grid of a prospect list, on
 * 127.0.0.1 only. The sidebar's `google.script.run` calls are answered by the real server bundle
 * (dist/Code.js) over an in-memory spreadsheet, so what you try here is what Apps Script runs.
 */
import { readFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { type Loaded, type Value, callCounts, loadDist, sheetsValue } from './apps-script.js';
import { openInput, readRecords } from '../cli/passes.js';
import { type Cell, cellText } from '../core/index.js';
import { rowInZone } from '../sheets/cells.js';
import { SETTINGS_SHEET } from '../sheets/names.js';
import { SIDEBAR_CALLS } from '../sidebar/server.js';

const SAMPLE_AS_OF = '2026-11-23';

export interface PreviewOptions {
  readonly port: number;
  readonly csv?: string;
  readonly dist: string;
  /** The sample list's file, shown when no file is given. */
  readonly sample: string;
  /** The spreadsheet's clock (a test's fixed day); the machine's when not given. */
  readonly now?: Date;
}

export interface LastRun {
  readonly name: string;
  readonly ms: number;
  readonly calls: Record<string, number>;
}

export interface Preview {
  readonly url: string;
  readonly loaded: Loaded;
  readonly lastRun: () => LastRun | undefined;
  close(): Promise<void>;
}

/**
 * A list as the sheet holds it: its records read as the command line reads them (encoding,
 * delimiter, a `sep=` line), each row as wide as the widest, header cells as text and the rest
 * typed as Sheets types them. An empty line stays an empty row, in its place.
 */
async function readList(path: string): Promise<Value[][]> {
  const { records: rows } = await readRecords(await openInput(path));
  if (rows.length === 0) throw new Error(`${path}: the file is empty`);
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r, i) => Array.from({ length: width }, (_, j) => (i === 0 ? (r[j] ?? '') : sheetsValue(r[j] ?? ''))));
}

/** The shim that gives the sidebar `google.script.run`, answered over HTTP by this server. */
const RUN_SHIM = `<script>
(function () {
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, fail); };
        if (name === 'withFailureHandler') return function (f) { return runner(ok, f); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/run/' + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
            .then(function (r) { return r.json(); })
            .then(function (r) {
              if (window.parent !== window) window.parent.postMessage({ type: 'ran', name: String(name) }, location.origin);
              if ('error' in r) { if (fail) fail(new Error(r.error)); } else if (ok) ok(r.ok);
            }, function (e) { if (fail) fail(e); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();
</script>`;

/** The page around the sidebar. Nothing in it comes from the list: its name arrives from /sheet as JSON. */
function page(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Prospect Channel Planner: local preview</title>
<style>
body { margin: 0; font: 13px Arial, sans-serif; display: grid; grid-template-columns: 1fr 300px; height: 100vh; }
#grid { overflow: auto; border-right: 1px solid #dadce0; }
header { padding: 8px 12px; background: #f8f9fa; border-bottom: 1px solid #dadce0; position: sticky; top: 0; left: 0; }
h1 { font-size: 14px; margin: 0; display: inline; } #note { color: #5f6368; margin-left: 8px; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #e0e0e0; padding: 2px 6px; white-space: nowrap; max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
thead th { background: #f1f3f4; position: sticky; top: 33px; }
th.row { background: #f1f3f4; color: #5f6368; font-weight: normal; }
iframe { width: 300px; height: 100vh; border: 0; }
</style></head>
<body>
<section id="grid" aria-label="Sheet"><header><h1></h1><span id="note"></span></header><table id="sheet"></table></section>
<iframe title="Prospect Channel Planner sidebar" src="/sidebar"></iframe>
<script>
function colName(i) { var s = ''; i++; while (i > 0) { var m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function cell(tag, text, cls) { var c = document.createElement(tag); c.textContent = text; if (cls) c.className = cls; return c; }
function load() {
  fetch('/sheet').then(function (r) { return r.json(); }).then(function (s) {
    var table = document.getElementById('sheet');
    var head = document.createElement('thead'); var hr = document.createElement('tr'); hr.appendChild(cell('th', ''));
    for (var j = 0; j < s.width; j++) hr.appendChild(cell('th', colName(j)));
    head.appendChild(hr);
    var body = document.createElement('tbody');
    s.rows.forEach(function (row, i) {
      var tr = document.createElement('tr'); tr.appendChild(cell('th', String(i + 1), 'row'));
      for (var j = 0; j < s.width; j++) tr.appendChild(cell('td', row[j] === undefined ? '' : row[j]));
      body.appendChild(tr);
    });
    table.replaceChildren(head, body);
    document.querySelector('h1').textContent = 'Sheet: ' + s.name;
    document.getElementById('note').textContent = s.total > s.rows.length ? 'showing ' + s.rows.length + ' of ' + s.total + ' rows' : s.total + ' rows';
  });
}
window.addEventListener('message', function (e) { if (e.origin === location.origin && e.data && e.data.type === 'ran') load(); });
load();
</script>
</body></html>`;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/** The Host header of a request to this server: 127.0.0.1 or localhost, on its port. */
export function allowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A POST must come from a page of this server (the sidebar's fetch sends its Origin). */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  return origin !== undefined && host !== undefined && origin === `http://${host}`;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const rows = await readList(options.csv ?? options.sample);
  const loaded = loadDist({ dist: options.dist, now: options.now });
  if (!options.csv) {
    // The sample's dates are written against 2026-11-23; the settings say so, and can be changed.
    loaded.ss.addSheet(SETTINGS_SHEET, [
      ['Setting', 'Value', 'Default and where it comes from'],
      ['As Of', sheetsValue(SAMPLE_AS_OF), 'the date the sample list is written against'],
    ]);
  }
  const title = options.csv ? basename(options.csv) : 'Sample prospects';
  loaded.ss.addSheet(title, rows);
  const sidebar = readFileSync(join(options.dist, 'Sidebar.html'), 'utf8').replace('<head>', () => `<head>${RUN_SHIM}`);
  let lastRun: LastRun | undefined;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      // Only this machine, by name: a page elsewhere that rebinds its own name to 127.0.0.1 sends
      // its own Host and is refused, and a POST from another origin never runs a server function.
      if (!allowedHost(req.headers.host, port())) return send(res, 421, 'text/plain', 'unknown host: open the preview at its 127.0.0.1 address');
      if (req.method !== 'GET' && !sameOrigin(req.headers.origin, req.headers.host)) return send(res, 403, 'text/plain', 'cross-origin requests are refused');
      if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html', page());
      if (req.method === 'GET' && url.pathname === '/sidebar') return send(res, 200, 'text/html', sidebar);
      if (req.method === 'GET' && url.pathname === '/sheet') {
        const sheet = loaded.ss.getActiveSheet();
        const limit = Number(url.searchParams.get('limit') ?? 200);
        // Dates as the spreadsheet shows them: in its zone, whatever this machine's.
        const inZone = rowInZone(loaded.ss.getSpreadsheetTimeZone());
        const cells = sheet.cells.map((r) => inZone(r as Cell[]).map((v) => cellText(v)));
        return send(
          res,
          200,
          'application/json',
          JSON.stringify({ name: sheet.getName(), total: cells.length, width: Math.max(0, ...cells.map((r) => r.length)), rows: cells.slice(0, limit) }),
        );
      }
      if (req.method === 'GET' && url.pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
      if (req.method === 'GET' && url.pathname === '/stats') return send(res, 200, 'application/json', JSON.stringify(lastRun ?? null));
      const run = /^\/run\/([A-Za-z]+)$/.exec(url.pathname);
      if (req.method === 'POST' && run) {
        const name = run[1] as string;
        if (!(SIDEBAR_CALLS as readonly string[]).includes(name))
          return send(res, 404, 'application/json', JSON.stringify({ error: `no such server function: ${name}` }));
        const args = JSON.parse((await bodyOf(req)) || '[]') as unknown[];
        const from = loaded.log.length;
        const started = performance.now();
        try {
          const result = loaded.global[name]?.(...args);
          lastRun = { name, ms: performance.now() - started, calls: callCounts(loaded.log.slice(from)) };
          return send(res, 200, 'application/json', JSON.stringify({ ok: result }));
        } catch (e) {
          lastRun = { name, ms: performance.now() - started, calls: callCounts(loaded.log.slice(from)) };
          return send(res, 200, 'application/json', JSON.stringify({ error: (e as Error).message ?? String(e) }));
        }
      }
      return send(res, 404, 'text/plain', 'not found');
    })().catch((e: Error) => send(res, 500, 'text/plain', e.message));
  });
  const port = () => (server.address() as AddressInfo).port;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port()}/`,
    loaded,
    lastRun: () => lastRun,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
