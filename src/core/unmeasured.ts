/**
 * What a rate shows in place of its value when it is not measured: its own module, with nothing
 * to import, so the sidebar's bundle takes these words and not the numbers' code.
 */
import type { MeasuredRate } from './numbers.js';

export function unmeasuredWords(r: Pick<MeasuredRate, 'noReplies'>): string {
  return r.noReplies ? 'no replies recorded' : 'not enough data';
}
