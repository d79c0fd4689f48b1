/**
 * The addresses a built page points at, checked from the built files alone: every address
 * of the site stays under the base path, and every one names a file of the build. The
 * sub-path build (dist-guide/) is checked this way page by page (subpath-addresses.test.ts);
 * the browser loads one page of each kind there (tests/e2e/subpath.spec.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { STATIC_IMPORT } from '../../scripts/lib/page-weight.mjs';

/** Attributes that hold one address. */
const URL_ATTRIBUTE = /\s(?:href|src|action|formaction|poster)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
/** Addresses that are not the site's: fragments, other schemes, other hosts. */
const NOT_THE_SITE = /^(?:#|[a-z][a-z0-9+.-]*:|\/\/)/i;

const decode = (value: string): string =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** The addresses in a page's HTML: attributes, srcset entries, and url() in inline styles. */
export function htmlAddresses(html: string): string[] {
  const found = [...html.matchAll(URL_ATTRIBUTE)].map((m) => decode(m[1]!));
  for (const [, set] of html.matchAll(SRCSET)) {
    for (const entry of decode(set!).split(',')) found.push(entry.trim().split(/\s+/)[0]!);
  }
  for (const [, style] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) found.push(...cssAddresses(style!));
  return found.filter((u) => u !== '');
}

/** The url() addresses in a stylesheet. */
export function cssAddresses(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/g)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** A file of the build behind an address path under the base ("role/" → role/index.html). */
export function buildFileExists(dir: string, path: string): boolean {
  const file = join(dir, path);
  if (path === '' || path.endsWith('/')) return existsSync(join(file, 'index.html'));
  return (existsSync(file) && statSync(file).isFile()) || existsSync(join(file, 'index.html'));
}

/**
 * What is wrong with the addresses a document at `from` (a URL path such as
 * "/guide/role/") holds: each outside `base`, or naming nothing in the build.
 */
export function addressProblems(
  addresses: readonly string[],
  from: string,
  base: string,
  exists: (pathUnderBase: string) => boolean,
): string[] {
  const problems: string[] = [];
  for (const address of new Set(addresses)) {
    if (NOT_THE_SITE.test(address)) continue;
    const url = new URL(address, `http://site.invalid${from}`);
    if (!url.pathname.startsWith(base)) {
      problems.push(`${address}: outside ${base}`);
      continue;
    }
    const path = decodeURIComponent(url.pathname.slice(base.length));
    if (!exists(path)) problems.push(`${address}: no such file in the build`);
  }
  return problems;
}

/** Vite's list of the chunks a module's dynamic imports preload, paths under the base. */
export function viteDeps(code: string): string[] {
  const list = /__vite__mapDeps=\([^)]*?\bm\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? '';
  return [...list.matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
}

/** Relative module specifiers of a script: static imports and exports (as page-weight.mjs reads them), and dynamic imports. */
export function moduleSpecifiers(code: string): string[] {
  const found = [...code.matchAll(STATIC_IMPORT)].map((m) => (m[1] ?? m[2])!);
  for (const m of code.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push(m[1]!);
  return found.filter((s) => s.startsWith('.'));
}

/** Reads a file of the build as text. */
export const readBuilt = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');
