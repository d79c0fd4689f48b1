import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { BRANCHES, MAIN_ROUTE } from './data/reading-order';
import { readingNeighbours } from './lib/reading-order';
import { joinBase } from './lib/paths';
import { prefixBase } from './plugins/base-links';
import { searchMetaTags } from './search/index-meta';
import { partOf } from './search/parts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** Titles of the pages in this build, read once: the reading order skips the others. */
let pageTitles: Promise<Map<string, string>> | undefined;
const titles = (): Promise<Map<string, string>> =>
  (pageTitles ??= getCollection('docs').then((entries) => new Map(entries.map((e) => [e.id, e.data.title]))));

function flatten(entries: SidebarEntry[]): SidebarLink[] {
  return entries.flatMap((e) => (e.type === 'link' ? [e] : flatten(e.entries)));
}

/**
 * Per-page route data. Hero action links come from frontmatter, which Starlight
 * passes through untouched: give root-relative ones the base path, as the Markdown
 * plugin does for body links. Tag each page with its part of the guide. And set
 * "Previous"/"Next" from the guide's reading order rather than the sidebar's.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
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
  // Keywords and glossary terms, which search weighs by field.
  route.head.push(...searchMetaTags(route.id));

  const pages = await titles();
  const neighbours = readingNeighbours(route.id, { main: MAIN_ROUTE, branches: BRANCHES }, (id) => pages.has(id));
  if (!neighbours) return;
  const sidebarLinks = flatten(route.sidebar);
  const link = (id: string | undefined): SidebarLink | undefined => {
    if (id === undefined) return undefined;
    const href = joinBase(import.meta.env.BASE_URL, id === '' ? '/' : `/${id}/`);
    const inSidebar = sidebarLinks.find((l) => l.href === href);
    const label = inSidebar?.label ?? pages.get(id) ?? id;
    return { type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} };
  };
  // A page's own frontmatter `prev`/`next` still wins.
  if (route.entry.data.prev === undefined) route.pagination.prev = link(neighbours.prev);
  if (route.entry.data.next === undefined) route.pagination.next = link(neighbours.next);
});
