/**
 * build/cli.js, what `prospect-channels` starts: it only chooses the bundle that runs the command
 * line (src/cli/main.ts, built twice by scripts/build.mjs). V8 scans every byte of the bundle it
 * is given at every start, so the default command, the usual run, gets a bundle without the other
 * commands (build/cli-plan.js, where each of them is only its help lines); a run that names
 * another command first gets the bundle with them all (build/cli-all.js). Whichever runs, the
 * command line is the same: cli.ts reads the arguments and picks the command.
 */
/** The commands of cli.ts's table other than its DEFAULT, filled in by the build. */
declare const __OTHER_COMMANDS__: readonly string[];

const first = process.argv[2];
require(first !== undefined && __OTHER_COMMANDS__.includes(first) ? './cli-all.js' : './cli-plan.js');
