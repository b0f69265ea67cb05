import { describe, expect, it } from 'vitest';
import { dollars, grouped, perReply, percentText, summaryFigures, wholePercentText } from '../src/core/format.js';
import type { PlanSummary } from '../src/core/plan.js';
import { roundCents } from '../src/core/cost.js';

describe('the core formatters, one of each', () => {
  it('grouped writes a number as toLocaleString("en-US") does, with a fraction kept whole', () => {
    for (const n of [0, 7, 999, 1000, 12345, -1234, 1_000_000, 2 ** 40, -0, Infinity, 1e21]) expect(grouped(n)).toBe(n.toLocaleString('en-US'));
    expect(grouped(12345.6)).toBe('12,345.6');
    expect(grouped(0.1)).toBe('0.1');
  });
  it('percents to a tenth and to a whole point, dollars to the cent, and a cost per reply that rounds to none is not "$0.00"', () => {
    expect(percentText(0.185)).toBe('18.5%');
    expect(wholePercentText(0.185)).toBe('19%');
    expect(dollars(1.5)).toBe('$1.50');
    expect(perReply(0, 0.04)).toBe('under $0.01');
    expect(perReply(0, 0)).toBe('$0.00');
  });
});

describe("the summary's figures, as the CLI's lines and the sidebar's Preview show them", () => {
  const figures = (over: Partial<PlanSummary>) =>
    summaryFigures({ expectedReplies: 400.04, expectedCost: 1.62, costPerReply: 0, costPerPaidReply: 9, ...over } as PlanSummary);
  it('a cost per reply that rounds to no cent, of a cost that is not nothing, reads "under $0.01", not "$0.00"', () => {
    expect(figures({})).toEqual({ expectedReplies: '400', expectedCost: '$1.62', costPerReply: 'under $0.01', costPerPaidReply: '$9.00' });
  });
  it('the expected replies to a tenth, grouped; no figure where there is no reply or no paid InMail', () => {
    expect(figures({ expectedReplies: 12345.67, costPerReply: null, costPerPaidReply: null })).toMatchObject({
      expectedReplies: '12,345.7',
      costPerReply: null,
      costPerPaidReply: null,
    });
  });
});

describe('cents', () => {
  it('round half up as the decimals are written, not as binary holds them: 3 x 18.5% = 0.555 is 0.56', () => {
    expect(roundCents(3 * 0.185)).toBe(0.56);
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(1.98 * 0.82)).toBe(1.62);
    expect(roundCents(0.554)).toBe(0.55);
    expect(roundCents(0)).toBe(0);
    expect(roundCents(123456.785)).toBe(123456.79);
  });
});
