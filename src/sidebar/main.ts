/**
 * The planner sidebar. Every piece of text from the sheet goes in as a text node (never as
 * HTML), so a prospect named `<img src=x onerror=alert(1)>` is shown as a name.
 */
import type { PlannerPreview, PlannerState } from '../sheets/server.js';
import { formatDay } from '../core/dates.js';
import { callServer } from './server.js';

const CHANNEL_LABELS: Record<string, string> = {
  MESSAGE: 'Message (1st degree)',
  CONNECT_NOTE: 'Connect with a note',
  CONNECT: 'Connect, blank invite',
  OPEN_PROFILE: 'Open Profile (free)',
  INMAIL: 'InMail (paid)',
  EMAIL_OR_PHONE: 'Email or phone',
  SKIP: 'Skip',
};
const CHOICES: Record<string, true> = { Plan: true, Sequence: true };
const DATES: Record<string, true> = { 'Start Date': true, 'As Of': true };

type Child = Node | string | null | undefined | false;

/** Builds an element; strings become text nodes, so nothing from the sheet is parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const count = (n: number) => n.toLocaleString('en-US');
const money = (n: number) => `$${n.toFixed(2)}`;

let state: PlannerState | undefined;
let busy = false;

function showMessage(text: string, kind: 'error' | 'ok'): void {
  const box = $('message');
  box.className = `message ${kind}`;
  box.replaceChildren(text);
  box.hidden = text === '';
}

function settingValue(key: string): string {
  return state?.settings.find(([k]) => k === key)?.[1] ?? '';
}

function settingInput(spec: PlannerState['defaults'][number], i: number): HTMLElement {
  const id = `setting-${i}`;
  const hintId = `${id}-hint`;
  const value = settingValue(spec.key);
  let input: HTMLInputElement | HTMLSelectElement;
  if (CHOICES[spec.key]) {
    input = el(
      'select',
      { id, name: spec.key, 'aria-describedby': hintId },
      el('option', { value: '' }, 'Default'),
      ...spec.accepts.split(', ').map((o) => el('option', { value: o }, o)),
    );
    input.value = spec.accepts.split(', ').includes(value) ? value : '';
  } else {
    input = el('input', { id, name: spec.key, type: DATES[spec.key] ? 'date' : 'text', 'aria-describedby': hintId, autocomplete: 'off' });
    if (!DATES[spec.key]) input.setAttribute('inputmode', 'decimal');
    input.value = value;
  }
  input.dataset.setting = spec.key;
  return el('div', { class: 'field' }, el('label', { for: id }, spec.key), input, el('div', { class: 'hint', id: hintId }, `Default: ${spec.defaultText}`));
}

function columnSelect(field: PlannerState['fields'][number], i: number, headers: string[], mapped: string): HTMLElement {
  const id = `column-${i}`;
  const select = el(
    'select',
    { id, name: `Column: ${field.label}` },
    el('option', { value: '' }, '(not in this sheet)'),
    ...headers.map((h) => el('option', { value: h }, h)),
  );
  select.value = headers.includes(mapped) ? mapped : '';
  select.dataset.field = field.label;
  return el('div', { class: 'field column' }, el('label', { for: id }, field.label), select);
}

function render(s: PlannerState): void {
  const found = Object.values(s.mapping).filter(Boolean).length;
  $('sheet').replaceChildren(
    s.error ? `Sheet '${s.sheetName}': ${s.error}` : `Sheet '${s.sheetName}': ${count(s.rows)} rows under the header in row ${s.headerRow}.`,
  );
  $('columns-summary').replaceChildren(`Columns: ${found} of ${s.fields.length} found`);
  $('columns').replaceChildren(...s.fields.map((f, i) => columnSelect(f, i, s.headers, s.mapping[f.label] ?? '')));
  $('settings').replaceChildren(...s.defaults.map(settingInput));
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-run]')) b.disabled = Boolean(s.error);
  if (s.error) showMessage(s.error, 'error');
}

/** The form as key/value pairs, as the Settings sheet holds them; blank = default. */
function formPairs(): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const input of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-setting]'))
    pairs.push([input.dataset.setting as string, input.value.trim()]);
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-field]')) pairs.push([`Column: ${select.dataset.field}`, select.value]);
  return pairs;
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

function weekChart(p: PlannerPreview): HTMLElement {
  const cap = p.weeklyInviteCap;
  if (p.summary.weeks.length === 0) return el('p', { class: 'hint' }, 'No connection requests in this plan.');
  const weeks = p.summary.weeks;
  return bars(
    weeks.map((w) => ({ label: `w/c ${formatDay(w.monday)}`, value: w.planned + w.alreadySent, note: `${count(w.planned + w.alreadySent)} / ${count(cap)}` })),
    Math.max(cap, ...weeks.map((w) => w.planned + w.alreadySent)),
    `Invitations per week against the cap of ${cap}`,
  );
}

function renderResult(p: PlannerPreview, written: boolean): void {
  const s = p.summary;
  const channels = Object.entries(s.channels).filter(([, n]) => n > 0);
  const result = $('result');
  const parts: Child[] = [
    el('h2', { id: 'result-title', tabindex: '-1' }, written ? `Written to '${p.sheetName}'` : `Preview of '${p.sheetName}'`),
    el(
      'dl',
      { class: 'stats' },
      el('dt', {}, 'Prospects'),
      el('dd', {}, count(p.rows)),
      el('dt', {}, 'Credits used'),
      el('dd', {}, `${count(s.creditsUsed)} of ${count(s.creditsAvailable)}`),
      el('dt', {}, 'Expected replies'),
      el('dd', {}, (Math.round(s.expectedReplies * 10) / 10).toLocaleString('en-US')),
      el('dt', {}, 'Expected cost'),
      el('dd', {}, money(s.expectedCost)),
      el('dt', {}, 'Cost per reply'),
      el('dd', {}, s.costPerReply === null ? '-' : money(s.costPerReply)),
    ),
    el('h3', {}, 'Channel mix'),
    bars(
      channels.map(([c, n]) => ({ label: CHANNEL_LABELS[c] ?? c, value: n })),
      Math.max(1, ...channels.map(([, n]) => n)),
      'Prospects per channel',
    ),
    el('h3', {}, 'Invitations per week'),
    weekChart(p),
    s.warnings.length ? el('h3', {}, 'Warnings') : null,
    s.warnings.length ? el('ul', { class: 'warnings' }, ...s.warnings.map((w) => el('li', {}, w))) : null,
    el('h3', {}, 'First rows'),
    el(
      'table',
      { class: 'rows' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Channel'), el('th', { scope: 'col' }, 'Date'))),
      el(
        'tbody',
        {},
        ...p.sample
          .slice(0, 10)
          .map((r) =>
            el('tr', { title: r.reason }, el('td', {}, r.name), el('td', {}, r.channel.startsWith('ERROR') ? 'ERROR' : r.channel), el('td', {}, r.date)),
          ),
      ),
    ),
  ];
  result.replaceChildren(...parts.filter((c): c is Node => c instanceof Node));
  result.hidden = false;
}

async function run(kind: 'previewPlan' | 'writePlan'): Promise<void> {
  if (busy || !state) return;
  busy = true;
  const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-run]');
  for (const b of buttons) b.disabled = true;
  showMessage('', 'ok');
  const progress = $('progress');
  progress.hidden = false;
  $('progress-text').replaceChildren(`${kind === 'writePlan' ? 'Planning and writing' : 'Planning'} ${count(state.rows)} rows...`);
  try {
    const preview = await callServer(kind, { settings: formPairs() });
    renderResult(preview, kind === 'writePlan');
    showMessage(
      kind === 'writePlan'
        ? `Wrote Channel, Day, Date, Cost, Reason for ${count(preview.rows)} rows.`
        : `Planned ${count(preview.rows)} rows. Nothing written yet.`,
      'ok',
    );
    $('result-title').focus();
  } catch (e) {
    showMessage((e as Error).message || String(e), 'error');
  } finally {
    progress.hidden = true;
    busy = false;
    for (const b of buttons) b.disabled = false;
  }
}

async function start(): Promise<void> {
  $('planner').addEventListener('submit', (e) => {
    e.preventDefault();
    void run('previewPlan');
  });
  $('write').addEventListener('click', () => void run('writePlan'));
  $('reload').addEventListener('click', () => void load());
  await load();
}

async function load(): Promise<void> {
  try {
    state = await callServer('getPlannerState');
    render(state);
  } catch (e) {
    showMessage((e as Error).message || String(e), 'error');
  }
}

void start();
