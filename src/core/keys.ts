/**
 * What makes two rows one prospect (SPEC sections 5 and 6, v2): the same LinkedIn profile URL, or,
 * where a row has no URL, the same email. Text only: no lookups. The reader takes a cell of
 * several links' profile links from here, told apart as the keys tell profiles apart.
 */

import { matches } from './read/titles.js';

/**
 * A profile URL as a key: case-insensitive, without scheme, `www.`, `m.` or a country's
 * subdomain (`de.linkedin.com`), LinkedIn Lite's `/mwlite`, query, fragment or trailing slash, percent-escapes read, and a
 * profile's page under it (`/in/ann/details/experience/`) read as the profile, so
 * `https://de.linkedin.com/in/Ann/details/?utm=x` = `linkedin.com/in/ann`.
 */
export function normalizeProfileUrl(url: string): string {
  let t = url
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[?#].*$/, '');
  if (t.includes('%')) t = percentDecoded(t).toLowerCase();
  // LinkedIn Lite's address of a profile (`linkedin.com/mwlite/in/ann`) is the profile's.
  t = t
    .replace(/^(www|m)\./, '')
    .replace(/^[a-z]{2}\.(?=linkedin\.com\/)/, '')
    .replace(/^linkedin\.com\/mwlite\//, 'linkedin.com/');
  return PROFILE.exec(t)?.[0] ?? t.replace(/\/+$/, '');
}

/** A LinkedIn profile's own address, whatever page of it follows. */
const PROFILE = /^linkedin\.com\/in\/+[^/]+/;
const PROFILE_PATH = 'linkedin.com/in/';
/** A profile's address as LinkedIn writes it, up to the name. */
const PROFILE_URL = `https://www.${PROFILE_PATH}`;
/**
 * The paths after `linkedin.com/` of a person's profile: a public profile's (`/in/`, the older
 * `/pub/`), a Sales Navigator lead's, or a LinkedIn Recruiter candidate's (`/talent/profile/`, a
 * Recruiter export's Profile URL: one candidate in two projects is one person).
 */
const PROFILE_PATHS = ['in', 'pub', 'sales/lead', 'sales/people', 'talent/profile'];
const PROFILE_PATHS_RE = PROFILE_PATHS.map((p) => p.replace('/', '\\/')).join('|');
/** A normalized profile URL (`normalizeProfileUrl`) that is a person's. */
const PROFILE_KEY = new RegExp(`^linkedin\\.com\\/(?:${PROFILE_PATHS_RE})\\/+[^/]`);
/** The paths other than `in/`, as `asciiUrlKey` looks for them after `linkedin.com/`. */
const OTHER_PROFILE_PATHS = PROFILE_PATHS.slice(1).map((p) => `${p}/`);

/** The address Apollo writes where it has not unlocked a person's email: no one's. */
const APOLLO_LOCKED = 'email_not_unlocked@domain.com';

/** Whether a trimmed text is Apollo's placeholder address (`APOLLO_LOCKED`), in any case. */
function isLockedEmail(t: string): boolean {
  return t.length === APOLLO_LOCKED.length && t.toLowerCase() === APOLLO_LOCKED;
}

/** Whether text[from, to) is an address: a name, `@`, a domain with a dot inside it; not Apollo's placeholder. */
function isAddress(text: string, from: number, to: number): boolean {
  const at = text.indexOf('@', from);
  if (at <= from || at >= to) return false;
  const dot = text.indexOf('.', at + 2);
  if (dot < 0 || dot >= to - 1) return false;
  return to - from !== APOLLO_LOCKED.length || !isLockedEmail(text.slice(from, to));
}

/** Whether a trimmed text is an address (a name, `@`, a domain with a dot; not Apollo's placeholder): a normalized email is a key only so, an Email cell read only so. */
export function hasAddress(t: string): boolean {
  return isAddress(t, 0, t.length);
}

/** Whether a normalized URL (`normalizeProfileUrl`) is a person's profile, and so a key. */
export function isProfileKey(url: string): boolean {
  return PROFILE_KEY.test(url);
}

/**
 * Where one link ends in a cell that holds several (Greenhouse's Social Media, Lever's Links:
 * `https://github.com/jdoe, https://www.linkedin.com/in/jdoe/`, a link a line): white space, a
 * semicolon, a bar, or a comma before white space or another link (a scheme, or a host's name with
 * a dot: `github.com/jdoe`). Not any comma: a Sales Navigator lead's address holds its own
 * (`/sales/lead/ACwAAB...,NAME_SEARCH,x7Kq`).
 */
const LINK_END = /[\s;|]|,(?=\s|[a-z][\w+.-]*:\/\/|[\w-]+(?:\.[\w-]+)+(?![\w.-]))/gi;
/** LinkedIn's address in a cell: each link that holds one is cut out around it, the rest of the cell passed over. */
const LINKEDIN_AT = /linkedin\.com\//gi;
/** What people write after a link: the close of `(https://...)` or `<https://...>`, a full stop. */
const AFTER_LINK = /[>)"'\].,]+$/;
/** A LinkedIn profile's address (PROFILE_PATHS), as a cell of several links writes it. */
const PROFILE_LINK = new RegExp(`^(?:https?:\\/\\/)?(?:[a-z]{2,3}\\.)?linkedin\\.com\\/(?:${PROFILE_PATHS_RE})\\/+[^/?#]`, 'i');

/** Whether a character before a link ends what goes before it: white space, `;`, `|`, `,`, or an opening `<`, `(`, a quote, `[`. */
function beforeLink(c: number): boolean {
  return c <= 32 || c === 59 || c === 124 || c === 44 || c === 60 || c === 40 || c === 34 || c === 39 || c === 91;
}

/**
 * The LinkedIn profile links of a cell that holds several links, as written, one a profile
 * (`normalizeProfileUrl`: `/in/ann` and `/in/Ann/details/` are one), in the cell's order. Other
 * links (GitHub, a company's LinkedIn page) and words (`LinkedIn:`) are passed over: only a link
 * that names LinkedIn is cut out of the cell (splitting it into every link cost three times the
 * instructions).
 */
export function profileLinks(cell: string): string[] {
  const links: string[] = [];
  let end = 0;
  LINKEDIN_AT.lastIndex = 0;
  for (let at = LINKEDIN_AT.exec(cell); at !== null; at = LINKEDIN_AT.exec(cell)) {
    let start = at.index;
    while (start > end && !beforeLink(cell.charCodeAt(start - 1))) start--;
    LINK_END.lastIndex = at.index;
    end = LINK_END.exec(cell)?.index ?? cell.length;
    LINKEDIN_AT.lastIndex = end;
    let link = cell.slice(start, end);
    const after = AFTER_LINK.exec(link);
    if (after !== null) link = link.slice(0, after.index);
    if (!PROFILE_LINK.test(link)) continue;
    // Two spellings of one profile are one: compared only where there are two.
    if (links.length > 0 && links.some((l) => normalizeProfileUrl(l) === normalizeProfileUrl(link))) continue;
    links.push(link);
  }
  return links;
}

/** `%C3%A9` as `é`; a text whose escapes are not UTF-8 stays as written. */
function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * An email as a key: its first address, compared case-insensitively. A CRM writes a person's
 * several addresses in one cell (`jan@firma.pl, jan@gmail.com`): the row is still that person.
 */
export function normalizeEmail(email: string): string {
  return (
    email
      .toLowerCase()
      .split(/[\s,;]+/)
      .find((part) => part !== '') ?? ''
  );
}

/**
 * The key as a number that fits a double exactly: two FNV-1a hashes, 53 bits wide, over the kind
 * letter, a space and the normalized text (duplicates are found by it). NaN: no key. Only a
 * profile's address is a URL's key, and only an address an email's: a cell's `TBD`, a company's
 * page, a search, `no email` or Apollo's `email_not_unlocked@domain.com` on many rows made them
 * all one prospect, every row after the first skipped as its duplicate. A row whose URL is no
 * profile's is keyed by its email, as a row with none is.
 */
export function prospectKey(linkedinUrl: string | undefined, email: string | undefined): number {
  if (linkedinUrl !== undefined && linkedinUrl !== '') {
    const key = asciiUrlKey(linkedinUrl);
    if (!Number.isNaN(key)) return key;
    const url = normalizeProfileUrl(linkedinUrl);
    if (isProfileKey(url)) return url.startsWith(PROFILE_PATH) ? hashOf(PROFILE_KIND, url, PROFILE_PATH.length, -1) : hashOf(URL_KIND, url, 0, -1);
  }
  if (email !== undefined && email !== '') {
    trimAscii(email);
    const key = trimFrom < trimTo ? hashOf(EMAIL_KIND, email, trimFrom, trimTo) : Number.NaN;
    if (!Number.isNaN(key)) return isAddress(email, trimFrom, trimTo) ? key : Number.NaN;
    const address = normalizeEmail(email);
    return hasAddress(address) ? hashOf(EMAIL_KIND, address, 0, -1) : Number.NaN;
  }
  return Number.NaN;
}

/**
 * The kinds of key, each hashed first (`hashOf`): a profile under `linkedin.com/in/`, by what
 * follows that path (the path, the same in every such key, is not hashed a row), any other
 * profile's URL, an email.
 */
const PROFILE_KIND = 105;
const URL_KIND = 117;
const EMAIL_KIND = 101;

/** How `hashOf` reads a URL: to a query or a fragment, its trailing slashes left out; or as a profile's name, also to the slash after it. */
const URL_TEXT = 1;
const PROFILE_NAME = 2;

/**
 * FNV-1a (two of them) over `kind`, a space and text[from, to): `to` = -1 hashes the text as it
 * is; otherwise ASCII letters are taken lower-case, as toLowerCase would, and a character past
 * ASCII, a comma, a semicolon or white space gives NaN (the caller then normalizes the text with
 * the string methods: an email cell may hold several addresses). `url` (URL_TEXT): the text
 * ends at a query or fragment (`?`, `#`) and its trailing slashes are left out, as
 * `normalizeProfileUrl` leaves them, in the same pass (a slash is hashed once a character other
 * than a slash follows it). PROFILE_NAME: the same, and the text ends at a slash after a character
 * that is none, the end of a profile's name (`ann` of `ann/details/`); NaN when it has none.
 */
function hashOf(kind: number, text: string, from: number, to: number, url = 0): number {
  let h1 = Math.imul(0x811c9dc5 ^ kind, 0x01000193);
  let h2 = Math.imul(0x01000193 ^ kind, 0x5bd1e995);
  h1 = Math.imul(h1 ^ 32, 0x01000193);
  h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
  const lower = to >= 0;
  const end = lower ? to : text.length;
  let slashes = 0;
  let named = false;
  for (let i = from; i < end; i++) {
    let c = text.charCodeAt(i);
    if (url !== 0) {
      if (c === 47) {
        if (named && url === PROFILE_NAME) break;
        slashes++;
        continue;
      }
      if (c === 63 || c === 35) break;
      named = true;
      for (; slashes > 0; slashes--) {
        h1 = Math.imul(h1 ^ 47, 0x01000193);
        h2 = Math.imul(h2 ^ 47, 0x5bd1e995);
      }
    }
    if (lower) {
      // Past ASCII, or a separator of several addresses (`normalizeEmail`): the string methods read the text.
      if (c > 127 || c === 44 || c === 59 || (c <= 32 && isAsciiSpace(c))) return Number.NaN;
      if (c >= 65 && c <= 90) c += 32;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  if (url === PROFILE_NAME && !named) return Number.NaN;
  return (h1 >>> 0) * 2 ** 21 + ((h2 >>> 0) & 0x1fffff);
}

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** The bounds of the text within its ASCII white space at either end, as `trimAscii` found them. */
let trimFrom = 0;
let trimTo = 0;

/**
 * Sets trimFrom and trimTo to what `trim` keeps of a text, as far as ASCII white space goes; any
 * other white space at an end stays inside the bounds, where hashOf meets it past ASCII and the
 * string methods take over.
 */
function trimAscii(text: string): void {
  let from = 0;
  let to = text.length;
  while (from < to && isAsciiSpace(text.charCodeAt(from))) from++;
  while (to > from && isAsciiSpace(text.charCodeAt(to - 1))) to--;
  trimFrom = from;
  trimTo = to;
}

const lowerAt = (t: string, i: number) => {
  const c = t.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
};

/**
 * `normalizeProfileUrl`'s key of a person's profile URL read in place, hashed without building the
 * text; NaN when what it keeps has a character past ASCII (or an escape), or when it is not plainly
 * a profile's (`TBD`, a company's page, a search): the string methods then tell. What it drops (a scheme, `www.`, ASCII white
 * space, slashes, and the query or fragment, where other characters do not change what goes
 * before them) is dropped the same by the string methods.
 */
function asciiUrlKey(url: string): number {
  trimAscii(url);
  let from = trimFrom;
  const to = trimTo;
  // A profile's address as LinkedIn writes it, most rows' of a list: its start matched at once.
  if (url.startsWith(PROFILE_URL, from)) {
    const percent = url.indexOf('%', from);
    return percent >= 0 && percent < to ? Number.NaN : hashOf(PROFILE_KIND, url, from + PROFILE_URL.length, to, PROFILE_NAME);
  }
  // A scheme: a letter, then letters, digits, + . -, then ://.
  const first = lowerAt(url, from);
  if (from < to && first >= 97 && first <= 122) {
    let i = from + 1;
    for (; i < to; i++) {
      const c = lowerAt(url, i);
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45)) break;
    }
    if (url.startsWith('://', i)) from = i + 3;
  }
  if (to - from >= 4 && lowerAt(url, from) === 119 && lowerAt(url, from + 1) === 119 && lowerAt(url, from + 2) === 119 && url.charCodeAt(from + 3) === 46)
    from += 4;
  else if (to - from >= 2 && lowerAt(url, from) === 109 && url.charCodeAt(from + 1) === 46) from += 2;
  // Percent-escapes are read by the string methods.
  const percent = url.indexOf('%', from);
  if (percent >= 0 && percent < to) return Number.NaN;
  // A country's subdomain of LinkedIn: `de.linkedin.com/`.
  if (isLetter(lowerAt(url, from)) && isLetter(lowerAt(url, from + 1)) && url.charCodeAt(from + 2) === 46 && matches(url, from + 3, 'linkedin.com/')) from += 3;
  // A profile's address ends at the slash after its name: `/in/ann/details/` is `/in/ann`.
  if (matches(url, from, PROFILE_PATH)) return hashOf(PROFILE_KIND, url, from + PROFILE_PATH.length, to, PROFILE_NAME);
  const path = matches(url, from, 'linkedin.com/') ? OTHER_PROFILE_PATHS.find((p) => matches(url, from + 13, p)) : undefined;
  if (path === undefined) return Number.NaN;
  // A name after the path, as after `in/`; the key ends before a query or a fragment, and its
  // trailing slashes are left out, as `normalizeProfileUrl` cuts them: `hashOf` reads it so.
  let i = from + 13 + path.length;
  while (i < to && url.charCodeAt(i) === 47) i++;
  if (i >= to || url.charCodeAt(i) === 63 || url.charCodeAt(i) === 35) return Number.NaN;
  return hashOf(URL_KIND, url, from, to, URL_TEXT);
}

const isLetter = (c: number) => c >= 97 && c <= 122;
