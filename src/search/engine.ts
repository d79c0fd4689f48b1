/**
 * Runs a reader's query against Pagefind: plans it (synonyms, stop words), searches
 * each alternative spelling, drops alternatives that only matched through Pagefind's
 * fallback to a shorter word, scores each page by relevance (exact matches ordered by
 * the same words searched loosely; the rarity of each spelling taken out, the rarity of
 * each topic put back), and merges them into one ranking. Pagefind (its script, worker,
 * WebAssembly and index) loads on first use, from this build's base path, so search
 * works under any sub-path and on any static host.
 */
import { SEARCH_STOP_WORDS, SEARCH_SYNONYMS } from '../data/search-synonyms';
import { planQuery, isGenuineMatch, wordsAt, type Alternative, type QueryPlan } from '../lib/search/query';
import { combineHits, idf, relevance, scoreExactHits } from '../lib/search/rank';

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
interface ScoredResult {
  result: PagefindResult;
  score: number;
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
/**
 * Pagefind adds to a page's score a boost for each metadata field that holds the
 * searched words (weight × the words' rarity × the share of the query they cover,
 * squared). Titles weigh more than Pagefind's default (5): a reader asking "devops"
 * wants "From DevOps". A page's keywords (src/data/search-keywords.ts) weigh as much
 * as its title. The glossary's terms weigh little (0.3): enough to lift the glossary
 * above pages that only mention a term it defines, not above the chapter whose title or
 * keywords name it, nor above one that treats the term at length (the ranking test set
 * holds both cases: "infrastructure as code" and "MLflow").
 */
const RANKING = { metaWeights: { title: 10, keywords: 10, terms: 0.3 } };

export function createEngine(base: string) {
  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      // In the page, not a worker: searching a guide this size takes a few milliseconds,
      // and a worker costs another script to fetch and start before the first search
      // (and Pagefind gives a worker five seconds to start before falling back anyway).
      await module.options({ baseUrl: base, excerptLength: 24, ranking: RANKING, noWorker: true });
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
        const data = await first.data();
        const matched = wordsAt(data.content, data.locations);
        if (!words.every((w) => isGenuineMatch(w, matched))) return [];
      }
      return results.map((result) => ({ result, score: relevance(result.score, wordIdfs) }));
    })();
    cache.set(alt.search, pending);
    pending.catch(() => cache.delete(alt.search));
    return pending;
  };

  const search = async (query: string, parts: readonly string[]): Promise<SearchOutcome> => {
    const plan = planQuery(query, SEARCH_SYNONYMS, SEARCH_STOP_WORDS);
    const engine = await load();
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
    const pages = await Promise.all(top.map((r) => r.data()));
    return { plan, missed, widened, pages, total: kept.length, outsideFilter: ranked.length - kept.length };
  };

  return { load, search };
}
