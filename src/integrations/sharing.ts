/**
 * The guide beyond the browser tab, as one Starlight plugin: print styles, the
 * feedback links, link-preview meta, and the files other programs read (sitemap,
 * robots.txt, llms.txt and its two companions). Build-only work is decided here
 * from `command`; the Open Graph images are a route (src/pages/og/), and the
 * whole-guide page is src/pages/print.astro, whose chapters this fills in.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import sitemap from '@astrojs/sitemap';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ChapterJob, ChapterOutput } from '../lib/sharing/chapter-output.ts';
import { editLinkConfig } from '../lib/sharing/feedback.ts';
import { renderLlmsBody, renderLlmsTxt, UNKNOWN_ORIGIN, type BuiltPage } from '../lib/sharing/llms-files.ts';
import { fillPrintPage, headStyles } from '../lib/sharing/print-page.ts';
import { printOrder, readingOrder, type SidebarEntry } from '../lib/sharing/reading-order.ts';
import { isIndexable, robotsTxt } from '../lib/sharing/robots.ts';
import { BuildCache, hashOf } from './build-cache.ts';
import { type BuiltSite, builtSite, resetBuiltSites } from './built-site.ts';

export interface SharingOptions {
  /** The repository's address (REPO_URL): enables "Edit this page" and "Report a problem". */
  repoUrl?: string | undefined;
}

export function guideSharing(options: SharingOptions = {}): StarlightPlugin {
  return {
    name: 'guide-sharing',
    hooks: {
      'config:setup'({ config, updateConfig, addIntegration, addRouteMiddleware, astroConfig, command }) {
        const editLink = editLinkConfig(options.repoUrl);
        updateConfig({
          ...(editLink ? { editLink } : {}),
          customCss: [...(config.customCss ?? []), './src/styles/print.css'],
          components: { ...config.components, EditLink: './src/components/overrides/EditLink.astro' },
        });
        addRouteMiddleware({ entrypoint: './src/integrations/sharing-route-middleware.ts' });
        // Starlight adds its own sitemap when `site` is set; this one leaves out the
        // pages that are not for search engines (the embed frames, the print copy).
        const base = astroConfig.base;
        if (astroConfig.site) addIntegration(sitemap({ filter: (page) => isIndexable(new URL(page).pathname, base) }));
        if (command === 'build') {
          const sidebar = (config.sidebar ?? []) as readonly SidebarEntry[];
          addIntegration(outputFiles({ title: config.title, description: config.description, sidebar }));
        }
      },
    },
  };
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return String(Object.values(value)[0] ?? '');
  return '';
}

interface SharingMeta {
  title: unknown;
  description: unknown;
  sidebar: readonly SidebarEntry[];
}

/** The code the chapter outputs come from: a change to any of it makes the next build redo them. */
const CHAPTER_CODE = [
  new URL(import.meta.url),
  new URL('../lib/sharing/chapter-output.ts', import.meta.url),
  new URL('../lib/sharing/llms.ts', import.meta.url),
  new URL('../lib/sharing/print-html.ts', import.meta.url),
  new URL('../lib/sharing/hast-select.ts', import.meta.url),
  new URL('../lib/sharing/reading-order.ts', import.meta.url),
];

/** Runs `jobs` on one worker thread; null where Node could not start it. */
function onWorkerThread(
  jobs: readonly ChapterJob[],
  logger: AstroIntegrationLogger,
): Promise<ChapterOutput[] | { error: string } | null> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./chapters-worker.ts', import.meta.url), { workerData: { jobs } });
    worker.once('message', (result: { outputs: ChapterOutput[] } | { error: string }) =>
      resolve('outputs' in result ? result.outputs : result),
    );
    worker.once('error', (error) => {
      logger.warn(`Chapters made on the main thread (the worker thread failed: ${error.message})`);
      resolve(null);
    });
    worker.once('exit', () => resolve(null));
  });
}

/**
 * Splits jobs into at most `count` groups of about the same size of page (the
 * work grows with it), largest first; returns each group's job indexes.
 */
export function shareOut(sizes: readonly number[], count: number): number[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(count, sizes.length)) }, () => ({
    total: 0,
    indexes: [] as number[],
  }));
  const bySize = sizes.map((size, index) => ({ size, index })).sort((a, b) => b.size - a.size || a.index - b.index);
  for (const { size, index } of bySize) {
    const lightest = groups.reduce((min, group) => (group.total < min.total ? group : min));
    lightest.total += size;
    lightest.indexes.push(index);
  }
  return groups.map((group) => group.indexes.sort((a, b) => a - b)).filter((indexes) => indexes.length > 0);
}

/**
 * The chapters' outputs, made on worker threads, one per core up to four (chapters-worker.ts
 * loads the parser there, not here), so that a clean build waits for them about as
 * long as for Pagefind. Where Node cannot start one, they are made here instead.
 */
async function chapterOutputs(
  jobs: readonly ChapterJob[],
  logger: AstroIntegrationLogger,
): Promise<{ outputs: ChapterOutput[]; where: string }> {
  if (jobs.length === 0) return { outputs: [], where: 'made' };
  // Each thread loads the parser (a fraction of a second): a few threads are enough for the guide's chapters.
  const groups = shareOut(
    jobs.map((job) => job.html.length),
    Math.min(availableParallelism(), 4),
  );
  const results = await Promise.all(
    groups.map((indexes) =>
      onWorkerThread(
        indexes.map((i) => jobs[i] as ChapterJob),
        logger,
      ),
    ),
  );
  for (const result of results) {
    if (result && 'error' in result) throw new Error(`/print/ and llms.txt: ${result.error}`);
  }
  const outputs: ChapterOutput[] = new Array<ChapterOutput>(jobs.length);
  let onMain = 0;
  let chapterOutput: ((job: ChapterJob) => ChapterOutput) | undefined;
  for (const [g, indexes] of groups.entries()) {
    const result = results[g] as ChapterOutput[] | null;
    if (!result) chapterOutput ??= (await import('../lib/sharing/chapter-output.ts')).chapterOutput;
    for (const [k, i] of indexes.entries()) {
      if (result) outputs[i] = result[k] as ChapterOutput;
      else {
        outputs[i] = (chapterOutput as (job: ChapterJob) => ChapterOutput)(jobs[i] as ChapterJob);
        onMain++;
      }
    }
  }
  const where =
    onMain === 0
      ? `made on ${groups.length} worker thread${groups.length === 1 ? '' : 's'}`
      : `made, ${onMain} of them on the main thread`;
  return { outputs, where };
}

/**
 * robots.txt, llms*.txt and the whole-guide page's chapters, from the finished pages.
 * Each chapter page is read and parsed once for both; what came from an unchanged
 * page is taken from the last build (build-cache.ts).
 */
async function writeSharingFiles(
  site: BuiltSite,
  options: { meta: SharingMeta; base: string; origin: string | undefined },
  logger: AstroIntegrationLogger,
): Promise<void> {
  const { meta, base, origin } = options;
  await site.write('robots.txt', robotsTxt(origin ? `${origin}${base}` : undefined));

  const llmsOrder = new Set(readingOrder(meta.sidebar).map((c) => c.id));
  const chapters = printOrder(meta.sidebar);
  const ids = chapters.map((c) => c.id);
  // One cache per base and origin, so builds of both (the tests build / and /guide/) keep theirs.
  const cache = await BuildCache.open<ChapterOutput>(
    `chapters-${hashOf(base, origin ?? '').slice(0, 12)}`,
    CHAPTER_CODE,
  );
  const pages = await Promise.all(
    chapters.map(async (chapter) => {
      const html = await site.text(`${chapter.path}index.html`).catch(() => null);
      if (html === null) throw new Error(`The sidebar lists /${chapter.path}, which was not built`);
      const job: ChapterJob = {
        chapter,
        html,
        chapters: ids,
        base,
        pageUrl: `${origin ?? UNKNOWN_ORIGIN}${base}${chapter.path}`,
        inLlms: llmsOrder.has(chapter.id),
      };
      const { html: _, ...rest } = job;
      return { job, key: hashOf(html, JSON.stringify(rest)) };
    }),
  );
  const misses = pages.filter(({ key }) => !cache.has(key));
  const { outputs: made, where } = await chapterOutputs(
    misses.map(({ job }) => job),
    logger,
  );
  const madeFor = new Map(misses.map(({ key }, i) => [key, made[i]]));
  const outputs = await Promise.all(
    pages.map(async ({ job, key }) => ({
      chapter: job.chapter,
      html: job.html,
      output: await cache.get(key, () => {
        const output = madeFor.get(key);
        if (!output) throw new Error(`/print/ and llms.txt: nothing was made for /${job.chapter.path}`);
        return output;
      }),
    })),
  );

  const printPage = await site.text('print/index.html');
  const styles = outputs.flatMap(({ html }) => headStyles(html));
  const printed = outputs.map(({ chapter, output }) => ({ id: chapter.id, html: output.print }));
  await site.write('print/index.html', fillPrintPage(printPage, printed, styles));

  const llmsPages: BuiltPage[] = outputs.flatMap(({ chapter, output }) =>
    output.page ? [{ chapter, ...output.page }] : [],
  );
  const about = {
    title: textOf(meta.title),
    description: textOf(meta.description),
    root: origin ? `${origin}${base}` : base,
  };
  await site.write('llms.txt', renderLlmsTxt(about, llmsPages));
  await site.write('llms-full.txt', renderLlmsBody(about, llmsPages, 'full'));
  await site.write('llms-small.txt', renderLlmsBody(about, llmsPages, 'small'));
  await cache.save();
  logger.info(
    `/print/ and llms.txt: ${chapters.length} chapters (${chapters.length - misses.length} unchanged since the last build, ${misses.length} ${where}); robots.txt${origin ? ' with sitemap' : ''}`,
  );
}

/**
 * The files written from the finished pages. The work starts as soon as the pages
 * are written (`astro:build:generated`), so it runs while Pagefind indexes them, and
 * the build waits for it before the steps that read every file (service worker, headers).
 */
function outputFiles(meta: SharingMeta): AstroIntegration {
  let origin: string | undefined;
  let base = '/';
  let work: Promise<unknown> | undefined;
  const start = (dir: URL, logger: AstroIntegrationLogger) => {
    const site = builtSite(fileURLToPath(dir));
    // Settled at once, so a failure waits for build:done instead of ending the process unhandled.
    work = writeSharingFiles(site, { meta, base, origin }, logger).then(
      () => null,
      (error: unknown) => ({ error }),
    );
    return work;
  };
  return {
    name: 'guide-sharing-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = config.site ? new URL(config.site).origin : undefined;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        resetBuiltSites();
        work = undefined;
      },
      'astro:build:generated': ({ dir, logger }) => {
        start(dir, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outcome = (await (work ?? start(dir, logger))) as { error: unknown } | null;
        if (outcome) throw outcome.error;
      },
    },
  };
}
