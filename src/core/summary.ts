/** The plan's summary in words: the CLI prints it, the sidebar shows the same lines. */
import { CHANNELS, type Settings } from './model.js';
import { formatDay } from './dates.js';
import type { PlanSummary } from './plan.js';
import { numbersLines } from './numbers.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const usd = (x: number) => `$${x.toFixed(2)}`;
/** A cost per reply in cents, or "under $0.01" where a cost spread over many replies rounds to none: "$0.00" read as free. */
const perReply = (x: number, cost: number) => (x === 0 && cost > 0 ? 'under $0.01' : usd(x));
/** 12345.6 -> '12,345.6' without Intl: its first use costs a short command-line run more than the run itself. */
const n = (x: number) => {
  const [whole, fraction] = String(x).split('.');
  return `${(whole as string).replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
};

/** Invitations per week, the first weeks listed and the rest counted. */
function invitationsLine(sum: PlanSummary, s: Settings): string {
  if (sum.invitations === 0) return 'Invitations: none';
  const span = `${formatDay(sum.firstInvitation as number)} to ${formatDay(sum.lastInvitation as number)}`;
  const weeks = sum.weeks.map((w) => `${formatDay(w.monday)} ${n(w.planned)}${w.alreadySent ? ` +${w.alreadySent} sent` : ''}`);
  if (sum.weekCount > sum.weeks.length) weeks.push(`and ${n(sum.weekCount - sum.weeks.length)} more weeks until ${formatDay(sum.lastInvitation as number)}`);
  return `Invitations: ${n(sum.invitations)}, ${span}; per week (cap ${s.weeklyInviteCap}): ${weeks.join(', ')}`;
}

/** How an InMail's expected cost is had from the price of a credit: a reply within 90 days refunds it [002][003][004]. */
export function costBasis(s: Settings): string {
  return `credits at ${usd(s.pricePerCredit)}, less the ${pct(s.inmailReplyRate)} a reply within 90 days refunds`;
}

export function summaryLines(sum: PlanSummary, s: Settings): string[] {
  const planned = sum.rows - sum.blank - sum.errors;
  // The rows not planned, said to be besides the prospects counted ("(3 with errors)" read as 3 of them).
  const extra = [sum.errors ? `${n(sum.errors)} more ${sum.errors === 1 ? 'row' : 'rows'} with errors` : '', sum.blank ? `${n(sum.blank)} blank` : '']
    .filter(Boolean)
    .join(', ');
  const lines = [
    `Planned ${n(planned)} prospect${planned === 1 ? '' : 's'}${extra ? ` (${extra})` : ''} as of ${formatDay(s.asOf)}, starting ${formatDay(s.startDate)}: ${s.plan.name}, ${s.sequence} sequence`,
    `Channels: ${CHANNELS.map((c) => `${c} ${n(sum.channels[c])}`).join(', ')}`,
    `Credits: ${n(sum.creditsUsed)} of ${n(sum.creditsAvailable)} used${sum.creditsWanted > sum.creditsUsed ? ` (${n(sum.creditsWanted)} wanted)` : ''}` +
      (sum.creditsWaiting > 0 && sum.renewal !== null ? `; ${n(sum.creditsWaiting)} InMails wait for the renewal, sent from ${formatDay(sum.renewal)}` : ''),
    sum.noteMonths > 1
      ? `Notes: ${n(sum.notesUsed)} over ${n(sum.noteMonths)} months, ${s.notesPerMonth === Infinity ? 'no monthly limit' : `${n(s.notesPerMonth)} a month`}`
      : `Notes: ${n(sum.notesUsed)} ${s.notesPerMonth === Infinity ? 'this month, no monthly limit' : `of ${n(s.notesPerMonth)} this month`}`,
    `Expected replies: ${n(Math.round(sum.expectedReplies * 10) / 10)} (InMail ${pct(s.inmailReplyRate)}; connect ${pct(s.acceptanceRate)} x ${pct(s.replyAfterAccept)}${sum.warm > 0 ? ', warm +10 points' : ''})`,
    `Expected cost: ${usd(sum.expectedCost)}${sum.costPerReply === null ? '' : `, ${perReply(sum.costPerReply, sum.expectedCost)} per expected reply`}` +
      (sum.costPerPaidReply === null ? '' : `, ${usd(sum.costPerPaidReply)} per reply to a paid InMail`) +
      (sum.creditsUsed > 0 ? ` (${costBasis(s)})` : ''),
    invitationsLine(sum, s),
    `Pending invitations: ${n(sum.pendingInvitations)}${sum.withdrawalsDue > 0 ? `, ${n(sum.withdrawalsDue)} due for withdrawal` : ''}`,
  ];
  if (sum.duplicates > 0) {
    const repeat =
      sum.duplicates === 1
        ? '1 row repeats an earlier prospect (same LinkedIn URL or email) and is skipped'
        : `${n(sum.duplicates)} rows repeat an earlier prospect (same LinkedIn URL or email) and are skipped`;
    lines.push(`Duplicates: ${repeat}`);
  }
  lines.push(...numbersLines(sum.numbers));
  for (const w of sum.warnings) lines.push(`Warning: ${w}`);
  return lines;
}
