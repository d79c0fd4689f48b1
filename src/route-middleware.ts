import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { prefixBase } from './plugins/base-links';
import { partOf } from './search/parts';

/**
 * Per-page route data. Hero action links come from frontmatter, which Starlight
 * passes through untouched: give root-relative ones the base path, as the Markdown
 * plugin does for body links. And tag each page with its part of the guide.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  for (const action of route.entry.data.hero?.actions ?? []) {
    action.link = prefixBase(action.link, import.meta.env.BASE_URL);
  }
  // Search filters by part of the guide: Pagefind reads this from the page's head.
  const part = partOf(route.id);
  if (part)
    route.head.push({
      tag: 'meta',
      attrs: { name: 'guide-part', content: part, 'data-pagefind-filter': 'part[content]' },
    });
});
