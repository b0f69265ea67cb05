/**
 * The CSV engine (csv.ts) on files: a file's encoding and delimiter, its records read chunk by
 * chunk, and text written back in the file's own encoding with its BOM.
 */
import { once } from 'node:events';
import { promises as fs } from 'node:fs';
import { type CsvRecord, CsvSplitter, sniffDelimiter } from './csv.js';
import { type Encoding, FALLBACK, NotUtf8, encodingOf, engineCodec, headText } from './csv-encoding.js';

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
/** Written buffers kept for the next chunks: about what one chunk read of input makes (back-pressure is awaited between reads). */
const SPARE_BUFFERS = 32;

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
  const splitter = new CsvSplitter(file.delimiter, onRecord, maxRecord, codec.cellText, codec.cellBytes);
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
 * Text out (the engine's text of a file, or a terminal's UTF-8), gathered as pieces (a record is
 * mostly slices of the text it was read from) and sent in large chunks, minding back-pressure.
 * Latin1 text (a file held as bytes) goes into buffers used again once written: a fresh buffer a
 * chunk costs the system fresh memory pages each time.
 */
export class CsvWriter {
  private pieces: string[] = [];
  private length = 0;
  private blocked: Promise<void> | undefined;
  private readonly spare: Buffer[] = [];

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly encode: ((text: string) => Buffer | string) | 'latin1',
    bom?: Buffer,
  ) {
    if (bom && bom.length > 0) this.out.write(bom);
  }

  write(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= WRITE_CHUNK) this.send();
  }

  private send(): void {
    const text = this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join('');
    this.pieces = [];
    this.length = 0;
    let written: boolean;
    if (this.encode === 'latin1') {
      const reused = this.spare.pop();
      const buffer = reused && reused.length >= text.length ? reused : Buffer.allocUnsafeSlow(Math.max(text.length, 2 * WRITE_CHUNK));
      const n = buffer.write(text, 0, 'latin1');
      written = this.out.write(buffer.subarray(0, n), () => {
        if (buffer.length <= 4 * WRITE_CHUNK && this.spare.length < SPARE_BUFFERS) this.spare.push(buffer);
      });
    } else written = this.out.write(this.encode(text));
    if (!written) this.blocked ??= once(this.out, 'drain').then(() => void (this.blocked = undefined));
  }

  /** Resolves once the stream takes more: await it between chunks of input. */
  drained(): Promise<void> | undefined {
    return this.blocked;
  }

  async end(): Promise<void> {
    if (this.length > 0) this.send();
    if (this.blocked) await this.blocked;
  }
}
