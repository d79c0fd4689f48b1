/**
 * A link-preview image (1200×630 PNG) for every page: the guide's name, the page's
 * title and its part. astro-og-canvas renders them at build time and keeps each in
 * a cache keyed by its content, so an unchanged page is not drawn again.
 */
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { partOf } from '../../search/parts';
import { ogSubtitle } from '../../lib/sharing/og';
import { GUIDE_NAME, PRINT_TITLE } from '../../lib/sharing/names';

const entries = await getCollection('docs');
const pages: Record<string, { title: string; part: string | undefined }> = Object.fromEntries(
  entries.map((entry) => [entry.id === '' ? 'index' : entry.id, { title: entry.data.title, part: partOf(entry.id) }]),
);
pages['print'] = { title: PRINT_TITLE, part: undefined };

const font = (weight: number) =>
  `./node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff`;

export const { getStaticPaths, GET } = await OGImageRoute({
  param: 'slug',
  pages,
  getImageOptions: (_path, page: { title: string; part: string | undefined }) => ({
    title: page.title,
    description: ogSubtitle(GUIDE_NAME, page.part),
    bgGradient: [[23, 24, 28]],
    border: { color: [138, 180, 248], width: 24, side: 'inline-start' },
    padding: 80,
    fonts: [font(400), font(700)],
    font: {
      title: { families: ['IBM Plex Sans'], weight: 'Bold', size: 76, color: [255, 255, 255] },
      description: { families: ['IBM Plex Sans'], size: 40, color: [200, 204, 212] },
    },
    cacheDir: './node_modules/.cache/og-images',
  }),
});
