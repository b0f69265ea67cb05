/** The plan's summary in words: the CLI prints its lines; the sidebar's Preview shows the same figures (`summaryFigures`, in format.ts: the sidebar takes it without the rest of the core). */
import { CHANNELS, type Settings } from './model.js';
import { formatDay } from './dates.js';
import { type PlanSummary, plannedProspects } from './plan.js';
import { numbersLines } from './numbers.js';
import { WARM_ACCEPTANCE_BONUS } from './cost.js';
import { dollars, grouped, percentText, plural, summaryFigures } from './format.js';

/** Invitations per week, the first weeks listed and the rest counted. */
function invitationsLine(sum: PlanSummary, s: Settings): string {
  if (sum.invitations === 0) return 'Invitations: none';
  const span = `${formatDay(sum.firstInvitation as number)} to ${formatDay(sum.lastInvitation as number)}`;
  const weeks = sum.weeks.map((w) => `${formatDay(w.monday)} ${grouped(w.planned)}${w.alreadySent ? ` +${w.alreadySent} sent` : ''}`);
  if (sum.weekCount > sum.weeks.length)
    weeks.push(`and ${grouped(sum.weekCount - sum.weeks.length)} more weeks until ${formatDay(sum.lastInvitation as number)}`);
  return `Invitations: ${grouped(sum.invitations)}, ${span}; per week (cap ${s.weeklyInviteCap}): ${weeks.join(', ')}`;
}

/** How an InMail's expected cost is had from the price of a credit: a reply within 90 days refunds it [002][003][004]. */
export function costBasis(s: Settings): string {
  return `credits at ${dollars(s.pricePerCredit)}, less the ${percentText(s.inmailReplyRate)} a reply within 90 days refunds`;
}

/** The rows marked Do Not Contact and the other rows of the same people, as the summary says them; undefined with none. */
export function doNotContactLine(sum: Pick<PlanSummary, 'markedRows' | 'ofMarked'>): string | undefined {
  if (sum.markedRows === 0) return undefined;
  const more =
    sum.ofMarked === 0
      ? ''
      : `, and ${plural(sum.ofMarked, 'other row')} of the same ${sum.markedRows === 1 ? 'person' : 'people'} (same LinkedIn URL or email)`;
  return `Do not contact: ${plural(sum.markedRows, 'row')} marked${more}: none is touched`;
}

export function summaryLines(sum: PlanSummary, s: Settings): string[] {
  const planned = plannedProspects(sum);
  const f = summaryFigures(sum);
  // The rows not planned, said to be besides the prospects counted ("(3 with errors)" read as 3 of them).
  const extra = [
    sum.errors ? `${grouped(sum.errors)} more ${sum.errors === 1 ? 'row' : 'rows'} with errors` : '',
    sum.blank ? `${grouped(sum.blank)} blank` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const lines = [
    `Planned ${grouped(planned)} prospect${planned === 1 ? '' : 's'}${extra ? ` (${extra})` : ''} as of ${formatDay(s.asOf)}, starting ${formatDay(s.startDate)}: ${s.plan.name}, ${s.sequence} sequence`,
    `Channels: ${CHANNELS.map((c) => `${c} ${grouped(sum.channels[c])}`).join(', ')}`,
    `Credits: ${grouped(sum.creditsUsed)} of ${grouped(sum.creditsAvailable)} used${sum.creditsWanted > sum.creditsUsed ? ` (${grouped(sum.creditsWanted)} wanted)` : ''}` +
      (sum.creditsWaiting > 0 && sum.renewal !== null
        ? `; ${grouped(sum.creditsWaiting)} InMails wait for the renewal, sent from ${formatDay(sum.renewal)}`
        : ''),
    sum.noteMonths > 1
      ? `Notes: ${grouped(sum.notesUsed)} over ${grouped(sum.noteMonths)} months, ${s.notesPerMonth === Infinity ? 'no monthly limit' : `${grouped(s.notesPerMonth)} a month`}`
      : `Notes: ${grouped(sum.notesUsed)} ${s.notesPerMonth === Infinity ? 'this month, no monthly limit' : `of ${grouped(s.notesPerMonth)} this month`}`,
    `Expected replies: ${f.expectedReplies} (InMail ${percentText(s.inmailReplyRate)}; connect ${percentText(s.acceptanceRate)} x ${percentText(s.replyAfterAccept)}${sum.warm > 0 ? `, warm +${Math.round(WARM_ACCEPTANCE_BONUS * 100)} points` : ''})`,
    `Expected cost: ${f.expectedCost}${f.costPerReply === null ? '' : `, ${f.costPerReply} per expected reply`}` +
      (f.costPerPaidReply === null ? '' : `, ${f.costPerPaidReply} per reply to a paid InMail`) +
      (sum.creditsUsed > 0 ? ` (${costBasis(s)})` : ''),
    invitationsLine(sum, s),
    `Pending invitations: ${grouped(sum.pendingInvitations)}${sum.withdrawalsDue > 0 ? `, ${grouped(sum.withdrawalsDue)} due for withdrawal` : ''}`,
  ];
  // The rows of a prospect marked Do Not Contact are said with the marks, not as duplicates.
  const duplicates = sum.duplicates - sum.ofMarked;
  if (duplicates > 0) {
    const repeat =
      duplicates === 1
        ? '1 row repeats an earlier prospect (same LinkedIn URL or email) and is skipped'
        : `${grouped(duplicates)} rows repeat an earlier prospect (same LinkedIn URL or email) and are skipped`;
    lines.push(`Duplicates: ${repeat}`);
  }
  const marked = doNotContactLine(sum);
  if (marked !== undefined) lines.push(marked);
  lines.push(...numbersLines(sum.numbers));
  for (const w of sum.warnings) lines.push(`Warning: ${w}`);
  return lines;
}
