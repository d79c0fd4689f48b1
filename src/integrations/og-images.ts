/**
 * Link-preview images drawn ahead. When a build starts, the images missing from the
 * cache are drawn on a worker thread (og-worker.mjs) while Vite bundles the site, so
 * the image route (src/pages/og/) mostly finds them ready and a clean build does not
 * wait for them one by one. The route stays the one source of the images: it waits
 * for an image this is drawing, and draws itself any this did not (a title read
 * differently here than by the content collection, a failure): what is drawn ahead
 * is only ever a guess at what the route will ask for, checked by the cache's key.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { PRINT_TITLE } from '../lib/sharing/names.ts';
import {
  AHEAD_BY_ROUTE,
  AHEAD_QUEUED,
  ogImageCacheName,
  ogImageOptions,
  ogImagesDrawnAhead,
  ogImagesOff,
  ogStats,
  type OgImage,
} from '../lib/sharing/og.ts';
import { partOf } from '../search/parts.ts';
import { cacheRoot } from './build-cache.ts';

/** The cache folder the route and this share. */
export const ogCacheDir = (): string => join(cacheRoot(), 'og-images');

/** A YAML scalar as written on one line; undefined for forms this does not read (the route then draws). */
function scalar(raw: string): string | undefined {
  const value = raw.trim();
  if (value.startsWith("'")) return /^'((?:[^']|'')*)'/.exec(value)?.[1]?.replaceAll("''", "'");
  if (value.startsWith('"')) {
    const quoted = /^"(?:[^"\\]|\\.)*"/.exec(value)?.[0];
    try {
      return quoted === undefined ? undefined : (JSON.parse(quoted) as string);
    } catch {
      return undefined;
    }
  }
  if (/^[|>&*!]/.test(value)) return undefined;
  return value.replace(/\s+#.*$/, '') || undefined;
}

/** The images a build of these docs will ask for, read from each page's frontmatter. */
export function expectedImages(files: readonly { path: string; source: string }[]): OgImage[] {
  const images: OgImage[] = [{ title: PRINT_TITLE, part: undefined }];
  for (const { path, source } of files) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
    const field = (name: string) => scalar(new RegExp(`^${name}:(.*)$`, 'm').exec(frontmatter)?.[1] ?? '');
    const title = field('title');
    if (title === undefined) continue;
    const id =
      field('slug') ??
      path
        .replace(/\.mdx?$/, '')
        .toLowerCase()
        .replace(/(^|\/)index$/, '');
    images.push({ title, part: partOf(id) });
  }
  return images;
}

export function ogImages(): AstroIntegration {
  let docs = '';
  let worker: Worker | undefined;
  return {
    name: 'guide-og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        docs = fileURLToPath(new URL('content/docs/', config.srcDir));
      },
      'astro:build:start': async ({ logger }) => {
        if (ogImagesOff()) return;
        const paths = (await readdir(docs, { recursive: true })).filter((f) => /\.mdx?$/.test(f));
        const files = await Promise.all(
          paths.map(async (path) => ({
            path: path.split('\\').join('/'),
            source: await readFile(join(docs, path), 'utf8'),
          })),
        );
        const jobs = new Map<string, ReturnType<typeof ogImageOptions>>();
        for (const image of expectedImages(files)) {
          const file = join(ogCacheDir(), ogImageCacheName(image));
          if (!existsSync(file)) jobs.set(file, ogImageOptions(image));
        }
        if (jobs.size === 0) return;
        const ahead = ogImagesDrawnAhead();
        const queued = [...jobs.keys()];
        // Who draws each image: the worker thread or the route, whichever claims it first.
        const states = new Int32Array(new SharedArrayBuffer(queued.length * Int32Array.BYTES_PER_ELEMENT));
        const done = new Map<string, () => void>();
        for (const [index, file] of queued.entries()) {
          ahead.set(file, {
            claim: () => Atomics.compareExchange(states, index, AHEAD_QUEUED, AHEAD_BY_ROUTE) === AHEAD_QUEUED,
            done: new Promise<void>((resolve) => done.set(file, resolve)),
          });
        }
        const settle = (file: string) => {
          done.get(file)?.();
          done.delete(file);
        };
        worker = new Worker(new URL('./og-worker.mjs', import.meta.url), {
          workerData: { jobs: [...jobs].map(([file, options]) => ({ file, options })), states },
        });
        // Never what keeps a build running: whatever is not drawn by the end, the route draws.
        worker.unref();
        worker.on(
          'message',
          ({ file, ms, error, skipped }: { file: string; ms: number; error?: string; skipped?: boolean }) => {
            if (skipped) {
              // The route claimed it and draws it.
            } else if (error) logger.warn(`Open Graph image not drawn ahead (the page's route draws it): ${error}`);
            else {
              ogStats().drawnAhead++;
              ogStats().aheadMs += ms;
            }
            settle(file);
          },
        );
        const settleAll = () => [...done.keys()].forEach(settle);
        worker.on('error', (error) => {
          logger.warn(`Open Graph images are not drawn ahead: ${error.message}`);
          settleAll();
        });
        worker.on('exit', settleAll);
      },
      'astro:build:done': async ({ logger }) => {
        await worker?.terminate();
        worker = undefined;
        ogImagesDrawnAhead().clear();
        if (ogImagesOff()) return;
        const stats = ogStats();
        const drawn = stats.drawn + stats.drawnAhead;
        logger.info(
          `Open Graph images: ${stats.drawn + stats.cached} (${drawn} drawn, ${stats.drawnAhead} of them ahead on a worker thread)`,
        );
      },
    },
  };
}
