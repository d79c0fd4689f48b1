/**
 * Generates the offline service worker (Workbox) from the built files, after
 * Pagefind has written its index. Every page, asset and the search index are
 * precached on the first visit, each under a revision hash of its content, so a
 * new build replaces the cache as a whole. The registration script reloads an open
 * page once when a new build takes over, so no page mixes two builds.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

export const SERVICE_WORKER = 'sw.js';

/** The inline registration script for every guide page. */
export function registrationScript(base: string): string {
  return [
    "if ('serviceWorker' in navigator) {",
    '  const updating = Boolean(navigator.serviceWorker.controller);',
    `  navigator.serviceWorker.register('${base}${SERVICE_WORKER}', { scope: '${base}' }).catch(() => {});`,
    "  navigator.serviceWorker.addEventListener('controllerchange', () => { if (updating) location.reload(); });",
    '}',
  ].join('\n');
}

/** Writes sw.js into a built site folder; returns what it precaches. */
export async function writeServiceWorker(dir: string, base: string) {
  return generateSW({
    globDirectory: dir,
    globPatterns: ['**/*.{html,css,js,svg,json,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
    globIgnores: [
      SERVICE_WORKER,
      '_headers',
      '404.html',
      // Embeds are for other sites; Pagefind's stock UIs are not used by this site.
      'embed/**',
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-component-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-highlight.js',
    ],
    swDest: join(dir, SERVICE_WORKER),
    modifyURLPrefix: { '': base },
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
}

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'guide-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Offline cache: ${count} files, ${(size / 1024).toFixed(0)} KiB.`);
      },
    },
  };
}
