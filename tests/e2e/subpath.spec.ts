import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';
import { expectNoProblems, watchPage } from './support/audit';

// What can differ under a sub-path, on every page: the page, its styles, scripts, fonts and
// images all load from under the base (no 404, no request elsewhere), and every link in the
// page stays under the base. Axe, html-validate and the rest run once, on the root build.
// The pages go in groups of a few, so both workers share them.
const GROUP = 6;
const all = builtPages('dist');
for (let start = 0; start < all.length; start += GROUP) {
  const pages = all.slice(start, start + GROUP);
  test(`pages ${start + 1}–${start + pages.length} of ${all.length} load with all their assets and keep their links under the base path`, async ({
    page,
    baseURL,
  }) => {
    // A generous bound for a loaded machine; nothing waits on time.
    test.setTimeout(60_000 + pages.length * 10_000);
    const base = new URL(baseURL!).pathname;
    const problems = watchPage(page, new URL(baseURL!).origin);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    for (const path of pages) {
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
