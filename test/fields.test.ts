import { describe, expect, it } from 'vitest';
import {
  type Cell,
  FIELDS,
  IF_UNSET,
  Problem,
  NOTHING_READ,
  RowError,
  emptyProspect,
  mapColumns,
  normalizeHeader,
  readProspect,
  seniorityFromTitle,
  setFieldAt,
  setIfUnset,
  understand,
  understandHeader,
} from '../src/core/index.js';
import { MONTH_FIRST } from '../src/core/read/dates.js';
import { day } from './helpers.js';

function field(label: string) {
  const f = FIELDS.find((x) => x.label === label);
  if (!f) throw new Error(label);
  return f;
}
const parse = (label: string, cell: string | number | boolean | Date) => field(label).parse(cell, MONTH_FIRST);

describe('SPEC 1: each field has its number, its place in FIELDS', () => {
  it('setFieldAt(p, i, v) sets FIELDS[i] and nothing else', () => {
    FIELDS.forEach((f, i) => {
      const p = emptyProspect() as unknown as Record<string, unknown>;
      setFieldAt(p as never, i, `value ${i}`);
      expect(Object.entries(p).filter(([, v]) => v !== undefined)).toEqual([[f.key, `value ${i}`]]);
    });
  });

  it('a fallback column keeps its field number plus IF_UNSET in the row reader: above every field number', () => {
    expect(FIELDS.length).toBeLessThanOrEqual(IF_UNSET);
  });
  it('setIfUnset(p, i, v) sets FIELDS[i] only where it is unset (a fallback column)', () => {
    FIELDS.forEach((f, i) => {
      const p = emptyProspect() as unknown as Record<string, unknown>;
      setIfUnset(p as never, i, 'second');
      expect(p[f.key]).toBe('second');
      setIfUnset(p as never, i, 'third');
      expect(p[f.key]).toBe('second');
      setFieldAt(p as never, i, 'own');
      expect(p[f.key]).toBe('own');
    });
  });
});

describe('SPEC 1: header matching', () => {
  it('matches canonical names case-, space- and punctuation-insensitively', () => {
    const m = mapColumns(['  NAME ', 'job title', 'Conn. degree', 'open_profile', 'DEAL-VALUE']);
    if (m instanceof Problem) throw new Error(m.message);
    expect(m.columns.map((c) => c.field.key)).toEqual(['name', 'title', 'degree', 'openProfile', 'dealValue']);
  });

  it("every header a field answers to (label, aliases, generic words) is its own: none is also another field's once normalized", () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const f of FIELDS) {
      for (const h of [f.label, ...f.aliases, ...f.generic]) {
        const k = normalizeHeader(h);
        const before = owner.get(k);
        if (before !== undefined && before !== f.key) shared.push(`'${h}' of ${f.key} is also ${before}'s`);
        owner.set(k, f.key);
      }
    }
    expect(shared).toEqual([]);
  });

  // Lists kept in German and Spanish (LinkedIn in those languages, Excel there, HubSpot in them): each header with the field it is.
  const languages: Array<{ language: string; headers: Array<[string, string]>; statuses: Array<[string, string]>; degrees: Array<[string, number]> }> = [
    {
      language: 'German',
      headers: [
        ['Vorname', 'firstName'],
        ['Nachname', 'lastName'],
        ['Stellenbezeichnung', 'title'],
        ['Kontaktgrad', 'degree'],
        ['Offenes Profil', 'openProfile'],
        ['Status der Anfrage', 'connectionStatus'],
        ['Anfrage gesendet am', 'requestedOn'],
        ['InMail gesendet am', 'inmailSentOn'],
        ['Geantwortet', 'replied'],
        ['Gemeinsame Kontakte', 'mutualConnections'],
        ['Dealwert', 'dealValue'],
        ['Zielkunde', 'namedAccount'],
        ['Telefonnummer', 'phone'],
        ['LinkedIn-Profil', 'linkedinUrl'],
      ],
      statuses: [
        ['ausstehend', 'pending'],
        ['angenommen', 'accepted'],
        ['abgelehnt', 'declined'],
        ['zurückgezogen', 'withdrawn'],
        ['Einladung gesendet', 'pending'],
        // As a German team's tracker writes them.
        ['Anfrage verschickt', 'pending'],
        ['nicht angenommen', 'pending'],
        ['verbunden', 'accepted'],
        ['Anfrage angenommen', 'accepted'],
        ['Nachricht gesendet', 'accepted'],
        ['Anfrage abgelehnt', 'declined'],
        ['Anfrage zurückgezogen', 'withdrawn'],
        ['nicht kontaktiert', 'none'],
      ],
      degrees: [
        ['1. Grad', 1],
        ['3. Grad+', 3],
        ['3.+ Grad', 3],
        ['Außerhalb Ihres Netzwerks', 4],
      ],
    },
    {
      language: 'Spanish',
      headers: [
        ['Nombre', 'firstName'],
        ['Apellidos', 'lastName'],
        ['Cargo', 'title'],
        ['Grado de conexión', 'degree'],
        ['Perfil abierto', 'openProfile'],
        ['Estado de la invitación', 'connectionStatus'],
        ['Fecha de invitación', 'requestedOn'],
        ['Respondió', 'replied'],
        ['Contactos en común', 'mutualConnections'],
        ['Número de teléfono', 'phone'],
        ['Correo electrónico', 'email'],
        ['URL de LinkedIn', 'linkedinUrl'],
      ],
      statuses: [
        ['Pendiente', 'pending'],
        ['aceptada', 'accepted'],
        ['rechazada', 'declined'],
        ['retirada', 'withdrawn'],
        ['sin enviar', 'none'],
      ],
      degrees: [
        ['1er grado', 1],
        ['2º', 2],
        ['3er grado+', 3],
        ['3er grado o más', 3],
        ['2.º', 2],
        ['2do', 2],
        ['3.º+', 3],
        ['Fuera de tu red', 4],
      ],
    },
    {
      // Found in a new user's trial with Portuguese lists (Brazil; Portugal's forms where they differ).
      language: 'Portuguese',
      headers: [
        ['Nome', 'firstName'],
        ['Sobrenome', 'lastName'],
        ['Cargo', 'title'],
        ['Grau de conexão', 'degree'],
        ['Perfil aberto', 'openProfile'],
        ['Status da conexão', 'connectionStatus'],
        ['Convite enviado em', 'requestedOn'],
        ['Aceito em', 'acceptedOn'],
        ['Respondeu?', 'replied'],
        ['Conexões em comum', 'mutualConnections'],
        ['Valor do negócio', 'dealValue'],
        ['Conta-alvo', 'namedAccount'],
        ['Telefone celular', 'phone'],
        ['E-mail', 'email'],
        ['URL do LinkedIn', 'linkedinUrl'],
      ],
      statuses: [
        ['Pendente', 'pending'],
        ['Convite enviado', 'pending'],
        ['Aguardando', 'pending'],
        ['Enviada', 'pending'],
        ['Não aceito', 'pending'],
        ['Nao aceita', 'pending'],
        ['Aceito', 'accepted'],
        ['Aceita', 'accepted'],
        ['Conexão aceita', 'accepted'],
        ['Conexao aceita', 'accepted'],
        ['Conectada', 'accepted'],
        ['Mensagem enviada', 'accepted'],
        ['Recusado', 'declined'],
        ['Recusada', 'declined'],
        ['Ignorado', 'declined'],
        ['Retirado', 'withdrawn'],
        ['Cancelado', 'withdrawn'],
        ['Não enviado', 'none'],
        ['Sem contato', 'none'],
        ['Não contatado', 'none'],
      ],
      degrees: [
        ['1º', 1],
        ['2º grau', 2],
        ['Conexão de 2º grau', 2],
        ['3º grau ou mais', 3],
        ['3º+', 3],
        ['Primeiro grau', 1],
        ['Segundo grau', 2],
        ['Terceiro grau', 3],
        ['Fora da sua rede', 4],
        ['Fora da rede', 4],
      ],
    },
    {
      // Found in a new user's trial with Nordic lists (an agency in Amsterdam with clients in the Nordics).
      language: 'Dutch',
      headers: [
        ['Voornaam', 'firstName'],
        ['Achternaam', 'lastName'],
        ['Functie', 'title'],
        ['Connectieniveau', 'degree'],
        ['Status uitnodiging', 'connectionStatus'],
        ['Uitnodiging verstuurd', 'requestedOn'],
        ['Geaccepteerd op', 'acceptedOn'],
        ['Gereageerd', 'replied'],
        ['Dealwaarde', 'dealValue'],
        ['E-mailadres', 'email'],
        ['LinkedIn-profiel', 'linkedinUrl'],
        ['Niet benaderen', 'doNotContact'],
      ],
      statuses: [
        ['In afwachting', 'pending'],
        ['Uitnodiging verstuurd', 'pending'],
        ['Niet geaccepteerd', 'pending'],
        ['Geaccepteerd', 'accepted'],
        ['Verbonden', 'accepted'],
        ['Afgewezen', 'declined'],
        ['Genegeerd', 'declined'],
        ['Ingetrokken', 'withdrawn'],
        ['Niet verstuurd', 'none'],
      ],
      degrees: [
        ['1e', 1],
        ['2e', 2],
        ['3e', 3],
        ['3e+', 3],
        ['2de', 2],
        ['1ste', 1],
        ['Buiten uw netwerk', 4],
        ['Buiten je netwerk', 4],
      ],
    },
    {
      language: 'Swedish',
      headers: [
        ['Förnamn', 'firstName'],
        ['Efternamn', 'lastName'],
        ['Befattning', 'title'],
        ['Kontaktgrad', 'degree'],
        ['Inbjudningsstatus', 'connectionStatus'],
        ['Inbjudan skickad', 'requestedOn'],
        ['Svarat', 'replied'],
        ['Affärsvärde', 'dealValue'],
        ['E-postadress', 'email'],
        ['Kontakta ej', 'doNotContact'],
      ],
      statuses: [
        ['Väntar', 'pending'],
        ['Vantar', 'pending'],
        ['Inbjudan skickad', 'pending'],
        ['Accepterad', 'accepted'],
        ['Ansluten', 'accepted'],
        ['Avböjd', 'declined'],
        ['Ignorerad', 'declined'],
        ['Återkallad', 'withdrawn'],
        ['Aterkallad', 'withdrawn'],
        ['Ej skickad', 'none'],
      ],
      degrees: [
        ['1:a', 1],
        ['2:a', 2],
        ['3:e', 3],
        ['3:e+', 3],
        ['Utanför ditt nätverk', 4],
        ['Utanfor ditt natverk', 4],
      ],
    },
    {
      language: 'Danish',
      headers: [
        ['Fornavn', 'firstName'],
        ['Efternavn', 'lastName'],
        ['Stillingsbetegnelse', 'title'],
        ['Forbindelsesgrad', 'degree'],
        ['Invitationsstatus', 'connectionStatus'],
        ['Invitation sendt', 'requestedOn'],
        ['Besvaret', 'replied'],
        ['Handelsværdi', 'dealValue'],
        ['Må ikke kontaktes', 'doNotContact'],
      ],
      statuses: [
        ['Afventer', 'pending'],
        ['Invitation sendt', 'pending'],
        ['Accepteret', 'accepted'],
        ['Forbundet', 'accepted'],
        ['Afvist', 'declined'],
        ['Trukket tilbage', 'withdrawn'],
        ['Ikke sendt', 'none'],
      ],
      degrees: [
        ['1.', 1],
        ['2.', 2],
        ['3.+', 3],
        ['Uden for dit netværk', 4],
      ],
    },
    {
      language: 'Norwegian',
      headers: [
        ['Fornavn', 'firstName'],
        ['Etternavn', 'lastName'],
        ['Stilling', 'title'],
        ['Invitasjonsstatus', 'connectionStatus'],
        ['Invitasjon sendt', 'requestedOn'],
        ['Har svart', 'replied'],
        ['Avtaleverdi', 'dealValue'],
        ['E-post', 'email'],
        ['Ikke kontakt', 'doNotContact'],
      ],
      statuses: [
        ['Venter', 'pending'],
        ['Invitasjon sendt', 'pending'],
        ['Akseptert', 'accepted'],
        ['Tilkoblet', 'accepted'],
        ['Avslått', 'declined'],
        ['Trukket tilbake', 'withdrawn'],
        ['Ikke sendt', 'none'],
      ],
      degrees: [
        ['1.', 1],
        ['2.', 2],
        ['3.+', 3],
        ['Utenfor nettverket ditt', 4],
      ],
    },
    {
      language: 'Finnish',
      headers: [
        ['Etunimi', 'firstName'],
        ['Sukunimi', 'lastName'],
        ['Tehtävä', 'title'],
        ['Yhteyden aste', 'degree'],
        ['Kutsun tila', 'connectionStatus'],
        ['Kutsu lähetetty', 'requestedOn'],
        ['Vastannut', 'replied'],
        ['Kaupan arvo', 'dealValue'],
        ['Sähköposti', 'email'],
        ['Älä ota yhteyttä', 'doNotContact'],
      ],
      statuses: [
        ['Odottaa', 'pending'],
        ['Kutsu lähetetty', 'pending'],
        ['Hyväksytty', 'accepted'],
        ['Hyvaksytty', 'accepted'],
        ['Yhdistetty', 'accepted'],
        ['Hylätty', 'declined'],
        ['Peruttu', 'withdrawn'],
        ['Ei lähetetty', 'none'],
        ['Ei lahetetty', 'none'],
      ],
      degrees: [
        ['1.', 1],
        ['2.', 2],
        ['3.+', 3],
        ['1. asteen', 1],
        ['2. asteen kontakti', 2],
        ['3. asteen+', 3],
        ['Verkostosi ulkopuolella', 4],
      ],
    },
    {
      // Found in a new user's trial with Polish lists (a tracker kept in Polish Excel).
      language: 'Polish',
      headers: [
        ['Imię', 'firstName'],
        ['Nazwisko', 'lastName'],
        ['Stanowisko', 'title'],
        ['Stopień kontaktu', 'degree'],
        ['Otwarty profil', 'openProfile'],
        ['Status zaproszenia', 'connectionStatus'],
        ['Data zaproszenia', 'requestedOn'],
        ['Data akceptacji', 'acceptedOn'],
        ['Odpowiedział(a)', 'replied'],
        ['Wartość transakcji', 'dealValue'],
        ['Konto docelowe', 'namedAccount'],
        ['Telefon komórkowy', 'phone'],
        ['Adres e-mail', 'email'],
        ['Link do profilu', 'linkedinUrl'],
        ['Nie kontaktować', 'doNotContact'],
      ],
      statuses: [
        ['Zaproszenie wysłane', 'pending'],
        ['Wysłane', 'pending'],
        ['Wyslane', 'pending'],
        ['Oczekujące', 'pending'],
        // Not accepted yet: LinkedIn tells no decline, as `Not accepted` and `Não aceito`.
        ['Nie zaakceptowano', 'pending'],
        ['Zaakceptowano', 'accepted'],
        ['Przyjęte', 'accepted'],
        ['Połączono', 'accepted'],
        ['Polaczono', 'accepted'],
        ['Wiadomość wysłana', 'accepted'],
        ['Odrzucone', 'declined'],
        ['Zignorowane', 'declined'],
        ['Wycofane', 'withdrawn'],
        ['Wycofano', 'withdrawn'],
        ['Nie wysłano', 'none'],
      ],
      degrees: [
        ['1. stopnia', 1],
        ['2. stopnia', 2],
        ['3. stopnia', 3],
        ['3. stopnia+', 3],
        ['3+', 3],
        ['Poza siecią', 4],
        ['Poza siecia', 4],
      ],
    },
    {
      // Found in a new user's trial with Czech lists (an agency in Warsaw with clients in Czechia).
      language: 'Czech',
      headers: [
        ['Jméno', 'firstName'],
        ['Příjmení', 'lastName'],
        ['Pozice', 'title'],
        ['Stupeň kontaktu', 'degree'],
        ['Stav pozvánky', 'connectionStatus'],
        ['Datum pozvánky', 'requestedOn'],
        ['Datum přijetí', 'acceptedOn'],
        ['Odpověděl(a)', 'replied'],
        ['Hodnota obchodu', 'dealValue'],
        ['E-mail', 'email'],
        ['Odkaz na profil', 'linkedinUrl'],
        ['Nekontaktovat', 'doNotContact'],
      ],
      statuses: [
        ['Pozvánka odeslána', 'pending'],
        ['Pozvanka odeslana', 'pending'],
        ['Odesláno', 'pending'],
        ['Čeká', 'pending'],
        ['Ceka', 'pending'],
        ['Přijato', 'accepted'],
        ['Prijato', 'accepted'],
        ['Propojeno', 'accepted'],
        ['Odmítnuto', 'declined'],
        ['Odmitnuto', 'declined'],
        ['Staženo', 'withdrawn'],
        ['Stazeno', 'withdrawn'],
      ],
      degrees: [
        ['1. stupeň', 1],
        ['2. stupeň', 2],
        ['3. stupeň', 3],
        ['3. stupeň+', 3],
        ['2. stupen', 2],
        ['Mimo síť', 4],
        ['Mimo sit', 4],
      ],
    },
    {
      // Found in a new user's trial with Ukrainian lists (an agency in Warsaw with clients in Ukraine).
      language: 'Ukrainian',
      headers: [
        ["Ім'я", 'firstName'],
        ['Прізвище', 'lastName'],
        ['Посада', 'title'],
        ["Ступінь зв'язку", 'degree'],
        ['Статус запрошення', 'connectionStatus'],
        ['Дата запрошення', 'requestedOn'],
        ['Дата прийняття', 'acceptedOn'],
        ['Відповів', 'replied'],
        ['Сума угоди', 'dealValue'],
        ['Ел. пошта', 'email'],
        ['Посилання на профіль', 'linkedinUrl'],
        ['Не контактувати', 'doNotContact'],
      ],
      statuses: [
        ['Запрошення надіслано', 'pending'],
        ['Надіслано', 'pending'],
        ['Очікує', 'pending'],
        ['Прийнято', 'accepted'],
        ['Підключено', 'accepted'],
        ['Відхилено', 'declined'],
        ['Відкликано', 'withdrawn'],
      ],
      degrees: [
        ['1-й', 1],
        ['2-й', 2],
        ['3-й', 3],
        ['3-й+', 3],
        ['1-го ступеня', 1],
        ['2-го ступеня', 2],
        ['Поза мережею', 4],
      ],
    },
    {
      // Found in a new user's trial with Russian lists (amoCRM, Bitrix24 and Russian Excel trackers).
      language: 'Russian',
      headers: [
        ['Имя', 'firstName'],
        ['Фамилия', 'lastName'],
        ['Должность', 'title'],
        ['Степень связи', 'degree'],
        ['Открытый профиль', 'openProfile'],
        ['Сумма сделки', 'dealValue'],
        ['Статус приглашения', 'connectionStatus'],
        ['Дата приглашения', 'requestedOn'],
        ['Ответил', 'replied'],
        ['Ссылка на профиль', 'linkedinUrl'],
        ['Эл. почта', 'email'],
        ['Дата принятия', 'acceptedOn'],
        ['Не связываться', 'doNotContact'],
      ],
      statuses: [
        ['Приглашение отправлено', 'pending'],
        ['Отправлено', 'pending'],
        ['Ожидает', 'pending'],
        ['Ожидание', 'pending'],
        ['Принято', 'accepted'],
        ['Подключено', 'accepted'],
        ['Установлен контакт', 'accepted'],
        ['Отклонено', 'declined'],
        ['Отозвано', 'withdrawn'],
      ],
      degrees: [
        ['1-й', 1],
        ['2-й', 2],
        ['3-й+', 3],
        ['2-го уровня', 2],
        ['Контакт 2-го уровня', 2],
        ['3-го уровня', 3],
        ['2-я степень', 2],
        ['Вне сети', 4],
      ],
    },
  ];
  for (const { language, headers, statuses, degrees } of languages) {
    it(`a list kept in ${language} is read by its own headers, statuses and degrees`, () => {
      const m = mapColumns(headers.map(([h]) => h));
      if (m instanceof Problem) throw new Error(m.message);
      expect(m.columns.map((c) => [c.header, c.field.key])).toEqual(headers);
      for (const [status, want] of statuses) expect(parse('Connection Status', status), status).toBe(want);
      for (const [degree, want] of degrees) expect(parse('Degree', degree), degree).toBe(want);
    });
  }

  it('a German row is read whole: 2. Grad, nein, ausstehend, n, 45.000 €, j', () => {
    const headers = (languages[0] as (typeof languages)[number]).headers.map(([h]) => h);
    const m = mapColumns(headers);
    if (m instanceof Problem) throw new Error(m.message);
    const row = [
      'Jonas',
      'Weber',
      'Head of Sales DACH',
      '2. Grad',
      'nein',
      'ausstehend',
      '2026-11-02',
      '',
      'n',
      '4',
      '45.000 €',
      'j',
      '+49 89 1000555',
      'https://www.linkedin.com/in/jonas-weber',
    ];
    expect(readProspect(row, m)).toMatchObject({
      name: 'Jonas Weber',
      degree: 2,
      connectionStatus: 'pending',
      replied: false,
      mutualConnections: 4,
      dealValue: 45000,
      namedAccount: true,
    });
  });

  it('knows the aliases of a Sales Navigator export or CRM list', () => {
    const m = mapColumns([
      'Full Name',
      'Connection Degree',
      'Target Account',
      'Deal Size',
      'Shared Connections',
      'Invite Status',
      'Request Sent',
      'InMail Date',
      'Has Replied',
    ]);
    if (m instanceof Problem) throw new Error(m.message);
    expect(m.columns.map((c) => c.field.label)).toEqual([
      'Name',
      'Degree',
      'Named Account',
      'Deal Value',
      'Mutual Connections',
      'Connection Status',
      'Requested On',
      'InMail Sent On',
      'Replied',
    ]);
  });

  it('ignores unknown columns and keeps their positions', () => {
    const m = mapColumns(['Notes', 'Company', 'Degree']);
    if (m instanceof Problem) throw new Error(m.message);
    expect(m.columns).toHaveLength(1);
    expect(m.columns[0]?.index).toBe(2);
  });

  it('a Column: mapping wins over aliases', () => {
    const m = mapColumns(['Degree', 'Conn. lvl'], { degree: 'Conn. lvl' });
    if (m instanceof Problem) throw new Error(m.message);
    expect(m.columns.find((c) => c.field.key === 'degree')?.index).toBe(1);
  });

  it('a Column: mapping to a header this sheet lacks is ignored and said, never an error (SPEC 7 settings scope)', () => {
    const u = understandHeader(['Name', 'Degree'], [], { columns: { degree: 'Conn. lvl' }, dateOrder: 'auto' });
    if (u instanceof Problem) throw new Error(u.message);
    expect(u.map.columns.map((c) => c.field.key)).toEqual(['name', 'degree']);
    expect(u.notes).toEqual(["Column: Degree: no column 'Conn. lvl' here; read by its own header instead"]);
  });

  it('no header row found, and a Column: mapping names a header none of the rows has: the error says so', () => {
    const u = understand(
      [
        ['Prospect Nm', 'Conn. lvl'],
        ['Ann', '3rd'],
      ],
      { columns: { degree: 'Nope', title: '(none)' }, dateOrder: 'auto' },
    );
    expect(u).toBeInstanceOf(Problem);
    // (none) names no header: only the missing one is named.
    expect((u as Problem).message).toMatch(/^no recognised column in the first 2 rows .*; Column: Degree names 'Nope', which none of them has$/);
  });

  it('a header row with no recognised column is one clear error for the whole call', () => {
    const m = mapColumns(['foo', 'bar']);
    expect(m).toBeInstanceOf(Problem);
    expect((m as Problem).message).toMatch(/^no recognised column in the header row \('foo', 'bar'\)/);
  });

  it('finds an existing Channel..Reason block only as the five headers side by side', () => {
    const withBlock = mapColumns(['Name', 'Channel', 'Day', 'Date', 'Cost', 'Reason', 'Notes']);
    const userDate = mapColumns(['Name', 'Date', 'Reason']);
    expect((withBlock as { outputAt: number }).outputAt).toBe(1);
    expect((userDate as { outputAt: number }).outputAt).toBe(-1);
  });
});

describe('SPEC 1: each field kind parses its accepted values', () => {
  const cases: Array<[string, Array<[string | number | boolean | Date, unknown]>]> = [
    [
      'Degree',
      [
        [1, 1],
        ['2nd', 2],
        ['3rd', 3],
        ['3rd+', 3],
        ['3', 3],
        ['Out of network', 4],
        ['1st degree', 1],
        ['2nd degree connection', 2],
        // LinkedIn in French, Dutch, Spanish, Italian, German.
        ['1er', 1],
        ['2e', 2],
        ['3e+', 3],
        ['2e degré', 2],
        ['2º', 2],
        ['2°', 2],
        ['3.', 3],
        ['2. Grades', 2],
        ['2º grado', 2],
        ['3e et +', 3],
        ['Hors réseau', 4],
      ],
    ],
    [
      'Seniority',
      [
        ['C-Level', 'c-level'],
        ['CXO', 'c-level'],
        ['VP', 'vp'],
        ['Vice President', 'vp'],
        ['Director', 'director'],
        ['Experienced Manager', 'manager'],
        ['Senior', 'senior'],
        ['Entry Level', 'entry'],
        ['entry', 'entry'],
      ],
    ],
    [
      'Open Profile',
      [
        ['yes', true],
        ['No', false],
        ['TRUE', true],
        ['false', false],
        ['y', true],
        ['n', false],
        // French O/N.
        ['O', true],
        ['N', false],
        [1, true],
        [0, false],
        [true, true],
        [false, false],
      ],
    ],
    [
      'Segment Size',
      [
        [450, 450],
        ['1,200', 1200],
        ['0', 0],
        ['10+', 10],
      ],
    ],
    [
      'Mutual Connections',
      [
        [5, 5],
        [' 12 ', 12],
      ],
    ],
    [
      'Deal Value',
      [
        [50000, 50000],
        ['$50,000', 50000],
        ['50k', 50000],
        ['1.2M', 1200000],
        ['€40k', 40000],
        ['75K', 75000],
        ['USD 2,500', 2500],
        ['2,500 usd', 2500],
        ['£1.5bn', 1.5e9],
        ['$ 1 200', 1200],
        ['.5m', 500000],
      ],
    ],
    [
      'Trigger',
      [
        ['funding', 'funding'],
        ['Yes', 'trigger'],
        [true, 'trigger'],
        ['no', undefined],
        [false, undefined],
        ['none', undefined],
      ],
    ],
    [
      'Deadline',
      [
        ['2026-12-01', day('2026-12-01')],
        [new Date(2026, 11, 1), day('2026-12-01')],
        [new Date('2026-12-01'), day('2026-12-01')],
        ['2026/12/01', day('2026-12-01')],
      ],
    ],
    [
      'Connection Status',
      [
        ['Pending', 'pending'],
        ['Pending acceptance', 'pending'],
        ['accepted', 'accepted'],
        ['Connected', 'accepted'],
        ['declined', 'declined'],
        ['withdrawn', 'withdrawn'],
        ['Request Withdrawn', 'withdrawn'],
        ['Invitation cancelled', 'withdrawn'],
        ['Request ignored', 'declined'],
        ['none', 'none'],
        // French, as LinkedIn France and lists kept by hand write them.
        ['En attente', 'pending'],
        ['Invitation envoyée', 'pending'],
        ['Acceptée', 'accepted'],
        ['Accepté', 'accepted'],
        ['Refusée', 'declined'],
        ['Retirée', 'withdrawn'],
      ],
    ],
  ];
  for (const [label, values] of cases) {
    it(`${label}: ${values.map((v) => JSON.stringify(v[0])).join(', ')}`, () => {
      for (const [cell, want] of values) expect(parse(label, cell)).toEqual(want);
    });
  }
});

describe('SPEC 1: Replied is yes/no or the date of the reply, typed or as text', () => {
  it('a serial number reads as the date it is, as a number (a Sheets cell) as in text (a CSV cell); 1 and 0 are yes and no', () => {
    const map = mapColumns(['Name', 'Replied']);
    if (map instanceof Problem) throw new Error(map.message);
    const repliedOn = day('2026-11-20');
    for (const cell of [46346, '46346']) expect(readProspect(['Ann', cell], map)).toMatchObject({ replied: true, repliedOn });
    expect(readProspect(['Ann', 1], map)).toMatchObject({ replied: true, repliedOn: undefined });
    expect(readProspect(['Ann', 0], map)).toMatchObject({ replied: false });
    // A serial of a day before 2000 (1900 for `2`) is no reply's date: an error, typed or as text.
    for (const cell of [2, 1.5, '2', '1.5']) expect(readProspect(['Ann', cell], map)).toBeInstanceOf(RowError);
  });
});

describe('SPEC 1: bad input in every field kind is a clear per-row error', () => {
  const bad: Array<[string, Cell, RegExp]> = [
    ['Degree', 'fourth', /expected 1, 2, 3, 1st, 2nd, 3rd, 3rd\+ or out of network/],
    ['Degree', 0, /expected 1, 2, 3/],
    ['Seniority', 'boss', /expected c-level, vp, director, manager, senior or entry/],
    ['Open Profile', 'maybe', /expected yes or no/],
    ['Named Account', 2, /expected yes or no/],
    ['Serious Ask', 'sure', /expected yes or no/],
    ['Warm', 'kinda', /expected yes or no/],
    ['Active On LinkedIn', 'often', /expected yes or no/],
    ['Accepts Connections', 'sometimes', /expected yes or no/],
    ['Accepts InMail', 'perhaps', /expected yes or no/],
    ['Replied', 'soon', /expected yes or no/],
    ['Segment Size', '-5', /expected a whole number/],
    ['Segment Size', 'many', /expected a whole number/],
    ['Mutual Connections', 2.5, /expected a whole number/],
    ['Deal Value', 'lots', /expected an amount/],
    ['Deal Value', -100, /expected an amount/],
    ['Deal Value', '1.2.3', /expected an amount/],
    ['Deal Value', '$', /expected an amount/],
    ['Deal Value', '12 apples', /expected an amount/],
    ['Deal Value', '$-5', /expected an amount/],
    ['Deal Value', '50kk', /expected an amount/],
    ['Deadline', 'next week', /expected a date such as 2026-11-18 or 18 Nov 2026/],
    ['Deadline', '2026-02-30', /expected a date: there is no such day/],
    ['Requested On', -5, /expected a date/],
    ['InMail Sent On', '13/13/2026', /expected a date/],
    // Nor a day either way round: 31 November, read month-first or day-first.
    ['Requested On', '31/11/2026', /expected a date: there is no such day/],
    ['Requested On', '11/31/2026', /expected a date: there is no such day/],
    ['Connection Status', 'ghosted', /expected none, pending, accepted, declined or withdrawn/],
    // A lead stage or a reply in the status column: said to be one, and where it goes.
    ['Connection Status', 'Meeting booked', /a reply, not the invitation's state: it goes in a Replied column/],
    // A word that says no reply came is none of the states, and not a reply either.
    ['Connection Status', 'No response', /^expected none, pending, accepted, declined or withdrawn$/],
    ['Connection Status', 'Delivered', /^expected none, pending, accepted, declined or withdrawn$/],
  ];
  for (const [label, cell, message] of bad) {
    it(`${label} refuses ${JSON.stringify(cell)}`, () => {
      const result = parse(label, cell as string);
      expect(result).toBeInstanceOf(Problem);
      expect((result as Problem).message).toMatch(message);
    });
  }

  it("a bad cell makes the row's error: ERROR: <column>: <problem> (got '<value>')", () => {
    const m = mapColumns(['Name', 'Conn. degree', 'Deal Value']);
    if (m instanceof Problem) throw new Error(m.message);
    const r = readProspect(['Ann', 'fourth', '50k'], m);
    expect(r).toBeInstanceOf(RowError);
    expect((r as RowError).text).toBe("ERROR: Conn. degree: expected 1, 2, 3, 1st, 2nd, 3rd, 3rd+ or out of network (got 'fourth')");
  });

  it('a row with two bad cells names the first and counts the rest', () => {
    const m = mapColumns(['Degree', 'Deal Value']);
    if (m instanceof Problem) throw new Error(m.message);
    expect((readProspect(['x', 'y'], m) as RowError).text).toMatch(/^ERROR: Degree: .* \(got 'x'\) \(\+1 more\)$/);
  });

  it('a blank cell is unknown, never an error', () => {
    const m = mapColumns(['Name', 'Degree', 'Deal Value', 'Open Profile']);
    if (m instanceof Problem) throw new Error(m.message);
    // Its one cell is all the row holds (`lone`): a line of text only after an empty row (NoteLines).
    expect(readProspect(['Ann', '', '  ', null], m)).toEqual({ name: 'Ann', lone: true });
  });

  it("a status marked with a pictograph, as a tracker kept by hand marks it, is read by its words ('✅ Accepted', 'Pending ⏳'); 'Awaiting' is pending", () => {
    const cases: Array<[string, string]> = [
      ['✅ Accepted', 'accepted'],
      ['Accepted ✅', 'accepted'],
      ['Connected 🎉', 'accepted'],
      ['Pending ⏳', 'pending'],
      ['⏳ pending', 'pending'],
      ['❌ Declined', 'declined'],
      ['Withdrawn ↩️', 'withdrawn'],
      ['Awaiting', 'pending'],
      ['Connected 🎉!', 'accepted'],
      ['✓ Accepted', 'accepted'],
      ['✗ declined', 'declined'],
      ['★ Connected', 'accepted'],
      ['→ pending', 'pending'],
      ['1️⃣ Pending', 'pending'],
      ['👍🏽 accepted', 'accepted'],
      ['🇩🇪 Ausstehend', 'pending'],
    ];
    for (const [cell, want] of cases) expect(parse('Connection Status', cell), cell).toBe(want);
    // A pictograph alone names no state.
    expect(parse('Connection Status', '✅')).toBeInstanceOf(Problem);
  });

  it("a word that names a built-in property of every object ('constructor', 'toString', '__proto__') is read as a word, never as that property", () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(parse('Degree', word)).toBeInstanceOf(Problem);
      expect(parse('Connection Status', word)).toBeInstanceOf(Problem);
      expect(parse('Seniority', word)).toBeInstanceOf(Problem);
      expect(seniorityFromTitle(word)).toBeUndefined();
      expect(seniorityFromTitle(`${word} manager`)).toBe('manager');
    }
    const m = mapColumns(['Name', 'Title', 'Degree']);
    if (m instanceof Problem) throw new Error(m.message);
    expect(readProspect(['Ann', 'Constructor', '2nd'], m)).toEqual({ name: 'Ann', title: 'Constructor', degree: 2 });
  });

  it('SPEC 1a: a row whose every read cell is its header (trimmed) is the header again (files joined into one), not a prospect; a cell off by a case or a letter is not', () => {
    const header = ['Name', 'Title', 'Degree', 'Notes'];
    const m = mapColumns(header);
    if (m instanceof Problem) throw new Error(m.message);
    expect(readProspect(header, m)).toEqual({ repeatsHeader: true });
    // An unread column (Notes) is not looked at: a joined file's may differ.
    expect(readProspect(['Name', 'Title', 'Degree', 'x'], m)).toEqual({ repeatsHeader: true });
    expect(readProspect(['Name', 'Title', 'degree', 'Notes'], m)).toBeInstanceOf(RowError);
    // A second file's byte-order mark before its first header, as `cat` of two Excel CSVs leaves it.
    expect(readProspect(['\uFEFFName', 'Title', 'Degree', 'Notes'], m)).toEqual({ repeatsHeader: true });
    expect(readProspect(['\uFEFFNamex', 'Title', 'Degree', 'Notes'], m)).toBeInstanceOf(RowError);
    expect(readProspect(['Name ', 'Title', '2nd'], m)).toEqual({ name: 'Name', title: 'Title', degree: 2 });
    expect(readProspect([' Name ', 'Title', 'Degree\u00a0'], m)).toEqual({ repeatsHeader: true });
    // ...and, quoted, its quotes stay in the cell: the mark stands before the opening quote.
    expect(readProspect(['\uFEFF"Name"', 'Title', 'Degree', 'Notes'], m)).toEqual({ repeatsHeader: true });
    expect(readProspect(['\uFEFF"Name"x', 'Title', 'Degree', 'Notes'], m)).toBeInstanceOf(RowError);
  });

  it('a row whose every cell is empty is blank', () => {
    const m = mapColumns(['Name', 'Degree', 'Notes']);
    if (m instanceof Problem) throw new Error(m.message);
    expect(readProspect(['', '', ''], m)).toBe('blank');
    expect(readProspect([], m)).toBe('blank');
    // Not blank: a row of one cell, which after an empty row is a line of text (NoteLines).
    expect(readProspect(['', '', 'a note'], m)).toEqual(new RowError('Notes (column C)', NOTHING_READ, 'a note', 0, true));
    expect(readProspect(['', '2', 'a note'], m)).toEqual({ degree: 2 });
  });

  it('SPEC 1: a row with values only in columns not read (a record ID, a note) is an ERROR row naming its first, not a prospect with nothing to plan by', () => {
    const m = mapColumns(['Record ID', 'Name', 'Degree', 'Notes']);
    if (m instanceof Problem) throw new Error(m.message);
    const error = readProspect(['104', '', '', 'call back'], m);
    expect(error).toEqual(new RowError('Record ID (column A)', NOTHING_READ, '104', 0, false));
    expect((error as RowError).text).toBe("ERROR: Record ID (column A): values only in columns not read: nothing to plan (got '104')");
    // An unticked checkbox in a column not read (a checkbox column filled down past the list) is no value.
    expect(readProspect(['', '', '', false], m)).toBe('blank');
    expect(readProspect(['', '', '', 'FALSE'], m)).toBe('blank');
    expect(readProspect(['', '', '', true], m)).toMatchObject({ column: 'Notes (column D)', problem: NOTHING_READ, lone: true });
    // Under a blank header the column is named by its letter alone; after History columns are added, by its header still.
    const unnamed = mapColumns(['Name', ' ', 'Degree']);
    if (unnamed instanceof Problem) throw new Error(unnamed.message);
    expect(readProspect(['', 'x', ''], unnamed)).toMatchObject({ column: 'column B', problem: NOTHING_READ });
    // Unticked checkboxes alone, in columns read too, are an empty row: no one is named.
    const boxes = mapColumns(['Name', 'Open Profile', 'Warm', 'Done?']);
    if (boxes instanceof Problem) throw new Error(boxes.message);
    expect(readProspect(['', false, false, false], boxes)).toBe('blank');
    expect(readProspect(['', 'FALSE', 'FALSE', ''], boxes)).toBe('blank');
    expect(readProspect(['Ann', false, false, false], boxes)).toMatchObject({ name: 'Ann', openProfile: false, warm: false });
    expect(readProspect(['', true, false, false], boxes)).toMatchObject({ openProfile: true });
    // A value that reads as no value is a value: the row is someone whose degree is unknown.
    expect(readProspect(['104', '', 'n/a', ''], m)).toEqual({});
  });

  it('SPEC 1: a formula filled down past the list (0, No, #N/A) in a list that names its prospects: rows naming no one with nothing else are empty, not prospects given invitations', () => {
    const m = mapColumns(['Name', 'Email', 'Degree', 'Mutual Connections', 'Deal Value', 'Trigger', 'Named Account', 'Lookup']);
    if (m instanceof Problem) throw new Error(m.message);
    for (const row of [
      ['', '', '', 0, '', '', '', ''],
      ['', '', '', '', '0', '', '', ''],
      ['', '', '', '', '', '', 'No', ''],
      ['', '', '', '', '', '#N/A', '', ''],
      ['', '', '', '', '', '', '', '#N/A'],
      ['', '', '', 0, 0, '', false, ' n/a '],
      // Where 0 or No does not read (an IFERROR(VLOOKUP(...), 0) filled down Degree): empty too, not an ERROR row.
      ['', '', 0, '', '', '', '', ''],
      ['', '', 'No', 0, '', '', 'No', ''],
      // A zero as an amount is written.
      ['', '', '', '0.00', '$0.00', '', '', '0,00 €'],
    ]) {
      expect(readProspect(row, m), JSON.stringify(row)).toBe('blank');
    }
    // Anything else in the row is a value: planned, and counted as naming no one.
    expect(readProspect(['', '', '3rd', 0, '', '', '', ''], m)).toMatchObject({ degree: 3, mutualConnections: 0 });
    expect(readProspect(['', '', '', '', '', '', 'Yes', ''], m)).toMatchObject({ namedAccount: true });
    // Someone named: their No and 0 are read as ever, a short name too.
    expect(readProspect(['Ann', '', '', 0, '', '', 'No', ''], m)).toMatchObject({ name: 'Ann', mutualConnections: 0, namedAccount: false });
    expect(readProspect(['Noor', '', '', 0, '', '', 'No', ''], m)).toMatchObject({ name: 'Noor', mutualConnections: 0 });
    // A reference filled down the name column too (Excel's 0, a checkbox's FALSE) reads as a name: left as it is.
    expect(readProspect(['FALSE', '', '', '', '', '', false, ''], m)).toMatchObject({ name: 'FALSE' });
    // No column names anyone (a one-column question): a lone No or 0 is read, not passed over.
    const bare = mapColumns(['Degree', 'Named Account', 'Mutual Connections']);
    if (bare instanceof Problem) throw new Error(bare.message);
    expect(readProspect(['', 'No', ''], bare)).toMatchObject({ namedAccount: false });
    expect(readProspect(['', '', 0], bare)).toMatchObject({ mutualConnections: 0 });
  });
});

describe('SPEC 1: seniority is inferred from the title when Seniority is blank', () => {
  const titles: Array<[string, string | undefined]> = [
    ['Chief Revenue Officer', 'c-level'],
    ['CEO', 'c-level'],
    ['Co-Founder', 'c-level'],
    ['VP of Engineering', 'vp'],
    ['Senior Vice President, Sales', 'vp'],
    ['Director of Operations', 'director'],
    ['Head of Talent', 'director'],
    ['Sales Manager', 'manager'],
    ['Senior Data Engineer', 'senior'],
    ['Junior Analyst', 'entry'],
    ['Executive Assistant to the CEO', 'entry'],
    ['Engineer', undefined],
  ];
  for (const [title, want] of titles) {
    it(`${title} -> ${want ?? 'unknown'}`, () => expect(seniorityFromTitle(title)).toBe(want));
  }

  // A French list's titles, with their accents or without (a recruiter's hand-kept list in France).
  const french: Array<[string, string | undefined]> = [
    ['Président-directeur général', 'c-level'],
    ['PDG', 'c-level'],
    ['Directeur Général', 'c-level'],
    ['Directrice générale adjointe', 'c-level'],
    ['Gérant', 'c-level'],
    ['Co-fondatrice & CEO', 'c-level'],
    ['Associé fondateur', 'c-level'],
    ['Consultant associé', undefined],
    ['Vice-président des ventes', 'vp'],
    ['Vice-Présidente Marketing', 'vp'],
    ['Directeur commercial', 'director'],
    ['Directeur adjoint des ventes', 'director'],
    ['Responsable des ventes', 'manager'],
    ['Chef de projet', 'manager'],
    ["Cheffe d'équipe support", 'manager'],
    ['Ingénieur logiciel confirmé', 'senior'],
    ['Développeur backend senior', 'senior'],
    ['Stagiaire marketing', 'entry'],
    ['Alternante RH', 'entry'],
    ['Assistante de direction', 'entry'],
    ['Ingénieur DevOps', undefined],
    ['Président et fondateur', 'c-level'],
    ['Directeur des systèmes d’information chez Orange', 'director'],
    ['DIRECTEUR GENERAL', 'c-level'],
    ['Assistant du directeur général', 'entry'],
  ];

  // A list kept in Germany, with its umlauts or without.
  const german: Array<[string, string | undefined]> = [
    ['Geschäftsführer', 'c-level'],
    ['Geschäftsführerin', 'c-level'],
    ['Vorstandsvorsitzender', 'c-level'],
    ['Mitglied des Vorstands', 'c-level'],
    ['Inhaber', 'c-level'],
    ['Geschäftsführender Gesellschafter', 'c-level'],
    ['Gründer & CEO', 'c-level'],
    ['Vertriebsleiter', 'director'],
    ['Leiter Marketing', 'director'],
    ['Leiterin Vertrieb und Marketing', 'director'],
    ['Bereichsleiter IT', 'director'],
    ['Vertriebsdirektor DACH', 'director'],
    ['Prokurist', 'director'],
    ['Teamleiter Vertrieb', 'manager'],
    ['Teamleiterin', 'manager'],
    ['Projektleiter', 'manager'],
    ['Head of Sales DACH', 'director'],
    ['Werkstudent Marketing', 'entry'],
    ['Praktikant', 'entry'],
    ['Assistentin der Geschäftsführung', 'entry'],
    ['Softwareentwickler', undefined],
    ['Senior Berater', 'senior'],
  ];

  // A list kept in Spain or Latin America.
  const spanish: Array<[string, string | undefined]> = [
    ['Directora General', 'c-level'],
    ['Director General', 'c-level'],
    ['Socio Director', 'c-level'],
    ['Socia Directora', 'c-level'],
    ['Gerente General', 'c-level'],
    ['Consejero Delegado', 'c-level'],
    ['Fundadora y CEO', 'c-level'],
    ['Presidenta', 'c-level'],
    ['Socio fundador', 'c-level'],
    ['Vicepresidente de Ventas', 'vp'],
    ['Directora Comercial', 'director'],
    ['Subdirector de Marketing', 'director'],
    ['Gerente de Cuentas', 'manager'],
    ['Jefe de Proyecto', 'manager'],
    ['Responsable de Ventas', 'manager'],
    ['Analista Sr.', 'senior'],
    ['Becario de Marketing', 'entry'],
    ['Practicante', 'entry'],
    ['Asistente del Director General', 'entry'],
    ['Desarrollador Backend', undefined],
  ];

  // A list kept in Brazil (found in a new user's trial with Portuguese lists), with its accents or without.
  const portuguese: Array<[string, string | undefined]> = [
    ['Diretor Geral', 'c-level'],
    ['Diretora Geral', 'c-level'],
    // As a Spanish Director General de Ventas is.
    ['Diretor Geral de Vendas', 'c-level'],
    ['Diretor-presidente', 'c-level'],
    ['Diretor Executivo', 'c-level'],
    ['Diretora-executiva', 'c-level'],
    ['Sócio-diretor', 'c-level'],
    ['Proprietário', 'c-level'],
    ['Proprietária da loja', 'c-level'],
    ['Dono', 'c-level'],
    ['Dona', 'c-level'],
    ['CEO e Fundador', 'c-level'],
    ['Assistente e Diretor Comercial', 'director'],
    ['Gerente de Vendas e Marketing', 'manager'],
    ['Conselheiro', 'c-level'],
    ['Superintendente', 'vp'],
    ['Vice-presidente de Vendas', 'vp'],
    ['Diretor Comercial', 'director'],
    ['Diretora de Marketing', 'director'],
    ['Diretor de TI', 'director'],
    ['Subdiretora Financeira', 'director'],
    ['Chefe de Vendas', 'director'],
    ['Gerente de Contas', 'manager'],
    ['Coordenador', 'manager'],
    ['Coordenadora de Marketing', 'manager'],
    ['Gestor', 'manager'],
    ['Gestora de Projetos', 'manager'],
    ['Supervisora', 'manager'],
    // As English Lead, Analyst and Specialist are.
    ['Líder de Vendas', 'senior'],
    ['Lider Tecnico', 'senior'],
    ['Analista Sênior', 'senior'],
    ['Analista', undefined],
    ['Especialista em Vendas', undefined],
    ['Estagiário', 'entry'],
    ['Estagiária de Vendas', 'entry'],
    ['Assistente Comercial', 'entry'],
    ['Assistente do Diretor', 'entry'],
    ['Jovem Aprendiz', 'entry'],
    ['Analista Júnior', 'entry'],
    ['Ex-Diretor Geral', undefined],
    ['Chefe', undefined],
    ['Executivo de Contas', undefined],
  ];

  // A list kept in Poland (found in a new user's trial with Polish lists), with its letters or without.
  const polish: Array<[string, string | undefined]> = [
    ['Prezes Zarządu', 'c-level'],
    ['Prezes', 'c-level'],
    ['Prezes Zarzadu', 'c-level'],
    ['CEO i Założyciel', 'c-level'],
    ['Właściciel', 'c-level'],
    ['Właścicielka firmy', 'c-level'],
    ['Wlasciciel', 'c-level'],
    ['Współwłaściciel', 'c-level'],
    // As a directeur général and a managing director are.
    ['Dyrektor Generalny', 'c-level'],
    ['Dyrektor Zarządzający', 'c-level'],
    ['Wiceprezes Zarządu', 'vp'],
    ['Wiceprezes ds. Sprzedaży', 'vp'],
    ['Dyrektor Sprzedaży', 'director'],
    ['Dyrektor ds. Marketingu', 'director'],
    ['Dyrektorka Finansowa', 'director'],
    ['Kierownik Projektu', 'manager'],
    ['Kierowniczka Działu HR', 'manager'],
    ['Menedżer ds. Klientów Kluczowych', 'manager'],
    ['Menadżer Sprzedaży', 'manager'],
    ['Starszy Kierownik', 'manager'],
    ['Starszy Specjalista ds. Sprzedaży', 'senior'],
    ['Starsza Księgowa', 'senior'],
    ['Młodszy Specjalista', 'entry'],
    ['Młodsza Analityczka', 'entry'],
    ['Stażysta', 'entry'],
    ['Stażystka w Dziale Sprzedaży', 'entry'],
    ['Praktykant', 'entry'],
    // A word of a level inflected after another is none: the assistant of the president is an assistant.
    ['Asystentka Prezesa', 'entry'],
    ['Specjalista ds. Sprzedaży', undefined],
    ['Były Prezes', undefined],
  ];

  // A list kept in Czechia (found in a new user's trial with Czech lists), with its letters or without.
  const czech: Array<[string, string | undefined]> = [
    ['Generální ředitel', 'c-level'],
    ['Generalni reditel', 'c-level'],
    ['Generální ředitelka', 'c-level'],
    ['Jednatel', 'c-level'],
    ['Jednatelka společnosti', 'c-level'],
    ['Majitel', 'c-level'],
    ['Majitelka', 'c-level'],
    ['Spolumajitel', 'c-level'],
    ['Předseda představenstva', 'c-level'],
    ['Obchodní ředitel', 'director'],
    ['Ředitel', 'director'],
    ['Ředitelka marketingu', 'director'],
    ['Reditel obchodu', 'director'],
    ['Vedoucí obchodního oddělení', 'manager'],
    ['Vedouci projektu', 'manager'],
    ['Manažer', 'manager'],
    ['Manažerka pro klíčové zákazníky', 'manager'],
    ['Senior obchodník', 'senior'],
    ['Junior analytik', 'entry'],
    ['Asistent', 'entry'],
    ['Asistentka ředitele', 'entry'],
    ['Stážista', 'entry'],
    ['Stážistka v marketingu', 'entry'],
    ['Obchodník', undefined],
    ['Bývalý ředitel', undefined],
    ['Bývalá jednatelka', undefined],
  ];

  // Lists kept in the Netherlands, Sweden, Denmark, Norway and Finland (found in a new user's trial with Nordic lists).
  const nordic: Array<[string, string | undefined]> = [
    ['Algemeen directeur', 'c-level'],
    ['Statutair directeur', 'c-level'],
    ['Adm. direktør', 'c-level'],
    ['Adm. dir.', 'c-level'],
    ['Administrerende direktør', 'c-level'],
    ['Verkställande direktör', 'c-level'],
    ['Direktør og ejer', 'c-level'],
    ['VD', 'c-level'],
    ['VD och grundare', 'c-level'],
    // A deputy as a Vice CEO or a stellvertretender Geschäftsführer is.
    ['Vice VD', 'c-level'],
    ['Vice verkställande direktör', 'c-level'],
    ['Varatoimitusjohtaja', 'c-level'],
    ['Daglig leder', 'c-level'],
    ['Konsernsjef', 'c-level'],
    ['Koncernchef', 'c-level'],
    ['Toimitusjohtaja', 'c-level'],
    ['Toimitusjohtaja ja perustaja', 'c-level'],
    ['Zaakvoerder', 'c-level'],
    ['Eigenaar', 'c-level'],
    ['Mede-eigenaar', 'c-level'],
    ['Eigenaar en oprichter', 'c-level'],
    ['Oprichter', 'c-level'],
    ['Medeoprichter', 'c-level'],
    ['Grundare', 'c-level'],
    ['Medgrundare', 'c-level'],
    ['Ägare', 'c-level'],
    ['Delägare', 'c-level'],
    ['Indehaver', 'c-level'],
    ['Ejer', 'c-level'],
    ['Eier', 'c-level'],
    ['Medeier', 'c-level'],
    ['Grunnlegger', 'c-level'],
    ['Perustaja', 'c-level'],
    ['Omistaja', 'c-level'],
    // An owner of something else is no owner of the company, as a Product Owner is not.
    ['Proces eigenaar', undefined],
    ['Directeur', 'director'],
    ['Verkoopdirecteur', 'director'],
    ['Commercieel directeur', 'director'],
    ['Försäljningsdirektör', 'director'],
    ['Salgsdirektør', 'director'],
    ['Myyntijohtaja', 'director'],
    ['Johtaja', 'director'],
    ['Hoofd Sales', 'director'],
    ['Hoofd van de afdeling Inkoop', 'director'],
    ['Afdelingshoofd', 'director'],
    ['Avdelingsleder', 'director'],
    ['Afdelingsleder', 'director'],
    ['Försäljningschef', 'manager'],
    ['Salgschef', 'manager'],
    ['Salgssjef', 'manager'],
    ['Teamleider', 'manager'],
    ['Teamleder', 'manager'],
    ['Projektledare', 'manager'],
    ['Projectleider', 'manager'],
    ['Manager', 'manager'],
    ['Päällikkö', 'manager'],
    ['Myyntipäällikkö', 'manager'],
    ['Esimies', 'manager'],
    ['Senior adviseur', 'senior'],
    ['Vanhempi konsultti', 'senior'],
    ['Stagiair', 'entry'],
    ['Trainee', 'entry'],
    ['Praktikant', 'entry'],
    ['Harjoittelija', 'entry'],
    ['Assistent', 'entry'],
    ['Junior adviseur', 'entry'],
    ['Adviseur', undefined],
    // A cook's -chef is no manager's.
    ['Souschef', undefined],
    ['Voormalig directeur', undefined],
    ['Oud-directeur', undefined],
    ['Före detta VD', undefined],
    ['Tidligere direktør', undefined],
    ['Entinen toimitusjohtaja', undefined],
    // Dutch and Nordic words beside English ones.
    ['CEO & Eigenaar', 'c-level'],
    ['Sales Manager hos Acme', 'manager'],
  ];

  // A list kept in Ukraine (found in a new user's trial with Ukrainian lists): its words matched as Cyrillic.
  const ukrainian: Array<[string, string | undefined]> = [
    ['Генеральний директор', 'c-level'],
    ['Генеральна директорка', 'c-level'],
    ['ГЕНЕРАЛЬНИЙ ДИРЕКТОР', 'c-level'],
    ['Власник', 'c-level'],
    ['Власниця компанії', 'c-level'],
    ['Засновник', 'c-level'],
    ['Співзасновник', 'c-level'],
    ['Співзасновниця та CEO', 'c-level'],
    ['Співвласник', 'c-level'],
    ['Комерційний директор', 'director'],
    ['Директор', 'director'],
    ['Директор з продажу', 'director'],
    ['Директорка з маркетингу', 'director'],
    ['Керівник відділу продажів', 'manager'],
    ['Керівниця проєкту', 'manager'],
    ['Менеджер', 'manager'],
    ['Менеджер з продажу', 'manager'],
    ['Старший менеджер', 'manager'],
    ['Старший бухгалтер', 'senior'],
    ['Старша аналітикиня', 'senior'],
    ['Молодший спеціаліст', 'entry'],
    ['Стажер', 'entry'],
    ['Асистент', 'entry'],
    ['Асистентка директора', 'entry'],
    ['Бухгалтер', undefined],
    ['Колишній директор', undefined],
    ['Колишня власниця', undefined],
    // A Cyrillic word beside an English one is a word of its own.
    ['Sales Manager відділу', 'manager'],
    ['CEO, Засновник', 'c-level'],
  ];

  // A list kept in Russia (found in a new user's trial with Russian lists): its words matched as Cyrillic,
  // "директор", "менеджер" and "стажёр" the same words as in Ukrainian.
  const russian: Array<[string, string | undefined]> = [
    ['Генеральный директор', 'c-level'],
    ['Генеральная директор', 'c-level'],
    ['ГЕНЕРАЛЬНЫЙ ДИРЕКТОР', 'c-level'],
    ['Владелец', 'c-level'],
    ['Владелица бизнеса', 'c-level'],
    ['Совладелец', 'c-level'],
    ['Основатель', 'c-level'],
    ['Сооснователь', 'c-level'],
    ['Соосновательница и CEO', 'c-level'],
    ['Учредитель', 'c-level'],
    ['Соучредитель', 'c-level'],
    ['Коммерческий директор', 'director'],
    ['Директор', 'director'],
    ['Директор по продажам', 'director'],
    ['Руководитель отдела продаж', 'manager'],
    ['Руководительница проекта', 'manager'],
    ['Начальник отдела', 'manager'],
    ['Менеджер', 'manager'],
    ['Менеджер по продажам', 'manager'],
    ['Старший менеджер', 'manager'],
    ['Старший бухгалтер', 'senior'],
    ['Старшая аналитик', 'senior'],
    ['Ведущий специалист', 'senior'],
    ['Младший специалист', 'entry'],
    ['Младшая аналитик', 'entry'],
    ['Стажёр', 'entry'],
    ['Стажер', 'entry'],
    ['Ассистент', 'entry'],
    ['Ассистентка директора', 'entry'],
    ['Бухгалтер', undefined],
    ['Бывший директор', undefined],
    ['Бывшая владелица', undefined],
    // A Cyrillic word beside an English one is a word of its own.
    ['CEO, Основатель', 'c-level'],
    ['Head of Sales, Руководитель', 'director'],
  ];

  // The French words change no English title: a link word counts only after a word of a level, a chef only as "chef de".
  const english: Array<[string, string | undefined]> = [
    ['R&D Manager', 'manager'],
    ['R&D Director', 'director'],
    ['Sr. R&D Manager', 'manager'],
    ['Ph.D. Senior Scientist', 'senior'],
    ['M.D. Medical Director', 'director'],
    ['AU Country Manager', 'manager'],
    ['DE Head of Sales', 'director'],
    ['Des Moines Branch Manager', 'manager'],
    ['Du Pont Plant Manager', 'manager'],
    ['Head Chef', 'director'],
    ['Director General Counsel', 'director'],
    ['Executive Chef', undefined],
    ['Sous Chef', undefined],
    // Nor do the Portuguese ones: `e`, `em`, `da`, `do` link roles only in lower case with a space after them, as a Brazilian title writes them (mended after an independent review).
    ['E-Commerce Manager', 'manager'],
    ['VP E-commerce', 'vp'],
    ['Head of E-commerce', 'director'],
    ['Former E-Commerce Director', undefined],
    ['Ex E-Commerce Manager', undefined],
    ['ehemaliger E-Commerce Leiter', undefined],
    ['Former EM Director', undefined],
    ['Assistant to the E-Commerce Director', 'entry'],
    ['Partner E-Commerce Engineer', undefined],
    ['Senior DA Manager', 'manager'],
    ['Senior DO Manager', 'manager'],
    ['Junior DOS Director', 'director'],
  ];
  for (const [language, table] of [
    ['French', french],
    ['German', german],
    ['Spanish', spanish],
    ['Portuguese', portuguese],
    ['Polish', polish],
    ['Czech', czech],
    ['Dutch and Nordic', nordic],
    ['Ukrainian', ukrainian],
    ['Russian', russian],
    ['English', english],
  ] as const) {
    for (const [title, want] of table) it(`${language}: ${title} -> ${want ?? 'unknown'}`, () => expect(seniorityFromTitle(title)).toBe(want));
  }

  it('a given Seniority wins over the title', () => {
    const m = mapColumns(['Title', 'Seniority']);
    if (m instanceof Problem) throw new Error(m.message);
    expect(readProspect(['CEO', 'manager'], m)).toEqual({ title: 'CEO', seniority: 'manager' });
  });
});
