/**
 * What every command of the command line shares: where it reads and writes (Io), the one-line
 * error it ends with (CliError), the output formats, and the flags every command takes (the input,
 * -o, --format, --settings, --column and a flag per setting), parsed with node:util parseArgs.
 */
import { fstatSync, promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  type Cell,
  Problem,
  SETTINGS,
  type Settings,
  type SlashOrder,
  closest,
  parseSettings,
  repeatedSetting,
  settingId,
  settingByKey,
  shortened,
  todayFrom,
} from '../core/index.js';
import { CsvError, CsvSplitter, sepDirective, sniffDelimiter } from './csv.js';
import { ENCODING_NAMES, type EncodingName, binaryKind, encodingNamed, textOf } from './csv-encoding.js';
import type { Leftovers } from './files.js';

export const NAME = 'prospect-channels';

/** Where a command reads and writes: the real process, or a test's capture. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly now: () => Date;
}

/** What a command gets: its own arguments (the command's name removed), the Io, and the run's leftovers to register. */
export interface CommandContext {
  readonly argv: readonly string[];
  readonly io: Io;
  /** Every temporary file or folder a command makes is registered here, and removed however the run ends. */
  readonly leftovers: Leftovers;
  /** How messages name the input when it is a file of ours made from the user's (done's marked copy): the user's own name for it. */
  readonly shownAs?: string;
  /**
   * Run just before the output is put in place: throws when the user's file changed since it was
   * read (done's marked copy is planned again; the file it was made from is the one to check).
   */
  readonly unchanged?: () => void;
  /** The command as typed (`today`, `stats`...); undefined for the plan, which is typed with no name: where a usage message sends for help. */
  readonly name?: string;
}

/** Where a usage message of `ctx`'s command sends for help: that command's own. */
export const helpHint = (ctx: Pick<CommandContext, 'name'>) => `(try '${NAME}${ctx.name === undefined ? '' : ` ${ctx.name}`} --help')`;

/** What the output has of an input found changed: nothing of a file output (put in place only when complete); on stdout, what was printed. */
const PRINTED = {
  nothing: 'nothing written',
  // Found in pass 2: the plan's rows go out on stdout as they are read (memory stays flat), so some are printed.
  part: 'the output printed so far is incomplete',
  // Found after pass 2: both passes read the file as it was opened, and the plan printed is of that file.
  all: 'the output printed is of the file before that change',
} as const;

/** The error for an input that changed while it was read: what was made of it is not written (or, on stdout, what was printed is said). */
export function changedError(shown: string, printed: keyof typeof PRINTED = 'nothing'): CliError {
  return new CliError(`'${shown}' changed while it was being read (written by another program, or another run): ${PRINTED[printed]}; run again`, 1);
}

/** One command of the table in cli.ts. */
export interface Command {
  /** One line for the help: what the command does. */
  readonly about: string;
  /** Its usage line, after `prospect-channels `. */
  readonly usage: string;
  /** Runs it; returns the exit code (0, or 1 when nothing could be done with the content). Throws CliError for a one-line failure. */
  readonly run: (ctx: CommandContext) => Promise<number>;
}

/**
 * A failure the user can act on: one line, no stack trace, and an exit code:
 * 2 for usage, settings and file access; 1 for the content of the input.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export const FORMATS = ['table', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const flagOf = (key: string) => key.toLowerCase().replace(/[^a-z0-9]+/g, '-');
/** Every setting is a flag named after its key: `Price Per Credit` -> `--price-per-credit`. */
export const SETTING_FLAGS = new Map(SETTINGS.map((s) => [flagOf(s.key), s.key]));
SETTING_FLAGS.set('start', 'Start Date');

/** The flags every command takes. A command adds its own with `parseCommand(ctx, extra)`. */
export const COMMON_OPTIONS = {
  output: { type: 'string', short: 'o' },
  settings: { type: 'string' },
  format: { type: 'string' },
  column: { type: 'string', multiple: true },
  encoding: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  ...Object.fromEntries([...SETTING_FLAGS.keys()].map((f) => [f, { type: 'string' as const }])),
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The help on the flags every command takes, `formats` those it writes: written out only when --help asks for it. */
export const commonHelp = (formats = 'table, csv or json (default: table on a terminal, else csv)'): string => `Options every command takes:
  -o, --output FILE     write to FILE instead of stdout (- is stdout; an existing FILE keeps its
                        permissions, owner, hard links and symlink; it is replaced only once the
                        output is complete)
      --format F        ${formats}
      --settings FILE   key/value settings as CSV (two columns, comma or semicolon) or JSON
      --column F=H      map sheet header H to field F, e.g. --column "Degree=Conn. lvl"
      --encoding E      the file's encoding, where it is not told right: windows-1250 to -1258,
                        windows-874, shift_jis, gbk, big5, euc-kr, utf-8, utf-16, windows-1252,
                        macintosh (default: told from the file; see "Files as they come")
  -q, --quiet           nothing on stderr but errors
  -h, --help            help

Settings (each also a flag; flags override --settings):
${settingsHelp()}
`;

/** A line a setting, its flag then what it accepts, the flags padded to the longest and two spaces after it. */
function settingsHelp(): string {
  const flags = SETTINGS.map((s) => `--${flagOf(s.key)}`);
  const width = Math.max(...flags.map((f) => f.length)) + 2;
  return SETTINGS.map((s, i) => `  ${(flags[i] as string).padEnd(width)}${s.accepts}; default ${s.defaultText}`).join('\n');
}

/** What parseCommand gives back: the common flags read, and every flag's raw value. */
export interface Parsed {
  /** The input file named (- for stdin). */
  readonly input: string;
  readonly output: string | undefined;
  readonly format: Format;
  readonly quiet: boolean;
  /** The file's encoding as --encoding names it, else undefined: told from the file. */
  readonly encoding?: EncodingName;
  /** The settings as key/value pairs: the --settings file's, then flags, then --column. */
  readonly pairs: Array<[Cell, Cell]>;
  /** How many of `pairs`, from the first, are the --settings file's. */
  readonly filePairs?: number;
  /** A semicolon --settings file (Excel where dates are day-first): its slash dates that read two ways are read day-first. */
  readonly settingsSlashOrder?: SlashOrder;
  readonly values: Record<string, string | string[] | boolean | undefined>;
  readonly help: boolean;
}

/**
 * parseArgs's message, as one line, without its "To specify ..." advice. Its "argument is
 * ambiguous" (a flag taking a value, then another flag) says the value is missing, and how to
 * give one that starts with a dash.
 */
function usageError(message: string, options: readonly string[], hint: string): CliError {
  const ambiguous = /^Option '([^']+)' argument is ambiguous\.[\s\S]*?use ('[^']+'(?: or '[^']+')?)/.exec(message);
  const first = ambiguous
    ? `Option '${ambiguous[1]}' argument missing: the argument after it is another option (for a value that starts with a dash, write ${ambiguous[2]})`
    : (message.replace(/\. To specify.*$/s, '').split('\n')[0] as string);
  // A typo (`--fromat`): the option it most likely meant.
  const unknown = /^Unknown option '--([^'=]+)/.exec(first)?.[1];
  const meant = unknown === undefined ? undefined : closest(unknown, options);
  return new CliError(`${first}${meant ? `; did you mean --${meant}?` : ''} ${hint}`, 2);
}

/** What parseArgs gives back, as parseCommand reads it. */
interface ReadArgs {
  values: Record<string, string | string[] | boolean | undefined>;
  positionals: string[];
}

/**
 * A command line made only of what most runs type (file names, `--name value`, `--name=value`,
 * `-x value`, on/off flags), read as parseArgs reads it, into the same null-prototype `values`
 * in the same order, without loading and first running parseArgs, a sizeable part of a short
 * run. Anything else (an unknown flag, `--`, grouped short flags, a value that starts with a
 * dash or is missing, a value given to an on/off flag) is undefined: parseArgs reads it, or
 * says what is wrong in its own words.
 */
export function readPlainArgs(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>): ReadArgs | undefined {
  const values: ReadArgs['values'] = Object.create(null);
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let value: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) value = arg.slice(eq + 1);
    } else if (arg.length === 2) name = Object.keys(options).find((key) => options[key]?.short === arg[1]);
    const option = name !== undefined && name !== '' && Object.hasOwn(options, name) ? options[name] : undefined;
    if (name === undefined || option === undefined) return undefined;
    if (option.type === 'boolean') {
      if (value !== undefined) return undefined;
      values[name] = true;
      continue;
    }
    if (value === undefined) {
      value = args[++i];
      if (value === undefined || value.startsWith('-')) return undefined;
    }
    if (option.multiple) ((values[name] ??= []) as string[]).push(value);
    // Given again: parseArgs's reading says so (parseCommand).
    else if (Object.hasOwn(values, name)) return undefined;
    else values[name] = value;
  }
  return { values, positionals };
}

/** An option that takes one value given again: the last would silently win (`--rows 2 --rows 4` marking row 4 only). */
function givenTwice(name: string, hint: string): CliError {
  const example = name === 'rows' ? ': a list goes in one (--rows 2,4)' : '';
  return new CliError(`--${name} is given twice: give it once${example} ${hint}`, 2);
}

/** The first option of `tokens` that takes one value and is given more than once. */
function repeatedOption(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>, options: NonNullable<ParseArgsConfig['options']>): string | undefined {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'option' || options[t.name]?.multiple || options[t.name]?.type !== 'string') continue;
    if (seen.has(t.name)) return t.name;
    seen.add(t.name);
  }
  return undefined;
}

/**
 * Whether the process's standard input is a shell's pipe or a redirected file: not a terminal,
 * nor `/dev/null` (cron's), nor a socket (what a program that starts this one gives by default,
 * and may never close: read, the run would wait for ever).
 */
function stdinGiven(io: Io): boolean {
  if (io.stdin !== process.stdin) return false;
  try {
    const st = fstatSync(0);
    return st.isFIFO() || st.isFile();
  } catch {
    return false;
  }
}

/**
 * Reads a command's arguments: one input file (or -; none with a list piped in), the common flags
 * and `extra`. Usage problems are a CliError with code 2, one line.
 */
export async function parseCommand(ctx: CommandContext, extra: NonNullable<ParseArgsConfig['options']> = {}): Promise<Parsed> {
  const argv = ctx.argv;
  // parseArgs reads `--credits -1` as two options; a negative number is a value (and then a clear error).
  const args = argv.map((a, i) => (/^-\d/.test(a) && /^--[a-z-]+$/.test(argv[i - 1] ?? '') ? `\u0000${a}` : a));
  const joined = args.flatMap((a, i) => (a.startsWith('\u0000') ? [] : args[i + 1]?.startsWith('\u0000') ? [`${a}=${(args[i + 1] as string).slice(1)}`] : [a]));
  const options = { ...COMMON_OPTIONS, ...extra };
  let parsed = readPlainArgs(joined, options);
  try {
    if (!parsed) {
      const full = parseArgs({ args: joined, options, allowPositionals: true, strict: true, tokens: true });
      const twice = repeatedOption(full.tokens, options);
      if (twice !== undefined) throw givenTwice(twice, helpHint(ctx));
      parsed = full as ReadArgs;
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw usageError((e as Error).message, Object.keys(options), helpHint(ctx));
  }
  const v = parsed.values;
  if (v.help) return { input: '', output: undefined, format: 'csv', quiet: false, pairs: [], values: v, help: true };
  // No file named, and a list piped or redirected in (`cat list.csv | prospect-channels`): standard input, as `-` names it.
  if (parsed.positionals.length === 0 && stdinGiven(ctx.io)) parsed = { ...parsed, positionals: ['-'] };
  if (parsed.positionals.length !== 1) {
    // `--rows 2, 3-4`: the shell made the list two words, and the rest reads as a second file.
    const rest = parsed.positionals.filter((p) => /^\d+(-\d+)?,?$/.test(p));
    const rowsSplit = typeof v.rows === 'string' && /,\s*$/.test(v.rows) && rest.length > 0 && parsed.positionals.length - rest.length <= 1;
    const got = rowsSplit
      ? `--rows '${v.rows as string}' then '${rest.join(' ')}': write the rows with no space, --rows ${(v.rows as string).trim()}${rest.join('')}`
      : undefined;
    throw new CliError(
      `${got ?? (parsed.positionals.length === 0 ? 'no input file given' : `one input file expected, got ${parsed.positionals.length}`)} ${helpHint(ctx)}`,
      2,
    );
  }
  const output = v.output as string | undefined;
  if (output === '') throw new CliError(`-o: expected a file name ${helpHint(ctx)}`, 2);
  // In any case, as the settings' choices are read (`--plan=FREE`).
  const format = (v.format as string | undefined)?.trim().toLowerCase() ?? (!output && ctx.io.stdout.isTTY ? 'table' : 'csv');
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format: expected ${FORMATS.join(', ')} (got '${format}')`, 2);
  const encoding = typeof v.encoding === 'string' ? encodingNamed(v.encoding) : undefined;
  if (typeof v.encoding === 'string' && encoding === undefined) {
    throw new CliError(`--encoding: '${v.encoding}' is not an encoding read here: ${Object.keys(ENCODING_NAMES).join(', ')} ${helpHint(ctx)}`, 2);
  }
  const file = v.settings ? await readSettingsFile(v.settings as string) : undefined;
  const repeated = file && repeatedSetting(file.pairs);
  if (repeated) throw new CliError(`bad setting in settings file '${v.settings as string}': ${repeated.message}`, 2);
  // `--start` is `--start-date`: both given, one would silently win whatever their order.
  if (typeof v.start === 'string' && typeof v['start-date'] === 'string') {
    throw new CliError(`--start and --start-date are the same setting: give one ${helpHint(ctx)}`, 2);
  }
  const flagged: Array<[Cell, Cell]> = [];
  for (const [flag, key] of SETTING_FLAGS) {
    const value = v[flag];
    if (typeof value !== 'string') continue;
    // `--credits "$LEFT"` with the variable unset: planned with a full month's credits, had it been taken as the default.
    if (value.trim() === '') throw new CliError(`--${flag}: the value is empty (an unset variable?); leave the flag out for the default ${helpHint(ctx)}`, 2);
    flagged.push([key, value]);
  }
  // A flag replaces its setting's rows in the file: `--holidays` does not add to the file's Holidays rows, which add up.
  const byFlag = new Set(flagged.map(([key]) => settingId(key)));
  const pairs: Array<[Cell, Cell]> = (file?.pairs ?? []).filter(([key]) => !byFlag.has(settingId(key)));
  const filePairs = pairs.length;
  pairs.push(...flagged);
  for (const c of (v.column as string[] | undefined) ?? []) {
    const eq = c.indexOf('=');
    if (eq <= 0) throw new CliError(`--column: expected FIELD=HEADER, e.g. --column "Degree=Conn. lvl" (got '${c}')`, 2);
    pairs.push([`Column: ${c.slice(0, eq).trim()}`, c.slice(eq + 1).trim()]);
  }
  return {
    input: parsed.positionals[0] as string,
    output,
    format: format as Format,
    quiet: v.quiet === true,
    ...(encoding === undefined ? {} : { encoding }),
    pairs,
    filePairs,
    ...(file?.delimiter === ';' ? { settingsSlashOrder: 'day-first' as const } : {}),
    values: v,
    help: false,
  };
}

/** The settings of a parsed command line, or a CliError (2). */
export function settingsOf(parsed: Parsed, io: Io): Settings {
  const today = todayFrom(io.now());
  const settings = parseSettings(parsed.pairs, today, parsed.settingsSlashOrder);
  if (!(settings instanceof Problem)) return settings;
  // The settings file's own pairs say the same: the fault is the file's, named as such.
  const file = parsed.filePairs ? parseSettings(parsed.pairs.slice(0, parsed.filePairs), today, parsed.settingsSlashOrder) : undefined;
  const where = file instanceof Problem && file.message === settings.message ? ` in settings file '${parsed.values.settings}'` : '';
  throw new CliError(`bad setting${where}: ${settings.message}`, 2);
}

async function readSettingsFile(path: string): Promise<{ pairs: Array<[Cell, Cell]>; delimiter?: string }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    throw new CliError(`cannot read settings file '${path}': ${errnoText(e)}`, 2);
  }
  // Read as a list is (Excel in Western Europe saves "CSV (séparateur: point-virgule)" as Windows-1252).
  const text = textOf(bytes).text;
  // A workbook or another binary file (the wrong file named): said as such, not its bytes quoted back.
  const kind = binaryKind(text);
  if (kind === 'zip' || kind === 'xls') {
    throw new CliError(`settings file '${path}' is a workbook, not CSV or JSON: save its two columns as CSV, or write a JSON object`, 2);
  }
  if (kind === 'binary') throw new CliError(`settings file '${path}' is not text (binary content): expected CSV or JSON`, 2);
  const trimmed = text.trim();
  if (path.endsWith('.json') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      throw new CliError(`settings file '${path}' is not valid JSON: ${(e as Error).message}`, 2);
    }
    if (Array.isArray(json) && json.every((p) => Array.isArray(p) && p.length === 2)) return { pairs: json as Array<[Cell, Cell]> };
    if (json && typeof json === 'object' && !Array.isArray(json)) {
      // A list (`"Holidays": ["2026-12-24", "2026-12-25"]`) is its items, as a value over several cells of a CSV is.
      return {
        pairs: Object.entries(json as Record<string, unknown>).map(([k, v]) => [k, v === null ? '' : Array.isArray(v) ? v.join(', ') : (v as Cell)]),
      };
    }
    throw new CliError(`settings file '${path}': expected an object of key: value, or a list of [key, value] pairs`, 2);
  }
  // Excel's `sep=;` first line names the delimiter and is no setting.
  const firstLine = /^[^\r\n]*/.exec(trimmed)?.[0] ?? '';
  const sep = sepDirective(firstLine.trim());
  const body = sep === undefined ? trimmed : trimmed.slice(firstLine.length).trimStart();
  const delimiter = sep ?? settingsDelimiter(body);
  // Read by the lists' own CSV engine; empty lines are no settings, and each cell is trimmed.
  const rows: string[][] = [];
  try {
    const splitter = new CsvSplitter(delimiter, (r) => {
      if (r.count > 0) rows.push(r.cells().map((c) => c.trim()));
    });
    splitter.push(spacesBeforeQuotesDropped(body, delimiter));
    splitter.end();
  } catch (e) {
    if (e instanceof CsvError) throw new CliError(`settings file '${path}' is not valid CSV: ${e.message}`, 2);
    throw e;
  }
  const bad = rows.find((r) => r.length < 2 && (r[0] ?? '') !== '');
  if (bad) throw new CliError(`settings file '${path}': each line needs a key and a value (got '${shortened(bad.join(','))}')`, 2);
  // A value spread over cells (`Holidays;24/12/2026;25/12/2026`) is every one of them, not the first: one more is an error, never dropped.
  const pairs = rows.map((r): [Cell, Cell] => [
    r[0] ?? '',
    r
      .slice(1)
      .filter((c) => c !== '')
      .join(', '),
  ]);
  return { pairs, delimiter };
}

/**
 * A settings file typed by hand puts a space after the delimiter (`Holidays, "2026-12-24, 2026-12-25"`),
 * where a spreadsheet's CSV has none: the quote after such spaces opens a quoted cell, as a hand
 * means it. The spaces are dropped there only, outside quoted cells.
 */
function spacesBeforeQuotesDropped(text: string, delimiter: string): string {
  // A tab is white space here unless it is the delimiter.
  const blank = (ch: string | undefined) => ch === ' ' || (ch === '\t' && delimiter !== '\t');
  let out = '';
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      out += c;
      // A doubled quote stays in the cell; a single one closes it.
      if (c === '"' && text[i + 1] === '"') out += text[++i];
      else if (c === '"') quoted = false;
      continue;
    }
    if (cellStart && blank(c)) {
      let j = i;
      while (blank(text[j])) j++;
      if (text[j] === '"') {
        i = j - 1;
        continue;
      }
    }
    out += c;
    if (cellStart && c === '"') quoted = true;
    cellStart = c === delimiter || c === '\n' || c === '\r';
  }
  return out;
}

/**
 * The delimiter of a key/value settings file with no `sep=` line: the one of comma, semicolon,
 * tab and pipe that leaves a known setting before it on the most lines, so the decimal comma of a
 * European spreadsheet's `Price Per Credit;1,98` does not make it a comma file; else as a list's.
 */
function settingsDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/);
  let best = sniffDelimiter(text);
  let bestKeys = 0;
  for (const d of [',', ';', '\t', '|']) {
    const keys = lines.filter((line) => {
      const key = line
        .slice(0, Math.max(0, line.indexOf(d)))
        .trim()
        .replace(/^"(.*)"$/, '$1');
      return settingByKey(key) !== undefined || /^column\s*:/i.test(key);
    }).length;
    if (keys > bestKeys) [best, bestKeys] = [d, keys];
  }
  return best;
}

/** System error codes in words, for the one line a user reads. */
export const ERRNO_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
  EFBIG: 'file too large',
  EXDEV: 'cannot move across file systems',
};

/** A system error in words with its code: "no such file or folder (ENOENT)". */
export function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') return (e as Error).message;
  return ERRNO_WORDS[code] ? `${ERRNO_WORDS[code]} (${code})` : code;
}

/**
 * A path given to `npm run SCRIPT`, from the folder it was called in: npm runs a script in the
 * package's folder and says where it was called from in INIT_CWD, which only that script is
 * trusted to have set (a shell npm started carries it on). Elsewhere, from the working folder.
 */
export function fromCallerFolder(path: string, script: string): string {
  const folder = process.env.npm_lifecycle_event === script && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  return resolve(folder, path);
}
