/**
 * Writes `_headers` (the format of Netlify and Cloudflare Pages) into the build, in a
 * form that grows with the top-level folders and files, never with the pages:
 *
 * - `<base>*` (every address under the site, aliases and every 404 included, under any
 *   folder, known or not): `X-Frame-Options: DENY` and `nosniff`.
 * - `<base>embed/*`: may be framed and loaded from any origin. Its policy carries
 *   `frame-ancestors *`, and a policy with `frame-ancestors` makes browsers ignore
 *   `X-Frame-Options` (HTML, "check a navigation response's adherence to
 *   X-Frame-Options", https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header;
 *   CSP 3, https://www.w3.org/TR/CSP3/#frame-ancestors-and-frame-options).
 * - The Content-Security-Policy (without `frame-ancestors`) for `<base>`, for each
 *   top-level file (`<base>index.html`, `<base>404.html`, `<base>sw.js`, …) and for each
 *   other top-level folder (`<base>career/*`, …). A 404 under a folder the site does
 *   not have matches none of these, so `404.html` also carries the policy in a
 *   `<meta http-equiv>` (the only part a meta policy cannot hold, `frame-ancestors`,
 *   is not in it; the 404 is refused framing by `<base>*`).
 * - `<base>embed/v1/pinned/*`: content-hashed embed scripts, cached for good.
 *
 * No header name is set by two rules that can match the same address, so both hosts
 * send the same thing. Cloudflare Pages joins the values of every matching rule ("An
 * incoming request which matches multiple rules' URL patterns will inherit all rules'
 * headers", https://developers.cloudflare.com/pages/configuration/headers/), which for
 * a CSP means two policies that both apply; Netlify lets a later matching rule
 * override an earlier one (https://docs.netlify.com/manage/routing/headers/ and its
 * CLI's headersForPath, https://raw.githubusercontent.com/netlify/primitives/fe49d224ecfc0a0198fc9d42f37918b35ce63068/packages/headers/src/lib/headersForPath.ts).
 * Cloudflare's `! Name` (remove a header a wider rule set) would be simpler, but
 * Netlify's parser skips such a line (https://github.com/netlify/build/blob/main/packages/headers-parser/src/line_parser.ts),
 * so the embed pages would stay unframable there.
 *
 * One matching difference: Netlify makes the slash before a trailing `*` optional
 * (`/pay/*` also matches `/payments`, https://github.com/netlify/build/blob/main/packages/headers-parser/src/for_regexp.ts).
 * Rules that can overlap that way carry the same policy, except `embed/*`; so no other
 * top-level name may start with `embed` (the build fails).
 *
 * Cloudflare Pages reads at most 100 rules and 2,000 characters a line and skips the
 * rest (same page), so the build fails before writing a file past either limit.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BuiltSite, builtSite, resetBuiltSites } from './built-site.ts';

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

/** What a built site has at its top level (names, e.g. `career`, `index.html`). */
export interface TopLevel {
  folders: readonly string[];
  files: readonly string[];
}

/** Host configuration files: read by the host, never served, so no rule of their own. */
const HOST_FILES = new Set(['_headers', '_redirects']);
const EMBED = 'embed';

/**
 * The rules for a site under `base` with these top-level folders and files.
 * Folders and files, not pages: the count stays small as pages grow.
 */
export function headerRules(base: string, top: TopLevel, csp: string): HeaderRule[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const policy = (value: string): [string, string] => ['Content-Security-Policy', value];
  const folders = [...new Set(top.folders)].filter((f) => f !== EMBED && f !== '').sort();
  const files = [...new Set(top.files)].filter((f) => !HOST_FILES.has(f) && f !== '').sort();
  const clash = [...folders, ...files].find((name) => name.startsWith(EMBED));
  if (clash)
    throw new Error(
      `_headers: a top-level "${clash}" would share the framing rule of "${EMBED}/" on Netlify (its "/${EMBED}/*" matches "/${EMBED}…"); rename it.`,
    );
  return [
    {
      path: `${prefix}*`,
      headers: [
        ['X-Frame-Options', 'DENY'],
        ['X-Content-Type-Options', 'nosniff'],
      ],
    },
    {
      path: `${prefix}${EMBED}/*`,
      headers: [policy(`${csp}; frame-ancestors *`), ['Access-Control-Allow-Origin', '*']],
    },
    { path: `${prefix}${PINNED_DIR}*`, headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    { path: prefix, headers: [policy(csp)] },
    ...files.map((file) => ({ path: `${prefix}${file}`, headers: [policy(csp)] })),
    ...folders.map((folder) => ({ path: `${prefix}${folder}/*`, headers: [policy(csp)] })),
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

const META_POLICY = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/**
 * The policy as the first thing in a page's `<head>` (after its charset), replacing an
 * earlier one: for `404.html`, which is served at addresses no header rule names.
 */
export function withMetaPolicy(html: string, csp: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  if (META_POLICY.test(html)) return html.replace(META_POLICY, () => meta);
  const charset = /<meta charset="[^"]*"\/?>/i.exec(html);
  if (!charset) throw new Error('404.html has no <meta charset> to put the policy after');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/** Writes `_headers` for a built site folder (also used by tests that "redeploy" a copy). */
export async function writeHeaders(root: string, base: string, site: BuiltSite = new BuiltSite(root)): Promise<string> {
  const files = await site.files();
  const pages = files.filter((f) => f.endsWith('.html'));
  const csp = contentSecurityPolicy(inlineHashes(await Promise.all(pages.map((f) => site.text(f)))));
  const folders = new Set(files.filter((f) => f.includes('/')).map((f) => f.slice(0, f.indexOf('/'))));
  const text = renderHeaders(
    headerRules(base, { folders: [...folders], files: files.filter((f) => !f.includes('/')) }, csp),
  );
  if (pages.includes('404.html')) await site.write('404.html', withMetaPolicy(await site.text('404.html'), csp));
  await site.write('_headers', text);
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
      'astro:build:start': () => resetBuiltSites(),
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        await writeHeaders(root, base, builtSite(root));
      },
    },
  };
}
