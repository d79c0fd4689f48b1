import type { FactInput, SourceInput } from '../schema';

/** Sources and facts first used by the stack chapters (see src/data/schema.ts for the rules). */
export const sources = [] as const satisfies readonly SourceInput[];

export const facts = [] as const satisfies readonly FactInput[];
