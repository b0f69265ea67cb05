/**
 * The plain reader as it was before the row reader was compiled per column map: one parser call
 * per cell, no memo, the title read word by word after lower-casing it. Property tests hold the
 * fast reader to exactly what this gives.
 */
import {
  type ColumnMap,
  NOTHING_READ,
  OTHER_HEADER,
  headerText,
  isReportTotal,
  inOutputBlock,
  namesFields,
  oneCellRow,
  readColumns,
  unreadColumnName,
} from '../src/core/columns.js';
import { FIELDS, REPLIED_BY_OTHER_CHANNEL, addressed, cellText, emptyProspect, isBlank, profileLinkIn, settleReplied } from '../src/core/fields.js';
import { type Cell, type FieldKey, Problem, type Prospect, RowError, type Seniority } from '../src/core/model.js';
import { currencyOf } from '../src/core/read/amounts.js';
import { PARTNER_QUALIFIED_WORDS } from '../src/core/read/titles.js';
import { errorValue, isBlankWord, isNotAvailable } from '../src/core/read/values.js';
import { isZeroDate } from '../src/core/read/dates.js';

/**
 * Sets one parsed value on the prospect by its key, as the plain reader did: the row reader's
 * switch by field number (`setFieldAt`) is held to this. A reply's day is a yes on that day.
 */
function setField(p: Prospect, key: FieldKey, value: unknown): void {
  if (key === 'replied' && typeof value === 'number') {
    p.replied = true;
    p.repliedOn = value;
  } else if (key === 'replied' && value === REPLIED_BY_OTHER_CHANNEL) {
    p.replied = true;
    p.repliedOffLinkedIn = true;
  } else (p as Record<FieldKey, unknown>)[key] = value;
}

/** The reference row read: every cell through its field's parser. */
export function referenceRead(row: readonly Cell[], map: ColumnMap): Prospect | RowError | 'blank' {
  const p = emptyProspect();
  const cellIsHeader = (cell: Cell, header: string) => typeof cell === 'string' && headerText(cell) === headerText(header);
  // Each field's own column, then its fallbacks (a second phone), which set only a field still unset.
  const columns = readColumns(map);
  if (columns.length > 0 && columns.every((c) => cellIsHeader(row[c.index], c.header))) {
    p.repeatsHeader = true;
    return p;
  }
  // Another export's header: one of the first two read cells a header as written (a field's label
  // or alias, as listed or in one case, or one of this sheet's), and the read cells headers.
  const read = columns.map((c) => row[c.index] as Cell);
  const spellings = [...FIELDS.flatMap((f) => [...f.aliases, f.label]), ...columns.map((c) => c.header)];
  const known = (cell: Cell) =>
    typeof cell === 'string' &&
    cell.length >= 2 &&
    cell.length <= 40 &&
    spellings.some((h) => cell === h || cell === h.toLowerCase() || cell === h.toUpperCase());
  if (read.length >= 3 && (known(read[0]) || known(read[1])) && namesFields(read)) {
    return new RowError(map.columns[0]?.header as string, OTHER_HEADER, cellText(read[0]));
  }
  let error: RowError | undefined;
  let fallbackError: RowError | undefined;
  let errors = 0;
  let any = false;
  let inmailYes = false;
  for (let k = 0; k < columns.length; k++) {
    const c = columns[k] as (typeof columns)[number];
    const cell = row[c.index];
    if (isBlank(cell)) continue;
    const anyBefore: boolean = any;
    any = true;
    let value: unknown;
    if (c.kind !== 0 && typeof cell === 'string') {
      const failed = errorValue(cell);
      if (failed) value = spreadsheetError(failed);
      else if (isNotAvailable(cell) || (c.kind !== 2 && isBlankWord(cell))) continue;
      // A cell of several links (Social Media, Links): its one LinkedIn profile link.
      else value = c.kind === 3 ? profileLinkIn(cell) : c.field.parse(cell, c.reading);
    } else {
      value = c.kind === 3 ? undefined : c.field.parse(cell as string | number | boolean | Date, c.reading);
      if (value instanceof Problem && typeof cell === 'string') {
        const failed = errorValue(cell);
        if (failed) value = spreadsheetError(failed);
        else if (isBlankWord(cell)) continue;
      }
    }
    const fallback = k >= map.columns.length;
    // A fallback's error value is the row's error only where nothing else is read; a cell of
    // several links' where no LinkedIn URL was read before it.
    if (value instanceof Problem && fallback && !(c.kind === 3 && p.linkedinUrl === undefined)) {
      any = anyBefore;
      fallbackError ??= new RowError(c.header, value.message, cellText(cell));
      continue;
    }
    if (value instanceof Problem) {
      errors++;
      error ??= new RowError(c.header, value.message, cellText(cell));
      continue;
    }
    // A fallback sets a field still unset, and Replied where the columns before say no.
    // Replied and the marks (Do Not Contact, Email Opt Out, Do Not Call): a yes in any of their columns.
    const anyYes = ['replied', 'doNotContact', 'emailOptOut', 'doNotCall'].includes(c.field.key);
    const taken = p[c.field.key] !== undefined && !(anyYes && p[c.field.key] === false && value !== false);
    if (value !== undefined && !(fallback && taken)) setField(p, c.field.key, value);
    // A yes in a Replied column headed InMail (Recruiter's InMail Status) came on LinkedIn.
    if (c.field.key === 'replied' && /inmail/i.test(c.header) && (value === true || typeof value === 'number')) inmailYes = true;
  }
  if (!any && fallbackError) return fallbackError;
  const named = [p.name, p.firstName, p.lastName, p.linkedinUrl, p.email, p.phone].some((v) => v !== undefined);
  const naming = map.columns.some((c) => ['name', 'firstName', 'lastName', 'linkedinUrl', 'email', 'phone'].includes(c.field.key));
  if ((!any || !named) && rowIsBlank(row, map, naming)) return 'blank';
  // A report's total row (its label in the first cell), where no one is reached.
  if (p.linkedinUrl === undefined && p.email === undefined && p.phone === undefined && isReportTotal(row[0])) return 'blank';
  // A row marked Do Not Contact: a cell in error in it changes nothing.
  if (error && p.doNotContact !== true) {
    // Who the row is, where that read: the plan knows the row's duplicates by it; and the touches it records sent, which the caps count.
    const known =
      p.linkedinUrl !== undefined || p.email !== undefined || p.requestedOn !== undefined || p.inmailSentOn !== undefined
        ? { linkedinUrl: p.linkedinUrl, email: p.email, requestedOn: p.requestedOn, inmailSentOn: p.inmailSentOn, openProfile: p.openProfile }
        : undefined;
    return new RowError(error.column, error.problem, error.got, errors - 1, false, known);
  }
  if (!any) {
    // Values, none in a column read: the first one (not an unticked checkbox) named by its column's letters.
    const at = row.findIndex((c, i) => !inOutputBlock(map.outputAt, i) && !isBlank(c) && !unticked(c));
    return new RowError(unreadColumnName(map, at), NOTHING_READ, cellText(row[at]), 0, oneCellRow(row, map));
  }
  if (!addressed(p) && oneCellRow(row, map)) p.lone = true;
  if (p.name === undefined && (p.firstName !== undefined || p.lastName !== undefined)) {
    p.name = [p.firstName, p.lastName].filter((x) => x !== undefined && x !== '').join(' ');
  }
  if (p.seniority === undefined && p.title) p.seniority = referenceSeniority(p.title);
  settleReplied(p);
  if (inmailYes && p.replied === true && p.repliedOffLinkedIn === undefined) p.repliedOffLinkedIn = false;
  const deal = map.columns.find((c) => c.field.key === 'dealValue');
  const dealCell = deal ? row[deal.index] : undefined;
  if (p.dealValue !== undefined && typeof dealCell === 'string') p.dealCurrency = currencyOf(dealCell);
  return p;
}

function spreadsheetError(value: string): Problem {
  return new Problem(`the spreadsheet shows an error here (${value}): fix the formula`);
}

/** An unticked checkbox (FALSE): no value where no one is named. */
const unticked = (c: Cell) => c === false || String(c).trim().toLowerCase() === 'false';

/** What a formula filled down past the list leaves: 0 (shown as a date too), No, or a word for unknown (#N/A). */
const filledDown = (c: Cell) =>
  c === 0 ||
  isZeroDate(c) ||
  (typeof c === 'string' && (c.trim().toLowerCase() === 'no' || /^[$€£]?\s*0(?:[.,]0+)?\s*[$€£]?$/.test(c.trim()) || isBlankWord(c.trim().toLowerCase())));

function rowIsBlank(row: readonly Cell[], map: ColumnMap, naming: boolean): boolean {
  for (let i = 0; i < row.length; i++) {
    if (inOutputBlock(map.outputAt, i)) continue;
    if (!isBlank(row[i]) && !unticked(row[i]) && !(naming && filledDown(row[i]))) return false;
  }
  return true;
}

// ---------------------------------------------------------------- seniority from a title, word by word

const RANK: Record<Seniority, number> = { entry: 1, senior: 2, manager: 3, director: 4, vp: 5, 'c-level': 6 };

const ACRONYMS: ReadonlyMap<string, Seniority> = new Map(
  Object.entries({
    ceo: 'c-level',
    cto: 'c-level',
    cfo: 'c-level',
    coo: 'c-level',
    cmo: 'c-level',
    cro: 'c-level',
    cio: 'c-level',
    ciso: 'c-level',
    cpo: 'c-level',
    cdo: 'c-level',
    cco: 'c-level',
    chro: 'c-level',
    cso: 'c-level',
    cxo: 'c-level',
    md: 'director',
    vp: 'vp',
    svp: 'vp',
    evp: 'vp',
    avp: 'vp',
    gm: 'director',
    pdg: 'c-level',
    dg: 'c-level',
  } satisfies Record<string, Seniority>),
);

/** Owners and partners are c-level only on their own or with these words before them. */
const OWNER_WORDS = new Set(['co', 'business', 'company', 'sole', 'founder', 'founding', 'franchise', 'proud', 'principal', 'mede']);
/** Role nouns, and a partner team's work, that a partner before them qualifies: the reader's own list. */
const PARTNER_QUALIFIES: ReadonlySet<string> = new Set(PARTNER_QUALIFIED_WORDS);
const PARTNER_WORDS = new Set(['managing', 'founding', 'senior', 'general', 'equity', 'name', 'co', 'founder', 'principal', 'executive', 'venture']);

// Ukrainian and Russian words as the title is read: lower case, marks off (`й` is `и`, `ё` is `е`).
const SENIOR_WORDS = new Set([
  'senior',
  'sr',
  'principal',
  'staff',
  'lead',
  'expert',
  'confirme',
  'confirmee',
  'starszy',
  'starsza',
  'vanhempi',
  'старшии',
  'старша',
  'старшая',
  'ведущии',
  'ведущая',
]);
const ENTRY_WORDS = new Set([
  'junior',
  'jr',
  'associate',
  'assistant',
  'graduate',
  'entry',
  'trainee',
  'apprentice',
  'intern',
  'student',
  'debutant',
  'debutante',
  'mlodszy',
  'mlodsza',
  'молодшии',
  'молодша',
  'младшии',
  'младшая',
]);

/** A role the person does not hold now: "Former CEO", "Ex-CTO", "Aspiring Founder". */
const PAST_WORDS = new Set([
  'former',
  'formerly',
  'ex',
  'retired',
  'aspiring',
  'future',
  'past',
  'ancien',
  'ancienne',
  'ehemaliger',
  'ehemalige',
  'antiguo',
  'antigua',
  'antigo',
  'antiga',
  'byly',
  'byla',
  'voormalig',
  'voormalige',
  'oud',
  'detta',
  'tidigare',
  'tidligere',
  'fhv',
  'entinen',
  'byvaly',
  'byvala',
  'колишніи',
  'колишня',
  'бывшии',
  'бывшая',
]);

/** "Verkställande direktör", "Adm. direktør", "Algemeen directeur": before a director's word, the head of the company. */
const NORDIC_HEAD_WORDS = new Set(['verkstallande', 'administrerende', 'adm', 'algemeen', 'statutair']);

/** The level of one role phrase ("senior vice president", "partner marketing manager"), read right to left. */
function phraseLevel(words: readonly string[]): Seniority | undefined {
  if (words.some((w) => PAST_WORDS.has(w))) return undefined;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    const before = words[i - 1];
    const acronym = ACRONYMS.get(w);
    if (acronym) return acronym;
    switch (w) {
      case 'president':
      case 'presidente':
        return before === 'vice' ? 'vp' : 'c-level';
      case 'founder':
      case 'cofounder':
      case 'fondateur':
      case 'fondatrice':
      case 'cofondateur':
      case 'cofondatrice':
      case 'gerant':
      case 'gerante':
      case 'geschaftsfuhrer':
      case 'geschaftsfuhrerin':
      case 'geschaftsleitung':
      case 'vorstand':
      case 'vorstands':
      case 'vorstandsvorsitzender':
      case 'vorstandsvorsitzende':
      case 'inhaber':
      case 'inhaberin':
      case 'gesellschafter':
      case 'gesellschafterin':
      case 'grunder':
      case 'grunderin':
      case 'mitgrunder':
      case 'mitgrunderin':
      case 'fundador':
      case 'fundadora':
      case 'cofundador':
      case 'cofundadora':
      case 'consejero':
      case 'consejera':
      case 'presidenta':
      case 'conselheiro':
      case 'conselheira':
      case 'prezes':
      case 'prezeska':
      case 'jednatel':
      case 'jednatelka':
      case 'predseda':
      case 'predsedkyne':
        return 'c-level';
      case 'reditel':
      case 'reditelka':
        return before === 'generalni' ? 'c-level' : 'director';
      // Dutch and Nordic, read without their letters.
      case 'vd':
      case 'konsernsjef':
      case 'koncernchef':
      case 'toimitusjohtaja':
      case 'zaakvoerder':
      case 'oprichter':
      case 'medeoprichter':
      case 'grundare':
      case 'medgrundare':
      case 'grunnlegger':
      case 'medgrunnlegger':
      case 'stifter':
      case 'medstifter':
      case 'perustaja':
      case 'indehaver':
      case 'innehaver':
        return 'c-level';
      case 'dir':
        if (NORDIC_HEAD_WORDS.has(before as string)) return 'c-level';
        continue;
      case 'leder':
      case 'leider':
      case 'ledare':
        return before === 'daglig' ? 'c-level' : before === 'team' || before === 'group' ? 'manager' : 'director';
      case 'hoofd':
      case 'johtaja':
        return 'director';
      case 'sjef':
      case 'teamleider':
      case 'teamleder':
      case 'teamledare':
      case 'paallikko':
      case 'esimies':
        return 'manager';
      case 'stagiair':
      case 'harjoittelija':
      case 'assistentti':
        return 'entry';
      case 'eigenaar':
      case 'agare':
      case 'ejer':
      case 'eier':
      case 'omistaja':
        if (before === undefined || OWNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'medeeigenaar':
      case 'delagare':
      case 'medejer':
      case 'medeier':
        if (before === undefined) return 'c-level';
        continue;
      case 'засновник':
      case 'засновниця':
      case 'співзасновник':
      case 'співзасновниця':
      case 'основатель':
      case 'основательница':
      case 'сооснователь':
      case 'соосновательница':
      case 'учредитель':
      case 'учредительница':
      case 'соучредитель':
      case 'соучредительница':
        return 'c-level';
      case 'директор':
      case 'директорка':
        return before === 'генеральнии' || before === 'генеральна' || before === 'генеральныи' || before === 'генеральная' ? 'c-level' : 'director';
      case 'керівник':
      case 'керівниця':
      case 'менеджер':
      case 'менеджерка':
      case 'руководитель':
      case 'руководительница':
      case 'начальник':
      case 'начальница':
        return 'manager';
      case 'стажер':
      case 'стажерка':
      case 'стажист':
      case 'стажистка':
      case 'асистент':
      case 'асистентка':
      case 'ассистент':
      case 'ассистентка':
        return 'entry';
      case 'власник':
      case 'власниця':
      case 'владелец':
      case 'владелица':
        if (before === undefined || OWNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'співвласник':
      case 'співвласниця':
      case 'совладелец':
      case 'совладелица':
        if (before === undefined) return 'c-level';
        continue;
      case 'vedouci':
      case 'manazer':
      case 'manazerka':
        return 'manager';
      case 'asistent':
      case 'asistentka':
      case 'stazista':
      case 'stazistka':
        return 'entry';
      case 'majitel':
      case 'majitelka':
        if (before === undefined || OWNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'spolumajitel':
      case 'spolumajitelka':
        if (before === undefined) return 'c-level';
        continue;
      case 'wiceprezes':
      case 'wiceprezeska':
        return 'vp';
      case 'dyrektor':
      case 'dyrektorka':
        return 'director';
      case 'kierownik':
      case 'kierowniczka':
      case 'menedzer':
      case 'menadzer':
      case 'menedzerka':
        return 'manager';
      case 'stazysta':
      case 'stazystka':
      case 'praktykant':
      case 'praktykantka':
      case 'asystent':
      case 'asystentka':
        return 'entry';
      case 'generalny':
      case 'generalna':
      case 'zarzadzajacy':
      case 'zarzadzajaca':
        if (before === 'dyrektor' || before === 'dyrektorka') return 'c-level';
        continue;
      case 'wlasciciel':
      case 'wlascicielka':
        if (before === undefined || OWNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'wspolwlasciciel':
      case 'wspolwlascicielka':
        if (before === undefined) return 'c-level';
        continue;
      case 'superintendente':
        return 'vp';
      case 'diretor':
      case 'diretora':
        return before === 'managing' || before === 'socio' || before === 'socia' ? 'c-level' : 'director';
      case 'subdiretor':
      case 'subdiretora':
      case 'chefe':
        return 'director';
      case 'coordenador':
      case 'coordenadora':
      case 'gestor':
      case 'gestora':
      case 'supervisora':
        return 'manager';
      case 'estagiario':
      case 'estagiaria':
      case 'assistente':
      case 'aprendiz':
        return 'entry';
      case 'geral':
      case 'executivo':
      case 'executiva':
        if (before === 'diretor' || before === 'diretora') return 'c-level';
        continue;
      case 'proprietario':
      case 'proprietaria':
      case 'dono':
      case 'dona':
        if (before === undefined || OWNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'vicepresidente':
      case 'vicepresidenta':
        return 'vp';
      case 'directora':
        return before === 'managing' || before === 'socio' || before === 'socia' ? 'c-level' : 'director';
      case 'subdirector':
      case 'subdirectora':
        return 'director';
      case 'gerente':
      case 'jefe':
      case 'jefa':
        return 'manager';
      case 'becario':
      case 'becaria':
      case 'practicante':
      case 'pasante':
      case 'asistente':
        return 'entry';
      case 'leiter':
      case 'leiterin':
        return before === 'team' || before === 'group' ? 'manager' : 'director';
      case 'teamleiter':
        return 'manager';
      case 'direktor':
        return NORDIC_HEAD_WORDS.has(before as string) ? 'c-level' : 'director';
      case 'direktorin':
      case 'prokurist':
      case 'prokuristin':
        return 'director';
      case 'general':
      case 'generale':
        if (before === 'directeur' || before === 'directrice' || before === 'directora' || before === 'gerente') return 'c-level';
        // The Spanish Director General, the English Director-General: not a Director General Counsel.
        if (before === 'director' && words[i + 1] !== 'counsel') return 'c-level';
        continue;
      case 'owner':
        if (before === undefined || OWNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'partner':
        // A partner before an individual contributor's role noun is what it qualifies ("Partner Engineer").
        if (words.slice(i + 1).some((w) => PARTNER_QUALIFIES.has(w))) continue;
        if (before === undefined || PARTNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'associe':
      case 'associee':
      case 'socio':
      case 'socia':
        if (before === undefined || PARTNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'officer':
        if (words.includes('chief')) return 'c-level';
        continue;
      case 'chief':
        return 'c-level';
      case 'director':
        return before === 'managing' || before === 'socio' || before === 'socia' ? 'c-level' : 'director';
      case 'directeur':
        return NORDIC_HEAD_WORDS.has(before as string) ? 'c-level' : 'director';
      case 'directrice':
        return 'director';
      case 'head':
        return 'director';
      case 'manager':
      case 'mgr':
      case 'supervisor':
      case 'superintendent':
      case 'responsable':
      case 'chef':
      case 'cheffe':
        return 'manager';
      case 'lead':
      case 'leader':
      case 'lider':
        return before === 'team' || before === 'group' ? 'manager' : 'senior';
      case 'intern':
      case 'internship':
      case 'trainee':
      case 'apprentice':
      case 'assistant':
      case 'coordinator':
      case 'student':
      case 'stagiaire':
      case 'alternant':
      case 'alternante':
      case 'apprenti':
      case 'apprentie':
      case 'assistante':
      case 'etudiant':
      case 'etudiante':
      case 'werkstudent':
      case 'werkstudentin':
      case 'praktikant':
      case 'praktikantin':
      case 'auszubildender':
      case 'auszubildende':
      case 'azubi':
      case 'assistent':
      case 'assistentin':
        return 'entry';
    }
  }
  if (words.some((w) => SENIOR_WORDS.has(w))) return 'senior';
  if (words.some((w) => ENTRY_WORDS.has(w))) return 'entry';
  return undefined;
}

/** Words that end a role's head phrase: "Head of Sales" is a head, "Assistant to the CEO" an assistant. */
const TAIL_WORDS = new Set(['of', 'for', 'to', 'in', 'on', 'with']);
/** French ones end it only once the phrase tells a level ("Chef de projet"); before, they are any word ("R&D Manager"). */
const LATE_TAIL_WORDS = new Set(['de', 'des', 'du', 'd', 'au', 'aux', 'pour', 'der', 'fur', 'del', 'para', 'da', 'do', 'das', 'dos']);
/** Words that start another role: "Founder & CEO", "VP, Head of Sales", "CTO at Acme". */
const PART_WORDS = new Set(['and', 'at', 'et', 'chez', 'und', 'bei', 'y', 'en', 'e', 'em', 'og', 'och', 'ja', 'bij', 'hos']);
/** Portuguese link words, link words only in lower case with a space after them ("CEO e Fundador"; not `E-Commerce`, `Senior DA Manager`). */
const LOWER_LINK_WORDS = new Set(['e', 'em', 'da', 'do', 'das', 'dos', 'og', 'och', 'ja', 'bij', 'hos']);
/** The separators above 127 that a title is read past without folding it: `·`, `•`, `–`, `—`. */
const WIDE_SEPARATORS = /[^\x00-\x7f\u00b7\u2022\u2013\u2014]/;
/** A German compound as its ending: "vertriebsleiter" is a "leiter", "teamleiterin" a "teamleiter", "vertriebsdirektor" a "direktor". */
function compound(word: string): string {
  if (word.length <= 6) return word;
  const m = /^(team|gruppen|projekt)?.*leiter(?:in)?$/.exec(word);
  if (m) return m[1] ? 'teamleiter' : 'leiter';
  if (/direktor(?:in)?$/.test(word)) return 'direktor';
  return nordicCompound(word);
}

/** Dutch and Nordic words that are no compound read as its ending: who runs a company, a cook. */
const NORDIC_WHOLE_WORDS = new Set(['koncernchef', 'konsernsjef', 'toimitusjohtaja', 'souschef', 'kokschef', 'kokkenchef']);

/** A Dutch or Nordic compound as its ending: "verkoopdirecteur" a "directeur", "salgschef" a "sjef", "projectleider" a "teamleder". */
function nordicCompound(word: string): string {
  if (NORDIC_WHOLE_WORDS.has(word)) return word;
  if (word.endsWith('directeur')) return 'directeur';
  const m = /^(team|grupp|groeps|proje|prosjekt)?.*(?:leder|leider|ledare)$/.exec(word);
  if (m) return m[1] ? 'teamleder' : 'leder';
  if (/(?:chef|sjef)$/.test(word)) return 'sjef';
  if (word.endsWith('toimitusjohtaja')) return 'toimitusjohtaja';
  for (const ending of ['johtaja', 'paallikko', 'esimies', 'hoofd']) if (word.endsWith(ending)) return ending;
  return word;
}

/** Characters that separate roles. */
const isSeparator = (c: number) =>
  c === 38 || c === 47 || c === 44 || c === 124 || c === 59 || c === 40 || c === 64 || c === 183 || c === 8226 || c === 8211 || c === 8212;
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** A lower-case Cyrillic letter: a word of them is a word of its own, beside an ASCII one. */
const isCyrillic = (c: number) => (c >= 0x430 && c <= 0x45f) || c === 0x491;

/**
 * One pass over the lower-cased title, without its accents: words are grouped into roles (split at `&`, `/`, `,`, `|`,
 * ` - `, "and", "at"...), each role's head phrase stops at "of", "for", "to"...; the most senior
 * role wins. No regex, a few small arrays and no cache: real lists hold tens of thousands of
 * distinct titles, and a one-pass read costs less than looking each up.
 */
export function referenceSeniority(title: string): Seniority | undefined {
  // Lower case, accents taken off: "Président" is "president".
  const t = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøđı]/g, (c) => ({ ł: 'l', ø: 'o', đ: 'd', ı: 'i' })[c] as string);
  // A title with a letter over 127 is read lower-cased, its case lost: a Portuguese link word is one then in any case.
  const caseLost = WIDE_SEPARATORS.test(title);
  let best: Seniority | null = null;
  let words: string[] = [];
  let inTail = false;
  const endPart = () => {
    const level = words.length > 0 ? phraseLevel(words) : undefined;
    if (level && (best === null || RANK[level] > RANK[best])) best = level;
    words = [];
    inTail = false;
  };
  let i = 0;
  const n = t.length;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isWordChar(c) || isCyrillic(c)) {
      const same = isWordChar(c) ? isWordChar : isCyrillic;
      let j = i + 1;
      while (j < n && same(t.charCodeAt(j))) j++;
      let word = compound(t.slice(i, j));
      // "co-founder" is one word.
      if (word === 'co' && t.charCodeAt(j) === 45 && t.startsWith('founder', j + 1)) {
        word = 'cofounder';
        j += 8;
      }
      const start = i;
      i = j;
      // A Portuguese link word in upper case or not before a space is any word.
      if (LOWER_LINK_WORDS.has(word) && (t.charCodeAt(j) !== 32 || !(caseLost || title.charCodeAt(start) >= 97))) {
        if (!inTail) words.push(`${word} (a word)`);
      } else if (PART_WORDS.has(word)) endPart();
      else if (word === 'chief' && t.startsWith(' of staff', i)) {
        // A chief of staff runs the office of an executive: director level, not c-level.
        if (!inTail) words.push('head');
        i += 9;
        inTail = true;
      } else if (TAIL_WORDS.has(word) || (LATE_TAIL_WORDS.has(word) && phraseLevel(words) !== undefined)) inTail = true;
      else if (!inTail && word !== 'the') {
        // "Chef" is a role only as "chef de ..." / "chef d'...".
        words.push((word === 'chef' || word === 'cheffe' || word === 'chefe') && !t.startsWith(' d', i) ? 'a cook' : word);
      }
      continue;
    }
    if (isSeparator(c) || (c === 45 && t.charCodeAt(i - 1) === 32 && t.charCodeAt(i + 1) === 32)) endPart();
    i++;
  }
  endPart();
  return (best as Seniority | null) ?? undefined;
}
