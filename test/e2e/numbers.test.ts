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
      await expect(sidebar.locator('#step-numbers').innerText()).resolves.toMatch(/Preview the plan to measure/);
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await sidebar.getByLabel('As Of', { exact: true }).fill('2026-11-23');
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor();
      await sidebar.getByRole('button', { name: '5. Numbers' }).click();
      const rows = () => sidebar.locator('#numbers-table tbody tr').allInnerTexts();
      const before = await rows();
      expect(before[0]).toMatch(/^Acceptance Rate\s+47\.5%\s+40\s+32\.9%-62\.5%\s+32%$/);
      expect(before[1]).toMatch(/^InMail Reply Rate\s+5%\s+40\s+1\.4%-16\.5%\s+18%$/);
      expect(before[2]).toMatch(/^Reply After Accept\s+not enough data\s+16\s+26%$/);
      await expect(sidebar.locator('#numbers-said').innerText()).resolves.toContain('Your acceptance is 48% (n=40, 33-63%), above the 32% assumed');
      await expect(sidebar.locator('#numbers-refunds').innerText()).resolves.toMatch(/^Credits expected back: 6\.84/);

      await sidebar.getByRole('button', { name: 'Use my numbers' }).click();
      await sidebar.locator('#numbers-notice').waitFor();
      await expect(sidebar.locator('#numbers-notice').innerText()).resolves.toBe(
        'Wrote Acceptance Rate 47.5%, InMail Reply Rate 5% to the Channel Settings sheet.',
      );
      // The sheet holds them, the form shows them, and the new plan assumes them.
      const settings = preview.loaded.ss.getSheetByName('Channel Settings')?.cells ?? [];
      expect(settings.find((r) => r[0] === 'Acceptance Rate')?.[1]).toBe('47.5%');
      expect(settings.find((r) => r[0] === 'InMail Reply Rate')?.[1]).toBe('5%');
      await expect(sidebar.locator('#step-numbers').isVisible()).resolves.toBe(true);
      const after = await rows();
      expect(after[0]).toMatch(/\s47\.5%$/);
      expect(after[1]).toMatch(/\s5%$/);
      await expect(sidebar.locator('#numbers-said').innerText()).resolves.toContain('in line with the 47.5% assumed');
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await expect(sidebar.getByLabel('Acceptance Rate', { exact: true }).inputValue()).resolves.toBe('47.5%');
    } catch (e) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'numbers-step.png'), fullPage: true }).catch(() => undefined);
      throw e;
    } finally {
      await page.close();
      await preview.close();
    }
  });
});
