import type { assumptionEntries } from '../../data/assumptions';
import { assumptions } from './evidence';

export type AssumptionId = (typeof assumptionEntries)[number]['id'];
export type AssumptionValues = Record<AssumptionId, number>;

/** The model's assumptions at their stated defaults. */
export const DEFAULT_ASSUMPTIONS: Readonly<AssumptionValues> = Object.freeze(
  Object.fromEntries(assumptions().map((a) => [a.id, a.value])) as AssumptionValues,
);

const bounds = new Map<string, { min: number; max: number }>(assumptions().map((a) => [a.id, a]));

/**
 * Defaults with the reader's changes applied. Unknown ids, non-finite values and
 * values outside an assumption's stated bounds are dropped or clamped, so the
 * model's guarantees hold whatever the reader types.
 */
export function resolveAssumptions(overrides: Partial<Record<string, number>> = {}): AssumptionValues {
  const values: AssumptionValues = { ...DEFAULT_ASSUMPTIONS };
  for (const [id, value] of Object.entries(overrides)) {
    const limit = bounds.get(id);
    if (!limit || typeof value !== 'number' || !Number.isFinite(value)) continue;
    values[id as AssumptionId] = Math.min(limit.max, Math.max(limit.min, value));
  }
  return values;
}
