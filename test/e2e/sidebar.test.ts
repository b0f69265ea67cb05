import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, launch } from './browser.js';
import { type Preview, startPreview } from '../../src/preview/server.js';
import { WEEKS_LISTED, formatDay } from '../../src/core/index.js';
import type { PlannerPreview } from '../../src/sheets/server.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');

const XSS = '<img src=x onerror=alert(1)>';
const dir = mkdtempSync(join(tmpdir(), 'pcp-e2e-'));
const sample = 'examples/prospects.csv';

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
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  interface Opened {
    page: Page;
    sidebar: FrameLocator;
    frame: Frame;
    preview: Preview;
    dialogs: string[];
  }

  /** Opens the preview on a list; on failure saves a screenshot to test-artifacts/ before closing. */
  async function withPreview(
    name: string,
    csv: string | undefined,
    test: (o: Opened) => Promise<void>,
    options: { sidebarOnly?: { width: number; height: number }; now?: Date } = {},
  ): Promise<void> {
    const preview = await startPreview({ port: 0, csv, dist: join(process.cwd(), 'dist'), sample, now: options.now });
    const page = await browser.newPage({ viewport: options.sidebarOnly ?? { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      let frame: Frame;
      let sidebar: FrameLocator;
      if (options.sidebarOnly) {
        // The sidebar alone, at the width Sheets gives it.
        await page.goto(`${preview.url}sidebar`);
        frame = page.mainFrame();
        sidebar = page.frameLocator(':root'); // not used for the page itself
      } else {
        await page.goto(preview.url);
        sidebar = page.frameLocator('iframe[title="Prospect Channel Planner sidebar"]');
        await sidebar
          .locator('#sheet')
          .getByText(/under the header in row \d+/)
          .waitFor();
        frame = page.frames().find((f) => f.url().endsWith('/sidebar')) as Frame;
      }
      await frame
        .locator('#sheet')
        .getByText(/under the header in row \d+/)
        .waitFor();
      await test({ page, sidebar, frame, preview, dialogs });
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

  /** The WCAG contrast ratio of every visible piece of text against the background it sits on. */
  async function lowContrast(frame: Frame): Promise<string[]> {
    return frame.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = (c: number[]) => {
        const [r, g, b] = c.slice(0, 3).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        }) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const background = (e: Element | null): number[] => {
        for (let n = e; n; n = n.parentElement) {
          const c = rgb(getComputedStyle(n).backgroundColor);
          if (c.length === 3 || (c[3] ?? 0) > 0) return c;
        }
        return [255, 255, 255];
      };
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const e = t.parentElement;
        if (!e || !t.textContent?.trim() || !e.checkVisibility() || e.closest('button:disabled, option, script, style')) continue;
        const style = getComputedStyle(e);
        const fg = lum(rgb(style.color));
        const bg = lum(background(e));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        if (ratio < 4.5) bad.push(`${ratio.toFixed(2)} '${t.textContent.trim().slice(0, 30)}' (${style.color} on ${getComputedStyle(e).backgroundColor})`);
      }
      return bad;
    });
  }

  it('maps a column, changes a setting, previews, writes, and the grid shows the plan', async () => {
    await withPreview('map-preview-write', listCsv(40), async ({ page, sidebar, preview }) => {
      await sidebar.getByLabel('Degree', { exact: true }).selectOption('Conn. lvl');
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await sidebar.getByLabel('Credits', { exact: true }).fill('1');
      await sidebar.getByLabel('As Of', { exact: true }).fill('2026-11-23');
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await expect(sidebar.getByRole('heading', { name: "Preview of 'list-40.csv'" }).isVisible()).resolves.toBe(true);
      await expect(sidebar.locator('.stats').innerText()).resolves.toMatch(/Credits used\s+1 of 1/);
      // The expected cost is the credits' price less the refunds replies bring: said, so the figures add up.
      await expect(sidebar.locator('#cost-basis').innerText()).resolves.toBe('Expected cost: credits at $1.98, less the 18% a reply within 90 days refunds.');
      await expect(sidebar.locator('.stats').innerText()).resolves.toMatch(/Prospects\s+40\s+Rows with errors\s+0\s+Blank rows\s+0/);
      // SPEC 6 v2: the cost per reply to a paid InMail beside the overall cost per reply, as the CLI's summary says them.
      await expect(sidebar.locator('.stats').innerText()).resolves.toMatch(/Cost per reply\s+\$\d+\.\d\d\s+Cost per paid InMail reply\s+\$\d+\.\d\d/);
      await expect(sidebar.getByText('Planned 40 prospects. Nothing written yet.').isVisible()).resolves.toBe(true);
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
      // Only what the user changed: no detected mapping (Name, Title...) is saved.
      expect(settings.filter((r) => String(r[0]).startsWith('Column:')).map((r) => r[0])).toEqual(['Column: Degree']);
      // Full channel names, never cut.
      const channels = await sidebar.locator('.rows tbody td:nth-child(2)').allInnerTexts();
      expect(channels).toContain('InMail (paid)');
      expect(channels.every((c) => !/^[A-Z_]+$/.test(c) && !c.includes('…'))).toBe(true);
      // Each row's Reason is text under it, whole, not only a tooltip: a screen reader and the keyboard reach it.
      const reasons = await sidebar.locator('#step-preview .rows tbody td.why').allInnerTexts();
      expect(reasons).toHaveLength(await sidebar.locator('#step-preview .rows tbody td:nth-child(2)').count());
      expect(reasons.every((r) => /^[A-Z][a-z].*:/.test(r))).toBe(true);
      await expect(sidebar.getByRole('cell', { name: reasons[0], exact: true }).first().isVisible()).resolves.toBe(true);
    });
  });

  it('SPEC 10, When Credits Run Out = next-month: the credits line counts the InMails that wait for the renewal, as the mix and the cost do', async () => {
    // Named accounts with a serious ask, 3rd degree, no deadline: InMails that can wait.
    const rows = Array.from({ length: 6 }, (_, i) => `Person ${i},VP Sales,3rd,Yes,Yes`);
    const csv = join(dir, 'renewal.csv');
    writeFileSync(csv, `${['Name,Job Title,Degree,Target Account,High Stakes', ...rows].join('\n')}\n`);
    await withPreview('renewal-credits', csv, async ({ sidebar }) => {
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await sidebar.getByLabel('Credits', { exact: true }).fill('0');
      await sidebar.getByLabel('When Credits Run Out', { exact: true }).selectOption('next-month');
      await sidebar.getByLabel('As Of', { exact: true }).fill('2026-11-23');
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: "Preview of 'renewal.csv'" }).waitFor();
      const stats = await sidebar.locator('.stats').innerText();
      const waiting = Number(/Credits used\s+0 of 0; (\d+) more at the renewal, from 2026-12-01/.exec(stats)?.[1]);
      expect(waiting).toBeGreaterThan(0);
      await expect(sidebar.locator('ul.bars[aria-label="Prospects per channel"]').innerText()).resolves.toMatch(
        new RegExp(`InMail \\(paid\\)\\s*${waiting}\\b`),
      );
    });
  });

  it("a Plan and Sequence the Channel Settings sheet writes as a person does ('Recruiter Lite', 'InMail First') are shown, planned with, and kept by Write", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `Person ${i},VP Sales,3rd,Yes,Yes`);
    const csv = join(dir, 'plan-label.csv');
    writeFileSync(csv, `${['Name,Job Title,Degree,Target Account,High Stakes', ...rows].join('\n')}\n`);
    await withPreview('plan-label', csv, async ({ sidebar, preview }) => {
      const ss = preview.loaded.ss;
      const list = ss.getActiveSheet();
      ss.addSheet('Channel Settings', [
        ['Setting', 'Value'],
        ['Plan', 'Recruiter Lite'],
        ['Sequence', 'InMail First'],
        ['As Of', '2026-11-23'],
      ]);
      list.activate();
      await sidebar.getByRole('button', { name: 'Re-read sheet' }).click();
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await expect(sidebar.getByLabel('Plan', { exact: true }).inputValue()).resolves.toBe('Recruiter Lite');
      await expect(sidebar.getByLabel('Sequence', { exact: true }).inputValue()).resolves.toBe('InMail First');
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: "Preview of 'plan-label.csv'" }).waitFor();
      // Recruiter Lite's 30 credits, as the formulas over the same settings plan, not the default plan's 50.
      await expect(sidebar.locator('.stats').innerText()).resolves.toMatch(/Credits used\s+30 of 30/);
      await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
      await sidebar.getByRole('heading', { name: "Written to 'plan-label.csv'" }).waitFor();
      const settings = ss.getSheetByName('Channel Settings')?.cells ?? [];
      expect(settings.find((r) => r[0] === 'Plan')?.[1]).toBe('Recruiter Lite');
      expect(settings.find((r) => r[0] === 'Sequence')?.[1]).toBe('InMail First');
    });
  });

  it('Today plans with the columns just chosen, before any Write; marking a touch done saves them, as Write does', async () => {
    const path = join(dir, 'unknown-headers.csv');
    writeFileSync(path, 'Prospect Nm,Role Desc,Conn. lvl,Acct Tier\nAnn Lee,CEO,3rd,Tier 1\nBob Roe,Sales Manager,2nd,Tier 3\nCy Poe,VP,1st,Tier 2\n');
    await withPreview('today-unsaved-columns', path, async ({ sidebar, preview }) => {
      await sidebar.getByLabel('Name', { exact: true }).selectOption('Prospect Nm');
      await sidebar.getByLabel('Degree', { exact: true }).selectOption('Conn. lvl');
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await sidebar.getByLabel('As Of', { exact: true }).fill('2026-11-23');
      await sidebar.getByRole('button', { name: '4. Today' }).click();
      await sidebar.locator('#today-load').click();
      await sidebar.getByRole('heading', { name: "Today in 'unknown-headers.csv', as of 2026-11-23" }).waitFor();
      const labels = await sidebar.locator('#step-today li.touch label').allInnerTexts();
      expect(labels).toEqual(expect.arrayContaining(['Row 2: Ann Lee', 'Row 3: Bob Roe', 'Row 4: Cy Poe']));
      // Nothing is saved by looking.
      expect(preview.loaded.ss.getSheetByName('Channel Settings')?.cells.some((r) => String(r[0]).startsWith('Column:')) ?? false).toBe(false);
      await sidebar
        .locator('#step-today li.touch')
        .first()
        .getByRole('button', { name: /^Mark done: row/ })
        .click();
      await sidebar
        .locator('#today-status')
        .getByText(/^Marked 1 done \(added the columns? '.+' to record them; a formula's range must take (it|them) in\)\./)
        .waitFor();
      const saved = preview.loaded.ss.getSheetByName('Channel Settings')?.cells ?? [];
      expect(saved.filter((r) => String(r[0]).startsWith('Column:')).map((r) => [r[0], r[1]])).toEqual([
        ['Column: Name', 'Prospect Nm'],
        ['Column: Degree', 'Conn. lvl'],
      ]);
    });
  });

  it('Re-read sheet keeps the column choices made and not yet saved, as it keeps typed settings', async () => {
    const path = join(dir, 'reread-columns.csv');
    writeFileSync(path, 'Prospect Nm,Role Desc,Conn. lvl,Acct Tier\nAnn Lee,CEO,3rd,Tier 1\nBob Roe,Sales Manager,2nd,Tier 3\n');
    await withPreview('reread-columns', path, async ({ sidebar }) => {
      await sidebar.getByLabel('Name', { exact: true }).selectOption('Prospect Nm');
      await sidebar.getByLabel('Degree', { exact: true }).selectOption('Conn. lvl');
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await sidebar.getByLabel('Credits', { exact: true }).fill('7');
      await sidebar.getByRole('button', { name: 'Re-read sheet' }).click();
      await sidebar.getByRole('button', { name: '1. Columns' }).click();
      await expect(sidebar.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Prospect Nm');
      await expect(sidebar.getByLabel('Degree', { exact: true }).inputValue()).resolves.toBe('Conn. lvl');
      await expect(sidebar.getByLabel('Credits', { exact: true }).inputValue()).resolves.toBe('7');
      await expect(sidebar.getByRole('button', { name: 'Preview', exact: true }).isEnabled()).resolves.toBe(true);
    });
  });

  it('a second tab with other headers, after a Write: the saved mapping is ignored there and said, and the tab plans', async () => {
    await withPreview('second-tab', listCsv(10), async ({ page, sidebar, preview }) => {
      await sidebar.getByLabel('Degree', { exact: true }).selectOption('Conn. lvl');
      await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
      await sidebar.getByRole('heading', { name: /^Written to/ }).waitFor();
      preview.loaded.ss.addSheet('Second tab', [
        ['Name', 'Degree', 'Notes'],
        ['Cy', 1, 'met at a fair'],
        ['Di', 2, ''],
      ]);
      await sidebar.getByRole('button', { name: 'Re-read sheet' }).click();
      await sidebar.getByText("Sheet 'Second tab': 2 rows under the header in row 1, none blank.").waitFor();
      await expect(sidebar.locator('#columns-ignored').innerText()).resolves.toBe(
        "Column: Degree is set to 'Conn. lvl', which this tab does not have: ignored here.",
      );
      await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
      await sidebar.getByRole('heading', { name: "Written to 'Second tab'" }).waitFor();
      await expect(sidebar.getByRole('alert').innerText()).resolves.toBe('Wrote Channel, Day, Date, Cost, Reason for 2 prospects.');
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Sheet: Second tab');
      expect((await gridText(page))[1]?.slice(3, 4)).toEqual(['MESSAGE']);
    });
  });

  it("SPEC 7: Re-read on another tab finds that tab's own header row; a Write with the old tab's form is refused, nothing written", async () => {
    await withPreview('reread-other-tab', listCsv(10), async ({ sidebar, preview }) => {
      const ss = preview.loaded.ss;
      ss.addSheet('Tab A', [['Export title'], ['Name', 'Conn. degree', 'Title'], ['Ann', '2', 'VP'], ['Bo', '3', 'CEO']]);
      await sidebar.getByRole('button', { name: 'Re-read sheet' }).click();
      await sidebar.getByText("Sheet 'Tab A': 2 rows under the header in row 2, none blank.").waitFor();
      const b = ss.addSheet('Tab B', [
        ['Full Name', 'Degree', 'Job Title'],
        ['Cy', '2', 'Engineer'],
        ['Di', '3', 'CTO'],
      ]);
      await sidebar.getByRole('button', { name: 'Re-read sheet' }).click();
      await sidebar.getByText("Sheet 'Tab B': 2 rows under the header in row 1, none blank.").waitFor();
      await expect(sidebar.locator('#columns-intro').innerText()).resolves.toMatch(/^\d+ of \d+ fields found in row 1\./);
      await expect(sidebar.getByRole('button', { name: 'Write to sheet' }).isEnabled()).resolves.toBe(true);
      // Another tab made active without a Re-read: the form is Tab B's, so the Write is refused.
      ss.getSheetByName('Tab A')?.activate();
      const before = JSON.stringify([ss.getSheetByName('Tab A')?.cells, b.cells]);
      await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
      await sidebar
        .locator('#message')
        .getByText("The planner was read from 'Tab B', but the active sheet is now 'Tab A'. Choose Re-read sheet to plan 'Tab A', or go back to 'Tab B'.")
        .waitFor();
      expect(JSON.stringify([ss.getSheetByName('Tab A')?.cells, b.cells])).toBe(before);
      expect(ss.getSheetByName('Channel Settings')).toBeNull();
    });
  });

  it('SPEC 7: an empty sheet says it is empty in the Columns step, not "row 0"', async () => {
    await withPreview('empty-sheet', listCsv(3), async ({ sidebar, preview }) => {
      preview.loaded.ss.addSheet('Empty', []);
      await sidebar.getByRole('button', { name: 'Re-read sheet' }).click();
      await sidebar.locator('#sheet').getByText("Sheet 'Empty'").waitFor();
      await expect(sidebar.locator('#columns-intro').innerText()).resolves.toBe(
        'This sheet is empty: open the sheet with your prospect list, or insert the sample sheet.',
      );
      await expect(sidebar.locator('#header-row').count()).resolves.toBe(0);
      await expect(sidebar.getByRole('button', { name: 'Write to sheet' }).isDisabled()).resolves.toBe(true);
    });
  });

  it('SPEC 7, nothing is written when the form is wrong: a mapping that makes every row an error is refused at its column, the plan and settings kept', async () => {
    await withPreview('every-row-error', listCsv(10), async ({ page, sidebar, preview }) => {
      await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
      await sidebar.getByRole('heading', { name: /^Written to/ }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('#sheet tbody tr:first-child td').length === 12);
      const before = JSON.stringify([preview.loaded.ss.getSheetByName('list-10.csv')?.cells, preview.loaded.ss.getSheetByName('Channel Settings')?.cells]);
      await sidebar.getByRole('button', { name: '1. Columns' }).click();
      const degree = sidebar.getByLabel('Degree', { exact: true });
      await degree.selectOption('Job Title');
      await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
      const error = sidebar.locator('.field-error');
      await error.waitFor();
      await expect(error.innerText()).resolves.toMatch(
        /^Nothing was written: every row has an error \(10 rows\), the first in row 2: column 'Job Title': .+ Column: Degree is set to 'Job Title': choose the column that holds Degree\.$/,
      );
      await expect(degree.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(sidebar.getByRole('heading', { name: /^Preview of|^Written to/ }).count()).resolves.toBe(0);
      expect(JSON.stringify([preview.loaded.ss.getSheetByName('list-10.csv')?.cells, preview.loaded.ss.getSheetByName('Channel Settings')?.cells])).toBe(
        before,
      );
    });
  });

  it("a header that looks like a typo of a field's (Conection Degree) is named in that field's box, and choosing it reads it", async () => {
    const path = join(dir, 'typo-headers.csv');
    writeFileSync(path, 'Name,Conection Degree\nAnn Lee,1st\nBo Chan,3rd\n');
    await withPreview('typo-header', path, async ({ sidebar }) => {
      const degree = sidebar.getByLabel('Degree', { exact: true });
      await expect(degree.locator('option').first().innerText()).resolves.toBe("(auto) not found: 'Conection Degree', a typo?");
      // The 300 px box cuts that text; hovering it shows it whole, and then the choice made.
      await expect(degree.getAttribute('title')).resolves.toBe("(auto) not found: 'Conection Degree', a typo?");
      await degree.selectOption('Conection Degree');
      await expect(degree.getAttribute('title')).resolves.toBe('Conection Degree');
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: "Preview of 'typo-headers.csv'" }).waitFor();
      await expect(sidebar.locator('#step-preview .rows tbody td:nth-child(2)').first().innerText()).resolves.toBe('Message (1st degree)');
    });
  });

  it("Phone's box names the further phone columns read where the detected one is blank (Apollo's Mobile Phone), and not once a column is chosen", async () => {
    const path = join(dir, 'apollo-phones.csv');
    writeFileSync(path, 'Name,First Phone,Mobile Phone,Work Direct Phone\nAnn Lee,+1 415 555 0101,,\nBo Chan,,+1 415 555 0203,\n');
    await withPreview('fallback-phones', path, async ({ sidebar, dialogs }) => {
      const phone = sidebar.getByLabel('Phone', { exact: true });
      await expect(phone.locator('option').first().innerText()).resolves.toBe('(auto) First Phone');
      const hint = sidebar.locator(`#${await phone.getAttribute('aria-describedby')}`);
      await expect(hint.innerText()).resolves.toBe("e.g. +1 415 555 0101; where it is blank, 'Mobile Phone', then 'Work Direct Phone'");
      await phone.selectOption('Mobile Phone');
      await expect(hint.innerText()).resolves.toBe('e.g. +1 415 555 0203');
      expect(dialogs).toEqual([]);
    });
  });

  it('a list whose headers match nothing: every header is offered, and a chosen column makes the buttons work', async () => {
    const path = join(dir, 'odd-headers.csv');
    writeFileSync(path, 'Alpha,Beta,Gamma\nAnn Lee,1st,Acme\nBo Chan,3rd,Initech\n');
    await withPreview('no-header', path, async ({ sidebar, dialogs }) => {
      await expect(sidebar.locator('#columns-intro').innerText()).resolves.toMatch(
        /^No column in row 1 was recognised, nor in the rows under it to row 3: the header row must be one of them\. .*if the column names are further down, delete the rows above them, then Re-read sheet\.$/,
      );
      await expect(sidebar.getByRole('button', { name: 'Preview', exact: true }).isDisabled()).resolves.toBe(true);
      const options = await sidebar.getByLabel('Name', { exact: true }).locator('option').allInnerTexts();
      expect(options).toEqual(['(auto) not found', '(none): not in this sheet', 'Alpha', 'Beta', 'Gamma']);
      await sidebar.getByLabel('Name', { exact: true }).selectOption('Alpha');
      await expect(sidebar.locator('#column-0-hint').innerText()).resolves.toBe('e.g. Ann Lee, Bo Chan');
      await sidebar.getByLabel('Degree', { exact: true }).selectOption('Beta');
      await expect(sidebar.getByRole('button', { name: 'Preview', exact: true }).isEnabled()).resolves.toBe(true);
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: "Preview of 'odd-headers.csv'" }).waitFor();
      await expect(sidebar.locator('#step-preview .rows tbody td:nth-child(2)').allInnerTexts()).resolves.toEqual([
        'Message (1st degree)',
        'Connect with a note',
      ]);
      expect(dialogs).toEqual([]);
    });
  });

  it('a setting typed and not saved stays typed when another header row is chosen and when the sheet is read again; the select keeps the focus', async () => {
    await withPreview('typed-kept', listCsv(10), async ({ frame, sidebar }) => {
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await sidebar.getByLabel('Credits', { exact: true }).fill('3');
      await sidebar.getByRole('button', { name: '1. Columns' }).click();
      const row = sidebar.locator('#header-row');
      await row.selectOption('2');
      await sidebar.getByText(/fields found in row 2|No column in row 2/).waitFor();
      await sidebar.locator('#header-row').selectOption('1');
      await sidebar.getByText(/fields found in row 1/).waitFor();
      // With the keyboard: the arrow key reads the sheet again under another row, and focus stays on the select.
      await sidebar.locator('#header-row').focus();
      await sidebar.locator('#header-row').press('ArrowDown');
      await sidebar.getByText(/fields found in row 2|No column in row 2/).waitFor();
      expect(await frame.evaluate(() => document.activeElement?.id)).toBe('header-row');
      await sidebar.getByRole('button', { name: 'Re-read sheet' }).click();
      await sidebar.getByRole('button', { name: '2. Settings' }).click();
      await expect(sidebar.getByLabel('Credits', { exact: true }).inputValue()).resolves.toBe('3');
    });
  });

  it('SPEC 1a: a prospect row chosen as the header row (an email in it) is said to be one in the Columns step, and the real one chosen again plans', async () => {
    const csv = join(dir, 'leads.csv');
    writeFileSync(csv, 'Name,Email,Degree\nAnn Lee,ann@example.com,2nd\nBo Chan,bo@example.com,3rd\n');
    await withPreview('header-row-value', csv, async ({ sidebar }) => {
      const row = sidebar.locator('#header-row');
      await row.selectOption('2');
      await sidebar.getByText(/^Row 2 is not a header row/).waitFor();
      await expect(sidebar.locator('#columns-intro').innerText()).resolves.toBe(
        "Row 2 is not a header row: the header row holds 'ann@example.com', a prospect's value, not a header: it is a row of the list. Choose the row with the column names.",
      );
      await row.selectOption('1');
      await sidebar.getByText(/fields found in row 1/).waitFor();
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: "Preview of 'leads.csv'" }).waitFor();
      await expect(sidebar.locator('.stats').innerText()).resolves.toMatch(/Prospects\s+2\b/);
    });
  });

  it('header rows chosen one after another: the last choice is shown, though the earlier read answers last; arrow keys read the sheet once the choice rests', async () => {
    await withPreview('header-row-race', listCsv(10), async ({ page, sidebar }) => {
      const asked: string[] = [];
      await page.route('**/run/getPlannerState', async (route) => {
        const body = route.request().postData() ?? '';
        asked.push(body);
        // The read under row 2 is slow (Apps Script's calls take a second or more): it answers after the read under row 3.
        if (body.includes('"headerRow":2')) await new Promise((done) => setTimeout(done, 1500));
        await route.continue();
      });
      const row = sidebar.locator('#header-row');
      await row.selectOption('2');
      await expect.poll(() => asked.length).toBe(1);
      await row.selectOption('3');
      await sidebar.getByText(/fields found in row 3|No column in row 3/).waitFor();
      // The slow answer for row 2 has come and gone: row 3 stays shown.
      await new Promise((done) => setTimeout(done, 1800));
      await expect(sidebar.getByText(/fields found in row 3|No column in row 3/).count()).resolves.toBe(1);
      await expect(row.inputValue()).resolves.toBe('3');
      // Three presses of an arrow key in a row: one read, under the row the keys came to.
      asked.length = 0;
      await row.focus();
      for (let i = 0; i < 3; i++) await row.press('ArrowDown');
      await sidebar.getByText(/fields found in row 6|No column in row 6/).waitFor();
      expect(asked).toHaveLength(1);
      expect(asked[0]).toContain('"headerRow":6');
    });
  });

  it('a bad setting at the bottom of the form, at 300 px: the error is beside the field, in view, marked, focused; the old result is gone', async () => {
    await withPreview(
      'bad-setting-300',
      listCsv(10),
      async ({ frame, preview }) => {
        await frame.getByRole('button', { name: 'Preview', exact: true }).click();
        await frame.getByRole('heading', { name: /^Preview of/ }).waitFor();
        await frame.getByRole('button', { name: '2. Settings' }).click();
        const holidays = frame.getByLabel('Holidays', { exact: true });
        await holidays.fill('soon');
        await frame.evaluate(() => window.scrollTo(0, 0));
        await frame.getByRole('button', { name: 'Write to sheet' }).click();
        const error = frame.locator('.field-error');
        await error.waitFor();
        await expect(error.innerText()).resolves.toMatch(/^Holidays: expected dates as YYYY-MM-DD, comma-separated \(got 'soon'\)$/);
        await expect(holidays.getAttribute('aria-invalid')).resolves.toBe('true');
        await expect(holidays.getAttribute('aria-describedby')).resolves.toContain((await error.getAttribute('id')) ?? '-');
        expect(await frame.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('Holidays');
        const inView = await error.evaluate((e) => {
          const r = e.getBoundingClientRect();
          const footer = document.querySelector('footer')?.getBoundingClientRect().top ?? innerHeight;
          return r.top >= 0 && r.bottom <= Math.min(innerHeight, footer);
        });
        expect(inView).toBe(true);
        await expect(frame.getByRole('heading', { name: /^Preview of|^Written to/ }).count()).resolves.toBe(0);
        await expect(frame.locator('#message').isVisible()).resolves.toBe(false);
        expect(preview.loaded.ss.getSheetByName('Channel Settings')).toBeNull();
        expect(await lowContrast(frame)).toEqual([]);
        // Fixed, the mark goes; Enter in the box previews, as the form's Preview button.
        await holidays.fill('2026-12-24');
        await holidays.press('Enter');
        await frame.getByRole('heading', { name: /^Preview of/ }).waitFor();
        await expect(frame.locator('[aria-invalid="true"]').count()).resolves.toBe(0);
      },
      { sidebarOnly: { width: 300, height: 600 } },
    );
  });

  it('SPEC 7 at 300 px: a long tab name and a long unbroken prospect name wrap; no step is wider than the sidebar', async () => {
    const long = 'A_very_long_sheet_name_without_spaces_exported_from_salesnavigator_2026';
    const path = join(dir, `${long}.csv`);
    const name = 'Maximiliana-Konstantinopoulou-Vanderbilt-Featherstonehaugh-Smythe-Ravenscroft';
    writeFileSync(path, `Name,Degree,Email\n${name},1st,${name.toLowerCase()}@an-unusually-long-domain-name-example.com\nBo Chan,2nd,\n`);
    await withPreview(
      'long-names-300',
      path,
      async ({ frame }) => {
        const wide = () =>
          frame.evaluate(() => {
            const width = document.documentElement.clientWidth;
            const over = Array.from(document.querySelectorAll('body *')).filter((e) => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && r.right > width + 1;
            });
            return { scroll: document.documentElement.scrollWidth, width, over: over.slice(0, 4).map((e) => `${e.tagName}#${e.id}.${e.className}`) };
          });
        const fits = async () => {
          const w = await wide();
          expect(w.over).toEqual([]);
          expect(w.scroll).toBeLessThanOrEqual(w.width);
        };
        await fits();
        await frame.getByRole('button', { name: 'Preview', exact: true }).click();
        await frame.getByRole('heading', { name: `Preview of '${long}.csv'` }).waitFor();
        await fits();
        await frame.getByRole('button', { name: '4. Today' }).click();
        await frame.locator('#today-load').click();
        await frame.getByRole('heading', { name: new RegExp(`^Today in '${long}\\.csv'`) }).waitFor();
        await frame.getByText(`Row 2: ${name}`).waitFor();
        await fits();
      },
      // A file of its own has no As Of: the day is the spreadsheet's today, fixed on a weekday (on a
      // weekend the 1st-degree message is due Monday, and Today lists nothing).
      { sidebarOnly: { width: 300, height: 700 }, now: new Date(2026, 10, 24, 9) },
    );
  });

  it('counts say what they count; every row an error is an error, not a success; text meets WCAG AA contrast', async () => {
    const path = join(dir, 'errors.csv');
    writeFileSync(path, 'Name,Degree\nAnn,banana\n,\nBo,xyz\n');
    await withPreview('counts', path, async ({ frame, sidebar }) => {
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor();
      await expect(sidebar.locator('.stats').innerText()).resolves.toMatch(/Prospects\s+0\s+Rows with errors\s+2\s+Blank rows\s+1/);
      await expect(sidebar.locator('#message').getAttribute('class')).resolves.toBe('message error');
      await expect(sidebar.locator('#message').innerText()).resolves.toMatch(/^Every row has an error \(2 rows\)/);
      expect(await lowContrast(frame)).toEqual([]);
    });
    await withPreview('contrast-sample', undefined, async ({ frame, sidebar }) => {
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor();
      // The sample has 3 rows with errors on purpose: a warning, not a plain success.
      await expect(sidebar.locator('#message').innerText()).resolves.toBe('Planned 45 prospects (3 more rows with errors). Nothing written yet.');
      await expect(sidebar.locator('#message').getAttribute('class')).resolves.toBe('message warn');
      expect(await lowContrast(frame)).toEqual([]);
      for (const step of ['1. Columns', '2. Settings']) {
        await sidebar.getByRole('button', { name: step }).click();
        expect(await lowContrast(frame)).toEqual([]);
      }
    });
  });

  it('Preview lists the rows with errors and what is wrong, as text, five of them and the rest counted; no ERROR cells before a Write', async () => {
    const path = join(dir, 'some-errors.csv');
    const bad = ['banana', XSS, 'xyz', '9th', 'many', 'lots', 'none?'];
    writeFileSync(path, `Name,Degree\nAnn Lee,1st\n${bad.map((d, i) => `"P${i}",${d.includes(',') ? `"${d}"` : d}`).join('\n')}\n`);
    await withPreview('error-rows', path, async ({ sidebar, dialogs }) => {
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: "Preview of 'some-errors.csv'" }).waitFor();
      const step = sidebar.locator('#step-preview');
      await expect(step.innerText()).resolves.not.toMatch(/ERROR cells|Reason column/);
      const listed = await sidebar.locator('#error-rows li').allInnerTexts();
      expect(listed).toHaveLength(5);
      expect(listed[0]).toMatch(/^Row 3: Degree: .+ \(got 'banana'\)$/);
      // A cell's text is shown as text: the hostile value is in the list, and no element came of it.
      expect(listed[1]).toMatch(/^Row 4: Degree: .+ \(got '<img src=x onerror=alert\(1\)>'\)$/);
      expect(listed.map((l) => l.replace(/:.*/, ''))).toEqual(['Row 3', 'Row 4', 'Row 5', 'Row 6', 'Row 7']);
      await expect(sidebar.locator('#error-rows-more').innerText()).resolves.toBe('and 2 more rows with errors');
      // Said of those rows, not read as the whole list failing: the other rows are planned.
      await expect(sidebar.locator('#error-rows-note').innerText()).resolves.toBe(
        'These 7 rows are not planned; the other 1 prospect is. Correct the cells named, then Preview again.',
      );
      await expect(sidebar.locator('#step-preview img').count()).resolves.toBe(0);
      await expect(sidebar.locator('#error-rows li').first().isVisible()).resolves.toBe(true);
      expect(dialogs).toEqual([]);
      await expect(sidebar.locator('#message').innerText()).resolves.toBe('Planned 1 prospect (7 more rows with errors). Nothing written yet.');
    });
    // Every row an error: the message points to the list, not to a Reason column not written yet.
    const all = join(dir, 'all-errors.csv');
    writeFileSync(all, 'Name,Degree\nAnn,banana\nBo,xyz\n');
    await withPreview('all-error-rows', all, async ({ sidebar }) => {
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor();
      await expect(sidebar.locator('#message').innerText()).resolves.toBe(
        'Every row has an error (2 rows): the Preview lists what is wrong; check the Columns step.',
      );
      await expect(sidebar.locator('#error-rows li').allInnerTexts()).resolves.toEqual([
        expect.stringMatching(/^Row 2: Degree: .+ \(got 'banana'\)$/),
        expect.stringMatching(/^Row 3: Degree: .+ \(got 'xyz'\)$/),
      ]);
      await expect(sidebar.locator('#error-rows-more').count()).resolves.toBe(0);
      await expect(sidebar.locator('#error-rows-note').innerText()).resolves.toBe('These 2 rows are not planned. Correct the cells named, then Preview again.');
    });
  });

  it('a prospect named <img src=x onerror=alert(1)> is a name, never markup', async () => {
    await withPreview('xss-name', listCsv(10), async ({ page, sidebar, dialogs }) => {
      await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
      await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor();
      await expect(sidebar.locator('.rows tbody tr').first().locator('td').first().textContent()).resolves.toBe(XSS);
      await expect(sidebar.locator('.rows img').count()).resolves.toBe(0);
      await expect(page.locator('#sheet img').count()).resolves.toBe(0);
      expect((await gridText(page))[1]?.[0]).toBe(XSS);
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
    });
  });

  it('a CSV file name with markup that would break an inline script is shown as text', async () => {
    const path = join(dir, `<!--<script><img src=x onerror=alert(2)>.csv`);
    writeFileSync(path, 'Name,Degree\nAnn,1\n');
    await withPreview('hostile-file-name', path, async ({ page, dialogs }) => {
      await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('Sheet: <!--<script><img'));
      await expect(page.locator('img').count()).resolves.toBe(0);
      const inline = await page.$$eval('script', (scripts) => scripts.map((s) => s.textContent ?? '').join('\n'));
      expect(inline).not.toContain('onerror');
      expect(dialogs).toEqual([]);
    });
  });

  it('works by keyboard alone, with labelled controls and visible results', async () => {
    await withPreview('keyboard', undefined, async ({ page, sidebar, frame }) => {
      const active = () => frame.evaluate(() => document.activeElement?.id ?? '');
      const tabTo = async (id: string) => {
        for (let i = 0; i < 80 && (await active()) !== id; i++) await page.keyboard.press('Tab');
        expect(await active()).toBe(id);
      };
      await frame.locator('#tab-columns').focus();
      await tabTo('tab-settings');
      await page.keyboard.press('Enter');
      await tabTo('setting-1'); // Credits
      await page.keyboard.type('3');
      await tabTo('preview');
      await page.keyboard.press('Enter');
      await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor();
      expect(await active()).toBe('result-title');
      await expect(sidebar.locator('.stats').innerText()).resolves.toMatch(/Credits used\s+3 of 3/);
      await tabTo('write');
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

  it('the preview server answers only its own host, and runs no POST from another origin', async () => {
    const preview = await startPreview({ port: 0, dist: join(process.cwd(), 'dist'), sample });
    try {
      const { port } = new URL(preview.url);
      const raw = (headers: Record<string, string>, method = 'GET', path = '/') =>
        new Promise<number>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end(method === 'POST' ? '[]' : undefined);
        });
      expect(await raw({ host: `127.0.0.1:${port}` })).toBe(200);
      expect(await raw({ host: `localhost:${port}` })).toBe(200);
      expect(await raw({ host: `attacker.example:${port}` })).toBe(421);
      expect(await raw({ host: `127.0.0.1:${port}`, origin: 'http://attacker.example' }, 'POST', '/run/writePlan')).toBe(403);
      expect(await raw({ host: `127.0.0.1:${port}` }, 'POST', '/run/writePlan')).toBe(403);
      expect(await raw({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` }, 'POST', '/run/getPlannerState')).toBe(200);
      expect(preview.loaded.ss.getSheetByName('Channel Settings')?.cells).toHaveLength(2); // nothing written
    } finally {
      await preview.close();
    }
  });

  it('50,000 rows: the chart shows 12 weeks and says how many more, with the same few reads and writes as 50', async () => {
    const counts: Array<Record<string, number>> = [];
    for (const n of [50, 50_000]) {
      await withPreview(`rows-${n}`, listCsv(n), async ({ page, sidebar, preview }) => {
        const answered = page.waitForResponse((r) => r.url().endsWith('/run/previewPlan'), { timeout: 60_000 });
        await sidebar.getByRole('button', { name: 'Preview', exact: true }).click();
        await sidebar.getByRole('heading', { name: /^Preview of/ }).waitFor({ timeout: 60_000 });
        const { summary } = ((await (await answered).json()) as { ok: { preview: PlannerPreview } }).ok.preview;
        expect(preview.lastRun()?.calls['Range.getValues']).toBe(1);
        expect(preview.lastRun()?.calls['Range.setValues']).toBeUndefined();
        if (n > 50) {
          await expect(sidebar.locator('ul[aria-label^="Invitations per week"] li').count()).resolves.toBe(12);
          // More weeks than the summary lists (WEEKS_LISTED): the line counts every week, not the listed ones.
          expect(summary.weekCount).toBeGreaterThan(WEEKS_LISTED);
          await expect(sidebar.locator('#weeks-more').innerText()).resolves.toBe(
            `and ${(summary.weekCount - 12).toLocaleString('en-US')} more weeks until ${formatDay(summary.lastInvitation as number)}`,
          );
          // The warnings come before the charts, in view without scrolling past hundreds of bars.
          const order = await sidebar
            .locator('#step-preview h3')
            .allInnerTexts()
            .then((h) => h.indexOf('Warnings') < h.indexOf('Invitations per week'));
          expect(order).toBe(true);
        }
        await sidebar.getByRole('button', { name: 'Write to sheet' }).click();
        await sidebar.getByRole('heading', { name: /^Written to/ }).waitFor({ timeout: 60_000 });
        counts.push(preview.lastRun()?.calls ?? {});
        const cells = preview.loaded.ss.getActiveSheet().cells;
        expect(cells).toHaveLength(n + 1);
        expect(cells[n]?.[7]).toMatch(/^[A-Z_]+$/);
      });
    }
    expect(counts[1]).toEqual(counts[0]);
    // The list: one read and one write (plus one format call); no setting changed, so none saved.
    expect(counts[0]?.['Range.getValues']).toBe(1);
    expect(counts[0]?.['Range.setValues']).toBe(1);
  }, 240_000);
});
