/**
 * SPEC section 2: settings. Every key is a row of `SETTINGS`: how it parses, its default and where
 * that default comes from. The Settings sheet, the CLI's flags and file, and the sidebar's form
 * are all generated from this one table.
 */
import {
  type Cell,
  CREDITS_RUN_OUT,
  type CreditsRunOut,
  DATE_ORDERS,
  type DateOrder,
  type Day,
  type FieldKey,
  type PlanSpec,
  Problem,
  SEQUENCE_NAMES,
  type SequenceName,
  type Settings,
  misspelt,
  normalizeHeader,
  shortened,
} from './model.js';
import { inCalendar } from './dates.js';
import { cellText, isBlank, parseAmount, parseDateCell } from './fields.js';
import { type SlashOrder, orderEvidence } from './read/dates.js';
// The read layer comes before settings: its header matching is the one way to name a field.
import { fieldByName } from './columns.js';

export type { CreditsRunOut, DateOrder, PlanSpec, SequenceName, Settings };
export { CREDITS_RUN_OUT, DATE_ORDERS, SEQUENCE_NAMES };

/** High Value's default: a deal this large (in dollars, as the seeds reckon) favours InMail [001]. */
export const DEFAULT_HIGH_VALUE = 50_000;

/**
 * Settings read with High Value left at its default, meant in dollars (a setting of the same
 * amount may be meant in another currency). Kept beside the settings, not in them: one property
 * more and the engine holds every row's settings as a dictionary.
 */
const highValueLeft = new WeakSet<Settings>();
export const highValueDefaulted = (s: Settings): boolean => highValueLeft.has(s);

/** LinkedIn help pages give the credits [003][004]; seeds give some prices [003]; the rest are editable assumptions. */
export const PLANS: readonly PlanSpec[] = [
  { name: 'free', creditsPerMonth: 0, maxHeld: 0, price: 0, notesPerMonth: 5, noteLength: 200 },
  { name: 'premium-career', creditsPerMonth: 5, maxHeld: 15, price: 29.99, notesPerMonth: Infinity, noteLength: 300 },
  { name: 'premium-business', creditsPerMonth: 15, maxHeld: 45, price: 59.99, notesPerMonth: Infinity, noteLength: 300 },
  { name: 'sales-navigator-core', creditsPerMonth: 50, maxHeld: 150, price: 99, notesPerMonth: Infinity, noteLength: 300 },
  { name: 'sales-navigator-advanced', creditsPerMonth: 50, maxHeld: 150, price: 149.99, notesPerMonth: Infinity, noteLength: 300 },
  { name: 'recruiter-lite', creditsPerMonth: 30, maxHeld: 90, price: 170, notesPerMonth: Infinity, noteLength: 300 },
  { name: 'recruiter', creditsPerMonth: 150, maxHeld: 450, price: 850, notesPerMonth: Infinity, noteLength: 300 },
];

/**
 * Other names of a plan. Plain "premium" is none: Premium Career and Premium Business differ three
 * times over in credits, and a guess would plan the list against the wrong budget.
 */
const PLAN_ALIASES: Record<string, string> = {
  basic: 'free',
  'sales-navigator': 'sales-navigator-core',
  'sn-core': 'sales-navigator-core',
  sn: 'sales-navigator-core',
  'sn-advanced': 'sales-navigator-advanced',
  career: 'premium-career',
  business: 'premium-business',
};

type SettingProp = Exclude<keyof Settings, 'columns'>;
type NonBlank = Exclude<Cell, null | undefined>;

/** What a default may depend on: the plan chosen and the as-of date. */
interface DefaultContext {
  readonly plan: PlanSpec;
  readonly asOf: Day;
}

export interface SettingSpec {
  readonly key: string;
  readonly prop: SettingProp;
  /** What the value accepts, used in errors and help. */
  readonly accepts: string;
  /** The default in words, as a user reads it in a hint (no sources). */
  readonly defaultText: string;
  /** Where the default comes from (the seeds), for the README and help pages. */
  readonly source: string;
  /** The default itself. */
  readonly fallback: (c: DefaultContext) => unknown;
  /** `order`: how the settings' own Date Order reads a slash date that could be either (date settings only). */
  readonly parse: (cell: NonBlank, order?: SlashOrder) => unknown;
}

/** Settings text as a name: `Sales Navigator Core` = `sales-navigator-core`. */
function slug(cell: NonBlank): string {
  return String(cell)
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function planByName(cell: NonBlank): PlanSpec | Problem {
  const t = slug(cell);
  return PLANS.find((p) => p.name === (PLAN_ALIASES[t] ?? t)) ?? new Problem('', 'setting');
}

/** Plain digits, or digits grouped by thousands (`1,000`, `1 000`, `1_000`): nothing else. */
const WHOLE = /^(\d+|\d{1,3}([,_ \u00a0]\d{3})+)$/;

/**
 * The one number reader for settings and flags. Counts are whole numbers written plainly (`0x10`,
 * `1e3` and `16.0` are refused, not read as 16 or 1000); amounts go through the cell reader
 * Deal Value uses, so `50k` and `$1.98` read as they do in a sheet.
 */
export function settingNumber(kind: 'count' | 'amount', min: number) {
  return (cell: NonBlank): number | Problem => {
    let n: number | undefined;
    if (typeof cell === 'number') n = cell;
    else if (typeof cell === 'string') {
      const t = cell.trim();
      if (kind === 'count') n = WHOLE.test(t) ? Number(t.replace(/[,_ \u00a0]/g, '')) : undefined;
      else n = parseAmount(t);
    }
    if (n === undefined || !Number.isFinite(n) || n < min || (kind === 'count' && !Number.isInteger(n))) return new Problem('', 'setting');
    return n;
  };
}

/** A currency other than the US dollar, as a price names it: a sign (`£`, `€`, `R$`, `C$`) or a code (`EUR`, `GBP`). */
const OTHER_CURRENCY =
  /[€£¥₹₩₽₺₪₫₱]|(?:^|[^a-z])(?:R|C|A|NZ|HK|S|MX)\$|\b(?:EUR|GBP|JPY|INR|CHF|CAD|AUD|BRL|SEK|NOK|DKK|PLN|MXN|ZAR|SGD|HKD|NZD|CNY)\b|\bkr\b|zł/i;

/** A price with one separator before three digits (`1,980`, `$1.980`): thousands grouped, or a decimal written to three places (`0,500` is only the latter). */
const TWO_WAY_PRICE = /^([$]?\s*)([1-9]\d{0,2})([.,])(\d{3})(\s*[$]?)$/;

/**
 * Price Per Credit: an amount, but one that reads two ways is refused, as a date that does: read
 * as the amounts of a list are (`1,980` groups thousands), a European `1,980` (1.98, written to
 * three places) would cost each InMail a thousand times its price, with nothing to show it.
 */
function creditPrice(cell: NonBlank): number | Problem {
  // In dollars, as the plans' prices and every cost said are: £9 is not $9.
  const other = typeof cell === 'string' ? OTHER_CURRENCY.exec(cell)?.[0] : undefined;
  if (other !== undefined)
    return new Problem(`expected an amount in USD, as the plans' prices and the expected costs are, not in ${other.trim()}: give it in dollars`, 'setting');
  const two = typeof cell === 'string' ? TWO_WAY_PRICE.exec(cell.trim()) : null;
  if (two) {
    const [, before, whole, , decimals, after] = two as unknown as [string, string, string, string, string, string];
    const as = (n: string) => `${before}${n}${after}`;
    return new Problem(`ambiguous: ${as(`${whole}${decimals}`)} or ${as(String(Number(`${whole}.${decimals}`)))}? write the one you mean`, 'setting');
  }
  return settingNumber('amount', 0)(cell);
}

/** A plain decimal: `18`, `1.5`, `0.18` (no hex, no exponent). */
const DECIMAL = /^\d+(\.\d+)?$|^\.\d+$/;
/** The same with a decimal comma, as a European spreadsheet writes it: `18,5`, `0,18` (a rate has no thousands). */
const DECIMAL_COMMA = /^\d+,\d+$/;

/**
 * `18%`, `18` and `0.18` all mean 18%. A number of 1 or more is a percentage (`1` is 1%, `1.5`
 * is 1.5%), a number under 1 a fraction (Sheets sends a cell formatted as 18% as 0.18). A decimal
 * comma reads as a decimal point: `18,5%` is 18.5%.
 */
export function percent(cell: NonBlank): number | Problem {
  const t = typeof cell === 'number' ? String(cell) : String(cell).trim();
  const isPercent = t.endsWith('%');
  const written = isPercent ? t.slice(0, -1).trim() : t;
  const digits = DECIMAL_COMMA.test(written) ? written.replace(',', '.') : written;
  if (typeof cell !== 'number' && !DECIMAL.test(digits)) return new Problem('', 'setting');
  const n = Number(digits);
  if (!Number.isFinite(n) || n < 0) return new Problem('', 'setting');
  const fraction = isPercent || n >= 1 ? n / 100 : n;
  return fraction > 1 ? new Problem('', 'setting') : fraction;
}

function notes(cell: NonBlank): number | Problem {
  if (/^\s*(unlimited|no limit|∞|illimité|illimite|unbegrenzt|unbeschränkt)\s*$/i.test(String(cell))) return Infinity;
  return settingNumber('count', 0)(cell);
}

function oneOf<T extends string>(values: readonly T[]) {
  return (cell: NonBlank): T | Problem => {
    const t = slug(cell);
    return (values as readonly string[]).includes(t) ? (t as T) : new Problem('', 'setting');
  };
}

/**
 * A date setting: as a cell reads it, and inside years 0001-9999 so every date computed from it can
 * be written. `order` reads every slash date (a list's own); `ambiguous` only one that reads two
 * ways (the settings' Date Order): 13/01/2027 is the 13th of January whatever it says.
 */
function dateSetting(cell: NonBlank, order?: SlashOrder, ambiguous?: SlashOrder): Day | Problem {
  let day = parseDateCell(cell, order);
  if (day instanceof Problem && ambiguous !== undefined && day.code === 'ambiguous-date') day = parseDateCell(cell, ambiguous);
  // An ambiguous date says which two it could be, a day past its month's end that it is none; any other is told what a date setting takes.
  if (day instanceof Problem) return new Problem(day.code === 'ambiguous-date' || day.code === 'no-such-day' ? day.message : '', 'setting');
  return inCalendar(day) ? day : new Problem('', 'setting');
}

/** Start Date, As Of: a date that reads two ways is read as the settings' Date Order says. */
function dateOnly(cell: NonBlank, setOrder?: SlashOrder): Day | Problem {
  return dateSetting(cell, undefined, setOrder);
}

/** How a list of dates is split: commas, semicolons, lines. */
const DATE_LIST = /[,;\n]/;

/** The one order a list's dates show (a first part over 12 is a day), or undefined when they show none or both. */
function shownOrder(parts: readonly string[]): SlashOrder | undefined {
  const shown = orderEvidence(parts);
  return shown.dayFirst > 0 && shown.monthFirst === 0 ? 'day-first' : shown.monthFirst > 0 && shown.dayFirst === 0 ? 'month-first' : undefined;
}

function dateList(cell: NonBlank, setOrder?: SlashOrder): Day[] | Problem {
  if (typeof cell !== 'string') {
    const one = dateSetting(cell, undefined, setOrder);
    return one instanceof Problem ? one : [one];
  }
  const days: Day[] = [];
  const parts = cell.split(DATE_LIST).filter((part) => part.trim() !== '' && !/^\s*none\s*$/i.test(part));
  // A list whose dates show one order (`24/12/2026, 05/01/2027`) is read in it throughout; else a date that reads two ways as Date Order says.
  const order = shownOrder(parts);
  for (const part of parts) {
    const day = dateSetting(part.trim(), order, setOrder);
    if (day instanceof Problem) return day;
    days.push(day);
  }
  return days.sort((a, b) => a - b);
}

function dayOfMonth(cell: NonBlank): number | Problem {
  const n = settingNumber('count', 1)(cell);
  return n instanceof Problem || n > 31 ? new Problem('', 'setting') : n;
}

const PERCENT_ACCEPTS = (example: number) => `a percentage up to 100%: ${example}%, ${example} or 0.${example} (1 or more is a percentage, under 1 a fraction)`;

/** Every setting: how it reads, its default, and where the default comes from. */
export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'Plan',
    prop: 'plan',
    parse: planByName,
    accepts: PLANS.map((p) => p.name).join(', '),
    defaultText: 'sales-navigator-core',
    source: '',
    fallback: () => PLANS[3],
  },
  {
    key: 'Credits',
    prop: 'credits',
    parse: settingNumber('count', 0),
    accepts: 'a whole number, 0 or more',
    defaultText: "the plan's monthly credits (Sales Navigator Core: 50)",
    source: '[003][004]',
    fallback: (c) => c.plan.creditsPerMonth,
  },
  {
    key: 'Price Per Credit',
    prop: 'pricePerCredit',
    parse: creditPrice,
    accepts: 'an amount in USD, 0 or more (1.98, $1.98)',
    defaultText: 'plan price / monthly credits (Sales Navigator Core: $99 / 50 = $1.98)',
    source: '[003]',
    fallback: (c) => (c.plan.creditsPerMonth > 0 ? c.plan.price / c.plan.creditsPerMonth : 0),
  },
  {
    key: 'InMail Reply Rate',
    prop: 'inmailReplyRate',
    parse: percent,
    accepts: PERCENT_ACCEPTS(18),
    defaultText: '18%; reported between 10% and 25%',
    source: '[000 §4]; 10-25% [002][004], 18-25% [003]',
    fallback: () => 0.18,
  },
  {
    key: 'Acceptance Rate',
    prop: 'acceptanceRate',
    parse: percent,
    accepts: PERCENT_ACCEPTS(32),
    defaultText: '32%; reported between 20% and 40%',
    source: '[000 §4]; 20-40% [002][004]',
    fallback: () => 0.32,
  },
  {
    key: 'Reply After Accept',
    prop: 'replyAfterAccept',
    parse: percent,
    accepts: PERCENT_ACCEPTS(26),
    defaultText: '26%: 32% accept x 26% reply = 8.3% of prospects reply',
    source: '[000 §4]',
    fallback: () => 0.26,
  },
  {
    key: 'Weekly Invite Cap',
    prop: 'weeklyInviteCap',
    parse: settingNumber('count', 1),
    accepts: 'a whole number, 1 or more',
    defaultText: '100: the safe zone; LinkedIn publishes no limit',
    source: '[003]',
    fallback: () => 100,
  },
  {
    key: 'Daily Invite Cap',
    prop: 'dailyInviteCap',
    parse: settingNumber('count', 1),
    accepts: 'a whole number, 1 or more',
    defaultText: '20: 15-20 a day is safe, 20-30 the most',
    source: '15-20/day [003], 20-30 max [001]',
    fallback: () => 20,
  },
  {
    key: 'Notes Per Month',
    prop: 'notesPerMonth',
    parse: notes,
    accepts: 'a whole number or unlimited',
    defaultText: "the plan's (Sales Navigator Core: unlimited; free: 5, every other plan unlimited)",
    source: '[003]',
    fallback: (c) => c.plan.notesPerMonth,
  },
  {
    key: 'Volume Threshold',
    prop: 'volumeThreshold',
    parse: settingNumber('count', 0),
    accepts: 'a whole number, 0 or more',
    defaultText: '100: more similar prospects than this are too many to InMail',
    source: '[000 §6]',
    fallback: () => 100,
  },
  {
    key: 'High Value',
    prop: 'highValue',
    parse: settingNumber('amount', 0),
    accepts: 'an amount, 0 or more (50000, $50,000, 50k)',
    defaultText: '50000: a deal this large favours InMail',
    source: '[001]',
    fallback: () => DEFAULT_HIGH_VALUE,
  },
  {
    key: 'Urgent Within Days',
    prop: 'urgentWithinDays',
    parse: settingNumber('count', 0),
    accepts: 'a whole number of days, 0 or more',
    defaultText: '14: a Deadline this close counts as a trigger',
    source: '',
    fallback: () => 14,
  },
  {
    key: 'Sequence',
    prop: 'sequence',
    parse: oneOf(SEQUENCE_NAMES),
    accepts: SEQUENCE_NAMES.join(', '),
    defaultText: 'hybrid',
    source: '[000 §7]; [003] sequences 1-3',
    fallback: () => 'hybrid',
  },
  {
    key: 'Start Date',
    prop: 'startDate',
    parse: dateOnly,
    accepts: 'a date such as 2026-11-23 or 23 Nov 2026 (not a serial number)',
    defaultText: 'the as-of date',
    source: '',
    fallback: (c) => c.asOf,
  },
  {
    key: 'As Of',
    prop: 'asOf',
    parse: dateOnly,
    accepts: 'a date such as 2026-11-23 or 23 Nov 2026 (not a serial number)',
    defaultText: 'today',
    source: '',
    fallback: (c) => c.asOf,
  },
  {
    key: 'Date Order',
    prop: 'dateOrder',
    parse: oneOf(DATE_ORDERS),
    accepts: DATE_ORDERS.join(', '),
    defaultText: 'auto: decided per column from its values',
    source: '',
    fallback: () => 'auto',
  },
  {
    key: 'Holidays',
    prop: 'holidays',
    parse: dateList,
    accepts: 'dates as YYYY-MM-DD, comma-separated',
    defaultText: 'none',
    source: '',
    fallback: () => [],
  },
  {
    key: 'Withdraw After Days',
    prop: 'withdrawAfterDays',
    parse: settingNumber('count', 1),
    accepts: 'a whole number of days, 1 or more',
    defaultText: '30: withdraw invitations pending 30 days or more',
    source: '[003]',
    fallback: () => 30,
  },
  {
    key: 'When Credits Run Out',
    prop: 'whenCreditsRunOut',
    parse: oneOf(CREDITS_RUN_OUT),
    accepts: CREDITS_RUN_OUT.join(', '),
    defaultText: 'connect: fall back now (next-month: wait for the renewal)',
    source: '',
    fallback: () => 'connect',
  },
  {
    key: 'Credits Renew On',
    prop: 'creditsRenewOn',
    parse: dayOfMonth,
    accepts: 'a day of the month, 1-31',
    defaultText: '1',
    source: '',
    fallback: () => 1,
  },
];

const COLUMN_PREFIX = /^\s*column\s*:\s*/i;
const BY_KEY: ReadonlyMap<string, SettingSpec> = new Map(SETTINGS.map((s) => [normalizeHeader(s.key), s]));

export function settingByKey(key: string): SettingSpec | undefined {
  return BY_KEY.get(normalizeHeader(key));
}

/** The setting a key not known is a letter or two from (`Weekly Invite Capp`), as a misspelt header is told: or undefined. */
function misspeltSetting(key: string): SettingSpec | undefined {
  const near = misspelt(normalizeHeader(key), [...BY_KEY.keys()]);
  return near === undefined ? undefined : BY_KEY.get(near);
}

/** The first cell of a header row above the settings' pairs, accents dropped: not a setting. */
const SETTINGS_HEADERS = new Set([
  'setting',
  'settings',
  'key',
  'cle',
  'reglage',
  'reglages',
  'parametre',
  'parametres',
  'einstellung',
  'einstellungen',
  'schlussel',
  'ajuste',
  'ajustes',
  'clave',
  'configuracion',
]);

/** Whether a settings pair's key is the first cell of a header row above the pairs (`Setting`, `Key`, `Réglage`): no setting. */
export function isSettingsHeader(key: Cell): boolean {
  return SETTINGS_HEADERS.has(normalizeHeader(key));
}

/** Key/value pairs in the order given; a later pair overrides an earlier one (a CLI flag overrides the file). */
export type SettingPairs = ReadonlyArray<readonly [Cell, Cell]>;

/**
 * Reads settings. `today` is the adapter's clock reading: the core itself has none. An unknown
 * key, or a value that does not parse, is a `Problem` naming the key and what it accepts.
 */
export function parseSettings(pairs: SettingPairs, today: Day, slashHint?: SlashOrder): Settings | Problem {
  const given = new Map<SettingProp, unknown>();
  const columns: Partial<Record<FieldKey, string>> = {};
  // A Date Order of the settings reads their own slash dates too (Start Date, As Of, Holidays),
  // wherever its pair stands; else `slashHint` (a semicolon settings file, saved where dates are day-first).
  const order = slashOrderOf(pairs) ?? slashHint;
  // Holidays a row each are one list: a date that reads two ways follows the order the others show.
  const holidayOrder =
    order ??
    shownOrder(
      pairs.flatMap(([key, value]) => (typeof value === 'string' && settingByKey(String(key ?? ''))?.prop === 'holidays' ? value.split(DATE_LIST) : [])),
    );
  for (const [rawKey, value] of pairs) {
    if (isBlank(rawKey)) continue;
    const key = String(rawKey).trim();
    if (COLUMN_PREFIX.test(key)) {
      const fieldName = key.replace(COLUMN_PREFIX, '');
      const field = fieldByName(fieldName);
      if (!field) return new Problem(`unknown setting '${shortened(key)}': Column: takes an input field, e.g. Column: Degree`, 'setting');
      if (!isBlank(value)) columns[field.key] = String(value).trim();
      else delete columns[field.key];
      continue;
    }
    const spec = settingByKey(key);
    if (!spec) {
      // A header row ("Setting | Value", French "Clé | Valeur") above the pairs is not a setting.
      if (isSettingsHeader(key)) continue;
      const near = misspeltSetting(key);
      const typo = near === undefined ? '' : ` (a typo of ${near.key}?)`;
      return new Problem(`unknown setting '${shortened(key)}'${typo}; known settings: ${SETTINGS.map((s) => s.key).join(', ')}, Column: <field>`, 'setting');
    }
    if (isBlank(value)) {
      // A blank Holidays row adds no date; a blank setting of any other kind is its default.
      if (spec.prop !== 'holidays') given.delete(spec.prop);
      continue;
    }
    const parsed = spec.parse(value as Exclude<Cell, null | undefined>, spec.prop === 'holidays' ? holidayOrder : order);
    if (parsed instanceof Problem)
      return new Problem(`${spec.key}: ${parsed.message || `expected ${spec.accepts}`} (got '${shortened(cellText(value))}')`, 'setting');
    given.set(spec.prop, spec.prop === 'holidays' ? moreHolidays(given.get('holidays') as Day[] | undefined, parsed as Day[]) : parsed);
  }
  // The plan and the as-of date come first: other defaults follow from them.
  const asOf = (given.get('asOf') as Day | undefined) ?? today;
  const plan = (given.get('plan') as PlanSpec | undefined) ?? ((SETTINGS[0] as SettingSpec).fallback({ plan: PLANS[3] as PlanSpec, asOf }) as PlanSpec);
  const context: DefaultContext = { plan, asOf };
  // Made in one step, not a property at a time: an object given more than a dozen properties by
  // computed name is kept by the engine as a dictionary, and every row reads a dozen settings.
  const settings = Object.fromEntries([
    ['columns', columns],
    ...SETTINGS.map((spec) => [spec.prop, given.has(spec.prop) ? given.get(spec.prop) : spec.fallback(context)] as const),
  ]) as unknown as Settings;
  if (!given.has('highValue')) highValueLeft.add(settings);
  return settings;
}

/**
 * Holidays may be listed a row each, as a settings sheet is filled in, as well as comma-separated:
 * each Holidays row adds its dates to the rows' before it (a blank one adds none).
 */
function moreHolidays(before: readonly Day[] | undefined, days: readonly Day[]): Day[] {
  return before === undefined ? [...days] : [...new Set([...before, ...days])].sort((a, b) => a - b);
}

/** What a settings key names, however it is spelt: a setting's prop, or `Column: <field key>`; undefined for no setting. */
export function settingId(rawKey: Cell): string | undefined {
  if (isBlank(rawKey)) return undefined;
  const key = String(rawKey).trim();
  if (!COLUMN_PREFIX.test(key)) return settingByKey(key)?.prop;
  const field = fieldByName(key.replace(COLUMN_PREFIX, ''));
  return field ? `Column: ${field.key}` : undefined;
}

/** A setting given twice with two values: which one (`key` as the form names it, `id` as `settingId`). */
export class RepeatedSetting extends Problem {
  constructor(
    message: string,
    readonly key: string,
    readonly id: string,
  ) {
    super(message, 'setting');
  }
}

/** Two readings of one setting the same: `18%` and `0.18`, `Hybrid` and `hybrid`, one date written two ways. */
function sameReading(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));
}

/**
 * A setting given twice with two values among pairs of one source (a settings file, the Channel
 * Settings sheet), as a problem: which one is meant is not for the plan to guess. The same value
 * written two ways is one value; a value that does not parse is left to `parseSettings` to name.
 * `parseSettings` takes the last, as flags after a file's pairs override them.
 */
export function repeatedSetting(pairs: SettingPairs): RepeatedSetting | undefined {
  const order = slashOrderOf(pairs);
  const seen = new Map<string, { value: Cell; reading: unknown }>();
  for (const [rawKey, value] of pairs) {
    const id = settingId(rawKey);
    if (id === undefined || isBlank(value)) continue;
    const key = String(rawKey).trim();
    const spec = settingByKey(key);
    const reading = spec ? spec.parse(value as NonBlank, order) : normalizeHeader(value);
    const before = seen.get(id);
    // Holidays add up, a row each (`moreHolidays`).
    if (spec?.prop === 'holidays') continue;
    if (before && !(reading instanceof Problem) && !(before.reading instanceof Problem) && !sameReading(before.reading, reading)) {
      return new RepeatedSetting(`${key} is given twice ('${cellText(before.value)}', then '${cellText(value)}'): keep one`, spec?.key ?? key, id);
    }
    seen.set(id, { value, reading });
  }
  return undefined;
}

/** The last Date Order the pairs give, when it is day-first or month-first. */
function slashOrderOf(pairs: SettingPairs): SlashOrder | undefined {
  let order: SlashOrder | undefined;
  for (const [key, value] of pairs) {
    if (isBlank(key) || settingByKey(String(key))?.prop !== 'dateOrder') continue;
    const read = isBlank(value) ? 'auto' : oneOf(DATE_ORDERS)(value as NonBlank);
    order = read === 'day-first' || read === 'month-first' ? read : undefined;
  }
  return order;
}
