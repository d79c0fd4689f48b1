/**
 * Formatting of cited figures in their own currency or unit, and of plain numbers;
 * apart from format.ts (estimates in US dollars), so the calculator loads it only with
 * its breakdown.
 */
import { formatRange, formatWhole } from './format';

export type FigureUnit =
  | 'usd-per-year'
  | 'usd-per-hour'
  | 'gbp-per-year'
  | 'eur-per-year'
  | 'cad-per-year'
  | 'aud-per-year'
  | 'inr-per-year'
  | 'chf-per-year'
  | 'sgd-per-year'
  | 'years'
  | 'percent'
  | 'hours';

export function formatNumber(value: number): string {
  return formatWhole(value);
}

/** The currency of a pay unit ("gbp-per-year" → GBP), or undefined for other units. */
export function currencyOf(unit: string): string | undefined {
  const match = /^([a-z]{3})-per-/.exec(unit);
  return match?.[1]?.toUpperCase();
}

/** How en-US marks the currencies written with a symbol (without Intl: see formatWhole). */
const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', GBP: '£', EUR: '€', CAD: 'CA$', AUD: 'A$', INR: '₹' };
const currencyFormats = new Map<string, Intl.NumberFormat>();

/** "$120,000", "£85,000", "₹2,500,000": whole units of the figure's own currency. */
export function formatMoney(value: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  if (symbol) return formatWhole(value, symbol);
  let format = currencyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    currencyFormats.set(currency, format);
  }
  return format.format(value);
}

function suffixOf(unit: FigureUnit): string {
  if (unit.endsWith('-per-year')) return ' a year';
  if (unit.endsWith('-per-hour')) return ' an hour';
  if (unit === 'percent') return '%';
  return ` ${unit}`;
}

function formatValue(value: number, unit: FigureUnit): string {
  const currency = currencyOf(unit);
  return currency ? formatMoney(value, currency) : formatNumber(value);
}

/** "$120,000–$200,000 a year"; one end alone when `part` says so. */
export function formatFigure(
  fact: { low: number; high: number; unit: FigureUnit },
  part: 'range' | 'low' | 'high' = 'range',
): string {
  const suffix = suffixOf(fact.unit);
  if (part === 'low') return formatValue(fact.low, fact.unit) + suffix;
  if (part === 'high') return formatValue(fact.high, fact.unit) + suffix;
  return formatRange(fact.low, fact.high, (v) => formatValue(v, fact.unit)) + suffix;
}
