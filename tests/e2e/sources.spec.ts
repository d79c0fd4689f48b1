import { expect, test } from '@playwright/test';
import { expectNoProblems, watchPage } from './support/audit';

test('the sources page lists the four references with their addresses', async ({ page }) => {
  await page.goto('reference/sources/');
  const references = page.locator('.source[data-kind="reference"]');
  await expect(references).toHaveCount(4);
  for (const [id, author] of [
    ['refonte-2025', 'Refonte Learning'],
    ['second-talent-2026', 'Second Talent'],
    ['jobs-by-culture-2026', 'Jobs by Culture'],
    ['van-riel-2026', 'Van Riel'],
  ] as const) {
    const entry = page.locator(`#${id}`);
    await expect(entry).toContainText(author);
    await expect(entry.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  }
});

test('a citation on the home page leads to its source’s entry', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('');
  const figure = page.locator('[data-figure="pay-us-range"]');
  await expect(figure).toHaveText('$120,000–$200,000 a year');
  await page.locator('a[data-source="refonte-2025"]').first().click();
  await expect(page).toHaveURL(`${baseURL}reference/sources/#refonte-2025`);
  await expect(page.locator('#refonte-2025')).toBeInViewport();
  expectNoProblems(problems);
});

test('search finds a page and its result link works under this base path', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('');
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').fill('references');
  const result = dialog.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  const [href, title] = [await result.getAttribute('href'), await result.textContent()];
  expect(href?.startsWith(new URL(baseURL!).pathname)).toBe(true);
  await result.click();
  await expect(page).toHaveURL(new URL(href!, baseURL).href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!.trim());
  expectNoProblems(problems);
});
