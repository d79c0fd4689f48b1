/**
 * Writes `_headers` (Netlify and Cloudflare Pages format) into the build: the
 * /embed/ pages and scripts may be framed and loaded by any site; every other page
 * refuses to be framed. Each page gets its own rule (rather than one catch-all),
 * because both hosts merge the headers of every matching rule, and a catch-all
 * "deny" would then reach the embed pages too.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

export function renderHeaders(base: string, pagePaths: readonly string[]): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const lines = [
    '# Generated at build time by src/integrations/frame-headers.ts',
    `${prefix}embed/*`,
    '  Content-Security-Policy: frame-ancestors *',
    '  Access-Control-Allow-Origin: *',
    '',
  ];
  const pages = [...new Set(pagePaths)].filter((p) => !p.startsWith('embed/')).sort();
  for (const page of pages) {
    lines.push(`${prefix}${page}`, "  Content-Security-Policy: frame-ancestors 'none'", '  X-Frame-Options: DENY', '');
  }
  return lines.join('\n');
}

export function frameHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'guide-frame-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages }) => {
        const paths = pages.map((p) => p.pathname).filter((p) => !p.includes('.'));
        await writeFile(new URL('_headers', dir), renderHeaders(base, paths));
      },
    },
  };
}
