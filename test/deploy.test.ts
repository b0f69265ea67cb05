import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const noLogin = { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'pcp-home-')) };
const run = (script: string) => spawnSync('npm', ['run', '-s', script], { encoding: 'utf8', env: noLogin });

it('clasp pushes exactly dist/: the manifest, the server script and the sidebar', () => {
  const r = spawnSync(join('node_modules', '.bin', 'clasp'), ['show-file-status', '--json'], { encoding: 'utf8', env: noLogin });
  const status = JSON.parse(r.stdout) as { filesToPush: string[]; untrackedFiles: string[] };
  // clasp lists them in the order the file system gives them.
  expect([...status.filesToPush].sort(), r.stdout).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
  expect(status.untrackedFiles, r.stdout).toEqual([]);
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
