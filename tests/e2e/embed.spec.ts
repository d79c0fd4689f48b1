import { expect, test, type Frame, type Page } from '@playwright/test';
import { hostOrigin } from '../../playwright.config';
import { ROOT_ONLY } from './support/site';

async function openIframeHost(page: Page, baseURL: string, query = 'level=senior', frames = 2) {
  const url = new URL(`${hostOrigin}/iframe.html`);
  url.searchParams.set('guide', baseURL);
  url.searchParams.set('query', query);
  url.searchParams.set('frames', String(frames));
  await page.goto(url.href);
}

async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.locator(`#${id}`).elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.locator('ai-salary-calculator [data-result]').waitFor();
  return frame!;
}

/** The iframe's height on the host page, and its content's height inside it. */
async function heights(page: Page, id: string) {
  const frame = await frameOf(page, id);
  const outer = await page.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > window.innerHeight,
  }));
  return { outer, ...inner };
}

test.describe('iframe embed on another origin', () => {
  test('each iframe takes its content’s height, with no scrollbar, and follows it', async ({ page, baseURL }) => {
    await openIframeHost(page, baseURL!);
    for (const id of ['calc1', 'calc2']) {
      await expect.poll(async () => (await heights(page, id)).outer).toBeGreaterThan(400);
      const h = await heights(page, id);
      expect(Math.abs(h.outer - h.content)).toBeLessThanOrEqual(1);
      expect(h.scrolls).toBe(false);
    }
    const before = (await heights(page, 'calc1')).outer;
    const frame = await frameOf(page, 'calc1');
    await frame.getByText('Assumptions (change them)').click();
    await expect.poll(async () => (await heights(page, 'calc1')).outer).toBeGreaterThan(before + 200);
    const after = await heights(page, 'calc1');
    expect(Math.abs(after.outer - after.content)).toBeLessThanOrEqual(1);
    expect(after.scrolls).toBe(false);
    // The other calculator is untouched.
    expect(Math.abs((await heights(page, 'calc2')).outer - before)).toBeLessThanOrEqual(1);
  });

  test('ignores resize messages of the wrong shape or from another frame', ROOT_ONLY, async ({ page, baseURL }) => {
    await openIframeHost(page, baseURL!, 'level=senior', 1);
    await expect.poll(async () => (await heights(page, 'calc1')).outer).toBeGreaterThan(400);
    const settled = (await heights(page, 'calc1')).outer;
    const frame = await frameOf(page, 'calc1');
    // Every height the host gives the frame from here on, in order.
    await page.locator('#calc1').evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { heightsSeen: string[] }).heightsSeen = seen;
      new MutationObserver(() => seen.push((el as HTMLElement).style.height)).observe(el, {
        attributes: true,
        attributeFilter: ['style'],
      });
    });
    // Wrong shapes, from the right frame.
    await frame.evaluate(() => {
      for (const data of [
        { type: 'ai-salary-calculator:resize', version: 1, height: '50' },
        { type: 'ai-salary-calculator:resize', version: 2, height: 50 },
        { type: 'ai-salary-calculator:resize', version: 1, height: 1e9 },
        { type: 'ai-salary-calculator:resize', version: 1, height: -5 },
        { type: 'something-else', height: 50 },
        'ai-salary-calculator:resize',
        null,
      ]) {
        window.parent.postMessage(data, '*');
      }
    });
    // The right shape, from a frame that is not the calculator's.
    const intruder = await (await page.locator('#intruder').elementHandle())!.contentFrame();
    await intruder!.evaluate(() =>
      window.parent.postMessage({ type: 'ai-salary-calculator:resize', version: 1, height: 50 }, '*'),
    );
    // The right shape from the right frame, sent after them: once it has resized the frame, the
    // messages before it have been handled, and none of them may have changed its height.
    await frame.evaluate(() =>
      window.parent.postMessage({ type: 'ai-salary-calculator:resize', version: 1, height: 321 }, '*'),
    );
    await expect.poll(async () => (await heights(page, 'calc1')).outer).toBe(321);
    expect(settled).not.toBe(321);
    const seen = await page.evaluate(() => (window as unknown as { heightsSeen: string[] }).heightsSeen);
    // Before the valid message took effect, nothing gave the frame another height.
    expect(seen).toContain('321px');
    const before = seen.slice(0, seen.indexOf('321px')).map((h) => parseFloat(h));
    expect(
      before.every((h) => Math.abs(h - settled) <= 1),
      `heights given before it: ${before.join(', ')}`,
    ).toBe(true);
  });

  test(
    'hostile parameters show the notice inside the frame and run no script',
    ROOT_ONLY,
    async ({ page, baseURL }) => {
      await openIframeHost(page, baseURL!, 'level=%3Cimg%20src%3Dx%20onerror%3Dparent.__pwned%3D1%3E&theme=%3Cb%3E', 1);
      const frame = await frameOf(page, 'calc1');
      await expect(frame.locator('ai-salary-calculator .notice')).toContainText('Ignored level="<img src=x');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await frame.evaluate(() => document.documentElement.dataset['theme'])).toBe('auto');
      await expect(frame.getByRole('link', { name: 'AI Infrastructure Engineer Guide' }).first()).toBeVisible();
    },
  );

  test('the embed page follows the theme parameter', ROOT_ONLY, async ({ page, baseURL }) => {
    await page.goto(`${baseURL}embed/salary-calculator/?theme=dark`);
    await page.locator('ai-salary-calculator [data-result]').waitFor();
    const bg = await page
      .locator('ai-salary-calculator')
      .evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor);
    expect(bg).toBe('rgb(23, 24, 28)');
  });
});

test.describe('standalone script on another origin', () => {
  async function openScriptHost(page: Page, baseURL: string, attrs: Record<string, string>) {
    const url = new URL(`${hostOrigin}/script.html`);
    url.searchParams.set('guide', baseURL);
    url.searchParams.set('attrs', JSON.stringify(attrs));
    await page.goto(url.href);
    await page.locator('ai-salary-calculator [data-result]').waitFor();
  }

  test('renders, takes attributes, reports to the host, and loads nothing else', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await openScriptHost(page, baseURL!, { level: 'staff', skills: 'kubernetes', location: 'hub' });
    const calc = page.locator('ai-salary-calculator');
    await expect(calc.getByLabel('Level', { exact: true })).toHaveValue('staff');
    await expect(calc.getByRole('checkbox', { name: 'Kubernetes-focused MLOps' })).toBeChecked();
    await calc.getByLabel('Location', { exact: true }).selectOption('other');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received.length))
      .toBeGreaterThanOrEqual(2);
    const last = await page.evaluate(() => {
      const r = (window as unknown as { received: { mid: number }[] }).received;
      return r[r.length - 1]!.mid;
    });
    expect(last).toBe(await calc.evaluate((el) => (el as unknown as { estimate: { mid: number } }).estimate.mid));
    // Attribute changes after load update it too.
    await calc.evaluate((el) => el.setAttribute('level', 'entry'));
    await expect(calc.getByLabel('Level', { exact: true })).toHaveValue('entry');
    // Links lead back to the guide, and the host's URL is left alone.
    await expect(calc.getByRole('link', { name: 'AI Infrastructure Engineer Guide' })).toHaveAttribute(
      'href',
      baseURL!,
    );
    expect(page.url()).not.toContain('level=');
    const fromGuide = requests.filter((u) => u.startsWith(new URL(baseURL!).origin));
    expect(fromGuide).toEqual([`${baseURL}embed/v1/salary-calculator.js`]);
  });

  test('host CSS does not leak in; custom properties theme it', ROOT_ONLY, async ({ page, baseURL }) => {
    await openScriptHost(page, baseURL!, {});
    const styles = await page.locator('ai-salary-calculator').evaluate((el) => {
      const root = el.shadowRoot!.querySelector('.root')!;
      const label = el.shadowRoot!.querySelector('label')!;
      const button = el.shadowRoot!.querySelector('button:not(.secondary)')!;
      const s = (e: Element) => getComputedStyle(e);
      return {
        font: s(label).fontFamily,
        size: s(root).fontSize,
        color: s(label).color,
        spacing: s(label).letterSpacing,
        transform: s(label).textTransform,
        buttonBg: s(button).backgroundColor,
      };
    });
    expect(styles.font).toMatch(/^system-ui/);
    expect(styles.size).toBe('16px');
    expect(styles.color).not.toBe('rgb(200, 0, 0)');
    expect(styles.spacing).toBe('normal');
    expect(styles.transform).toBe('none');
    expect(styles.buttonBg).toBe('rgb(0, 128, 0)');
  });

  test(
    'the theme attribute applies, also when set before the element is connected',
    ROOT_ONLY,
    async ({ page, baseURL }) => {
      await openScriptHost(page, baseURL!, { theme: 'dark' });
      const rootClass = (selector: string) =>
        page.locator(selector).evaluate((el) => el.shadowRoot!.querySelector('.root')!.className);
      expect(await rootClass('#themed')).toContain('dark');
      await page.evaluate(() => {
        const late = document.createElement('ai-salary-calculator');
        late.id = 'late';
        late.setAttribute('theme', 'light');
        document.body.append(late);
      });
      expect(await rootClass('#late')).toContain('light');
      await page.locator('#themed').evaluate((el) => el.setAttribute('theme', 'auto'));
      expect(await rootClass('#themed')).toContain('auto');
    },
  );

  test('hostile attributes show the notice and run no script', ROOT_ONLY, async ({ page, baseURL }) => {
    await openScriptHost(page, baseURL!, {
      level: '<img src=x onerror="window.__pwned=1">',
      skills: '"><script>window.__pwned=2</script>',
      equity: '1e400',
      'guide-url': 'javascript:window.__pwned=3',
    });
    const notice = page.locator('ai-salary-calculator .notice');
    await expect(notice).toContainText('Ignored level=');
    await expect(notice).toContainText('Ignored skills=');
    await expect(notice).toContainText('Ignored equity=');
    const links = await page
      .locator('ai-salary-calculator')
      .evaluate((el) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')));
    for (const href of links) expect(href).not.toMatch(/^javascript:/i);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test('the embed page for the guide shows both snippets with this site’s address and live previews', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('tools/embed/');
  await page.waitForLoadState('load');
  expect(
    scripts.filter((url) => url.endsWith('/embed/v1/salary-calculator.js')),
    'the standalone script loads only with its preview',
  ).toEqual([]);
  // Built without SITE_URL: the page fills in its own absolute address when it runs.
  const iframeSnippet = page.locator('[data-embed-snippet="iframe"] pre');
  await expect(iframeSnippet).toContainText(`"${baseURL}embed/v1/resize.js"`);
  await expect(iframeSnippet).toContainText('allow="clipboard-write"');
  await expect(page.locator('[data-embed-snippet="script"] pre')).toContainText(
    `"${baseURL}embed/v1/salary-calculator.js"`,
  );
  // The note under each snippet stays (nothing moves): it says where the address comes from.
  await expect(page.locator('[data-embed-note]')).toHaveCount(2);
  await expect(page.locator('[data-embed-note]').first()).toContainText(
    'takes its address from the page you are reading',
  );
  await page.locator('[data-embed-snippet="iframe"]').getByRole('button', { name: 'Copy' }).click();
  await expect(page.locator('[data-embed-snippet="iframe"]').getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await iframeSnippet.textContent());
  // Live previews load when scrolled near (or on request), not with the page.
  const scriptPreview = page.locator('[data-embed-preview="script"]');
  await scriptPreview.scrollIntoViewIfNeeded();
  await expect(scriptPreview.locator('ai-salary-calculator [data-result]')).toBeVisible();
  await page.locator('[data-embed-preview="iframe"]').scrollIntoViewIfNeeded();
  const preview = await (await page.locator('[data-embed-preview="iframe"] iframe').elementHandle())!.contentFrame();
  await expect(preview!.locator('ai-salary-calculator [data-result]')).toBeVisible();
  // The credit line appears once in the frame.
  await expect(preview!.getByText('AI Infrastructure Engineer Guide')).toHaveCount(1);
});

test(
  'the embed docs page does not move its snippets when its script offers to copy them',
  ROOT_ONLY,
  async ({ browser, baseURL }) => {
    // Lighthouse's desktop screen: the first snippet's head is in view.
    const context = await browser.newContext({
      baseURL: baseURL!,
      viewport: { width: 1350, height: 940 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto('tools/embed/');
    await expect(page.locator('[data-embed-snippet="iframe"]').getByRole('button', { name: 'Copy' })).toBeVisible();
    const shifts = await page.evaluate(async () => {
      // Layout shifts are reported with the frame that shows them: wait for two frames.
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: 'layout-shift', buffered: true });
      const entries = observer.takeRecords() as (PerformanceEntry & {
        value: number;
        sources: { node: Node | null }[];
      })[];
      observer.disconnect();
      const inSnippet = (node: Node | null) => !!(node as Element | null)?.closest?.('[data-embed-snippet]');
      return entries
        .filter((e) => e.sources.some((s) => inSnippet(s.node)))
        .map(
          (e) => `${e.value}: ${e.sources.map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 60)).join(' | ')}`,
        );
    });
    expect(shifts).toEqual([]);
    await context.close();
  },
);
