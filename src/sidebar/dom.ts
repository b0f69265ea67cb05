/**
 * DOM helpers for the sidebar. Every piece of text from the sheet goes in as a text node (never
 * as HTML), so a prospect named `<img src=x onerror=alert(1)>` is shown as a name.
 */
import { grouped } from '../core/format.js';

export type Child = Node | string | null | undefined | false;

/** Builds an element; strings become text nodes, so nothing from the sheet is parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/**
 * Text from the sheet set apart from the words around it (`<bdi>`): an unclosed right-to-left
 * mark in a name cannot turn the sidebar's own words after it around.
 */
export const isolated = (text: string) => el('bdi', {}, text);

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
/** A count as the core writes one: 12,345. */
export const count = grouped;
/** "1 prospect", "3 prospects". */
export const counted = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** A form control's inline error: shown under the control, named by aria-describedby, focus moved to it. */
/**
 * A select box shows its choice in full on hover: the sidebar is 300 px wide, and a long header
 * (or "(auto) not found: '...', a typo?") is cut in the closed box.
 */
export function titledByChoice(select: HTMLSelectElement): HTMLSelectElement {
  const show = () => {
    select.title = select.selectedOptions[0]?.text ?? '';
  };
  select.addEventListener('change', show);
  show();
  return select;
}

/** A setting's box in the form (marked `data-setting` with its key), or a column's choice (`Column: Degree`), if the form shows it. */
export function settingBox(key: string): HTMLInputElement | HTMLSelectElement | null {
  const column = /^Column:\s*(.+)$/i.exec(key)?.[1];
  const selector = column === undefined ? `[data-setting="${CSS.escape(key)}"]` : `select[data-field="${CSS.escape(column)}"]`;
  return document.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
}

/** Puts values into the setting boxes and column choices the form shows, by key; a choice the box does not offer (a header not on this tab) is left. */
export function fillSettings(pairs: Iterable<readonly [string, string]>): void {
  for (const [key, value] of pairs) {
    const box = settingBox(key);
    if (box instanceof HTMLSelectElement && !Array.from(box.options).some((o) => o.value === value)) continue;
    if (box) box.value = value;
  }
}

export function markInvalid(control: HTMLElement, message: string): void {
  clearInvalid();
  const id = `${control.id}-error`;
  const error = el('div', { class: 'field-error', id, role: 'alert' }, message);
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', [id, control.getAttribute('aria-describedby') ?? ''].join(' ').trim());
  control.closest('.field')?.append(error);
  control.focus();
  control.scrollIntoView({ block: 'center' });
}

export function clearInvalid(): void {
  for (const e of document.querySelectorAll('.field-error')) e.remove();
  for (const c of document.querySelectorAll<HTMLElement>('[aria-invalid="true"]')) {
    c.removeAttribute('aria-invalid');
    const rest = (c.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && !id.endsWith('-error'))
      .join(' ');
    if (rest) c.setAttribute('aria-describedby', rest);
    else c.removeAttribute('aria-describedby');
  }
}

/** The children that are nodes or text, for replaceChildren (which would show `null` as text). */
export function nodes(...children: Child[]): Array<Node | string> {
  return children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false);
}
