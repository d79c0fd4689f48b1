/**
 * Formatting of citations and of the guide's assumptions, apart from the figures'
 * formatting (format.ts, format-figure.ts) so the calculator loads it only with its breakdown.
 */
import { formatNumber } from './format-figure';

/** "Refonte Learning, 2025", "Van Riel, 2026"; the seed article is "source article". */
export function formatCitation(source: {
  id: string;
  publisher: string;
  author?: string | undefined;
  year: number | null;
}): string {
  if (source.id === 'source-article') return 'source article';
  const name = (source.author ?? source.publisher).split(',')[0] ?? source.publisher;
  return source.year === null ? name : `${name}, ${source.year}`;
}

/** An assumption's value as a reader would say it: "+5%", "1,200 hours", "0.65 of the band". */
export function formatAssumptionValue(a: { value: number; unit: 'fraction' | 'percent' | 'hours' }): string {
  if (a.unit === 'hours') return `${formatNumber(a.value)} hours`;
  if (a.unit === 'percent') return `${formatNumber(a.value * 100)}%`;
  const sign = a.value > 0 ? '+' : '';
  return `${sign}${a.value.toFixed(2)} of the band`;
}
