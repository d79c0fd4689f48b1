/**
 * The parts of the calculator loaded when first needed. On the guide's pages they are
 * one file (calculator-later.ts), fetched after the first result: the details, and the
 * drawing, which only an element the build did not draw uses (the build draws the
 * calculator, styles included, into the page, so the guide's startup script carries
 * neither). The standalone script is one file, so src/embed/bundle.ts swaps this
 * module for lazy-built-in.ts, where both are built in.
 */
import type * as details from './calculator-details';
import type { drawCalculator } from './calculator-markup';

/** What the element uses of the details (lazy-built-in.ts hands in just these). */
export type Details = Pick<typeof details, 'UrlWriter' | 'copyLink' | 'renderDetails' | 'showPanel' | 'showUnused'>;

/** How the element draws itself where the page has not: calculator-markup.ts, and the styles. */
export interface Drawing {
  draw: typeof drawCalculator;
  css: string;
}

export const loadDetails = (): Promise<Details> => import('./calculator-later');

/** The drawing at hand: none on the guide's pages (lazy-built-in.ts has it built in). */
export const drawing: Drawing | undefined = undefined;

/** The drawing, loaded, with the styles of a calculator the build drew (read now, on the element's creation). */
export function loadDrawing(): Promise<Drawing> {
  const css = document.querySelector('ai-salary-calculator')?.shadowRoot?.querySelector('style')?.textContent;
  return import('./calculator-later').then((m) => ({ draw: m.drawCalculator, css: css ?? '' }));
}
