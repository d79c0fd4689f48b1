/**
 * What the element loads after the first result, as one file on the guide's pages
 * (lazy.ts): the parts below the headline and the reader's actions, and the drawing
 * for an element the build did not draw. One file, so that the startup code is one
 * file too: the bundler keeps the modules both use in the startup file, with no
 * shared file to import them from.
 */
export * from './calculator-details';
export * from './calculator-markup';
