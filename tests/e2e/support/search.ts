import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the search dialog with the keyboard and returns it. */
export async function openSearch(page: Page): Promise<Locator> {
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  return dialog;
}

/** Types a query and waits until the results shown are that query's. */
export async function searchFor(page: Page, dialog: Locator, query: string): Promise<void> {
  await dialog.getByRole('searchbox').fill(query);
  const root = page.locator('guide-search');
  await expect(root).toHaveAttribute('data-query', query, { timeout: 90_000 });
  await expect(root).toHaveAttribute('data-state', 'done');
}

/** The pages in the results, in order, as paths. */
export async function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator('guide-search .results a.page')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
