import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/site';

/**
 * Phone layout: every built page at 320 and 390 px wide must not scroll sideways,
 * have no element reaching past the screen's edge, and no text overflowing its box.
 * Intentional scroll regions (`.table-scroll`, which has edge shadows and a caption)
 * may hold wider content. Failures list what was seen.
 */
const WIDTHS = [320, 390] as const;

interface Overflow {
  what: string;
  problem: string;
}

async function overflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: { what: string; problem: string }[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className.trim()
          ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
          : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> “${text}”`;
    };
    const scrollRegion = (el: Element): boolean => el.closest('.table-scroll') !== null;
    // Visually hidden text (.sr-only, Starlight's skip link) is clipped on purpose.
    const hidden = (el: Element): boolean =>
      !el.checkVisibility({ visibilityProperty: true }) || el.closest('.sr-only, [class*="sr-only"]') !== null;
    if (document.documentElement.scrollWidth > width + 1) {
      found.push({
        what: '<html>',
        problem: `page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width} px`,
      });
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (hidden(el) || el.getClientRects().length === 0) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const inRegion = el.parentElement ? scrollRegion(el.parentElement) : false;
      if (!inRegion && (rect.right > width + 1 || rect.left < -1)) {
        found.push({
          what: describe(el),
          problem: `reaches ${Math.round(rect.left)}–${Math.round(rect.right)} px in a ${width} px screen`,
        });
        continue;
      }
      // Text that does not fit its box: clipped (overflow hidden) or spilling out.
      const hasText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? ''),
      );
      if (!hasText || el.clientWidth === 0 || scrollRegion(el)) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
          found.push({
            what: describe(el),
            problem: `scrolls sideways (${el.scrollWidth} in ${el.clientWidth} px) without the scroll-region affordance`,
          });
        } else {
          found.push({
            what: describe(el),
            problem: `text overflows its box: ${el.scrollWidth} px in ${el.clientWidth} px (overflow ${style.overflowX})`,
          });
        }
      }
    }
    return found;
  });
}

for (const path of builtPages('dist')) {
  test(`page /${path} fits a phone screen at ${WIDTHS.join(' and ')} px`, async ({ page }) => {
    test.setTimeout(180_000);
    const seen: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expect(page.locator('body')).toBeVisible();
      for (const o of await overflows(page)) seen.push(`${width} px: ${o.what}: ${o.problem}`);
    }
    expect(seen, `layout problems on /${path}`).toEqual([]);
  });
}

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
