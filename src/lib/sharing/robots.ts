/** Which pages search engines are offered, and robots.txt saying where the sitemap is. */

/** Paths (under the base) that are not for search engines: the embed frames and the print copy. */
const NOT_INDEXED = ['embed/', 'print/'];

/** Whether a page's path belongs in the sitemap. */
export function isIndexable(pathname: string, base: string): boolean {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return !NOT_INDEXED.some((prefix) => rest.startsWith(prefix));
}

/** robots.txt; names the sitemap when the site's address (with its base path) is known. */
export function robotsTxt(siteRoot: string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (siteRoot) lines.push('', `Sitemap: ${new URL('sitemap-index.xml', siteRoot).href}`);
  return `${lines.join('\n')}\n`;
}
