/**
 * `prospect-channels today IN.csv`: the touches due on or before the as-of date, in the order a
 * rep works them (SPEC section 9). Pass 1 plans the list (passes.ts); pass 2 reads each row's
 * planned touch and keeps only the ones due, so memory holds today's touches, not the file.
 */
import {
  olderHistoryText,
  AGENDA_GROUPS,
  type Agenda,
  AgendaBuilder,
  type RowError,
  type RowInput,
  type RowOutcome,
  type Settings,
  agendaNext,
  agendaSummary,
  asOfText,
  formatDay,
  contactLine,
  readProspect,
  todayWarnings,
} from '../core/index.js';
import { commonHelp, type Command, type CommandContext, type Format, NAME, changedError, parseCommand, settingsOf } from './common.js';
import type { CsvRecord } from './csv.js';
import type { EncodingName } from './csv-encoding.js';
import { changedSince } from './csv-file.js';
import { type Planned, ofPass1, openInput, planPass } from './passes.js';
import { describeCsvError, noRowsNote, refuseUnmetMapping, reportExit } from './plan.js';
import { openOutput, refuseOverInput, refuseStdoutOverInput, seekableInput } from './files.js';
import { formatTable, reportCsv, reportDelimiter, tableName, tableReady } from './table.js';

/** The input planned (pass 1): stdin or a pipe is first copied to the run's scratch folder, as both passes read it. */
export async function plannedInput(ctx: CommandContext, input: string, settings: Settings, named?: EncodingName): Promise<{ planned: Planned; shown: string }> {
  const { path, shown } = await seekableInput(input, ctx.io, ctx.leftovers);
  let planned: Planned;
  try {
    planned = await planPass(await openInput(path, named), settings, () => {});
  } catch (e) {
    throw describeCsvError(e, shown);
  }
  refuseUnmetMapping(planned, shown);
  planned.planner.finish();
  return { planned, shown };
}

/**
 * Pass 2 over every record of the file: `onRecord` gets each with its row number as a
 * spreadsheet numbers it (records counted from the top, lines above the header and empty lines
 * included) and, for a prospect row, what was read and its planned touch.
 */
export async function eachRecord(
  planned: Planned,
  shown: string,
  onRecord: (record: CsvRecord, row: number, prospect?: { index: number; outcome: RowOutcome; input: ReturnType<typeof readProspect> }) => void,
): Promise<void> {
  const { planner, understanding } = planned;
  try {
    await ofPass1(planned, (r, index) => {
      const row = index + 1;
      if (row - 1 <= understanding.headerRow || r.count === 0) return onRecord(r, row);
      const input = readProspect(r.cells(), understanding.map);
      // The planner knows a row by its record's index from the first under the header (passes.ts).
      const i = row - 2 - understanding.headerRow;
      onRecord(r, row, { index: i, outcome: planner.outcome(i) ?? (input as 'blank' | RowError), input });
    });
  } catch (e) {
    throw describeCsvError(e, shown);
  }
}

/** Today's agenda of a planned file; `onRow` sees every record's row number, and a prospect row's planned touch. */
export async function agendaOfFile(
  planned: Planned,
  shown: string,
  onRow?: (row: number, outcome: RowOutcome | undefined, input: RowInput | undefined, record: CsvRecord) => void,
): Promise<Agenda> {
  const builder = new AgendaBuilder(planned.planner.settings);
  await eachRecord(planned, shown, (r, row, prospect) => {
    // Named as the plan's table names it: by the first column when no column reads as a name.
    if (prospect) builder.add(row, prospect.input, prospect.outcome, tableName(r.cells(), planned.layout));
    onRow?.(row, prospect?.outcome, prospect?.input, r);
  });
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

/** The agenda in the asked format: a table by group, CSV (one row a touch; `bom` in a file), or JSON Lines. */
function agendaText(a: Agenda, format: Format, delimiter: string, bom: boolean, width?: number): string {
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
  if (format === 'csv') return reportCsv([CSV_HEADER, ...rows], delimiter, bom);
  const out: string[] = [];
  for (const g of AGENDA_GROUPS) {
    const mine = a.entries.flatMap((e, i) => (e.group === g.key ? [{ e, r: rows[i] as string[] }] : []));
    if (mine.length === 0) continue;
    out.push(`${g.title} (${mine.length})\n`);
    out.push(
      formatTable(
        [
          ['Row', 'Name', 'Channel', 'Due', 'Contact', 'Reason'],
          ...mine.map(({ e, r }) => [
            r[0] as string,
            r[2] as string,
            r[3] as string,
            `${r[5]}${r[6] === 'yes' ? ' (overdue)' : ''}`,
            contactLine(e, true),
            r[7] as string,
          ]),
        ],
        width,
        [0],
        // The Reason, what the touch is for, is never cut on a terminal: it wraps, as stats' Note does.
        true,
      ),
    );
    out.push('\n');
  }
  if (out.length === 0) {
    const next = agendaNext(a);
    out.push(`Nothing due on or before ${asOfText(a)}${next ? `; ${next}` : ''}.\n`);
  }
  return out.join('');
}

async function today(ctx: CommandContext): Promise<number> {
  const { io } = ctx;
  const args = await parseCommand(ctx);
  if (args.help) return (void io.stdout.write(help()), 0);
  const settings = settingsOf(args, io);
  refuseOverInput(args.output, '-o', "today's agenda", args.input, io);
  refuseStdoutOverInput(args.output, args.input, io, false);
  const { planned, shown } = await plannedInput(ctx, args.input, settings, args.encoding);
  // Opened before the agenda is built, so a bad -o fails before the second pass.
  const out = await openOutput(args.output, io, ctx.leftovers);
  const agenda = await agendaOfFile(planned, shown);
  // Read twice: a write to the file between the readings would mix two versions' rows.
  if (changedSince(planned.file)) throw changedError(shown);
  if (args.format === 'table') await tableReady();
  const text = agendaText(agenda, args.format, reportDelimiter(planned.file.delimiter, args.output), out.isFile, args.output ? undefined : io.stdout.columns);
  out.stream.write(text);
  await out.commit();
  const sum = planned.planner.finish();
  const empty = noRowsNote(sum, planned.understanding.headerRow, shown);
  if (empty !== undefined && !args.quiet) io.stderr.write(`${empty}: nothing is due\n`);
  // The plan's warnings (an acceptance that risks a restriction, credits, duplicates...), as the
  // plan says them; rows in error have no ERROR cells here to point at, so they are said apart.
  const warnings = todayWarnings(sum, settings, planned.understanding.map, `\`${NAME} inspect\` says what`, planned.understanding.dateOrders);
  // JSON Lines carry the touches alone; the warnings still go to stderr, the count as the touches show it.
  // A table on the terminal with nothing due says so itself, with what comes next: the count would
  // say it again, unless it has more to say (invitations the caps hold, a duplicate's newer history).
  const saidOnScreen =
    args.format === 'table' &&
    agenda.entries.length === 0 &&
    agenda.invitationsHeld === 0 &&
    olderHistoryText(agenda) === undefined &&
    out.isStdout &&
    io.stdout.isTTY === true;
  const counted = args.format === 'json' || saidOnScreen ? '' : `${agendaSummary(agenda)}\n`;
  if (!args.quiet) io.stderr.write(`${warnings.map((w) => `Warning: ${w}\n`).join('')}${counted}`);
  return reportExit(sum, shown, io);
}

const USAGE_LINE = 'today IN.csv [--as-of YYYY-MM-DD] [--format table|csv|json] [-o OUT]';

/** Written out only when --help asks for it. */
const help = () => `Usage: ${NAME} ${USAGE_LINE}

Today's touches: every planned touch dated on or before the as-of date, in the order a rep works
them (withdrawals, messages to connections, Open Profile and InMails, invitations, email or
phone), invitations within what the daily and weekly caps leave today. Each with its row as a
spreadsheet numbers it, the name, the channel, the reason, and the LinkedIn URL, email or phone.
Record what you did with '${NAME} done'.

${commonHelp()}`;

export const command: Command = {
  about: "today's touches, due or overdue, in the order a rep works them",
  usage: 'IN.csv [--as-of D] [--format table|csv|json] [-o FILE]',
  run: today,
};
