/**
 * Figures in words, one way each for every surface (the CLI, the sheet's texts, the sidebar):
 * counts grouped by thousands, rates as percents, money in dollars. A leaf: it imports nothing.
 */

/**
 * A number with its thousands grouped by commas, as `toLocaleString('en-US')` writes it: 12345.6 ->
 * '12,345.6'; without the locale data a first call to that loads (some 20 ms of a command's run).
 */
export function grouped(n: number): string {
  // A whole number, or one of at most three decimals (an expected 12.5 replies), reads the same
  // here; any other is the locale's (which rounds to three decimals, and writes 1e21 in full).
  const plain = Number.isInteger(n) || Math.round(n * 1000) / 1000 === n;
  if (!plain || !Number.isFinite(n) || Math.abs(n) >= 1e21 || Object.is(n, -0)) return n.toLocaleString('en-US');
  const text = String(n);
  // Most counts are under a thousand: no separator to place.
  if (n >= 0 && n < 1000) return text;
  const [whole, fraction] = text.split('.');
  return `${(whole as string).replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** `n` and the word for one or many: `1 row has`, `1,200 rows have`. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${grouped(n)} ${n === 1 ? one : many}`;

/** A rate to a tenth of a point, as the settings write one: 0.185 -> '18.5%'. */
export const percentText = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** A measured rate to a whole point: 0.185 -> '19%' (its interval is wider than a point). */
export const wholePercentText = (x: number) => `${Math.round(x * 100)}%`;

/** Dollars and cents: 1.5 -> '$1.50'. */
export const dollars = (x: number) => `$${x.toFixed(2)}`;

/** A cost per reply in cents, or "under $0.01" where a cost spread over many replies rounds to none: "$0.00" read as free. */
export const perReply = (x: number, cost: number) => (x === 0 && cost > 0 ? 'under $0.01' : dollars(x));

/** The expected replies and what they cost, in words: the CLI's lines and the sidebar's Preview both show these. */
export interface SummaryFigures {
  readonly expectedReplies: string;
  readonly expectedCost: string;
  /** Null with no reply expected. */
  readonly costPerReply: string | null;
  /** The expected InMail cost per reply the paid InMails bring (SPEC 6, v2); null with none sent. */
  readonly costPerPaidReply: string | null;
}

/** What of a plan's summary (`PlanSummary`) its figures are made from: named here, so this leaf imports nothing. */
interface Expected {
  readonly expectedReplies: number;
  readonly expectedCost: number;
  readonly costPerReply: number | null;
  readonly costPerPaidReply: number | null;
}

export function summaryFigures(sum: Expected): SummaryFigures {
  return {
    expectedReplies: grouped(Math.round(sum.expectedReplies * 10) / 10),
    expectedCost: dollars(sum.expectedCost),
    costPerReply: sum.costPerReply === null ? null : perReply(sum.costPerReply, sum.expectedCost),
    costPerPaidReply: sum.costPerPaidReply === null ? null : dollars(sum.costPerPaidReply),
  };
}
