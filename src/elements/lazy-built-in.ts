/**
 * lazy.ts for the standalone script (src/embed/bundle.ts): the same loaders, with the
 * parts built in. A dynamic import that esbuild inlines makes it wrap every module in
 * a lazy initialiser; static imports keep the one file plain.
 */
import * as details from './calculator-details';
import * as markup from './calculator-markup';

export const loadDetails = () => Promise.resolve(details);
export const loadMarkup = () => Promise.resolve(markup);
