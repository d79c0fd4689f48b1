import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';
import { expectAccessible, expectNoProblems, setTheme, watchPage } from './support/audit';

// Every built page, found in the output folder (both builds have the same pages,
// relative to their base): renders with its title, logs no error, requests nothing
// from other hosts, and passes axe in light and dark.
for (const path of builtPages('dist')) {
  test(`page /${path} is sound in light and dark`, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeAttached();
    await expect(page).toHaveTitle(/\S/);
    for (const theme of ['light', 'dark'] as const) {
      // Guide pages keep the reader's theme choice; the chrome-less embed page takes ?theme=.
      if (path.startsWith('embed/')) await page.goto(`${path}?theme=${theme}`);
      else await setTheme(page, theme);
      await expectAccessible(page, `/${path} (${theme})`);
    }
    expectNoProblems(problems);
  });
}

test('an unknown address gets the guide’s own 404 page, which leads home', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: /home page/ }).click();
  await expect(page).toHaveURL(baseURL!);
  // The one expected error: the browser reports the 404 status of the missing page itself.
  problems.consoleErrors = problems.consoleErrors.filter((e) => !e.includes('status of 404'));
  expectNoProblems(problems);
});
