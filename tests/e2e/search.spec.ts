import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { pythonOrigin } from '../../playwright.config';
import { PARTS } from '../../src/search/parts';
import { COLOUR_RULES, expectAccessible, expectNoProblems, showTheme, watchPage } from './support/audit';
import { openSearch, resultPaths, searchFor } from './support/search';
import { ROOT_ONLY } from './support/site';

// The first search loads Pagefind and its index; on a loaded 2-core machine that takes a while.
test.describe.configure({ timeout: 180_000 });

test('results show their part and link to the sections that matched', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const base = new URL(baseURL!).pathname;
  await page.goto('role/');
  const dialog = await openSearch(page);
  await searchFor(page, dialog, 'kubernetes');
  const parts = await dialog.locator('.results .part').allTextContents();
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts) expect(PARTS).toContain(part);
  const sections = dialog.locator('.results .sections a');
  await expect(sections.first()).toBeVisible();
  const hrefs = await sections.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) {
    expect(new URL(href).pathname.startsWith(base)).toBe(true);
    expect(new URL(href).hash).toMatch(/^#[\w-]+$/);
  }
  // A section link opens the page at that section.
  const first = hrefs[0]!;
  await sections.first().click();
  await expect(page).toHaveURL(first);
  await expect(page.locator(new URL(first).hash)).toBeInViewport();
  expectNoProblems(problems);
});

test('the top results show before the rest have loaded, which then follow in order', ROOT_ONLY, async ({ page }) => {
  // Every page fragment waits until the test lets it go, oldest first.
  const held: Route[] = [];
  let holding = true;
  await page.route('**/pagefind/fragment/**', (route) => (holding ? void held.push(route) : route.continue()));
  await page.goto('role/');
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox').fill('kubernetes');
  const root = page.locator('guide-search');
  const pages = dialog.locator('.results a.page');
  // Released one at a time until results show: those the top three need.
  while ((await pages.count()) === 0) {
    await expect.poll(async () => held.length > 0 || (await pages.count()) > 0, { timeout: 90_000 }).toBe(true);
    await held.shift()?.continue();
  }
  await expect(root).toHaveAttribute('data-query', 'kubernetes');
  await expect(root).toHaveAttribute('data-state', 'more');
  await expect(pages).toHaveCount(3);
  await expect(dialog.locator('.status')).toContainText('results for “kubernetes”');
  // The rest are asked for after the top three, and are still held.
  await expect.poll(() => held.length).toBeGreaterThan(0);
  const shownFirst = await resultPaths(page);

  holding = false;
  await Promise.all(held.splice(0).map((route) => route.continue()));
  await expect(root).toHaveAttribute('data-state', 'done');
  await expect(pages).toHaveCount(8);
  // The first three stay where they were; the rest come after them.
  expect((await resultPaths(page)).slice(0, 3)).toEqual(shownFirst);
});

test('common words alone match nothing, and the dialog says why', ROOT_ONLY, async ({ page }) => {
  await page.goto('role/');
  const dialog = await openSearch(page);
  await searchFor(page, dialog, 'in');
  await expect(dialog.getByRole('status')).toContainText('too common or too short');
  await expect(dialog.locator('.results li')).toHaveCount(0);
  // A real word next to common ones is still searched; the common ones are named.
  await searchFor(page, dialog, 'the staff');
  await expect(dialog.locator('.results a.page').first()).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Left out as too common or too short: “the”');
});

test('a query whose words all miss says so and offers a way on', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('role/');
  const dialog = await openSearch(page);
  await searchFor(page, dialog, 'zzyzx');
  await expect(dialog.getByRole('status')).toHaveText('No results for “zzyzx”: no page mentions “zzyzx”.');
  await expect(dialog.locator('.results li')).toHaveCount(0);
  const empty = dialog.locator('[data-empty]');
  await expect(empty.getByRole('link', { name: 'glossary' })).toHaveAttribute('href', `${base}reference/glossary/`);
  expect(await empty.locator('.guide-parts a').count()).toBeGreaterThan(3);
  // A misspelling offers the nearest term, which leads to its glossary entry.
  await searchFor(page, dialog, 'kubrenetes');
  await expect(dialog.getByRole('status')).toContainText('No results for “kubrenetes”');
  const suggestion = empty.locator('.suggestions').getByRole('link', { name: 'Kubernetes', exact: true });
  await expect(suggestion).toHaveAttribute('href', `${base}reference/glossary/#kubernetes`);
});

test('abbreviations find the pages that spell the word out', ROOT_ONLY, async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('role/');
  const dialog = await openSearch(page);
  await searchFor(page, dialog, 'kubernetes');
  const full = await resultPaths(page);
  await searchFor(page, dialog, 'k8s');
  expect((await resultPaths(page)).slice(0, 3)).toEqual(full.slice(0, 3));
  await searchFor(page, dialog, 'TC');
  expect((await resultPaths(page)).slice(0, 3)).toContain(`${base}pay/`);
});

test(
  'active part filters show by the box, clear in one click, and are named in the status',
  ROOT_ONLY,
  async ({ page }) => {
    await page.goto('role/');
    const dialog = await openSearch(page);
    await searchFor(page, dialog, 'kubernetes');
    const all = await dialog.locator('.results .part').allTextContents();
    expect(new Set(all).size).toBeGreaterThan(1);
    const active = dialog.locator('.active-filters');
    await expect(active).toBeHidden();
    await dialog.getByText('Filter by part').click();
    await dialog.getByRole('checkbox', { name: 'Plan' }).check();
    await expect(active).toBeVisible();
    await expect(active).toContainText('Only in: Plan');
    await expect(dialog.getByRole('status')).toContainText('in Plan');
    await expect
      .poll(async () => [...new Set(await dialog.locator('.results .part').allTextContents())])
      .toEqual(['Plan']);
    // Closing and reopening keeps the filter, and it is still shown.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await openSearch(page);
    await expect(active).toBeVisible();
    await active.getByRole('button', { name: 'Clear filters' }).click();
    await expect(active).toBeHidden();
    await expect(dialog.getByRole('checkbox', { name: 'Plan' })).not.toBeChecked();
    await expect
      .poll(async () => new Set(await dialog.locator('.results .part').allTextContents()).size)
      .toBeGreaterThan(1);
  },
);

// Every rule in light; the rules that depend on colours in dark, in the same load.
test('the open dialog, with results and with none, passes axe in light and dark', ROOT_ONLY, async ({ page }) => {
  await page.goto('role/');
  const dialog = await openSearch(page);
  for (const query of ['kubernetes', 'zzyzx']) {
    await searchFor(page, dialog, query);
    for (const theme of ['light', 'dark'] as const) {
      await showTheme(page, theme);
      await expectAccessible(page, `search for “${query}” (${theme})`, {
        include: 'guide-search dialog',
        ...(theme === 'dark' ? { rules: COLOUR_RULES } : {}),
      });
    }
  }
});

test('keyboard only: open, type, arrow to a result, Enter opens it under the base path', async ({ page, baseURL }) => {
  await page.goto('market/');
  const dialog = await openSearch(page);
  await page.keyboard.type('consulting');
  await expect(page.locator('guide-search')).toHaveAttribute('data-query', 'consulting', { timeout: 90_000 });
  await page.keyboard.press('ArrowDown');
  const first = dialog.locator('.results a').first();
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  expect(href?.startsWith(new URL(baseURL!).pathname)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href!, baseURL).href);
  await expect(page.getByRole('dialog')).toBeHidden();
});

/** Every address the page requests from now on. */
function requested(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  return fetched;
}

/** Pointing at `target` starts loading search (Pagefind's script), and opens nothing. */
async function pointingStartsSearch(page: Page, target: Locator, fetched: readonly string[]): Promise<void> {
  await target.hover();
  await expect.poll(() => fetched.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await expect(page.getByRole('dialog')).toBeHidden();
}

test(
  'the home page’s search card opens the dialog, and pointing at it starts loading search',
  ROOT_ONLY,
  async ({ page }) => {
    const fetched = requested(page);
    await page.goto('');
    const card = page.getByRole('button', { name: /Search the guide/ });
    await pointingStartsSearch(page, card, fetched);
    await card.click();
    await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeFocused();
  },
);

test(
  'a chapter page fetches no search code until the reader points at or opens search',
  ROOT_ONLY,
  async ({ page }) => {
    const fetched = requested(page);
    await page.goto('skills/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => u.includes('/pagefind/') || u.includes('/search/terms.json'))).toEqual([]);
    await pointingStartsSearch(page, page.locator('guide-search [data-open-search]'), fetched);
    const dialog = await openSearch(page);
    await searchFor(page, dialog, 'gpu');
    await expect(dialog.locator('.results a').first()).toBeVisible();
  },
);

test('search works on the built folder served by python’s http.server', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const problems = watchPage(page, pythonOrigin);
  await page.goto(`${pythonOrigin}${base}paths/`);
  const dialog = await openSearch(page);
  await searchFor(page, dialog, 'staff engineer');
  expect((await resultPaths(page)).slice(0, 3)).toContain(`${base}career/`);
  await dialog.locator('.results a.page').first().click();
  await expect(page).toHaveURL(`${pythonOrigin}${base}career/`);
  expectNoProblems(problems);
});
