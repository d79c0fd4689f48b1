import { expect, test, type Locator } from '@playwright/test';

// Glossary terms in chapters work without JavaScript: the definition is hidden until the
// term is hovered or focused, and is the link's accessible description throughout.
test.use({ javaScriptEnabled: false });

async function tipIsShown(tip: Locator): Promise<boolean> {
  const box = await tip.boundingBox();
  return box !== null && box.width > 40 && box.height > 10;
}

test('a glossary term shows its definition on keyboard focus and on hover, and describes its link', async ({
  page,
}) => {
  await page.goto('stack/training/');
  const term = page.locator('main a.term[href$="/reference/glossary/#nccl"]').first();
  const tip = term.locator('xpath=following-sibling::*[@role="tooltip"][1]');
  await expect(term).toHaveAccessibleDescription(/NVIDIA Collective Communications Library/);
  await expect.poll(() => tipIsShown(tip)).toBe(false);

  await term.focus();
  await expect.poll(() => tipIsShown(tip)).toBe(true);
  await expect(tip).toContainText('moving data between GPUs');

  await term.blur();
  await expect.poll(() => tipIsShown(tip)).toBe(false);

  const other = page.locator('main a.term[href$="/reference/glossary/#infiniband"]').first();
  const otherTip = other.locator('xpath=following-sibling::*[@role="tooltip"][1]');
  await other.hover();
  await expect.poll(() => tipIsShown(otherTip)).toBe(true);
});

test('a glossary term is styled apart from an ordinary chapter link', async ({ page }) => {
  await page.goto('stack/serving/');
  const term = page.locator('main a.term').first();
  const chapterLink = page.locator('main a[href$="/stack/ml-basics/"]').first();
  const style = (link: Locator) =>
    link.evaluate((el) => {
      const css = getComputedStyle(el);
      return { decoration: css.textDecorationStyle, color: css.color };
    });
  expect((await style(term)).decoration).toBe('dotted');
  expect(await style(term)).not.toEqual(await style(chapterLink));
});

test('the glossary page keeps an anchor for every term a chapter links to', async ({ page }) => {
  await page.goto('stack/training/');
  const hrefs = await page
    .locator('main a.term')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
  expect(hrefs.length).toBeGreaterThan(10);
  await page.goto('reference/glossary/');
  for (const id of new Set(hrefs)) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});
