/**
 * `prospect-channels today IN.csv`: the touches due on or before the as-of date, in the order a
 * rep works them (SPEC section 9). Pass 1 plans the list (passes.ts); pass 2 reads each row's
 * planned touch and keeps only the ones due, so memory holds today's touches, not the file.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import {
  AGENDA_GROUPS,
  type Agenda,
  AgendaBuilder,
  type ColumnMap,
  type RowOutcome,
  type Settings,
  agendaSummary,
  formatDay,
  readProspect,
} from '../core/index.js';
import { COMMON_HELP, CliError, type Command, type CommandContext, type Format, NAME, parseCommand, settingsOf, sniffDelimiter } from './common.js';
import { FileProblem, type Planned, csvCell, headerMap, planPass } from './passes.js';
import { describeCsvError } from './plan.js';
import { formatTable } from './table.js';

/** The input as a file both passes can read: stdin is copied to the run's scratch folder. */
export async function inputFile(ctx: CommandContext, input: string): Promise<{ path: string; shown: string; delimiter: string }> {
  let path = input;
  if (input === '-') {
    path = join(await ctx.leftovers.scratchDir(), 'stdin.csv');
    const file = createWriteStream(path);
    ctx.io.stdin.pipe(file);
    await once(file, 'finish');
  }
  const shown = input === '-' ? 'stdin' : input;
  let head: string;
  try {
    const handle = await fs.open(path, 'r');
    try {
      const buf = Buffer.alloc(65536);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      head = buf.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw describeCsvError(e, shown);
  }
  if (head.includes('\u0000')) throw new CliError(`${shown}: not a CSV file (binary content)`);
  return { path, shown, delimiter: sniffDelimiter(head.replace(/^\uFEFF/, '')) };
}

/** Each record of the file after the header: its data row index, its cells and its raw text. */
export async function eachDataRow(
  path: string,
  delimiter: string,
  onRow: (index: number, record: string[], raw: string) => void | Promise<void>,
  onHeader?: (record: string[], raw: string) => void | Promise<void>,
): Promise<void> {
  let index = -1;
  const records = createReadStream(path).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, delimiter, raw: true }));
  for await (const { record, raw } of records as AsyncIterable<{ record: string[]; raw: string }>) {
    if (index++ < 0) await onHeader?.(record, raw);
    else await onRow(index - 1, record, raw);
  }
}

/** The plan of a file, and the spreadsheet row number of its first data row. */
export interface PlannedFile {
  readonly planned: Planned;
  readonly map: ColumnMap;
  readonly firstRow: number;
}

export async function planFile(path: string, shown: string, delimiter: string, settings: Settings): Promise<PlannedFile> {
  try {
    const planned = await planPass(path, delimiter, settings, () => {});
    planned.planner.finish();
    // The header is the file's first record: row 1, prospects from row 2.
    return { planned, map: headerMap(planned.header, settings), firstRow: 2 };
  } catch (e) {
    throw describeCsvError(e, shown);
  }
}

/** Pass 2: each row's planned touch, into today's agenda; `onOutcome` sees every row's touch. */
export async function agendaOfFile(
  file: PlannedFile,
  path: string,
  shown: string,
  delimiter: string,
  onOutcome?: (index: number, outcome: RowOutcome) => void,
): Promise<Agenda> {
  const { planner } = file.planned;
  const builder = new AgendaBuilder(planner.settings);
  try {
    await eachDataRow(path, delimiter, (i, record) => {
      const input = readProspect(record, file.map);
      const outcome = planner.outcome(i, input);
      builder.add(file.firstRow + i, input, outcome);
      onOutcome?.(i, outcome);
    });
  } catch (e) {
    throw e instanceof FileProblem || e instanceof CliError ? e : describeCsvError(e, shown);
  }
  return builder.finish();
}

const GROUP_TITLE = new Map<string, string>(AGENDA_GROUPS.map((g) => [g.key, g.title]));
const CSV_HEADER = ['Row', 'Group', 'Name', 'Channel', 'Day', 'Due', 'Overdue', 'Reason', 'LinkedIn URL', 'Email', 'Phone'];
const JSON_KEYS = ['row', 'group', 'name', 'channel', 'day', 'due', 'overdue', 'reason', 'linkedinUrl', 'email', 'phone'];

function cellsOf(a: Agenda): string[][] {
  return a.entries.map((e) => [
    String(e.row),
    GROUP_TITLE.get(e.group) ?? e.group,
    e.name,
    e.channel,
    e.day === null ? '' : String(e.day),
    formatDay(e.date),
    e.overdue ? 'yes' : 'no',
    e.reason,
    e.linkedinUrl ?? '',
    e.email ?? '',
    e.phone ?? '',
  ]);
}

/** The agenda in the asked format: a table by group, CSV (one row a touch), or JSON Lines. */
export function agendaText(a: Agenda, format: Format, delimiter: string, width?: number): string {
  const rows = cellsOf(a);
  if (format === 'json') {
    return a.entries
      .map((e, i) => {
        const r = rows[i] as string[];
        const values: unknown[] = [e.row, r[1], e.name, e.channel, e.day, r[5], e.overdue, e.reason, r[8], r[9], r[10]];
        return `${JSON.stringify(Object.fromEntries(JSON_KEYS.map((k, c) => [k, values[c]])))}\n`;
      })
      .join('');
  }
  if (format === 'csv') return [CSV_HEADER, ...rows].map((r) => `${r.map((c) => csvCell(c, delimiter)).join(delimiter)}\n`).join('');
  const out: string[] = [];
  for (const g of AGENDA_GROUPS) {
    const mine = rows.filter((_, i) => a.entries[i]?.group === g.key);
    if (mine.length === 0) continue;
    out.push(`${g.title} (${mine.length})\n`);
    const contact = (r: string[]) => [r[8], r[9], r[10]].filter(Boolean).join('  ');
    out.push(
      formatTable(
        [
          ['Row', 'Name', 'Channel', 'Due', 'Contact', 'Reason'],
          ...mine.map((r) => [r[0] as string, r[2] as string, r[3] as string, `${r[5]}${r[6] === 'yes' ? ' (overdue)' : ''}`, contact(r), r[7] as string]),
        ],
        width,
        [0],
      ),
    );
    out.push('\n');
  }
  if (out.length === 0) out.push(`Nothing due on or before ${formatDay(a.asOf)}.\n`);
  return out.join('');
}

async function today(ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const args = await parseCommand(ctx);
  if (args.help) return (void io.stdout.write(HELP), 0);
  const settings = settingsOf(args, io);
  const { path, shown, delimiter } = await inputFile(ctx, args.input);
  const file = await planFile(path, shown, delimiter, settings);
  const agenda = await agendaOfFile(file, path, shown, delimiter);
  const text = agendaText(agenda, args.format, delimiter, args.output ? undefined : io.stdout.columns);
  if (args.output) {
    try {
      await fs.writeFile(args.output, text);
    } catch (e) {
      throw new CliError(`cannot write '${args.output}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 2);
    }
  } else await new Promise<void>((resolve) => io.stdout.write(text, () => resolve()));
  if (!args.quiet && args.format !== 'json') io.stderr.write(`${agendaSummary(agenda)}\n`);
  return 0;
}

const USAGE_LINE = 'today IN.csv [--as-of YYYY-MM-DD] [--format table|csv|json] [-o OUT]';

const HELP = `Usage: ${NAME} ${USAGE_LINE}

Today's touches: every planned touch dated on or before the as-of date, in the order a rep works
them (withdrawals, messages to connections, Open Profile and InMails, invitations, email or
phone), invitations within what the daily and weekly caps leave today. Each with its row as a
spreadsheet numbers it, the name, the channel, the reason, and the LinkedIn URL, email or phone.
Record what you did with '${NAME} done'.

${COMMON_HELP}`;

export const command: Command = {
  about: "today's touches, due or overdue, in the order a rep works them",
  usage: 'IN.csv [--as-of D] [--format table|csv|json]',
  run: today,
};
