/**
 * Runs a reader's query against Pagefind: plans it (synonyms, stop words), searches
 * each alternative spelling, drops alternatives that only matched through Pagefind's
 * fallback to a shorter word, scores each page by relevance (exact matches ordered by
 * the same words searched loosely; the rarity of each spelling taken out, the rarity of
 * each topic put back), and merges them into one ranking. Pagefind (its script,
 * WebAssembly and index) loads on first use, from this build's base path, so search
 * works under any sub-path and on any static host (./pagefind.ts). Every search of a
 * term, every page's text and every query's outcome is kept for the rest of the visit.
 */
import { SEARCH_STOP_WORDS, SEARCH_SYNONYMS } from '../data/search-synonyms';
import { planQuery, isGenuineMatch, wordsAt, type Alternative, type QueryPlan } from '../lib/search/query';
import { combineHits, idf, relevance, scoreExactHits } from '../lib/search/rank';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind';

export type { PagefindResultData, PagefindSubResult } from './pagefind';

interface ScoredResult {
  result: PagefindResult;
  score: number;
}

export interface SearchOutcome {
  plan: QueryPlan;
  /** Labels of the query's groups that matched nothing anywhere. */
  missed: string[];
  /** Groups found only through a wider topic: the reader's word, and the topics searched instead. */
  widened: { label: string; topics: string[] }[];
  /**
   * The ranked pages' data (after the part filter), in order. The first `FIRST_SHOWN`
   * load at once and the rest after them: a page's data costs the most of a first
   * search (its fragment unpacked, excerpts built), so the top results come sooner.
   */
  pages: Promise<PagefindResultData>[];
  total: number;
  /** Matches outside the chosen parts, when parts are chosen. */
  outsideFilter: number;
}

const MAX_RESULTS = 8;
/** Results shown as soon as their data is in, before the rest (see `SearchOutcome.pages`). */
export const FIRST_SHOWN = 3;
/** Outcomes kept for queries asked again (a reader deleting back to an earlier query). */
const KEPT_OUTCOMES = 50;

export function createEngine(base: string) {
  const load = (): Promise<Pagefind> => loadPagefind(base);

  /** Pages of the chosen parts, as a set of Pagefind ids (a filter-only search). */
  const inParts = async (engine: Pagefind, parts: readonly string[]): Promise<Set<string> | undefined> => {
    if (parts.length === 0) return undefined;
    const response = await engine.search(null, { filters: { part: { any: parts } } });
    return new Set((response?.results ?? []).map((r) => r.id));
  };

  let pageCount: Promise<number> | undefined;
  const countPages = (engine: Pagefind): Promise<number> =>
    (pageCount ??= engine.search(null).then((r) => r?.results.length ?? 0));

  // Each term is searched once: typing re-runs the same words at every keystroke, and a
  // word's rarity is read from the same search that finds its pages.
  const searches = new Map<string, Promise<PagefindResult[]>>();
  const searchOnce = (engine: Pagefind, term: string): Promise<PagefindResult[]> => {
    let pending = searches.get(term);
    if (!pending) {
      pending = engine.search(term).then((r) => r?.results ?? []);
      searches.set(term, pending);
      pending.catch(() => searches.delete(term));
    }
    return pending;
  };
  /** The rarity (IDF) of each word: how many pages hold it, or a word it starts. */
  const rarities = async (engine: Pagefind, words: readonly string[]): Promise<number[]> => {
    const total = await countPages(engine);
    return Promise.all(words.map(async (w) => idf(total, (await searchOnce(engine, w)).length)));
  };

  // A page's data (its text, excerpt and matching sections) is read once per search
  // result: Pagefind builds the excerpts anew at each call, and hands every call the same
  // object, which it rewrites for the next; each caller gets its own copy.
  const data = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
  const dataOf = (result: PagefindResult): Promise<PagefindResultData> => {
    let pending = data.get(result);
    if (!pending) {
      pending = result.data().then((d) => ({ ...d }));
      data.set(result, pending);
      pending.catch(() => data.delete(result));
    }
    return pending;
  };

  // Each alternative's scored pages are kept too: its fallback check loads a page's text.
  const cache = new Map<string, Promise<ScoredResult[]>>();
  /** One spelling's pages, each scored by its relevance (Pagefind's score without the word's rarity). */
  const searchAlternative = (engine: Pagefind, alt: Alternative): Promise<ScoredResult[]> => {
    const cached = cache.get(alt.search);
    if (cached) return cached;
    const pending = (async (): Promise<ScoredResult[]> => {
      const words = alt.text.split(' ');
      if (alt.exact) {
        // The exact search decides which pages match; the loose one, their order.
        const [exact, loose, wordIdfs] = await Promise.all([
          searchOnce(engine, alt.search),
          searchOnce(engine, alt.text),
          rarities(engine, words),
        ]);
        const results = new Map(exact.map((r) => [r.id, r]));
        const hits = scoreExactHits([...results.keys()], loose);
        return hits.flatMap(({ id, score }) => {
          const result = results.get(id);
          return result ? [{ result, score: relevance(score, wordIdfs) }] : [];
        });
      }
      const [results, asWritten, wordIdfs] = await Promise.all([
        searchOnce(engine, alt.search),
        searchOnce(engine, `"${alt.text}"`),
        rarities(engine, words),
      ]);
      // A loose search falls back to a shorter word when no indexed word starts with the
      // searched one. A word found as written cannot have fallen back; otherwise, check
      // what the best page matched (which loads that page's text).
      const first = results[0];
      if (first && asWritten.length === 0) {
        const data = await dataOf(first);
        const matched = wordsAt(data.content, data.locations);
        if (!words.every((w) => isGenuineMatch(w, matched))) return [];
      }
      return results.map((result) => ({ result, score: relevance(result.score, wordIdfs) }));
    })();
    cache.set(alt.search, pending);
    pending.catch(() => cache.delete(alt.search));
    return pending;
  };

  /**
   * Ranks the pages for a query. `stale` tells a search that a newer query has come: it
   * then stops (resolving to undefined) before loading the pages' text, the costly part,
   * so typing does not queue the work of every keystroke before the last one's.
   */
  const rank = async (
    plan: QueryPlan,
    parts: readonly string[],
    stale: () => boolean,
  ): Promise<SearchOutcome | undefined> => {
    const engine = await load();
    if (stale()) return undefined;
    const alternatives = plan.groups.flatMap((group, index) => group.alternatives.map((alt) => ({ index, alt })));
    const searched = await Promise.all(
      alternatives.map(async ({ index, alt }) => ({
        group: index,
        alt,
        direct: alt.weight === 1,
        text: alt.text,
        results: await searchAlternative(engine, alt),
      })),
    );
    // Relevance times the rarity of the group's topic (the pages of all its spellings,
    // or of its wider topics when only they matched): a distinctive topic of the
    // question counts for more than a common one, as in BM25.
    const total = await countPages(engine);
    const topicPages = (group: number): number => {
      const spellings = searched.filter((s) => s.group === group && s.results.length);
      const direct = spellings.filter((s) => s.direct);
      return new Set((direct.length ? direct : spellings).flatMap((s) => s.results.map((r) => r.result.id))).size;
    };
    const found = searched.map((s) => ({
      ...s,
      weight: s.alt.weight * idf(total, topicPages(s.group)),
      hits: s.results.map(({ result, score }) => ({ id: result.id, score })),
    }));
    const missed = plan.groups.filter((_, i) => !found.some((f) => f.group === i && f.hits.length)).map((g) => g.label);
    const widened = plan.groups.flatMap((group, i) => {
      const hits = found.filter((f) => f.group === i && f.hits.length);
      return hits.length && !hits.some((f) => f.direct)
        ? [{ label: group.label, topics: hits.map((f) => f.text) }]
        : [];
    });
    const ranked = combineHits(found, total);
    const allowed = await inParts(engine, parts);
    if (stale()) return undefined;
    const kept = allowed ? ranked.filter((r) => allowed.has(r.id)) : ranked;
    // Each page is shown through the search that scored it best, so its excerpt marks those words.
    const byId = new Map<string, { result: PagefindResult; score: number }>();
    for (const f of found) {
      for (const { result, score: raw } of f.results) {
        const score = raw * f.weight;
        if (score > (byId.get(result.id)?.score ?? -1)) byId.set(result.id, { result, score });
      }
    }
    const top = kept.slice(0, MAX_RESULTS).flatMap((r) => byId.get(r.id)?.result ?? []);
    const first = top.slice(0, FIRST_SHOWN).map(dataOf);
    const firstDone = Promise.allSettled(first);
    const pages = [...first, ...top.slice(FIRST_SHOWN).map((result) => firstDone.then(() => dataOf(result)))];
    return { plan, missed, widened, pages, total: kept.length, outsideFilter: ranked.length - kept.length };
  };

  // The outcome of each query plan, kept: typing back to an earlier query shows it at once.
  const outcomes = new Map<string, SearchOutcome>();
  const search = async (
    query: string,
    parts: readonly string[],
    stale: () => boolean = () => false,
  ): Promise<SearchOutcome | undefined> => {
    const plan = planQuery(query, SEARCH_SYNONYMS, SEARCH_STOP_WORDS);
    const key = JSON.stringify([plan, parts]);
    const kept = outcomes.get(key);
    if (kept) return kept;
    const outcome = await rank(plan, parts, stale);
    if (outcome) {
      if (outcomes.size >= KEPT_OUTCOMES) outcomes.delete(outcomes.keys().next().value ?? '');
      outcomes.set(key, outcome);
      // A page that failed to load (offline) is not kept: asking again tries again.
      Promise.all(outcome.pages).catch(() => outcomes.delete(key));
    }
    return outcome;
  };

  return { load, search };
}
