/**
 * SPEC section 1a: the value vocabularies every field shares. Words that mean "blank", the yes/no
 * words, and the spreadsheet error values. Looked up by exact spelling first (the common case in a
 * long list) and only then trimmed and lower-cased.
 */

/**
 * TRUE and FALSE as Excel writes them into a CSV in its user's language (SPEC 1a: "saved by Excel
 * or Sheets in any locale"): German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish,
 * Danish, Norwegian, Finnish; Czech and Slovak, Russian, Ukrainian, Hungarian, Romanian, Croatian,
 * Turkish (`YANLIŞ` lower-cased is `yanliş` outside a Turkish locale) and Greek (with its accent
 * and without). Japanese, Chinese and Korean Excel write TRUE and FALSE.
 */
const EXCEL_TRUE = [
  'wahr',
  'vrai',
  'verdadero',
  'vero',
  'verdadeiro',
  'waar',
  'prawda',
  'sant',
  'sand',
  'sann',
  'tosi',
  'pravda',
  'истина',
  'істина',
  'igaz',
  'adevărat',
  'točno',
  'doğru',
  'αληθές',
  'αληθες',
];
const EXCEL_FALSE = [
  'falsch',
  'faux',
  'falso',
  'onwaar',
  'fałsz',
  'falskt',
  'falsk',
  'usann',
  'epätosi',
  'nepravda',
  'ложь',
  'хибність',
  'hamis',
  'fals',
  'netočno',
  'yanlış',
  'yanliş',
  'ψευδές',
  'ψευδες',
];

/** Yes/no words, lower-case: `x`, `✓` and `checked` are what checkbox columns export. */
export const YES_WORDS: readonly string[] = [
  'yes',
  'y',
  // As a rep types them.
  'yep',
  'yup',
  'yeah',
  'true',
  '1',
  // pandas writes a column of 1s and 0s with a blank in it as 1.0 and 0.0.
  '1.0',
  'x',
  '✓',
  '✔',
  '☑',
  '✅',
  '👍',
  'checked',
  'on',
  'oui',
  'o',
  'ja',
  'j',
  'sí',
  'si',
  's',
  'sim',
  // Finnish, with its letters and without (`ja` is Dutch, Swedish, Danish and Norwegian as it is German).
  'kyllä',
  'kylla',
  // Polish, Czech, Slovak, Russian and Ukrainian, Hungarian, Turkish, Greek, Romanian and Croatian, Japanese.
  'tak',
  'ano',
  'áno',
  'да',
  'так',
  'evet',
  'ναι',
  'da',
  'はい',
  'あり',
  ...EXCEL_TRUE,
];
export const NO_WORDS: readonly string[] = [
  'no',
  'n',
  'nope',
  'nah',
  'false',
  '0',
  '0.0',
  'unchecked',
  'off',
  '✗',
  '✘',
  '✖',
  '❌',
  '☐',
  'non',
  'nein',
  'não',
  'nao',
  // Dutch, Swedish and Danish, Norwegian, Finnish: in a Do Not Contact column, a no not read was a mark.
  'nee',
  'nej',
  'nei',
  'ei',
  'nie',
  'ne',
  'нет',
  'ні',
  'hayır',
  'hayir',
  'όχι',
  'οχι',
  'nu',
  'いいえ',
  'なし',
  ...EXCEL_FALSE,
];

/**
 * `#N/A` as Excel writes it into a CSV in its user's language (German, Italian and Portuguese,
 * Dutch, Polish, Swedish, Danish and Norwegian, Finnish with and without its `!`, Russian and
 * Ukrainian, Czech, Hungarian, Turkish): blank, as `#N/A` is.
 */
const EXCEL_NOT_AVAILABLE = ['#nv', '#n/d', '#n/b', '#n/d!', '#saknas!', '#i/t', '#puuttuu!', '#puuttuu', '#н/д', '#není_k_dispozici', '#hiányzik', '#yok'];

/** Words that mean "we do not know": read as a blank cell in every field but the names (`nan`: pandas' missing value, written as text). */
export const BLANK_WORDS: readonly string[] = [
  'n/a',
  'na',
  '-',
  '—',
  '–',
  '?',
  'unknown',
  'none',
  'null',
  'nan',
  '#n/a',
  ...EXCEL_NOT_AVAILABLE,
  // As lists kept in Spanish, French and German write them.
  'n/d',
  'desconocido',
  'desconocida',
  'ninguno',
  'ninguna',
  'no aplica',
  'inconnu',
  'inconnue',
  'aucun',
  'aucune',
  'unbekannt',
  'k.a.',
  'k. a.',
  // And in Portuguese (Brazil and Portugal), with and without accents.
  'desconhecido',
  'desconhecida',
  'não informado',
  'nao informado',
  'não informada',
  'nao informada',
  'sem informação',
  'sem informacao',
  'não sei',
  'nao sei',
  'sem valor',
  'nenhum',
  'nenhuma',
  'não se aplica',
  'nao se aplica',
  // And in Dutch (`nvt` too, as it is typed without its dots).
  'onbekend',
  'n.v.t.',
  'n.v.t',
  'nvt',
  // And in Swedish, Danish and Norwegian (not `ingen`, none, nor `ej` or `ikke`, not: each a no to
  // someone, and `nej` and `nei` are no).
  'okänd',
  'okänt',
  'ej tillämpligt',
  'ukendt',
  'ukjent',
  'ikke relevant',
  // And in Finnish (`ei tiedossa`, not known, in full: `ei` alone is no).
  'tuntematon',
  'ei tiedossa',
  // And in Polish (`b/d` too; not `bd`, a business developer's title).
  'brak',
  'brak danych',
  'b.d.',
  'b.d',
  'b/d',
  'nie dotyczy',
  'nieznany',
  'nieznana',
  'nieznane',
  // And in Czech (`není`: there is none; not `ne`, which is no).
  'neuvedeno',
  'není',
  'neni',
  'nevím',
  'nevim',
  // And in Ukrainian.
  'немає',
  'н/д',
  'невідомо',
  // And in Russian (`н/д` as above; not `нет`, which is no).
  'нет данных',
  'неизвестно',
  'не указано',
];

/**
 * Spreadsheet error values other than `#N/A` (which means blank): a formula that failed. Such a
 * cell is a row error naming its column, and never read as text (it would be a Trigger). Excel
 * writes them into a CSV in its user's language, as it writes TRUE and FALSE (the languages of
 * EXCEL_TRUE; where a language keeps the English spelling, it is not repeated).
 */
export const ERROR_VALUES: readonly string[] = [
  '#REF!',
  '#VALUE!',
  '#NAME?',
  '#DIV/0!',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  // German
  '#BEZUG!',
  '#WERT!',
  '#ZAHL!',
  // French
  '#VALEUR!',
  '#NOM?',
  '#NOMBRE!',
  '#NUL!',
  // Spanish
  '#¡REF!',
  '#¡VALOR!',
  '#¿NOMBRE?',
  '#¡DIV/0!',
  '#¡NUM!',
  '#¡NULO!',
  // Italian
  '#RIF!',
  '#VALORE!',
  '#NOME?',
  '#NULLO!',
  // Portuguese
  '#VALOR!',
  '#NÚM!',
  '#NULO!',
  // Dutch
  '#VERW!',
  '#WAARDE!',
  '#NAAM?',
  '#DEEL/0!',
  '#GETAL!',
  '#LEEG!',
  // Polish
  '#ADR!',
  '#ARG!',
  '#NAZWA?',
  '#DZIEL/0!',
  '#LICZBA!',
  '#ZERO!',
  // Swedish
  '#REFERENS!',
  '#VÄRDEFEL!',
  '#NAMN?',
  '#DIVISION/0!',
  '#OGILTIGT!',
  '#SKÄRNING!',
  // Danish and Norwegian
  '#REFERENCE!',
  '#VÆRDI!',
  '#VERDI!',
  '#NAVN?',
  // Finnish
  '#VIITTAUS!',
  '#ARVO!',
  '#NIMI?',
  '#JAKO/0!',
  '#LUKU!',
  '#TYHJÄ!',
  // Russian and Ukrainian
  '#ССЫЛКА!',
  '#ЗНАЧ!',
  '#ИМЯ?',
  '#ДЕЛ/0!',
  '#ЧИСЛО!',
  '#ПУСТО!',
  // Czech
  '#ODKAZ!',
  '#HODNOTA!',
  '#NÁZEV?',
  '#DĚLENÍ_NULOU!',
  '#ČÍSLO!',
];

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);
const BLANK = new Set(BLANK_WORDS);
const ERRORS = new Set(ERROR_VALUES);

/** Every common spelling of a word as lists write it: lower, UPPER, Capitalised. */
function spellings(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.toUpperCase(), (w[0]?.toUpperCase() ?? '') + w.slice(1)]);
}

const BLANK_EXACT = new Set(spellings(BLANK_WORDS));
const YES_NO_EXACT = new Map<string, boolean>([...spellings(YES_WORDS).map((w) => [w, true] as const), ...spellings(NO_WORDS).map((w) => [w, false] as const)]);

/** The longest blank word (`sem informação`): lower-casing never makes a text shorter. */
export const LONGEST_BLANK = BLANK_WORDS.reduce((n, w) => Math.max(n, w.length), 0);

/** Whether a text cell says "unknown" (`n/a`, `-`, `#N/A`...): it reads as blank. */
export function isBlankWord(text: string): boolean {
  // A space at one end of it at most, where the text is not trimmed.
  if (text.length > LONGEST_BLANK + 1) return false;
  if (BLANK_EXACT.has(text)) return true;
  return BLANK.has(text.trim().toLowerCase());
}

const NOT_AVAILABLE = new Set(['#N/A', ...EXCEL_NOT_AVAILABLE.map((w) => w.toUpperCase())]);

/** Whether a text cell is `#N/A`, in any of Excel's languages: blank, in every field (a name too). */
export function isNotAvailable(text: string): boolean {
  return text.charCodeAt(0) === 35 && NOT_AVAILABLE.has(text.toUpperCase());
}

/** The spreadsheet error value a text cell holds (`#REF!`), or undefined. `#N/A` is not one: it is blank. */
export function errorValue(text: string): string | undefined {
  if (text.length === 0 || (text.charCodeAt(0) !== 35 && text.charCodeAt(0) > 32)) return undefined; // '#'
  const t = text.trim().toUpperCase();
  return ERRORS.has(t) ? t : undefined;
}

/** End marks a rep types after a word (`yes!`, `Connected!`, `sent.`). */
export const END_MARKS = /[!.]+$/;

/** A yes/no word as true or false, or undefined when the text is not one. */
export function yesNoWord(text: string): boolean | undefined {
  const exact = YES_NO_EXACT.get(text);
  if (exact !== undefined) return exact;
  if (text.length > 12) return undefined;
  const lower = text.trim().toLowerCase();
  // An emoji's variation selector (`✔️`) is not part of the word, nor are the marks a rep types after it (`yes!`, `no.`).
  const t = lower.includes('\ufe0f') ? lower.replace(/\ufe0f/g, '') : lower;
  const last = t.charCodeAt(t.length - 1);
  const word = last === 33 || last === 46 ? t.replace(END_MARKS, '') : t;
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}
