/** Previous and next page in the guide's reading order (src/data/reading-order.ts); pure. */

export interface ReadingOrder {
  main: readonly string[];
  branches: Readonly<Record<string, { from: string; next?: readonly string[] }>>;
}

export interface Neighbours {
  prev: string | undefined;
  next: string | undefined;
}

/**
 * The pages before and after `id`, among the pages that exist. Undefined for a page
 * the order does not name (the caller then keeps its default), so `null` is not
 * needed: a page at either end simply has no prev or next.
 */
export function readingNeighbours(
  id: string,
  order: ReadingOrder,
  exists: (id: string) => boolean,
): Neighbours | undefined {
  const main = order.main.filter(exists);
  const after = (anchor: string): string | undefined => {
    const index = order.main.indexOf(anchor);
    return index < 0 ? undefined : order.main.slice(index + 1).find(exists);
  };
  const branch = order.branches[id];
  if (branch) {
    return {
      prev: exists(branch.from) ? branch.from : undefined,
      next: (branch.next ?? []).find(exists) ?? after(branch.from),
    };
  }
  const index = main.indexOf(id);
  if (index < 0) return undefined;
  return { prev: main[index - 1], next: main[index + 1] };
}
