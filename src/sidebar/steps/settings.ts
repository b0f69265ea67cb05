/**
 * Settings, grouped as a user thinks of them. Each box shows its default inside it; blank means
 * the default. Only the settings the user changes are saved (the server compares).
 */
import type { PlannerState } from '../../sheets/server.js';
import { el } from '../dom.js';
import type { Step } from '../step.js';

/** The groups, in order; a setting in none of them goes under "Other settings", so none is lost. */
const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'Plan and budget',
    [
      'Plan',
      'Credits',
      'Price Per Credit',
      'Notes Per Month',
      'Weekly Invite Cap',
      'Daily Invite Cap',
      'When Credits Run Out',
      'Credits Renew On',
      'High Value',
      'Volume Threshold',
    ],
  ],
  ['Rates', ['InMail Reply Rate', 'Acceptance Rate', 'Reply After Accept']],
  ['Sequence and dates', ['Sequence', 'Start Date', 'As Of', 'Urgent Within Days', 'Withdraw After Days', 'Date Order', 'Holidays']],
];
/** Settings chosen from a list: their accepted values, comma-separated, are the options. */
const CHOICES: Record<string, true> = { Plan: true, Sequence: true, 'Date Order': true, 'When Credits Run Out': true };

/**
 * The default as it fits in a box, without its sources and asides: "32% [000 §4]; 20-40%..." shows
 * as "32%", "30: withdraw invitations..." as "30"; the default plan's own figure in parentheses stays:
 * "the plan's monthly credits (Sales Navigator Core: 50)" as it is, "the plan's (Sales Navigator
 * Core: unlimited; free: 5...)" as "the plan's (Sales Navigator Core: unlimited)".
 */
export function shortDefault(defaultText: string): string {
  const open = defaultText.indexOf('(');
  const cut = (text: string, at: RegExp) => text.split(at)[0]?.trim() ?? '';
  if (open < 0 || /[:;[]/.test(defaultText.slice(0, open))) return cut(defaultText, /[:;[]/);
  const inside = cut(defaultText.slice(open + 1), /[;[)]/);
  return `${defaultText.slice(0, open).trim()} (${inside})`;
}

function settingInput(state: PlannerState, spec: PlannerState['defaults'][number], i: number): HTMLElement {
  const id = `setting-${i}`;
  const hintId = `${id}-hint`;
  const value = state.settings.find(([k]) => k === spec.key)?.[1] ?? '';
  const fallback = shortDefault(spec.defaultText);
  let input: HTMLInputElement | HTMLSelectElement;
  if (CHOICES[spec.key]) {
    const options = spec.accepts.split(/,\s*|\s+or\s+/).filter(Boolean);
    // A value the sheet holds as a person writes it (`Recruiter Lite`, `SN Core`, `InMail First`)
    // is kept as its own option, chosen: shown as the default instead, it was planned as the
    // default and, on Write, saved over the sheet's value as a change.
    const own = value !== '' && !options.includes(value) ? [value] : [];
    input = el(
      'select',
      { id, name: spec.key, 'aria-describedby': hintId },
      el('option', { value: '' }, `Default: ${fallback}`),
      ...own.map((o) => el('option', { value: o }, o)),
      ...options.map((o) => el('option', { value: o }, o)),
    );
    input.value = value;
  } else {
    input = el('input', { id, name: spec.key, type: 'text', placeholder: fallback, 'aria-describedby': hintId, autocomplete: 'off' });
    input.value = value;
  }
  input.dataset.setting = spec.key;
  return el('div', { class: 'field' }, el('label', { for: id }, spec.key), input, el('div', { class: 'hint', id: hintId }, spec.accepts));
}

export const settingsStep: Step = {
  id: 'settings',
  title: 'Settings',
  render(section, { state }) {
    const index = new Map(state.defaults.map((d, i) => [d.key, i]));
    const grouped = new Set(GROUPS.flatMap(([, keys]) => keys));
    const groups: Array<readonly [string, readonly string[]]> = [
      ...GROUPS,
      ['Other settings', state.defaults.map((d) => d.key).filter((k) => !grouped.has(k))],
    ];
    section.replaceChildren(
      el('h2', {}, 'Settings'),
      el(
        'p',
        { class: 'hint' },
        'Blank means the default shown in the box. Only the settings you change are saved, to the Channel Settings sheet, when you write.',
      ),
      ...groups
        .map(([title, keys]) => [title, keys.filter((k) => index.has(k))] as const)
        .filter(([, keys]) => keys.length > 0)
        .map(([title, keys]) =>
          el(
            'fieldset',
            {},
            el('legend', {}, title),
            ...keys.map((k) => {
              const i = index.get(k) as number;
              return settingInput(state, state.defaults[i] as PlannerState['defaults'][number], i);
            }),
          ),
        ),
    );
  },
};
