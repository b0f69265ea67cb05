/**
 * The server bundle keeps every function's name (SPEC 7b: Apps Script's execution log shows them),
 * without the wrappers that only repeat a name JavaScript already gives (they cost per call), and
 * is one global whose body is the module's code as esbuild wrote it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { asGlobal, dropNoOpNames } from '../scripts/server-bundle.mjs';
import { DIST } from '../src/preview/apps-script.js';

const dir = mkdtempSync(join(tmpdir(), 'pcp-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two modules with namesakes, so esbuild renames one of each pair and keepNames must name it back. */
const SOURCES: Record<string, string> = {
  'other.ts': `
    export function label(x: number) { return x + 1; }
    export const pct = (x: number) => x * 100;
    export class Planner { plan() { return 1; } }
  `,
  'main.ts': `
    import { label as otherLabel, pct as otherPct, Planner as OtherPlanner } from './other';
    function label(x: number) { return x; }
    const pct = (x: number) => x / 100;
    class Planner { plan() { return 2; } }
    export function plain() { return 1; }
    export const arrow = () => 2;
    export const expression = function () { return 3; };
    export const named = function inner() { return 4; };
    export const table = { holds: (p: number) => p, 'two words': () => 5, other: [() => 6] };
    export function maker() { const made = () => 7; let later = () => 8; later = () => 9; return [made, later]; }
    export const maybe = (f?: () => number) => f ?? (() => 10);
    export class Thing { static make() { const each = () => 11; return each; } }
    export class Counter { static of() { return new Counter(); } same(x: unknown) { return x instanceof Counter; } }
    export const all = () => [plain, arrow, expression, named, table.holds, table['two words'], table.other[0], ...maker(), maybe(),
      Thing, Thing.make(), label, pct, Planner, otherLabel, otherPct, OtherPlanner, Counter];
  `,
};

async function bundled(): Promise<string> {
  for (const [name, text] of Object.entries(SOURCES)) writeFileSync(join(dir, name), text);
  const out = await build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    globalName: 'Bundle',
    keepNames: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

function names(code: string): string[] {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  return vm.runInContext('Bundle.all().map((f) => f.name)', context) as string[];
}

describe('function names in the server bundle', () => {
  it('names every function as keepNames does, renamed namesakes included, with fewer wrappers', async () => {
    const code = await bundled();
    const dropped = dropNoOpNames(code);
    const wrappers = (text: string) => text.split('__name(').length - 1;
    expect(names(dropped)).toEqual(names(code));
    expect(names(dropped)).toEqual(expect.arrayContaining(['label', 'pct', 'Planner', 'plain', 'holds', 'two words', 'made', 'each', 'Counter']));
    expect(wrappers(dropped)).toBeLessThan(wrappers(code));
    // Those that name a renamed namesake stay.
    expect(dropped).toMatch(/__name\(\w+, "label"\)/);
  });

  it('a class is named by its own expression, its name property never redefined, and refers to itself as before', async () => {
    const code = await bundled();
    expect(code).toMatch(/__name\(_Counter, "Counter"\)/);
    const dropped = dropNoOpNames(code);
    expect(dropped).toMatch(/var _Counter = class Counter \{/);
    expect(dropped).not.toMatch(/__name\(_(Counter|Thing), /);
    const context = vm.createContext({});
    vm.runInContext(dropped, context);
    expect(
      vm.runInContext('[Bundle.Counter.name, Bundle.Counter.of() instanceof Bundle.Counter, new Bundle.Counter().same(Bundle.Counter.of())]', context),
    ).toEqual(['Counter', true, true]);
    // dist/Code.js: no class of the planner has its name redefined.
    expect(readFileSync(join(DIST, 'Code.js'), 'utf8')).not.toMatch(/^__name\(_\w+, "\w+"\);\nvar \w+ = _\w+;$/m);
  });

  it('dist/Code.js makes no closure of a row pay for a name it already has', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const wrapped = [...code.matchAll(/(?:const|let|var) (\w+) = (?:\/\* @__PURE__ \*\/ )?__name\([\s\S]*?, "(\w+)"\)/g)];
    // Only a renamed namesake (label2 named label) keeps its wrapper.
    for (const m of wrapped) expect(m[1], m[0].slice(0, 80)).not.toBe(m[2]);
  });

  it("asGlobal returns a module's exports, renamed ones under their exported name, from one strict global", async () => {
    const out = await build({
      stdin: { contents: 'const hidden = 1; function shown() { return hidden; } const inner = () => 2; export { shown, inner as outer };', loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    const code = asGlobal(out.outputFiles[0]?.text ?? '', 'Bundle');
    expect(code.startsWith('"use strict";\nvar Bundle = (() => {\n')).toBe(true);
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(vm.runInContext('[Object.keys(Bundle).sort(), Bundle.shown(), Bundle.outer(), typeof hidden, typeof shown]', context)).toEqual([
      ['outer', 'shown'],
      1,
      2,
      'undefined',
      'undefined',
    ]);
    expect(() => asGlobal('import x from "y"; export { x };', 'Bundle')).toThrow(/only module syntax/);
  });
});
