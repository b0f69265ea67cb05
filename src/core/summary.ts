/** The plan's summary in words: the CLI prints it, the sidebar shows the same lines. */
import { CHANNELS } from './model.js';
import { formatDay } from './dates.js';
import type { PlanSummary } from './plan.js';
import type { Settings } from './settings.js';
import { numbersLines } from './numbers.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const usd = (x: number) => `$${x.toFixed(2)}`;
const n = (x: number) => x.toLocaleString('en-US');

export function summaryLines(sum: PlanSummary, s: Settings): string[] {
  const planned = sum.rows - sum.blank - sum.errors;
  const extra = [sum.errors ? `${n(sum.errors)} with errors` : '', sum.blank ? `${n(sum.blank)} blank` : ''].filter(Boolean).join(', ');
  const lines = [
    `Planned ${n(planned)} prospect${planned === 1 ? '' : 's'}${extra ? ` (${extra})` : ''} as of ${formatDay(s.asOf)}, starting ${formatDay(s.startDate)}: ${s.plan.name}, ${s.sequence} sequence`,
    `Channels: ${CHANNELS.map((c) => `${c} ${n(sum.channels[c])}`).join(', ')}`,
    `Credits: ${n(sum.creditsUsed)} of ${n(sum.creditsAvailable)} used${sum.creditsWanted > sum.creditsUsed ? ` (${n(sum.creditsWanted)} wanted)` : ''}`,
    `Notes: ${sum.notesUsed} of ${s.notesPerMonth === Infinity ? 'unlimited' : s.notesPerMonth} this month`,
    `Expected replies: ${n(Math.round(sum.expectedReplies * 10) / 10)} (InMail ${pct(s.inmailReplyRate)}; connect ${pct(s.acceptanceRate)} x ${pct(s.replyAfterAccept)}, warm +10 points)`,
    `Expected cost: ${usd(sum.expectedCost)}${sum.costPerReply === null ? '' : `, ${usd(sum.costPerReply)} per expected reply`}`,
    sum.invitations === 0
      ? 'Invitations: none'
      : `Invitations: ${n(sum.invitations)}, ${formatDay(sum.firstInvitation as number)} to ${formatDay(sum.lastInvitation as number)}; per week (cap ${s.weeklyInviteCap}): ` +
        sum.weeks.map((w) => `${formatDay(w.monday)} ${n(w.planned)}${w.alreadySent ? ` +${w.alreadySent} sent` : ''}`).join(', '),
  ];
  lines.push(...numbersLines(sum.numbers));
  for (const w of sum.warnings) lines.push(`Warning: ${w}`);
  return lines;
}
