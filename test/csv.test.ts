/**
 * The command line's file layer (SPEC 1a, Files): encodings, line breaks, quotes, rows of any
 * length, lines above the header, and a round trip where every user cell comes back byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/cli.js';
import { CsvError, type CsvRecord, CsvSplitter, csvCell, sniffDelimiter } from '../src/cli/csv.js';
import { CsvWriter } from '../src/cli/csv-file.js';
import { engineCodec, singleByteOf } from '../src/cli/csv-encoding.js';
import { OUTPUT_COLUMNS, isBlank } from '../src/core/index.js';

const CLI = join(process.cwd(), 'build/cli.js');
const AS_OF = ['--as-of', '2026-11-23'];
let dir: string;
let files = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcp-csv-'));
});

function file(bytes: string | Buffer, name = `in${files++}.csv`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The real binary, as a user runs it: stdout as bytes. */
function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args, ...AS_OF, '--format', 'csv'], { maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** The same command in this process (for the property test: hundreds of runs). */
async function runHere(args: string[]): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(Buffer.from(c)));
  stderr.on('data', (c: Buffer) => err.push(Buffer.from(c)));
  const code = await run([...args, ...AS_OF, '--format', 'csv', '-q'], {
    stdin: new PassThrough(),
    stdout,
    stderr,
    now: () => new Date('2026-11-23T12:00:00Z'),
  });
  return { code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') };
}

const HEADER_BLOCK = `,${OUTPUT_COLUMNS.join(',')}`;
/** Our five cells at the end of a line (no quotes of the user's inside them in these tests). */
const BLOCK_AT_END: Record<string, RegExp> = {
  ',': /(?:,(?:"[^"]*"|[^,"\r\n]*)){5}$/,
  ';': /(?:;(?:"[^"]*"|[^;"\r\n]*)){5}$/,
  '\t': /(?:\t(?:"[^"]*"|[^\t"\r\n]*)){5}$/,
};

/** The output minus our block on each line: must be the input, byte for byte. */
function withoutBlocks(text: string, d = ','): string {
  return text
    .split(/(\r\n|\n|\r)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[,\t]Channel[,\t]Day[,\t]Date[,\t]Cost[,\t]Reason$/, '').replace(BLOCK_AT_END[d] as RegExp, '')))
    .join('');
}

describe('files: encodings (SPEC 1a, Files)', () => {
  it('a Windows-1252 file (Excel\'s "CSV") comes back in Windows-1252, byte for byte, even with -o onto itself', () => {
    const input = Buffer.concat([Buffer.from('Name,Degree\r\nJos'), Buffer.from([0xe9]), Buffer.from(' Mu'), Buffer.from([0xf1]), Buffer.from('oz,1\r\n')]);
    const path = file(input);
    const r = spawnSync(process.execPath, [CLI, path, '-o', path, ...AS_OF, '-q']);
    expect(r.status).toBe(0);
    const out = readFileSync(path);
    const header = Buffer.from(`Name,Degree${HEADER_BLOCK}\r\n`);
    expect(out.subarray(0, header.length).equals(header)).toBe(true);
    // 'José Muñoz,1' in its 1252 bytes, then our cells.
    expect(out.subarray(header.length, header.length + 13).equals(Buffer.concat([input.subarray(13, 25), Buffer.from(',')]))).toBe(true);
    expect(iconv.decode(out, 'win1252')).toMatch(/^Name,Degree,Channel,Day,Date,Cost,Reason\r\nJosé Muñoz,1,MESSAGE,/);
  });

  it('a file that is not UTF-8 is Mac Roman only when its accented letters say so, else Windows-1252', () => {
    const mac = (t: string) => singleByteOf(iconv.encode(t, 'macintosh'));
    const windows = (t: string) => singleByteOf(iconv.encode(t, 'windows-1252'));
    const names = 'Zoé Lefèvre,Président\nFrançois Müller,Geschäftsführer\nAna García,Señal\nLiam O’Brien,“Acme” — EMEA\n';
    expect(mac(names)).toBe('macintosh');
    expect(windows(names)).toBe('windows-1252');
    // Windows-1252 text whose only bytes over 127 are punctuation after letters, each a Mac Roman letter: still 1252.
    expect(windows('O’Brien,don’t,word—word,“hi”,etc…,Acme™,naïve\n')).toBe('windows-1252');
    expect(windows('Dušan Božena,Šimon Kovář\n'.replace('ř', 'r'))).toBe('windows-1252');
    // Signs that follow a word in either encoding tell neither: 1252's ® € », Mac Roman's ™.
    expect(windows('IBM®,SAP®,120K€,1.5M€,«CEO»,«VP»\n')).toBe('windows-1252');
    expect(mac('Siobhán,Brightline™,Acme™,Renée\n')).toBe('macintosh');
    // 'ˆ' (1252's 0x88, Mac Roman's 0xF6) is an accent alone, no letter: Mac Roman's 'à', 1252's 'ö' each count.
    expect(mac('Società Italiana,Università di Roma\n')).toBe('macintosh');
    expect(windows('Björn Schröder,Köhler,Böhm,Försäljningschef Söderberg\n'.replace('ä', 'a'))).toBe('windows-1252');
    // One accented letter is not enough to leave the common case.
    expect(mac('Zoé,2nd\n')).toBe('windows-1252');
    expect(mac('Zoé Lefèvre,2nd\n')).toBe('macintosh');
  });

  it('the five bytes Windows-1252 leaves undefined come back as they were', () => {
    const odd = Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x80, 0xff]);
    const input = Buffer.concat([Buffer.from('Name,Degree\n'), odd, Buffer.from(',2\n')]);
    const out = cli([file(input)]).stdout;
    expect(out.subarray(0, 12 + HEADER_BLOCK.length).toString('latin1')).toBe(`Name,Degree${HEADER_BLOCK}\n`);
    expect(out.subarray(12 + HEADER_BLOCK.length, 12 + HEADER_BLOCK.length + 9).equals(Buffer.concat([odd, Buffer.from(',2')]))).toBe(true);
  });

  it('a file that turns out not to be UTF-8 only after the first megabyte is still read as Windows-1252', () => {
    const rows = `"${'Ann Lee, with a long name and many notes'.padEnd(60, '.')}",2\n`.repeat(20_000);
    const input = Buffer.concat([Buffer.from(`Name,Degree\n${rows}Ren`), Buffer.from([0xe9]), Buffer.from(',1\n')]);
    const r = cli([file(input), '-q']);
    expect(r.code).toBe(0);
    const tail = r.stdout.subarray(r.stdout.lastIndexOf('\nRen') + 1);
    expect(tail.subarray(0, 6).equals(Buffer.concat([Buffer.from('Ren'), Buffer.from([0xe9]), Buffer.from(',1')]))).toBe(true);
  });

  it('UTF-8 with a BOM keeps its BOM; without one, none is added', () => {
    const withBom = cli([file('\uFEFFName,Degree\nZoë,1\n')]).stdout;
    expect(withBom.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(withBom.toString('utf8')).toMatch(/^\uFEFFName,Degree,Channel.*\nZoë,1,MESSAGE,/s);
    const without = cli([file('Name,Degree\nZoë,1\n')]).stdout;
    expect(without.toString('utf8')).toMatch(/^Name,Degree,Channel.*\nZoë,1,MESSAGE,/s);
  });

  it("cells of ours that quote the user's text are written in the file's encoding too", () => {
    const utf8 = cli([file('Name,Degree\nZoë,fünf\n')]).stdout.toString('utf8');
    expect(utf8).toContain(`Zoë,fünf,"ERROR: Degree: `);
    expect(utf8).toContain("(got 'fünf')");
    const input = Buffer.concat([
      Buffer.from('Name,Degree\nJos'),
      Buffer.from([0xe9]),
      Buffer.from(',cinqui'),
      Buffer.from([0xe8, 0x6d, 0x65, 0x80]),
      Buffer.from('\n'),
    ]);
    const out = cli([file(input)]).stdout;
    expect(iconv.decode(out, 'win1252')).toContain(`José,cinquième€,"ERROR: Degree: `);
    expect(iconv.decode(out, 'win1252')).toContain("(got 'cinquième€')");
    const table = spawnSync(process.execPath, [CLI, file(input), ...AS_OF, '--format', 'table']).stdout.toString('utf8');
    expect(table).toContain('José');
  });

  it.each([
    ['utf-16le', Buffer.from([0xff, 0xfe])],
    ['utf-16be', Buffer.from([0xfe, 0xff])],
  ])('UTF-16 with a BOM (%s, tab-separated, as Excel\'s "Unicode Text" saves) is read and written back in UTF-16', (enc, bom) => {
    const text = 'Name\tDegree\r\n李雷 😀\t1\r\n';
    const out = cli([file(Buffer.concat([bom, iconv.encode(text, enc)]))]).stdout;
    expect(out.subarray(0, 2).equals(bom)).toBe(true);
    const back = iconv.decode(out.subarray(2), enc);
    expect(back).toMatch(/^Name\tDegree\tChannel\tDay\tDate\tCost\tReason\r\n李雷 😀\t1\tMESSAGE\t1\t2026-11-23\t/);
    expect(withoutBlocks(back, '\t')).toBe(text);
  });
});

describe('UTF-16 written without a BOM', () => {
  it.each(['utf-16le', 'utf-16be'])('(%s) is told by its zero bytes, read, and written back the same way, with no BOM added', (enc) => {
    // Chinese text holds characters with a zero byte too (U+4E00): the ASCII around them decides.
    const text = 'Name,Degree,Notes\r\nAnn Lee,1,一二\r\n李雷 😀,2,"Ā, ā"\r\n';
    const r = cli([file(iconv.encode(text, enc))]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Planned 2 prospects/m);
    const back = iconv.decode(r.stdout, enc);
    expect(back).toMatch(/^Name,Degree,Notes,Channel,Day,Date,Cost,Reason\r\nAnn Lee,1,一二,MESSAGE,1,2026-11-23,/);
    expect(withoutBlocks(back)).toBe(text);
    expect(r.stdout.subarray(0, 2).equals(Buffer.from(enc === 'utf-16le' ? [0x4e, 0x00] : [0x00, 0x4e]))).toBe(true);
  });
});

describe('zero bytes: a stray one in a text file is a character of its cell; binary content is refused, saying where', () => {
  const LIST = 'Name,Email,Connection Degree,Notes\nAnn,ann@x.com,2nd,has\u0000nul\n';
  /** The message's start for a file refused as binary, its first zero byte at `line` and `byte`. */
  const refused = (line: number, byte: number) =>
    `: not a CSV file (binary content: more zero or control bytes than text holds; the first zero byte is on line ${line}, byte ${byte}): if it is a prospect list, save it as CSV`;

  it('one near the start (in the head read to tell the encoding) is read as one past it is, where the whole file was refused as binary content', () => {
    const near = cli([file(LIST), '-q']);
    expect(near.stderr).toBe('');
    expect(near.code).toBe(0);
    expect(withoutBlocks(near.stdout.toString('utf8'))).toBe(LIST);
    // The same row past the first 64 KiB: read, and written back byte for byte, as it always was.
    const filler = `Name,Email,Connection Degree,Notes\n${'Bob,bob@x.com,1st,\n'.repeat(4000)}`;
    const far = cli([file(`${filler}Ann,ann@x.com,2nd,has\u0000nul\n`)]);
    expect(far.code).toBe(0);
    expect(far.stdout.toString('utf8')).toContain('\nAnn,ann@x.com,2nd,has\u0000nul,CONNECT_NOTE,');
    expect(near.stdout.toString('utf8').split('\n')[1]).toBe(far.stdout.toString('utf8').split('\n').at(-2));
  });

  it('two in a short list, and a few in a long one (under one in a thousand characters), are read too', () => {
    const two = cli([file('Name,Degree,Notes\nAnn,2nd,a\u0000b\nBob,1st,c\u0000d\n'), '-q']);
    expect([two.code, two.stderr]).toEqual([0, '']);
    const rows = Array.from({ length: 2000 }, (_, i) => `P${i},2nd,${i % 400 === 0 ? 'x\u0000y' : 'note'}\n`).join('');
    const few = cli([file(`Name,Degree,Notes\n${rows}`), '-q']);
    expect([few.code, few.stderr]).toEqual([0, '']);
  });

  it.each([
    ['a PNG image', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR', 'latin1'), Buffer.alloc(40, 7), Buffer.alloc(4)]), 3, 9],
    ['four bytes of a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), 1, 5],
    [
      'a PDF (its compressed stream)',
      Buffer.concat([
        Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 3000 /Filter /FlateDecode >>\nstream\n', 'latin1'),
        // Every byte value, as compressed data holds them: a carriage return among them ends line 6.
        Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)),
      ]),
      7,
      132,
    ],
    ['a list with a zero byte in every row', Buffer.from(`Name,Degree\n${'Ann,2\u0000\n'.repeat(50)}`), 2, 18],
    ['a list in UTF-32 (three zero bytes a character)', iconv.encode('Name,Degree\nAnn,2\n', 'utf-32le'), 1, 2],
  ])('%s is refused, naming the line and byte of its first zero byte, and what to do', (_what, bytes, line, byte) => {
    const r = cli([file(bytes)]);
    expect(r.stderr).toContain(refused(line, byte));
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBe(0);
  });

  it("the byte is counted in the file's own encoding: after a BOM, and UTF-8's letters of more than one byte", () => {
    const r = cli([file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`Name,Degree\nZoë,2\n${'\u0000'.repeat(8)}\n`)]))]);
    expect(r.stderr).toContain(refused(3, 3 + Buffer.byteLength('Name,Degree\nZoë,2\n') + 1));
  });
});

describe('UTF-16 cut short', () => {
  it.each(['utf-16le', 'utf-16be'])(
    '(%s) a file of an odd number of bytes: every whole character kept, the half one left out, and the summary says so',
    (enc) => {
      const text = 'Name,Degree\r\nAnn Lee,1\r\nBob Ray,2';
      const bytes = Buffer.concat([Buffer.from(enc === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), iconv.encode(text, enc), Buffer.from([0x41])]);
      const r = cli([file(bytes)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^File ends in half a UTF-16 character \(an odd number of bytes: cut short\?\): its last byte is left out of the output$/m);
      expect(withoutBlocks(iconv.decode(r.stdout.subarray(2), enc))).toBe(text);
      // A whole file says nothing of it.
      expect(cli([file(bytes.subarray(0, -1))]).stderr).not.toMatch(/half a UTF-16 character/);
    },
  );
});

describe('files: every line break ends a row, quotes as spreadsheets read them', () => {
  it('CRLF lines with LF lines appended by a script: four rows in, four planned, each line ending kept', () => {
    const input = 'Name,Degree\r\nAnn,1\r\nBob,2\nCy,3\nDee,1\r\n';
    const r = cli([file(input)]);
    expect(r.stderr).toMatch(/^Planned 4 prospects/m);
    expect(withoutBlocks(r.stdout.toString('utf8'))).toBe(input);
    expect(
      r.stdout
        .toString('utf8')
        .split(/(\r\n|\n)/)
        .filter((_, i) => i % 2 === 1),
    ).toEqual(['\r\n', '\r\n', '\n', '\n', '\r\n']);
  });

  it('a file with lone CR line breaks (old Mac) is read and written with them', () => {
    const input = 'Name,Degree\rAnn,1\rBob,2\r';
    const r = cli([file(input)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Planned 2 prospects/m);
    expect(withoutBlocks(r.stdout.toString('utf8'))).toBe(input);
  });

  it('a quote inside an unquoted cell is text, and the cell comes back as it was', () => {
    const input = 'Name,Degree\nAnn "The Boss" Lee,1\nBob 5" tall,2\n';
    const r = cli([file(input)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Planned 2 prospects/m);
    expect(withoutBlocks(r.stdout.toString('utf8'))).toBe(input);
  });

  it('quoted cells still hold line breaks, delimiters and doubled quotes', () => {
    const input = 'Name,Notes,Degree\r\n"Ann ""A"" Lee","line one\r\nline two, and\nthree",1\r\nBob,,2\r\n';
    const r = cli([file(input)]);
    expect(r.stderr).toMatch(/^Planned 2 prospects/m);
    expect(r.stdout.toString('utf8')).toMatch(/^Name,Notes,Degree,Channel,Day,Date,Cost,Reason\r\n"Ann ""A"" Lee",/);
    expect(r.stdout.toString('utf8')).toMatch(/\r\nBob,,2,CONNECT_NOTE,[^\r\n]*\r\n$/);
    expect(r.stdout.toString('utf8')).toContain('"line one\r\nline two, and\nthree",1,MESSAGE,');
  });

  it('only a quoted cell left open at the end of the file is an error, naming the line it opened on', () => {
    const r = cli([file('Name,Degree\nAnn,1\n\n"Bob\nstill open,2\n')]);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toMatch(/^prospect-channels: .*: not valid CSV: line 4: a quoted cell is not closed before the end of the file\n$/);
  });

  it("a record over the engine's limit is a clear error with its line, not a crash", () => {
    const seen: string[] = [];
    const splitter = new CsvSplitter(',', (r) => seen.push(r.raw()), 1000);
    splitter.push('a,b\n"');
    expect(() => {
      for (let i = 0; i < 20; i++) splitter.push('x'.repeat(100));
    }).toThrow(CsvError);
    try {
      splitter.push('x'.repeat(1000));
    } catch (e) {
      expect((e as CsvError).code).toBe('RECORD_TOO_LONG');
      expect((e as CsvError).line).toBe(2);
      expect((e as CsvError).message).toMatch(/^line 2: a record over 512 MiB/);
    }
    expect(seen).toEqual(['a,b']);
  });
});

describe('files: rows of any length, empty lines, lines above the header', () => {
  it("a long row's extra cells are kept byte for byte after our block; short rows are padded", () => {
    const input = 'Name,Degree,Notes\nAnn,1\nBob,2,n,"x, y",z\n';
    const out = cli([file(input)])
      .stdout.toString('utf8')
      .split('\n');
    expect(out[1]).toMatch(/^Ann,1,,MESSAGE,1,2026-11-23,0\.00,(?:"[^"]*"|[^,"]*)$/);
    expect(out[2]).toMatch(/^Bob,2,n,CONNECT_NOTE,1,2026-11-23,0\.00,(?:"[^"]*"|[^,"]*),"x, y",z$/);
  });

  it('a re-run replaces our block in place and leaves the cells after it as they were', () => {
    const first = cli([file('Name,Degree\nAnn,1,"extra"\n')]).stdout;
    const again = cli([file(first)]).stdout.toString('utf8');
    expect(again).toBe(first.toString('utf8'));
    expect(again.split('\n')[1]).toMatch(/^Ann,1,MESSAGE,1,2026-11-23,0\.00,(?:"[^"]*"|[^,"]*),"extra"$/);
  });

  it('empty lines are kept where they are, with no outputs, and are not prospects', () => {
    const input = 'Name,Degree\n\nAnn,1\n\n\nBob,2\n';
    const r = cli([file(input)]);
    expect(r.stderr).toMatch(/^Planned 2 prospects/m);
    expect(withoutBlocks(r.stdout.toString('utf8'))).toBe(input);
    expect(r.stdout.toString('utf8').split('\n')[1]).toBe('');
  });

  it("Excel's sep=; line and a title line above the header come back unchanged", () => {
    const input = 'sep=;\r\nProspects, November 2026\r\nName;Degree;Notes\r\nAnn;1;75.000 €\r\n';
    const r = cli([file(input)]);
    expect(r.code).toBe(0);
    const lines = r.stdout.toString('utf8').split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['sep=;', 'Prospects, November 2026', 'Name;Degree;Notes;Channel;Day;Date;Cost;Reason']);
    expect(lines[3]).toMatch(/^Ann;1;75\.000 €;MESSAGE;/);
  });

  it('the delimiter is the one most lines agree on, not the title line above the header', () => {
    expect(sniffDelimiter('Leads, Q4, 2026\nName;Degree\nAnn;1\nBob;2\n')).toBe(';');
    expect(sniffDelimiter('Name;Deal Size\nAnn;75,000\nBob;1,2M\n')).toBe(';');
    expect(sniffDelimiter('sep=|\nName|Degree\n')).toBe('|');
    expect(sniffDelimiter('Name\tDegree\tNotes\n')).toBe('\t');
    expect(sniffDelimiter('"a;b",c\n')).toBe(',');
  });
});

// ------------------------------------------------------------------ round trip, as a property

const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
type Enc = (typeof ENCODINGS)[number];
const BOMS: Record<Enc, Buffer> = {
  'utf-8': Buffer.alloc(0),
  'utf-8-bom': Buffer.from([0xef, 0xbb, 0xbf]),
  'utf-16le': Buffer.from([0xff, 0xfe]),
  'utf-16be': Buffer.from([0xfe, 0xff]),
  'windows-1252': Buffer.alloc(0),
};
const encode = (text: string, enc: Enc): Buffer =>
  enc === 'windows-1252' ? iconv.encode(text, 'win1252') : iconv.encode(text, enc === 'utf-8-bom' ? 'utf-8' : enc);

/** Characters each encoding can hold, and the ones CSV cares about. */
const SPECIAL = ['"', ',', ';', '\t', '\r', '\n', '\r\n', ' '];
const WIDE = ['é', 'ñ', 'ß', '€', '—', '“', 'Œ', '李', '😀', 'Ω', '\u00a0'];
const NARROW = ['é', 'ñ', 'ß', '€', '—', '“', 'Œ', '\u00a0'];
const cellOf = (enc: Enc) =>
  fc.array(fc.constantFrom('a', 'B', '7', ...SPECIAL, ...(enc === 'windows-1252' ? NARROW : WIDE)), { maxLength: 8 }).map((cs) => cs.join(''));

/** A cell as a CSV writer would write it: quoted when it must be, sometimes when it need not be. */
function written(cell: string, d: string, quoteAnyway: boolean): string {
  const must = cell.includes('"') || cell.includes(d) || cell.includes('\n') || cell.includes('\r') || cell === '';
  return must || quoteAnyway ? `"${cell.replaceAll('"', '""')}"` : cell;
}

describe('files: round trip (property)', () => {
  it('random cells in random encodings, delimiters and line endings come back byte for byte, row count and order unchanged', async () => {
    const caseOf = fc.constantFrom(...ENCODINGS).chain((enc) =>
      fc.record({
        enc: fc.constant(enc),
        d: fc.constantFrom(',', ';', '\t'),
        eols: fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 12, maxLength: 12 }),
        rows: fc.array(
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(null) },
            { weight: 8, arbitrary: fc.tuple(cellOf(enc), cellOf(enc), fc.constantFrom('1', '2', '3', ''), fc.boolean()) },
          ),
          { minLength: 1, maxLength: 10 },
        ),
        lastEol: fc.boolean(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(caseOf, async ({ enc, d, eols, rows: random, lastEol }) => {
        // A prospect first: a file whose every row is in error (values only in Notes) is refused.
        const rows = [['Ann', '', '2', false] as const, ...random].slice(0, eols.length - 1);
        const lines = [
          ['Name', 'Notes', 'Degree'].join(d),
          ...rows.map((r) => (r === null ? '' : [written(r[0], d, r[3]), written(r[1], d, false), r[2]].join(d))),
        ];
        const ends = lines.map((_, i) => (i === lines.length - 1 && !lastEol ? '' : (eols[i] as string)));
        // A last empty line without a line break is no line at all.
        if (lines.at(-1) === '' && ends.at(-1) === '') ends[ends.length - 1] = '\n';
        const path = file(Buffer.concat([BOMS[enc], encode(lines.map((l, i) => l + ends[i]).join(''), enc)]));
        const r = await runHere([path]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const bom = BOMS[enc];
        expect(r.stdout.subarray(0, bom.length).equals(bom)).toBe(true);
        const text = iconv.decode(r.stdout.subarray(bom.length), enc === 'windows-1252' ? 'win1252' : enc === 'utf-8-bom' ? 'utf-8' : enc, { stripBOM: false });
        // Walk the output: each input line, then our block (none on empty lines, nor on a line of
        // one cell after an empty row: a line of text), then its own line ending.
        let at = 0;
        const expected: string[] = [];
        let afterBlank = false;
        const note = (i: number) => {
          const r = rows[i - 1];
          // An empty line between a CR and an LF is no line: the two are one line break.
          if (r === null && ends[i - 1] === '\r' && ends[i] === '\n') return false;
          const cells = r === null || r === undefined ? [] : [r[0], r[1], r[2]];
          // A dash alone in a column not read (Notes) is a word for nothing: a row of nothing else
          // is empty, as a row of filled-down No, 0 or #N/A is (the cells here can spell no other
          // such word). A name is text, whatever it says.
          const empty = cells.every((c, k) => isBlank(c) || (k === 1 && c.trim() === '—'));
          const isNote = afterBlank && !empty && cells.filter((c) => !isBlank(c)).length === 1;
          afterBlank = empty || isNote;
          return isNote;
        };
        lines.forEach((line, i) => {
          expect(text.startsWith(line, at)).toBe(true);
          at += line.length;
          const isNote = i > 0 && note(i);
          let block = '';
          if (i === 0) block = `${d}${OUTPUT_COLUMNS.join(d)}`;
          else if (line !== '' && !isNote) block = ((BLOCK_OF[d] as RegExp).exec(text.slice(at)) ?? [''])[0] as string;
          if (line !== '' && !isNote) expect(block).not.toBe('');
          at += block.length;
          expect(text.slice(at, at + (ends[i] as string).length)).toBe(ends[i]);
          at += (ends[i] as string).length;
          expected.push(line + block + ends[i]);
        });
        expect(at).toBe(text.length);
        // Byte for byte: the output is exactly the input's lines, in the input's encoding, with our blocks.
        expect(r.stdout.equals(Buffer.concat([bom, encode(expected.join(''), enc)]))).toBe(true);
      }),
      {
        numRuns: 150,
        // A row of a dash alone in a column not read is empty: the one-cell row after it is a
        // footer. A dash alone as the name after an empty row is a footer line itself.
        examples: [
          [{ enc: 'windows-1252', d: ',', eols: Array(12).fill('\r\n'), rows: [null, ['—', '', '', false]], lastEol: false }],
          [
            {
              enc: 'windows-1252',
              d: ',',
              eols: Array(12).fill('\r\n'),
              rows: [
                ['', '—', '', false],
                ['', '', '1', false],
              ],
              lastEol: false,
            },
          ],
        ],
      },
    );
  });

  it('the engine reads the same records whatever the chunks the text arrives in', () => {
    const textOf = fc
      .array(fc.constantFrom('a', '"', ',', '\r', '\n', '\r\n', '""', 'é', ' '), { maxLength: 60 })
      .map((cs) => cs.join(''))
      .filter((t) => (t.match(/"/g) ?? []).length % 2 === 0);
    fc.assert(
      fc.property(textOf, fc.array(fc.nat(60), { maxLength: 6 }), (text, cuts) => {
        const read = (pieces: string[]) => {
          const out: string[] = [];
          const s = new CsvSplitter(',', (r: CsvRecord) => out.push(JSON.stringify([r.raw(), r.eol, r.line, r.cells()])));
          try {
            for (const p of pieces) s.push(p);
            s.end();
          } catch (e) {
            out.push(`error ${(e as CsvError).code} ${(e as CsvError).line}`);
          }
          return out;
        };
        const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((p, i, all) => text.slice(p, all[i + 1] ?? text.length));
        expect(read(pieces)).toEqual(read([text]));
        // Record text plus line endings is the whole text: nothing lost, nothing added.
        const whole = read([text]);
        if (!whole.some((x) => x.startsWith('error'))) expect(whole.map((x) => (JSON.parse(x) as string[]).slice(0, 2).join('')).join('')).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('records found by their span only (pass 2 of a planned file)', () => {
  it('give the same spans, line breaks and line numbers as records read cell by cell, whatever the chunks', () => {
    const textOf = fc
      .array(fc.constantFrom('a', '"', ',', '\r', '\n', '\r\n', '""', 'é', ' '), { maxLength: 80 })
      .map((cs) => cs.join(''))
      .filter((t) => (t.match(/"/g) ?? []).length % 2 === 0);
    type Seen = [string, string, number, string[] | null];
    const read = (pieces: Buffer[], spanOnly?: (i: number) => boolean): Seen[] => {
      const out: Seen[] = [];
      const s = new CsvSplitter(
        ',',
        (r: CsvRecord) => {
          const span = Buffer.from(r.units.subarray(r.start, r.end)).toString('latin1');
          out.push([span, r.eol, r.line, r.count === -1 ? null : r.cells()]);
        },
        undefined,
        (raw) => raw,
        undefined,
        spanOnly,
      );
      for (const p of pieces) s.push(p);
      s.end();
      return out;
    };
    fc.assert(
      fc.property(textOf, fc.array(fc.nat(80), { maxLength: 6 }), fc.array(fc.boolean(), { maxLength: 40 }), (text, cuts, picks) => {
        const bytes = Buffer.from(text, 'latin1');
        let whole: Seen[];
        try {
          whole = read([bytes]);
        } catch {
          // A quote left open: a file pass 1 refuses.
          return;
        }
        // Any records on one line may be asked for by their span only.
        const lines: number[] = [];
        const breaks: number[] = [];
        new CsvSplitter(
          ',',
          (r: CsvRecord) => breaks.push(r.breaks),
          undefined,
          (raw) => raw,
        ).push(bytes);
        whole.forEach((_, i) => {
          if (whole[i]?.[3]?.length && (breaks[i] ?? 1) === 0 && picks[i % Math.max(1, picks.length)]) lines.push(i);
        });
        const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((p, i, all) => bytes.subarray(p, all[i + 1] ?? bytes.length));
        const spans = read(pieces, (i) => lines.includes(i));
        expect(spans.map((r) => r.slice(0, 3))).toEqual(whole.map((r) => r.slice(0, 3)));
        spans.forEach((r, i) => expect(r[3]).toEqual(lines.includes(i) ? null : whole[i]?.[3]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a few cells of a record (pass 1 reads only the columns it maps)', () => {
  it('are the same as those cells of the whole record, and the cells the same, in a file held as UTF-8, Windows-1252 or Mac Roman bytes and in one held as text', () => {
    const textOf = fc
      .array(fc.constantFrom('a', 'bcdefghijklmnop', '"', ',', '\r', '\n', '""', 'é', '€', ' ', ''), { maxLength: 60 })
      .map((cs) => cs.join(''))
      .filter((t) => (t.match(/"/g) ?? []).length % 2 === 0);
    const held = {
      text: undefined,
      'utf-8': engineCodec({ name: 'utf-8', bom: Buffer.alloc(0), verified: true }),
      'windows-1252': engineCodec({ name: 'windows-1252', bom: Buffer.alloc(0) }),
      macintosh: engineCodec({ name: 'macintosh', bom: Buffer.alloc(0) }),
    };
    fc.assert(
      fc.property(textOf, fc.uniqueArray(fc.nat(8), { maxLength: 6 }), (text, indexes) => {
        const cellsHeld: string[][][] = [];
        for (const [name, codec] of Object.entries(held)) {
          const seen: Array<[string[], string[]]> = [];
          const records: string[][] = [];
          const s = new CsvSplitter(
            ',',
            (r: CsvRecord) => {
              const into = new Array<string>(9).fill('-');
              r.cellsAt(indexes, into);
              const whole = r.cells();
              records.push(whole);
              seen.push([into, into.map((v, i) => (indexes.includes(i) ? (whole[i] ?? '') : v))]);
            },
            undefined,
            codec?.cellText,
            codec?.cellBytes,
          );
          try {
            // iconv-lite's Mac Roman is the one before Mac OS 8.5, with '¤' where '€' is now (0xDB).
            const single = name === 'macintosh' ? text.replaceAll('€', '¤') : text;
            s.push(codec === undefined ? text : name === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(single, name));
            s.end();
          } catch (e) {
            // A quote left open at the end: the records before it were still read.
            expect((e as CsvError).code).toBe('UNCLOSED_QUOTE');
          }
          for (const [got, expected] of seen) expect(got).toEqual(expected);
          cellsHeld.push(records);
        }
        // Bytes decoded, quoted or not, read as the text does.
        for (const records of cellsHeld) expect(records).toEqual(cellsHeld[0]);
      }),
      { numRuns: 500 },
    );
  });
  it('a quoted cell is its text inside the quotes, with doubled quotes undone and text after the closing quote kept, in each way a file is held', () => {
    const line = '"plain","Île-de-France","say ""hi""","a"b,"two\r\nlines",x\n';
    const expected = ['plain', 'Île-de-France', 'say "hi"', 'ab', 'two\r\nlines', 'x'];
    const held: Array<[string | Buffer, ReturnType<typeof engineCodec> | undefined]> = [
      [line, undefined],
      [Buffer.from(line, 'utf8'), engineCodec({ name: 'utf-8', bom: Buffer.alloc(0), verified: true })],
      [iconv.encode(line, 'windows-1252'), engineCodec({ name: 'windows-1252', bom: Buffer.alloc(0) })],
    ];
    for (const [units, codec] of held) {
      const got: string[][] = [];
      const s = new CsvSplitter(
        ',',
        (r) => got.push(r.cells(), r.cellsAt([0, 1, 2, 3, 4, 5], new Array<string>(6).fill('-')).slice()),
        undefined,
        codec?.cellText,
        codec?.cellBytes,
      );
      s.push(units);
      s.end();
      expect(got).toEqual([expected, expected]);
    }
  });
});

describe('our cells after a plain record of a file held as bytes (pass 2)', () => {
  it('are the bytes of csvCell-quoted cells joined by the delimiter, in UTF-8 or Windows-1252, whatever the cells and the delimiter', async () => {
    const cellOf = fc
      .array(fc.constantFrom('a', 'Z', '7', '0', '.', '-', ' ', '"', ',', ';', '\t', '|', '\r', '\n', 'é', '€', '😀', 'Ā', 'EMAIL_OR_PHONE', '2026-11-23'), {
        maxLength: 12,
      })
      .map((cs) => cs.join(''));
    const delimiterOf = fc.constantFrom(',', ';', '\t', '|', '0', '7', '.', '-', 'E', ':');
    const cp1252 = engineCodec({ name: 'windows-1252', bom: Buffer.alloc(0) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.array(cellOf, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r', ''))),
        delimiterOf,
        fc.boolean(),
        async (rows, d, windows1252) => {
          const out = new PassThrough();
          const got: Buffer[] = [];
          out.on('data', (c: Buffer) => got.push(Buffer.from(c)));
          const writer = new CsvWriter(out, 'latin1');
          for (const [cells, eol] of rows) writer.writeCells(cells, d, eol, windows1252 ? cp1252.fromText : undefined);
          await writer.end();
          const expected = rows.map(([cells, eol]) => `${d}${cells.map((c) => csvCell(c, d)).join(d)}${eol}`).join('');
          // Windows-1252: the bytes pass 2 wrote before, the engine's text of the joined cells (a character 1252 lacks is '?').
          const bytes = windows1252 ? Buffer.from(cp1252.fromText(expected), 'latin1') : Buffer.from(expected, 'utf8');
          expect(Buffer.concat(got).equals(bytes)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Our five cells after a record: each plain, or quoted with its quotes doubled (an ERROR's `got '"'`). */
const BLOCK_OF: Record<string, RegExp> = {
  ',': /^(?:,(?:"(?:[^"]|"")*"|[^,"\r\n]*)){5}/,
  ';': /^(?:;(?:"(?:[^"]|"")*"|[^;"\r\n]*)){5}/,
  '\t': /^(?:\t(?:"(?:[^"]|"")*"|[^\t"\r\n]*)){5}/,
};
