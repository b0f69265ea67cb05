import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/build.mjs makes build/ and dist/ in folders of their own and puts them in place only
// when every part is made: a build that fails leaves the last one whole, and no folder behind.
// Run on a copy of the project, so this repository's build is never touched.
const dir = mkdtempSync(join(tmpdir(), 'build-swap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const part of ['package.json', 'tsconfig.json', 'appsscript.json', 'scripts', 'src', 'examples']) cpSync(part, join(dir, part), { recursive: true });
symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));

const build = () => spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });

/** Every file under a folder with a hash of its bytes. */
function files(folder: string, at = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(folder, at))) {
    const path = join(at, e);
    if (statSync(join(folder, path)).isDirectory()) Object.assign(out, files(folder, path));
    else
      out[path] = createHash('sha256')
        .update(readFileSync(join(folder, path)))
        .digest('hex');
  }
  return out;
}

describe('the build puts build/ and dist/ in place whole, or not at all', () => {
  it('a build that fails leaves the last build as it was, and no folder of its own', () => {
    expect(build().status).toBe(0);
    const before = { build: files(join(dir, 'build')), dist: files(join(dir, 'dist')) };
    expect(Object.keys(before.build)).toContain('cli.js');
    // A syntax error in the server's code: that part fails, the others finish.
    appendFileSync(join(dir, 'src/sheets/index.ts'), '\nexport const broken = ;\n');
    const failed = build();
    expect(failed.status).not.toBe(0);
    expect({ build: files(join(dir, 'build')), dist: files(join(dir, 'dist')) }).toEqual(before);
    expect(readdirSync(dir).filter((e) => /^(build|dist)\./.test(e))).toEqual([]);
  }, 120_000);
});
