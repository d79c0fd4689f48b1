import { assumptionEntries } from './assumptions';
import * as hiringEvidence from './evidence/hiring';
import * as stackEvidence from './evidence/stack';
import { factEntries, independentClaimEntries } from './facts';
import { payFigureEntries } from './pay-figures';
import { validateGuideData, DataError, type Assumption, type Fact, type PayMeta, type Source } from './schema';
import { independentSourceEntries, sourceEntries } from './sources';

// Validated when first imported: any page or script that reads the data fails the
// build on a broken source, figure or assumption.
/** Every raw entry, before validation: the guide's whole evidence base. */
export const rawGuideData = {
  sources: [...sourceEntries, ...independentSourceEntries, ...stackEvidence.sources, ...hiringEvidence.sources],
  facts: [
    ...factEntries,
    ...independentClaimEntries,
    ...payFigureEntries,
    ...stackEvidence.facts,
    ...hiringEvidence.facts,
  ],
  assumptions: assumptionEntries,
};

export const guideData = validateGuideData(rawGuideData);

export type RangeFactId = Extract<(typeof factEntries)[number], { kind: 'range' }>['id'];

export type RangeFact = Extract<Fact, { kind: 'range' }>;

/** A cited pay figure: a range fact in a currency, with where, when, for whom and base or total. */
export type PayFigure = RangeFact & { pay: PayMeta };

/** Every pay figure from every source, in data order (the pay chapter charts them all). */
export const payFigures: readonly PayFigure[] = guideData.facts.filter(
  (f): f is PayFigure => f.kind === 'range' && f.pay !== undefined,
);

const sourcesById = new Map(guideData.sources.map((s) => [s.id, s]));
const factsById = new Map(guideData.facts.map((f) => [f.id, f]));
const assumptionsById = new Map(guideData.assumptions.map((a) => [a.id, a]));

export function getSource(id: string): Source {
  const source = sourcesById.get(id);
  if (!source) throw new DataError(`Unknown source id "${id}". Known: ${[...sourcesById.keys()].join(', ')}`);
  return source;
}

export function getFact(id: string): Fact {
  const fact = factsById.get(id);
  if (!fact) throw new DataError(`Unknown figure id "${id}". Known: ${[...factsById.keys()].join(', ')}`);
  return fact;
}

export function getRangeFact(id: RangeFactId): RangeFact {
  const fact = getFact(id);
  if (fact.kind !== 'range') throw new DataError(`Fact "${id}" is not a numeric range`);
  return fact;
}

export function getAssumption(id: string): Assumption {
  const assumption = assumptionsById.get(id);
  if (!assumption) throw new DataError(`Unknown assumption id "${id}"`);
  return assumption;
}

export function factsCiting(sourceId: string): Fact[] {
  return guideData.facts.filter((f) => f.source === sourceId);
}

export { DataError };
export type { Assumption, Fact, Source };
