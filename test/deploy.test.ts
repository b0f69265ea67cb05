/**
 * `npm run setup` and `npm run push` (SPEC 7b) against clasp 3's real command line wherever it
 * runs without Google (its commands, flags, help, exit codes, what it does with and without a
 * .clasp.json, a login that cannot reach Google), and against a stand-in (test/clasp-standin.mjs)
 * only for the answers that need Google's servers.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASP_SETTINGS, EXIT, ownFiles, spreadsheetId } from '../scripts/deploy.mjs';
import { DIST, PUSH_ORDER } from '../src/preview/apps-script.js';

const CLASP = join(process.cwd(), 'node_modules', '.bin', 'clasp');
const STANDIN = join(process.cwd(), 'test', 'clasp-standin.mjs');
const SHEET = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd';
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `pcp-${prefix}-`));

/** A HOME with no clasp login. */
const loggedOut = () => tmp('home');
/** A HOME with a clasp login (a token that cannot reach Google: there is no network here). */
function loggedInOffline(): string {
  const home = tmp('home');
  const token = {
    type: 'authorized_user',
    client_id: 'test.apps.googleusercontent.com',
    client_secret: 's',
    refresh_token: 'r',
    access_token: 'a',
    expiry_date: 4102444800000,
  };
  writeFileSync(join(home, '.clasprc.json'), JSON.stringify({ tokens: { default: token } }));
  return home;
}

/** A project folder as a user's checkout has it: dist/ built, and .clasp.json when given. */
function projectDir(claspJson?: object): string {
  const dir = tmp('project');
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  if (claspJson) writeFileSync(join(dir, '.clasp.json'), JSON.stringify(claspJson));
  return dir;
}

function deploy(args: string[], env: Record<string, string>): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['scripts/deploy.mjs', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

function realClasp(args: string[], cwd: string, home: string): SpawnSyncReturns<string> {
  return spawnSync(CLASP, args, { cwd, encoding: 'utf8', env: { ...process.env, HOME: home }, timeout: 60_000 });
}

describe('the real clasp 3 command line, as setup and push use it', { timeout: 240_000 }, () => {
  it('is clasp 3 with the commands and flags setup and push call', () => {
    const home = loggedOut();
    expect(realClasp(['--version'], tmpdir(), home).stdout.trim()).toMatch(/^3\./);
    const create = realClasp(['create-script', '--help'], tmpdir(), home).stdout;
    for (const flag of ['--type <type>', '--title <title>', '--parentId <id>', '--rootDir <rootDir>']) expect(create).toContain(flag);
    expect(realClasp(['push', '--help'], tmpdir(), home).stdout).toContain('-f, --force');
    expect(realClasp(['pull', '--help'], tmpdir(), home).stdout).toContain('Fetch a remote project');
    expect(realClasp(['--help'], tmpdir(), home).stdout).toContain('--json');
    const who = realClasp(['show-authorized-user', '--json'], tmpdir(), home);
    expect(JSON.parse(who.stdout)).toEqual({ loggedIn: false });
  });

  it('without a .clasp.json, clasp push has nothing to push to; with one, clasp create-script refuses yet exits 0 (why setup checks what clasp did)', () => {
    const home = loggedInOffline();
    const empty = tmp('empty');
    const pushed = realClasp(['push', '--force'], empty, home);
    expect(pushed.status).toBe(1);
    expect(pushed.stderr).toContain('Project settings not found.');
    const existing = projectDir({ scriptId: 'abc', rootDir: 'dist' });
    const created = realClasp(['create-script', '--type', 'sheets', '--title', 'x', '--rootDir', '.'], existing, home);
    expect(created.stderr).toContain('Project file already exists.');
    expect(created.status).toBe(0);
  });

  it('the .clasp.json setup writes makes clasp push exactly dist/, the server bundle first', () => {
    const dir = projectDir({ scriptId: 'abc', ...CLASP_SETTINGS });
    const r = realClasp(['show-file-status', '--json'], dir, loggedOut());
    const status = JSON.parse(r.stdout) as { filesToPush: string[]; untrackedFiles: string[] };
    expect([...status.filesToPush].sort(), r.stdout).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
    expect(status.untrackedFiles).toEqual([]);
    // The Apps Script harness loads the files in the same order.
    expect(CLASP_SETTINGS.filePushOrder).toEqual(PUSH_ORDER.map((f) => `dist/${f}`));
  });
});

describe('npm run setup / push: every state reachable without Google, with the real clasp', { timeout: 240_000 }, () => {
  it('npm run push with no .clasp.json says to run setup first', () => {
    const dir = projectDir();
    const r = spawnSync('npm', ['run', '-s', 'push'], { encoding: 'utf8', env: { ...process.env, HOME: loggedOut(), PCP_PROJECT_DIR: dir } });
    expect(r.status).toBe(EXIT.project);
    expect(r.stderr).toContain('No .clasp.json here, so there is no Apps Script project to push to: run `npm run setup`');
  });

  it('npm run setup without a clasp login says how to log in, and writes nothing', () => {
    const dir = projectDir();
    const r = spawnSync('npm', ['run', '-s', 'setup'], { encoding: 'utf8', env: { ...process.env, HOME: loggedOut(), PCP_PROJECT_DIR: dir } });
    expect(r.status).toBe(EXIT.notLoggedIn);
    expect(r.stderr).toContain('clasp is not logged in: run `npx clasp login`');
    expect(existsSync(join(dir, '.clasp.json'))).toBe(false);
  });

  it('push without a login, with a .clasp.json, says how to log in', () => {
    const dir = projectDir({ scriptId: 'abc', ...CLASP_SETTINGS });
    const r = deploy(['push'], { HOME: loggedOut(), PCP_PROJECT_DIR: dir });
    expect(r.status).toBe(EXIT.notLoggedIn);
  });

  it('setup when .clasp.json exists points to push, and changes nothing', () => {
    const dir = projectDir({ scriptId: 'mine', ...CLASP_SETTINGS });
    const r = deploy(['setup'], { HOME: loggedOut(), PCP_PROJECT_DIR: dir });
    expect(r.status).toBe(EXIT.project);
    expect(r.stderr).toContain('.clasp.json already points at script mine: run `npm run push`');
    expect(JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8')).scriptId).toBe('mine');
  });

  it('a .clasp.json that is not JSON, has no scriptId, or pushes another folder is refused by push and setup before anything runs', () => {
    const dir = projectDir();
    for (const [text, message] of [
      ['{', '.clasp.json is not valid JSON'],
      ['{"rootDir":"dist"}', '.clasp.json has no scriptId'],
      ['{"scriptId":"abc","rootDir":"."}', ".clasp.json's rootDir is '.': the add-on is pushed from dist/"],
      // clasp 3 pushes from srcDir when it is set.
      ['{"scriptId":"abc","rootDir":"dist","srcDir":"."}', ".clasp.json's srcDir is '.': the add-on is pushed from dist/"],
      // The editor's URL pasted for the id.
      ['{"scriptId":"https://script.google.com/d/1xyz/edit","rootDir":"dist"}', "scriptId 'https://script.google.com/d/1xyz/edit' is not a script id"],
    ] as const) {
      writeFileSync(join(dir, '.clasp.json'), text);
      // Setup says the same, not "already points at script ?": the file is in the way, and how to fix it.
      for (const command of ['push', 'setup']) {
        const r = deploy([command], { HOME: loggedOut(), PCP_PROJECT_DIR: dir });
        expect(r.status).toBe(EXIT.project);
        expect(r.stderr).toContain(message);
        expect(r.stderr).not.toContain('already points at');
        expect(readFileSync(join(dir, '.clasp.json'), 'utf8')).toBe(text);
      }
    }
  });

  it('a .clasp.json whose rootDir is written "./dist" is the same folder: push goes on to the login check', () => {
    const dir = projectDir({ scriptId: 'abc', rootDir: './dist' });
    const r = deploy(['push'], { HOME: loggedOut(), PCP_PROJECT_DIR: dir });
    expect(r.status).toBe(EXIT.notLoggedIn);
  });

  it('bad arguments: a usage error', () => {
    const env = { HOME: loggedOut(), PCP_PROJECT_DIR: projectDir() };
    expect(deploy(['setup', '--sheet', 'not-an-id'], env).stderr).toContain(
      "--sheet: expected a spreadsheet id or its URL (https://docs.google.com/spreadsheets/d/<id>/edit), got 'not-an-id'",
    );
    expect(deploy(['setup', '--sheet', 'not-an-id'], env).status).toBe(EXIT.usage);
    expect(deploy(['push', '--frce'], env).status).toBe(EXIT.usage);
    expect(deploy(['deploy'], env).status).toBe(EXIT.usage);
    expect(spreadsheetId(`https://docs.google.com/spreadsheets/d/${SHEET}/edit#gid=0`)).toBe(SHEET);
    expect(spreadsheetId(SHEET)).toBe(SHEET);
    // A browser signed in to two Google accounts puts the account in the URL.
    expect(spreadsheetId(`https://docs.google.com/spreadsheets/u/1/d/${SHEET}/edit?usp=sharing`)).toBe(SHEET);
  });

  it('--sheet given to npm itself (no -- before it) is refused, not run as a setup with no --sheet (a new spreadsheet); --help after the command is the help', () => {
    const env = { HOME: loggedOut(), PCP_PROJECT_DIR: projectDir() };
    const r = deploy(['setup'], { ...env, npm_lifecycle_event: 'setup', npm_config_sheet: SHEET });
    expect([r.status, r.stderr]).toEqual([EXIT.usage, `npm took --sheet for itself: write \`npm run setup -- --sheet ${SHEET}\` (with -- before it).\n`]);
    for (const command of ['setup', 'push']) {
      const help = deploy([command, '--help'], env);
      expect([help.status, help.stdout]).toEqual([EXIT.ok, expect.stringMatching(/^Usage: npm run setup/)]);
    }
  });

  it('clasp that never answers (a network that takes the connection and then says nothing): stopped after the time allowed, with one line', () => {
    const dir = tmp('slow');
    const slow = join(dir, 'clasp');
    writeFileSync(slow, '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
    const started = Date.now();
    const r = deploy(['setup'], { HOME: loggedOut(), PCP_PROJECT_DIR: projectDir(), PCP_CLASP: slow, PCP_CLASP_TIMEOUT_MS: '500' });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect([r.status, r.stderr]).toEqual([
      EXIT.failed,
      'clasp show-authorized-user had no answer from Google in 1 s: check the network (a proxy in HTTPS_PROXY?), then try again.\n',
    ]);
  });

  it('a login check clasp cannot answer (a clasp 2, a damaged ~/.clasprc.json) says what clasp said, not "not logged in"', () => {
    const dir = tmp('old');
    const old = join(dir, 'clasp');
    writeFileSync(old, '#!/bin/sh\necho "error: unknown option \'--json\'" >&2\nexit 1\n', { mode: 0o755 });
    const r = deploy(['setup'], { HOME: loggedOut(), PCP_PROJECT_DIR: projectDir(), PCP_CLASP: old });
    expect(r.status).toBe(EXIT.notLoggedIn);
    expect(r.stderr).toMatch(/^clasp could not say who is logged in \(error: unknown option '--json'\): this needs clasp 3/);
  });

  it('clasp missing: says to run npm install', () => {
    const r = deploy(['setup'], { HOME: loggedOut(), PCP_PROJECT_DIR: projectDir(), PCP_CLASP: '/nonexistent/clasp' });
    expect(r.status).toBe(EXIT.noClasp);
    expect(r.stderr).toContain('clasp is not installed here: run `npm install`');
  });

  it('logged in but Google unreachable: setup reports clasp failing and writes no .clasp.json; push pushes nothing', () => {
    const home = loggedInOffline();
    const dir = projectDir();
    const setup = deploy(['setup'], { HOME: home, PCP_PROJECT_DIR: dir });
    expect(setup.status).toBe(EXIT.failed);
    expect(setup.stderr).toMatch(/^clasp create-script did not finish \(.*ENOTFOUND.*\): it may have made a spreadsheet or project in your Google Drive/);
    expect(existsSync(join(dir, '.clasp.json'))).toBe(false);
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: 'abc', ...CLASP_SETTINGS }));
    const push = deploy(['push'], { HOME: home, PCP_PROJECT_DIR: dir });
    expect(push.status).toBe(EXIT.failed);
    expect(push.stderr).toMatch(/^Could not read the files of script abc \(clasp pull: .*ENOTFOUND.*\): nothing was pushed\./);
  });
});

describe('npm run setup / push against Google, through the stand-in', { timeout: 240_000 }, () => {
  function standIn(state?: object) {
    const dir = projectDir();
    const statePath = join(tmp('standin'), 'state.json');
    if (state) writeFileSync(statePath, JSON.stringify({ loggedIn: true, projects: {}, calls: [], next: 1, ...state }));
    const env = { HOME: loggedOut(), PCP_PROJECT_DIR: dir, PCP_CLASP: STANDIN, STANDIN_STATE: statePath };
    const read = () =>
      JSON.parse(readFileSync(statePath, 'utf8')) as {
        projects: Record<string, { parentId?: string; files: Record<string, string> }>;
        calls: Array<{ argv: string[] }>;
      };
    return { dir, env, read };
  }

  it('setup makes a project bound to a new spreadsheet and writes .clasp.json (dist/ untouched); push sends dist/', () => {
    const { dir, env, read } = standIn();
    const before = readFileSync(join(dir, 'dist', 'Code.js'), 'utf8');
    const setup = deploy(['setup'], env);
    expect(setup.stderr).toBe('');
    expect(setup.status).toBe(EXIT.ok);
    const project = JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8'));
    expect(project).toEqual({ scriptId: expect.stringMatching(/^1standIn/), parentId: expect.stringMatching(/^1standInSheet/), ...CLASP_SETTINGS });
    expect(setup.stdout).toContain(`https://docs.google.com/spreadsheets/d/${project.parentId}/edit`);
    expect(readFileSync(join(dir, 'dist', 'Code.js'), 'utf8')).toBe(before);
    expect(read().calls.find((c) => c.argv[0] === 'create-script')?.argv).toEqual([
      'create-script',
      '--title',
      'Prospect Channel Planner',
      '--rootDir',
      '.',
      '--type',
      'sheets',
      '--json',
    ]);
    // The new project holds only clasp's starter file: push replaces it.
    const push = deploy(['push'], env);
    expect(push.stderr).toBe('');
    expect(push.status).toBe(EXIT.ok);
    const remote = read().projects[project.scriptId]?.files ?? {};
    expect(Object.keys(remote).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
    expect(remote['Code.js']).toMatch(/^\/\/ Prospect Channel Planner /);
    // Pushing again over the add-on's own files is fine.
    expect(deploy(['push'], env).status).toBe(EXIT.ok);
  });

  it('setup -- --sheet <URL> binds the project to that spreadsheet', () => {
    const { dir, env, read } = standIn();
    const r = spawnSync('npm', ['run', '-s', 'setup', '--', '--sheet', `https://docs.google.com/spreadsheets/d/${SHEET}/edit`], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(r.status, r.stderr).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(join(dir, '.clasp.json'), 'utf8')).parentId).toBe(SHEET);
    expect(read().calls.find((c) => c.argv[0] === 'create-script')?.argv).toContain('--parentId');
    expect(r.stdout).toContain('bound to your spreadsheet');
  });

  it('push refuses a project that holds files of its own, names them, and replaces them only with --force', () => {
    const scriptId = 'usersOwnScript';
    const files = { 'Code.js': 'function onEdit(e) { /* the team macro */ }\n', 'Macros.js': 'function tidy() {}\n', 'appsscript.json': '{}' };
    const { dir, env, read } = standIn({ projects: { [scriptId]: { files } } });
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId, ...CLASP_SETTINGS }));
    const refused = deploy(['push'], env);
    expect(refused.status).toBe(EXIT.ownFiles);
    expect(refused.stderr).toContain(`Script ${scriptId} holds files of its own: Code.js, Macros.js. A push replaces every file of the project`);
    expect(refused.stderr).toContain('npm run push -- --force');
    expect(read().projects[scriptId]?.files).toEqual(files);
    expect(read().calls.some((c) => c.argv[0] === 'push')).toBe(false);
    const forced = deploy(['push', '--force'], env);
    expect(forced.status).toBe(EXIT.ok);
    expect(Object.keys(read().projects[scriptId]?.files ?? {}).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('ownFiles: the manifest, the add-on from an earlier push and the starter file are not the user’s', () => {
    const dir = tmp('pulled');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'appsscript.json'), '{}');
    writeFileSync(join(dir, 'Code.js'), 'function myFunction() {\n  \n}\n');
    expect(ownFiles(dir)).toEqual([]);
    writeFileSync(join(dir, 'Code.js'), readFileSync(join(DIST, 'Code.js'), 'utf8'));
    writeFileSync(join(dir, 'Sidebar.html'), readFileSync(join(DIST, 'Sidebar.html'), 'utf8'));
    expect(ownFiles(dir)).toEqual([]);
    writeFileSync(join(dir, 'Sidebar.html'), '<p>my dialog</p>');
    expect(ownFiles(dir)).toEqual(['Sidebar.html']);
    // A file named with folders is pulled into a folder: named by its path, not a crash on the folder.
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib', 'util.js'), 'function util() {}\n');
    expect(ownFiles(dir)).toEqual(['Sidebar.html', 'lib/util.js']);
  });

  it('every clasp call setup and push make is one the real clasp 3 accepts (it gets as far as asking for a login)', () => {
    const { env, read } = standIn();
    deploy(['setup'], env);
    deploy(['push'], env);
    const calls = read().calls;
    expect(new Set(calls.map((c) => c.argv[0]))).toEqual(new Set(['show-authorized-user', 'create-script', 'pull', 'push']));
    const home = loggedOut();
    const distinct = [...new Map(calls.map((c) => [JSON.stringify(c.argv), c])).values()];
    for (const { argv } of distinct) {
      const cwd = argv[0] === 'create-script' ? tmp('replay') : projectDir({ scriptId: 'abc', ...CLASP_SETTINGS });
      const r = realClasp(argv, cwd, home);
      expect(`${r.stdout}${r.stderr}`, argv.join(' ')).not.toMatch(/unknown option|unknown command|error:/i);
      if (argv[0] === 'show-authorized-user') expect(JSON.parse(r.stdout)).toEqual({ loggedIn: false });
      else expect(r.stderr, argv.join(' ')).toContain('No credentials found.');
    }
  });
});
