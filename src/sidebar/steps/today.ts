/**
 * Today (SPEC 9): the touches due on or before the as-of date, in the order a rep works them, each
 * with "Mark done", and "Mark checked done" for all ticked. Marking records the touch in the
 * prospect's own history columns and re-plans the sheet (one read, one write, under the lock);
 * the list that comes back holds what is still due. Every control is a native button or checkbox,
 * so the step works from the keyboard alone.
 */
import type { TodayOutcome, TodayTouch, TodayView } from '../../sheets/agenda.js';
import { clearInvalid, count, el, isolated, nodes } from '../dom.js';
import { callServer } from '../server.js';
import type { Step, StepContext } from '../step.js';
import { channelName } from './preview.js';

let view: TodayView | undefined;
/** The sheet as read (its tab and header row) when the list was made: read otherwise since, the list is not its. */
let viewFor: { sheetName: string; headerRow: number } | undefined;
let busy = false;
/**
 * The last outcome in words, and whether it is a warning or a problem: the one place the step says what it
 * found ("0 touches due on or before 2026-12-25 (a holiday); next: 3 touches due 2026-12-28").
 */
let status: { text: string; level: 'ok' | 'warn' | 'error' } = { text: '', level: 'ok' };
let section: HTMLElement | undefined;
/** The sidebar as last drawn: its form is what Today plans with, as Preview does. */
let context: StepContext | undefined;

const form = () => context?.form();

const touchLabel = (t: TodayTouch) => `row ${t.row}, ${t.name || '(no name)'}, ${channelName(t.channel)}`;

async function call(work: () => Promise<TodayOutcome>, focusId: string): Promise<void> {
  if (busy) return;
  busy = true;
  // A field marked by an earlier call (or by Preview) is told again if it is still wrong.
  clearInvalid();
  status = { text: 'Working...', level: 'ok' };
  draw();
  try {
    const outcome = await work();
    if ('problem' in outcome) {
      // A mistake in the form: shown at its field, as Preview shows it; a list planned with another form is no longer shown.
      view = undefined;
      status = { text: outcome.problem.message, level: 'error' };
      context?.showProblem(outcome.problem);
      return;
    }
    view = outcome;
    viewFor = context && { sheetName: context.state.sheetName, headerRow: context.state.headerRow };
    // Marking wrote the sheet: its history, and the plan in its output columns.
    if (view.marked) context?.sheetChanged();
    const marked = view.marked === undefined ? '' : `Marked ${view.marked} done${view.added ? ` (${view.added})` : ''}. `;
    const notMarked = view.notMarked?.length ? ` Not marked: ${view.notMarked.join('; ')}.` : '';
    // An As Of after today, a message that ended its row's sequence: said first, where the eye lands, as the command line's done warns.
    const warnings = [view.warning, ...(view.ended ?? []).map((e) => `${e}.`)].filter((w) => w !== undefined);
    const warning = warnings.length > 0 ? `Warning: ${warnings.join(' ')} ` : '';
    status = { text: `${warning}${marked}${view.summary}.${notMarked}`, level: view.notMarked?.length ? 'error' : warnings.length > 0 ? 'warn' : 'ok' };
  } catch (e) {
    status = { text: (e as Error).message || String(e), level: 'error' };
  } finally {
    busy = false;
    draw();
    section?.querySelector<HTMLElement>(`#${focusId}`)?.focus();
  }
}

function load(): void {
  void call(() => callServer('getTodayTouches', form()), 'today-status');
}

function markDone(touches: readonly TodayTouch[]): void {
  if (!view || touches.length === 0) return;
  const request = { sheetName: view.sheetName, touches: touches.map((t) => ({ row: t.row, channel: t.channel, name: t.name, url: t.url })), form: form() };
  void call(() => callServer('markTouchesDone', request), 'today-status');
}

/** A touch's key among the list's checkboxes: its row and channel, which stay when the list is drawn again. */
const keyOf = (t: TodayTouch) => `${t.row}|${t.channel}`;

function touchItem(t: TodayTouch, i: number, ticked: ReadonlySet<string>): HTMLElement {
  const id = `today-check-${i}`;
  const done = el('button', { type: 'button', class: 'link', 'aria-label': `Mark done: ${touchLabel(t)}` }, 'Mark done');
  done.disabled = busy;
  done.addEventListener('click', () => markDone([t]));
  const box = el('input', { type: 'checkbox', id, 'data-touch': String(i), 'data-key': keyOf(t) });
  box.checked = ticked.has(keyOf(t));
  box.disabled = busy;
  box.addEventListener('change', showTicked);
  return el(
    'li',
    { class: 'touch' },
    el(
      'div',
      {},
      box,
      ' ',
      el('label', { for: id }, `Row ${t.row}: `, isolated(t.name || '(no name)')),
      ' ',
      el('span', { class: 'hint' }, channelName(t.channel)),
    ),
    el('div', { class: 'hint' }, `${t.overdue ? 'Overdue. ' : ''}${t.reason}`),
    t.contact ? el('div', { class: 'hint' }, t.contact) : null,
    done,
  );
}

function draw(): void {
  if (!section) return;
  const touches = view?.touches ?? [];
  // Ticks stay ticked when the list is drawn again (a touch marked, the sheet read again).
  const ticked = new Set(Array.from(section.querySelectorAll<HTMLInputElement>('input[data-key]:checked'), (b) => b.dataset.key as string));
  const groups: Array<{ title: string; items: HTMLElement[] }> = [];
  touches.forEach((t, i) => {
    const last = groups[groups.length - 1];
    const item = touchItem(t, i, ticked);
    if (last && last.title === t.groupTitle) last.items.push(item);
    else groups.push({ title: t.groupTitle, items: [item] });
  });
  const refresh = el('button', { type: 'button', class: 'action', id: 'today-load' }, view ? "Refresh today's touches" : "Show today's touches");
  refresh.disabled = busy;
  refresh.addEventListener('click', load);
  // At the top of the list and kept in view as it scrolls (sidebar.css, .today-bar), with the count of
  // ticks: on a list of hundreds of touches, at its end it was thousands of pixels and Tab presses away.
  const markChecked = el('button', { type: 'button', class: 'create', id: 'today-mark-checked', 'aria-describedby': 'today-ticked' }, 'Mark checked done');
  markChecked.disabled = busy || touches.length === 0;
  markChecked.addEventListener('click', () => {
    const checked = Array.from(section?.querySelectorAll<HTMLInputElement>('input[data-touch]:checked') ?? []).map((b) => touches[Number(b.dataset.touch)]);
    if (checked.length === 0) status = { text: 'Tick the touches you made first.', level: 'error' };
    markDone(checked.filter((t): t is TodayTouch => t !== undefined));
    if (checked.length === 0) {
      // The list is drawn again (this button with it): the focus goes to what was said, not to the page.
      draw();
      section?.querySelector<HTMLElement>('#today-status')?.focus();
    }
  });
  section.replaceChildren(
    ...nodes(
      el('h2', {}, ...(view ? ["Today in '", isolated(view.sheetName), `', as of ${view.asOf}`] : ["Today's touches"])),
      el(
        'p',
        {
          id: 'today-status',
          class: status.level === 'ok' ? 'hint' : `message ${status.level}`,
          role: status.level === 'ok' ? 'status' : 'alert',
          tabindex: '-1',
        },
        status.text ||
          (view
            ? ''
            : 'The touches due today or overdue, in the order to work them, with the columns and settings of this form. Marking one done records it in its row and writes the plan, saving the settings you changed, as Write to sheet does (an As Of after today is used with a warning, not saved). Ticks on the Today sheet are recorded by the menu: Mark checked touches done.'),
      ),
      view?.warnings.length ? el('ul', { class: 'warnings', id: 'today-warnings' }, ...view.warnings.map((w) => el('li', {}, w))) : null,
      refresh,
      touches.length > 0 ? el('div', { class: 'today-bar' }, markChecked, ' ', el('span', { id: 'today-ticked', class: 'hint' })) : null,
      ...groups.map((g) =>
        el('section', { 'aria-label': g.title }, el('h3', {}, `${g.title} (${g.items.length})`), el('ul', { class: 'touches' }, ...g.items)),
      ),
    ),
  );
  showTicked();
}

/** How many touches are ticked, beside Mark checked done (its description): the ticks may be far down the list. */
function showTicked(): void {
  const shown = section?.querySelector('#today-ticked');
  if (!shown) return;
  const boxes = section?.querySelectorAll<HTMLInputElement>('input[data-touch]') ?? [];
  const ticked = Array.from(boxes).filter((b) => b.checked).length;
  shown.replaceChildren(`${count(ticked)} of ${count(boxes.length)} ticked`);
}

export const todayStep: Step = {
  id: 'today',
  title: 'Today',
  render(target, current) {
    section = target;
    context = current;
    // Another tab or header row read: the list was of the sheet as it was read before.
    if (view && (viewFor?.sheetName !== current.state.sheetName || viewFor?.headerRow !== current.state.headerRow)) {
      view = undefined;
      status = { text: '', level: 'ok' };
    }
    draw();
  },
};
