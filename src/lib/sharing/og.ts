import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { OGImageOptions } from 'astro-og-canvas';
import { GUIDE_NAME } from './names';

/** Where a page's Open Graph image lives, relative to the base path ("og/pay.png"). */
export function ogImagePath(entryId: string): string {
  const id = entryId.replace(/^\/+|\/+$/g, '');
  return `og/${id === '' ? 'index' : id}.png`;
}

/** The image's two lines under the title: the page's part of the guide, and the guide's name. */
export function ogSubtitle(guideName: string, part: string | undefined): string {
  return part ? `${part} · ${guideName}` : guideName;
}

/** Off (`GUIDE_OG_IMAGES=off`): no link-preview images and no tags naming them, to measure what they cost. */
export const ogImagesOff = (): boolean => (process.env['GUIDE_OG_IMAGES'] ?? '').toLowerCase() === 'off';

/** What one image shows. */
// A type, not an interface: Astro's page props need an index signature, which only a
// type alias has implicitly.
export type OgImage = {
  title: string;
  part: string | undefined;
};

/** Change when the design below changes, so cached images are drawn again. */
const DESIGN = 'v1';
/** The font files, found as packages are (not from the working folder, so a build anywhere finds them). */
const font = (file: string) => createRequire(import.meta.url).resolve(`@fontsource/ibm-plex-sans/files/${file}`);

/** The image's name in the cache: a hash of everything it shows. */
export function ogImageCacheName({ title, part }: OgImage): string {
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN, GUIDE_NAME, title, part]))
    .digest('hex');
  return `${key.slice(0, 32)}.png`;
}

/** astro-og-canvas's options for an image (plain data, so a worker thread can be handed them). */
export function ogImageOptions({ title, part }: OgImage): OGImageOptions {
  return {
    title,
    description: ogSubtitle(GUIDE_NAME, part),
    bgGradient: [[23, 24, 28]],
    border: { color: [138, 180, 248], width: 24, side: 'inline-start' },
    padding: 80,
    fonts: [font('ibm-plex-sans-latin-400-normal.woff'), font('ibm-plex-sans-latin-700-normal.woff')],
    font: {
      title: { families: ['IBM Plex Sans'], weight: 'Bold', size: 76, color: [255, 255, 255] },
      description: { families: ['IBM Plex Sans'], size: 40, color: [200, 204, 212] },
    },
    cacheDir: false,
  };
}

/** What a build spent on its images; shared by the route and the drawing-ahead thread (same process). */
export interface OgStats {
  /** Images the route drew itself. */
  drawn: number;
  /** Images the route found in the cache (drawn by an earlier build, or ahead by this one). */
  cached: number;
  /** Time spent in the route, waiting for images drawn ahead included (ms). */
  routeMs: number;
  /** Images drawn ahead, on a worker thread, while the site was bundled. */
  drawnAhead: number;
  /** That thread's time drawing them (ms). */
  aheadMs: number;
  largestBytes: number;
}

/** This build's figures (one object per process, whichever side asks first). */
export function ogStats(): OgStats {
  const key = Symbol.for('guide.og-images.stats');
  const store = globalThis as unknown as Record<symbol, OgStats | undefined>;
  return (store[key] ??= { drawn: 0, cached: 0, routeMs: 0, drawnAhead: 0, aheadMs: 0, largestBytes: 0 });
}

/**
 * An image queued to be drawn ahead on the worker thread. Whoever claims it first
 * draws it: the worker thread, or the route when it gets there before the thread
 * does (so that, with many pages, the route draws too instead of waiting in line).
 */
export interface AheadImage {
  /** Takes the image for the route: true if the worker thread had not started it (it then skips it). */
  claim(): boolean;
  /** Settles once the worker thread has drawn the image, failed, or skipped it. */
  done: Promise<void>;
}

/** Who has an image queued to be drawn ahead (one Int32 per image, shared with the worker thread). */
export const AHEAD_QUEUED = 0;
export const AHEAD_BY_WORKER = 1;
export const AHEAD_BY_ROUTE = 2;

/** Images queued to be drawn ahead, by cache file: the route claims its own, or waits for it. */
export function ogImagesDrawnAhead(): Map<string, AheadImage> {
  const key = Symbol.for('guide.og-images.ahead');
  const store = globalThis as unknown as Record<symbol, Map<string, AheadImage> | undefined>;
  return (store[key] ??= new Map());
}
