/**
 * build/cli.js, what `prospect-channels` starts: it only chooses the bundle that runs the command
 * line (src/cli/main.ts, built twice by scripts/build.mjs) and starts it. V8 scans every byte of
 * the bundle it is given at every start, so the default command, the usual run, gets a bundle
 * without the other commands (build/cli-plan.js, where each of them is only its help lines); a
 * run that names another command first gets the bundle with them all (build/cli-all.js).
 * Whichever runs, the command line is the same: cli.ts reads the arguments and picks the command.
 *
 * A bundle starts from V8's code cache when the build left one beside it (BUNDLE.cache): the
 * compiled code of the functions a run of the sample list used, so a short run neither scans the
 * bundle nor compiles those functions again (a 1-row file: 593M -> 546M instructions, `node -e 0`
 * being 510M). The cache is offered only to the bundle it was made from: the build ends each
 * bundle with a line naming it by a hash of its text, and the cache starts with that line (V8's
 * own check of the source is its length alone). V8 refuses a cache made by another V8 or under
 * other flags, or cut short, and the run then compiles as usual. Node 20 does not checksum a
 * cache (Node 22's module.enableCompileCache does): one damaged inside would crash V8, as with the
 * v8-compile-cache package, which long ran this way. The build writes it whole or not at all, and
 * `npm run build` writes it again.
 *
 * A bundle run this way gets no `import()` (Node 20 gives a vm Script none): the build turns each
 * into a require (`supported: { 'dynamic-import': false }` in scripts/build.mjs).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** The commands of cli.ts's table other than its DEFAULT, filled in by the build. */
declare const __OTHER_COMMANDS__: readonly string[];

/** The environment variable set by the build for the run that writes a bundle's cache, filled in by the build. */
declare const __WRITE_CACHE_ENV__: string;

/** A CommonJS bundle as Node wraps it, its own text on the lines after the wrapper's. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {\n';

/**
 * Filled in by the build (scripts/build.mjs): how it names a bundle on its last line (followed by
 * a hash of its text), and the bytes a cache file starts with, that name and the Node that made
 * the cache, padded so V8's data that follows starts 8-byte aligned.
 */
declare const __BUILD_NAME__: string;
declare const __CACHE_HEADER__: number;
const BUILD_NAME = __BUILD_NAME__;
const HEADER = __CACHE_HEADER__;

function start(bundle: string): void {
  const cache = `${bundle}.cache`;
  // The build writes bundles as ASCII only (asciiOnly): latin1 is their text, read without decoding UTF-8.
  const source = readFileSync(bundle, 'latin1');
  const name = source.slice(source.lastIndexOf('\n') + 1);
  const named = name.startsWith(BUILD_NAME) && name.length < HEADER / 2;
  let cachedData: Buffer | undefined;
  let none = named ? 'absent' : 'the bundle has no build name';
  if (named) {
    try {
      const data = readFileSync(cache);
      if (data.length > HEADER && data.toString('latin1', 0, name.length + 1) === `${name} `) cachedData = data.subarray(HEADER);
      else none = 'made from another build of the bundle';
    } catch {
      // No cache: compiled as usual.
    }
  }
  const script = new Script(`${WRAPPER}${source}\n})`, { filename: bundle, lineOffset: -1, cachedData });
  // NODE_DEBUG=prospect-channels says whether the cache was used, as Node's own debug logs do.
  if (/\bprospect-channels\b/i.test(process.env.NODE_DEBUG ?? '')) {
    const used = cachedData === undefined ? `none (${none})` : script.cachedDataRejected ? 'refused by V8' : 'used';
    process.stderr.write(`PROSPECT-CHANNELS ${process.pid}: ${bundle}: code cache ${used}\n`);
  }
  // Written whole or not at all: V8 refuses a cache cut short, but one damaged inside crashes it.
  if (named && process.env[__WRITE_CACHE_ENV__] === '1') {
    process.once('exit', () => {
      const temp = `${cache}.${process.pid}.tmp`;
      const header = Buffer.from(`${`${name} ${process.version}`.padEnd(HEADER - 1)}\n`, 'latin1');
      writeFileSync(temp, Buffer.concat([header, script.createCachedData()]));
      renameSync(temp, cache);
    });
  }
  script.runInThisContext()(exports, require, module, bundle, __dirname);
}

// The command named first, or after `help` or `-h` (`help today` shows today's help, which only cli-all.js runs).
const first = ['help', '-h', '--help'].includes(process.argv[2] ?? '') ? process.argv[3] : process.argv[2];
start(join(__dirname, first !== undefined && __OTHER_COMMANDS__.includes(first) ? 'cli-all.js' : 'cli-plan.js'));
