import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The local preview's grid shows a sheet's Dates as the spreadsheet shows them, in its zone
// (America/New_York), whatever the machine's: the preview is started as a user starts it, in a
// process of its own whose clock is in a zone west of the spreadsheet's.
const dir = mkdtempSync(join(tmpdir(), 'preview-zone-'));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function started(csv: string, zone: string): Promise<string> {
  child = spawn(process.execPath, ['build/preview.js', '--port', '0', '--csv', csv], { env: { ...process.env, TZ: zone } });
  let said = '';
  return await new Promise<string>((resolve, reject) => {
    child?.stdout?.on('data', (d: Buffer) => {
      said += d.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(said)?.[0];
      if (url) resolve(url);
    });
    child?.on('exit', (code) => reject(new Error(`preview exited (${code}): ${said}`)));
  });
}

describe('the preview grid in a zone west of the spreadsheet', () => {
  it("shows the Date cells the add-on writes on the spreadsheet's day, not the day before", async () => {
    const csv = join(dir, 'list.csv');
    writeFileSync(csv, 'Name,Degree,Requested On\nAnn,2,2026-11-20\n');
    const url = await started(csv, 'Pacific/Honolulu');
    const origin = url.slice(0, -1);
    const run = await fetch(`${url}run/writePlan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify([{ settings: [['As Of', '2026-11-24']] }]),
    });
    expect(((await run.json()) as { error?: string }).error).toBeUndefined();
    const sheet = (await (await fetch(`${url}sheet`)).json()) as { rows: string[][] };
    const [header, ann] = sheet.rows as [string[], string[]];
    // Requested 2026-11-20, no answer: email or phone on day 19 of the sequence, 2026-12-08.
    expect(ann[header.indexOf('Requested On')]).toBe('2026-11-20');
    expect(ann[header.indexOf('Date')]).toBe('2026-12-08');
  });
});

describe('npm run preview -- --csv FILE', () => {
  it("reads a relative FILE from the folder npm run preview was called in (npm runs it in the package's folder), and names the path it tried", () => {
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['build/preview.js', '--port', '0', '--csv', 'nope.csv'], { encoding: 'utf8', env });
    const called = run({ ...process.env, INIT_CWD: dir, npm_lifecycle_event: 'preview' });
    expect([called.status, called.stderr.trim()]).toEqual([2, `preview: cannot read '${join(dir, 'nope.csv')}': no such file or folder (ENOENT)`]);
    // Run directly from a shell npm started, which carries INIT_CWD on: from the current folder.
    const direct = run({ ...process.env, INIT_CWD: dir, npm_lifecycle_event: 'test' });
    expect(direct.stderr.trim()).toBe(`preview: cannot read '${join(process.cwd(), 'nope.csv')}': no such file or folder (ENOENT)`);
  });
});
