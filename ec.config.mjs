// @ts-check
/**
 * Expressive Code options that are functions, so that both the code blocks of the
 * Markdown pages and Starlight's <Code> component get them (astro.config.mjs can only
 * pass the component options that survive JSON).
 */
import { defineEcConfig } from '@astrojs/starlight/expressive-code';

/**
 * Shiki stops highlighting a line once it has spent 500 ms on it, and leaves the rest
 * of the line (and the lines after it) in the plain text colour. A grammar's first use
 * in a build compiles its patterns within that time, so on a busy machine the first
 * block of a language came out highlighted one build and plain the next: two builds of
 * the same commit differed, and so did the service worker's build id, which offered
 * every reader a "new version" after each deploy. With no time limit, a line is always
 * highlighted in full.
 */
export const noTokenizeTimeLimit = {
  name: 'guide:no-tokenize-time-limit',
  /** @param {string} _code @param {{ tokenizeTimeLimit?: number }} options */
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};

export default defineEcConfig({
  shiki: { transformers: [noTokenizeTimeLimit] },
});
