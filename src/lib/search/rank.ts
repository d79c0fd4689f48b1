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

/**
 * Scores for the pages an exact search found, taken from the same words searched
 * loosely. Pagefind gives every exact match (a quoted phrase, or a short word that
 * must not match longer ones) the same score, so on their own exact matches come in
 * index order, and a page that merely mentions "job ad" once ties with the page
 * titled "Reading a job ad". The loose search ranks the same pages by relevance
 * (term frequency, page length, and the title and keyword boosts), while the exact
 * search still decides which pages match. A page the loose search missed (it should
 * not happen: a loose search finds every page an exact one does) gets the lowest
 * loose score. Pure.
 */
export function scoreExactHits(exactIds: readonly string[], loose: readonly Hit[]): Hit[] {
  const scores = new Map(loose.map((h) => [h.id, h.score]));
  const lowest = loose.length ? Math.min(...loose.map((h) => h.score)) : 1;
  return exactIds
    .map((id) => ({ id, score: scores.get(id) ?? lowest }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * BM25's inverse document frequency, as Pagefind computes it: how rare a word is,
 * from how many of all pages hold it (or a word it starts).
 */
export function idf(totalPages: number, pagesWithWord: number): number {
  return Math.log((totalPages - pagesWithWord + 0.5) / (pagesWithWord + 0.5) + 1);
}

/**
 * A Pagefind score with the rarity of the searched spelling taken out. Pagefind
 * multiplies a page's term frequency and title or keyword boost by the rarity (IDF) of
 * the words searched, so of two spellings of one topic the rarer one scores higher
 * ("k8s", on one page, against "kubernetes", on most). Divided by that rarity, scores
 * of the spellings of a topic compare: how much a page is about the words, not how rare
 * the words are. `wordIdfs` holds the IDF of each searched word.
 */
export function relevance(score: number, wordIdfs: readonly number[]): number {
  const rarity = wordIdfs.reduce((a, b) => a + b, 0);
  return rarity > 0 ? score / rarity : score;
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
