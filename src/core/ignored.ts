/**
 * A saved `Column:` mapping a tab has no header for (SPEC 7: ignored on that tab, and said), in
 * words: its own module, with nothing to import, so the sidebar's bundle takes these words and
 * not the reader's code.
 */
import type { IgnoredMapping } from './columns.js';

export function ignoredMappingLine(m: IgnoredMapping): string {
  return `Column: ${m.field} is set to '${m.header}', which this tab does not have: ignored here.`;
}
