/**
 * The planner sidebar: a bar of steps (src/sidebar/steps.ts) over one form, and one footer with
 * the message, the progress and the buttons, which stays in view at any scroll.
 */
import type { FormProblem, PlannerForm, PlannerState } from '../sheets/server.js';
import { $, type Child, clearInvalid, count, counted, el, fillSettings, isolated, markInvalid, nodes, settingBox } from './dom.js';
import { callServer } from './server.js';
import type { StepContext } from './step.js';
import { STEPS } from './steps.js';
import { AUTO, NONE } from './steps/columns.js';

let state: PlannerState | undefined;
let plan: StepContext['plan'];
let busy = false;

function showMessage(text: string, kind: 'error' | 'warn' | 'ok', focus = false): void {
  const box = $('message');
  box.className = `message ${kind}`;
  box.replaceChildren(text);
  box.hidden = text === '';
  if (focus && text) box.focus();
}

function showStep(id: string): void {
  for (const step of STEPS) {
    $(`step-${step.id}`).hidden = step.id !== id;
    const tab = $(`tab-${step.id}`);
    if (step.id === id) tab.setAttribute('aria-current', 'step');
    else tab.removeAttribute('aria-current');
  }
}

/** The step bar and one section per step, built once from STEPS. */
function buildSteps(): void {
  $('steps').replaceChildren(
    ...STEPS.map((step, i) =>
      el('li', {}, el('button', { type: 'button', id: `tab-${step.id}`, 'aria-controls': `step-${step.id}` }, `${i + 1}. ${step.title}`)),
    ),
  );
  $('planner').replaceChildren(...STEPS.map((step) => el('section', { id: `step-${step.id}`, 'aria-labelledby': `tab-${step.id}`, hidden: '' })));
  for (const step of STEPS) $(`tab-${step.id}`).addEventListener('click', () => showStep(step.id));
  showStep(STEPS[0]?.id ?? '');
}

function contextOf(current: PlannerState): StepContext {
  return {
    state: current,
    plan,
    reread: (row) => void load(row),
    form: () => formOf(current),
    replan: () => run('previewPlan'),
    showProblem,
    sheetChanged: () => void load(current.headerRow),
  };
}

function renderSteps(): void {
  if (!state) return;
  const context = contextOf(state);
  for (const step of STEPS) step.render($(`step-${step.id}`), context);
  updateButtons();
}

/** Usable once the planner knows at least one column: recognised, or chosen in the Columns step. */
function updateButtons(): void {
  const chosen = Array.from(document.querySelectorAll<HTMLSelectElement>('select[data-field]')).some((s) => s.value !== AUTO && s.value !== NONE);
  const usable = Boolean(state && !state.error && (state.recognised || chosen));
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-run]')) b.disabled = busy || !usable;
}

function sheetLine(s: PlannerState): Child[] {
  if (s.error) return ["Sheet '", isolated(s.sheetName), "'"];
  const blank = s.counts.blank === 0 ? 'none blank' : `${count(s.counts.blank)} blank`;
  return ["Sheet '", isolated(s.sheetName), `': ${counted(s.counts.rows, 'row')} under the header in row ${s.headerRow}, ${blank}.`];
}

/** The form as key/value pairs, as the Settings sheet holds them; blank = default, "(auto)" = blank. */
function formPairs(): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const input of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-setting]'))
    pairs.push([input.dataset.setting as string, input.value.trim()]);
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-field]')) pairs.push([`Column: ${select.dataset.field}`, select.value]);
  return pairs;
}

/** The settings boxes and column choices the user changed from what the sheet holds (`state.settings`), by key. */
function typedSettings(): Map<string, string> {
  const stored = new Map(state?.settings ?? []);
  const typed = new Map<string, string>();
  for (const input of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-setting]')) {
    const key = input.dataset.setting as string;
    if (input.value.trim() !== (stored.get(key) ?? '').trim()) typed.set(key, input.value);
  }
  // A column choice as drawn is what the sheet holds (columns.ts keeps it in `data-shown`).
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-field]')) {
    if (select.value !== select.dataset.shown) typed.set(`Column: ${select.dataset.field}`, select.value);
  }
  return typed;
}

/** The form as the server takes it, for the tab it was read from: on another active tab the server refuses, never plans with it. */
function formOf(read: PlannerState): PlannerForm {
  return { settings: formPairs(), headerRow: read.headerRow, sheetName: read.sheetName };
}

/** Shows a problem at its field (its step opened, the field marked and focused), or in the footer. */
function showProblem(problem: FormProblem): void {
  const field = problem.field ?? '';
  // A column's problem names its field with or without `Column:`.
  const control = settingBox(field) ?? settingBox(`Column: ${field}`) ?? (field === 'Header row' ? $('header-row') : null);
  const section = control?.closest<HTMLElement>('section[id^="step-"]');
  if (control && section) {
    showStep(section.id.replace(/^step-/, ''));
    markInvalid(control, problem.message);
  } else showMessage(problem.message, 'error', true);
}

function planMessage(counts: { prospects: number; blank: number; errors: number }, written: boolean): [string, 'ok' | 'warn' | 'error'] {
  const { prospects, blank, errors } = counts;
  const rest = [errors ? counted(errors, 'more row with errors', 'more rows with errors') : '', blank ? counted(blank, 'blank row') : '']
    .filter(Boolean)
    .join(', ');
  const tail = rest ? ` (${rest})` : '';
  if (prospects === 0 && errors > 0)
    return [`Every row has an error (${counted(errors, 'row')}): the Preview lists what is wrong; check the Columns step.`, 'error'];
  const head = written
    ? `Wrote Channel, Day, Date, Cost, Reason for ${counted(prospects, 'prospect')}${tail}.`
    : `Planned ${counted(prospects, 'prospect')}${tail}. Nothing written yet.`;
  return [head, errors ? 'warn' : 'ok'];
}

async function run(kind: 'previewPlan' | 'writePlan'): Promise<void> {
  if (busy || !state) return;
  busy = true;
  updateButtons();
  clearInvalid();
  showMessage('', 'ok');
  // An old result never stays under a new run's error.
  plan = undefined;
  renderPlan();
  const progress = $('progress');
  progress.hidden = false;
  $('progress-text').replaceChildren(
    `${kind === 'writePlan' ? 'Planning and writing' : 'Planning'} ${counted(state.counts.rows - state.counts.blank, 'row')}...`,
  );
  try {
    const outcome = await callServer(kind, formOf(state));
    if ('problem' in outcome) showProblem(outcome.problem);
    else {
      plan = { preview: outcome.preview, written: kind === 'writePlan' };
      renderPlan();
      showStep('preview');
      const [text, level] = planMessage(outcome.preview.counts, kind === 'writePlan');
      showMessage(text, level);
      $('result-title').focus();
    }
  } catch (e) {
    showMessage((e as Error).message || String(e), 'error', true);
  } finally {
    progress.hidden = true;
    busy = false;
    updateButtons();
  }
}

/** Re-renders only the Preview step: the form's other steps keep what the user typed. */
function renderPlan(): void {
  if (!state) return;
  for (const step of STEPS.filter((s) => s.showsPlan)) step.render($(`step-${step.id}`), contextOf(state));
}

/** Reads of the sheet asked for so far: only the last one's answer is shown (answers can come back out of order). */
let reads = 0;

/**
 * Reads the active sheet. A header row is asked for with the tab it was chosen on: when another
 * tab is active now, that tab's own header row is found instead.
 */
async function load(headerRow?: number): Promise<void> {
  const read = ++reads;
  try {
    const next = await callServer('getPlannerState', headerRow && state ? { headerRow, sheetName: state.sheetName } : undefined);
    // A later read is on its way (another header row chosen meanwhile): this answer is out of date.
    if (read !== reads) return;
    const typed = typedSettings();
    // The control the user is on (the header-row select, changed with the arrow keys) is drawn again: focus goes back to it.
    const focused = document.activeElement?.id;
    state = next;
    plan = undefined;
    clearInvalid();
    showMessage('', 'ok');
    $('sheet').replaceChildren(...nodes(...sheetLine(state)));
    renderSteps();
    // What the user typed and has not saved stays typed: another header row, or the sheet read again, is no reason to lose it.
    fillSettings(typed);
    // A column chosen again is a column read: the buttons follow the form as filled.
    updateButtons();
    if (focused && document.activeElement === document.body) document.getElementById(focused)?.focus();
    if (state.error) showMessage(state.error, 'error');
    else if (state.problem) showProblem(state.problem);
  } catch (e) {
    if (read === reads) showMessage((e as Error).message || String(e), 'error', true);
  }
}

async function start(): Promise<void> {
  buildSteps();
  // Preview is the form's submit button (outside it, by `form=`): a click, or Enter in a box, previews.
  $('planner').addEventListener('submit', (e) => {
    e.preventDefault();
    void run('previewPlan');
  });
  $('planner').addEventListener('change', updateButtons);
  $('write').addEventListener('click', () => void run('writePlan'));
  $('reload').addEventListener('click', () => void load(state?.headerRow));
  await load();
}

void start();
