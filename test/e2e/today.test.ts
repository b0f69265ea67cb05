import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, launch } from './browser.js';
import type { FakeSheet } from '../../src/preview/apps-script.js';
import { type Preview, startPreview } from '../../src/preview/server.js';

const sample = 'examples/prospects.csv';
const ARTIFACTS = join(process.cwd(), 'test-artifacts');

describe.skipIf(!available)("the sidebar's Today step in Chromium (SPEC 9)", () => {
  let browser: Browser;
  let preview: Preview;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The preview on the sample list, or on a file of its own (`csv`) under a fixed clock (`now`). */
  async function open(options: { csv?: string; now?: Date; sidebarOnly?: { width: number; height: number } } = {}): Promise<{
    page: Page;
    frame: Frame;
    press: (key: string) => Promise<void>;
    tabTo: (id: string) => Promise<void>;
    close: () => Promise<void>;
  }> {
    const { sidebarOnly, ...rest } = options;
    preview = await startPreview({ port: 0, dist: join(process.cwd(), 'dist'), sample, ...rest });
    const page = await browser.newPage({ viewport: sidebarOnly ?? { width: 1280, height: 900 } });
    let frame: Frame | undefined;
    if (sidebarOnly) {
      // The sidebar alone, at the width Sheets gives it.
      await page.goto(`${preview.url}sidebar`);
      frame = page.mainFrame();
    } else {
      await page.goto(preview.url);
      await page.waitForFunction(() => Boolean(document.querySelector('iframe')));
    }
    for (let i = 0; i < 50 && !frame; i++) {
      frame = page.frames().find((f) => f.url().endsWith('/sidebar'));
      if (!frame) await page.waitForTimeout(100);
    }
    const f = frame as Frame;
    await f
      .locator('#sheet')
      .getByText(/under the header in row \d+/)
      .waitFor();
    const active = () => f.evaluate(() => document.activeElement?.id ?? '');
    return {
      page,
      frame: f,
      press: (key) => page.keyboard.press(key),
      tabTo: async (id) => {
        for (let i = 0; i < 120 && (await active()) !== id; i++) await page.keyboard.press('Tab');
        expect(await active()).toBe(id);
      },
      close: async () => {
        await page.close();
        await preview.close();
      },
    };
  }

  const prospects = () => preview.loaded.ss.getSheetByName('Sample prospects') as FakeSheet;

  it('by keyboard alone: open the step, list the touches, mark one done, then the checked ones', async () => {
    const { frame, press, tabTo, close } = await open();
    try {
      await frame.locator('#tab-columns').focus();
      await tabTo('tab-today');
      await press('Enter');
      await tabTo('today-load');
      await press('Enter');
      await frame.getByRole('heading', { name: /^Today in 'Sample prospects', as of 2026-11-23/ }).waitFor();
      const groups = await frame.locator('#step-today h3').allInnerTexts();
      expect(groups.map((g) => g.replace(/ \(\d+\)$/, ''))).toEqual(
        ['Withdraw stale invitations', 'Messages to connections', 'Open Profile messages and InMails', 'Invitations', 'Email or phone'].filter((t) =>
          groups.some((g) => g.startsWith(t)),
        ),
      );
      const before = await frame.locator('#step-today li.touch').count();
      expect(before).toBeGreaterThan(3);
      // Mark the first invitation done with its own button, reached by Tab.
      const invite = frame.locator('#step-today section[aria-label="Invitations"] li.touch').first();
      const label = (await invite.locator('label').innerText()).replace(/^Row (\d+): .*$/, '$1');
      await invite.getByRole('button', { name: /^Mark done: row/ }).focus();
      await press('Enter');
      await frame
        .locator('#today-status')
        .getByText(/^Marked 1 done\./)
        .waitFor();
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe('today-status');
      expect(await frame.locator('#step-today li.touch').count()).toBeLessThan(before);
      const header = prospects().cells[0] as unknown[];
      const row = prospects().cells[Number(label) - 1] as unknown[];
      expect(row[header.indexOf('Invite Status')]).toBe('Pending');
      // Tick two invitations with Space and mark them with one button.
      const boxes = frame.locator('#step-today section[aria-label="Invitations"] input[type=checkbox]');
      for (const i of [0, 1]) {
        await boxes.nth(i).focus();
        await press('Space');
      }
      const left = await frame.locator('#step-today li.touch').count();
      await tabTo('today-mark-checked');
      await press('Enter');
      await frame
        .locator('#today-status')
        .getByText(/^Marked 2 done\./)
        .waitFor();
      expect(await frame.locator('#step-today li.touch').count()).toBeLessThan(left);
      // Every checkbox is labelled; names from the sheet are text, never markup.
      const unlabelled = await frame.evaluate(
        () => Array.from(document.querySelectorAll('#step-today input')).filter((e) => !(e.id && document.querySelector(`label[for="${e.id}"]`))).length,
      );
      expect(unlabelled).toBe(0);
    } finally {
      await close();
    }
  });

  it("marking a touch done drops the Preview of the sheet as it was, keeps the other ticks, lists the rows in error, and keeps a name's right-to-left mark inside the name", async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'pcp-today-')), 'marks.csv');
    // Bob's name ends in an unclosed right-to-left override; row 4's Degree does not read.
    writeFileSync(csv, 'Name,Degree\nAnn Lee,2nd\nBob \u202e,2nd\nCy Bad,fifth\nDee Fox,2nd\n');
    const { frame, close } = await open({ csv, now: new Date(2026, 10, 24, 9) });
    try {
      await frame.locator('#write').waitFor();
      await frame.locator('button[data-run]').first().click();
      await frame.locator('#result-title').getByText("Preview of 'marks.csv'").waitFor();
      await expect(frame.locator('#message').innerText()).resolves.toMatch(/Nothing written yet/);
      await frame.locator('#tab-today').click();
      await frame.locator('#today-load').click();
      await frame.getByRole('heading', { name: "Today in 'marks.csv', as of 2026-11-24" }).waitFor();
      await expect(frame.locator('#today-warnings').innerText()).resolves.toBe('1 row has an error (row 4) and no touch today: the Preview step lists them');
      // The name is set apart from the channel after it.
      await expect(frame.locator('#step-today label bdi').allInnerTexts()).resolves.toContain('Bob \u202e');
      await expect(
        frame
          .locator('#step-today label bdi')
          .first()
          .evaluate((b) => getComputedStyle(b).unicodeBidi),
      ).resolves.toBe('isolate');
      // Dee is ticked, Ann is marked with her own button.
      await frame.locator('#step-today li.touch').filter({ hasText: 'Dee Fox' }).locator('input[type=checkbox]').check();
      await frame.getByRole('button', { name: /^Mark done: row 2, Ann Lee/ }).click();
      await frame
        .locator('#today-status')
        .getByText(/^Marked 1 done/)
        .waitFor();
      // The Preview of the sheet before the mark is gone: the sheet was written and read again.
      await frame.locator('#step-preview').getByText('Press Preview to plan the list').waitFor({ state: 'attached' });
      await expect(frame.locator('#message').innerText()).resolves.not.toMatch(/Nothing written yet/);
      await expect(frame.locator('#step-today li.touch').filter({ hasText: 'Dee Fox' }).locator('input[type=checkbox]').isChecked()).resolves.toBe(true);
      await expect(frame.locator('#step-today li.touch').filter({ hasText: 'Ann Lee' }).count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it('a mistake in the form is shown at its field, as Preview shows it, and the list planned before goes; so does a list of the sheet read with another header row', async () => {
    const { frame, close } = await open();
    try {
      await frame.locator('#tab-today').click();
      await frame.locator('#today-load').click();
      await frame.locator('#step-today li.touch').first().waitFor();
      await frame.locator('#tab-settings').click();
      const credits = frame.getByLabel('Credits', { exact: true });
      await credits.fill('abc');
      await frame.locator('#tab-today').click();
      await frame.locator('#today-load').click();
      // The server's answer comes back in its own time: waited for, not read once.
      await expect.poll(() => credits.getAttribute('aria-invalid')).toBe('true');
      await expect(frame.locator('#step-settings').isVisible()).resolves.toBe(true);
      await expect(frame.locator('#step-today li.touch').count()).resolves.toBe(0);
      await expect(frame.locator('#today-status').innerText()).resolves.toMatch(/^Credits: /);
      await credits.fill('');
      await frame.locator('#tab-today').click();
      await frame.locator('#today-load').click();
      await frame.locator('#step-today li.touch').first().waitFor();
      // Put right, the field is no longer marked.
      await expect(credits.getAttribute('aria-invalid')).resolves.toBeNull();
      await expect(frame.locator('.field-error').count()).resolves.toBe(0);
      // Another header row read: the touches listed were of the sheet as read before.
      await frame.locator('#tab-columns').click();
      await frame.locator('#header-row').selectOption({ index: 2 });
      await frame
        .locator('#sheet')
        .getByText(/under the header in row 3/)
        .waitFor();
      await expect(frame.locator('#step-today li.touch').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it("a list of 484 touches at the sidebar's 300 px: Mark checked done is one Tab from Refresh and stays in view down the list, with the count of ticks; a touch focused from the keyboard is not hidden under it", async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'pcp-today-')), 'long.csv');
    const names = Array.from({ length: 484 }, (_, i) => `Person ${i + 1},1st`);
    writeFileSync(csv, `Name,Degree\n${names.join('\n')}\n`);
    const { page, frame, press, close } = await open({ csv, now: new Date(2026, 10, 24, 9), sidebarOnly: { width: 300, height: 700 } });
    try {
      await frame.getByRole('button', { name: '4. Today' }).click();
      await frame.locator('#today-load').click();
      await frame.getByRole('heading', { name: "Today in 'long.csv', as of 2026-11-24" }).waitFor();
      await expect(frame.locator('#step-today li.touch').count()).resolves.toBe(484);
      // From the keyboard: the button right after Refresh, named, and told how many are ticked.
      await frame.locator('#today-load').focus();
      await press('Tab');
      await expect(frame.evaluate(() => document.activeElement?.id)).resolves.toBe('today-mark-checked');
      const button = frame.getByRole('button', { name: 'Mark checked done', exact: true });
      await expect(button.count()).resolves.toBe(1);
      await expect(button.getAttribute('aria-describedby')).resolves.toBe('today-ticked');
      await expect(frame.locator('#today-ticked').innerText()).resolves.toBe('0 of 484 ticked');
      // A touch far down ticked with Space: the button is in view, on top (nothing covers it), and counts it.
      const far = frame.locator('#step-today input[data-touch="400"]');
      await far.focus();
      await press('Space');
      await expect(frame.locator('#today-ticked').innerText()).resolves.toBe('1 of 484 ticked');
      const inView = () =>
        frame.evaluate(() => {
          const b = (document.querySelector('#today-mark-checked') as HTMLElement).getBoundingClientRect();
          const x = b.left + b.width / 2;
          const y = b.top + b.height / 2;
          return { top: b.top, bottom: b.bottom, height: window.innerHeight, onTop: document.elementFromPoint(x, y)?.id, scrolled: window.scrollY };
        });
      const there = await inView();
      expect(there.scrolled).toBeGreaterThan(10_000);
      expect(there.top).toBeGreaterThanOrEqual(0);
      expect(there.bottom).toBeLessThanOrEqual(there.height);
      expect(there.onTop).toBe('today-mark-checked');
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'today-484-300.png') });
      // Going back up the list with Shift+Tab, the control focused is scrolled clear of the bar, not left under it:
      // the Mark done above a touch stands half under the bar, as it does when the list scrolls.
      await frame.locator('#step-today input[data-touch="200"]').evaluate((b: HTMLElement) => {
        b.focus({ preventScroll: true });
        const above = b.closest('li')?.previousElementSibling?.querySelector('button') as HTMLElement;
        window.scrollBy(0, above.getBoundingClientRect().top - 20);
      });
      await press('Shift+Tab');
      const clear = await frame.evaluate(() => {
        const bar = (document.querySelector('.today-bar') as HTMLElement).getBoundingClientRect();
        const focused = (document.activeElement as HTMLElement).getBoundingClientRect();
        return { focused: document.activeElement?.getAttribute('aria-label'), top: focused.top, bar: bar.bottom };
      });
      expect(clear.focused).toMatch(/^Mark done: row 201, Person 200, /);
      expect(clear.top).toBeGreaterThanOrEqual(clear.bar);
      // Pressed where it stands, it marks the touch ticked far below.
      await button.click();
      await frame
        .locator('#today-status')
        .getByText(/^Marked 1 done /)
        .waitFor();
      await expect(frame.locator('#step-today li.touch').count()).resolves.toBe(483);
      await expect(frame.locator('#today-ticked').innerText()).resolves.toBe('0 of 483 ticked');
    } catch (e) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'today-484-300-failed.png') }).catch(() => undefined);
      throw e;
    } finally {
      await close();
    }
  });

  it('Mark checked done with nothing ticked says so, and marks nothing', async () => {
    const { frame, press, close } = await open();
    try {
      await frame.locator('#tab-today').click();
      await frame.locator('#today-load').click();
      await frame.locator('#today-mark-checked').waitFor();
      const before = JSON.stringify(prospects().cells);
      await frame.locator('#today-mark-checked').focus();
      await press('Enter');
      await frame.locator('#today-status').getByText('Tick the touches you made first.').waitFor();
      // The button is drawn again: the focus goes to what was said, not to the page.
      await expect(frame.evaluate(() => document.activeElement?.id)).resolves.toBe('today-status');
      expect(JSON.stringify(prospects().cells)).toBe(before);
    } finally {
      await close();
    }
  });

  it('nothing due: the sentence saying so, and what comes next, is shown once', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'pcp-today-')), 'weekend.csv');
    writeFileSync(csv, 'Name,Degree\nBo Chan,1st\n');
    // A Saturday with no As Of: the 1st-degree message is due Monday, so nothing is due today.
    const { frame, close } = await open({ csv, now: new Date(2026, 10, 28, 9) });
    try {
      await frame.locator('#tab-today').click();
      await frame.locator('#today-load').click();
      await frame.getByRole('heading', { name: "Today in 'weekend.csv', as of 2026-11-28" }).waitFor();
      const text = await frame.locator('#step-today').innerText();
      const sentence = /0 touches due on or before 2026-11-28[^\n]*/.exec(text)?.[0] ?? '';
      expect(sentence).toMatch(/next: 1 touch due 2026-11-30/);
      expect(text.split(sentence).length - 1).toBe(1);
      await expect(frame.locator('#today-status').innerText()).resolves.toBe(sentence);
    } finally {
      await close();
    }
  });

  it('Mark done with an As Of after today: warned as prospect-channels done warns, the touch recorded on that day, the As Of not saved', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'pcp-today-')), 'ahead.csv');
    writeFileSync(csv, 'Name,Degree\nIvan Roe,2nd\n');
    // Friday 2026-11-20; the As Of typed is the Tuesday after.
    const { frame, close } = await open({ csv, now: new Date(2026, 10, 20, 9) });
    try {
      await frame.locator('#tab-settings').click();
      await frame.getByLabel('As Of', { exact: true }).fill('2026-11-24');
      await frame.locator('#tab-today').click();
      await frame.locator('#today-load').click();
      await frame.getByRole('heading', { name: "Today in 'ahead.csv', as of 2026-11-24" }).waitFor();
      await frame.getByRole('button', { name: /^Mark done: row 2, Ivan Roe/ }).click();
      const status = frame.locator('#today-status');
      await status.getByText(/Marked 1 done/).waitFor();
      await expect(status.innerText()).resolves.toMatch(
        /^Warning: As Of 2026-11-24 is after today \(2026-11-20\): the touches are recorded as done on a day still to come\. This As Of is not saved as your setting: the Channel Settings sheet keeps its own\. Marked 1 done \(added the columns 'Requested On', 'Connection Status' to record them; a formula's range must take them in\)\./,
      );
      await expect(status.getAttribute('class')).resolves.toBe('message warn');
      await expect(status.getAttribute('role')).resolves.toBe('alert');
      const list = preview.loaded.ss.getSheetByName('ahead.csv') as FakeSheet;
      const header = list.cells[0] as unknown[];
      const requested = list.cells[1]?.[header.indexOf('Requested On')] as Date;
      expect([requested.getFullYear(), requested.getMonth() + 1, requested.getDate()]).toEqual([2026, 11, 24]);
      const settings = preview.loaded.ss.getSheetByName('Channel Settings')?.cells ?? [];
      expect(settings.find((r) => r[0] === 'As Of')?.[1] ?? '').toBe('');
    } finally {
      await close();
    }
  });
});
