/**
 * Property: whatever the input's bytes, the command line ends with exit code 0, 1 or 2 and one
 * clear message, never a stack trace; and when it plans a file, every user cell comes out in
 * its place (our five columns taken out, each row is the row that went in).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/cli.js';
import { OUTPUT_COLUMNS } from '../src/core/index.js';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcp-prop-'));
});

async function plan(bytes: Uint8Array | string, extra: string[] = []) {
  const path = join(dir, `in-${n++}.csv`);
  writeFileSync(path, bytes);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await run([path, '--as-of', '2026-11-23', '--format', 'csv', ...extra], { stdin: new PassThrough(), stdout, stderr, now: () => new Date() });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const HEADERS = ['Name', 'Degree', 'Named Account', 'Warm', 'Trigger', 'Requested On', 'Connection Status', 'Notes', 'Deal Value', ''];
/** Cells that stress a CSV reader and the core: quotes, separators, line breaks, controls, dates, numbers, formulas. */
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    ' ',
    '"',
    '""',
    ',',
    ';',
    '\n',
    '\r\n',
    '\t',
    '\u0000',
    '\x1b[2J',
    '=1+1',
    '+1',
    '-1',
    '1',
    '2nd',
    '3rd+',
    'yes',
    'no',
    '2026-11-20',
    '20/11/2026',
    '50k',
    'accepted',
    'funding',
  ),
);
// A cell holding another delimiter is quoted too, as a one-column file could not tell otherwise which one it uses.
const quote = (c: string) => (/[",;\t|\n\r]/.test(c) || c === '' ? `"${c.replaceAll('"', '""')}"` : c);
const csvText = fc
  .record({
    header: fc.uniqueArray(fc.constantFrom(...HEADERS.slice(0, -1)), { minLength: 1, maxLength: 6 }),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ header, rows, eol }) => ({ header, rows, text: [header, ...rows].map((r) => r.map(quote).join(',')).join(eol) + eol }));

describe('the command line over random input', () => {
  it('random bytes: exit 0, 1 or 2, one line of error at most, never a stack trace', async () => {
    const header = new TextEncoder().encode('Name,Degree,Notes\n');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, withHeader) => {
        const input = withHeader ? new Uint8Array([...header, ...bytes]) : bytes;
        const r = await plan(input);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
        if (r.code === 2) expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('random CSV: when it is planned, no user cell is lost or moved', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, async ({ text }) => {
        const r = await plan(text);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
        if (r.stdout === '') return;
        // A one-column header names no delimiter: the file's lines may (a tab in a cell). Read both with the one the output shows.
        const firstLine = text.split(/\r?\n/, 1)[0] as string;
        const delimiter = [',', ';', '\t'].find((d) => r.stdout.startsWith(`${firstLine}${d}Channel`)) ?? ',';
        const read = (csv: string) =>
          (parse(csv, { relax_column_count: true, skip_empty_lines: true, delimiter }) as string[][]).filter((row) => row.some((c) => c !== ''));
        const input = read(text);
        const output = read(r.stdout);
        // The header row is the first with a recognised column (SPEC 1a): a value such as 'accepted'
        // under an unknown header is one. Rows above it come back as they were.
        const h = output.findIndex((row, i) => JSON.stringify(row) === JSON.stringify([...(input[i] ?? []), ...OUTPUT_COLUMNS]));
        expect(h, 'the header row with our five columns after it').toBeGreaterThanOrEqual(0);
        expect(output.slice(0, h)).toEqual(input.slice(0, h));
        const width = (input[h] as string[]).length;
        expect(output).toHaveLength(input.length);
        const k = OUTPUT_COLUMNS.length;
        output.slice(h + 1).forEach((row, i) => {
          const given = input[h + i + 1] as string[];
          // A row of one cell after an empty row is a line of text (a report's footer): it comes back as it was.
          if (given.filter((c) => c.trim() !== '').length === 1 && JSON.stringify(row) === JSON.stringify(given)) return;
          const expected = given.length < width ? [...given, ...Array<string>(width - given.length).fill('')] : given;
          // Our block sits after the header's last column, or (a long row) after the row's own last cell.
          const candidates = [row.slice(0, width).concat(row.slice(width + k)), row.slice(0, row.length - k)];
          expect(
            candidates.map((c) => JSON.stringify(c)),
            `row ${h + i + 1}: ${JSON.stringify(given)} -> ${JSON.stringify(row)}`,
          ).toContain(JSON.stringify(expected));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('random command lines: exit 0, 1 or 2, one line of error at most, never a stack trace', async () => {
    const sample = join(process.cwd(), 'examples/prospects.csv');
    const value = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '',
        '-1',
        '0',
        '0x10',
        '1e3',
        'NaN',
        'Infinity',
        '50k',
        '18%',
        '1.5',
        '2026-11-23',
        '9999-12-31',
        '0000-01-01',
        'free',
        'premium',
        'csv',
        'table',
        'json',
        'xml',
        '=',
        'Degree=Nope',
        'Degree=Degree',
      ),
    );
    const flag = fc.constantFrom(
      '--credits',
      '--plan',
      '--as-of',
      '--start',
      '--sequence',
      '--format',
      '--column',
      '--inmail-reply-rate',
      '--weekly-invite-cap',
      '--notes-per-month',
      '--high-value',
      '--price-per-credit',
      '-q',
      '--nope',
      '-x',
      '--',
    );
    const argv = fc.array(
      fc.oneof(
        flag,
        value,
        fc.tuple(flag, value).map(([f, v]) => `${f}=${v}`),
      ),
      { maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('plan', '', 'inspect', 'nope'), argv, fc.boolean(), async (command, args, withFile) => {
        const stdout = new PassThrough();
        const stderr = new PassThrough();
        const err: Buffer[] = [];
        stdout.resume();
        stderr.on('data', (c: Buffer) => err.push(c));
        const line = [...(command ? [command] : []), ...(withFile ? [sample] : []), ...args, '-o', join(dir, `argv-${n++}.csv`)];
        const code = await run(line, { stdin: new PassThrough(), stdout, stderr, now: () => new Date(2026, 10, 23) });
        const text = Buffer.concat(err).toString('utf8');
        expect([0, 1, 2]).toContain(code);
        expect(text).not.toMatch(/\n\s+at |internal error/);
        if (code === 2) expect(text.split('\n').filter(Boolean)).toHaveLength(1);
      }),
      { numRuns: 120 },
    );
  });
});
