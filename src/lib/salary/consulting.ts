/**
 * The one derivation of yearly consulting income from an hourly rate, used by the
 * calculator and by the pay chart, so the two can never disagree. Both show revenue
 * AFTER business costs (and before tax); revenue before costs is returned too, for
 * the step that shows it.
 */
import { rangeFact } from './evidence';

export const CONSULTING_FACT = 'pay-consulting';

export interface ConsultingIncome {
  rate: { low: number; high: number };
  hours: number;
  /** Share of revenue spent running the business, 0–0.9. */
  overhead: number;
  /** Rate × hours. */
  revenue: { low: number; mid: number; high: number };
  /** Revenue less business costs: the figure shown. */
  afterCosts: { low: number; mid: number; high: number };
}

/** `v` to the nearest multiple of `step`. */
export const roundTo = (v: number, step: number) => Math.round(v / step) * step;

/** Yearly consulting income; absent values fall back to the cited band and the given assumptions. */
export function deriveConsultingIncome(opts: { rate?: number; hours: number; overhead: number }): ConsultingIncome {
  const band = rangeFact(CONSULTING_FACT);
  const rate = opts.rate !== undefined ? { low: opts.rate, high: opts.rate } : { low: band.low, high: band.high };
  const overhead = Math.min(0.9, Math.max(0, opts.overhead));
  const keep = 1 - overhead;
  const yearly = (r: number, share: number) => roundTo(r * opts.hours * share, 1000);
  const mid = (rate.low + rate.high) / 2;
  return {
    rate,
    hours: opts.hours,
    overhead,
    revenue: { low: yearly(rate.low, 1), mid: yearly(mid, 1), high: yearly(rate.high, 1) },
    afterCosts: { low: yearly(rate.low, keep), mid: yearly(mid, keep), high: yearly(rate.high, keep) },
  };
}
