/**
 * Starlight does not rewrite links written in content. This Markdown (hast) plugin
 * prefixes root-relative links ("/pay/") with the site's base path ("/guide/pay/"),
 * so chapters link correctly wherever the site is deployed. It runs before the
 * links validator, which then checks the prefixed links.
 */
import { defineHastPlugin } from 'satteri';
import { joinBase } from '../lib/paths';

export function prefixBase(href: string, base: string): string {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
  const trimmed = base.endsWith('/') ? base : `${base}/`;
  if (href === trimmed.slice(0, -1) || href.startsWith(trimmed)) return href;
  return joinBase(base, href);
}

export function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'guide-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href !== 'string') return;
        const next = prefixBase(href, base);
        if (next !== href) ctx.setProperty(node, 'href', next);
      },
    },
  });
}
