/**
 * The encodings a CSV file comes in (SPEC 1a, Files): UTF-8 with or without a BOM, UTF-16 LE or
 * BE with a BOM (or without one, told by its zero bytes), and, when the bytes are not valid UTF-8,
 * Windows-1252, what Excel's "CSV" writes on Windows, or Mac Roman, what it writes on a Mac, told
 * apart by their accented letters (`singleByteOf`); or the code page Excel writes in another
 * locale, where the bytes show it (`notUtf8Of`: Central European, Cyrillic, Greek, Turkish, Japanese) or
 * the user names it (`--encoding`). Each codec decodes and encodes without loss, so a file's
 * cells go back out byte for byte in the encoding they came in.
 */
import { isUtf8 } from 'node:buffer';
import type { Units } from './csv.js';

/**
 * What Excel's "CSV" writes in other locales (their ANSI code page), by WHATWG name, and as the
 * summary names it: Windows-1250 Central European, 1251 Cyrillic, 1253 Greek, 1254 Turkish, 1255
 * Hebrew, 1256 Arabic, 1257 Baltic, 1258 Vietnamese, 874 Thai; Shift_JIS Japanese, GBK Simplified
 * and Big5 Traditional Chinese, EUC-KR Korean, in two bytes a character. Node's decoder reads each
 * (its `windows-1252` is latin1: 1252 has a table of its own here).
 */
export const LOCALE_ENCODINGS = {
  'windows-1250': 'Windows-1250',
  'windows-1251': 'Windows-1251',
  'windows-1253': 'Windows-1253',
  'windows-1254': 'Windows-1254',
  'windows-1255': 'Windows-1255',
  'windows-1256': 'Windows-1256',
  'windows-1257': 'Windows-1257',
  'windows-1258': 'Windows-1258',
  'windows-874': 'Windows-874',
  shift_jis: 'Shift_JIS',
  gbk: 'GBK',
  big5: 'Big5',
  'euc-kr': 'EUC-KR',
} as const;
export type LocaleEncoding = keyof typeof LOCALE_ENCODINGS;
/**
 * The double-byte ones: a character over 127 is one or two bytes, the second may be ASCII (`@` to
 * `~`): never a comma, semicolon, tab, quote or line break, but a pipe (`ポ` is 0x83 0x7C).
 */
const DOUBLE_BYTE: ReadonlySet<string> = new Set(['shift_jis', 'gbk', 'big5', 'euc-kr']);

/** Why a file in `encoding` cannot be split at `delimiter` as bytes (a pipe in a double-byte encoding), or undefined. */
export function unsplittable(encoding: Encoding, delimiter: string): string | undefined {
  if (delimiter !== '|' || !DOUBLE_BYTE.has(encoding.name)) return undefined;
  const name = ENCODING_NAMES[encoding.name];
  return `a pipe-separated ${name} list cannot be split into its cells: the second byte of a ${name} character may be the pipe's; save it separated by commas, semicolons or tabs, or as CSV UTF-8`;
}

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh' | LocaleEncoding;

/** How the summary names each encoding. */
export const ENCODING_NAMES: Readonly<Record<EncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  macintosh: 'Mac Roman',
  ...LOCALE_ENCODINGS,
};

/**
 * The encoding `--encoding` names, by its name or a usual alias (`cp1250`, `win-1251`, `sjis`,
 * `cp932`, `gb2312`, `cp936`, `cp949`, `latin1`...), or undefined.
 */
export function encodingNamed(given: string): EncodingName | undefined {
  const key = given
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const cp = /^(?:cp|windows|win|ms|ibm)?-?(\d{3,4})$/.exec(key)?.[1];
  const aliases: Record<string, EncodingName> = {
    utf8: 'utf-8',
    'utf-8': 'utf-8',
    utf16: 'utf-16le',
    'utf-16': 'utf-16le',
    utf16le: 'utf-16le',
    utf16be: 'utf-16be',
    'utf-16le': 'utf-16le',
    'utf-16be': 'utf-16be',
    latin1: 'windows-1252',
    'latin-1': 'windows-1252',
    'iso-8859-1': 'windows-1252',
    ansi: 'windows-1252',
    mac: 'macintosh',
    macintosh: 'macintosh',
    'mac-roman': 'macintosh',
    macroman: 'macintosh',
    'x-mac-roman': 'macintosh',
    'windows-31j': 'shift_jis',
    'ks-c-5601-1987': 'euc-kr',
    uhc: 'euc-kr',
    'shift-jis': 'shift_jis',
    sjis: 'shift_jis',
    '932': 'shift_jis',
    gbk: 'gbk',
    gb2312: 'gbk',
    gb18030: 'gbk',
    '936': 'gbk',
    big5: 'big5',
    '950': 'big5',
    'euc-kr': 'euc-kr',
    '949': 'euc-kr',
    '1252': 'windows-1252',
  };
  const found = aliases[cp ?? key] ?? (cp !== undefined ? `windows-${cp}` : key);
  return found in ENCODING_NAMES ? (found as EncodingName) : undefined;
}

export interface Encoding {
  readonly name: EncodingName;
  /** The byte order mark the file starts with (kept for the output), or empty. */
  readonly bom: Buffer;
  /** The whole file has been read in this encoding without a fault: no need to check its bytes again. */
  readonly verified?: boolean;
  /**
   * Read in another encoding (`fallbackFor`) though lines before this one (1-based) hold UTF-8 text: a
   * file of mixed encodings (lines appended by another program), whose UTF-8 text reads as `Ã©`.
   */
  readonly mixedFromLine?: number;
  /** A UTF-16 file of an odd number of bytes: its last byte, half a character, is left out. */
  readonly halfCharAtEnd?: boolean;
  /** Named by the user (`--encoding`): read so, never guessed. */
  readonly named?: boolean;
  /** Read as Windows-1252 or Mac Roman though most of its bytes over 127 stand side by side (`sideBySide`): Chinese or Korean, read garbled. */
  readonly sideBySide?: boolean;
}

const BOMS: ReadonlyArray<[EncodingName, Buffer]> = [
  ['utf-8', Buffer.from([0xef, 0xbb, 0xbf])],
  ['utf-16le', Buffer.from([0xff, 0xfe])],
  ['utf-16be', Buffer.from([0xfe, 0xff])],
];

/**
 * Windows-1252's characters for the bytes 0x80-0x9F (0x00-0x7F are ASCII, 0xA0-0xFF latin1's),
 * as a lossless single-byte table: the five bytes 1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
 * 0x9D) are the C1 control of the same number, as browsers decode them (WHATWG Encoding), and so
 * encode back to the same byte.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1252_80_FF = CP1252_80_9F + Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');

/**
 * Mac Roman's characters for the bytes 0x80-0xFF (0x00-0x7F are ASCII), as the WHATWG Encoding
 * standard's `macintosh` decodes them: 128 characters, each once, so the table is lossless.
 */
const MAC_80_FF =
  '\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7';

/** Text to a file's bytes and back, held one byte a character (latin1), as the CSV engine holds a file. */
interface HeldCodec {
  /** Bytes held one a character to their text. */
  from(held: string): string;
  /** Text to its bytes held one a character; a character the encoding lacks is '?'. */
  to(text: string): string;
}

/**
 * A single-byte code page from its characters for the bytes 0x80-0xFF (each once: lossless). Only
 * the bytes whose character is not latin1's of the same number are replaced, each tested for
 * first: a replace with a function costs about twice a test that finds nothing, and most texts
 * (every Reason, most cells) hold none.
 */
function singleByte(table: string): HeldCodec {
  let same = '';
  let differ = '';
  for (let b = 0x80; b <= 0xff; b++) {
    const x = `\\x${b.toString(16)}`;
    if (table.charCodeAt(b - 0x80) === b) same += x;
    else differ += x;
  }
  const byteOf = new Map([...table].map((c, i) => [c.charCodeAt(0), 0x80 + i]));
  const held = new RegExp(`[${differ}]`);
  const heldAll = new RegExp(`[${differ}]`, 'g');
  const foreign = new RegExp(`[^\\x00-\\x7f${same}]`);
  // By code point: a character beyond the Basic Multilingual Plane (an emoji) is one '?'.
  const foreignAll = new RegExp(`[^\\x00-\\x7f${same}]`, 'gu');
  return {
    from: (h) => (held.test(h) ? h.replace(heldAll, (c) => table[c.charCodeAt(0) - 0x80] as string) : h),
    to: (t) => (foreign.test(t) ? t.replace(foreignAll, (c) => String.fromCharCode(byteOf.get(c.charCodeAt(0)) ?? 0x3f)) : t),
  };
}

/** A single-byte code page's characters for the bytes 0x80-0xFF, as Node decodes them; a byte it leaves undefined is the C1 control of its number, as 1252's. */
function decodedTable(name: string): string {
  const decoder = new TextDecoder(name);
  let table = '';
  for (let b = 0x80; b <= 0xff; b++) {
    const c = decoder.decode(Uint8Array.of(b));
    table += c.length === 1 && c !== '\ufffd' ? c : String.fromCharCode(b);
  }
  return table;
}

const NOT_ASCII = /[^\x00-\x7f]/;
const NOT_ASCII_POINTS = /[^\x00-\x7f]/gu;

/**
 * A double-byte code page (Shift_JIS, GBK, Big5, EUC-KR): decoded by Node, encoded by a table of
 * every character of one or two bytes, made the first time a text of ours holds a character over
 * 127. A character of four bytes (GB18030's rarest) is read but written as '?'.
 */
function doubleByte(name: string): HeldCodec & { fromBytes(bytes: Uint8Array, from: number, to: number): string } {
  const decoder = new TextDecoder(name);
  let bytesOf: Map<string, string> | undefined;
  const table = (): Map<string, string> => {
    // Every byte alone and every pair, each followed by a line feed (never a second byte): one decode.
    const seqs: number[][] = [];
    for (let b = 0x80; b <= 0xff; b++) seqs.push([b]);
    for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) seqs.push([lead, trail]);
    const decoded = decoder.decode(Uint8Array.from(seqs.flatMap((q) => [...q, 10]))).split('\n');
    const map = new Map<string, string>();
    seqs.forEach((q, i) => {
      const c = decoded[i] as string;
      if (c !== '' && c !== '\ufffd' && [...c].length === 1 && !map.has(c)) map.set(c, String.fromCharCode(...q));
    });
    return map;
  };
  return {
    from: (h) => decoder.decode(Buffer.from(h, 'latin1')),
    fromBytes: (bytes, from, to) => decoder.decode(bytes.subarray(from, to)),
    to: (t) => {
      if (!NOT_ASCII.test(t)) return t;
      bytesOf ??= table();
      const map = bytesOf;
      return t.replace(NOT_ASCII_POINTS, (c) => map.get(c) ?? '?');
    },
  };
}

/** Each single-byte code page's characters for the bytes 0x80-0xFF, made on first use. */
const tables = new Map<string, string>([
  ['windows-1252', CP1252_80_FF],
  ['macintosh', MAC_80_FF],
]);
function tableOf(name: string): string {
  let table = tables.get(name);
  if (table === undefined) tables.set(name, (table = decodedTable(name)));
  return table;
}

/** A byte's character in a single-byte code page (a byte it leaves undefined is no letter, its C1 control). */
const charIn = (name: string, b: number): string => tableOf(name)[b - 0x80] as string;

type Held = HeldCodec & { fromBytes?(bytes: Uint8Array, from: number, to: number): string };
const codecs = new Map<string, Held>();

/** The codec of a file held as bytes in a single- or double-byte encoding, made on first use. */
function heldCodec(name: string): Held {
  let codec = codecs.get(name);
  if (codec === undefined) codecs.set(name, (codec = DOUBLE_BYTE.has(name) ? doubleByte(name) : singleByte(tableOf(name))));
  return codec;
}
/** A letter, not a modifier letter: `ˆ` (1252's 0x88, Mac Roman's 0xF6) is an accent on its own, so Mac Roman's `à` and 1252's `ö` each vote. */
const LETTER = /^(?!\p{Lm})\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
/**
 * Bytes that are punctuation or a sign common in text in one of the two encodings, after a letter
 * as often as not (`don’t`, `O’Brien`, `word—word`, `“hi”`, `…`, `Acme™`, `IBM®`, `50K€`,
 * `«CEO»`): the letter they are in the other (`í`, `ó`, `î`, `Ö`, `ô`, `Ä`, `Æ`, `ª`; `Õ`, `Ó`,
 * `ª`, `Û`, `È`) tells neither: 1252's ™ ® € » (0x99 0xAE 0x80 0xBB) and Mac Roman's ™ € »
 * (0xAA 0xDB 0xC8); Mac Roman's ® (0xA8) is `¨` in 1252, no letter in either.
 */
const NO_VOTE = new Set([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0xaa, 0xae, 0xbb, 0xc8, 0xd2, 0xd3, 0xd4, 0xd5, 0xdb]);

/** An ASCII letter, either case; a small one. Bytes over 127 are neither (`| 32` lands no such byte on a letter). */
const isAsciiLetter = (b: number): boolean => ((b | 32) - 97) >>> 0 < 26;
const isSmallLetter = (b: number): boolean => (b - 97) >>> 0 < 26;

/** What a byte beside an ASCII letter reads as in a single-byte code page: a letter, a capital (which right after a small letter reads as none). */
function readsAsLetter(name: string, b: number, lowerBefore: boolean): boolean {
  const c = charIn(name, b);
  return LETTER.test(c) && !(lowerBefore && UPPER.test(c));
}

/**
 * Votes between two single-byte code pages for bytes that are not UTF-8: each byte over 127 right
 * after an ASCII letter (and, `beforeSmall`, one right before a small letter) that reads as a
 * letter in one of them and not in the other votes for that one. `skip` passes over the bytes
 * that tell neither; `inPlace` gives `a` a byte that is a letter in both where `b`'s never stands.
 */
function letterVotes(
  bytes: Uint8Array,
  a: string,
  b: string,
  beforeSmall: boolean,
  skip: (byte: number, before: number, next: number) => boolean,
  inPlace?: (byte: number, next: number) => boolean,
): { a: number; b: number } {
  let forA = 0;
  let forB = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) continue;
    const raw = i > 0 ? (bytes[i - 1] as number) : 0;
    const before = raw | 32;
    const next = i + 1 < bytes.length ? (bytes[i + 1] as number) : 0;
    const afterLetter = isAsciiLetter(raw);
    if (!afterLetter && !(beforeSmall && isSmallLetter(next))) continue;
    if (skip(byte, before, next)) continue;
    const inA = readsAsLetter(a, byte, afterLetter && raw >= 97);
    const inB = readsAsLetter(b, byte, afterLetter && raw >= 97);
    if (inA && !inB) forA++;
    else if (inB && !inA) forB++;
    else if (inA && afterLetter && inPlace?.(byte, next)) forA++;
  }
  return { a: forA, b: forB };
}

/**
 * Mac Roman's votes against Windows-1252's (`letterVotes`, after a letter): a name's `é` is 0xE9
 * in 1252, `È` in Mac Roman, and 0x8E in Mac Roman, `Ž` in 1252. Mac Roman only when at least two
 * bytes read as letters in it alone, four times as many as read so in 1252 alone; else 1252,
 * Excel's "CSV" on Windows and the common case.
 */
const macVotes = (bytes: Uint8Array) => letterVotes(bytes, 'macintosh', 'windows-1252', false, (b) => NO_VOTE.has(b));
const isMac = (v: { a: number; b: number }) => v.a >= 2 && v.a >= 4 * v.b;

/** Windows-1252 or Mac Roman, for bytes that are not UTF-8 (from the byte before a file's first that is not, the letter it may follow): `macVotes`. */
export function singleByteOf(bytes: Uint8Array): 'windows-1252' | 'macintosh' {
  return isMac(macVotes(bytes)) ? 'macintosh' : 'windows-1252';
}

/** Per byte over 127, its character in a code page of one script: 1 a capital of it, 2 a small letter, 0 neither; 4 added for a vowel. */
const scriptBytes = new Map<string, Uint8Array>();
const SCRIPTS = {
  'windows-1251': { script: /\p{Script=Cyrillic}/u, vowels: 'аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ' },
  'windows-1253': { script: /\p{Script=Greek}/u, vowels: 'αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏΪΫ' },
} as const;

/**
 * How bytes that are not UTF-8 read as words of one script in a code page of it (Cyrillic in
 * Windows-1251, Greek in Windows-1253), as Excel writes CSV there: the share of vowels in its
 * words, or 0 where they are no such words. A word is a run of the script's letters (punctuation
 * such as `«»` ends one); most of the bytes over 127 must be in words of three letters or more,
 * and in most of those every letter after the first is small (`Александр`), or every one a capital
 * (`ПАО`, Greek written in capitals). Read as Windows-1252 such bytes are words of accented letters
 * alone (`Àëåêñàíäð`), which no Western text has; Chinese or Korean bytes are letters of either
 * one time in two, in no such order. Greek and Cyrillic read in each other's code page are words
 * of consonants: the vowels tell them apart.
 */
function scriptWords(bytes: Uint8Array, name: keyof typeof SCRIPTS): number {
  const { script, vowels } = SCRIPTS[name];
  let kinds = scriptBytes.get(name);
  if (kinds === undefined) {
    kinds = Uint8Array.from(tableOf(name), (c) => (script.test(c) ? (/\p{Ll}/u.test(c) ? 2 : 1) + (vowels.includes(c) ? 4 : 0) : 0));
    scriptBytes.set(name, kinds);
  }
  let high = 0;
  let inWords = 0;
  let vowelsInWords = 0;
  let words = 0;
  let cased = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80 || kinds[b - 0x80] === 0) {
      if (b >= 0x80) high++;
      i++;
      continue;
    }
    let j = i;
    let small = 0;
    let vowelCount = 0;
    for (; j < bytes.length && (bytes[j] as number) >= 0x80; j++) {
      const kind = kinds[(bytes[j] as number) - 0x80] as number;
      if (kind === 0) break;
      if ((kind & 3) === 2) small++;
      if (kind & 4) vowelCount++;
    }
    const n = j - i;
    high += n;
    if (n >= 3) {
      inWords += n;
      vowelsInWords += vowelCount;
      words++;
      const firstSmall = ((kinds[b - 0x80] as number) & 3) === 2;
      if (small === n - (firstSmall ? 0 : 1) || small === 0) cased++;
    }
    i = j;
  }
  return words >= 2 && inWords >= 0.6 * high && cased >= 0.7 * words ? vowelsInWords / inWords : 0;
}

/**
 * Whether bytes that are not UTF-8 are Turkish as Excel writes it in Turkey (Windows-1254), not
 * Windows-1252: it differs in six letters (`ı` `ş` `ğ` `İ` `Ş` `Ğ`, 1252's Icelandic `ý` `þ` `ð`
 * `Ý` `Þ` `Ð`). Three of them at least beside a letter, among them an `ı` and one of the others,
 * four times as many as the accented letters Turkish has none of (`á`, `é`, `æ`, `ñ`...): a
 * Czech list's `ý` alone, or an Icelandic name among Western ones, stays 1252.
 */
function turkishOf(bytes: Uint8Array): boolean {
  const table = tableOf('windows-1254');
  let dotless = 0;
  let others = 0;
  let other = 0;
  for (let i = 1; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    if (!isAsciiLetter(bytes[i - 1] as number) && !(i + 1 < bytes.length && isAsciiLetter(bytes[i + 1] as number))) continue;
    const c = table[b - 0x80] as string;
    if (c !== CP1252_80_FF[b - 0x80]) {
      if (b === 0xfd) dotless++;
      else others++;
    } else if (LETTER.test(c) && !TURKISH_ACCENTS.includes(c)) other++;
  }
  const turkish = dotless + others;
  return dotless > 0 && others > 0 && turkish >= 3 && turkish >= 4 * other;
}
/** The accented letters Turkish writes that Windows-1252 has at the same byte. */
const TURKISH_ACCENTS = 'çöüÇÖÜâîûÂÎÛ';

/**
 * Whether bytes that are not UTF-8 are Japanese as Excel writes it in Japan (Shift_JIS): read so,
 * they are kanji and kana (full-width), with next to nothing else over 127, no more half-width
 * katakana (a furigana column's) than those, and few beside an ASCII letter. Western bytes read as
 * Shift_JIS are mostly faults (an accented letter before a space or a comma begins no character),
 * or kanji inside Latin words (Mac Roman's `ç` and the letter after it: `Fran?ois`); Chinese and
 * Korean bytes are mostly half-width katakana, their first bytes being those.
 */
function japaneseOf(bytes: Uint8Array): boolean {
  const text = new TextDecoder('shift_jis').decode(bytes, { stream: true });
  let full = 0;
  let half = 0;
  let other = 0;
  let inLatin = 0;
  const latin = (i: number) => i >= 0 && i < text.length && isAsciiLetter(text.charCodeAt(i));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x3000 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e)) {
      full++;
      if (latin(i - 1) || latin(i + 1)) inLatin++;
    } else if (c >= 0xff61 && c <= 0xff9f) half++;
    else other++;
  }
  return full >= 4 && full >= 10 * other && half <= full && inLatin <= 0.2 * full;
}

/**
 * Windows-1250's votes against Windows-1252's (`letterVotes`, after a letter or before a small
 * one): Polish letters that 1252 has no letter for (`Ł` `ą` `ł` `ż` `Ź` `ť`, read in 1252 as `£`
 * `¹` `³` `¿` or no character), and Polish letters where 1252's never stand (`polishInPlace`).
 * Windows-1250 when three at least, four times those read as letters in 1252 alone, and more than
 * Mac Roman's (whose `ø` and `π` are Polish `ż` and `ą`). Czech, Slovak, Hungarian, Croatian and
 * Romanian letters are letters in 1252 too (`ř` is `ø`, `ő` is `õ`): such a list reads as 1252
 * unless named with --encoding.
 */
const centralEuropeanVotes = (bytes: Uint8Array) =>
  letterVotes(
    bytes,
    'windows-1250',
    'windows-1252',
    true,
    // `¿` opens a Spanish question, before a small letter as often as not: it counts only after a
    // letter. `m²`, `m³` (1252's `³` is 1250's `ł`): after an m only inside a word (`Młynarski`).
    (b, before, next) => (b === 0xbf && !isAsciiLetter(before)) || ((b === 0xb3 || b === 0xb9) && before === 109 && !isSmallLetter(next)),
    polishInPlace,
  );

/**
 * Polish letters that are letters in Windows-1252 too, where 1252's never stand: `ś` (1252's `œ`,
 * which French writes before a `u`: `cœur`), `ń` (`ñ`, which Spanish writes before a vowel:
 * `Muñoz`; Polish before a consonant or last: `Pańczyk`, `Poznań`) and `ć` last in a word (`æ`,
 * which Danish and Norwegian write inside one). A small Polish list may have none of `ł`, `ą`, `ż`.
 */
function polishInPlace(b: number, next: number): boolean {
  const nextLetter = isAsciiLetter(next);
  if (b === 0x9c || b === 0x8c) return (next | 32) !== 117;
  if (b === 0xf1) return !nextLetter || !VOWELS.has(next | 32);
  return b === 0xe6 && !nextLetter && next < 0x80;
}
const VOWELS = new Set([97, 101, 105, 111, 117, 121]);

/** The bytes detection looks at: enough of any list's names and titles, and no more time than that. */
const DETECTION_SAMPLE = 1 << 18;

/**
 * The encoding of bytes that are not UTF-8 (from the byte before the first that is not), and
 * whether they look like Chinese or Korean read in it (`sideBySide`): Japanese, Cyrillic, Greek,
 * Polish or Turkish where the bytes show it, else Windows-1252 or Mac Roman. Chinese and Korean,
 * whose bytes read as several encodings alike, are named with --encoding.
 */
function detect(all: Uint8Array): { name: EncodingName; sideBySide: boolean } {
  const bytes = all.subarray(0, DETECTION_SAMPLE);
  if (japaneseOf(bytes)) return { name: 'shift_jis', sideBySide: false };
  const cyrillic = scriptWords(bytes, 'windows-1251');
  const greek = scriptWords(bytes, 'windows-1253');
  if (Math.max(cyrillic, greek) >= 0.2) return { name: cyrillic >= greek ? 'windows-1251' : 'windows-1253', sideBySide: false };
  const mac = macVotes(bytes);
  // A Latin script's accents stand alone in words of ASCII letters; bytes over 127 side by side are a
  // script of its own (Chinese, Korean...) that no single-byte Latin code page reads.
  if (sideBySide(bytes)) return { name: isMac(mac) ? 'macintosh' : 'windows-1252', sideBySide: true };
  const ce = centralEuropeanVotes(bytes);
  if (ce.a >= 3 && ce.a >= 4 * ce.b && (!isMac(mac) || ce.a > mac.a)) return { name: 'windows-1250', sideBySide: false };
  if (isMac(mac)) return { name: 'macintosh', sideBySide: false };
  return { name: turkishOf(bytes) ? 'windows-1254' : 'windows-1252', sideBySide: false };
}

/** The encoding of bytes that are not UTF-8 (`detect`). */
export const notUtf8Of = (bytes: Uint8Array): EncodingName => detect(bytes).name;

/**
 * Whether most bytes over 127 are in words that are two thirds such bytes or more, three of them at
 * least (a word running to a space, a delimiter, a quote or a line break): Chinese or Korean in
 * two bytes a character (`王伟`, `김민준`; Big5's second byte may be an ASCII letter). A Latin
 * script's accents stand one or two in a word of ASCII letters (`Conceição`, `Jiří`, `Šťastný`).
 */
function sideBySide(bytes: Uint8Array): boolean {
  let high = 0;
  let inWords = 0;
  let word = 0;
  let wordHigh = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? (bytes[i] as number) : 32;
    if (b === 32 || b === 9 || b === 44 || b === 59 || b === 34 || b === 13 || b === 10 || b === 124) {
      if (wordHigh >= 3 && 3 * wordHigh >= 2 * word) inWords += wordHigh;
      word = 0;
      wordHigh = 0;
      continue;
    }
    word++;
    if (b >= 0x80) {
      wordHigh++;
      high++;
    }
  }
  return high >= 4 && inWords > 0.5 * high;
}

/** The encoding of a file that starts with `head`, by its BOM; without one, UTF-8 until a chunk says otherwise. */
export function encodingOf(head: Buffer): Encoding {
  for (const [name, bom] of BOMS) if (head.subarray(0, bom.length).equals(bom)) return { name, bom };
  return { name: utf16WithoutBom(head) ?? 'utf-8', bom: Buffer.alloc(0) };
}

/**
 * UTF-16 written without a BOM (some exporters and scripts do): a text file has no zero byte, but
 * UTF-16 holds one in every ASCII character (a delimiter, a line break, a digit), on the same side
 * of each pair. Zero bytes on one side, in a tenth or more of the pairs, and next to none on the
 * other: that byte order.
 */
function utf16WithoutBom(head: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = head.length >>> 1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  // (A few on the other side are characters such as U+4E00, whose low byte is zero.)
  const least = Math.max(2, pairs / 10);
  if (oddZeros >= least && evenZeros * 10 <= oddZeros) return 'utf-16le';
  if (evenZeros >= least && oddZeros * 10 <= evenZeros) return 'utf-16be';
  return undefined;
}

/** The encoding to fall back to when a file without a BOM turns out not to be UTF-8: `detect` its bytes from the first that is not. */
export function fallbackFor(sample: Uint8Array): Encoding {
  const { name, sideBySide } = detect(sample);
  return { name, bom: Buffer.alloc(0), ...(sideBySide ? { sideBySide } : {}) };
}

/** A file taken as UTF-8 (no BOM) that is not, to be read again in `fallbackFor`'s encoding; `at`: the offset of its first fault in what was checked. */
export class NotUtf8 extends Error {
  constructor(readonly at = -1) {
    super('not UTF-8');
  }
}

/** The offset in `bytes` of the first fault as UTF-8: every byte before it is whole UTF-8; -1 when there is none. */
function firstNotUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes.subarray(0, wholeUtf8(bytes)))) return -1;
  // The longest prefix that is UTF-8 (a character cut at its end left out), by halves.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    const prefix = bytes.subarray(0, mid);
    if (isUtf8(prefix.subarray(0, wholeUtf8(prefix)))) good = mid;
    else bad = mid;
  }
  // Without the start of a character it cuts (its first byte may be the fault).
  return wholeUtf8(bytes.subarray(0, good));
}

/**
 * The bytes of a file taken as UTF-8 before its first fault, counted in one or more parts: its
 * lines, and whether any is a character over 127 (UTF-8 text, as they are all UTF-8).
 */
export class MixedLines {
  private lines = 1;
  /** The line of the first character over 127, or 0. */
  private nonAsciiLine = 0;
  private lastCr = false;

  /** Counts `bytes`, which come before the fault. */
  add(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (b === 10) {
        if (!this.lastCr) this.lines++;
      } else if (b === 13) this.lines++;
      else if (b >= 128 && this.nonAsciiLine === 0) this.nonAsciiLine = this.lines;
      this.lastCr = b === 13;
    }
  }

  /**
   * `fallbackFor(sample)` (the bytes from the fault on), said to mix encodings when lines before
   * the fault's hold UTF-8 text. Two bytes of another code page that happen to be UTF-8 before the
   * fault on its own line (Windows-1251's `Ві`, `ПІ` are UTF-8's `³`, `Ð†`) are that code page's.
   */
  fallback(sample: Uint8Array): Encoding {
    const single = fallbackFor(sample);
    return this.nonAsciiLine !== 0 && this.nonAsciiLine < this.lines ? { ...single, mixedFromLine: this.lines } : single;
  }
}
/** Where UTF-8 `bytes` stop being whole: a character cut at the end (up to 3 bytes) is left out. */
function wholeUtf8(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (need > back) end = bytes.length - back;
    }
    break;
  }
  return end;
}

/**
 * UTF-16 bytes to code units (a copy; a UTF-16 BE file's bytes swapped). Units are read in the
 * machine's byte order, little-endian on every machine Node's prebuilt binaries run on.
 */
function utf16Units(bytes: Uint8Array, bigEndian: boolean): Uint16Array {
  const units = new Uint16Array(bytes.length >> 1);
  const view = new Uint8Array(units.buffer);
  view.set(bytes.subarray(0, units.length * 2));
  if (bigEndian) Buffer.from(units.buffer).swap16();
  return units;
}

/**
 * The text of the start of a file (after its BOM), what is whole of it: to tell the delimiter and
 * whether it is text. Throws NotUtf8 for a file taken as UTF-8 that is not, with a BOM or without.
 */
export function headText(encoding: Encoding, bytes: Buffer): string {
  switch (encoding.name) {
    case 'utf-8': {
      const whole = bytes.subarray(0, wholeUtf8(bytes));
      // The bytes must prove it, a BOM or not: a UTF-8 file with a BOM and Windows-1252 lines
      // appended (`cat` of two exports) is read as the file without its BOM is, never garbled in silence.
      if (!encoding.verified && !isUtf8(whole)) throw new NotUtf8(firstNotUtf8(whole));
      return whole.toString('utf8');
    }
    case 'utf-16le':
    case 'utf-16be':
      return Buffer.from(utf16Units(bytes, encoding.name === 'utf-16be').buffer).toString('utf16le');
    default:
      return heldCodec(encoding.name).from(bytes.toString('latin1'));
  }
}

/**
 * Bytes (a file's head, or a whole small file) as text, in the encoding they show: the BOM's,
 * else UTF-8 if they are, else the encoding their bytes show (`fallbackFor`). The BOM is not part of
 * the text; a head cut inside a character keeps what is whole.
 */
export function textOf(bytes: Buffer): { encoding: Encoding; text: string } {
  const encoding = encodingOf(bytes);
  const body = bytes.subarray(encoding.bom.length);
  try {
    return { encoding, text: headText(encoding, body) };
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e;
    const fallback = { ...fallbackAt(body, e.at), bom: encoding.bom };
    return { encoding: fallback, text: headText(fallback, body) };
  }
}

/** Bytes that are not UTF-8 in a file --encoding names UTF-8: said, never read as another encoding. */
export function namedNotUtf8(at: number, bom: number): Error {
  return new Error(
    `its bytes are not UTF-8${at >= 0 ? ` (byte ${bom + at + 1})` : ''}, though --encoding names UTF-8: leave --encoding out to have the encoding told from the file, or name the one it is in`,
  );
}

/**
 * `textOf` for a file whose encoding the user names (--encoding): read in it, never guessed. A
 * BOM names its own encoding: one that names another is an error (UTF-16 named, its BOM tells the
 * byte order).
 */
export function namedTextOf(bytes: Buffer, name: EncodingName): { encoding: Encoding; text: string } {
  const found = encodingOf(bytes);
  const bom = found.bom;
  const utf16 = (n: EncodingName) => n === 'utf-16le' || n === 'utf-16be';
  if (bom.length > 0 && found.name !== name && !(utf16(found.name) && utf16(name))) {
    throw new Error(
      `the file starts with a ${ENCODING_NAMES[found.name]} byte order mark, which names its encoding, not ${ENCODING_NAMES[name]}: leave --encoding out`,
    );
  }
  const encoding: Encoding = { name: bom.length > 0 ? found.name : name, bom, named: true };
  try {
    return { encoding, text: headText(encoding, bytes.subarray(bom.length)) };
  } catch (e) {
    throw e instanceof NotUtf8 ? namedNotUtf8(e.at, bom.length) : e;
  }
}

/** Control characters (C0) other than tab, line feed and carriage return: what text holds next to none of. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
/**
 * Control characters a text with a zero byte may hold and still be read as text: a stray one or
 * two (a cell pasted from another program; Excel and Sheets open such a file), or one in
 * CONTROL_SHARE characters. Binary content holds far more: an image or a PDF's compressed
 * streams about one byte in nine, UTF-32 three zero bytes a character.
 */
const STRAY_CONTROLS = 2;
const CONTROL_SHARE = 1000;

/**
 * What a file is when its text (as `textOf` reads it) is no text at all: an Excel workbook (`zip`:
 * an .xlsx or another zip file; `xls`: Excel 97-2003), or other binary content (a zero byte among
 * more control characters than STRAY_CONTROLS allows); undefined for text. A stray zero byte is
 * read as a character of its cell, as it is past the head.
 */
export function binaryKind(text: string): 'zip' | 'xls' | 'binary' | undefined {
  if (text.startsWith('PK\u0003\u0004')) return 'zip';
  if (text.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'xls';
  if (!text.includes('\u0000')) return undefined;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > Math.max(STRAY_CONTROLS, text.length / CONTROL_SHARE) ? 'binary' : undefined;
}

/** Where the first zero byte of a file is, given its head's text (`textOf`): its line and its byte in the file, both from 1. */
export function firstZeroByte(text: string, encoding: Encoding): { line: number; byte: number } {
  const before = text.slice(0, text.indexOf('\u0000'));
  const bytes =
    encoding.name === 'utf-8'
      ? Buffer.byteLength(before, 'utf8')
      : encoding.name === 'utf-16le' || encoding.name === 'utf-16be'
        ? 2 * before.length
        : before.length;
  return { line: 1 + (before.match(/\r\n?|\n/g)?.length ?? 0), byte: encoding.bom.length + bytes + 1 };
}

/** A file's bytes, chunk by chunk, to the units the CSV engine holds (csv.ts). */
export interface UnitSource {
  write(chunk: Buffer): Units;
  /** At the end of the file: throws NotUtf8 when it ends inside a character of a file taken as UTF-8. */
  end(): void;
}

/** `fallbackFor` the bytes from the fault at `at` (-1: not known, all of them) and the one before it (the letter the first accented letter follows), said to mix encodings when `bytes` before it hold UTF-8 text (MixedLines). */
export function fallbackAt(bytes: Uint8Array, at: number): Encoding {
  if (at < 0) return fallbackFor(bytes);
  const lines = new MixedLines();
  lines.add(bytes.subarray(0, at));
  return lines.fallback(bytes.subarray(Math.max(0, at - 1)));
}

/**
 * UTF-8 that throws NotUtf8 at the first invalid sequence (checked chunk by chunk, a split sequence
 * carried over), with its offset in the text; the bytes pass through.
 */
class CheckedUtf8 implements UnitSource {
  private carry: Buffer = Buffer.alloc(0);
  /** Bytes checked before `carry`. */
  private checked = 0;

  write(chunk: Buffer): Units {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = wholeUtf8(bytes);
    if (!isUtf8(bytes.subarray(0, end))) throw new NotUtf8(this.checked + firstNotUtf8(bytes.subarray(0, end)));
    this.checked += end;
    this.carry = Buffer.from(bytes.subarray(end));
    return chunk;
  }

  end(): void {
    if (this.carry.length > 0) throw new NotUtf8(this.checked);
  }
}

/** UTF-16 bytes to code units; an odd byte waits for its pair (one left at the end is left out: `Encoding.halfCharAtEnd`). */
class Utf16Source implements UnitSource {
  private odd: Buffer | undefined;

  constructor(private readonly bigEndian: boolean) {}

  write(chunk: Buffer): Units {
    const bytes = this.odd ? Buffer.concat([this.odd, chunk]) : chunk;
    this.odd = bytes.length % 2 === 1 ? Buffer.from(bytes.subarray(bytes.length - 1)) : undefined;
    return utf16Units(bytes, this.bigEndian);
  }

  end(): void {}
}

const asBytes: UnitSource = { write: (chunk) => chunk, end: () => undefined };

/**
 * How the CSV engine holds a file. A file in any encoding but UTF-16 is held as its bytes (text of
 * one character a byte, latin1): delimiters, quotes and line breaks are ASCII and never part of a
 * multi-byte character (nor the second byte of a double-byte one), so the records split the same, a record goes back out as the very bytes
 * it came as, and only the cells read get their real characters. UTF-16 is held as its code units.
 */
export interface EngineCodec {
  /** The file's bytes to the engine's units. */
  source(): UnitSource;
  /** A cell's engine text to its real characters, for a file held as bytes (undefined: held as text). */
  readonly cellText?: (raw: string) => string;
  /** The same from the cell's bytes, where the encoding can (UTF-8): one decode, no copy. */
  readonly cellBytes?: (bytes: Uint8Array, from: number, to: number) => string;
  /** Text of ours (real characters) to the engine's text. */
  fromText(text: string): string;
  /** The engine's text to the bytes to write; 'latin1' for a file held as bytes (its text is its bytes). */
  readonly encode: ((text: string) => Buffer) | 'latin1';
}

const ASCII = /^[\x00-\x7f]*$/;
const latin1Bytes = (text: string) => Buffer.from(text, 'latin1');

export function engineCodec(encoding: Encoding): EngineCodec {
  switch (encoding.name) {
    case 'utf-8':
      return {
        source: () => (encoding.verified ? asBytes : new CheckedUtf8()),
        cellText: (raw) => latin1Bytes(raw).toString('utf8'),
        cellBytes: (bytes, from, to) => (bytes as Buffer).toString('utf8', from, to),
        fromText: (text) => (ASCII.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1')),
        encode: 'latin1',
      };
    case 'utf-16le':
    case 'utf-16be': {
      const bigEndian = encoding.name === 'utf-16be';
      return {
        source: () => new Utf16Source(bigEndian),
        fromText: (text) => text,
        encode: (text) => {
          const bytes = Buffer.from(text, 'utf16le');
          return bigEndian ? bytes.swap16() : bytes;
        },
      };
    }
    default: {
      const held = heldCodec(encoding.name);
      return { source: () => asBytes, cellText: held.from, ...(held.fromBytes ? { cellBytes: held.fromBytes } : {}), fromText: held.to, encode: 'latin1' };
    }
  }
}
