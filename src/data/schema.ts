import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const sourceSchema = z.strictObject({
  id,
  kind: z.enum(['reference', 'article']),
  author: z.string().min(1),
  year: z.number().int().min(1990).max(2100).nullable(),
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }).nullable(),
  supports: z.string().min(10),
  /** When the guide's figures were last checked against this source (YYYY-MM-DD). */
  reviewed: z.iso.date(),
});

const factBase = { id, source: id, statement: z.string().min(10) };

export const factSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      ...factBase,
      kind: z.literal('range'),
      low: z.number().nonnegative(),
      high: z.number().positive(),
      unit: z.enum(['usd-per-year', 'usd-per-hour', 'years']),
    })
    .refine((fact) => fact.low <= fact.high, { message: 'low must not exceed high' }),
  z.strictObject({ ...factBase, kind: z.literal('claim') }),
]);

export const assumptionSchema = z
  .strictObject({
    id,
    label: z.string().min(3),
    value: z.number(),
    unit: z.enum(['fraction', 'percent', 'hours']),
    min: z.number(),
    max: z.number(),
    rationale: z.string().trim().min(20, 'every assumption needs a rationale that says why'),
  })
  .refine((a) => a.min <= a.value && a.value <= a.max, { message: 'value must lie within min..max' });

export type SourceInput = z.input<typeof sourceSchema>;
export type FactInput = z.input<typeof factSchema>;
export type AssumptionInput = z.input<typeof assumptionSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Fact = z.output<typeof factSchema>;
export type Assumption = z.output<typeof assumptionSchema>;

export interface GuideData {
  sources: readonly Source[];
  facts: readonly Fact[];
  assumptions: readonly Assumption[];
}

/** Thrown (and so failing the build) when the data backbone is inconsistent. */
export class DataError extends Error {
  override name = 'DataError';
}

function uniqueIds(kind: string, items: readonly { id: string }[]): void {
  const seen = new Set<string>();
  for (const { id: itemId } of items) {
    if (seen.has(itemId)) throw new DataError(`Duplicate ${kind} id "${itemId}"`);
    seen.add(itemId);
  }
}

function parseAll<T>(kind: string, schema: z.ZodType<T>, items: readonly unknown[]): T[] {
  return items.map((item, index) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      const itemId = (item as { id?: unknown } | null)?.id;
      const where = typeof itemId === 'string' ? `"${itemId}"` : `#${index}`;
      throw new DataError(`Invalid ${kind} ${where}: ${z.prettifyError(result.error)}`);
    }
    return result.data;
  });
}

/** Validates raw entries and their cross-references; throws a DataError naming the first problem. */
export function validateGuideData(raw: {
  sources: readonly unknown[];
  facts: readonly unknown[];
  assumptions: readonly unknown[];
}): GuideData {
  const sources = parseAll('source', sourceSchema, raw.sources);
  const facts = parseAll('fact', factSchema, raw.facts);
  const assumptions = parseAll('assumption', assumptionSchema, raw.assumptions);
  uniqueIds('source', sources);
  uniqueIds('fact', facts);
  uniqueIds('assumption', assumptions);
  const sourceIds = new Set(sources.map((s) => s.id));
  for (const fact of facts) {
    if (!sourceIds.has(fact.source)) {
      throw new DataError(`Fact "${fact.id}" cites unknown source "${fact.source}"`);
    }
  }
  for (const source of sources) {
    if (source.kind === 'reference' && (source.url === null || source.year === null)) {
      throw new DataError(`Reference "${source.id}" needs a year and an address`);
    }
  }
  return { sources, facts, assumptions };
}
