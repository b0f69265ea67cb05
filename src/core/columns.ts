/**
 * Header row -> fields, and reading one row into a `Prospect` or a row error. It finds an existing
 * output block by the names `outputs.ts` gives, so every surface replaces the same block.
 */
import { type Cell, type FieldKey, Problem, type Prospect, RowError, OUTPUT_COLUMNS, normalizeHeader } from './model.js';
import { FIELDS, type FieldSpec, cellText, emptyProspect, fieldByName, isBlank, seniorityFromTitle, setField } from './fields.js';

export interface MappedColumn {
  readonly field: FieldSpec;
  readonly index: number;
  /** The header as the sheet writes it: what an error names. */
  readonly header: string;
}

export interface ColumnMap {
  readonly columns: readonly MappedColumn[];
  /** Index of an existing Channel..Reason block (re-runs update it in place), or -1. */
  readonly outputAt: number;
  /** Number of header cells. */
  readonly width: number;
}

/**
 * Our output block is recognised only as the five headers side by side, in order, so a user's
 * own lone "Date" or "Reason" column is never mistaken for ours and overwritten.
 */
export function findOutputBlock(headers: readonly Cell[]): number {
  const names = OUTPUT_COLUMNS.map(normalizeHeader);
  for (let i = 0; i + names.length <= headers.length; i++) {
    if (names.every((n, k) => normalizeHeader(headers[i + k]) === n)) return i;
  }
  return -1;
}

/** Whether column `index` lies in the output block that starts at `outputAt` (-1: none). */
export function inOutputBlock(outputAt: number, index: number): boolean {
  return outputAt >= 0 && index >= outputAt && index < outputAt + OUTPUT_COLUMNS.length;
}

/**
 * Matches a header row to fields. `mappings` are the `Column: <field>` settings (field label ->
 * header text) and win over aliases. Unknown columns are ignored (and kept by every writer).
 */
export function mapColumns(headers: readonly Cell[], mappings: Partial<Record<FieldKey, string>> = {}): ColumnMap | Problem {
  const outputAt = findOutputBlock(headers);
  const isOutput = (i: number) => inOutputBlock(outputAt, i);
  const taken = new Map<FieldKey, MappedColumn>();
  for (const [key, wanted] of Object.entries(mappings) as Array<[FieldKey, string]>) {
    const field = FIELDS.find((f) => f.key === key) as FieldSpec;
    const index = headers.findIndex((h, i) => !isOutput(i) && normalizeHeader(h) === normalizeHeader(wanted));
    if (index < 0) {
      return new Problem(`Column: ${field.label}: no column '${wanted}' in the header row`, 'header');
    }
    taken.set(key, { field, index, header: String(headers[index]).trim() });
  }
  const mappedIndexes = new Set([...taken.values()].map((c) => c.index));
  headers.forEach((h, index) => {
    if (isOutput(index) || mappedIndexes.has(index)) return;
    const field = fieldByName(String(h ?? ''));
    if (field && !taken.has(field.key)) taken.set(field.key, { field, index, header: String(h).trim() });
  });
  if (taken.size === 0) {
    const shown = headers
      .filter((h) => !isBlank(h))
      .slice(0, 6)
      .map((h) => `'${String(h)}'`)
      .join(', ');
    return new Problem(
      `no recognised column in the header row (${shown || 'empty'}); expected headers such as ` +
        `${FIELDS.slice(0, 5)
          .map((f) => f.label)
          .join(', ')}..., or Column: <field> settings`,
      'header',
    );
  }
  const columns = [...taken.values()].sort((a, b) => a.index - b.index);
  return { columns, outputAt, width: headers.length };
}

/** "blank" when every input cell of the row is empty: blank rows give blank output. */
export function readProspect(row: readonly Cell[], map: ColumnMap): Prospect | RowError | 'blank' {
  const p = emptyProspect();
  let error: RowError | undefined;
  let errors = 0;
  let any = false;
  for (const c of map.columns) {
    const cell = row[c.index];
    if (isBlank(cell)) continue;
    any = true;
    const value = c.field.parse(cell as string | number | boolean | Date);
    if (value instanceof Problem) {
      errors++;
      error ??= new RowError(c.header, value.message, cellText(cell));
      continue;
    }
    if (value !== undefined) setField(p, c.field.key, value);
  }
  if (error) return errors > 1 ? new RowError(error.column, error.problem, error.got, errors - 1) : error;
  if (!any && rowIsBlank(row, map)) return 'blank';
  if (p.seniority === undefined && p.title) p.seniority = seniorityFromTitle(p.title);
  return p;
}

function rowIsBlank(row: readonly Cell[], map: ColumnMap): boolean {
  for (let i = 0; i < row.length; i++) {
    if (inOutputBlock(map.outputAt, i)) continue;
    if (!isBlank(row[i])) return false;
  }
  return true;
}
