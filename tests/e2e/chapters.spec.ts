import { expect, test } from '@playwright/test';

test('the pay chapter draws the cited bands as an accessible SVG chart with its data table', async ({ page }) => {
  await page.goto('pay/');
  const chart = page.getByRole('img', { name: /Cited pay bands for AI infrastructure engineers/ });
  await expect(chart).toBeVisible();
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

for (const path of ['role/', 'skills/', 'paths/from-devops/', 'career/', 'reference/glossary/']) {
  test(`/${path} shows when it was last reviewed, and its links stay under the base path`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(path);
    await expect(page.locator('.last-reviewed time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    const base = new URL(baseURL!).pathname;
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href.startsWith(base), href).toBe(true);
  });
}
