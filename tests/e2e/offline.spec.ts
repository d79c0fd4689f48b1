import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sites } from '../../playwright.config';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { startServer } from '../../scripts/lib/static-server.mjs';

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

// Each run works on its own copy of the build, so it can be "redeployed".
test('after one visit, chapters, the calculator and search work offline; a new build arrives online', async ({
  context,
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const { dir, base } = sites.find((site) => site.name === testInfo.project.name)!;
  const copy = mkdtempSync(join(tmpdir(), 'guide-offline-'));
  cpSync(dir, copy, { recursive: true });
  const server = await startServer({ dir: copy, base, port: 0 });
  try {
    await page.goto(`${server.url}role/`);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.goto(`${server.url}career/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career ladder');

    await page.goto(`${server.url}tools/salary-calculator/?level=staff`);
    await expect(page.locator('ai-salary-calculator [data-result]')).toBeVisible();
    await page.locator('ai-salary-calculator').getByLabel('Level', { exact: true }).selectOption('entry');
    await expect(page.locator('ai-salary-calculator [data-result]')).toHaveText('$120,000 – $144,000 a year');

    await page.keyboard.press('ControlOrMeta+k');
    await page.getByRole('searchbox').fill('MLflow');
    await expect(page.locator('guide-search .results a').first()).toBeVisible();

    // Redeploy: change a chapter and regenerate the service worker, as a rebuild does.
    await context.setOffline(false);
    const file = join(copy, 'role', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1[^>]*>)[^<]*/, '$1The role, revised'));
    await writeServiceWorker(copy, base);

    await page.goto(`${server.url}role/`);
    // The visit finds the new worker; it takes over and the page reloads once with the new build.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The role, revised', { timeout: 30_000 });
  } finally {
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
