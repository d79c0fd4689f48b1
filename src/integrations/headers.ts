/**
 * Writes `_headers` (the format of Netlify and Cloudflare Pages) into the build:
 *
 * - A Content-Security-Policy for every page that allows what the site uses and
 *   nothing more: its own scripts plus the hashes of its inline ones, WebAssembly
 *   and a worker for Pagefind, inline styles (Starlight sets style attributes).
 * - Framing: /embed/ pages and scripts may be framed and loaded by any site; every
 *   other page refuses to be framed. Each page gets its own rule rather than one
 *   catch-all, because both hosts merge the headers of every matching rule, and a
 *   catch-all "deny" would then reach the embed pages too.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The policy shared by every page; `frame-ancestors` is added per rule. */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes.map((h) => `'${h}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** sha256 sources for every inline script in the given HTML documents. */
export function inlineScriptHashes(htmlDocuments: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const html of htmlDocuments) {
    for (const match of html.matchAll(INLINE_SCRIPT)) {
      const body = match[1] ?? '';
      if (body.trim() === '' || /type="application\/(ld\+)?json"/.test(match[0])) continue;
      hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
    }
  }
  return [...hashes].sort();
}

export function renderHeaders(base: string, pagePaths: readonly string[], csp: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const lines = [
    '# Generated at build time by src/integrations/headers.ts',
    `${prefix}embed/*`,
    `  Content-Security-Policy: ${csp}; frame-ancestors *`,
    '  Access-Control-Allow-Origin: *',
    '',
  ];
  const pages = [...new Set(pagePaths)].filter((p) => !p.startsWith('embed/')).sort();
  for (const page of pages) {
    lines.push(
      `${prefix}${page}`,
      `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`,
      '  X-Frame-Options: DENY',
      '',
    );
  }
  return lines.join('\n');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).map((e) => join(dir, e));
}

export function siteHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'guide-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const html = await Promise.all(files.map((f) => readFile(f, 'utf8')));
        const csp = contentSecurityPolicy(inlineScriptHashes(html));
        const pages = files
          .map((f) => relative(root, f).split(sep).join('/'))
          .filter((f) => f.endsWith('index.html'))
          .map((f) => f.slice(0, -'index.html'.length));
        await writeFile(join(root, '_headers'), renderHeaders(base, pages, csp));
      },
    },
  };
}
