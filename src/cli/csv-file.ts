/**
 * The CSV engine (csv.ts) on files: a file's encoding and delimiter, its records read chunk by
 * chunk, and text written back in the file's own encoding with its BOM.
 */
import { once } from 'node:events';
import { type BigIntStats, closeSync, fstatSync, openSync, read, readSync, statSync } from 'node:fs';
import { type CsvRecord, CsvSplitter, MAX_RECORD, QUOTE, QUOTED, QUOTES_DOUBLED, csvCell, quotesCell, quotingOf, sniffDelimiter } from './csv.js';
import {
  type Encoding,
  type EncodingName,
  MixedLines,
  NotUtf8,
  engineCodec,
  fallbackFor,
  namedNotUtf8,
  namedTextOf,
  textOf,
  unsplittable,
} from './csv-encoding.js';

/** How a file is written: what pass 1 found out, for pass 2 and the output. */
export interface CsvFile {
  readonly path: string;
  readonly encoding: Encoding;
  readonly delimiter: string;
  /** The file as it was opened (device, inode, size, modification time): `changedSince` tells another write from it. */
  readonly stamp: string;
  /** Its size in bytes as it was opened: what a reading `asOpened` reads. */
  readonly size: number;
}

/**
 * The file read `asOpened` is no longer the file opened: written (appended to, rewritten, cut
 * short) while it was read. Each command says it as the input changed while it was read (`changedError`).
 */
export class FileChanged extends Error {
  constructor() {
    super('the file changed while it was being read');
  }
}

/** A file's device, inode, size and modification time (to the nanosecond) as one text. */
function stampOf(st: BigIntStats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}`;
}

/**
 * Whether the file at `file.path` is no longer the one opened: written in place or replaced (by
 * another program, or another run saving over it) while it was read. The file is read twice, and
 * what is written back stands on the two readings being of one file.
 */
export function changedSince(file: CsvFile): boolean {
  try {
    return stampOf(statSync(file.path, { bigint: true })) !== file.stamp;
  } catch {
    return true;
  }
}

/** Bytes read to tell the encoding and the delimiter. */
const HEAD = 1 << 16;
/** Bytes read at a time, into one buffer used again and again. */
const READ = 1 << 20;
/** Bytes the engine takes at a time: the text of each is young and short-lived. */
const CHUNK = 1 << 16;
/** Output goes out in chunks of this many bytes, not a write per row: each write is a system call handed to a thread. */
const WRITE_CHUNK = 1 << 18;
/** Cells of ours this long or shorter are copied a character a byte when they can be (CsvWriter.writeCells). */
const SHORT_CELL = 24;
/** Written buffers kept for the next chunks: about what one chunk read of input makes (back-pressure is awaited between reads). */
const SPARE_BUFFERS = 8;

/**
 * V8 lets the young generation (where each row's short-lived strings are made) grow from 1 MB to
 * 16 MB a half as a long run goes on: a streaming pass keeps a little alive at every collection,
 * and those bytes add up until it grows. Grown to 16 MB it costs its size in memory (1M rows: 116
 * against 141 MB of RSS; 3M rows: 209 against 247 MB); held at the 4 MB it has reached by the end
 * of a file's first read, the pass collects twice as often as at 8 MB, each time walking the
 * engine's roots again (the command line on 300,000 records: 13,588M instructions at 4 MB, 13,329M
 * at 8 MB, -1.9%; peaks of 122-129 MB at 1M rows, 219-228 MB at 3M). So after each read of a
 * long file the young generation's size is looked at, and once it is 8 MB it stops growing: V8
 * reads the growth factor each time it weighs growing it. `node:v8` is loaded only then: loading
 * it costs a short file's start-up 4 ms.
 *
 * The flag is the whole process's, so only the command line's own process asks for it
 * (`keepYoungGenerationSmallOnLongFiles`): a process that reads a file and then plans a sheet in
 * memory (the local preview, the bench's `--list`) keeps V8's default, which such a plan needs. Set
 * there, it made a full tab's CHANNEL_PLAN take 2.56 s of CPU instead of 1.93 s.
 */
/** Asked for by the command line and not done yet. */
let youngKeptWanted = false;
/** The young generation's size (a half of it, as V8 counts it) at which the command line stops it growing. */
const YOUNG_KEPT = 8 << 20;
/** For the command line's process: a file longer than one read stops the young generation growing at YOUNG_KEPT. */
export function keepYoungGenerationSmallOnLongFiles(): void {
  youngKeptWanted = true;
}
async function keepYoungGenerationSmall(): Promise<void> {
  // Measured on Node 20's V8 (11.x); another V8 may name or bound the flag otherwise, and keeps its default.
  if (!process.versions.v8.startsWith('11.')) {
    youngKeptWanted = false;
    return;
  }
  const v8 = await import('node:v8');
  const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (young !== undefined && young.space_size < YOUNG_KEPT) return;
  youngKeptWanted = false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}

// Files are opened and their head read synchronously, and read on with fs.read: fs.promises would
// load a dozen modules at start-up for a handle used once.

/** The file's encoding (told from it, or as `named`: --encoding), delimiter, and its first text (to check it is text at all). */
export async function openCsv(path: string, named?: EncodingName): Promise<{ file: CsvFile; head: string }> {
  const fd = openSync(path, 'r');
  let bytes: Buffer;
  let stamp: string;
  let size: bigint;
  try {
    const st = fstatSync(fd, { bigint: true });
    stamp = stampOf(st);
    size = st.size;
    const buf = Buffer.alloc(HEAD);
    bytes = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
  // The head may end inside a character: what is whole is enough to judge.
  const { encoding, text: head } = named === undefined ? textOf(bytes) : namedTextOf(bytes, named);
  const halfCharAtEnd = encoding.name.startsWith('utf-16') && size % 2n === 1n;
  const file = { path, encoding: halfCharAtEnd ? { ...encoding, halfCharAtEnd } : encoding, delimiter: sniffDelimiter(head), stamp, size: Number(size) };
  return { file, head };
}

export interface ReadOptions {
  /** Runs between chunks: a writer's back-pressure. */
  readonly afterChunk?: () => Promise<void> | undefined;
  /** Records (by index from the top) known to be on one line whose cells are not wanted (CsvSplitter). */
  readonly spanOnly?: (index: number) => boolean;
  /**
   * The file as it was opened, or FileChanged: its bytes up to its size then, and its stamp
   * looked at again after each read (a system call a megabyte), so a file appended to or
   * rewritten in place is found out within a read of the change, not by rows the other pass never
   * read. A file replaced whole (renamed over) is read on as it was: `changedSince` finds that.
   */
  readonly asOpened?: boolean;
}

/** Throws FileChanged when the open file `fd` is no longer `file` as it was opened. */
function stillAsOpened(fd: number, file: CsvFile): void {
  if (stampOf(fstatSync(fd, { bigint: true })) !== file.stamp) throw new FileChanged();
}

/**
 * `pass` over the file as it was opened, or once more in the encoding its bytes show when a file
 * taken as UTF-8 turns out not to be: what a whole read of a file goes through.
 */
export async function withFallback<T>(file: CsvFile, pass: (file: CsvFile) => Promise<T>): Promise<T> {
  try {
    return await pass(file);
  } catch (e) {
    if (e instanceof NotUtf8 && file.encoding.named) throw namedNotUtf8(e.at, file.encoding.bom.length);
    if (e instanceof NotUtf8) return await pass({ ...file, encoding: fallbackOf(file, e.at) });
    throw e;
  }
}

/**
 * The encoding its bytes show (`fallbackFor` the bytes from the fault on, and the one before it: the
 * letter the first accented letter follows) for a file whose text is
 * not UTF-8 from offset `at` (-1: not known), said to mix encodings when the text before holds UTF-8 (MixedLines).
 */
function fallbackOf(file: CsvFile, at: number): Encoding {
  const fd = openSync(file.path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ);
    const sample = Buffer.from(buffer.subarray(0, readSync(fd, buffer, 0, READ, file.encoding.bom.length + Math.max(0, at - 1))));
    // A UTF-8 BOM the file starts with stays its own: it is written back as it came.
    const bom = file.encoding.bom;
    if (at < 0) return { ...fallbackFor(sample), bom };
    const lines = new MixedLines();
    for (let done = 0; done < at; ) {
      const n = readSync(fd, buffer, 0, Math.min(READ, at - done), bom.length + done);
      if (n === 0) break;
      lines.add(buffer.subarray(0, n));
      done += n;
    }
    return { ...lines.fallback(sample), bom };
  } finally {
    closeSync(fd);
  }
}

/**
 * Every record of the file, in order, to `onRecord`. Throws NotUtf8 when a file taken as UTF-8
 * turns out not to be, and, read `asOpened`, FileChanged when it is written meanwhile.
 */
export async function readCsv(file: CsvFile, onRecord: (record: CsvRecord) => void, options: ReadOptions = {}): Promise<void> {
  const { afterChunk, spanOnly, asOpened = false } = options;
  const cannot = unsplittable(file.encoding, file.delimiter);
  if (cannot !== undefined) throw new Error(cannot);
  const codec = engineCodec(file.encoding);
  const splitter = new CsvSplitter(file.delimiter, onRecord, MAX_RECORD, codec.cellText, codec.cellBytes, spanOnly);
  const source = codec.source();
  const fd = openSync(file.path, 'r');
  try {
    if (asOpened) stillAsOpened(fd, file);
    const end = asOpened ? file.size : Number.POSITIVE_INFINITY;
    const buffer = Buffer.allocUnsafeSlow(READ);
    let position = file.encoding.bom.length;
    while (position < end) {
      const want = Math.min(READ, end - position);
      // The first READ bytes are read synchronously: a short file is read before Node's thread pool is ever needed.
      const bytesRead =
        position < READ
          ? readSync(fd, buffer, 0, want, position)
          : await new Promise<number>((done, fail) => read(fd, buffer, 0, want, position, (e, n) => (e ? fail(e) : done(n))));
      if (asOpened) stillAsOpened(fd, file);
      if (bytesRead === 0) {
        // Shorter than it was, though its stamp is back as it was (cut and written again meanwhile).
        if (asOpened) throw new FileChanged();
        break;
      }
      if (youngKeptWanted && position >= READ) await keepYoungGenerationSmall();
      position += bytesRead;
      const units = source.write(buffer.subarray(0, bytesRead));
      for (let at = 0; at < units.length; at += CHUNK) splitter.push(units.subarray(at, Math.min(units.length, at + CHUNK)));
      const wait = afterChunk?.();
      if (wait) await wait;
    }
  } finally {
    closeSync(fd);
  }
  source.end();
  splitter.end();
}

/**
 * Text out (the engine's text of a file, or a terminal's UTF-8) and a file's own bytes, written
 * into one buffer and sent in large chunks, minding back-pressure. Buffers are used again once
 * written: a fresh buffer a chunk costs the system fresh memory pages each time.
 */
export class CsvWriter {
  private buffer: Buffer;
  private at = 0;
  private blocked: Promise<void> | undefined;
  private readonly spare: Buffer[] = [];

  /** `encode`: 'latin1' for the engine's text of a file held as bytes (its text is its bytes), 'utf8' for a terminal, or the file's encoder. */
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly encode: ((text: string) => Buffer) | 'latin1' | 'utf8',
    bom?: Buffer,
  ) {
    if (bom && bom.length > 0) this.out.write(bom);
    this.buffer = Buffer.allocUnsafeSlow(2 * WRITE_CHUNK);
  }

  write(text: string): void {
    const encode = this.encode;
    if (typeof encode === 'function') this.writeBytes(encode(text), 0, undefined);
    else this.put(text, encode);
  }

  private put(text: string, encoding: 'latin1' | 'utf8'): void {
    this.room(encoding === 'latin1' ? text.length : 3 * text.length);
    this.at += this.buffer.write(text, this.at, encoding);
    if (this.at >= WRITE_CHUNK) this.send();
  }

  /**
   * Cells of ours after a record, into a file held as bytes: each after the (ASCII) delimiter,
   * quoted as csvCell quotes it, then the line break. A short cell of ASCII characters that needs
   * no quotes (a channel, a day, a date, a cost) is copied a character a byte, so the whole is
   * written with no string built for it; any other cell is csvCell's, as UTF-8, or, given `held`
   * (the codec's `fromText`, as for Windows-1252), as the bytes of the text it gives.
   */
  writeCells(cells: readonly string[], delimiter: string, eol: string, held?: (text: string) => string): void {
    const d = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || d >= 0x80) throw new Error('CsvWriter.writeCells: the delimiter must be one ASCII character');
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k] as string;
      const n = cell.length;
      if (n <= SHORT_CELL) {
        this.room(n + 1);
        const buffer = this.buffer;
        const at = this.at;
        let i = 0;
        for (; i < n; i++) {
          const c = cell.charCodeAt(i);
          if (c >= 0x80 || quotesCell(c, d)) break;
          buffer[at + 1 + i] = c;
        }
        if (i === n) {
          buffer[at] = d;
          this.at = at + 1 + n;
          continue;
        }
      }
      // As csvCell writes it (at most 3 bytes a UTF-16 unit): only a cell with quotes to double is made again first.
      this.room(1 + 3 * (2 * n + 2));
      this.buffer[this.at++] = d;
      const quoting = quotingOf(cell, delimiter);
      const text = quoting === QUOTES_DOUBLED ? csvCell(cell, delimiter) : cell;
      if (quoting === QUOTED) this.buffer[this.at++] = QUOTE;
      this.at += held === undefined ? this.buffer.write(text, this.at, 'utf8') : this.buffer.write(held(text), this.at, 'latin1');
      if (quoting === QUOTED) this.buffer[this.at++] = QUOTE;
    }
    this.room(eol.length);
    for (let i = 0; i < eol.length; i++) this.buffer[this.at++] = eol.charCodeAt(i);
    if (this.at >= WRITE_CHUNK) this.send();
  }

  /** Bytes as they are: a record of a file held as bytes, copied from its units (through a plain view: no Buffer made a record). */
  writeBytes(bytes: Uint8Array, from: number, to = bytes.length): void {
    this.room(to - from);
    this.buffer.set(new Uint8Array(bytes.buffer, bytes.byteOffset + from, to - from), this.at);
    this.at += to - from;
    if (this.at >= WRITE_CHUNK) this.send();
  }

  /** Room for `n` more bytes in the buffer, sending what it holds first if need be. */
  private room(n: number): void {
    if (this.at + n <= this.buffer.length) return;
    if (this.at > 0) this.send();
    if (n > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(n);
  }

  private send(): void {
    const buffer = this.buffer;
    const written = this.out.write(buffer.subarray(0, this.at), () => {
      if (buffer.length === 2 * WRITE_CHUNK && this.spare.length < SPARE_BUFFERS) this.spare.push(buffer);
    });
    this.buffer = this.spare.pop() ?? Buffer.allocUnsafeSlow(2 * WRITE_CHUNK);
    this.at = 0;
    if (!written) this.blocked ??= once(this.out, 'drain').then(() => void (this.blocked = undefined));
  }

  /** Resolves once the stream takes more: await it between chunks of input. */
  drained(): Promise<void> | undefined {
    return this.blocked;
  }

  async end(): Promise<void> {
    if (this.at > 0) this.send();
    if (this.blocked) await this.blocked;
  }
}
