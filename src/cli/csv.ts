/**
 * The CSV engine: splits a file (its bytes, or UTF-16 code units) into records, keeping each
 * record's own text, where its cells are and the line break that ended it, so a record can be
 * written back exactly as it came with cells of ours spliced in. Only the cells asked for become
 * strings. No I/O here; csv-file.ts feeds it a file chunk by chunk.
 *
 * It reads as Excel and Sheets read (SPEC 1a, Files):
 * - every line break ends a record, whatever its kind: CRLF, LF or a lone CR, mixed in one file;
 * - a quote opens a quoted cell only as the cell's first character; elsewhere it is text
 *   (`Ann "The Boss" Lee`); a quoted cell may hold delimiters, doubled quotes and line breaks;
 * - only a quoted cell still open at the end of the file is an error, naming the line it opened on;
 * - an empty line is a record with no cells, kept in its place.
 */

export const QUOTE = 34;
const LF = 10;
const CR = 13;
/** A character of a byte over 0x7F, in a file held as bytes. */
const HIGH = /[\x80-\xff]/;
/**
 * `CsvRecord.highs`: a cell all below 0x80, one with a character over 0x7F, a quoted cell with
 * something to undo (a doubled quote, text after its closing quote), and a quoted cell with
 * nothing to undo, whose value is its span inside the quotes: all below 0x80, or not.
 */
const ASCII_CELL = 0;
const HIGH_CELL = 1;
const UNDONE_CELL = 2;
const QUOTED_ASCII_CELL = 3;
const QUOTED_HIGH_CELL = 4;

/** A file as the engine holds it: its bytes, or UTF-16 code units. */
export type Units = Uint8Array | Uint16Array;

/** The longest record the engine takes: V8's strings stop a little short of 512 MiB characters. */

export const MAX_RECORD = 2 ** 29 - 2 ** 20;

export type CsvErrorCode = 'UNCLOSED_QUOTE' | 'RECORD_TOO_LONG';

/** A fault in the file's text: a code to act on and the line it is on. */
export class CsvError extends Error {
  constructor(
    readonly code: CsvErrorCode,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** One record, as it was in the text. Reused from record to record: copy what you keep. */
export class CsvRecord {
  /** The text the record lives in, and its span there without the line break. */
  text = '';
  /** The same as units (bytes or UTF-16 code units), one a character of `text`. */
  units: Units = new Uint8Array(0);
  start = 0;
  end = 0;
  /** The line break that ended it: '\r\n', '\n', '\r', or '' for a last line without one. */
  eol = '';
  /** The line (1-based) the record starts on. */
  line = 1;
  /** Number of cells; 0 for an empty line; -1 for a record whose cells were not looked for (`spanOnly`). */
  count = 0;
  /** Line breaks inside its quoted cells: 0 for a record on one line. */
  breaks = 0;
  /** The engine text of a cell to its real characters (the file held as bytes), or none. */
  cellText: ((raw: string) => string) | undefined;
  /** An unquoted cell's real characters straight from its bytes, when the encoding can (UTF-8). */
  cellBytes: ((bytes: Uint8Array, from: number, to: number) => string) | undefined;
  /** Each cell's span (quotes included), and for a quoted cell where its closing quote is (else -1). */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  closes = new Int32Array(64);
  /** What each cell is (ASCII_CELL... QUOTED_HIGH_CELL): a character over 0x7F is `cellText`'s to read. */
  highs = new Uint8Array(64);

  /** The record's own text, without its line break. Not for a record found by its span only: read its units. */
  raw(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Cell `i` as it was written (its quotes included), in the engine's text; '' past the record's end. */
  rawCell(i: number): string {
    return i < this.count ? this.text.slice(this.starts[i], this.ends[i]) : '';
  }

  /** Cell `i`'s value: unquoted, doubled quotes undone. */
  cell(i: number): string {
    if (i >= this.count) return '';
    const high = this.highs[i];
    if (high === UNDONE_CELL) {
      const value = this.value(i);
      return this.cellText !== undefined && HIGH.test(value) ? this.cellText(value) : value;
    }
    // Nothing to undo: the value is the cell's span, inside its quotes if it has them.
    const quoted = high === QUOTED_ASCII_CELL || high === QUOTED_HIGH_CELL;
    const from = (this.starts[i] as number) + (quoted ? 1 : 0);
    const to = (quoted ? this.closes[i] : this.ends[i]) as number;
    if (high === ASCII_CELL || high === QUOTED_ASCII_CELL) return this.text.slice(from, to);
    if (this.cellBytes !== undefined) return this.cellBytes(this.units as Uint8Array, from, to);
    const raw = this.text.slice(from, to);
    return this.cellText === undefined ? raw : this.cellText(raw);
  }

  private value(i: number): string {
    const s = this.starts[i] as number;
    const close = this.closes[i] as number;
    if (close < 0) return this.text.slice(s, this.ends[i]);
    let inner = this.text.slice(s + 1, close);
    if (inner.includes('"')) inner = inner.replaceAll('""', '"');
    // Text after the closing quote (`"a"b`) is kept, as spreadsheets keep it.
    return close + 1 < (this.ends[i] as number) ? inner + this.text.slice(close + 1, this.ends[i]) : inner;
  }

  /**
   * Whether a quoted cell has text after its closing quote in a record that runs over lines
   * (`"B,VP` ... `"D",Manager`): most likely a stray quote that joined the lines into one row, as a
   * spreadsheet joins them too. Kept as read; the caller says so.
   */
  strayQuote(): boolean {
    if (this.breaks === 0) return false;
    for (let i = 0; i < this.count; i++) {
      const close = this.closes[i] as number;
      if (close >= 0 && close + 1 < (this.ends[i] as number)) return true;
    }
    return false;
  }

  cells(): string[] {
    const out = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.cell(i);
    return out;
  }

  /**
   * Only the cells at `indexes`, put at those indexes of `into` (a cell past the record's end is
   * ''); the rest of `into` is left as it is. For a reader that needs a few columns of many.
   */
  cellsAt(indexes: readonly number[], into: string[]): string[] {
    const { count, text, starts, ends, highs } = this;
    for (let k = 0; k < indexes.length; k++) {
      const i = indexes[k] as number;
      // The common cell, unquoted ASCII, is a slice of the text; any other is cell()'s.
      into[i] = i < count && highs[i] === ASCII_CELL ? text.slice(starts[i], ends[i]) : this.cell(i);
    }
    return into;
  }

  /**
   * The record with `block` (cells already quoted and joined) put at cell `at`, replacing
   * `replace` cells there (0: inserted before cell `at`). Every other cell stays as it was, byte
   * for byte and in its order; a short record is padded with empty cells to reach `at`.
   */
  withBlock(at: number, replace: number, block: string, delimiter: string): string {
    const n = this.count;
    if (n <= at) return `${this.raw()}${delimiter.repeat(n === 0 ? at : at - n + 1)}${block}`;
    const head = this.text.slice(this.start, this.starts[at]);
    if (replace === 0) return `${head}${block}${delimiter}${this.text.slice(this.starts[at], this.end)}`;
    if (n < at + replace) return `${head}${block}`;
    return `${head}${block}${this.text.slice(this.ends[at + replace - 1], this.end)}`;
  }

  grow(): void {
    const grown = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.closes = grown(this.closes);
    this.highs = grown(this.highs);
  }
}

/** Where the next `unit` is in units[from, to), or `to`: a native search. */
function lineBreakAt(units: Units, unit: number, from: number, to: number): number {
  const i = units.indexOf(unit, from);
  return i < 0 || i > to ? to : i;
}

/** A string's UTF-16 code units. */
function codeUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/**
 * Feeds a file in, chunk by chunk; calls `onRecord` for each whole record, in order. The file is
 * held as units: its bytes (UTF-8 and every other encoding but UTF-16, when `cellText` is given: one character a
 * byte, latin1) or UTF-16 code units (text). Chunks are gathered in one window that keeps the
 * unfinished record at its front, and each window's text is made once, so a cell is a slice of it.
 */
export class CsvSplitter {
  private readonly record = new CsvRecord();
  private readonly delimiter: number;
  private readonly bytes: boolean;
  private window: Units;
  /** Units in the window, and how many of them are an unfinished record carried from the last scan. */
  private filled = 0;
  private carry = 0;
  private line = 1;
  /** Records emitted so far: the index of the next one. */
  private index = 0;

  constructor(
    delimiter: string,
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly maxRecord = MAX_RECORD,
    cellText?: (raw: string) => string,
    cellBytes?: (bytes: Uint8Array, from: number, to: number) => string,
    /**
     * Records (by index from the top of the file) the caller needs only the span and line break
     * of, known to be on one line: found by their line break alone, their cells not looked for.
     */
    private readonly spanOnly?: (index: number) => boolean,
  ) {
    this.record.cellText = cellText;
    this.record.cellBytes = cellBytes;
    this.delimiter = delimiter.charCodeAt(0);
    this.bytes = cellText !== undefined;
    this.window = this.bytes ? Buffer.allocUnsafeSlow(1 << 17) : new Uint16Array(1 << 16);
  }

  /** More of the file: its bytes (a file held as bytes) or its text / UTF-16 code units. */
  push(chunk: string | Units): void {
    const units = typeof chunk === 'string' ? codeUnits(chunk) : chunk;
    if (this.filled + units.length > this.window.length) {
      let size = this.window.length;
      while (size < this.filled + units.length) size *= 2;
      const grown = this.bytes ? Buffer.allocUnsafeSlow(size) : new Uint16Array(size);
      grown.set(this.window.subarray(0, this.filled));
      this.window = grown;
    }
    this.window.set(units, this.filled);
    this.filled += units.length;
    if (this.filled > this.maxRecord) this.tooLong();
    // A record longer than a chunk: gather text until it has doubled before scanning it again,
    // so a long quoted cell costs linear time, not quadratic.
    if (this.filled - this.carry < this.carry) return;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.filled > 0) throw new Error('CsvSplitter: text left over at the end');
  }

  private tooLong(): never {
    throw new CsvError('RECORD_TOO_LONG', this.line, `line ${this.line}: a record over 512 MiB (is a closing quote missing?)`);
  }

  private scan(final: boolean): void {
    const w = this.window;
    const used = this.records(w, this.filled, final);
    if (used < this.filled) w.copyWithin(0, used, this.filled);
    this.filled -= used;
    this.carry = this.filled;
    if (this.carry > this.maxRecord) this.tooLong();
  }

  /** The window's first `length` units as text, which cells are slices of. */
  private textOf(units: Units, length: number): string {
    return this.bytes ? (units as Buffer).toString('latin1', 0, length) : Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
  }

  /**
   * Splits whole records off the window's first L units; returns where the first unfinished one
   * starts. A pass that finds some records by their span only (`spanOnly`) has a loop of its own:
   * the engine compiles each loop for the records it has met, and one loop for both passes was
   * compiled again when the second pass first took the path the first never had.
   */
  private records(units: Units, L: number, final: boolean): number {
    this.record.units = units;
    this.record.text = '';
    return this.spanOnly === undefined ? this.allCells(units, L, final) : this.someSpans(units, L, final, this.spanOnly);
  }

  /** Every record's cells looked for. The window's text is made first: cells are slices of it. */
  private allCells(units: Units, L: number, final: boolean): number {
    this.record.text = this.textOf(units, L);
    let p = 0;
    while (p < L) {
      const start = p;
      const end = this.cellsFrom(units, p, L, final);
      if (end < 0) return start;
      p = this.ended(start, end, L, final);
      if (p < 0) return start;
    }
    return p;
  }

  /**
   * Records found by their span where `spanOnly` says so, the others' cells looked for. The
   * window's text is made when the first record whose cells are looked for comes.
   */
  private someSpans(units: Units, L: number, final: boolean, spanOnly: (index: number) => boolean): number {
    const r = this.record;
    let p = 0;
    // The next line feed and carriage return at or after p.
    let nextLf = -1;
    let nextCr = -1;
    while (p < L) {
      const start = p;
      let end: number;
      if (spanOnly(this.index)) {
        if (nextLf < p) nextLf = lineBreakAt(units, LF, p, L);
        if (nextCr < p) nextCr = lineBreakAt(units, CR, p, L);
        end = Math.min(nextLf, nextCr);
        r.count = -1;
        r.breaks = 0;
      } else {
        if (r.text === '') r.text = this.textOf(units, L);
        end = this.cellsFrom(units, p, L, final);
        if (end < 0) return start;
      }
      p = this.ended(start, end, L, final);
      if (p < 0) return start;
    }
    return p;
  }

  /**
   * The record from `start` to `end` (its line break, or the window's end) emitted with its line
   * break; returns where the next starts, or -1 when the window ends before the line break is
   * known (a CR that may be the first of CRLF, the end of a window that is not the last).
   */
  private ended(start: number, end: number, L: number, final: boolean): number {
    const r = this.record;
    if (end === L) {
      if (!final) return -1;
      this.emit(start, L, r.count, '', r.breaks);
      return L;
    }
    const units = r.units;
    let eol: string;
    if (units[end] === LF) eol = '\n';
    else if (end + 1 < L) eol = units[end + 1] === LF ? '\r\n' : '\r';
    else if (final) eol = '\r';
    else return -1;
    this.emit(start, end, r.count, eol, r.breaks);
    return end + eol.length;
  }

  /**
   * The cells of the record at `from`, into the record's spans (`count`, `breaks` set): one pass
   * over the window's first `length` units, a cell ending at the delimiter or a line break; a quote
   * as its first character opens a quoted cell, which runs to a quote not doubled. Returns where
   * the record's line break is, or `length` at the window's end; -1 when a quoted cell is still
   * open there and more may come.
   */
  private cellsFrom(units: Units, from: number, length: number, final: boolean): number {
    // Whole numbers of 32 bits from here on (a window is under 2^31 units): the engine then keeps
    // each cell's bounds as integers, where a plain parameter had each one stored in the record's
    // spans through a double (the command line on 100,000 records: 6,944M to 6,807M instructions).
    let p = from | 0;
    const L = length | 0;
    const r = this.record;
    const D = this.delimiter;
    // The highest unit that ends a cell (the delimiter or a line break): most units are above it,
    // and are passed over on one comparison (a table of stops measured 10% slower).
    const top = Math.max(D, CR);
    let { starts, ends, closes, highs } = r;
    let extraLines = 0;
    let n = 0;
    let c = units[p] as number;
    if (c !== LF && c !== CR) {
      for (;;) {
        if (n === starts.length) {
          r.grow();
          ({ starts, ends, closes, highs } = r);
        }
        starts[n] = p;
        let high = 0;
        let close = -1;
        if (c === QUOTE) {
          // To the closing quote, a unit at a time (cells are short: a native search costs more
          // to call than to do), noting which units there are and the line breaks among them.
          const opened = this.line + extraLines;
          let k = p + 1;
          for (;;) {
            for (; k < L; k++) {
              const u = units[k] as number;
              if (u === QUOTE) break;
              high |= u;
              if (u <= CR && (u === LF || (u === CR && units[k + 1] !== LF))) extraLines++;
            }
            // A quote at the window's end may be the first of two: wait for the next unit.
            if (k >= L || (k + 1 === L && !final)) break;
            if (k + 1 < L && units[k + 1] === QUOTE) {
              // A doubled quote to undo: above any unit.
              high |= 0x10000;
              k += 2;
            } else {
              close = k;
              break;
            }
          }
          if (close < 0) {
            if (!final) return -1;
            throw new CsvError('UNCLOSED_QUOTE', opened, `line ${opened}: a quoted cell is not closed before the end of the file`);
          }
          p = close + 1;
        }
        closes[n] = close;
        for (; p < L; p++) {
          c = units[p] as number;
          if (c <= top && (c === D || c === LF || c === CR)) break;
          high |= c;
        }
        ends[n] = p;
        highs[n] =
          close < 0
            ? high > 0x7f
              ? HIGH_CELL
              : ASCII_CELL
            : // A doubled quote, or text after the closing quote: something to undo.
              high > 0xffff || p > close + 1
              ? UNDONE_CELL
              : high > 0x7f
                ? QUOTED_HIGH_CELL
                : QUOTED_ASCII_CELL;
        n++;
        if (p === L || c !== D) break;
        p++;
        c = p < L ? (units[p] as number) : -1;
      }
    }
    r.count = n;
    r.breaks = extraLines;
    return p;
  }

  private emit(start: number, end: number, count: number, eol: string, extraLines: number): void {
    const r = this.record;
    r.start = start;
    r.end = end;
    r.count = count;
    r.eol = eol;
    r.line = this.line;
    r.breaks = extraLines;
    this.line += 1 + extraLines;
    this.index++;
    this.onRecord(r);
  }
}

/** Whether a character (by its code) makes a cell need quotes, as csvCell decides it: a quote, the delimiter's code or a line break. */
export function quotesCell(c: number, delimiter: number): boolean {
  return c === QUOTE || c === delimiter || c === LF || c === CR;
}

/** How a cell of ours is written (RFC 4180): as it is, in quotes, or in quotes with each quote doubled. */
export const AS_IS = 0;
export const QUOTED = 1;
export const QUOTES_DOUBLED = 2;

/** Which of AS_IS, QUOTED and QUOTES_DOUBLED a cell needs: quotes only when it must have them. */
export function quotingOf(value: string, delimiter: string): number {
  if (value.includes('"')) return QUOTES_DOUBLED;
  return value.includes(delimiter) || value.includes('\n') || value.includes('\r') ? QUOTED : AS_IS;
}

/** One CSV cell, quoted only when it must be (RFC 4180): how cells of ours are written. */
export function csvCell(value: string, delimiter: string): string {
  const quoting = quotingOf(value, delimiter);
  return quoting === AS_IS ? value : quoting === QUOTED ? `"${value}"` : `"${value.replaceAll('"', '""')}"`;
}

const DELIMITERS = [',', ';', '\t', '|'];

/** Excel's `sep=;` first line, which names the delimiter and is not a row of the list. */
export function sepDirective(firstLine: string): string | undefined {
  const m = /^"?sep=([\x21-\x7e\t])"?$/i.exec(firstLine);
  return m?.[1];
}

/**
 * The delimiter of a file from its first lines: Excel's `sep=` line when there is one; else the
 * one of comma, semicolon, tab and pipe that the most lines hold the same number of (outside
 * quotes), so a title line above the header or commas inside a semicolon file's cells do not
 * decide it.
 */
export function sniffDelimiter(head: string): string {
  const lines = head
    .replace(/"(?:[^"]|"")*"/g, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l !== '')
    .slice(0, 20);
  const sep = sepDirective(lines[0] ?? '');
  if (sep) return sep;
  // A head cut off mid-line leaves its last line partial: it does not count, unless it is the only one.
  const considered = /[\r\n]$/.test(head) || lines.length < 2 ? lines : lines.slice(0, -1);
  let best = ',';
  let bestLines = 0;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const tally = new Map<number, number>();
    for (const line of considered) {
      const k = line.split(d).length - 1;
      if (k > 0) tally.set(k, (tally.get(k) ?? 0) + 1);
    }
    for (const [count, lineCount] of tally) {
      if (lineCount > bestLines || (lineCount === bestLines && count > bestCount)) [best, bestLines, bestCount] = [d, lineCount, count];
    }
  }
  return best;
}
