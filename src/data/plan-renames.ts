/**
 * Planner item ids that were renamed, old → new, so a plan saved by an earlier release keeps
 * its statuses. Never remove an entry; add one whenever an item id in plan-items.ts changes.
 * Kept apart from the items so the small checklist script can read it without them.
 */
export const planIdRenames: Readonly<Record<string, string>> = {};
