/**
 * The one way the model and the element read the guide's data: plain lookups over
 * the raw entries, with no schema library in the browser bundle. The entries are
 * validated at build time (src/data/index.ts, imported by every page, and the data
 * tests), so here they are only read, never re-checked or cast.
 */
import { assumptionEntries } from '../../data/assumptions';
import { factEntries } from '../../data/facts';
import { sourceEntries } from '../../data/sources';

/** A pay figure's context, as the evidence base records it. */
export interface PayContext {
  /** Two-letter code, or "global" where the source names no country. */
  country: string;
  year: number;
  level: string;
  payType: 'base' | 'total' | 'unstated';
  about: string;
  statistic: string;
}

/** What the model needs of a fact; every entry of src/data/facts.ts is one of these. */
export interface FactView {
  id: string;
  kind: 'claim' | 'range';
  source: string;
  statement: string;
  low?: number;
  high?: number;
  unit?: string;
  pay?: PayContext;
}

export interface RangeView extends FactView {
  kind: 'range';
  low: number;
  high: number;
  unit: string;
}

export interface SourceView {
  id: string;
  kind: string;
  author?: string;
  publisher: string;
  year: number | null;
  title: string;
}

export interface AssumptionView {
  id: string;
  label: string;
  value: number;
  unit: 'fraction' | 'percent' | 'hours';
  min: number;
  max: number;
  rationale: string;
}

const facts: readonly FactView[] = factEntries;
const sources: readonly SourceView[] = sourceEntries;
export const assumptions: readonly AssumptionView[] = assumptionEntries;

const factsById = new Map(facts.map((f) => [f.id, f]));
const sourcesById = new Map(sources.map((s) => [s.id, s]));
const assumptionsById = new Map(assumptions.map((a) => [a.id, a]));

const isRange = (f: FactView | undefined): f is RangeView =>
  f?.kind === 'range' && typeof f.low === 'number' && typeof f.high === 'number' && typeof f.unit === 'string';

export function fact(id: string): FactView | undefined {
  return factsById.get(id);
}

/** A cited range the model cannot work without: a missing one is a programming error, caught by the tests. */
export function rangeFact(id: string): RangeView {
  const f = factsById.get(id);
  if (!isRange(f)) throw new Error(`The salary model needs the cited range "${id}"`);
  return f;
}

export function source(id: string): SourceView | undefined {
  return sourcesById.get(id);
}

export function assumption(id: string): AssumptionView | undefined {
  return assumptionsById.get(id);
}

/** Pay figures a year (salaried), with their context. */
export type PayFact = RangeView & { pay: PayContext };

export const payFacts: readonly PayFact[] = facts.filter(
  (f): f is PayFact => isRange(f) && f.pay !== undefined && f.unit.endsWith('-per-year'),
);

/** Normalised country code ("US", "GB") of a pay figure. */
export const countryOf = (f: PayFact): string => f.pay.country.trim().toUpperCase();

/** Figures the source gives for top employers (read from what the figure is about). */
export const isTopEmployer = (f: PayFact): boolean => /\btop (firm|compan|employer|lab|tech)/i.test(f.pay.about);

/** Countries the evidence base has yearly pay figures for, the United States first. */
export function payCountries(): string[] {
  const found = new Set(payFacts.map(countryOf).filter((c) => c !== 'GLOBAL'));
  found.add('US'); // the model's own bands are US figures
  return ['US', ...[...found].filter((c) => c !== 'US').sort()];
}
