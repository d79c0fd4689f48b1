/**
 * Writes `_headers` (the format of Netlify and Cloudflare Pages) into the build, in a
 * form that does not grow with the number of pages:
 *
 * - `<base>*`: one Content-Security-Policy (no `frame-ancestors`) and `nosniff` for
 *   every address under the site, aliases (`/x/index.html`, `//x/`, `%78/`) and 404s
 *   included.
 * - `<base>embed/*`: may be loaded from any origin. Framing is refused with
 *   `X-Frame-Options: DENY` by one rule per other top-level folder, and for `<base>`,
 *   `<base>index.html` and `<base>404.html`, so the embed pages stay framable.
 * - `<base>embed/v1/pinned/*`: content-hashed embed scripts, cached for good.
 *
 * No header name is set by two rules that can match the same address. Cloudflare
 * Pages joins the values of every matching rule ("An incoming request which matches
 * multiple rules' URL patterns will inherit all rules' headers",
 * https://developers.cloudflare.com/pages/configuration/headers/), which for a CSP
 * means two policies that both apply; Netlify lets a later matching rule override an
 * earlier one (https://docs.netlify.com/manage/routing/headers/ and its CLI's
 * headersForPath, https://raw.githubusercontent.com/netlify/primitives/fe49d224ecfc0a0198fc9d42f37918b35ce63068/packages/headers/src/lib/headersForPath.ts).
 * With disjoint header names both hosts send the same thing.
 *
 * Cloudflare Pages reads at most 100 rules and 2,000 characters a line and skips the
 * rest (same page), so the build fails before writing a file past either limit.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const MAX_RULES = 100;
export const MAX_LINE = 2000;
/** Where the content-hashed, immutable copies of the embed scripts live. */
export const PINNED_DIR = 'embed/v1/pinned/';

export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

const quote = (hashes: readonly string[]) => hashes.map((h) => ` '${h}'`).join('');

/**
 * The policy of every page. `<style>` elements are allowed by hash only; style
 * attributes (Starlight sets some) are the one thing `'unsafe-inline'` still covers.
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${quote(hashes.scripts)}`,
    "style-src 'self'",
    `style-src-elem 'self'${quote(hashes.styles)}`,
    "style-src-attr 'unsafe-inline'",
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
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** sha256 sources for every inline script and `<style>` element in the given HTML documents. */
export function inlineHashes(htmlDocuments: readonly string[]): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of htmlDocuments) {
    for (const match of html.matchAll(INLINE_SCRIPT)) {
      const body = match[1] ?? '';
      if (body.trim() === '' || /type="application\/(ld\+)?json"/.test(match[0])) continue;
      scripts.add(sha256(body));
    }
    for (const match of html.matchAll(INLINE_STYLE)) styles.add(sha256(match[1] ?? ''));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/**
 * The rules for a site under `base` whose top level holds `topFolders` (folder names,
 * e.g. `career`, `_astro`). Folders, not pages: the count stays small as pages grow.
 */
export function headerRules(base: string, topFolders: readonly string[], csp: string): HeaderRule[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const deny: [string, string][] = [['X-Frame-Options', 'DENY']];
  const folders = [...new Set(topFolders)].filter((f) => f !== 'embed' && f !== '').sort();
  return [
    {
      path: `${prefix}*`,
      headers: [
        ['Content-Security-Policy', csp],
        ['X-Content-Type-Options', 'nosniff'],
      ],
    },
    { path: `${prefix}embed/*`, headers: [['Access-Control-Allow-Origin', '*']] },
    { path: `${prefix}${PINNED_DIR}*`, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    { path: prefix, headers: deny },
    { path: `${prefix}index.html`, headers: deny },
    { path: `${prefix}404.html`, headers: deny },
    ...folders.map((folder) => ({ path: `${prefix}${folder}/*`, headers: deny })),
  ];
}

/** Renders rules as `_headers`, or throws when a host would skip part of it. */
export function renderHeaders(rules: readonly HeaderRule[]): string {
  if (rules.length > MAX_RULES)
    throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads only ${MAX_RULES}.`);
  const lines = ['# Generated at build time by src/integrations/headers.ts'];
  for (const rule of rules) {
    lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`), '');
  }
  const long = lines.find((line) => line.length > MAX_LINE);
  if (long)
    throw new Error(
      `_headers has a line of ${long.length} characters (Cloudflare Pages reads ${MAX_LINE}): ${long.slice(0, 60)}…`,
    );
  return lines.join('\n');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).map((e) => join(dir, e));
}

/** Writes `_headers` for a built site folder (also used by tests that "redeploy" a copy). */
export async function writeHeaders(root: string, base: string): Promise<string> {
  const files = await htmlFiles(root);
  const html = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  const csp = contentSecurityPolicy(inlineHashes(html));
  const folders = (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  const text = renderHeaders(headerRules(base, folders, csp));
  await writeFile(join(root, '_headers'), text);
  return text;
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
        await writeHeaders(fileURLToPath(dir), base);
      },
    },
  };
}
