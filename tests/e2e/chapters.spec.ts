import { expect, test } from '@playwright/test';
import { expectNoProblems, watchPage } from './support/audit';

test('the pay chapter draws the cited bands as an accessible SVG chart with its data table', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('pay/');
  // The title says what each band is about: only the first is about AI infrastructure engineers in general.
  const chart = page.getByRole('img', { name: /three cited bands.*AI engineers in general/ });
  await expect(chart).toBeVisible({ timeout: 30_000 });
  expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
  await expect(chart.locator('rect')).toHaveCount(3);
  const table = page.locator('.pay-band-chart table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tr[data-band="pay-us-range"]')).toContainText('$120,000–$200,000 a year');
  await expect(table.locator('tr[data-band="pay-gpu-top-firms"]')).toContainText('$280,000–$420,000 a year');
  await expect(table.locator('tr[data-band="pay-consulting"]')).toContainText('model assumption');
  // The chapter embeds the calculator too.
  await expect(page.locator('ai-salary-calculator [data-result]')).toBeVisible();
});

test('the pay chapter shows every pay figure, source by source, readable on a 320 px phone', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('pay/');
  const chart = page.locator('[data-chart="pay-by-source"]');
  await expect(chart.locator('.group[data-country="US"]')).toBeVisible({ timeout: 30_000 });
  await expect(chart.locator('.group[data-country="GB"] .group-heading')).toHaveText('United Kingdom: pounds a year');
  const rows = chart.locator('.row');
  const tableRows = chart.locator('table tr[data-fact]');
  expect(await rows.count()).toBeGreaterThan(20);
  await expect(tableRows).toHaveCount(await rows.count());
  // Every label is at least 11 px and wraps instead of being cut short; the page never scrolls sideways.
  const labels = await chart.locator('.row-label span, .tick:visible').evaluateAll((els) =>
    els.map((el) => ({
      size: parseFloat(getComputedStyle(el).fontSize),
      clipped: el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline',
      text: el.textContent ?? '',
    })),
  );
  for (const label of labels) {
    expect(label.size, label.text).toBeGreaterThanOrEqual(11);
    expect(label.clipped, label.text).toBe(false);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // The table names each source and links to its entry on the sources page.
  const blsRow = tableRows.filter({ has: page.locator('a', { hasText: 'US Bureau of Labor Statistics' }) }).first();
  await expect(blsRow.getByRole('link')).toHaveAttribute('href', /\/reference\/sources\/#bls-/);
  // Where you start from: government medians for the jobs readers come from.
  await expect(page.locator('[data-figure="bls-pay-sysadmins"]').first()).toHaveText('$90,520 a year');
  // The whole page, chart included, is audited with axe in both themes in pages.spec.ts.
  expectNoProblems(problems);
});

// Links under the base path are checked on every page of the sub-path build (subpath.spec.ts).
test('a chapter shows when it was last revised', async ({ page }) => {
  await page.goto('role/');
  await expect(page.locator('.last-reviewed')).toContainText('Last revised');
  await expect(page.locator('.last-reviewed time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});
