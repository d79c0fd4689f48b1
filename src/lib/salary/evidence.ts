/**
 * The one way the model and the element read the guide's data: plain lookups, with
 * no schema library and no data of its own. The data is validated at build time
 * (src/data/index.ts, imported by every page, and the data tests) and handed in
 * once, slimmed to what the calculator reads (guide-evidence.ts in Node and the
 * standalone script, the page's JSON for the element on the guide's own pages),
 * before the modules that read it are evaluated.
 */
import { FIELD_ASSUMPTIONS, LEVELS, type Level } from './types';

/** A pay figure's context, as the evidence base records it. */
export interface PayContext {
  /** Two-letter code, or a word ("unstated") where the source names no country. */
  country: string;
  /** A year, a span ("2025–2026"), or null where the source gives none. */
  year: number | string | null;
  level: string;
  payType: 'base' | 'total' | 'unstated';
  about: string;
  statistic: string;
  /** "top" where the source gives the figure for top employers. */
  employer?: 'top' | undefined;
}

/** What the model needs of a fact; every entry of src/data/facts.ts is one of these. */
export interface FactView {
  id: string;
  kind: 'claim' | 'range';
  source: string;
  /** Not in the slimmed data: the model reads a pay figure's `about` instead. */
  statement?: string;
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
  author?: string;
  publisher: string;
  year: number | null;
}

export interface AssumptionView {
  id: string;
  /** Not in the slimmed data for an assumption a field supplies (FIELD_ASSUMPTIONS): only the panel shows it. */
  label?: string;
  value: number;
  unit: 'fraction' | 'percent' | 'hours';
  min: number;
  max: number;
  /** As `label`. */
  rationale?: string;
}

/** The id of the page's JSON element that carries the data (SalaryCalculator.astro). */
export const EVIDENCE_ID = 'ai-salary-calculator-evidence';

export interface EvidenceData {
  facts: readonly FactView[];
  sources: readonly SourceView[];
  assumptions: readonly AssumptionView[];
}

let facts: readonly FactView[] = [];
let factsById = new Map<string, FactView>();
let sourcesById = new Map<string, SourceView>();
let assumptionList: readonly AssumptionView[] = [];
let payFactList: readonly PayFact[] = [];
let loaded = false;

/**
 * The data handed in, or else the page's JSON, read on first use: whichever module
 * asks first, in whatever order a bundler evaluates them.
 */
function ensure(): void {
  if (loaded || typeof document === 'undefined') return;
  const json = document.getElementById(EVIDENCE_ID)?.textContent;
  if (json) useEvidence(JSON.parse(json) as EvidenceData);
}

export const assumptions = (): readonly AssumptionView[] => (ensure(), assumptionList);
export const payFacts = (): readonly PayFact[] => (ensure(), payFactList);

/** Hands the data in; call before importing the model or the element. */
export function useEvidence(data: EvidenceData): void {
  loaded = true;
  facts = data.facts;
  factsById = new Map(facts.map((f) => [f.id, f]));
  sourcesById = new Map(data.sources.map((s) => [s.id, s]));
  assumptionList = data.assumptions;
  payFactList = facts.filter(isPayFact);
}

/** Assumptions a field supplies: the panel does not show them, so their words are not needed. */
const fieldSupplied = new Set<string>(Object.values(FIELD_ASSUMPTIONS));

/**
 * Only what the calculator reads: no quotes, statements of claims, titles or addresses,
 * and only the sources its figures cite. `facts` are the model's (src/data/facts.ts),
 * of which it reads the pay facts (`pay-` ids); `payFigures` the evidence base's pay
 * figures (src/data/pay-figures.ts), of which only those that can match some profile
 * (profile.ts) are kept; an assumption a field supplies keeps its values only.
 */
export function slimEvidence(raw: {
  facts: readonly FactView[];
  payFigures?: readonly FactView[];
  sources: readonly SourceView[];
  assumptions: readonly AssumptionView[];
}): EvidenceData {
  const facts = [
    ...raw.facts.filter((f) => f.id.startsWith('pay-')),
    ...(raw.payFigures ?? []).filter((f) => isPayFact(f) && canMatch(f)),
  ];
  const cited = new Set(facts.map((f) => f.source));
  return {
    facts: facts.map(({ id, kind, source, low, high, unit, pay }) => ({
      id,
      kind,
      source,
      ...(kind === 'range' ? { low, high, unit } : {}),
      ...(pay ? { pay } : {}),
    })),
    sources: raw.sources
      .filter((s) => cited.has(s.id))
      .map(({ id, publisher, author, year }) => ({ id, publisher, ...(author ? { author } : {}), year })),
    assumptions: raw.assumptions.map(({ id, label, value, unit, min, max, rationale }) => ({
      id,
      value,
      unit,
      min,
      max,
      // The panel's words, for the assumptions it shows (a field supplies the others).
      ...(fieldSupplied.has(id) ? {} : { label, rationale }),
    })),
  };
}

const isRange = (f: FactView | undefined): f is RangeView =>
  f?.kind === 'range' && typeof f.low === 'number' && typeof f.high === 'number' && typeof f.unit === 'string';

export function fact(id: string): FactView | undefined {
  ensure();
  return factsById.get(id);
}

/** A cited range the model cannot work without: a missing one is a programming error, caught by the tests. */
export function rangeFact(id: string): RangeView {
  ensure();
  const f = factsById.get(id);
  if (!isRange(f)) throw new Error(`The salary model needs the cited range "${id}"`);
  return f;
}

export function source(id: string): SourceView | undefined {
  ensure();
  return sourcesById.get(id);
}

export function assumption(id: string): AssumptionView | undefined {
  return assumptions().find((a) => a.id === id);
}

/** Pay figures a year (salaried), with their context. */
export type PayFact = RangeView & { pay: PayContext };

const isPayFact = (f: FactView): f is PayFact => isRange(f) && f.pay !== undefined && f.unit.endsWith('-per-year');

const LEVEL_WORDS: Readonly<Record<string, Level | 'all'>> = {
  junior: 'entry',
  intermediate: 'mid',
  principal: 'staff',
  any: 'all',
  unstated: 'all',
  'all levels': 'all',
  '': 'all',
};

/** A figure's level as one of the model's levels, or 'all' when it spans every level (or names none). */
export function levelOf(f: PayFact): Level | 'all' | 'other' {
  const raw = f.pay.level.trim().toLowerCase();
  if (raw === 'all' || (LEVELS as readonly string[]).includes(raw)) return raw as Level | 'all';
  return LEVEL_WORDS[raw] ?? 'other';
}

/**
 * Whether some profile can match a figure: a level the model knows, and a country of
 * its own, or none named for a figure about top employers (profile.ts).
 */
export const canMatch = (f: PayFact): boolean =>
  levelOf(f) !== 'other' &&
  (/^[A-Z]{2}$/.test(countryOf(f)) || (f.pay.employer === 'top' && countryOf(f) === 'UNSTATED'));

/** Normalised country code ("US", "GB") of a pay figure. */
export const countryOf = (f: PayFact): string => f.pay.country.trim().toUpperCase();

/** Countries the evidence base has yearly pay figures for, the United States first. */
export function payCountries(): string[] {
  // Only real country codes: "unstated" or "global" figures belong to no country's choice.
  const found = new Set(
    payFacts()
      .map(countryOf)
      .filter((c) => /^[A-Z]{2}$/.test(c)),
  );
  found.add('US'); // the model's own bands are US figures
  return ['US', ...[...found].filter((c) => c !== 'US').sort()];
}
