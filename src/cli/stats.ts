/**
 * `prospect-channels stats IN.csv`: the campaign's own numbers (SPEC section 10), measured from
 * the list's history: acceptance, InMail reply rate and reply after accept, each with its count and
 * 95% interval beside the rate the settings assume, and the credits expected back. The file is read
 * by the plan command's own first pass, so both see exactly the same rows.
 */
import { type CampaignNumbers, type PlanSummary, measuredRates, numbersJson, percentText, numbersLines, unmeasuredWords } from '../core/index.js';
import { commonHelp, type Command, type CommandContext, NAME, parseCommand, settingsOf } from './common.js';
import { openOutput, refuseOverInput, refuseStdoutOverInput, seekableInput } from './files.js';
import { openInput, planPass } from './passes.js';
import { describeCsvError, noRowsNote, refuseUnmetMapping, reportExit } from './plan.js';
import { formatTable, reportCsv, reportDelimiter, roundedJson, tableReady } from './table.js';

/**
 * The numbers as rows of cells, header first: the table and CSV formats. `decimalComma`: numbers
 * written 28,6% and 1,67, as a spreadsheet reads them where the comma is the decimal mark (a
 * semicolon CSV, as the list's own Cost).
 */
export function statsRows(n: CampaignNumbers, decimalComma = false): string[][] {
  const mark = (text: string) => (decimalComma ? text.replace('.', ',') : text);
  const pct = (x: number | null) => (x === null ? '' : mark(percentText(x)));
  return [
    ['Measure', 'Rate', 'n', '95% interval', 'Assumed', 'Note'],
    ...measuredRates(n).map((r) => [
      r.setting,
      r.enoughData ? pct(r.rate) : unmeasuredWords(r),
      String(r.n),
      r.enoughData ? `${pct(r.low)}-${pct(r.high)}` : '',
      pct(r.assumed),
      r.text,
    ]),
    ['Credits Expected Back', mark(n.refunds.credits.toFixed(2)), String(n.refunds.awaiting), '', pct(n.refunds.replyRate), n.refunds.text],
  ];
}

async function stats(ctx: CommandContext): Promise<number> {
  const { io, leftovers } = ctx;
  const args = await parseCommand(ctx);
  if (args.help) return (void io.stdout.write(help()), 0);
  const settings = settingsOf(args, io);
  refuseOverInput(args.output, '-o', "the campaign's numbers", args.input, io);
  refuseStdoutOverInput(args.output, args.input, io, false);
  const { path: input, shown } = await seekableInput(args.input, io, leftovers);
  const out = await openOutput(args.output, io, leftovers);
  let numbers: CampaignNumbers;
  let delimiter: string;
  let empty: string | undefined;
  let summary: PlanSummary;
  try {
    const planned = await planPass(await openInput(input, args.encoding), settings, () => undefined);
    refuseUnmetMapping(planned, shown);
    summary = planned.planner.finish();
    numbers = summary.numbers;
    delimiter = reportDelimiter(planned.file.delimiter, args.output);
    empty = noRowsNote(summary, planned.understanding.headerRow, shown);
  } catch (e) {
    throw describeCsvError(e, shown);
  }
  if (args.format === 'table') await tableReady();
  const text =
    args.format === 'json'
      ? `${roundedJson(numbersJson(numbers), 2)}\n`
      : args.format === 'csv'
        ? reportCsv(statsRows(numbers, delimiter === ';'), delimiter, out.isFile)
        : `${numbersLines(numbers)[0]}\n${formatTable(statsRows(numbers), out.isStdout ? io.stdout.columns : undefined, [1, 2, 4], true)}`;
  out.stream.write(text);
  await out.commit();
  const failed = out.failure();
  if (failed) throw failed;
  if (empty !== undefined && !args.quiet) io.stderr.write(`${empty}: nothing to measure\n`);
  // CSV holds the rates alone: what they were measured from (and the rows skipped) is said beside it.
  else if (args.format === 'csv' && !args.quiet) io.stderr.write(`${numbersLines(numbers)[0]}\n`);
  // Judged by the rows the numbers read: a history after the as-of date, an error in the plan, is read as it stood.
  return reportExit(numbers, shown, io, 'measured');
}

const USAGE_LINE = 'IN.csv [--format table|csv|json] [--as-of YYYY-MM-DD] [-o FILE]';

/** Written out only when --help asks for it. */
const help = () => `Usage: ${NAME} stats ${USAGE_LINE}

Your campaign's own numbers, measured from the list's history as of --as-of (default today):
acceptance (accepted / requests decided: accepted, declined, withdrawn, or sent 21+ days ago),
InMail reply rate (replied / InMails to rows with no accepted request, sent 14+ days ago or
answered) and reply after accept (replied / accepted rows given 14 days), each with its count and
95% interval beside the rate your settings assume ("not enough data" under 20), and the credits
expected back from InMails of the last 90 days awaiting a reply.

--format json writes one object: rates as fractions with hits, n, rate, low, high, enoughData,
assumed, comparison, proposal and text (see the README).

${commonHelp()}`;

export const command: Command = {
  about: "your campaign's own numbers: acceptance, reply rates, credits expected back",
  usage: USAGE_LINE,
  run: stats,
};
