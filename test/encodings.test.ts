/**
 * SPEC 1a, Files: a list saved by Excel in another locale is in that locale's code page, not
 * UTF-8. Where its bytes show which (Polish, Cyrillic, Greek, Turkish, Japanese) it is read in it;
 * where they cannot (Czech or Hungarian letters are Western ones too; Chinese and Korean bytes
 * read as several encodings alike) the user names it with --encoding, and the summary says how.
 * Fixtures: test/fixtures/exports/*-excel-{ru,pl,ja,cz}.csv, written in those code pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENCODING_NAMES, LOCALE_ENCODINGS, type LocaleEncoding, encodingNamed, engineCodec, fallbackFor, notUtf8Of } from '../src/cli/csv-encoding.js';

const CLI = join(process.cwd(), 'build/cli.js');
const DIR = join(process.cwd(), 'test/fixtures/exports');
const AS_OF = ['--as-of', '2026-11-23'];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pcp-encodings-'));
});
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, FORCE_COLOR: '0' } });
const text = (b: Buffer) => b.toString('utf8');

/** The encoding a list's bytes are read in when they are not UTF-8, the list written in `encoding` (iconv-lite's name). */
const readAs = (list: string, encoding: string) => notUtf8Of(iconv.encode(list, encoding));

describe('SPEC 1a: a list that is not UTF-8 is read in the code page its bytes show', () => {
  it("Polish (Windows-1250): letters 1252 has no letter for, beside ASCII ones (Ł ą ł ż), and ś ń ć where 1252's never stand", () => {
    expect(readAs('Łukasz Wąsowski;Dyrektor Sprzedaży;Żabka\nAgnieszka Śliwińska;Kierownik;Łódź\n', 'win1250')).toBe('windows-1250');
    expect(readAs('Paweł Kołodziej,Prezes Zarządu\nZoltán Szűcs,Értékesítési vezető\n', 'win1250')).toBe('windows-1250');
    // A small Polish list with none of ł, ą, ż: its ś, ń and ć where Western letters never stand (found in a new user's trial).
    expect(readAs('Stefania Bęben;Kierownik\nJacek Kuć;Dyrektor\nAnna Wiśniewska;CEO\nTomasz Pańczyk;CTO\n', 'win1250')).toBe('windows-1250');
  });

  it('Cyrillic (Windows-1251): words of Cyrillic letters, small after the first (Russian, Ukrainian)', () => {
    expect(readAs('Александр Иванов;Директор по продажам;Яндекс\n', 'win1251')).toBe('windows-1251');
    expect(readAs('Олена Шевченко;Генеральний директор;Київстар\n', 'win1251')).toBe('windows-1251');
  });

  it('Greek (Windows-1253), told from Cyrillic by which reads as words of small letters', () => {
    expect(readAs('Γιώργος Παπαδόπουλος;Διευθυντής Πωλήσεων;ΟΤΕ\n', 'win1253')).toBe('windows-1253');
  });

  it('Turkish (Windows-1254): its six letters of its own, with none of the accents Turkish lacks', () => {
    expect(readAs('Ahmet Yılmaz;Satış Müdürü;Türk Telekom\nAyşe Şahin;Genel Müdür;Koç Holding\n', 'win1254')).toBe('windows-1254');
  });

  it('Japanese (Shift_JIS): kanji and kana, with or without half-width furigana', () => {
    expect(readAs('山田 太郎,営業部長,株式会社サンプル\n佐藤 花子,部長,東京商事\n', 'shiftjis')).toBe('shift_jis');
    // Kanji alone: names and titles often are.
    expect(readAs('山田 太郎,代表取締役\n鈴木 一郎,営業部長\n', 'shiftjis')).toBe('shift_jis');
    expect(readAs('氏名,フリガナ\n山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ\n佐藤 花子,ｻﾄｳ ﾊﾅｺ\n', 'shiftjis')).toBe('shift_jis');
  });

  it('Western lists stay Windows-1252 or Mac Roman: accents beside letters, Icelandic and Czech names among them, units, Spanish questions', () => {
    const western = 'Françoise Lefèvre,Directrice Générale\nJürgen Weiß,Geschäftsführer\nJosé Núñez,Jefe de Ventas\nLiam O’Brien,“Acme” — EMEA\n';
    expect(readAs(western, 'win1252')).toBe('windows-1252');
    expect(readAs(western, 'macintosh')).toBe('macintosh');
    expect(readAs('Guðrún Þórsdóttir,Forstjóri\nJón Árnason,Sölustjóri\nRenée Smith,VP Sales\n', 'win1252')).toBe('windows-1252');
    expect(readAs('Dušan Božena,Šimon Kovár\nTomáš Novák,Vedoucí\n', 'win1252')).toBe('windows-1252');
    expect(readAs('Warehouse 5 m³,Tank 10 m³,Room 3 m²,Zoë\n', 'win1252')).toBe('windows-1252');
    expect(readAs('¿qué tal?,¿cómo va?,¿sí o no?,Muñoz\n', 'win1252')).toBe('windows-1252');
    // French œ before a u, Spanish ñ before a vowel, Danish æ inside a word: where Polish ś, ń, ć never stand so.
    expect(readAs('Cœur de Lion,Sœur Anne,Œuvre,Muñoz,España,Peña Nieto,Ibáñez,Jæger,Sæther,Næss\n', 'win1252')).toBe('windows-1252');
  });

  it('found in an independent review: Polish that Mac Roman reads as letters (ą π, ż ø), a Czech list of ý alone, Icelandic, Cyrillic with «» and capitals, Greek in capitals, a Ukrainian apostrophe', () => {
    expect(
      readAs('Michał Dąbrowski,Dyrektor Sprzedaży,Żabka Polska\nAnna Wąsik,Kierownik Sprzedaży,Grupa Żywiec\nPaweł Mączka,Właściciel,Firma\n', 'win1250'),
    ).toBe('windows-1250');
    expect(readAs('Jan,Novotný,Sales Director\nPetr,Pokorný,CEO\nKarel,Veselý,CTO\nJiri,Hrubý,VP\n', 'win1250')).toBe('windows-1252');
    expect(readAs('Guðmundur,Friðriksson,VP Sales\nHeiðar,Þorsteinsson,CEO\nSigurður,Guðnason,CTO\n', 'win1252')).toBe('windows-1252');
    expect(readAs('Александр Иванов,Sales Director,ПАО «СБЕРБАНК»\nМария Петрова,CEO,ООО «Яндекс»\nОлег Смирнов,CTO,АО «Газпром»\n', 'win1251')).toBe(
      'windows-1251',
    );
    expect(readAs('ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ,ΔΙΕΥΘΥΝΤΗΣ ΠΩΛΗΣΕΩΝ,ΟΤΕ\nΜΑΡΙΑ ΝΙΚΟΛΑΟΥ,ΔΙΕΥΘΥΝΤΡΙΑ,ΕΘΝΙΚΗ\n', 'win1253')).toBe('windows-1253');
    expect(readAs('Мар’яна Коваленко,CEO,ТОВ «Нова пошта»\nОлег Шевчук,CTO,ПрАТ «Київстар»\n', 'win1251')).toBe('windows-1251');
    // Portuguese accents two together inside a word are no Chinese: nothing said of them.
    const pt = iconv.encode(
      'Maria da Conceição,Diretora de Operações,Açúcar Guarani\nJoão Assunção,CEO,Acme\nAna Gonçalves,Head de Soluções,Beta\n',
      'win1252',
    );
    expect(fallbackFor(pt)).toEqual({ name: 'windows-1252', bom: Buffer.alloc(0) });
    expect(fallbackFor(iconv.encode('陳大文,業務經理,台灣積體電路\n林美玲,行銷總監,鴻海精密\n', 'big5')).sideBySide).toBe(true);
  });

  it('Chinese and Korean, which several encodings read alike, stay Windows-1252: the summary says to name them', () => {
    expect(readAs('王伟,销售总监,阿里巴巴\n李娜,市场经理,腾讯\n', 'gbk')).toBe('windows-1252');
    expect(readAs('陳大文,業務經理,台灣積體電路\n林美玲,行銷總監,鴻海精密\n', 'big5')).toBe('windows-1252');
    expect(readAs('김민준,영업 이사,삼성전자\n이서연,마케팅 매니저,네이버\n', 'euckr')).toBe('windows-1252');
  });
});

describe('SPEC 1a: each code page reads and writes without loss', () => {
  it.each(Object.keys(LOCALE_ENCODINGS).filter((n) => n.startsWith('windows-')))('%s: every byte over 127 back as it came', (name) => {
    const codec = engineCodec({ name: name as LocaleEncoding, bom: Buffer.alloc(0) });
    const held = String.fromCharCode(...Array.from({ length: 128 }, (_, i) => 0x80 + i));
    const read = codec.cellText?.(held) as string;
    expect(read).not.toBe(held);
    expect(codec.fromText(read)).toBe(held);
  });

  it.each([
    ['shift_jis', 'shiftjis', '山田 太郎, 営業部長, ﾔﾏﾀﾞ, ①'],
    ['gbk', 'gbk', '王伟, 销售总监, 阿里巴巴'],
    ['big5', 'big5', '陳大文, 業務經理'],
    ['euc-kr', 'euckr', '김민준, 영업 이사, 삼성전자'],
  ] as const)('%s: text read from its bytes and written back to the same bytes', (name, iconvName, sample) => {
    const codec = engineCodec({ name, bom: Buffer.alloc(0) });
    const bytes = iconv.encode(sample, iconvName);
    const held = bytes.toString('latin1');
    expect(codec.cellText?.(held)).toBe(sample);
    expect(codec.cellBytes?.(bytes, 0, bytes.length)).toBe(sample);
    expect(Buffer.from(codec.fromText(sample), 'latin1').equals(bytes)).toBe(true);
    // A character the code page lacks is '?', ASCII as it is; an emoji one '?'.
    expect(codec.fromText('Zoë ✓ done 👍')).toBe('Zo? ? done ?');
  });

  it('--encoding takes the names and aliases people type', () => {
    expect(encodingNamed('cp1250')).toBe('windows-1250');
    expect(encodingNamed('Windows-1251')).toBe('windows-1251');
    expect(encodingNamed('win1253')).toBe('windows-1253');
    expect(encodingNamed('SJIS')).toBe('shift_jis');
    expect(encodingNamed('cp932')).toBe('shift_jis');
    expect(encodingNamed('Shift_JIS')).toBe('shift_jis');
    expect(encodingNamed('gb2312')).toBe('gbk');
    expect(encodingNamed('cp949')).toBe('euc-kr');
    expect(encodingNamed('latin1')).toBe('windows-1252');
    expect(encodingNamed('UTF8')).toBe('utf-8');
    expect(encodingNamed('utf-16')).toBe('utf-16le');
    expect(encodingNamed('mac roman')).toBe('macintosh');
    for (const [given, name] of [
      ['1250', 'windows-1250'],
      ['874', 'windows-874'],
      ['utf16', 'utf-16le'],
      ['latin-1', 'windows-1252'],
      ['x-mac-roman', 'macintosh'],
      ['windows-31j', 'shift_jis'],
      ['ks_c_5601-1987', 'euc-kr'],
    ] as const)
      expect(encodingNamed(given), given).toBe(name);
    expect(encodingNamed('klingon')).toBeUndefined();
    expect(encodingNamed('cp1249')).toBeUndefined();
    for (const name of Object.keys(ENCODING_NAMES)) expect(encodingNamed(name)).toBe(name);
  });
});

describe('SPEC 1a: the command line on lists saved by Excel in other locales', () => {
  it('a Russian LinkedIn export: names as written in the table, the summary says Windows-1251, the CSV its own bytes with our cells', () => {
    const path = join(DIR, 'linkedin-connections-excel-ru.csv');
    const table = cli(path, ...AS_OF, '--format', 'table');
    expect(table.status).toBe(0);
    expect(text(table.stdout)).toMatch(/ {4}5 {2}Александр Иванов {2}MESSAGE/);
    expect(text(table.stderr)).toMatch(
      /^File read as Windows-1251 \(its bytes are not UTF-8, and its words are Cyrillic in Windows-1251, as Excel's CSV writes them there\)/m,
    );
    const csv = cli(path, ...AS_OF, '--format', 'csv');
    const input = readFileSync(path);
    const lines = csv.stdout.toString('latin1').split('\r\n');
    input
      .toString('latin1')
      .split('\r\n')
      .forEach((line, i) => {
        if (i > 3 && line !== '') expect(lines[i]?.startsWith(`${line};MESSAGE;`)).toBe(true);
      });
    expect(iconv.decode(csv.stdout, 'win1251').split('\r\n')[4]).toMatch(/^Александр;Иванов;.*;Директор по продажам;18\.11\.2026;MESSAGE;/);
  });

  it('a Reason that quotes a cell (a trigger) is written back in the list’s code page', () => {
    const list =
      'Full Name;Job Title;Connection Degree;Trigger Event;Target Account;Deal Size;Is Open Profile\r\nАлександр Иванов;CEO;3rd;финансирование;Yes;$80,000;No\r\nМария Петрова;Head of Sales;2nd;;;;\r\n';
    const path = join(dir, 'trigger-1251.csv');
    writeFileSync(path, iconv.encode(list, 'win1251'));
    const out = iconv.decode(cli(path, ...AS_OF, '--format', 'csv').stdout, 'win1251');
    expect(out.split('\r\n')[1]).toMatch(/;INMAIL;1;2026-11-23;1,62;InMail \(1 credit\): named account, финансирование, /);
  });

  it('a Japanese export: JSON names in UTF-8, the table wide enough for names of two-column characters', () => {
    const path = join(DIR, 'phantombuster-sales-navigator-excel-ja.csv');
    const json = text(cli(path, ...AS_OF, '--format', 'json').stdout)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(json[0]).toMatchObject({ fullName: '山田 太郎', title: '営業部長', Channel: 'CONNECT_NOTE' });
    const table = text(cli(path, ...AS_OF, '--format', 'table').stdout);
    expect(table).toContain('山田 太郎');
    expect(table).not.toContain('…');
  });

  it('a Czech list (its letters mostly Western ones) is named with --encoding; the summary says so', () => {
    const path = join(DIR, 'hubspot-contacts-excel-cz.csv');
    const guessed = cli(path, ...AS_OF, '--format', 'table');
    expect(text(guessed.stderr)).toMatch(/^File read as Windows-1252 \(its bytes are not UTF-8; a list in another code page is named with --encoding\)/m);
    const named = cli(path, ...AS_OF, '--format', 'table', '--encoding', 'cp1250');
    expect(named.status).toBe(0);
    expect(text(named.stdout)).toMatch(/Jiří Dvořák/);
    expect(text(named.stdout)).toMatch(/Petr Černý/);
    expect(text(named.stderr)).toMatch(/^File read as Windows-1250, as --encoding names it, and written back in it$/m);
    // Its own bytes back, with our cells after them.
    const csv = cli(path, ...AS_OF, '--format', 'csv', '--encoding', 'windows-1250');
    const input = readFileSync(path).toString('latin1').split('\r\n');
    const output = csv.stdout.toString('latin1').split('\r\n');
    expect(output[1]?.startsWith(`${input[1]};CONNECT_NOTE;`)).toBe(true);
  });

  it('Chinese read as Windows-1252 is said to be garbled, with the encodings to name', () => {
    const path = join(dir, 'gbk.csv');
    writeFileSync(path, iconv.encode('Full Name,Job Title,Connection Degree\r\n王伟,销售总监,2nd\r\n李娜,市场经理,3rd\r\n', 'gbk'));
    expect(text(cli(path, ...AS_OF, '--format', 'csv').stderr)).toMatch(
      /^File read as Windows-1252, and written back in it, though most of its bytes over 127 stand side by side, as in Chinese or Korean, which it reads garbled: name the encoding with --encoding \(gbk, big5, euc-kr\.\.\.\), or save it as CSV UTF-8$/m,
    );
    const named = cli(path, ...AS_OF, '--format', 'table', '--encoding', 'gbk');
    expect(text(named.stdout)).toMatch(/王伟 +CONNECT_NOTE/);
  });

  it("a Ukrainian list whose first letters happen to be UTF-8 (`ПІ`, `Ві`) is not said to mix two encodings (found in a new user's trial)", () => {
    const path = join(dir, 'pib-1251.csv');
    writeFileSync(path, iconv.encode('ПІБ;Посада;Ступінь\r\nВіктор Ніколаєнко;Генеральний директор;2nd\r\n', 'win1251'));
    const r = cli(path, ...AS_OF, '--format', 'table', '--column', 'Name=ПІБ', '--column', 'Degree=Ступінь');
    expect(text(r.stdout)).toMatch(/Віктор Ніколаєнко +CONNECT_NOTE/);
    expect(text(r.stderr)).toMatch(/^File read as Windows-1251 \(its bytes are not UTF-8, and its words are Cyrillic/m);
    expect(text(r.stderr)).not.toMatch(/mixes two encodings/);
  });

  it("a pipe-separated Shift_JIS list is refused, saying why (ポ is 0x83 0x7C, a pipe's byte: found in an independent review)", () => {
    const path = join(dir, 'pipe-sjis.csv');
    writeFileSync(path, iconv.encode('Full Name|Title|Connection Degree\r\n佐藤 ポール|マーケティング部 課長|2nd\r\n山田 太郎|部長|3rd\r\n', 'shiftjis'));
    const r = cli(path, ...AS_OF);
    expect(r.status).toBe(1);
    expect(text(r.stderr)).toMatch(
      /a pipe-separated Shift_JIS list cannot be split into its cells: .*save it separated by commas, semicolons or tabs, or as CSV UTF-8/,
    );
  });

  it("UTF-8 lines with Windows-1251 lines appended: the garbled example is 1251's (Г©), not 1252's", () => {
    const path = join(dir, 'mixed-1251.csv');
    writeFileSync(path, Buffer.concat([Buffer.from('Full Name,Job Title\nJosé Lee,CEO\n'), iconv.encode('Александр Иванов,Директор\n', 'win1251')]));
    expect(text(cli(path, ...AS_OF, '--format', 'csv').stderr)).toMatch(
      /mixes two encodings, UTF-8 before line 3 and Windows-1251 from it, so its UTF-8 text reads garbled \('é' as 'Г©'\)/,
    );
  });

  it('today and inspect take --encoding too', () => {
    const path = join(DIR, 'hubspot-contacts-excel-cz.csv');
    expect(text(cli('inspect', path, '--format', 'table', '--encoding', 'windows-1250').stdout)).toMatch(/Jiří {2,}Dvořák/);
    expect(text(cli('today', path, ...AS_OF, '--format', 'table', '--encoding', 'windows-1250').stdout)).toMatch(/Jiří Dvořák/);
  });

  it('--encoding errors: a name not read here, a BOM that names another encoding, UTF-8 named for bytes that are not', () => {
    const unknown = cli(join(DIR, 'hubspot-contacts-excel-cz.csv'), '--encoding', 'klingon');
    expect(unknown.status).toBe(2);
    expect(text(unknown.stderr)).toMatch(/--encoding: 'klingon' is not an encoding read here: utf-8, utf-16le, .*shift_jis, gbk, big5, euc-kr/);
    const bom = join(dir, 'bom.csv');
    writeFileSync(bom, '\uFEFFName,Degree\nZoë,1\n');
    const withBom = cli(bom, '--encoding', 'windows-1250');
    expect(withBom.status).toBe(1);
    expect(text(withBom.stderr)).toMatch(/the file starts with a UTF-8 byte order mark, which names its encoding, not Windows-1250: leave --encoding out/);
    // The BOM's own encoding named: read as it is.
    expect(cli(bom, '--encoding', 'utf-8', '-q').status).toBe(0);
    const notUtf8 = cli(join(DIR, 'hubspot-contacts-excel-cz.csv'), '--encoding', 'utf-8');
    expect(notUtf8.status).toBe(1);
    expect(text(notUtf8.stderr)).toMatch(/its bytes are not UTF-8 \(byte \d+\), though --encoding names UTF-8: leave --encoding out/);
    // The byte counted from the file's start, its BOM included.
    const afterBom = join(dir, 'bom-then-1252.csv');
    writeFileSync(afterBom, Buffer.concat([Buffer.from('\uFEFFName,Degree\nRen'), Buffer.from([0xe9]), Buffer.from(',1\n')]));
    expect(text(cli(afterBom, '--encoding', 'utf-8').stderr)).toMatch(/its bytes are not UTF-8 \(byte 19\)/);
  });
});
