/**
 * `prospect-channels inspect IN.csv [--format table|json]` (SPEC 1a, 7): what the reader
 * understood of a file. Each column's field, or why it is not used; how slash dates are read; and
 * per row the values read, or the row's error. Nothing is planned and nothing is written.
 */
import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse as parseSync } from 'csv-parse/sync';
import {
  type Cell,
  type ColumnMap,
  Problem,
  RowError,
  type Understanding,
  parseSettings,
  readProspect,
  todayFrom,
  understand,
  understandingLines,
  valuesRead,
} from '../core/index.js';
import { CliError, type Io, readSettingsFile, sniffDelimiter } from './cli.js';

const USAGE = `Usage: prospect-channels inspect IN.csv [--format table|json] [--settings FILE] [--column F=H] [--date-order O]

Shows what was understood of IN.csv: the header row, each column's field or why it is not used,
how slash dates are read, and per row the values read (json: one object a row). Plans nothing.
`;

const OPTIONS = {
  format: { type: 'string' },
  settings: { type: 'string' },
  column: { type: 'string', multiple: true },
  'date-order': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** One row as read: its values by field, its error, or blank. */
export interface RowRead {
  readonly row: number;
  readonly values?: Record<string, string>;
  readonly error?: string;
  readonly blank?: true;
}

export function readRows(records: readonly (readonly Cell[])[], u: Understanding): RowRead[] {
  return records.slice(u.headerRow + 1).map((record, i) => rowRead(i + 1, record, u.map));
}

function rowRead(row: number, record: readonly Cell[], map: ColumnMap): RowRead {
  const p = readProspect(record, map);
  if (p === 'blank') return { row, blank: true };
  if (p instanceof RowError) return { row, error: p.text };
  return { row, values: Object.fromEntries(valuesRead(p, map)) };
}

/** Windows-1252's characters for the bytes 0x80-0x9F (blank: undefined in the code page). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * The file's text. UTF-8 (with or without BOM), UTF-16 with a BOM, and anything that is not valid
 * UTF-8 read as Windows-1252, which is what Excel's "CSV" writes.
 */
export function decodeFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    // Node's own windows-1252 decoder reads 0x80-0x9F as Latin-1 control characters, not € and the quotes.
    return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c);
  }
}

/** Records of a CSV text: every line break ends a row, and a quote inside an unquoted cell is text. */
export function csvRecords(text: string): string[][] {
  const delimiter = sniffDelimiter(text.slice(0, 65536));
  return parseSync(text, { delimiter, relax_column_count: true, skip_empty_lines: true, relax_quotes: true }) as string[][];
}

function table(u: Understanding, rows: readonly RowRead[]): string {
  const lines = understandingLines(u);
  lines.push('');
  for (const r of rows) {
    const body = r.blank
      ? '(blank row)'
      : (r.error ??
        Object.entries(r.values ?? {})
          .map(([k, v]) => `${k}: ${v === '' ? '-' : v}`)
          .join(' · '));
    lines.push(`${String(r.row).padStart(5)}  ${body}`);
  }
  // Control characters of cells are shown as visible escapes, never sent to the terminal.
  return `${lines.join('\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}\n`;
}

export async function inspect(argv: readonly string[], io: Io): Promise<number> {
  try {
    let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new CliError(`inspect: ${(e as Error).message.replace(/\. To specify.*$/s, '')}\n${USAGE}`, 2);
    }
    const v = parsed.values;
    if (v.help) return (void io.stdout.write(USAGE), 0);
    if (parsed.positionals.length !== 1) throw new CliError(`inspect: one input file expected\n${USAGE.split('\n\n')[0]}`, 2);
    const format = v.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new CliError(`--format: expected table or json (got '${format}')`, 2);
    const pairs: Array<[Cell, Cell]> = v.settings ? await readSettingsFile(v.settings) : [];
    if (v['date-order']) pairs.push(['Date Order', v['date-order']]);
    for (const c of v.column ?? []) {
      const eq = c.indexOf('=');
      if (eq <= 0) throw new CliError(`--column: expected FIELD=HEADER, e.g. --column "Degree=Conn. lvl" (got '${c}')`, 2);
      pairs.push([`Column: ${c.slice(0, eq).trim()}`, c.slice(eq + 1).trim()]);
    }
    const settings = parseSettings(pairs, todayFrom(io.now()));
    if (settings instanceof Problem) throw new CliError(`bad setting: ${settings.message}`, 2);
    const input = parsed.positionals[0] as string;
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(input);
    } catch (e) {
      throw new CliError(`cannot read '${input}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 2);
    }
    let records: string[][];
    try {
      records = csvRecords(decodeFile(bytes));
    } catch (e) {
      throw new CliError(`${input}: not valid CSV: ${(e as Error).message}`);
    }
    if (records.length === 0) throw new CliError(`${input}: the file is empty: expected a header row`);
    const u = understand(records, settings);
    if (u instanceof Problem) throw new CliError(`${input}: ${u.message}`);
    const rows = readRows(records, u);
    if (format === 'json') {
      io.stdout.write(
        `${JSON.stringify(
          rows.map((r) => ({ row: r.row, ...(r.values ?? {}), ...(r.error ? { error: r.error } : {}), ...(r.blank ? { blank: true } : {}) })),
          null,
          1,
        )}\n`,
      );
      io.stderr.write(`${understandingLines(u).join('\n')}\n`);
    } else io.stdout.write(table(u, rows));
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`prospect-channels: ${e.message}\n`);
      return e.code;
    }
    throw e;
  }
}
