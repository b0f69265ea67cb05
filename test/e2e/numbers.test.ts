import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, launch } from './browser.js';
import { startPreview } from '../../src/preview/server.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
/** Counted by hand in test/stats.test.ts: acceptance 19 of 40, InMail reply 2 of 40, reply after accept 10 of 16. */
const HISTORY = join(process.cwd(), 'test/fixtures/history/campaign.csv');

describe.skipIf(!available)("the sidebar's Numbers step in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the measured rates, and "Use my numbers" writes them into Channel Settings and plans with them', async () => {
    const preview = await startPreview({ port: 0, csv: HISTORY, dist: join(process.cwd(), 'dist'), sample: 'examples/prospects.csv' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(preview.url);
      const sidebar: FrameLocator = page.frameLocator('iframe[title="Prospect Channel Planner sidebar"]');
      await sidebar
        .locator('#sheet')
        .getByText(/under the header in row 1/)
        .waitFor();
      await sidebar.getByRole('button', { name: '5. Numbers' }).click();
      // Before a plan the step measures from here, and stays here.
      await expect(sidebar.locator('#step-numbers').innerText()).resolves.toMatch(/measured from the sheet's history when the list is planned/);
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await sidebar.getByLabel('As Of', { exact: true }).fill('2026-11-23');
      await sidebar.getByRole('button', { name: '5. Numbers' }).click();
      // By keyboard: the focus comes back to this step's title, not lost to the page with the hidden Preview's.
      await sidebar.getByRole('button', { name: 'Measure my numbers' }).focus();
      await page.keyboard.press('Enter');
      await sidebar.locator('#numbers-table').waitFor();
      await expect(sidebar.locator('#step-numbers').isVisible()).resolves.toBe(true);
      const focused = () => sidebar.locator('#numbers-title').evaluate((e) => e === document.activeElement);
      await expect(focused()).resolves.toBe(true);
      const rows = () => sidebar.locator('#numbers-table tbody tr').allInnerTexts();
      // The count's column says what it is to a screen reader ('n' on screen).
      await expect(sidebar.locator('#numbers-table').getByRole('columnheader', { name: 'Count' }).count()).resolves.toBe(1);
      const before = await rows();
      expect(before[0]).toMatch(/^Acceptance Rate\s+47\.5%\s+40\s+32\.9%-62\.5%\s+32%$/);
      expect(before[1]).toMatch(/^InMail Reply Rate\s+5%\s+40\s+1\.4%-16\.5%\s+18%$/);
      expect(before[2]).toMatch(/^Reply After Accept\s+not enough data\s+16\s+26%$/);
      await expect(sidebar.locator('#numbers-said').innerText()).resolves.toContain('Your acceptance is 48% (n=40, 33-63%), above the 32% assumed');
      await expect(sidebar.locator('#numbers-refunds').innerText()).resolves.toMatch(/^Credits expected back: 6\.84/);

      await sidebar.getByRole('button', { name: 'Use my numbers' }).focus();
      await page.keyboard.press('Enter');
      await sidebar.locator('#numbers-notice').waitFor();
      await expect(focused()).resolves.toBe(true);
      await expect(sidebar.locator('#numbers-notice').innerText()).resolves.toBe(
        'Wrote Acceptance Rate 43.2%, InMail Reply Rate 5% to the Channel Settings sheet.',
      );
      // The sheet holds them, the form shows them, and the new plan assumes them.
      // Stored as Sheets stores a percentage typed: its fraction.
      const settings = preview.loaded.ss.getSheetByName('Channel Settings')?.cells ?? [];
      expect(settings.find((r) => r[0] === 'Acceptance Rate')?.[1]).toBeCloseTo(0.432, 12);
      expect(settings.find((r) => r[0] === 'InMail Reply Rate')?.[1]).toBe(0.05);
      await expect(sidebar.locator('#step-numbers').isVisible()).resolves.toBe(true);
      const after = await rows();
      expect(after[0]).toMatch(/\s43\.2%$/);
      expect(after[1]).toMatch(/\s5%$/);
      await expect(sidebar.locator('#numbers-said').innerText()).resolves.toContain('in line with the 43.2% assumed');
      // Nothing left to write, said so: not that no rate has 20 in its count, beside n=40.
      await expect(sidebar.getByRole('button', { name: 'Use my numbers' }).isDisabled()).resolves.toBe(true);
      await expect(sidebar.locator('#step-numbers').innerText()).resolves.toContain(
        'Nothing new to write: each rate measured is in line with the one assumed, or is it already.',
      );
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await expect(sidebar.getByLabel('Acceptance Rate', { exact: true }).inputValue()).resolves.toBe('43.2%');
    } catch (e) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'numbers-step.png'), fullPage: true }).catch(() => undefined);
      throw e;
    } finally {
      await page.close();
      await preview.close();
    }
  });

  it("at the sidebar's 300 px the table fits: nothing clipped or wider than the sidebar, no figure broken over two lines", async () => {
    const preview = await startPreview({ port: 0, csv: HISTORY, dist: join(process.cwd(), 'dist'), sample: 'examples/prospects.csv' });
    const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
    try {
      await page.goto(`${preview.url}sidebar`);
      await page
        .locator('#sheet')
        .getByText(/under the header in row 1/)
        .waitFor();
      await page.getByRole('button', { name: '2. Settings' }).click();
      await page.getByLabel('As Of', { exact: true }).fill('2026-11-23');
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.getByRole('heading', { name: /^Preview of/ }).waitFor();
      await page.getByRole('button', { name: '5. Numbers' }).click();
      await page.locator('#numbers-table').waitFor();
      const measure = () =>
        page.evaluate(() => {
          const table = document.querySelector('#numbers-table') as HTMLTableElement;
          const width = document.documentElement.clientWidth;
          const cells = Array.from(table.querySelectorAll('th, td')) as HTMLElement[];
          // A cell whose text is cut (an ellipsis, or hidden past its edge).
          const clipped = cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent);
          // Each figure (a word with a digit: 47.5%, 40, either end of a range) on one line: a range over it has one box.
          const broken: string[] = [];
          const texts = (c: Node): Text[] => (c instanceof Text ? [c] : Array.from(c.childNodes).flatMap(texts));
          for (const text of cells.flatMap(texts)) {
            for (const m of text.data.matchAll(/\S*\d\S*/g)) {
              const range = document.createRange();
              range.setStart(text, m.index ?? 0);
              range.setEnd(text, (m.index ?? 0) + m[0].length);
              const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
              if (tops.size > 1) broken.push(m[0]);
            }
          }
          // The lines each range takes (a range breaks between its figures only when it must).
          const ranges = Array.from(table.querySelectorAll('tbody td:nth-child(4)'), (td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
          });
          const right = (e: Element | null) => e?.getBoundingClientRect().right ?? 0;
          return { width, right: right(table), within: right(table.parentElement), scroll: document.documentElement.scrollWidth, clipped, broken, ranges };
        });
      const fits = async () => {
        const layout = await measure();
        expect(layout.clipped).toEqual([]);
        expect(layout.broken).toEqual([]);
        expect(layout.right).toBeLessThanOrEqual(layout.within);
        expect(layout.scroll).toBeLessThanOrEqual(layout.width);
        return layout;
      };
      // The fixture's ranges (32.9%-62.5%) each on one line; the third rate has no range.
      expect((await fits()).ranges).toEqual([1, 1, 0]);
      const rows = await page.locator('#numbers-table tbody tr').allInnerTexts();
      expect(rows[0]).toMatch(/^Acceptance Rate\s+47\.5%\s+40\s+32\.9%-62\.5%\s+32%$/);
      // The widest figures a rate can have, with a count in six figures (a list of 100,000 requests): still fits, each figure whole.
      await page.evaluate(() => {
        for (const tr of document.querySelectorAll('#numbers-table tbody tr')) {
          const [rate, n, range, assumed] = Array.from(tr.querySelectorAll('td'));
          rate?.replaceChildren('100%');
          n?.replaceChildren('123,456');
          range?.replaceChildren('99.9%-', document.createElement('wbr'), '100%');
          assumed?.replaceChildren('12.5%');
        }
      });
      await fits();
    } catch (e) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'numbers-step-300.png'), fullPage: true }).catch(() => undefined);
      throw e;
    } finally {
      await page.close();
      await preview.close();
    }
  });
});
