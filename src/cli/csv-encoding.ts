/**
 * The encodings a CSV file comes in (SPEC 1a, Files): UTF-8 with or without a BOM, UTF-16 LE or
 * BE with a BOM, and Windows-1252, what Excel's "CSV" writes on Windows, taken when the bytes are
 * not valid UTF-8. Each codec decodes and encodes without loss, so a file's cells go back out
 * byte for byte in the encoding they came in.
 */
import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Encoding {
  readonly name: EncodingName;
  /** The byte order mark the file starts with (kept for the output), or empty. */
  readonly bom: Buffer;
}

const BOMS: ReadonlyArray<[EncodingName, Buffer]> = [
  ['utf-8', Buffer.from([0xef, 0xbb, 0xbf])],
  ['utf-16le', Buffer.from([0xff, 0xfe])],
  ['utf-16be', Buffer.from([0xfe, 0xff])],
];

/**
 * Windows-1252 as a lossless single-byte table. iconv-lite's own `win1252` decodes the five bytes
 * 1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) to U+FFFD, which cannot be written back;
 * here they decode to the C1 control of the same number, as browsers do (WHATWG Encoding), and
 * so encode back to the same byte.
 */
let windows1252: string | undefined;
function lossless1252(): string {
  if (windows1252) return windows1252;
  const upperHalf = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), 'win1252');
  (iconv.encodings as Record<string, unknown>).win1252lossless = {
    type: '_sbcs',
    chars: [...upperHalf].map((c, i) => (c === '\ufffd' ? String.fromCharCode(0x80 + i) : c)).join(''),
  };
  return (windows1252 = 'win1252lossless');
}

/** The encoding of a file that starts with `head`, by its BOM; without one, UTF-8 until a chunk says otherwise. */
export function encodingOf(head: Buffer): Encoding {
  for (const [name, bom] of BOMS) if (head.subarray(0, bom.length).equals(bom)) return { name, bom };
  return { name: 'utf-8', bom: Buffer.alloc(0) };
}

/** The encoding to fall back to when a file without a BOM turns out not to be UTF-8. */
export const FALLBACK: Encoding = { name: 'windows-1252', bom: Buffer.alloc(0) };

/** Thrown by a decoder for a file taken as UTF-8 (no BOM) whose bytes are not UTF-8: read it again as Windows-1252. */
export class NotUtf8 extends Error {}

/** Decodes a file chunk by chunk (a character split across two chunks is kept for the next). */
export interface Decoder {
  write(chunk: Buffer): string;
  end(): string;
}

export function decoder(encoding: Encoding): Decoder {
  switch (encoding.name) {
    case 'utf-8': {
      const d = new StringDecoder('utf8');
      // Without a BOM, the bytes must prove the guess; with one, the file says it is UTF-8.
      if (encoding.bom.length > 0) return d;
      return new CheckedUtf8();
    }
    case 'utf-16le':
      return new StringDecoder('utf16le');
    case 'utf-16be':
      return iconv.getDecoder('utf16be', { stripBOM: false }) as unknown as Decoder;
    case 'windows-1252':
      return iconv.getDecoder(lossless1252(), { stripBOM: false }) as unknown as Decoder;
  }
}

/** UTF-8 that throws NotUtf8 at the first invalid sequence (checked chunk by chunk, a split sequence carried over). */
class CheckedUtf8 implements Decoder {
  private carry: Buffer = Buffer.alloc(0);

  write(chunk: Buffer): string {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    // A sequence cut at the end: up to 3 bytes of a character not finished yet.
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
    const whole = bytes.subarray(0, end);
    if (!isUtf8(whole)) throw new NotUtf8();
    this.carry = Buffer.from(bytes.subarray(end));
    return whole.toString('utf8');
  }

  end(): string {
    if (this.carry.length > 0) throw new NotUtf8();
    return '';
  }
}

/** Text back to the file's own bytes (the BOM is written separately, once). */
export function encoder(encoding: Encoding): (text: string) => Buffer | string {
  switch (encoding.name) {
    case 'utf-8':
      return (text) => text;
    case 'utf-16le':
      return (text) => Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return (text) => iconv.encode(text, 'utf16be');
    case 'windows-1252':
      return (text) => iconv.encode(text, lossless1252());
  }
}
