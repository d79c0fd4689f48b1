import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROBE_GAP, ready } from '../../src/search/pagefind';
import { chooseIndex, indexFiles, pagefindFiles, unpacked } from '../../src/search/pagefind-files';

const SIGNED = (text: string) => new TextEncoder().encode(`pagefind_dcd${text}`);
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('choosing the language index, as Pagefind does', () => {
  const languages = {
    en: { hash: 'en_1', wasm: 'en', page_count: 3 },
    de: { hash: 'de_1', wasm: 'de', page_count: 9 },
  };
  it('takes the page language, then its primary subtag, then the index with the most pages', () => {
    expect(chooseIndex(languages, 'en')?.hash).toBe('en_1');
    expect(chooseIndex(languages, 'en-gb')?.hash).toBe('en_1');
    expect(chooseIndex(languages, 'fr')?.hash).toBe('de_1');
    expect(chooseIndex(languages, 'unknown')?.hash).toBe('de_1');
  });
  it('chooses nothing from an entry file it cannot read', () => {
    for (const bad of [undefined, null, 'en', {}, { en: {} }, { en: { hash: 3 } }, { en: null }])
      expect(chooseIndex(bad, 'en')).toBeUndefined();
  });
  it('names the metadata and the WebAssembly of an index', () => {
    expect(indexFiles('https://x.test/pagefind/', { hash: 'en_1', wasm: 'en' })).toEqual([
      'https://x.test/pagefind/pagefind.en_1.pf_meta',
      'https://x.test/pagefind/wasm.en.pagefind',
    ]);
    expect(indexFiles('/p/', { hash: 'xx_2', wasm: null })[1]).toBe('/p/wasm.unknown.pagefind');
  });
});

describe('unpacking a Pagefind file natively', () => {
  it('unpacks gzip, and hands on anything else as it came', async () => {
    const plain = SIGNED('index');
    expect(await bytesOf(await unpacked(new Response(gzipSync(plain))))).toEqual(plain);
    expect(await bytesOf(await unpacked(new Response(plain)))).toEqual(plain);
    // Gzip's magic number, then garbage: Pagefind gets the bytes, and reports them.
    const broken = new Uint8Array([0x1f, 0x8b, 1, 2, 3, 4]);
    expect(await bytesOf(await unpacked(new Response(broken)))).toEqual(broken);
    const missing = new Response('gone', { status: 404 });
    expect(await unpacked(missing)).toBe(missing);
  });
  it('leaves unzipping to Pagefind in a browser without DecompressionStream', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    try {
      const packed = new Response(gzipSync(SIGNED('index')));
      expect(await unpacked(packed)).toBe(packed);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('routing Pagefind’s requests', () => {
  const DIR = 'https://guide.test/sub/pagefind/';
  const files: Record<string, Uint8Array> = {
    'pagefind-entry.json': new TextEncoder().encode(
      JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_abc', wasm: 'en', page_count: 2 } } }),
    ),
    'pagefind.en_abc.pf_meta': gzipSync(SIGNED('meta')),
    'wasm.en.pagefind': gzipSync(SIGNED('wasm')),
    'index/en_1.pf_index': gzipSync(SIGNED('chunk')),
  };
  /** A network serving `files`, recording each request; `fail` names paths whose next request fails. */
  const network = (fail = new Set<string>()) => {
    const requested: string[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'https://guide.test/');
      const path = url.href.startsWith(DIR) ? url.href.slice(DIR.length).split('?')[0]! : url.pathname.slice(1);
      requested.push(path);
      if (fail.delete(path)) throw new TypeError('network down');
      const body = files[path];
      return body ? new Response(new Uint8Array(body)) : new Response('not found', { status: 404 });
    });
    return { fetch: fetch as unknown as typeof globalThis.fetch, requested };
  };
  const text = async (response: Response) => new TextDecoder().decode(await response.arrayBuffer());

  it('fetches the WebAssembly and the entry, then the metadata it names, before Pagefind asks; Pagefind gets them unpacked', async () => {
    const net = network();
    const routed = pagefindFiles(DIR, 'en-gb', net.fetch, 'https://guide.test/sub/skills/');
    routed.prefetch();
    expect(net.requested).toEqual(['wasm.en.pagefind', 'pagefind-entry.json']);
    // Pagefind asks with a query of its own, and a path relative to the page.
    const entry = await routed.fetch('/sub/pagefind/pagefind-entry.json?ts=123');
    // By the time Pagefind reads the entry, the index's files are on their way.
    expect(net.requested).toEqual(['wasm.en.pagefind', 'pagefind-entry.json', 'pagefind.en_abc.pf_meta']);
    expect(JSON.parse(await text(entry)).languages.en.hash).toBe('en_abc');
    expect(await text(await routed.fetch(`${DIR}pagefind.en_abc.pf_meta`))).toBe('pagefind_dcdmeta');
    expect(await text(await routed.fetch(`${DIR}wasm.en.pagefind`))).toBe('pagefind_dcdwasm');
    expect(net.requested).toHaveLength(3);
    // Later requests go to the network, unpacked too.
    expect(await text(await routed.fetch(`${DIR}index/en_1.pf_index`))).toBe('pagefind_dcdchunk');
    expect(await text(await routed.fetch(`${DIR}wasm.en.pagefind`))).toBe('pagefind_dcdwasm');
    expect(net.requested.slice(3)).toEqual(['index/en_1.pf_index', 'wasm.en.pagefind']);
  });

  it('leaves a wrongly guessed WebAssembly unused, and fetches the one the entry names', async () => {
    const net = network();
    const routed = pagefindFiles(DIR, 'fr', net.fetch, 'https://guide.test/');
    routed.prefetch();
    await routed.fetch(`${DIR}pagefind-entry.json?ts=1`);
    expect(net.requested).toEqual([
      'wasm.fr.pagefind',
      'pagefind-entry.json',
      'pagefind.en_abc.pf_meta',
      'wasm.en.pagefind',
    ]);
    expect(await text(await routed.fetch(`${DIR}wasm.en.pagefind`))).toBe('pagefind_dcdwasm');
    // Had Pagefind asked for the guessed file after all, it would go to the network.
    expect((await routed.fetch(`${DIR}wasm.fr.pagefind`)).status).toBe(404);
    expect(net.requested).toHaveLength(5);
  });

  it('passes every other request on untouched', async () => {
    const net = network();
    const routed = pagefindFiles(DIR, 'en', net.fetch, 'https://guide.test/sub/');
    const packed = new Uint8Array(files['index/en_1.pf_index']!);
    files['elsewhere/x.pf_index'] = packed;
    try {
      // Outside the index's folder, a file Pagefind would unpack stays packed.
      expect(await bytesOf(await routed.fetch('https://guide.test/elsewhere/x.pf_index'))).toEqual(packed);
      await routed.fetch(`${DIR}index/en_1.pf_index`, { method: 'POST' });
      expect(net.fetch).toHaveBeenLastCalledWith(`${DIR}index/en_1.pf_index`, { method: 'POST' });
    } finally {
      delete files['elsewhere/x.pf_index'];
    }
  });

  it('does not hand over a failed early request: Pagefind’s own goes to the network', async () => {
    const net = network(new Set(['wasm.en.pagefind']));
    const routed = pagefindFiles(DIR, 'en', net.fetch, 'https://guide.test/');
    routed.prefetch();
    await routed.fetch(`${DIR}pagefind-entry.json?ts=1`);
    expect(await text(await routed.fetch(`${DIR}wasm.en.pagefind`))).toBe('pagefind_dcdwasm');
    expect(net.requested.filter((p) => p === 'wasm.en.pagefind')).toHaveLength(2);
  });

  it('leaves an entry file it cannot read for Pagefind to report', async () => {
    const net = network();
    const saved = files['pagefind-entry.json']!;
    files['pagefind-entry.json'] = new TextEncoder().encode('<html>not json');
    try {
      const routed = pagefindFiles(DIR, 'en', net.fetch, 'https://guide.test/');
      routed.prefetch();
      expect(await text(await routed.fetch(`${DIR}pagefind-entry.json?ts=1`))).toBe('<html>not json');
      expect(net.requested).toEqual(['wasm.en.pagefind', 'pagefind-entry.json']);
      // The guess is not handed over on an entry that does not confirm it.
      await routed.fetch(`${DIR}wasm.en.pagefind`);
      expect(net.requested).toHaveLength(3);
    } finally {
      files['pagefind-entry.json'] = saved;
    }
  });
});

describe('waiting for Pagefind’s WebAssembly', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  /** A Pagefind whose calls check every 50 ms whether it is ready (its getPtr), ready at `at` ms. */
  const pagefindReadyAt = (at: number, error?: Error) => ({
    search: async () => {
      for (;;) {
        if (Date.now() >= at) {
          if (error) throw error;
          return { results: [] };
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  });

  it(`notices within ${PROBE_GAP} ms, where one call would wait up to 50 ms`, async () => {
    vi.useFakeTimers({ now: 0 });
    for (const at of [0, 3, 37, 50, 51, 99, 140, 233]) {
      vi.setSystemTime(0);
      let resolvedAt = -1;
      void ready(pagefindReadyAt(at)).then(() => (resolvedAt = Date.now()));
      await vi.advanceTimersByTimeAsync(400);
      expect(resolvedAt).toBeGreaterThanOrEqual(at);
      expect(resolvedAt).toBeLessThanOrEqual(at + PROBE_GAP);
      vi.clearAllTimers();
    }
  });

  it('fails as Pagefind fails', async () => {
    vi.useFakeTimers({ now: 0 });
    const outcome = ready(pagefindReadyAt(20, new Error('no wasm')));
    const caught = outcome.catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(200);
    expect(await caught).toBe('no wasm');
  });
});
