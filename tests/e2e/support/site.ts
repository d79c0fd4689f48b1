import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every built page of a site as a path relative to its base ("", "reference/sources/"),
 * read from the output folder so a new page is tested without being listed here.
 */
export function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        const rel = relative(dir, folder).split(sep).join('/');
        pages.push(rel === '' ? '' : `${rel}/`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/**
 * For a test in a spec that runs on both builds whose subject does not depend on the base
 * path (axe, wording, storage rules): `test(title, ROOT_ONLY, body)`. The sub-path project
 * leaves tests with this tag out (playwright.config.ts), so they cost it nothing, not even
 * a browser context.
 */
export const ROOT_ONLY = { tag: '@root-only' };

/**
 * For a test whose subject works the same at the root, where the sub-path is the harder
 * case (a worker's scope, say) and another test of the same spec covers the root.
 */
export const SUBPATH_ONLY = { tag: '@subpath-only' };
