/**
 * Shortens the first search. Left to itself, Pagefind fetches its files one step after
 * another (its script, then its entry file, then the metadata and WebAssembly the entry
 * names, then an index chunk, then the pages' fragments), and unpacks each in
 * JavaScript, on the main thread: taken together, the largest share of a first search's
 * script time in a sampled Chromium profile. This module, started when search opens:
 *
 * - fetches the entry file and the WebAssembly at once, beside Pagefind's script, and the
 *   metadata the entry names as soon as it arrives, choosing the language index as
 *   Pagefind does; Pagefind's own requests for those files get these responses;
 * - unpacks every gzipped Pagefind file with the browser's DecompressionStream (native,
 *   streaming) before Pagefind sees it: Pagefind takes a file that is already unpacked as
 *   it is (it looks for its signature, `pagefind_dcd`, first);
 * - creates the Intl.Segmenter that Pagefind's search creates, while the files download:
 *   a page's first one loads the browser's locale data (about 50 ms in Chromium here).
 *
 * It does so through the page's `fetch`, the only way in that Pagefind offers: requests
 * for files under the index's folder are routed (`pagefindFiles`), every other request is
 * passed on untouched. A failed early request is not handed over: Pagefind's own request
 * goes to the network, and Pagefind reports a failure as it would have.
 */

/** Files Pagefind writes gzipped (its signature after unpacking: `pagefind_dcd`). */
const PACKED = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
const ENTRY = 'pagefind-entry.json';

interface LanguageIndex {
  hash: string;
  wasm?: string | null;
  page_count?: number;
}

/** The language index Pagefind loads for a page in `lang` (its `findIndex`), or undefined. */
export function chooseIndex(languages: unknown, lang: string): LanguageIndex | undefined {
  if (typeof languages !== 'object' || languages === null) return undefined;
  const all = languages as Record<string, LanguageIndex | undefined>;
  const valid = (i: LanguageIndex | undefined): i is LanguageIndex => typeof i?.hash === 'string';
  const exact = all[lang] ?? all[lang.split('-')[0] ?? ''];
  if (exact) return valid(exact) ? exact : undefined;
  const top = Object.values(all).sort((a, b) => (b?.page_count ?? 0) - (a?.page_count ?? 0))[0];
  return valid(top) ? top : undefined;
}

/** Pagefind's WebAssembly for a language (`unknown` where it has none of its own). */
const wasmFile = (dir: string, language: string | null | undefined): string =>
  `${dir}wasm.${language || 'unknown'}.pagefind`;

/** The files of one language index: its metadata and its WebAssembly. */
export function indexFiles(dir: string, index: LanguageIndex): string[] {
  return [`${dir}pagefind.${index.hash}.pf_meta`, wasmFile(dir, index.wasm)];
}

/** Whether bytes are gzip's (its magic number). */
const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * A Pagefind file's response, unpacked natively where it is gzipped. Anything else (an
 * error status, a file already unpacked, data that does not unpack) is handed on as it
 * came, for Pagefind to use or to report.
 */
export async function unpacked(response: Response): Promise<Response> {
  if (!response.ok || typeof DecompressionStream !== 'function') return response;
  const init = { status: response.status, statusText: response.statusText };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isGzip(bytes)) return new Response(bytes, init);
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(await new Response(stream).arrayBuffer(), init);
  } catch {
    return new Response(bytes, init);
  }
}

/** Creates what Pagefind's first search would create: see the module's comment. */
function warmSegmenter(lang: string): void {
  try {
    if (typeof Intl.Segmenter === 'function') new Intl.Segmenter(lang, { granularity: 'grapheme' });
  } catch {
    // A language tag Intl rejects: Pagefind's search does without a segmenter then.
  }
}

/** A request's address, absolute; undefined for a request this module leaves alone (not a GET). */
function addressOf(input: RequestInfo | URL, init: RequestInit | undefined, base: string): string | undefined {
  if (init?.method && init.method.toUpperCase() !== 'GET') return undefined;
  if (input instanceof Request) return input.method === 'GET' ? input.url : undefined;
  try {
    return new URL(String(input), base).href;
  } catch {
    return undefined;
  }
}

export interface PagefindFiles {
  /** `fetch` for the page: Pagefind's requests routed as the module's comment says, others passed on. */
  fetch: typeof fetch;
  /** Fetches the WebAssembly and the entry file, then the metadata the entry names, for Pagefind to take. */
  prefetch(): void;
}

/**
 * Pagefind's files under `dir` (an absolute address ending in `/`), for a page in
 * `lang`, fetched with `network` (the page's own `fetch`); relative addresses are read
 * against `base`.
 */
export function pagefindFiles(dir: string, lang: string, network: typeof fetch, base: string): PagefindFiles {
  /** Files fetched early, by their path under `dir`, until Pagefind asks for them (once). */
  const early = new Map<string, Promise<Response>>();
  const routed = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = addressOf(input, init, base);
    if (!url?.startsWith(dir)) return network(input, init);
    const path = url.slice(dir.length).split(/[?#]/)[0] ?? '';
    const pending = early.get(path);
    if (pending) {
      early.delete(path);
      // A failed early request is not handed over: Pagefind's own goes to the network.
      return pending.catch(() => routed(input, init));
    }
    return PACKED.test(path) ? network(input, init).then(unpacked) : network(input, init);
  };
  const fetchEarly = (file: string): void => {
    const pending = network(file).then(unpacked);
    pending.catch(() => undefined); // Pagefind asks again, and reports a failure
    early.set(file.slice(dir.length), pending);
  };
  const prefetch = (): void => {
    // The WebAssembly at once, named as Pagefind names it for the page's language (the
    // entry file confirms it: a wrong guess is left unused, and the right file fetched).
    const guessed = wasmFile(dir, lang.split('-')[0]);
    fetchEarly(guessed);
    // The entry file with a fresh query, as Pagefind asks for it (its default).
    const entry = network(`${dir}${ENTRY}?ts=${Date.now()}`).then(async (response) => {
      if (!response.ok) return response;
      const text = await response.text();
      let files: string[] = [];
      try {
        const index = chooseIndex((JSON.parse(text) as { languages?: unknown }).languages, lang);
        if (index) files = indexFiles(dir, index);
      } catch {
        // Not JSON: Pagefind reports it when it reads the same text.
      }
      if (!files.includes(guessed)) early.delete(guessed.slice(dir.length));
      for (const file of files) if (file !== guessed) fetchEarly(file);
      // Pagefind gets the entry only now, so it asks for the files above after they are set.
      warmSegmenter(lang);
      return new Response(text, { status: response.status, statusText: response.statusText });
    });
    entry.catch(() => undefined);
    early.set(ENTRY, entry);
  };
  return { fetch: routed, prefetch };
}

let files: PagefindFiles | undefined;

/**
 * From now on, routes the page's requests for Pagefind's files under `dir` through
 * `pagefindFiles`, and fetches the first of them. Called again (a failed load tried
 * again), it only fetches them again.
 */
export function fetchPagefindFiles(dir: string, lang: string): void {
  if (!files) {
    files = pagefindFiles(dir, lang, globalThis.fetch.bind(globalThis), document.baseURI);
    globalThis.fetch = files.fetch;
  }
  files.prefetch();
}
