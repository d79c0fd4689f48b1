/** Formatting of cited figures and estimates; shared by components, the model and the element. */

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export type FigureUnit = 'usd-per-year' | 'usd-per-hour' | 'years';

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

const suffix: Record<FigureUnit, string> = {
  'usd-per-year': ' a year',
  'usd-per-hour': ' an hour',
  years: ' years',
};

function formatValue(value: number, unit: FigureUnit): string {
  return unit === 'years' ? formatNumber(value) : formatUsd(value);
}

/** "$120,000–$200,000 a year"; one end alone when `part` says so. */
export function formatFigure(
  fact: { low: number; high: number; unit: FigureUnit },
  part: 'range' | 'low' | 'high' = 'range',
): string {
  if (part === 'low') return formatValue(fact.low, fact.unit) + suffix[fact.unit];
  if (part === 'high') return formatValue(fact.high, fact.unit) + suffix[fact.unit];
  return formatRange(fact.low, fact.high, (v) => formatValue(v, fact.unit)) + suffix[fact.unit];
}

/** "Refonte Learning, 2025" or the article's own label. */
export function formatCitation(source: { author: string; year: number | null; kind: string }): string {
  return source.kind === 'article' || source.year === null
    ? 'source article'
    : `${source.author.split(',')[0]}, ${source.year}`;
}

/** An assumption's value as a reader would say it: "+5%", "1,200 hours", "0.65 of the band". */
export function formatAssumptionValue(a: { value: number; unit: 'fraction' | 'percent' | 'hours' }): string {
  if (a.unit === 'hours') return `${formatNumber(a.value)} hours`;
  if (a.unit === 'percent') return `${formatNumber(a.value * 100)}%`;
  const sign = a.value > 0 ? '+' : '';
  return `${sign}${a.value.toFixed(2)} of the band`;
}
