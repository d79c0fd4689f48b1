import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/site';
import { accessibilityViolations, COLOUR_RULES, expectNoProblems, showTheme, watchPage } from './support/audit';
import { overflows, PHONE_WIDTHS } from './support/layout';

// Every built page, found in the output folder: renders with its title, logs no error,
// requests nothing from other hosts, passes axe in light and dark (both themes in one load:
// every rule in light, then the rules that depend on colours in dark), and fits a phone
// screen at 320 and 390 px. Run on the root build only (see playwright.config.ts); what
// differs under a sub-path is checked by tests/build/subpath-addresses.test.ts (every page)
// and subpath.spec.ts (one page of each kind).
//
// The pages go in groups of a few, one browser page for the group: a document of a page
// already open in this browser starts and takes axe in about a third of the time of the
// first. Every page of a group is checked whatever another found, and a failure lists what
// each page showed.
const GROUP = 4;
const PRINT_PAGE = 'print/';
/** What the whole-guide page adds around the chapters: its header, cover, contents and chapter titles. */
const PRINT_PAGE_OWN = [
  'header',
  'main > .content-panel:first-child',
  '.print-cover',
  '.print-hidden',
  '.print-contents',
  '.print-chapter-title',
  '.print-chapter-address',
].join(', ');
const DESKTOP = { width: 1280, height: 720 };

/** Everything wrong with one page, each line naming what was seen; empty when sound. */
async function pageProblems(page: Page, path: string, origin: string): Promise<string[]> {
  const found: string[] = [];
  const watched = watchPage(page, origin);
  await page.setViewportSize(DESKTOP);
  const response = await page.goto(path);
  if (response?.status() !== 200) found.push(`status ${response?.status()}`);
  if ((await page.locator('h1').count()) === 0) found.push('no h1');
  if (!/\S/.test(await page.title())) found.push('no title');
  for (const theme of ['light', 'dark'] as const) {
    // Guide pages follow Starlight's theme; the chrome-less embed page takes ?theme=.
    if (path.startsWith('embed/')) await page.goto(`${path}?theme=${theme}`);
    else await showTheme(page, theme);
    const audits =
      path === PRINT_PAGE
        ? // The whole-guide page is every chapter again, each audited in both themes on its own
          // page: here the page as a whole is audited once, and colours only where it adds its own.
          [...(theme === 'light' ? [{ skip: COLOUR_RULES }] : []), { rules: COLOUR_RULES, include: PRINT_PAGE_OWN }]
        : [theme === 'dark' ? { rules: COLOUR_RULES } : {}];
    for (const scope of audits) {
      for (const v of await accessibilityViolations(page, `/${path} (${theme})`, scope))
        found.push(`axe (${theme}): ${v}`);
    }
  }
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
    for (const o of await overflows(page)) found.push(`${width} px: ${o.what}: ${o.problem}`);
  }
  watched.stop();
  for (const e of watched.consoleErrors) found.push(`console error: ${e}`);
  for (const r of watched.foreignRequests) found.push(`request to another host: ${r}`);
  return found;
}

const pages = builtPages('dist');
const groups = [[PRINT_PAGE]];
const rest = pages.filter((p) => p !== PRINT_PAGE);
for (let start = 0; start < rest.length; start += GROUP) groups.push(rest.slice(start, start + GROUP));

for (const group of groups) {
  test(`${group.map((p) => `/${p}`).join(', ')}: sound in light and dark, and on a phone`, async ({
    page,
    baseURL,
  }) => {
    // Generous bounds for a loaded machine; nothing waits on time. The whole-guide page
    // holds every chapter: many times the work of one.
    test.setTimeout(group.includes(PRINT_PAGE) ? 360_000 : 60_000 + group.length * 30_000);
    const origin = new URL(baseURL!).origin;
    const problems: Record<string, string[]> = {};
    for (const path of group) {
      const found = await pageProblems(page, path, origin);
      if (found.length > 0) problems[`/${path}`] = found;
    }
    expect(problems, 'problems by page').toEqual({});
  });
}

test('the scrollbar appearing or not moves nothing on a wide screen', async ({
  playwright,
  launchOptions,
  baseURL,
}) => {
  // A first paint can come before the rest of a long page is parsed; the scrollbar then appears.
  // Playwright hides scrollbars in headless browsers; readers' browsers (and Lighthouse) do not.
  const browser = await playwright.chromium.launch({ ...launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] });
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 1350, height: 940 } });
  const page = await context.newPage();
  await page.goto('projects/');
  const sidebar = page.locator('.right-sidebar');
  const place = () => sidebar.evaluate((el) => Math.round(el.getBoundingClientRect().left));
  const scrolls = () => page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight);
  expect(await scrolls()).toBe(true);
  const withScrollbar = await place();
  // The same page cut short enough to need no scrollbar.
  await page.locator('main .sl-markdown-content').evaluate((el) => el.replaceChildren());
  await page.evaluate(() => (document.querySelector('footer')?.remove(), undefined));
  await expect.poll(scrolls).toBe(false);
  expect(await place()).toBe(withScrollbar);
  await browser.close();
});

test('a reader’s saved theme is applied when a page loads', async ({ page }) => {
  await page.goto('role/');
  await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

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
