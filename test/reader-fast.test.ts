/**
 * The fast reader against the plain one (test/reference-read.ts): the same prospect or the same
 * row error for any cells, and the same seniority for any title.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cell,
  type ColumnMap,
  FIELDS,
  OUTPUT_COLUMNS,
  Problem,
  RowError,
  emptyProspect,
  mapColumns,
  readProspect,
  seniorityFromTitle,
  understandHeader,
} from '../src/core/index.js';
import { ERROR_VALUES } from '../src/core/read/values.js';
import { referenceRead, referenceSeniority } from './reference-read.js';

/** Words the title reading knows, words it does not, and characters that lower-case oddly. */
const TITLE_WORDS = [
  // What a partner before them qualifies, and words that leave it a partner.
  'engineer',
  'Architect',
  'sales',
  'Programs',
  'tax',
  'Former',
  'ex',
  'Ex-',
  'retired',
  'Aspiring',
  'ancien',
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
  'Geschäftsführer',
  'Directeur',
  'directrice',
  'Président',
  'présidente',
  'PRÉSIDENT',
  'PDG',
  'dg',
  'général',
  'Générale',
  'responsable',
  'chef',
  'Cheffe',
  "d'",
  'de',
  'des',
  'du',
  'au',
  'aux',
  'pour',
  'et',
  'chez',
  'fondateur',
  'Co-fondatrice',
  'gérant',
  'associé',
  'Associée',
  'stagiaire',
  'alternante',
  'apprenti',
  'étudiant',
  'confirmé',
  'débutante',
  'Pre\u0301sident',
  'Geschäftsführerin',
  'Vertriebsleiter',
  'Teamleiterin',
  'Team Leiter',
  'Leiter',
  'Bereichsleiterin',
  'Vertriebsdirektor',
  'Vorstand',
  'Mitglied des Vorstands',
  'Werkstudent',
  'Praktikantin',
  'Inhaber',
  'Prokurist',
  'der',
  'für',
  'und',
  'bei',
  'Director General',
  'Gerente General',
  'Consejero Delegado',
  'Vicepresidenta',
  'Jefe de Proyecto',
  'Jefa',
  'Becario',
  'Socio fundador',
  'Directora',
  'del',
  'para',
  'y',
  'en',
  'R&D',
  'Ph.D.',
  'AU',
  'DE',
  'Des Moines',
  'Head Chef',
  'Sous Chef',
  'chef de',
  "chef d'",
  'Gerente',
  'Generální ředitel',
  'ředitelka',
  'Jednatel',
  'Majitel',
  'Spolumajitelka',
  'Předseda',
  'Vedoucí',
  'Manažer',
  'Stážista',
  'Asistentka',
  'Bývalý',
  'Algemeen directeur',
  'Statutair',
  'Adm.',
  'dir.',
  'Administrerende direktør',
  'Verkställande direktör',
  'VD',
  'Vice VD',
  'Daglig leder',
  'Konsernsjef',
  'Koncernchef',
  'Toimitusjohtaja',
  'Varatoimitusjohtaja',
  'Eigenaar',
  'Mede-eigenaar',
  'Oprichter',
  'Grundare',
  'Ägare',
  'Delägare',
  'Indehaver',
  'Ejer',
  'Eier',
  'Omistaja',
  'Perustaja',
  'Verkoopdirecteur',
  'Försäljningsdirektör',
  'Salgsdirektør',
  'Myyntijohtaja',
  'Hoofd',
  'Afdelingshoofd',
  'Avdelingsleder',
  'Teamleider',
  'Projektledare',
  'Försäljningschef',
  'Salgssjef',
  'Souschef',
  'Päällikkö',
  'Esimies',
  'Vanhempi',
  'Stagiair',
  'Harjoittelija',
  'Voormalig',
  'Oud-',
  'Före detta',
  'Tidligere',
  'Entinen',
  ' og ',
  ' och ',
  ' ja ',
  ' bij ',
  ' hos ',
  'OG',
  'Генеральний директор',
  'Директорка',
  'Власник',
  'Співвласниця',
  'Засновник',
  'Керівник',
  'Менеджер',
  'Старший',
  'Молодша',
  'Стажер',
  'Асистентка',
  'Колишній',
  'директораCEO',
  'CEOдиректор',
  'Генеральный директор',
  'Владелец',
  'Совладелица',
  'Основатель',
  'Соучредитель',
  'Руководитель',
  'Начальник',
  'Старшая',
  'Ведущий',
  'Младший',
  'Стажёр',
  'Ассистентка',
  'Бывший',
  'руководительCEO',
  '代表取締役',
  'ΣΥΝΙΔΡΥΤΉΣ',
  'ſenior',
  'CEO & Dİrector',
  'xK',
  'Sr.',
  'II',
  '42',
];
const TITLE_GLUE = [' ', ' ', ' ', ', ', ' & ', '/', ' | ', ' - ', '-', ' – ', ' (', ')', '@', ' • ', '·', '  ', '', '\t', '\u00a0'];
const titleParts = fc.array(fc.tuple(fc.constantFrom(...TITLE_WORDS), fc.constantFrom(...TITLE_GLUE), fc.boolean()), { maxLength: 8 });
const titles = fc.oneof(
  { weight: 4, arbitrary: titleParts.map((parts) => parts.map(([w, glue, upper]) => (upper ? w.toUpperCase() : w) + glue).join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string() },
);

describe('SPEC 1a: the title read in one pass gives what reading it word by word gives', () => {
  it('a word that runs on into an accented letter is not the ASCII word before it (`eté` is no French `et` ending a role)', () => {
    for (const title of ['Inhaber eté Former ', 'Inhaber eté Former', 'Director etá VP', 'Owner été Former']) {
      expect(seniorityFromTitle(title), title).toBe(referenceSeniority(title));
    }
    expect(seniorityFromTitle('Inhaber eté Former')).toBeUndefined();
  });
  it('a word that runs on into a separator above 127 (`·`, `•`, `–`, `—`) keeps the title its case: an upper-case EM after it is no Portuguese link word, as the reference reads it (found by the property below)', () => {
    for (const title of ["engineer·Co-Founder  EM  chef d' ", 'engineer·Founder EM Manager', 'engineer• Founder EM Manager', 'Sales—Founder E Manager']) {
      expect(seniorityFromTitle(title), title).toBe(referenceSeniority(title));
      expect(seniorityFromTitle(title), title).toBe('manager');
    }
    expect(seniorityFromTitle('engineer·Founder em Manager')).toBe('c-level');
  });
  it('any title: the same seniority as lower-casing it and reading its words', () => {
    fc.assert(
      fc.property(titles, (title) => {
        expect(seniorityFromTitle(title)).toBe(referenceSeniority(title));
      }),
      { numRuns: 20_000 },
    );
  });

  it('tens of thousands of distinct titles, as lists write them: the same seniority as the reference', () => {
    const heads = ['', 'Senior ', 'Sr. ', 'Lead ', 'Associate ', 'Group ', 'Team ', 'Vice ', 'Co-', 'Chief ', 'Interim ', 'Head of ', 'Junior '];
    const areas = ['Sales', 'Data', 'Vertrieb', 'Ventes', 'Produit', 'Área Comercial', 'Customer Success', 'IT', 'the Board', '営業'];
    const roles = ['Manager', 'Director', 'Engineer', 'Officer', 'President', 'Partner', 'Owner', 'Founder', 'Leiter', 'Gerente', 'Lead', 'Intern', 'of Staff'];
    const tails = [
      '',
      ' - EMEA',
      ' (DACH)',
      ', North America',
      ' | SaaS',
      ' at Acme',
      ' @ Globex',
      ' · Remote',
      ' — Berlin',
      ' & CEO',
      ' / CTO',
      ' to the CEO',
      ' II',
    ];
    let n = 0;
    for (const h of heads)
      for (const a of areas)
        for (const r of roles)
          for (const [k, t] of tails.entries()) {
            const title = `${h}${a} ${r}${t}${k % 3 === 0 ? ` ${n % 97}` : ''}`;
            const cased = n % 5 === 0 ? title.toUpperCase() : n % 7 === 0 ? title.toLowerCase() : title;
            expect(seniorityFromTitle(cased), cased).toBe(referenceSeniority(cased));
            n++;
          }
    expect(n).toBeGreaterThan(20_000);
  });

  it('a word one character off a word the reading knows (same first letter and length) reads as the reference reads it', () => {
    // Words are looked up by first letter and length, then compared letter by letter: every near miss must fall through.
    const known = TITLE_WORDS.filter((w) => /^[a-z]+$/i.test(w));
    const swaps = (c: string) => [
      String.fromCharCode(c.charCodeAt(0) + 1),
      String.fromCharCode(c.charCodeAt(0) - 1),
      String.fromCharCode(c.charCodeAt(0) ^ 32),
      String.fromCharCode(c.charCodeAt(0) & 31),
      '0',
      '@',
      '`',
      '[',
      '{',
    ];
    let n = 0;
    for (const word of known)
      for (let i = 0; i < word.length; i++)
        for (const s of swaps(word[i] as string)) {
          const near = word.slice(0, i) + s + word.slice(i + 1);
          for (const title of [near, `Senior ${near}`, `${near} Manager`, `VP ${near} of Sales`, `${word} ${near}`]) {
            expect(seniorityFromTitle(title), JSON.stringify(title)).toBe(referenceSeniority(title));
            n++;
          }
        }
    expect(n).toBeGreaterThan(5_000);
  });

  it('a title found c-level before a character only lower-casing reads (İ, the Kelvin sign) is c-level', () => {
    for (const title of ['CEO & DİRECTOR', 'Founder / Key Account Manager', 'Chief Executive Officer, İnternational', 'Owner - SİGN']) {
      expect(seniorityFromTitle(title)).toBe('c-level');
      expect(referenceSeniority(title)).toBe('c-level');
    }
  });

  it('a title holding a character whose lower case is ASCII (İ, the Kelvin sign) reads as its lower case does', () => {
    expect(seniorityFromTitle('DİRECTOR')).toBe(referenceSeniority('DİRECTOR'));
    expect(seniorityFromTitle('\u212aEY ACCOUNT MANAGER')).toBe('manager');
    expect(seniorityFromTitle('Ops \u212aing')).toBe(referenceSeniority('Ops \u212aing'));
  });
});

// ---------------------------------------------------------------- rows

/** Values lists write, for every kind of field, with the white space, case and oddities they come with. */
const WORDS = [
  'Yes',
  'yes',
  'No',
  'Y',
  'n',
  'TRUE',
  'x',
  '✓',
  '✔️',
  'oui',
  '1',
  '0',
  '2',
  '3',
  '12',
  '1st',
  '2nd',
  '3rd+',
  'Out of network',
  'OUT_OF_NETWORK',
  '2nd degree',
  'fourth',
  'c-level',
  'VP',
  'Senior Manager',
  'Head of Sales',
  'boss',
  'pending',
  'Invitation Sent',
  'accepted',
  'ghosted',
  'withdrawn',
  '$25,000',
  '50k',
  '1.2M',
  '75.000 €',
  'EUR 75 000',
  '-100',
  '1,200',
  '500+',
  '12 mutual connections',
  '2026-11-10',
  '2026-02-30',
  '03/04/2026',
  '25/11/2026',
  '18.11.2026',
  '18 Nov 2026',
  'Nov 18, 2026',
  '2026-11-10T10:32:00Z',
  '46000',
  'funding',
  'job change',
  'Ann Smith',
  'Zoë',
  'Søren Berg',
  '#hashtag',
  'CEO & Founder',
  'Partner Marketing Manager',
  'Partner Engineer',
  'Senior Partner Solutions Engineer',
  'https://www.linkedin.com/in/ann',
  // A cell of several links (Greenhouse's Social Media, Lever's Links): one profile, none, two.
  'https://github.com/ann, https://www.linkedin.com/in/ann/',
  'https://twitter.com/ann',
  'https://www.linkedin.com/in/ann; https://www.linkedin.com/in/bob',
  'ann@example.com',
  '+1 555 010 0000',
  'constructor',
  'n/a',
  'N/A',
  '-',
  '—',
  '?',
  'unknown',
  'none',
  'null',
  '#N/A',
  '#NV',
  '#n/d',
  '12/30/1899',
  'TRUE',
  '1',
  ...ERROR_VALUES,
  '#ref!',
  '',
  ' ',
  '\u00a0',
  '\t',
];
/** Around a word: what exports leave at the ends of a cell. */
const ENDS = ['', '', '', '', ' ', '  ', '\u00a0', '\u3000', '\ufeff', '\n', '\u200b', '\u0085'];

const textCell = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...ENDS), fc.constantFrom(...WORDS), fc.constantFrom(...ENDS)).map(([a, w, b]) => a + w + b) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...WORDS), fc.boolean()).map(([w, upper]) => (upper ? w.toUpperCase() : w.toLowerCase())) },
  { weight: 2, arbitrary: fc.string({ maxLength: 50 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 38, maxLength: 45 }) },
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 12, arbitrary: textCell },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -5, max: 50_000 }), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  // A 0 shown as a date, as Sheets gives it.
  { weight: 1, arbitrary: fc.constant(new Date(Date.UTC(1899, 11, 30))) },
);

/**
 * A header row: some fields by label or alias, columns the reader does not know, more LinkedIn
 * URL, email, phone, links, reply and mark columns (fallbacks, before or after the rest; Recruiter's
 * InMail Status beside a Replied), maybe an output block.
 */
const headers = fc
  .tuple(
    fc.shuffledSubarray([...FIELDS], { minLength: 1 }),
    fc.array(fc.constantFrom('Company', 'Notes', 'Location', ''), { maxLength: 3 }),
    fc.array(
      fc.constantFrom(
        'Mobile Phone',
        'Work Direct Phone',
        'Work Email',
        'Email - Home',
        'Social Media',
        'Links',
        'Profile URL',
        'InMail Status',
        'Unsubscribed',
        'No Calls',
        'DNC',
      ),
      { maxLength: 2 },
    ),
    fc.boolean(),
    fc.boolean(),
    fc.nat(),
  )
  .map(([fields, others, more, moreFirst, output, seed]) => {
    const named = fields.map((f, i) => (f.aliases.length > 0 && (seed >> i) % 2 === 1 ? (f.aliases[0] as string) : f.label));
    const row = moreFirst ? [...more, ...named, ...others] : [...named, ...others, ...more];
    return output ? [...row, ...OUTPUT_COLUMNS] : row;
  });

function mapOf(header: readonly string[], dateOrder: 'auto' | 'day-first' | 'month-first'): ColumnMap {
  const u = understandHeader(header, [], { columns: {}, dateOrder });
  if (u instanceof Problem) throw new Error(u.message);
  return u.map;
}

/** A read row as plain data: every field (undefined ones too), -0 told from 0, a row error's parts. */
function snapshot(read: ReturnType<typeof readProspect>): unknown {
  if (read === 'blank') return read;
  if (read instanceof RowError) return { error: { ...read } };
  const fields = read as unknown as Record<string, unknown>;
  return { keys: Object.keys(read).sort(), values: Object.keys(emptyProspect()).map((k) => (Object.is(fields[k], -0) ? '-0' : fields[k])) };
}

/** The fast read and the reference read of one row, held to be the same. */
function same(row: readonly Cell[], map: ColumnMap): void {
  expect(snapshot(readProspect(row, map))).toEqual(snapshot(referenceRead(row, map)));
}

describe('SPEC 1, 1a: the row reader gives exactly what reading each cell through its parser gives', () => {
  it('a prospect is made with every field, as the reference makes it (and the currency its deal value is written in, the day of a reply, whether the row holds one cell, whether it repeats the header, whether a status says the reply came off LinkedIn)', () => {
    expect(Object.keys(emptyProspect()).sort()).toEqual(
      [...FIELDS.map((f) => f.key), 'dealCurrency', 'repliedOn', 'lone', 'repeatsHeader', 'repliedOffLinkedIn'].sort(),
    );
  });

  it('the header row again, and rows a cell away from it, read as the reference reads them', () => {
    const header = ['Name', 'Title', 'Degree', 'Request Sent', 'Notes'];
    const m = mapColumns(header);
    if (m instanceof Problem) throw new Error(m.message);
    same(header, m);
    for (let k = 0; k < header.length; k++) {
      for (const other of [
        '',
        ' ',
        `${header[k]} `,
        ` ${header[k]}`,
        `\uFEFF${header[k]}`,
        `\uFEFF"${header[k]}"`,
        `\uFEFF"${header[k]}"x`,
        `\uFEFF${header[k]}x`,
        (header[k] as string).toUpperCase(),
        'x',
      ])
        same(
          header.map((h, j) => (j === k ? other : h)),
          m,
        );
    }
  });

  it('any header, any cells: the same prospect, the same row error (header, problem, cell text, count) or blank', () => {
    fc.assert(
      fc.property(
        headers,
        fc.constantFrom('auto', 'day-first', 'month-first'),
        fc.array(fc.array(cell, { maxLength: 40 }), { maxLength: 30 }),
        (header, order, rows) => {
          const map = mapOf(header, order as 'auto');
          for (const row of rows) same(row, map);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a value read before (a remembered one) reads the same again, in any column, under two maps read in turn', () => {
    const dayFirst = mapOf(['Name', 'Requested On', 'Degree', 'Warm', 'Deal Value', 'Trigger', 'Title'], 'day-first');
    const monthFirst = mapOf(['Requested On', 'Name', 'Deal Value', 'Degree', 'Warm', 'Title', 'Trigger'], 'month-first');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.array(textCell, { minLength: 7, maxLength: 7 })), { maxLength: 40 }), (rows) => {
        for (const [first, row] of rows) same(row, first ? dayFirst : monthFirst);
      }),
      { numRuns: 500 },
    );
    expect(readProspect(['Ann', '03/04/2026'], dayFirst)).toMatchObject({ requestedOn: referenceDay('2026-04-03') });
    expect(readProspect(['03/04/2026', 'Ann'], monthFirst)).toMatchObject({ requestedOn: referenceDay('2026-03-04') });
  });

  it('a column whose values hardly repeat (its memo fills, then is dropped), one whose memo fills and keeps hitting, one that repeats a few: still the same, row after row', () => {
    const map = mapOf(['Name', 'Deal Value', 'Mutual Connections', 'Degree', 'Requested On', 'Replied'], 'auto');
    const rnd = fc.sample(fc.tuple(fc.nat(99_999), fc.nat(3), fc.nat(400)), { numRuns: 20_000, seed: 42 });
    rnd.forEach(([n, pick, days], i) => {
      const row: Cell[] = [
        `P ${i}`,
        // Distinct amounts, some bad: more than the memo keeps.
        pick === 3 ? `$${n}.5.5` : `$${n.toLocaleString('en-US')}`,
        // Distinct numbers at first, then a memo's worth repeated: the memo stays, full.
        i < 3000 ? String(i) : String(n % 2100),
        ['1st', '2nd', 'fourth', ' 3rd '][pick] as string,
        // Dates over more days than the memo keeps, some with a time.
        `2026-0${1 + (days % 9)}-${String(1 + (days % 28)).padStart(2, '0')}${pick === 1 ? ' 10:32' : ''}`,
        ['yes', 'No', '2026-11-01', 'soon'][(n + pick) % 4] as string,
      ];
      same(row, map);
    });
  });
});

function referenceDay(iso: string): number {
  const p = referenceRead([iso], mapOf(['Requested On'], 'auto'));
  if (p === 'blank' || p instanceof RowError || p.requestedOn === undefined) throw new Error(iso);
  return p.requestedOn;
}
