import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { hostOrigin, sites } from '../../playwright.config';
import { rawGet } from '../support/raw-get';

const siteOf = (name: string) => sites.find((site) => site.name === name)!;

test('every address of a page, and every 404, has the policy; only embed pages may be framed', async ({
  baseURL,
}, testInfo) => {
  const { base } = siteOf(testInfo.project.name);
  const origin = new URL(baseURL!).origin;
  const framed = [
    '',
    'index.html',
    'career/',
    'career/index.html',
    'tools/salary-calculator/index.html',
    '/career/',
    '%63areer/',
    'career//',
    'career/no-such-page/',
  ];
  for (const address of framed) {
    const res = await rawGet(origin, `${base}${address}`);
    expect(res.status, address).toBeLessThan(500);
    expect(res.headers['content-security-policy'], address).toMatch(/^default-src 'self'; script-src /);
    expect(res.headers['content-security-policy'], address).not.toContain(', ');
    expect(res.headers['content-security-policy'], address).not.toContain('frame-ancestors');
    expect(res.headers['x-content-type-options'], address).toBe('nosniff');
    expect(res.headers['x-frame-options'], address).toBe('DENY');
  }
  // Under a folder the site does not have, no rule names the address: the 404 is refused
  // framing by the rule for everything, and carries the policy in its own <head>.
  const policy = (await rawGet(origin, `${base}career/`)).headers['content-security-policy'];
  for (const address of ['no-such-page/', 'nope/x/', 'nope/x/index.html']) {
    const res = await rawGet(origin, `${base}${address}`);
    expect(res.status, address).toBe(404);
    expect(res.headers['x-frame-options'], address).toBe('DENY');
    expect(res.headers['x-content-type-options'], address).toBe('nosniff');
    expect(res.body, address).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  }
  // Embed pages carry the same policy with frame-ancestors, which browsers put before X-Frame-Options.
  for (const address of ['embed/salary-calculator/', 'embed/salary-calculator/index.html']) {
    const res = await rawGet(origin, `${base}${address}`);
    expect(res.status, address).toBe(200);
    expect(res.headers['content-security-policy'], address).toBe(`${policy}; frame-ancestors *`);
  }
});

test('a page of the guide at its index.html address, or a 404 anywhere, cannot be framed by another origin', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${hostOrigin}/index.html`);
  await page.evaluate((src) => {
    for (const [id, path] of [
      ['guide', 'career/index.html'],
      ['missing', 'nope/x/'],
      ['embed', 'embed/salary-calculator/index.html'],
    ]) {
      const frame = document.createElement('iframe');
      frame.id = id!;
      frame.title = id!;
      frame.src = `${src}${path}`;
      document.body.append(frame);
    }
  }, baseURL!);
  const embed = page.frameLocator('#embed');
  await expect(embed.locator('ai-salary-calculator [data-result]')).toBeVisible({ timeout: 30_000 });
  // Both refused frames end on Chromium's error page; neither shows its content.
  await expect
    .poll(() => page.frames().filter((frame) => frame.url() === 'chrome-error://chromewebdata/').length)
    .toBe(2);
  await expect(page.frameLocator('#guide').getByRole('heading', { name: 'Career ladder' })).toHaveCount(0);
  await expect(page.frameLocator('#missing').locator('main')).toHaveCount(0);
});

// No page violates the policy in either theme: pages.spec.ts loads every page under the
// same headers (scripts/serve.mjs applies _headers) and fails on any console error, which is
// how Chromium reports each violation ("Refused to apply inline style …").

test.describe('resize.js', () => {
  test('sizes a frame at the index.html address and one that loads late, logging nothing', async ({
    page,
    baseURL,
  }) => {
    const logged: string[] = [];
    page.on('console', (message) => {
      // The host fixture has no favicon; the browser's request for it is not the embed's doing.
      if (!message.location().url.endsWith('/favicon.ico'))
        logged.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => logged.push(error.message));
    const url = new URL(`${hostOrigin}/resize-late.html`);
    url.searchParams.set('guide', baseURL!);
    await page.goto(url.href);
    const height = (id: string) => page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(() => height('near'), { timeout: 30_000 }).toBeGreaterThan(400);
    // The lazy frame was still on about:blank when resize.js asked: nothing may be logged.
    expect(logged).toEqual([]);
    await page.locator('#far').scrollIntoViewIfNeeded();
    await expect.poll(() => height('far'), { timeout: 30_000 }).toBeGreaterThan(400);
    expect(logged).toEqual([]);
  });
});

test.describe('pinned embed script', () => {
  test('is this release’s script under a content hash, immutable, and loads with its integrity', async ({
    page,
    request,
    baseURL,
  }) => {
    const pinned = (await (await request.get(`${baseURL}embed/v1/pinned.json`)).json()) as Record<
      string,
      { path: string; integrity: string }
    >;
    const { path, integrity } = pinned['salary-calculator']!;
    expect(path).toMatch(/^embed\/v1\/pinned\/salary-calculator\.[0-9a-f]{12}\.js$/);
    const file = await request.get(`${baseURL}${path}`);
    const moving = await request.get(`${baseURL}embed/v1/salary-calculator.js`);
    const body = await file.body();
    expect(body.equals(await moving.body())).toBe(true);
    expect(integrity).toBe(`sha384-${createHash('sha384').update(body).digest('base64')}`);
    expect(file.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(moving.headers()['cache-control']).not.toContain('immutable');

    await page.goto(`${hostOrigin}/index.html`);
    const defines = (value: string) =>
      page.evaluate(
        ([src, sri]) =>
          new Promise<boolean>((resolve) => {
            const script = document.createElement('script');
            script.src = src!;
            script.integrity = sri!;
            script.crossOrigin = 'anonymous';
            script.onload = () => resolve(Boolean(customElements.get('ai-salary-calculator')));
            script.onerror = () => resolve(false);
            document.head.append(script);
          }),
        [`${baseURL}${path}`, value],
      );
    // A wrong hash is refused (so the check below could fail); the published one loads.
    expect(await defines(`sha384-${createHash('sha384').update('other').digest('base64')}`)).toBe(false);
    expect(await defines(integrity)).toBe(true);
  });
});
