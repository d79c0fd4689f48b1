import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogImagePath, ogImagesOff } from '../lib/sharing/og';

/**
 * Link previews: Starlight already writes og:title, og:description and
 * twitter:card; this adds the page's own preview image and the twitter: title
 * and description. Addresses are absolute when the site's address is known.
 * A build without images (GUIDE_OG_IMAGES=off, for measuring) names none.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const head = route.head;
  const content = (key: string, value: string) => head.find((e) => e.attrs?.[key] === value)?.attrs?.['content'];
  const title = String(content('property', 'og:title') ?? route.entry.data.title);
  const description = content('property', 'og:description');
  const path = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${ogImagePath(route.entry.id)}`;
  const image = context.site ? new URL(path, context.site).href : path;
  const alt = `${title}: a page of the AI Infrastructure Engineer Guide`;
  const meta = (attrs: Record<string, string>) => head.push({ tag: 'meta', attrs });
  const images = !ogImagesOff();
  if (images) {
    meta({ property: 'og:image', content: image });
    meta({ property: 'og:image:type', content: 'image/png' });
    meta({ property: 'og:image:width', content: '1200' });
    meta({ property: 'og:image:height', content: '630' });
    meta({ property: 'og:image:alt', content: alt });
  }
  meta({ name: 'twitter:title', content: title });
  if (typeof description === 'string') meta({ name: 'twitter:description', content: description });
  if (images) {
    meta({ name: 'twitter:image', content: image });
    meta({ name: 'twitter:image:alt', content: alt });
  }
});
