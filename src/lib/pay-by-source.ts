/**
 * Pay figures grouped for the "pay, source by source" chart and table: pure, no DOM.
 * Figures are grouped by country and currency (bars only share an axis within one
 * currency and one period), and every label is spelled out in words a reader can use.
 */
import { currencyOf, formatFigure, type FigureUnit } from './format-figure';

export interface PayFigureInput {
  id: string;
  low: number;
  high: number;
  unit: FigureUnit;
  source: string;
  pay: {
    country: string;
    year: number | string | null;
    level: string;
    payType: 'base' | 'total' | 'unstated';
    about: string;
    statistic: string;
  };
}

export interface SourceInfo {
  id: string;
  kind: string;
  publisher: string;
  author?: string | undefined;
  year: number | null;
}

export interface PayRow {
  id: string;
  low: number;
  high: number;
  /** A single figure (median, mean, one number), drawn as a mark rather than a bar. */
  single: boolean;
  figure: string;
  about: string;
  level: string;
  payType: 'base' | 'total' | 'unstated';
  payTypeLabel: string;
  year: string;
  statistic: string;
  sourceId: string;
  sourceName: string;
  sourceKind: string;
}

export interface PayGroup {
  key: string;
  country: string;
  heading: string;
  currency: string;
  perHour: boolean;
  rows: PayRow[];
  /** The axis runs from 0 to `axisMax` with ticks every `tickStep`. */
  axisMax: number;
  tickStep: number;
}

export const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  DE: 'Germany',
  CA: 'Canada',
  IN: 'India',
  AU: 'Australia',
  CH: 'Switzerland',
  SG: 'Singapore',
  global: 'Worldwide',
  unstated: 'No country named',
};

const CURRENCY_WORDS: Record<string, string> = {
  USD: 'US dollars',
  GBP: 'pounds',
  EUR: 'euros',
  CAD: 'Canadian dollars',
  AUD: 'Australian dollars',
  INR: 'rupees',
  CHF: 'Swiss francs',
  SGD: 'Singapore dollars',
};

export const KIND_LABELS: Record<string, string> = {
  'government-statistics': 'government statistics',
  'pay-survey': 'pay survey or database',
  'job-board-report': 'job-board or hiring report',
  recruiter: 'recruiter or agency',
  vendor: 'training company or vendor',
  'personal-blog': 'personal blog',
  'official-docs': 'official documentation',
  employer: 'employer',
};

const LEVEL_LABELS: Record<string, string> = {
  entry: 'entry level',
  mid: 'mid level',
  senior: 'senior',
  staff: 'staff',
  principal: 'principal or leadership',
  all: 'all levels',
  unstated: 'level not stated',
};

const PAY_TYPE_LABELS: Record<PayRow['payType'], string> = {
  base: 'base salary',
  total: 'total pay',
  unstated: 'base or total not stated',
};

const STATISTIC_LABELS: Record<string, string> = {
  range: 'range',
  median: 'median',
  mean: 'average',
  percentiles: 'percentiles',
  single: 'single figure',
};

/** Countries in reading order: the US first (most figures), the unnamed last. */
const COUNTRY_ORDER = ['US', 'GB', 'DE', 'CA', 'IN', 'AU', 'CH', 'SG', 'global', 'unstated'];

function yearLabel(year: number | string | null): string {
  return year === null ? 'year not stated' : String(year);
}

/** A tick step giving at most five intervals: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(max: number, intervals = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / intervals;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * power >= raw) return m * power;
  }
  return 10 * power;
}

function groupHeading(country: string, currency: string, perHour: boolean): string {
  const place = COUNTRY_NAMES[country] ?? country;
  const money = CURRENCY_WORDS[currency] ?? currency;
  return `${place}: ${money} ${perHour ? 'an hour' : 'a year'}`;
}

/** Groups pay figures by country and currency; unknown sources throw, so a broken id fails the build. */
export function groupPayFigures(figures: readonly PayFigureInput[], sources: readonly SourceInfo[]): PayGroup[] {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const groups = new Map<string, PayGroup>();
  for (const f of figures) {
    const source = sourceById.get(f.source);
    if (!source) throw new Error(`Pay figure "${f.id}" cites unknown source "${f.source}"`);
    const currency = currencyOf(f.unit);
    if (!currency) throw new Error(`Pay figure "${f.id}" has no currency in its unit "${f.unit}"`);
    const perHour = f.unit.endsWith('-per-hour');
    const key = `${f.pay.country}|${currency}|${perHour ? 'hour' : 'year'}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        country: f.pay.country,
        heading: groupHeading(f.pay.country, currency, perHour),
        currency,
        perHour,
        rows: [],
        axisMax: 0,
        tickStep: 1,
      };
      groups.set(key, group);
    }
    const name = (source.author ?? source.publisher).split(',')[0] ?? source.publisher;
    group.rows.push({
      id: f.id,
      low: f.low,
      high: f.high,
      single: f.low === f.high,
      figure: formatFigure(f),
      about: f.pay.about,
      level: LEVEL_LABELS[f.pay.level] ?? f.pay.level,
      payType: f.pay.payType,
      payTypeLabel: PAY_TYPE_LABELS[f.pay.payType],
      year: yearLabel(f.pay.year),
      statistic: STATISTIC_LABELS[f.pay.statistic] ?? f.pay.statistic,
      sourceId: source.id,
      sourceName: name,
      sourceKind: KIND_LABELS[source.kind] ?? source.kind,
    });
  }
  const ordered = [...groups.values()].sort((a, b) => {
    if (a.perHour !== b.perHour) return a.perHour ? 1 : -1;
    const byCountry = rank(a.country) - rank(b.country);
    return byCountry !== 0 ? byCountry : a.currency.localeCompare(b.currency);
  });
  for (const group of ordered) {
    // Highest figures first, so the eye reads each group from the top of its market down.
    group.rows.sort((a, b) => b.high - a.high || b.low - a.low || a.id.localeCompare(b.id));
    const max = Math.max(...group.rows.map((r) => r.high));
    group.tickStep = niceStep(max);
    group.axisMax = Math.ceil(max / group.tickStep) * group.tickStep;
  }
  return ordered;
}

function rank(country: string): number {
  const i = COUNTRY_ORDER.indexOf(country);
  return i === -1 ? COUNTRY_ORDER.length : i;
}

/** A value's position on its group's axis, as a percentage (0–100). */
export function axisPercent(value: number, axisMax: number): number {
  if (!(axisMax > 0)) return 0;
  return Math.round(Math.min(100, Math.max(0, (value / axisMax) * 100)) * 1000) / 1000;
}

/** "$100K", "£50K", "₹2M": short tick labels in the group's currency. */
export function formatTick(value: number, currency: string): string {
  if (value === 0) return '0';
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}
