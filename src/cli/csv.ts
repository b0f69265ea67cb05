/**
 * The CSV engine: splits decoded text into records, keeping each record's own text, where its
 * cells are and the line break that ended it, so a record can be written back exactly as it came
 * with cells of ours spliced in. No I/O here; csv-file.ts feeds it a file chunk by chunk.
 *
 * It reads as Excel and Sheets read (SPEC 1a, Files):
 * - every line break ends a record, whatever its kind: CRLF, LF or a lone CR, mixed in one file;
 * - a quote opens a quoted cell only as the cell's first character; elsewhere it is text
 *   (`Ann "The Boss" Lee`); a quoted cell may hold delimiters, doubled quotes and line breaks;
 * - only a quoted cell still open at the end of the file is an error, naming the line it opened on;
 * - an empty line is a record with no cells, kept in its place.
 */

const QUOTE = 34;
/** A character of a byte over 0x7F, in a file held as bytes. */
const HIGH = /[\x80-\xff]/;
const HIGH_ALL = /[\x80-\xff]/g;
const LF = 10;
const CR = 13;

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
  start = 0;
  end = 0;
  /** The line break that ended it: '\r\n', '\n', '\r', or '' for a last line without one. */
  eol = '';
  /** The line (1-based) the record starts on. */
  line = 1;
  /** Number of cells; 0 for an empty line. */
  count = 0;
  /** Whether the record is all ASCII (then its cells need no `cellText`). */
  ascii = true;
  /** The engine text of a cell to its real characters (the file held as bytes), or none. */
  cellText: ((raw: string) => string) | undefined;
  /** Each cell's span (quotes included), and for a quoted cell where its closing quote is (else -1). */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  closes = new Int32Array(64);

  /** The record's own text, without its line break. */
  raw(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Cell `i`'s value: unquoted, doubled quotes undone. */
  cell(i: number): string {
    if (i >= this.count) return '';
    const value = this.value(i);
    return this.ascii || this.cellText === undefined || !HIGH.test(value) ? value : this.cellText(value);
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

  cells(): string[] {
    const out = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.cell(i);
    return out;
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
    const grown = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.closes = grown(this.closes);
  }
}

/** Line breaks (CRLF counted once) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}

/** Feeds text in, chunk by chunk; calls `onRecord` for each whole record, in order. */
export class CsvSplitter {
  private readonly record = new CsvRecord();
  private readonly delimiter: number;
  private readonly delimiterText: string;
  private carry = '';
  private pending: string[] = [];
  private pendingLength = 0;
  private line = 1;

  constructor(
    delimiter: string,
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly maxRecord = MAX_RECORD,
    cellText?: (raw: string) => string,
  ) {
    this.record.cellText = cellText;
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterText = delimiter;
  }

  push(text: string): void {
    // A record longer than a chunk: gather text until it has doubled before scanning it again,
    // so a long quoted cell costs linear time, not quadratic.
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.carry.length + this.pendingLength > this.maxRecord) this.tooLong();
    if (this.pendingLength < this.carry.length) return;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.carry.length > 0) throw new Error('CsvSplitter: text left over at the end');
  }

  private tooLong(): never {
    throw new CsvError('RECORD_TOO_LONG', this.line, `line ${this.line}: a record over 512 MiB (is a closing quote missing?)`);
  }

  private scan(final: boolean): void {
    const text = this.pending.length === 1 && this.carry === '' ? (this.pending[0] as string) : this.carry + this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    const used = this.records(text, final);
    this.carry = used === text.length ? '' : text.slice(used);
    if (this.carry.length > this.maxRecord) this.tooLong();
  }

  /** Splits whole records off `text`; returns where the first unfinished one starts. */
  private records(text: string, final: boolean): number {
    const r = this.record;
    const D = this.delimiter;
    const L = text.length;
    const delimiter = this.delimiterText;
    r.text = text;
    let p = 0;
    // Where the next quote, LF and CR are (L when none): a line with no quote in it is split with
    // indexOf, which is several times faster than a loop over its characters.
    let quote = -1;
    let lf = -1;
    let cr = -1;
    this.high = r.cellText === undefined ? L : -1;
    records: while (p < L) {
      const start = p;
      let extraLines = 0;
      let n = 0;
      if (quote < p && (quote = text.indexOf('"', p)) < 0) quote = L;
      if (lf < p && (lf = text.indexOf('\n', p)) < 0) lf = L;
      if (cr < p && (cr = text.indexOf('\r', p)) < 0) cr = L;
      const lineEnd = Math.min(lf, cr);
      if (quote > lineEnd && lineEnd > p && (lineEnd < L || final)) {
        // The fast path: an unquoted line, cells between delimiters.
        for (;;) {
          if (n === r.starts.length) r.grow();
          r.starts[n] = p;
          r.closes[n] = -1;
          let d = text.indexOf(delimiter, p);
          if (d < 0 || d > lineEnd) d = lineEnd;
          r.ends[n++] = d;
          if (d === lineEnd) break;
          p = d + 1;
        }
        p = lineEnd;
        if (p === L) {
          this.emit(start, L, n, '', 0);
          break;
        }
        let eol: string;
        if (lineEnd === lf) eol = '\n';
        else if (p + 1 < L) eol = text.charCodeAt(p + 1) === LF ? '\r\n' : '\r';
        else if (final) eol = '\r';
        else return start;
        p += eol.length;
        this.emit(start, lineEnd, n, eol, 0);
        continue;
      }
      let c = text.charCodeAt(p);
      if (c !== LF && c !== CR) {
        for (;;) {
          if (n === r.starts.length) r.grow();
          r.starts[n] = p;
          if (c === QUOTE) {
            let q = p + 1;
            let close = -1;
            for (;;) {
              const i = text.indexOf('"', q);
              if (i < 0 || (i + 1 === L && !final)) break;
              if (text.charCodeAt(i + 1) === QUOTE) q = i + 2;
              else {
                close = i;
                break;
              }
            }
            if (close < 0) {
              if (!final) return start;
              const at = this.line + extraLines;
              throw new CsvError('UNCLOSED_QUOTE', at, `line ${at}: a quoted cell is not closed before the end of the file`);
            }
            extraLines += lineBreaks(text, p + 1, close);
            r.closes[n] = close;
            p = close + 1;
          } else r.closes[n] = -1;
          for (; p < L; p++) {
            c = text.charCodeAt(p);
            if (c === D || c === LF || c === CR) break;
          }
          r.ends[n++] = p;
          if (p === L) {
            if (!final) return start;
            this.emit(start, L, n, '', extraLines);
            break records;
          }
          if (c !== D) break;
          p++;
          c = p < L ? text.charCodeAt(p) : -1;
        }
      }
      // p is at the line break that ends the record.
      const end = p;
      let eol: string;
      if (c === LF) eol = '\n';
      else if (p + 1 < L) eol = text.charCodeAt(p + 1) === LF ? '\r\n' : '\r';
      else if (final) eol = '\r';
      else return start;
      p += eol.length;
      this.emit(start, end, n, eol, extraLines);
    }
    return p;
  }

  /** Where the next character over 0x7F is (L when none), for records held as bytes. */
  private high = -1;

  private emit(start: number, end: number, count: number, eol: string, extraLines: number): void {
    const r = this.record;
    if (this.high < start) {
      HIGH_ALL.lastIndex = start;
      const m = HIGH_ALL.exec(r.text);
      this.high = m ? m.index : r.text.length;
    }
    r.ascii = this.high >= end;
    r.start = start;
    r.end = end;
    r.count = count;
    r.eol = eol;
    r.line = this.line;
    this.line += 1 + extraLines;
    this.onRecord(r);
  }
}

/** One CSV cell, quoted only when it must be (RFC 4180): how cells of ours are written. */
export function csvCell(value: string, delimiter: string): string {
  if (value.includes('"')) return `"${value.replaceAll('"', '""')}"`;
  return value.includes(delimiter) || value.includes('\n') || value.includes('\r') ? `"${value}"` : value;
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
