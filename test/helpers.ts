import { type Cell, type Day, type Outcome, type Prospect, type Settings, Problem, RowError, decide, parseIsoDay, parseSettings } from '../src/core/index.js';

/** Monday 2026-11-23: the as-of date of every test unless a test says otherwise. */
export const AS_OF = day('2026-11-23');

export function day(iso: string): Day {
  const d = parseIsoDay(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
}

export function settings(pairs: Record<string, Cell> = {}): Settings {
  const s = parseSettings([['As Of', '2026-11-23'], ...Object.entries(pairs)], AS_OF);
  if (s instanceof Problem) throw new Error(s.message);
  return s;
}

/** One prospect decided alone, as a row-wise function does; `credit` false: no credit left. */
export function touch(p: Prospect, pairs: Record<string, Cell> = {}, credit?: boolean): Outcome {
  const s = settings(pairs);
  const t = decide(p, s, credit ?? s.credits > 0);
  if (t instanceof RowError) throw new Error(t.text);
  return { ...t, prospect: p, settings: s };
}
