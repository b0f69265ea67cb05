/**
 * The CSV engine (csv.ts) on files: a file's encoding and delimiter, its records read chunk by
 * chunk, and text written back in the file's own encoding with its BOM.
 */
import { once } from 'node:events';
import { createReadStream, promises as fs } from 'node:fs';
import { type CsvRecord, CsvSplitter, sniffDelimiter } from './csv.js';
import { type Encoding, FALLBACK, NotUtf8, decoder, encoder, encodingOf } from './csv-encoding.js';

/** How a file is written: what pass 1 found out, for pass 2 and the output. */
export interface CsvFile {
  readonly path: string;
  readonly encoding: Encoding;
  readonly delimiter: string;
}

/** Bytes read to tell the encoding and the delimiter. */
const HEAD = 1 << 16;
/** Bytes read at a time. */
const CHUNK = 1 << 20;
/** Output goes out in chunks of this many characters, not a write per row. */
const WRITE_CHUNK = 1 << 16;

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
    head = decoder(encoding).write(body);
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e;
    encoding = FALLBACK;
    head = decoder(encoding).write(body);
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
  const splitter = new CsvSplitter(file.delimiter, onRecord, maxRecord);
  const decode = decoder(file.encoding);
  for await (const chunk of createReadStream(file.path, { start: file.encoding.bom.length, highWaterMark: CHUNK })) {
    const text = decode.write(chunk as Buffer);
    if (text) splitter.push(text);
    const wait = afterChunk?.();
    if (wait) await wait;
  }
  const rest = decode.end();
  if (rest) splitter.push(rest);
  splitter.end();
}

/** Text out in the file's encoding (its BOM first, when `withBom`), in large chunks, minding back-pressure. */
export class CsvWriter {
  private buffer = '';
  private readonly encode: (text: string) => Buffer | string;
  private blocked: Promise<void> | undefined;

  constructor(
    private readonly out: NodeJS.WritableStream,
    encoding: Encoding,
    withBom: boolean,
  ) {
    this.encode = encoder(encoding);
    if (withBom && encoding.bom.length > 0) this.out.write(encoding.bom);
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
