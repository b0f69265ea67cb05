// Deploying with clasp: `npm run setup` creates a Sheets-bound Apps Script project (a new
// spreadsheet) whose files live in dist/; `npm run push` builds and sends dist/ to it.
// Both stop with one clear message when a step before them is missing.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const claspBin = join(root, 'node_modules', '.bin', 'clasp');
const projectFile = join(root, '.clasp.json');
export const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

function clasp(args, capture = false) {
  const r = spawnSync(claspBin, args, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', encoding: 'utf8' });
  if (r.error) fail(`cannot run clasp (${r.error.message}): run npm install first`);
  return r;
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function project() {
  return JSON.parse(readFileSync(projectFile, 'utf8'));
}

function requireLogin() {
  const r = clasp(['show-authorized-user', '--json'], true);
  let loggedIn = false;
  try {
    loggedIn = JSON.parse(r.stdout).loggedIn === true;
  } catch {
    loggedIn = false;
  }
  if (!loggedIn)
    fail('clasp is not logged in: run `npx clasp login` (and enable the Apps Script API at https://script.google.com/home/usersettings), then try again.');
}

const command = process.argv[2];
if (command === 'setup') {
  if (project().scriptId !== PLACEHOLDER)
    fail(`.clasp.json already points at script ${project().scriptId}: run \`npm run push\`, or put "${PLACEHOLDER}" back to create a new one.`);
  requireLogin();
  const keep = project();
  const r = clasp(['create-script', '--type', 'sheets', '--title', 'Prospect Channel Planner', '--rootDir', 'dist']);
  if (r.status !== 0) fail('clasp create-script failed: see its message above.');
  // clasp writes its own .clasp.json; keep our push order and extension beside its new script id.
  const created = project();
  writeFileSync(projectFile, `${JSON.stringify({ ...keep, scriptId: created.scriptId, parentId: created.parentId, rootDir: 'dist' }, null, 2)}\n`);
  process.stdout.write('Created a spreadsheet with a bound Apps Script project. Now run `npm run push`.\n');
} else if (command === 'push') {
  if (project().scriptId === PLACEHOLDER)
    fail('.clasp.json still holds the placeholder script id: run `npm run setup` first (or put your own script id in .clasp.json).');
  requireLogin();
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed: see above.');
  const r = clasp(['push', '--force']);
  if (r.status !== 0) fail('clasp push failed: see its message above.');
  process.stdout.write('Pushed. Reload the spreadsheet: Extensions > Prospect Channel Planner.\n');
} else {
  fail('usage: node scripts/deploy.mjs setup|push');
}
