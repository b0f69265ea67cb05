// The build. esbuild bundles each surface:
//   dist/    exactly what `clasp push` sends: appsscript.json, Code.js (the server bundle, readable,
//            with one top-level declaration per public function, JSDoc above it) and Sidebar.html
//   build/   the Node side, CommonJS (build/package.json): the command line (build/cli.js, the
//            bundle it starts, build/cli-plan.js or build/cli-all.js, and the build/cli-*.js
//            libraries they load when a run needs them), the local preview and the benchmark
//            (build/preview.mjs, build/bench.mjs, ESM, each started by its .js)
// `--if-stale` skips the work when every output is newer than every source.
import { build } from 'esbuild';
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asGlobal, dropNoOpNames } from './server-bundle.mjs';

const root = new URL('..', import.meta.url).pathname;
const at = (...p) => join(root, ...p);
/**
 * Where this build writes build/ and dist/: folders of its own beside them, put in their place
 * when every output is made (`swapIn`), so a command line, test or preview running meanwhile finds
 * the last build whole, not a folder half made.
 */
const STAGED = { build: `build.next-${process.pid}`, dist: `dist.next-${process.pid}` };
const staged = (path) => {
  const [dir, ...rest] = path.split('/');
  return at(STAGED[dir], ...rest);
};
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
/** The global the server bundle defines; the generated declarations call into it. */
export const BUNDLE_GLOBAL = 'ProspectChannelPlanner';
const OUTPUTS = [
  at('build/package.json'),
  at('build/cli.js'),
  at('build/cli-plan.js'),
  at('build/cli-all.js'),
  at('build/cli-plan.js.cache'),
  at('build/cli-all.js.cache'),
  at('build/cli-string-width.js'),
  at('build/preview.js'),
  at('build/preview.mjs'),
  at('build/bench.js'),
  at('build/bench.mjs'),
  at('dist/Code.js'),
  at('dist/appsscript.json'),
  at('dist/Sidebar.html'),
];

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((t, e) => Math.max(t, newest(join(path, e))), 0);
}

function stale() {
  const sources = Math.max(...['src', 'scripts', 'examples', 'package.json', 'appsscript.json'].map((p) => newest(at(p))));
  return OUTPUTS.some((o) => !existsSync(o) || statSync(o).mtimeMs < sources || (o.endsWith('.cache') && cacheOfAnotherNode(o)));
}

/** A CSV imported by the server (the sample list) arrives as its rows: parsed here, not in Apps Script. */
const csvRows = {
  name: 'csv-rows',
  setup(b) {
    b.onLoad({ filter: /\.csv$/ }, (args) => ({
      contents: `export default ${JSON.stringify(parse(readFileSync(args.path, 'utf8'), { relax_column_count: true }))};`,
      loader: 'js',
    }));
  },
};

async function importTs(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', plugins: [csvRows], logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/**
 * build/ is CommonJS (build/package.json says so): Node starts a CommonJS file without its ESM
 * loader, and `require('node:fs')` does not load the streams an ESM import of node:fs does, which
 * the command line's start-up feels. The preview and the benchmark use top-level await: each is
 * an ESM bundle (.mjs) started by a .js of one line.
 */
function writeBuildPackage() {
  writeFileSync(staged('build/package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
}

/** A Node program in build/: one ESM file (NAME.mjs), dependencies bundled in, and NAME.js that starts it. */
async function buildNode(entry, name, extra = {}) {
  await build({
    entryPoints: [at(entry)],
    outfile: staged(`build/${name}.mjs`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    ...extra,
    // A CommonJS dependency bundled in may require Node's own modules: give the ESM bundle a require.
    banner: {
      js: `${extra.banner?.js ?? ''}\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);`,
    },
  });
  writeFileSync(staged(`build/${name}.js`), `${extra.banner?.js ?? ''}\n// Starts build/${name}.mjs (made by scripts/build.mjs).\nimport('./${name}.mjs');\n`);
}

/**
 * The text with every character outside ASCII written as an escape. Node reads an all-ASCII file
 * as a one-byte string; a single other character (a regular expression's curly quote, a
 * comment's section sign) makes the whole source two bytes a character, slower to read, scan and
 * compile. esbuild escapes strings but leaves regular expressions and comments as written; there
 * an escape means the same character, and the command line has no tagged template whose raw text
 * an escape would change.
 */
function asciiOnly(text) {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Libraries the command line imports with `await import()` where only some runs need them: each
 * is a CommonJS file of its own beside build/cli.js (build/cli-NAME.js), read only by a run that
 * needs it, so every other run neither reads nor compiles it.
 */
const CLI_LATER = {
  // `module.exports` is what `await import()` gives as its default, as Node's own import does.
  'string-width': { name: 'string-width', contents: "module.exports = require('string-width').default;" },
};

const cliLater = {
  name: 'cli-later',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => {
      if (args.kind !== 'dynamic-import') throw new Error(`${args.importer}: import ${args.path} with await import(), so start-up does not read it`);
      return { path: `./cli-${CLI_LATER[args.path].name}.js`, external: true };
    });
  },
};

/**
 * In the bundle of the default command, each other command of cli.ts's table is only its help
 * lines (what `--help` lists), taken from the command itself here: src/cli/start.ts never starts
 * that bundle for them.
 */
function helpOnly(commands, others) {
  const cli = at('src/cli/cli.ts');
  return {
    name: 'help-only',
    setup(b) {
      b.onResolve({ filter: /^\.\/[a-z-]+\.js$/ }, (args) => {
        const name = args.path.slice(2, -3);
        if (args.importer !== cli || !others.includes(name)) return undefined;
        return { path: name, namespace: 'help-only' };
      });
      b.onLoad({ filter: /.*/, namespace: 'help-only' }, (args) => {
        const { about, usage } = commands[args.path];
        const run = `() => Promise.reject(new Error(${JSON.stringify(`this bundle runs ${args.path} only by its help: start build/cli.js`)}))`;
        return { contents: `export const command = { about: ${JSON.stringify(about)}, usage: ${JSON.stringify(usage)}, run: ${run} };`, loader: 'js' };
      });
    },
  };
}

/**
 * The command line: build/cli.js (src/cli/start.ts) picks one of two CommonJS bundles of
 * src/cli/main.ts, its dependencies bundled in but for CLI_LATER's: build/cli-plan.js for the
 * default command, without the other commands, and build/cli-all.js with them all. Their
 * whitespace and comments are left out and their syntax written short (names are kept, for a
 * stack trace's sake): Node reads and V8 scans the whole bundle at every start.
 */
async function buildCli() {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' };
  const { COMMANDS, DEFAULT } = await importTs(at('src/cli/cli.ts'));
  const others = Object.keys(COMMANDS).filter((name) => name !== DEFAULT);
  const writeCli = async (file, options, named = true) => {
    const out = await build({ ...common, write: false, minifyWhitespace: true, minifySyntax: true, ...options });
    const text = asciiOnly(out.outputFiles[0].text);
    // A bundle's last line names it by its text: its code cache is offered to it alone (src/cli/start.ts).
    const name = named ? `${text.endsWith('\n') ? '' : '\n'}${BUILD_NAME}${createHash('sha256').update(text).digest('hex').slice(0, 32)}` : '';
    writeFileSync(staged(`build/${file}`), `${text}${name}`);
  };
  const bundle = (file, plugins) =>
    writeCli(file, {
      entryPoints: [at('src/cli/main.ts')],
      // `await import()` as a require(): Node would otherwise start its ESM loader for it.
      supported: { 'dynamic-import': false },
      plugins: [cliLater, ...plugins],
      define: { __VERSION__: JSON.stringify(pkg.version) },
    });
  await Promise.all([
    bundle('cli-plan.js', [helpOnly(COMMANDS, others)]),
    bundle('cli-all.js', []),
    writeCli(
      'cli.js',
      {
        entryPoints: [at('src/cli/start.ts')],
        external: ['./cli-plan.js', './cli-all.js'],
        define: {
          __OTHER_COMMANDS__: JSON.stringify(others),
          __WRITE_CACHE_ENV__: JSON.stringify(WRITE_CACHE_ENV),
          __BUILD_NAME__: JSON.stringify(BUILD_NAME),
          __CACHE_HEADER__: String(CACHE_HEADER),
        },
        banner: { js: '#!/usr/bin/env node' },
      },
      false,
    ).then(() => chmodSync(staged('build/cli.js'), 0o755)),
    ...Object.values(CLI_LATER).map(({ name, contents }) =>
      build({
        ...common,
        stdin: { contents, resolveDir: root, loader: 'js' },
        outfile: staged(`build/cli-${name}.js`),
      }),
    ),
  ]);
}

/** Set for the runs that write the bundles' code caches (src/cli/start.ts). */
const WRITE_CACHE_ENV = 'PROSPECT_CHANNELS_WRITE_CODE_CACHE';
/** A command-line bundle's last line: this, then a hash of its text (src/cli/start.ts). */
const BUILD_NAME = '//# build ';
/** The bytes a code cache starts with: its bundle's name and the Node that made it, padded. */
const CACHE_HEADER = 128;

/**
 * V8's code cache of each command-line bundle (build/cli-*.js.cache), written by build/cli.js
 * itself on a run over the sample list: the functions such a run compiles are what a user's run
 * finds compiled. Made with this Node, plainly started (no NODE_OPTIONS: V8 refuses a cache made
 * under other flags), then checked the same way: a cache a plain run refuses is said, not hidden.
 * A failed run fails the build: the command line does not work.
 */
function writeCodeCaches() {
  const dir = mkdtempSync(join(tmpdir(), 'prospect-channels-build-'));
  const sample = at('examples/prospects.csv');
  const { NODE_OPTIONS, ...plain } = process.env;
  const run = (args, env) => {
    const r = spawnSync(process.execPath, [staged('build/cli.js'), ...args, '--as-of', '2026-11-23', '-q', '-o', join(dir, 'out.csv')], {
      env: { ...plain, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`build/cli.js ${args.join(' ')} failed while writing its code cache: ${r.stderr || r.error}`);
    return r.stderr;
  };
  try {
    for (const args of [[sample], ['stats', sample]]) {
      run(args, { [WRITE_CACHE_ENV]: '1' });
      const said = run(args, { NODE_DEBUG: 'prospect-channels' });
      if (!said.includes('code cache used')) process.stderr.write(`build: the code cache is not used: ${said.trim()}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a code cache was written by another Node than this one (its header names the Node: src/cli/start.ts). */
function cacheOfAnotherNode(path) {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(CACHE_HEADER);
    readSync(fd, head, 0, head.length, 0);
    return !head.toString('latin1').includes(` ${process.version} `);
  } finally {
    closeSync(fd);
  }
}

/** A script for Apps Script or the sidebar's frame, as text to wrap. */
async function scriptText(entry, extra = {}) {
  // es2019: syntax Apps Script's V8 and the sidebar's browsers are known to run.
  const out = await build({
    entryPoints: [at(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    legalComments: 'none',
    logLevel: 'warning',
    ...extra,
  });
  return out.outputFiles[0].text;
}

/** Where the README is, for the Help dialog: package.json's homepage, if it has one. */
const README_URL = typeof pkg.homepage === 'string' ? pkg.homepage : '';

async function buildServer() {
  // Not minified, names kept: Apps Script's editor and execution log show this code, and a
  // user's failure must read `planSheet is not a function`, never `a.b is not a function`.
  const text = await scriptText('src/sheets/index.ts', {
    format: 'esm',
    plugins: [csvRows],
    minify: false,
    keepNames: true,
    define: { __VERSION__: JSON.stringify(pkg.version), __README_URL__: JSON.stringify(README_URL) },
  });
  const bundle = asGlobal(dropNoOpNames(text), BUNDLE_GLOBAL);
  const { PUBLIC_FUNCTIONS, declaration } = await importTs(at('src/sheets/public.ts'));
  // Importing the server in Node also proves it calls no Apps Script service at load time.
  const exported = await importTs(at('src/sheets/index.ts'));
  const header = `// Prospect Channel Planner ${pkg.version}. Built by scripts/build.mjs from src/sheets; do not edit.\n`;
  const declarations = PUBLIC_FUNCTIONS.map((f) => declaration(f, BUNDLE_GLOBAL)).join('\n\n');
  const missing = PUBLIC_FUNCTIONS.filter((f) => typeof exported[f.name] !== 'function').map((f) => f.name);
  const unlisted = Object.keys(exported).filter((name) => !PUBLIC_FUNCTIONS.some((f) => f.name === name));
  if (missing.length || unlisted.length) {
    throw new Error(
      `src/sheets/public.ts and src/sheets/index.ts disagree: not exported ${missing.join(', ') || '-'}; not listed ${unlisted.join(', ') || '-'}`,
    );
  }
  writeFileSync(staged('dist/Code.js'), `${header}${bundle}\n${declarations}\n`);
  copyFileSync(at('appsscript.json'), staged('dist/appsscript.json'));
}

/** The sidebar: its script and styles inlined into the one HTML file HtmlService serves. */
async function buildSidebar() {
  // A "</script" inside the inlined code would end the element early.
  const script = (await scriptText('src/sidebar/main.ts', { platform: 'browser', minify: true })).replace(/<\/script/gi, '<\\/script');
  const css = await build({ entryPoints: [at('src/sidebar/sidebar.css')], bundle: true, write: false, minify: true, logLevel: 'warning' });
  const html = readFileSync(at('src/sidebar/sidebar.html'), 'utf8')
    .replace('/* STYLE */', () => css.outputFiles[0].text.trim())
    .replace('/* SCRIPT */', () => script.trim());
  writeFileSync(staged('dist/Sidebar.html'), html);
}

/** The benchmark (scripts/bench.ts), built like the command line so it measures what users run. */
async function buildBench() {
  await buildNode('scripts/bench.ts', 'bench');
}

async function buildPreview() {
  await buildNode('src/preview/main.ts', 'preview', { plugins: [csvRows], banner: { js: '#!/usr/bin/env node' } });
}

if (process.argv.includes('--if-stale') && !stale()) process.exit(0);
// Folders of builds no longer running (stopped by Ctrl-C, or killed between two renames) go.
for (const entry of readdirSync(root)) {
  const m = /^(?:build|dist)\.(?:next|old)-(\d+)$/.exec(entry);
  if (m && !running(Number(m[1]))) rmSync(at(entry), { recursive: true, force: true });
}
// Stopped by a signal, this build's own go with it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    removeStaged();
    process.kill(process.pid, signal);
  });
}
// Both folders are made afresh: nothing an earlier build or a hand left there is shipped (package.json's files).
removeStaged();
for (const dir of Object.values(STAGED)) mkdirSync(at(dir), { recursive: true });
try {
  writeBuildPackage();
  // Every part finished, failed or not, before the folders are swapped in or removed.
  const parts = await Promise.allSettled([buildCli().then(writeCodeCaches), buildServer(), buildSidebar(), buildPreview(), buildBench()]);
  const failed = parts.find((p) => p.status === 'rejected');
  if (failed) throw failed.reason;
  swapIn();
} finally {
  removeStaged();
}

/** This build's own folders, gone (none left once they are swapped in). */
function removeStaged() {
  for (const dir of Object.values(STAGED)) rmSync(at(dir), { recursive: true, force: true });
}

/** Whether a process of that id runs (signal 0 asks, sends nothing; EPERM: it runs as another user). */
function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Each made folder takes its place by a rename: the old one is gone between two renames only. */
function swapIn() {
  for (const [dir, made] of Object.entries(STAGED)) {
    const old = at(`${dir}.old-${process.pid}`);
    if (existsSync(at(dir))) renameSync(at(dir), old);
    renameSync(at(made), at(dir));
    rmSync(old, { recursive: true, force: true });
  }
}
