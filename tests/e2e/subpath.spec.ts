import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageWeight } from '../../scripts/lib/page-weight.mjs';
import { builtPages } from './support/site';
import { expectNoProblems, watchPage } from './support/audit';

// What can differ under a sub-path, in a browser: a page, its styles, scripts, fonts and
// images, and whatever its scripts request, all load from under the base (no 404, no request
// elsewhere), and every link in the page stays under the base. Every page's own addresses are
// checked from the built files (tests/build/subpath-addresses.test.ts); here the browser loads
// one page of each kind: pages with the same stylesheets and scripts (and frames or none)
// request the same files. Axe, html-validate and the rest run once, on the root build.
const DIR = 'dist-guide';
const BASE = '/guide/';

/** One page for each set of stylesheets, scripts and frames a page of the build loads. */
function onePageOfEachKind(): string[] {
  const kinds = new Map<string, string>();
  for (const path of builtPages(DIR)) {
    const html = readFileSync(join(DIR, path, 'index.html'), 'utf8');
    const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => m[0]).sort();
    const scripts = pageWeight(DIR, BASE, path).jsFiles.sort();
    const kind = JSON.stringify([styles, scripts, /<iframe\b/.test(html)]);
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

const pages = onePageOfEachKind();
const GROUP = Math.ceil(pages.length / 2);
for (let start = 0; start < pages.length; start += GROUP) {
  const group = pages.slice(start, start + GROUP);
  test(`${group.map((p) => `/${p}`).join(', ')} load with all their assets and keep their links under the base path`, async ({
    page,
    baseURL,
  }) => {
    // A generous bound for a loaded machine; nothing waits on time.
    test.setTimeout(60_000 + group.length * 10_000);
    const base = new URL(baseURL!).pathname;
    const problems = watchPage(page, new URL(baseURL!).origin);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    for (const path of group) {
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status(), `/${path}`).toBe(200);
      const outside = await page
        .locator('a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"]')
        .evaluateAll(
          (els, prefix) =>
            els
              .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
              .filter((url) => !url.startsWith(prefix)),
          base,
        );
      expect(outside, `addresses outside ${base} on /${path}`).toEqual([]);
    }
    expect(failed, 'failed requests').toEqual([]);
    expectNoProblems(problems);
  });
}

test('one page of each kind covers every kind of page', () => {
  // The kinds come from the build: a chapter, the home page and each tool page at least.
  expect(pages.length).toBeGreaterThanOrEqual(6);
  for (const path of ['', 'tools/salary-calculator/', 'tools/planner/', 'tools/embed/']) {
    expect(pages, `a page of the kind of /${path}`).toContain(path);
  }
});
