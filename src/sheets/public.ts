/**
 * Every function Apps Script must see, with the JSDoc Sheets shows in autocomplete. Apps Script
 * only sees top-level `function NAME()` declarations and bundlers drop comments, so the build
 * writes one declaration per entry, with this JSDoc right above it, calling into the bundle.
 */
import { SETTINGS_SHEET } from './names.js';

export interface PublicParam {
  readonly name: string;
  readonly type: string;
  readonly text: string;
  readonly optional?: true;
}

export interface PublicFunction {
  readonly name: string;
  readonly summary: string;
  readonly params: readonly PublicParam[];
  readonly returns?: { readonly type: string; readonly text: string };
  /** Tagged `@customfunction`, so Sheets offers it in autocomplete. */
  readonly customFunction?: true;
}

const ROWS: PublicParam = { name: 'rows', type: 'A2:T500', text: 'One prospect row (A2:T2) or a range of rows (A2:T500).' };
const HEADERS: PublicParam = { name: 'headers', type: 'A$1:T$1', text: 'The header row of the list.' };
const SETTINGS: PublicParam = {
  name: 'settings',
  type: `'${SETTINGS_SHEET}'!A:B`,
  text: 'Optional key/value settings range (plan, credits, As Of, Column: mappings...): without it the saved settings and column mappings are not read.',
  optional: true,
};
const CELL_ARGS = [ROWS, HEADERS, SETTINGS];

export const PUBLIC_FUNCTIONS: readonly PublicFunction[] = [
  {
    name: 'CHANNEL',
    summary: 'How to reach each prospect on LinkedIn next: MESSAGE, CONNECT_NOTE, CONNECT, OPEN_PROFILE, INMAIL, EMAIL_OR_PHONE or SKIP.',
    params: CELL_ARGS,
    returns: { type: 'string', text: 'The channel of the next touch, one per row; a bad row gives its ERROR text.' },
    customFunction: true,
  },
  {
    name: 'SEQUENCE_DAY',
    summary: "The sequence day of each prospect's next touch (1 = first touch); blank after a reply or for SKIP.",
    params: CELL_ARGS,
    returns: { type: 'number', text: 'The sequence day, one per row.' },
    customFunction: true,
  },
  {
    name: 'INMAIL_COST',
    summary:
      "The expected dollar cost of each prospect's next touch: a paid InMail costs Price Per Credit x (1 - reply rate), as a reply refunds the credit; anything else 0.",
    params: CELL_ARGS,
    returns: { type: 'number', text: 'The expected cost in USD, one per row.' },
    customFunction: true,
  },
  {
    name: 'CHANNEL_REASON',
    summary: "One line naming the rules that decided each prospect's channel.",
    params: CELL_ARGS,
    returns: { type: 'string', text: 'The reason, one per row.' },
    customFunction: true,
  },
  {
    name: 'CHANNEL_PLAN',
    summary: 'Plans the whole range against your InMail credits, invitation caps and note quota; spills five columns: Channel, Day, Date, Cost, Reason.',
    params: CELL_ARGS,
    returns: { type: 'any[][]', text: 'Five columns per row: Channel, Day, Date, Cost, Reason.' },
    customFunction: true,
  },
  {
    name: 'CHANNEL_STATS',
    summary:
      "The campaign's own numbers from the list's history: acceptance, InMail reply rate and reply after accept, each with its count and 95% interval beside the rate assumed; and the credits expected back.",
    params: CELL_ARGS,
    returns: { type: 'any[][]', text: 'A small table: Measure, Value, n, Low, High, Assumed, Note.' },
    customFunction: true,
  },
  {
    name: 'onOpen',
    summary: 'Adds the Extensions > Prospect Channel Planner menu.',
    params: [{ name: 'e', type: 'Object', text: 'The open event.', optional: true }],
  },
  {
    name: 'onInstall',
    summary: 'Adds the menu when the add-on is installed.',
    params: [{ name: 'e', type: 'Object', text: 'The install event.', optional: true }],
  },
  { name: 'openPlanner', summary: 'Menu: opens the planner sidebar.', params: [] },
  { name: 'classifySheet', summary: 'Menu: plans the active sheet and writes Channel, Day, Date, Cost, Reason beside it.', params: [] },
  { name: 'insertSampleSheet', summary: 'Menu: inserts the sample prospect list and plans it.', params: [] },
  { name: 'refreshAsOfDate', summary: `Menu: writes today into the ${SETTINGS_SHEET} sheet so the formulas recalculate.`, params: [] },
  { name: 'showHelp', summary: 'Menu: what the add-on does, where its README is, and its version.', params: [] },
  {
    name: 'getPlannerState',
    summary: "Sidebar: the active sheet's header row, its columns with sample values, the detected mapping and the saved settings.",
    params: [{ name: 'request', type: 'Object', text: 'Optional: the header row the user chose, and the sheet it was chosen on.', optional: true }],
    returns: { type: 'Object', text: 'The planner state.' },
  },
  {
    name: 'previewPlan',
    summary: "Sidebar: plans the active sheet with the form's settings, writing nothing.",
    params: [{ name: 'form', type: 'Object', text: 'Settings as key/value pairs.' }],
    returns: { type: 'Object', text: 'The plan summary and the first rows.' },
  },
  {
    name: 'useMyNumbers',
    summary: `Sidebar: writes the rates measured from the active sheet's history (those with enough data) into the ${SETTINGS_SHEET} sheet.`,
    params: [{ name: 'form', type: 'Object', text: 'Settings as key/value pairs, and the header row.' }],
    returns: { type: 'Object', text: 'The settings written, or the problem in the form.' },
  },
  {
    name: 'writePlan',
    summary: 'Sidebar: saves the settings, plans the active sheet and writes the five output columns.',
    params: [{ name: 'form', type: 'Object', text: 'Settings as key/value pairs.' }],
    returns: { type: 'Object', text: 'The plan summary and the first rows.' },
  },
  {
    name: 'showTodaysTouches',
    summary: 'Menu: writes the touches due today into the Today sheet, each with a link to its row and a Done checkbox.',
    params: [],
  },
  {
    name: 'getTodayTouches',
    summary: "Sidebar: the active prospect list's touches due today, in the order a rep works them.",
    params: [{ name: 'form', type: 'Object', text: "Optional: the sidebar's settings, header row and sheet, to plan the list with.", optional: true }],
    returns: { type: 'Object', text: "Today's touches." },
  },
  {
    name: 'markTouchesDone',
    summary: "Sidebar: records the given touches in their rows' history columns and re-plans the sheet.",
    params: [{ name: 'request', type: 'Object', text: "The touches: each its row and channel; and the sidebar's form, to plan the list with." }],
    returns: { type: 'Object', text: "Today's touches, after the marking." },
  },
  {
    name: 'recordCheckedTouches',
    summary: 'Menu: records every touch checked Done on the Today sheet and says what it recorded, or why nothing was.',
    params: [],
  },
  {
    name: 'markCheckedTouchesDone',
    summary: 'Records every touch checked Done on the Today sheet, re-plans the sheet and rewrites the Today sheet.',
    params: [],
    returns: { type: 'Object', text: "Today's touches, after the marking." },
  },
];

/** The declaration Apps Script sees: JSDoc, then a top-level function calling into the bundle. */
export function declaration(f: PublicFunction, bundle: string): string {
  const params = f.params.map((p) => ` * @param {${p.type}} ${p.optional ? `[${p.name}]` : p.name} ${p.text}`);
  const lines = ['/**', ` * ${f.summary}`, ...params];
  if (f.returns) lines.push(` * @return {${f.returns.type}} ${f.returns.text}`);
  if (f.customFunction) lines.push(' * @customfunction');
  lines.push(' */');
  const args = f.params.map((p) => p.name).join(', ');
  lines.push(`function ${f.name}(${args}) {`, `  return ${bundle}.${f.name}(${args});`, '}');
  return lines.join('\n');
}
