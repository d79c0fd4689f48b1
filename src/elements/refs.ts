/**
 * The parts of the drawn calculator (calculator-markup.ts) that the element updates,
 * found by their `data-ref` alike in what the element drew and in what the build drew
 * into the page, so the guide's script needs no drawing code of its own.
 */
export const REFS = [
  'form',
  'notice',
  'result',
  'comparison',
  'bar',
  'axis',
  'sources',
  'steps',
  'notes',
  'panel',
  'panelSummary',
  'copy',
  'copyStatus',
  'home',
  'method',
] as const;

export type Refs = Record<(typeof REFS)[number], HTMLElement>;

/** Ids are scoped to the shadow root, so every calculator uses the same ones. */
export const ID = 'aisc';

export const PANEL_SUMMARY = 'Assumptions (change them)';

/** A link into the guide from its base ("https://guide.example/" or "/guide/"). */
export const guideLink = (base: string, path: string): string => base.replace(/\/?$/, '/') + path.replace(/^\//, '');

/** The parts under `root`; a part missing is a drawing out of step with this list, caught by the tests. */
export function findRefs(root: ParentNode): Refs {
  const refs = {} as Refs;
  for (const name of REFS) {
    const el = root.querySelector<HTMLElement>(`[data-ref="${name}"]`);
    if (!el) throw new Error(`The calculator's drawing has no "${name}"`);
    refs[name] = el;
  }
  return refs;
}
