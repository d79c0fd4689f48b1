import { test } from '@playwright/test';
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
 * Skips the calling test outside the root build: for tests in a spec that runs on both
 * builds whose subject does not depend on the base path (axe, wording, storage rules).
 */
export function rootOnly(): void {
  test.skip(test.info().project.name !== 'root', 'does not depend on the base path: checked on the root build');
}

/**
 * Skips the calling test outside the sub-path build: for a test whose subject works the
 * same at the root, where the sub-path is the harder case (a worker's scope, say) and
 * another test of the same spec covers the root.
 */
export function subpathOnly(): void {
  test.skip(test.info().project.name !== 'subpath', 'the sub-path build is the harder case; the root is covered apart');
}
