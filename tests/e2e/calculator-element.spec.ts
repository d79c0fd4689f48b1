/**
 * <ai-salary-calculator> on its own, in a real browser, without a site build: the
 * standalone entry is bundled here with esbuild and served, with a host page, from
 * a made-up origin through request routing. Attributes, events (one per task),
 * address state, hostile attributes and a hostile host stylesheet.
 */
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { bundleClassicScript } from '../../src/embed/bundle';

const ORIGIN = 'http://element.test';
let script = '';
// A loaded machine: generous waits, always on conditions.
const expect = baseExpect.configure({ timeout: 20_000 });

test.beforeAll(async () => {
  script = await bundleClassicScript('src/embed/standalone.ts');
});

// Independent of the site build: the root project runs it (playwright.config.ts keeps it out of the sub-path one).

interface Host {
  attrs?: Record<string, string>;
  query?: string;
  css?: string;
}

async function open(page: Page, { attrs = {}, query = '', css = '' }: Host = {}) {
  const escape = (v: string) =>
    v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const element = `<ai-salary-calculator ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${escape(v)}"`)
    .join(' ')}></ai-salary-calculator>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>${css}</style></head><body>${element}
<script>
  window.events = [];
  document.addEventListener('estimate-change', (e) => window.events.push(e.detail));
</script>
<script src="/salary-calculator.js"></script></body></html>`;
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/salary-calculator.js') {
      return route.fulfill({ body: script, contentType: 'text/javascript' });
    }
    return route.fulfill({ body: html, contentType: 'text/html' });
  });
  await page.goto(`${ORIGIN}/host/${query}`);
  await page.locator('ai-salary-calculator [data-result]').waitFor();
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { events: unknown[] }).events.length);
/** Lets every pending task and frame run, so an event that would follow has fired. */
const settle = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))),
  );
const estimate = (page: Page) =>
  page.locator('ai-salary-calculator').evaluate((el) => {
    const e = (el as HTMLElement & { estimate: { low: number; mid: number; high: number; mode: string } }).estimate;
    return { low: e.low, mid: e.mid, high: e.high, mode: e.mode };
  });

test('attributes set the estimate; changes in one task give one render and one event', async ({ page }) => {
  await open(page, { attrs: { level: 'senior', skills: 'gpu,k8s', company: 'top' } });
  const calc = page.locator('ai-salary-calculator');
  await expect(calc.getByLabel('Level', { exact: true })).toHaveValue('senior');
  await expect(calc.getByRole('checkbox', { name: 'Kubernetes-focused MLOps' })).toBeChecked();
  expect((await estimate(page)).low).toBeGreaterThanOrEqual(280_000);
  await settle(page);
  const before = await events(page);
  await calc.evaluate((el) => {
    el.setAttribute('level', 'staff');
    el.setAttribute('location', 'hub');
    el.setAttribute('equity', '10000');
  });
  await settle(page);
  expect(await events(page)).toBe(before + 1);
  await expect(calc.getByLabel('Location', { exact: true })).toHaveValue('hub');
});

test('one reader action fires one estimate-change (a select fires input and change)', async ({ page }) => {
  await open(page);
  const calc = page.locator('ai-salary-calculator');
  await settle(page);
  for (const act of [
    () => calc.getByLabel('Level', { exact: true }).selectOption('senior'),
    () => calc.getByRole('checkbox', { name: 'Cloud fluency (AWS, Azure or GCP)' }).check(),
    () => calc.getByRole('radio', { name: 'Independent consulting' }).check(),
  ]) {
    const before = await events(page);
    await act();
    await settle(page);
    expect(await events(page)).toBe(before + 1);
  }
});

test('a host attribute change keeps what the reader typed in another field', async ({ page }) => {
  await open(page, { attrs: { level: 'mid' } });
  const calc = page.locator('ai-salary-calculator');
  const equity = calc.getByRole('textbox', { name: 'Yearly equity and bonus (optional, USD)' });
  await equity.fill('20k');
  await expect.poll(async () => (await estimate(page)).mid).toBe(172_000);
  await calc.evaluate((el) => el.setAttribute('level', 'senior'));
  await expect(calc.getByLabel('Level', { exact: true })).toHaveValue('senior');
  await expect(equity).toHaveValue('20k');
  await expect.poll(async () => (await estimate(page)).mid).toBe(172_000 + 20_000);
});

test('address state: presets read case-insensitively, rewritten without duplicates, final after 500 changes', async ({
  page,
}) => {
  await open(page, { attrs: { 'sync-url': '' }, query: '?LEVEL=staff&Skills=gpu,k8s&utm=keep' });
  const calc = page.locator('ai-salary-calculator');
  await expect(calc.getByLabel('Level', { exact: true })).toHaveValue('staff');
  await expect(calc.getByRole('checkbox', { name: 'GPU optimisation and distributed training' })).toBeChecked();
  await expect(calc.locator('.notice')).toBeHidden();
  await calc.getByLabel('Level', { exact: true }).selectOption('senior');
  await expect.poll(() => new URL(page.url()).search).toBe('?utm=keep&level=senior&skills=kubernetes%2Cgpu');

  await calc.evaluate((el) => {
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="level"]')!;
    const levels = ['entry', 'mid', 'senior', 'staff'];
    for (let i = 0; i < 500; i++) {
      select.value = levels[i % 4]!;
      select.dispatchEvent(new Event('input', { bubbles: true }));
    }
    select.value = 'entry';
    select.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect.poll(() => new URL(page.url()).searchParams.get('level'), { timeout: 15_000 }).toBe('entry');
  expect([...new URL(page.url()).searchParams.keys()].filter((k) => k.toLowerCase() === 'level')).toHaveLength(1);
});

test('a crafted address with 10,000 repeats is read quickly (50,000: see the parser’s unit test)', async ({ page }) => {
  const query = `?${Array.from({ length: 10_000 }, () => 'level=senior').join('&')}`;
  await open(page, { attrs: { 'sync-url': '' }, query });
  await expect(page.locator('ai-salary-calculator').first().getByLabel('Level', { exact: true })).toHaveValue('senior');
  // Time in the page, not on this (possibly loaded) machine's clock: one more element reading the address.
  const ms = await page.evaluate(() => {
    const started = performance.now();
    const el = document.createElement('ai-salary-calculator');
    el.setAttribute('sync-url', '');
    document.body.append(el);
    return performance.now() - started;
  });
  expect(ms).toBeLessThan(1_000);
});

test('hostile attributes: a notice, defaults, no markup, no javascript: link', async ({ page }) => {
  await open(page, {
    attrs: {
      level: '<img src=x onerror="window.__pwned=1">',
      rate: '1,5',
      skills: 'gpu,"><script>window.__pwned=2</script>',
      'guide-url': 'javascript:window.__pwned=3',
      assume: '__proto__:1',
    },
  });
  const calc = page.locator('ai-salary-calculator');
  const notice = calc.locator('.notice');
  await expect(notice).toContainText('Ignored level="<img');
  await expect(notice).toContainText('Ignored rate="1,5"');
  await expect(notice).toContainText('use a point for decimals');
  await expect(notice).toContainText('Ignored assume=');
  await expect(calc.getByRole('checkbox', { name: 'GPU optimisation and distributed training' })).toBeChecked();
  const hrefs = await calc.evaluate((el) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href));
  for (const href of hrefs) expect(href).toMatch(/^http:\/\/element\.test\//);
  expect(await calc.evaluate((el) => el.shadowRoot!.querySelectorAll('img, script').length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a hostile host stylesheet neither shrinks the text nor turns its direction', async ({ page }) => {
  await open(page, {
    css: 'html { font-size: 10px; direction: rtl } * { font-size: 0 !important; direction: rtl !important }',
  });
  await page.locator('ai-salary-calculator').getByText('How we got there').click();
  const sizes = await page.locator('ai-salary-calculator').evaluate((el) => {
    const root = el.shadowRoot!;
    const px = (sel: string) => parseFloat(getComputedStyle(root.querySelector(sel)!).fontSize);
    return {
      root: px('.root'),
      label: px('label'),
      hint: px('.hint'),
      tick: px('.tick'),
      bandLabel: px('.band-label'),
      direction: getComputedStyle(root.querySelector('.root')!).direction,
    };
  });
  expect(sizes.root).toBe(16);
  expect(sizes.label).toBe(16);
  for (const small of [sizes.hint, sizes.tick, sizes.bandLabel]) expect(small).toBeGreaterThanOrEqual(11);
  expect(sizes.direction).toBe('ltr');
});

test('consulting: settings it does not use say so; empty fields show the defaults they stand for', async ({ page }) => {
  await open(page, { attrs: { mode: 'consulting' } });
  const calc = page.locator('ai-salary-calculator');
  await expect(calc.getByRole('textbox', { name: 'Hourly rate (USD)' })).toHaveAttribute('placeholder', '300–500');
  await expect(calc.getByRole('textbox', { name: 'Billable hours a year' })).toHaveAttribute('placeholder', '1200');
  await expect(calc.getByRole('textbox', { name: 'Business costs (% of revenue)' })).toHaveAttribute(
    'placeholder',
    '20',
  );
  await expect(calc.getByText('Used only for the salaried comparison.').first()).toBeVisible();
  await calc.getByRole('textbox', { name: 'Billable hours a year' }).fill('1,500');
  await expect.poll(async () => (await estimate(page)).low).toBe(360_000); // $300 × 1,500 × (1 − 20%)
  await calc.getByRole('textbox', { name: 'Hourly rate (USD)' }).fill('400');
  await expect(calc.locator('[data-result]')).toHaveText('$480,000 a year');
});

test('“copy link” points to the guide’s calculator page and carries changed assumptions', async ({ page }) => {
  // The made-up origin is not secure, so the clipboard is stubbed to record what is written.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void ((window as unknown as { copied: string }).copied = text) },
    });
  });
  await open(page, { attrs: { level: 'senior' } });
  const calc = page.locator('ai-salary-calculator');
  await calc.getByText('Assumptions (change them)').click();
  await calc.getByLabel('Premium for cloud fluency (%)').fill('12');
  await expect(calc.locator('summary', { hasText: 'Assumptions' })).toContainText('1 changed by you');
  await calc.getByRole('button', { name: 'Copy link to this estimate' }).click();
  await expect(calc.getByText('Link copied.')).toBeVisible();
  const copied = new URL(await page.evaluate(() => (window as unknown as { copied: string }).copied));
  expect(copied.origin + copied.pathname).toBe(`${ORIGIN}/tools/salary-calculator/`);
  expect(copied.searchParams.get('level')).toBe('senior');
  expect(copied.searchParams.get('assume')).toBe('premium-cloud:12');
});
