import { expect, test } from '@playwright/test';

// Layout checks for particular components. The walk of every page at phone widths is part
// of pages.spec.ts (one load per page, see support/layout.ts).
test('wide tables sit in a named scroll region with a caption and show an edge shadow', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('reference/method/');
  const region = page
    .getByRole('region', { name: 'The salary model’s assumptions' })
    .or(page.getByRole('region', { name: "The salary model's assumptions" }));
  await expect(region).toBeVisible();
  await expect(region.locator('caption')).toHaveText(/assumptions/);
  const scroll = await region.evaluate((el) => ({
    scrolls: el.scrollWidth > el.clientWidth,
    background: getComputedStyle(el).backgroundImage,
  }));
  expect(scroll.background).toContain('radial-gradient');
  // The table shows labels, not the data ids.
  await expect(region.locator('tbody th', { hasText: 'level-mid-position' })).toHaveCount(0);
  await expect(region.locator('tr[data-assumption="level-mid-position"] th')).not.toHaveText('');
});

test('the site title is whole on a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('role/');
  const title = page.locator('.site-title');
  const fits = await title.evaluate((el) => {
    const spans = Array.from(el.querySelectorAll('span'));
    return spans.every((s) => s.scrollWidth <= s.clientWidth + 1);
  });
  expect(fits).toBe(true);
});

test('checkboxes and radios are one size, at least 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('role/');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByText('Filter by part').click();
  const sizes = await page
    .locator('input[type="checkbox"]:visible, input[type="radio"]:visible')
    .evaluateAll((els) =>
      els.map((e) => [Math.round(e.getBoundingClientRect().width), Math.round(e.getBoundingClientRect().height)]),
    );
  expect(sizes.length).toBeGreaterThan(0);
  for (const [w, h] of sizes) {
    expect(w).toBeGreaterThanOrEqual(24);
    expect(h).toBeGreaterThanOrEqual(24);
  }
  expect(new Set(sizes.map((s) => s.join('x'))).size).toBe(1);
});
