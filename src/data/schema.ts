import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** What kind of publisher a source is: the reader weighs a figure by it. */
export const SOURCE_KINDS = [
  'government-statistics',
  'pay-survey',
  'job-board-report',
  'recruiter',
  'vendor',
  'personal-blog',
  'official-docs',
  'employer',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The longest quote a fact may carry: enough to state the fact, short enough to stay a quotation. */
export const MAX_QUOTE_WORDS = 40;

export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

export const sourceSchema = z
  .strictObject({
    id,
    kind: z.enum(SOURCE_KINDS, { error: `every source needs a kind: one of ${SOURCE_KINDS.join(', ')}` }),
    publisher: z.string().min(1),
    /** A named author where the page gives one. */
    author: z.string().min(1).optional(),
    title: z.string().min(1),
    year: z.number().int().min(1990).max(2100).nullable(),
    url: z.url({ protocol: /^https$/ }),
    /** The day the guide read it (YYYY-MM-DD): the stored public copy, or the source it was read through. */
    readOn: z.iso.date(),
    /** `stored-copy`: the guide read the source's own page. `second-hand`: only as quoted by `via`. */
    readFrom: z.enum(['stored-copy', 'second-hand']),
    via: id.optional(),
    /** One line on what the source is good for. */
    goodFor: z.string().min(10),
    /** One honest line on its limits ("a recruiter's blog; figures unaudited"). */
    limits: z.string().min(10),
  })
  .refine((s) => (s.readFrom === 'second-hand') === (s.via !== undefined), {
    message: 'a source read second-hand names the source it was read through (via), and only then',
    path: ['via'],
  });

const quote = z
  .string({ error: 'every fact needs the verbatim quote from its source that states it' })
  .trim()
  .min(3, 'every fact needs the verbatim quote from its source that states it')
  .refine((q) => countWords(q) <= MAX_QUOTE_WORDS, {
    message: `a quote is at most ${MAX_QUOTE_WORDS} words: quote the sentence that states the fact, no more`,
  });

const factBase = {
  id,
  source: id,
  statement: z.string().min(10),
  /** Verbatim, as the stored copy has it. */
  quote,
  /** Where the quote comes from when not the fact's own source (a reference read second-hand). */
  quotedFrom: id.optional(),
};

export const PAY_UNITS = [
  'usd-per-year',
  'usd-per-hour',
  'gbp-per-year',
  'eur-per-year',
  'cad-per-year',
  'aud-per-year',
  'inr-per-year',
  'chf-per-year',
  'sgd-per-year',
] as const;
export type PayUnit = (typeof PAY_UNITS)[number];
export const OTHER_UNITS = ['years', 'percent', 'hours'] as const;

export const PAY_LEVELS = ['entry', 'mid', 'senior', 'staff', 'principal', 'all', 'unstated'] as const;
export const PAY_TYPES = ['base', 'total', 'unstated'] as const;
export const PAY_EMPLOYERS = ['top'] as const;

/** What a pay figure is: where, when, for whom, and whether it is base salary or total compensation. */
export const payMetaSchema = z.strictObject({
  /**
   * ISO 3166 alpha-2 country code; "global" where the source says the figure is worldwide;
   * "unstated" where it names no country (a dollar figure is not thereby a US figure).
   */
  country: z
    .string()
    .regex(/^([A-Z]{2}|global|unstated)$/, 'a two-letter country code (US, GB, IN…), "global" or "unstated"'),
  /** The year the figure describes; a span ("2025–2026") where the source gives one; null where it gives none. */
  year: z.union([
    z.number().int().min(2015).max(2100),
    z.string().regex(/^20\d\d–20\d\d$/, 'a span of years is written "2025–2026"'),
    z.null(),
  ]),
  level: z.enum(PAY_LEVELS),
  payType: z.enum(PAY_TYPES, { error: 'a pay figure says base, total or unstated (payType)' }),
  /** The role the figure describes, in the source's terms ("AI infrastructure engineer", "DevOps engineer"). */
  about: z.string().min(3),
  /** What the two numbers are: a range the source gives, a median, percentiles… */
  statistic: z.enum(['range', 'median', 'mean', 'percentiles', 'single']),
  /**
   * "top" where the source gives the figure for top employers (it names the largest tech
   * firms, "top firms" or "top companies"); absent where it does not. The calculator's
   * "A top company" setting matches these figures, whatever their id.
   */
  employer: z.enum(PAY_EMPLOYERS, { error: 'employer is "top" (figures for top employers) or left out' }).optional(),
});
export type PayMeta = z.output<typeof payMetaSchema>;

export const factSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      ...factBase,
      kind: z.literal('range'),
      low: z.number().nonnegative(),
      high: z.number().positive(),
      unit: z.enum([...PAY_UNITS, ...OTHER_UNITS]),
      pay: payMetaSchema.optional(),
    })
    .refine((fact) => fact.low <= fact.high, { message: 'low must not exceed high' })
    .refine((fact) => !(PAY_UNITS as readonly string[]).includes(fact.unit) || fact.pay !== undefined, {
      message: 'a pay figure records country, year, level, payType, about and statistic (pay)',
      path: ['pay'],
    }),
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
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const source of sources) {
    if (source.via === undefined) continue;
    const via = byId.get(source.via);
    if (!via) throw new DataError(`Source "${source.id}" was read via unknown source "${source.via}"`);
    if (via.readFrom !== 'stored-copy') {
      throw new DataError(`Source "${source.id}" was read via "${via.id}", which was itself not read first-hand`);
    }
  }
  for (const fact of facts) {
    const source = byId.get(fact.source);
    if (!source) throw new DataError(`Fact "${fact.id}" cites unknown source "${fact.source}"`);
    if (fact.quotedFrom !== undefined) {
      const quoted = byId.get(fact.quotedFrom);
      if (!quoted) throw new DataError(`Fact "${fact.id}" quotes unknown source "${fact.quotedFrom}"`);
      if (quoted.readFrom !== 'stored-copy') {
        throw new DataError(`Fact "${fact.id}" quotes "${quoted.id}", which the guide did not read first-hand`);
      }
    } else if (source.readFrom === 'second-hand') {
      throw new DataError(
        `Fact "${fact.id}" cites "${source.id}", read only second-hand: set quotedFrom to "${source.via}" and quote that`,
      );
    }
  }
  return { sources, facts, assumptions };
}
