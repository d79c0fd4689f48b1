/**
 * lazy.ts for the standalone script (src/embed/bundle.ts): the same loaders, with the
 * parts built in (of the details, just what the element uses), and the drawing with
 * its styles at hand. A dynamic import that esbuild inlines makes it wrap every module
 * in a lazy initialiser; static imports keep the one file plain.
 */
import { UrlWriter, copyLink, renderDetails, showPanel, showUnused } from './calculator-details';
import { drawCalculator } from './calculator-markup';
import type { Details, Drawing } from './lazy';
import css from './salary-calculator.css?inline';

const details: Details = { UrlWriter, copyLink, renderDetails, showPanel, showUnused };
export const loadDetails = () => Promise.resolve(details);

export const drawing: Drawing = { draw: drawCalculator, css };

export const loadDrawing = () => Promise.resolve(drawing);
