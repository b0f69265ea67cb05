/**
 * SPEC section 1a: seniority read from a job title by its role noun, not by any word in it:
 * "Partner Marketing Manager" is a manager, "Product Owner" and "Chief of Staff" are not c-level,
 * "Head of ..." is a director. A title with several roles ("Founder & CEO") takes the most senior.
 * English, French, German, Spanish, Portuguese, Polish, Czech, Ukrainian and Russian titles: "Directeur commercial", "Responsable
 * des ventes", "Président-directeur général", "Geschäftsführer", "Vertriebsleiter", "Teamleiterin",
 * "Werkstudent", "Diretor Geral", "Coordenadora", "Prezes Zarządu", "Kierowniczka", "Generální ředitel",
 * "Генеральний директор", "Руководитель отдела", read with their accents or without; Dutch, Swedish, Danish,
 * Norwegian and Finnish too: "Algemeen directeur", "Verkställande direktör", "VD", "Daglig leder", "Toimitusjohtaja",
 * "Försäljningschef".
 */
import { type Seniority, foldLetters } from '../model.js';

/**
 * A Cyrillic word as a folded title holds it (`foldLetters`): its letters kept, their marks off (`й`
 * is `и`, `ї` is `і`). Ukrainian words below are written as a title writes them and read so.
 */
const bare = foldLetters;

/** The levels by rank: a more senior level has a higher rank. */
const LEVELS: readonly (Seniority | undefined)[] = [undefined, 'entry', 'senior', 'manager', 'director', 'vp', 'c-level'];
const [, ENTRY, SENIOR, MANAGER, DIRECTOR, VP, C_LEVEL] = [0, 1, 2, 3, 4, 5, 6] as const;

/** Whole-word acronyms that are a role on their own. */
const ACRONYMS: Readonly<Record<string, number>> = {
  ceo: C_LEVEL,
  cto: C_LEVEL,
  cfo: C_LEVEL,
  coo: C_LEVEL,
  cmo: C_LEVEL,
  cro: C_LEVEL,
  cio: C_LEVEL,
  ciso: C_LEVEL,
  cpo: C_LEVEL,
  cdo: C_LEVEL,
  cco: C_LEVEL,
  chro: C_LEVEL,
  cso: C_LEVEL,
  cxo: C_LEVEL,
  md: DIRECTOR,
  vp: VP,
  svp: VP,
  evp: VP,
  avp: VP,
  gm: DIRECTOR,
  // Président-directeur général, directeur général.
  pdg: C_LEVEL,
  dg: C_LEVEL,
};

/** Owners and partners are c-level only on their own or with these words before them. */
const OWNER_WORDS = ['co', 'business', 'company', 'sole', 'founder', 'founding', 'franchise', 'proud', 'principal', 'mede'];
const PARTNER_WORDS = ['managing', 'founding', 'senior', 'general', 'equity', 'name', 'co', 'founder', 'principal', 'executive', 'venture'];
/**
 * An individual contributor's role nouns, and the work of a team that deals with partners: a
 * partner before one in the role is what it qualifies ("Partner Engineer", "Partner Solutions
 * Architect", "Director, Partner Programs"), no partner of the firm. Any other word leaves the
 * partner one ("Partner Tax", "Partner KPMG", "Partner: Audit").
 */
export const PARTNER_QUALIFIED_WORDS: readonly string[] = [
  'engineer',
  'architect',
  'specialist',
  'consultant',
  'analyst',
  'developer',
  'representative',
  'rep',
  'scientist',
  'designer',
  'strategist',
  'advocate',
  'evangelist',
  'technologist',
  'administrator',
  'recruiter',
  'programmer',
  'program',
  'programs',
  'marketing',
  'sales',
  'success',
  'enablement',
  'operations',
  'ops',
  'development',
  'relations',
  'alliances',
  'ecosystem',
  'channel',
  'channels',
  'account',
  'accounts',
  'solutions',
  'integrations',
  'onboarding',
  'support',
  'network',
];

/** With no role noun, these words still tell a level. */
const SENIOR_WORDS = [
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
  // Finnish `vanhempi` ("Vanhempi konsultti").
  'vanhempi',
  ...['старший', 'старша'].map(bare),
  // Russian (`старший` is spelt as in Ukrainian); a `ведущий специалист` is a senior one.
  ...['старшая', 'ведущий', 'ведущая'].map(bare),
];
const ENTRY_WORDS = [
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
  ...['молодший', 'молодша'].map(bare),
  ...['младший', 'младшая'].map(bare),
];

/** Words that make a role one the person does not hold now: "Former CEO", "Ex-CTO", "Aspiring Founder", "ancien PDG". */
const PAST_WORDS = [
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
  // Polish `były`, `była`, read without its letters.
  'byly',
  'byla',
  // Dutch `voormalig(e)`, `oud-` ("Oud-directeur"), Swedish `före detta` (read by its `detta`) and `tidigare`,
  // Danish and Norwegian `tidligere` and `fhv.` (`forhenværende`), Finnish `entinen`.
  'voormalig',
  'voormalige',
  'oud',
  'detta',
  'tidigare',
  'tidligere',
  'fhv',
  'entinen',
  // Czech `bývalý`, `bývalá`, Ukrainian `колишній`, `колишня`, Russian `бывший`, `бывшая`.
  'byvaly',
  'byvala',
  ...['колишній', 'колишня'].map(bare),
  ...['бывший', 'бывшая'].map(bare),
];

/** Words that end a role's head phrase: "Head of Sales" is a head, "Assistant to the CEO" an assistant. */
const TAIL_WORDS = ['of', 'for', 'to', 'in', 'on', 'with'];
/**
 * French ones, which end it only after a word that tells a level ("Chef de projet", "Assistante
 * du directeur"): before one they are any word, as in "R&D Manager", "DE Head of Sales", "Du Pont".
 */
const LATE_TAIL_WORDS = ['de', 'des', 'du', 'd', 'au', 'aux', 'pour', 'der', 'fur', 'del', 'para', 'da', 'do', 'das', 'dos'];
/**
 * Danish and Norwegian `og`, Swedish `och`, Finnish `ja` ("and"), Dutch `bij`, Scandinavian `hos` ("at"):
 * "Direktør og ejer", "VD och grundare". Link words as the Portuguese ones below are (in lower case, a
 * space after them); Dutch `en` is one already.
 */
const NORDIC_LINK_WORDS = ['og', 'och', 'ja', 'bij', 'hos'];
/**
 * Portuguese link words that are an English title's words or letters too (`E-Commerce`, `EM Director`,
 * `Senior DA Manager`, `DOS`): link words only as a Brazilian title writes them, in lower case with
 * a space after them ("CEO e Fundador", "Diretor da área"); else any word.
 */
const LOWER_LINK_WORDS = ['e', 'em', 'da', 'do', 'das', 'dos', ...NORDIC_LINK_WORDS];
/** Words that start another role: "Founder & CEO", "VP, Head of Sales", "CTO at Acme", "Président et fondateur", "DG chez Acme", "Leiter Vertrieb und Marketing", "CEO e Fundador". */
const PART_WORDS = ['and', 'at', 'et', 'chez', 'und', 'bei', 'y', 'en', 'e', 'em', ...NORDIC_LINK_WORDS];

/** French role nouns (read without their accents) by level; "président(e)", "associé(e)" and "général(e)" follow the rules below. */
const FRENCH_NOUNS: readonly (readonly [number, readonly string[]])[] = [
  [C_LEVEL, ['fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'gerant', 'gerante']],
  [DIRECTOR, ['directeur', 'directrice']],
  // "Chef" only as "chef de ..." / "chef d'...": a "Head Chef" or a "Sous Chef" is a cook.
  [MANAGER, ['responsable', 'chef', 'cheffe']],
  [ENTRY, ['stagiaire', 'alternant', 'alternante', 'apprenti', 'apprentie', 'assistante', 'etudiant', 'etudiante']],
  // German, read without umlauts ("Geschäftsführer" is "geschaftsfuhrer"); a word ending in -leiter
  // or -direktor ("Vertriebsleiter", "Bereichsleiterin") is read as its ending (see `compoundAt`).
  [
    C_LEVEL,
    [
      'geschaftsfuhrer',
      'geschaftsfuhrerin',
      'geschaftsleitung',
      'vorstand',
      'vorstands',
      'vorstandsvorsitzender',
      'vorstandsvorsitzende',
      'inhaber',
      'inhaberin',
      'gesellschafter',
      'gesellschafterin',
      'grunder',
      'grunderin',
      'mitgrunder',
      'mitgrunderin',
    ],
  ],
  // "Leiter(in)" follows the rule below: a "Team Leiter" is a manager.
  [DIRECTOR, ['direktor', 'direktorin', 'prokurist', 'prokuristin']],
  [MANAGER, ['teamleiter']],
  [ENTRY, ['werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'auszubildender', 'auszubildende', 'azubi', 'assistent', 'assistentin']],
  // Spanish, read without accents; "presidente", "socio(a)" and "general" follow the rules below.
  [C_LEVEL, ['fundador', 'fundadora', 'cofundador', 'cofundadora', 'consejero', 'consejera', 'presidenta']],
  [VP, ['vicepresidente', 'vicepresidenta']],
  [DIRECTOR, ['directora', 'subdirector', 'subdirectora']],
  [MANAGER, ['gerente', 'jefe', 'jefa']],
  [ENTRY, ['becario', 'becaria', 'practicante', 'pasante', 'asistente']],
  // Portuguese (Brazil), read without accents; "diretor(a)" before "geral" or "executivo(a)" and
  // "proprietário(a)", "dono(a)" and "líder" follow the rules below. A superintendente ranks above
  // the directors in a Brazilian company; a coordenador(a) or gestor(a) leads a team; "chefe" only
  // as "chefe de ...", a head of it.
  [C_LEVEL, ['conselheiro', 'conselheira']],
  [VP, ['superintendente']],
  [DIRECTOR, ['diretor', 'diretora', 'subdiretor', 'subdiretora', 'chefe']],
  [MANAGER, ['coordenador', 'coordenadora', 'gestor', 'gestora', 'supervisora']],
  [ENTRY, ['estagiario', 'estagiaria', 'assistente', 'aprendiz']],
  // Polish, read without its letters ("Właściciel" is "wlasciciel", `foldLetters`); "właściciel(ka)" and
  // "współwłaściciel(ka)" follow the owner's rule below, and "dyrektor(ka)" before "generalny" or
  // "zarządzający" is the head of the company. Before a title's other words: "Prezes Zarządu",
  // "Dyrektor ds. Sprzedaży"; a word of a level inflected after another ("Asystentka Prezesa") is
  // no role noun.
  [C_LEVEL, ['prezes', 'prezeska']],
  [VP, ['wiceprezes', 'wiceprezeska']],
  [DIRECTOR, ['dyrektor', 'dyrektorka']],
  [MANAGER, ['kierownik', 'kierowniczka', 'menedzer', 'menadzer', 'menedzerka']],
  [ENTRY, ['stazysta', 'stazystka', 'praktykant', 'praktykantka', 'asystent', 'asystentka']],
  // Czech, read without its letters ("Ředitel" is "reditel"); "ředitel(ka)" follows the rule below
  // (after "generální", the head of the company), as "majitel(ka)" and "spolumajitel(ka)" follow
  // the owner's. A jednatel runs a Czech company (s.r.o.); a předseda (představenstva) chairs it.
  [C_LEVEL, ['jednatel', 'jednatelka', 'predseda', 'predsedkyne']],
  [MANAGER, ['vedouci', 'manazer', 'manazerka']],
  [ENTRY, ['asistent', 'asistentka', 'stazista', 'stazistka']],
  // Dutch, Swedish, Danish, Norwegian and Finnish, read without their letters ("Ägare" is "agare", "Päällikkö"
  // "paallikko"). Who runs the company: a Swedish VD, a Norwegian konsernsjef, a Finnish toimitusjohtaja, a
  // Flemish zaakvoerder; "direktör", "direktør" and "directeur" follow the rule below (after "verkställande",
  // "administrerende", "adm.", "algemeen" or "statutair"), as "leder" does (after "daglig"), and "eigenaar",
  // "ägare", "ejer", "eier", "omistaja" the owner's. A word ending in -chef, -sjef, -leder, -leider, -ledare,
  // -johtaja, -päällikkö, -esimies or -directeur is read as its ending (see `compoundAt`).
  [
    C_LEVEL,
    [
      'vd',
      'konsernsjef',
      'koncernchef',
      'toimitusjohtaja',
      'zaakvoerder',
      'oprichter',
      'medeoprichter',
      'grundare',
      'medgrundare',
      'grunnlegger',
      'medgrunnlegger',
      'stifter',
      'medstifter',
      'perustaja',
      'indehaver',
      'innehaver',
    ],
  ],
  [DIRECTOR, ['hoofd', 'johtaja']],
  [MANAGER, ['sjef', 'teamleider', 'teamleder', 'teamledare', 'paallikko', 'esimies']],
  [ENTRY, ['stagiair', 'harjoittelija', 'assistentti']],
  // Ukrainian, matched as Cyrillic (\`bare\`); "директор(ка)" follows the rule below (after
  // "генеральний", the head of the company), as "власник(ця)" and "співвласник(ця)" follow the owner's.
  [C_LEVEL, ['засновник', 'засновниця', 'співзасновник', 'співзасновниця'].map(bare)],
  [MANAGER, ['керівник', 'керівниця', 'менеджер', 'менеджерка'].map(bare)],
  [ENTRY, ['стажер', 'стажерка', 'стажист', 'стажистка', 'асистент', 'асистентка'].map(bare)],
  // Russian, as Ukrainian ("директор", "менеджер" and "стажёр", folded to "стажер", are the same words);
  // "владелец(ица)" and "совладелец(ица)" follow the owner's rule below. An учредитель founded the
  // company (an ООО's owner), as a founder did. Two lines: the Apps Script bundle writes each Cyrillic
  // letter as six characters.
  [C_LEVEL, ['основатель', 'основательница', 'сооснователь', 'соосновательница'].map(bare)],
  [C_LEVEL, ['учредитель', 'учредительница', 'соучредитель', 'соучредительница'].map(bare)],
  [MANAGER, ['руководитель', 'руководительница', 'начальник', 'начальница'].map(bare)],
  [ENTRY, ['ассистент', 'ассистентка'].map(bare)],
];

/** Role nouns and the words the rules below name; any other word is 0. */
const ROLE_WORDS = [
  'president',
  'vice',
  'founder',
  'cofounder',
  'owner',
  'partner',
  'officer',
  'chief',
  'director',
  'head',
  'manager',
  'mgr',
  'supervisor',
  'superintendent',
  'lead',
  'leader',
  'team',
  'group',
  'intern',
  'internship',
  'trainee',
  'apprentice',
  'assistant',
  'coordinator',
  'student',
  'the',
  'co',
  'presidente',
  'associe',
  'associee',
  'socio',
  'socia',
  'general',
  'generale',
  'geral',
  'executivo',
  'executiva',
  'proprietario',
  'proprietaria',
  'dono',
  'dona',
  'lider',
  'wlasciciel',
  'wlascicielka',
  'wspolwlasciciel',
  'wspolwlascicielka',
  'generalny',
  'generalna',
  'zarzadzajacy',
  'zarzadzajaca',
  'reditel',
  'reditelka',
  'generalni',
  'majitel',
  'majitelka',
  'spolumajitel',
  'spolumajitelka',
  // Dutch and Nordic words the rules below name ("Adm. dir.", "Mede-eigenaar"); a cook's -chef, no manager's.
  'verkstallande',
  'administrerende',
  'adm',
  'dir',
  'algemeen',
  'statutair',
  'daglig',
  'leder',
  'leider',
  'ledare',
  'eigenaar',
  'medeeigenaar',
  'agare',
  'delagare',
  'ejer',
  'medejer',
  'eier',
  'medeier',
  'omistaja',
  'souschef',
  'kokschef',
  'kokkenchef',
  // Two lines: the Apps Script bundle writes each Cyrillic letter as six characters.
  ...['директор', 'директорка', 'генеральний', 'генеральна'].map(bare),
  ...['власник', 'власниця', 'співвласник', 'співвласниця'].map(bare),
  // Russian's `генеральный директор`: the same директор, whose head of the company is not taken for a director.
  ...['генеральный', 'генеральная'].map(bare),
  // Russian's owner and co-owner, read by the owner's rule.
  ...['владелец', 'владелица', 'совладелец', 'совладелица'].map(bare),
  ...FRENCH_NOUNS.flatMap(([, words]) => words),
  'leiter',
  'leiterin',
];

/**
 * Every word the reading looks at gets a number (its index + 1), so a title is read without
 * cutting it into lower-case word strings: a list holds tens of thousands of distinct titles.
 */
const WORDS: readonly string[] = [
  ...new Set([
    ...ROLE_WORDS,
    ...Object.keys(ACRONYMS),
    ...OWNER_WORDS,
    ...PARTNER_WORDS,
    ...SENIOR_WORDS,
    ...ENTRY_WORDS,
    ...TAIL_WORDS,
    ...LATE_TAIL_WORDS,
    ...PART_WORDS,
    ...PAST_WORDS,
  ]),
];
const word = (w: string): number => WORDS.indexOf(w) + 1;

const PRESIDENT = word('president');
const PRESIDENTE = word('presidente');
const ASSOCIE = word('associe');
const ASSOCIEE = word('associee');
const SOCIO = word('socio');
const SOCIA = word('socia');
const GERENTE = word('gerente');
const DIRECTORA = word('directora');
const GENERAL = word('general');
const GENERALE = word('generale');
const DIRECTEUR = word('directeur');
const DIRECTOR_WORD = word('director');
const MANAGING = word('managing');
const DIRECTRICE = word('directrice');
const VICE = word('vice');
const COFOUNDER = word('cofounder');
const OWNER = word('owner');
const PARTNER = word('partner');
const OFFICER = word('officer');
const CHIEF = word('chief');
const HEAD = word('head');
const LEAD = word('lead');
const LEADER = word('leader');
const TEAM = word('team');
const GROUP = word('group');
const THE = word('the');
const CO = word('co');
const CHEF = word('chef');
const CHEFFE = word('cheffe');
const LEITER = word('leiter');
const LEITERIN = word('leiterin');
const TEAMLEITER = word('teamleiter');
const DIREKTOR = word('direktor');
const DIRETOR = word('diretor');
const DIRETORA = word('diretora');
const GERAL = word('geral');
const EXECUTIVO = word('executivo');
const EXECUTIVA = word('executiva');
const PROPRIETARIO = word('proprietario');
const PROPRIETARIA = word('proprietaria');
const DONO = word('dono');
const DONA = word('dona');
const LIDER = word('lider');
const CHEFE = word('chefe');
const DYREKTOR = word('dyrektor');
const DYREKTORKA = word('dyrektorka');
const WLASCICIEL = word('wlasciciel');
const WLASCICIELKA = word('wlascicielka');
const WSPOLWLASCICIEL = word('wspolwlasciciel');
const WSPOLWLASCICIELKA = word('wspolwlascicielka');
const GENERALNY = word('generalny');
const GENERALNA = word('generalna');
const ZARZADZAJACY = word('zarzadzajacy');
const ZARZADZAJACA = word('zarzadzajaca');
const REDITEL = word('reditel');
const REDITELKA = word('reditelka');
const GENERALNI = word('generalni');
const MAJITEL = word('majitel');
const MAJITELKA = word('majitelka');
const SPOLUMAJITEL = word('spolumajitel');
const SPOLUMAJITELKA = word('spolumajitelka');
const VERKSTALLANDE = word('verkstallande');
const ADMINISTRERENDE = word('administrerende');
const ADM = word('adm');
const DIR = word('dir');
const DIREKTORIN = word('direktorin');
const ALGEMEEN = word('algemeen');
const STATUTAIR = word('statutair');
const DAGLIG = word('daglig');
const LEDER = word('leder');
const LEIDER = word('leider');
const LEDARE = word('ledare');
const EIGENAAR = word('eigenaar');
const MEDEEIGENAAR = word('medeeigenaar');
const AGARE = word('agare');
const DELAGARE = word('delagare');
const EJER = word('ejer');
const MEDEJER = word('medejer');
const EIER = word('eier');
const MEDEIER = word('medeier');
const OMISTAJA = word('omistaja');
const SJEF = word('sjef');
const JOHTAJA = word('johtaja');
const TOIMITUSJOHTAJA = word('toimitusjohtaja');
const PAALLIKKO = word('paallikko');
const ESIMIES = word('esimies');
const HOOFD = word('hoofd');
const TEAMLEDER = word('teamleder');
const DYREKTOR_UA = word(bare('директор'));
const DYREKTORKA_UA = word(bare('директорка'));
const HENERALNYI = word(bare('генеральний'));
const HENERALNA = word(bare('генеральна'));
const GENERALNYI_RU = word(bare('генеральный'));
const GENERALNAYA_RU = word(bare('генеральная'));
const VLASNYK = word(bare('власник'));
const VLASNYTSIA = word(bare('власниця'));
const SPIVVLASNYK = word(bare('співвласник'));
const SPIVVLASNYTSIA = word(bare('співвласниця'));
const VLADELETS = word(bare('владелец'));
const VLADELITSA = word(bare('владелица'));
const SOVLADELETS = word(bare('совладелец'));
const SOVLADELITSA = word(bare('совладелица'));

/** What each word is, as bits of FLAGS[word]. */
const OWNER_BEFORE = 1;
const PARTNER_BEFORE = 2;
const SENIOR_WORD = 4;
const ENTRY_WORD = 8;
const TAIL = 16;
const PART = 32;
const LATE_TAIL = 64;
const PAST = 128;
const FLAGS = new Uint8Array(WORDS.length + 1);
const flag = (words: readonly string[], bit: number) => {
  for (const w of words) FLAGS[word(w)] = (FLAGS[word(w)] as number) | bit;
};
flag(OWNER_WORDS, OWNER_BEFORE);
flag(PARTNER_WORDS, PARTNER_BEFORE);
flag(SENIOR_WORDS, SENIOR_WORD);
flag(ENTRY_WORDS, ENTRY_WORD);
flag(TAIL_WORDS, TAIL);
flag(LATE_TAIL_WORDS, LATE_TAIL);
flag(PART_WORDS, PART);
flag(PAST_WORDS, PAST);
const LOWER_LINK = new Uint8Array(WORDS.length + 1);
for (const w of LOWER_LINK_WORDS) LOWER_LINK[word(w)] = 1;
/**
 * PARTNER_QUALIFIED_WORDS, looked for only after a partner: not among WORDS, whose every word a title
 * holds is compared letter by letter ("Sales" and "Engineer" are in most titles; a partner is rare).
 */
const QUALIFIED: ReadonlySet<string> = new Set(PARTNER_QUALIFIED_WORDS);

/** A role noun's level whatever comes before it (0: it depends, or it is no role noun). */
const NOUN_LEVEL = new Uint8Array(WORDS.length + 1);
for (const [w, level] of Object.entries(ACRONYMS)) NOUN_LEVEL[word(w)] = level;
for (const w of ['founder', 'cofounder', 'chief']) NOUN_LEVEL[word(w)] = C_LEVEL;
for (const w of ['director', 'head']) NOUN_LEVEL[word(w)] = DIRECTOR;
for (const w of ['manager', 'mgr', 'supervisor', 'superintendent']) NOUN_LEVEL[word(w)] = MANAGER;
for (const w of ['intern', 'internship', 'trainee', 'apprentice', 'assistant', 'coordinator', 'student']) NOUN_LEVEL[word(w)] = ENTRY;
for (const [level, words] of FRENCH_NOUNS) for (const w of words) NOUN_LEVEL[word(w)] = level;

/**
 * Which of `wordLevel`'s rules decides a word's level where NOUN_LEVEL does not, by the word (0: none, the
 * level 0). A switch over the words themselves compared each word with every one of them in turn (their numbers
 * are found as the module loads, so the engine had no table to jump by): some 60 comparisons for a word no rule
 * names, and most do.
 */
const LEVEL_RULE = new Uint8Array(WORDS.length + 1);
// The words of each rule, in the order of `wordLevel`'s cases: the first are case 1's.
[
  [PRESIDENT, PRESIDENTE],
  [
    OWNER,
    PROPRIETARIO,
    PROPRIETARIA,
    DONO,
    DONA,
    WLASCICIEL,
    WLASCICIELKA,
    MAJITEL,
    MAJITELKA,
    EIGENAAR,
    AGARE,
    EJER,
    EIER,
    OMISTAJA,
    VLASNYK,
    VLASNYTSIA,
    VLADELETS,
    VLADELITSA,
  ],
  [
    WSPOLWLASCICIEL,
    WSPOLWLASCICIELKA,
    SPOLUMAJITEL,
    SPOLUMAJITELKA,
    MEDEEIGENAAR,
    DELAGARE,
    MEDEJER,
    MEDEIER,
    SPIVVLASNYK,
    SPIVVLASNYTSIA,
    SOVLADELETS,
    SOVLADELITSA,
  ],
  [REDITEL, REDITELKA],
  [LEDER, LEIDER, LEDARE],
  [DYREKTOR_UA, DYREKTORKA_UA],
  [PARTNER, ASSOCIE, ASSOCIEE, SOCIO, SOCIA],
  [GENERAL, GENERALE],
  [GERAL, EXECUTIVO, EXECUTIVA],
  [GENERALNY, GENERALNA, ZARZADZAJACY, ZARZADZAJACA],
  [OFFICER],
  [LEAD, LEADER, LIDER],
  [LEITER, LEITERIN],
].forEach((words, k) => {
  for (const w of words) LEVEL_RULE[w] = k + 1;
});

/** The level a word gives its role phrase, given the word before it in the phrase (-1: none) and whether "chief" came earlier. */
function wordLevel(w: number, before: number, chief: boolean): number {
  // A managing director heads the company, as a Geschäftsführer or a directeur général does; so does a Spanish `socio director` or a Brazilian `sócio-diretor`.
  if ((w === DIRECTOR_WORD || w === DIRECTORA || w === DIRETOR || w === DIRETORA) && (before === MANAGING || before === SOCIO || before === SOCIA))
    return C_LEVEL;
  // "Verkställande direktör", "Adm. direktør", "Administrerende direktør", "Adm. dir.", "Algemeen directeur", "Statutair
  // directeur": the head of a Swedish, Danish, Norwegian or Dutch company, as a managing director is (a Direktorin too, as a
  // -direktorin is read as its direktor).
  if (
    (w === DIREKTOR || w === DIREKTORIN || w === DIRECTEUR || w === DIR) &&
    (before === VERKSTALLANDE || before === ADMINISTRERENDE || before === ADM || before === ALGEMEEN || before === STATUTAIR)
  )
    return C_LEVEL;
  const noun = NOUN_LEVEL[w] as number;
  if (noun !== 0) return noun;
  switch (LEVEL_RULE[w]) {
    // A president (a vice president is a VP).
    case 1:
      return before === VICE ? VP : C_LEVEL;
    // An owner, alone or after a word that makes one (`Co`, `Business`).
    case 2:
      return before === -1 || ((FLAGS[before] as number) & OWNER_BEFORE) !== 0 ? C_LEVEL : 0;
    // A co-owner, as a "Co-Owner" is.
    case 3:
      return before === -1 ? C_LEVEL : 0;
    // "Generální ředitel(ka)": the head of a Czech company, as a directeur général is; any other a director.
    case 4:
      return before === GENERALNI ? C_LEVEL : DIRECTOR;
    // "Daglig leder": who runs a Norwegian company. Any other leder, leider or ledare as a Leiter is: a "Team leder" a manager.
    case 5:
      return before === DAGLIG ? C_LEVEL : before === TEAM || before === GROUP ? MANAGER : DIRECTOR;
    // "Генеральний директор", "Генеральна директорка": the head of a Ukrainian company.
    case 6:
      return before === HENERALNYI || before === HENERALNA || before === GENERALNYI_RU || before === GENERALNAYA_RU ? C_LEVEL : DIRECTOR;
    // A partner, alone or after a word that makes one.
    case 7:
      return before === -1 || ((FLAGS[before] as number) & PARTNER_BEFORE) !== 0 ? C_LEVEL : 0;
    // "Directeur général", "Directora General", "Gerente General": the head of the company. After
    // "director" too (Spanish, and the English Director-General), where the reading adds it: not
    // before "counsel" (`generalAfterDirector`), as a "Director General Counsel" runs the legal team.
    case 8:
      return before === DIRECTEUR || before === DIRECTRICE || before === DIRECTORA || before === GERENTE ? C_LEVEL : 0;
    // "Diretor Geral", "Diretora-executiva": the head of a Brazilian company, as a directeur général is.
    case 9:
      return before === DIRETOR || before === DIRETORA ? C_LEVEL : 0;
    // "Dyrektor Generalny", "Dyrektorka Zarządzająca": the head of a Polish company, as a managing director is.
    case 10:
      return before === DYREKTOR || before === DYREKTORKA ? C_LEVEL : 0;
    // "Chief ... Officer": a "chief" later in the phrase is read there anyway.
    case 11:
      return chief ? C_LEVEL : 0;
    // A lead or leader: a team's a manager, any other senior.
    case 12:
      return before === TEAM || before === GROUP ? MANAGER : SENIOR;
    // A Leiter: a team's a manager, any other a director.
    case 13:
      return before === TEAM || before === GROUP ? MANAGER : DIRECTOR;
    default:
      return 0;
  }
}

/** "General" after "director" at `after` (the next word's start): the head of the company, but not a "Director General Counsel". */
function generalAfterDirector(t: string, after: number): number {
  if (!matches(t, after, 'counsel')) return C_LEVEL;
  // The word itself, not one it begins (`Counselor`).
  const next = t.charCodeAt(after + 7);
  return Number.isNaN(next) || (next < 128 && WORD_CHARS[next] === 0) ? 0 : C_LEVEL;
}

/**
 * Known words by the hash the scan makes of a word as it reads its letters (`hashStep` of each
 * lower-case code): an open-addressing table, at most an eighth full, so most words of a title,
 * which the reading does not name, cost one look at an empty or other slot and no compare.
 */
const hashStep = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;
const WORD_SLOTS = 4096;
const slotOf = (h: number): number => (h ^ (h >>> 11)) & (WORD_SLOTS - 1);
// An eighth full at most: 512 words (253 before Czech and Ukrainian titles were read), each numbered in 16 bits.
if (WORDS.length > WORD_SLOTS / 8) throw new Error(`titles: ${WORDS.length} words fill more than an eighth of ${WORD_SLOTS} slots`);
const SLOT_WORD = new Uint16Array(WORD_SLOTS);
const SLOT_HASH = new Int32Array(WORD_SLOTS);
WORDS.forEach((known, k) => {
  let h = 0;
  for (let at = 0; at < known.length; at++) h = hashStep(h, known.charCodeAt(at));
  let s = slotOf(h);
  while (SLOT_WORD[s] !== 0) s = (s + 1) & (WORD_SLOTS - 1);
  SLOT_WORD[s] = k + 1;
  SLOT_HASH[s] = h;
});

/** The lower-case code of an ASCII word character (a-z, A-Z, 0-9), 0 for any other character. */
const WORD_CHARS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_CHARS[c] = c;
for (let c = 97; c <= 122; c++) WORD_CHARS[c] = c;
for (let c = 65; c <= 90; c++) WORD_CHARS[c] = c + 32;

/** The number of the word text[from, to), of hash `h` (see `hashStep`), or 0 for any other word. */
function wordAt(text: string, from: number, to: number, h: number): number {
  const length = to - from;
  for (let s = slotOf(h), w = SLOT_WORD[s] as number; w !== 0; s = (s + 1) & (WORD_SLOTS - 1), w = SLOT_WORD[s] as number) {
    const known = WORDS[w - 1] as string;
    if (SLOT_HASH[s] !== h || known.length !== length) continue;
    // The text's word is letters and digits: `| 32` lower-cases a letter and keeps a digit.
    let at = 0;
    while (at < length && (text.charCodeAt(from + at) | 32) === known.charCodeAt(at)) at++;
    if (at === length) return w;
  }
  return 0;
}

/** A lower-case Cyrillic letter, as `foldLetters` leaves one: а-я, ѐ-џ (і, є...), ґ. */
const isCyrillic = (c: number): boolean => (c >= 0x430 && c <= 0x45f) || c === 0x491;

/** As `wordAt`, for a word of Cyrillic letters in a folded title: compared as it is, already lower case. */
function cyrillicWordAt(text: string, from: number, to: number, h: number): number {
  const length = to - from;
  for (let s = slotOf(h), w = SLOT_WORD[s] as number; w !== 0; s = (s + 1) & (WORD_SLOTS - 1), w = SLOT_WORD[s] as number) {
    const known = WORDS[w - 1] as string;
    if (SLOT_HASH[s] !== h || known.length !== length) continue;
    let at = 0;
    while (at < length && text.charCodeAt(from + at) === known.charCodeAt(at)) at++;
    if (at === length) return w;
  }
  return 0;
}

/**
 * A German compound read as its ending, text[from, to) in any case: "-leiter(in)" a director's
 * ("Vertriebsleiter", "Abteilungsleiterin"), a manager's after "team", "gruppen" or "projekt";
 * "-direktor(in)" a director's ("Försäljningsdirektör", "Salgsdirektør" too). A Dutch or Nordic
 * one too (`nordicCompoundAt`). 0 for any other word.
 */
function compoundAt(text: string, from: number, to: number): number {
  // Most long words end otherwise: one look at the last letter ("-er", "-or"; "-in").
  const last = text.charCodeAt(to - 1) | 32;
  const end = last === 110 && endsIn(text, from, to, 'in') ? to - 2 : last === 114 ? to : -1;
  // A Dutch or Nordic ending is looked for only after its last two letters (`NORDIC_BEFORE_LAST`): most English words end otherwise.
  if (end < 0) return NORDIC_BEFORE_LAST[last] === (text.charCodeAt(to - 2) | 32) ? nordicCompoundAt(text, from, to, last) : 0;
  if (endsIn(text, from, end, 'leiter')) {
    return matches(text, from, 'team') || matches(text, from, 'gruppen') || matches(text, from, 'projekt') ? TEAMLEITER : LEITER;
  }
  if (endsIn(text, from, end, 'direktor')) return DIREKTOR;
  if (end !== to) return 0;
  // "-eur", "-der" ("-directeur", "-leder", "-leider"), not the "-eer" or "-per" of an English word.
  const beforeLast = text.charCodeAt(to - 2) | 32;
  return beforeLast === 117 || (beforeLast === 101 && (text.charCodeAt(to - 3) | 32) === 100) ? nordicCompoundAt(text, from, to, last) : 0;
}

/** The letter before the last of a Dutch or Nordic ending, by its last: -ja, -fd, -re, -ef, -ko, -es ("-johtaja", "-hoofd", "-ledare", "-chef", "-päällikkö", "-esimies"). */
const NORDIC_BEFORE_LAST = new Uint8Array(128);
for (const ending of ['ja', 'fd', 're', 'ef', 'ko', 'es']) NORDIC_BEFORE_LAST[ending.charCodeAt(1)] = ending.charCodeAt(0);

/**
 * A Dutch or Nordic compound read as its ending, text[from, to) in any case, `last` its last letter in
 * lower case: "-directeur" a director's ("Verkoopdirecteur"), "-johtaja" too ("Myyntijohtaja"; a
 * "-toimitusjohtaja" runs the company), "-hoofd" a head's ("Afdelingshoofd"); "-leder", "-leider",
 * "-ledare" as "-leiter" ("Avdelingsleder" a director's, "Projectleider" a manager's); "-chef" and
 * "-sjef" ("Försäljningschef", "Salgssjef"), "-päällikkö" and "-esimies" a manager's. 0 for any other word.
 */
function nordicCompoundAt(text: string, from: number, to: number, last: number): number {
  switch (last) {
    case 114:
      if (endsIn(text, from, to, 'directeur')) return DIRECTEUR;
      return endsIn(text, from, to, 'leder') || endsIn(text, from, to, 'leider') ? (teamFirst(text, from) ? TEAMLEDER : LEDER) : 0;
    case 101:
      return endsIn(text, from, to, 'ledare') ? (teamFirst(text, from) ? TEAMLEDER : LEDER) : 0;
    case 102:
      return endsIn(text, from, to, 'chef') || endsIn(text, from, to, 'sjef') ? SJEF : 0;
    case 97:
      if (!endsIn(text, from, to, 'johtaja')) return 0;
      return endsIn(text, from, to, 'toimitusjohtaja') ? TOIMITUSJOHTAJA : JOHTAJA;
    case 111:
      return endsIn(text, from, to, 'paallikko') ? PAALLIKKO : 0;
    case 115:
      return endsIn(text, from, to, 'esimies') ? ESIMIES : 0;
    case 100:
      return endsIn(text, from, to, 'hoofd') ? HOOFD : 0;
    default:
      return 0;
  }
}

/** Whether a Dutch or Nordic compound starts as a team's, a group's or a project's: "Teamleder", "Groepsleider", "Projektledare". */
const teamFirst = (text: string, from: number): boolean =>
  matches(text, from, 'team') ||
  matches(text, from, 'grupp') ||
  matches(text, from, 'groeps') ||
  matches(text, from, 'proje') ||
  matches(text, from, 'prosjekt');

/** Whether text[from, to) ends in `word` (lower case), in any case. */
function endsIn(text: string, from: number, to: number, word: string): boolean {
  return to - from >= word.length && matches(text, to - word.length, word);
}

/** Whether `word` (lower case) is written at `at` in `text`, in any case. */
export function matches(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * One pass over the title: words are grouped into roles (split at `&`, `/`, `,`, `|`, ` - `,
 * "and", "at"...), each role's head phrase stops at "of", "for", "to"...; the most senior role
 * wins. Within a phrase the word read last decides, as the phrase is read right to left. No
 * regex, no lower-cased copy, no word strings and no cache: real lists hold tens of thousands
 * of distinct titles.
 */
export function seniorityFromTitle(title: string): Seniority | undefined {
  const level = titleLevel(title, false);
  return LEVELS[level < 0 ? titleLevel(foldLetters(title), true) : level];
}

/** Characters below 128 that separate roles: `&`, `/`, `,`, `|`, `;`, `(`, `@`; a hyphen only between spaces. Above 127: `·`, `•`, `–`, `—`. */
const ASCII_SEPARATORS = new Uint8Array(128);
for (const c of '&/,|;(@') ASCII_SEPARATORS[c.charCodeAt(0)] = 1;
/** The characters above 127 that separate roles: `·`, `•`, `–`, `—`. */
const isWideSeparator = (c: number): boolean => c === 183 || c === 8226 || c === 8211 || c === 8212;
/** A word's weak level: what a senior or entry word gives a phrase with no role noun. */
const WEAK = new Uint8Array(WORDS.length + 1);
for (let w = 1; w <= WORDS.length; w++) WEAK[w] = ((FLAGS[w] as number) & SENIOR_WORD) !== 0 ? SENIOR : ((FLAGS[w] as number) & ENTRY_WORD) !== 0 ? ENTRY : 0;

/**
 * The title's rank, or -1 when it holds a letter over 127 and is not yet folded (`foldLetters`: an accent, or a
 * character that only `toLowerCase` reads right): most titles are ASCII and are read as they are.
 * A folded title's Cyrillic words are words too, each compared as written (`cyrillicWordAt`).
 * Space, the commonest character between words, is passed over first; a word is hashed as its
 * letters are read, and one the reading does not name mostly costs one look at the table of words.
 */
function titleLevel(t: string, isFolded: boolean): number {
  const n = t.length;
  let best = 0;
  // The role phrase being read: its last deciding word's level, the best senior or entry word's, "chief" seen, the word before.
  let decided = 0;
  let weak = 0;
  let chief = false;
  let before = -1;
  let inTail = false;
  // A word of PAST_WORDS in the phrase: the role is not held now, and tells no level.
  let past = false;
  // The phrase's level before a "partner" that made it c-level (-1: none): a role noun of
  // PARTNER_QUALIFIED_WORDS after it in the phrase makes it what the partner qualifies ("Partner Engineer").
  let beforePartner = -1;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    // A word of ASCII letters and digits; in a folded title, of Cyrillic letters too (read apart from them).
    const ascii = c < 128;
    if (ascii || (isFolded && isCyrillic(c))) {
      const first = ascii ? (WORD_CHARS[c] as number) : c;
      if (first !== 0) {
        let j = i + 1;
        let h = first;
        let d = 0;
        if (ascii) {
          // A word runs on over letters and digits: `| 32` lower-cases a letter, and no other character lands on one.
          for (; j < n; j++) {
            d = t.charCodeAt(j);
            if (((d | 32) - 97) >>> 0 >= 26 && (d - 48) >>> 0 >= 10) break;
            h = hashStep(h, d | 32);
          }
          // A word that runs on into an accented letter (`eté`) is not the ASCII word before it (`et`): read folded.
          // Not into a separator (`·`, `•`, `–`, `—`): the title keeps its case, as a Portuguese link word needs.
          if (!isFolded && j < n && d >= 128 && !isWideSeparator(d)) return -1;
        } else {
          for (; j < n; j++) {
            d = t.charCodeAt(j);
            if (!isCyrillic(d)) break;
            h = hashStep(h, d);
          }
        }
        let w = ascii ? wordAt(t, i, j, h) : cyrillicWordAt(t, i, j, h);
        if (w === 0 && j - i > 6) w = compoundAt(t, i, j);
        else if (LOWER_LINK[w] === 1 && (d !== 32 || t.charCodeAt(i) < 97)) w = 0;
        // A space after the word, the commonest case, is passed over here: it changes nothing, and its code is read already.
        const after = d === 32 ? j + 1 : j;
        const start = i;
        i = j;
        if (w === 0) {
          // Most words: one the reading does not name only stands before the next.
          if (!inTail) {
            before = 0;
            if (beforePartner >= 0 && QUALIFIED.has(t.slice(start, j).toLowerCase())) {
              decided = beforePartner;
              beforePartner = -1;
            }
          }
          i = after;
          continue;
        }
        // "co-founder" is one word.
        if (w === CO && t.charCodeAt(j) === 45 && matches(t, j + 1, 'founder')) {
          w = COFOUNDER;
          i = j + 8;
        }
        const flags = FLAGS[w] as number;
        if ((flags & PART) === 0) {
          if (w === CHIEF && matches(t, i, ' of staff')) {
            // A chief of staff runs the office of an executive: director level, not c-level.
            i += 9;
            if (inTail) continue;
            w = HEAD;
            inTail = true;
          } else if ((flags & TAIL) !== 0 || ((flags & LATE_TAIL) !== 0 && (decided !== 0 || weak !== 0))) {
            inTail = true;
            continue;
          } else if (inTail || w === THE) continue;
          if ((flags & LATE_TAIL) !== 0 || ((w === CHEF || w === CHEFFE || w === CHEFE) && !matches(t, i, ' d'))) {
            // A French link word before any word of a level, a chef who is a cook: a word the reading does not name.
            before = 0;
            continue;
          }
          if ((flags & PAST) !== 0) past = true;
          const level = (w === GENERAL || w === GENERALE) && before === DIRECTOR_WORD ? generalAfterDirector(t, after) : wordLevel(w, before, chief);
          // A word of a level after the partner decides the phrase in its place: nothing to undo then.
          if (level !== 0) beforePartner = w === PARTNER ? decided : -1;
          if (level !== 0) decided = level;
          if (w === CHIEF) chief = true;
          const wk = WEAK[w] as number;
          if (wk > weak) weak = wk;
          before = w;
          if (i === j) i = after;
          continue;
        }
        // The word starts another role: end this one, below.
      } else {
        i++;
        if (c === 32 || (ASCII_SEPARATORS[c] === 0 && !(c === 45 && t.charCodeAt(i - 2) === 32 && t.charCodeAt(i) === 32))) continue;
      }
    } else {
      const separates = isWideSeparator(c);
      if (!separates && !isFolded) return -1;
      i++;
      if (!separates) continue;
    }
    // The end of a role: its level counts if it is the most senior yet; none is above c-level.
    const level = past ? 0 : decided !== 0 ? decided : weak;
    if (level > best) {
      if (level === C_LEVEL) return level;
      best = level;
    }
    decided = 0;
    weak = 0;
    chief = false;
    before = -1;
    inTail = false;
    past = false;
    beforePartner = -1;
  }
  const level = past ? 0 : decided !== 0 ? decided : weak;
  if (level > best) best = level;
  return best;
}
