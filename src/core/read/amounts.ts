/**
 * SPEC section 1a: amounts as lists and locales write them. `$75,000`, `75.000 €`, `€75.000`,
 * `EUR 75 000` (spaces, non-breaking spaces), `75k`, `1,2M`, `1.2M`. A dot or comma followed by
 * exactly three digits groups thousands; otherwise it is the decimal mark. No currency conversion.
 */

import { remember } from '../remember.js';

/** Thousands, millions, billions; German `Tsd.`/`T€`, `Mio.`, `Mrd.`; Spanish and Portuguese `mil`, Brazil's `mi` and `bi`. */
const SCALES: Record<string, number> = {
  k: 1e3,
  t: 1e3,
  tsd: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  millones: 1e6,
  millon: 1e6,
  millón: 1e6,
  // A thousand in Spanish and Portuguese (`80 mil`, `R$ 50 mil`), not the slang million of English.
  mil: 1e3,
  mi: 1e6,
  milhão: 1e6,
  milhao: 1e6,
  milhões: 1e6,
  milhoes: 1e6,
  bi: 1e9,
  bilhão: 1e9,
  bilhao: 1e9,
  bilhões: 1e9,
  bilhoes: 1e9,
  b: 1e9,
  bn: 1e9,
  mrd: 1e9,
  // Polish and Czech (`120 tys. zł`, `1,5 mln zł`, `300 tis. Kč`), Russian and Ukrainian (`300 тис. грн`, `2 млн ₽`).
  tys: 1e3,
  tis: 1e3,
  mln: 1e6,
  mld: 1e9,
  // Danish and Norwegian `2,5 mill. kr`, Swedish `2,5 miljoner kr`, Finnish `2,5 milj. €` (Danish `mio.` and
  // Dutch `mln` are above); a Swedish `tkr` or `Mkr` (`MSEK`) is its scale's letter and its crowns (`SCALED_CROWNS`).
  mill: 1e6,
  miljoner: 1e6,
  milj: 1e6,
  тыс: 1e3,
  тис: 1e3,
  млн: 1e6,
  млрд: 1e9,
  // Japanese and Chinese: ten thousand and a hundred million (`500万円`).
  万: 1e4,
  億: 1e8,
  亿: 1e8,
};
/**
 * Currency signs written before or after the number. `\\` is the yen sign of a Shift_JIS file
 * (Japanese Excel's currency format: its byte is the backslash's); `￥` the full-width one.
 */
const SIGNS = new Set([
  '$',
  '€',
  '£',
  '¥',
  '₹',
  '₩',
  '₽',
  '₺',
  '₪',
  '₫',
  '₱',
  '₴',
  '₸',
  'R$',
  'US$',
  'C$',
  'A$',
  'kr',
  'Fr.',
  'zł',
  'Kč',
  // The Danish and Norwegian krone written with its dot (`kr. 750.000,00`, `750.000,00 kr.`): the crowns `kr` names.
  'kr.',
  'Ft',
  'lei',
  'TL',
  'грн',
  'грн.',
  'руб',
  'руб.',
  'р.',
  '円',
  '元',
  '￥',
  '\\',
]);
/** Signs that another way of writing names: the yen of a Shift_JIS file's backslash, the full-width yen, the krone's `kr.`. */
const SIGN_AS = new Map([
  ['\\', '¥'],
  ['￥', '¥'],
  ['kr.', 'kr'],
]);
/**
 * A thousand or a million crowns as Swedish, Danish and Norwegian lists write them, the scale's letter
 * joined to the crowns after a number: `250 tkr`, `2,5 Mkr`, `12 MSEK`, `500 TDKK`, `2 MNOK`.
 */
const SCALED_CROWNS = /\d\s*[tkm](kr\.?|sek|nok|dkk)$/i;
/** Spaces that group digits: space, no-break space, narrow no-break space, thin space, apostrophe (Swiss). */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009'’_]/g;

const CODES = new Set(['usd', 'eur', 'gbp', 'chf', 'cad', 'aud', 'jpy', 'inr', 'sek', 'nok', 'dkk', 'pln', 'brl', 'mxn', 'sgd', 'hkd', 'nzd', 'zar', 'cny']);

/** A currency sign or ISO code (`USD`, `eur`); never a scale word such as `MIO`. */
function isCurrency(word: string): boolean {
  if (SIGNS.has(word)) return true;
  if (!/^[A-Za-z]{3}$/.test(word) || SCALES[word.toLowerCase()] !== undefined) return false;
  return word === word.toUpperCase() || CODES.has(word.toLowerCase());
}

/** Strips currency signs and 3-letter codes (USD, EUR...) from both ends; the rest is the number. */
function withoutCurrency(text: string): string {
  return splitCurrency(text).rest;
}

/** The text without the currency signs and codes at its ends, and the first of them as written (a code upper-cased). */
function splitCurrency(text: string): { rest: string; currency: string | undefined } {
  let t = text.trim();
  let currency: string | undefined;
  // `250 tkr`: the crowns, and `250 t` for the number and its scale.
  const crowns = SCALED_CROWNS.exec(t);
  if (crowns) {
    const sign = crowns[1] as string;
    currency = /^k/i.test(sign) ? 'kr' : sign.toUpperCase();
    t = t.slice(0, t.length - sign.length);
  }
  for (let pass = 0; pass < 2; pass++) {
    const head = /^(kr\.|[A-Za-z]{3}|[A-Za-z]{0,2}\$|[^\d\s.,+-]{1,3})\s*/.exec(t);
    if (head && isCurrency(head[1] as string)) {
      currency ??= head[1] as string;
      t = t.slice(head[0].length);
    }
    const tail = /\s*([A-Za-z]{3}|[A-Za-z]{0,2}\$|kr\.?|zł|Fr\.|Kč|Ft|lei|TL|грн\.?|руб\.?|р\.|[^\d\s.,a-zA-Z万億亿]{1,2})$/.exec(t);
    if (tail && isCurrency(tail[1] as string)) {
      currency ??= tail[1] as string;
      t = t.slice(0, t.length - tail[0].length);
    }
  }
  // A code upper-cased (`eur`); a sign of three letters as written (`lei`).
  const named = currency && /^[A-Za-z]{3}$/.test(currency) && !SIGNS.has(currency) ? currency.toUpperCase() : currency;
  return { rest: t.trim(), currency: named === undefined ? undefined : (SIGN_AS.get(named) ?? named) };
}

/**
 * Digits with grouping and one decimal mark, as a number; undefined when the text is not one. The
 * one reading of a written number: amounts and whole numbers (SPEC 1a) both go through it.
 */
export function plainNumber(text: string): number | undefined {
  const t = text.replace(GROUP_SPACES, (m, offset: number) => {
    // A space groups only between digits ("75 000"), never "75 . 5".
    const before = text.charCodeAt(offset - 1);
    const after = text.charCodeAt(offset + m.length);
    return before >= 48 && before <= 57 && after >= 48 && after <= 57 ? ' ' : m;
  });
  if (!/^[\d.,][\d .,]*$/.test(t) || /[ .,]$/.test(t) || !/\d/.test(t)) return undefined;
  const spaced = t.split(' ');
  if (spaced.slice(1).some((g) => !/^\d{3}(?:[.,]\d*)?$/.test(g))) return undefined;
  const s = spaced.join('');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let integer: string;
  let fraction = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const mark = Math.max(lastDot, lastComma);
    const group = lastDot > lastComma ? ',' : '.';
    integer = s.slice(0, mark);
    fraction = s.slice(mark + 1);
    if (fraction.includes('.') || fraction.includes(',')) return undefined;
    if (!groupsOfThree(integer, group)) return undefined;
    integer = integer.split(group).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = s.split(mark);
    if (parts.length > 2) {
      if (!groupsOfThree(s, mark)) return undefined;
      integer = parts.join('');
    } else {
      const [a, b] = parts as [string, string];
      // `75.000`, `1,250`: three digits after the mark group thousands (but `0.125` is a fraction).
      if (b.length === 3 && !/^0*$/.test(a)) integer = a + b;
      else [integer, fraction] = [a, b];
    }
  } else integer = s;
  if (integer === '' && fraction !== '') integer = '0';
  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction)) return undefined;
  return finite(Number(fraction ? `${integer}.${fraction}` : integer));
}

/** A number, or undefined past the largest a number holds: 400 digits read as Infinity, and a Reason said "deal InfinityM". */
const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined);

const PLAIN = /^\d+(?:\.\d{1,2}|\.\d{4,})?$/;
/**
 * An amount as a US-locale CRM writes it (HubSpot's, Salesforce's): `$75,000`, `$1,250.50`,
 * `12,345`. A list of deals holds a different one a row, which no cache finds again: read by this
 * test alone, as the longer reading reads it (a HubSpot-shaped export: 11% of the command line's
 * instructions). A first group of zeros (`0,125`) is the longer reading's, a fraction there.
 */
const US_GROUPED = /^\$?[1-9]\d{0,2}(?:,\d{3})*(?:\.\d{1,2})?$/;

function groupsOfThree(text: string, mark: string): boolean {
  const groups = text.split(mark);
  return /^\d{1,3}$/.test(groups[0] as string) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Lists repeat their amounts (`$25,000`, `50k`): each distinct text is read once (the cache is bounded: `remember`). */
const cache = new Map<string, number | null>();

/** An amount as a number of the sheet's own currency, or undefined when the text is not an amount. */
export function parseAmount(text: string): number | undefined {
  // Plain digits, with a decimal part that cannot be a thousands group.
  if (PLAIN.test(text)) return finite(+text);
  if (US_GROUPED.test(text)) return usGroupedValue(text);
  const cached = cache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const amount = readAmount(text);
  remember(cache, text, amount ?? null);
  return amount;
}

/**
 * The value of a text US_GROUPED matched: its digits read as they come, the dollar sign and the
 * commas passed over, the cents divided in at the end, which rounds as reading the decimal text
 * does (both are the double nearest the same fraction). A whole part past 2^53 is read from its text.
 */
function usGroupedValue(text: string): number | undefined {
  if (text.length > 20) return finite(+text.replace(/[$,]/g, ''));
  let n = 0;
  let scale = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) scale = 1;
    else if (isDigit(c)) {
      n = n * 10 + (c - 48);
      scale *= 10;
    }
  }
  return scale > 1 ? n / scale : n;
}

/** The Czech crown, whose lists write a million `mil.`; the euro, Slovakia's, whose lists do too, as Spanish ones write a thousand. */
const CROWNS: ReadonlySet<string> = new Set(['Kč', 'CZK']);
const EUROS: ReadonlySet<string> = new Set(['€', 'EUR']);

/** The US dollar as an amount names it: where `mil` reads two ways, and what High Value's default is meant in. */
export const DOLLARS: ReadonlySet<string> = new Set(['$', 'US$', 'USD']);

function readAmount(text: string): number | undefined {
  // `45.000,- €`, `500,-`: a whole amount, no cents, as German and Swiss prices write it.
  let t = withoutCurrency(text).replace(/([\d\s])[.,][-–]{1,2}$/, '$1');
  // Excel's accounting format writes zero as a dash (`-   €`, `€ -`).
  if (/^[-–]$/.test(t)) return 0;
  const scale = /\s*([a-zA-Zóãõа-яё]{1,8}|[万億亿])\.?$/.exec(t);
  let factor = 1;
  if (scale) {
    const word = (scale[1] as string).toLowerCase();
    const f = SCALES[word];
    if (f === undefined) return undefined;
    // In dollars, `mil` may be English slang for a million (`$2 mil`): neither reading is taken, the cell is the row's error.
    if (word === 'mil' && DOLLARS.has(currencyOf(text) ?? '')) return undefined;
    // `mil.` with its dot is Czech and Slovak for a million (`2,5 mil. Kč`), Spanish and Portuguese `mil` a thousand
    // (`R$ 50 mil.`): a million in crowns, a thousand in another currency, neither in euros (Slovakia's) or none.
    const currency = word === 'mil' && scale[0].endsWith('.') ? (currencyOf(text) ?? '') : undefined;
    if (currency !== undefined && (currency === '' || EUROS.has(currency))) return undefined;
    factor = currency !== undefined && CROWNS.has(currency) ? 1e6 : f;
    t = withoutCurrency(t.slice(0, t.length - scale[0].length));
  }
  const n = plainNumber(t);
  if (n === undefined) return undefined;
  return factor === 1 ? n : finite(Math.round(n * factor * 100) / 100);
}

/** Lists repeat their amounts: each distinct text's currency is found once (the cache is bounded: `remember`). */
const currencies = new Map<string, string | null>();

/**
 * The currency an amount is written in, as written (`$`, `€`, `R$`, `kr`; a code such as `EUR`
 * upper-cased), or undefined when it names none: `75k` and `180000` are in no currency the
 * text can tell. The first when both ends name one (`$75,000 USD`).
 */
export function currencyOf(text: string): string | undefined {
  // Most amounts name none: a digit first, and a digit or a scale letter last (`75000`, `75K`, `1.2M`).
  const last = text.charCodeAt(text.length - 1) | 32;
  // (A K or M after a digit: `600 000 SEK` names a currency.)
  if (isDigit(text.charCodeAt(0)) && (isDigit(last) || ((last === K || last === M) && isDigit(text.charCodeAt(text.length - 2))))) return undefined;
  if (text.charCodeAt(0) === DOLLAR && US_GROUPED.test(text)) return '$';
  const known = currencies.get(text);
  if (known !== undefined) return known ?? undefined;
  const { currency } = splitCurrency(text);
  remember(currencies, text, currency ?? null);
  return currency;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const DOLLAR = 36;
const DOT = 46;
/** `k` and `m`, and the upper-case letters as `| 32` makes them. */
const K = 107;
const M = 109;
