/**
 * `prospect-channels done IN.csv --rows 3,7-9 | --all-due` (SPEC section 9): records the touches
 * in the rows' history columns, then writes the file re-planned through the plan command.
 *
 * `--rows 3,7-9`: rows as a spreadsheet numbers them (the header row is 1 when it is the first
 * line). Checked against the file once its rows are known, so a bad list is one clear line.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join as pathJoin } from 'node:path';
import {
  addedBesideUnread,
  type ColumnMap,
  type Day,
  type DoneTouch,
  ERROR_FIRST,
  MARKED_FIRST,
  type HistoryWrite,
  type Outcome,
  DATE_FIELDS,
  type MappedColumn,
  type Prospect,
  type RowOutcome,
  RowError,
  StatusSpellings,
  applyDone,
  asOfAheadWarning,
  changesByRow,
  creditsSpentText,
  columnOf,
  decideRow,
  doneChanges,
  endedByMessage,
  formatDay,
  grouped,
  todayFrom,
  isMarkable,
  mapAfterDone,
  olderHistoryFix,
  olderHistoryText,
  readProspect,
  startToKeep,
} from '../core/index.js';
import { commonHelp, CliError, type Command, type CommandContext, NAME, changedError, parseCommand, settingsOf } from './common.js';
import { engineCodec } from './csv-encoding.js';
import { CsvWriter, changedSince } from './csv-file.js';
import type { CsvRecord } from './csv.js';
import { holdFile, refuseStdoutOverInput } from './files.js';
import { csvCell } from './passes.js';
import { command as planCommand } from './plan.js';
import { agendaOfFile, eachRecord, plannedInput } from './today.js';
import { tableName, visible } from './table.js';

/** A list as typed: single rows and inclusive ranges. */
export type RowList = ReadonlyArray<readonly [number, number]>;

const PART = /^(\d+)(?:-(\d+))?$/;

/** Reads `3,7-9`; a message for the user when the text is not such a list. */
export function parseRowList(text: string): RowList | string {
  const parts = text.split(',').map((p) => p.trim());
  const out: Array<[number, number]> = [];
  for (const part of parts) {
    const m = PART.exec(part);
    if (!m) return `--rows: expected row numbers and ranges such as 3,7-9 (got '${text}')`;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from === 0 || to === 0) return '--rows: row 0 does not exist: rows are numbered from 1, as in a spreadsheet';
    if (to < from) return `--rows: the range ${part} runs backwards (write ${to}-${from})`;
    if (!Number.isSafeInteger(to)) return `--rows: ${part} is not a row number`;
    out.push([from, to]);
  }
  return out;
}

/**
 * The rows of the list, in order and without repeats, when each is a prospect row: not above the
 * first one (the header row, or title lines over it) and not past the last.
 */
export function rowsIn(list: RowList, firstDataRow: number, lastRow: number): number[] | string {
  const rows = new Set<number>();
  for (const [from, to] of list) {
    if (from < firstDataRow) {
      return from === firstDataRow - 1
        ? `--rows: row ${from} is the header row; prospects start at row ${firstDataRow}`
        : `--rows: row ${from} is above the header row; prospects start at row ${firstDataRow}`;
    }
    if (to > lastRow) return `--rows: row ${to} is past the last row of the file (row ${lastRow})`;
    for (let r = from; r <= to; r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------- the command

/**
 * The history column of a prospect that records a touch on `day` (the last of them a touch sets),
 * if any, as the list heads it: what `done` wrote on an earlier run that day.
 */
function touchRecordedOn(input: Prospect, day: Day, map: ColumnMap): string | undefined {
  const field = input.lastTouchOn === day ? 'lastTouchOn' : input.inmailSentOn === day ? 'inmailSentOn' : input.requestedOn === day ? 'requestedOn' : undefined;
  // The date was read from that column: the list has it.
  return field && columnOf(map, field)?.header;
}

/**
 * Why a row's planned touch cannot be marked done, or undefined when it can. `recorded`: the
 * history column holding a touch done on the as-of date; `text`: the row is a line of text. A touch
 * planned from older history than a later duplicate's (`Outcome.newerIn`) is not marked either.
 */
function notMarkable(row: number, outcome: RowOutcome | undefined, asOf: Day, recorded?: string, text = false): string | undefined {
  if (text) return `row ${row} is a line of text (a report's footer, a title, the header again), not a prospect: nothing to mark done`;
  if (outcome === undefined || outcome === 'blank') return `row ${row} is blank: nothing to mark done`;
  if (outcome instanceof RowError) return `row ${row} has an error, nothing to mark done: ${outcome.text}`;
  if (outcome.by === 'replied') return `row ${row} has replied: nothing planned to mark done`;
  if (outcome.by === 'do-not-contact') return `row ${row} is marked do not contact: nothing to mark done`;
  if (outcome.by === 'duplicate') {
    const first = outcome.duplicateOf;
    if (outcome.flags & MARKED_FIRST) return `row ${row} is the same person as row ${first}, which is marked do not contact: nothing to mark done`;
    const fixFirst =
      outcome.flags & ERROR_FIRST ? `, which has an error: fix row ${first}, where its touches are planned and marked` : `: mark its touches on row ${first}`;
    return `row ${row} repeats row ${first} (the same LinkedIn URL or email)${fixFirst}`;
  }
  if (!isMarkable(outcome.channel) || outcome.date === null) return `row ${row} has no touch to mark done (${outcome.channel})`;
  // Recorded as of today, a touch planned for a later day would not count as done: the plan would stay as it was.
  if (outcome.date > asOf) {
    if (recorded !== undefined) {
      return `row ${row} already has a touch done on ${formatDay(asOf)} (${recorded}): its next touch (${outcome.channel}) is due ${formatDay(outcome.date)}; nothing was marked`;
    }
    return `row ${row}'s next touch (${outcome.channel}) is due ${formatDay(outcome.date)}, not yet: only a touch due on or before ${formatDay(asOf)} can be marked done ('${NAME} today' lists them)`;
  }
  if (outcome.newerIn !== null) return `row ${row}'s touch is planned from older history: ${olderHistoryFix(row, outcome.newerIn)}; nothing was marked`;
  return undefined;
}

/** The parsed flags as arguments again, for the plan command that writes the re-planned file. */
function argvOf(values: Record<string, string | string[] | boolean | undefined>, drop: readonly string[]): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (drop.includes(key) || value === undefined || value === false) continue;
    if (value === true) out.push(`--${key}`);
    else for (const v of Array.isArray(value) ? value : [value]) out.push(`--${key}=${v}`);
  }
  return out;
}

async function done(ctx: CommandContext): Promise<number> {
  const { io, leftovers } = ctx;
  const args = await parseCommand(ctx, { rows: { type: 'string' }, 'all-due': { type: 'boolean' } });
  if (args.help) return (void io.stdout.write(help()), 0);
  const rowsFlag = args.values.rows as string | undefined;
  const allDue = args.values['all-due'] === true;
  if ((rowsFlag === undefined) === !allDue) {
    throw new CliError(`give either --rows (e.g. --rows 3,7-9) or --all-due${allDue ? ', not both' : ''} (try '${NAME} done --help')`, 2);
  }
  // The marked list is the command's result: shown as a table it would be lost, with "marked done" said.
  if (args.format !== 'csv') {
    const how = args.output === undefined ? 'give -o OUT.csv, or -o with the list itself to update it in place' : 'leave out --format';
    throw new CliError(`done writes the list with the touches recorded, as CSV: ${how} (nothing was marked)`, 2);
  }
  const list = rowsFlag === undefined ? undefined : parseRowList(rowsFlag);
  if (typeof list === 'string') throw new CliError(list, 2);
  const settings = settingsOf(args, io);
  const ahead = asOfAheadWarning(settings.asOf, todayFrom(io.now()), '--as-of');
  if (ahead && !args.quiet) io.stderr.write(`Warning: ${ahead}\n`);
  refuseStdoutOverInput(args.output, args.input, io, true);
  // The list marked in place: one run at a time on that file, from before it is read to after it is written.
  await holdFile(args.input, args.output, args.input, io, leftovers, args.quiet);
  const { planned, shown } = await plannedInput(ctx, args.input, settings, args.encoding);
  const { headerRow, map } = planned.understanding;
  // Pass 2: today's agenda (for --all-due), the planned touch of each row asked for, and the last row.
  const asked = (row: number) => list?.some(([from, to]) => row >= from && row <= to) === true;
  const outcomes = new Map<number, RowOutcome>();
  // The start each marked message or email keeps (First Touch On), by row: read with the row, once.
  const starts = new Map<number, Day>();
  // The history column of each row asked for that records a touch done on the as-of date: a second run the same day.
  const recorded = new Map<number, string>();
  let lastRow = 0;
  // How the list's status column writes a status, from its cells, so done writes it so too; and each date column a date.
  const spellings = new StatusSpellings();
  const dates = new DateSpellings(map.columns.filter((c) => DATE_FIELDS.has(c.field.key)));
  const statusAt = columnOf(map, 'connectionStatus')?.index;
  // Rows that repeat the header (two lists joined): they get the added headers, as the header does.
  const headersAgain = new Set<number>();
  // Records planned as an empty row though they are not one (`NoteLines`): lines of text under the list, or the header again.
  const textLines = new Set<number>();
  // The name of each row asked for, said with what was marked: a list sorted since `today` numbered it would mark someone else.
  const names = new Map<number, string>();
  const agenda = await agendaOfFile(planned, shown, (row, o, input, record) => {
    lastRow = row;
    if (o === 'blank' && input !== undefined && input !== 'blank') textLines.add(row - 1);
    if (input && input !== 'blank' && !(input instanceof RowError) && input.repeatsHeader) headersAgain.add(row - 1);
    if (statusAt !== undefined && row - 1 > headerRow) spellings.add(record.cell(statusAt));
    if (row - 1 > headerRow) dates.add(record);
    if (o && asked(row)) {
      outcomes.set(row, o);
      names.set(row, visible(tableName(record.cells(), planned.layout)));
      const column = input && input !== 'blank' && !(input instanceof RowError) ? touchRecordedOn(input, settings.asOf, map) : undefined;
      if (column !== undefined) recorded.set(row, column);
    }
    if (o && input && o !== 'blank' && !(o instanceof RowError) && input !== 'blank' && !(input instanceof RowError) && (list === undefined || asked(row))) {
      const start = startToKeep(input, o.channel, settings);
      if (start !== undefined) starts.set(row, start);
    }
  });
  const wanted = list === undefined ? undefined : rowsIn(list, headerRow + 2, lastRow);
  if (typeof wanted === 'string') throw new CliError(wanted, 2);
  // Rows are numbered from 1 at the file's top; a touch names its record's index.
  const touches: DoneTouch[] = [];
  if (wanted === undefined) for (const e of agenda.entries) touches.push({ row: e.row - 1, channel: e.channel, start: starts.get(e.row) });
  else {
    for (const row of wanted) {
      const o = outcomes.get(row);
      const why = notMarkable(row, o, settings.asOf, recorded.get(row), textLines.has(row - 1));
      if (why) throw new CliError(why, 2);
      touches.push({ row: row - 1, channel: (o as Outcome).channel, start: starts.get(row) });
    }
  }
  // Pass 3: the file with the touches recorded, in its own encoding and line breaks; records with nothing to change go out as they were.
  const changes = doneChanges(map, touches, settings.asOf, spellings.words());
  // A date goes into a column the list has as that column writes its dates, into one added as YYYY-MM-DD.
  const dateCell = dates.writer(changes.insertAt, changes.added.length);
  const byRow = changesByRow(changes);
  const d = planned.file.delimiter;
  const join = (cells: readonly string[]) => cells.map((c) => csvCell(c, d)).join(d);
  const addedHeaders = join(changes.added.map((a) => a.header));
  const addedBlank = d.repeat(Math.max(0, changes.added.length - 1));
  const marked = pathJoin(await leftovers.scratchDir(), 'done.csv');
  const out = createWriteStream(marked);
  // Records are the engine's text of the file (its bytes, for every encoding but UTF-16): cells of ours go in through fromText.
  const codec = engineCodec(planned.file.encoding);
  const writer = new CsvWriter(out, codec.encode, planned.file.encoding.bom);
  /**
   * A record with its touches recorded: the cells written and the columns added are ours, quoted
   * only when they must be; every other cell is written as it came, its quotes kept. `cells`: the
   * record's cells after `applyDone`.
   */
  const edited = (r: CsvRecord, i: number, cells: readonly string[], writes: readonly HistoryWrite[]): string => {
    const written = new Set(writes.map((w) => w.column));
    const shift = i >= headerRow ? changes.added.length : 0;
    const out: string[] = [];
    for (let j = 0; j < cells.length; j++) {
      const from = j < changes.insertAt ? j : j - shift;
      const own = !written.has(j) && from >= 0 && (j < changes.insertAt || j >= changes.insertAt + shift) && from < r.count;
      out.push(own ? r.rawCell(from) : codec.fromText(csvCell(cells[j] as string, d)));
    }
    return out.join(d);
  };
  // A marked message that the row, re-planned, reads as the end of its sequence (`endedByMessage`).
  const messages = new Set(touches.flatMap((t) => (t.channel === 'MESSAGE' ? [t.row] : [])));
  const mapAfter = mapAfterDone(map, changes);
  const ended: string[] = [];
  await eachRecord(planned, shown, (r, row) => {
    const i = row - 1;
    const writes = byRow.get(i);
    let text = r.raw();
    if (writes) {
      const cells = applyDone(r.cells(), i, headerRow, changes, writes, dateCell) as string[];
      const said = messages.has(i) ? endedByMessage(row, 'MESSAGE', decideRow(readProspect(cells, mapAfter), settings, mapAfter)) : undefined;
      if (said !== undefined) ended.push(said);
      text = edited(r, i, cells, writes);
    }
    // A line of text under the list (a report's footer) is written as it came, as the plan writes it; the header again gets the added headers.
    else if (changes.added.length > 0 && i >= headerRow && r.count > 0 && (headersAgain.has(i) || !textLines.has(i))) {
      text = r.withBlock(changes.insertAt, 0, codec.fromText(i === headerRow || headersAgain.has(i) ? addedHeaders : addedBlank), d);
    }
    writer.write(text + r.eol);
  });
  await writer.end();
  out.end();
  await once(out, 'close');
  // The re-planned file, written exactly as the plan command writes it; then what was recorded.
  // The user's file, read twice above, must still be that file when the marked one replaces it:
  // another program saving over it meanwhile would otherwise lose its marks (runs of ours that
  // write it in place take turns: holdFile above).
  const unchanged = () => {
    if (changedSince(planned.file)) throw changedError(shown);
  };
  const code = await planCommand.run({ argv: [marked, ...argvOf(args.values, ['rows', 'all-due'])], io, leftovers, shownAs: shown, unchanged });
  if (code === 0 && !args.quiet) {
    const what = touches.length === 1 ? '1 touch' : `${grouped(touches.length)} touches`;
    const added = changes.added.length > 0 ? `; added ${changes.added.map((a) => a.header).join(', ')}` : '';
    io.stderr.write(`marked ${what} done as of ${formatDay(settings.asOf)}${wanted === undefined ? '' : `: ${whoWasMarked(touches, names)}`}${added}\n`);
  }
  // Touches today left out for a later duplicate's newer history: not marked, and said.
  const left = wanted === undefined ? olderHistoryText(agenda) : undefined;
  if (code === 0 && !args.quiet && left !== undefined) io.stderr.write(`Warning: not marked: ${left}\n`);
  if (code === 0 && !args.quiet)
    for (const said of [...ended, ...creditsSpentText(touches, settings), ...addedBesideUnread(changes.added, planned.understanding.unused)])
      io.stderr.write(`Warning: ${said}\n`);
  return code;
}

const USAGE_LINE = 'done IN.csv --rows 3,7-9 | --all-due [--as-of YYYY-MM-DD] [-o OUT]';

/** Written out only when --help asks for it. */
const help = () => `Usage: ${NAME} ${USAGE_LINE}

Records the touches you made in each row's own history columns, as of the as-of date: an
invitation sets Requested On and Connection Status pending; an InMail or Open Profile message sets
InMail Sent On; a message or an email/phone touch sets Last Touch On (and First Touch On, the
sequence's start, where no request, InMail or acceptance dates it); a withdrawal sets Connection
Status withdrawn. A missing column is added after your last column (before Channel..Reason).
Then writes the file re-planned, as the plan command does, so each row shows its next touch.

      --rows LIST       rows as a spreadsheet numbers them (header row 1): 3,7-9
      --all-due         every touch on today's agenda ('${NAME} today')

${commonHelp('csv only: done writes the list back with the touches recorded')}`;

/** Rows marked by number said with their names and touches (`row 2 Ann Lee, invitation`), the first few: which people the numbers named. */
function whoWasMarked(touches: readonly DoneTouch[], names: ReadonlyMap<number, string>): string {
  const said = touches.slice(0, NAMED_MARKS).map((t) => {
    const name = names.get(t.row + 1) ?? '';
    return `row ${t.row + 1}${name === '' ? '' : ` ${name}`} (${t.channel})`;
  });
  const more = touches.length - said.length;
  return `${said.join(', ')}${more > 0 ? `, and ${grouped(more)} more` : ''}`;
}

/** Rows marked by number that the confirmation names. */
const NAMED_MARKS = 5;

export const command: Command = {
  about: "record today's touches as done in the rows' history columns, and re-plan",
  usage: 'IN.csv --rows 3,7-9 | --all-due [--as-of D] [-o OUT]',
  run: done,
};

/** Days and months as the list writes them: `23.11.2026`, `3.11.2026 r.`, `11/23/2026`, `23/11/26`, a time after them left out. */
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})( ?r\.)?(?:[ T]\d{1,2}:\d{2}.*)?$/;
/** LinkedIn's Connections export and others write `23 Nov 2026`. */
const NAMED_MONTH_DATE = /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Dates of a column looked at to tell whether it pads its days and months. */
const DATES_LOOKED_AT = 20;

/**
 * How each of the list's date columns writes its dates (found in a new user's trial: done wrote
 * `2026-11-23` among a Polish list's `28.10.2026`): from its first date written one of the ways
 * below (a cell that is no such date, `n/a`, passed over), and whether any of its first dates
 * leaves a day or month unpadded (`3.11.2026`). A date done writes there is written the same way:
 * its order (the column's, as the reader read it), its separator, its digits, its year (`26`), a
 * Polish `r.`; or as LinkedIn writes it. Any other way, and a column added, gets `YYYY-MM-DD`,
 * which reads one way everywhere.
 */
class DateSpellings {
  private readonly first = new Map<number, string>();
  private readonly unpadded = new Set<number>();
  private readonly seen = new Map<number, number>();

  constructor(private readonly columns: readonly MappedColumn[]) {}

  /** Looks at a record's date cells, each column's first DATES_LOOKED_AT dates. */
  add(record: CsvRecord): void {
    for (const column of this.columns) {
      const n = this.seen.get(column.index) ?? 0;
      if (n >= DATES_LOOKED_AT) continue;
      const text = record.cell(column.index).trim();
      const numeric = NUMERIC_DATE.exec(text);
      const named = numeric === null ? NAMED_MONTH_DATE.exec(text) : null;
      if (numeric === null && named === null) continue;
      this.seen.set(column.index, n + 1);
      if (n === 0) this.first.set(column.index, text);
      const parts = numeric === null ? [named?.[1] ?? ''] : [numeric[1] ?? '', numeric[3] ?? ''];
      if (parts.some((p) => p.length === 1)) this.unpadded.add(column.index);
    }
  }

  /** How done writes a date into a column as it stands after `added` columns were put in at `insertAt`. */
  writer(insertAt: number, added: number): (day: Day, column: number) => string {
    const writers = new Map<number, (day: Day) => string>();
    for (const column of this.columns) {
      const sample = this.first.get(column.index);
      const write = sample === undefined ? undefined : dateWriter(sample, column.reading.order, !this.unpadded.has(column.index));
      if (write !== undefined) writers.set(column.index, write);
    }
    return (day, column) => {
      const own = column < insertAt ? column : column - added;
      const write = column >= insertAt && column < insertAt + added ? undefined : writers.get(own);
      return write === undefined ? formatDay(day) : write(day);
    };
  }
}

/** A date written as `sample` is (`NUMERIC_DATE` in `order`, `NAMED_MONTH_DATE`), its days and months padded or not. */
function dateWriter(sample: string, order: 'month-first' | 'day-first', pad: boolean): ((day: Day) => string) | undefined {
  const part = (x: string) => (pad ? x : String(Number(x)));
  if (NAMED_MONTH_DATE.test(sample)) {
    return (day) => {
      const [y, m, d] = formatDay(day).split('-') as [string, string, string];
      return `${part(d)} ${MONTHS[Number(m) - 1] as string} ${y}`;
    };
  }
  const numeric = NUMERIC_DATE.exec(sample);
  if (!numeric) return undefined;
  const [, , sep, , year, suffix] = numeric as unknown as [string, string, string, string, string, string | undefined];
  // A date with a dot is day-first wherever it is written; a slash or a dash as the column reads them.
  const dayFirst = sep === '.' || order === 'day-first';
  return (day) => {
    const [y, m, d] = formatDay(day).split('-') as [string, string, string];
    return `${part(dayFirst ? d : m)}${sep}${part(dayFirst ? m : d)}${sep}${year.length === 2 ? y.slice(2) : y}${suffix ?? ''}`;
  };
}
