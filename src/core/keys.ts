/**
 * What makes two rows one prospect (SPEC sections 5 and 6, v2): the same LinkedIn profile URL, or,
 * where a row has no URL, the same email. Text only: no lookups.
 */

/**
 * A profile URL as a key: case-insensitive, without scheme, `www.` or `m.`, query, fragment or
 * trailing slash, so `https://www.linkedin.com/in/ann/?utm=x` = `linkedin.com/in/Ann`.
 */
export function normalizeProfileUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^(www|m)\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/** An email as a key: compared case-insensitively. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
