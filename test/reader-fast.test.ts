/**
 * The fast reader against the plain one (test/reference-read.ts): the same prospect or the same
 * row error for any cells, and the same seniority for any title.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seniorityFromTitle } from '../src/core/index.js';
import { referenceSeniority } from './reference-read.js';

/** Words the title reading knows, words it does not, and characters that lower-case oddly. */
const TITLE_WORDS = [
  'president',
  'vice',
  'founder',
  'co',
  'Co-Founder',
  'co-founders',
  'cofounder',
  'owner',
  'partner',
  'officer',
  'chief',
  'Chief of Staff',
  'chief of staffing',
  'of staff',
  'director',
  'head',
  'manager',
  'mgr',
  'supervisor',
  'superintendent',
  'lead',
  'leader',
  'team',
  'group',
  'intern',
  'internship',
  'assistant',
  'coordinator',
  'the',
  'of',
  'for',
  'to',
  'in',
  'with',
  'and',
  'at',
  'senior',
  'sr',
  'principal',
  'staff',
  'expert',
  'junior',
  'jr',
  'graduate',
  'CEO',
  'ciso',
  'vp',
  'svp',
  'md',
  'gm',
  'business',
  'sole',
  'managing',
  'equity',
  'venture',
  'sales',
  'Engineer',
  'x1',
  '2nd',
  'constructor',
  'İ',
  'K',
  'Dİrector',
  'KEO',
  'ﬀ',
  'é',
  'Ünternehmer',
];
const TITLE_GLUE = [' ', ' ', ' ', ', ', ' & ', '/', ' | ', ' - ', '-', ' – ', ' (', ')', '@', ' • ', '·', '  ', '', '\t', '\u00a0'];
const titleParts = fc.array(fc.tuple(fc.constantFrom(...TITLE_WORDS), fc.constantFrom(...TITLE_GLUE), fc.boolean()), { maxLength: 8 });
const titles = fc.oneof(
  { weight: 4, arbitrary: titleParts.map((parts) => parts.map(([w, glue, upper]) => (upper ? w.toUpperCase() : w) + glue).join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string() },
);

describe('SPEC 1a: the title read in one pass gives what reading it word by word gives', () => {
  it('any title: the same seniority as lower-casing it and reading its words', () => {
    fc.assert(
      fc.property(titles, (title) => {
        expect(seniorityFromTitle(title)).toBe(referenceSeniority(title));
      }),
      { numRuns: 20_000 },
    );
  });

  it('a title holding a character whose lower case is ASCII (İ, the Kelvin sign) reads as its lower case does', () => {
    expect(seniorityFromTitle('DİRECTOR')).toBe(referenceSeniority('DİRECTOR'));
    expect(seniorityFromTitle('\u212aEY ACCOUNT MANAGER')).toBe('manager');
    expect(seniorityFromTitle('Ops \u212aing')).toBe(referenceSeniority('Ops \u212aing'));
  });
});
