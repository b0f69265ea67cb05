/**
 * The CSV engine (csv.ts) on files: a file's encoding and delimiter, its records read chunk by
 * chunk, and text written back in the file's own encoding with its BOM.
 */
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import { type CsvRecord, CsvSplitter, type Units, sniffDelimiter } from './csv.js';
import { type Encoding, type EngineCodec, FALLBACK, NotUtf8, encodingOf, engineCodec, headText } from './csv-encoding.js';

/** How a file is written: what pass 1 found out, for pass 2 and the output. */
export interface CsvFile {
  readonly path: string;
  readonly encoding: Encoding;
  readonly delimiter: string;
}

/** Bytes read to tell the encoding and the delimiter. */
const HEAD = 1 << 16;
/** Bytes read at a time, into one buffer used again and again. */
const READ = 1 << 20;
/** Bytes the engine takes at a time: the text of each is young and short-lived. */
const CHUNK = 1 << 16;
/** Output goes out in chunks of this many characters, not a write per row. */
const WRITE_CHUNK = 1 << 16;
/** A UnitsWriter's buffer, in units. */
const WRITE_UNITS = 1 << 18;

/** The file's encoding, delimiter, and its first text (to check it is text at all). */
export async function openCsv(path: string): Promise<{ file: CsvFile; head: string }> {
  const handle = await fs.open(path, 'r');
  let bytes: Buffer;
  try {
    const buf = Buffer.alloc(HEAD);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    bytes = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  let encoding = encodingOf(bytes);
  const body = bytes.subarray(encoding.bom.length);
  let head: string;
  try {
    // The head may end inside a character: what is whole is enough to judge.
    head = headText(encoding, body);
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e;
    encoding = FALLBACK;
    head = headText(encoding, body);
  }
  return { file: { path, encoding, delimiter: sniffDelimiter(head) }, head };
}

/**
 * Every record of the file, in order, to `onRecord`; `afterChunk` runs between chunks (a
 * writer's back-pressure). Throws NotUtf8 when a file taken as UTF-8 turns out not to be.
 */
export async function readCsv(
  file: CsvFile,
  onRecord: (record: CsvRecord) => void,
  afterChunk?: () => Promise<void> | undefined,
  maxRecord?: number,
): Promise<void> {
  const codec = engineCodec(file.encoding);
  const splitter = new CsvSplitter(file.delimiter, onRecord, maxRecord, codec.cellText);
  const source = codec.source();
  const handle = await fs.open(file.path, 'r');
  try {
    const buffer = Buffer.allocUnsafeSlow(READ);
    let position = file.encoding.bom.length;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const units = source.write(buffer.subarray(0, bytesRead));
      for (let at = 0; at < units.length; at += CHUNK) splitter.push(units.subarray(at, Math.min(units.length, at + CHUNK)));
      const wait = afterChunk?.();
      if (wait) await wait;
    }
  } finally {
    await handle.close();
  }
  source.end();
  splitter.end();
}

/**
 * A CSV file out in its own encoding, as units (csv.ts): a record's own units copied as they came,
 * cells of ours as engine text, gathered in large buffers, minding back-pressure.
 */
export class UnitsWriter {
  private buffer: Units;
  private at = 0;
  private blocked: Promise<void> | undefined;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly codec: EngineCodec,
    bom: Buffer,
  ) {
    if (bom.length > 0) this.out.write(bom);
    this.buffer = this.fresh();
  }

  private fresh(): Units {
    return this.codec.cellText === undefined ? new Uint16Array(WRITE_UNITS) : Buffer.allocUnsafe(WRITE_UNITS);
  }

  /** units[from, to), as they are. */
  copy(units: Units, from: number, to: number): void {
    const n = to - from;
    if (this.at + n > this.buffer.length) {
      this.send();
      if (n > this.buffer.length) {
        this.push(this.codec.bytes(units.slice(from, to)));
        return;
      }
    }
    this.buffer.set(units.subarray(from, to), this.at);
    this.at += n;
  }

  /** Engine text (one unit a character). */
  text(text: string): void {
    const n = text.length;
    if (this.at + n > this.buffer.length) {
      this.send();
      if (n > this.buffer.length) {
        this.push(this.codec.encode(text));
        return;
      }
    }
    const b = this.buffer;
    if (b instanceof Buffer) this.at += b.write(text, this.at, 'latin1');
    else {
      let at = this.at;
      for (let i = 0; i < n; i++) b[at++] = text.charCodeAt(i);
      this.at = at;
    }
  }

  private send(): void {
    if (this.at === 0) return;
    // The stream holds the buffer until it is written: the next units go to a new one.
    this.push(this.codec.bytes(this.buffer.subarray(0, this.at)));
    this.buffer = this.fresh();
    this.at = 0;
  }

  private push(bytes: Uint8Array): void {
    if (!this.out.write(bytes)) this.blocked ??= once(this.out, 'drain').then(() => void (this.blocked = undefined));
  }

  /** Resolves once the stream takes more: await it between chunks of input. */
  drained(): Promise<void> | undefined {
    return this.blocked;
  }

  async end(): Promise<void> {
    this.send();
    if (this.blocked) await this.blocked;
  }
}

/** Text out (the engine's text of a file, or a terminal's UTF-8), in large chunks, minding back-pressure. */
export class CsvWriter {
  private buffer = '';
  private blocked: Promise<void> | undefined;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly encode: (text: string) => Buffer | string,
    bom?: Buffer,
  ) {
    if (bom && bom.length > 0) this.out.write(bom);
  }

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= WRITE_CHUNK) this.send();
  }

  private send(): void {
    const chunk = this.encode(this.buffer);
    this.buffer = '';
    if (!this.out.write(chunk)) this.blocked ??= once(this.out, 'drain').then(() => void (this.blocked = undefined));
  }

  /** Resolves once the stream takes more: await it between chunks of input. */
  drained(): Promise<void> | undefined {
    return this.blocked;
  }

  async end(): Promise<void> {
    if (this.buffer) this.send();
    if (this.blocked) await this.blocked;
  }
}
