/**
 * SPEC section 1a: seniority read from a job title by its role noun, not by any word in it:
 * "Partner Marketing Manager" is a manager, "Product Owner" and "Chief of Staff" are not c-level,
 * "Head of ..." is a director. A title with several roles ("Founder & CEO") takes the most senior.
 */
import type { Seniority } from '../model.js';

const RANK: Record<Seniority, number> = { entry: 1, senior: 2, manager: 3, director: 4, vp: 5, 'c-level': 6 };

/** Whole-word acronyms that are a role on their own. */
const ACRONYMS: Record<string, Seniority> = {
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
};

/** Owners and partners are c-level only on their own or with these words before them. */
const OWNER_WORDS = new Set(['co', 'business', 'company', 'sole', 'founder', 'founding', 'franchise', 'proud', 'principal']);
const PARTNER_WORDS = new Set(['managing', 'founding', 'senior', 'general', 'equity', 'name', 'co', 'founder', 'principal', 'executive', 'venture']);

const SENIOR_WORDS = new Set(['senior', 'sr', 'principal', 'staff', 'lead', 'expert']);
const ENTRY_WORDS = new Set(['junior', 'jr', 'associate', 'assistant', 'graduate', 'entry', 'trainee', 'apprentice', 'intern', 'student']);

/** The level of one role phrase ("senior vice president", "partner marketing manager"), read right to left. */
function phraseLevel(words: readonly string[]): Seniority | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    const before = words[i - 1];
    const acronym = ACRONYMS[w];
    if (acronym) return acronym;
    switch (w) {
      case 'president':
        return before === 'vice' ? 'vp' : 'c-level';
      case 'founder':
      case 'cofounder':
        return 'c-level';
      case 'owner':
        if (before === undefined || OWNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'partner':
        if (before === undefined || PARTNER_WORDS.has(before)) return 'c-level';
        continue;
      case 'officer':
        if (words.includes('chief')) return 'c-level';
        continue;
      case 'chief':
        return 'c-level';
      case 'director':
        return 'director';
      case 'head':
        return 'director';
      case 'manager':
      case 'mgr':
      case 'supervisor':
      case 'superintendent':
        return 'manager';
      case 'lead':
      case 'leader':
        return before === 'team' || before === 'group' ? 'manager' : 'senior';
      case 'intern':
      case 'internship':
      case 'trainee':
      case 'apprentice':
      case 'assistant':
      case 'coordinator':
      case 'student':
        return 'entry';
    }
  }
  if (words.some((w) => SENIOR_WORDS.has(w))) return 'senior';
  if (words.some((w) => ENTRY_WORDS.has(w))) return 'entry';
  return undefined;
}

/** Lists repeat their titles: each distinct title is read once (the cache is bounded). */
const cache = new Map<string, Seniority | null>();

export function seniorityFromTitle(title: string): Seniority | undefined {
  const cached = cache.get(title);
  if (cached !== undefined) return cached ?? undefined;
  let t = title
    .toLowerCase()
    .replace(/co-founder/g, 'cofounder')
    .replace(/\bchief of staff\b/g, 'head');
  // "Assistant to the CEO": the role is before "to"; "Head of Sales": before "of".
  t = t.replace(/\s+@\s*/g, ' at ');
  let best: Seniority | null = null;
  for (const part of t.split(/\s*(?:[&/,|;·•–—(]|\s-\s|\band\b|\bat\b)\s*/)) {
    const head = part.split(/\s+(?:of|for|to|in|on|with|at)\s+/)[0] ?? '';
    const words = head.split(/[^a-z0-9]+/).filter((w) => w !== '' && w !== 'the');
    const level = phraseLevel(words);
    if (level && (best === null || RANK[level] > RANK[best])) best = level;
  }
  if (cache.size >= 10_000) cache.clear();
  cache.set(title, best);
  return best ?? undefined;
}
