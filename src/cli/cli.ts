/**
 * The command line (SPEC section 7): `prospect-channels [COMMAND] IN.csv [options]`. Thin: it
 * picks the command from the table below and turns a known failure into one line and an exit
 * code. Each command lives in its own file, src/cli/<command>.ts, exporting `command: Command`.
 */
import { existsSync } from 'node:fs';
import { closest } from '../core/index.js';
import { COMMON_OPTIONS, commonHelp, CliError, type Command, type Io, NAME } from './common.js';
import { Leftovers } from './files.js';
import { visible } from './table.js';
import { command as done } from './done.js';
import { command as inspect } from './inspect.js';
import { command as plan } from './plan.js';
import { command as today } from './today.js';
import { command as stats } from './stats.js';

export { CliError, type Io } from './common.js';

/**
 * Every command, by the name typed after `prospect-channels`; DEFAULT runs when none is named.
 * To add one: write src/cli/<name>.ts exporting `command: Command` (common.ts): `about` (one
 * line for --help), `usage` (after `prospect-channels <name> `) and `run(ctx)`, which reads its
 * flags with parseCommand(ctx, ownOptions) and settingsOf(), its input with seekableInput() and
 * its output with openOutput() (files.ts), shows rows with formatTable() or jsonLine()
 * (table.ts), throws CliError for a one-line failure and returns the exit code. Then import it
 * below and add one line to this table. (The build gives every command but DEFAULT a bundle of
 * its own to run in: see src/cli/start.ts.)
 */
export const COMMANDS: Readonly<Record<string, Command>> = {
  plan,
  today,
  done,
  stats,
  inspect,
};
export const DEFAULT = 'plan';

/** The help of the whole command line: written out only when --help asks for it. */
export const usage = (): string => `Usage: ${NAME} [COMMAND] IN.csv [options]     (IN.csv may be - for stdin)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.about}`)
  .join('\n')}

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${NAME} ${name === DEFAULT ? c.usage : `${name} ${c.usage}`}`)
  .join('\n')}

${commonHelp()}
  -v, --version         the version; ${NAME} COMMAND --help: a command's own help
`;

/** Runs one command line; returns the exit code. `leftovers` is the run's (main.ts cleans it on a signal). */
export async function run(argv: readonly string[], io: Io, leftovers = new Leftovers()): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (argv.length === 1 && (first === '-h' || first === '--help')) return (void io.stdout.write(usage()), 0);
    // The version, wherever it is asked for (`today --version`), as the help says.
    if (argv.includes('-v') || argv.includes('--version')) return (void io.stdout.write(`${NAME} ${VERSION}\n`), 0);
    // `help`, `help today` and `-h today` (unless a file is named help).
    if ((first === 'help' && !existsSync(first)) || ((first === '-h' || first === '--help') && argv.length === 2)) {
      const of = rest[0];
      if (of !== undefined && Object.hasOwn(COMMANDS, of)) return await (COMMANDS[of] as Command).run({ argv: ['--help'], io, leftovers });
      return (void io.stdout.write(usage()), 0);
    }
    const named = first !== undefined && Object.hasOwn(COMMANDS, first);
    if (!named) {
      misspeltCommand(first, argv);
      refuseLateCommand(argv);
    }
    const command = COMMANDS[named ? first : DEFAULT] as Command;
    return await command.run({ argv: named ? rest : argv, io, leftovers, ...(named ? { name: first } : {}) });
  } catch (e) {
    if (e instanceof CliError) {
      // One line whatever it quotes (a value with a line break, a settings file's bytes): no control character reaches the terminal.
      io.stderr.write(`${NAME}: ${visible(e.message)}\n`);
      return e.code;
    }
    throw e;
  } finally {
    await leftovers.clear();
  }
}

/**
 * A first argument with no file of that name there and no file's look (a dot or a folder): a
 * letter or two from a command (`plann list.csv`) is a typo, said as one; another word followed
 * by a file (`frob list.csv`) is a command that does not exist. Neither is taken for a second
 * input file.
 */
function misspeltCommand(first: string | undefined, argv: readonly string[]): void {
  if (first === undefined || first.startsWith('-') || /[./\\]/.test(first) || existsSync(first)) return;
  const meant = closest(first, Object.keys(COMMANDS));
  if (meant !== undefined) throw new CliError(`unknown command '${first}'; did you mean ${meant}? (try '${NAME} --help')`, 2);
  if (
    positionals(argv)
      .slice(1)
      .some((a) => a === '-' || existsSync(a))
  ) {
    throw new CliError(`unknown command '${first}' (the commands: ${Object.keys(COMMANDS).join(', ')}; try '${NAME} --help')`, 2);
  }
}

/** Options that take no value (every command's, and done's --all-due): an argument after one is not its value. */
const FLAGS_ALONE = new Set([
  '--all-due',
  ...Object.entries(COMMON_OPTIONS).flatMap(([name, o]) => (o.type === 'boolean' ? [`--${name}`, ...('short' in o ? [`-${o.short}`] : [])] : [])),
]);

/** Whether argument `i` is an option's value (`-o OUT.csv`): the one before it takes one. */
function isOptionValue(argv: readonly string[], i: number): boolean {
  const before = argv[i - 1];
  return before?.startsWith('-') === true && before !== '-' && !before.includes('=') && !FLAGS_ALONE.has(before);
}

/** The arguments that are neither options nor their values (`-` for stdin is one). */
const positionals = (argv: readonly string[]): string[] => argv.filter((a, i) => (a === '-' || !a.startsWith('-')) && !isOptionValue(argv, i));

/**
 * A command named after an option (`-q today list.csv`): it would be taken for a second input
 * file. Said as such, unless a file of that name is there (or it is an option's value).
 */
function refuseLateCommand(argv: readonly string[]): void {
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (Object.hasOwn(COMMANDS, arg) && !isOptionValue(argv, i) && !existsSync(arg)) {
      throw new CliError(`'${arg}' is a command: name it first ('${NAME} ${arg} IN.csv [options]')`, 2);
    }
  }
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
