/**
 * Numbers: the campaign's own rates, measured from the sheet's history by the last plan (SPEC 10),
 * beside the rates the settings assume; "Use my numbers" writes the measured ones into the
 * Channel Settings sheet and plans again with them, so every formula follows.
 */
import { percentText } from '../../core/format.js';
import type { MeasuredRate } from '../../core/numbers.js';
import { unmeasuredWords, writable } from '../../core/unmeasured.js';
import type { PlannerPreview } from '../../sheets/server.js';
import { $, type Child, count, el, fillSettings, nodes } from '../dom.js';
import { callServer } from '../server.js';
import type { Step, StepContext } from '../step.js';

const pct = (x: number | null) => (x === null ? '' : percentText(x));

function rateRow(r: MeasuredRate): HTMLElement {
  return el(
    'tr',
    {},
    el('th', { scope: 'row' }, r.setting),
    r.enoughData ? el('td', {}, pct(r.rate)) : el('td', { class: 'wraps' }, unmeasuredWords(r)),
    el('td', {}, count(r.n)),
    // Tight, the range breaks between its two figures, never inside one.
    el('td', { class: 'wraps' }, ...(r.enoughData ? [`${pct(r.low)}-`, el('wbr'), pct(r.high)] : [])),
    el('td', {}, pct(r.assumed)),
  );
}

/**
 * Back to this step after a plan (which opens the Preview step and focuses its title, now hidden):
 * the focus goes to this step's title, not to the page, so a keyboard user goes on from here.
 */
function stayHere(): void {
  $('tab-numbers').click();
  document.getElementById('numbers-title')?.focus();
}

async function useMyNumbers(button: HTMLButtonElement, context: StepContext): Promise<void> {
  button.disabled = true;
  try {
    const outcome = await callServer('useMyNumbers', context.form());
    if ('problem' in outcome) {
      context.showProblem(outcome.problem);
      return;
    }
    // The form follows the sheet, so the next plan (and a Write) uses the measured rates.
    fillSettings(outcome.written);
    await context.replan();
    // The plan opens the Preview step; the user stays here, where the rates now read as assumed.
    stayHere();
    // Said under the new plan's numbers, until the next plan.
    const said =
      outcome.written.length === 0
        ? 'Nothing written: no rate has enough data yet.'
        : `Wrote ${outcome.written.map(([k, v]) => `${k} ${v}`).join(', ')} to the Channel Settings sheet.`;
    $('step-numbers').append(el('p', { id: 'numbers-notice', role: 'status' }, said));
  } finally {
    button.disabled = false;
  }
}

function render(p: PlannerPreview, context: StepContext): Child[] {
  const n = p.summary.numbers;
  const rates = [n.acceptance, n.inmailReply, n.replyAfterAccept];
  // A rate measured too early (`early`), or that the rows waiting may bring down to the assumed one, is shown, not written.
  const usable = rates.some(writable);
  const early = rates.some((r) => r.early);
  const button = el('button', { type: 'button', class: 'action', id: 'use-my-numbers' }, 'Use my numbers');
  if (!usable) button.disabled = true;
  button.addEventListener('click', () => void useMyNumbers(button, context));
  return [
    el('h2', { id: 'numbers-title', tabindex: '-1' }, 'Your numbers'),
    el('p', { class: 'hint' }, `Measured from the history in '${p.sheetName}' as of the plan's As Of date; under 20 in a count: not enough data.`),
    el(
      'table',
      { class: 'rows figures', id: 'numbers-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Rate'),
          el('th', { scope: 'col' }, 'Yours'),
          // 'n' as statistics write it, in 300 px; a screen reader says what it is.
          el('th', { scope: 'col', 'aria-label': 'Count' }, 'n'),
          el('th', { scope: 'col', class: 'range' }, '95% range'),
          el('th', { scope: 'col' }, 'Assumed'),
        ),
      ),
      el('tbody', {}, ...rates.map(rateRow)),
    ),
    el('ul', { class: 'warnings', id: 'numbers-said' }, ...rates.filter((r) => r.enoughData).map((r) => el('li', {}, r.text))),
    el('p', { id: 'numbers-refunds' }, n.refunds.text),
    el('div', { class: 'buttons' }, button),
    el(
      'p',
      { class: 'hint' },
      usable
        ? 'Use my numbers writes each measured rate into the Channel Settings sheet: every formula and plan follows.'
        : early
          ? 'Too early to use: the rows still waiting to be decided could bring it down to the rate assumed.'
          : rates.some((r) => r.enoughData)
            ? 'Nothing new to write: each rate measured is in line with the one assumed, or is it already.'
            : 'No rate has 20 in its count yet.',
    ),
  ];
}

/** Before a plan: the step measures by planning, from here, and stays here (a plan opens the Preview step). */
function beforePlan(context: StepContext): Child[] {
  const button = el('button', { type: 'button', class: 'action', id: 'measure-numbers' }, 'Measure my numbers');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await context.replan();
      // Planned, the step shows the rates (a problem instead stays where it is shown, with the focus).
      if (document.getElementById('numbers-table')) stayHere();
    } finally {
      button.disabled = false;
    }
  });
  return [
    el('h2', {}, 'Your numbers'),
    el('p', { class: 'hint' }, "Your acceptance and reply rates are measured from the sheet's history when the list is planned (nothing is written)."),
    el('div', { class: 'buttons' }, button),
  ];
}

export const numbersStep: Step = {
  id: 'numbers',
  title: 'Numbers',
  showsPlan: true,
  render(section, context) {
    const plan = context.plan;
    section.replaceChildren(...nodes(...(plan ? render(plan.preview, context) : beforePlan(context))));
  },
};
