/**
 * SPEC section 1: the input fields. Each field is one row of `FIELDS`: its label, the header
 * aliases a CRM or Sales Navigator export would use, and the parser for its kind. A parser turns
 * one non-blank cell into a typed value or a `Problem`; a blank cell is "unknown", never an error.
 */
import { type Day, dayFromDate, formatDay, inCalendar, isDate, parseIsoDay } from './dates.js';
import { type Cell, type ConnectionStatus, type Degree, type FieldKey, Problem, type Prospect, type Seniority, normalizeHeader } from './model.js';

type NonBlank = string | number | boolean | Date;
type Parser = (cell: NonBlank) => unknown;

export interface FieldSpec {
  readonly key: FieldKey;
  /** The canonical column name of SPEC section 1. */
  readonly label: string;
  /** Other headers that mean this field; matched case-, space- and punctuation-insensitively. */
  readonly aliases: readonly string[];
  readonly parse: Parser;
  /** What the field accepts, shown in the sidebar and the README. */
  readonly accepts: string;
}

// ---------------------------------------------------------------- parsers, one per kind of cell

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'checked', 'on']);
const NO = new Set(['no', 'n', 'false', '0', 'unchecked', 'off']);

/** A cell as text: a Date as YYYY-MM-DD, a blank as ''. */
export function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? '' : text(cell);
}

function text(cell: NonBlank): string {
  if (typeof cell === 'string') return cell.trim();
  if (isDate(cell)) {
    const day = dayFromDate(cell);
    return day === undefined ? '' : formatDay(day);
  }
  return String(cell).trim();
}

/** The spellings a list really holds, looked up as they are before any trimming or lower-casing. */
const YES_NO_EXACT = new Map<unknown, boolean>(
  [...YES, ...NO].flatMap((w) => [w, w.toUpperCase(), w[0]?.toUpperCase() + w.slice(1)].map((v) => [v, YES.has(w)] as const)),
);

function yesNo(cell: NonBlank): boolean | Problem {
  if (cell === 'Yes') return true;
  if (cell === 'No') return false;
  const exact = YES_NO_EXACT.get(cell);
  if (exact !== undefined) return exact;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') {
    if (cell === 1) return true;
    if (cell === 0) return false;
  }
  const t = text(cell).toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return new Problem('expected yes or no');
}

function wholeNumber(cell: NonBlank): number | Problem {
  if (typeof cell === 'string') {
    const quick = +cell;
    if (Number.isInteger(quick) && quick >= 0) return quick;
  }
  const n =
    typeof cell === 'number'
      ? cell
      : Number(
          text(cell)
            .replace(/[,\s_]/g, '')
            .replace(/\+$/, ''),
        );
  if (typeof cell === 'boolean' || isDate(cell) || !Number.isInteger(n) || n < 0) {
    return new Problem('expected a whole number, 0 or more');
  }
  return n;
}

const MONEY_SCALE: Record<string, number> = { '': 1, k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9 };
const CURRENCY_CODES = ['usd', 'eur', 'gbp'];
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * An amount as lists write it: `50000`, `$50,000`, `50k`, `1.2M`, `USD 2,500`, `€40k`. One pass
 * over the characters with no regex and no copy: deal values are in most rows of a long list.
 */
export function parseAmount(text: string): number | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  while (end > i && text.charCodeAt(end - 1) <= 32) end--;
  if (end - i > 3 && isLetter(text.charCodeAt(i)) && CURRENCY_CODES.includes(text.slice(i, i + 3).toLowerCase())) i += 3;
  else if (end - i > 3 && isLetter(text.charCodeAt(end - 1)) && CURRENCY_CODES.includes(text.slice(end - 3, end).toLowerCase())) end -= 3;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  while (end > i && text.charCodeAt(end - 1) <= 32) end--;
  const c0 = text.charCodeAt(i);
  if (c0 === 36 || c0 === 8364 || c0 === 163 || c0 === 165) i++; // $ € £ ¥
  while (i < end && text.charCodeAt(i) <= 32) i++;
  let mantissa = 0;
  let decimals = -1;
  let digits = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else if (c !== 44 && c !== 95 && c !== 32) break; // , _ and spaces group digits
  }
  const scale = i === end ? 1 : end - i <= 2 ? MONEY_SCALE[text.slice(i, end).toLowerCase()] : undefined;
  if (digits === 0 || scale === undefined) return undefined;
  return decimals > 0 ? (mantissa * scale) / 10 ** decimals : mantissa * scale;
}

function money(cell: NonBlank): number | Problem {
  const quick = typeof cell === 'number' ? cell : typeof cell === 'string' ? +cell : NaN;
  if (Number.isFinite(quick) && quick >= 0) return quick;
  const amount = typeof cell === 'string' ? parseAmount(cell) : undefined;
  return amount ?? new Problem('expected an amount such as 50000, $50,000, 50k or 1.2M');
}

export function parseDateCell(cell: NonBlank): Day | Problem {
  const day = typeof cell === 'string' ? parseIsoDay(cell.trim()) : isDate(cell) ? dayFromDate(cell) : undefined;
  return day !== undefined && inCalendar(day) ? day : new Problem('expected a date as YYYY-MM-DD');
}

/** Degree words as LinkedIn, Sales Navigator and CRMs write them, after lower-casing and removing "degree". */
const DEGREES: Record<string, Degree> = {
  '1': 1,
  '1st': 1,
  first: 1,
  '2': 2,
  '2nd': 2,
  second: 2,
  '3': 3,
  '3rd': 3,
  third: 3,
  '3+': 3,
  '3rd+': 3,
  'out of network': 4,
  'out-of-network': 4,
  outofnetwork: 4,
  oon: 4,
  'outside network': 4,
  '4': 4,
  '4th': 4,
  '4+': 4,
};

function degree(cell: NonBlank): Degree | Problem {
  const exact = typeof cell === 'string' ? (DEGREES[cell] ?? DEGREES[cell.trim().toLowerCase()]) : typeof cell === 'number' ? DEGREES[cell] : undefined;
  if (exact !== undefined) return exact;
  const t = text(cell)
    .toLowerCase()
    .replace(/\s*(degree|connection)s?\s*/g, ' ')
    .trim();
  return DEGREES[t] ?? new Problem('expected 1, 2, 3, 1st, 2nd, 3rd, 3rd+ or out of network');
}

/** Our six levels, plus Sales Navigator's seniority filter names. */
const SENIORITIES: Record<string, Seniority> = {
  'c-level': 'c-level',
  clevel: 'c-level',
  'c level': 'c-level',
  'c-suite': 'c-level',
  csuite: 'c-level',
  cxo: 'c-level',
  executive: 'c-level',
  owner: 'c-level',
  partner: 'c-level',
  'owner / partner': 'c-level',
  founder: 'c-level',
  vp: 'vp',
  'vice president': 'vp',
  svp: 'vp',
  evp: 'vp',
  director: 'director',
  head: 'director',
  manager: 'manager',
  'experienced manager': 'manager',
  'entry level manager': 'manager',
  senior: 'senior',
  strategic: 'senior',
  lead: 'senior',
  entry: 'entry',
  'entry level': 'entry',
  junior: 'entry',
  'in training': 'entry',
  intern: 'entry',
  training: 'entry',
};

function seniority(cell: NonBlank): Seniority | Problem {
  return (
    SENIORITIES[text(cell).toLowerCase().replace(/[-_]/g, ' ').replace(/\s+/g, ' ')] ??
    SENIORITIES[text(cell).toLowerCase()] ??
    new Problem('expected c-level, vp, director, manager, senior or entry')
  );
}

const STATUSES: Record<string, ConnectionStatus> = {
  none: 'none',
  'not sent': 'none',
  'not connected': 'none',
  new: 'none',
  '-': 'none',
  pending: 'pending',
  sent: 'pending',
  invited: 'pending',
  requested: 'pending',
  'request sent': 'pending',
  accepted: 'accepted',
  connected: 'accepted',
  declined: 'declined',
  ignored: 'declined',
  rejected: 'declined',
  withdrawn: 'withdrawn',
  cancelled: 'withdrawn',
  canceled: 'withdrawn',
};

function status(cell: NonBlank): ConnectionStatus | Problem {
  return (
    (typeof cell === 'string' ? STATUSES[cell] : undefined) ??
    STATUSES[text(cell).toLowerCase()] ??
    new Problem('expected none, pending, accepted, declined or withdrawn')
  );
}

const NO_TRIGGER = new Set([...NO, 'none', '-', 'n/a', 'na']);

/** A trigger is free text ("funding", "job change") or yes/no. Absent = no trigger. */
function trigger(cell: NonBlank): string | undefined {
  if (cell === true || cell === 1) return 'trigger';
  if (cell === false || cell === 0) return undefined;
  const t = text(cell);
  const lower = t.toLowerCase();
  if (NO_TRIGGER.has(lower)) return undefined;
  return YES.has(lower) ? 'trigger' : t.slice(0, 40);
}

// ---------------------------------------------------------------- the field table (SPEC section 1)

export const FIELDS: readonly FieldSpec[] = [
  {
    key: 'name',
    label: 'Name',
    parse: text,
    accepts: 'text',
    aliases: ['Full Name', 'Prospect', 'Prospect Name', 'Contact', 'Contact Name', 'Lead Name', 'Lead'],
  },
  {
    key: 'title',
    label: 'Title',
    parse: text,
    accepts: 'job title text',
    aliases: ['Job Title', 'Position', 'Current Title', 'Current Position', 'Role', 'Job'],
  },
  {
    key: 'seniority',
    label: 'Seniority',
    parse: seniority,
    accepts: 'c-level, vp, director, manager, senior, entry',
    aliases: ['Seniority Level', 'Level', 'Management Level'],
  },
  {
    key: 'degree',
    label: 'Degree',
    parse: degree,
    accepts: '1, 2, 3, 1st, 2nd, 3rd, 3rd+, out of network',
    aliases: ['Connection Degree', 'Conn. degree', 'Conn Degree', 'Degree of Connection', 'Connection Level', 'Network Distance', 'Distance'],
  },
  {
    key: 'openProfile',
    label: 'Open Profile',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['Is Open Profile', 'Open Profile (free to message)', 'Free To Message', 'OpenLink'],
  },
  {
    key: 'namedAccount',
    label: 'Named Account',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['Target Account', 'Key Account', 'Strategic Account', 'ABM Account', 'Named'],
  },
  {
    key: 'segmentSize',
    label: 'Segment Size',
    parse: wholeNumber,
    accepts: 'whole number',
    aliases: ['Segment', 'Similar Prospects', 'List Size', 'Cohort Size', 'Audience Size'],
  },
  {
    key: 'trigger',
    label: 'Trigger',
    parse: trigger,
    accepts: 'text (funding, job change...) or yes/no',
    aliases: ['Trigger Event', 'Buying Signal', 'Signal', 'Event'],
  },
  { key: 'deadline', label: 'Deadline', parse: parseDateCell, accepts: 'date (YYYY-MM-DD)', aliases: ['Due Date', 'Due By', 'Respond By', 'Reply By'] },
  { key: 'seriousAsk', label: 'Serious Ask', parse: yesNo, accepts: 'yes/no', aliases: ['Serious', 'High Stakes', 'Serious Request'] },
  {
    key: 'dealValue',
    label: 'Deal Value',
    parse: money,
    accepts: 'number, $50,000, 50k, 1.2M',
    aliases: [
      'Deal Size',
      'Opportunity Value',
      'Opportunity Amount',
      'Deal Amount',
      'Amount',
      'Potential Value',
      'ACV',
      'Est. Deal Value',
      'Estimated Deal Value',
    ],
  },
  {
    key: 'warm',
    label: 'Warm',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['Warm Lead', 'Warmed Up', 'Engaged', 'Engaged With Posts', 'Referral', 'Warm Intro'],
  },
  {
    key: 'mutualConnections',
    label: 'Mutual Connections',
    parse: wholeNumber,
    accepts: 'whole number',
    aliases: ['Shared Connections', 'Mutuals', 'Mutual', 'Common Connections', '# Mutual Connections'],
  },
  {
    key: 'activeOnLinkedIn',
    label: 'Active On LinkedIn',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['Active', 'Recently Active', 'Posted Recently', 'LinkedIn Active', 'Active On LI'],
  },
  {
    key: 'acceptsConnections',
    label: 'Accepts Connections',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['Connectable', 'Can Connect', 'Open To Connect', 'Accepts Invites', 'Accepts Invitations'],
  },
  {
    key: 'acceptsInMail',
    label: 'Accepts InMail',
    parse: yesNo,
    accepts: 'yes/no',
    aliases: ['InMail Allowed', 'InMail Enabled', 'Can InMail', 'Accepts InMails'],
  },
  {
    key: 'connectionStatus',
    label: 'Connection Status',
    parse: status,
    accepts: 'none, pending, accepted, declined, withdrawn',
    aliases: ['Status', 'Invite Status', 'Invitation Status', 'Request Status', 'Connection Request Status'],
  },
  {
    key: 'requestedOn',
    label: 'Requested On',
    parse: parseDateCell,
    accepts: 'date (YYYY-MM-DD)',
    aliases: [
      'Request Sent',
      'Request Sent On',
      'Requested',
      'Invite Sent',
      'Invited On',
      'Invitation Sent',
      'Connection Requested',
      'Connection Request Date',
      'Request Date',
      'Date Requested',
    ],
  },
  {
    key: 'inmailSentOn',
    label: 'InMail Sent On',
    parse: parseDateCell,
    accepts: 'date (YYYY-MM-DD)',
    aliases: ['InMail Sent', 'InMail Date', 'InMailed On', 'InMailed', 'Date InMailed'],
  },
  { key: 'replied', label: 'Replied', parse: yesNo, accepts: 'yes/no', aliases: ['Reply', 'Responded', 'Has Replied', 'Reply Received', 'Got Reply'] },
  { key: 'firstName', label: 'First Name', parse: text, accepts: 'text', aliases: ['First', 'Given Name', 'firstName'] },
  { key: 'lastName', label: 'Last Name', parse: text, accepts: 'text', aliases: ['Last', 'Surname', 'Family Name', 'lastName'] },
  {
    key: 'linkedinUrl',
    label: 'LinkedIn URL',
    parse: text,
    accepts: 'a profile URL',
    aliases: ['LinkedIn', 'LinkedIn Profile', 'Profile URL', 'profileUrl', 'Person Linkedin Url'],
  },
  { key: 'email', label: 'Email', parse: text, accepts: 'text', aliases: ['Email Address', 'E-mail', 'Work Email'] },
  { key: 'phone', label: 'Phone', parse: text, accepts: 'text', aliases: ['Phone Number', 'Mobile', 'Mobile Phone', 'Work Phone'] },
  { key: 'acceptedOn', label: 'Accepted On', parse: parseDateCell, accepts: 'date (YYYY-MM-DD)', aliases: ['Accepted', 'Connected On', 'Accepted Date'] },
  {
    key: 'lastTouchOn',
    label: 'Last Touch On',
    parse: parseDateCell,
    accepts: 'date (YYYY-MM-DD)',
    aliases: ['Last Touch', 'Last Touched', 'Last Contacted', 'Last Activity Date'],
  },
];

const BY_NAME: ReadonlyMap<string, FieldSpec> = new Map(FIELDS.flatMap((f) => [f.label, ...f.aliases].map((h) => [normalizeHeader(h), f] as const)));

/** The field a header or a `Column: <field>` setting names, by its label or an alias. */
export function fieldByName(name: string): FieldSpec | undefined {
  return BY_NAME.get(normalizeHeader(name));
}

/** Title words, most senior first; the first match names the seniority ([000 §6], [002]). */
const TITLE_SENIORITY: ReadonlyArray<readonly [RegExp, Seniority]> = [
  [/\b(executive assistant|assistant to|intern|trainee|apprentice)\b/, 'entry'],
  [/\b(vp|svp|evp|avp|vice[- ]president)\b/, 'vp'],
  [/\b(ceo|cto|cfo|coo|cmo|cro|cio|ciso|cpo|cdo|chief|founder|co-?founder|owner|president|managing partner|partner)\b/, 'c-level'],
  [/\b(director|head of|head)\b/, 'director'],
  [/\b(manager|mgr|team lead|supervisor)\b/, 'manager'],
  [/\b(senior|sr\.?|principal|staff|lead)\b/, 'senior'],
  [/\b(junior|jr\.?|associate|assistant|coordinator|graduate|entry)\b/, 'entry'],
];

/** Lists repeat their titles: each distinct title is matched once (the cache is bounded). */
const titleCache = new Map<string, Seniority | null>();

export function seniorityFromTitle(title: string): Seniority | undefined {
  const cached = titleCache.get(title);
  if (cached !== undefined) return cached ?? undefined;
  const t = title.toLowerCase();
  let level: Seniority | null = null;
  for (const [pattern, l] of TITLE_SENIORITY) {
    if (pattern.test(t)) {
      level = l;
      break;
    }
  }
  if (titleCache.size >= 10_000) titleCache.clear();
  titleCache.set(title, level);
  return level ?? undefined;
}

/**
 * A prospect with every field present (unknown = undefined): all prospects share one shape,
 * so the decision reads them at full speed instead of through a lookup per row.
 */
export function emptyProspect(): Prospect {
  return {
    name: undefined,
    title: undefined,
    seniority: undefined,
    degree: undefined,
    openProfile: undefined,
    namedAccount: undefined,
    segmentSize: undefined,
    trigger: undefined,
    deadline: undefined,
    seriousAsk: undefined,
    dealValue: undefined,
    warm: undefined,
    mutualConnections: undefined,
    activeOnLinkedIn: undefined,
    acceptsConnections: undefined,
    acceptsInMail: undefined,
    connectionStatus: undefined,
    requestedOn: undefined,
    inmailSentOn: undefined,
    replied: undefined,
    firstName: undefined,
    lastName: undefined,
    linkedinUrl: undefined,
    email: undefined,
    phone: undefined,
    acceptedOn: undefined,
    lastTouchOn: undefined,
  };
}

export function isBlank(cell: Cell): boolean {
  if (cell === '' || cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  // Only text that starts or ends with white space can be all white space.
  return cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32 ? cell.trim() === '' : false;
}

/** Sets one parsed value on the prospect; the table guarantees the value has the field's type. */
export function setField(p: Prospect, key: FieldKey, value: unknown): void {
  (p as Record<FieldKey, unknown>)[key] = value;
}
