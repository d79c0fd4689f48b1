let counter = 0;

/** An id unique within a build (deterministic, unlike a random one), for ARIA references. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
