/**
 * Expected cost and expected replies (SPEC sections 3 and 6). Costs are expected, not list price:
 * a reply within 90 days refunds the credit [002][003][004], so an InMail costs
 * Price Per Credit x (1 - reply rate): 0.78 of a credit at 22%, 0.86 at 14% [000 §3].
 */
import type { Channel, Settings } from './model.js';

/**
 * To the cent, half up as written in decimals: 3 x 18.5% is 0.555, which binary arithmetic holds
 * as 0.55499999999999994; read to 12 significant digits first, it rounds to 0.56, as by hand.
 */
export function roundCents(n: number): number {
  return Math.round(Number((n * 100).toPrecision(12))) / 100;
}

/** A refunded credit costs nothing, so one InMail costs this fraction of a credit. */
export function creditsPerInMail(replyRate: number): number {
  return 1 - replyRate;
}

/** The settings the InMail's cost was last worked out for, and that cost: asked of every InMail row. */
let costFor: Settings | undefined;
let inmailCost = 0;

export function expectedCost(channel: Channel, s: Settings): number {
  if (channel !== 'INMAIL') return 0;
  if (s !== costFor) {
    costFor = s;
    inmailCost = roundCents(s.pricePerCredit * creditsPerInMail(s.inmailReplyRate));
  }
  return inmailCost;
}

/** Warm prospects accept far more often [002]: +10 points [000 §9]. */
export const WARM_ACCEPTANCE_BONUS = 0.1;

export function acceptance(warm: boolean, s: Settings): number {
  return Math.min(1, s.acceptanceRate + (warm ? WARM_ACCEPTANCE_BONUS : 0));
}

/**
 * Replies one touch is expected to bring: InMail and Open Profile one step (reply rate);
 * a connection request two (acceptance x reply after accept: 32% x 26% = 8.3% [000 §4]);
 * a message to a connection the reply-after-accept rate. Email and phone are outside LinkedIn.
 */
export function expectedReplies(channel: Channel, warm: boolean, s: Settings): number {
  switch (channel) {
    case 'INMAIL':
    case 'OPEN_PROFILE':
      return s.inmailReplyRate;
    case 'CONNECT_NOTE':
    case 'CONNECT':
      return acceptance(warm, s) * s.replyAfterAccept;
    case 'MESSAGE':
      return s.replyAfterAccept;
    default:
      return 0;
  }
}
