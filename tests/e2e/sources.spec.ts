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
