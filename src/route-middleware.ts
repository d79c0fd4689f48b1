import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { prefixBase } from './plugins/base-links';

/**
 * Hero action links come from frontmatter, which Starlight passes through untouched:
 * give root-relative ones the base path, as the Markdown plugin does for body links.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const hero = context.locals.starlightRoute.entry.data.hero;
  if (!hero?.actions) return;
  for (const action of hero.actions) {
    action.link = prefixBase(action.link, import.meta.env.BASE_URL);
  }
});
