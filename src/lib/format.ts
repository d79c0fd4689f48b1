/** Formatting of cited figures and estimates; shared by components, the model and the element. */

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

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

export function formatUsd(value: number): string {
  return usd.format(value);
}

export function formatNumber(value: number): string {
  return plain.format(value);
}

/** "$140,000–$164,000", or one figure when both ends are the same: the one range formatter. */
export function formatRange(low: number, high: number, format: (v: number) => string = formatUsd): string {
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}

/** "$120k" style, for chart labels where space is short. */
export function formatUsdShort(value: number): string {
  if (Math.abs(value) >= 1000) return `$${plain.format(Math.round(value / 1000))}k`;
  return usd.format(value);
}

/** The currency of a pay unit ("gbp-per-year" → GBP), or undefined for other units. */
export function currencyOf(unit: string): string | undefined {
  const match = /^([a-z]{3})-per-/.exec(unit);
  return match?.[1]?.toUpperCase();
}

const currencyFormats = new Map<string, Intl.NumberFormat>([['USD', usd]]);

/** "$120,000", "£85,000", "₹2,500,000": whole units of the figure's own currency. */
export function formatMoney(value: number, currency: string): string {
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
