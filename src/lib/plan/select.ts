/** Which items a reader's checklist holds, and in what order. */
import type { Background, Direction, PlanItem } from './types';

/** Items the background does not already cover, needed by every direction or by this one. */
export function selectItems<T extends PlanItem>(
  items: readonly T[],
  background: Background,
  direction: Direction,
): T[] {
  return items.filter(
    (item) =>
      !item.coveredBy.includes(background) &&
      (item.directions.includes('general') || item.directions.includes(direction)),
  );
}

/**
 * Orders items so each comes after its prerequisites (a prerequisite outside the list
 * counts as met: the background covers it). Ties keep the data's order, so the result is
 * stable. Items in a cycle (the data checks forbid one) keep their order at the end.
 */
export function orderItems<T extends PlanItem>(items: readonly T[]): T[] {
  const present = new Set(items.map((i) => i.id));
  const placed = new Set<string>();
  const ordered: T[] = [];
  let progress = true;
  while (ordered.length < items.length && progress) {
    progress = false;
    for (const item of items) {
      if (placed.has(item.id)) continue;
      if (item.after.every((id) => !present.has(id) || placed.has(id))) {
        placed.add(item.id);
        ordered.push(item);
        progress = true;
        // Restart from the top so earlier items in the data come first when they become ready.
        break;
      }
    }
  }
  return [...ordered, ...items.filter((i) => !placed.has(i.id))];
}

/** The reader's checklist: selected and ordered. */
export function checklistFor<T extends PlanItem>(
  items: readonly T[],
  background: Background,
  direction: Direction,
): T[] {
  return orderItems(selectItems(items, background, direction));
}
