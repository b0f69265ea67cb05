import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// build/cli.js starts its bundle from the V8 code cache the build wrote beside it (src/cli/start.ts).
const BUILD = join(import.meta.dirname, '../build');
const SAMPLE = join(import.meta.dirname, '../examples/prospects.csv');
const dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The plan of the sample list written by `cli` (under `nodeFlags`), and what NODE_DEBUG said of the cache. */
function run(cli: string, args: readonly string[] = [], nodeFlags: readonly string[] = []) {
  const out = join(dir, 'out.csv');
  const r = spawnSync(process.execPath, [...nodeFlags, cli, ...args, SAMPLE, '--as-of', '2026-11-23', '-q', '-o', out], {
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: 'prospect-channels' },
  });
  expect(r.status, r.stderr).toBe(0);
  return { said: r.stderr, output: readFileSync(out, 'utf8') };
}

describe('the command line starts from the code cache the build wrote', () => {
  const cached = run(join(BUILD, 'cli.js'));

  it('the default command and the others each use their bundle cache', () => {
    expect(cached.said).toMatch(/cli-plan\.js: code cache used/);
    expect(run(join(BUILD, 'cli.js'), ['stats']).said).toMatch(/cli-all\.js: code cache used/);
  });

  it('a cache made from another build of the bundle is not offered, and the run plans the same', () => {
    const copy = join(dir, 'build');
    cpSync(BUILD, copy, { recursive: true });
    // The other bundle's cache in its place, as an old build/ copied over a new one would leave it.
    copyFileSync(join(copy, 'cli-all.js.cache'), join(copy, 'cli-plan.js.cache'));
    const r = run(join(copy, 'cli.js'));
    expect(r.said).toMatch(/cli-plan\.js: code cache none \(made from another build of the bundle\)/);
    expect(r.output).toBe(cached.output);
  });

  it('each bundle ends with its build name, and its cache starts with it and the Node that made it', () => {
    for (const bundle of ['cli-plan.js', 'cli-all.js']) {
      const name = readFileSync(join(BUILD, bundle), 'latin1').split('\n').at(-1) as string;
      expect(name).toMatch(/^\/\/# build [0-9a-f]{32}$/);
      expect(readFileSync(join(BUILD, `${bundle}.cache`)).toString('latin1', 0, 128)).toBe(`${`${name} ${process.version}`.padEnd(127)}\n`);
    }
  });

  it('other V8 flags make V8 refuse the cache, and the run plans the same', () => {
    const r = run(join(BUILD, 'cli.js'), [], ['--max-semi-space-size=2']);
    expect(r.said).toMatch(/cli-plan\.js: code cache refused by V8/);
    expect(r.output).toBe(cached.output);
  });
});
