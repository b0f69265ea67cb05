// ../../../tmp/readbench/rp.ts
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

// src/core/model.ts
var Problem = class {
  constructor(message, code = "cell") {
    this.message = message;
    this.code = code;
  }
};
var RowError = class {
  constructor(column, problem, got, others = 0) {
    this.column = column;
    this.problem = problem;
    this.got = got;
    this.others = others;
    /** Errors are told apart by this, not by the text they start with. */
    this.kind = "error";
  }
  /**
   * One line of at most 120 characters, like every Reason: a long value is shortened first, and
   * a long header gives way before the value drops under 8 characters.
   */
  get text() {
    const more = this.others > 0 ? ` (+${this.others} more)` : "";
    const fixed = ` (got '')${more}`.length;
    const headOf = (column2) => `ERROR: ${column2}: ${this.problem}`;
    let column = this.column.length > 40 ? `${this.column.slice(0, 37)}...` : this.column;
    const over = headOf(column).length + fixed + Math.min(8, this.got.length) - 120;
    if (over > 0 && column.length > 12) column = `${column.slice(0, Math.max(9, column.length - over - 3))}...`;
    const head = headOf(column);
    const room = Math.max(4, 120 - head.length - fixed);
    const got = this.got.length > room ? `${this.got.slice(0, room - 3)}...` : this.got;
    return `${head} (got '${got}')${more}`;
  }
};
var CHANNELS = ["MESSAGE", "CONNECT_NOTE", "CONNECT", "OPEN_PROFILE", "INMAIL", "EMAIL_OR_PHONE", "WITHDRAW", "SKIP"];
function normalizeHeader(header) {
  return String(header ?? "").toLowerCase().replace(/[^a-z0-9+#]/g, "");
}
var SEQUENCE_NAMES = ["hybrid", "connection-first", "inmail-first", "multichannel"];
var DATE_ORDERS = ["auto", "month-first", "day-first"];
var CREDITS_RUN_OUT = ["connect", "next-month"];
var FIRST_RULES = [
  "first-degree",
  // 1: a connection: message
  "no-path",
  // 2: no LinkedIn path: email or phone
  "only-open-profile",
  // 3: InMail only, Open Profile
  "only-not-worth",
  // 3: InMail only, not worth a credit: skip
  "only-inmail",
  // 3: InMail only, worth a credit
  "only-no-credit",
  // 3: InMail only, worth reaching, no credit left: email or phone
  "warm",
  // 3a: warm: the connection side
  "volume",
  // 4: too many similar prospects: the connection side
  "open-profile",
  // 5 and 6: InMail side, Open Profile
  "inmail",
  // 5 and 6: InMail side, a paid credit
  "inmail-fallback",
  // 6: InMail side, no InMail possible: the connection side
  "connect",
  // 5 and 7: the connection side on the score
  "connect-default"
  // 5 and 7: no signal either way
];
var OUTPUT_COLUMNS = ["Channel", "Day", "Date", "Cost", "Reason"];

// src/core/dates.ts
var FIRST_DAY = -719162;
var LAST_DAY = 2932896;
function inCalendar(day) {
  return day >= FIRST_DAY && day <= LAST_DAY;
}
var MS_PER_DAY = 864e5;
var ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
var SLASHED_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
function dayFromParts(year2, month, date) {
  if (month < 1 || month > 12 || date < 1 || date > 31) return void 0;
  const ms = Date.UTC(year2, month - 1, date);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year2 || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) {
    return void 0;
  }
  return Math.round(ms / MS_PER_DAY);
}
var digit = (c) => c - 48;
function fastIsoDay(t2) {
  if (t2.length !== 10 || t2.charCodeAt(4) !== 45 || t2.charCodeAt(7) !== 45) return void 0;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d4 = digit(t2.charCodeAt(i));
    if (d4 < 0 || d4 > 9) return void 0;
    y = y * 10 + d4;
  }
  const m1 = digit(t2.charCodeAt(5));
  const m2 = digit(t2.charCodeAt(6));
  const d1 = digit(t2.charCodeAt(8));
  const d2 = digit(t2.charCodeAt(9));
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return void 0;
  const m = m1 * 10 + m2;
  const d3 = d1 * 10 + d2;
  return civilDay(y, m, d3);
}
function civilDay(y, m, d2) {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || m < 1 || m > 12 || d2 < 1) return void 0;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  const length = m === 2 ? leap ? 29 : 28 : [4, 6, 9, 11].includes(m) ? 30 : 31;
  if (d2 > length) return void 0;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d2 - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function parseIsoDay(text2) {
  const fast = fastIsoDay(text2);
  if (fast !== void 0) return fast;
  const m = ISO_DAY.exec(text2) ?? SLASHED_YMD.exec(text2);
  if (!m) return void 0;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}
function dayFromDate(d2) {
  const ms = d2.getTime();
  if (Number.isNaN(ms)) return void 0;
  if (!isLocalMidnight(d2) && ms % MS_PER_DAY === 0) return ms / MS_PER_DAY;
  return dayFromParts(d2.getFullYear(), d2.getMonth() + 1, d2.getDate());
}
function isDate(x) {
  if (typeof x !== "object" || x === null) return false;
  return x instanceof Date || Object.prototype.toString.call(x) === "[object Date]";
}
function isLocalMidnight(d2) {
  return d2.getHours() === 0 && d2.getMinutes() === 0 && d2.getSeconds() === 0 && d2.getMilliseconds() === 0;
}
var formatted = /* @__PURE__ */ new Map();
function formatDay(day) {
  if (!inCalendar(day)) return "a date outside years 0001-9999";
  let text2 = formatted.get(day);
  if (text2 === void 0) {
    text2 = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (formatted.size >= 4096) formatted.clear();
    formatted.set(day, text2);
  }
  return text2;
}

// src/core/read/amounts.ts
var SCALES = { k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, mio: 1e6, b: 1e9, bn: 1e9 };
var SIGNS = /* @__PURE__ */ new Set(["$", "\u20AC", "\xA3", "\xA5", "\u20B9", "\u20A9", "\u20BD", "\u20BA", "\u20AA", "\u20AB", "\u20B1", "R$", "US$", "C$", "A$", "kr", "Fr.", "z\u0142"]);
var GROUP_SPACES = /[\s\u00a0\u202f\u2009'’_]/g;
var CODES = /* @__PURE__ */ new Set(["usd", "eur", "gbp", "chf", "cad", "aud", "jpy", "inr", "sek", "nok", "dkk", "pln", "brl", "mxn", "sgd", "hkd", "nzd", "zar", "cny"]);
function isCurrency(word2) {
  if (SIGNS.has(word2)) return true;
  if (!/^[A-Za-z]{3}$/.test(word2) || SCALES[word2.toLowerCase()] !== void 0) return false;
  return word2 === word2.toUpperCase() || CODES.has(word2.toLowerCase());
}
function withoutCurrency(text2) {
  let t2 = text2.trim();
  for (let pass = 0; pass < 2; pass++) {
    const head = /^([A-Za-z]{3}|[A-Za-z]{0,2}\$|[^\d\s.,+-]{1,3})\s*/.exec(t2);
    if (head && isCurrency(head[1])) t2 = t2.slice(head[0].length);
    const tail = /\s*([A-Za-z]{3}|[A-Za-z]{0,2}\$|kr|zł|Fr\.|[^\d\s.,a-zA-Z]{1,2})$/.exec(t2);
    if (tail && isCurrency(tail[1])) t2 = t2.slice(0, t2.length - tail[0].length);
  }
  return t2.trim();
}
function plainNumber(text2) {
  const t2 = text2.replace(GROUP_SPACES, (m, offset) => {
    const before = text2.charCodeAt(offset - 1);
    const after = text2.charCodeAt(offset + m.length);
    return before >= 48 && before <= 57 && after >= 48 && after <= 57 ? " " : m;
  });
  if (!/^[\d.,][\d .,]*$/.test(t2) || /[ .,]$/.test(t2) || !/\d/.test(t2)) return void 0;
  const spaced = t2.split(" ");
  if (spaced.slice(1).some((g) => !/^\d{3}(?:[.,]\d*)?$/.test(g))) return void 0;
  const s = spaced.join("");
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let integer;
  let fraction = "";
  if (lastDot >= 0 && lastComma >= 0) {
    const mark = Math.max(lastDot, lastComma);
    const group = lastDot > lastComma ? "," : ".";
    integer = s.slice(0, mark);
    fraction = s.slice(mark + 1);
    if (fraction.includes(".") || fraction.includes(",")) return void 0;
    if (!groupsOfThree(integer, group)) return void 0;
    integer = integer.split(group).join("");
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    const parts = s.split(mark);
    if (parts.length > 2) {
      if (!groupsOfThree(s, mark)) return void 0;
      integer = parts.join("");
    } else {
      const [a, b] = parts;
      if (b.length === 3 && !/^0*$/.test(a)) integer = a + b;
      else [integer, fraction] = [a, b];
    }
  } else integer = s;
  if (integer === "" && fraction !== "") integer = "0";
  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction)) return void 0;
  return Number(fraction ? `${integer}.${fraction}` : integer);
}
var PLAIN = /^\d+(?:\.\d{1,2}|\.\d{4,})?$/;
function groupsOfThree(text2, mark) {
  const groups = text2.split(mark);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}
var cache = /* @__PURE__ */ new Map();
function parseAmount(text2) {
  if (PLAIN.test(text2)) return +text2;
  const cached = cache.get(text2);
  if (cached !== void 0) return cached ?? void 0;
  const amount = readAmount(text2);
  if (cache.size >= 4096) cache.clear();
  cache.set(text2, amount ?? null);
  return amount;
}
function readAmount(text2) {
  let t2 = withoutCurrency(text2);
  const scale = /\s*([a-zA-Z]{1,3})\.?$/.exec(t2);
  let factor = 1;
  if (scale) {
    const f = SCALES[scale[1].toLowerCase()];
    if (f === void 0) return void 0;
    factor = f;
    t2 = withoutCurrency(t2.slice(0, t2.length - scale[0].length));
  }
  const n = plainNumber(t2);
  if (n === void 0) return void 0;
  return factor === 1 ? n : Math.round(n * factor * 100) / 100;
}

// src/core/read/dates.ts
var MONTH_FIRST = { order: "month-first", guessed: true };
var SERIAL_EPOCH = 25569;
var SERIAL_MAX = 2958465;
var MONTHS = {};
[
  ["jan", "january", "janv", "janvier", "januar", "ene", "enero", "gen"],
  ["feb", "february", "f\xE9vr", "fevr", "f\xE9vrier", "fevrier", "februar", "febr"],
  ["mar", "march", "mars", "m\xE4rz", "marz", "m\xE4r", "mrz", "marzo"],
  ["apr", "april", "avr", "avril", "abr", "abril", "aprile"],
  ["may", "mai", "mayo", "mag", "maggio"],
  ["jun", "june", "juin", "juni", "junio", "giu"],
  ["jul", "july", "juil", "juillet", "juli", "julio", "lug"],
  ["aug", "august", "ao\xFBt", "aout", "ago", "agosto"],
  ["sep", "sept", "september", "septembre", "set", "septiembre"],
  ["oct", "october", "octobre", "okt", "oktober", "octubre", "ott"],
  ["nov", "november", "novembre", "noviembre"],
  ["dec", "december", "d\xE9c", "d\xE9cembre", "decembre", "dez", "dezember", "dic", "diciembre"]
].forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});
var TIME = /[T\s,]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;
var NUMERIC = /^(\d{1,5})([/.-])(\d{1,2})\2(\d{1,5})$/;
var DAY_MONTH_YEAR = /^(?:[a-z]{2,9}\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?[\s-]+([a-zà-ü]{3,9})\.?,?[\s-]+(\d{2,5})$/i;
var MONTH_DAY_YEAR = /^(?:[a-z]{2,9}\.?,?\s+)?([a-zà-ü]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2,5})$/i;
var ACCEPTS = "expected a date such as 2026-11-18 or 18 Nov 2026";
function year(text2) {
  const y = Number(text2);
  if (text2.length === 2) return y < 70 ? 2e3 + y : 1900 + y;
  if (text2.length !== 4 || y < 1) return new Problem("expected a year from 0001 to 9999");
  return y;
}
function fromParts(y, m, d2) {
  if (y instanceof Problem) return y;
  return civilDay(y, m, d2) ?? new Problem("expected a date: there is no such day");
}
function slashDate(a, b, y, reading, sep) {
  const dayFirst = sep === "." || reading.order === "day-first";
  const [m, d2] = dayFirst ? [b, a] : [a, b];
  if (m > 12 && reading.guessed && sep !== "." && d2 <= 12) return fromParts(y, d2, m);
  if (m > 12) return new Problem(`expected a date as ${dayFirst ? "D/M/YYYY" : "M/D/YYYY"} (Date Order: ${reading.order})`);
  return fromParts(y, m, d2);
}
function parseDateText(raw, reading = MONTH_FIRST) {
  const iso = raw.startsWith("0000") ? void 0 : parseIsoDay(raw);
  if (iso !== void 0) return iso;
  const text2 = raw.trim().replace(TIME, "").trim();
  if (text2 !== raw) {
    const isoAgain = text2.startsWith("0000") ? void 0 : parseIsoDay(text2);
    if (isoAgain !== void 0) return isoAgain;
  }
  const n = NUMERIC.exec(text2);
  if (n) {
    const [, p1, sep, p2, p3] = n;
    if (p1.length >= 4) return fromParts(year(p1), Number(p2), Number(p3));
    return slashDate(Number(p1), Number(p2), year(p3), reading, sep);
  }
  const dmy = DAY_MONTH_YEAR.exec(text2);
  if (dmy) {
    const month = MONTHS[dmy[2].toLowerCase()];
    if (month !== void 0) return fromParts(year(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(text2);
  if (mdy) {
    const month = MONTHS[mdy[1].toLowerCase()];
    if (month !== void 0) return fromParts(year(mdy[3]), month, Number(mdy[2]));
  }
  if (/^\d+(?:\.\d+)?$/.test(text2)) return serialDay(Number(text2));
  return new Problem(ACCEPTS);
}
function serialDay(n) {
  if (!Number.isFinite(n) || n < 1 || n >= SERIAL_MAX + 1) return new Problem("expected a date, or a date serial number over 0");
  return Math.floor(n) - SERIAL_EPOCH;
}
function readDate(cell, reading = MONTH_FIRST) {
  if (typeof cell === "string") return parseDateText(cell, reading);
  if (typeof cell === "number") return serialDay(cell);
  if (isDate(cell)) {
    const y = cell.getFullYear();
    if (!(y >= 1 && y <= 9999)) return new Problem("expected a year from 0001 to 9999");
    return dayFromDate(cell) ?? new Problem(ACCEPTS);
  }
  return new Problem(ACCEPTS);
}
function slashEvidence(cell) {
  if (typeof cell !== "string") return void 0;
  const n = NUMERIC.exec(cell.trim().replace(TIME, "").trim());
  if (!n || n[2] === "." || n[1].length >= 4) return void 0;
  const a = Number(n[1]);
  const b = Number(n[3]);
  if (a > 12 && a <= 31 && b <= 12) return "day-first";
  if (b > 12 && b <= 31 && a <= 12) return "month-first";
  return a <= 12 && b <= 12 ? "either" : void 0;
}
function orderEvidence(cells) {
  let dayFirst = 0;
  let monthFirst = 0;
  let either = 0;
  let example;
  for (const c of cells) {
    const e = slashEvidence(c);
    if (e === "day-first") dayFirst++;
    else if (e === "month-first") monthFirst++;
    else if (e === "either") either++;
    if ((e === "day-first" || e === "month-first") && example === void 0) example = String(c).trim();
  }
  return { dayFirst, monthFirst, either, example };
}

// src/core/read/titles.ts
var LEVELS = [void 0, "entry", "senior", "manager", "director", "vp", "c-level"];
var [, ENTRY, SENIOR, MANAGER, DIRECTOR, VP, C_LEVEL] = [0, 1, 2, 3, 4, 5, 6];
var ACRONYMS = {
  ceo: C_LEVEL,
  cto: C_LEVEL,
  cfo: C_LEVEL,
  coo: C_LEVEL,
  cmo: C_LEVEL,
  cro: C_LEVEL,
  cio: C_LEVEL,
  ciso: C_LEVEL,
  cpo: C_LEVEL,
  cdo: C_LEVEL,
  cco: C_LEVEL,
  chro: C_LEVEL,
  cso: C_LEVEL,
  cxo: C_LEVEL,
  md: DIRECTOR,
  vp: VP,
  svp: VP,
  evp: VP,
  avp: VP,
  gm: DIRECTOR
};
var OWNER_WORDS = ["co", "business", "company", "sole", "founder", "founding", "franchise", "proud", "principal"];
var PARTNER_WORDS = ["managing", "founding", "senior", "general", "equity", "name", "co", "founder", "principal", "executive", "venture"];
var SENIOR_WORDS = ["senior", "sr", "principal", "staff", "lead", "expert"];
var ENTRY_WORDS = ["junior", "jr", "associate", "assistant", "graduate", "entry", "trainee", "apprentice", "intern", "student"];
var TAIL_WORDS = ["of", "for", "to", "in", "on", "with"];
var PART_WORDS = ["and", "at"];
var ROLE_WORDS = [
  "president",
  "vice",
  "founder",
  "cofounder",
  "owner",
  "partner",
  "officer",
  "chief",
  "director",
  "head",
  "manager",
  "mgr",
  "supervisor",
  "superintendent",
  "lead",
  "leader",
  "team",
  "group",
  "intern",
  "internship",
  "trainee",
  "apprentice",
  "assistant",
  "coordinator",
  "student",
  "the",
  "co"
];
var WORDS = [
  .../* @__PURE__ */ new Set([...ROLE_WORDS, ...Object.keys(ACRONYMS), ...OWNER_WORDS, ...PARTNER_WORDS, ...SENIOR_WORDS, ...ENTRY_WORDS, ...TAIL_WORDS, ...PART_WORDS])
];
var word = (w) => WORDS.indexOf(w) + 1;
var LONGEST = Math.max(...WORDS.map((w) => w.length));
var PRESIDENT = word("president");
var VICE = word("vice");
var COFOUNDER = word("cofounder");
var OWNER = word("owner");
var PARTNER = word("partner");
var OFFICER = word("officer");
var CHIEF = word("chief");
var HEAD = word("head");
var LEAD = word("lead");
var LEADER = word("leader");
var TEAM = word("team");
var GROUP = word("group");
var THE = word("the");
var CO = word("co");
var OWNER_BEFORE = 1;
var PARTNER_BEFORE = 2;
var SENIOR_WORD = 4;
var ENTRY_WORD = 8;
var TAIL = 16;
var PART = 32;
var FLAGS = new Uint8Array(WORDS.length + 1);
var flag = (words, bit) => {
  for (const w of words) FLAGS[word(w)] = FLAGS[word(w)] | bit;
};
flag(OWNER_WORDS, OWNER_BEFORE);
flag(PARTNER_WORDS, PARTNER_BEFORE);
flag(SENIOR_WORDS, SENIOR_WORD);
flag(ENTRY_WORDS, ENTRY_WORD);
flag(TAIL_WORDS, TAIL);
flag(PART_WORDS, PART);
var NOUN_LEVEL = new Uint8Array(WORDS.length + 1);
for (const [w, level] of Object.entries(ACRONYMS)) NOUN_LEVEL[word(w)] = level;
for (const w of ["founder", "cofounder", "chief"]) NOUN_LEVEL[word(w)] = C_LEVEL;
for (const w of ["director", "head"]) NOUN_LEVEL[word(w)] = DIRECTOR;
for (const w of ["manager", "mgr", "supervisor", "superintendent"]) NOUN_LEVEL[word(w)] = MANAGER;
for (const w of ["intern", "internship", "trainee", "apprentice", "assistant", "coordinator", "student"]) NOUN_LEVEL[word(w)] = ENTRY;
function wordLevel(w, before, chief) {
  const noun = NOUN_LEVEL[w];
  if (noun !== 0) return noun;
  switch (w) {
    case PRESIDENT:
      return before === VICE ? VP : C_LEVEL;
    case OWNER:
      return before === -1 || (FLAGS[before] & OWNER_BEFORE) !== 0 ? C_LEVEL : 0;
    case PARTNER:
      return before === -1 || (FLAGS[before] & PARTNER_BEFORE) !== 0 ? C_LEVEL : 0;
    // "Chief ... Officer": a "chief" later in the phrase is read there anyway.
    case OFFICER:
      return chief ? C_LEVEL : 0;
    case LEAD:
    case LEADER:
      return before === TEAM || before === GROUP ? MANAGER : SENIOR;
    default:
      return 0;
  }
}
var SLOTS = 512;
var TABLE = new Uint8Array(SLOTS);
var HASHES = new Int32Array(SLOTS);
var hashStep = (h, c) => Math.imul(h, 31) + c | 0;
var slotOf = (h) => (h ^ h >>> 9) & SLOTS - 1;
WORDS.forEach((w, i) => {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
  let s = slotOf(h);
  while (TABLE[s] !== 0) s = s + 1 & SLOTS - 1;
  TABLE[s] = i + 1;
  HASHES[s] = h;
});
var WORD_CHARS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_CHARS[c] = c;
for (let c = 97; c <= 122; c++) WORD_CHARS[c] = c;
for (let c = 65; c <= 90; c++) WORD_CHARS[c] = c + 32;
var wordChar = (c) => c < 128 ? WORD_CHARS[c] : 0;
var isSeparator = (c) => c === 38 || c === 47 || c === 44 || c === 124 || c === 59 || c === 40 || c === 64 || c === 183 || c === 8226 || c === 8211 || c === 8212;
var lowersToAscii = (c) => c === 304 || c === 8490;
function wordAt(text2, from, to, h) {
  if (to - from > LONGEST) return 0;
  for (let s = slotOf(h); TABLE[s] !== 0; s = s + 1 & SLOTS - 1) {
    if (HASHES[s] !== h) continue;
    const w = TABLE[s];
    const known = WORDS[w - 1];
    if (known.length === to - from && matches(text2, from, known)) return w;
  }
  return 0;
}
function matches(text2, at, word2) {
  if (at + word2.length > text2.length) return false;
  for (let k = 0; k < word2.length; k++) {
    const c = text2.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word2.charCodeAt(k)) return false;
  }
  return true;
}
function seniorityFromTitle(title) {
  const level = titleLevel(title);
  return LEVELS[level < 0 ? titleLevel(title.toLowerCase()) : level];
}
function titleLevel(t2) {
  const n = t2.length;
  let best = 0;
  let decided = 0;
  let words = 0;
  let seniorWord = false;
  let entryWord = false;
  let chief = false;
  let before = -1;
  let inTail = false;
  let i = 0;
  while (i <= n) {
    const c = i < n ? t2.charCodeAt(i) : 32;
    const first = wordChar(c);
    if (first !== 0) {
      let h = first;
      let j = i + 1;
      for (; j < n; j++) {
        const d2 = wordChar(t2.charCodeAt(j));
        if (d2 === 0) break;
        h = hashStep(h, d2);
      }
      let w = wordAt(t2, i, j, h);
      if (w === CO && t2.charCodeAt(j) === 45 && matches(t2, j + 1, "founder")) {
        w = COFOUNDER;
        j += 8;
      }
      i = j;
      const flags = FLAGS[w];
      if ((flags & PART) !== 0) {
      } else {
        if (w === CHIEF && matches(t2, i, " of staff")) {
          i += 9;
          if (inTail) continue;
          w = HEAD;
          inTail = true;
        } else if ((flags & TAIL) !== 0) {
          inTail = true;
          continue;
        } else if (inTail || w === THE) continue;
        const level = wordLevel(w, before, chief);
        if (level !== 0) decided = level;
        if (w === CHIEF) chief = true;
        const f = FLAGS[w];
        if ((f & SENIOR_WORD) !== 0) seniorWord = true;
        if ((f & ENTRY_WORD) !== 0) entryWord = true;
        before = w;
        words++;
        continue;
      }
    } else if (i < n) {
      if (lowersToAscii(c)) return -1;
      const separates = isSeparator(c) || c === 45 && t2.charCodeAt(i - 1) === 32 && t2.charCodeAt(i + 1) === 32;
      i++;
      if (!separates) continue;
    } else i++;
    if (words > 0) {
      const level = decided !== 0 ? decided : seniorWord ? SENIOR : entryWord ? ENTRY : 0;
      if (level > best) best = level;
    }
    decided = 0;
    words = 0;
    seniorWord = false;
    entryWord = false;
    chief = false;
    before = -1;
    inTail = false;
  }
  return best;
}

// src/core/read/values.ts
var YES_WORDS = ["yes", "y", "true", "1", "x", "\u2713", "\u2714", "\u2611", "\u2705", "checked", "on", "oui", "ja", "s\xED", "si", "sim"];
var NO_WORDS = ["no", "n", "false", "0", "unchecked", "off", "\u2717", "\u2718", "\u2716", "\u274C", "\u2610", "non", "nein", "n\xE3o", "nao"];
var BLANK_WORDS = ["n/a", "na", "-", "\u2014", "\u2013", "?", "unknown", "none", "null", "#n/a"];
var ERROR_VALUES = ["#REF!", "#VALUE!", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#ERROR!", "#SPILL!", "#CALC!", "#GETTING_DATA"];
var YES = new Set(YES_WORDS);
var NO = new Set(NO_WORDS);
var BLANK = new Set(BLANK_WORDS);
var ERRORS = new Set(ERROR_VALUES);
function spellings(words) {
  return words.flatMap((w) => [w, w.toUpperCase(), (w[0]?.toUpperCase() ?? "") + w.slice(1)]);
}
var BLANK_EXACT = new Set(spellings(BLANK_WORDS));
var YES_NO_EXACT = new Map([...spellings(YES_WORDS).map((w) => [w, true]), ...spellings(NO_WORDS).map((w) => [w, false])]);
function isBlankWord(text2) {
  if (text2.length > 12) return false;
  if (BLANK_EXACT.has(text2)) return true;
  return BLANK.has(text2.trim().toLowerCase());
}
function errorValue(text2) {
  if (text2.length === 0 || text2.charCodeAt(0) !== 35 && text2.charCodeAt(0) > 32) return void 0;
  const t2 = text2.trim().toUpperCase();
  return ERRORS.has(t2) ? t2 : void 0;
}
function yesNoWord(text2) {
  const exact = YES_NO_EXACT.get(text2);
  if (exact !== void 0) return exact;
  if (text2.length > 12) return void 0;
  const lower = text2.trim().toLowerCase();
  const t2 = lower.includes("\uFE0F") ? lower.replace(/\ufe0f/g, "") : lower;
  return YES.has(t2) ? true : NO.has(t2) ? false : void 0;
}

// src/core/fields.ts
function cellText(cell) {
  return cell === null || cell === void 0 ? "" : text(cell);
}
function text(cell) {
  if (typeof cell === "string") return cell.trim();
  if (isDate(cell)) {
    const day = dayFromDate(cell);
    return day === void 0 ? "" : formatDay(day);
  }
  return String(cell).trim();
}
function yesNo(cell) {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") {
    if (cell === 1) return true;
    if (cell === 0) return false;
  }
  return (typeof cell === "string" ? yesNoWord(cell) : void 0) ?? new Problem("expected yes or no");
}
function replied(cell, reading) {
  const answer = yesNo(cell);
  if (!(answer instanceof Problem) || typeof cell === "number") return answer;
  return readDate(cell, reading) instanceof Problem ? answer : true;
}
function wholeNumber(cell) {
  if (typeof cell === "string") {
    const quick = +cell;
    if (Number.isInteger(quick) && quick >= 0 && cell.trim() !== "") return quick;
  }
  const n = typeof cell === "number" ? cell : Number(
    text(cell).replace(/^(\d[\d,.\s\u00a0\u202f_]*)\+?\s*[\p{L}\s]*$/u, "$1").replace(/[,.\s\u00a0\u202f_]/g, "")
  );
  if (typeof cell === "boolean" || isDate(cell) || !Number.isInteger(n) || n < 0 || typeof cell === "string" && !/\d/.test(cell)) {
    return new Problem("expected a whole number, 0 or more");
  }
  return n;
}
var AMOUNT_PROBLEM = "expected an amount such as 50000, $50,000, 75.000 \u20AC, 50k or 1.2M";
function money(cell) {
  if (typeof cell === "number") return Number.isFinite(cell) && cell >= 0 ? cell : new Problem(AMOUNT_PROBLEM);
  const amount = typeof cell === "string" ? parseAmount(cell) : void 0;
  return amount ?? new Problem(AMOUNT_PROBLEM);
}
function readDateCell(cell, reading = MONTH_FIRST) {
  return readDate(cell, reading);
}
function parseDateCell(cell) {
  const day = typeof cell === "string" ? parseIsoDay(cell.trim()) : isDate(cell) ? dayFromDate(cell) : void 0;
  return day ?? new Problem("expected a date as YYYY-MM-DD");
}
function vocabulary(table) {
  return new Map(Object.entries(table));
}
var DEGREES = vocabulary({
  "1": 1,
  "1st": 1,
  first: 1,
  "2": 2,
  "2nd": 2,
  second: 2,
  "3": 3,
  "3rd": 3,
  third: 3,
  "3+": 3,
  "3rd+": 3,
  "out of network": 4,
  "out-of-network": 4,
  outofnetwork: 4,
  out_of_network: 4,
  oon: 4,
  "outside network": 4,
  "outside your network": 4,
  "4": 4,
  "4th": 4,
  "4+": 4,
  distance_1: 1,
  distance_2: 2,
  distance_3: 3,
  first_degree: 1,
  second_degree: 2,
  third_degree: 3
});
function degree(cell) {
  const exact = typeof cell === "string" ? DEGREES.get(cell) ?? DEGREES.get(cell.trim().toLowerCase()) : typeof cell === "number" ? DEGREES.get(String(cell)) : void 0;
  if (exact !== void 0) return exact;
  const t2 = text(cell).toLowerCase().replace(/[-_]/g, " ").replace(/\s*(degree|connection)s?\s*/g, " ").trim();
  return DEGREES.get(t2) ?? DEGREES.get(t2.replace(/\s+/g, "-")) ?? new Problem("expected 1, 2, 3, 1st, 2nd, 3rd, 3rd+ or out of network");
}
var SENIORITIES = vocabulary({
  "c level": "c-level",
  clevel: "c-level",
  "c suite": "c-level",
  csuite: "c-level",
  cxo: "c-level",
  executive: "c-level",
  owner: "c-level",
  partner: "c-level",
  "owner / partner": "c-level",
  "owner/partner": "c-level",
  founder: "c-level",
  vp: "vp",
  "vice president": "vp",
  svp: "vp",
  evp: "vp",
  director: "director",
  head: "director",
  manager: "manager",
  "experienced manager": "manager",
  "entry level manager": "manager",
  senior: "senior",
  strategic: "senior",
  "mid senior level": "senior",
  "mid senior": "senior",
  lead: "senior",
  entry: "entry",
  "entry level": "entry",
  junior: "entry",
  "in training": "entry",
  training: "entry",
  associate: "entry",
  internship: "entry",
  intern: "entry"
});
function seniority(cell) {
  const t2 = text(cell).toLowerCase();
  return SENIORITIES.get(t2) ?? SENIORITIES.get(t2.replace(/[-_]/g, " ").replace(/\s+/g, " ")) ?? (typeof cell === "string" ? seniorityFromTitle(cell) : void 0) ?? new Problem("expected c-level, vp, director, manager, senior or entry");
}
var STATUSES = vocabulary({
  none: "none",
  "not sent": "none",
  "not connected": "none",
  "not invited": "none",
  "to connect": "none",
  "to invite": "none",
  "profile visited": "none",
  visited: "none",
  followed: "none",
  new: "none",
  pending: "pending",
  sent: "pending",
  invited: "pending",
  requested: "pending",
  "request sent": "pending",
  "invite sent": "pending",
  "invitation sent": "pending",
  "invitation pending": "pending",
  "connection sent": "pending",
  "connection request sent": "pending",
  "connection pending": "pending",
  "awaiting acceptance": "pending",
  accepted: "accepted",
  connected: "accepted",
  "invitation accepted": "accepted",
  "invite accepted": "accepted",
  "connection accepted": "accepted",
  "already connected": "accepted",
  // Trackers move a connected prospect on to messaging: only a connection can be messaged.
  "message sent": "accepted",
  messaged: "accepted",
  replied: "accepted",
  "followed up": "accepted",
  "follow up sent": "accepted",
  "message replied": "accepted",
  "connection request accepted": "accepted",
  "pending invitation": "pending",
  "connection request pending": "pending",
  "invitation withdrawn by you": "withdrawn",
  declined: "declined",
  ignored: "declined",
  rejected: "declined",
  "invitation declined": "declined",
  withdrawn: "withdrawn",
  withdrew: "withdrawn",
  cancelled: "withdrawn",
  canceled: "withdrawn",
  "invitation withdrawn": "withdrawn",
  "invite withdrawn": "withdrawn"
});
function status(cell) {
  return (typeof cell === "string" ? STATUSES.get(cell) : void 0) ?? STATUSES.get(text(cell).toLowerCase().replace(/[_-]/g, " ").replace(/\s+/g, " ")) ?? new Problem("expected none, pending, accepted, declined or withdrawn");
}
function trigger(cell) {
  if (cell === true || cell === 1) return "trigger";
  if (cell === false || cell === 0) return void 0;
  const t2 = text(cell);
  const answer = yesNoWord(t2);
  if (answer !== void 0) return answer ? "trigger" : void 0;
  return isBlankWord(t2) ? void 0 : t2.slice(0, 40);
}
var TRIGGER_WORDS = /fund|rais|series|seed|round|ipo|acqui|merg|job|role|promot|hir|join|new|news|launch|expan|post|press|award|growth|moved|changed|started/i;
var readsAsTrigger = (cell) => typeof cell === "boolean" || yesNoWord(text(cell)) !== void 0 || TRIGGER_WORDS.test(text(cell));
var readsAsName = (cell) => typeof cell === "string" && /\p{L}/u.test(cell) && yesNoWord(cell) === void 0 && !cell.includes("@");
var readsAsText = (cell) => typeof cell === "string" && /\p{L}/u.test(cell) && yesNoWord(cell) === void 0;
var readsAsUrl = (cell) => typeof cell === "string" && /linkedin\.com\//i.test(cell);
var readsAsEmail = (cell) => typeof cell === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell.trim());
var readsAsPhone = (cell) => (typeof cell === "string" || typeof cell === "number") && (String(cell).match(/\d/g)?.length ?? 0) >= 6;
var DATE_ACCEPTS = "date (2026-11-18, 11/18/2026, 18/11/2026, 18.11.2026, 18 Nov 2026, Nov 18, 2026, or a serial number)";
var FIELDS = [
  {
    key: "name",
    label: "Name",
    parse: text,
    accepts: "text",
    aliases: ["Full Name", "fullName", "Prospect Name", "Contact Name", "Lead Name", "Person Name", "Candidate Name", "Display Name"],
    generic: ["Prospect", "Contact", "Lead", "Person", "Candidate"],
    reads: readsAsName
  },
  {
    key: "title",
    label: "Title",
    parse: text,
    text: true,
    accepts: "job title text",
    aliases: ["Job Title", "Position", "Current Title", "Current Position", "Current Job Title", "Job Position", "Designation", "Person Title"],
    generic: ["Role", "Job", "Occupation", "Headline"],
    reads: readsAsText
  },
  {
    key: "seniority",
    label: "Seniority",
    parse: seniority,
    accepts: "c-level, vp, director, manager, senior, entry (also the Sales Navigator, LinkedIn and Apollo levels)",
    aliases: ["Seniority Level", "Management Level", "person_seniority", "Person Seniority", "Job Level", "Job Seniority", "Seniority Levels"],
    generic: ["Level", "Grade", "Rank"]
  },
  {
    key: "degree",
    label: "Degree",
    parse: degree,
    accepts: "1, 2, 3, 1st, 2nd, 3rd, 3rd+, out of network",
    aliases: [
      "Connection Degree",
      "connectionDegree",
      "Conn. degree",
      "Conn Degree",
      "Degree of Connection",
      "Connection Level",
      "Network Distance",
      "LinkedIn Degree",
      "Member Distance"
    ],
    generic: ["Distance", "Network", "Connection", "Conn"]
  },
  {
    key: "openProfile",
    label: "Open Profile",
    parse: yesNo,
    accepts: "yes/no",
    aliases: [
      "Is Open Profile",
      "isOpenLink",
      "Open Link",
      "Is Open Link",
      "Open Profile (free to message)",
      "Free To Message",
      "is_open_profile",
      "Open Profile Status"
    ],
    generic: ["Open", "OpenLink"]
  },
  {
    key: "namedAccount",
    label: "Named Account",
    parse: yesNo,
    accepts: "yes/no",
    aliases: ["Target Account", "Key Account", "Strategic Account", "ABM Account", "Is Target Account", "Is Named Account"],
    generic: ["Named", "Target", "ABM"]
  },
  {
    key: "segmentSize",
    label: "Segment Size",
    parse: wholeNumber,
    accepts: "whole number",
    aliases: ["Similar Prospects", "List Size", "Cohort Size", "Audience Size", "Segment Count", "Prospects In Segment"],
    generic: ["Segment", "Audience", "Cohort"]
  },
  {
    key: "trigger",
    label: "Trigger",
    parse: trigger,
    text: true,
    accepts: "text (funding, job change...) or yes/no",
    aliases: ["Trigger Event", "Buying Signal", "Intent Signal", "Sales Trigger", "Trigger Reason", "Buying Trigger"],
    generic: ["Signal", "Event", "Intent", "News"],
    reads: readsAsTrigger
  },
  {
    key: "deadline",
    label: "Deadline",
    parse: readDateCell,
    accepts: DATE_ACCEPTS,
    aliases: ["Due Date", "Due By", "Respond By", "Reply By", "Deadline Date"],
    generic: ["Due"]
  },
  {
    key: "seriousAsk",
    label: "Serious Ask",
    parse: yesNo,
    accepts: "yes/no",
    aliases: ["High Stakes", "Serious Request", "Big Ask"],
    generic: ["Serious"]
  },
  {
    key: "dealValue",
    label: "Deal Value",
    parse: money,
    accepts: "number, $50,000, 75.000 \u20AC, EUR 75 000, 50k, 1,2M, 1.2M",
    aliases: [
      "Deal Size",
      "Opportunity Value",
      "Opportunity Amount",
      "Deal Amount",
      "Potential Value",
      "ACV",
      "Est. Deal Value",
      "Estimated Deal Value",
      "Annual Contract Value",
      "Expected Revenue",
      "Potential Deal Value"
    ],
    generic: ["Amount", "Value", "Revenue", "Budget"]
  },
  {
    key: "warm",
    label: "Warm",
    parse: yesNo,
    accepts: "yes/no",
    aliases: ["Warm Lead", "Warmed Up", "Engaged With Posts", "Warm Intro", "Is Warm", "Engaged With Content"],
    generic: ["Referral", "Engaged", "Intro"]
  },
  {
    key: "mutualConnections",
    label: "Mutual Connections",
    parse: wholeNumber,
    accepts: "whole number",
    aliases: [
      "Shared Connections",
      "sharedConnectionsCount",
      "Shared Connections Count",
      "Common Connections",
      "# Mutual Connections",
      "Mutual Connections Count",
      "Number of Mutual Connections",
      "Mutual Connection Count"
    ],
    generic: ["Mutuals", "Mutual", "Shared"]
  },
  {
    key: "activeOnLinkedIn",
    label: "Active On LinkedIn",
    parse: yesNo,
    accepts: "yes/no",
    aliases: ["Recently Active", "Posted Recently", "LinkedIn Active", "Active On LI", "Is Active On LinkedIn", "Posted In Last 30 Days", "Recently Posted"],
    generic: ["Active"]
  },
  {
    key: "acceptsConnections",
    label: "Accepts Connections",
    parse: yesNo,
    accepts: "yes/no",
    aliases: ["Connectable", "Can Connect", "Open To Connect", "Accepts Invites", "Accepts Invitations", "Can Invite", "Invitable"],
    generic: []
  },
  {
    key: "acceptsInMail",
    label: "Accepts InMail",
    parse: yesNo,
    accepts: "yes/no",
    aliases: ["InMail Allowed", "InMail Enabled", "Can InMail", "Accepts InMails", "Open To InMail"],
    generic: []
  },
  {
    key: "connectionStatus",
    label: "Connection Status",
    parse: status,
    accepts: "none, pending, accepted, declined, withdrawn",
    aliases: [
      "Invite Status",
      "Invitation Status",
      "Request Status",
      "Connection Request Status",
      "LinkedIn Status",
      "Connection State",
      "LinkedIn Connection Status"
    ],
    generic: ["Status"]
  },
  {
    key: "requestedOn",
    label: "Requested On",
    parse: readDateCell,
    accepts: DATE_ACCEPTS,
    aliases: [
      "Request Sent",
      "Request Sent On",
      "Invite Sent",
      "Invited On",
      "Invited At",
      "Invitation Sent",
      "Invitation Sent At",
      "Invitation Sent On",
      "Invitation Date",
      "Invite Date",
      "Invite Sent At",
      "Connection Requested",
      "Connection Request Date",
      "Connection Request Sent",
      "Connection Request Sent At",
      "Request Date",
      "Date Requested",
      "LinkedIn Invite Sent At",
      "LinkedIn Invitation Sent At"
    ],
    generic: ["Requested", "Invited"]
  },
  {
    key: "inmailSentOn",
    label: "InMail Sent On",
    parse: readDateCell,
    accepts: DATE_ACCEPTS,
    aliases: ["InMail Sent", "InMail Date", "InMailed On", "InMailed", "Date InMailed", "InMail Sent At", "Last InMail Sent"],
    generic: []
  },
  {
    key: "replied",
    label: "Replied",
    parse: replied,
    accepts: "yes/no, or the date of the reply",
    aliases: ["Has Replied", "Reply Received", "Got Reply", "Replied At", "Replied On", "Reply Date", "Is Replied"],
    generic: ["Reply", "Responded", "Answered"]
  },
  {
    key: "firstName",
    label: "First Name",
    parse: text,
    accepts: "text",
    aliases: ["Given Name", "Person - First Name", "Pr\xE9nom", "Vorname"],
    generic: ["First"],
    reads: readsAsName
  },
  {
    key: "lastName",
    label: "Last Name",
    parse: text,
    accepts: "text",
    aliases: ["Surname", "Family Name", "Person - Last Name", "Nachname"],
    generic: ["Last", "Nom"],
    reads: readsAsName
  },
  {
    key: "linkedinUrl",
    label: "LinkedIn URL",
    parse: text,
    text: true,
    accepts: "a profile URL",
    // The public profile URL first: Sales Navigator's own (`profileUrl` of a search export) is second best.
    aliases: [
      "LinkedIn Profile",
      "LinkedIn Profile URL",
      "defaultProfileUrl",
      "linkedInProfileUrl",
      "Profile URL",
      "Person Linkedin Url",
      "Profile Link",
      "LinkedIn Link",
      "Public Profile URL",
      "LinkedIn Public URL",
      "Person - LinkedIn"
    ],
    generic: ["LinkedIn", "URL", "Profile", "Link"],
    reads: readsAsUrl
  },
  {
    key: "email",
    label: "Email",
    parse: text,
    text: true,
    accepts: "text",
    aliases: ["Email Address", "E-mail", "Work Email", "Business Email", "Professional Email", "Email 1", "Primary Email", "Person - Email", "Email - Work"],
    generic: ["Mail", "Courriel"],
    reads: readsAsEmail
  },
  {
    key: "phone",
    label: "Phone",
    parse: text,
    text: true,
    accepts: "text",
    aliases: [
      "Phone Number",
      "First Phone",
      "Mobile Phone",
      "Work Phone",
      "Work Direct Phone",
      "Mobile Number",
      "Phone 1",
      "phoneNumbers",
      "Person - Phone",
      "Phone - Work",
      "Direct Phone"
    ],
    generic: ["Mobile", "Telephone", "Tel", "Cell", "T\xE9l\xE9phone"],
    reads: readsAsPhone
  },
  {
    key: "acceptedOn",
    label: "Accepted On",
    parse: readDateCell,
    accepts: DATE_ACCEPTS,
    aliases: [
      "Accepted Date",
      "Connected On",
      "Connected At",
      "Connection Date",
      "Accepted At",
      "Invitation Accepted At",
      "Date Connected",
      "Connected Since",
      "Connection Accepted On",
      "LinkedIn Invite Accepted At"
    ],
    generic: ["Accepted", "Connected"]
  },
  {
    key: "lastTouchOn",
    label: "Last Touch On",
    parse: readDateCell,
    accepts: DATE_ACCEPTS,
    aliases: [
      "Last Touch",
      "Last Touched",
      "Last Contacted",
      "Last Activity Date",
      "Last Contact Date",
      "Last Contacted At",
      "Last Action Date",
      "Last Outreach"
    ],
    generic: []
  }
];
var DATE_FIELDS = new Set(FIELDS.filter((f) => f.parse === readDateCell).map((f) => f.key));
function emptyProspect() {
  return {
    name: void 0,
    title: void 0,
    seniority: void 0,
    degree: void 0,
    openProfile: void 0,
    namedAccount: void 0,
    segmentSize: void 0,
    trigger: void 0,
    deadline: void 0,
    seriousAsk: void 0,
    dealValue: void 0,
    warm: void 0,
    mutualConnections: void 0,
    activeOnLinkedIn: void 0,
    acceptsConnections: void 0,
    acceptsInMail: void 0,
    connectionStatus: void 0,
    requestedOn: void 0,
    inmailSentOn: void 0,
    replied: void 0,
    firstName: void 0,
    lastName: void 0,
    linkedinUrl: void 0,
    email: void 0,
    phone: void 0,
    acceptedOn: void 0,
    lastTouchOn: void 0
  };
}
function isBlank(cell) {
  if (cell === "" || cell === null || cell === void 0) return true;
  if (typeof cell !== "string") return false;
  return cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32 ? cell.trim() === "" : false;
}
var SETTERS = {
  name: (p, v) => {
    p.name = v;
  },
  title: (p, v) => {
    p.title = v;
  },
  seniority: (p, v) => {
    p.seniority = v;
  },
  degree: (p, v) => {
    p.degree = v;
  },
  openProfile: (p, v) => {
    p.openProfile = v;
  },
  namedAccount: (p, v) => {
    p.namedAccount = v;
  },
  segmentSize: (p, v) => {
    p.segmentSize = v;
  },
  trigger: (p, v) => {
    p.trigger = v;
  },
  deadline: (p, v) => {
    p.deadline = v;
  },
  seriousAsk: (p, v) => {
    p.seriousAsk = v;
  },
  dealValue: (p, v) => {
    p.dealValue = v;
  },
  warm: (p, v) => {
    p.warm = v;
  },
  mutualConnections: (p, v) => {
    p.mutualConnections = v;
  },
  activeOnLinkedIn: (p, v) => {
    p.activeOnLinkedIn = v;
  },
  acceptsConnections: (p, v) => {
    p.acceptsConnections = v;
  },
  acceptsInMail: (p, v) => {
    p.acceptsInMail = v;
  },
  connectionStatus: (p, v) => {
    p.connectionStatus = v;
  },
  requestedOn: (p, v) => {
    p.requestedOn = v;
  },
  inmailSentOn: (p, v) => {
    p.inmailSentOn = v;
  },
  replied: (p, v) => {
    p.replied = v;
  },
  firstName: (p, v) => {
    p.firstName = v;
  },
  lastName: (p, v) => {
    p.lastName = v;
  },
  linkedinUrl: (p, v) => {
    p.linkedinUrl = v;
  },
  email: (p, v) => {
    p.email = v;
  },
  phone: (p, v) => {
    p.phone = v;
  },
  acceptedOn: (p, v) => {
    p.acceptedOn = v;
  },
  lastTouchOn: (p, v) => {
    p.lastTouchOn = v;
  }
};
function isPlainText(field) {
  return field.parse === text;
}

// src/core/columns.ts
var HEADER_SEARCH_ROWS = 10;
var SAMPLE_ROWS = 100;
var GENERIC_SHARE = 0.9;
var NO_COLUMN = "(none)";
var BY_HEADER = new Map(
  FIELDS.flatMap(
    (field) => [
      ...field.generic.map((h) => [normalizeHeader(h), { field, rank: 3 }]),
      ...field.aliases.map((h, i) => [normalizeHeader(h), { field, rank: 2 + i / 1e3 }]),
      [normalizeHeader(field.label), { field, rank: 1 }]
    ]
  )
);
var RECORD_PREFIX = /^\s*(?:person|contact|lead|prospect)\s*[-:.–]\s*/i;
var KIND_SUFFIX = /\s*[-–(]\s*(?:work|home|other|main|personal|primary|mobile|direct)\s*\)?\s*$/i;
function matchHeader(header) {
  const exact = BY_HEADER.get(normalizeHeader(header));
  if (exact) return exact;
  const bare = String(header ?? "").replace(RECORD_PREFIX, "").replace(KIND_SUFFIX, "");
  return bare === String(header ?? "") ? void 0 : BY_HEADER.get(normalizeHeader(bare));
}
var NAME_KEYS = /* @__PURE__ */ new Set(["name", "firstName", "lastName"]);
function understand(top, settings) {
  let first;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, top.length); r++) {
    const header = top[r];
    const u2 = understandHeader(header, top.slice(r + 1, r + 1 + SAMPLE_ROWS), settings);
    if (!(u2 instanceof Problem)) return { ...u2, headerRow: r };
    first ??= u2;
  }
  return first ?? new Problem("the sheet is empty: expected a header row");
}
function understandHeader(headers, sample, settings) {
  const outputAt = findOutputBlock(headers);
  const isOutput = (i) => inOutputBlock(outputAt, i);
  const notes2 = [];
  const ignored = [];
  const unused = [];
  const none = /* @__PURE__ */ new Set();
  const chosen = /* @__PURE__ */ new Map();
  const explicit = /* @__PURE__ */ new Set();
  const mapped = [];
  const label = (key) => FIELDS.find((f) => f.key === key).label;
  for (const [key, wanted] of Object.entries(settings.columns)) {
    if (normalizeHeader(wanted) === normalizeHeader(NO_COLUMN) || normalizeHeader(wanted) === "none") {
      none.add(key);
      continue;
    }
    const index = headers.findIndex((h, i) => !isOutput(i) && normalizeHeader(h) === normalizeHeader(wanted));
    if (index < 0) {
      notes2.push(`Column: ${label(key)}: no column '${wanted}' here; read by its own header instead`);
      ignored.push({ field: label(key), header: wanted });
      continue;
    }
    explicit.add(index);
    chosen.set(key, { index, rank: 0 });
    mapped.push({ field: FIELDS.find((f) => f.key === key), index });
  }
  const candidates = [];
  headers.forEach((h, index) => {
    if (isOutput(index) || explicit.has(index)) return;
    const header = cellText(h);
    if (header === "") {
      if (sample.some((row) => !isBlank(row[index]))) unused.push({ index, header, reason: "no-header", why: "no header" });
      return;
    }
    const match = matchHeader(h);
    if (!match) {
      unused.push({ index, header, reason: "unknown", why: "not a column the planner reads" });
      return;
    }
    const { field, rank } = match;
    if (none.has(field.key)) {
      unused.push({ index, header, reason: "none", field: field.key, why: `Column: ${field.label} is ${NO_COLUMN}` });
      return;
    }
    if (rank === 3) {
      const proof = proves(field, sample, index);
      if (proof) {
        unused.push({ index, header, reason: "values", field: field.key, why: proof });
        return;
      }
    }
    candidates.push({ field, index, rank });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const c of candidates) {
    const taken = chosen.get(c.field.key);
    if (taken) {
      const usedHeader = cellText(headers[taken.index]);
      unused.push({
        index: c.index,
        header: cellText(headers[c.index]),
        reason: "second",
        field: c.field.key,
        why: `a second ${c.field.label} column ('${usedHeader}' is read)`
      });
      continue;
    }
    chosen.set(c.field.key, c);
    mapped.push(c);
  }
  if (mapped.length === 0) {
    const shown = headers.filter((h) => !isBlank(h)).slice(0, 6).map((h) => `'${cellText(h)}'`).join(", ");
    return new Problem(
      `no recognised column in the header row (${shown || "empty"}); expected headers such as ${FIELDS.slice(0, 5).map((f) => f.label).join(", ")}..., or Column: <field> settings`
    );
  }
  const { readings, dateOrders } = dateReadings(mapped, headers, sample, settings);
  const columns = mapped.map(({ field, index }) => mappedColumn(field, index, cellText(headers[index]), readings.get(index) ?? MONTH_FIRST)).sort((a, b) => a.index - b.index || FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field));
  unused.sort((a, b) => a.index - b.index);
  return { headerRow: 0, map: { columns, outputAt, width: headers.length }, unused, dateOrders, notes: notes2, ignored };
}
function mappedColumn(field, index, header, reading = MONTH_FIRST) {
  return { field, index, header, reading, kind: NAME_KEYS.has(field.key) ? 2 : field.text ? 1 : 0 };
}
function proves(field, sample, index) {
  let seen = 0;
  let good = 0;
  let bad;
  for (const row of sample) {
    const cell = row[index];
    if (isBlank(cell)) continue;
    if (typeof cell === "string" && (isBlankWord(cell) || errorValue(cell))) continue;
    const value = cell;
    const ok = field.reads ? field.reads(value) : !(field.parse(value, MONTH_FIRST) instanceof Problem);
    seen++;
    if (ok) good++;
    else bad ??= cellText(cell);
    if (seen >= SAMPLE_ROWS) break;
  }
  if (seen === 0) return `read as ${field.label} only when its values show it; it has none yet`;
  if (good >= GENERIC_SHARE * seen) return void 0;
  return `its values are not ${field.label} (${seen - good} of ${seen}, e.g. '${bad}'); rename it or set Column: ${field.label}`;
}
function dateReadings(mapped, headers, sample, settings) {
  const readings = /* @__PURE__ */ new Map();
  const dateOrders = [];
  const dated = mapped.filter((m) => DATE_FIELDS.has(m.field.key) || m.field.key === "replied");
  const evidence = new Map(dated.map((m) => [m.index, orderEvidence(sample.map((row) => row[m.index]))]));
  let sheetDay = 0;
  let sheetMonth = 0;
  for (const e of evidence.values()) {
    if (e.dayFirst > e.monthFirst) sheetDay++;
    else if (e.monthFirst > e.dayFirst) sheetMonth++;
  }
  for (const m of dated) {
    const e = evidence.get(m.index);
    const slashDates = e.dayFirst + e.monthFirst + e.either > 0;
    let order = "month-first";
    let basis;
    if (settings.dateOrder !== "auto") {
      order = settings.dateOrder;
      basis = "setting";
    } else if (e.dayFirst !== e.monthFirst) {
      order = e.dayFirst > e.monthFirst ? "day-first" : "month-first";
      basis = "values";
    } else if (sheetDay !== sheetMonth && (sheetDay === 0 || sheetMonth === 0)) {
      order = sheetDay > 0 ? "day-first" : "month-first";
      basis = "sheet";
    } else basis = "cannot-tell";
    readings.set(m.index, { order, guessed: basis !== "setting" && basis !== "values" });
    if (DATE_FIELDS.has(m.field.key)) {
      dateOrders.push({ index: m.index, header: cellText(headers[m.index]), field: m.field.key, order, basis, slashDates, example: e.example });
    }
  }
  return { readings, dateOrders };
}
function findOutputBlock(headers) {
  const names = OUTPUT_COLUMNS.map(normalizeHeader);
  for (let i = 0; i + names.length <= headers.length; i++) {
    if (names.every((n, k) => normalizeHeader(headers[i + k]) === n)) return i;
  }
  return -1;
}
function inOutputBlock(outputAt, index) {
  return outputAt >= 0 && index >= outputAt && index < outputAt + OUTPUT_COLUMNS.length;
}
var BLANK_CELL = /* @__PURE__ */ Symbol("blank cell");
var NOTHING = /* @__PURE__ */ Symbol("nothing");
function readCell(c, cell) {
  if (isBlank(cell)) return BLANK_CELL;
  let value;
  if (c.kind !== 0 && typeof cell === "string") {
    const failed = errorValue(cell);
    if (failed) return spreadsheetError(failed);
    if (cell === "#N/A" || c.kind === 1 && isBlankWord(cell)) return NOTHING;
    value = c.field.parse(cell, c.reading);
  } else {
    value = c.field.parse(cell, c.reading);
    if (value instanceof Problem && typeof cell === "string") {
      const failed = errorValue(cell);
      if (failed) return spreadsheetError(failed);
      if (isBlankWord(cell)) return NOTHING;
    }
  }
  return value === void 0 ? NOTHING : value;
}
var MEMO_SIZE = 2048;
var MEMO_TEXT = 40;
var MEMO_WINDOW = 4096;
var ColumnMemo = class {
  constructor() {
    this.readings = /* @__PURE__ */ new Map();
    this.full = false;
    this.lookups = 0;
    this.misses = 0;
  }
};
function endsTrimmed(c) {
  if (c < 128) return c > 32;
  return !(c === 160 || c === 5760 || c === 6158 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279);
}
var VALUE = 0;
var TEXT = 1;
var NAME = 2;
var RowReader = class {
  constructor(map) {
    this.map = map;
    this.columns = map.columns.slice();
    this.index = Int32Array.from(this.columns, (c) => c.index);
    this.how = Uint8Array.from(this.columns, (c) => c.kind !== 0 && isPlainText(c.field) ? c.kind === 2 ? NAME : TEXT : VALUE);
    this.setters = this.columns.map((c) => SETTERS[c.field.key]);
    this.memos = this.columns.map((_, k) => this.how[k] === VALUE ? new ColumnMemo() : void 0);
  }
  read(row) {
    const p = emptyProspect();
    let error;
    let errors = 0;
    let any = false;
    const n = this.columns.length;
    for (let k = 0; k < n; k++) {
      const cell = row[this.index[k]];
      if (cell === "" || cell === void 0 || cell === null) continue;
      let out;
      if (typeof cell !== "string") out = readCell(this.columns[k], cell);
      else if (this.how[k] !== VALUE && this.isPlainText(cell, this.how[k])) out = cell;
      else out = this.readText(k, cell);
      if (out === BLANK_CELL) continue;
      any = true;
      if (out === NOTHING) continue;
      if (out instanceof Problem) {
        errors++;
        error ??= new RowError(this.columns[k].header, out.message, cellText(cell));
        continue;
      }
      this.setters[k](p, out);
    }
    if (error) return errors > 1 ? new RowError(error.column, error.problem, error.got, errors - 1) : error;
    if (!any && rowIsBlank(row, this.map)) return "blank";
    if (p.name === void 0 && (p.firstName !== void 0 || p.lastName !== void 0)) {
      p.name = [p.firstName, p.lastName].filter((x) => x !== void 0 && x !== "").join(" ");
    }
    if (p.seniority === void 0 && p.title) p.seniority = seniorityFromTitle(p.title);
    return p;
  }
  /** A text that reads as itself in a text column: nothing to trim, no error value, not a blank word. */
  isPlainText(cell, how) {
    const first = cell.charCodeAt(0);
    if (first === 35 || !endsTrimmed(first) || !endsTrimmed(cell.charCodeAt(cell.length - 1))) return false;
    return how === NAME || !isBlankWord(cell);
  }
  /** A text cell as readCell reads it, remembered while the column's values repeat. */
  readText(k, cell) {
    const memo = this.memos[k];
    if (memo === void 0 || cell.length > MEMO_TEXT) return readCell(this.columns[k], cell);
    let out = memo.readings.get(cell);
    if (memo.full && ++memo.lookups === MEMO_WINDOW) {
      memo.lookups = 0;
      memo.misses = 0;
    }
    if (out === void 0) {
      out = readCell(this.columns[k], cell);
      if (!memo.full) {
        memo.readings.set(cell, out);
        memo.full = memo.readings.size >= MEMO_SIZE;
      } else if (++memo.misses > MEMO_WINDOW / 2) this.memos[k] = void 0;
    }
    return out;
  }
};
var readers = /* @__PURE__ */ new WeakMap();
var lastReader;
function readerOf(map) {
  if (lastReader?.map === map) return lastReader;
  let reader = readers.get(map);
  if (reader === void 0) {
    reader = new RowReader(map);
    readers.set(map, reader);
  }
  lastReader = reader;
  return reader;
}
function readProspect(row, map) {
  return readerOf(map).read(row);
}
function spreadsheetError(value) {
  return new Problem(`the spreadsheet shows an error here (${value}): fix the formula`);
}
function rowIsBlank(row, map) {
  for (let i = 0; i < row.length; i++) {
    if (inOutputBlock(map.outputAt, i)) continue;
    if (!isBlank(row[i])) return false;
  }
  return true;
}

// src/core/settings.ts
var PLANS = [
  { name: "free", creditsPerMonth: 0, maxHeld: 0, price: 0, notesPerMonth: 5, noteLength: 200 },
  { name: "premium-career", creditsPerMonth: 5, maxHeld: 15, price: 29.99, notesPerMonth: Infinity, noteLength: 300 },
  { name: "premium-business", creditsPerMonth: 15, maxHeld: 45, price: 59.99, notesPerMonth: Infinity, noteLength: 300 },
  { name: "sales-navigator-core", creditsPerMonth: 50, maxHeld: 150, price: 99, notesPerMonth: Infinity, noteLength: 300 },
  { name: "sales-navigator-advanced", creditsPerMonth: 50, maxHeld: 150, price: 149.99, notesPerMonth: Infinity, noteLength: 300 },
  { name: "recruiter-lite", creditsPerMonth: 30, maxHeld: 90, price: 170, notesPerMonth: Infinity, noteLength: 300 },
  { name: "recruiter", creditsPerMonth: 150, maxHeld: 450, price: 850, notesPerMonth: Infinity, noteLength: 300 }
];
var PLAN_ALIASES = {
  basic: "free",
  "sales-navigator": "sales-navigator-core",
  "sn-core": "sales-navigator-core",
  sn: "sales-navigator-core",
  "sn-advanced": "sales-navigator-advanced",
  premium: "premium-career",
  career: "premium-career",
  business: "premium-business"
};
function slug(cell) {
  return String(cell).trim().toLowerCase().replace(/[\s_]+/g, "-");
}
function planByName(cell) {
  const t2 = slug(cell);
  return PLANS.find((p) => p.name === (PLAN_ALIASES[t2] ?? t2)) ?? new Problem("", "setting");
}
var WHOLE = /^(\d+|\d{1,3}([,_ \u00a0]\d{3})+)$/;
function settingNumber(kind, min) {
  return (cell) => {
    let n;
    if (typeof cell === "number") n = cell;
    else if (typeof cell === "string") {
      const t2 = cell.trim();
      if (kind === "count") n = WHOLE.test(t2) ? Number(t2.replace(/[,_ \u00a0]/g, "")) : void 0;
      else n = parseAmount(t2);
    }
    if (n === void 0 || !Number.isFinite(n) || n < min || kind === "count" && !Number.isInteger(n)) return new Problem("", "setting");
    return n;
  };
}
var DECIMAL = /^\d+(\.\d+)?$|^\.\d+$/;
function percent(cell) {
  const t2 = typeof cell === "number" ? String(cell) : String(cell).trim();
  const isPercent = t2.endsWith("%");
  const digits = isPercent ? t2.slice(0, -1).trim() : t2;
  if (typeof cell !== "number" && !DECIMAL.test(digits)) return new Problem("", "setting");
  const n = Number(digits);
  if (!Number.isFinite(n) || n < 0) return new Problem("", "setting");
  const fraction = isPercent || n >= 1 ? n / 100 : n;
  return fraction > 1 ? new Problem("", "setting") : fraction;
}
function notes(cell) {
  if (/^\s*(unlimited|no limit|∞)\s*$/i.test(String(cell))) return Infinity;
  return settingNumber("count", 0)(cell);
}
function oneOf(values) {
  return (cell) => {
    const t2 = slug(cell);
    return values.includes(t2) ? t2 : new Problem("", "setting");
  };
}
function dateSetting(cell) {
  const day = parseDateCell(cell);
  return day instanceof Problem || !inCalendar(day) ? new Problem("", "setting") : day;
}
function dateList(cell) {
  if (typeof cell !== "string") {
    const one = dateSetting(cell);
    return one instanceof Problem ? one : [one];
  }
  const days = [];
  for (const part of cell.split(/[,;\n]/)) {
    if (part.trim() === "" || /^\s*none\s*$/i.test(part)) continue;
    const day = dateSetting(part.trim());
    if (day instanceof Problem) return day;
    days.push(day);
  }
  return days.sort((a, b) => a - b);
}
function dayOfMonth(cell) {
  const n = settingNumber("count", 1)(cell);
  return n instanceof Problem || n > 31 ? new Problem("", "setting") : n;
}
var PERCENT_ACCEPTS = (example) => `a percentage: ${example}%, ${example} or 0.${example} (1 or more is a percentage, under 1 a fraction)`;
var SETTINGS = [
  {
    key: "Plan",
    prop: "plan",
    parse: planByName,
    accepts: PLANS.map((p) => p.name).join(", "),
    defaultText: "sales-navigator-core",
    source: "",
    fallback: () => PLANS[3]
  },
  {
    key: "Credits",
    prop: "credits",
    parse: settingNumber("count", 0),
    accepts: "a whole number, 0 or more",
    defaultText: "the plan's monthly credits (Sales Navigator Core: 50)",
    source: "[003][004]",
    fallback: (c) => c.plan.creditsPerMonth
  },
  {
    key: "Price Per Credit",
    prop: "pricePerCredit",
    parse: settingNumber("amount", 0),
    accepts: "an amount in USD, 0 or more (1.98, $1.98)",
    defaultText: "plan price / monthly credits (Sales Navigator Core: $99 / 50 = $1.98)",
    source: "[003]",
    fallback: (c) => c.plan.creditsPerMonth > 0 ? c.plan.price / c.plan.creditsPerMonth : 0
  },
  {
    key: "InMail Reply Rate",
    prop: "inmailReplyRate",
    parse: percent,
    accepts: PERCENT_ACCEPTS(18),
    defaultText: "18%; reported between 10% and 25%",
    source: "[000 \xA74]; 10-25% [002][004], 18-25% [003]",
    fallback: () => 0.18
  },
  {
    key: "Acceptance Rate",
    prop: "acceptanceRate",
    parse: percent,
    accepts: PERCENT_ACCEPTS(32),
    defaultText: "32%; reported between 20% and 40%",
    source: "[000 \xA74]; 20-40% [002][004]",
    fallback: () => 0.32
  },
  {
    key: "Reply After Accept",
    prop: "replyAfterAccept",
    parse: percent,
    accepts: PERCENT_ACCEPTS(26),
    defaultText: "26%: 32% accept x 26% reply = 8.3% of prospects reply",
    source: "[000 \xA74]",
    fallback: () => 0.26
  },
  {
    key: "Weekly Invite Cap",
    prop: "weeklyInviteCap",
    parse: settingNumber("count", 1),
    accepts: "a whole number, 1 or more",
    defaultText: "100: the safe zone; LinkedIn publishes no limit",
    source: "[003]",
    fallback: () => 100
  },
  {
    key: "Daily Invite Cap",
    prop: "dailyInviteCap",
    parse: settingNumber("count", 1),
    accepts: "a whole number, 1 or more",
    defaultText: "20: 15-20 a day is safe, 20-30 the most",
    source: "15-20/day [003], 20-30 max [001]",
    fallback: () => 20
  },
  {
    key: "Notes Per Month",
    prop: "notesPerMonth",
    parse: notes,
    accepts: "a whole number or unlimited",
    defaultText: "the plan's (free: 5; premium: unlimited)",
    source: "[003]",
    fallback: (c) => c.plan.notesPerMonth
  },
  {
    key: "Volume Threshold",
    prop: "volumeThreshold",
    parse: settingNumber("count", 0),
    accepts: "a whole number, 0 or more",
    defaultText: "100: more similar prospects than this are too many to InMail",
    source: "[000 \xA76]",
    fallback: () => 100
  },
  {
    key: "High Value",
    prop: "highValue",
    parse: settingNumber("amount", 0),
    accepts: "an amount, 0 or more (50000, $50,000, 50k)",
    defaultText: "50000: a deal this large favours InMail",
    source: "[001]",
    fallback: () => 5e4
  },
  {
    key: "Urgent Within Days",
    prop: "urgentWithinDays",
    parse: settingNumber("count", 0),
    accepts: "a whole number of days, 0 or more",
    defaultText: "14: a Deadline this close counts as a trigger",
    source: "",
    fallback: () => 14
  },
  {
    key: "Sequence",
    prop: "sequence",
    parse: oneOf(SEQUENCE_NAMES),
    accepts: SEQUENCE_NAMES.join(", "),
    defaultText: "hybrid",
    source: "[000 \xA77]; [003] sequences 1-3",
    fallback: () => "hybrid"
  },
  {
    key: "Start Date",
    prop: "startDate",
    parse: dateSetting,
    accepts: "a date as YYYY-MM-DD",
    defaultText: "the as-of date",
    source: "",
    fallback: (c) => c.asOf
  },
  { key: "As Of", prop: "asOf", parse: dateSetting, accepts: "a date as YYYY-MM-DD", defaultText: "today", source: "", fallback: (c) => c.asOf },
  {
    key: "Date Order",
    prop: "dateOrder",
    parse: oneOf(DATE_ORDERS),
    accepts: DATE_ORDERS.join(", "),
    defaultText: "auto: decided per column from its values",
    source: "",
    fallback: () => "auto"
  },
  {
    key: "Holidays",
    prop: "holidays",
    parse: dateList,
    accepts: "dates as YYYY-MM-DD, comma-separated",
    defaultText: "none",
    source: "",
    fallback: () => []
  },
  {
    key: "Withdraw After Days",
    prop: "withdrawAfterDays",
    parse: settingNumber("count", 1),
    accepts: "a whole number of days, 1 or more",
    defaultText: "30: withdraw invitations pending 30 days or more",
    source: "[003]",
    fallback: () => 30
  },
  {
    key: "When Credits Run Out",
    prop: "whenCreditsRunOut",
    parse: oneOf(CREDITS_RUN_OUT),
    accepts: CREDITS_RUN_OUT.join(", "),
    defaultText: "connect: fall back now (next-month: wait for the renewal)",
    source: "",
    fallback: () => "connect"
  },
  {
    key: "Credits Renew On",
    prop: "creditsRenewOn",
    parse: dayOfMonth,
    accepts: "a day of the month, 1-31",
    defaultText: "1",
    source: "",
    fallback: () => 1
  }
];
var BY_KEY = new Map(SETTINGS.map((s) => [normalizeHeader(s.key), s]));

// src/core/decide.ts
function isUrgent(p, s) {
  if (p.trigger !== void 0) return true;
  if (p.deadline === void 0) return false;
  const daysLeft = p.deadline - s.asOf;
  return daysLeft >= 0 && daysLeft <= s.urgentWithinDays;
}
var isSenior = (p) => p.seniority === "c-level" || p.seniority === "vp";
var MUTUAL_CONNECTIONS_THAT_COUNT = 5;
var INMAIL_SIGNALS = [
  { id: "named", seed: "[000 \xA78]", worth: true, holds: (p) => p.namedAccount === true },
  { id: "urgent", seed: "[000 \xA78][002]", worth: true, holds: isUrgent },
  { id: "far", seed: "[000 \xA78]", holds: (p) => (p.degree ?? 0) >= 3 },
  { id: "serious", seed: "[000 \xA78]", worth: true, holds: (p) => p.seriousAsk === true },
  { id: "senior", seed: "[001][002]", worth: true, holds: isSenior },
  { id: "deal", seed: "[001]", worth: true, holds: (p, s) => p.dealValue !== void 0 && p.dealValue >= s.highValue }
];
var CONNECTION_SIGNALS = [
  { id: "warm", seed: "[002][000 \xA79]", holds: (p) => p.warm === true },
  { id: "mutual", seed: "[003]", holds: (p) => (p.mutualConnections ?? 0) >= MUTUAL_CONNECTIONS_THAT_COUNT },
  { id: "active", seed: "[003]", holds: (p) => p.activeOnLinkedIn === true },
  { id: "career", seed: "[000 \xA76]", holds: (p) => p.seniority === "manager" || p.seniority === "senior" || p.seniority === "entry" }
];
var maskWhere = (signals, test) => signals.reduce((m, sig, i) => test(sig) ? m | 1 << i : m, 0);
var WORTH_PAYING_MASK = maskWhere(INMAIL_SIGNALS, (sig) => sig.worth === true);
var URGENT_BIT = maskWhere(INMAIL_SIGNALS, (sig) => sig.id === "urgent");
var WARM_BIT = maskWhere(CONNECTION_SIGNALS, (sig) => sig.id === "warm");

// src/core/sequences.ts
var SEQUENCES = {
  // A tree with a decision point at day 5 [000 §7].
  hybrid: [
    { day: 1, when: "new", move: "first", lean: "score", says: "first touch", seed: "[000 \xA78]" },
    { day: 5, when: "connected", move: "MESSAGE", says: "accepted: first real message, a question, 60-80 words", seed: "[000 \xA77]" },
    { day: 5, when: "requestUnanswered", move: "inmail", once: true, says: "request not accepted: a different angle", seed: "[000 \xA77]" },
    {
      day: 8,
      when: "inmailNoRequest",
      move: "connectNote",
      once: true,
      says: "InMail unanswered a week on: connect, note referring to it",
      seed: "[000 \xA71][003 seq 2]"
    },
    { day: 12, when: "connected", move: "MESSAGE", says: "follow-up on the conversation", seed: "[000 \xA77]" },
    { day: 19, when: "connected", move: "MESSAGE", says: "last touch that adds value", seed: "[000 \xA77]" },
    { day: 19, when: "notConnected", move: "EMAIL_OR_PHONE", says: "no answer on LinkedIn", seed: "[000 \xA77]" },
    { day: 20, onward: true, when: "unanswered", move: "EMAIL_OR_PHONE", says: "LinkedIn steps done, no reply", seed: "[000 \xA77]" }
  ],
  // [003] sequence 1.
  "connection-first": [
    { day: 1, when: "new", move: "first", lean: "connection", says: "first touch", seed: "[003 seq 1]" },
    { day: 4, when: "connected", move: "MESSAGE", says: "accepted: a conversational first message, no pitch", seed: "[003 seq 1]" },
    { day: 8, when: "connected", move: "MESSAGE", says: "follow-up that adds value (article, case study)", seed: "[003 seq 1]" },
    { day: 15, when: "connected", move: "MESSAGE", says: "final message with a clear ask", seed: "[003 seq 1]" },
    { day: 15, when: "requestUnanswered", move: "inmail", once: true, says: "not accepted by day 15", seed: "[002][003]" },
    { day: 15, when: "notConnected", move: "EMAIL_OR_PHONE", says: "not accepted by day 15", seed: "[003 seq 1]" },
    { day: 16, onward: true, when: "unanswered", move: "EMAIL_OR_PHONE", says: "LinkedIn steps done, no reply", seed: "[003 seq 1]" }
  ],
  // [003] sequence 2.
  "inmail-first": [
    { day: 1, when: "new", move: "first", lean: "inmail", says: "first touch", seed: "[003 seq 2]" },
    { day: 3, when: "inmailNoRequest", move: "connectNote", once: true, says: "no reply to the InMail: connect, note referring to it", seed: "[003 seq 2]" },
    { day: 10, when: "connected", move: "MESSAGE", says: "accepted: circle back on the InMail", seed: "[003 seq 2]" },
    { day: 10, when: "notConnected", move: "EMAIL_OR_PHONE", says: "no reply, not connected", seed: "[003 seq 2]" },
    { day: 11, onward: true, when: "unanswered", move: "EMAIL_OR_PHONE", says: "LinkedIn steps done, no reply", seed: "[003 seq 2]" }
  ],
  // [003] sequence 3.
  multichannel: [
    { day: 1, when: "new", move: "first", lean: "connection", says: "first touch", seed: "[003 seq 3]" },
    { day: 3, when: "requestUnanswered", move: "inmail", once: true, says: "not accepted by day 3", seed: "[003 seq 3]" },
    { day: 7, when: "unanswered", move: "EMAIL_OR_PHONE", says: "cold email to their work address", seed: "[003 seq 3]" },
    { day: 10, when: "connected", move: "MESSAGE", says: "connected, no reply: LinkedIn message", seed: "[003 seq 3]" },
    { day: 14, when: "unanswered", move: "EMAIL_OR_PHONE", says: "second email, a different angle", seed: "[003 seq 3]" },
    { day: 21, when: "connected", move: "MESSAGE", says: "final touch: LinkedIn message", seed: "[003 seq 3]" },
    { day: 21, when: "notConnected", move: "EMAIL_OR_PHONE", says: "final touch: phone", seed: "[003 seq 3]" },
    { day: 22, onward: true, when: "unanswered", move: "EMAIL_OR_PHONE", says: "LinkedIn steps done, no reply", seed: "[003 seq 3]" }
  ]
};
var LEAN = Object.fromEntries(SEQUENCE_NAMES.map((name) => [name, SEQUENCES[name][0].lean ?? "score"]));
var ACCEPTED_STEP = Object.fromEntries(
  SEQUENCE_NAMES.map((name) => [name, SEQUENCES[name].findIndex((st) => st.when === "connected" && !st.onward)])
);

// src/core/plan.ts
var CHANNEL_CODE = Object.fromEntries(CHANNELS.map((c, i) => [c, i]));
var BY = [...FIRST_RULES, "step", "withdraw", "replied", "finished", "duplicate", "error"];
var BY_CODE = Object.fromEntries(BY.map((b, i) => [b, i]));
var ERROR = BY_CODE.error;

// src/core/agenda.ts
var AGENDA_GROUPS = [
  { key: "withdrawals", title: "Withdraw stale invitations", counted: ["withdrawal", "withdrawals"], channels: ["WITHDRAW"] },
  { key: "messages", title: "Messages to connections", counted: ["message", "messages"], channels: ["MESSAGE"] },
  {
    key: "inmails",
    title: "Open Profile messages and InMails",
    counted: ["Open Profile message or InMail", "Open Profile messages and InMails"],
    channels: ["OPEN_PROFILE", "INMAIL"]
  },
  { key: "invitations", title: "Invitations", counted: ["invitation", "invitations"], channels: ["CONNECT_NOTE", "CONNECT"] },
  { key: "emailOrPhone", title: "Email or phone", counted: ["email or call", "emails or calls"], channels: ["EMAIL_OR_PHONE"] }
];
var GROUP_OF = new Map(AGENDA_GROUPS.flatMap((g, i) => g.channels.map((c) => [c, i])));
var HISTORY_FIELDS = ["requestedOn", "connectionStatus", "inmailSentOn", "lastTouchOn"];
var SPEC = Object.fromEntries(
  HISTORY_FIELDS.map((k) => [k, FIELDS.find((f) => f.key === k)])
);

// ../../../tmp/readbench/rp.ts
var all = parse(readFileSync("/work/data/p200k.csv", "utf8"), { relax_column_count: true });
var u = understand(all.slice(0, 101), { columns: {}, dateOrder: "auto" });
if (u instanceof Problem) throw new Error(u.message);
var body = all.slice(1);
var sink = 0;
var t = process.cpuUsage();
for (let r = 0; r < 10; r++) for (const row of body) {
  const p = readProspect(row, u.map);
  if (typeof p === "object" && "kind" in p) sink++;
}
var d = process.cpuUsage(t);
console.log(sink, ((d.user + d.system) / 1e6).toFixed(2), "s");
