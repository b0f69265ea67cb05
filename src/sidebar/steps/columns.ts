/**
 * Columns: which column holds each field. "(auto)" keeps what the planner recognised (and saves
 * nothing), "(none)" says the field has no column, a header picks that column. Every header of
 * the header row is offered even when none was recognised, with three sample values.
 */
import { ignoredMappingLine } from '../../core/ignored.js';
import type { PlannerState } from '../../sheets/server.js';
import { el, nodes, titledByChoice } from '../dom.js';
import type { Step } from '../step.js';

/** The select values for "(auto)" and "(none)"; a header is its own value. */
export const AUTO = '';
export const NONE = '(none)';

function storedMapping(state: PlannerState, label: string): string {
  return state.settings.find(([k]) => k.toLowerCase() === `column: ${label}`.toLowerCase())?.[1] ?? '';
}

function samplesOf(state: PlannerState, header: string): string {
  const column = state.columns.find((c) => c.header === header);
  if (!column) return '';
  return column.samples.length ? `e.g. ${column.samples.join(', ')}` : 'no values under this header';
}

function fieldRow(state: PlannerState, field: PlannerState['fields'][number], i: number): HTMLElement {
  const id = `column-${i}`;
  const hintId = `${id}-hint`;
  const detected = state.mapping[field.label] ?? '';
  const typo = state.typos?.[field.label];
  const stored = storedMapping(state, field.label);
  const headers = state.columns.map((c) => c.header);
  const options = [
    el('option', { value: AUTO }, detected ? `(auto) ${detected}` : typo ? `(auto) not found: '${typo}', a typo?` : '(auto) not found'),
    el('option', { value: NONE }, `${NONE}: not in this sheet`),
    ...headers.map((h) => el('option', { value: h }, h)),
  ];
  // A saved mapping this tab cannot use stays selected (and unchanged), marked as ignored here.
  const ignored = stored !== '' && stored !== NONE && !headers.some((h) => h.toLowerCase() === stored.toLowerCase());
  if (ignored) options.push(el('option', { value: stored }, `${stored} (not on this tab: ignored)`));
  const select = el('select', { id, name: `Column: ${field.label}`, 'aria-describedby': hintId }, ...options);
  select.value = stored === '' ? AUTO : (headers.find((h) => h.toLowerCase() === stored.toLowerCase()) ?? stored);
  select.dataset.field = field.label;
  // What the sheet holds, as drawn: a choice that differs is the user's, kept when the sheet is read again (main.ts).
  select.dataset.shown = select.value;
  const hint = el('div', { class: 'hint samples', id: hintId });
  // Email and Phone read further columns where the detected one is blank, unless a column is chosen here.
  const more = state.fallbacks?.[field.label] ?? [];
  const fallbackText = more.length > 0 ? `; where it is blank, ${more.map((h) => `'${h}'`).join(', then ')}` : '';
  const showSamples = () => {
    const header = select.value === AUTO ? detected : select.value;
    hint.replaceChildren(
      select.value === NONE
        ? ''
        : ignored && select.value === stored
          ? `'${stored}' is not a header on this tab.`
          : `${samplesOf(state, header)}${select.value === AUTO ? fallbackText : ''}`,
    );
  };
  select.addEventListener('change', showSamples);
  showSamples();
  return el('div', { class: 'field column' }, el('label', { for: id }, field.label), titledByChoice(select), hint);
}

/** How long the header-row choice rests before the sheet is read under it. */
const HEADER_ROW_REST_MS = 250;

function headerRowChooser(state: PlannerState, reread: (row?: number) => void): HTMLElement {
  const select = el(
    'select',
    { id: 'header-row', name: 'Header row' },
    ...state.topRows.map((line, i) => el('option', { value: String(i + 1) }, `Row ${i + 1}: ${line || '(blank)'}`)),
  );
  select.value = String(state.headerRow);
  // The arrow keys change the row at each press: the sheet is read once the choice rests, not once a press.
  let resting: ReturnType<typeof setTimeout> | undefined;
  select.addEventListener('change', () => {
    clearTimeout(resting);
    resting = setTimeout(() => reread(Number(select.value)), HEADER_ROW_REST_MS);
  });
  return el('div', { class: 'field' }, el('label', { for: 'header-row' }, 'Header row'), titledByChoice(select));
}

export const columnsStep: Step = {
  id: 'columns',
  title: 'Columns',
  render(section, { state, reread }) {
    const found = Object.values(state.mapping).filter(Boolean).length;
    // No row was read (an empty sheet, or one that is not a list): say why, not "row 0".
    const intro = state.error
      ? state.error
      : state.notHeader
        ? `Row ${state.headerRow} is not a header row: ${state.notHeader}. Choose the row with the column names.`
        : state.recognised
          ? `${found} of ${state.fields.length} fields found in row ${state.headerRow}. "(auto)" keeps what was found and saves nothing.`
          : state.headerNotFound
            ? `No column in row ${state.headerRow} was recognised${state.topRows.length > 1 ? `, nor in the rows under it to row ${state.topRows.length}: the header row must be one of them` : ''}. Choose the column of at least one field below (Name, Degree...); or, if the column names are further down, delete the rows above them, then Re-read sheet.`
            : `No column in row ${state.headerRow} was recognised. Choose the column of at least one field below (Name, Degree...), or another header row.`;
    const ignored = state.ignored.map((m) => el('li', {}, ignoredMappingLine(m)));
    const understood = state.understood ?? [];
    section.replaceChildren(
      ...nodes(
        el('h2', {}, 'Columns'),
        el('p', { class: state.recognised ? 'hint' : 'notice', id: 'columns-intro' }, intro),
        ignored.length ? el('ul', { class: 'notice', id: 'columns-ignored' }, ...ignored) : null,
        state.topRows.length > 0 ? headerRowChooser(state, reread) : null,
        ...state.fields.map((f, i) => fieldRow(state, f, i)),
        understood.length
          ? el('details', { class: 'understood' }, el('summary', {}, 'What was understood'), el('ul', {}, ...understood.map((line) => el('li', {}, line))))
          : null,
      ),
    );
  },
};
