/**
 * Runs a reader's query against Pagefind: plans it (synonyms, stop words), searches
 * each alternative spelling, drops alternatives that only matched through Pagefind's
 * fallback to a shorter word, and merges the rest into one ranking. Pagefind (its
 * script, worker, WebAssembly and index) loads on first use, from this build's base
 * path, so search works under any sub-path and on any static host.
 */
import { SEARCH_STOP_WORDS, SEARCH_SYNONYMS } from '../data/search-synonyms';
import { planQuery, isGenuineMatch, wordsAt, type Alternative, type QueryPlan } from '../lib/search/query';
import { combineHits } from '../lib/search/rank';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchOutcome {
  plan: QueryPlan;
  /** Labels of the query's groups that matched nothing anywhere. */
  missed: string[];
  /** Groups found only through a wider topic: the reader's word, and the topics searched instead. */
  widened: { label: string; topics: string[] }[];
  /** Ranked pages, after the part filter. */
  pages: PagefindResultData[];
  total: number;
  /** Matches outside the chosen parts, when parts are chosen. */
  outsideFilter: number;
}

const MAX_RESULTS = 8;
/** Exact searches (short words, phrases) score every page alike, so they count for less. */
const EXACT_WEIGHT = 0.5;
/** Page titles weigh more than Pagefind's default: a reader asking "devops" wants "From DevOps". */
const RANKING = { metaWeights: { title: 10 } };

export function createEngine(base: string) {
  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ baseUrl: base, excerptLength: 24, ranking: RANKING });
      await module.init();
      return module;
    })();
    // A failed load may be retried (e.g. when the connection comes back).
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  };

  /** Pages of the chosen parts, as a set of Pagefind ids (a filter-only search). */
  const inParts = async (engine: Pagefind, parts: readonly string[]): Promise<Set<string> | undefined> => {
    if (parts.length === 0) return undefined;
    const response = await engine.search(null, { filters: { part: { any: parts } } });
    return new Set((response?.results ?? []).map((r) => r.id));
  };

  // Typing a question re-runs its alternatives at every keystroke: keep their results.
  const cache = new Map<string, Promise<PagefindResult[]>>();
  const searchAlternative = (engine: Pagefind, alt: Alternative): Promise<PagefindResult[]> => {
    const cached = cache.get(alt.search);
    if (cached) return cached;
    const pending = (async () => {
      const results = (await engine.search(alt.search))?.results ?? [];
      // Exact searches never fall back; for the others, check what the best page matched.
      const first = results[0];
      if (first && !alt.exact) {
        const data = await first.data();
        const matched = wordsAt(data.content, data.locations);
        if (!alt.text.split(' ').every((w) => isGenuineMatch(w, matched))) return [];
      }
      return results;
    })();
    cache.set(alt.search, pending);
    pending.catch(() => cache.delete(alt.search));
    return pending;
  };

  let pageCount: Promise<number> | undefined;
  const countPages = (engine: Pagefind): Promise<number> =>
    (pageCount ??= engine.search(null).then((r) => r?.results.length ?? 0));

  const search = async (query: string, parts: readonly string[]): Promise<SearchOutcome> => {
    const plan = planQuery(query, SEARCH_SYNONYMS, SEARCH_STOP_WORDS);
    const engine = await load();
    const alternatives = plan.groups.flatMap((group, index) => group.alternatives.map((alt) => ({ index, alt })));
    const found = await Promise.all(
      alternatives.map(async ({ index, alt }) => {
        const results = await searchAlternative(engine, alt);
        return {
          group: index,
          weight: alt.exact ? alt.weight * EXACT_WEIGHT : alt.weight,
          direct: alt.weight === 1,
          text: alt.text,
          hits: results.map((r) => ({ id: r.id, score: r.score })),
          results,
        };
      }),
    );
    const missed = plan.groups.filter((_, i) => !found.some((f) => f.group === i && f.hits.length)).map((g) => g.label);
    const widened = plan.groups.flatMap((group, i) => {
      const hits = found.filter((f) => f.group === i && f.hits.length);
      return hits.length && !hits.some((f) => f.direct)
        ? [{ label: group.label, topics: hits.map((f) => f.text) }]
        : [];
    });
    const ranked = combineHits(found, await countPages(engine));
    const allowed = await inParts(engine, parts);
    const kept = allowed ? ranked.filter((r) => allowed.has(r.id)) : ranked;
    // Each page is shown through the search that scored it best, so its excerpt marks those words.
    const byId = new Map<string, { result: PagefindResult; score: number }>();
    for (const f of found) {
      for (const result of f.results) {
        const score = result.score * f.weight;
        if (score > (byId.get(result.id)?.score ?? -1)) byId.set(result.id, { result, score });
      }
    }
    const top = kept.slice(0, MAX_RESULTS).flatMap((r) => byId.get(r.id)?.result ?? []);
    const pages = await Promise.all(top.map((r) => r.data()));
    return { plan, missed, widened, pages, total: kept.length, outsideFilter: ranked.length - kept.length };
  };

  return { load, search };
}
