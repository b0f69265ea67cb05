/**
 * Preview: what the plan does with the list: counts that say what they count, warnings first,
 * the channel mix, invitations per week (at most 12 weeks drawn), and the first rows.
 */
import { formatDay } from '../../core/dates.js';
import type { PlannerPreview } from '../../sheets/server.js';
import { summaryFigures } from '../../core/format.js';
import { type Child, count, counted, el, isolated, nodes } from '../dom.js';
import type { Step } from '../step.js';

/** How many weeks the chart draws; the rest are summed up in one line. */
export const CHART_WEEKS = 12;

const CHANNEL_LABELS: Record<string, string> = {
  MESSAGE: 'Message (1st degree)',
  CONNECT_NOTE: 'Connect with a note',
  CONNECT: 'Connect, blank invite',
  OPEN_PROFILE: 'Open Profile message (free)',
  INMAIL: 'InMail (paid)',
  EMAIL_OR_PHONE: 'Email or phone',
  WITHDRAW: 'Withdraw the invitation',
  SKIP: 'Skip',
};

/** A channel's full name: OPEN_PROFILE reads "Open Profile message (free)"; an error reads "Error". */
export function channelName(channel: string): string {
  if (channel.startsWith('ERROR')) return 'Error';
  if (channel === '') return '';
  return CHANNEL_LABELS[channel] ?? channel.charAt(0) + channel.slice(1).toLowerCase().replace(/_/g, ' ');
}

function bars(rows: Array<{ label: string; value: number; note?: string }>, max: number, label: string): HTMLElement {
  return el(
    'ul',
    { class: 'bars', 'aria-label': label },
    ...rows.map((r) =>
      el(
        'li',
        {},
        el('span', { class: 'bar-label' }, r.label),
        el('span', { class: 'bar', style: `width:${max > 0 ? Math.max(2, Math.round((r.value / max) * 100)) : 0}%`, 'aria-hidden': 'true' }),
        el('span', { class: 'bar-value' }, r.note ?? count(r.value)),
      ),
    ),
  );
}

function weekChart(p: PlannerPreview): Child[] {
  const cap = p.weeklyInviteCap;
  const weeks = p.summary.weeks;
  if (weeks.length === 0) return [el('p', { class: 'hint' }, 'No connection requests in this plan.')];
  const shown = weeks.slice(0, CHART_WEEKS);
  const sent = (w: (typeof weeks)[number]) => w.planned + w.alreadySent;
  // The summary lists the first WEEKS_LISTED weeks; weekCount counts them all, and lastInvitation is in the last.
  const rest = p.summary.weekCount - shown.length;
  const last = p.summary.lastInvitation;
  return [
    bars(
      shown.map((w) => ({ label: `week of ${formatDay(w.monday)}`, value: sent(w), note: `${count(sent(w))} / ${count(cap)}` })),
      Math.max(cap, ...shown.map(sent)),
      `Invitations per week against the cap of ${cap}`,
    ),
    rest > 0 && last !== null ? el('p', { class: 'hint', id: 'weeks-more' }, `and ${counted(rest, 'more week')} until ${formatDay(last)}`) : null,
  ];
}

/** That the rows with errors are not planned, and the others are: not read as the whole list failing. */
function notPlanned(p: PlannerPreview): string {
  const rows = p.counts.errors === 1 ? 'This row is' : `These ${p.counts.errors} rows are`;
  if (p.counts.prospects === 0) return `${rows} not planned.`;
  return `${rows} not planned; the other ${counted(p.counts.prospects, 'prospect')} ${p.counts.prospects === 1 ? 'is' : 'are'}.`;
}

/** The rows with errors, each with its row number and what is wrong, the rest counted: escaped as every cell text is. */
function errorList(p: PlannerPreview, written: boolean): Child[] {
  if (p.counts.errors === 0) return [];
  const more = p.counts.errors - p.errorRows.length;
  return [
    el('h3', {}, 'Rows with errors'),
    el('ul', { class: 'warnings', id: 'error-rows' }, ...p.errorRows.map((e) => el('li', {}, `Row ${e.row}: ${e.problem}`))),
    more > 0 ? el('p', { class: 'hint', id: 'error-rows-more' }, `and ${counted(more, 'more row')} with errors`) : null,
    el(
      'p',
      { class: 'hint', id: 'error-rows-note' },
      `${notPlanned(p)} ${written ? 'Their Channel and Reason cells say what is wrong.' : 'Correct the cells named, then Preview again.'}`,
    ),
  ];
}

/** The InMails that wait for the renewal's credits (When Credits Run Out = next-month): in the mix and the cost, not in this month's credits. */
function renewalWait(s: PlannerPreview['summary']): string {
  return s.creditsWaiting > 0 && s.renewal !== null ? `; ${count(s.creditsWaiting)} more at the renewal, from ${formatDay(s.renewal)}` : '';
}

function render(p: PlannerPreview, written: boolean): Child[] {
  const s = p.summary;
  const f = summaryFigures(s);
  const channels = Object.entries(s.channels).filter(([, n]) => n > 0);
  return [
    el('h2', { id: 'result-title', tabindex: '-1' }, written ? "Written to '" : "Preview of '", isolated(p.sheetName), "'"),
    el(
      'dl',
      { class: 'stats' },
      el('dt', {}, 'Prospects'),
      el('dd', {}, count(p.counts.prospects)),
      el('dt', {}, 'Rows with errors'),
      el('dd', {}, count(p.counts.errors)),
      el('dt', {}, 'Blank rows'),
      el('dd', {}, count(p.counts.blank)),
      // The rows marked Do Not Contact and the other rows of the same people: none is touched.
      s.markedRows === 0 ? null : el('dt', {}, 'Do not contact'),
      s.markedRows === 0 ? null : el('dd', {}, `${count(s.markedRows)} marked${s.ofMarked === 0 ? '' : `, ${count(s.ofMarked)} more of the same`}`),
      el('dt', {}, 'Credits used'),
      el('dd', {}, `${count(s.creditsUsed)} of ${count(s.creditsAvailable)}${renewalWait(s)}`),
      el('dt', {}, 'Expected replies'),
      el('dd', {}, f.expectedReplies),
      el('dt', {}, 'Expected cost'),
      el('dd', {}, f.expectedCost),
      el('dt', {}, 'Cost per reply'),
      el('dd', {}, f.costPerReply ?? '-'),
      // Beside the cost per reply, the InMails' own (SPEC 6, v2), as the CLI's summary gives it.
      f.costPerPaidReply === null ? null : el('dt', {}, 'Cost per paid InMail reply'),
      f.costPerPaidReply === null ? null : el('dd', {}, f.costPerPaidReply),
    ),
    p.costBasis ? el('p', { class: 'hint', id: 'cost-basis' }, `Expected cost: ${p.costBasis}.`) : null,
    ...errorList(p, written),
    s.warnings.length ? el('h3', {}, 'Warnings') : null,
    s.warnings.length ? el('ul', { class: 'warnings' }, ...s.warnings.map((w) => el('li', {}, w))) : null,
    el('h3', {}, 'Channel mix'),
    bars(
      channels.map(([c, n]) => ({ label: channelName(c), value: n })),
      Math.max(1, ...channels.map(([, n]) => n)),
      'Prospects per channel',
    ),
    el('h3', {}, 'Invitations per week'),
    ...weekChart(p),
    el('h3', {}, 'First rows'),
    el(
      'table',
      { class: 'rows' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Channel'), el('th', { scope: 'col' }, 'Date'))),
      el(
        'tbody',
        {},
        // Each row's Reason on a line of its own under it: read by a screen reader and the keyboard, not only on hover.
        ...p.sample
          .slice(0, 10)
          .flatMap((r) => [
            el('tr', { class: 'has-why' }, el('td', { title: r.name }, r.name), el('td', {}, channelName(r.channel)), el('td', {}, r.date)),
            el('tr', {}, el('td', { class: 'why', colspan: '3' }, r.reason)),
          ]),
      ),
    ),
  ];
}

export const previewStep: Step = {
  id: 'preview',
  title: 'Preview',
  showsPlan: true,
  render(section, { plan }) {
    section.replaceChildren(
      ...nodes(
        ...(plan
          ? render(plan.preview, plan.written)
          : [
              el('h2', {}, 'Preview'),
              el('p', { class: 'hint' }, 'Press Preview to plan the list with these columns and settings; nothing is written until you press Write.'),
            ]),
      ),
    );
  },
};
