/**
 * A link-preview image (1200×630 PNG) for every page: the guide's name, the page's
 * title and its part, drawn at build time by astro-og-canvas. Each image is kept in
 * node_modules/.cache/og-images/ (or $GUIDE_CACHE_DIR/og-images/) under a hash of
 * what it shows, and that cache is read before CanvasKit is even loaded: a build
 * where no title or part changed draws nothing. Images missing from the cache are
 * mostly drawn ahead, on a worker thread, while the site is bundled
 * (src/integrations/og-images.ts); this waits for those the thread has started, and
 * draws itself those it has not (with many pages, both draw). What the build spent on the
 * images is left in og-images/last-build.json, for `npm run bench`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { generateOpenGraphImage } from 'astro-og-canvas';
import { ogCacheDir } from '../../integrations/og-images';
import { PRINT_TITLE } from '../../lib/sharing/names';
import {
  ogImageCacheName,
  ogImageOptions,
  ogImagesDrawnAhead,
  ogImagesOff,
  ogStats,
  type OgImage,
} from '../../lib/sharing/og';
import { partOf } from '../../search/parts';

const CACHE_DIR = ogCacheDir();

export const getStaticPaths = (async () => {
  if (ogImagesOff()) return [];
  const entries = await getCollection('docs');
  const pages: { id: string; props: OgImage }[] = entries.map((entry) => ({
    id: entry.id === '' ? 'index' : entry.id,
    props: { title: entry.data.title, part: partOf(entry.id) },
  }));
  pages.push({ id: 'print', props: { title: PRINT_TITLE, part: undefined } });
  return pages.map(({ id, props }) => ({ params: { slug: `${id}.png` }, props }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgImage> = async ({ props }) => {
  const started = performance.now();
  const stats = ogStats();
  const file = join(CACHE_DIR, ogImageCacheName(props));
  // Queued to be drawn ahead: drawn here if the worker thread has not started it, else waited for.
  const ahead = ogImagesDrawnAhead().get(file);
  if (ahead && !ahead.claim()) await ahead.done;
  let png: Uint8Array | null = await readFile(file).catch(() => null);
  if (png) stats.cached++;
  else {
    const drawn = Buffer.from((await generateOpenGraphImage(ogImageOptions(props))) as Uint8Array);
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(file, drawn);
    png = drawn;
    stats.drawn++;
  }
  stats.routeMs += performance.now() - started;
  stats.largestBytes = Math.max(stats.largestBytes, png.byteLength);
  await writeFile(join(CACHE_DIR, 'last-build.json'), JSON.stringify(stats));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
