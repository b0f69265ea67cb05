/**
 * SPEC 1a "what was understood, always shown": the reader's understanding in words (the CLI's
 * summary, the inspect command, the sidebar's Columns step) and one row's values as read.
 */
import { type ColumnMap, type DateOrderNote, type Understanding, type UnusedColumn, columnLetters } from '../columns.js';
import { formatDay } from '../dates.js';
import { DATE_FIELDS } from '../fields.js';
import type { FieldKey, Prospect } from '../model.js';

/** The columns read, as `Field <- 'Header'`. */
export function recognisedText(u: Understanding): string {
  return u.map.columns
    .map((c) => {
      const own = c.header === c.field.label ? c.field.label : `${c.field.label} <- '${c.header}'`;
      const fallbacks = u.map.fallbacks.filter((f) => f.field === c.field);
      // Two columns headed alike are told apart by their letters, as a spreadsheet shows them.
      const alike = (h: string) => [c, ...fallbacks].filter((f) => f.header.trim() === h.trim()).length > 1;
      const more = fallbacks.map((f) => (alike(f.header) ? `'${f.header}' in column ${columnLetters(f.index)}` : `'${f.header}'`));
      return more.length === 0 ? own : `${own} (where blank: ${more.join(' then ')})`;
    })
    .join(', ');
}

export function dateOrderText(d: DateOrderNote): string {
  const what = `'${d.header}': slash dates read ${d.order}`;
  // Values that only read the other way: a column written both ways. Where the order was told
  // (the setting, the column's values) their rows are errors; where it was guessed they read so.
  const other = d.order === 'day-first' ? 'month-first' : 'day-first';
  const one = d.against === 1;
  const told = d.basis === 'setting' || d.basis === 'values';
  const fate = told ? (one ? 'that row is an error' : 'those rows are errors') : one ? 'read so' : 'each read so';
  const against =
    d.against === 0 ? '' : `; ${one ? '1 of its values' : `${d.against} of its values`} can only be ${other} (e.g. '${d.againstExample}'): ${fate}`;
  switch (d.basis) {
    case 'setting':
      return `${what} (Date Order setting)${against}`;
    case 'values':
      return `${what}, as its values show${d.example ? ` (${d.example})` : ''}${against}`;
    case 'sheet':
      return `${what}, as the sheet's other date columns show${against}`;
    case 'file':
      // Told by the as-of date alone: from a later as-of date the same cells may read the other way.
      return d.tellsUntil === undefined
        ? `${what}: nothing in the column tells, and ${d.why}; set Date Order if that is wrong`
        : `${what}: nothing in the column tells, and ${d.why}; from as-of ${formatDay(d.tellsUntil)} on that no longer tells: set Date Order to ${d.order} to keep this reading`;
    case 'cannot-tell':
      return d.against === 0
        ? `${what}: nothing in the column tells (03/04 could be either); set Date Order if that is wrong`
        : `${what}: its values disagree${against}; set Date Order if that is wrong`;
  }
}

/**
 * A few lines: the header row when it is not the first, the columns read, the columns not used
 * with why, how slash dates are read where that matters, and settings that did not apply.
 */
export function understandingLines(u: Understanding): string[] {
  const lines: string[] = [];
  if (u.headerRow > 0) lines.push(`Header row: row ${u.headerRow + 1} (${u.headerRow} row${u.headerRow === 1 ? '' : 's'} above it skipped)`);
  lines.push(`Columns read: ${recognisedText(u)}`);
  const shownBy = unnamedFirstColumn(u);
  if (shownBy !== undefined)
    lines.push(`Name: no column read as one: rows are shown by their first column, ${shownBy} (name yours with a Column: Name setting)`);
  lines.push(...notUsedLines(u.unused));
  for (const d of u.dateOrders) if (d.slashDates) lines.push(`Dates: ${dateOrderText(d)}`);
  for (const n of u.notes) lines.push(`Note: ${n}`);
  return lines;
}

/**
 * The first column's header, quoted, where no column is read as a name (Name, First or Last Name)
 * and the first is not read either: a table, the Today sheet and `today` show each row by that
 * column, row numbers (`Lp.`) or a company, where the list's names are in a column not known
 * (found in a new user's trial with a Polish tracker). Undefined otherwise.
 */
function unnamedFirstColumn(u: Understanding): string | undefined {
  const { columns, fallbacks, headers } = u.map;
  const named = columns.some((c) => c.field.key === 'name' || c.field.key === 'firstName' || c.field.key === 'lastName');
  if (named || headers.length === 0 || columns.some((c) => c.index === 0) || fallbacks.some((c) => c.index === 0)) return undefined;
  const first = headers[0] as string;
  return first === '' ? 'which has no header' : `'${first}'`;
}

/** The columns not used and why, as the summary says them: each explained one on its line, then the unknown ones on one. */
export function notUsedLines(unused: readonly UnusedColumn[]): string[] {
  const lines: string[] = [];
  const unknown = unused.filter((c) => c.reason === 'unknown');
  for (const c of unused) if (c.reason !== 'unknown') lines.push(`Not used: '${c.header || `column ${c.index + 1}`}': ${c.why}`);
  if (unknown.length > 0) {
    const names = unknown.map((c) => `'${c.header}'`);
    const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more` : names.join(', ');
    lines.push(`Not used (not columns the planner reads, kept as they are): ${shown}`);
  }
  return lines;
}

const DEGREE_WORDS = ['', '1st', '2nd', '3rd', 'out of network'];

/** One value as the inspect command shows it: dates as YYYY-MM-DD, yes/no as words. */
export function valueText(key: FieldKey, value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (DATE_FIELDS.has(key) && typeof value === 'number') return formatDay(value);
  if (key === 'degree' && typeof value === 'number') return DEGREE_WORDS[value] ?? String(value);
  return String(value);
}

/** The values a row was read as, field label -> text, in column order; Name and Seniority as worked out. */
export function valuesRead(p: Prospect, map: ColumnMap): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const seen = new Set<FieldKey>();
  for (const c of map.columns) {
    if (seen.has(c.field.key)) continue;
    seen.add(c.field.key);
    // A reply read from its date shows the date: it is what the numbers and the as-of check read.
    const value = c.field.key === 'replied' && p.repliedOn !== undefined ? formatDay(p.repliedOn) : valueText(c.field.key, p[c.field.key]);
    out.push([c.field.label, value]);
  }
  if (!seen.has('name') && p.name !== undefined) out.unshift(['Name', p.name]);
  if (!seen.has('seniority') && p.seniority !== undefined) out.push(['Seniority (from title)', p.seniority]);
  // A status that says the prospect answered (`Replied`, lemlist's `emailsReplied`) reads as Replied yes,
  // and one that names an email or a call says so: such a reply is answered there, not on LinkedIn.
  const how = p.repliedOffLinkedIn ? 'by email or on a call' : undefined;
  if (!seen.has('replied') && p.replied !== undefined) out.push(['Replied (from status)', how ? `yes, ${how}` : valueText('replied', p.replied)]);
  else if (how) out.push(['Replied (from status)', how]);
  return out;
}
