// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { siteHeaders } from './src/integrations/headers.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { guideSharing } from './src/integrations/sharing.ts';
import { registrationHead, serviceWorker } from './src/integrations/service-worker.ts';
import { baseLinksPlugin } from './src/plugins/base-links.ts';
import { tableScrollPlugin } from './src/plugins/table-scroll.ts';
import { taskListLabelsPlugin } from './src/plugins/task-list-labels.ts';
import { sidebar } from './src/sidebar.ts';

/** `SITE_URL` (e.g. https://example.org) enables canonical URLs and the sitemap. */
const site = process.env.SITE_URL || undefined;
/** `BASE_PATH` (e.g. /guide/) deploys the whole site under a sub-path. */
const base = normaliseBase(process.env.BASE_PATH);

const isBuild = process.argv.includes('build');

/** @param {string | undefined} value */
function normaliseBase(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  markdown: {
    processor: satteri({ hastPlugins: [baseLinksPlugin(base), taskListLabelsPlugin(), tableScrollPlugin()] }),
  },
  integrations: [
    // First: link-preview images start drawing on a worker thread as soon as the build starts.
    ogImages(),
    starlight({
      title: 'AI Infrastructure Engineer Guide',
      description:
        'An open, cited career guide for AI infrastructure engineers: the role, the skills that move pay, pay ranges, ways in, and a salary calculator.',
      favicon: '/favicon.svg',
      head: [
        // Offline reading: register the service worker (built pages only; dev has none).
        ...(isBuild ? registrationHead(base) : []),
        // No first paint before the page frame is parsed: a paint mid-way through the sidebars
        // laid the table of contents out across the whole width, then moved it (layout shift).
        // The page title (#_top, every Starlight page) follows both sidebars and the header.
        { tag: 'link', attrs: { rel: 'expect', href: '#_top', blocking: 'render' } },
      ],
      sidebar,
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/guide.css'],
      // Wrapped code never scrolls sideways, so no unnamed scroll regions (axe: landmark-unique).
      expressiveCode: { defaultProps: { wrap: true } },
      components: {
        Search: './src/components/overrides/Search.astro',
        LastUpdated: './src/components/overrides/LastUpdated.astro',
      },
      routeMiddleware: './src/route-middleware.ts',
      plugins: [
        starlightLinksValidator({ errorOnLocalLinks: true }),
        // Print styles, feedback links (REPO_URL), link previews, sitemap, robots.txt, llms.txt.
        guideSharing({ repoUrl: process.env.REPO_URL }),
      ],
    }),
    // After Starlight, so that Pagefind's index exists when the service worker is generated.
    serviceWorker(),
    // Last: it hashes the inline scripts of the finished pages.
    siteHeaders(),
  ],
});
