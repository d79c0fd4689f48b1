/**
 * Printed, the calculator is its current estimate and how it was reached: the
 * result, the chart, the source figures and the breakdown, not its form or buttons.
 */
import { expect, test } from '@playwright/test';

for (const path of ['tools/salary-calculator/', 'embed/salary-calculator/']) {
  test(`printing /${path} prints the estimate and its breakdown, not the form`, async ({ page }) => {
    await page.goto(`${path}?level=senior&skills=kubernetes`);
    const calc = page.locator('ai-salary-calculator');
    await page.locator('ai-salary-calculator:defined [data-result]').waitFor();
    await expect(calc.locator('[data-ref="steps"] li').first()).toBeAttached();
    const estimate = await calc.locator('[data-result]').textContent();
    await page.emulateMedia({ media: 'print' });
    // The estimate as it stands, and how it was reached (the breakdown prints open).
    await expect(calc.locator('[data-result]')).toBeVisible();
    await expect(calc.locator('[data-result]')).toHaveText(estimate!);
    await expect(calc.locator('li[data-basis="assumption:premium-kubernetes"]')).toBeVisible();
    await expect(calc.locator('.bar')).toBeVisible();
    // No controls: not the form, not the assumptions panel, not the copy button.
    await expect(calc.locator('form')).toBeHidden();
    for (const control of await calc.locator('select, input, button').all()) await expect(control).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(calc.getByLabel('Level', { exact: true })).toBeVisible();
  });
}
