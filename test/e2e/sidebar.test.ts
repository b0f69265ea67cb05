import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type FrameLocator, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../src/preview/server.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const available = existsSync(CHROMIUM);
if (!available && process.env.CI !== 'true') {
  console.warn(`\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} is not installed. Install it (apt-get install -y chromium) to run them; CI always does.\n`);
}
if (!available && process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run must install chromium`);

const XSS = '<img src=x onerror=alert(1)>';
const dir = mkdtempSync(join(tmpdir(), 'pcp-e2e-'));
const sampleCsv = readFileSync('examples/prospects.csv', 'utf8');

function listCsv(rows: number): string {
  const lines = ['Name,Job Title,Conn. lvl,Target Account,Trigger Event,High Stakes,Warm Lead'];
  lines.push(`"${XSS}",CEO,3rd,Yes,funding,Yes,`);
  lines.push('Tom Becker,Account Manager,1st,,,,');
  for (let i = lines.length - 1; i < rows; i++)
    lines.push(
      `Person ${i},${i % 3 ? 'Sales Manager' : 'VP Sales'},${(i % 3) + 1},${i % 4 ? '' : 'Yes'},${i % 5 ? '' : 'news'},${i % 2 ? 'Yes' : ''},${i % 3 ? 'Yes' : ''}`,
    );
  const path = join(dir, `list-${rows}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe.skipIf(!available)('the sidebar in Chromium, over the local preview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  interface Opened {
    page: Page;
    sidebar: FrameLocator;
    preview: Preview;
    dialogs: string[];
  }

  /** Opens the preview on a list; on failure saves a screenshot to test-artifacts/ before closing. */
  async function withPreview(name: string, csv: string | undefined, test: (o: Opened) => Promise<void>): Promise<void> {
    const preview = await startPreview({ port: 0, csv, dist: join(process.cwd(), 'dist'), sampleCsv });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await page.goto(preview.url);
      const sidebar = page.frameLocator('iframe[title="Prospect Channel Planner sidebar"]');
      await sidebar.getByText(/rows under the header in row 1/).waitFor();
      await test({ page, sidebar, preview, dialogs });
    } catch (e) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => undefined);
      throw e;
    } finally {
      await page.close();
      await preview.close();
    }
  }

  async function gridText(page: Page): Promise<string[][]> {
    return page.$$eval('#sheet tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
  }

  it('maps a column, changes a setting, previews, writes, and the grid shows the plan', async () => {
    await withPreview('map-preview-write', listCsv(40), async ({ page, sidebar, preview }) => {
      await sidebar.getByText(/^Columns: \d+ of \d+ found$/).click();
      await sidebar.getByLabel('Degree', { exact: true }).selectOption('Conn. lvl');
      await sidebar.getByLabel('Credits', { exact: true }).fill('1');
      await sidebar.getByLabel('As Of', { exact: true }).fill('2026-11-23');
      await sidebar.getByRole('button', { name: 'Preview' }).click();
      await expect(sidebar.getByRole('heading', { name: "Preview of 'list-40.csv'" }).isVisible()).resolves.toBe(true);
      await expect(sidebar.locator('.stats').innerText()).resolves.toMatch(/Credits used\s+1 of 1/);
      await expect(sidebar.getByText('Nothing written yet.', { exact: false }).isVisible()).resolves.toBe(true);
      await expect(sidebar.locator('#progress').isVisible()).resolves.toBe(false);
      expect((await gridText(page))[0]).toHaveLength(7);
      await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
      await sidebar.getByRole('heading', { name: "Written to 'list-40.csv'" }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('#sheet tbody tr:first-child td').length === 12);
      const grid = await gridText(page);
      expect(grid[0]?.slice(7)).toEqual(['Channel', 'Day', 'Date', 'Cost', 'Reason']);
      expect(grid[1]?.[7]).toBe('INMAIL'); // the hostile name's row: 3rd degree, named account, trigger, serious ask
      expect(grid[2]?.[7]).toBe('MESSAGE'); // 1st degree, read through the mapped column
      expect(grid.slice(1).filter((r) => r[7] === 'INMAIL')).toHaveLength(1); // one credit
      const settings = preview.loaded.ss.getSheetByName('Channel Settings')?.cells ?? [];
      expect(settings.find((r) => r[0] === 'Credits')?.[1]).toBe('1');
      expect(settings.find((r) => r[0] === 'Column: Degree')?.[1]).toBe('Conn. lvl');
    });
  });

  it('a prospect named <img src=x onerror=alert(1)> is a name, never markup', async () => {
    await withPreview('xss-name', listCsv(10), async ({ page, sidebar, dialogs }) => {
      await sidebar.getByRole('button', { name: 'Preview' }).click();
      await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor();
      await expect(sidebar.locator('.rows tbody tr').first().locator('td').first().textContent()).resolves.toBe(XSS);
      await expect(sidebar.locator('.rows img').count()).resolves.toBe(0);
      await expect(page.locator('#sheet img').count()).resolves.toBe(0);
      expect((await gridText(page))[1]?.[0]).toBe(XSS);
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
    });
  });

  it('works by keyboard alone, with labelled controls and visible results', async () => {
    await withPreview('keyboard', undefined, async ({ page, sidebar }) => {
      const frame = page.frames().find((f) => f.url().endsWith('/sidebar'));
      if (!frame) throw new Error('no sidebar frame');
      await frame.locator('#setting-1').focus(); // Credits
      await page.keyboard.type('3');
      // Tab through the rest of the form to the Preview button, and press it with Enter.
      for (let i = 0; i < 60 && (await frame.evaluate(() => document.activeElement?.id)) !== 'preview'; i++) await page.keyboard.press('Tab');
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe('preview');
      await page.keyboard.press('Enter');
      await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor();
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe('result-title');
      await expect(sidebar.locator('.stats').innerText()).resolves.toMatch(/Credits used\s+3 of 3/);
      await frame.locator('#write').focus();
      await page.keyboard.press('Space');
      await sidebar.getByRole('heading', { name: /^Written to/ }).waitFor();
      // Every form control has a label a screen reader reads.
      const unlabelled = await frame.evaluate(
        () =>
          Array.from(document.querySelectorAll('input, select')).filter(
            (e) => !(e.id && document.querySelector(`label[for="${e.id}"]`)) && !e.getAttribute('aria-label'),
          ).length,
      );
      expect(unlabelled).toBe(0);
      await expect(sidebar.locator('[role=status][aria-live=polite]').count()).resolves.toBe(1);
    });
  });

  it('a bad setting shows a clear message and writes nothing', async () => {
    await withPreview('bad-setting', listCsv(10), async ({ page, sidebar, preview }) => {
      await sidebar.getByLabel('Weekly Invite Cap', { exact: true }).fill('lots');
      await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
      await expect(sidebar.getByRole('alert').innerText()).resolves.toBe(
        "Channel Settings: Weekly Invite Cap: expected a whole number, 1 or more (got 'lots')",
      );
      expect((await gridText(page))[0]).toHaveLength(7);
      expect(preview.loaded.ss.getSheetByName('Channel Settings')).toBeNull();
    });
  });

  it('5,000 rows preview and write with the same few reads and writes as 50', async () => {
    const counts: Array<Record<string, number>> = [];
    for (const n of [50, 5000]) {
      await withPreview(`rows-${n}`, listCsv(n), async ({ sidebar, preview }) => {
        await sidebar.getByRole('button', { name: 'Preview' }).click();
        await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor();
        expect(preview.lastRun()?.calls['Range.getValues']).toBe(1);
        expect(preview.lastRun()?.calls['Range.setValues']).toBeUndefined();
        await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
        await sidebar.getByRole('heading', { name: /^Written to/ }).waitFor({ timeout: 30_000 });
        counts.push(preview.lastRun()?.calls ?? {});
        const cells = preview.loaded.ss.getActiveSheet().cells;
        expect(cells).toHaveLength(n + 1);
        expect(cells[n]?.[7]).toMatch(/^[A-Z_]+$/);
      });
    }
    expect(counts[1]).toEqual(counts[0]);
    // The list: one read and one write (plus one format call); the settings sheet: one read and one write.
    expect(counts[0]?.['Range.getValues']).toBe(2);
    expect(counts[0]?.['Range.setValues']).toBe(3);
  }, 90_000);
});
