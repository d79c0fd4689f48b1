/**
 * The readiness planner's items: their schema and the checks that fail the build on
 * an item that links to a missing page, depends on a missing item, or sits in a cycle.
 */
import { z } from 'astro/zod';
import { AREAS, BACKGROUNDS, DIRECTIONS } from '../lib/plan/types';
import { SKILLS } from '../lib/salary/types';

const id = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
/** A page of the guide, as a site path without the leading slash: "skills/", "stack/serving/". */
const slug = z.string().regex(/^(?:[a-z0-9-]+\/)+$/, 'a page slug like "skills/" or "stack/serving/"');
const anchor = z.string().regex(/^[a-z0-9-]+$/, 'a heading anchor like "cloud-fluency"');

export const planItemSchema = z
  .strictObject({
    id: id.max(40),
    title: z.string().min(10).max(90),
    area: z.enum(AREAS),
    coveredBy: z.array(z.enum(BACKGROUNDS)),
    directions: z.array(z.enum(DIRECTIONS)).min(1),
    /** The page that teaches it today, with an optional heading anchor. */
    chapter: z.strictObject({ page: slug, anchor: anchor.optional() }),
    /**
     * A page of the page map that will teach it better once it exists: used instead of
     * `chapter` as soon as its file is in src/content/docs, so links switch on merge.
     */
    plannedChapter: slug.optional(),
    /** The heading anchor on projects/ of the portfolio project that proves it. */
    project: anchor.optional(),
    /** core: in the 12-week plan; deepen: in the 6-month plan and the planner's later weeks. */
    tier: z.enum(['core', 'deepen']),
    hours: z.number().int().min(1).max(80),
    hoursReason: z.string().trim().min(20, 'every effort estimate needs a reason that says why'),
    /** How a reader knows they are done, in one sentence. */
    doneWhen: z.string().trim().min(20),
    after: z.array(id),
    calculatorSkill: z.enum(SKILLS).optional(),
  })
  .refine((item) => item.coveredBy.length < BACKGROUNDS.length, {
    message: 'an item every background already covers belongs on no checklist',
  });

export type PlanItemInput = z.input<typeof planItemSchema>;
export type PlanItemEntry = z.output<typeof planItemSchema>;

/** An item as pages and the planner use it: the chapter resolved to the page that exists. */
export interface ResolvedPlanItem extends Omit<PlanItemEntry, 'chapter' | 'plannedChapter'> {
  /** Site path of the teaching chapter, anchor included ("skills/#cloud-fluency"). */
  chapter: string;
}

export class PlanDataError extends Error {
  override name = 'PlanDataError';
}

/** What the validator may ask about the site's pages (the build answers from the files). */
export interface PageLookup {
  pageExists(slug: string): boolean;
  /** Heading anchors of a page, or null when the page is unknown. */
  anchorsOf(slug: string): ReadonlySet<string> | null;
}

const PROJECTS_PAGE = 'projects/';

/** Validates the items and their links; throws a PlanDataError naming the first problem and its fix. */
export function validatePlanItems(
  raw: readonly unknown[],
  pages: PageLookup,
  renames: Readonly<Record<string, string>> = {},
): ResolvedPlanItem[] {
  const items = raw.map((item, index) => {
    const result = planItemSchema.safeParse(item);
    if (!result.success) {
      const itemId = (item as { id?: unknown } | null)?.id;
      const where = typeof itemId === 'string' ? `"${itemId}"` : `#${index}`;
      throw new PlanDataError(`Invalid plan item ${where}: ${z.prettifyError(result.error)}`);
    }
    return result.data;
  });
  const byId = new Map<string, PlanItemEntry>();
  for (const item of items) {
    if (byId.has(item.id)) throw new PlanDataError(`Duplicate plan item id "${item.id}"`);
    byId.set(item.id, item);
  }
  const ids = new Set(byId.keys());
  for (const item of items) {
    for (const before of item.after) {
      const prerequisite = byId.get(before);
      if (!prerequisite) {
        throw new PlanDataError(`Plan item "${item.id}" comes after unknown item "${before}": fix or remove the id`);
      }
      if (item.tier === 'core' && prerequisite.tier !== 'core') {
        throw new PlanDataError(
          `Core plan item "${item.id}" comes after "${before}", which is not core: the 12-week plan would miss it`,
        );
      }
    }
    if (!pages.pageExists(item.chapter.page)) {
      throw new PlanDataError(
        `Plan item "${item.id}" links to missing page "${item.chapter.page}": point chapter at a page in src/content/docs`,
      );
    }
    if (item.chapter.anchor && !pages.anchorsOf(item.chapter.page)?.has(item.chapter.anchor)) {
      throw new PlanDataError(
        `Plan item "${item.id}" links to missing heading "#${item.chapter.anchor}" on "${item.chapter.page}"`,
      );
    }
    if (item.project && !pages.anchorsOf(PROJECTS_PAGE)?.has(item.project)) {
      throw new PlanDataError(
        `Plan item "${item.id}" names project "#${item.project}", which is not a heading of ${PROJECTS_PAGE}`,
      );
    }
  }
  const cycle = findCycle(items);
  if (cycle) throw new PlanDataError(`Plan items depend on each other in a cycle: ${cycle.join(' → ')}`);
  for (const [from, to] of Object.entries(renames)) {
    if (ids.has(from)) throw new PlanDataError(`Renamed plan item id "${from}" is still in use`);
    if (!ids.has(to)) throw new PlanDataError(`Plan item "${from}" is renamed to unknown item "${to}"`);
  }
  return items.map(({ chapter, plannedChapter, ...rest }) => ({
    ...rest,
    chapter:
      plannedChapter && pages.pageExists(plannedChapter)
        ? plannedChapter
        : chapter.page + (chapter.anchor ? `#${chapter.anchor}` : ''),
  }));
}

/** The first dependency cycle found (ids, the first repeated at the end), or null. */
export function findCycle(items: readonly { id: string; after: readonly string[] }[]): string[] | null {
  const after = new Map(items.map((i) => [i.id, i.after]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (itemId: string): string[] | null => {
    if (state.get(itemId) === 'done') return null;
    if (state.get(itemId) === 'visiting') return [...path.slice(path.indexOf(itemId)), itemId];
    state.set(itemId, 'visiting');
    path.push(itemId);
    for (const next of after.get(itemId) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(itemId, 'done');
    return null;
  };
  for (const item of items) {
    const found = visit(item.id);
    if (found) return found;
  }
  return null;
}
