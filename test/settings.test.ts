import { describe, expect, it } from 'vitest';
import { type Cell, PLANS, Problem, SETTINGS, type Settings, parseSettings, repeatedSetting } from '../src/core/index.js';
import { AS_OF, day } from './helpers.js';
import { shortDefault } from '../src/sidebar/steps/settings.js';

const read = (pairs: Array<[Cell, Cell]>) => parseSettings(pairs, AS_OF);

describe('SPEC 2: settings defaults', () => {
  it('defaults to Sales Navigator Core: 50 credits at $99 / 50 = $1.98 a credit [003]', () => {
    const s = read([]);
    if (s instanceof Problem) throw new Error(s.message);
    expect(s.plan.name).toBe('sales-navigator-core');
    expect(s.credits).toBe(50);
    expect(s.pricePerCredit).toBeCloseTo(1.98, 10);
    expect(s.notesPerMonth).toBe(Infinity);
  });

  it('defaults the rates to 18% reply, 32% acceptance, 26% reply after accept [000 §4]', () => {
    const s = read([]) as Exclude<ReturnType<typeof read>, Problem>;
    expect([s.inmailReplyRate, s.acceptanceRate, s.replyAfterAccept]).toEqual([0.18, 0.32, 0.26]);
  });

  it('defaults caps and thresholds: 100/week [003], 20/day [003], volume 100 [000 §6], high value 50000 [001], urgent 14 days', () => {
    const s = read([]) as Exclude<ReturnType<typeof read>, Problem>;
    expect([s.weeklyInviteCap, s.dailyInviteCap, s.volumeThreshold, s.highValue, s.urgentWithinDays]).toEqual([100, 20, 100, 50000, 14]);
    expect(s.sequence).toBe('hybrid');
  });

  it("As Of defaults to the adapter's today and Start Date to As Of", () => {
    const s = read([]) as Exclude<ReturnType<typeof read>, Problem>;
    expect(s.asOf).toBe(AS_OF);
    expect(s.startDate).toBe(AS_OF);
    const t = read([['As Of', '2026-12-01']]) as Exclude<ReturnType<typeof read>, Problem>;
    expect(t.startDate).toBe(day('2026-12-01'));
  });

  it('the free plan: no credits, 5 notes a month of 200 characters [003]', () => {
    const s = read([['Plan', 'free']]) as Exclude<ReturnType<typeof read>, Problem>;
    expect([s.credits, s.pricePerCredit, s.notesPerMonth, s.plan.noteLength]).toEqual([0, 0, 5, 200]);
  });

  it.each(PLANS.map((p) => [p.name, p] as const))('plan %s takes its credits and price per credit from the plans table', (name, plan) => {
    const s = read([['Plan', name]]) as Exclude<ReturnType<typeof read>, Problem>;
    expect(s.credits).toBe(plan.creditsPerMonth);
    expect(s.pricePerCredit).toBeCloseTo(plan.creditsPerMonth ? plan.price / plan.creditsPerMonth : 0, 10);
  });

  it('plan names are forgiving about case and spaces', () => {
    const s = read([['plan', 'Sales Navigator Advanced']]) as Exclude<ReturnType<typeof read>, Problem>;
    expect(s.plan.name).toBe('sales-navigator-advanced');
  });

  it('Holidays listed a row each, as a settings sheet is filled in, add up: not a setting given twice', () => {
    const pairs: Array<[Cell, Cell]> = [
      ['Holidays', '2026-12-25'],
      ['Holidays', '2026-12-24, 2026-12-31'],
      ['Holidays', '2026-12-25'],
    ];
    expect(repeatedSetting(pairs)).toBeUndefined();
    const s = parseSettings(pairs, day('2026-11-23'));
    if (s instanceof Problem) throw new Error(s.message);
    expect(s.holidays).toEqual([day('2026-12-24'), day('2026-12-25'), day('2026-12-31')]);
    // Rows of one list: a date that reads two ways follows the order the other rows' dates show.
    const us = parseSettings(
      [
        ['Holidays', '12/24/2026'],
        ['Holidays', '01/05/2027'],
      ],
      day('2026-11-23'),
    );
    expect(us instanceof Problem ? us.message : us.holidays).toEqual([day('2026-12-24'), day('2027-01-05')]);
    // A blank Holidays row adds no date (the sidebar clears the others once it saves the list in the first).
    const blank = parseSettings([...pairs, ['Holidays', '']], day('2026-11-23'));
    expect(blank instanceof Problem ? blank.message : blank.holidays).toEqual(s.holidays);
  });

  it('a setting given twice with two values is a problem naming both; the same value written two ways is one value', () => {
    const twice = repeatedSetting([
      ['Credits', '12'],
      ['credits', '20'],
    ]);
    expect([twice?.message, twice?.key, twice?.id]).toEqual(["credits is given twice ('12', then '20'): keep one", 'Credits', 'credits']);
    for (const [a, b] of [
      ['Sequence', 'hybrid', 'Hybrid'],
      ['InMail Reply Rate', '18%', '0.18'],
      ['Plan', 'sn', 'sales-navigator-core'],
      ['As Of', '2026-11-23', '11/23/2026'],
      ['Column: Degree', 'Conn. Degree', 'conn degree'],
    ].map(([k, x, y]) => [
      [k, x],
      [k, y],
    ]) as Array<[[Cell, Cell], [Cell, Cell]]>) {
      expect(repeatedSetting([a, b]), String(a[0])).toBeUndefined();
    }
    // Two spellings of one Column: setting are one setting.
    expect(
      repeatedSetting([
        ['Column: Connection Status', 'Status'],
        ['Column: Invite Status', 'Stage'],
      ])?.id,
    ).toBe('Column: connectionStatus');
  });

  it("plain 'premium' names no plan: Premium Career and Premium Business have 5 and 15 credits, and the error names both", () => {
    const p = read([['Plan', 'Premium']]);
    expect(p).toBeInstanceOf(Problem);
    expect((p as Problem).message).toMatch(/premium-career, premium-business/);
    expect((read([['Plan', 'Career']]) as Settings).plan.name).toBe('premium-career');
    expect((read([['Plan', 'Sales Navigator']]) as Settings).plan.name).toBe('sales-navigator-core');
  });

  it('keys are case- and space-insensitive; a header row and blank keys are skipped', () => {
    const s = read([
      ['Setting', 'Value'],
      ['', ''],
      ['  credits ', '12'],
      ['WEEKLYINVITECAP', 80],
    ]) as Exclude<ReturnType<typeof read>, Problem>;
    expect([s.credits, s.weeklyInviteCap]).toEqual([12, 80]);
  });

  it('a settings sheet saved in French or German: its header row (Réglage, Einstellung;Wert) is skipped, and unlimited notes read in its words', () => {
    for (const [header, unlimited] of [
      ['Réglage', 'illimité'],
      ['Einstellung', 'unbegrenzt'],
      ['Ajuste', 'unlimited'],
    ]) {
      const s = read([
        [header, 'Wert'],
        ['Notes Per Month', unlimited],
      ]) as Exclude<ReturnType<typeof read>, Problem>;
      expect(s.notesPerMonth).toBe(Number.POSITIVE_INFINITY);
    }
  });

  it('a later pair overrides an earlier one; a blank value means the default', () => {
    const s = read([
      ['Credits', '3'],
      ['Credits', '7'],
      ['Sequence', 'inmail-first'],
      ['Sequence', ''],
    ]) as Exclude<ReturnType<typeof read>, Problem>;
    expect(s.credits).toBe(7);
    expect(s.sequence).toBe('hybrid');
  });

  it('Column: <field> maps a sheet header to a field', () => {
    const s = read([
      ['Column: Degree', 'Conn. lvl'],
      ['column:open profile', 'OP?'],
    ]) as Exclude<ReturnType<typeof read>, Problem>;
    expect(s.columns).toEqual({ degree: 'Conn. lvl', openProfile: 'OP?' });
  });
});

describe('SPEC 2: percentages accept 18%, 0.18 or 18; 1 or more is a percentage, under 1 a fraction', () => {
  it.each([
    ['18%', 0.18],
    ['0.18', 0.18],
    ['18', 0.18],
    [0.18, 0.18],
    [18, 0.18],
    ['22.5%', 0.225],
    ['1', 0.01],
    ['1.5', 0.015],
    [1, 0.01],
    ['0.5', 0.5],
    ['0', 0],
    ['100', 1],
    // A European spreadsheet's decimal comma.
    ['18,5%', 0.185],
    ['0,18', 0.18],
    ['22,5', 0.225],
  ])('%s', (v, want) => {
    const s = read([['InMail Reply Rate', v]]) as Exclude<ReturnType<typeof read>, Problem>;
    expect(s.inmailReplyRate).toBeCloseTo(want, 10);
  });
});

describe('SPEC 2: a bad setting is a clear error naming the key and the accepted values', () => {
  const bad: Array<[Cell, Cell, string]> = [
    [
      'Plan',
      'gold',
      "Plan: expected free, premium-career, premium-business, sales-navigator-core, sales-navigator-advanced, recruiter-lite, recruiter (got 'gold')",
    ],
    ['Credits', '-1', "Credits: expected a whole number, 0 or more (got '-1')"],
    ['Credits', '2.5', "Credits: expected a whole number, 0 or more (got '2.5')"],
    ['Price Per Credit', 'cheap', "Price Per Credit: expected an amount in USD, 0 or more (1.98, $1.98) (got 'cheap')"],
    // A price that reads two ways (thousands grouped, or a European decimal written to three places) is refused, as a date that does.
    ['Price Per Credit', '1,980', "Price Per Credit: ambiguous: 1980 or 1.98? write the one you mean (got '1,980')"],
    // In another currency: refused, where £9 was taken for $9 and every cost said in dollars (found in a new user's trial as a recruiter in London).
    [
      'Price Per Credit',
      '£9',
      "Price Per Credit: expected an amount in USD, as the plans' prices and the expected costs are, not in £: give it in dollars (got '£9')",
    ],
    [
      'Price Per Credit',
      '9,90 €',
      "Price Per Credit: expected an amount in USD, as the plans' prices and the expected costs are, not in €: give it in dollars (got '9,90 €')",
    ],
    [
      'Price Per Credit',
      'R$ 9,90',
      "Price Per Credit: expected an amount in USD, as the plans' prices and the expected costs are, not in R$: give it in dollars (got 'R$ 9,90')",
    ],
    [
      'Price Per Credit',
      '9 GBP',
      "Price Per Credit: expected an amount in USD, as the plans' prices and the expected costs are, not in GBP: give it in dollars (got '9 GBP')",
    ],
    ['Price Per Credit', '$2.000', "Price Per Credit: ambiguous: $2000 or $2? write the one you mean (got '$2.000')"],
    [
      'InMail Reply Rate',
      '150%',
      "InMail Reply Rate: expected a percentage up to 100%: 18%, 18 or 0.18 (1 or more is a percentage, under 1 a fraction) (got '150%')",
    ],
    [
      'Acceptance Rate',
      'high',
      "Acceptance Rate: expected a percentage up to 100%: 32%, 32 or 0.32 (1 or more is a percentage, under 1 a fraction) (got 'high')",
    ],
    [
      'Reply After Accept',
      '-3',
      "Reply After Accept: expected a percentage up to 100%: 26%, 26 or 0.26 (1 or more is a percentage, under 1 a fraction) (got '-3')",
    ],
    ['Weekly Invite Cap', '0', "Weekly Invite Cap: expected a whole number, 1 or more (got '0')"],
    ['Daily Invite Cap', 'lots', "Daily Invite Cap: expected a whole number, 1 or more (got 'lots')"],
    ['Notes Per Month', 'some', "Notes Per Month: expected a whole number or unlimited (got 'some')"],
    ['Volume Threshold', '1e', "Volume Threshold: expected a whole number, 0 or more (got '1e')"],
    ['High Value', '-1', "High Value: expected an amount, 0 or more (50000, $50,000, 50k) (got '-1')"],
    ['Credits', '0x10', "Credits: expected a whole number, 0 or more (got '0x10')"],
    ['Credits', '1e3', "Credits: expected a whole number, 0 or more (got '1e3')"],
    ['Daily Invite Cap', '0b11', "Daily Invite Cap: expected a whole number, 1 or more (got '0b11')"],
    [
      'InMail Reply Rate',
      '0x10',
      "InMail Reply Rate: expected a percentage up to 100%: 18%, 18 or 0.18 (1 or more is a percentage, under 1 a fraction) (got '0x10')",
    ],
    ['Start Date', '0000-12-31', "Start Date: expected a date such as 2026-11-23 or 23 Nov 2026 (not a serial number) (got '0000-12-31')"],
    ['Urgent Within Days', '1.5', "Urgent Within Days: expected a whole number of days, 0 or more (got '1.5')"],
    ['Sequence', 'aggressive', "Sequence: expected hybrid, connection-first, inmail-first, multichannel (got 'aggressive')"],
    ['Start Date', 'monday', "Start Date: expected a date such as 2026-11-23 or 23 Nov 2026 (not a serial number) (got 'monday')"],
    ['As Of', '2026-13-01', "As Of: expected a date such as 2026-11-23 or 23 Nov 2026 (not a serial number) (got '2026-13-01')"],
    ['As Of', '2026-02-30', "As Of: expected a date: there is no such day (got '2026-02-30')"],
    ['As Of', '31.04.2026', "As Of: expected a date: there is no such day (got '31.04.2026')"],
    ['Holidays', '25/12/2026, 31/04/2026', "Holidays: expected a date: there is no such day (got '25/12/2026, 31/04/2026')"],
    ['Date Order', 'year-first', "Date Order: expected auto, month-first, day-first (got 'year-first')"],
    ['Holidays', '2026-12-25, Christmas', "Holidays: expected dates as YYYY-MM-DD, comma-separated (got '2026-12-25, Christmas')"],
    ['Withdraw After Days', '0', "Withdraw After Days: expected a whole number of days, 1 or more (got '0')"],
    ['When Credits Run Out', 'wait', "When Credits Run Out: expected connect, next-month (got 'wait')"],
    ['Credits Renew On', '32', "Credits Renew On: expected a day of the month, 1-31 (got '32')"],
  ];
  it.each(bad)('%s = %s', (key, value, message) => {
    const s = read([[key, value]]);
    expect(s).toBeInstanceOf(Problem);
    expect((s as Problem).message).toBe(message);
  });

  it('every setting of the table has a bad-value test above', () => {
    expect(new Set(bad.map((b) => b[0]))).toEqual(new Set(SETTINGS.map((s) => s.key)));
  });

  it.each([
    ['Start Date', '12/07/2026', "Start Date: ambiguous: 2026-12-07 or 2026-07-12? write the date as YYYY-MM-DD (got '12/07/2026')"],
    ['As Of', '5/1/27', "As Of: ambiguous: 2027-05-01 or 2027-01-05? write the date as YYYY-MM-DD (got '5/1/27')"],
    ['Holidays', '05/01/2027', "Holidays: ambiguous: 2027-05-01 or 2027-01-05? write the date as YYYY-MM-DD (got '05/01/2027')"],
    ['Start Date', '46000', "Start Date: expected a date such as 2026-11-23 or 23 Nov 2026 (not a serial number) (got '46000')"],
  ])('a date setting %s = %s that reads two ways, or a bare number, is an error naming both dates', (key, value, message) => {
    expect((read([[key, value]]) as Problem).message).toBe(message);
  });

  it('a date setting written as a spreadsheet in another locale writes it reads, where day and month cannot be mixed up; a Holidays list read in the order its dates show', () => {
    const s = (pairs: Array<[Cell, Cell]>) => read(pairs) as Settings;
    expect(s([['Start Date', '24/12/2026']]).startDate).toBe(day('2026-12-24'));
    expect(s([['Start Date', '12/24/2026']]).startDate).toBe(day('2026-12-24'));
    expect(s([['Start Date', '07.12.2026']]).startDate).toBe(day('2026-12-07'));
    expect(s([['Start Date', '7 déc. 2026']]).startDate).toBe(day('2026-12-07'));
    expect(s([['As Of', 'Dec 7, 2026']]).asOf).toBe(day('2026-12-07'));
    expect(s([['Holidays', '24/12/2026, 25/12/2026, 05/01/2027']]).holidays).toEqual(['2026-12-24', '2026-12-25', '2027-01-05'].map(day));
    expect(s([['Holidays', '12/24/2026; 01/05/2027']]).holidays).toEqual(['2026-12-24', '2027-01-05'].map(day));
  });

  it("the settings' own Date Order reads their slash dates that could be either, wherever its pair stands; auto leaves them an error", () => {
    const s = (pairs: Array<[Cell, Cell]>) => read(pairs) as Settings;
    const dayFirst = s([
      ['As Of', '05/01/2027'],
      ['Start Date', '06/01/2027'],
      ['Holidays', '05/01/2027; 02/03/2027'],
      ['Date Order', 'day-first'],
    ]);
    expect([dayFirst.asOf, dayFirst.startDate]).toEqual([day('2027-01-05'), day('2027-01-06')]);
    expect(dayFirst.holidays).toEqual([day('2027-01-05'), day('2027-03-02')]);
    expect(
      s([
        ['Date Order', 'month-first'],
        ['As Of', '05/01/2027'],
      ]).asOf,
    ).toBe(day('2027-05-01'));
    // The last Date Order counts (a flag after the file's pair); its dates' own evidence still comes first in a Holidays list.
    expect(
      s([
        ['Date Order', 'month-first'],
        ['Date Order', 'day-first'],
        ['As Of', '05/01/2027'],
      ]).asOf,
    ).toBe(day('2027-01-05'));
    expect(
      s([
        ['Date Order', 'month-first'],
        ['Holidays', '24/12/2026, 05/01/2027'],
      ]).holidays,
    ).toEqual([day('2026-12-24'), day('2027-01-05')]);
    expect(
      (
        read([
          ['Date Order', 'auto'],
          ['As Of', '05/01/2027'],
        ]) as Problem
      ).message,
    ).toMatch(/^As Of: ambiguous: 2027-05-01 or 2027-01-05\?/);
    // Only a date that reads two ways: 13/01/2027 is the 13th of January whatever Date Order says.
    const monthFirst = s([
      ['Date Order', 'month-first'],
      ['Start Date', '13/01/2027'],
      ['Holidays', '13/01/2027; 05/01/2027'],
    ]);
    expect(monthFirst.startDate).toBe(day('2027-01-13'));
    expect(monthFirst.holidays).toEqual([day('2027-01-05'), day('2027-01-13')]);
  });

  it('an unknown key names itself and the known keys', () => {
    const s = read([['Colour', 'blue']]);
    expect((s as Problem).message).toMatch(/^unknown setting 'Colour'; known settings: Plan, Credits, .*, Column: <field>$/);
    // A letter or two from a setting: named, as a misspelt header is.
    const typo = parseSettings([['Weekly Invite Capp', '80']], AS_OF) as Problem;
    expect(typo.message).toMatch(/^unknown setting 'Weekly Invite Capp' \(a typo of Weekly Invite Cap\?\); known settings: Plan, /);
  });

  it('a long bad value or key is quoted cut short: a 60,000-character cell gave a 60,000-character #ERROR!', () => {
    const long = '9x'.repeat(30_000);
    const bad = (read([['Credits', long]]) as Problem).message;
    expect(bad).toBe(`Credits: expected a whole number, 0 or more (got '${long.slice(0, 57)}...')`);
    expect((read([[long, '1']]) as Problem).message).toMatch(new RegExp(`^unknown setting '${long.slice(0, 57)}\\.\\.\\.'; known settings`));
    // Never cut between the two halves of an emoji, which would show as '�'.
    const emoji = `${'x'.repeat(56)}\u{1F680} launch`;
    expect((read([['Credits', emoji]]) as Problem).message).toBe(`Credits: expected a whole number, 0 or more (got '${'x'.repeat(56)}...')`);
  });

  it('Column: with an unknown field is an error', () => {
    expect((read([['Column: Shoe Size', 'X']]) as Problem).message).toMatch(/^unknown setting 'Column: Shoe Size'/);
  });
});

describe('settings: one number reader for flags and settings', () => {
  it('an amount setting reads as Deal Value does: 50k, $50,000, 1.2M', () => {
    expect((read([['High Value', '50k']]) as Settings).highValue).toBe(50_000);
    expect((read([['High Value', '$75,000']]) as Settings).highValue).toBe(75_000);
    expect((read([['Price Per Credit', '$1.50']]) as Settings).pricePerCredit).toBe(1.5);
    // A price that reads one way only is read: a decimal comma before two digits, a number cell, a grouped price past 999.
    expect((read([['Price Per Credit', '1,98']]) as Settings).pricePerCredit).toBe(1.98);
    expect((read([['Price Per Credit', 1980]]) as Settings).pricePerCredit).toBe(1980);
    expect((read([['Price Per Credit', '1,980.00']]) as Settings).pricePerCredit).toBe(1980);
    // A whole part of 0 groups no thousands: a decimal written to three places.
    expect((read([['Price Per Credit', '0.500']]) as Settings).pricePerCredit).toBe(0.5);
    expect((read([['Price Per Credit', '0,750']]) as Settings).pricePerCredit).toBe(0.75);
  });
  it('counts take digits, grouped by thousands or not, and nothing else', () => {
    expect((read([['Credits', '1,000']]) as Settings).credits).toBe(1000);
    expect((read([['Weekly Invite Cap', ' 80 ']]) as Settings).weeklyInviteCap).toBe(80);
  });
  it("no default's hint a user sees cites a source; the sources are kept apart for the README", () => {
    for (const spec of SETTINGS) expect(spec.defaultText).not.toMatch(/\[\d{3}/);
    expect(SETTINGS.find((s) => s.key === 'InMail Reply Rate')?.source).toMatch(/\[000/);
  });
  it('every default lives in its SETTINGS row', () => {
    const defaults = read([]) as Settings;
    for (const spec of SETTINGS) expect(defaults[spec.prop]).toEqual(spec.fallback({ plan: defaults.plan, asOf: defaults.asOf }));
  });
});

describe('settings as the engine holds them', () => {
  it('are one fixed-shape object, not a dictionary: every row reads a dozen of them', async () => {
    // V8's own test of an object's properties, reached without a command-line flag.
    const { setFlagsFromString } = await import('node:v8');
    setFlagsFromString('--allow-natives-syntax');
    const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
    for (const pairs of [
      [],
      [
        ['As Of', '2026-11-23'],
        ['Plan', 'recruiter-lite'],
        ['Holidays', '2026-12-25'],
        ['Column: Degree', 'Conn'],
      ],
    ] as Array<Array<[Cell, Cell]>>) {
      const s = read(pairs);
      if (s instanceof Problem) throw new Error(s.message);
      expect(Object.keys(s)).toHaveLength(SETTINGS.length + 1);
      expect(hasFastProperties(s)).toBe(true);
    }
  });
});

describe("the sidebar's settings boxes: each default shown inside its box", () => {
  it("keeps the default plan's own figure (50 credits, $1.98, unlimited notes) and drops sources and asides", () => {
    const shown = Object.fromEntries(SETTINGS.map((s) => [s.key, shortDefault(s.defaultText)]));
    expect(shown.Credits).toBe("the plan's monthly credits (Sales Navigator Core: 50)");
    expect(shown['Price Per Credit']).toBe('plan price / monthly credits (Sales Navigator Core: $99 / 50 = $1.98)');
    expect(shown['Notes Per Month']).toBe("the plan's (Sales Navigator Core: unlimited)");
    expect(shown['InMail Reply Rate']).toBe('18%');
    expect(shown['Withdraw After Days']).toBe('30');
    expect(shown['When Credits Run Out']).toBe('connect');
  });
});
