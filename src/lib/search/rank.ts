/**
 * One ranked list from the separate searches of a query plan (one per alternative
 * spelling of each group). Pure.
 */

export interface Hit {
  id: string;
  score: number;
}

export interface AlternativeHits {
  group: number;
  weight: number;
  hits: readonly Hit[];
}

export interface RankedPage {
  id: string;
  score: number;
  /** How many of the query's groups this page matched. */
  groups: number;
}

/** A group matching at least this share of all pages is common ("start", "engineer"). */
export const COMMON_SHARE = 0.5;

/**
 * A page scores, for each group, its best weighted score among that group's
 * alternatives. The sum is scaled by the square of the share of the query's
 * distinctive groups the page matched, so a page with every topic of the question
 * ranks above one that repeats a single topic. Groups that match half the guide or
 * more add to a page's score but do not count against a page without them: in
 * "how do I start from devops", "start" is everywhere and "devops" decides.
 */
export function combineHits(alternatives: readonly AlternativeHits[], totalPages: number): RankedPage[] {
  const best = new Map<string, Map<number, number>>();
  const pagesPerGroup = new Map<number, Set<string>>();
  for (const alt of alternatives) {
    for (const hit of alt.hits) {
      const pages = pagesPerGroup.get(alt.group) ?? new Set<string>();
      pages.add(hit.id);
      pagesPerGroup.set(alt.group, pages);
      const byGroup = best.get(hit.id) ?? new Map<number, number>();
      const score = hit.score * alt.weight;
      if (score > (byGroup.get(alt.group) ?? -1)) byGroup.set(alt.group, score);
      best.set(hit.id, byGroup);
    }
  }
  const groups = [...pagesPerGroup.keys()];
  const distinctive = groups.filter((g) => (pagesPerGroup.get(g)?.size ?? 0) < COMMON_SHARE * totalPages);
  const counted = new Set(distinctive.length ? distinctive : groups);
  return Array.from(best, ([id, byGroup]) => {
    const sum = Array.from(byGroup.values()).reduce((a, b) => a + b, 0);
    const matched = [...byGroup.keys()].filter((g) => counted.has(g)).length;
    const share = matched / Math.max(1, counted.size);
    return { id, score: sum * share * share, groups: byGroup.size };
  }).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
