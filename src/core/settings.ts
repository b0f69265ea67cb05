/**
 * SPEC section 2: settings. Every key is a row of `SETTINGS`: how it parses, its default and where
 * that default comes from. The Settings sheet, the CLI's flags and file, and the sidebar's form
 * are all generated from this one table.
 */
import { type Cell, type FieldKey, Problem } from './model.js';
import { type Day, formatDay } from './dates.js';
import { FIELDS, cellText, isBlank, parseDateCell } from './fields.js';
import { fieldByName, normalizeHeader } from './columns.js';
import { type SequenceName, SEQUENCE_NAMES } from './sequences.js';

export interface PlanSpec {
  readonly name: string;
  readonly creditsPerMonth: number;
  readonly maxHeld: number;
  /** Monthly price in USD. */
  readonly price: number;
  /** Personalised connection notes a month; Infinity = unlimited. */
  readonly notesPerMonth: number;
  readonly noteLength: number;
}

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

const PLAN_ALIASES: Record<string, string> = {
  basic: 'free',
  'sales-navigator': 'sales-navigator-core',
  'sn-core': 'sales-navigator-core',
  sn: 'sales-navigator-core',
  'sn-advanced': 'sales-navigator-advanced',
  premium: 'premium-career',
  career: 'premium-career',
  business: 'premium-business',
};

export interface Settings {
  readonly plan: PlanSpec;
  readonly credits: number;
  readonly pricePerCredit: number;
  readonly inmailReplyRate: number;
  readonly acceptanceRate: number;
  readonly replyAfterAccept: number;
  readonly weeklyInviteCap: number;
  readonly dailyInviteCap: number;
  /** Infinity = unlimited. */
  readonly notesPerMonth: number;
  readonly volumeThreshold: number;
  readonly highValue: number;
  readonly urgentWithinDays: number;
  readonly sequence: SequenceName;
  readonly startDate: Day;
  readonly asOf: Day;
  /** `Column: <field>` mappings: field -> the sheet's header. */
  readonly columns: Partial<Record<FieldKey, string>>;
  /** v2: how slash dates are read (section 1a). */
  readonly dateOrder: DateOrder;
  /** v2: days on which no touch is dated, like weekends, sorted. */
  readonly holidays: readonly Day[];
  /** v2: a request pending this many days is withdrawn [003]. */
  readonly withdrawAfterDays: number;
  /** v2: fall back now (`connect`) or wait for the renewal (`next-month`, section 10). */
  readonly whenCreditsRunOut: CreditsRunOut;
  /** v2: day of the month the credits renew. */
  readonly creditsRenewOn: number;
}

export const DATE_ORDERS = ['auto', 'month-first', 'day-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];
export const CREDITS_RUN_OUT = ['connect', 'next-month'] as const;
export type CreditsRunOut = (typeof CREDITS_RUN_OUT)[number];

type SettingProp = Exclude<keyof Settings, 'columns'>;

export interface SettingSpec {
  readonly key: string;
  readonly prop: SettingProp;
  /** What the value accepts, used in errors and help. */
  readonly accepts: string;
  /** The default and where it comes from, in words. */
  readonly defaultText: string;
  readonly parse: (cell: Exclude<Cell, null | undefined>) => unknown;
}

function planByName(cell: Exclude<Cell, null | undefined>): PlanSpec | Problem {
  const t = String(cell)
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const name = PLAN_ALIASES[t] ?? t;
  return PLANS.find((p) => p.name === name) ?? new Problem('');
}

function number(min: number, integer: boolean) {
  return (cell: Exclude<Cell, null | undefined>): number | Problem => {
    const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim().replace(/[,$\s_]/g, '')) : NaN;
    if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) return new Problem('');
    return n;
  };
}

/** `18%`, `0.18` and `18` all mean 18%; Sheets sends a formatted percentage as the fraction 0.18. */
export function percent(cell: Exclude<Cell, null | undefined>): number | Problem {
  const t = typeof cell === 'number' ? String(cell) : String(cell).trim();
  const isPercent = t.endsWith('%');
  const n = Number(isPercent ? t.slice(0, -1).trim() : t);
  if (t === '' || !Number.isFinite(n) || n < 0) return new Problem('');
  const fraction = isPercent || n > 1 ? n / 100 : n;
  return fraction > 1 ? new Problem('') : fraction;
}

function notes(cell: Exclude<Cell, null | undefined>): number | Problem {
  if (/^\s*(unlimited|no limit|∞)\s*$/i.test(String(cell))) return Infinity;
  return number(0, true)(cell);
}

function sequence(cell: Exclude<Cell, null | undefined>): SequenceName | Problem {
  const t = String(cell)
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return (SEQUENCE_NAMES as readonly string[]).includes(t) ? (t as SequenceName) : new Problem('');
}

function oneOf<T extends string>(values: readonly T[]) {
  return (cell: Exclude<Cell, null | undefined>): T | Problem => {
    const t = String(cell)
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    return (values as readonly string[]).includes(t) ? (t as T) : new Problem('');
  };
}

function dateList(cell: Exclude<Cell, null | undefined>): Day[] | Problem {
  if (typeof cell !== 'string') {
    const one = parseDateCell(cell);
    return one instanceof Problem ? one : [one];
  }
  const days: Day[] = [];
  for (const part of cell.split(/[,;\n]/)) {
    if (part.trim() === '' || /^\s*none\s*$/i.test(part)) continue;
    const day = parseDateCell(part.trim());
    if (day instanceof Problem) return day;
    days.push(day);
  }
  return days.sort((a, b) => a - b);
}

function dayOfMonth(cell: Exclude<Cell, null | undefined>): number | Problem {
  const n = number(1, true)(cell);
  return n instanceof Problem || n > 31 ? new Problem('') : n;
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: 'Plan', prop: 'plan', parse: planByName, accepts: PLANS.map((p) => p.name).join(', '), defaultText: 'sales-navigator-core' },
  {
    key: 'Credits',
    prop: 'credits',
    parse: number(0, true),
    accepts: 'a whole number, 0 or more',
    defaultText: "the plan's monthly credits (SN Core: 50 [003][004])",
  },
  {
    key: 'Price Per Credit',
    prop: 'pricePerCredit',
    parse: number(0, false),
    accepts: 'an amount in USD, 0 or more',
    defaultText: 'plan price / monthly credits (SN Core: $99 / 50 = $1.98 [003])',
  },
  {
    key: 'InMail Reply Rate',
    prop: 'inmailReplyRate',
    parse: percent,
    accepts: 'a percentage: 18%, 0.18 or 18',
    defaultText: '18% [000 §4]; 10-25% [002][004], 18-25% [003]',
  },
  { key: 'Acceptance Rate', prop: 'acceptanceRate', parse: percent, accepts: 'a percentage: 32%, 0.32 or 32', defaultText: '32% [000 §4]; 20-40% [002][004]' },
  {
    key: 'Reply After Accept',
    prop: 'replyAfterAccept',
    parse: percent,
    accepts: 'a percentage: 26%, 0.26 or 26',
    defaultText: '26% [000 §4]: 32% x 26% = 8.3% of prospects reply',
  },
  {
    key: 'Weekly Invite Cap',
    prop: 'weeklyInviteCap',
    parse: number(1, true),
    accepts: 'a whole number, 1 or more',
    defaultText: '100: the safe zone [003]; LinkedIn publishes none',
  },
  {
    key: 'Daily Invite Cap',
    prop: 'dailyInviteCap',
    parse: number(1, true),
    accepts: 'a whole number, 1 or more',
    defaultText: '20: 15-20/day [003], 20-30 max [001]',
  },
  {
    key: 'Notes Per Month',
    prop: 'notesPerMonth',
    parse: notes,
    accepts: 'a whole number or unlimited',
    defaultText: "the plan's (free: 5 [003]; premium: unlimited)",
  },
  {
    key: 'Volume Threshold',
    prop: 'volumeThreshold',
    parse: number(0, true),
    accepts: 'a whole number, 0 or more',
    defaultText: '100: over it is a volume play [000 §6]',
  },
  {
    key: 'High Value',
    prop: 'highValue',
    parse: number(0, false),
    accepts: 'an amount, 0 or more',
    defaultText: '50000: deal value that favours InMail [001]',
  },
  {
    key: 'Urgent Within Days',
    prop: 'urgentWithinDays',
    parse: number(0, true),
    accepts: 'a whole number of days, 0 or more',
    defaultText: '14: a Deadline this close counts as a trigger',
  },
  { key: 'Sequence', prop: 'sequence', parse: sequence, accepts: SEQUENCE_NAMES.join(', '), defaultText: 'hybrid [000 §7]' },
  { key: 'Start Date', prop: 'startDate', parse: parseDateCell, accepts: 'a date as YYYY-MM-DD', defaultText: 'the as-of date' },
  { key: 'As Of', prop: 'asOf', parse: parseDateCell, accepts: 'a date as YYYY-MM-DD', defaultText: 'today' },
  { key: 'Date Order', prop: 'dateOrder', parse: oneOf(DATE_ORDERS), accepts: DATE_ORDERS.join(', '), defaultText: 'auto: decided per column from its values' },
  { key: 'Holidays', prop: 'holidays', parse: dateList, accepts: 'dates as YYYY-MM-DD, comma-separated', defaultText: 'none' },
  {
    key: 'Withdraw After Days',
    prop: 'withdrawAfterDays',
    parse: number(1, true),
    accepts: 'a whole number of days, 1 or more',
    defaultText: '30: withdraw invites pending 30+ days',
  },
  {
    key: 'When Credits Run Out',
    prop: 'whenCreditsRunOut',
    parse: oneOf(CREDITS_RUN_OUT),
    accepts: CREDITS_RUN_OUT.join(', '),
    defaultText: 'connect: fall back now',
  },
  { key: 'Credits Renew On', prop: 'creditsRenewOn', parse: dayOfMonth, accepts: 'a day of the month, 1-31', defaultText: '1' },
];

const COLUMN_PREFIX = /^\s*column\s*:\s*/i;
const BY_KEY: ReadonlyMap<string, SettingSpec> = new Map(SETTINGS.map((s) => [normalizeHeader(s.key), s]));

export function settingByKey(key: string): SettingSpec | undefined {
  return BY_KEY.get(normalizeHeader(key));
}

/** Key/value pairs in the order given; a later pair overrides an earlier one (a CLI flag overrides the file). */
export type SettingPairs = ReadonlyArray<readonly [Cell, Cell]>;

/**
 * Reads settings. `today` is the adapter's clock reading: the core itself has none. An unknown
 * key, or a value that does not parse, is a `Problem` naming the key and what it accepts.
 */
export function parseSettings(pairs: SettingPairs, today: Day): Settings | Problem {
  const given = new Map<SettingProp, unknown>();
  const columns: Partial<Record<FieldKey, string>> = {};
  for (const [rawKey, value] of pairs) {
    if (isBlank(rawKey)) continue;
    const key = String(rawKey).trim();
    if (COLUMN_PREFIX.test(key)) {
      const fieldName = key.replace(COLUMN_PREFIX, '');
      const field = fieldByName(fieldName);
      if (!field) return new Problem(`unknown setting '${key}': Column: takes a field of SPEC section 1, e.g. Column: Degree`);
      if (!isBlank(value)) columns[field.key] = String(value).trim();
      else delete columns[field.key];
      continue;
    }
    const spec = settingByKey(key);
    if (!spec) {
      // A header row ("Setting | Value") above the pairs is not a setting.
      if (['setting', 'settings', 'key'].includes(normalizeHeader(key))) continue;
      return new Problem(`unknown setting '${key}'; known settings: ${SETTINGS.map((s) => s.key).join(', ')}, Column: <field>`);
    }
    if (isBlank(value)) {
      given.delete(spec.prop);
      continue;
    }
    const parsed = spec.parse(value as Exclude<Cell, null | undefined>);
    if (parsed instanceof Problem) return new Problem(`${spec.key}: expected ${spec.accepts} (got '${cellText(value)}')`);
    given.set(spec.prop, parsed);
  }
  const plan = (given.get('plan') as PlanSpec | undefined) ?? (PLANS[3] as PlanSpec);
  const asOf = (given.get('asOf') as Day | undefined) ?? today;
  const pick = <T>(prop: SettingProp, fallback: T): T => (given.has(prop) ? (given.get(prop) as T) : fallback);
  return {
    plan,
    credits: pick('credits', plan.creditsPerMonth),
    pricePerCredit: pick('pricePerCredit', plan.creditsPerMonth > 0 ? plan.price / plan.creditsPerMonth : 0),
    inmailReplyRate: pick('inmailReplyRate', 0.18),
    acceptanceRate: pick('acceptanceRate', 0.32),
    replyAfterAccept: pick('replyAfterAccept', 0.26),
    weeklyInviteCap: pick('weeklyInviteCap', 100),
    dailyInviteCap: pick('dailyInviteCap', 20),
    notesPerMonth: pick('notesPerMonth', plan.notesPerMonth),
    volumeThreshold: pick('volumeThreshold', 100),
    highValue: pick('highValue', 50_000),
    urgentWithinDays: pick('urgentWithinDays', 14),
    sequence: pick('sequence', 'hybrid'),
    startDate: pick('startDate', asOf),
    asOf,
    columns,
    dateOrder: pick('dateOrder', 'auto'),
    holidays: pick('holidays', []),
    withdrawAfterDays: pick('withdrawAfterDays', 30),
    whenCreditsRunOut: pick('whenCreditsRunOut', 'connect'),
    creditsRenewOn: pick('creditsRenewOn', 1),
  };
}

/** Settings back to key/value text, as the Settings sheet and `--settings` files hold them. */
export function settingsToPairs(s: Settings): Array<[string, string]> {
  const pairs: Array<[string, string]> = SETTINGS.map((spec) => {
    const v = s[spec.prop];
    const text =
      spec.prop === 'plan'
        ? s.plan.name
        : spec.prop === 'startDate' || spec.prop === 'asOf'
          ? formatDay(v as Day)
          : spec.prop === 'holidays'
            ? (v as readonly Day[]).map(formatDay).join(', ')
            : spec.prop === 'notesPerMonth' && v === Infinity
              ? 'unlimited'
              : ['inmailReplyRate', 'acceptanceRate', 'replyAfterAccept'].includes(spec.prop)
                ? `${Math.round((v as number) * 10000) / 100}%`
                : String(v);
    return [spec.key, text];
  });
  for (const [key, header] of Object.entries(s.columns)) {
    const field = FIELDS.find((f) => f.key === key);
    pairs.push([`Column: ${field?.label ?? key}`, header as string]);
  }
  return pairs;
}
