/**
 * SPEC 1a: the one reader. Every vocabulary, every date and amount form, each ambiguous form,
 * and how the header row and the columns are understood.
 */
import fc from 'fast-check';
import { currencyOf } from '../src/core/read/amounts.js';
import { describe, expect, it } from 'vitest';
import {
  type Cell,
  FIELDS,
  OTHER_HEADER,
  formatDay,
  lastRenewal,
  nextRenewal,
  normalizeHeader,
  parseIsoDay,
  Problem,
  type Prospect,
  RowError,
  type Understanding,
  parseAmount,
  parseDateText,
  readColumns,
  readDate,
  readProspect,
  seniorityFromTitle,
  todayFrom,
  understand,
  understandHeader,
  valueInHeader,
  understandingLines,
  zonedInstant,
  decideRow,
  outputText,
  reasonOf,
} from '../src/core/index.js';
import { mappingsMissing } from '../src/core/columns.js';
import { DATE_FIELDS, fieldLabel } from '../src/core/fields.js';
import { closest } from '../src/core/model.js';
import { valueText } from '../src/core/read/describe.js';
import { ERROR_VALUES } from '../src/core/read/values.js';
import { day, settings as settingsFor, touch } from './helpers.js';

const AUTO = { columns: {}, dateOrder: 'auto' } as const;

function understood(top: Cell[][], settings: Parameters<typeof understand>[1] = AUTO): Understanding {
  const u = understand(top, settings);
  if (u instanceof Problem) throw new Error(u.message);
  return u;
}

/** The Phone columns read, its own and its fallbacks, by header. */
const columnHeaders = (u: Understanding) => ({
  own: u.map.columns.filter((c) => c.field.key === 'phone').map((c) => c.header),
  fallbacks: u.map.fallbacks.map((c) => c.header),
});

/** Reads one row under a header; the prospect, or throws with the row's error. */
function read(header: Cell[], row: Cell[], settings: Parameters<typeof understand>[1] = AUTO): Prospect {
  const u = understood([header, row], settings);
  const p = readProspect(row, u.map);
  if (p === 'blank' || p instanceof RowError) throw new Error(p === 'blank' ? 'blank' : p.text);
  return p;
}

function readError(header: Cell[], row: Cell[]): RowError {
  const u = understood([header, row]);
  const p = readProspect(row, u.map);
  if (!(p instanceof RowError)) throw new Error(`expected an error, got ${JSON.stringify(p)}`);
  return p;
}

const fieldOf = (u: Understanding, header: string) => u.map.columns.find((c) => c.header === header)?.field.label;

describe('SPEC 1a values: yes/no vocabulary', () => {
  for (const word of ['x', 'X', '✓', 'checked', 'TRUE', 'yes', 'Y', 'oui', 'j', 's', 'Sí', '1', '1.0']) {
    it(`'${word}' is yes`, () => expect(read(['Name', 'Warm'], ['Ann', word]).warm).toBe(true));
  }
  for (const word of ['no', 'FALSE', 'unchecked', 'n', '0', '0.0']) {
    it(`'${word}' is no`, () => expect(read(['Name', 'Warm'], ['Ann', word]).warm).toBe(false));
  }
  it("as a rep types them: 'yes!', 'Yes.', 'yep', 'Yeah' are yes, 'no.', 'nope', 'Nah!' are no, in every yes/no column and in Replied ('replied!' too)", () => {
    for (const word of ['yes!', 'Yes.', 'YES!!', 'yep', 'Yup', 'Yeah', 'x.']) {
      expect(read(['Name', 'Warm'], ['Ann', word]).warm, word).toBe(true);
      expect(read(['Name', 'Replied'], ['Ann', word]).replied, word).toBe(true);
    }
    for (const word of ['no.', 'No!', 'nope', 'Nope.', 'Nah!']) {
      expect(read(['Name', 'Warm'], ['Ann', word]).warm, word).toBe(false);
      expect(read(['Name', 'Replied'], ['Ann', word]).replied, word).toBe(false);
    }
    expect(read(['Name', 'Replied'], ['Ann', 'replied!']).replied).toBe(true);
    // Marks alone are no answer.
    expect(readError(['Name', 'Warm'], ['Ann', '!!']).text).toMatch(/expected yes or no/);
  });
  it("TRUE and FALSE as a German, French, Spanish, Italian, Dutch or Polish Excel writes them are yes and no ('wahr' is not an error)", () => {
    for (const word of ['WAHR', 'wahr', 'VRAI', 'VERDADERO', 'VERO', 'VERDADEIRO', 'WAAR', 'PRAWDA', 'SANT', 'TOSI']) {
      expect(read(['Name', 'Target Account'], ['Ann', word]).namedAccount, word).toBe(true);
    }
    for (const word of ['FALSCH', 'falsch', 'FAUX', 'FALSO', 'ONWAAR', 'FAŁSZ', 'FALSKT', 'EPÄTOSI']) {
      expect(read(['Name', 'Target Account'], ['Ann', word]).namedAccount, word).toBe(false);
    }
  });
  it("TRUE and FALSE as a Czech, Russian, Ukrainian, Hungarian, Romanian, Croatian, Turkish or Greek Excel writes them, and yes and no as reps there type them, are yes and no; their #N/A is blank (each was the row's error: found in a new user's trial)", () => {
    for (const word of [
      'PRAVDA',
      'ИСТИНА',
      'ІСТИНА',
      'IGAZ',
      'ADEVĂRAT',
      'TOČNO',
      'DOĞRU',
      'ΑΛΗΘΕΣ',
      'Tak',
      'Ano',
      'áno',
      'Да',
      'Так',
      'Evet',
      'Ναι',
      'DA',
      'はい',
      'あり',
    ]) {
      expect(read(['Name', 'Is Open Profile'], ['Ann', word]).openProfile, word).toBe(true);
    }
    for (const word of [
      'NEPRAVDA',
      'ЛОЖЬ',
      'ХИБНІСТЬ',
      'HAMIS',
      'FALS',
      'NETOČNO',
      'YANLIŞ',
      'ΨΕΥΔΕΣ',
      'Nie',
      'Ne',
      'Нет',
      'Ні',
      'Hayır',
      'Όχι',
      'Nu',
      'いいえ',
      'なし',
    ]) {
      expect(read(['Name', 'Is Open Profile'], ['Ann', word]).openProfile, word).toBe(false);
    }
    for (const word of ['#Н/Д', '#NENÍ_K_DISPOZICI', '#HIÁNYZIK', '#YOK'])
      expect(read(['Name', 'Is Open Profile'], ['Ann', word]).openProfile, word).toBeUndefined();
    // Their other error values are the row's error, naming the column.
    for (const word of ['#ЗНАЧ!', '#ССЫЛКА!', '#HODNOTA!'])
      expect(readError(['Name', 'Is Open Profile'], ['Ann', word]).text, word).toMatch(/^ERROR: Is Open Profile: /);
  });
  for (const word of ['n/a', 'N/A', 'na', '-', '—', '?', 'unknown', 'Unknown', 'none', '#N/A', 'nan', 'NaN']) {
    it(`'${word}' means blank in a yes/no column, a number column and a date column`, () => {
      const p = read(['Name', 'Open Profile', 'Mutual Connections', 'Requested On'], ['Ann', word, word, word]);
      expect(p.openProfile).toBeUndefined();
      expect(p.mutualConnections).toBeUndefined();
      expect(p.requestedOn).toBeUndefined();
    });
  }
  it("a list saved by pandas: a degree of 2.0 is 2nd (it was the row's error), nan is blank, and a name 'Nan' stays a name", () => {
    const p = read(['Name', 'Connection Degree', 'Open Profile', 'Shared Connections'], ['Nan Li', '2.0', 'nan', '5.0']);
    expect([p.name, p.degree, p.openProfile, p.mutualConnections]).toEqual(['Nan Li', 2, undefined, 5]);
    expect(read(['Name', 'Degree'], ['Nan', '3.0'])).toMatchObject({ name: 'Nan', degree: 3 });
  });
  it("'#N/A' from a lookup is no Trigger (it tipped rows to a paid InMail)", () => {
    expect(read(['Name', 'Trigger'], ['Ann', '#N/A']).trigger).toBeUndefined();
  });
  it("a Trigger that says there is none ('No trigger', 'none yet', 'TBD') is no Trigger (SPEC 4: it made rows urgent and spent credits); 'No-code platform launch' is one", () => {
    const trigger = (t: string) => read(['Name', 'Trigger'], ['Ann', t]).trigger;
    for (const none of ['No trigger', 'none yet', 'TBD', 'tbc.', 'Nothing so far', 'No recent news', 'not yet', 'To be confirmed'])
      expect(trigger(none), none).toBeUndefined();
    // A blank word with a note after a dash or a colon names no event either.
    for (const none of ['N/A - check later', 'TBD: ask Tom', 'none – maybe Q1', '? - to research']) expect(trigger(none), none).toBeUndefined();
    for (const some of ['No-code platform launch', 'Nordic expansion', 'New CFO', 'Not for profit grant won', 'NA expansion - new office'])
      expect(trigger(some), some).toBe(some);
  });
  it('a long Trigger keeps its first whole words, never part of one (SPEC 3a: a word is never cut)', () => {
    const trigger = (t: string) => read(['Name', 'Trigger'], ['Ann', t]).trigger;
    expect(trigger('Announced expansion into EMEA and APAC markets')).toBe('Announced expansion into EMEA and APAC…');
    expect(trigger('Raised Series B, now hiring: sales; marketing')).toBe('Raised Series B, now hiring: sales…');
    expect(trigger('Neue Niederlassung in München seit Oktober eingerichtet')).toBe('Neue Niederlassung in München seit…');
    // Forty characters and a space: the fortieth ends a word, which is kept.
    expect(trigger(`${'a'.repeat(39)}b more`)).toBe(`${'a'.repeat(39)}b…`);
    expect(trigger('x'.repeat(40))).toBe('x'.repeat(40));
    // One word longer than a label: named as a trigger, no part of it shown.
    expect(trigger(`https://news.example.com/${'a'.repeat(40)}`)).toBe('trigger');
  });
  it('a long Trigger becomes whole words of it and an ellipsis, for any words', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9,;:()-]{1,12}$/);
    // The text's first k + 1 words, without the punctuation after them.
    const upTo = (words: string[], k: number) =>
      words
        .slice(0, k + 1)
        .join(' ')
        .replace(/[\s,;:(\-–—]+$/, '');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const t = words.join(' ');
        if (t.length <= 40) return;
        // A blank word with a note after a dash or colon (`na - ...`) is no Trigger: tested above.
        if (/^(?:n\/a|na|none|tbd|tba|tbc|unknown|-+|\?+)\s*[-–—:]\s/i.test(t)) return;
        const got = read(['Name', 'Trigger'], ['Ann', t]).trigger as string;
        const fits = words.map((_, k) => upTo(words, k)).filter((w, k) => w !== '' && words.slice(0, k + 1).join(' ').length <= 40);
        if (fits.length === 0) return expect(got).toBe('trigger');
        // The most whole words that fit, then the ellipsis.
        expect(got).toBe(`${fits[fits.length - 1]}…`);
      }),
    );
  });
  for (const error of ERROR_VALUES.slice(0, 7)) {
    it(`'${error}' is a row error naming its column, never read as text`, () => {
      const e = readError(['Name', 'Trigger Event'], ['Ann', error]);
      expect(e.column).toBe('Trigger Event');
      expect(e.text).toContain(error);
      const e2 = readError(['Name', 'Deal Value'], ['Ann', error]);
      expect(e2.column).toBe('Deal Value');
    });
  }
  it("SPEC 1a '#N/A' as Excel writes it in another language (German '#NV', Italian and Portuguese '#N/D', Dutch '#N/B', Swedish '#SAKNAS!'...) means blank, as '#N/A' does, in a name column too", () => {
    for (const word of ['#NV', '#nv', '#N/D', '#N/B', '#N/D!', '#SAKNAS!', '#I/T', '#PUUTTUU!']) {
      const p = read(['Name', 'Open Profile', 'Deal Value', 'Requested On', 'Trigger', 'Title'], ['Ann', word, word, word, word, word]);
      expect([p.openProfile, p.dealValue, p.requestedOn, p.trigger, p.title], word).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
    expect(read(['Name', 'Email'], ['#NV', 'ann@x.com']).name).toBeUndefined();
  });
  it("SPEC 1a the other spreadsheet errors as Excel writes them in another language ('#BEZUG!', '#WERT!', '#VALEUR!', '#¡REF!', '#VÄRDEFEL!'...) are row errors naming their column, never a Trigger", () => {
    for (const error of [
      '#BEZUG!',
      '#WERT!',
      '#ZAHL!',
      '#VALEUR!',
      '#NOM?',
      '#¡REF!',
      '#¿NOMBRE?',
      '#RIF!',
      '#NÚM!',
      '#VERW!',
      '#ADR!',
      '#VÄRDEFEL!',
      '#VÆRDI!',
      '#VIITTAUS!',
      '#wert!',
    ]) {
      const e = readError(['Name', 'Trigger Event'], ['Ann', error]);
      expect(e.column, error).toBe('Trigger Event');
      expect(e.text, error).toContain('the spreadsheet shows an error here');
    }
  });
  it("a tick box or yes/no under a touch's date (Invite sent, InMail Sent, Accepted On...): unticked or no is blank, ticked or yes a row error asking when, never a row planned as untouched", () => {
    for (const [header, key] of [
      ['Invite sent', 'requestedOn'],
      ['Request Sent', 'requestedOn'],
      ['InMail Sent', 'inmailSentOn'],
      ['Accepted On', 'acceptedOn'],
      ['Last Touch On', 'lastTouchOn'],
    ] as const) {
      for (const no of [false, 'FALSE', 'no', 'nein', 'FALSCH', 0, '0'] as const) {
        const p = read(['Name', 'Degree', header], ['Ann', '2nd', no]);
        expect(p[key], `${header} ${no}`).toBeUndefined();
      }
      for (const yes of [true, 'TRUE', 'yes', 'x', 'WAHR', 1, '1'] as const) {
        const e = readError(['Name', 'Degree', header], ['Ann', '2nd', yes]);
        expect(e.column, `${header} ${yes}`).toBe(header);
        expect(e.text).toContain('ticked (yes), but when? give the date it was done, e.g. 2026-11-18');
      }
      expect(read(['Name', 'Degree', header], ['Ann', '2nd', '2026-11-18'])[key]).toBe(day('2026-11-18'));
    }
  });
  it("a 0 in a date-formatted column (Sheets gives it as 1899-12-30, at midnight in the spreadsheet's zone; a CSV of the sheet as 12/30/1899) is what the number 0 is: a filled-down row stays blank, a named row's error says what it is", () => {
    const header = ['Name', 'Degree', 'Request Sent'];
    const map = understood([header]);
    const zeros: Cell[] = [
      new Date(Date.UTC(1899, 11, 30)),
      new Date(Date.UTC(1899, 11, 30, 4, 56, 2)),
      new Date(Date.UTC(1899, 11, 29, 10)),
      '12/30/1899',
      '30.12.1899',
      '1899-12-30',
    ];
    for (const zero of zeros) {
      expect(readProspect(['', '', zero], map.map), String(zero)).toBe('blank');
      expect(readProspect(['', false, zero], map.map), String(zero)).toBe('blank');
      // A named row's: an error, never a request sent in 1899 (pending 46,000 days).
      expect(readError(header, ['Ann', '2nd', zero]).column, String(zero)).toBe('Request Sent');
    }
    for (const zero of [zeros[0], zeros[3]] as Cell[])
      expect(readError(header, ['Ann', '2nd', zero]).text).toContain('expected a date: 1899-12-30 is a 0 shown as a date');
    // A day before LinkedIn is no touch's (a date-formatted 1, a serial such as 2); a real date is read.
    expect(readError(header, ['Ann', '2nd', '12/31/1899']).text).toContain('Request Sent: expected a date from 2000 on, when the touch was made');
    expect(read(header, ['Ann', '2nd', new Date(Date.UTC(2026, 10, 2))]).requestedOn).toBe(day('2026-11-02'));
  });
  it('a touch date column under a generic header (Invited) is read on its dates, the 0s a formula left below a short list passed over as no evidence', () => {
    const rows = [
      ...['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'].map((d, i) => [`P${i}`, '2nd', d]),
      ...Array.from({ length: 10 }, () => ['', '', new Date(Date.UTC(1899, 11, 30))]),
    ];
    const u = understood([['Name', 'Degree', 'Invited'], ...rows]);
    expect(u.map.columns.map((c) => c.field.key)).toEqual(['name', 'degree', 'requestedOn']);
  });
  it('the seven spreadsheet errors of SPEC 1a are all known', () => {
    expect(ERROR_VALUES).toEqual(expect.arrayContaining(['#REF!', '#VALUE!', '#NAME?', '#DIV/0!', '#NUM!', '#NULL!', '#ERROR!']));
  });
});

describe('SPEC 1a seniority vocabularies (Sales Navigator, LinkedIn job levels, Apollo)', () => {
  const table: Array<[string, string]> = [
    // Sales Navigator
    ['Owner / Partner', 'c-level'],
    ['CXO', 'c-level'],
    ['Vice President', 'vp'],
    ['Director', 'director'],
    ['Experienced Manager', 'manager'],
    ['Entry Level Manager', 'manager'],
    ['Strategic', 'senior'],
    ['Senior', 'senior'],
    ['Entry Level', 'entry'],
    ['In Training', 'entry'],
    // LinkedIn job levels
    ['Executive', 'c-level'],
    ['Mid-Senior level', 'senior'],
    ['Associate', 'entry'],
    ['Entry level', 'entry'],
    ['Internship', 'entry'],
    // Apollo person_seniority
    ['owner', 'c-level'],
    ['founder', 'c-level'],
    ['c_suite', 'c-level'],
    ['C suite', 'c-level'],
    ['partner', 'c-level'],
    ['vp', 'vp'],
    ['head', 'director'],
    ['director', 'director'],
    ['manager', 'manager'],
    ['senior', 'senior'],
    ['entry', 'entry'],
    ['intern', 'entry'],
  ];
  for (const [word, level] of table) {
    it(`'${word}' is ${level}`, () => expect(read(['Name', 'Seniority'], ['Ann', word]).seniority).toBe(level));
  }
  // ZoomInfo's Management Level and HR systems say only that the person manages no one: the title tells the level.
  for (const word of ['Non-Manager', 'Individual Contributor', 'IC']) {
    it(`'${word}' says no level: the title's is read, and no title is no level`, () => {
      expect(read(['Name', 'Title', 'Seniority'], ['Ann', 'Account Executive', word]).seniority).toBeUndefined();
      expect(read(['Name', 'Title', 'Seniority'], ['Ann', 'Senior Account Executive', word]).seniority).toBe('senior');
      expect(read(['Name', 'Title', 'Seniority'], ['Ann', 'Sales Intern', word]).seniority).toBe('entry');
    });
  }
  it("Lever's Emails and Phones (every address or number in one cell) are Email and Phone, the first address read, where they were said to be typos of Email", () => {
    const header = ['Name', 'Emails', 'Phones'];
    const u = understood([header, ['Ben Okafor', 'ben@okafor.dev, ben.okafor@gmail.com', '+1 415 555 0101, +1 415 555 0102']]);
    expect([fieldOf(u, 'Emails'), fieldOf(u, 'Phones')]).toEqual(['Email', 'Phone']);
    expect(u.unused).toEqual([]);
  });
  it("a hand-made list's Job is its Title (a Greenhouse export's Job, the opening applied for, is read so too where Current Title is empty)", () => {
    expect(read(['Name', 'Job', 'Company'], ['Ann', 'CEO', 'Acme'])).toMatchObject({ title: 'CEO', seniority: 'c-level' });
  });
  it("'Senior Non-Manager' is senior", () => expect(read(['Name', 'Seniority'], ['Ann', 'Senior Non-Manager']).seniority).toBe('senior'));
  it("Apollo's person_seniority header is Seniority", () => expect(read(['Name', 'person_seniority'], ['Ann', 'c_suite']).seniority).toBe('c-level'));
});

describe('SPEC 1a titles are read by their role noun', () => {
  const titles: Array<[string, string | undefined]> = [
    ['Product Owner', undefined],
    ['Partner Marketing Manager', 'manager'],
    ['Chief of Staff', 'director'],
    ['Head of Growth', 'director'],
    ['Head of Sales, EMEA', 'director'],
    ['Owner', 'c-level'],
    ['Managing Partner', 'c-level'],
    ['Managing Director', 'c-level'],
    ['Managing Director, DACH', 'c-level'],
    ['Geschäftsführer', 'c-level'],
    ['Directeur général', 'c-level'],
    ['Managing Sales Director', 'director'],
    ['Director, Managing Editor', 'director'],
    ['Partner', 'c-level'],
    ['Partner at Deloitte', 'c-level'],
    ['Senior Partner', 'c-level'],
    // A partner before an individual contributor's role noun is what it qualifies; before any other word, a partner.
    ['Partner Engineer', undefined],
    ['Partner Solutions Engineer', undefined],
    ['Partner Solutions Architect', undefined],
    ['Senior Partner Engineer', 'senior'],
    ['Partner Tax', 'c-level'],
    ['Partner: Audit', 'c-level'],
    ['Partner KPMG', 'c-level'],
    ['Partner Owner', 'c-level'],
    ['Partner II', 'c-level'],
    ['Director, Partner Programs', 'director'],
    ['Partner Account Manager', 'manager'],
    ['HR Business Partner', undefined],
    ['Founder & CEO', 'c-level'],
    ['CEO & Co-Founder', 'c-level'],
    ['Co-Founder & CTO', 'c-level'],
    ['Chief Revenue Officer', 'c-level'],
    ['Compliance Officer', undefined],
    ['President', 'c-level'],
    ['VP, Finance', 'vp'],
    ['Senior Vice President, Sales', 'vp'],
    ['Associate Director', 'director'],
    ['Team Lead Customer Success', 'manager'],
    ['Tech Lead', 'senior'],
    ['Executive Assistant to the CEO', 'entry'],
    ['Account Executive', undefined],
    ['Senior Product Owner', 'senior'],
    // A role held before, or wished for, tells no level now; a role beside it still does.
    ['Former CEO', undefined],
    ['Ex-CTO, now Advisor', undefined],
    ['Aspiring CEO', undefined],
    ['Retired VP Sales', undefined],
    ['Former VP, now Director of Sales', 'director'],
    ['Founder & ex-CFO', 'c-level'],
    ['CEO (former)', 'c-level'],
    ['Ancien PDG', undefined],
    ['Ehemaliger Geschäftsführer', undefined],
    ['Head of Former Employees Network', 'director'],
  ];
  for (const [title, want] of titles) {
    it(`'${title}' -> ${want ?? 'not inferred'}`, () => expect(seniorityFromTitle(title)).toBe(want));
  }
});

describe('SPEC 1a dates: every form', () => {
  it('a timestamp that names its zone (lemlist, Apollo, Phantombuster write them in UTC) is read on the day it falls on where the user is, given that day', () => {
    // 06:30 UTC on the 6th is the 5th in Los Angeles and the 6th in Tokyo.
    const losAngeles = (ms: number) => day(new Date(ms - 8 * 3_600_000).toISOString().slice(0, 10));
    const tokyo = (ms: number) => day(new Date(ms + 9 * 3_600_000).toISOString().slice(0, 10));
    const read = (text: string, instantDay?: (ms: number) => number) =>
      parseDateText(text, { order: 'month-first', guessed: true, ...(instantDay ? { instantDay } : {}) });
    expect(read('2026-12-06T06:30:58.000Z', losAngeles)).toBe(day('2026-12-05'));
    expect(read('2026-12-06T06:30:58.000Z', tokyo)).toBe(day('2026-12-06'));
    expect(read('2026-12-15 01:00:00+09:00', losAngeles)).toBe(day('2026-12-14'));
    expect(read('2026-12-06 06:30 UTC', losAngeles)).toBe(day('2026-12-05'));
    expect(read('2026-12-05T23:30:00-0500', tokyo)).toBe(day('2026-12-06'));
    // Without a zone to read it in, or with no zone named, it is the date written.
    expect(read('2026-12-06T06:30:58.000Z')).toBe(day('2026-12-06'));
    expect(read('2026-12-06T06:30:58', losAngeles)).toBe(day('2026-12-06'));
    // No such time: read as before (the date written), never an instant made up.
    expect(zonedInstant('2026-12-06T25:30:00Z')).toBeUndefined();
    expect(zonedInstant('2026-02-30T10:00:00Z')).toBeUndefined();
    expect(zonedInstant('2026-12-06T10:00+99:99')).toBeUndefined();
    expect(zonedInstant('2026-12-06T10:00+15:00')).toBeUndefined();
    expect(zonedInstant('2026-12-06T10:00:00+05:45')).toBe(Date.UTC(2026, 11, 6, 4, 15));
    expect(zonedInstant('2026-12-06T06:30:58.000Z')).toBe(Date.UTC(2026, 11, 6, 6, 30, 58));
    expect(zonedInstant('2026-12-15T01:00+09:30')).toBe(Date.UTC(2026, 11, 14, 15, 30));
  });

  it('the summary names the zone such timestamps are read in, where a date column holds one', () => {
    const rows = [
      ['Name', 'InMail Sent On'],
      ['Ann', '2026-12-06T06:30:58.000Z'],
    ];
    const u = understood(rows, { ...AUTO, instantDay: (ms: number) => Math.floor(ms / 86_400_000), instantZone: () => 'America/Los_Angeles' });
    expect(understandingLines(u)).toContain("Note: timestamps that name their zone ('2026-12-06T06:30:58.000Z') are read on the days of America/Los_Angeles");
    expect(
      understandingLines(
        understood(
          [
            ['Name', 'InMail Sent On'],
            ['Ann', '2026-12-06'],
          ],
          { ...AUTO, instantDay: (ms: number) => ms },
        ),
      ),
    ).not.toContainEqual(expect.stringMatching(/timestamps/));
  });

  it('a column of such timestamps is read on the day the adapter gives (the machine, the spreadsheet)', () => {
    const u = understood(
      [
        ['Name', 'InMail Sent On'],
        ['Ann', '2026-12-06T06:30:58.000Z'],
      ],
      { ...AUTO, instantDay: (ms: number) => day(new Date(ms - 8 * 3_600_000).toISOString().slice(0, 10)) },
    );
    expect(readProspect(['Ann', '2026-12-06T06:30:58.000Z'], u.map)).toMatchObject({ inmailSentOn: day('2026-12-05') });
  });

  const forms: Array<[string, string]> = [
    ['2026-11-18', '2026-11-18'],
    ['2026-11-18 10:32', '2026-11-18'],
    ['2026-11-18T10:32:05.123Z', '2026-11-18'],
    ['2026-11-18 10:32:05', '2026-11-18'],
    ['11/18/2026', '2026-11-18'],
    ['11/18/2026 3:45 PM', '2026-11-18'],
    ['18/11/2026', '2026-11-18'],
    ['18.11.2026', '2026-11-18'],
    ['18.11.2026 14:00', '2026-11-18'],
    ['18 Nov 2026', '2026-11-18'],
    ['18 Nov 2026 09:15', '2026-11-18'],
    ['18 November 2026', '2026-11-18'],
    ['Nov 18, 2026', '2026-11-18'],
    ['November 18, 2026 10:00 AM', '2026-11-18'],
    ['18-Nov-2026', '2026-11-18'],
    ['04.Dez.26', '2026-12-04'],
    ['4 de diciembre de 2026', '2026-12-04'],
    ['4. Dezember 2026', '2026-12-04'],
    // Portuguese, as Excel and a rep in Brazil write them (found in a new user's trial with Portuguese lists).
    ['3 de dezembro de 2026', '2026-12-03'],
    ['12 de outubro de 2026', '2026-10-12'],
    ['03 de fev. de 2026', '2026-02-03'],
    ['3 de março de 2026', '2026-03-03'],
    ['1 de setembro de 2026', '2026-09-01'],
    ['1 de maio de 2026', '2026-05-01'],
    ['03/dez/2026', '2026-12-03'],
    ['3-dez-26', '2026-12-03'],
    ['1 out 2026', '2026-10-01'],
    ['sáb, 5 de dezembro de 2026', '2026-12-05'],
    ['quinta-feira, 3 de dezembro de 2026', '2026-12-03'],
    // A Portuguese weekday before a numeric date: day first, whatever the order a column cannot tell.
    ['qui, 03/12/2026', '2026-12-03'],
    ['qui, 03/12/2026 10:32', '2026-12-03'],
    // Polish, as Excel and a rep in Poland write them (found in a new user's trial with Polish lists).
    ['23.11.2026', '2026-11-23'],
    ['23.11.2026 r.', '2026-11-23'],
    ['23.11.2026r.', '2026-11-23'],
    ['23 listopada 2026', '2026-11-23'],
    ['23 listopada 2026 r.', '2026-11-23'],
    ['23 lis 2026', '2026-11-23'],
    ['3 października 2026', '2026-10-03'],
    ['3 pazdziernika 2026', '2026-10-03'],
    ['3 paź 2026', '2026-10-03'],
    ['15 września 2026', '2026-09-15'],
    ['1 maja 2026', '2026-05-01'],
    ['7 sie 2026', '2026-08-07'],
    ['2 stycznia 2026', '2026-01-02'],
    ['12 grudnia 2026', '2026-12-12'],
    // Czech, as Excel and a rep in Czechia write them (found in a new user's trial with Czech lists).
    ['23. 11. 2026', '2026-11-23'],
    ['3. 1. 2026', '2026-01-03'],
    ['23. listopadu 2026', '2026-11-23'],
    ['23 listopadu 2026', '2026-11-23'],
    ['3. října 2026', '2026-10-03'],
    ['3. rijna 2026', '2026-10-03'],
    ['15. září 2026', '2026-09-15'],
    ['1. května 2026', '2026-05-01'],
    ['7. července 2026', '2026-07-07'],
    ['2. ledna 2026', '2026-01-02'],
    ['12. prosince 2026', '2026-12-12'],
    ['28. února 2026', '2026-02-28'],
    ['23. lis 2026', '2026-11-23'],
    // Dutch, Swedish, Danish, Norwegian and Finnish, as Excel and a rep in each write them (found in a new user's trial with Nordic lists).
    ['6 maart 2026', '2026-03-06'],
    ['6 mrt. 2026', '2026-03-06'],
    ['3 mei 2026', '2026-05-03'],
    ['15 januari 2026', '2026-01-15'],
    ['1 okt. 2026', '2026-10-01'],
    ['17 augusti 2026', '2026-08-17'],
    ['17 aug. 2026', '2026-08-17'],
    ['23. november 2026', '2026-11-23'],
    ['1. marts 2026', '2026-03-01'],
    ['23 des. 2025', '2025-12-23'],
    ['23. desember 2025', '2025-12-23'],
    ['23. marraskuuta 2026', '2026-11-23'],
    ['1. kesäkuuta 2026', '2026-06-01'],
    ['1. kesakuuta 2026', '2026-06-01'],
    ['2. tammikuuta 2026', '2026-01-02'],
    ['31. joulukuuta 2026', '2026-12-31'],
    ['23.marras.2026', '2026-11-23'],
    ['6 tammik. 2026', '2026-01-06'],
    ['23.11.2026 kl. 10:15', '2026-11-23'],
    ['23.11.2026 kl. 10.15', '2026-11-23'],
    ['23.11.2026 klo 10.15', '2026-11-23'],
    ['2026-11-23 kl. 10:15', '2026-11-23'],
    // Ukrainian, as Excel and a rep in Ukraine write them (found in a new user's trial with Ukrainian lists).
    ['23 листопада 2026', '2026-11-23'],
    ['23 Листопада 2026', '2026-11-23'],
    ['23.11.2026 р.', '2026-11-23'],
    ['23.11.2026р.', '2026-11-23'],
    ['23.11.2026 р', '2026-11-23'],
    ['23 листопада 2026 р.', '2026-11-23'],
    ['3 жовтня 2026', '2026-10-03'],
    ['15 вересня 2026', '2026-09-15'],
    ['1 травня 2026', '2026-05-01'],
    ['2 січня 2026', '2026-01-02'],
    ['28 лютого 2026', '2026-02-28'],
    ['12 грудня 2026', '2026-12-12'],
    ['23 лис 2026', '2026-11-23'],
    // Russian, as Excel and a rep in Russia write them (found in a new user's trial with Russian lists).
    ['23 ноября 2026', '2026-11-23'],
    ['23 Ноября 2026', '2026-11-23'],
    ['23.11.2026 г.', '2026-11-23'],
    ['23.11.2026г.', '2026-11-23'],
    ['23.11.2026 г', '2026-11-23'],
    ['23 ноября 2026 г.', '2026-11-23'],
    ['3 октября 2026', '2026-10-03'],
    ['15 сентября 2026', '2026-09-15'],
    ['1 мая 2026', '2026-05-01'],
    ['2 января 2026', '2026-01-02'],
    ['28 февраля 2026', '2026-02-28'],
    ['8 марта 2026', '2026-03-08'],
    ['12 апреля 2026', '2026-04-12'],
    ['12 июня 2026', '2026-06-12'],
    ['12 июля 2026', '2026-07-12'],
    ['12 августа 2026', '2026-08-12'],
    ['12 декабря 2026', '2026-12-12'],
    ['23 ноя 2026', '2026-11-23'],
    ['23 нояб. 2026', '2026-11-23'],
    ['5 сент. 2026', '2026-09-05'],
    ['5 февр. 2026', '2026-02-05'],
    ['23-ноя-2026', '2026-11-23'],
    ['0001-01-01', '0001-01-01'],
    ['9999-12-31', '9999-12-31'],
  ];
  for (const [text, want] of forms) {
    it(`'${text}' is ${want}`, () => expect(parseDateText(text)).toBe(civil(want)));
  }
  it('a spreadsheet serial number in a date column is that date', () => {
    expect(read(['Name', 'Requested On'], ['Ann', 46344]).requestedOn).toBe(day('2026-11-18'));
    expect(read(['Name', 'Requested On'], ['Ann', '46344']).requestedOn).toBe(day('2026-11-18'));
    expect(read(['Name', 'Requested On'], ['Ann', 46344.75]).requestedOn).toBe(day('2026-11-18'));
  });
  for (const bad of ['0000-01-01', '10000-01-01', '1/1/0000']) {
    it(`'${bad}': a year outside 0001-9999 is an error`, () => expect(parseDateText(bad)).toBeInstanceOf(Problem));
  }
  it('a date that does not exist is an error', () => expect(parseDateText('2026-02-30')).toBeInstanceOf(Problem));
});

/** Days since 1970 of YYYY-MM-DD, reckoned apart from the core: setUTCFullYear, unlike Date.UTC, takes years 0-99 as written. */
function civil(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / 86_400_000);
}

describe('one way from year, month and day to a day, for years 0001-0099 too (Date.UTC reads 50 as 1950)', () => {
  it('0050-01-01 is the same day however it is written', () => {
    for (const text of ['0050-01-01', '0050-01-01T10:00', '0050-01-01 10:00:00Z', '0050/01/01', '0050-1-1']) {
      expect(parseIsoDay(text), text).toBe(civil('0050-01-01'));
    }
  });
  it('a Sheets Date of year 50, at local midnight or with a time, is that day', () => {
    const local = new Date(2000, 0, 1);
    local.setFullYear(50);
    const withTime = new Date(local.getTime() + 10 * 3_600_000);
    expect(readDate(local)).toBe(civil('0050-01-01'));
    expect(readDate(withTime)).toBe(civil('0050-01-01'));
    expect(todayFrom(withTime)).toBe(civil('0050-01-01'));
  });
  it("a renewal in year 50 falls in year 50, its month's last day when the month is shorter", () => {
    expect(formatDay(nextRenewal(civil('0050-01-31'), 31))).toBe('0050-02-28');
    expect(formatDay(lastRenewal(civil('0050-03-01'), 30))).toBe('0050-02-28');
  });
});

describe('SPEC 1a dates: the ambiguous slash date and Date Order', () => {
  const header = ['Name', 'Requested On'];
  it("'03/04/2026' with Date Order month-first is 4 March", () => {
    expect(read(header, ['Ann', '03/04/2026'], { columns: {}, dateOrder: 'month-first' }).requestedOn).toBe(day('2026-03-04'));
  });
  it("'03/04/2026' with Date Order day-first is 3 April", () => {
    expect(read(header, ['Ann', '03/04/2026'], { columns: {}, dateOrder: 'day-first' }).requestedOn).toBe(day('2026-04-03'));
  });
  it("'03/04/2026' with Date Order auto, in a column that cannot tell: month-first, and the summary says so", () => {
    const u = understood([header, ['Ann', '03/04/2026'], ['Bo', '11/05/2026']]);
    expect(readProspect(['Ann', '03/04/2026'], u.map)).toMatchObject({ requestedOn: day('2026-03-04') });
    expect(u.dateOrders).toEqual([expect.objectContaining({ header: 'Requested On', order: 'month-first', basis: 'cannot-tell' })]);
    expect(understandingLines(u).join('\n')).toMatch(/'Requested On': slash dates read month-first: nothing in the column tells/);
  });
  it('the summary names the order of a column with slash dates only: with Date Order set, a column of ISO dates says nothing', () => {
    const u = understood(
      [
        ['Name', 'Requested On', 'Last Touch On'],
        ['Ann', '03/11/2026', '2026-11-20'],
      ],
      { columns: {}, dateOrder: 'day-first' },
    );
    const dates = understandingLines(u).filter((l) => l.startsWith('Dates:'));
    expect(dates).toEqual(["Dates: 'Requested On': slash dates read day-first (Date Order setting)"]);
  });
  it('auto: a column written both ways says its values disagree and what becomes of the rows, never "nothing in the column tells"', () => {
    const u = understood([header, ['Ann', '18/11/2026'], ['Bo', '11/18/2026']]);
    expect(u.dateOrders[0]).toMatchObject({ order: 'month-first', basis: 'cannot-tell', against: 1, againstExample: '18/11/2026' });
    expect(understandingLines(u).join('\n')).toContain(
      "'Requested On': slash dates read month-first: its values disagree; 1 of its values can only be day-first (e.g. '18/11/2026'): read so",
    );
    // A guessed order still reads a date only one order makes valid.
    expect(readProspect(['Ann', '18/11/2026'], u.map)).toMatchObject({ requestedOn: day('2026-11-18') });
    // Two day-first against one: day-first, as its values show, and the one read otherwise named.
    const more = understood([header, ['Ann', '18/11/2026'], ['Bo', '11/18/2026'], ['Cy', '25/11/2026']]);
    expect(understandingLines(more).join('\n')).toContain(
      "slash dates read day-first, as its values show (18/11/2026); 1 of its values can only be month-first (e.g. '11/18/2026'): that row is an error",
    );
    expect(readProspect(['Bo', '11/18/2026'], more.map)).toBeInstanceOf(RowError);
  });
  it('auto: a first part over 12 in the column means day-first, for every row of it', () => {
    const u = understood([header, ['Ann', '03/04/2026'], ['Bo', '25/11/2026']]);
    expect(readProspect(['Ann', '03/04/2026'], u.map)).toMatchObject({ requestedOn: day('2026-04-03') });
    expect(u.dateOrders[0]).toMatchObject({ order: 'day-first', basis: 'values', example: '25/11/2026' });
  });
  it('auto: a second part over 12 means month-first', () => {
    const u = understood([header, ['Ann', '03/04/2026'], ['Bo', '11/18/2026']]);
    expect(readProspect(['Ann', '03/04/2026'], u.map)).toMatchObject({ requestedOn: day('2026-03-04') });
    expect(u.dateOrders[0]).toMatchObject({ order: 'month-first', basis: 'values' });
  });
  it("auto: a column that cannot tell follows the sheet's other date columns", () => {
    const u = understood([
      ['Name', 'Requested On', 'Accepted On'],
      ['Ann', '03/04/2026', '25/04/2026'],
    ]);
    expect(readProspect(['Ann', '03/04/2026', '25/04/2026'], u.map)).toMatchObject({ requestedOn: day('2026-04-03'), acceptedOn: day('2026-04-25') });
    expect(u.dateOrders.find((d) => d.header === 'Requested On')).toMatchObject({ order: 'day-first', basis: 'sheet' });
  });
  it('auto: our own Date column, saved again by a spreadsheet app in its order (15/12/2026), tells a column that cannot: an invitation sent on the 7th of December is not read as sent in July and withdrawn', () => {
    const head = ['Name', 'Request Sent', 'Connection Status', 'Channel', 'Day', 'Date', 'Cost', 'Reason'];
    const u = understood([head, ['Ann', '07/12/2026', 'pending', 'CONNECT_NOTE', '1', '15/12/2026', '0', 'x']], {
      columns: {},
      dateOrder: 'auto',
      asOf: day('2026-12-11'),
    });
    expect(readProspect(['Ann', '07/12/2026', 'pending'], u.map)).toMatchObject({ requestedOn: day('2026-12-07') });
    expect(u.dateOrders.find((d) => d.header === 'Request Sent')).toMatchObject({ order: 'day-first', basis: 'sheet' });
    // As we write it (YYYY-MM-DD), it tells nothing: the column reads as before.
    const ours = understood([head, ['Ann', '07/12/2026', 'pending', 'CONNECT_NOTE', '1', '2026-12-15', '0', 'x']], {
      columns: {},
      dateOrder: 'auto',
      asOf: day('2026-12-11'),
    });
    expect(ours.dateOrders.find((d) => d.header === 'Request Sent')).toMatchObject({ order: 'month-first', basis: 'cannot-tell' });
  });
  it('a guessed month-first column still reads a later date only day-first can be, rather than failing valid data', () => {
    const u = understood([header, ['Ann', '03/04/2026']]);
    expect(readProspect(['Bo', '25/11/2026'], u.map)).toMatchObject({ requestedOn: day('2026-11-25') });
  });
  it('Date Order month-first set by the user: 25/11/2026 is an error naming the order', () => {
    const u = understood([header, ['Ann', '25/11/2026']], { columns: {}, dateOrder: 'month-first' });
    const e = readProspect(['Ann', '25/11/2026'], u.map);
    expect(e).toBeInstanceOf(RowError);
    expect((e as RowError).text).toMatch(/expected a date as M\/D\/YYYY \(Date Order: month-first\)/);
  });
  it('auto: a date written with dashes among slash dates (another tool, a hand) does not vote on the order, and reads when only one order fits it, never an ERROR', () => {
    const u = understood([header, ['Ann', '11/24/26'], ['Bo', '11/20/26'], ['Cy', '24-11-2026']]);
    expect(u.dateOrders[0]).toMatchObject({ order: 'month-first', basis: 'values', against: 0 });
    expect(readProspect(['Cy', '24-11-2026'], u.map)).toMatchObject({ requestedOn: day('2026-11-24') });
    // One that fits both orders reads as the column's.
    expect(readProspect(['Di', '05-11-2026'], u.map)).toMatchObject({ requestedOn: day('2026-05-11') });
    // A slash date against the column's told order is still the error its summary names.
    expect(readProspect(['Ed', '24/11/2026'], u.map)).toBeInstanceOf(RowError);
  });
  it("auto: the separator whose values tell the order is the column's, however many values of the other fit either order", () => {
    const rows = ['03/04/2026', '05/06/2026', '07/08/2026', '18-11-2026', '19-11-2026'].map((d) => ['Ann', d]);
    const u = understood([header, ...rows]);
    expect(u.dateOrders[0]).toMatchObject({ order: 'day-first', basis: 'values', example: '18-11-2026' });
    expect(readProspect(['Ann', '03/04/2026'], u.map)).toMatchObject({ requestedOn: day('2026-04-03') });
  });
  it('Date Order set: a date of either separator that the setting cannot read is an error, and the summary counts it', () => {
    const u = understood([header, ['Ann', '20-11-2026'], ['Bo', '19-11-2026'], ['Cy', '11/18/2026']], { columns: {}, dateOrder: 'day-first' });
    expect(readProspect(['Cy', '11/18/2026'], u.map)).toBeInstanceOf(RowError);
    expect(u.dateOrders[0]).toMatchObject({ order: 'day-first', basis: 'setting', against: 1, againstExample: '11/18/2026' });
    const m = understood([header, ['Ann', '11/18/2026'], ['Bo', '18-11-2026']], { columns: {}, dateOrder: 'month-first' });
    expect(readProspect(['Bo', '18-11-2026'], m.map)).toBeInstanceOf(RowError);
  });
  it('auto: a column written with dashes tells its order by its dashed values (24-11-2026: day-first), and a slash date among them does not vote', () => {
    const u = understood([header, ['Ann', '24-11-2026'], ['Bo', '05-11-2026'], ['Cy', '11/30/2026']]);
    expect(u.dateOrders[0]).toMatchObject({ order: 'day-first', basis: 'values', against: 0 });
    expect(readProspect(['Bo', '05-11-2026'], u.map)).toMatchObject({ requestedOn: day('2026-11-05') });
    expect(readProspect(['Cy', '11/30/2026'], u.map)).toMatchObject({ requestedOn: day('2026-11-30') });
  });
  it('auto: a column of dashed dates that cannot tell reads day-first (05-11-2026 is 5 November), and the summary says why', () => {
    const u = understood([header, ['Ann', '05-11-2026'], ['Bo', '03-12-2026']]);
    expect(readProspect(['Ann', '05-11-2026'], u.map)).toMatchObject({ requestedOn: day('2026-11-05') });
    expect(understandingLines(u).join('\n')).toContain(
      "'Requested On': slash dates read day-first: nothing in the column tells, and its dates are written with dashes (05-11-2026), as where dates are day-first; set Date Order if that is wrong",
    );
    // Slash dates that cannot tell still read month-first, as the summary says.
    expect(readProspect(['Ann', '05/11/2026'], understood([header, ['Ann', '05/11/2026']]).map)).toMatchObject({ requestedOn: day('2026-05-11') });
  });
  it('auto: a column of touches made that cannot tell reads the order that puts none of them after the as-of date (12/11/2026 on 2026-11-23: 12 November), and the summary says why', () => {
    const asOf = { ...AUTO, asOf: day('2026-11-23') };
    const u = understood([header, ['Ann', '05/11/2026'], ['Bo', '12/11/2026']], asOf);
    expect(readProspect(['Bo', '12/11/2026'], u.map)).toMatchObject({ requestedOn: day('2026-11-12') });
    expect(readProspect(['Ann', '05/11/2026'], u.map)).toMatchObject({ requestedOn: day('2026-11-05') });
    expect(understandingLines(u).join('\n')).toContain(
      "'Requested On': slash dates read day-first: nothing in the column tells, and month-first would put 1 of its dates after the as-of date (e.g. '12/11/2026'), where a touch made cannot be; from as-of 2026-12-11 on that no longer tells: set Date Order to day-first to keep this reading",
    );
    // The as-of date on which it stops telling: the other order's latest date. From then on the
    // same cells read month-first (nothing else tells), as the summary warned.
    const laterAsOf = { ...AUTO, asOf: day('2026-12-11') };
    const later = understood([header, ['Ann', '05/11/2026'], ['Bo', '12/11/2026']], laterAsOf);
    expect(later.dateOrders[0]).toMatchObject({ order: 'month-first', basis: 'cannot-tell' });
    expect(understood([header, ['Ann', '05/11/2026'], ['Bo', '12/11/2026']], { ...AUTO, asOf: day('2026-12-10') }).dateOrders[0]).toMatchObject({
      order: 'day-first',
      tellsUntil: day('2026-12-11'),
    });
    // Told the order the column's form gives anyway (month-first here; day-first in a semicolon
    // file), a later as-of date reads the same: no such word.
    const monthFirst = understood([header, ['Ann', '11/05/2026'], ['Bo', '11/12/2026']], asOf);
    expect(monthFirst.dateOrders[0]).toMatchObject({ order: 'month-first', basis: 'file' });
    expect(monthFirst.dateOrders[0]?.tellsUntil).toBeUndefined();
    expect(understandingLines(monthFirst).join('\n')).toContain('where a touch made cannot be; set Date Order if that is wrong');
    const semicolon = { ...asOf, slashOrderHint: { order: 'day-first', why: 'the file is semicolon-separated' } as const };
    const dayFirst = understood([header, ['Ann', '05/11/2026'], ['Bo', '12/11/2026']], semicolon);
    expect(dayFirst.dateOrders[0]).toMatchObject({ order: 'day-first', basis: 'file' });
    expect(dayFirst.dateOrders[0]?.tellsUntil).toBeUndefined();
    expect(understood([header, ['Ann', '05/11/2026'], ['Bo', '12/11/2026']], { ...semicolon, asOf: day('2026-12-11') }).dateOrders[0]).toMatchObject({
      order: 'day-first',
    });
    // Dashed dates day-first would be ahead: month-first.
    expect(understood([header, ['Ann', '11-12-2026'], ['Bo', '11-05-2026']], asOf).dateOrders[0]).toMatchObject({ order: 'month-first', basis: 'file' });
    // Both orders fit (or both put dates ahead: an error either way), or the column is a deadline, not a touch: as before.
    expect(understood([header, ['Ann', '05/11/2026']], asOf).dateOrders[0]).toMatchObject({ order: 'month-first', basis: 'cannot-tell' });
    expect(understood([header, ['Ann', '12/12/2026']], asOf).dateOrders[0]).toMatchObject({ order: 'month-first', basis: 'cannot-tell' });
    const deadline = understood(
      [
        ['Name', 'Deadline'],
        ['Ann', '12/11/2026'],
      ],
      asOf,
    );
    expect(readProspect(['Ann', '12/11/2026'], deadline.map)).toMatchObject({ deadline: day('2026-12-11') });
    // Told by its values, the column keeps their order: a date ahead is the row's error, as it was.
    expect(understood([header, ['Ann', '11/30/2025'], ['Bo', '12/11/2026']], asOf).dateOrders[0]).toMatchObject({ order: 'month-first', basis: 'values' });
  });
  it("auto: a date column nothing tells follows the order the as-of date told the sheet's other columns of touches (one program wrote them all), and says so", () => {
    const asOf = { ...AUTO, asOf: day('2026-11-23') };
    const headers = ['Name', 'Request Sent', 'Connected On'];
    const rows = [headers, ['A', '12/11/2026', ''], ['B', '02/11/2026', '05/11/2026']];
    const u = understood(rows, asOf);
    expect(u.dateOrders.map((d) => [d.order, d.basis])).toEqual([
      ['day-first', 'file'],
      ['day-first', 'file'],
    ]);
    // Read month-first, 05/11 was an acceptance in May before a request in February's order: an error.
    expect(readProspect(['B', '02/11/2026', '05/11/2026'], u.map)).toMatchObject({ requestedOn: day('2026-11-02'), acceptedOn: day('2026-11-05') });
    expect(understandingLines(u).join('\n')).toContain(
      "'Connected On': slash dates read day-first: nothing in the column tells, and the sheet's other dates read so ('Request Sent': month-first would put 1 of its dates after the as-of date (e.g. '12/11/2026'), where a touch made cannot be); from as-of 2026-12-11 on that no longer tells",
    );
    // Columns the as-of date tells two ways lead no other: each keeps its own, the third its form's.
    const split = understood(
      [
        [...headers, 'Last Touch On'],
        ['A', '12/11/2026', '11/12/2026', '05/11/2026'],
      ],
      asOf,
    );
    expect(split.dateOrders.map((d) => [d.header, d.order, d.basis])).toEqual([
      ['Last Touch On', 'month-first', 'cannot-tell'],
      ['Request Sent', 'day-first', 'file'],
      ['Connected On', 'month-first', 'file'],
    ]);
    // A column whose own form tells (dashes: day-first) keeps it; nor does a column of another separator follow.
    const dashed = understood(
      [
        ['Name', 'Request Sent', 'Connected On'],
        ['A', '11/12/2026', '05-11-2026'],
        ['B', '11/02/2026', '10-11-2026'],
      ],
      asOf,
    );
    expect(dashed.dateOrders.map((d) => [d.header, d.order])).toEqual([
      ['Request Sent', 'month-first'],
      ['Connected On', 'day-first'],
    ]);
    // Where the sheet's values tell, they lead, as before.
    const told = understood([headers, ['A', '12/11/2026', '25/10/2026'], ['B', '02/11/2026', '05/11/2026']], asOf);
    expect(told.dateOrders.map((d) => [d.order, d.basis])).toEqual([
      ['day-first', 'sheet'],
      ['day-first', 'values'],
    ]);
  });
  it('a date that is no day in either order (31/11/2026) is "no such day", not a date of the other order, in a column told month-first', () => {
    const u = understood([header, ['Ann', '10/14/2026'], ['Bo', '10/15/2026'], ['Dev', '31/11/2026']]);
    expect(readProspect(['Dev', '31/11/2026'], u.map)).toMatchObject({ problem: 'expected a date: there is no such day' });
    expect(readProspect(['Dev', '31/10/2026'], u.map)).toMatchObject({ problem: 'expected a date as M/D/YYYY (Date Order: month-first)' });
  });
  it('D.M.YYYY is always day first', () => {
    expect(read(header, ['Ann', '03.04.2026'], { columns: {}, dateOrder: 'month-first' }).requestedOn).toBe(day('2026-04-03'));
  });
});

describe('SPEC 1a amounts: every form', () => {
  const forms: Array<[string, number]> = [
    ['$75,000', 75_000],
    // German and Swiss: no cents, thousands and billions in words, Excel's accounting zero.
    ['45.000,- €', 45_000],
    ['500,-', 500],
    ['50 T€', 50_000],
    ['50 Tsd. €', 50_000],
    ['1,5 Mrd. €', 1_500_000_000],
    ['-   €', 0],
    ['1,5 millones', 1_500_000],
    // Portuguese, as a list in Brazil writes them (found in a new user's trial with Portuguese lists); `mil` a thousand in Spanish too.
    ['80 mil', 80_000],
    ['75 mil', 75_000],
    // Polish, Czech, Russian and Ukrainian, Hungarian, Turkish, Japanese (found in a new user's trial): their signs and words for a thousand and a million.
    ['120 tys. zł', 120_000],
    ['1,5 mln zł', 1_500_000],
    ['300 000 Kč', 300_000],
    ['300 tis. Kč', 300_000],
    ['2,5 mil. Kč', 2_500_000],
    // Danish, Norwegian, Swedish, Finnish and Dutch (found in a new user's trial with Nordic lists): the krone's `kr.`,
    // `mill.`, `miljoner` and `milj.` a million, a Swedish `tkr` a thousand crowns and `Mkr` or `MSEK` a million.
    ['kr. 750.000,00', 750_000],
    ['750.000,00 kr.', 750_000],
    ['2,5 mill. kr', 2_500_000],
    ['2,5 mio. kr.', 2_500_000],
    ['250 tkr', 250_000],
    ['250 tkr.', 250_000],
    ['2,5 Mkr', 2_500_000],
    ['12 MSEK', 12_000_000],
    ['500 TDKK', 500_000],
    ['2,5 miljoner kr', 2_500_000],
    ['2,5 milj. €', 2_500_000],
    ['€ 2,5 mln', 2_500_000],
    ['NOK 750.000,00', 750_000],
    ['750 000 NOK', 750_000],
    ['SEK 750 000', 750_000],
    ['DKK 750.000,00', 750_000],
    // `mil.` with its dot in another currency than crowns or euros: a thousand, as without it (found in an independent review).
    ['R$ 50 mil.', 50_000],
    ['1 200 000 грн', 1_200_000],
    ['300 тис. грн', 300_000],
    ['1 200 000 ₴', 1_200_000],
    ['2 млн ₽', 2_000_000],
    ['50 000 руб.', 50_000],
    ['1.000.000 Ft', 1_000_000],
    ['15 000 TL', 15_000],
    ['1,200,000円', 1_200_000],
    ['500万円', 5_000_000],
    ['3 億円', 300_000_000],
    ['￥1,200,000', 1_200_000],
    // Japanese Excel's currency format in a Shift_JIS file: the yen sign's byte is the backslash's.
    ['\\1,200,000', 1_200_000],
    ['R$ 50 mil', 50_000],
    ['R$ 1,2 mi', 1_200_000],
    ['R$ 1,5 mi', 1_500_000],
    ['1,5 milhão', 1_500_000],
    ['2 milhões', 2_000_000],
    ['1 bilhão', 1_000_000_000],
    ['2 million', 2_000_000],
    ['75.000 €', 75_000],
    ['75.000\u00a0€', 75_000],
    ['€75.000', 75_000],
    ['EUR 75 000', 75_000],
    ['EUR 75\u00a0000', 75_000],
    ['75\u202f000 €', 75_000],
    ['75k', 75_000],
    ['75K', 75_000],
    ['1,2M', 1_200_000],
    ['1.2M', 1_200_000],
    ['$1.2M', 1_200_000],
    ['1,250', 1250],
    ['1.250', 1250],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['1,234,567', 1_234_567],
    ['1.234.567', 1_234_567],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['75.000,00 €', 75_000],
    ['$250,000.00', 250_000],
    ['USD 2,500', 2500],
    ['2,500 usd', 2500],
    ['0.125', 0.125],
    ['.5m', 500_000],
  ];
  for (const [text, want] of forms) {
    it(`'${text}' is ${want}`, () => expect(parseAmount(text)).toBe(want));
  }
  it("a US-locale CRM's amount ($75,000, $1,250.50, 12,345) reads by its short test as the longer reading reads it, its currency too", () => {
    // The longer reading is reached by a space after the text, which only it trims.
    const usGrouped = fc
      .tuple(fc.boolean(), fc.nat({ max: 2_000_000_000 }), fc.option(fc.nat({ max: 99 }), { nil: undefined }))
      .map(([dollar, whole, cents]) => `${dollar ? '$' : ''}${whole.toLocaleString('en-US')}${cents === undefined ? '' : `.${cents}`}`);
    const nearly = fc.string({ unit: fc.constantFrom('$', '0', '1', '2', '5', '9', ',', '.', 'k', ' '), maxLength: 14 });
    fc.assert(
      fc.property(fc.oneof(usGrouped, nearly), (text) => {
        expect(parseAmount(text)).toBe(parseAmount(`${text} `));
        expect(currencyOf(text)).toBe(currencyOf(`${text} `));
      }),
      { numRuns: 3000 },
    );
    expect([parseAmount('$75,000'), parseAmount('$1,250.50'), parseAmount('12,345'), currencyOf('$1,234,567.8')]).toEqual([75_000, 1250.5, 12_345, '$']);
  });
  it("a Brazilian row's amount and dates read, where each was the row's error; a word before a numeric date that is no Portuguese weekday is still no date (found in a new user's trial with Portuguese lists)", () => {
    const p = read(['Nome', 'Valor do negócio', 'Convite enviado em', 'Aceito em'], ['Ana', 'R$ 50 mil', '03 de fev. de 2026', 'qui, 05/02/2026']);
    expect([p.dealValue, p.requestedOn, p.acceptedOn]).toEqual([50_000, day('2026-02-03'), day('2026-02-05')]);
    expect(parseDateText('xyz, 03/12/2026')).toBeInstanceOf(Problem);
    expect(parseDateText('Wed, 12/03/2026')).toBeInstanceOf(Problem);
  });
  it("a Polish row's amounts and dates read (80 000 zł, 120 tys. zł, 1,5 mln zł were read already; 23.11.2026 r., 23 listopada 2026 and 23 lis 2026 were the row's error), and a Polish month with no year still asks for it (found in a new user's trial with Polish lists)", () => {
    const p = read(['Imię', 'Wartość transakcji', 'Data zaproszenia', 'Data akceptacji'], ['Anna', '80 000 zł', '23.11.2026 r.', '23 listopada 2026']);
    expect([p.dealValue, p.requestedOn, p.acceptedOn]).toEqual([80_000, day('2026-11-23'), day('2026-11-23')]);
    expect(read(['Imię', 'Kwota', 'Data zaproszenia'], ['Anna', '120 tys. zł', '23 lis 2026'])).toMatchObject({
      dealValue: 120_000,
      requestedOn: day('2026-11-23'),
    });
    expect(read(['Imię', 'Wartość'], ['Anna', '1,5 mln zł']).dealValue).toBe(1_500_000);
    expect((parseDateText('23 listopada') as Problem).message).toMatch(/with its year/);
    // An `r.` after a number that is no year is no date.
    expect(parseDateText('23.11 r.')).toBeInstanceOf(Problem);
  });
  it("a Czech row's amounts and dates read (300 000 Kč and 2,5 mil. Kč were read already; 23. 11. 2026 and 23. listopadu 2026 were the row's error), and a Czech month with no year still asks for it (found in a new user's trial with Czech lists)", () => {
    const p = read(['Jméno', 'Hodnota obchodu', 'Datum pozvánky', 'Datum přijetí'], ['Jana', '300 000 Kč', '23. 11. 2026', '23. listopadu 2026']);
    expect([p.dealValue, p.requestedOn, p.acceptedOn]).toEqual([300_000, day('2026-11-23'), day('2026-11-23')]);
    expect(read(['Jméno', 'Hodnota', 'Datum pozvánky'], ['Jana', '2,5 mil. Kč', '23.11.2026'])).toMatchObject({
      dealValue: 2_500_000,
      requestedOn: day('2026-11-23'),
    });
    expect((parseDateText('23. listopadu') as Problem).message).toMatch(/with its year/);
    // No other spacing is read: a day and month with no year, and a slash with a space, are still no date.
    expect(parseDateText('23. 11.')).toBeInstanceOf(Problem);
    expect(parseDateText('11/ 23/ 2026')).toBeInstanceOf(Problem);
  });
  it("a Nordic row's dates read (6 mrt. 2026, 17 augusti 2026, 23 des. 2025, 23. marraskuuta 2026 and 23.11.2026 kl. 10:15 were the row's error; 23. november 2026, 750 000 SEK and 2,5 mio. DKK were read already), and a Dutch or Nordic month with no year still asks for it (found in a new user's trial with Nordic lists)", () => {
    const p = read(['Name', 'Deal Value', 'Requested On', 'Accepted On'], ['Sanne', '750 000 SEK', '6 mrt. 2026', '23.11.2026 kl. 10:15']);
    expect([p.dealValue, p.requestedOn, p.acceptedOn]).toEqual([750_000, day('2026-03-06'), day('2026-11-23')]);
    expect(read(['Name', 'Deal Value', 'Requested On'], ['Sanne', '2,5 mio. DKK', '23. marraskuuta 2026'])).toMatchObject({
      dealValue: 2_500_000,
      requestedOn: day('2026-11-23'),
    });
    expect(read(['Name', 'Requested On', 'Accepted On'], ['Sanne', '17 augusti 2026', '23 des. 2025'])).toMatchObject({
      requestedOn: day('2026-08-17'),
      acceptedOn: day('2025-12-23'),
    });
    expect(read(['Name', 'Requested On'], ['Sanne', '23. november 2026']).requestedOn).toBe(day('2026-11-23'));
    for (const noYear of ['6 mrt.', '23. marraskuuta', '17 augusti', '23 des.']) expect((parseDateText(noYear) as Problem).message).toMatch(/with its year/);
    // A `kl.` before no time, or a dot time with no `kl.`, is no date's.
    expect(parseDateText('23.11.2026 kl.')).toBeInstanceOf(Problem);
    expect(parseDateText('23.11.2026 10.15')).toBeInstanceOf(Problem);
  });
  it("a Ukrainian row's amounts and dates read (150 000 грн, 1,2 млн грн and 50 тис. ₴ were read already; 23 листопада 2026 and 23.11.2026 р. were the row's error), and a Ukrainian month with no year still asks for it (found in a new user's trial with Ukrainian lists)", () => {
    const p = read(["Ім'я", 'Сума угоди', 'Дата запрошення', 'Дата прийняття'], ['Олена', '150 000 грн', '23.11.2026 р.', '23 листопада 2026']);
    expect([p.dealValue, p.requestedOn, p.acceptedOn]).toEqual([150_000, day('2026-11-23'), day('2026-11-23')]);
    expect(read(["Ім'я", 'Сума', 'Дата запрошення'], ['Олена', '1,2 млн грн', '23.11.2026'])).toMatchObject({
      dealValue: 1_200_000,
      requestedOn: day('2026-11-23'),
    });
    expect(read(["Ім'я", 'Сума угоди'], ['Олена', '50 тис. ₴']).dealValue).toBe(50_000);
    expect((parseDateText('23 листопада') as Problem).message).toMatch(/with its year/);
    // A `р.` after a number that is no year is no date.
    expect(parseDateText('23.11 р.')).toBeInstanceOf(Problem);
  });
  it("a Russian row's amounts and dates read (150 000 руб., 150 000 ₽, 1,2 млн руб. and 50 тыс. руб. were read already; 23 ноября 2026, 23 нояб. 2026 and 23.11.2026 г. were the row's error), and a Russian month with no year still asks for it (found in a new user's trial with Russian lists)", () => {
    const p = read(['ФИО', 'Сумма сделки', 'Дата приглашения', 'Дата принятия'], ['Ольга Смирнова', '150 000 руб.', '23.11.2026 г.', '23 ноября 2026']);
    expect([p.dealValue, p.requestedOn, p.acceptedOn]).toEqual([150_000, day('2026-11-23'), day('2026-11-23')]);
    expect(read(['ФИО', 'Сумма', 'Дата приглашения'], ['Ольга Смирнова', '1,2 млн руб.', '23 нояб. 2026'])).toMatchObject({
      dealValue: 1_200_000,
      requestedOn: day('2026-11-23'),
    });
    expect(read(['ФИО', 'Сумма сделки'], ['Ольга Смирнова', '50 тыс. руб.']).dealValue).toBe(50_000);
    expect(read(['ФИО', 'Бюджет'], ['Ольга Смирнова', '150 000 ₽']).dealValue).toBe(150_000);
    expect((parseDateText('23 ноября') as Problem).message).toMatch(/with its year/);
    expect((parseDateText('23 ноя') as Problem).message).toMatch(/with its year/);
    // A `г.` after a number that is no year is no date.
    expect(parseDateText('23.11 г.')).toBeInstanceOf(Problem);
  });
  // In dollars `mil` may be English slang for a million: neither reading is taken (mended after an independent review).
  // `2,5 mil. €`: a million in Slovak, a thousand in Spanish (with a full stop): neither is taken.
  for (const bad of ['1.2.3', '12 apples', '$-5', '50kk', 'lots', '1,23,4', '$2 mil', 'USD 2 mil', '$500 mil', 'US$ 3 mil', '2,5 mil. €']) {
    it(`'${bad}' is not an amount`, () => expect(parseAmount(bad)).toBeUndefined());
  }
  it('digits past the largest number are no amount, whatever their form: a Reason said "deal InfinityM"', () => {
    const many = '9'.repeat(400);
    for (const text of [many, `${many}.5`, `$${many}`, `${'9'.repeat(306)}k`, `${'999,'.repeat(120)}999`]) expect(parseAmount(text)).toBeUndefined();
    expect(readError(['Name', 'Deal Value'], ['Ann', many]).text).toMatch(/^ERROR: Deal Value: expected an amount .*\(got '9{10,}\.\.\.'\)$/);
  });
});

describe('SPEC 1a, 3a: a deal value keeps the currency it is written in, for the Reason (no conversion)', () => {
  const written: [string, string | undefined][] = [
    ['$180,000', '$'],
    ['75.000 €', '€'],
    ['€1,2M', '€'],
    ['EUR 75 000', 'EUR'],
    ['eur 75000', 'EUR'],
    ['£60k', '£'],
    ['R$ 80.000', 'R$'],
    ['120k kr', 'kr'],
    ["CHF 80'000", 'CHF'],
    ['$75,000 USD', '$'],
    // A code ending in K or M after the number (found in an independent review), a sign of three letters as written.
    ['600 000 SEK', 'SEK'],
    ['60000 NOK', 'NOK'],
    ['2,5 mil. CZK', 'CZK'],
    // Nordic crowns (found in a new user's trial with Nordic lists): `kr.` is the `kr` of `750 000 kr`, `tkr` and `MSEK` their crowns.
    ['kr. 750.000,00', 'kr'],
    ['750.000,00 kr.', 'kr'],
    ['2,5 mill. kr', 'kr'],
    ['250 tkr', 'kr'],
    ['2,5 Mkr', 'kr'],
    ['12 MSEK', 'SEK'],
    ['NOK 750.000,00', 'NOK'],
    ['DKK 750.000,00', 'DKK'],
    ['15 000 lei', 'lei'],
    ['1 200 000 ¥', '¥'],
    ['\\1,200,000', '¥'],
    ['75k', undefined],
    ['180000', undefined],
    ['1.5 Mio', undefined],
  ];
  for (const [text, currency] of written) {
    it(`'${text}': ${currency ?? 'none named'}`, () => {
      const p = read(['Name', 'Deal Value'], ['Ann', text]);
      expect(p.dealValue).toBe(parseAmount(text));
      expect(p.dealCurrency).toBe(currency);
    });
  }
  it('a number cell (Sheets passes it typed) names no currency', () => {
    expect(read(['Name', 'Deal Value'], ['Ann', 75000]).dealCurrency).toBeUndefined();
  });
});

describe('SPEC 1a headers: the header row', () => {
  it("a header written by hand with a hint of its values (Open Profile (Y/N), Connection Degree (1st/2nd/3rd), Deal Size [USD], Phone #) or two names of one field (Title/Position) is read as that field; a hint naming another's (LinkedIn URL (Company), Email (Owner)) is not", () => {
    const header = [
      'Name',
      'Phone #',
      'Title/Position',
      'Date Invited',
      'Connection Degree (1st/2nd/3rd)',
      'Open Profile (Y/N)',
      'Deal Size [USD]',
      'LinkedIn URL (Company)',
      'Email (Owner)',
      'Email/Phone',
    ];
    const u = understood([
      header,
      ['Ann', '+1 555 0100', 'CEO', '2026-11-20', '2nd', 'Y', '50000', 'https://www.linkedin.com/company/x', 'rep@x.com', 'a@b.c'],
    ]);
    expect(u.map.columns.map((c) => [c.header, c.field.key])).toEqual([
      ['Name', 'name'],
      ['Phone #', 'phone'],
      ['Title/Position', 'title'],
      ['Date Invited', 'requestedOn'],
      ['Connection Degree (1st/2nd/3rd)', 'degree'],
      ['Open Profile (Y/N)', 'openProfile'],
      ['Deal Size [USD]', 'dealValue'],
    ]);
    // Beside the field's own header, the hinted one is a second column of it.
    const both = understood([
      ['Name', 'Open Profile (Y/N)', 'Open Profile'],
      ['Ann', 'Y', 'no'],
    ]);
    expect(both.map.columns.map((c) => c.header)).toEqual(['Name', 'Open Profile']);
  });
  it("an Excel 'sep=;' line above the header is skipped", () => {
    const u = understood([
      ['sep=', ''],
      ['Name', 'Degree'],
      ['Ann', '2nd'],
    ]);
    expect(u.headerRow).toBe(1);
  });
  it('the header row again further down (files joined into one) leaves the first the header, and is no sample of its values', () => {
    const header = ['Name', 'Amount', 'Request Sent'];
    const u = understood([header, ['Ann', '$75,000', '2026-11-02'], ['Bo', '12500', '2026-11-03'], header, ['Cy', '1.2M', '2026-11-04']]);
    expect(u.headerRow).toBe(0);
    expect(u.map.columns.map((c) => c.field.key)).toEqual(['name', 'dealValue', 'requestedOn']);
  });
  it("another export's header under the first's rows (files of two layouts joined) leaves the first the header, and ends its sample", () => {
    // The second header reads more columns; taken for the header, it would skip the first export's rows as above it.
    const first = ['Name', 'Amount', 'Request Sent'];
    const second = ['Email', 'Full Name', 'Job Title', 'Connection Degree', 'Deal Value', 'Requested On'];
    const u = understood([first, ['Ann', '$75,000', '2026-11-02'], second, ['cy@x.com', 'Cy', 'CTO', '2nd', 'First Phone', '2026-11-04']]);
    expect(u.headerRow).toBe(0);
    // Its Amount is read: the second export's rows (a text under Amount) are no sample of it.
    expect(u.map.columns.map((c) => c.field.key)).toEqual(['name', 'dealValue', 'requestedOn']);
    // A title line above the header names one column at most: the header under it is still found.
    expect(understood([['Title', 'Q4 outreach'], ['Owner', 'Jane'], second, ['cy@x.com', 'Cy', 'CTO', '2nd', '', '']]).headerRow).toBe(2);
  });
  it("another export's header row under the header reads as a row error that says so; a row with a header word or two is read as a row", () => {
    const header = ['First Name', 'Last Name', 'Email', 'Job Title', 'Connection Degree'];
    const e = readError(header, ['Email', 'First Name', 'Last Name', 'Connection Degree', 'Job Title']);
    expect(e.problem).toBe(OTHER_HEADER);
    expect(e.text).toBe("ERROR: First Name: another export's header row (files of two layouts joined?) (got 'Email')");
    // In lower case, as some tools write their headers.
    expect(readError(header, ['email', 'first name', 'last name', 'degree', 'title']).problem).toBe(OTHER_HEADER);
    // A prospect whose cells hold a header word or two is a prospect.
    expect(read(header, ['Email', 'Title', 'ann@x.com', 'Head of Email', '2nd']).name).toBe('Email Title');
    expect(readError(header, ['Ann', 'Lee', 'ann@x.com', 'CEO', 'Job Title']).problem).not.toBe(OTHER_HEADER);
  });
  it("a header row of nothing known but headers a letter or two off the planner's own says which they are a typo of, where the fix is", () => {
    const top = [
      ['Prospect Nm', 'Posiiton', 'Conection Degre', 'Open Profle'],
      ['Ann Lee', 'VP Sales', '2nd', 'yes'],
    ];
    const problem = understand(top, AUTO) as Problem;
    expect(problem).toBeInstanceOf(Problem);
    expect(problem.message).toMatch(/^no recognised column/);
    expect(problem.message).toContain("'Posiiton' a typo of Title?, 'Conection Degre' a typo of Degree?, 'Open Profle' a typo of Open Profile?");
    // Headers of nothing near: no typo offered.
    expect(
      (
        understand(
          [
            ['foo', 'bar'],
            ['1', '2'],
          ],
          AUTO,
        ) as Problem
      ).message,
    ).not.toContain('typo');
  });
  it("SPEC 1a: First and Last Name of a Chinese, Japanese or Korean name are joined family name first, as it is written there (found in a new user's trial)", () => {
    const header = ['First Name', 'Last Name', 'Connection Degree'];
    expect(read(header, ['太郎', '山田', '2nd']).name).toBe('山田 太郎');
    expect(read(header, ['민준', '김', '2nd']).name).toBe('김 민준');
    expect(read(header, ['伟', '王', '2nd']).name).toBe('王 伟');
    // A Latin name, or one of each: as Western lists write them.
    expect(read(header, ['Taro', 'Yamada', '2nd']).name).toBe('Taro Yamada');
    expect(read(header, ['Taro', '山田', '2nd']).name).toBe('Taro 山田');
  });
  it("the summary says where no column is read as a name and the first column, not read, shows each row: row numbers or a company (found in a new user's trial with a Polish tracker)", () => {
    const line = (header: Cell[], row: Cell[]) => understandingLines(understood([header, row])).find((l) => l.startsWith('Name:'));
    expect(line(['Nr', 'Imie i nazwisko CZ', 'Email', 'Connection Degree'], ['1', 'Ewa Nowak', 'ewa@example.pl', '2nd'])).toBe(
      "Name: no column read as one: rows are shown by their first column, 'Nr' (name yours with a Column: Name setting)",
    );
    // A name read, or the first column read (a list of profile URLs): nothing said.
    expect(line(['Nr', 'Full Name', 'Email'], ['1', 'Ewa Nowak', 'ewa@example.pl'])).toBeUndefined();
    expect(line(['Last Name', 'Email'], ['Nowak', 'ewa@example.pl'])).toBeUndefined();
    expect(line(['LinkedIn URL', 'Connection Degree'], ['https://www.linkedin.com/in/ewa', '2nd'])).toBeUndefined();
  });
  it('SPEC 1b: a header in two languages is read by its English one (`Name (Имя)`, `Title 役職`), and a Polish header typed without its ł by its Polish one (found in an independent review)', () => {
    const u = understood([
      ['Name (Имя)', 'Title 役職', 'Degree – Степень', 'Email (почта)', 'LinkedIn URL / Ссылка', 'Name（氏名）'],
      ['Олена Шевченко', 'CEO', '2nd', 'o@example.ua', 'https://www.linkedin.com/in/olena', ''],
    ]);
    expect(u.map.columns.map((c) => [c.field.key, c.header])).toEqual([
      ['name', 'Name (Имя)'],
      ['title', 'Title 役職'],
      ['degree', 'Degree – Степень'],
      ['email', 'Email (почта)'],
      ['linkedinUrl', 'LinkedIn URL / Ссылка'],
    ]);
    const pl = understood([
      ['Imie i nazwisko', 'Zaproszenie wyslane', 'Odpowiedzial'],
      ['Anna Lis', '2026-11-02', 'Tak'],
    ]);
    expect(pl.map.columns.map((c) => c.field.key)).toEqual(['name', 'requestedOn', 'replied']);
  });
  it("SPEC 1b: a Column: setting names a header in any script, Cyrillic or Japanese, and no other (found in a new user's trial)", () => {
    const top: Cell[][] = [
      ['ПІБ', 'Посада', 'Ступінь'],
      ['Олена Шевченко', 'Генеральний директор', '2nd'],
    ];
    const u = understood(top, { ...AUTO, columns: { name: 'ПІБ', title: 'Посада', degree: 'Ступінь' } });
    expect(u.map.columns.map((c) => [c.field.key, c.header])).toEqual([
      ['name', 'ПІБ'],
      ['title', 'Посада'],
      ['degree', 'Ступінь'],
    ]);
    const ja = understood(
      [
        ['氏名', '役職', 'つながり'],
        ['山田 太郎', '代表取締役', '2nd'],
      ],
      { ...AUTO, columns: { title: '役職', degree: 'つながり' } },
    );
    expect(ja.map.columns.map((c) => [c.field.key, c.header])).toEqual([
      ['title', '役職'],
      ['degree', 'つながり'],
    ]);
    // A header of the same script that the sheet does not have is not found, where it was taken for the first one.
    expect(mappingsMissing([['氏名', '役職']], { ...AUTO, columns: { degree: '存在しない' } })).toEqual([{ field: 'Degree', header: '存在しない' }]);
  });
  it("a data row whose one cell is a header word ('Lead', 'Email') under a header not read is no header: no recognised column, nothing planned over it", () => {
    // An export in a language not read (Hungarian; it was Dutch until Dutch headers were read), its first prospect's stage `Lead` (a generic word for Name).
    const top = [
      ['Keresztnév', 'Vezetéknév', 'Cég', 'Életciklus-szakasz'],
      ['Alessandro', 'Vidal', 'Acme', 'Lead'],
      ['Giulia', 'Rossi', 'Globex', 'Subscriber'],
    ];
    expect(understand(top, AUTO)).toBeInstanceOf(Problem);
    expect((understand([top[0] as Cell[], ['Ann', 'Lee', 'Acme', 'Email']], AUTO) as Problem).message).toMatch(/^no recognised column/);
    // A preamble as wide as the header still leaves a header of several columns read.
    const wide = understood([
      ['Report', 'Q4', 'generated', '2026-11-01'],
      ['Name', 'Degree', 'Title', 'Company'],
      ['Ann', '2nd', 'VP', 'Acme'],
    ]);
    expect(wide.headerRow).toBe(1);
  });
  it('a title line and a blank line above the header are skipped, and said', () => {
    const u = understood([['Prospects, Q4 export'], [''], ['Name', 'Degree'], ['Ann', '2nd']]);
    expect(u.headerRow).toBe(2);
    expect(understandingLines(u)[0]).toBe('Header row: row 3 (2 rows above it skipped)');
  });
  it("a title line that names a column ('Title,Q4 DACH outreach') is not the header: the row with the most columns read is", () => {
    const u = understood([
      ['Title', 'Q4 DACH outreach'],
      ['Exported', '2026-12-01'],
      [''],
      ['Full Name', 'Job Title', 'Connection Degree'],
      ['Ann', 'CEO', '3rd'],
    ]);
    expect(u.headerRow).toBe(3);
    expect(u.map.columns.map((c) => c.field.key)).toEqual(['name', 'title', 'degree']);
    // Equals: the first.
    expect(understood([['Name'], ['Degree'], ['Ann']]).headerRow).toBe(0);
  });
  it('the header is looked for in the first 10 rows only', () => {
    const top: Cell[][] = [...Array.from({ length: 10 }, (_, i) => [`title ${i}`]), ['Name', 'Degree']];
    const u = understand(top, AUTO);
    expect(u).toBeInstanceOf(Problem);
    // The row under them that reads as a header is named, with the fix: it must be among the first 10.
    expect((u as Problem).message).toBe(
      "no recognised column in the first 10 rows (the header row must be one of them; the first row: 'title 0'); row 11 reads as a header ('Name', 'Degree'): delete 1 or more of the lines above it, so that it is among the first 10",
    );
    expect((understand(top.slice(0, 10), AUTO) as Problem).message).toMatch(
      /^no recognised column in the first 10 rows \(the header row must be one of them; the first row: 'title 0'\); expected headers such as Name/,
    );
    expect(understood(top.slice(1)).headerRow).toBe(9);
  });
});

describe('SPEC 1a headers: a list kept in French', () => {
  // A recruiter's hand-kept list in France, saved by Excel (seeds: the LinkedIn Help pages of SPEC 1a, in French).
  const header = [
    'Prénom',
    'Nom',
    'Poste',
    'Entreprise',
    'Degré',
    'Profil ouvert',
    'Relations en commun',
    'Statut',
    "Date d'invitation",
    'Date InMail',
    'Réponse',
    'Email',
    'Téléphone',
    'URL LinkedIn',
  ];
  const row = [
    'Léa',
    'Durand',
    'Directrice technique',
    'Acme',
    '2e',
    'Non',
    '5',
    'En attente',
    '2026-11-02',
    '',
    'Non',
    '',
    '06 12 34 56 78',
    'https://www.linkedin.com/in/lea',
  ];
  it('every column is read as its field', () => {
    const u = understood([header, row, row]);
    expect(Object.fromEntries(header.map((h) => [h, fieldOf(u, h)]))).toEqual({
      Prénom: 'First Name',
      Nom: 'Last Name',
      Poste: 'Title',
      Entreprise: undefined,
      Degré: 'Degree',
      'Profil ouvert': 'Open Profile',
      'Relations en commun': 'Mutual Connections',
      Statut: 'Connection Status',
      "Date d'invitation": 'Requested On',
      'Date InMail': 'InMail Sent On',
      Réponse: 'Replied',
      Email: 'Email',
      Téléphone: 'Phone',
      'URL LinkedIn': 'LinkedIn URL',
    });
    expect(read(header, row)).toMatchObject({
      name: 'Léa Durand',
      title: 'Directrice technique',
      seniority: 'director',
      degree: 2,
      connectionStatus: 'pending',
      requestedOn: day('2026-11-02'),
    });
  });
  it('a header typed without its accents, or in capitals, is the same header', () => {
    const u = understood([
      ['Prenom', 'NOM', 'DEGRE', 'Reponse', 'Séniorité'],
      ['Léa', 'Durand', '2e', 'oui', 'Directeur'],
    ]);
    expect(['Prenom', 'NOM', 'DEGRE', 'Reponse', 'Séniorité'].map((h) => fieldOf(u, h))).toEqual(['First Name', 'Last Name', 'Degree', 'Replied', 'Seniority']);
  });
  it("headers that say less than they seem are not claimed: 'Date d'envoi' (sent what?), 'Niveau hiérarchique' (Cadre, Employé), 'Statut de connexion' (online), 'Relation'", () => {
    const header = ['Nom complet', "Date d'envoi", 'Niveau hiérarchique', 'Statut de connexion', 'Relation'];
    const row = ['Ann Dupont', '05/01/2027', 'Cadre', 'Hors ligne', '1'];
    const u = understood([header, row]);
    expect(header.slice(1).map((h) => fieldOf(u, h))).toEqual([undefined, undefined, undefined, undefined]);
    expect(readProspect(row, u.map)).toEqual({ name: 'Ann Dupont' });
  });
  it("LinkedIn Recruiter's 'InMail Sent Date' is InMail Sent On", () => {
    expect(
      fieldOf(
        understood([
          ['Name', 'InMail Sent Date'],
          ['Ann', '2026-11-02'],
        ]),
        'InMail Sent Date',
      ),
    ).toBe('InMail Sent On');
  });
});

describe('SPEC 1a dates: inspect shows every date field as a date', () => {
  // First Touch On, which `done` writes, was shown as its day number (20759).
  for (const key of DATE_FIELDS) {
    it(`${key}: 2026-11-02, not a day number`, () => expect(valueText(key, day('2026-11-02'))).toBe('2026-11-02'));
  }
});

describe('SPEC 1a headers: specific before generic, generic only on its values', () => {
  const rows = (values: string[]) => values.map((v, i) => [`P${i}`, v]);
  it("a generic 'Segment' of Enterprise/SMB is not Segment Size, and says why", () => {
    const u = understood([['Name', 'Segment'], ...rows(['Enterprise', 'SMB', 'Enterprise'])]);
    expect(fieldOf(u, 'Segment')).toBeUndefined();
    expect(u.unused[0]).toMatchObject({ header: 'Segment', reason: 'values', field: 'segmentSize' });
    expect(u.unused[0]?.why).toMatch(/its values are not Segment Size \(e\.g\. 'Enterprise'\)$/);
    // Some of them read: naming it so would read those, and make the others the rows' errors.
    const some = understood([['Name', 'Segment'], ...rows(['120', '450', 'SMB', '80'])]);
    expect(some.unused[0]?.why).toBe("1 of the 4 values sampled is not Segment Size (e.g. 'SMB'); rename it or set Column: Segment Size to read it");
  });
  it("a generic 'Segment' of whole numbers is Segment Size", () => {
    expect(fieldOf(understood([['Name', 'Segment'], ...rows(['120', '40', '300'])]), 'Segment')).toBe('Segment Size');
  });
  it('at least 90% of the non-blank values must read as the field: 9 of 10 claims, 8 of 10 does not', () => {
    const nine = [...Array(9).fill('yes'), 'sometimes'];
    const eight = [...Array(8).fill('yes'), 'sometimes', 'often'];
    expect(fieldOf(understood([['Name', 'Active'], ...rows(nine), ['Q', '']]), 'Active')).toBe('Active On LinkedIn');
    expect(fieldOf(understood([['Name', 'Active'], ...rows(eight)]), 'Active')).toBeUndefined();
  });
  it('only the first 100 non-blank values count', () => {
    const values = [...Array(100).fill('yes'), ...Array(50).fill('often')];
    expect(fieldOf(understood([['Name', 'Active'], ...rows(values)]), 'Active')).toBe('Active On LinkedIn');
  });
  for (const [header, bad, good, field] of [
    ['Status', 'OPEN', 'pending', 'Connection Status'],
    ['Level', 'L3', 'Director', 'Seniority'],
    ['Lead', 'yes', 'Ann Lee', 'Name'],
    ['Event', 'Webinar', 'raised Series B', 'Trigger'],
    ['Signal', 'blue', 'new role', 'Trigger'],
    ['Referral', 'Partner', 'yes', 'Warm'],
    ['Amount', 'Q4', '$75,000', 'Deal Value'],
    ['Active', 'often', 'yes', 'Active On LinkedIn'],
  ] as const) {
    it(`generic '${header}': '${bad}' values leave it unused, '${good}' values make it ${field}`, () => {
      expect(fieldOf(understood([['Degree', header], ...rows([bad, bad])]), header)).toBeUndefined();
      expect(fieldOf(understood([['Degree', header], ...rows([good, good])]), header)).toBe(field);
    });
  }
  it("HubSpot's 'Lead Status' (NEW/OPEN) is never Connection Status", () => {
    const u = understood([['Name', 'Lead Status'], ...rows(['NEW', 'OPEN'])]);
    expect(fieldOf(u, 'Lead Status')).toBeUndefined();
    // HubSpot in German writes it 'Lead-Status': the same header, not a 'Lead - Status' whose Status would be told to map itself.
    const de = understood([['Name', 'Lead-Status'], ...rows(['Neu', 'Verbunden'])]);
    expect(fieldOf(de, 'Lead-Status')).toBeUndefined();
    expect(de.unused).toEqual([expect.objectContaining({ header: 'Lead-Status', reason: 'unknown' })]);
    // A CRM's record prefix with its spaced dash still goes: 'Person - Email' is Email.
    expect(
      fieldOf(
        understood([
          ['Name', 'Person - Email'],
          ['Ann', 'ann@example.com'],
        ]),
        'Person - Email',
      ),
    ).toBe('Email');
  });
  it('a specific header wins over a generic one for the same field, whatever the order', () => {
    const u = understood([
      ['Name', 'Status', 'Invite Status'],
      ['Ann', 'pending', 'accepted'],
    ]);
    expect(fieldOf(u, 'Invite Status')).toBe('Connection Status');
    expect(u.unused).toEqual([expect.objectContaining({ header: 'Status', reason: 'second' })]);
  });
  it('a second column for the same field is reported, not silently ignored', () => {
    const u = understood([
      ['Name', 'Degree', 'Connection Degree'],
      ['Ann', '2nd', '3rd'],
    ]);
    expect(u.unused).toEqual([expect.objectContaining({ header: 'Connection Degree', reason: 'second', why: "a second Degree column ('Degree' is read)" })]);
    expect(understandingLines(u)).toContain("Not used: 'Connection Degree': a second Degree column ('Degree' is read)");
  });
  it('of two columns for one field, the one with values under it is read, not an empty one with the closer name', () => {
    const u = understood([
      ['Name', 'Invite Sent Date', 'Invite Date'],
      ['Ann', '2026-10-05', ''],
      ['Bo', '2026-10-02', ''],
    ]);
    expect(fieldOf(u, 'Invite Sent Date')).toBe('Requested On');
    expect(understandingLines(u)).toContain("Not used: 'Invite Date': a second Requested On column ('Invite Sent Date' is read)");
    // Both filled, or both empty: the closer name, as before.
    const both = understood([
      ['Name', 'Invite Sent Date', 'Invite Date'],
      ['Ann', '2026-10-05', '2026-10-04'],
    ]);
    expect(fieldOf(both, 'Invite Date')).toBe('Requested On');
  });
  it("more Replied columns (a Reply Date, Recruiter's InMail Status beside a Replied typed by hand) are each read where the ones before are blank or say no, and said", () => {
    const u = understood([
      ['Name', 'InMail Sent', 'InMail Status', 'Reply Date', 'Replied'],
      ['Ann', '2026-11-16', 'Accepted', '', ''],
      ['Bo', '2026-11-16', 'Declined', '', 'no'],
      ['Cy', '2026-11-16', 'Pending', '2026-11-20', ''],
      ['Di', '2026-11-16', 'Pending', '', ''],
    ]);
    expect(fieldOf(u, 'Replied')).toBe('Replied');
    expect(u.map.fallbacks.map((c) => c.header)).toEqual(['Reply Date', 'InMail Status']);
    expect(understandingLines(u)[0]).toContain("Replied (where blank: 'Reply Date' then 'InMail Status')");
    const rows = [
      ['Ann', '2026-11-16', 'Accepted', '', ''],
      ['Bo', '2026-11-16', 'Declined', '', 'no'],
      ['Cy', '2026-11-16', 'Pending', '2026-11-20', ''],
      ['Di', '2026-11-16', 'Pending', '', ''],
      // A Sheets tick box left unticked in Replied.
      ['Ed', '2026-11-16', 'Accepted', '', false],
    ].map((r) => readProspect(r, u.map) as Prospect);
    expect(rows.map((p) => [p.replied, p.repliedOn])).toEqual([
      [true, undefined],
      // A reply any column records is a reply: the Replied typed by hand says no, the InMail was declined (an answer).
      [true, undefined],
      [true, day('2026-11-20')],
      [false, undefined],
      [true, undefined],
    ]);
  });
  it('more phone and email columns (Apollo: First Phone, Work Direct Phone, Mobile Phone) are each read where the ones tried before are blank, and said', () => {
    const header = ['Name', 'Email', 'First Phone', 'Work Direct Phone', 'Mobile Phone', 'Personal Email'];
    const rows: Cell[][] = [
      ['Ann', 'ann@work.example', '+1 415 555 0101', '+1 415 555 0102', '+1 415 555 0103', 'ann@home.example'],
      ['Bo', '', '', '', '+1 415 555 0203', 'bo@home.example'],
      ['Cy', '', '', '+1 415 555 0302', '+1 415 555 0303', ''],
      ['Di', '', '', '', '', ''],
    ];
    const u = understood([header, ...rows]);
    expect(u.map.columns.filter((c) => c.field.key === 'phone').map((c) => c.header)).toEqual(['First Phone']);
    // Tried in the order the headers are known in, as the column read first is chosen: a mobile before a direct line.
    expect(u.map.fallbacks.map((c) => c.header)).toEqual(['Mobile Phone', 'Work Direct Phone', 'Personal Email']);
    expect(u.unused).toEqual([]);
    expect(understandingLines(u)[0]).toBe(
      "Columns read: Name, Email (where blank: 'Personal Email'), Phone <- 'First Phone' (where blank: 'Mobile Phone' then 'Work Direct Phone')",
    );
    const reads = rows.map((r) => readProspect(r, u.map) as Prospect);
    expect(reads.map((p) => [p.email, p.phone])).toEqual([
      ['ann@work.example', '+1 415 555 0101'],
      ['bo@home.example', '+1 415 555 0203'],
      [undefined, '+1 415 555 0303'],
      [undefined, undefined],
    ]);
    // A blank word in the first column is no number: the next column's is read.
    expect((readProspect(['Ed', '', 'n/a', '', '+1 415 555 0503', ''], u.map) as Prospect).phone).toBe('+1 415 555 0503');
    // A spreadsheet's error in a fallback column is no value, not the row's error; in the field's own column it still is.
    expect((readProspect(['Fay', '', '+1 415 555 0601', '#REF!', '#N/A', ''], u.map) as Prospect).phone).toBe('+1 415 555 0601');
    expect((readProspect(['Gil', '', '', '#REF!', '+1 415 555 0703', ''], u.map) as Prospect).phone).toBe('+1 415 555 0703');
    expect(readProspect(['Hal', '', '#REF!', '', '+1 415 555 0803', ''], u.map)).toBeInstanceOf(RowError);
    // A formula filled down a fallback column past the list: its rows hold nothing else, and stay errors, not nameless prospects.
    expect(readProspect(['', '', '', '#REF!', '', ''], u.map)).toEqual(
      expect.objectContaining({ column: 'Work Direct Phone', problem: expect.stringContaining('#REF!') }),
    );
  });
  it('the phone and email columns are tried in one order whatever rows are sampled: a row with two numbers reads the same in a formula given that row alone', () => {
    const header = ['Name', 'Mobile Phone', 'First Phone'];
    const both: Cell[] = ['Ann', '+1 415 555 0103', '+1 415 555 0101'];
    const many = understood([header, ...Array.from({ length: 150 }, (_, i): Cell[] => ['X', `+1 415 555 ${1000 + i}`, '']), both]);
    const alone = understood([header, both]);
    for (const u of [many, alone]) {
      expect(columnHeaders(u)).toEqual({ own: ['First Phone'], fallbacks: ['Mobile Phone'] });
      expect((readProspect(both, u.map) as Prospect).phone).toBe('+1 415 555 0101');
    }
  });
  it("HubSpot's Recent Sales Email Replied Date is a reply's date; a German Mobil column of numbers is a phone, tried after the named ones", () => {
    const u = understood([
      ['Name', 'Phone Number', 'Mobil', 'Recent Sales Email Replied Date'],
      ['Ann', '', '+49 170 1234567', '2026-11-19'],
    ]);
    expect(fieldOf(u, 'Recent Sales Email Replied Date')).toBe('Replied');
    expect(u.map.fallbacks.map((c) => c.header)).toEqual(['Mobil']);
    const p = readProspect(['Ann', '', '+49 170 1234567', '2026-11-19'], u.map) as Prospect;
    expect([p.phone, p.replied, p.repliedOn]).toEqual(['+49 170 1234567', true, day('2026-11-19')]);
  });
  it("a sequencing tool's last reply date is a reply (Salesloft's Last Replied, last_replied_at): a prospect who replied is not sent a cold request", () => {
    for (const header of ['Last Replied', 'last_replied_at', 'Last Replied At', 'Last Reply Date', 'Date Replied']) {
      const u = understood([
        ['Name', 'Title', 'Degree', header],
        ['Amy', 'CEO', '2nd', '2026-11-28'],
      ]);
      expect(fieldOf(u, header)).toBe('Replied');
      const p = readProspect(['Amy', 'CEO', '2nd', '2026-11-28'], u.map) as Prospect;
      expect([p.replied, p.repliedOn]).toEqual([true, day('2026-11-28')]);
      // Replied outside LinkedIn's record: the conversation goes on there, no request is sent.
      expect(touch(p, { 'As Of': '2026-12-07' }).channel).toBe('EMAIL_OR_PHONE');
    }
  });
  it("a home or personal email column is tried after a work one, wherever it stands (Pipedrive's Email - Home left of Email - Work)", () => {
    const u = understood([
      ['Name', 'Person - Email - Home', 'Person - Email - Work'],
      ['Ann', 'ann@home.example', 'ann@work.example'],
    ]);
    expect(fieldOf(u, 'Person - Email - Work')).toBe('Email');
    expect(u.map.fallbacks.map((c) => c.header)).toEqual(['Person - Email - Home']);
    expect((readProspect(['Ann', 'ann@home.example', 'ann@work.example'], u.map) as Prospect).email).toBe('ann@work.example');
    // And after a work column named by an alias.
    const alias = understood([
      ['Name', 'Email (Personal)', 'Work Email', 'Phone - Home', 'Phone Number'],
      ['Ann', 'ann@home.example', 'ann@work.example', '+1 415 555 0101', '+1 415 555 0102'],
    ]);
    expect([fieldOf(alias, 'Work Email'), fieldOf(alias, 'Phone Number')]).toEqual(['Email', 'Phone']);
    expect(alias.map.fallbacks.map((c) => c.header)).toEqual(['Email (Personal)', 'Phone - Home']);
  });
  it('two phone columns headed alike: the fallback is named by its column letter', () => {
    const u = understood([
      ['Name', 'Phone', 'Phone'],
      ['Ann', '', '+1 415 555 0101'],
    ]);
    expect(understandingLines(u)[0]).toBe("Columns read: Name, Phone (where blank: 'Phone' in column C)");
    expect((readProspect(['Ann', '', '+1 415 555 0101'], u.map) as Prospect).phone).toBe('+1 415 555 0101');
  });
  it("a 'Column: Phone' setting names the one phone column read: the others are second columns, not fallbacks", () => {
    const u = understood(
      [
        ['Name', 'First Phone', 'Mobile Phone'],
        ['Bo', '', '+1 415 555 0203'],
      ],
      { columns: { phone: 'First Phone' }, dateOrder: 'auto' },
    );
    expect(u.map.fallbacks).toEqual([]);
    expect(u.unused).toEqual([
      expect.objectContaining({
        header: 'Mobile Phone',
        reason: 'second',
        why: "a second Phone column ('First Phone' is read: Column: Phone names it; clear that setting to read this one where it is blank)",
      }),
    ]);
    expect((readProspect(['Bo', '', '+1 415 555 0203'], u.map) as Prospect).phone).toBeUndefined();
  });
  it('two columns headed alike: the one read is named by its column letter, as the spreadsheet shows it', () => {
    const u = understood([
      ['Name', 'Title', 'Title', 'Degree'],
      ['Ann', 'VP Sales', 'CEO', '2nd'],
    ]);
    expect(understandingLines(u)).toContain("Not used: 'Title': a second Title column (the 'Title' in column B is read)");
  });
  it("'Column: <field>' = '(none)' unmaps a field: its column is not read, and said", () => {
    const u = understood(
      [
        ['Name', 'Degree'],
        ['Ann', 'L7'],
      ],
      { columns: { degree: '(none)' }, dateOrder: 'auto' },
    );
    expect(u.map.columns.map((c) => c.field.key)).toEqual(['name']);
    expect(u.unused).toEqual([expect.objectContaining({ header: 'Degree', reason: 'none', why: 'Column: Degree is (none)' })]);
    expect(readProspect(['Ann', 'L7'], u.map)).toEqual(expect.objectContaining({ name: 'Ann' }));
  });
  it('a Column: mapping names a column for a generic header, without its values proving it', () => {
    const u = understood(
      [
        ['Name', 'Tier'],
        ['Ann', 'yes'],
      ],
      { columns: { namedAccount: 'Tier' }, dateOrder: 'auto' },
    );
    expect(fieldOf(u, 'Tier')).toBe('Named Account');
  });
  it("CRM prefixes and suffixes: 'Person - Email - Work' is Email, 'Deal - Title' is not Title", () => {
    const u = understood([
      ['Person - Name', 'Person - Email - Work', 'Deal - Title'],
      ['Ann', 'ann@example.com', 'Big deal'],
    ]);
    expect(fieldOf(u, 'Person - Email - Work')).toBe('Email');
    expect(fieldOf(u, 'Deal - Title')).toBeUndefined();
  });
  it('every alias belongs to one field only', () => {
    const seen = new Map<string, string>();
    for (const f of FIELDS) {
      for (const h of [f.label, ...f.aliases, ...f.generic]) {
        // As headers are matched: a Cyrillic one (`Посада`) is its letters, not an empty key.
        const k = normalizeHeader(h);
        expect(seen.get(k) ?? f.key, `${h}`).toBe(f.key);
        seen.set(k, f.key);
      }
    }
  });
});

describe("Do Not Contact: a CRM's or a rep's mark (not a field of the spec; a user who keeps one expects it heeded)", () => {
  it("is read from Salesloft's and most CRMs' header, a rep's DNC, and in French, German and Spanish", () => {
    for (const header of [
      'Do Not Contact',
      'Do not contact?',
      'DNC',
      'do_not_contact',
      'Blacklisted',
      'Ne pas contacter',
      'Nicht kontaktieren',
      'No contactar',
    ]) {
      expect(
        fieldOf(
          understood([
            ['Name', header],
            ['Ann', 'yes'],
          ]),
          header,
        ),
        header,
      ).toBe('Do Not Contact');
    }
  });
  it("is not Salesforce's Do Not Call or Email Opt Out, which forbid one channel only, not a LinkedIn touch: each is a field of its own", () => {
    const u = understood([
      ['Name', 'Do Not Call', 'Email Opt Out'],
      ['Ann', 'true', 'true'],
    ]);
    expect(fieldOf(u, 'Do Not Call')).toBe('Do Not Call');
    expect(fieldOf(u, 'Email Opt Out')).toBe('Email Opt Out');
    expect(readProspect(['Ann', 'true', 'true'], u.map)).toMatchObject({ doNotCall: true, emailOptOut: true, doNotContact: undefined });
  });
  it("is yes where any of its columns says so (a CRM's box beside a rep's DNC): the second column is read where the first is blank or no", () => {
    const header = ['Name', 'Do not contact', 'DNC'];
    const u = understood([header, ['Ann', 'false', 'Yes']]);
    expect(u.map.fallbacks.map((c) => c.header)).toEqual(['DNC']);
    expect(readProspect(['Ann', 'false', 'Yes'], u.map)).toMatchObject({ doNotContact: true });
    expect(readProspect(['Di', '', 'X'], u.map)).toMatchObject({ doNotContact: true });
    expect(readProspect(['Bo', 'true', 'no'], u.map)).toMatchObject({ doNotContact: true });
    expect(readProspect(['Cy', 'false', ''], u.map)).toMatchObject({ doNotContact: false });
  });
  it("a no in Dutch, Swedish, Danish, Norwegian or Finnish is no mark, and a yes in Finnish is one, where any no not read was a mark and a list of them skipped everyone (found in a new user's trial with Nordic lists)", () => {
    for (const no of ['nee', 'Nee.', 'nej', 'NEJ', 'nei', 'ei'])
      for (const header of ['Do Not Contact', 'Email Opt Out']) {
        const p = read(['Name', header], ['Ann', no]);
        expect(header === 'Do Not Contact' ? p.doNotContact : p.emailOptOut, `${header} ${no}`).toBe(false);
      }
    for (const yes of ['kyllä', 'Kylla', 'ja']) expect(read(['Name', 'Do Not Contact'], ['Ann', yes]).doNotContact, yes).toBe(true);
    for (const [answer, replied] of [
      ['nej', false],
      ['ei', false],
      ['kyllä', true],
    ] as const)
      expect(read(['Name', 'Degree', 'Replied'], ['Ann', '1st', answer]).replied, answer).toBe(replied);
  });
  it("a word for unknown is no mark (#N/A from a lookup against a suppression list that did not find the person), and a spreadsheet error is the row's, as in every column", () => {
    for (const unknown of ['n/a', '-', '#N/A', 'none', '?', 'unknown', '#NV'])
      expect(read(['Name', 'DNC'], ['Ann', unknown]).doNotContact, unknown).toBeUndefined();
    expect(readError(['Name', 'DNC'], ['Ann', '#REF!']).text).toMatch(/^ERROR: DNC: the spreadsheet shows an error here \(#REF!\)/);
  });
  it('a Column: setting naming another column for it still reads the columns headed so: a mark in any of them is a mark', () => {
    const header = ['Name', 'Suppressed', 'Do Not Contact', 'DNC'];
    const u = understood([header, ['A', '', 'yes', '']], { columns: { doNotContact: 'Suppressed' }, dateOrder: 'auto' });
    for (const row of [
      ['A', '', 'yes', ''],
      ['B', '', '', 'yes'],
      ['C', 'yes', '', ''],
    ])
      expect(readProspect(row, u.map), row[0]).toMatchObject({ doNotContact: true });
  });
  it('a marked row with a cell in error is still marked, not an error: it is skipped whatever else it holds', () => {
    const header = ['Name', 'Do Not Contact', 'Requested On', 'Degree'];
    const u = understood([header, ['Ann', 'yes', '2026-11-02', '2nd']]);
    expect(readProspect(['Ann', 'yes', 'not a date', '#REF!'], u.map)).toMatchObject({ name: 'Ann', doNotContact: true });
    expect(readProspect(['Bo', 'no', 'not a date', '2nd'], u.map)).toBeInstanceOf(RowError);
  });
  it('reads yes and no as a yes/no column does', () => {
    for (const yes of ['yes', 'TRUE', 'x', '1', true, 1, 'Yes!']) expect(read(['Name', 'DNC'], ['Ann', yes]).doNotContact, String(yes)).toBe(true);
    for (const no of ['no', 'FALSE', '0', false, 0, 'No.']) expect(read(['Name', 'DNC'], ['Ann', no]).doNotContact, String(no)).toBe(false);
    expect(read(['Name', 'DNC'], ['Ann', '']).doNotContact).toBeUndefined();
  });
  it('reads any other value as yes, never as an error: a reason or a date put there says not to contact, though it starts with a no', () => {
    for (const value of [
      'asked to be removed',
      'legal hold',
      '2026-03-02',
      'GDPR request',
      '✋',
      'No contact - GDPR request',
      'N - competitor',
      'No contactar',
      'Off-limits (legal)',
      'No - checked 3/2',
    ]) {
      expect(read(['Name', 'Do Not Contact'], ['Ann', value]).doNotContact, value).toBe(true);
    }
  });
});

describe("Email Opt Out and Do Not Call: a CRM's marks against one channel (not fields of the spec; a user who keeps them expects them heeded)", () => {
  it("reads the CRMs' own headers: Salesforce, HubSpot (now and before), Outreach and Gem, Zoho", () => {
    for (const header of [
      'Email Opt Out',
      'HasOptedOutOfEmail',
      'Unsubscribed from all email',
      'Opted out of all email',
      'Opted Out',
      'Email Opt-Out',
      'Do Not Email',
    ])
      expect(read(['Name', header], ['Ann', 'true']).emailOptOut, header).toBe(true);
    for (const header of ['Do Not Call', 'DoNotCall', 'Do not phone', 'Nicht anrufen'])
      expect(read(['Name', header], ['Ann', '1']).doNotCall, header).toBe(true);
  });
  it('reads yes and no as a yes/no column does, any other value (the day it was asked) as yes, and a word for unknown as no mark', () => {
    for (const yes of ['yes', 'TRUE', 'x', 1, true, '2026-03-02', 'asked by email'])
      expect(read(['Name', 'Email Opt Out'], ['Ann', yes]).emailOptOut, String(yes)).toBe(true);
    for (const no of ['no', 'false', 0, false]) expect(read(['Name', 'Email Opt Out'], ['Ann', no]).emailOptOut, String(no)).toBe(false);
    for (const unknown of ['n/a', '-', '#N/A']) expect(read(['Name', 'Do Not Call'], ['Ann', unknown]).doNotCall, unknown).toBeUndefined();
    // Outreach's date of the opt-out: a day is a yes.
    expect(read(['Name', 'Opted Out At'], ['Ann', '2026-10-02T09:14:00Z']).emailOptOut).toBe(true);
  });
  it("is yes where any of its columns says so, as Do Not Contact is: a CRM's box beside an email tool's unsubscribe", () => {
    const u = understood([
      ['Name', 'Email', 'Email Opt Out', 'Unsubscribed'],
      ['Ann', 'ann@example.com', 'false', 'true'],
    ]);
    expect(u.map.fallbacks.map((c) => c.header)).toEqual(['Unsubscribed']);
    expect(readProspect(['Ann', 'ann@example.com', 'false', 'true'], u.map)).toMatchObject({ emailOptOut: true, email: 'ann@example.com' });
    expect(readProspect(['Bo', 'bo@example.com', 'false', ''], u.map)).toMatchObject({ emailOptOut: false });
  });
});

describe('SPEC 1 v2 fields', () => {
  it('First Name + Last Name are joined into Name when there is no Name column', () => {
    expect(read(['First Name', 'Last Name'], ['Ana', 'Souza']).name).toBe('Ana Souza');
    expect(read(['First Name', 'Last Name'], ['Ana', '']).name).toBe('Ana');
  });
  it('a Name column wins over the joined names', () => {
    expect(read(['Name', 'First Name', 'Last Name'], ['Dr. Ana Souza', 'Ana', 'Souza']).name).toBe('Dr. Ana Souza');
  });
  it("a Recruiter export's Public Profile URL (/in/) is the LinkedIn URL over its Profile URL (the candidate's /talent/profile/ page in Recruiter)", () => {
    const header = ['First Name', 'Last Name', 'Profile URL', 'Public Profile URL'];
    const row = ['Freya', 'Evans', 'https://www.linkedin.com/talent/profile/AEMAAA5', 'https://www.linkedin.com/in/freya-evans'];
    const u = understood([header, row]);
    expect(fieldOf(u, 'Public Profile URL')).toBe('LinkedIn URL');
    expect(readProspect(row, u.map)).toMatchObject({ linkedinUrl: 'https://www.linkedin.com/in/freya-evans' });
    // Where it is blank, the Profile URL is read: the candidate still has a key, and is found in another project.
    expect(readProspect(['Bo', 'Kim', 'https://www.linkedin.com/talent/profile/AEMAAAB2?project=1', ''], u.map)).toMatchObject({
      linkedinUrl: 'https://www.linkedin.com/talent/profile/AEMAAAB2?project=1',
    });
  });
  it('LinkedIn URL, Email, Phone, Accepted On and Last Touch On are read from the headers the tools write', () => {
    const p = read(
      ['profileUrl', 'Email Address', 'Mobile Phone', 'Connected On', 'Last Touch On'],
      ['https://www.linkedin.com/in/ana', 'ana@example.com', '+1 555 0100', '18 Nov 2026', '2026-11-20'],
    );
    expect(p).toMatchObject({
      linkedinUrl: 'https://www.linkedin.com/in/ana',
      email: 'ana@example.com',
      phone: '+1 555 0100',
      acceptedOn: day('2026-11-18'),
      lastTouchOn: day('2026-11-20'),
    });
  });
  it("Last Touch On is this sequence's last step done (SPEC 1): its own header, or 'Last Touch'", () => {
    expect(read(['Name', 'Last Touch On'], ['Ann', '2026-11-20']).lastTouchOn).toBe(day('2026-11-20'));
    expect(read(['Name', 'Last Touch'], ['Ann', '2026-11-20']).lastTouchOn).toBe(day('2026-11-20'));
  });
  it('a name within N edits (a letter added, dropped, changed, or two swapped) is found as the full optimal-string-alignment distance finds it', () => {
    const osa = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      const at = (i: number, j: number) => (d[i] as number[])[j] as number;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
          (d[i] as number[])[j] = v;
        }
      return at(a.length, b.length);
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 2 }), (a, b, most) => {
        expect(closest(a, [b], most) !== undefined).toBe(osa(a, b) <= most);
      }),
      { numRuns: 5000 },
    );
  });

  it("a header a letter or two from a field's (Conection Degree, Open Profle) is not read, and the summary says it looks like a typo and how to fix it; a header that only looks alike is not (Apollo's Email Sent)", () => {
    const u = understood([
      ['Name', 'Conection Degree', 'Open Profle', 'Email Sent', 'Notes'],
      ['Ann', '3rd', 'Yes', 'TRUE', 'x'],
    ]);
    expect(u.unused.filter((c) => c.reason === 'misspelt')).toEqual([
      expect.objectContaining({ header: 'Conection Degree', field: 'degree' }),
      expect.objectContaining({ header: 'Open Profle', field: 'openProfile' }),
    ]);
    expect(understandingLines(u)).toEqual(
      expect.arrayContaining([
        "Not used: 'Conection Degree': a typo of Degree? rename it or set Column: Degree",
        "Not used: 'Open Profle': a typo of Open Profile? rename it or set Column: Open Profile",
        "Not used (not columns the planner reads, kept as they are): 'Email Sent', 'Notes'",
      ]),
    );
    // A field another column gives is no typo's: the column is simply not read.
    const given = understood([
      ['Name', 'Degree', 'Conection Degree'],
      ['Ann', '2nd', '3rd'],
    ]);
    expect(given.unused).toEqual([expect.objectContaining({ header: 'Conection Degree', reason: 'unknown' })]);
    // A column whose values are not the field's is no typo of it: lemlist's linkedinInviteAccepted holds true and false, no date to read as Accepted On.
    const flags = understood([
      ['Name', 'linkedinInviteAccepted'],
      ['Ann', 'false'],
      ['Bo', 'true'],
    ]);
    expect(flags.unused).toEqual([expect.objectContaining({ header: 'linkedinInviteAccepted', reason: 'unknown' })]);
    // With no values yet, the hint stands.
    expect(understood([['Name', 'linkedinInviteAccepted'], ['Ann']]).unused).toEqual([
      expect.objectContaining({ header: 'linkedinInviteAccepted', reason: 'misspelt', field: 'acceptedOn' }),
    ]);
  });

  it("headers of the tools' own exports are read as their fields: Google Contacts, Dripify's Invitation Accepted of dates, HubSpot's deal amount in French, Waalaxy's messageRepliedAt", () => {
    const u = understood([
      ['Name', 'Organization Title', 'E-mail 1 - Value', 'Phone 1 - Value', 'Invitation Accepted', 'Montant de la transaction', 'messageRepliedAt'],
      ['Ann', 'CEO', 'ann@x.io', '+1 415 555 0101', '2026-11-05', '75 000 €', '2026-11-09'],
    ]);
    expect(Object.fromEntries(u.map.columns.map((c) => [c.header, c.field.key]))).toEqual({
      Name: 'name',
      'Organization Title': 'title',
      'E-mail 1 - Value': 'email',
      'Phone 1 - Value': 'phone',
      'Invitation Accepted': 'acceptedOn',
      'Montant de la transaction': 'dealValue',
      messageRepliedAt: 'replied',
    });
    expect(
      understood([
        ['Name', 'messageSentAt'],
        ['Ann', '2026-12-01'],
      ]).map.columns.map((c) => c.field.key),
    ).toEqual(['name', 'lastTouchOn']);
    // HubSpot's Amount in Spanish (Importe) and German (Betrag), where its values are amounts.
    for (const header of ['Importe', 'Betrag', 'Monto']) {
      expect(
        understood([
          ['Name', header],
          ['Ann', '1,2M'],
          ['Bo', '500.000 €'],
        ]).map.columns.map((c) => c.field.key),
      ).toEqual(['name', 'dealValue']);
    }
    // LinkedIn Recruiter's InMail Status: an accepted or declined InMail was answered, a pending one not yet.
    const recruiter = understood([
      ['Name', 'InMail Sent Date', 'InMail Status'],
      ['Ann', '2026-11-02', 'Accepted'],
      ['Bo', '2026-11-03', 'Declined'],
      ['Cy', '2026-11-16', 'Pending'],
    ]);
    expect(recruiter.map.columns.map((c) => c.field.key)).toEqual(['name', 'inmailSentOn', 'replied']);
    expect(['Accepted', 'Declined', 'Pending'].map((v) => (readProspect(['Ann', '2026-11-02', v], recruiter.map) as { replied?: boolean }).replied)).toEqual([
      true,
      true,
      false,
    ]);
    // Gem's and Outreach's email sequence state: Replied among its other states, which are no reply (found in a new user's trial as a recruiter).
    const gem = understood([
      ['Candidate', 'Email', 'Sequence status'],
      ['Oliver', 'o@example.com', 'Replied'],
      ['Amy', 'a@example.com', 'Active'],
      ['Bo', 'b@example.com', 'Completed'],
      ['Cy', 'c@example.com', 'Bounced'],
      ['Di', 'd@example.com', 'Paused'],
      ['Ed', 'e@example.com', 'Not started'],
    ]);
    expect(gem.map.columns.map((c) => c.field.key)).toContain('replied');
    expect(
      ['Replied', 'Active', 'Completed', 'Bounced', 'Paused', 'Not started'].map((v) => (readProspect(['X', 'x@example.com', v], gem.map) as Prospect).replied),
    ).toEqual([true, false, false, false, false, false]);
    // Opted out is no answer to read as none: the row's error, so no touch goes out unread (mended after an independent review).
    expect(readProspect(['X', 'x@example.com', 'Opted out'], gem.map)).toBeInstanceOf(RowError);
    // A CRM's Contact Status of stages (Connected: reached by phone) is not a connection status.
    expect(
      understood([
        ['Name', 'Contact Status'],
        ['Ann', 'New'],
        ['Bo', 'Connected'],
      ]).map.columns.map((c) => c.field.key),
    ).toEqual(['name']);
    // Nor is a Lead State (a US state) or another tool's Status of plain step words (Sent, Paused, Skipped).
    expect(
      understood([
        ['Name', 'Lead State'],
        ['Ann', 'California'],
      ]).map.columns.map((c) => c.field.key),
    ).toEqual(['name']);
    expect(
      understood([['Name', 'Status'], ...['Sent', 'Paused', 'Skipped', 'Reviewed', 'Sent'].map((v) => ['Ann', v])]).map.columns.map((c) => c.field.key),
    ).toEqual(['name']);
    // A status as a rep types it: end marks, a word after a dash or in brackets, a call booked (only an answer books one).
    const typed = understood([
      ['Name', 'Connection Status'],
      ['Ann', 'pending'],
    ]);
    const read = (v: string) => readProspect(['Ann', v], typed.map) as { connectionStatus?: string; replied?: boolean };
    expect(
      ['Connected!', 'sent.', 'Connected (via event)', 'replied - call booked', 'Connected - not interested', 'Withdrawn - stale', 'Pending, follow up'].map(
        (v) => [read(v).connectionStatus, read(v).replied],
      ),
    ).toEqual([
      ['accepted', undefined],
      ['pending', undefined],
      ['accepted', undefined],
      ['accepted', true],
      ['accepted', true],
      ['withdrawn', undefined],
      ['pending', undefined],
    ]);
    // A state with its day typed after it, and the words a recruiter types for an invitation not answered or not sent.
    expect(['Connected 12/9', 'invite sent 2026-12-01', 'Not accepted', 'not accepted yet', 'Not contacted'].map((v) => read(v).connectionStatus)).toEqual([
      'accepted',
      'pending',
      'pending',
      'pending',
      'none',
    ]);
    // A state word is that state in any part, never an answer (an InMail's Accepted is one only under Replied).
    expect([read('Connected (accepted)').connectionStatus, read('Connected (accepted)').replied]).toEqual(['accepted', undefined]);
    // Parts that name two states, or a reply beside a state no reply follows, or a CRM's stage alone: the row says it could not read them.
    for (const v of [
      'Invite sent - declined',
      'Sent (withdrawn)',
      'Pending – withdrawn 12/1',
      'Followed - connected',
      'New - meeting booked',
      'meeting booked',
    ]) {
      expect(readProspect(['Ann', v], typed.map), v).toBeInstanceOf(RowError);
    }
    // A hand-kept sheet's Status of such words is read as the Connection Status.
    expect(
      understood([['Name', 'Status'], ...['sent', 'Connected!', 'pending ', 'replied - call booked', 'Sent!', '?'].map((v) => ['Ann', v])]).map.columns.map(
        (c) => c.field.key,
      ),
    ).toEqual(['name', 'connectionStatus']);
    // lemlist's camelCase states it does not name read as blank in its lastState: no ERROR row.
    const lemlist = understood([
      ['Name', 'lastState'],
      ['Ann', 'linkedinInviteFailed'],
    ]);
    expect(readProspect(['Ann', 'linkedinInviteFailed'], lemlist.map)).toMatchObject({ name: 'Ann', connectionStatus: undefined });
    expect(readProspect(['Ann', 'aircallDone'], lemlist.map)).toMatchObject({ connectionStatus: undefined });
    expect(readProspect(['Ann', 'paused'], lemlist.map)).toMatchObject({ connectionStatus: undefined });
    // Its stages too (a step sent on any channel, an email opened, a link clicked...), and its
    // answers off LinkedIn (a reply on any channel, a meeting booked, a lead marked not interested),
    // which are Replied yes and say nothing of the connection.
    for (const stage of ['imported', 'scanned', 'contacted', 'hooked', 'attracted', 'snoozed', 'annotated']) {
      expect(readProspect(['Ann', stage], lemlist.map), stage).toMatchObject({ connectionStatus: undefined, replied: undefined });
    }
    for (const answer of ['warmed', 'meetingBooked', 'notInterested', 'manualInterested', 'apiNotInterested']) {
      expect(readProspect(['Ann', answer], lemlist.map), answer).toMatchObject({ connectionStatus: undefined, replied: true, repliedOffLinkedIn: undefined });
    }
    // Those that name an email or a call are answered there, not on LinkedIn.
    for (const answer of ['emailsReplied', 'emailsInterested', 'emailsNotInterested', 'aircallInterested', 'aircallNotInterested']) {
      expect(readProspect(['Ann', answer], lemlist.map), answer).toMatchObject({ connectionStatus: undefined, replied: true, repliedOffLinkedIn: true });
    }
    // A status that says the prospect answered is a reply whatever the Replied cell says, as a reply any column records is.
    const withReplied = understood([
      ['Name', 'lastState', 'Replied'],
      ['Ann', 'emailsReplied', 'no'],
    ]);
    expect(readProspect(['Ann', 'emailsReplied', 'no'], withReplied.map)).toMatchObject({ replied: true, repliedOffLinkedIn: true });
    expect(readProspect(['Ann', 'emailsReplied', 'yes'], withReplied.map)).toMatchObject({ replied: true, repliedOffLinkedIn: true });
    // Apollo fills its own Replied (its emails') with FALSE on every row: a reply a rep types in the status is still one.
    const apollo = understood([
      ['First Name', 'Last Name', 'Person Linkedin Url', 'Replied', 'Requested On', 'Connection Status'],
      ['Ann', 'Lee', 'http://www.linkedin.com/in/ann-lee', 'FALSE', '2026-11-16', 'replied - call booked'],
    ]);
    const ann = readProspect(['Ann', 'Lee', 'http://www.linkedin.com/in/ann-lee', 'FALSE', '2026-11-16', 'replied - call booked'], apollo.map);
    expect(ann).toMatchObject({ replied: true, connectionStatus: 'accepted' });
    expect(outputText(decideRow(ann, settingsFor()))[4]).toMatch(/replied/);
    expect(readProspect(['Ann', 'linkedinInviteSent'], lemlist.map)).toMatchObject({ connectionStatus: 'pending' });
    expect(readProspect(['Ann', 'linkedinConnected'], lemlist.map)).toMatchObject({ connectionStatus: 'accepted' });
    // A CRM's stages in two words are not lemlist's: still what the row could not read.
    expect(readProspect(['Ann', 'Meeting booked'], lemlist.map)).toBeInstanceOf(RowError);
    // Nor a rep's own words in a tracker: `Contacted` may mean an invitation went out, `Warmed` is no reply.
    for (const v of ['Contacted', 'Hooked', 'Warmed', 'Imported']) expect(readProspect(['Ann', v], typed.map), v).toBeInstanceOf(RowError);
    // A CRM's Status of stages, a call or meeting booked among them, is no connection status column.
    expect(
      understood([['Name', 'Status'], ...['New', 'Meeting booked', 'Call scheduled', 'New'].map((v) => ['Ann', v])]).map.columns.map((c) => c.field.key),
    ).toEqual(['name']);
    // Another tool's Invitation Accepted of yes and no is not read as a date.
    const yesNo = understood([
      ['Name', 'Invitation Accepted'],
      ['Ann', 'Yes'],
      ['Bo', 'No'],
    ]);
    expect(yesNo.map.columns.map((c) => c.field.key)).toEqual(['name']);
  });

  for (const header of [
    'Last Activity Date',
    'Person - Last activity date',
    'Last Contacted',
    'Last Engagement Date',
    'Last Outreach',
    'Contact - Last Activity',
    'Datum der letzten Aktivität',
    'Zuletzt kontaktiert',
    'Date de la dernière activité',
    'Fecha de la última actividad',
    // HubSpot's and a list's in Portuguese (found in a new user's trial with Portuguese lists).
    'Último contato em',
    'Data da última atividade',
  ]) {
    it(`'${header}' (a CRM's last email, call or meeting) is not Last Touch On: not used, and the summary says why`, () => {
      const u = understood([
        ['Name', header],
        ['Ann', '2026-11-10'],
      ]);
      expect(fieldOf(u, header)).toBeUndefined();
      expect(u.unused).toEqual([expect.objectContaining({ header, reason: 'activity', field: 'lastTouchOn' })]);
      expect(understandingLines(u)).toContain(
        `Not used: '${header}': the last activity of any kind (an email, a call, a meeting), not a step of this sequence done; set Column: Last Touch On to read it as one`,
      );
      expect(read(['Name', header], ['Ann', '2026-11-10']).lastTouchOn).toBeUndefined();
    });
  }
  it("Column: Last Touch On = 'Last Activity Date' reads it as the last step done, as the user says", () => {
    const settings = { columns: { lastTouchOn: 'Last Activity Date' }, dateOrder: 'auto' } as const;
    expect(read(['Name', 'Last Activity Date'], ['Ann', '2026-11-10'], settings).lastTouchOn).toBe(day('2026-11-10'));
  });
  it("a list with both Last Touch On and a CRM's Last Activity Date reads Last Touch On only", () => {
    const p = read(['Name', 'Last Activity Date', 'Last Touch On'], ['Ann', '2026-11-20', '2026-11-10']);
    expect(p.lastTouchOn).toBe(day('2026-11-10'));
  });
  it("a tracker's status that says the prospect answered ('Replied', 'Message replied') reads as replied, and as accepted unless the row is an InMail answered with no request", () => {
    for (const said of ['Replied', 'Message replied', 'message_replied', 'Responded', 'Répondu', 'Geantwortet']) {
      const p = read(['Name', 'Invite Status', 'Request Sent'], ['Ann', said, '2026-10-01']);
      expect([p.connectionStatus, p.replied], said).toEqual(['accepted', true]);
    }
    const noHistory = read(['Name', 'Degree', 'Invite Status'], ['Ann', '3rd', 'Replied']);
    expect([noHistory.connectionStatus, noHistory.replied]).toEqual(['accepted', true]);
    // An InMail answered: no request, no connection; its reply counts as an InMail's.
    const inmail = read(['Name', 'Degree', 'Invite Status', 'InMail Sent On'], ['Ann', '3rd', 'Replied', '2026-10-01']);
    expect([inmail.connectionStatus, inmail.replied]).toEqual([undefined, true]);
    // A status that names no reply says nothing of one.
    expect(read(['Name', 'Invite Status'], ['Ann', 'Message sent']).replied).toBeUndefined();
  });
  it("lemlist's lead states in its status column (linkedinInviteDone, linkedinInviteAccepted, linkedinReplied...) read as the connection's status: those invited are not invited again", () => {
    const u = understood([
      ['email', 'firstName', 'linkedinUrl', 'status'],
      ['a@x.com', 'Ann', 'https://www.linkedin.com/in/ann', 'linkedinVisitDone'],
      ['b@x.com', 'Ben', 'https://www.linkedin.com/in/ben', 'linkedinInviteDone'],
      ['c@x.com', 'Cy', 'https://www.linkedin.com/in/cy', 'linkedinInviteAccepted'],
      ['d@x.com', 'Dee', 'https://www.linkedin.com/in/dee', 'linkedinSent'],
      ['e@x.com', 'Eve', 'https://www.linkedin.com/in/eve', 'linkedinReplied'],
    ]);
    expect(fieldOf(u, 'status')).toBe('Connection Status');
    const read = (row: Cell[]) => readProspect(row, u.map) as Prospect;
    expect(
      [['linkedinVisitDone'], ['linkedinInviteDone'], ['linkedinInviteAccepted'], ['linkedinSent'], ['linkedinReplied']].map(([state]) => {
        const p = read(['x@x.com', 'X', 'https://www.linkedin.com/in/x', state as string]);
        return [p.connectionStatus, p.replied];
      }),
    ).toEqual([
      ['none', undefined],
      ['pending', undefined],
      ['accepted', undefined],
      ['accepted', undefined],
      ['accepted', true],
    ]);
  });
  it("SPEC 1a: a generic Status of nothing but 'Rejected' (Greenhouse's, an application's) is not read as the invitation's; beside other states, and under a header of its own, it is a request declined", () => {
    const u = (header: string, values: string[]) => understood([['Name', header], ...values.map((v) => ['Ann', v])]);
    const keys = (header: string, values: string[]) => u(header, values).map.columns.map((c) => c.field.key);
    const rejected = u('Status', ['Rejected', 'rejected', 'Rejected']);
    expect(rejected.map.columns.map((c) => c.field.key)).toEqual(['name']);
    expect(rejected.unused).toContainEqual(
      expect.objectContaining({
        header: 'Status',
        reason: 'values',
        unlike: true,
        why: "its values ('Rejected') say where an application stands in an applicant tracker, not a LinkedIn invitation's state; set Column: Connection Status to read them as it",
      }),
    );
    expect(keys('Status', ['Rejected', 'Pending', 'Accepted', 'Rejected'])).toEqual(['name', 'connectionStatus']);
    expect(keys('Invite Status', ['Rejected', 'Rejected'])).toEqual(['name', 'connectionStatus']);
    expect(readProspect(['Ann', 'Rejected'], u('Invite Status', ['Rejected']).map)).toMatchObject({ connectionStatus: 'declined' });
  });
  it("Waalaxy's state is read as the connection's status where its values are states, a US state not", () => {
    const keys = (header: string, values: string[]) => understood([['Name', header], ...values.map((v) => ['Ann', v])]).map.columns.map((c) => c.field.key);
    expect(keys('state', ['interested', 'connected', 'later_interested', 'not_interested', 'replied', ''])).toEqual(['name', 'connectionStatus']);
    expect(keys('State', ['CA', 'NY', 'Texas', 'CA'])).toEqual(['name']);
    expect(keys('Connection Status', ['Invite withdrawn', 'Not started']).length).toBe(2);
    expect(readProspect(['Ann', 'Invite withdrawn'], understood([['Name', 'Connection Status']]).map)).toMatchObject({ connectionStatus: 'withdrawn' });
    expect(readProspect(['Ann', 'Not started'], understood([['Name', 'Connection Status']]).map)).toMatchObject({ connectionStatus: 'none' });
    // Waalaxy's answers, as it writes them, are replies in its LinkedIn conversation; a CRM's stage as people write it is not read.
    const u = understood([
      ['Name', 'state'],
      ['Ann', 'connected'],
    ]);
    for (const state of ['later_interested', 'not_interested']) {
      expect(readProspect(['Ann', state], u.map), state).toMatchObject({ replied: true, connectionStatus: 'accepted' });
    }
    // Its plain `interested` is lemlist's stage too, which names no channel: a reply, nothing of the
    // connection (a lead who answered by email is not to be messaged on LinkedIn).
    expect(readProspect(['Ann', 'interested'], u.map)).toMatchObject({ replied: true, connectionStatus: undefined });
    expect(readProspect(['Ann', 'Interested'], u.map)).toBeInstanceOf(RowError);
    expect(readProspect(['Ann', 'Not interested'], u.map)).toBeInstanceOf(RowError);
  });
  it("a CRM's lead stages ('Interested', 'Meeting booked') in a column headed Status are not read as the connection's status", () => {
    const u = understood([
      ['Name', 'Degree', 'Status'],
      ['Ann', '2nd', 'Interested'],
      ['Ben', '3rd', 'Not interested'],
      ['Cy', '2nd', 'Meeting booked'],
      ['Dee', '2nd', 'New'],
    ]);
    expect(fieldOf(u, 'Status')).toBeUndefined();
  });
  it("a status that says the prospect answered is a reply whatever the row's Replied cell says, in either column order: a reply any column records is one", () => {
    expect(read(['Name', 'Invite Status', 'Replied'], ['Ann', 'Replied', 'No']).replied).toBe(true);
    expect(read(['Name', 'Replied', 'Invite Status'], ['Ann', 'No', 'Replied']).replied).toBe(true);
    expect(read(['Name', 'Replied', 'Invite Status'], ['Ann', '2026-11-20', 'Replied'])).toMatchObject({ replied: true, repliedOn: day('2026-11-20') });
    expect(read(['Name', 'Replied', 'Invite Status'], ['Ann', '', 'Replied']).replied).toBe(true);
  });
  it("a Spanish team's tracker: its statuses and answers read as their English kin (Enviado, No aceptada, En espera, Conexión aceptada, Aceptó, Mensaje enviado, Sin contactar; Ha respondido, No contesta), and Spanish words for unknown are blank", () => {
    const status = (v: string) => read(['Name', 'Estado de la invitación'], ['Ana', v]).connectionStatus;
    for (const [v, s] of [
      ['Enviado', 'pending'],
      ['No aceptada', 'pending'],
      ['No aceptado', 'pending'],
      ['En espera', 'pending'],
      ['Pendiente de respuesta', 'pending'],
      ['Conexión aceptada', 'accepted'],
      ['Aceptó', 'accepted'],
      ['Mensaje enviado', 'accepted'],
      ['Sin contactar', 'none'],
    ] as const)
      expect(status(v), v).toBe(s);
    expect(read(['Name', 'Respondió'], ['Ana', 'Ha respondido']).replied).toBe(true);
    expect(read(['Name', 'Respondió'], ['Ana', 'No contesta']).replied).toBe(false);
    for (const w of ['n/d', 'N/D', 'desconocido', 'No aplica', 'ninguno', 'inconnu', 'aucun', 'unbekannt', 'k. A.']) {
      const p = read(['Name', 'Do Not Contact', 'Grado de conexión', 'Trigger'], ['Ana', w, w, w]);
      expect([p.doNotContact, p.degree, p.trigger], w).toEqual([undefined, undefined, undefined]);
    }
    // HubSpot's mobile number in Spanish, and Latin America's: further phone columns.
    const u = understood([
      ['Nombre', 'Número de teléfono', 'Número de teléfono móvil', 'Teléfono celular'],
      ['Luis', '', '+34 611 222 334', ''],
    ]);
    expect(readProspect(['Luis', '', '+34 611 222 334', ''], u.map)).toMatchObject({ phone: '+34 611 222 334' });
    expect(u.map.fallbacks.map((c) => c.header)).toEqual(['Número de teléfono móvil', 'Teléfono celular']);
  });
  it("a Brazilian team's tracker: its statuses and answers read as their English kin, where each was the row's error, and Portuguese words for unknown are blank in every column, where a Do Not Contact column read não informado as a mark (found in a new user's trial with Portuguese lists)", () => {
    const status = (v: string) => read(['Nome', 'Status da conexão'], ['Ana', v]).connectionStatus;
    for (const [v, s] of [
      ['Pendente', 'pending'],
      ['Convite enviado', 'pending'],
      ['Aguardando', 'pending'],
      ['Não aceita', 'pending'],
      ['Conexão aceita', 'accepted'],
      ['Mensagem enviada', 'accepted'],
      ['Recusada', 'declined'],
      ['Ignorado', 'declined'],
      ['Retirado', 'withdrawn'],
      ['Cancelado', 'withdrawn'],
      ['Sem contato', 'none'],
    ] as const)
      expect(status(v), v).toBe(s);
    // `Respondeu` in the status is a reply, as `replied` is; `Interessado` there says where it goes.
    expect(read(['Nome', 'Status da conexão'], ['Ana', 'Respondeu'])).toMatchObject({ replied: true, connectionStatus: 'accepted' });
    expect(readError(['Nome', 'Status da conexão'], ['Ana', 'Interessado']).problem).toBe("a reply, not the invitation's state: it goes in a Replied column");
    const replied = (said: string) => read(['Nome', 'Respondeu?'], ['Ana', said]).replied;
    for (const said of ['Respondeu', 'Respondido', 'Interessado', 'Interessada', 'Não interessado', 'Reunião agendada', 'Reuniao marcada', 'Sim'])
      expect(replied(said), said).toBe(true);
    for (const said of ['Ainda não', 'Sem resposta', 'Não respondeu', 'Resposta automática', 'Fora do escritório', 'Não'])
      expect(replied(said), said).toBe(false);
    for (const w of [
      'não informado',
      'Nao informado',
      'desconhecido',
      'sem informação',
      'Sem informacao',
      'não sei',
      'sem valor',
      'nenhum',
      'Nenhuma',
      'Não se aplica',
      'n/d',
    ]) {
      const p = read(['Nome', 'Não contatar', 'Grau de conexão', 'Gatilho', 'Valor do negócio', 'Respondeu?'], ['Ana', w, w, w, w, w]);
      expect([p.doNotContact, p.degree, p.trigger, p.dealValue, p.replied], w).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
  });
  it("a list kept in Portuguese is read by its own headers, where each was ignored (found in a new user's trial with Portuguese lists): HubSpot's Nome beside Sobrenome is the first name, joined to the last as First Name and Last Name are, and Nome alone the name", () => {
    const headers: Array<[string, string]> = [
      ['Nome completo', 'name'],
      ['Cargo', 'title'],
      ['Senioridade', 'seniority'],
      ['Grau de conexão', 'degree'],
      ['Perfil aberto', 'openProfile'],
      ['Conta-alvo', 'namedAccount'],
      ['Valor do negócio', 'dealValue'],
      ['Conexões em comum', 'mutualConnections'],
      ['Status da conexão', 'connectionStatus'],
      ['Convite enviado em', 'requestedOn'],
      ['InMail enviado em', 'inmailSentOn'],
      ['Respondeu?', 'replied'],
      ['URL do LinkedIn', 'linkedinUrl'],
      ['E-mail', 'email'],
      ['Número de telefone', 'phone'],
      ['Aceito em', 'acceptedOn'],
      ['Não contatar', 'doNotContact'],
      ['Descadastrado', 'emailOptOut'],
      ['Não ligar', 'doNotCall'],
    ];
    const u = understood([headers.map(([h]) => h), headers.map(() => '')]);
    expect(u.map.columns.map((c) => [c.header, c.field.key])).toEqual(headers);
    for (const [header, key] of [
      ['Primeiro nome', 'firstName'],
      ['Nome próprio', 'firstName'],
      ['Sobrenome', 'lastName'],
      ['Perfil do LinkedIn', 'linkedinUrl'],
      ['Data do convite', 'requestedOn'],
      ['Conectado em', 'acceptedOn'],
      ['Respondeu', 'replied'],
      ['Não contactar', 'doNotContact'],
      ['Não entrar em contato', 'doNotContact'],
      ['Cancelou inscrição', 'emailOptOut'],
      ['Nível de senioridade', 'seniority'],
    ] as const)
      expect(fieldOf(understood([['Nome', header]]), header), header).toBe(fieldLabel(key));
    // The generic words read where their values are the field's.
    const generic = understood([
      ['Nome', 'Grau', 'Valor', 'Nível', 'LinkedIn', 'Telefone', 'Resposta'],
      ['Ana', '2º', 'R$ 50.000,00', 'Gerente', 'https://www.linkedin.com/in/ana', '+55 11 91234-5678', 'Sim'],
    ]);
    expect(generic.map.columns.map((c) => c.field.key)).toEqual(['firstName', 'degree', 'dealValue', 'seniority', 'linkedinUrl', 'phone', 'replied']);
    // HubSpot in Portuguese: Nome is the first name, Sobrenome the last.
    expect(read(['Nome', 'Sobrenome', 'E-mail'], ['Ana', 'Souza', 'ana@exemplo.com.br'])).toMatchObject({
      name: 'Ana Souza',
      firstName: 'Ana',
      lastName: 'Souza',
    });
    expect(read(['Nome', 'Cargo'], ['Ana Souza', 'Gerente'])).toMatchObject({ name: 'Ana Souza' });
    // HubSpot's numbers in Portuguese: further phone columns, as in Spanish.
    const phones = understood([
      ['Nome', 'Número de telefone', 'Número de telefone celular', 'Telefone celular'],
      ['Ana', '', '+55 11 91234-5678', ''],
    ]);
    expect(readProspect(['Ana', '', '+55 11 91234-5678', ''], phones.map)).toMatchObject({ phone: '+55 11 91234-5678' });
    expect(phones.map.fallbacks.map((c) => c.header)).toEqual(['Número de telefone celular', 'Telefone celular']);
  });
  it("a Ukrainian team's tracker: its statuses, answers and degrees read as their English kin, where each was the row's error, and Ukrainian words for unknown (немає, н/д, невідомо) are blank in every column, where a Не контактувати column read немає as a mark (found in a new user's trial with Ukrainian lists)", () => {
    const status = (v: string) => read(["Ім'я", 'Статус запрошення'], ['Олена', v]).connectionStatus;
    for (const [v, s] of [
      ['Запрошення надіслано', 'pending'],
      ['Надіслано', 'pending'],
      ['Очікує', 'pending'],
      ['Прийнято', 'accepted'],
      ['Підключено', 'accepted'],
      ['Відхилено', 'declined'],
      ['Відкликано', 'withdrawn'],
      ['Не надіслано', 'none'],
    ] as const)
      expect(status(v), v).toBe(s);
    // `Відповіла` in the status is a reply, as `replied` is; `Зацікавлена` there says where it goes.
    expect(read(["Ім'я", 'Статус запрошення'], ['Олена', 'Відповіла'])).toMatchObject({ replied: true, connectionStatus: 'accepted' });
    expect(readError(["Ім'я", 'Статус запрошення'], ['Олена', 'Зацікавлена']).problem).toBe("a reply, not the invitation's state: it goes in a Replied column");
    const replied = (said: string) => read(["Ім'я", 'Відповідь'], ['Олена', said]).replied;
    for (const said of ['Відповів', 'Відповіла', 'Так', 'Зацікавлений', 'Не зацікавлена']) expect(replied(said), said).toBe(true);
    for (const said of ['Без відповіді', 'Ні', 'Ще ні', 'Не відповів', 'Автовідповідь']) expect(replied(said), said).toBe(false);
    // Under its header (each degree word is the field's test's, in fields.test.ts).
    expect(read(["Ім'я", "Ступінь зв'язку"], ['Олена', '1-й']).degree).toBe(1);
    expect(read(["Ім'я", "Ступінь зв'язку"], ['Олена', 'Поза мережею']).degree).toBe(4);
    for (const w of ['немає', 'Немає', 'н/д', 'Н/Д', 'невідомо', 'Невідомо']) {
      const p = read(["Ім'я", 'Не контактувати', "Ступінь зв'язку", 'Сума угоди', 'Відповідь', 'Статус запрошення'], ['Олена', w, w, w, w, w]);
      expect([p.doNotContact, p.degree, p.dealValue, p.replied, p.connectionStatus], w).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
    // A name or a Russian #Н/Д is still read as before: a name is never blank by a word; #Н/Д is blank.
    expect(read(["Ім'я", 'Посада'], ['Немає', 'Менеджер']).name).toBe('Немає');
    expect(read(["Ім'я", 'Сума угоди'], ['Олена', '#Н/Д']).dealValue).toBeUndefined();
  });
  it("a Russian team's tracker: its statuses, answers and degrees read as their English kin, where each was the row's error, and Russian words for unknown (нет данных, н/д, неизвестно, не указано) are blank in every column, while нет is still a no (found in a new user's trial with Russian lists)", () => {
    const status = (v: string) => read(['Имя', 'Статус приглашения'], ['Ольга', v]).connectionStatus;
    for (const [v, s] of [
      ['Приглашение отправлено', 'pending'],
      ['Отправлено', 'pending'],
      ['Ожидает', 'pending'],
      ['Ожидание', 'pending'],
      ['Не принято', 'pending'],
      ['Принято', 'accepted'],
      ['Подключено', 'accepted'],
      ['Установлен контакт', 'accepted'],
      ['Сообщение отправлено', 'accepted'],
      ['Отклонено', 'declined'],
      ['Отозвано', 'withdrawn'],
      ['Не отправлено', 'none'],
    ] as const)
      expect(status(v), v).toBe(s);
    // `Ответила` in the status is a reply, as `replied` is; `Заинтересована` there says where it goes.
    expect(read(['Имя', 'Статус приглашения'], ['Ольга', 'Ответила'])).toMatchObject({ replied: true, connectionStatus: 'accepted' });
    expect(readError(['Имя', 'Статус приглашения'], ['Ольга', 'Заинтересована']).problem).toBe(
      "a reply, not the invitation's state: it goes in a Replied column",
    );
    const replied = (said: string) => read(['Имя', 'Ответ'], ['Ольга', said]).replied;
    for (const said of ['Ответил', 'Ответила', 'Да', 'ИСТИНА', 'Заинтересован', 'Не заинтересована', 'Встреча назначена'])
      expect(replied(said), said).toBe(true);
    for (const said of ['Без ответа', 'Нет', 'ЛОЖЬ', 'Пока нет', 'Ещё нет', 'Не ответил', 'Автоответ']) expect(replied(said), said).toBe(false);
    const degree = (v: string) => read(['Имя', 'Степень связи'], ['Ольга', v]).degree;
    for (const [v, d] of [
      ['2-й', 2],
      ['2-го уровня', 2],
      ['Вне сети', 4],
    ] as const)
      expect(degree(v), v).toBe(d);
    for (const w of ['нет данных', 'Нет данных', 'н/д', 'Н/Д', 'неизвестно', 'Неизвестно', 'не указано']) {
      const p = read(['Имя', 'Не связываться', 'Степень связи', 'Сумма сделки', 'Ответ', 'Статус приглашения'], ['Ольга', w, w, w, w, w]);
      expect([p.doNotContact, p.degree, p.dealValue, p.replied, p.connectionStatus], w).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
    // `Нет` in a do-not-contact column is a no, not a mark; `Да` there is one.
    expect(read(['Имя', 'Не беспокоить'], ['Ольга', 'Нет']).doNotContact).toBe(false);
    expect(read(['Имя', 'Не беспокоить'], ['Ольга', 'Да']).doNotContact).toBe(true);
    // A name is never blank by a word.
    expect(read(['Имя', 'Должность'], ['Неизвестно', 'Менеджер']).name).toBe('Неизвестно');
  });
  it("Dutch, Swedish, Danish, Norwegian and Finnish trackers: their statuses, answers and degrees read as their English kin, where each was the row's error, and their words for unknown (onbekend, n.v.t., okänd, ej tillämpligt, ukendt, ukjent, ikke relevant, tuntematon, ei tiedossa) are blank in every column, where a Do Not Contact column read each as a mark; a no beside them is still a no (found in a new user's trial with Nordic lists)", () => {
    const status = (header: string, v: string) => read(['Naam', header], ['Eva', v]).connectionStatus;
    for (const [header, v, s] of [
      ['Status', 'In afwachting', 'pending'],
      ['Status', 'Verbonden', 'accepted'],
      ['Status', 'Ingetrokken', 'withdrawn'],
      ['Status', 'Niet verstuurd', 'none'],
      ['Inbjudningsstatus', 'Väntar', 'pending'],
      ['Inbjudningsstatus', 'Ansluten', 'accepted'],
      ['Inbjudningsstatus', 'Ej skickad', 'none'],
      ['Invitationsstatus', 'Afventer', 'pending'],
      ['Invitationsstatus', 'Forbundet', 'accepted'],
      ['Invitationsstatus', 'Ikke sendt', 'none'],
      ['Invitasjonsstatus', 'Venter', 'pending'],
      ['Invitasjonsstatus', 'Tilkoblet', 'accepted'],
      ['Invitasjonsstatus', 'Avslått', 'declined'],
      ['Kutsun tila', 'Odottaa', 'pending'],
      ['Kutsun tila', 'Yhdistetty', 'accepted'],
      ['Kutsun tila', 'Ei lähetetty', 'none'],
    ] as const)
      expect(status(header, v), v).toBe(s);
    // A reply in the status is a reply, as `replied` is; `Geen interesse` there says where it goes.
    for (const v of ['Beantwoord', 'Gereageerd', 'Svarat', 'Besvaret', 'Har svart', 'Vastannut'])
      expect(read(['Naam', 'Status'], ['Eva', v]), v).toMatchObject({ replied: true, connectionStatus: 'accepted' });
    expect(readError(['Naam', 'Status uitnodiging'], ['Eva', 'Geen interesse']).problem).toBe(
      "a reply, not the invitation's state: it goes in a Replied column",
    );
    const replied = (said: string) => read(['Naam', 'Gereageerd'], ['Eva', said]).replied;
    for (const said of [
      'Gereageerd',
      'Beantwoord',
      'Geïnteresseerd',
      'Geen interesse',
      'Svarat',
      'Intresserad',
      'Ikke interesseret',
      'Interessert',
      'Kiinnostunut',
      'ja',
      'kyllä',
    ])
      expect(replied(said), said).toBe(true);
    for (const said of [
      'Geen reactie',
      'Nog niet',
      'Inget svar',
      'Intet svar',
      'Ingen svar',
      'Ei vastausta',
      'Ei vielä',
      'Automatisch antwoord',
      'Autosvar',
      'nee',
      'nej',
      'nei',
      'ei',
    ])
      expect(replied(said), said).toBe(false);
    const degree = (v: string) => read(['Naam', 'Graad'], ['Eva', v]).degree;
    for (const [v, d] of [
      ['1e', 1],
      ['2de', 2],
      ['3e+', 3],
      ['2:a', 2],
      ['3:e+', 3],
      ['2.', 2],
      ['3.+', 3],
      ['2. asteen', 2],
      ['Buiten uw netwerk', 4],
      ['Utanför ditt nätverk', 4],
      ['Uden for dit netværk', 4],
      ['Utenfor nettverket ditt', 4],
      ['Verkostosi ulkopuolella', 4],
    ] as const)
      expect(degree(v), v).toBe(d);
    const headers = ['Naam', 'Niet benaderen', 'Graad', 'Dealwaarde', 'Gereageerd', 'Status uitnodiging', 'Open profiel'];
    for (const w of [
      'onbekend',
      'Onbekend',
      'n.v.t.',
      'N.v.t.',
      'nvt',
      'okänd',
      'Okänd',
      'ej tillämpligt',
      'ukendt',
      'ukjent',
      'Ikke relevant',
      'tuntematon',
      'ei tiedossa',
      'Ei tiedossa',
    ]) {
      const p = read(headers, ['Eva', w, w, w, w, w, w]);
      expect([p.doNotContact, p.degree, p.dealValue, p.replied, p.connectionStatus, p.openProfile], w).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
    // A no is still a no beside them (`ei`, not `ei tiedossa`), in a Do Not Contact column and a Replied one; a yes a mark.
    for (const no of ['nee', 'Nee', 'nej', 'Nej', 'nei', 'NEI', 'ei', 'Ei'])
      expect(read(['Naam', 'Niet benaderen', 'Gereageerd'], ['Eva', no, no]), no).toMatchObject({ doNotContact: false, replied: false });
    for (const yes of ['ja', 'Ja', 'kyllä', 'Kyllä']) expect(read(['Naam', 'Kontakta ej'], ['Eva', yes]).doNotContact, yes).toBe(true);
    // A title or name that starts as a blank word does is still read.
    expect(read(['Name', 'Title'], ['Ann', 'Onboarding Manager']).seniority).toBe('manager');
    expect(read(['Name', 'Title'], ['Ann', 'NVT Engineer']).title).toBe('NVT Engineer');
  });
  it("a Czech team's tracker: its statuses, answers and degrees read as their English kin, where each was the row's error, and Czech words for unknown (neuvedeno, není, nevím) are blank in every column, where a Nekontaktovat column read není as a mark (found in a new user's trial with Czech lists)", () => {
    const status = (v: string) => read(['Jméno', 'Stav pozvánky'], ['Jana', v]).connectionStatus;
    for (const [v, s] of [
      ['Pozvánka odeslána', 'pending'],
      ['Odesláno', 'pending'],
      ['Odeslano', 'pending'],
      ['Čeká', 'pending'],
      ['Přijato', 'accepted'],
      ['Propojeno', 'accepted'],
      ['Odmítnuto', 'declined'],
      ['Staženo', 'withdrawn'],
      ['Stazeno', 'withdrawn'],
    ] as const)
      expect(status(v), v).toBe(s);
    // `Odpověděla` in the status is a reply, as `replied` is; `Má zájem` there says where it goes.
    expect(read(['Jméno', 'Stav pozvánky'], ['Jana', 'Odpověděla'])).toMatchObject({ replied: true, connectionStatus: 'accepted' });
    expect(readError(['Jméno', 'Stav pozvánky'], ['Jana', 'Má zájem']).problem).toBe("a reply, not the invitation's state: it goes in a Replied column");
    const replied = (said: string) => read(['Jméno', 'Odpověděl(a)'], ['Jana', said]).replied;
    for (const said of ['Odpověděl', 'Odpověděla', 'Odpovedela', 'Odpověděl(a)', 'Ano', 'Má zájem', 'Nemá zájem']) expect(replied(said), said).toBe(true);
    for (const said of ['Bez odpovědi', 'Bez odpovedi', 'Ne', 'Zatím ne', 'Neodpověděl', 'Automatická odpověď']) expect(replied(said), said).toBe(false);
    // Under its header (each degree word is the field's test's, in fields.test.ts).
    expect(read(['Jméno', 'Stupeň kontaktu'], ['Jana', '1. stupeň']).degree).toBe(1);
    expect(read(['Jméno', 'Stupeň kontaktu'], ['Jana', 'Mimo sit']).degree).toBe(4);
    for (const w of ['neuvedeno', 'Neuvedeno', 'není', 'Není', 'neni', 'nevím', 'Nevím', 'nevim']) {
      const p = read(['Jméno', 'Nekontaktovat', 'Stupeň kontaktu', 'Hodnota obchodu', 'Odpověděl(a)', 'Stav pozvánky'], ['Jana', w, w, w, w, w]);
      expect([p.doNotContact, p.degree, p.dealValue, p.replied, p.connectionStatus], w).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
    // Ne is still no, and a title or name that starts as a Czech blank word does is still read.
    expect(read(['Jméno', 'Odpověděl(a)'], ['Jana', 'Ne']).replied).toBe(false);
    expect(read(['Name', 'Title'], ['Ann', 'Network Engineer']).title).toBe('Network Engineer');
    expect(read(['Name', 'Title'], ['Ann', 'Nevada Manager']).seniority).toBe('manager');
  });
  it("a Polish team's tracker: its statuses, answers and degrees read as their English kin, where each was the row's error, and Polish words for unknown (brak, b.d., brak danych, nie dotyczy, nieznany) are blank in every column, where a Nie kontaktować column read brak as a mark (found in a new user's trial with Polish lists)", () => {
    const status = (v: string) => read(['Imię', 'Status zaproszenia'], ['Anna', v]).connectionStatus;
    for (const [v, s] of [
      ['Zaproszenie wysłane', 'pending'],
      ['Wysłane', 'pending'],
      ['Oczekujące', 'pending'],
      ['Nie zaakceptowano', 'pending'],
      ['Zaakceptowano', 'accepted'],
      ['Przyjęte', 'accepted'],
      ['Połączono', 'accepted'],
      ['Odrzucone', 'declined'],
      ['Wycofane', 'withdrawn'],
      ['Wycofano', 'withdrawn'],
      ['Nie wysłano', 'none'],
    ] as const)
      expect(status(v), v).toBe(s);
    // `Odpowiedział` in the status is a reply, as `replied` is; `Zainteresowany` there says where it goes.
    expect(read(['Imię', 'Status zaproszenia'], ['Anna', 'Odpowiedziała'])).toMatchObject({ replied: true, connectionStatus: 'accepted' });
    expect(readError(['Imię', 'Status zaproszenia'], ['Anna', 'Zainteresowana']).problem).toBe(
      "a reply, not the invitation's state: it goes in a Replied column",
    );
    const replied = (said: string) => read(['Imię', 'Odpowiedział(a)'], ['Anna', said]).replied;
    for (const said of ['Odpowiedział', 'Odpowiedziała', 'Odpowiedział(a)', 'Tak', 'Zainteresowany', 'Nie zainteresowana', 'Spotkanie umówione'])
      expect(replied(said), said).toBe(true);
    for (const said of ['Brak odpowiedzi', 'Nie', 'Jeszcze nie', 'Nie odpowiedział', 'Odpowiedź automatyczna', 'Poza biurem'])
      expect(replied(said), said).toBe(false);
    // Under its Polish header (each degree word is the field's test's, in fields.test.ts).
    expect(read(['Imię', 'Stopień kontaktu'], ['Anna', '3. stopnia+']).degree).toBe(3);
    expect(read(['Imię', 'Stopień kontaktu'], ['Anna', 'Poza siecią']).degree).toBe(4);
    for (const w of ['brak', 'Brak', 'b.d.', 'B.d.', 'b/d', 'brak danych', 'Brak danych', 'nie dotyczy', 'Nie dotyczy', 'nieznany', 'Nieznana']) {
      const p = read(['Imię', 'Nie kontaktować', 'Stopień kontaktu', 'Wartość transakcji', 'Odpowiedział(a)', 'Status zaproszenia'], ['Anna', w, w, w, w, w]);
      expect([p.doNotContact, p.degree, p.dealValue, p.replied, p.connectionStatus], w).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
    // An English title that starts as a Polish blank word does is still read: `BD` (business development) is no `b.d.`.
    expect(read(['Name', 'Title'], ['Ann', 'BD']).title).toBe('BD');
    expect(read(['Name', 'Title'], ['Ann', 'Brand Manager']).seniority).toBe('manager');
  });
  it("a list kept in Ukrainian is read by its own headers, its apostrophe typed as ' or ’ or ʼ, where each was ignored and the list had no recognised column (found in a new user's trial with Ukrainian lists): Ім'я beside Прізвище is the first name joined to the last, as Imię and Nazwisko are, Ім'я alone the name, and Компанія is not read", () => {
    const headers: Array<[string, string]> = [
      ['ПІБ', 'name'],
      ['Посада', 'title'],
      ["Ступінь зв'язку", 'degree'],
      ['Сума угоди', 'dealValue'],
      ['Статус запрошення', 'connectionStatus'],
      ['Дата запрошення', 'requestedOn'],
      ['Відповів', 'replied'],
      ['Посилання на профіль', 'linkedinUrl'],
      ['Ел. пошта', 'email'],
      ['Дата прийняття', 'acceptedOn'],
      ['Не контактувати', 'doNotContact'],
    ];
    const u = understood([headers.map(([h]) => h), headers.map(() => '')]);
    expect(u.map.columns.map((c) => [c.header, c.field.key])).toEqual(headers);
    for (const [header, key] of [
      ["Ім'я", 'firstName'],
      ['Ім’я', 'firstName'],
      ['Імʼя', 'firstName'],
      ['Прізвище', 'lastName'],
      ["Повне ім'я", 'name'],
      ['Повне ім’я', 'name'],
      ['Повне імʼя', 'name'],
      ["Ступінь зв'язку", 'degree'],
      ['Ступінь звʼязку', 'degree'],
      ['Ступінь зв’язку', 'degree'],
      ['Профіль LinkedIn', 'linkedinUrl'],
      ['Email', 'email'],
      ['Відповіла', 'replied'],
      ['Не контактувати', 'doNotContact'],
    ] as const)
      expect(fieldOf(understood([['Посада', header]]), header), header).toBe(fieldLabel(key));
    // The generic words read where their values are the field's.
    const generic = understood([
      ["Ім'я", 'Ступінь', 'Сума', 'Статус', 'Телефон', 'Відповідь'],
      ['Олена', '2', '150 000 грн', 'Прийнято', '+380 67 123 4567', 'Так'],
    ]);
    expect(generic.map.columns.map((c) => c.field.key)).toEqual(['firstName', 'degree', 'dealValue', 'connectionStatus', 'phone', 'replied']);
    for (const first of ["Ім'я", 'Імʼя'])
      expect(read([first, 'Прізвище', 'Ел. пошта'], ['Олена', 'Шевченко', 'olena@pryklad.ua']), first).toMatchObject({
        name: 'Олена Шевченко',
        firstName: 'Олена',
        lastName: 'Шевченко',
      });
    expect(read(['Імʼя', 'Посада'], ['Олена', 'Менеджер'])).toMatchObject({ name: 'Олена' });
    // The company is not read: the name is the person's.
    const listed = understood([
      ['ПІБ', 'Компанія', 'Посада'],
      ['Олена Шевченко', 'ТОВ «Приклад»', 'Менеджер'],
    ]);
    expect(listed.map.columns.map((c) => c.header)).toEqual(['ПІБ', 'Посада']);
    // An apostrophe of another kind in an English header changes nothing: `Don't Call` is still read.
    expect(fieldOf(understood([['Name', 'Don’t Call']]), 'Don’t Call')).toBe(fieldLabel('doNotCall'));
  });
  it("a list kept in Russian is read by its own headers, where each was ignored and the list had no recognised column (found in a new user's trial with Russian lists): Имя beside Фамилия is the first name joined to the last, as Ім'я and Прізвище are, Имя alone the name, and Компания is not read, as Компанія is not", () => {
    // The list's headers beside Имя and Фамилия are fields.test's; ФИО, the full name, read among them.
    const headers: Array<[string, string]> = [
      ['ФИО', 'name'],
      ['Должность', 'title'],
      ['Степень связи', 'degree'],
      ['Статус приглашения', 'connectionStatus'],
    ];
    const u = understood([headers.map(([h]) => h), headers.map(() => '')]);
    expect(u.map.columns.map((c) => [c.header, c.field.key])).toEqual(headers);
    for (const [header, key] of [
      ['Имя', 'firstName'],
      ['Фамилия', 'lastName'],
      ['Полное имя', 'name'],
      ['Профиль LinkedIn', 'linkedinUrl'],
      ['Электронная почта', 'email'],
      ['E-mail', 'email'],
      ['Приглашение отправлено', 'requestedOn'],
      ['Ответила', 'replied'],
      ['Дата ответа', 'replied'],
      ['Не беспокоить', 'doNotContact'],
    ] as const)
      expect(fieldOf(understood([['Должность', header]]), header), header).toBe(fieldLabel(key));
    // The generic words read where their values are the field's: amoCRM's Бюджет, Bitrix24's Сумма.
    const generic = understood([
      ['Имя', 'Степень', 'Сумма', 'Статус', 'Телефон', 'Ответ'],
      ['Ольга', '2', '150 000 руб.', 'Принято', '+7 916 123-45-67', 'Да'],
    ]);
    expect(generic.map.columns.map((c) => c.field.key)).toEqual(['firstName', 'degree', 'dealValue', 'connectionStatus', 'phone', 'replied']);
    const budget = understood([
      ['Имя', 'Бюджет'],
      ['Ольга', '150 000 ₽'],
    ]);
    expect(budget.map.columns.map((c) => c.field.key)).toEqual(['firstName', 'dealValue']);
    expect(read(['Имя', 'Фамилия', 'Эл. почта'], ['Ольга', 'Смирнова', 'olga@primer.ru'])).toMatchObject({
      name: 'Ольга Смирнова',
      firstName: 'Ольга',
      lastName: 'Смирнова',
    });
    expect(read(['Имя', 'Должность'], ['Ольга', 'Менеджер'])).toMatchObject({ name: 'Ольга' });
    // The company is not read: the name is the person's.
    const listed = understood([
      ['ФИО', 'Компания', 'Должность'],
      ['Ольга Смирнова', 'ООО «Пример»', 'Менеджер'],
    ]);
    expect(listed.map.columns.map((c) => c.header)).toEqual(['ФИО', 'Должность']);
  });
  it("lists kept in Dutch, Swedish, Danish, Norwegian and Finnish are read by their own headers, where each was ignored and a Dutch list had no recognised column (found in a new user's trial with Nordic lists): a first name beside a last is the name, a Do Not Contact column in each language is read, and Bedrijf, Företag, Firma, Virksomhed and Yritys are not read", () => {
    const lists: Array<Array<[string, string]>> = [
      [
        ['Naam', 'name'],
        ['Functie', 'title'],
        ['LinkedIn-profiel', 'linkedinUrl'],
        ['E-mailadres', 'email'],
        ['Telefoonnummer', 'phone'],
        ['Connectieniveau', 'degree'],
        ['Open profiel', 'openProfile'],
        ['Doelaccount', 'namedAccount'],
        ['Dealwaarde', 'dealValue'],
        ['Status uitnodiging', 'connectionStatus'],
        ['Uitnodiging verstuurd', 'requestedOn'],
        ['Geaccepteerd op', 'acceptedOn'],
        ['Gereageerd', 'replied'],
        ['Niet benaderen', 'doNotContact'],
      ],
      [
        ['Namn', 'name'],
        ['Befattning', 'title'],
        ['Profillänk', 'linkedinUrl'],
        ['E-postadress', 'email'],
        ['Kontaktgrad', 'degree'],
        ['Öppen profil', 'openProfile'],
        ['Målkonto', 'namedAccount'],
        ['Affärsvärde', 'dealValue'],
        ['Inbjudningsstatus', 'connectionStatus'],
        ['Inbjudan skickad', 'requestedOn'],
        ['Svarat', 'replied'],
        ['Kontakta ej', 'doNotContact'],
      ],
      [
        ['Navn', 'name'],
        ['Stillingsbetegnelse', 'title'],
        ['LinkedIn-profil', 'linkedinUrl'],
        ['E-mail adresse', 'email'],
        ['Forbindelsesgrad', 'degree'],
        ['Åben profil', 'openProfile'],
        ['Handelsværdi', 'dealValue'],
        ['Invitationsstatus', 'connectionStatus'],
        ['Invitation sendt', 'requestedOn'],
        ['Besvaret', 'replied'],
        ['Må ikke kontaktes', 'doNotContact'],
      ],
      [
        ['Fullt navn', 'name'],
        ['Stilling', 'title'],
        ['E-post', 'email'],
        ['Åpen profil', 'openProfile'],
        ['Avtaleverdi', 'dealValue'],
        ['Invitasjonsstatus', 'connectionStatus'],
        ['Invitasjon sendt', 'requestedOn'],
        ['Har svart', 'replied'],
        ['Ikke kontakt', 'doNotContact'],
      ],
      [
        ['Nimi', 'name'],
        ['Tehtävä', 'title'],
        ['Profiilin linkki', 'linkedinUrl'],
        ['Sähköposti', 'email'],
        ['Matkapuhelin', 'phone'],
        ['Yhteyden aste', 'degree'],
        ['Avoin profiili', 'openProfile'],
        ['Kaupan arvo', 'dealValue'],
        ['Kutsun tila', 'connectionStatus'],
        ['Kutsu lähetetty', 'requestedOn'],
        ['Vastannut', 'replied'],
        ['Älä ota yhteyttä', 'doNotContact'],
      ],
    ];
    for (const headers of lists) {
      const u = understood([headers.map(([h]) => h), headers.map(() => '')]);
      expect(u.map.columns.map((c) => [c.header, c.field.key])).toEqual(headers);
    }
    for (const [header, key] of [
      ['Volledige naam', 'name'],
      ['Koko nimi', 'name'],
      ['Functietitel', 'title'],
      ['Tehtävänimike', 'title'],
      ['Titteli', 'title'],
      ['Nimike', 'title'],
      ['Stillingstittel', 'title'],
      ['E-postadresse', 'email'],
      ['Datum uitnodiging', 'requestedOn'],
      ['Inbjudan skickades', 'requestedOn'],
      ['Beantwoord', 'replied'],
      ['Svaret', 'replied'],
      ['Vastasi', 'replied'],
      ['Accepterad den', 'acceptedOn'],
      ['Niet contacteren', 'doNotContact'],
      ['Får ej kontaktas', 'doNotContact'],
      ['Ikke kontakt meg', 'doNotContact'],
      ['Ei yhteydenottoja', 'doNotContact'],
      // Do not email, not do not contact: the opt-out of one channel, as Email Opt Out is.
      ['Niet mailen?', 'emailOptOut'],
      ['Niet bellen', 'doNotCall'],
    ] as const)
      expect(fieldOf(understood([['Voornaam', header]]), header), header).toBe(fieldLabel(key));
    // The generic words read where their values are the field's: a degree, a state, an amount, a date, an answer, a title, a number.
    const generic = understood([
      ['Voornaam', 'Graad', 'Waarde', 'Geaccepteerd', 'Antwoord', 'Titel', 'Telefoon'],
      ['Eva', '2e', '€ 75.000', '17-10-2026', 'ja', 'Inkoper', '+31 20 123 4567'],
    ]);
    expect(generic.map.columns.map((c) => c.field.key)).toEqual(['firstName', 'degree', 'dealValue', 'acceptedOn', 'replied', 'title', 'phone']);
    expect(
      fieldOf(
        understood([
          ['Voornaam', 'Mobiel'],
          ['Eva', '+31 6 11122233'],
        ]),
        'Mobiel',
      ),
    ).toBe(fieldLabel('phone'));
    const nordic = understood([
      ['Förnamn', 'Grad', 'Forbindelse', 'Aste', 'Tila', 'Värde', 'Verdi', 'Arvo', 'Accepterad', 'Svar', 'Puhelin'],
      ['Anna', '2', '2.', '3.+', 'Pending', '250 000 kr', '90 000 kr', '120 000 €', '2026-11-18', 'ja', '+358 40 123 4567'],
    ]);
    expect(nordic.map.columns.map((c) => [c.header, c.field.key])).toEqual([
      ['Förnamn', 'firstName'],
      ['Grad', 'degree'],
      ['Tila', 'connectionStatus'],
      ['Värde', 'dealValue'],
      ['Accepterad', 'acceptedOn'],
      ['Svar', 'replied'],
      ['Puhelin', 'phone'],
    ]);
    for (const [header, value, key] of [
      ['Forbindelse', '3.+', 'degree'],
      ['Aste', '2.', 'degree'],
      ['Verdi', '90 000 kr', 'dealValue'],
      ['Arvo', '120 000 €', 'dealValue'],
      ['Værdi', '750.000 kr', 'dealValue'],
      ['Akseptert', '22.10.2026', 'acceptedOn'],
      ['Hyväksytty', '4.11.2026', 'acceptedOn'],
      ['Vastaus', 'kyllä', 'replied'],
    ] as const)
      expect(
        fieldOf(
          understood([
            ['Förnamn', header],
            ['Anna', value],
          ]),
          header,
        ),
        header,
      ).toBe(fieldLabel(key));
    // A first name beside a last is the name, in each language.
    for (const [first, last] of [
      ['Voornaam', 'Achternaam'],
      ['Förnamn', 'Efternamn'],
      ['Fornavn', 'Efternavn'],
      ['Fornavn', 'Etternavn'],
      ['Etunimi', 'Sukunimi'],
    ])
      expect(read([first, last], ['Eva', 'de Wit']), `${first} ${last}`).toMatchObject({ name: 'Eva de Wit', firstName: 'Eva', lastName: 'de Wit' });
    // The company is not read: the name is the person's.
    for (const company of ['Bedrijf', 'Företag', 'Firma', 'Virksomhed', 'Yritys']) {
      const listed = understood([
        ['Naam', company, 'Functie'],
        ['Eva de Wit', 'Ahold Delhaize', 'Inkoper'],
      ]);
      expect(
        listed.map.columns.map((c) => c.header),
        company,
      ).toEqual(['Naam', 'Functie']);
    }
  });
  it("a list kept in Czech is read by its own headers, where each was ignored and the list had no recognised column (found in a new user's trial with Czech lists): Jméno beside Příjmení is the first name joined to the last, as Imię and Nazwisko are, Jméno alone the name, and Firma and Společnost are not read", () => {
    const headers: Array<[string, string]> = [
      ['Jméno a příjmení', 'name'],
      ['Pozice', 'title'],
      ['Stupeň kontaktu', 'degree'],
      ['Hodnota obchodu', 'dealValue'],
      ['Stav pozvánky', 'connectionStatus'],
      ['Datum pozvánky', 'requestedOn'],
      ['Odpověděl(a)', 'replied'],
      ['Odkaz na profil', 'linkedinUrl'],
      ['E-mail', 'email'],
      ['Datum přijetí', 'acceptedOn'],
      ['Nekontaktovat', 'doNotContact'],
    ];
    const u = understood([headers.map(([h]) => h), headers.map(() => '')]);
    expect(u.map.columns.map((c) => [c.header, c.field.key])).toEqual(headers);
    for (const [header, key] of [
      ['Jméno', 'firstName'],
      ['Příjmení', 'lastName'],
      ['Prijmeni', 'lastName'],
      ['Celé jméno', 'name'],
      ['Cele jmeno', 'name'],
      ['Funkce', 'title'],
      ['Profil LinkedIn', 'linkedinUrl'],
      ['Pozvánka odeslána', 'requestedOn'],
      ['Pozvanka odeslana', 'requestedOn'],
      ['Datum prijeti', 'acceptedOn'],
      ['Odpověděl', 'replied'],
      ['Stav pozvanky', 'connectionStatus'],
      ['Nekontaktovat', 'doNotContact'],
    ] as const)
      expect(fieldOf(understood([['Jméno', header]]), header), header).toBe(fieldLabel(key));
    // The generic words read where their values are the field's.
    const generic = understood([
      ['Jméno', 'Stupeň', 'Hodnota', 'Stav', 'Telefon', 'Odpověď'],
      ['Jana', '2', '300 000 Kč', 'Přijato', '+420 601 123 456', 'Ano'],
    ]);
    expect(generic.map.columns.map((c) => c.field.key)).toEqual(['firstName', 'degree', 'dealValue', 'connectionStatus', 'phone', 'replied']);
    expect(
      fieldOf(
        understood([
          ['Jméno', 'Mobil'],
          ['Jana', '+420 777 123 456'],
        ]),
        'Mobil',
      ),
    ).toBe(fieldLabel('phone'));
    expect(read(['Jméno', 'Příjmení', 'E-mail'], ['Kateřina', 'Dvořáková', 'katerina@priklad.cz'])).toMatchObject({
      name: 'Kateřina Dvořáková',
      firstName: 'Kateřina',
      lastName: 'Dvořáková',
    });
    expect(read(['Jméno', 'Pozice'], ['Jana', 'Vedoucí'])).toMatchObject({ name: 'Jana' });
    // The company is not read: the name is the person's.
    for (const company of ['Firma', 'Společnost']) {
      const listed = understood([
        ['Jméno a příjmení', company, 'Pozice'],
        ['Jana Nováková', 'Acme s.r.o.', 'Vedoucí'],
      ]);
      expect(
        listed.map.columns.map((c) => c.header),
        company,
      ).toEqual(['Jméno a příjmení', 'Pozice']);
    }
  });
  it("a list kept in Polish is read by its own headers, where each was ignored and the list had no recognised column (found in a new user's trial with Polish lists): Imię beside Nazwisko is the first name joined to the last, as Nome and Sobrenome are, Imię alone the name, and Lp. or Nr (row numbers) and Firma are not read", () => {
    const headers: Array<[string, string]> = [
      ['Imię i nazwisko', 'name'],
      ['Stanowisko', 'title'],
      ['Stopień kontaktu', 'degree'],
      ['Otwarty profil', 'openProfile'],
      ['Konto docelowe', 'namedAccount'],
      ['Wartość transakcji', 'dealValue'],
      ['Status zaproszenia', 'connectionStatus'],
      ['Data zaproszenia', 'requestedOn'],
      ['Odpowiedział(a)', 'replied'],
      ['Link do profilu', 'linkedinUrl'],
      ['Adres e-mail', 'email'],
      ['Telefon komórkowy', 'phone'],
      ['Data akceptacji', 'acceptedOn'],
      ['Nie kontaktować', 'doNotContact'],
    ];
    const u = understood([headers.map(([h]) => h), headers.map(() => '')]);
    expect(u.map.columns.map((c) => [c.header, c.field.key])).toEqual(headers);
    for (const [header, key] of [
      ['Imię', 'firstName'],
      ['Nazwisko', 'lastName'],
      ['Profil LinkedIn', 'linkedinUrl'],
      ['URL LinkedIn', 'linkedinUrl'],
      ['E-mail', 'email'],
      ['Numer telefonu', 'phone'],
      ['Zaproszenie wysłane', 'requestedOn'],
      ['Zaakceptowano dnia', 'acceptedOn'],
      ['Odpowiedział', 'replied'],
      ['Data odpowiedzi', 'replied'],
      ['Konto strategiczne', 'namedAccount'],
      ['Nie kontaktować się', 'doNotContact'],
    ] as const)
      expect(fieldOf(understood([['Imię', header]]), header), header).toBe(fieldLabel(key));
    // The generic words read where their values are the field's.
    const generic = understood([
      ['Imię', 'Stopień', 'Wartość', 'LinkedIn', 'Telefon', 'Odpowiedź'],
      ['Anna', '2', '80 000 zł', 'https://www.linkedin.com/in/anna', '+48 600 100 200', 'Tak'],
    ]);
    expect(generic.map.columns.map((c) => c.field.key)).toEqual(['firstName', 'degree', 'dealValue', 'linkedinUrl', 'phone', 'replied']);
    expect(
      fieldOf(
        understood([
          ['Imię', 'Kwota'],
          ['Anna', '120 tys. zł'],
        ]),
        'Kwota',
      ),
    ).toBe(fieldLabel('dealValue'));
    expect(read(['Imię', 'Nazwisko', 'E-mail'], ['Łucja', 'Wąsowska', 'lucja@przyklad.pl'])).toMatchObject({
      name: 'Łucja Wąsowska',
      firstName: 'Łucja',
      lastName: 'Wąsowska',
    });
    expect(read(['Imię', 'Stanowisko'], ['Anna', 'Kierownik'])).toMatchObject({ name: 'Anna' });
    // A tracker's row numbers and its company are not read: the name is the person's, never `1`.
    for (const number of ['Lp.', 'Lp', 'Nr', 'Nr.']) {
      const numbered = understood([
        [number, 'Imię i nazwisko', 'Firma', 'Stanowisko'],
        ['1', 'Anna Nowak', 'Acme', 'Kierownik'],
      ]);
      expect(
        numbered.map.columns.map((c) => c.header),
        number,
      ).toEqual(['Imię i nazwisko', 'Stanowisko']);
      expect(readProspect(['1', 'Anna Nowak', 'Acme', 'Kierownik'], numbered.map), number).toMatchObject({ name: 'Anna Nowak' });
    }
  });
  it("a German team's tracker: 'hat geantwortet' in its Status is a reply; 'kein Interesse', 'Termin gebucht' there are the row's error saying where they go, and leave the column read; in Replied they are answers, 'noch nicht' is none, 'ja - telefonisch' one by phone", () => {
    const rows = [
      ['Lea', 'https://www.linkedin.com/in/lea', 'hat geantwortet', ''],
      ['Sören', 'https://www.linkedin.com/in/soeren', 'kein Interesse', ''],
      ['Sophie', 'https://www.linkedin.com/in/sophie', 'Termin gebucht', ''],
      ...['Anfrage gesendet', 'angenommen', 'Connected!', 'abgelehnt', 'Nachricht gesendet', 'Anfrage zurückgezogen', 'verbunden'].map((v, i) => [
        `P${i}`,
        `https://www.linkedin.com/in/p${i}`,
        v,
        '',
      ]),
    ];
    const u = understood([['Name', 'LinkedIn', 'Status', 'Geantwortet'], ...rows]);
    expect(fieldOf(u, 'Status')).toBe('Connection Status');
    expect(readProspect(rows[0] as Cell[], u.map)).toMatchObject({ replied: true });
    for (const row of [rows[1], rows[2]]) {
      expect((readProspect(row as Cell[], u.map) as RowError).problem, row?.[2]).toBe("a reply, not the invitation's state: it goes in a Replied column");
    }
    expect(readProspect(['Emil', 'https://www.linkedin.com/in/emil', 'Anfrage zurückgezogen', ''], u.map)).toMatchObject({ connectionStatus: 'withdrawn' });
    const replied = (said: string) => readProspect(['Ann', 'https://www.linkedin.com/in/ann', 'Anfrage gesendet', said], u.map) as Prospect;
    for (const said of ['kein Interesse', 'nicht interessiert', 'Termin vereinbart', 'positiv', 'negativ', 'hat geantwortet'])
      expect(replied(said).replied, said).toBe(true);
    for (const said of ['noch nicht', 'keine Rückmeldung']) expect(replied(said).replied, said).toBe(false);
    expect(replied('ja - telefonisch')).toMatchObject({ replied: true, repliedOffLinkedIn: true });
    // A call to come (`Anruf vereinbart`) is a reply on LinkedIn, as `call booked` is; French and Spanish answers typed with or without accents, a dash as a space.
    expect(replied('ja - Anruf vereinbart')).toMatchObject({ replied: true });
    expect(replied('ja - Anruf vereinbart').repliedOffLinkedIn).toBeUndefined();
    for (const said of ['rendez-vous pris', 'Pas intéressé', 'pas interesse', 'reunion agendada', 'négatif']) expect(replied(said).replied, said).toBe(true);
    for (const said of ['aun no', 'todavía no', 'pas encore']) expect(replied(said).replied, said).toBe(false);
    // `angeschrieben` (written to) may be an invitation's note: no state, as a rep's `Contacted` is not one.
    expect(readProspect(['Ann', 'https://www.linkedin.com/in/ann', 'angeschrieben', ''], u.map)).toBeInstanceOf(RowError);
    // Answers at most one in five of a Status's values: beside 30 states, 20 answers make it no status column.
    const many = understood([
      ['Name', 'Status'],
      ...Array.from({ length: 30 }, (_, i) => [`P${i}`, 'Connected']),
      ...Array.from({ length: 20 }, (_, i) => [`Q${i}`, i % 2 ? 'Interested' : 'Not interested']),
    ]);
    expect(fieldOf(many, 'Status')).toBeUndefined();
  });
  it("an Email with no address (`no email`, `TBD`, a tick box's FALSE, Apollo's email_not_unlocked@domain.com) and a Phone with no digit are none: the next email column is tried, and the row is one to find an email for", () => {
    for (const cell of ['no email', 'TBD', 'FALSE', false, true, 0, 'email_not_unlocked@domain.com', ' Email_Not_Unlocked@Domain.com'] as Cell[]) {
      expect(read(['Name', 'Email'], ['Ann', cell]).email, String(cell)).toBeUndefined();
      expect(read(['Name', 'Email', 'Secondary Email'], ['Ann', cell, 'ann@acme.com']).email, String(cell)).toBe('ann@acme.com');
    }
    expect(read(['Name', 'Email'], ['Ann', ' ann@acme.com ']).email).toBe('ann@acme.com');
    for (const cell of ['no phone', 'FALSE', false, 'TBD'] as Cell[]) expect(read(['Name', 'Phone'], ['Ann', cell]).phone, String(cell)).toBeUndefined();
    expect(read(['Name', 'Phone'], ['Ann', '+49 30 1234567']).phone).toBe('+49 30 1234567');
    const u = understood([['Name', 'LinkedIn URL', 'Invite Status', 'Requested On', 'Email']]);
    const row = readProspect(['Bob', 'https://www.linkedin.com/in/bob', 'withdrawn', '2026-10-01', 'FALSE'], u.map) as Prospect;
    expect(reasonOf(touch(row))).toMatch(/^Email or phone \(find an email\): /);
  });
  it("a 'Replied At' date means replied, on that day", () => {
    const p = read(['Name', 'Replied At'], ['Ann', '2026-11-20 10:00']);
    expect([p.replied, p.repliedOn]).toEqual([true, day('2026-11-20')]);
    expect(read(['Name', 'Replied'], ['Ann', 'yes']).repliedOn).toBeUndefined();
  });
  it("a yes or no with a word on what was said: 'Ja, kein Interesse' replied, 'No (bounced)' did not; trackers' words too ('Replied - interested', 'No reply yet'); a Warm column takes no such words", () => {
    for (const [said, want] of [
      ['Replied', true],
      ['Responded', true],
      ['Interested', true],
      ['Replied - interested', true],
      ['Replied (positive)', true],
      ['No reply', false],
      ['No reply yet', false],
      ['Awaiting reply', false],
      ['Unanswered', false],
      ['Ja, kein Interesse', true],
      ['Yes - not interested', true],
      ['oui : rappeler en janvier', true],
      ['No (bounced)', false],
      ['nein; später', false],
      // A reply's sentiment, as email and LinkedIn tools label it; an automatic answer is none.
      ['Positive', true],
      ['Negative', true],
      ['Neutral reply', true],
      ['Out of office', false],
      ['OOO', false],
      ['Autoreply', false],
      ['Auto-reply', false],
      ['Automatic reply', false],
      ['Abwesenheitsnotiz', false],
      ['Réponse automatique', false],
      ['Fuera de la oficina', false],
      // As a busy rep types them: a yes or no beside a mark, a thumbs-up, a not yet.
      ['Yes ✓', true],
      ['yes ✅', true],
      ['No ❌', false],
      ['👍', true],
      ['Not yet', false],
    ] as const) {
      expect(read(['Name', 'Replied'], ['Ann', said]).replied, said).toBe(want);
    }
    // A thumbs-up is a yes in any yes/no column.
    expect(read(['Name', 'Open Profile'], ['Ann', '👍']).openProfile).toBe(true);
    expect(read(['Name', 'Responded'], ['Ann', 'Replied']).replied).toBe(true);
    expect(readError(['Name', 'Replied'], ['Ann', 'maybe, later']).text).toMatch(/^ERROR: Replied: /);
    expect(readError(['Name', 'Warm'], ['Ann', 'Ja, kein Interesse']).text).toMatch(/^ERROR: Warm: /);
  });
});

describe("SPEC 1a, 6: an applicant tracker's cell of several links (Greenhouse's Social Media, Lever's Links): its LinkedIn profile link is the LinkedIn URL", () => {
  const url = (header: string, cell: Cell) => read(['Name', header], ['Ann', cell]).linkedinUrl;

  it("Greenhouse's Social Media and Lever's Links are the LinkedIn URL, where they were not read: the one profile link of the cell, whatever is between the links", () => {
    const cells: Array<[string, string]> = [
      ['https://www.linkedin.com/in/jane-doe, https://twitter.com/janedoe', 'https://www.linkedin.com/in/jane-doe'],
      ['https://github.com/jdoe, https://www.linkedin.com/in/jdoe/', 'https://www.linkedin.com/in/jdoe/'],
      ['https://github.com/jdoe\nhttps://www.linkedin.com/in/jdoe', 'https://www.linkedin.com/in/jdoe'],
      ['https://github.com/jdoe\r\nhttps://www.linkedin.com/in/jdoe', 'https://www.linkedin.com/in/jdoe'],
      ['https://twitter.com/jdoe;https://www.linkedin.com/in/jdoe', 'https://www.linkedin.com/in/jdoe'],
      ['https://twitter.com/jdoe https://www.linkedin.com/in/jdoe', 'https://www.linkedin.com/in/jdoe'],
      ['https://twitter.com/jdoe | https://www.linkedin.com/in/jdoe', 'https://www.linkedin.com/in/jdoe'],
      ['https://twitter.com/jdoe,https://www.linkedin.com/in/jdoe', 'https://www.linkedin.com/in/jdoe'],
      ['linkedin.com/in/jdoe,github.com/jdoe', 'linkedin.com/in/jdoe'],
      ['https://www.linkedin.com/in/jdoe', 'https://www.linkedin.com/in/jdoe'],
      ['LinkedIn: https://de.linkedin.com/in/jdoe (personal)', 'https://de.linkedin.com/in/jdoe'],
      ['<https://www.linkedin.com/in/jdoe>', 'https://www.linkedin.com/in/jdoe'],
      ['https://www.linkedin.com/pub/jane-doe/12/345/678, https://janedoe.dev', 'https://www.linkedin.com/pub/jane-doe/12/345/678'],
      // A Sales Navigator lead's address holds commas of its own: not where a link ends.
      [
        'https://www.linkedin.com/sales/lead/ACwAAB1a2b3,NAME_SEARCH,x7Kq, https://github.com/p',
        'https://www.linkedin.com/sales/lead/ACwAAB1a2b3,NAME_SEARCH,x7Kq',
      ],
      ['https://www.linkedin.com/sales/people/ACwAAB1a2b3,name', 'https://www.linkedin.com/sales/people/ACwAAB1a2b3,name'],
    ];
    for (const [cell, want] of cells) {
      expect(url('Social Media', cell), cell).toBe(want);
      expect(url('Links', cell), cell).toBe(want);
    }
  });

  it("links with no LinkedIn profile among them (GitHub, Twitter, a company's page, a post, a job) read as no LinkedIn URL, not an error; a word for unknown is blank too", () => {
    for (const cell of [
      'https://github.com/jdoe, https://twitter.com/jdoe',
      'https://jdoe.dev',
      'https://www.linkedin.com/company/acme',
      'https://www.linkedin.com/posts/jdoe_hiring-activity-7123',
      'https://www.linkedin.com/jobs/view/3791',
      'https://www.linkedin.com/in/',
      'see resume',
      'n/a',
    ]) {
      const p = read(['Name', 'Links', 'Email'], ['Ann', cell, 'ann@example.com']);
      expect(p.linkedinUrl, cell).toBeUndefined();
      expect(p.email).toBe('ann@example.com');
    }
    // Sheets hands a number, a tick or a date typed: none holds a link.
    for (const cell of [12345, true, new Date(2026, 10, 18)]) expect(url('Social Media', cell)).toBeUndefined();
  });

  it('one profile written twice (another subdomain, a page under it, another case, a trailing slash) is one profile: the first, as written', () => {
    expect(url('Links', 'https://uk.linkedin.com/in/omar/details/experience/, https://www.linkedin.com/in/Omar')).toBe(
      'https://uk.linkedin.com/in/omar/details/experience/',
    );
    expect(url('Links', 'https://www.linkedin.com/in/jdoe/, linkedin.com/in/jdoe')).toBe('https://www.linkedin.com/in/jdoe/');
  });

  it("two LinkedIn profiles in the cell are the row's error naming both: they may be two people's, and a row is one person", () => {
    const e = readError(
      ['Name', 'Social Media', 'Email'],
      ['Ann', 'https://www.linkedin.com/in/ann-lee, https://www.linkedin.com/in/bob-roe/', 'ann@example.com'],
    );
    expect(e.column).toBe('Social Media');
    expect(e.problem).toBe("two LinkedIn profiles, /in/ann-lee and /in/bob-roe: leave only the prospect's");
    expect(e.text).toMatch(/^ERROR: Social Media: two LinkedIn profiles, \/in\/ann-lee and \/in\/bob-roe: leave only the prospect's \(got 'https:.*'\)$/);
    // Who the row is still reads, for its duplicates (SPEC 6).
    expect(e.known).toMatchObject({ linkedinUrl: undefined, email: 'ann@example.com' });
    expect(readError(['Name', 'Links'], ['Ann', 'https://www.linkedin.com/in/ann https://www.linkedin.com/sales/lead/ACwAAB1,NAME_SEARCH,x']).problem).toBe(
      "two LinkedIn profiles, /in/ann and /sales/lead/ACwAAB1: leave only the prospect's",
    );
  });

  it("a LinkedIn column wins: Social Media or Links is read where it is blank (the summary says so), before or after it, and whether or not the LinkedIn column's first rows are empty", () => {
    for (const header of [
      ['Name', 'LinkedIn URL', 'Social Media'],
      ['Name', 'Social Media', 'LinkedIn URL'],
      ['Name', 'Links', 'Profile URL'],
    ]) {
      const links = header.find((h) => h === 'Social Media' || h === 'Links') as string;
      const own = header.find((h) => h !== 'Name' && h !== links) as string;
      const row = (ownCell: string, linksCell: string) => header.map((h) => (h === 'Name' ? 'Ann' : h === own ? ownCell : linksCell));
      for (const top of [
        [header, row('https://www.linkedin.com/in/ann-own', 'https://www.linkedin.com/in/ann-links')],
        [header, row('', 'https://www.linkedin.com/in/ann-links')],
      ]) {
        const u = understood(top);
        expect(u.map.columns.find((c) => c.field.key === 'linkedinUrl')?.header, header.join()).toBe(own);
        expect(u.map.fallbacks.map((c) => c.header)).toEqual([links]);
        expect(understandingLines(u)[0]).toContain(`(where blank: '${links}')`);
        expect(
          (readProspect(row('https://www.linkedin.com/in/ann-own', 'https://github.com/ann, https://www.linkedin.com/in/ann-links'), u.map) as Prospect)
            .linkedinUrl,
        ).toBe('https://www.linkedin.com/in/ann-own');
        expect((readProspect(row('', 'https://github.com/ann, https://www.linkedin.com/in/ann-links'), u.map) as Prospect).linkedinUrl).toBe(
          'https://www.linkedin.com/in/ann-links',
        );
      }
    }
  });

  it("beside a LinkedIn URL the row has, two profiles in Social Media are no error (it is not read); beside a blank one they are the row's error, as that cell would be its URL", () => {
    const u = understood([['Name', 'LinkedIn URL', 'Social Media', 'Email']]);
    const two = 'https://www.linkedin.com/in/ann, https://www.linkedin.com/in/bob';
    expect((readProspect(['Ann', 'https://www.linkedin.com/in/ann', two, 'ann@x.com'], u.map) as Prospect).linkedinUrl).toBe('https://www.linkedin.com/in/ann');
    const e = readProspect(['Ann', '', two, 'ann@x.com'], u.map);
    expect(e).toBeInstanceOf(RowError);
    expect((e as RowError).column).toBe('Social Media');
  });

  it("'Column: LinkedIn URL' naming Social Media reads its profile link, where the whole cell was read as the URL; naming the LinkedIn column, Social Media is said not read and how to read it", () => {
    const named = { columns: { linkedinUrl: 'Social Media' }, dateOrder: 'auto' } as const;
    expect(read(['Name', 'Social Media'], ['Ann', 'https://www.linkedin.com/in/ann, https://twitter.com/ann'], named).linkedinUrl).toBe(
      'https://www.linkedin.com/in/ann',
    );
    const u = understood([['Name', 'LinkedIn URL', 'Social Media']], { columns: { linkedinUrl: 'LinkedIn URL' }, dateOrder: 'auto' });
    expect(u.map.fallbacks).toEqual([]);
    expect(u.unused).toEqual([
      expect.objectContaining({
        header: 'Social Media',
        reason: 'second',
        why: "a second LinkedIn URL column ('LinkedIn URL' is read: Column: LinkedIn URL names it; clear that setting to read this one where it is blank)",
      }),
    ]);
  });

  it('a LinkedIn URL column of its own still reads its cell as written (the common cell, one URL, takes no extra step)', () => {
    expect(url('LinkedIn URL', 'https://www.linkedin.com/in/ann')).toBe('https://www.linkedin.com/in/ann');
    expect(url('Profile URL', 'linkedin.com/in/eve smith')).toBe('linkedin.com/in/eve smith');
  });
});

describe('SPEC 1a Replied: a reply that names the channel it came by', () => {
  it("a reply typed with its day ('replied 12/8/2026', 'Replied on Dec 8, 2026 - call booked') is a reply that day; with no year ('yes 12/8', 'Replied on Dec 8') a reply, its day not guessed; a day and month alone are the row's error, which asks for the year", () => {
    const at = (said: string) => {
      const p = read(['Name', 'Replied'], ['Ann', said]);
      return [p.replied, p.repliedOn];
    };
    for (const said of [
      'replied 12/8/2026',
      'Replied on Dec 8, 2026 - call booked',
      'replied 8 Dec 2026',
      'yes 2026-12-08',
      'yes, 12/8/2026',
      'replied: 12/8/2026',
      'Replied - 12/8/2026',
      'replied 2026-12-08T10:00',
      'oui le 8 déc. 2026',
    ])
      expect(at(said), said).toEqual([true, day('2026-12-08')]);
    for (const said of ['yes 12/8', 'Replied on Dec 8', 'Replied 12/8 - call booked', 'replied 8 Dec', 'yes Dec 8th', 'replied 8th Dec', 'ja 8. Dez.'])
      expect(at(said), said).toEqual([true, undefined]);
    expect(at('no 12/8/2026')).toEqual([false, undefined]);
    // After a space, only a day is read: a day that is none, or other words, are the row's error, as before.
    for (const said of ['yes 13/13/2026', 'yes please', 'yes 2 weeks ago', 'No show'])
      expect(readProspect(['Ann', said], understood([['Name', 'Replied']]).map), said).toBeInstanceOf(RowError);
    for (const said of ['12/8', 'Dec 8']) {
      const e = readProspect(['Ann', said], understood([['Name', 'Replied']]).map);
      expect(e).toBeInstanceOf(RowError);
      expect((e as RowError).text).toBe(`ERROR: Replied: expected yes or no, or the reply's date with its year (18 Nov 2026) (got '${said}')`);
    }
    const touch = (cell: string) => (readProspect(['Ann', cell], understood([['Name', 'Requested On']]).map) as RowError).text;
    expect(touch('8 Dec')).toBe("ERROR: Requested On: expected a date with its year, such as 2026-11-18 or 18 Nov 2026 (got '8 Dec')");
    // A German day and month with its last dot left off (`1.12`) asks for the year too, not for a date from 2000 on (as a serial number of 1900 would).
    for (const cell of ['1.12', '1.12.', '24.11'])
      expect(touch(cell), cell).toBe(`ERROR: Requested On: expected a date with its year, such as 2026-11-18 or 18 Nov 2026 (got '${cell}')`);
    expect(touch('45')).toBe("ERROR: Requested On: expected a date from 2000 on, when the touch was made (got '45')");
    // In every date column: a Deadline is not read as a day of 1900, a Replied asks for the year as for '24.11.'.
    const deadline = readProspect(['Ann', '24.11'], understood([['Name', 'Deadline']]).map) as RowError;
    expect(deadline.text).toBe("ERROR: Deadline: expected a date with its year, such as 2026-11-18 or 18 Nov 2026 (got '24.11')");
    const reply = readProspect(['Ann', '24.11'], understood([['Name', 'Replied']]).map) as RowError;
    expect(reply.text).toBe("ERROR: Replied: expected yes or no, or the reply's date with its year (18 Nov 2026) (got '24.11')");
    // A word before a number that is no month's is no date without its year.
    expect(touch('Week 48')).toBe("ERROR: Requested On: expected a date such as 2026-11-18 or 18 Nov 2026 (got 'Week 48')");
  });
  it("'replied by email', 'Yes - via phone', 'Replied (email)' are yes, and not on LinkedIn (as lemlist's emailsReplied): planned EMAIL_OR_PHONE where no connection can take a message; 'replied - call booked' names no channel", () => {
    for (const said of ['replied by email', 'Replied via email', 'Yes - by phone', 'Replied (email)', 'answered by e-mail', 'oui par mail', 'ja per Telefon']) {
      const p = read(['Name', 'Replied'], ['Ann', said]);
      expect([said, p.replied, p.repliedOffLinkedIn]).toEqual([said, true, true]);
    }
    // In Portuguese too, where `Sim, por telefone` was a reply on LinkedIn, a message to someone not connected (found in a new user's trial with Portuguese lists).
    for (const said of ['Respondeu por e-mail', 'Sim, por telefone', 'Sim - por email', 'Sim - por ligação']) {
      const p = read(['Name', 'Replied'], ['Ann', said]);
      expect([said, p.replied, p.repliedOffLinkedIn]).toEqual([said, true, true]);
    }
    for (const [said, replied] of [
      ['replied - call booked', true],
      ['Replied - interested', true],
      ['No - by email', false],
      ['Sim, ligação marcada', true],
    ] as const) {
      const p = read(['Name', 'Replied'], ['Ann', said]);
      expect([said, p.replied, p.repliedOffLinkedIn]).toEqual([said, replied, undefined]);
    }
    const header = ['Name', 'Degree', 'Connection Status', 'Requested On', 'Replied'];
    const s = settingsFor();
    const channel = (said: string) => (decideRow(read(header, ['Ann', '2nd', 'pending', '2026-11-10', said]), s) as { channel: string }).channel;
    expect([channel('replied by email'), channel('yes')]).toEqual(['EMAIL_OR_PHONE', 'MESSAGE']);
    expect([channel('Sim, por telefone'), channel('Sim')]).toEqual(['EMAIL_OR_PHONE', 'MESSAGE']);
  });
});

describe('understandHeader: the header given (custom functions)', () => {
  it('samples the rows under it', () => {
    const u = understandHeader(['Name', 'Segment'], [['Ann', 'Enterprise']], AUTO);
    expect(u).not.toBeInstanceOf(Problem);
    expect((u as Understanding).unused[0]?.reason).toBe('values');
  });
  it('SPEC 1a: a row of the list given as the header (an email or a URL in it) is refused, though its generic cells would read as columns', () => {
    for (const value of [
      'grace@example.com',
      'https://www.linkedin.com/in/gracehopper',
      'linkedin.com/in/gracehopper',
      'http://example.com',
      'www.example.com',
    ]) {
      const p = valueInHeader(['51', 'Grace Hopper', value, 'Enterprise']);
      expect(p?.code).toBe('header');
      expect(p?.message).toBe(`the header row holds '${value}', a prospect's value, not a header: it is a row of the list`);
    }
    // A header may mention an address; only a cell that is one is a value.
    expect(valueInHeader(['Name', 'Email', 'LinkedIn URL', 'Website', 'Profile (linkedin.com/in/...)', 'Email (name@company.com)'])).toBeUndefined();
    // Searched for, a header that mentions one is still the header (a Google Form's question).
    const u = understand(
      [
        ['Name', 'Degree', 'Title', 'Profile (linkedin.com/in/...)'],
        ['Ann', '2nd', 'VP Sales', 'https://www.linkedin.com/in/ann'],
      ],
      AUTO,
    );
    expect(u).not.toBeInstanceOf(Problem);
    expect((u as Understanding).headerRow).toBe(0);
  });
});

describe('values as trackers and spreadsheets write them', () => {
  it("an emoji check mark with its variation selector ('✔️', '✅') is yes; '❌' is no", () => {
    expect(read(['Name', 'Warm'], ['Ann', '✔\ufe0f']).warm).toBe(true);
    expect(read(['Name', 'Warm'], ['Ann', '✅']).warm).toBe(true);
    expect(read(['Name', 'Warm'], ['Ann', '❌']).warm).toBe(false);
  });
  it("'12 mutual connections' and '500+' are whole numbers", () => {
    expect(read(['Name', 'Mutual Connections'], ['Ann', '12 mutual connections']).mutualConnections).toBe(12);
    expect(read(['Name', 'Mutual Connections'], ['Ann', '500+']).mutualConnections).toBe(500);
  });
  it("'2nd-degree', 'DISTANCE_2' and 'OUT_OF_NETWORK' are degrees", () => {
    expect(read(['Name', 'Degree'], ['Ann', '2nd-degree']).degree).toBe(2);
    expect(read(['Name', 'Degree'], ['Ann', 'DISTANCE_2']).degree).toBe(2);
    expect(read(['Name', 'Degree'], ['Ann', 'OUT_OF_NETWORK']).degree).toBe(4);
  });
  it("'· 2nd' and '• 3rd+', copied with the dot before them on a Sales Navigator page, are degrees", () => {
    expect(read(['Name', 'Degree'], ['Ann', '· 2nd']).degree).toBe(2);
    expect(read(['Name', 'Degree'], ['Ann', '• 3rd+']).degree).toBe(3);
  });
  it("'Analyst', a management level below Associate, is entry", () => expect(read(['Name', 'Management Level'], ['Ann', 'Analyst']).seniority).toBe('entry'));
  it('headers ZoomInfo, La Growth Machine and a Salesforce field write: the LinkedIn URL, the email, the degree', () => {
    const p = read(
      ['Name', 'LinkedIn Contact Profile URL', 'proEmail', 'LinkedIn Connection Degree'],
      ['Ann', 'https://www.linkedin.com/in/ann', 'ann@acme.com', '2nd'],
    );
    expect([p.linkedinUrl, p.email, p.degree]).toEqual(['https://www.linkedin.com/in/ann', 'ann@acme.com', 2]);
  });
  it('a Seniority the tables do not name is read as a title would be; nonsense is still an error', () => {
    expect(read(['Name', 'Seniority'], ['Ann', 'Senior Manager']).seniority).toBe('manager');
    expect(readError(['Name', 'Seniority'], ['Ann', 'L3']).text).toMatch(/expected c-level, vp, director, manager, senior or entry/);
  });
  it("a Portuguese Senioridade reads as its English kin, where each was the row's error: LinkedIn's job levels (Executivo, Pleno-sênior, Estágio), Analista as Analyst, and the role nouns a title has (Diretor, Coordenadora) (found in a new user's trial with Portuguese lists)", () => {
    for (const [v, want] of [
      ['Executivo', 'c-level'],
      ['Pleno-sênior', 'senior'],
      ['Nível de entrada', 'entry'],
      ['Estágio', 'entry'],
      ['Analista', 'entry'],
      ['Diretor', 'director'],
      ['Coordenadora', 'manager'],
      ['Proprietário', 'c-level'],
    ] as const)
      expect(read(['Nome', 'Senioridade'], ['Ana', v]).seniority, v).toBe(want);
  });
});

describe('properties of the reader', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('', 'n/a', '#N/A', '#REF!', 'yes', 'x', '03/04/2026', '25/11/2026', '18 Nov 2026', '$75,000', '1,2M', '2nd', 'c_suite'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.date(),
  );
  const header = fc.array(fc.oneof(fc.constantFrom(...FIELDS.flatMap((f) => [f.label, ...f.aliases, ...f.generic])), fc.string()), {
    minLength: 1,
    maxLength: 12,
  });
  it('never throws, whatever the rows: a Problem for the whole call, or each row a prospect, a row error of at most 120 characters, or blank', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 15 }),
        fc.constantFrom('auto', 'month-first', 'day-first'),
        (h, rows, order) => {
          const u = understand([h, ...rows], { columns: {}, dateOrder: order });
          if (u instanceof Problem) return;
          for (const row of rows) {
            const p = readProspect(row, u.map);
            if (p instanceof RowError) expect(p.text.length).toBeLessThanOrEqual(120);
          }
          expect(understandingLines(u).length).toBeGreaterThan(0);
        },
      ),
    );
  });
  it('every column is either read or said not used (outside our output block)', () => {
    fc.assert(
      fc.property(header, fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 5 }), (h, rows) => {
        const u = understandHeader(h, rows, AUTO);
        if (u instanceof Problem) return;
        const read = new Set(readColumns(u.map).map((c) => c.index));
        h.forEach((x, i) => {
          if (String(x).trim() === '') return;
          expect(read.has(i) || u.unused.some((c) => c.index === i), `column ${i} '${x}'`).toBe(true);
        });
      }),
    );
  });
});
