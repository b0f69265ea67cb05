/**
 * SPEC 1a: real exports, as they come. One file per tool (test/fixtures/exports), each with that
 * tool's own headers, value formats and quirks, read through the core, the CLI (the UTF-8 ones;
 * the encodings are the file layer's) and the Apps Script bundle with cells as Sheets hands them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowRead } from '../src/cli/inspect.js';
import { openInput, readRecords } from '../src/cli/passes.js';
import { type Cell, Problem, RowError, type Understanding, dateFromDay, parseDateText, planList, readProspect, understand } from '../src/core/index.js';
import { loadDist } from '../src/preview/apps-script.js';
import { startPreview } from '../src/preview/server.js';
import { settings } from './helpers.js';

const DIR = join(process.cwd(), 'test/fixtures/exports');
const CLI = join(process.cwd(), 'build/cli.js');
const AS_OF = '2026-11-23';

interface Export {
  readonly file: string;
  readonly tool: string;
  readonly headerRow: number;
  /** Header -> the field it is read as. */
  readonly read: Record<string, string>;
  /** Header -> the field it is read as where that field's own column is blank (a second phone). */
  readonly fallbacks?: Record<string, string>;
  /** Header -> why it is not used (a reason code). */
  readonly unused: Record<string, 'unknown' | 'values' | 'second' | 'none' | 'activity'>;
  /** Per data row, some of the values read (field label -> text). */
  readonly rows: ReadonlyArray<Record<string, string>>;
  /** Per data row, the channel where the rules make it certain (1st degree: MESSAGE [001][004]). */
  readonly channels?: ReadonlyArray<string | undefined>;
}

const EXPORTS: readonly Export[] = [
  {
    file: 'linkedin-connections.csv',
    tool: "LinkedIn's Connections export (notes above the header, '18 Nov 2026' dates)",
    headerRow: 3,
    read: {
      'First Name': 'First Name',
      'Last Name': 'Last Name',
      URL: 'LinkedIn URL',
      'Email Address': 'Email',
      Position: 'Title',
      'Connected On': 'Accepted On',
    },
    unused: { Company: 'unknown' },
    rows: [
      { Name: 'Ana Souza', 'Accepted On': '2026-11-18', 'Seniority (from title)': 'c-level' },
      { Name: 'Ben Okafor', Email: 'ben.okafor@example.com', 'Seniority (from title)': 'manager' },
      { Name: 'Chloé Martin', Title: 'Product Owner', 'Accepted On': '2026-10-21' },
      { Name: 'Dev Patel', 'Seniority (from title)': 'director', 'Accepted On': '2025-01-05' },
      { Name: 'Eve Nakamura', 'Seniority (from title)': 'director', 'Accepted On': '2024-02-14' },
    ],
  },
  {
    file: 'linkedin-connections-excel-ru.csv',
    tool: "LinkedIn's Connections export saved by Excel in Russian (Windows-1251, semicolons, CRLF, dates 18.11.2026)",
    headerRow: 3,
    read: {
      'First Name': 'First Name',
      'Last Name': 'Last Name',
      URL: 'LinkedIn URL',
      'Email Address': 'Email',
      Position: 'Title',
      'Connected On': 'Accepted On',
    },
    unused: { Company: 'unknown' },
    rows: [
      { Name: 'Александр Иванов', Title: 'Директор по продажам', 'Accepted On': '2026-11-18' },
      { Name: 'Мария Петрова', Email: 'm.petrova@example.ru', 'Seniority (from title)': 'director' },
      { Name: 'Олена Шевченко', 'Accepted On': '2026-10-21', 'Seniority (from title)': 'c-level' },
      // Руководитель отдела: a manager, as a Керівник is (found in a new user's trial with Russian lists).
      { Name: 'Дмитрий Ёлкин', 'Accepted On': '2025-01-05', 'Seniority (from title)': 'manager' },
    ],
    channels: ['MESSAGE', 'MESSAGE', 'MESSAGE', 'MESSAGE'],
  },
  {
    file: 'apollo-people-excel-pl.csv',
    tool: 'Apollo people export saved by Excel in Polish (Windows-1250, semicolons, a Hungarian name among Polish ones)',
    headerRow: 0,
    read: {
      'First Name': 'First Name',
      'Last Name': 'Last Name',
      Title: 'Title',
      Email: 'Email',
      Seniority: 'Seniority',
      'Person Linkedin Url': 'LinkedIn URL',
    },
    unused: { Company: 'unknown', City: 'unknown', Country: 'unknown' },
    rows: [
      { Name: 'Łukasz Wąsowski', Title: 'Dyrektor Sprzedaży', Seniority: 'director' },
      { Name: 'Agnieszka Śliwińska', Seniority: 'director' },
      { Name: 'Paweł Kołodziej', Title: 'Prezes Zarządu', Seniority: 'c-level' },
      { Name: 'Zoltán Szűcs', Seniority: 'senior' },
    ],
  },
  {
    file: 'phantombuster-sales-navigator-excel-ja.csv',
    tool: "Phantombuster's Sales Navigator Search Export saved by Excel in Japan (Shift_JIS)",
    headerRow: 0,
    read: {
      profileUrl: 'LinkedIn URL',
      fullName: 'Name',
      firstName: 'First Name',
      lastName: 'Last Name',
      title: 'Title',
      connectionDegree: 'Degree',
      sharedConnectionsCount: 'Mutual Connections',
    },
    unused: { companyName: 'unknown', location: 'unknown' },
    rows: [
      { Name: '山田 太郎', Title: '営業部長', Degree: '2nd', 'Mutual Connections': '4' },
      { Name: '佐藤 花子', Degree: '3rd', 'Seniority (from title)': 'director' },
      { Name: '鈴木 一郎', Title: '代表取締役社長', 'Mutual Connections': '12' },
    ],
  },
  {
    file: 'phantombuster-sales-navigator.csv',
    tool: "Phantombuster's Sales Navigator Search Export",
    headerRow: 0,
    read: {
      name: 'Name',
      firstName: 'First Name',
      lastName: 'Last Name',
      title: 'Title',
      connectionDegree: 'Degree',
      sharedConnectionsCount: 'Mutual Connections',
      isOpenLink: 'Open Profile',
      defaultProfileUrl: 'LinkedIn URL',
    },
    // profileUrl (Sales Navigator's) and linkedInProfileUrl are read where defaultProfileUrl is blank.
    fallbacks: { profileUrl: 'LinkedIn URL', linkedInProfileUrl: 'LinkedIn URL' },
    unused: { fullName: 'second', isPremium: 'unknown', timestamp: 'unknown', companyName: 'unknown' },
    rows: [
      { Name: 'Maria Garcia', Degree: '2nd', 'Open Profile': 'yes', 'Mutual Connections': '7', 'Seniority (from title)': 'vp' },
      { Name: 'Tom Becker', Degree: '3rd', 'Open Profile': 'no', 'Seniority (from title)': 'senior' },
      { Name: 'Li Wei', Degree: 'out of network', 'Seniority (from title)': 'c-level' },
      { Name: 'Sara Lind', Degree: '1st', 'Mutual Connections': '31' },
    ],
    channels: [undefined, undefined, undefined, 'MESSAGE'],
  },
  {
    file: 'evaboot-excel-fr.csv',
    tool: 'Evaboot, saved by a French Excel (Windows-1252, semicolons, CRLF, 75 000 €)',
    headerRow: 0,
    read: {
      'First Name': 'First Name',
      'Last Name': 'Last Name',
      'Job Title': 'Title',
      Seniority: 'Seniority',
      'LinkedIn URL': 'LinkedIn URL',
      Email: 'Email',
      'Connection Degree': 'Degree',
      'Open Profile': 'Open Profile',
      'Deal Value': 'Deal Value',
    },
    unused: { 'Sales Navigator URL': 'unknown', 'Company Name': 'unknown', 'Email Status': 'unknown' },
    rows: [
      { Name: 'José Muñoz', Seniority: 'director', 'Open Profile': 'no', 'Deal Value': '75000' },
      { Name: 'Zoë Fässler', Seniority: 'c-level', 'Open Profile': 'yes', 'Deal Value': '1200000' },
      { Name: 'Noël Lefèvre', Seniority: 'manager', 'Open Profile': '', 'Deal Value': '75000' },
      { Name: 'Ingrid Ødegård', Seniority: 'entry', 'Open Profile': '', 'Deal Value': '75000' },
    ],
  },
  {
    // Found in a new user's trial with Portuguese lists.
    file: 'hubspot-contatos-excel-pt.csv',
    tool: "HubSpot contacts in Portuguese, saved by a Brazilian Excel (Windows-1252, semicolons, CRLF, R$ 80.000,00, a 'Total geral' row)",
    headerRow: 0,
    read: {
      Nome: 'First Name',
      Sobrenome: 'Last Name',
      'E-mail': 'Email',
      Telefone: 'Phone',
      Cargo: 'Title',
      'URL do LinkedIn': 'LinkedIn URL',
      'Grau de conexão': 'Degree',
      Valor: 'Deal Value',
      'Não contatar': 'Do Not Contact',
    },
    unused: { 'ID do registro': 'unknown', 'Nome da empresa': 'unknown', 'Estágio do ciclo de vida': 'unknown', 'Data da última atividade': 'activity' },
    rows: [
      {
        Name: 'João Conceição',
        Degree: '2nd',
        'Deal Value': '80000',
        Phone: '+55 11 91234-5678',
        'Do Not Contact': 'no',
        'Seniority (from title)': 'director',
      },
      // `não informado` in Não contatar: unknown, no mark.
      { Name: 'Mariana Araújo', Degree: 'out of network', 'Deal Value': '50000', 'Do Not Contact': '', 'Seniority (from title)': 'manager' },
      { Name: 'Luís Gonçalves', Degree: '1st', Phone: '(21) 3456-7890', 'Seniority (from title)': 'manager' },
      { Name: 'Sofia Magalhães', Degree: '3rd', 'Deal Value': '1500', 'Seniority (from title)': 'entry' },
      // Excel's total row: no prospect.
      {},
    ],
    channels: ['CONNECT_NOTE', 'CONNECT_NOTE', 'MESSAGE', 'CONNECT_NOTE'],
  },
  {
    // Found in a new user's trial with Nordic lists (an agency in Amsterdam with clients in the Nordics).
    file: 'tracker-excel-nl.csv',
    tool: 'A hand-kept tracker in Dutch, saved by a Dutch Excel as CSV UTF-8 (a BOM, semicolons, CRLF, a title line above the header, Nr row numbers, 23-11-2026 and 1-9-2026, € 75.000,00 and € 1,2 mln, ONWAAR and WAAR, a note over two lines, a Totaal row)',
    headerRow: 1,
    read: {
      Naam: 'Name',
      Functie: 'Title',
      'LinkedIn-profiel': 'LinkedIn URL',
      'E-mailadres': 'Email',
      Telefoon: 'Phone',
      Graad: 'Degree',
      'Open profiel': 'Open Profile',
      Doelaccount: 'Named Account',
      Dealwaarde: 'Deal Value',
      Status: 'Connection Status',
      'Uitnodiging verstuurd': 'Requested On',
      'Geaccepteerd op': 'Accepted On',
      Gereageerd: 'Replied',
      'Niet benaderen': 'Do Not Contact',
    },
    // Its row numbers are no name, and its company and notes no field the planner reads.
    unused: { Nr: 'unknown', Bedrijf: 'unknown', Opmerkingen: 'unknown' },
    rows: [
      // `onbekend` in Niet benaderen: unknown, no mark.
      {
        Name: "Jan-Willem van 't Hof",
        Degree: '3rd',
        'Open Profile': 'no',
        'Named Account': 'yes',
        'Deal Value': '75000',
        'Connection Status': 'none',
        'Do Not Contact': '',
      },
      {
        Name: 'Eva de Wit-Smits',
        Degree: '2nd',
        'Open Profile': 'yes',
        'Connection Status': 'pending',
        'Requested On': '2026-11-23',
        Replied: 'no',
        'Do Not Contact': 'no',
      },
      {
        Name: 'Sander van den Berg',
        Degree: '1st',
        'Deal Value': '1200000',
        'Connection Status': 'accepted',
        'Requested On': '2026-10-15',
        'Accepted On': '2026-10-17',
        'Seniority (from title)': 'director',
      },
      // `Beantwoord` in Status: a reply, and `n.v.t.` in Dealwaarde: unknown.
      { Name: 'Lotte Jansen', Degree: '1st', Phone: '+31 6 11122233', 'Deal Value': '', 'Connection Status': 'accepted', Replied: 'yes' },
      { Name: 'Bram de Graaf', Degree: 'out of network', 'Deal Value': '60000', 'Do Not Contact': 'yes', 'Seniority (from title)': 'c-level' },
      { Name: 'Noor el Amrani', Degree: '2nd', 'Connection Status': 'withdrawn', 'Requested On': '2026-09-01', 'Seniority (from title)': 'manager' },
      // Excel's total row: no prospect.
      {},
    ],
    channels: [undefined, undefined, undefined, 'MESSAGE', 'SKIP', undefined],
  },
  {
    file: 'tracker-excel-sv.csv',
    tool: 'A hand-kept tracker in Swedish, saved by a Swedish Excel (Windows-1252, semicolons, CRLF, 2026-11-16, 2 500 000 kr with no-break spaces, FALSKT and SANT, 3:e+, 2:a and Utanför ditt nätverk, a blank line and a Totalt row)',
    headerRow: 0,
    read: {
      Förnamn: 'First Name',
      Efternamn: 'Last Name',
      Befattning: 'Title',
      'LinkedIn-profil': 'LinkedIn URL',
      'E-post': 'Email',
      Telefon: 'Phone',
      Grad: 'Degree',
      'Öppen profil': 'Open Profile',
      Målkonto: 'Named Account',
      Affärsvärde: 'Deal Value',
      Status: 'Connection Status',
      'Inbjudan skickad': 'Requested On',
      Accepterad: 'Accepted On',
      Svarat: 'Replied',
      'Kontakta ej': 'Do Not Contact',
    },
    unused: { Företag: 'unknown', Kommentar: 'unknown' },
    rows: [
      // `okänd` in Kontakta ej: unknown, no mark.
      {
        Name: 'Anders Svensson',
        Degree: '3rd',
        'Named Account': 'yes',
        'Deal Value': '2500000',
        'Connection Status': 'none',
        Replied: 'no',
        'Do Not Contact': '',
      },
      { Name: 'Karin Ström', Degree: '2nd', 'Open Profile': 'yes', 'Connection Status': 'pending', 'Requested On': '2026-11-16', 'Do Not Contact': 'no' },
      // `ej tillämpligt` in Affärsvärde: unknown.
      {
        Name: 'Elin Öhman',
        Degree: '1st',
        'Deal Value': '',
        'Connection Status': 'accepted',
        'Accepted On': '2026-11-18',
        Replied: 'yes',
        'Seniority (from title)': 'manager',
      },
      { Name: 'Gustav Lind', Degree: 'out of network', 'Deal Value': '400000', 'Do Not Contact': 'yes' },
      { Name: 'Sofia Berg', Degree: '2nd', 'Connection Status': 'withdrawn', 'Requested On': '2026-09-12' },
      {},
      // Excel's total row: no prospect.
      {},
    ],
    channels: [undefined, undefined, 'MESSAGE', 'SKIP', undefined],
  },
  {
    // Found in a new user's trial with Polish lists (an agency in Warsaw).
    file: 'tracker-excel-pl.csv',
    tool: 'A hand-kept tracker in Polish, saved by a Polish Excel (Windows-1250, semicolons, CRLF, Lp. row numbers, 16.11.2026 r., 5 listopada 2026, 80 000 zł, 120 tys. zł)',
    headerRow: 0,
    read: {
      Imię: 'First Name',
      Nazwisko: 'Last Name',
      Stanowisko: 'Title',
      'Link do profilu': 'LinkedIn URL',
      'Adres e-mail': 'Email',
      Telefon: 'Phone',
      'Stopień kontaktu': 'Degree',
      'Status zaproszenia': 'Connection Status',
      'Data zaproszenia': 'Requested On',
      'Data akceptacji': 'Accepted On',
      'Odpowiedział(a)': 'Replied',
      Wartość: 'Deal Value',
      'Nie kontaktować': 'Do Not Contact',
    },
    // Its row numbers are no name, and its company no field the planner reads.
    unused: { 'Lp.': 'unknown', Firma: 'unknown' },
    rows: [
      // `brak` in Nie kontaktować: unknown, no mark.
      {
        Name: 'Łukasz Wąsowski',
        Degree: '2nd',
        'Connection Status': 'pending',
        'Requested On': '2026-11-16',
        'Deal Value': '80000',
        'Do Not Contact': '',
        'Seniority (from title)': 'c-level',
      },
      {
        Name: 'Agnieszka Śliwińska',
        Degree: '1st',
        'Connection Status': 'accepted',
        'Accepted On': '2026-11-05',
        Replied: 'no',
        'Deal Value': '120000',
        'Seniority (from title)': 'director',
      },
      {
        Name: 'Paweł Kołodziej',
        Degree: '3rd',
        'Connection Status': 'pending',
        'Requested On': '2026-11-02',
        'Deal Value': '1500000',
        'Seniority (from title)': 'manager',
      },
      // `b.d.` in Wartość: unknown.
      { Name: 'Zofia Grzegorzewska', Degree: 'out of network', 'Deal Value': '', 'Seniority (from title)': 'entry' },
      { Name: 'Jerzy Wiśniewski', 'Connection Status': 'accepted', Replied: 'yes', 'Do Not Contact': 'yes', 'Seniority (from title)': 'c-level' },
    ],
    channels: [undefined, undefined, undefined, undefined, 'SKIP'],
  },
  {
    // Found in a new user's trial with Czech lists (an agency in Warsaw with clients in Czechia). Saved
    // as Excel's CSV UTF-8 (with its BOM): a Windows-1250 one is named with --encoding windows-1250.
    file: 'tracker-excel-cs.csv',
    tool: 'A hand-kept tracker in Czech, saved by a Czech Excel as CSV UTF-8 (a BOM, semicolons, CRLF, Č. row numbers, 16. 11. 2026 and 5. listopadu 2026, 300 000 Kč and 2,5 mil. Kč)',
    headerRow: 0,
    read: {
      Jméno: 'First Name',
      Příjmení: 'Last Name',
      Pozice: 'Title',
      'Odkaz na profil': 'LinkedIn URL',
      'E-mail': 'Email',
      Telefon: 'Phone',
      'Stupeň kontaktu': 'Degree',
      'Stav pozvánky': 'Connection Status',
      'Datum pozvánky': 'Requested On',
      'Datum přijetí': 'Accepted On',
      'Odpověděl(a)': 'Replied',
      Hodnota: 'Deal Value',
      Nekontaktovat: 'Do Not Contact',
    },
    // Its row numbers are no name, and its company no field the planner reads.
    unused: { 'Č.': 'unknown', Společnost: 'unknown' },
    rows: [
      // `neuvedeno` in Nekontaktovat: unknown, no mark.
      {
        Name: 'Tomáš Dvořák',
        Degree: '2nd',
        'Connection Status': 'pending',
        'Requested On': '2026-11-16',
        Replied: 'no',
        'Deal Value': '300000',
        'Do Not Contact': '',
        'Seniority (from title)': 'c-level',
      },
      {
        Name: 'Kateřina Nováková',
        Degree: '1st',
        'Connection Status': 'accepted',
        'Accepted On': '2026-11-05',
        Replied: 'no',
        'Deal Value': '2500000',
        'Seniority (from title)': 'director',
      },
      {
        Name: 'Jiří Černý',
        Degree: '3rd',
        'Connection Status': 'pending',
        'Requested On': '2026-11-02',
        'Deal Value': '150000',
        'Seniority (from title)': 'manager',
      },
      // `nevím` in Hodnota: unknown.
      { Name: 'Lucie Svobodová', Degree: 'out of network', 'Deal Value': '', 'Seniority (from title)': 'entry' },
      { Name: 'Petr Procházka', 'Connection Status': 'accepted', Replied: 'yes', 'Do Not Contact': 'yes', 'Seniority (from title)': 'c-level' },
    ],
    channels: [undefined, undefined, undefined, undefined, 'SKIP'],
  },
  {
    // Found in a new user's trial with Ukrainian lists (an agency in Warsaw with clients in Ukraine).
    file: 'tracker-excel-uk.csv',
    tool: "A hand-kept tracker in Ukrainian, saved by a Ukrainian Excel (Windows-1251, semicolons, CRLF, № row numbers, Ім'я and Ступінь зв’язку, 16.11.2026 р. and 5 листопада 2026, 150 000 грн, 1,2 млн грн and 50 тис. грн)",
    headerRow: 0,
    read: {
      "Ім'я": 'First Name',
      Прізвище: 'Last Name',
      Посада: 'Title',
      'Посилання на профіль': 'LinkedIn URL',
      'Ел. пошта': 'Email',
      Телефон: 'Phone',
      'Ступінь зв’язку': 'Degree',
      'Статус запрошення': 'Connection Status',
      'Дата запрошення': 'Requested On',
      'Дата прийняття': 'Accepted On',
      Відповідь: 'Replied',
      'Сума угоди': 'Deal Value',
      'Не контактувати': 'Do Not Contact',
    },
    // Its row numbers are no name, and its company no field the planner reads.
    unused: { '№': 'unknown', Компанія: 'unknown' },
    rows: [
      // `немає` in Не контактувати: unknown, no mark.
      {
        Name: 'Олександр Коваленко',
        Degree: '2nd',
        'Connection Status': 'pending',
        'Requested On': '2026-11-16',
        Replied: 'no',
        'Deal Value': '150000',
        'Do Not Contact': '',
        'Seniority (from title)': 'c-level',
      },
      {
        Name: 'Ірина Шевченко',
        Degree: '1st',
        'Connection Status': 'accepted',
        'Accepted On': '2026-11-05',
        Replied: 'no',
        'Deal Value': '1200000',
        'Seniority (from title)': 'director',
      },
      {
        Name: 'Андрій Мельник',
        Degree: '3rd',
        'Connection Status': 'pending',
        'Requested On': '2026-11-02',
        'Deal Value': '50000',
        'Seniority (from title)': 'manager',
      },
      // `н/д` in Сума угоди: unknown.
      { Name: 'Юлія Бондаренко', Degree: 'out of network', 'Deal Value': '', 'Seniority (from title)': 'entry' },
      { Name: 'Євген Ткаченко', Degree: '2nd', 'Connection Status': 'accepted', Replied: 'yes', 'Do Not Contact': 'yes', 'Seniority (from title)': 'c-level' },
    ],
    channels: [undefined, undefined, undefined, undefined, 'SKIP'],
  },
  {
    // Found in a new user's trial with Russian lists (amoCRM, Bitrix24 and Russian Excel trackers).
    file: 'tracker-excel-ru.csv',
    tool: 'A hand-kept tracker in Russian, saved by a Russian Excel (Windows-1251, semicolons, CRLF, № row numbers, Имя and Степень связи, 16.11.2026 г. and 5 ноября 2026, 150 000 руб., 1,2 млн руб. and 50 тыс. руб.)',
    headerRow: 0,
    read: {
      Имя: 'First Name',
      Фамилия: 'Last Name',
      Должность: 'Title',
      'Ссылка на профиль': 'LinkedIn URL',
      'Эл. почта': 'Email',
      Телефон: 'Phone',
      'Степень связи': 'Degree',
      'Статус приглашения': 'Connection Status',
      'Дата приглашения': 'Requested On',
      'Дата принятия': 'Accepted On',
      Ответ: 'Replied',
      'Сумма сделки': 'Deal Value',
      'Не связываться': 'Do Not Contact',
    },
    // Its row numbers are no name, and its company no field the planner reads (as Компанія is not).
    unused: { '№': 'unknown', Компания: 'unknown' },
    rows: [
      // `нет данных` in Не связываться: unknown, no mark; `Нет` in Ответ: no reply.
      {
        Name: 'Александр Кузнецов',
        Degree: '2nd',
        'Connection Status': 'pending',
        'Requested On': '2026-11-16',
        Replied: 'no',
        'Deal Value': '150000',
        'Do Not Contact': '',
        'Seniority (from title)': 'c-level',
      },
      {
        Name: 'Ирина Смирнова',
        Degree: '1st',
        'Connection Status': 'accepted',
        'Accepted On': '2026-11-05',
        Replied: 'no',
        'Deal Value': '1200000',
        'Seniority (from title)': 'director',
      },
      {
        Name: 'Андрей Попов',
        Degree: '3rd',
        'Connection Status': 'pending',
        'Requested On': '2026-11-02',
        'Deal Value': '50000',
        'Seniority (from title)': 'manager',
      },
      // `н/д` in Сумма сделки: unknown.
      { Name: 'Юлия Васильева', Degree: 'out of network', 'Deal Value': '', 'Seniority (from title)': 'entry' },
      { Name: 'Евгений Соколов', Degree: '2nd', 'Connection Status': 'accepted', Replied: 'yes', 'Do Not Contact': 'yes', 'Seniority (from title)': 'c-level' },
    ],
    channels: [undefined, undefined, undefined, undefined, 'SKIP'],
  },
  {
    file: 'waalaxy-prospects.csv',
    tool: "Waalaxy's prospect export (its state of an answer, messageReplied yes/no, ISO timestamps)",
    headerRow: 0,
    read: {
      firstName: 'First Name',
      lastName: 'Last Name',
      job_title: 'Title',
      linkedinUrl: 'LinkedIn URL',
      proEmail: 'Email',
      state: 'Connection Status',
      messageReplied: 'Replied',
      connectedAt: 'Accepted On',
    },
    unused: {
      gender: 'unknown',
      occupation: 'second',
      company_name: 'unknown',
      location: 'unknown',
      prospectList: 'unknown',
      messageSent: 'unknown',
      lastReplyDetected: 'unknown',
    },
    // The reply's date where messageReplied is blank.
    fallbacks: { lastReplyDetectedDate: 'Replied' },
    rows: [
      // later_interested, not_interested: an answer in the LinkedIn conversation; interested (lemlist's
      // stage too) names no channel, and the row's connectedAt makes it a connection.
      { Name: 'Claire Dubois', Replied: 'yes', 'Connection Status': '', 'Accepted On': '2026-11-10' },
      { Name: 'Marc Lefèvre', Replied: 'yes', 'Connection Status': 'accepted' },
      { Name: 'Sophie Martin', Replied: 'yes', 'Connection Status': 'accepted' },
      { Name: 'Emma Petit', Replied: 'no', 'Connection Status': 'accepted', 'Accepted On': '2026-11-20' },
      { Name: 'Chloé Richard', Replied: 'no', 'Connection Status': '' },
    ],
    channels: ['MESSAGE', 'MESSAGE', 'MESSAGE', 'MESSAGE', 'CONNECT_NOTE'],
  },
  {
    file: 'waalaxy-sep-line.csv',
    tool: "Waalaxy, saved by Excel with its 'sep=;' line (BOM, CRLF, day-first dates)",
    headerRow: 1,
    read: {
      firstName: 'First Name',
      lastName: 'Last Name',
      occupation: 'Title',
      linkedinUrl: 'LinkedIn URL',
      email: 'Email',
      phoneNumber: 'Phone',
      status: 'Connection Status',
      invitationDate: 'Requested On',
      connectedAt: 'Accepted On',
    },
    unused: { company: 'unknown', tags: 'unknown' },
    rows: [
      { Name: 'Camille Dubois', 'Connection Status': 'pending', 'Requested On': '2026-11-21', 'Seniority (from title)': 'c-level' },
      { Name: 'Lucas Bernard', 'Connection Status': 'accepted', 'Requested On': '2026-11-03', 'Accepted On': '2026-11-05' },
      { Name: 'Léa Petit', 'Connection Status': 'none' },
      { Name: 'Hugo Roux', 'Requested On': '2026-11-13' },
    ],
  },
  {
    file: 'dux-soup-utf16.csv',
    tool: 'Dux-Soup, re-saved by Excel as Unicode text (UTF-16LE with BOM, tabs)',
    headerRow: 0,
    read: {
      Profile: 'LinkedIn URL',
      Degree: 'Degree',
      'First Name': 'First Name',
      'Last Name': 'Last Name',
      Title: 'Title',
      Email: 'Email',
      Phone: 'Phone',
      'Mutual Connections': 'Mutual Connections',
    },
    unused: { VisitTime: 'unknown', SalesProfile: 'unknown', Connections: 'unknown' },
    rows: [
      { Name: 'Ksenia Wójcik', Degree: '2nd', 'Seniority (from title)': 'director' },
      { Name: 'Mateus Gonçalves', Degree: '3rd' },
      { Name: 'Aiko Tanaka', Degree: '1st', 'Seniority (from title)': 'c-level' },
    ],
    channels: [undefined, undefined, 'MESSAGE'],
  },
  {
    file: 'expandi-title-line.csv',
    tool: 'Expandi campaign export with a title line above the header',
    headerRow: 1,
    read: {
      Name: 'Name',
      'Profile Link': 'LinkedIn URL',
      'Job Title': 'Title',
      Status: 'Connection Status',
      'Invited At': 'Requested On',
      'Connected At': 'Accepted On',
      'Replied At': 'Replied',
    },
    unused: { Company: 'unknown' },
    rows: [
      { Name: 'Priya Sharma', 'Connection Status': 'pending', 'Requested On': '2026-11-10' },
      { Name: 'Oliver Smith', 'Connection Status': 'accepted', 'Accepted On': '2026-11-04' },
      { Name: 'Nina Ivanova', Replied: '2026-10-23', 'Seniority (from title)': 'manager' },
      { Name: 'Carlos Ruiz', 'Requested On': '2026-11-18', 'Seniority (from title)': 'c-level' },
    ],
  },
  {
    file: 'lemlist.csv',
    tool: 'lemlist (camelCase, ISO timestamps, true/false)',
    headerRow: 0,
    read: {
      email: 'Email',
      jobTitle: 'Title',
      linkedinUrl: 'LinkedIn URL',
      isOpenProfile: 'Open Profile',
      linkedinInviteSentAt: 'Requested On',
      linkedinInviteAcceptedAt: 'Accepted On',
      replied: 'Replied',
    },
    unused: { companyName: 'unknown', icebreaker: 'unknown' },
    rows: [
      { Name: 'Anna Kowalski', 'Open Profile': 'yes', 'Requested On': '2026-11-09', 'Seniority (from title)': 'c-level' },
      { Name: 'Raj Mehta', Title: 'Product Owner', 'Accepted On': '2026-11-05' },
      { Name: 'Julia Schmidt', 'Seniority (from title)': 'manager' },
    ],
  },
  {
    file: 'lemlist-lead-states.csv',
    tool: "lemlist's lead state (lastState): LinkedIn states, an email reply, a meeting booked, email steps that say nothing of LinkedIn",
    headerRow: 0,
    read: { email: 'Email', jobTitle: 'Title', linkedinUrl: 'LinkedIn URL', lastState: 'Connection Status' },
    unused: { campaignName: 'unknown', lastStateDate: 'unknown' },
    rows: [
      { Name: 'Anna Berg', 'Connection Status': 'pending' },
      { Name: 'Ben Okafor', 'Connection Status': 'accepted' },
      // An email reply is a reply, and says nothing of a LinkedIn connection.
      { Name: 'Cara Lund', 'Replied (from status)': 'yes, by email or on a call', 'Connection Status': '' },
      { Name: 'Dev Patel', 'Replied (from status)': 'yes', 'Connection Status': 'accepted' },
      { Name: 'Eve Moreau', 'Seniority (from title)': 'c-level', 'Connection Status': '' },
      // A meeting booked is an answer off LinkedIn; an email opened says nothing of LinkedIn.
      { Name: 'Finn Berg', 'Replied (from status)': 'yes', 'Connection Status': '' },
      { Name: 'Gia Rossi', 'Connection Status': '' },
    ],
    channels: [undefined, 'MESSAGE', 'EMAIL_OR_PHONE', 'MESSAGE', undefined, 'EMAIL_OR_PHONE', undefined],
  },
  {
    file: 'lemlist-multichannel.csv',
    tool: "lemlist's multichannel campaign: an email's or a call's answer while the LinkedIn invitation is out (lastState, linkedinInviteSentAt)",
    headerRow: 0,
    read: { lastState: 'Connection Status', linkedinInviteSentAt: 'Requested On', linkedinInviteAcceptedAt: 'Accepted On' },
    unused: { campaignName: 'unknown' },
    rows: [
      { Name: 'Anna Johansen', 'Replied (from status)': 'yes, by email or on a call', 'Connection Status': '', 'Requested On': '2026-11-10' },
      { Name: 'Bo Nilsson', 'Replied (from status)': 'yes', 'Connection Status': '', 'Requested On': '2026-11-10' },
      { Name: 'Cy Lind', 'Replied (from status)': 'yes, by email or on a call', 'Connection Status': '', 'Requested On': '2026-11-12' },
      { Name: 'Dee Holm', 'Replied (from status)': 'yes, by email or on a call', 'Accepted On': '2026-11-05' },
    ],
    // An email's or a call's answer goes on there though the invitation is out; `warmed` names no
    // channel (the invitation's note may be what was answered); an accepted invitation is a thread of its own.
    channels: ['EMAIL_OR_PHONE', 'MESSAGE', 'EMAIL_OR_PHONE', 'MESSAGE'],
  },
  {
    file: 'google-contacts.csv',
    tool: "Google Contacts (Organization Title, 'E-mail 1 - Value', ' ::: ' between a cell's values)",
    headerRow: 0,
    read: { 'Organization Title': 'Title', 'E-mail 1 - Value': 'Email', 'Phone 1 - Value': 'Phone' },
    fallbacks: { 'E-mail 2 - Value': 'Email', 'Phone 2 - Value': 'Phone' },
    unused: { 'Organization Name': 'unknown', 'Website 1 - Value': 'unknown' },
    rows: [
      { Name: 'Rosa Diaz', Title: 'Head of Recruiting', Email: 'rosa@initech.com', Phone: '+1 415 555 0101' },
      { Name: 'Sam Ortiz', 'Seniority (from title)': 'c-level', Email: 'sam@globex.com ::: sam.ortiz@gmail.com' },
      { Name: 'Tara Quinn', Phone: '+44 7700 900123' },
    ],
  },
  {
    file: 'hubspot-contacts.csv',
    tool: "HubSpot contacts (Segment, Lead Status and Level that are not ours; '#N/A')",
    headerRow: 0,
    read: { 'Job Title': 'Title', Amount: 'Deal Value', 'LinkedIn Profile': 'LinkedIn URL', 'Phone Number': 'Phone' },
    // SPEC 1: Last Touch On is a step of this sequence done; HubSpot's last activity is any email, call or meeting.
    unused: {
      Segment: 'values',
      Level: 'values',
      'Lead Status': 'unknown',
      'Lifecycle Stage': 'unknown',
      'Record ID': 'unknown',
      'Last Activity Date': 'activity',
    },
    rows: [
      { Name: 'Grace Hopper', 'Deal Value': '75000', 'Seniority (from title)': 'vp' },
      { Name: 'Alan Turing', 'Deal Value': '12500' },
      { Name: 'Ada Lovelace', 'Deal Value': '1200000', 'Seniority (from title)': 'c-level' },
      { Name: 'Linus Torvalds', 'Deal Value': '', 'Seniority (from title)': 'senior' },
    ],
    // Never touched on LinkedIn: a first touch (SPEC 4), not "no answer on LinkedIn".
    channels: ['CONNECT_NOTE', 'CONNECT_NOTE', 'CONNECT_NOTE', 'CONNECT_NOTE'],
  },
  {
    file: 'salesforce-leads.csv',
    tool: 'Salesforce leads report, US locale (BOM, CRLF, M/D/YYYY that cannot tell, $ amounts)',
    headerRow: 0,
    read: { Title: 'Title', 'Opportunity Amount': 'Deal Value', 'Connection Request Date': 'Requested On' },
    unused: { 'Lead Status': 'unknown', 'Company / Account': 'unknown', 'Created Date': 'unknown', 'Last Contacted': 'activity' },
    rows: [
      { Name: 'Marc Benioff', 'Deal Value': '250000', 'Seniority (from title)': 'c-level' },
      { Name: 'Parker Harris', 'Requested On': '2026-11-10', 'Seniority (from title)': 'c-level' },
      { Name: 'Bret Taylor', 'Deal Value': '9500', 'Requested On': '2026-11-05' },
      { Name: 'Amy Weaver', 'Seniority (from title)': 'vp' },
    ],
  },
  {
    file: 'pipedrive-persons.csv',
    tool: "Pipedrive persons and deals ('Person - ' prefixes, 'Email - Work')",
    headerRow: 0,
    read: {
      'Person - Name': 'Name',
      'Person - Email - Work': 'Email',
      'Person - Phone - Work': 'Phone',
      'Person - Job title': 'Title',
      'Deal - Value': 'Deal Value',
    },
    unused: { 'Deal - Title': 'unknown', 'Deal - Currency': 'unknown', 'Person - Label': 'unknown' },
    rows: [
      { Name: 'Sofia Rossi', 'Deal Value': '75000', 'Seniority (from title)': 'director' },
      { Name: 'Jonas Berg', 'Deal Value': '12.5', 'Seniority (from title)': 'manager' },
      { Name: 'Mia Novak', 'Deal Value': '0', 'Seniority (from title)': 'entry' },
    ],
  },
  {
    file: 'apollo-people.csv',
    tool: "Apollo people export (Apollo's seniorities, several phone columns)",
    headerRow: 0,
    read: { Seniority: 'Seniority', 'Person Linkedin Url': 'LinkedIn URL', Replied: 'Replied', 'First Phone': 'Phone' },
    fallbacks: { 'Work Direct Phone': 'Phone', 'Mobile Phone': 'Phone', 'Corporate Phone': 'Phone' },
    unused: {
      'Company Linkedin Url': 'unknown',
      Stage: 'unknown',
      'Email Sent': 'unknown',
      'Last Contacted': 'activity',
    },
    rows: [
      { Name: 'Dario Amodei', Seniority: 'c-level', Replied: 'no' },
      // No First Phone: her Mobile Phone is the number.
      { Name: 'Emma Stone', Seniority: 'director', Phone: "'+1 415 555 0102" },
      { Name: 'Kai Müller', Seniority: 'entry' },
      { Name: 'Lena Fischer', Seniority: 'c-level', Replied: 'yes' },
    ],
    // Emma Stone was last contacted by Apollo (an email), never on LinkedIn: a first touch.
    channels: [undefined, 'CONNECT_NOTE'],
  },
  {
    file: 'pipedrive-persons-activities.csv',
    tool: "Pipedrive people export with its activity columns ('Person - Last activity date' is any activity, not a touch of ours)",
    headerRow: 0,
    read: {
      'Person - Name': 'Name',
      'Person - Email - Work': 'Email',
      'Person - Phone - Work': 'Phone',
      'Person - Job title': 'Title',
    },
    fallbacks: { 'Person - Email - Home': 'Email' },
    unused: {
      'Person - Last activity date': 'activity',
      'Person - Next activity date': 'unknown',
      'Person - Done activities': 'unknown',
      'Person - Open deals': 'unknown',
      'Person - Owner': 'unknown',
    },
    rows: [
      { Name: 'Jan Nowak', Email: 'jan.nowak@example.pl', 'Seniority (from title)': 'manager' },
      // No work email: her home one is read.
      { Name: 'Eva Novak', Email: 'eva@example.cz', 'Seniority (from title)': 'c-level' },
      { Name: 'Lars Berg', Phone: '+46 8 123 456', 'Seniority (from title)': 'director' },
    ],
    // A call in October or a meeting last week is not a LinkedIn step: each is a first touch, not "email or call".
    channels: ['CONNECT_NOTE', 'CONNECT_NOTE', 'CONNECT_NOTE'],
  },
  {
    file: 'zoominfo-contacts.csv',
    tool: "ZoomInfo contacts export ('Direct Phone Number' beside 'Mobile phone', 'Management Level')",
    headerRow: 0,
    read: {
      'Job Title': 'Title',
      'Management Level': 'Seniority',
      'Email Address': 'Email',
      'Mobile phone': 'Phone',
      'LinkedIn Contact Profile URL': 'LinkedIn URL',
    },
    fallbacks: { 'Direct Phone Number': 'Phone' },
    unused: { 'ZoomInfo Contact ID': 'unknown', 'Company Name': 'unknown', 'Last Job Change Date': 'unknown' },
    rows: [
      // No mobile number: the direct line is the phone.
      { Name: 'Wei Chen', Seniority: 'c-level', Phone: '(650) 555-0142' },
      { Name: 'Ada Okoye', Phone: '(415) 555-0199' },
    ],
  },
  {
    file: 'salesloft-people.csv',
    tool: "Salesloft people export ('Secondary Email Address', 'Personal Email Address', a US 'State' column)",
    headerRow: 0,
    read: {
      'Email Address': 'Email',
      Phone: 'Phone',
      Title: 'Title',
      Seniority: 'Seniority',
      'LinkedIn URL': 'LinkedIn URL',
      'Do Not Contact': 'Do Not Contact',
    },
    fallbacks: {
      'Secondary Email Address': 'Email',
      'Personal Email Address': 'Email',
      'Mobile Phone': 'Phone',
      'Home Phone': 'Phone',
    },
    unused: { State: 'values', Account: 'unknown', 'Last Contacted': 'activity' },
    rows: [
      { Name: 'Nora Klein', Email: 'nora@example.com', Seniority: 'vp' },
      // No work address: the personal one is read.
      { Name: 'Theo Park', Email: 'theo.park@gmail.com', Phone: '(312) 555-0112' },
      // Marked Do Not Contact after a reply: no touch, the reply's conversation included.
      { Name: 'Iris Vance', 'Do Not Contact': 'yes', Replied: '2026-11-03' },
    ],
    channels: [undefined, undefined, 'SKIP'],
  },
  {
    file: 'lusha-contacts.csv',
    tool: "Lusha contacts export ('Email 1', 'Email 2', 'Phone 1', 'Phone 2', each with its type beside it)",
    headerRow: 0,
    read: { 'Full Name': 'Name', 'Job Title': 'Title', Seniority: 'Seniority', 'Email 1': 'Email', 'Phone 1': 'Phone', 'LinkedIn URL': 'LinkedIn URL' },
    fallbacks: { 'Email 2': 'Email', 'Phone 2': 'Phone' },
    unused: { 'Email 1 Type': 'unknown', 'Phone 2 Type': 'unknown', Department: 'unknown' },
    rows: [
      { Name: 'Yael Cohen', Seniority: 'director', Phone: '+972 3 555 0100' },
      // Only a personal address and a mobile number, each in the second column.
      { Name: 'Omer Levi', Seniority: 'entry', Email: 'omer.levi@gmail.com', Phone: '+972 52 555 0102' },
    ],
  },
  {
    file: 'dynamics-365-contacts.csv',
    tool: "Microsoft Dynamics 365 contacts exported to Excel and saved as CSV ('Business Phone', '(Do Not Modify)' columns)",
    headerRow: 0,
    read: { 'Full Name': 'Name', Email: 'Email', 'Mobile Phone': 'Phone', 'Job Title': 'Title' },
    fallbacks: { 'Business Phone': 'Phone' },
    unused: { '(Do Not Modify) Contact': 'unknown', '(Do Not Modify) Modified On': 'unknown', 'Created On': 'unknown' },
    rows: [
      { Name: 'Oliver Smith', Phone: '+44 20 7946 0958', 'Seniority (from title)': 'director' },
      { Name: 'Amelia Jones', Phone: '+44 7700 900123', 'Seniority (from title)': 'c-level' },
    ],
  },
  {
    file: 'greenhouse-candidates.csv',
    tool: "Greenhouse's candidate export (its Social Media cell holds every link, a comma, a line, a semicolon or a space between them)",
    headerRow: 0,
    read: {
      'First Name': 'First Name',
      'Last Name': 'Last Name',
      'Current Title': 'Title',
      'Email Address': 'Email',
      'Phone Number': 'Phone',
      'Social Media': 'LinkedIn URL',
    },
    unused: { 'Candidate ID': 'unknown', 'Current Company': 'unknown', Website: 'unknown', Job: 'second', 'Last Activity': 'activity' },
    rows: [
      { Name: 'Jane Doe', 'LinkedIn URL': 'https://www.linkedin.com/in/jane-doe', 'Seniority (from title)': 'vp' },
      { Name: 'Marcus Bell', 'LinkedIn URL': 'https://www.linkedin.com/in/marcus-bell-7a1b2c/' },
      // A Twitter and a Medium link: no LinkedIn URL, not an error.
      { Name: 'Aiko Sato', 'LinkedIn URL': '', Email: 'aiko.sato@example.com' },
      { Name: 'Rafael Costa', 'LinkedIn URL': 'linkedin.com/in/rafaelcosta', 'Seniority (from title)': 'c-level' },
      { Name: 'Nora Fischer', 'LinkedIn URL': '' },
    ],
  },
  {
    file: 'greenhouse-rejected.csv',
    tool: "Greenhouse's export of rejected candidates, to approach again (its Status is the application's: Rejected, not a LinkedIn invitation declined)",
    headerRow: 0,
    read: {
      'First Name': 'First Name',
      'Last Name': 'Last Name',
      'Current Title': 'Title',
      'Email Address': 'Email',
      'Social Media': 'LinkedIn URL',
    },
    unused: { 'Candidate ID': 'unknown', Stage: 'unknown', Status: 'values', 'Rejection Reason': 'unknown', 'Last Activity': 'activity' },
    rows: [
      { Name: 'Renée Fontaine', 'LinkedIn URL': 'https://www.linkedin.com/in/renee-fontaine', 'Seniority (from title)': 'senior' },
      { Name: 'Oskar Berg', 'LinkedIn URL': 'https://www.linkedin.com/in/oskarberg' },
      { Name: 'Lucía Navarro', 'LinkedIn URL': 'https://www.linkedin.com/in/lucia-navarro-3b2a1c/', 'Seniority (from title)': 'manager' },
    ],
    // Never asked to connect: each is invited, none passed over as declined.
    channels: ['CONNECT_NOTE', 'CONNECT_NOTE', 'CONNECT_NOTE'],
  },
  {
    file: 'greenhouse-api-fields.csv',
    tool: "Greenhouse's candidate fields as its Harvest API and custom reports name them (email_addresses, social_media_addresses: every address and link in one cell)",
    headerRow: 0,
    read: {
      first_name: 'First Name',
      last_name: 'Last Name',
      title: 'Title',
      email_addresses: 'Email',
      phone_numbers: 'Phone',
      social_media_addresses: 'LinkedIn URL',
    },
    unused: { id: 'unknown', company: 'unknown', tags: 'unknown' },
    rows: [
      { Name: 'Oskar Berg', 'LinkedIn URL': 'https://www.linkedin.com/in/oskarberg', 'Seniority (from title)': 'senior' },
      // A Twitter link alone: no LinkedIn URL, not an error; the email reaches her.
      { Name: 'Mei Tan', 'LinkedIn URL': '', Email: 'mei.tan@example.com', 'Seniority (from title)': 'director' },
    ],
  },
  {
    file: 'lever-candidates.csv',
    tool: "Lever's candidate export (Links: every link in one cell, ', ' between them; one row an opportunity, so a candidate twice)",
    headerRow: 0,
    read: { Name: 'Name', Headline: 'Title', Emails: 'Email', Phones: 'Phone', Links: 'LinkedIn URL' },
    unused: { Location: 'unknown', Stage: 'unknown', Origin: 'unknown', Sources: 'unknown', Tags: 'unknown', 'Created At': 'unknown' },
    rows: [
      { Name: 'Jordan Doe', 'LinkedIn URL': 'https://www.linkedin.com/in/jdoe/', 'Seniority (from title)': 'director' },
      { Name: 'Lena Park', 'LinkedIn URL': '' },
      // A company's page is no profile; the profile's page and its address are one profile, the first read.
      { Name: 'Omar Haddad', 'LinkedIn URL': 'https://uk.linkedin.com/in/omarhaddad/details/experience/' },
      // A Sales Navigator lead's address, its own commas kept.
      { Name: 'Priya Nair', 'LinkedIn URL': 'https://www.linkedin.com/sales/lead/ACwAAB1a2b3,NAME_SEARCH,x7Kq' },
      { Name: 'Jordan Doe', 'LinkedIn URL': 'https://www.linkedin.com/in/JDoe', Email: 'jordan.doe@gmail.com' },
    ],
    // Jordan Doe's second opportunity, with another address: the same profile, so a duplicate of row 2 (SPEC 6).
    channels: [undefined, undefined, undefined, undefined, 'SKIP'],
  },
];

/** The file as the CLI's file layer reads it (its encoding, delimiter and empty lines), and what the reader understood. */
async function load(e: Export): Promise<{ records: string[][]; body: string[][]; u: Understanding }> {
  const { records } = await readRecords(await openInput(join(DIR, e.file)));
  const u = understand(records.slice(0, 110), settings());
  if (u instanceof Problem) throw new Error(u.message);
  return { records, body: records.slice(u.headerRow + 1).filter((r) => r.length > 0), u };
}

/** A cell as Sheets would hand it to a custom function: numbers, booleans and dates typed. */
function sheetsCell(text: string): Cell {
  const t = text.trim();
  if (/^(TRUE|FALSE)$/i.test(t)) return /^TRUE$/i.test(t);
  if (/^\d+(\.\d+)?$/.test(t) && !/^0\d/.test(t)) return Number(t);
  if (/^\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}.*)?$/.test(t) || /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(t)) {
    const day = parseDateText(t);
    if (!(day instanceof Problem)) {
      const date = dateFromDay(day);
      const time = /[ T](\d{1,2}):(\d{2})/.exec(t);
      if (time) date.setHours(Number(time[1]), Number(time[2]));
      return date;
    }
  }
  return text;
}

describe.each(EXPORTS)('$tool', (e) => {
  it(`${e.file}: the header row, each column's field, each column not used and why`, async () => {
    const { u } = await load(e);
    expect(u.headerRow).toBe(e.headerRow);
    const read = Object.fromEntries(u.map.columns.map((c) => [c.header, c.field.label]));
    expect(read).toMatchObject(e.read);
    expect(Object.fromEntries(u.map.fallbacks.map((c) => [c.header, c.field.label]))).toEqual(e.fallbacks ?? {});
    const unused = Object.fromEntries(u.unused.map((c) => [c.header, c.reason]));
    expect(unused).toMatchObject(e.unused);
  });

  it(`${e.file}: each row's values as read, and no row error on valid data`, async () => {
    const { records, u } = await load(e);
    // Each row under the header, as inspect reads it; empty lines are not rows.
    const rows = records.flatMap((record, i) => (i > u.headerRow && record.length > 0 ? [rowRead(i + 1, record, u.map, settings())] : []));
    expect(rows).toHaveLength(e.rows.length);
    rows.forEach((r, i) => {
      expect(r.error, `row ${i + 1}`).toBeUndefined();
      expect(r.values).toMatchObject(e.rows[i] as Record<string, string>);
    });
  });

  it(`${e.file}: planned, every row a channel, none an error`, async () => {
    const { body, u } = await load(e);
    const { outcomes } = planList(
      body.map((r) => readProspect(r, u.map)),
      settings(),
    );
    outcomes.forEach((o, i) => {
      expect(o, `row ${i + 1}`).not.toBeInstanceOf(RowError);
      const want = e.channels?.[i];
      if (want) expect((o as { channel: string }).channel).toBe(want);
    });
  });

  it(`${e.file}: the Apps Script bundle (CHANNEL_PLAN, cells as Sheets hands them) plans every row as the core does`, async () => {
    const { records, body, u } = await load(e);
    const header = records[u.headerRow] as string[];
    const { global } = loadDist();
    const plan = global.CHANNEL_PLAN?.(
      body.map((r) => r.map(sheetsCell)),
      [header],
      [['As Of', AS_OF]],
    ) as unknown[][];
    const core = planList(
      body.map((r) => readProspect(r, u.map)),
      settings(),
    ).outcomes.map((o) => (o instanceof RowError ? o.text : o === 'blank' ? '' : o.channel));
    expect(plan.map((r) => r[0])).toEqual(core);
    for (const r of plan) expect(String(r[0])).not.toMatch(/^ERROR/);
  });

  it(`${e.file}: the local preview shows the file as the CLI reads it, and the sidebar finds its header`, async () => {
    const { records, u } = await load(e);
    const preview = await startPreview({ port: 0, csv: join(DIR, e.file), dist: join(process.cwd(), 'dist'), sample: 'examples/prospects.csv' });
    try {
      const cells = (preview.loaded.ss.getSheetByName(e.file)?.cells ?? []) as unknown[][];
      // Each record a row, in its place (its encoding, delimiter and a `sep=` line read as the CLI reads them).
      expect(cells).toHaveLength(records.length);
      expect(cells[u.headerRow]?.slice(0, (records[u.headerRow] as string[]).length)).toEqual(records[u.headerRow]);
      const state = preview.loaded.global.getPlannerState?.() as { headerRow: number; recognised: boolean; mapping: Record<string, string> };
      expect([state.headerRow, state.recognised]).toEqual([u.headerRow + 1, true]);
      // Every field the CLI reads, from the same header.
      expect(Object.fromEntries(Object.entries(state.mapping).filter(([, header]) => header !== ''))).toEqual(
        Object.fromEntries(u.map.columns.map((c) => [c.field.label, c.header])),
      );
    } finally {
      await preview.close();
    }
  });

  it(`${e.file}: the CLI end to end: every row planned as the core plans it, what was understood in the summary`, async () => {
    const { body, u } = await load(e);
    const r = spawnSync(process.execPath, [CLI, join(DIR, e.file), '--as-of', AS_OF, '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // One object a row, then the summary's object.
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>)
      .filter((l) => 'Channel' in l);
    const core = planList(
      body.map((row) => readProspect(row, u.map)),
      settings(),
    ).outcomes.map((o) => (o instanceof RowError ? o.text : o === 'blank' ? '' : o.channel));
    // A blank row (a total row) has no object of its own.
    expect(lines.map((l) => l.Channel)).toEqual(core.filter((c) => c !== ''));
  });
});

describe.each(EXPORTS.filter((e) => e.headerRow > 0))('$tool: lines above the header', (e) => {
  it(`${e.file}: the CLI writes the lines above the header back as they were`, () => {
    const input = readFileSync(join(DIR, e.file), 'utf8');
    const r = spawnSync(process.execPath, [CLI, join(DIR, e.file), '--as-of', AS_OF, '--format', 'csv'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // After the line that says which encoding was read, for a file that is not UTF-8.
    expect(r.stderr).toMatch(/^(File read as .*\n)?Header row: row \d+ \(\d+ rows? above it skipped\)\nColumns read: /);
    const above = input
      .split(/(?<=\n)/)
      .slice(0, e.headerRow)
      .join('');
    expect(r.stdout.startsWith(above)).toBe(true);
  });
});

describe("SPEC 1a: a Salesforce report's footer (after an empty line, one cell a line) is text under the list, not prospects", () => {
  const file = join(DIR, 'salesforce-report-footer.csv');
  const FOOTER = [
    '"Leads with LinkedIn - Q4"',
    '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
    '"Confidential Information - Do Not Distribute"',
  ];
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--as-of', AS_OF], { encoding: 'utf8' });

  it('the CLI plans the three leads, writes the footer back as it came and says so', () => {
    const r = cli(file, '--format', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines.slice(1, 4).map((l) => /,(INMAIL|CONNECT_NOTE),/.exec(l)?.[1])).toEqual(['INMAIL', 'INMAIL', 'CONNECT_NOTE']);
    expect(lines.slice(4, 10)).toEqual(readFileSync(file, 'utf8').split('\r\n').slice(4, 10));
    expect(lines.slice(5, 8)).toEqual(FOOTER);
    // The empty line is an empty row, as in a sheet holding the same report.
    expect(r.stderr).toMatch(/^Planned 3 prospects \(1 blank\) as of/m);
    expect(r.stderr).toContain('5 rows after an empty row hold one cell each (row 6 first): read as text, not prospects');
  });

  it('today lists no footer line as a touch to make, and stats counts the three leads', () => {
    const today = cli('today', file, '--format', 'csv');
    expect(today.status).toBe(0);
    expect(today.stdout).not.toMatch(/Copyright|Generated By|Acme Inc/);
    expect(today.stdout).toMatch(/Marc Benioff|Amy Weaver/);
    const stats = cli('stats', file, '--format', 'json');
    expect(JSON.parse(stats.stdout)).toMatchObject({ rows: 4, prospects: 3, blank: 1 });
  });

  it('in a sheet (an empty row, then rows of one cell) CHANNEL_PLAN leaves them empty; a one-cell row not after an empty row, and a fuller row after them, are planned', () => {
    const header = ['Name', 'Title', 'Degree'];
    const rows: Cell[][] = [
      ['Ann Lee', 'CEO', '2nd'],
      ['Bo Ng', '', ''],
      ['', '', ''],
      ['Report: Q4 leads', '', ''],
      ['', 'Generated by Jane', ''],
      ['Cy Diaz', 'VP Sales', '3rd'],
      ['', '', ''],
      ['Dee Roe', '', ''],
    ];
    const { global } = loadDist();
    const plan = global.CHANNEL_PLAN?.(rows, [header], [['As Of', AS_OF]]) as unknown[][];
    expect(plan.map((r) => r[0] !== '')).toEqual([true, true, false, false, false, true, false, false]);
    expect(plan[3]).toEqual(['', '', '', '', '']);
    const stats = global.CHANNEL_STATS?.(rows, [header], [['As Of', AS_OF]]) as unknown[][];
    // Three prospects of five rows, the two empty ones skipped: the footer's are not rows.
    expect(stats.find((r) => r[0] === 'Prospects Read')?.slice(1, 3)).toEqual([3, 5]);
  });

  it('a row holding only a LinkedIn URL or an email is a prospect, after an empty row too, and the footer under it is still text', () => {
    const lines = [
      'Name,Degree,LinkedIn URL,Email,Notes',
      'Ann,2nd,https://www.linkedin.com/in/ann,,',
      ',,,,',
      ',,https://www.linkedin.com/in/bob,,',
      ',,,cy@example.com,',
      'Generated By:  Jane Rep  11/23/2026 9:14 AM,,,,',
      '"Acme Inc.",,,,',
      ',,https://www.linkedin.com/in/dee,,called twice',
    ];
    const dir = mkdtempSync(join(tmpdir(), 'pcp-footer-'));
    try {
      const input = join(dir, 'profiles.csv');
      writeFileSync(input, `${lines.join('\n')}\n`);
      const r = cli(input, '--format', 'csv');
      expect(r.status).toBe(0);
      const channels = r.stdout
        .split(/\r?\n/)
        .slice(1, 8)
        .map((l) => /,(MESSAGE|CONNECT_NOTE|CONNECT|OPEN_PROFILE|INMAIL|EMAIL_OR_PHONE|WITHDRAW|SKIP),/.test(l));
      expect(channels).toEqual([true, false, true, true, false, false, true]);
      expect(r.stderr).toContain('2 rows after an empty row hold one cell each (row 6 first): read as text');
      const header = (lines[0] as string).split(',');
      const rows = lines.slice(1).map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
      const { global } = loadDist();
      const plan = global.CHANNEL_PLAN?.(rows, [header], [['As Of', AS_OF]]) as unknown[][];
      expect(plan.map((row) => row[0] !== '')).toEqual([true, false, true, true, false, false, true]);
      const column = global.CHANNEL?.(rows, [header], [['As Of', AS_OF]]) as unknown[][];
      expect(column.map((row) => row[0] !== '')).toEqual(plan.map((row) => row[0] !== ''));
      // An address as people write it (a name before it, two of them, a URL with a space) reaches someone too.
      const written = join(dir, 'written.csv');
      writeFileSync(
        written,
        'Name,LinkedIn URL,Email\nAnn Lee,https://www.linkedin.com/in/ann,\n\n,,Bob Roe <bob@x.com>\n\n,,"bob@x.com, bob2@y.com"\n\n,linkedin.com/in/eve smith,\nTotal 3,,\n',
      );
      const w = cli(written, '--format', 'csv');
      expect(w.stderr).toMatch(/^Planned 4 prospects/m);
      expect(w.stderr).toContain('1 row after an empty row holds one cell (row 9)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a report's total row right under its records (Grand Totals, with its Amount summed) is no prospect: blank in the CLI, today and CHANNEL_PLAN; a named or reachable row labelled so is one", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcp-grand-total-'));
    try {
      const input = join(dir, 'sf-grand-total.csv');
      const lines = [
        'Opportunity Owner,First Name,Last Name,Title,Amount,Email,LinkedIn Profile',
        'Maria Gomez,Ann,Lee,VP Sales,"$80,000.00",ann@acme.com,https://www.linkedin.com/in/ann-lee',
        'Maria Gomez,Bob,Ray,CFO,"$20,000.00",bob@brightwave.com,https://www.linkedin.com/in/bob-ray',
        'Subtotal,,,,"$100,000.00",,',
        'Total,,,,,,https://www.linkedin.com/in/total-person',
        'Grand Totals (3 records),,,,"$100,000.00",,',
        ',,,,,,',
        'Confidential Information - Do Not Distribute,,,,,,',
      ];
      writeFileSync(input, `${lines.join('\n')}\n`);
      const r = cli(input, '--format', 'csv');
      expect(r.status).toBe(0);
      const out = r.stdout.split(/\r?\n/).map((l) => /,(CONNECT_NOTE|CONNECT|INMAIL|EMAIL_OR_PHONE|MESSAGE),/.exec(l)?.[1] ?? '');
      expect(out.slice(1, 6).map((c) => c !== '')).toEqual([true, true, false, true, false]);
      expect(r.stderr).toMatch(/^Planned 3 prospects \(3 blank\)/m);
      expect(r.stderr).not.toMatch(/no name/);
      const today = cli('today', input, '--format', 'csv');
      expect(today.stdout).not.toMatch(/Grand Totals|Subtotal/);
      const rows = lines.slice(1).map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((c) => c.replace(/^"|"$/g, '')));
      const plan = loadDist().global.CHANNEL_PLAN?.(rows, [(lines[0] as string).split(',')], [['As Of', AS_OF]]) as unknown[][];
      expect(plan.slice(0, 5).map((row) => row[0] !== '')).toEqual([true, true, false, true, false]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a German export's total rows (Gesamt, Summe, Gesamtergebnis, Zwischensumme: a summed Dealwert beside them), a Spanish Salesforce report's and Excel's (Totales generales (2 registros), Totales, Suma total), and a Portuguese one's (Total geral (2 registros), Totais, Soma; found in a new user's trial with Portuguese lists, where each was planned), are no prospects: blank, never an invitation or a paid InMail", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcp-gesamt-'));
    try {
      const exports: Array<[string, string[]]> = [
        [
          'hubspot-de.csv',
          [
            'Datensatz-ID;Vorname;Nachname;E-Mail;Jobtitel;Dealwert',
            '101;Anna;Berg;anna@beispiel.de;CEO;"10.000 €"',
            '102;Jörg;Weiß;joerg@beispiel.de;CFO;"20.000 €"',
            'Zwischensumme;;;;;"30.000 €"',
            'Summe;;;;;"30.000 €"',
            'Gesamtergebnis;;;;;"30.000 €"',
            'Gesamt (2 Datensätze);;;;;"30.000 €"',
          ],
        ],
        [
          'informe-es.csv',
          [
            'Nombre;Apellidos;Importe;Grado de conexión',
            'Ana;Ruiz;"50.000,00 €";2º',
            'Luis;Gil;"30.000,00 €";3er grado+',
            'Subtotal;;"80.000,00 €";',
            'Totales (2 registros);;"80.000,00 €";',
            'Suma total;;"80.000,00 €";',
            'Totales generales (2 registros);;"80.000,00 €";',
          ],
        ],
        [
          'relatorio-pt.csv',
          [
            'Nome;Sobrenome;Valor do negócio;Grau de conexão',
            'Ana;Souza;"R$ 50.000,00";2º',
            'Luís;Lima;"R$ 30.000,00";3º grau ou mais',
            'Subtotal;;"R$ 80.000,00";',
            'Totais (2 registros);;"R$ 80.000,00";',
            'Soma;;"R$ 80.000,00";',
            'Total geral (2 registros);;"R$ 80.000,00";',
          ],
        ],
      ];
      for (const [name, lines] of exports) {
        const input = join(dir, name);
        writeFileSync(input, `${lines.join('\n')}\n`);
        const r = cli(input, '--format', 'csv');
        expect(r.status, name).toBe(0);
        expect(r.stderr, name).toMatch(/^Planned 2 prospects \(4 blank\)/m);
        expect(r.stdout.split(/\r?\n/).slice(3, 7), name).toEqual(lines.slice(3).map((l) => `${l};;;;;`));
      }
      // Dutch and Nordic reports and Excel lists, and Polish, Czech, Ukrainian and Russian ones
      // (found in a new user's trial with Nordic lists, where each was planned as a person).
      const nordic = join(dir, 'nordic.csv');
      const labels = [
        'Totaal',
        'Eindtotaal',
        'Subtotaal',
        'Totalt (2 poster)',
        'Summa',
        'Delsumma',
        'I alt',
        'Sum',
        'YHTEENSÄ',
        'Välisumma',
        'Razem',
        'Celkem',
        'Součet',
        'Разом',
        'Усього',
        'Итого',
        'Всего:',
      ];
      writeFileSync(
        nordic,
        ['Name;Degree;Deal Value', 'Anna Berg;2;"250 000 kr"', 'Jens Holm;2;"250 000 kr"', ...labels.map((l) => `${l};;"500 000 kr"`)].join('\n'),
      );
      expect(cli(nordic, '--format', 'csv').stderr).toMatch(new RegExp(`^Planned 2 prospects \\(${labels.length} blank\\)`, 'm'));
      // A label with a name beside it is a person (Summe, a given name), as a company named so is: planned.
      const named = join(dir, 'named.csv');
      writeFileSync(named, 'First Name,Last Name,Company,Degree\nSumme,Rao,Acme,2\nTotal,,Acme,2\n');
      const n = cli(named, '--format', 'csv');
      expect(n.stderr).toMatch(/^Planned 1 prospect \(1 blank\)/m);
      expect(n.stdout.split(/\r?\n/)[1]).toMatch(/^Summe,Rao,Acme,2,CONNECT/);
      // And in Portuguese: Soma a first name beside its last.
      const nomeado = join(dir, 'nomeado.csv');
      writeFileSync(nomeado, 'Nome;Sobrenome;Grau\nSoma;Rao;2\nTotal Geral;;2\nSoma total;;2\nTotais;;2\n');
      const pt = cli(nomeado, '--format', 'csv');
      expect(pt.stderr).toMatch(/^Planned 1 prospect \(3 blank\)/m);
      expect(pt.stdout.split(/\r?\n/)[1]).toMatch(/^Soma;Rao;2;CONNECT/);
      const company = join(dir, 'company.csv');
      writeFileSync(company, 'Company,Name,Degree\nGesamt,Anna Schmidt,2\n');
      expect(cli(company, '--format', 'csv').stdout.split(/\r?\n/)[1]).toMatch(/^Gesamt,Anna Schmidt,2,CONNECT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('done on a profile row above a footer: the row, now holding its history, still leaves the footer as text, and the next done marks no footer line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcp-footer-done-'));
    try {
      const input = join(dir, 'm1.csv');
      writeFileSync(input, 'Name,LinkedIn URL\nAnn Lee,https://www.linkedin.com/in/ann\n\n,https://www.linkedin.com/in/bob\nGenerated By: Salesforce\n');
      const out = join(dir, 'out.csv');
      const first = spawnSync(process.execPath, [CLI, 'done', input, '--all-due', '--as-of', AS_OF, '-o', out], { encoding: 'utf8' });
      expect(first.status).toBe(0);
      expect(first.stderr).toMatch(/^Planned 2 prospects/m);
      expect(readFileSync(out, 'utf8').split(/\r?\n/)[4]).toBe('Generated By: Salesforce');
      const again = spawnSync(process.execPath, [CLI, 'done', out, '--all-due', '--as-of', '2026-11-24', '-o', join(dir, 'out2.csv')], { encoding: 'utf8' });
      expect(again.stderr).toContain('1 row after an empty row holds one cell (row 5)');
      expect(readFileSync(join(dir, 'out2.csv'), 'utf8').split(/\r?\n/)[4]).toBe('Generated By: Salesforce');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A fixture's lines as a sheet holds them: cells split at commas outside quotes, quotes off, the first `width` of each. */
function sheetCells(file: string, width: number): Cell[][] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (l.match(/("[^"]*"|[^,]*)(,|$)/g) ?? []).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')).slice(0, width));
}

describe("SPEC 1a, 6: an applicant tracker's cell of several links (Greenhouse's Social Media, Lever's Links) gives the row's LinkedIn URL", () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--as-of', AS_OF], { encoding: 'utf8' });
  const jsonLines = (out: string) =>
    out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);

  it("lever-candidates.csv: a candidate's second opportunity, under another address, is a duplicate of the first by its profile link (SPEC 6), in the CLI and in CHANNEL_PLAN", () => {
    const file = join(DIR, 'lever-candidates.csv');
    const rows = jsonLines(cli(file, '--format', 'json', '-q').stdout);
    expect(rows[4]).toMatchObject({ Name: 'Jordan Doe', Channel: 'SKIP' });
    expect(rows[4]?.Reason).toMatch(/duplicate of row 2$/);
    const [header, ...body] = sheetCells(file, 12);
    const { global } = loadDist();
    const plan = global.CHANNEL_PLAN?.(body, [header], [['As Of', AS_OF]]) as unknown[][];
    expect(plan.map((r) => r[0])).toEqual(rows.map((r) => r.Channel));
    expect(plan[4]?.[4]).toBe(rows[4]?.Reason);
  });

  it('greenhouse-candidates.csv: today names each candidate by the profile link alone, not the cell of links; a candidate with none by the email', () => {
    const today = jsonLines(cli('today', join(DIR, 'greenhouse-candidates.csv'), '--format', 'json').stdout);
    expect(Object.fromEntries(today.map((t) => [t.name, t.linkedinUrl ?? '']))).toEqual({
      'Jane Doe': 'https://www.linkedin.com/in/jane-doe',
      'Marcus Bell': 'https://www.linkedin.com/in/marcus-bell-7a1b2c/',
      'Aiko Sato': '',
      'Rafael Costa': 'linkedin.com/in/rafaelcosta',
      'Nora Fischer': '',
    });
    expect(today.find((t) => t.name === 'Aiko Sato')?.email).toBe('aiko.sato@example.com');
  });

  it("two LinkedIn profiles in one cell are that row's error naming both, in the CLI and in CHANNEL_PLAN; the other rows are planned", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcp-links-'));
    try {
      const file = join(dir, 'greenhouse.csv');
      const lines = [
        'First Name,Last Name,Current Title,Email Address,Social Media',
        'Jane,Doe,VP of Engineering,jane@example.com,"https://www.linkedin.com/in/jane-doe, https://www.linkedin.com/in/john-doe"',
        'Ben,Roe,Engineering Manager,ben@example.com,"https://github.com/benroe; https://www.linkedin.com/in/ben-roe"',
      ];
      writeFileSync(file, `${lines.join('\n')}\n`);
      const error = "ERROR: Social Media: two LinkedIn profiles, /in/jane-doe and /in/john-doe: leave only the prospect's (got 'https://...')";
      const rows = jsonLines(cli(file, '--format', 'json', '-q').stdout);
      expect(rows.map((r) => r.Channel)).toEqual([error, 'CONNECT_NOTE']);
      const [header, ...body] = sheetCells(file, 5);
      const { global } = loadDist();
      const plan = global.CHANNEL_PLAN?.(body, [header], [['As Of', AS_OF]]) as unknown[][];
      expect(plan.map((r) => r[0])).toEqual([error, 'CONNECT_NOTE']);
      const one = global.CHANNEL?.(body, [header], [['As Of', AS_OF]]) as unknown[][];
      expect(one.map((r) => r[0])).toEqual([error, 'CONNECT_NOTE']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("SPEC 7: a rows range that starts above the header row (a LinkedIn Connections export's notes lines)", () => {
  it('the lines above the header and the header say where to start the range, are not planned, and are not counted as prospects', () => {
    const grid = sheetCells(join(DIR, 'linkedin-connections.csv'), 7).map((r) => Array.from({ length: 7 }, (_, i) => r[i] ?? ''));
    const header = grid[3] as Cell[];
    const { global } = loadDist();
    const given = [['As Of', AS_OF]];
    const hint = 'ERROR: the range starts above the header row (its row 4): start it one row below the header';
    for (const name of ['CHANNEL', 'CHANNEL_REASON', 'SEQUENCE_DAY']) {
      const cells = global[name]?.(grid, [header], given) as unknown[][];
      const column = cells.map((r) => r[0]);
      expect(column.slice(0, 4), name).toEqual([hint, hint, hint, hint]);
      expect(
        column.slice(4).every((c) => c !== '' && !String(c).startsWith('ERROR')),
        name,
      ).toBe(true);
    }
    const plan = global.CHANNEL_PLAN?.(grid, [header], given) as unknown[][];
    expect(plan.slice(0, 4).map((r) => r[0])).toEqual([hint, hint, hint, hint]);
    const below = global.CHANNEL_PLAN?.(grid.slice(4), [header], given) as unknown[][];
    expect(plan.slice(4)).toEqual(below);
    const stats = global.CHANNEL_STATS?.(grid, [header], given) as unknown[][];
    const read = stats.find((r) => r[0] === 'Prospects Read') as unknown[];
    expect(read[1]).toBe(grid.length - 4);
    expect(read[6]).toMatch(/^the range starts above the header row \(its row 4\): start it one row below the header; skipped: 4 blank$/);
    // Started at the header row: CHANNEL_STATS says so too.
    const atHeader = global.CHANNEL_STATS?.(grid.slice(3), [header], given) as unknown[][];
    expect((atHeader.find((r) => r[0] === 'Prospects Read') as unknown[])[6]).toBe(
      'the range starts at the header row: start it one row lower; no row skipped',
    );
  });
});

describe('SPEC 1a: two HubSpot exports joined into one file (the header row again between them)', () => {
  const file = join(DIR, 'hubspot-contacts-joined.csv');
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--as-of', AS_OF], { encoding: 'utf8' });

  it('the header is the first, its columns read as in one export; the header again gets our header cells, no ERROR, and is named', () => {
    const r = cli(file, '--format', 'csv');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const header = readFileSync(file, 'utf8').split('\n')[0] as string;
    expect(lines[0]).toBe(`${header},Channel,Day,Date,Cost,Reason`);
    expect(lines[5]).toBe(lines[0]);
    expect(r.stdout).not.toContain('ERROR');
    // Its four prospects, then two more (the second Grace Hopper a duplicate of row 2).
    expect(lines.slice(1, 8).map((l) => /,(CONNECT_NOTE|SKIP|Channel),/.exec(l)?.[1])).toEqual([
      'CONNECT_NOTE',
      'CONNECT_NOTE',
      'CONNECT_NOTE',
      'CONNECT_NOTE',
      'Channel',
      'CONNECT_NOTE',
      'SKIP',
    ]);
    expect(lines[7]).toMatch(/duplicate of row 2"?$/);
    expect(r.stderr).not.toMatch(/^Header row:/m);
    expect(r.stderr).toContain("Columns read: First Name, Last Name, Email, Phone <- 'Phone Number', Title <- 'Job Title', Deal Value <- 'Amount'");
    expect(r.stderr).toMatch(/^Planned 6 prospects as of/m);
    expect(r.stderr).toContain('Warning: row 6 repeats the header row (files joined into one?): read as a header, not a prospect, and not planned');
  });

  it('SPEC 9: done adds its history headers to the header again too, so the file it writes still reads as one list, with no ERROR row', () => {
    const r = cli('done', file, '--rows', '2', '--format', 'csv');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('added Requested On, Connection Status');
    const lines = r.stdout.split('\n');
    const header = lines[0] as string;
    expect(header).toMatch(/,Create Date,Requested On,Connection Status,Channel,/);
    expect(lines[5]).toBe(header);
    expect(r.stdout).not.toContain('ERROR');
    expect(r.stderr).toContain('Warning: row 6 repeats the header row');
  });

  it('inspect shows the header again as such, not as a prospect whose cells are empty', () => {
    const json = cli('inspect', file, '--format', 'json');
    expect(json.status).toBe(0);
    expect(json.stdout.split('\n')[4]).toBe('{"row":6,"headerAgain":true}');
    const csv = cli('inspect', file, '--format', 'csv');
    const row6 = csv.stdout.split('\n').find((l) => l.startsWith('6,'));
    expect(row6).toMatch(/,"\(the header row again: not a prospect, not planned\)"\r?$/);
  });

  it('inspect tells a line of text (one cell after an empty row) as the plan passes over it, and a row of only a record ID as the plan errs on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcp-lone-'));
    const lone = join(dir, 'lone.csv');
    writeFileSync(lone, 'Name,Email,Record ID,Notes\nAnn,ann@x.com,1,\n,,2,\n\n,,,A lone note\n,,7,\n');
    const json = cli('inspect', lone, '--format', 'json');
    const rows = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => [r.row, r.note ?? false, typeof r.error === 'string'])).toEqual([
      [2, false, false],
      [3, false, true],
      [5, true, false],
      [6, true, false],
    ]);
    const plan = cli(lone, '--format', 'csv');
    expect(plan.stdout.split('\n').slice(4, 6)).toEqual([',,,A lone note', ',,7,']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('today lists no header as a touch to make; stats counts five prospects', () => {
    const today = cli('today', file, '--format', 'csv');
    expect(today.status).toBe(0);
    expect(today.stdout).not.toMatch(/First Name|Job Title/);
    const stats = cli('stats', file, '--format', 'json');
    expect(JSON.parse(stats.stdout)).toMatchObject({ rows: 6, prospects: 5, duplicates: 1 });
  });

  it('in a sheet: CHANNEL_PLAN and CHANNEL leave the header again empty, CHANNEL_STATS does not count it', () => {
    const [header, ...rows] = sheetCells(file, 14);
    const { global } = loadDist();
    const given = [['As Of', AS_OF]];
    const plan = global.CHANNEL_PLAN?.(rows, [header], given) as unknown[][];
    expect(plan.map((r) => r[0])).toEqual(['CONNECT_NOTE', 'CONNECT_NOTE', 'CONNECT_NOTE', 'CONNECT_NOTE', '', 'CONNECT_NOTE', 'SKIP']);
    expect(plan[4]).toEqual(['', '', '', '', '']);
    const channels = global.CHANNEL?.(rows, [header], given) as unknown[][];
    expect(channels.map((r) => r[0])[4]).toBe('');
    const stats = global.CHANNEL_STATS?.(rows, [header], given) as unknown[][];
    expect(stats.find((r) => r[0] === 'Prospects Read')?.slice(1, 3)).toEqual([5, 6]);
  });
});

describe("SPEC 1a: a HubSpot export and an Apollo export joined into one file (another export's header between them)", () => {
  const file = join(DIR, 'hubspot-apollo-joined.csv');
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--as-of', AS_OF], { encoding: 'utf8' });

  it("the first export's header is the header and its rows are planned; the second's header is an ERROR row that says so, and a warning names the rows under it", () => {
    const r = cli(file, '--format', 'json', '-o', '-');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);
    // HubSpot's four contacts, read by its own header (Apollo's header has more columns read, and was taken for the header).
    expect(lines.slice(0, 4).map((l) => `${l['First Name']} ${l.Channel}`)).toEqual([
      'Grace CONNECT_NOTE',
      'Alan CONNECT_NOTE',
      'Ada CONNECT_NOTE',
      'Linus CONNECT_NOTE',
    ]);
    // HubSpot's Amount is its Deal Value: Apollo's rows under it are no sample of its values.
    expect(lines[4]?.Channel).toBe("ERROR: First Name: another export's header row (files of two layouts joined?) (got 'Last Name')");
    expect(JSON.parse(r.stderr)).toMatchObject({ firstOtherHeader: 6, underOtherHeader: 4, errors: 2 });
    const text = cli(file, '--format', 'csv', '-o', '/dev/null');
    expect(text.stderr).toContain("Deal Value <- 'Amount'");
    expect(text.stderr).toContain(
      "Warning: row 6 is another export's header row (files of two layouts joined?): the 4 rows under it are read by the header's columns, not its own, so likely wrong: plan each file on its own",
    );
  });

  it('in a sheet: CHANNEL_PLAN gives the second header the same ERROR', () => {
    const [header, ...rows] = sheetCells(file, 14);
    const { global } = loadDist();
    const plan = global.CHANNEL_PLAN?.(rows, [header], [['As Of', AS_OF]]) as unknown[][];
    expect(plan.map((r) => String(r[0]).slice(0, 12))).toEqual([
      'CONNECT_NOTE',
      'CONNECT_NOTE',
      'CONNECT_NOTE',
      'CONNECT_NOTE',
      'ERROR: First',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    expect(plan[4]?.[4]).toBe("ERROR: First Name: another export's header row (files of two layouts joined?) (got 'Last Name')");
  });
});

describe('SPEC 3a: a Reason names a deal in the currency its cell is written in', () => {
  it('evaboot-excel-fr.csv (Windows-1252): 75 000 €, €75.000 and EUR 75 000 are named in euros, 1,2M in none; never in dollars', () => {
    const r = spawnSync(process.execPath, [CLI, join(DIR, 'evaboot-excel-fr.csv'), '--as-of', AS_OF, '--format', 'json', '-q'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const reasons = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>)
      .filter((l) => 'Reason' in l)
      .map((l) => l.Reason);
    expect(reasons[0]).toMatch(/\(deal €75k\)$/);
    expect(reasons[1]).toMatch(/, deal 1\.2M;/);
    expect(reasons[2]).toMatch(/\(deal €75k\)$/);
    expect(reasons[3]).toMatch(/, EUR 75k\)$/);
    expect(reasons.join('\n')).not.toContain('$');
  });
});

describe('prospect-channels inspect', () => {
  it("a row with several cells in error lists every one, where the plan's cell names the first and counts the others (found in a new user's trial)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcp-inspect-'));
    const list = join(dir, 'errors.csv');
    writeFileSync(list, 'Full Name,Connection Degree,Is Open Profile,Replied,Target Account\nAnn Lee,fourth,maybe,perhaps,Yes\nBo Kim,2nd,No,No,\n');
    const plan = spawnSync(process.execPath, [CLI, list, '--as-of', AS_OF, '--format', 'csv'], { encoding: 'utf8' });
    expect(plan.stdout).toMatch(/\(got 'fourth'\) \(\+2 more\)/);
    const r = spawnSync(process.execPath, [CLI, 'inspect', list, '--format', 'json'], { encoding: 'utf8' });
    const [ann, bo] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ann?.error).toBe(
      "ERROR: Connection Degree: expected 1, 2, 3, 1st, 2nd, 3rd, 3rd+ or out of network (got 'fourth'); Is Open Profile: expected yes or no (got 'maybe'); Replied: expected yes or no (replied, no reply...), or the date of the reply (got 'perhaps')",
    );
    expect(bo).not.toHaveProperty('error');
    // A fallback column (a cell of several links beside a LinkedIn URL) is no error of the row's: the reader's own line (found in an independent review).
    const links = join(dir, 'links.csv');
    writeFileSync(
      links,
      'Name,Degree,Open Profile,LinkedIn URL,Social Media\nAnn Lee,9th,maybe,https://www.linkedin.com/in/annlee,"https://www.linkedin.com/in/aaa, https://www.linkedin.com/in/bbb"\n',
    );
    const [withLinks] = spawnSync(process.execPath, [CLI, 'inspect', links, '--format', 'json'], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(withLinks?.error).toBe(
      "ERROR: Degree: expected 1, 2, 3, 1st, 2nd, 3rd, 3rd+ or out of network (got '9th'); Open Profile: expected yes or no (got 'maybe')",
    );
  });
  it('--format json: one object a row, with the values read', () => {
    const r = spawnSync(process.execPath, [CLI, 'inspect', join(DIR, 'hubspot-contacts.csv'), '--format', 'json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(4);
    // Rows numbered as a spreadsheet numbers them (SPEC 9), as today, done --rows and the reasons do: the header is row 1.
    expect(rows[0]).toMatchObject({ row: 2, Name: 'Grace Hopper', 'Deal Value': '75000' });
    expect(rows[0]).not.toHaveProperty('Last Touch On');
    expect(r.stderr).toMatch(/Not used: 'Segment': its values are not Segment Size/);
    expect(r.stderr).toMatch(/Not used: 'Last Activity Date': the last activity of any kind \(an email, a call, a meeting\), not a step of this sequence done/);
  });
  it('table: each column and why not used, then each row', () => {
    const r = spawnSync(process.execPath, [CLI, 'inspect', join(DIR, 'evaboot-excel-fr.csv'), '--format', 'table'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // Read as the plan reads it, and said so as the plan says it: Windows-1252, as its bytes are not UTF-8.
    expect(r.stdout).toMatch(
      /^File read as Windows-1252 \(its bytes are not UTF-8; a list in another code page is named with --encoding\)\nColumns read: First Name, Last Name, Title <- 'Job Title'/,
    );
    expect(r.stdout).toMatch(/Not used \(not columns the planner reads, kept as they are\): 'Company Name', 'Sales Navigator URL', 'Email Status'/);
    expect(r.stdout).toMatch(/\nRow {2,}Name {2,}First Name .*Deal Value\n2 {2,}José Muñoz {2,}José .*75000\n/);
  });
  it('a row error is shown on its row; a file with no recognised column is one clear error, and a JSON file is said to be one', () => {
    const bad = spawnSync(process.execPath, [CLI, 'inspect', join(process.cwd(), 'README.md')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /^prospect-channels: .*no recognised column in the first 10 rows \(the header row must be one of them; the first row: '# Prospect Channel Planner/,
    );
    const json = spawnSync(process.execPath, [CLI, 'inspect', join(process.cwd(), 'package.json')], { encoding: 'utf8' });
    expect(json.status).toBe(1);
    expect(json.stderr).toMatch(/^prospect-channels: .*package\.json: not a CSV file: JSON \(records, not rows\)/);
  });
  it('--date-order day-first reads 03/04/2026 as 3 April', () => {
    const r = spawnSync(process.execPath, [CLI, 'inspect', join(DIR, 'salesforce-leads.csv'), '--format', 'json', '--date-order', 'day-first'], {
      encoding: 'utf8',
    });
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[1]).toMatchObject({ 'Requested On': '2026-10-11' });
    expect(r.stderr).toMatch(/'Connection Request Date': slash dates read day-first \(Date Order setting\)/);
  });
});
