/**
 * A link-preview image (1200×630 PNG) for every page: the guide's name, the page's
 * title and its part, drawn at build time by astro-og-canvas. Each image is kept in
 * node_modules/.cache/og-images/ (or $GUIDE_CACHE_DIR/og-images/) under a hash of
 * what it shows, and that cache is read before CanvasKit is even loaded: a build
 * where no title or part changed draws nothing. What this build spent on them is
 * left in og-images/last-build.json, for `npm run bench`.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { generateOpenGraphImage } from 'astro-og-canvas';
import { GUIDE_NAME, PRINT_TITLE } from '../../lib/sharing/names';
import { ogSubtitle } from '../../lib/sharing/og';
import { partOf } from '../../search/parts';

const CACHE_DIR = join(process.env['GUIDE_CACHE_DIR'] || 'node_modules/.cache', 'og-images');
const FONT_DIR = 'node_modules/@fontsource/ibm-plex-sans/files';
/** Change when the design below changes, so cached images are drawn again. */
const DESIGN = 'v1';

type Props = {
  title: string;
  part: string | undefined;
};

export const getStaticPaths = (async () => {
  const entries = await getCollection('docs');
  const pages: { id: string; props: Props }[] = entries.map((entry) => ({
    id: entry.id === '' ? 'index' : entry.id,
    props: { title: entry.data.title, part: partOf(entry.id) },
  }));
  pages.push({ id: 'print', props: { title: PRINT_TITLE, part: undefined } });
  return pages.map(({ id, props }) => ({ params: { slug: `${id}.png` }, props }));
}) satisfies GetStaticPaths;

async function draw({ title, part }: Props): Promise<Buffer> {
  const image = await generateOpenGraphImage({
    title,
    description: ogSubtitle(GUIDE_NAME, part),
    bgGradient: [[23, 24, 28]],
    border: { color: [138, 180, 248], width: 24, side: 'inline-start' },
    padding: 80,
    fonts: [`./${FONT_DIR}/ibm-plex-sans-latin-400-normal.woff`, `./${FONT_DIR}/ibm-plex-sans-latin-700-normal.woff`],
    font: {
      title: { families: ['IBM Plex Sans'], weight: 'Bold', size: 76, color: [255, 255, 255] },
      description: { families: ['IBM Plex Sans'], size: 40, color: [200, 204, 212] },
    },
    cacheDir: false,
  });
  return Buffer.from(image as Uint8Array);
}

/** This build's images: how many were drawn or taken from the cache, the time spent, the largest. */
const stats = { drawn: 0, cached: 0, ms: 0, largestBytes: 0 };

export const GET: APIRoute<Props> = async ({ props }) => {
  const started = performance.now();
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN, GUIDE_NAME, props.title, props.part]))
    .digest('hex');
  const file = join(CACHE_DIR, `${key.slice(0, 32)}.png`);
  let png: Uint8Array | null = await readFile(file).catch(() => null);
  if (png) stats.cached++;
  else {
    const drawn = await draw(props);
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(file, drawn);
    png = drawn;
    stats.drawn++;
  }
  stats.ms += performance.now() - started;
  stats.largestBytes = Math.max(stats.largestBytes, png.byteLength);
  await writeFile(join(CACHE_DIR, 'last-build.json'), JSON.stringify(stats));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
