/**
 * The planner's items, validated against the site's pages when first imported: any page
 * that reads them fails the build on an item pointing nowhere. Build-time only (reads files).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planItemEntries } from './plan-items';
import { planIdRenames } from './plan-renames';
import { validatePlanItems, type PageLookup, type ResolvedPlanItem } from './plan-schema';

const DOCS = join(process.cwd(), 'src/content/docs');

/** The file of a page slug ("skills/" → skills/index.mdx or skills.mdx), or null. */
function pageFile(slug: string): string | null {
  const path = slug.replace(/\/$/, '');
  for (const candidate of [`${path}/index.mdx`, `${path}/index.md`, `${path}.mdx`, `${path}.md`]) {
    const file = join(DOCS, candidate);
    if (existsSync(file)) return file;
  }
  return null;
}

/** GitHub-style heading slugs, as Starlight makes them (lower case, punctuation dropped, spaces to hyphens). */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** A page's headings, anchor → text (links reduced to their text), or null when there is no such page. */
export function headingsOf(slug: string): Map<string, string> | null {
  const file = pageFile(slug);
  if (!file) return null;
  const headings = readFileSync(file, 'utf8').matchAll(/^#{2,6}\s+(.+?)\s*$/gm);
  return new Map(
    [...headings].map((m) => {
      const text = (m[1] ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      return [headingSlug(text), text];
    }),
  );
}

export const docsPages: PageLookup = {
  pageExists: (slug) => pageFile(slug) !== null,
  anchorsOf(slug) {
    const headings = headingsOf(slug);
    return headings ? new Set(headings.keys()) : null;
  },
};

export const planItems: readonly ResolvedPlanItem[] = validatePlanItems(planItemEntries, docsPages, planIdRenames);

const byId = new Map(planItems.map((item) => [item.id, item]));

export function getPlanItem(id: string): ResolvedPlanItem {
  const item = byId.get(id);
  if (!item) throw new Error(`Unknown plan item "${id}". Known: ${[...byId.keys()].join(', ')}`);
  return item;
}

export type { ResolvedPlanItem };
