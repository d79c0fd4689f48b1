import { expect, test, type Page } from '@playwright/test';
import { pythonOrigin } from '../../playwright.config';
import { expectNoProblems, watchPage } from './support/audit';

const EXPECTED: [query: string, path: string][] = [
  ['kubernetes', 'skills/'],
  ['MLflow', 'projects/'],
  ['GPU', 'skills/'],
  ['consulting', 'career/'],
  ['DevOps', 'paths/from-devops/'],
  ['salary', 'pay/'],
  ['staff engineer', 'career/'],
];

async function openSearch(page: Page) {
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  return dialog;
}

async function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('guide-search .results a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('common questions land on the right chapter first, each result showing its part', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const base = new URL(baseURL!).pathname;
  await page.goto('role/');
  const dialog = await openSearch(page);
  for (const [query, path] of EXPECTED) {
    await dialog.getByRole('searchbox').fill(query);
    await expect(dialog.getByRole('status')).toContainText(`for “${query}”`);
    await expect
      .poll(async () => (await resultPaths(page)).slice(0, 3), { message: query })
      .toContain(`${base}${path}`);
    const parts = await dialog.locator('.results .part').allTextContents();
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts)
      expect(['Role', 'Skills', 'Pay', 'Paths', 'Career', 'Market', 'Projects', 'Reference']).toContain(part);
  }
  expectNoProblems(problems);
});

test('filtering by a part narrows the results to that part', async ({ page }) => {
  await page.goto('role/');
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox').fill('kubernetes');
  await expect(dialog.locator('.results a').first()).toBeVisible();
  const all = await dialog.locator('.results .part').allTextContents();
  expect(new Set(all).size).toBeGreaterThan(1);
  await dialog.getByRole('checkbox', { name: 'Paths' }).check();
  await expect
    .poll(async () => [...new Set(await dialog.locator('.results .part').allTextContents())])
    .toEqual(['Paths']);
  await dialog.getByRole('checkbox', { name: 'Paths' }).uncheck();
  await expect
    .poll(async () => new Set(await dialog.locator('.results .part').allTextContents()).size)
    .toBeGreaterThan(1);
});

test('keyboard only: open, type, arrow to a result, Enter opens it under the base path', async ({ page, baseURL }) => {
  await page.goto('market/');
  const dialog = await openSearch(page);
  await page.keyboard.type('consulting');
  await expect(dialog.locator('.results a').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = dialog.locator('.results a').first();
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  expect(href?.startsWith(new URL(baseURL!).pathname)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new URL(href!, baseURL).href);
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a chapter page fetches no search code until the reader opens search', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('skills/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox').fill('gpu');
  await expect(dialog.locator('.results a').first()).toBeVisible();
  expect(fetched.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('search works on the built folder served by python’s http.server', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const problems = watchPage(page, pythonOrigin);
  await page.goto(`${pythonOrigin}${base}paths/`);
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox').fill('staff engineer');
  await expect.poll(async () => (await resultPaths(page)).slice(0, 3)).toContain(`${base}career/`);
  await dialog.locator('.results a').first().click();
  await expect(page).toHaveURL(`${pythonOrigin}${base}career/`);
  expectNoProblems(problems);
});
