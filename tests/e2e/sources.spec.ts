import { expect, test } from '@playwright/test';
import { expectNoProblems, watchPage } from './support/audit';

test('the sources page lists the four references with their addresses, read second-hand', async ({ page }) => {
  await page.goto('reference/sources/');
  const references = page.locator('.source[data-read-from="second-hand"]');
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
    await expect(entry.locator('.source-read')).toContainText('second-hand, through');
  }
});

// The whole page is audited with axe in both themes in pages.spec.ts.
test('the sources page groups at least 20 sources by kind, each quote in a blockquote', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('reference/sources/');
  await expect(page.locator('.source').first()).toBeVisible({ timeout: 30_000 });
  expect(await page.locator('.source').count()).toBeGreaterThanOrEqual(20);
  await expect(page.locator('[data-kind-group="government-statistics"] .source').first()).toContainText(
    'US Bureau of Labor Statistics',
  );
  // Every fact shows its quotation as a quotation, with an attribution beside it.
  const facts = page.locator('.fact-list > li');
  expect(await facts.count()).toBeGreaterThan(40);
  await expect(facts.locator('blockquote')).toHaveCount(await facts.count());
  await expect(facts.locator('.attribution')).toHaveCount(await facts.count());
  const bls = page.locator('#bls-software-developers');
  await expect(bls.locator('blockquote')).toContainText('The median annual wage for software developers');
  await expect(bls.locator('.source-read')).toContainText('from the stored public copy of the page');
  // The index of kinds leads to its group.
  await page.locator('.kind-index a', { hasText: 'Government statistics' }).click();
  await expect(page.locator('#kind-government-statistics')).toBeInViewport();
  expectNoProblems(problems);
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
