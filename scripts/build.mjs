// The build: esbuild bundles each surface into dist/. `--if-stale` skips it when dist/ is newer
// than every source file, so `npm start` on a fresh clone builds once and then starts at once.
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outputs = [join(root, 'dist/cli.js')];

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function stale() {
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'scripts')), statSync(join(root, 'package.json')).mtimeMs);
  return outputs.some((o) => !existsSync(o) || statSync(o).mtimeMs < sources);
}

if (process.argv.includes('--if-stale') && !stale()) process.exit(0);
mkdirSync(join(root, 'dist'), { recursive: true });

await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(root, 'dist/cli.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: '#!/usr/bin/env node' },
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
chmodSync(join(root, 'dist/cli.js'), 0o755);
