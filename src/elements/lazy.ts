/**
 * The parts of the calculator loaded when first needed: on the guide's pages each is
 * its own file, fetched after the first result. The standalone script is one file,
 * so src/embed/bundle.ts swaps this module for lazy-built-in.ts, where both are built in.
 */
export const loadDetails = () => import('./calculator-details');
export const loadMarkup = () => import('./calculator-markup');
