/**
 * The command line's own reading of a plain argument list (readPlainArgs) is parseArgs's reading:
 * the same values, in the same order, in a null-prototype object, and the same file names; any
 * list it does not read is left to parseArgs.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_OPTIONS, readPlainArgs } from '../src/cli/common.js';

const OPTIONS = { ...COMMON_OPTIONS, rows: { type: 'string' }, 'all-due': { type: 'boolean' } } as const;

/** parseArgs's result, or its error's message. */
function byParseArgs(args: string[]): unknown {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return (e as Error).message;
  }
}

const TOKENS = [
  'in.csv',
  'out.csv',
  '-',
  '',
  '--',
  '-o',
  '-q',
  '-h',
  '-x',
  '-qo',
  '-o=x.csv',
  '--output',
  '--output=o.csv',
  '--output=',
  '--quiet',
  '--quiet=1',
  '--help',
  '--format',
  'table',
  '--column',
  'Degree=Conn',
  '--column=Name=Full Name',
  '--credits',
  '--credits=-1',
  '-1',
  '--as-of',
  '2026-11-23',
  '--rows',
  '3,7-9',
  '--all-due',
  '--bogus',
  '--constructor',
  '--__proto__',
  '--=x',
  '---output',
  'caf\u00e9.csv',
];

describe('readPlainArgs', () => {
  it('reads what it reads exactly as parseArgs does, and leaves the rest to parseArgs', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }), (args) => {
        const plain = readPlainArgs(args, OPTIONS);
        if (plain === undefined) return;
        read++;
        const expected = byParseArgs(args);
        expect(plain).toEqual(expected);
        const { values } = expected as { values: object };
        expect(Object.getPrototypeOf(plain.values)).toBe(Object.getPrototypeOf(values));
        expect(Object.keys(plain.values)).toEqual(Object.keys(values));
      }),
      { numRuns: 3000 },
    );
    // The property says something only if many lists are read.
    expect(read).toBeGreaterThan(300);
  });

  it('reads the usual runs', () => {
    for (const args of [
      ['in.csv', '-q', '-o', 'out.csv'],
      ['in.csv', '--as-of', '2026-11-23', '--format', 'table', '--column', 'Degree=Conn. lvl', '--column', 'Name=Who'],
      ['-', '--credits=-1', '--output=out.csv'],
      ['--help'],
    ]) {
      expect(readPlainArgs(args, OPTIONS)).toEqual(byParseArgs(args));
    }
  });

  it('leaves to parseArgs a flag it does not know, a value that starts with a dash or is missing, grouped flags, -- and an option given twice', () => {
    for (const args of [
      ['in.csv', '--bogus'],
      ['-o'],
      ['-o', '-'],
      ['--quiet=1'],
      ['-qo', 'x'],
      ['--', '-x'],
      ['--output'],
      ['in.csv', '--rows', '2', '--rows', '4'],
    ]) {
      expect(readPlainArgs(args, OPTIONS)).toBeUndefined();
    }
  });
});
