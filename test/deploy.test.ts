import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const noLogin = { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'pcp-home-')) };
const run = (script: string) => spawnSync('npm', ['run', '-s', script], { encoding: 'utf8', env: noLogin });

it('clasp pushes exactly dist/: the manifest, the server script and the sidebar', () => {
  const r = spawnSync(join('node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], { encoding: 'utf8', env: noLogin });
  expect(JSON.parse(r.stdout)).toEqual({ filesToPush: ['dist/appsscript.json', 'dist/Code.js', 'dist/sidebar.html'], untrackedFiles: [] });
});

it('npm run push with the placeholder script id says to run setup first', () => {
  const r = run('push');
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('.clasp.json still holds the placeholder script id: run `npm run setup` first');
});

it('npm run setup without a clasp login says how to log in', () => {
  const r = run('setup');
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('clasp is not logged in: run `npx clasp login`');
});
