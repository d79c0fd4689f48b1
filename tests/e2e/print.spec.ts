import { expect, test, type Page } from '@playwright/test';
import { chapterAnchor } from '../../src/lib/sharing/print-html';
import { readingOrder } from '../../src/lib/sharing/reading-order';
import { sidebar } from '../../src/sidebar';
import { expectNoProblems, watchPage } from './support/audit';
import { builtPages } from './support/site';

// Print, link previews, llms.txt and feedback links, on both builds. The root build
// (scripts/e2e.mjs) is made with REPO_URL set; the /guide/ build without it.
const chapters = readingOrder(sidebar);
const SITE_CONTROLS = [
  'header.header',
  'nav.sidebar',
  '.right-sidebar-container',
  'starlight-theme-select',
  'guide-search',
  '.pagination-links',
  '.feedback',
];

async function expectNoNavigation(page: Page): Promise<void> {
  for (const selector of SITE_CONTROLS) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
  }
}

/** Every figure, table and chart in the content keeps out of page breaks. */
async function expectKeptWhole(page: Page): Promise<number> {
  const breaks = await page
    .locator('.sl-markdown-content')
    .first()
    .evaluate((root) =>
      [...root.querySelectorAll('figure, table, svg, .pay-band-chart')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => `${el.tagName.toLowerCase()}:${getComputedStyle(el).breakInside}`),
    );
  expect(
    breaks.filter((b) => !b.endsWith(':avoid')),
    'elements a page break may cut',
  ).toEqual([]);
  return breaks.length;
}

test('a chapter prints its text alone, links with their addresses, charts and tables whole', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('pay/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('h1').first()).toBeVisible();
  await expectNoNavigation(page);
  expect(await expectKeptWhole(page)).toBeGreaterThan(0);
  const link = page.locator('.sl-markdown-content p a[href^="/"]:not(.sl-anchor-link)').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href!);
  expectNoProblems(problems);
});

test('the whole-guide page has every chapter in sidebar order, a contents list and the sources', async ({
  page,
  baseURL,
}) => {
  test.slow(); // the longest page of the site
  const problems = watchPage(page, new URL(baseURL!).origin);
  const response = await page.goto('print/');
  expect(response?.status()).toBe(200);
  await page.emulateMedia({ media: 'print' });
  await expectNoNavigation(page);

  const sections = page.locator('section.print-chapter');
  const expected = chapters.map((c) => chapterAnchor(c.id));
  if (!expected.includes(chapterAnchor('reference/sources'))) expected.push(chapterAnchor('reference/sources'));
  // One look at the page (a loaded machine makes many round trips slow): the chapters'
  // headings in order, the contents links, and where links between chapters lead.
  const found = await page.evaluate(() => ({
    sections: [...document.querySelectorAll('section.print-chapter')].map((s) => {
      const heading = document.getElementById(s.getAttribute('aria-labelledby') ?? '');
      return {
        id: heading?.id,
        text: heading?.textContent?.trim(),
        visible: heading ? heading.getClientRects().length > 0 : false,
      };
    }),
    contents: [...document.querySelectorAll('nav.print-contents a')].map((a) => a.getAttribute('href')),
    unresolved: [...document.querySelectorAll<HTMLAnchorElement>('.print-chapter a[href^="#ch-"]')]
      .map((a) => a.getAttribute('href')!.slice(1))
      .filter((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length !== 1),
    internal: document.querySelectorAll('.print-chapter a[href^="#ch-"]').length,
  }));
  expect(found.sections.map((s) => s.id)).toEqual(expected);
  for (const section of found.sections) {
    expect(section.visible, section.id).toBe(true);
    expect(section.text, section.id).toMatch(/\S/);
  }
  expect(found.contents).toEqual(expected.map((id) => `#${id}`));
  // Links between chapters stay inside the page, and each leads to exactly one element.
  expect(found.internal).toBeGreaterThan(0);
  expect(found.unresolved).toEqual([]);
  // Each chapter starts on a new sheet, and nothing keeps figures from staying whole.
  expect(await sections.nth(1).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  expect(await expectKeptWhole(page)).toBeGreaterThan(0);
  // The sources are part of the document.
  await expect(page.locator(`#${chapterAnchor('reference/sources')}`)).toBeVisible();
  // Labelled landmarks in a chapter carry its title, so two chapters may label theirs alike.
  const landmarks = page.locator('.print-chapter :is([role="region"], nav)[aria-label]');
  expect(await landmarks.count()).toBeGreaterThan(0);
  for (const landmark of await landmarks.all()) {
    const name = await landmark.evaluate((el) => {
      const title = el.closest('section.print-chapter')?.querySelector('h2')?.textContent ?? '';
      return `${title} ${el.getAttribute('aria-label')}`.replace(/\s+/g, ' ').trim();
    });
    await expect(landmark).toHaveAccessibleName(name);
  }
  // The calculator prints the cited bands, not a form.
  await expect(page.locator('ai-salary-calculator')).toHaveCount(0);
  await expect(page.locator('.print-chapter form')).toHaveCount(0);
  expectNoProblems(problems);
});

test('every page has a link-preview image: a 1200×630 PNG of at most 60 KB', async ({ page, request, baseURL }) => {
  const pages = builtPages('dist').filter((p) => !p.startsWith('embed/'));
  expect(pages.length).toBeGreaterThan(15);
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, `og:image of /${path}`).toBeTruthy();
    expect(html).toMatch(/<meta name="twitter:image" content="[^"]+"/);
    expect(html).toMatch(/<meta name="twitter:title" content="[^"]+"/);
    const response = await request.get(new URL(image!, baseURL).href);
    expect(response.status(), image).toBe(200);
    const png = await response.body();
    expect(png.subarray(0, 8).toString('hex'), `${image} is a PNG`).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${image} size`).toEqual([1200, 630]);
    expect(png.length, `${image} bytes`).toBeLessThanOrEqual(60 * 1024);
  }
  // The embed frame stays out of search engines.
  await page.goto('embed/salary-calculator/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('llms.txt lists every chapter; the full text has figures as numbers, not component tags', async ({
  page,
  request,
  baseURL,
}) => {
  const base = new URL(baseURL!).pathname;
  const llms = await (await request.get('llms.txt')).text();
  for (const chapter of chapters) expect(llms, chapter.id).toContain(`](${base}${chapter.path})`);
  for (const file of ['llms.txt', 'llms-full.txt', 'llms-small.txt']) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    const text = await response.text();
    expect(text, file).not.toMatch(/<(Figure|Cite)\b/);
  }
  // A figure as the pay chapter shows it appears, word for word, in llms-full.txt.
  await page.goto('pay/');
  const figure = (await page.locator('[data-figure]').first().textContent())!.trim();
  expect(figure).toMatch(/\d/);
  expect(await (await request.get('llms-full.txt')).text()).toContain(figure);
  // robots.txt is there; without SITE_URL it names no sitemap.
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  expect(robots).not.toContain('Sitemap:');
});

test('edit and report links appear exactly when the build has a repository address', async ({ page }, testInfo) => {
  await page.goto('pay/');
  const edit = page.locator('a[data-feedback="edit"]');
  const report = page.locator('a[data-feedback="report"]');
  if (testInfo.project.name === 'root') {
    await expect(edit).toHaveText(/Edit page/i);
    const editHref = (await edit.getAttribute('href'))!;
    expect(editHref).toMatch(/^https:\/\/[^/]+\/[^/]+\/[^/]+\/edit\/main\/src\/content\/docs\/pay\/index\.mdx$/);
    const repo = editHref.slice(0, editHref.indexOf('/edit/'));
    await expect(report).toHaveText('Report a problem with this page');
    const url = new URL((await report.getAttribute('href'))!);
    expect(`${url.origin}${url.pathname}`).toBe(`${repo}/issues/new`);
    expect(url.searchParams.get('title')).toContain(await page.locator('h1').first().innerText());
    expect(url.searchParams.get('body')).toContain('/pay/');
  } else {
    await expect(edit).toHaveCount(0);
    await expect(report).toHaveCount(0);
  }
});
