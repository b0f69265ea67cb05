// Getting the add-on into a spreadsheet with clasp 3 (SPEC 7b):
//   npm run setup [-- --sheet <spreadsheet id or URL>]   a new Apps Script project, bound to a new
//                                                        spreadsheet or to the one given; writes .clasp.json
//   npm run push [-- --force]                            builds and pushes dist/ to that project
// A push replaces every file of the project, so push first pulls the project into a temp folder
// and refuses when it holds files that are not the add-on's (unless --force).
// clasp 3 exits 0 on some of its own errors ("Project file already exists.", an unknown option),
// so every step is checked by what it did, not by clasp's exit code alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Exit codes, one per state a user can be in. */
export const EXIT = { ok: 0, failed: 1, usage: 2, noClasp: 3, notLoggedIn: 4, project: 5, ownFiles: 6 };

export const TITLE = 'Prospect Channel Planner';

/** What .clasp.json holds besides the script id: push dist/, the server bundle first. */
export const CLASP_SETTINGS = {
  rootDir: 'dist',
  scriptExtensions: ['.js', '.gs'],
  htmlExtensions: ['.html'],
  jsonExtensions: ['.json'],
  filePushOrder: ['dist/Code.js'],
};

const USAGE = `Usage: npm run setup [-- --sheet <spreadsheet id or URL>]
       npm run push [-- --force]

setup   makes an Apps Script project for the add-on with clasp, bound to a new spreadsheet, or
        to an existing one with --sheet, and writes .clasp.json.
push    builds and pushes dist/ into that project. It refuses when the project holds files of
        its own (a push replaces them all) unless --force.
`;

class Stop extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * The spreadsheet id in an id or a URL such as https://docs.google.com/spreadsheets/d/<id>/edit,
 * or /spreadsheets/u/1/d/<id>/edit as a browser signed in to two Google accounts shows it.
 */
export function spreadsheetId(text) {
  const t = String(text).trim();
  const id = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(t)?.[1] ?? t;
  return /^[A-Za-z0-9_-]{25,}$/.test(id) ? id : undefined;
}

/**
 * The files of a pulled project that are not the add-on's: anything but the manifest, the
 * add-on's own Code and Sidebar (from an earlier push), and the empty `myFunction` Code file a
 * new project starts with.
 */
export function ownFiles(dir) {
  // A file named with folders (`lib/util`) is pulled into a folder of its own: named by its path.
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath ?? e.path, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .filter((f) => f !== '.clasp.json' && f !== '.claspignore')
    .filter((f) => {
      if (f === 'appsscript.json') return false;
      const text = readFileSync(join(dir, f), 'utf8');
      if (/^Code\.(js|gs)$/.test(f) && (text.startsWith(`// ${TITLE} `) || /^\s*function myFunction\(\)\s*\{\s*\}\s*$/.test(text))) return false;
      if (f === 'Sidebar.html' && text.includes(`<title>${TITLE}</title>`)) return false;
      return true;
    })
    .sort();
}

function environment() {
  const projectDir = process.env.PCP_PROJECT_DIR ?? repo;
  return { projectDir, ...claspCommand(), projectFile: join(projectDir, '.clasp.json') };
}

/**
 * How clasp is run: the installed package's own script under this Node (a `.bin` shim is a shell
 * script, and on Windows a `.cmd` file, which Node will not start without a shell), or the
 * program PCP_CLASP names (the tests' stand-ins).
 */
function claspCommand() {
  if (process.env.PCP_CLASP !== undefined) return { claspBin: process.env.PCP_CLASP, claspArgs: [] };
  const pkg = join(repo, 'node_modules', '@google', 'clasp');
  let bin;
  try {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.clasp;
  } catch {
    bin = undefined;
  }
  // Not installed: a path that does not exist, which `clasp()` says to install.
  return bin === undefined ? { claspBin: join(pkg, 'missing'), claspArgs: [] } : { claspBin: process.execPath, claspArgs: [join(pkg, bin)] };
}

/** How long one clasp call may take: a network that takes the connection and never answers (a proxy, a captive portal) would otherwise hang the run without a word. */
const CLASP_TIMEOUT_MS = Number(process.env.PCP_CLASP_TIMEOUT_MS ?? 120_000);

function clasp(env, args, cwd) {
  if (!existsSync(env.claspBin) || !env.claspArgs.every(existsSync))
    throw new Stop(EXIT.noClasp, 'clasp is not installed here: run `npm install` (it installs @google/clasp 3), then try again.');
  const r = spawnSync(env.claspBin, [...env.claspArgs, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: CLASP_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (r.error?.code === 'ETIMEDOUT')
    throw new Stop(
      EXIT.failed,
      `clasp ${args[0]} had no answer from Google in ${Math.round(CLASP_TIMEOUT_MS / 1000)} s: check the network (a proxy in HTTPS_PROXY?), then try again.`,
    );
  if (r.error) throw new Stop(EXIT.noClasp, `cannot run clasp (${r.error.message}): run \`npm install\`, then try again.`);
  return {
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    said: `${r.stderr ?? ''}\n${r.stdout ?? ''}`.trim().split('\n').filter(Boolean).at(-1) ?? '',
  };
}

function requireLogin(env, cwd) {
  const r = clasp(env, ['show-authorized-user', '--json'], cwd);
  let answer;
  try {
    answer = JSON.parse(r.stdout);
  } catch {
    answer = undefined;
  }
  // No JSON answer is no "not logged in": clasp's own words say what is wrong (a clasp 2, an unreadable ~/.clasprc.json).
  if (answer === undefined || answer === null || typeof answer !== 'object')
    throw new Stop(
      EXIT.notLoggedIn,
      `clasp could not say who is logged in (${r.said || 'no message'}): this needs clasp 3 (\`npm install\` here); if ~/.clasprc.json is damaged, delete it and run \`npx clasp login\` in this folder.`,
    );
  if (answer.loggedIn !== true)
    throw new Stop(
      EXIT.notLoggedIn,
      'clasp is not logged in: run `npx clasp login` in this folder (`npx clasp login --no-localhost` on a machine with no browser), turn on the Apps Script API at https://script.google.com/home/usersettings, then try again.',
    );
}

function readProject(env) {
  if (!existsSync(env.projectFile))
    throw new Stop(
      EXIT.project,
      'No .clasp.json here, so there is no Apps Script project to push to: run `npm run setup` (a new spreadsheet) or `npm run setup -- --sheet <spreadsheet id>` first.',
    );
  let project;
  try {
    project = JSON.parse(readFileSync(env.projectFile, 'utf8'));
  } catch (e) {
    throw new Stop(EXIT.project, `.clasp.json is not valid JSON (${e.message}): fix it, or delete it and run \`npm run setup\`.`);
  }
  if (typeof project?.scriptId !== 'string' || project.scriptId.trim() === '')
    throw new Stop(EXIT.project, '.clasp.json has no scriptId: delete it and run `npm run setup`, or put your script id in it.');
  // A script id is letters, digits, - and _: an editor's URL pasted in its place is said so, not sent to Google.
  if (!/^[A-Za-z0-9_-]+$/.test(project.scriptId))
    throw new Stop(
      EXIT.project,
      `.clasp.json's scriptId '${project.scriptId}' is not a script id: copy the id from the Apps Script editor's Project Settings > IDs (in its URL, the part after /projects/ or /d/).`,
    );
  // clasp pushes from srcDir when it is set, else rootDir: both must be dist/ ("./dist" is dist/ too).
  for (const key of ['rootDir', 'srcDir']) {
    const dir = project[key];
    if (dir === undefined && key === 'srcDir') continue;
    if (typeof dir !== 'string' || dir.replace(/^\.\//, '').replace(/\/+$/, '') !== CLASP_SETTINGS.rootDir)
      throw new Stop(EXIT.project, `.clasp.json's ${key} is '${dir ?? '.'}': the add-on is pushed from dist/, so set "${key}": "dist".`);
  }
  return project;
}

function temp() {
  return mkdtempSync(join(tmpdir(), 'pcp-clasp-'));
}

/**
 * npm takes `npm run setup --sheet=ID` (no `--` before it) as its own setting: the script would
 * run with no --sheet and bind a new spreadsheet. Refused, with the form that works. (Push's
 * --force is npm's own setting too, which a user's .npmrc may hold: taken so, push refuses the
 * project's own files as without it, and says to give -- --force.)
 */
function npmTookFlag(command, flag) {
  const taken = process.env[`npm_config_${flag}`];
  if (taken === undefined || process.env.npm_lifecycle_event !== command) return;
  throw new Stop(
    EXIT.usage,
    `npm took --${flag} for itself: write \`npm run ${command} -- --${flag}${taken === 'true' || taken === '' ? '' : ` ${taken}`}\` (with -- before it).`,
  );
}

function setup(env, args) {
  npmTookFlag('setup', 'sheet');
  const { values } = parseArgs({ args, options: { sheet: { type: 'string' } }, strict: true });
  const sheet = values.sheet === undefined ? undefined : spreadsheetId(values.sheet);
  if (values.sheet !== undefined && !sheet)
    throw new Stop(EXIT.usage, `--sheet: expected a spreadsheet id or its URL (https://docs.google.com/spreadsheets/d/<id>/edit), got '${values.sheet}'`);
  if (existsSync(env.projectFile)) {
    // A .clasp.json push cannot use (not JSON, no script id) is said as push says it: fix it or delete it.
    const { scriptId } = readProject(env);
    throw new Stop(
      EXIT.project,
      `.clasp.json already points at script ${scriptId}: run \`npm run push\`. To make another project, delete .clasp.json first (the old project stays in your Google Drive).`,
    );
  }
  // clasp writes the new project's starter files where it runs: a temp folder, never dist/.
  const dir = temp();
  try {
    requireLogin(env, dir);
    const where = sheet ? ['--parentId', sheet] : ['--type', 'sheets'];
    const r = clasp(env, ['create-script', '--title', TITLE, '--rootDir', '.', ...where, '--json'], dir);
    const created = existsSync(join(dir, '.clasp.json')) ? JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8')) : undefined;
    if (r.status !== 0 || !created?.scriptId)
      throw new Stop(
        EXIT.failed,
        `clasp create-script did not finish (${r.said || 'no message'}): it may have made a spreadsheet or project in your Google Drive before it stopped; look there before running setup again.`,
      );
    let parentId = sheet;
    try {
      parentId = JSON.parse(r.stdout).parentId ?? sheet;
    } catch {
      parentId = created.parentId ?? sheet;
    }
    const project = { scriptId: created.scriptId, ...(parentId ? { parentId } : {}), ...CLASP_SETTINGS };
    writeFileSync(env.projectFile, `${JSON.stringify(project, null, 2)}\n`);
    const container = parentId ? `https://docs.google.com/spreadsheets/d/${parentId}/edit` : 'the spreadsheet';
    return `Created the Apps Script project ${created.scriptId}, bound to ${sheet ? 'your spreadsheet' : 'a new spreadsheet'}: ${container}\nWrote .clasp.json. Next: npm run push, then reload the spreadsheet.`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function push(env, args) {
  const { values } = parseArgs({ args, options: { force: { type: 'boolean' } }, strict: true });
  const project = readProject(env);
  requireLogin(env, env.projectDir);
  const build = spawnSync(process.execPath, [join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) throw new Stop(EXIT.failed, 'The build failed (see above): nothing was pushed.');
  // What the project holds now, pulled into a temp folder.
  const dir = temp();
  try {
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: project.scriptId, rootDir: '.' }));
    const pulled = clasp(env, ['pull', '--json'], dir);
    let listed;
    try {
      listed = JSON.parse(pulled.stdout).pulledFiles;
    } catch {
      listed = undefined;
    }
    if (pulled.status !== 0 || !Array.isArray(listed))
      throw new Stop(EXIT.failed, `Could not read the files of script ${project.scriptId} (clasp pull: ${pulled.said || 'no message'}): nothing was pushed.`);
    const own = ownFiles(dir);
    if (own.length > 0 && !values.force)
      throw new Stop(
        EXIT.ownFiles,
        `Script ${project.scriptId} holds files of its own: ${own.join(', ')}. A push replaces every file of the project, so they would be lost. ` +
          'To keep them, give the add-on its own project: delete .clasp.json and run `npm run setup -- --sheet <spreadsheet id>`. To replace them, run `npm run push -- --force`.',
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // --force tells clasp not to ask before replacing the manifest: the check above is the guard.
  const r = clasp(env, ['push', '--force', '--json'], env.projectDir);
  let files;
  try {
    files = JSON.parse(r.stdout);
  } catch {
    files = undefined;
  }
  if (r.status !== 0 || !Array.isArray(files)) throw new Stop(EXIT.failed, `clasp push failed: ${r.said || 'no message'}`);
  return `Pushed dist/ to script ${project.scriptId}${files.length ? ` (${files.join(', ')})` : ' (already up to date)'}. Reload the spreadsheet: Extensions > ${TITLE}.`;
}

export function main(argv) {
  const [command, ...args] = argv;
  const env = environment();
  try {
    // `npm run setup -- --help` asks for the help, as `deploy.mjs --help` does.
    if (args.includes('--help') || args.includes('-h')) return (void process.stdout.write(USAGE), EXIT.ok);
    if (command === 'setup') process.stdout.write(`${setup(env, args)}\n`);
    else if (command === 'push') process.stdout.write(`${push(env, args)}\n`);
    else if (command === '--help' || command === '-h') process.stdout.write(USAGE);
    else throw new Stop(EXIT.usage, USAGE.trimEnd());
    return EXIT.ok;
  } catch (e) {
    if (e instanceof Stop) {
      process.stderr.write(`${e.message}\n`);
      return e.code;
    }
    if (
      e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ||
      e?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
    ) {
      process.stderr.write(`${e.message}\n${USAGE}`);
      return EXIT.usage;
    }
    throw e;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
