/**
 * The changelog of the guide's content: which figures changed, when, and why.
 * The corrections page renders it; a test checks every figure id it names exists.
 * Add an entry whenever a figure, a source or a claim changes, newest first.
 */
import { z } from 'astro/zod';

export const changeSchema = z.strictObject({
  /** When the change was published (YYYY-MM-DD). */
  date: z.iso.date(),
  /** What kind of change it is. */
  kind: z.enum(['figure-changed', 'figure-added', 'figure-removed', 'sources', 'correction', 'chapters']),
  /** The figure ids (src/data/facts.ts) it changed; empty when it touched no figure's value. */
  figures: z.array(z.string()),
  /** What changed, in a sentence. */
  summary: z.string().min(10),
  /** Why it changed. */
  reason: z.string().min(10),
});

export type Change = z.output<typeof changeSchema>;

const changeEntries = [
  {
    date: '2026-11-27',
    kind: 'sources',
    figures: [],
    summary:
      'Sources recorded with quotes and read dates: each figure is being checked against several sources, each stored with the words that state it, the kind of source and the date it was read, in place of a single blog post.',
    reason:
      'So that every figure can be checked against its sources by a reader, and one blog post no longer carries a figure alone.',
  },
  {
    date: '2026-11-27',
    kind: 'chapters',
    figures: [],
    summary: 'This corrections page and a "Report a problem with this page" link on every page.',
    reason: 'So that a reader who finds a wrong figure has a way to say so, and can see what was changed.',
  },
] satisfies z.input<typeof changeSchema>[];

/** Every change, validated, newest first. */
export const changelog: readonly Change[] = z
  .array(changeSchema)
  .parse(changeEntries)
  .toSorted((a, b) => b.date.localeCompare(a.date));
