/**
 * The guide beyond the browser tab, as one Starlight plugin: print styles, the
 * feedback links, link-preview meta, and the files other programs read (sitemap,
 * robots.txt, llms.txt and its two companions). Build-only work is decided here
 * from `command`; the Open Graph images are a route (src/pages/og/) and the
 * whole-guide page is src/pages/print.astro.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { editLinkConfig } from '../lib/sharing/feedback.ts';
import { pageToMarkdown, renderLlmsBody, renderLlmsTxt, UNKNOWN_ORIGIN, type BuiltPage } from '../lib/sharing/llms.ts';
import { readingOrder, type SidebarEntry } from '../lib/sharing/reading-order.ts';
import { isIndexable, robotsTxt } from '../lib/sharing/robots.ts';

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

/** robots.txt and llms*.txt, written from the finished pages. */
function outputFiles(meta: {
  title: unknown;
  description: unknown;
  sidebar: readonly SidebarEntry[];
}): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'guide-sharing-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const origin = site ? new URL(site).origin : undefined;
        await writeFile(join(root, 'robots.txt'), robotsTxt(origin ? `${origin}${base}` : undefined));

        const pages: BuiltPage[] = [];
        for (const chapter of readingOrder(meta.sidebar)) {
          const file = join(root, chapter.path, 'index.html');
          const html = await readFile(file, 'utf8').catch(() => null);
          if (html === null) throw new Error(`llms.txt: the sidebar lists /${chapter.path}, which was not built`);
          pages.push(pageToMarkdown(html, chapter, `${origin ?? UNKNOWN_ORIGIN}${base}${chapter.path}`));
        }
        const about = {
          title: textOf(meta.title),
          description: textOf(meta.description),
          root: origin ? `${origin}${base}` : base,
        };
        const files = {
          'llms.txt': renderLlmsTxt(about, pages),
          'llms-full.txt': renderLlmsBody(about, pages, 'full'),
          'llms-small.txt': renderLlmsBody(about, pages, 'small'),
        };
        for (const [name, text] of Object.entries(files)) {
          await mkdir(dirname(join(root, name)), { recursive: true });
          await writeFile(join(root, name), text);
        }
        logger.info(`llms.txt: ${pages.length} chapters; robots.txt${origin ? ' with sitemap' : ''}`);
      },
    },
  };
}
