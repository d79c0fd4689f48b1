import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Figure from '../../src/components/Figure.astro';
import { guideData } from '../../src/data';
import { changeSchema, changelog } from '../../src/data/changelog';
import { editLinkConfig, parseRepoUrl, reportProblemUrl } from '../../src/lib/sharing/feedback';
import { pageToMarkdown } from '../../src/lib/sharing/llms';
import { renderLlmsBody, renderLlmsTxt, UNKNOWN_ORIGIN } from '../../src/lib/sharing/llms-files';
import { expectedImages } from '../../src/integrations/og-images';
import { shareOut } from '../../src/integrations/sharing';
import { PRINT_TITLE } from '../../src/lib/sharing/names';
import { ogImageCacheName, ogImagePath, ogSubtitle } from '../../src/lib/sharing/og';
import { partOf } from '../../src/search/parts';
import { compileSelectors } from '../../src/lib/sharing/hast-select';
import { chapterAnchor, rewriteChapterHtml } from '../../src/lib/sharing/print-html';
import { fillPrintPage, headStyles, printSlot } from '../../src/lib/sharing/print-page';
import { printOrder, readingOrder } from '../../src/lib/sharing/reading-order';
import { isIndexable, robotsTxt } from '../../src/lib/sharing/robots';
import { sidebar } from '../../src/sidebar';

describe('readingOrder', () => {
  it('lists the sidebar’s pages depth first, once each, with their groups', () => {
    const order = readingOrder([
      { label: 'Start', items: [{ label: 'Home', link: '/' }] },
      {
        label: 'Pay',
        items: [
          { label: 'Pay', slug: 'pay' },
          { label: 'Again', slug: 'pay' },
        ],
      },
      { label: 'Elsewhere', link: 'https://example.org/' },
      { label: 'Print it all', link: '/print/' },
      { label: 'Nested', items: [{ label: 'Inner', items: [{ label: 'Deep', slug: 'a/b' }] }] },
    ]);
    // The home page and the print page are ways into the guide, not chapters.
    expect(order).toEqual([
      { id: 'pay', path: 'pay/', label: 'Pay', group: 'Pay' },
      { id: 'a/b', path: 'a/b/', label: 'Deep', group: 'Inner' },
    ]);
  });

  it('follows the guide’s own sidebar, so a page added there is in it', () => {
    const ids = readingOrder(sidebar).map((c) => c.id);
    expect(ids[0]).toBe('role');
    expect(ids).not.toContain('index');
    expect(ids).toContain('reference/sources');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('feedback links', () => {
  it('are configured from REPO_URL, and absent without it', () => {
    expect(editLinkConfig('https://github.com/acme/guide')).toEqual({
      baseUrl: 'https://github.com/acme/guide/edit/main/',
    });
    expect(editLinkConfig('https://github.com/acme/guide.git/', 'trunk')).toEqual({
      baseUrl: 'https://github.com/acme/guide/edit/trunk/',
    });
    for (const missing of [undefined, '', '   ', 'not a url', 'javascript:alert(1)', 'ftp://x.org/r']) {
      expect(editLinkConfig(missing)).toBeUndefined();
      expect(reportProblemUrl(missing, { title: 'Pay', url: '/pay/' })).toBeUndefined();
    }
    expect(parseRepoUrl(' https://gitlab.example/team/guide ')).toBe('https://gitlab.example/team/guide');
  });

  it('prefill a new issue with the page’s title and address, encoded', () => {
    const href = reportProblemUrl('https://github.com/acme/guide', {
      title: 'Pay & "bands" <b>',
      url: 'https://example.org/pay/',
    });
    const url = new URL(href!);
    expect(url.origin + url.pathname).toBe('https://github.com/acme/guide/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem on “Pay & "bands" <b>”');
    expect(url.searchParams.get('body')).toContain('Page: https://example.org/pay/');
    expect(url.searchParams.get('body')).toMatch(/evidence/);
  });
});

describe('rewriteChapterHtml (the whole-guide page)', () => {
  it('turns asides into notes, so chapters’ asides of the same label are not landmarks of one name', () => {
    const html = rewriteChapterHtml('<aside aria-label="Your advantage" class="starlight-aside"><p>Tip</p></aside>', {
      chapter: 'paths/from-devops',
      base: '/',
      chapters: ['paths/from-devops'],
    });
    expect(html).toBe('<div aria-label="Your advantage" class="starlight-aside" role="note"><p>Tip</p></div>');
  });

  it('takes the names off sections inside a chapter, so only the chapter is a named region', () => {
    const html = rewriteChapterHtml('<section aria-labelledby="x"><h2 id="x">Serving</h2></section>', {
      chapter: 'reference/tools',
      base: '/',
      chapters: ['reference/tools'],
    });
    expect(html).toBe('<section><h3 id="ch-reference-tools--x">Serving</h3></section>');
  });

  it('names labelled regions and navigation by their chapter too, so two chapters may label theirs alike', () => {
    const html = rewriteChapterHtml(
      [
        '<div class="table-scroll" role="region" aria-label="Sources" tabindex="0"><table></table></div>',
        '<nav aria-label="Sources by kind" id="kinds"></nav>',
        '<div role="region" aria-labelledby="h"></div>',
      ].join(''),
      { chapter: 'pay', base: '/', chapters: ['pay'] },
    );
    expect(html).toContain(
      '<div class="table-scroll" role="region" aria-label="Sources" tabindex="0" id="ch-pay--landmark-1" aria-labelledby="ch-pay ch-pay--landmark-1">',
    );
    expect(html).toContain(
      '<nav aria-label="Sources by kind" id="ch-pay--kinds" aria-labelledby="ch-pay ch-pay--kinds">',
    );
    // A region named by an element of its chapter keeps that name (its id prefixed, as every id).
    expect(html).toContain('<div role="region" aria-labelledby="ch-pay--h">');
  });

  const options = { chapter: 'pay', base: '/guide/', chapters: ['index', 'pay', 'reference/sources'] };

  it('prefixes ids and the references to them, so chapters can share heading ids', () => {
    const html = rewriteChapterHtml(
      '<h2 id="range">Range</h2><a href="#range">up</a><label for="x">X</label><input id="x" aria-describedby="h e">',
      options,
    );
    expect(html).toContain('<h3 id="ch-pay--range">Range</h3>');
    expect(html).toContain('href="#ch-pay--range"');
    expect(html).toContain('for="ch-pay--x"');
    expect(html).toContain('aria-describedby="ch-pay--h ch-pay--e"');
  });

  it('turns links to chapters on the page into anchors, and leaves others alone', () => {
    const html = rewriteChapterHtml(
      [
        '<a href="/guide/reference/sources/#refonte-2025">a</a>',
        '<a href="/guide/">b</a>',
        '<a href="/guide/tools/embed/">c</a>',
        '<a href="https://example.org/pay/">d</a>',
        '<a href="/guide/pay/?level=senior">e</a>',
      ].join(''),
      options,
    );
    expect(html).toContain('href="#ch-reference-sources--refonte-2025"');
    expect(html).toContain('href="#ch-index"');
    expect(html).toContain('href="/guide/tools/embed/"');
    expect(html).toContain('href="https://example.org/pay/"');
    expect(html).toContain('href="/guide/pay/?level=senior"');
  });

  it('shows chosen interactive elements by their static content, without their drawn form', () => {
    const html = rewriteChapterHtml(
      '<ai-salary-calculator class="x" sync-url guide-url="/" data-a="1"><template shadowrootmode="open"><form aria-label="f"></form></template><p>Bands</p></ai-salary-calculator>',
      {
        ...options,
        staticElements: ['ai-salary-calculator'],
      },
    );
    expect(html).toBe('<div class="x" data-a="1" data-print-static="ai-salary-calculator"><p>Bands</p></div>');
  });

  it('leaves out what the options remove', () => {
    const html = rewriteChapterHtml(
      '<p>a<script>x()</script></p><div data-embed-preview><iframe></iframe></div><p>b</p>',
      {
        ...options,
        remove: ['script', '[data-embed-preview]'],
      },
    );
    expect(html).toBe('<p>a</p><p>b</p>');
  });

  it('moves headings one level down, stopping at h6', () => {
    const html = rewriteChapterHtml('<h1>a</h1><h5>b</h5><h6>c</h6>', options);
    expect(html).toBe('<h2>a</h2><h6>b</h6><h6>c</h6>');
    expect(chapterAnchor('reference/sources')).toBe('ch-reference-sources');
  });
});

describe('the whole-guide page, filled after the build', () => {
  const shell = [
    '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/site.css"><style>.own{}</style></head><body>',
    `<section><h2>Pay</h2>${printSlot('pay')}</section><section><h2>Sources</h2>${printSlot('reference/sources')}</section>`,
    '</body></html>',
  ].join('');

  it('puts each chapter in its place and adds the stylesheets its pages use, once', () => {
    const chapterHead = '<link rel="stylesheet" href="/_astro/site.css"><style>.figure{}</style><style>.own{}</style>';
    const page = fillPrintPage(
      shell,
      [
        { id: 'pay', html: '<p>Pay $&amp; bands</p>' },
        { id: 'reference/sources', html: '<p>Sources</p>' },
      ],
      [
        ...headStyles(`<html><head>${chapterHead}</head><body><style>.body{}</style></body></html>`),
        '<style>.figure{}</style>',
      ],
    );
    expect(page).toContain('<section><h2>Pay</h2><p>Pay $&amp; bands</p></section>');
    expect(page).toContain('<h2>Sources</h2><p>Sources</p>');
    expect(page).not.toContain('guide:print-chapter');
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head.match(/<style>\.figure\{\}<\/style>/g)).toHaveLength(1);
    expect(head.match(/site\.css/g)).toHaveLength(1);
    expect(head.match(/\.own/g)).toHaveLength(1);
    // Styles in a chapter's body are part of its content, not of its head.
    expect(head).not.toContain('.body');
  });

  it('fails the build when a chapter has no place on the page', () => {
    expect(() => fillPrintPage(shell, [{ id: 'career', html: '<p>x</p>' }], [])).toThrow(/career/);
  });

  it('lists every chapter in reading order, closed by the sources', () => {
    const order = printOrder([{ label: 'Pay', items: [{ label: 'Pay', slug: 'pay' }] }]);
    expect(order.map((c) => c.id)).toEqual(['pay', 'reference/sources']);
    expect(printOrder(sidebar).filter((c) => c.id === 'reference/sources')).toHaveLength(1);
  });
});

describe('chapters shared out between worker threads', () => {
  it('gives every chapter to one thread, in page order, and balances the sizes', () => {
    const sizes = [900, 100, 400, 300, 300, 50, 700, 200];
    const groups = shareOut(sizes, 2);
    expect(groups).toHaveLength(2);
    expect(groups.flat().sort((a, b) => a - b)).toEqual(sizes.map((_, i) => i));
    for (const group of groups) expect(group).toEqual([...group].sort((a, b) => a - b));
    const totals = groups.map((group) => group.reduce((sum, i) => sum + (sizes[i] ?? 0), 0));
    expect(Math.abs((totals[0] ?? 0) - (totals[1] ?? 0))).toBeLessThanOrEqual(Math.max(...sizes));
  });

  it('starts no more threads than there are chapters, and at least one', () => {
    expect(shareOut([5, 6], 8)).toEqual([[1], [0]]);
    expect(shareOut([5, 6, 7], 0)).toEqual([[0, 1, 2]]);
    expect(shareOut([], 2)).toEqual([]);
  });
});

describe('compiled selectors', () => {
  const element = (tagName: string, properties: Record<string, unknown>) =>
    ({ type: 'element', tagName, properties, children: [] }) as Parameters<ReturnType<typeof compileSelectors>>[0];

  it('match tags, classes and data attributes as CSS does, and hand the rest to hast-util-select', () => {
    const test = compileSelectors(['script', '.sl-anchor-link', '[data-embed-preview]']);
    expect(test(element('script', {}))).toBe(true);
    expect(test(element('a', { className: ['x', 'sl-anchor-link'] }))).toBe(true);
    expect(test(element('a', { className: ['sl-anchor-linkx'] }))).toBe(false);
    expect(test(element('div', { dataEmbedPreview: '' }))).toBe(true);
    expect(test(element('div', { dataEmbed: '' }))).toBe(false);
    expect(test(element('b', {}))).toBe(false);
    expect(compileSelectors(['a[href^="/"]'])(element('a', { href: '/x' }))).toBe(true);
  });
});

describe('llms.txt', () => {
  const chapter = { id: 'pay', path: 'pay/', label: 'Pay', group: 'Pay' };
  const page = (body: string) =>
    `<!doctype html><html><head><meta name="description" content="Pay in brief."></head><body><main><h1>Salary and pay</h1><div class="sl-markdown-content">${body}</div></main></body></html>`;

  it('writes figures and citations out as text, never as component tags', async () => {
    const container = await AstroContainer.create();
    const figure = await container.renderToString(Figure, { props: { id: 'pay-us-range' } });
    const result = pageToMarkdown(
      page(`<p>Pay is ${figure} in the US.</p>`),
      chapter,
      'https://example.org/guide/pay/',
    );
    expect(result.full).toContain('$120,000–$200,000 a year');
    expect(result.full).toMatch(
      /\[Refonte Learning, 2025\]\(https:\/\/example\.org\/reference\/sources\/#refonte-2025/,
    );
    expect(result.full).not.toMatch(/<Figure|<Cite|<span/);
    expect(result.title).toBe('Salary and pay');
    expect(result.description).toBe('Pay in brief.');
  });

  it('drops anchors and scripts, keeps tables, and leaves details out of the short version', () => {
    const result = pageToMarkdown(
      page(
        '<div class="sl-heading-wrapper"><h2 id="a">Bands</h2><a class="sl-anchor-link" href="#a">Section titled Bands</a></div>' +
          '<table><thead><tr><th>Level</th><th>Pay</th></tr></thead><tbody><tr><td>Senior</td><td>$1</td></tr></tbody></table>' +
          '<details><summary>More</summary><p>Hidden detail</p></details><script>alert(1)</script><a href="/pay/#a">rel</a>',
      ),
      chapter,
      `${UNKNOWN_ORIGIN}/pay/`,
    );
    expect(result.full).toContain('## Bands');
    expect(result.full).not.toContain('Section titled');
    expect(result.full).toMatch(/\| Level +\| Pay +\|\n\| -+ \| -+ \|\n\| Senior \| \$1 +\|/);
    expect(result.full).toContain('Hidden detail');
    expect(result.full).not.toContain('alert');
    expect(result.full).toContain('](/pay/#a)');
    expect(result.small).not.toContain('Hidden detail');
  });

  it('lists every chapter under its sidebar group, and the bodies in order', () => {
    const site = { title: 'Guide', description: 'About.', root: 'https://example.org/' };
    const pages = [
      {
        chapter: { id: 'index', path: '', label: 'Home', group: undefined },
        title: 'Home',
        description: '',
        full: 'H',
        small: 'h',
      },
      { chapter, title: 'Salary and pay', description: 'Pay.', full: 'P', small: 'p' },
    ];
    const txt = renderLlmsTxt(site, pages);
    expect(txt).toContain('- [Home](https://example.org/)');
    expect(txt).toContain('## Pay\n\n- [Salary and pay](https://example.org/pay/): Pay.');
    expect(txt).toContain('(https://example.org/llms-full.txt)');
    const full = renderLlmsBody(site, pages, 'full');
    expect(full.indexOf('# Home')).toBeLessThan(full.indexOf('# Salary and pay'));
    expect(renderLlmsBody(site, pages, 'small')).toContain('\np\n');
  });
});

describe('robots and sitemap', () => {
  it('keeps the embed frames and the print copy out of the sitemap', () => {
    expect(isIndexable('/guide/pay/', '/guide/')).toBe(true);
    expect(isIndexable('/guide/embed/salary-calculator/', '/guide/')).toBe(false);
    expect(isIndexable('/print/', '/')).toBe(false);
  });
  it('names the sitemap only when the site’s address is known', () => {
    expect(robotsTxt('https://example.org/guide/')).toContain('Sitemap: https://example.org/guide/sitemap-index.xml');
    expect(robotsTxt(undefined)).not.toContain('Sitemap');
  });
});

describe('Open Graph images', () => {
  it('have one address per page and name the part', () => {
    expect(ogImagePath('')).toBe('og/index.png');
    expect(ogImagePath('reference/sources')).toBe('og/reference/sources.png');
    expect(ogSubtitle('Guide', 'Pay')).toBe('Pay · Guide');
    expect(ogSubtitle('Guide', undefined)).toBe('Guide');
  });

  it('are drawn ahead for the titles and parts in the pages’ frontmatter', () => {
    const page = (frontmatter: string) => `---\n${frontmatter}\ndescription: x\n---\n\n# Body\ntitle: not this\n`;
    const images = expectedImages([
      { path: 'pay/index.mdx', source: page('title: Salary and pay') },
      { path: 'index.mdx', source: page("title: 'The guide''s home'") },
      { path: 'stack/serving.mdx', source: page('title: "Serving \\"fast\\"" # quoted') },
      { path: 'Odd/Name.md', source: page('title: Plain # a comment\nslug: role') },
      { path: 'folded.md', source: page('title: >\n  Folded') },
    ]);
    expect(images).toEqual([
      { title: PRINT_TITLE, part: undefined },
      { title: 'Salary and pay', part: partOf('pay') },
      { title: "The guide's home", part: undefined },
      { title: 'Serving "fast"', part: partOf('stack/serving') },
      { title: 'Plain', part: partOf('role') },
    ]);
    expect(partOf('pay')).toBeDefined();
    // The same images, so the same cache files, as the route draws from the collection.
    expect(ogImageCacheName(images[1]!)).toBe(ogImageCacheName({ title: 'Salary and pay', part: partOf('pay') }));
    expect(ogImageCacheName(images[1]!)).not.toBe(ogImageCacheName({ title: 'Salary and pay', part: undefined }));
  });
});

describe('changelog', () => {
  it('names only figures that exist', () => {
    const ids = new Set(guideData.facts.map((f) => f.id));
    for (const change of changelog) for (const id of change.figures) expect(ids).toContain(id);
  });
  it('is newest first, and rejects an entry without a reason', () => {
    const dates = changelog.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(
      changeSchema.safeParse({ date: '2026-11-27', kind: 'correction', figures: [], summary: 'A change.', reason: '' })
        .success,
    ).toBe(false);
  });
});
