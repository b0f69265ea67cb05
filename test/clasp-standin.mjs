#!/usr/bin/env node
// A stand-in for clasp 3.4.1, ONLY for the calls that need Google's servers (there is no Google
// account or network where the tests run). Its output is clasp 3.4.1's own, read from its source
// (build/src/commands/{show-authorized-user,create-script,pull,push}.js, with --json): the
// fields it prints, that it writes .clasp.json where it runs, that create-script pulls the new
// project's starter files, and that it exits 0 with "Project file already exists." when a
// .clasp.json is there. The remote projects live in a JSON file (STANDIN_STATE); every call is
// logged there with its arguments, so the tests replay them against the real clasp binary.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const statePath = process.env.STANDIN_STATE;
const state = existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : { loggedIn: true, projects: {}, calls: [], next: 1 };
const argv = process.argv.slice(2);
state.calls.push({ argv, cwd: process.cwd() });
const save = () => writeFileSync(statePath, JSON.stringify(state, null, 2));
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const STARTER = { 'Code.js': 'function myFunction() {\n  \n}\n', 'appsscript.json': '{\n  "timeZone": "America/New_York",\n  "runtimeVersion": "V8"\n}\n' };

function exit(code, out = '', err = '') {
  save();
  if (out) process.stdout.write(`${out}\n`);
  if (err) process.stderr.write(`${err}\n`);
  process.exit(code);
}

function project() {
  if (!existsSync('.clasp.json')) exit(1, '', 'Project settings not found.');
  return JSON.parse(readFileSync('.clasp.json', 'utf8'));
}

const [command] = argv;
if (command === 'show-authorized-user') exit(0, JSON.stringify({ loggedIn: state.loggedIn, email: state.loggedIn ? 'rep@example.com' : undefined }, null, 2));
if (!state.loggedIn) exit(1, '', 'No credentials found.');
if (state.offline) exit(1, '', 'request to https://script.googleapis.com/v1/projects failed, reason: getaddrinfo ENOTFOUND script.googleapis.com');
if (command === 'create-script') {
  if (existsSync('.clasp.json')) exit(0, '', 'Project file already exists.');
  const scriptId = `1standInScriptId${String(state.next++).padStart(40, '0')}`;
  const parentId = option('--parentId') ?? (option('--type') === 'sheets' ? `1standInSheetId${String(state.next).padStart(40, '0')}` : undefined);
  state.projects[scriptId] = { parentId, title: option('--title'), files: { ...STARTER } };
  const rootDir = option('--rootDir') ?? '.';
  mkdirSync(rootDir, { recursive: true });
  for (const [name, text] of Object.entries(STARTER)) writeFileSync(join(rootDir, name), text);
  writeFileSync(
    '.clasp.json',
    JSON.stringify({ scriptId, rootDir, parentId, scriptExtensions: ['.js', '.gs'], htmlExtensions: ['.html'], filePushOrder: [] }, null, 2),
  );
  exit(0, JSON.stringify({ scriptId, parentId: option('--type') === 'sheets' ? parentId : undefined, files: Object.keys(STARTER) }, null, 2));
}
if (command === 'pull') {
  const p = project();
  const remote = state.projects[p.scriptId];
  if (!remote) exit(1, '', 'Requested entity was not found.');
  for (const [name, text] of Object.entries(remote.files)) writeFileSync(join(p.rootDir ?? '.', name), text);
  exit(0, JSON.stringify({ pulledFiles: Object.keys(remote.files), deletedFiles: [] }, null, 2));
}
if (command === 'push') {
  const p = project();
  const remote = state.projects[p.scriptId];
  if (!remote) exit(1, '', 'Requested entity was not found.');
  const dir = p.rootDir ?? '.';
  const files = readdirSync(dir).filter((f) => /\.(js|gs|html)$/.test(f) || f === 'appsscript.json');
  remote.files = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  exit(
    0,
    JSON.stringify(
      files.map((f) => join(dir, f)),
      null,
      2,
    ),
  );
}
exit(1, '', `stand-in: no recorded answer for clasp ${argv.join(' ')}`);
