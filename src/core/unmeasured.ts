/**
 * What a rate shows in place of its value when it is not measured, and whether Use my numbers
 * writes it: its own module, with nothing to import, so the sidebar's bundle takes these and not
 * the numbers' code.
 */
import type { MeasuredRate } from './numbers.js';

/**
 * Whether a rate above the assumed one may come down to it once the rows waiting are decided,
 * each against it: the quick answers are counted at once and the slow ones only later.
 */
export function mayFallToAssumed(hits: number, n: number, waiting: number, assumed: number): boolean {
  return waiting > 0 && hits / n > assumed && asWritten(hits / (n + waiting)) <= asWritten(assumed);
}

/**
 * A rate as Use my numbers writes it and the settings then read it, to a tenth of a point
 * (`percentText`): the least a rate comes to, once written, is the assumed rate, not above it.
 */
export function asWritten(rate: number): number {
  return Math.round(rate * 1000) / 1000;
}

/**
 * Whether Use my numbers writes a rate: one with enough data, not measured too `early`, nor in
 * line with the assumed one but above it where the rows waiting may bring it down to it, nor one
 * whose value written is the assumed rate already (written before: nothing new).
 */
export function writable(r: Pick<MeasuredRate, 'enoughData' | 'rate' | 'early' | 'hits' | 'n' | 'waiting' | 'assumed'>): boolean {
  if (!r.enoughData || r.rate === null || r.early || mayFallToAssumed(r.hits, r.n, r.waiting, r.assumed)) return false;
  return asWritten(rateWritten({ ...r, rate: r.rate })) !== asWritten(r.assumed);
}

/**
 * The rate Use my numbers writes: above the assumed rate with rows still waiting, the least it
 * comes to once they are decided, each against it (hits / (n + waiting)), whether or not its
 * interval leaves the assumed rate out; else the rate measured.
 */
export function rateWritten(r: Pick<MeasuredRate, 'hits' | 'n' | 'waiting' | 'assumed'> & { readonly rate: number }): number {
  return r.waiting > 0 && r.rate > r.assumed ? r.hits / (r.n + r.waiting) : r.rate;
}

export function unmeasuredWords(r: Pick<MeasuredRate, 'noReplies'>): string {
  return r.noReplies ? 'no replies recorded' : 'not enough data';
}
