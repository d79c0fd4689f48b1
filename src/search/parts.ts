import { guideSidebar } from '../sidebar';

/** The parts of the guide, as search filters: the sidebar's groups, in its order. */
export const PARTS = guideSidebar.map((group) => group.part);
export type Part = string;

const BY_SLUG = new Map(guideSidebar.flatMap((group) => group.items.map((item) => [item.slug, group.part] as const)));

/**
 * The part a page belongs to: its sidebar group. Undefined for the home page and for
 * pages outside the sidebar (the 404 page, the embed page).
 */
export function partOf(slug: string): Part | undefined {
  const clean = slug.replace(/^\/+|\/+$/g, '').replace(/\/index$/, '');
  if (clean === '' || clean === 'index') return undefined;
  return BY_SLUG.get(clean);
}
