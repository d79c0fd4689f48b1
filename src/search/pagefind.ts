/**
 * Loads Pagefind (its script, WebAssembly and index metadata) from this build's base
 * path, once per page. Small and in the launcher's script, so opening search (or
 * pointing at the search button) starts loading Pagefind at once, alongside the search
 * session's own code rather than after it. Nothing loads before that.
 */
import { fetchPagefindFiles } from './pagefind-files';

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
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

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

let pagefind: Promise<Pagefind> | undefined;

/** Probes of `ready`, this many milliseconds apart. */
export const PROBE_GAP = 10;
const PROBES = 5;

/**
 * Resolves once Pagefind's WebAssembly is ready. Until then, each call into Pagefind
 * waits in steps of 50 ms, checking at each step (its `getPtr`), so the first search
 * waited 25 ms on average after the index was ready. A search for nothing costs only
 * that check; five of them, started 10 ms apart, see the WebAssembly ready within
 * 10 ms. A failed load rejects, as every search would.
 */
export function ready(module: Pick<Pagefind, 'search'>): Promise<unknown> {
  return Promise.race(
    Array.from({ length: PROBES }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * PROBE_GAP)).then(() => module.search('')),
    ),
  );
}

/** Pagefind, loading it on the first call; a failed load is tried again on the next. */
export function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const dir = new URL(`${base.replace(/\/?$/, '/')}pagefind/`, location.href).href;
    // Its first files are fetched beside its script, and unpacked natively (./pagefind-files.ts).
    fetchPagefindFiles(dir, (document.documentElement.getAttribute('lang') || 'unknown').toLowerCase());
    const module = (await import(/* @vite-ignore */ `${dir}pagefind.js`)) as Pagefind;
    // In the page, not a worker: searching a guide this size takes a few milliseconds,
    // and a worker costs another script to fetch and start before the first search
    // (and Pagefind gives a worker five seconds to start before falling back anyway).
    await module.options({ baseUrl: base, excerptLength: 24, ranking: RANKING, noWorker: true });
    await module.init();
    await ready(module);
    return module;
  })();
  // A failed load may be retried (e.g. when the connection comes back).
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}
