/**
 * SPEC 1a, Amounts: "a dot or comma followed by exactly three digits is a thousands separator".
 * Whole-number fields (Mutual Connections, Segment Size) read numbers by that same rule: `1,234`
 * is 1234, `3,0` is 3, and `12,5` is a fraction, which a count cannot have: a row error naming
 * its column, never 125.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, FIELDS, type FieldSpec, Problem, type Prospect, RowError, mapColumns, readProspect } from '../src/core/index.js';
import { MONTH_FIRST } from '../src/core/read/dates.js';

/** Every field that takes a whole number. */
const WHOLE = FIELDS.filter((f) => f.accepts === 'whole number');

function field(label: string): FieldSpec {
  const f = FIELDS.find((x) => x.label === label);
  if (!f) throw new Error(label);
  return f;
}
const parse = (label: string, cell: string | number) => field(label).parse(cell, MONTH_FIRST);

/** One row read under `headers`, through the reader every surface uses. */
function readRow(headers: string[], row: Cell[]): Prospect | RowError | 'blank' {
  const m = mapColumns(headers);
  if (m instanceof Problem) throw new Error(m.message);
  return readProspect(row, m);
}

describe('SPEC 1a: whole numbers read a dot or comma by the amounts rule', () => {
  it('the whole-number fields are Segment Size and Mutual Connections', () => {
    expect(WHOLE.map((f) => f.label).sort()).toEqual(['Mutual Connections', 'Segment Size']);
  });

  const good: Array<[string, number]> = [
    ['1,234', 1234],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['1.000', 1000],
    ['3,000', 3000],
    ['3,0', 3],
    ['3.0', 3],
    ['3,00', 3],
    ['99,0', 99],
    ['1.234,0', 1234],
    ['1,234.00', 1234],
    ['0', 0],
    ['007', 7],
    [' 12 ', 12],
    ['500+', 500],
    ['12 mutual connections', 12],
    ['1,200 connections', 1200],
  ];
  for (const f of WHOLE) {
    it(`${f.label}: ${good.map(([t]) => JSON.stringify(t)).join(', ')} read as the number written`, () => {
      for (const [text, want] of good) expect(parse(f.label, text), text).toBe(want);
    });
  }

  const fractions = ['12,5', '2.5', '1,5', '1.5', '4,5', '1,2345', '0,5', '0.125', '1.234,5', '1,234.5', '2,5 mutual connections'];
  for (const f of WHOLE) {
    it(`${f.label}: ${fractions.map((t) => JSON.stringify(t)).join(', ')} are a clear error: a count cannot have a fraction`, () => {
      for (const text of fractions) {
        const got = parse(f.label, text);
        expect(got, text).toBeInstanceOf(Problem);
        expect((got as Problem).message).toBe('expected a whole number, 0 or more: a count cannot have a fraction');
      }
      expect((parse(f.label, 2.5) as Problem).message).toMatch(/a count cannot have a fraction/);
    });
  }

  it('not a number at all is still the plain error; hex and exponents are not read as numbers', () => {
    for (const text of ['many', '-5', '1.2.3', '0x10', '1e3', '1,2,3', '+']) {
      const got = parse('Mutual Connections', text);
      expect(got, text).toBeInstanceOf(Problem);
      expect((got as Problem).message).toBe('expected a whole number, 0 or more');
    }
    expect(parse('Segment Size', -1)).toBeInstanceOf(Problem);
    expect(parse('Segment Size', Number.NaN)).toBeInstanceOf(Problem);
    expect(parse('Segment Size', Number.POSITIVE_INFINITY)).toBeInstanceOf(Problem);
  });

  it('a German list (Name;Shared Connections;Similar Prospects / A;3,0;12,5): the row error names the column, nothing is misread', () => {
    const headers = ['Name', 'Shared Connections', 'Similar Prospects'];
    expect(readRow(headers, ['A', '3,0', '99,0'])).toEqual({ name: 'A', mutualConnections: 3, segmentSize: 99 });
    const a = readRow(headers, ['A', '3,0', '12,5']);
    expect(a).toBeInstanceOf(RowError);
    expect((a as RowError).text).toBe("ERROR: Similar Prospects: expected a whole number, 0 or more: a count cannot have a fraction (got '12,5')");
    const b = readRow(headers, ['B', '4,5', '99,0']);
    expect((b as RowError).text).toBe("ERROR: Shared Connections: expected a whole number, 0 or more: a count cannot have a fraction (got '4,5')");
    expect(readRow(headers, ['C', '1.234', '1,234'])).toEqual({ name: 'C', mutualConnections: 1234, segmentSize: 1234 });
  });

  it('Deal Value reads the same texts by the same rule (an amount may have a fraction)', () => {
    const amounts: Array<[string, number]> = [
      ['1,234', 1234],
      ['1.234', 1234],
      ['3,0', 3],
      ['3,00', 3],
      ['12,5', 12.5],
      ['2.5', 2.5],
      ['1,2345', 1.2345],
      ['1.234,5', 1234.5],
    ];
    for (const [text, want] of amounts) expect(parse('Deal Value', text), text).toBe(want);
  });
});

/** A plain decimal as a list writes it: digits, then maybe a dot or comma and digits that are not exactly three. */
const plainDecimal = fc
  .record({
    whole: fc.nat({ max: 10_000_000 }),
    mark: fc.constantFrom('.', ','),
    fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,2}$/), fc.stringMatching(/^\d{4,7}$/)),
  })
  .map(({ whole, mark, fraction }) => ({ text: fraction === '' ? String(whole) : `${whole}${mark}${fraction}`, value: Number(`${whole}.${fraction || '0'}`) }));

/** A whole number grouped in thousands by a dot or comma, maybe with zero decimals by the other mark. */
const grouped = fc
  .record({ value: fc.integer({ min: 1000, max: 999_999_999 }), group: fc.constantFrom('.', ',', ' '), zeros: fc.constantFrom('', '0', '00') })
  .map(({ value, group, zeros }) => {
    const text = String(value).replace(/\B(?=(\d{3})+$)/g, group);
    const decimal = group === '.' ? ',' : '.';
    return { text: zeros === '' ? text : `${text}${decimal}${zeros}`, value };
  });

describe('SPEC 1a property: a whole-number field never reads a number other than the one written', () => {
  for (const f of WHOLE) {
    it(`${f.label}: a plain decimal reads as its own value when whole, else a clear error`, () => {
      fc.assert(
        fc.property(plainDecimal, ({ text, value }) => {
          const got = f.parse(text, MONTH_FIRST);
          if (Number.isInteger(value)) expect(got).toBe(value);
          else expect(got).toBeInstanceOf(Problem);
        }),
        { numRuns: 500 },
      );
    });
    it(`${f.label}: a number grouped in thousands reads as itself`, () => {
      fc.assert(
        fc.property(grouped, ({ text, value }) => {
          expect(f.parse(text, MONTH_FIRST)).toBe(value);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('through the row reader (its column memo), every row reads the number written or is a row error naming the column', () => {
    const m = mapColumns(['Name', 'Shared Connections', 'Similar Prospects']);
    if (m instanceof Problem) throw new Error(m.message);
    fc.assert(
      fc.property(plainDecimal, plainDecimal, (a, b) => {
        const got = readProspect(['P', a.text, b.text], m);
        if (Number.isInteger(a.value) && Number.isInteger(b.value)) {
          expect(got).toEqual({ name: 'P', mutualConnections: a.value, segmentSize: b.value });
        } else {
          expect(got).toBeInstanceOf(RowError);
          expect((got as RowError).column).toBe(Number.isInteger(a.value) ? 'Similar Prospects' : 'Shared Connections');
        }
      }),
      { numRuns: 500 },
    );
  });
});
