import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/lib/static-server.mjs';
import {
  MAX_LINE,
  MAX_RULES,
  contentSecurityPolicy,
  headerRules,
  inlineHashes,
  renderHeaders,
} from '../../src/integrations/headers';

const hashes = inlineHashes(['<script>a()</script><style>p{}</style><script type="application/ld+json">{}</script>']);
const csp = contentSecurityPolicy(hashes);

/** 1,000 pages spread over folders the way the guide grows: many pages, few top-level folders. */
const thousandPages = Array.from({ length: 1000 }, (_, i) => `part-${i % 12}/chapter-${i}/`);
const topFolders = (pages: readonly string[]) => [...new Set(pages.map((p) => p.split('/')[0] ?? ''))];

describe('_headers', () => {
  for (const base of ['/', '/guide/']) {
    const text = renderHeaders(headerRules(base, [...topFolders(thousandPages), 'embed', '_astro', 'pagefind'], csp));
    const headersFor = parseHeadersFile(text);

    it(`stays within the hosts' limits for 1,000 pages (base ${base})`, () => {
      const rules = text.split('\n').filter((line) => line.startsWith('/'));
      expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
      expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(MAX_LINE);
    });

    it(`covers every address of a page and 404s, never setting a header twice (base ${base})`, () => {
      const addresses = [
        '',
        'index.html',
        '404.html',
        'part-3/chapter-3/',
        'part-3/chapter-3/index.html',
        'part-3/does-not-exist/',
        'no-such-folder/',
        'embed/salary-calculator/',
        'embed/v1/pinned/salary-calculator.abc.js',
      ];
      for (const address of addresses) {
        const headers = headersFor(`${base}${address}`);
        // parseHeadersFile joins the values of a header set by two rules, as Cloudflare does,
        // so an exact value proves one rule set it.
        const get = (name: string) => headers.find(([n]) => n === name)?.[1];
        expect(get('Content-Security-Policy'), address).toBe(csp);
        expect(get('X-Content-Type-Options'), address).toBe('nosniff');
        const frame = get('X-Frame-Options');
        if (frame !== undefined) expect(frame, address).toBe('DENY');
      }
      const denied = [
        '',
        'index.html',
        '404.html',
        'part-3/chapter-3/',
        'part-3/chapter-3/index.html',
        'part-3/x/',
        '_astro/a.css',
      ];
      for (const address of denied)
        expect(headersFor(`${base}${address}`), address).toContainEqual(['X-Frame-Options', 'DENY']);
      for (const address of ['embed/salary-calculator/', 'embed/salary-calculator/index.html', 'embed/v1/resize.js']) {
        const headers = headersFor(`${base}${address}`);
        expect(
          headers.map(([n]) => n),
          address,
        ).not.toContain('X-Frame-Options');
        expect(headers, address).toContainEqual(['Access-Control-Allow-Origin', '*']);
      }
      expect(headersFor(`${base}embed/v1/pinned/salary-calculator.abc.js`)).toContainEqual([
        'Cache-Control',
        'public, max-age=31536000, immutable',
      ]);
    });
  }

  it('fails the build past 100 rules or 2,000 characters a line', () => {
    const folders = Array.from({ length: 100 }, (_, i) => `folder-${i}`);
    expect(() => renderHeaders(headerRules('/', folders, csp))).toThrow(/100/);
    const many = inlineHashes(Array.from({ length: 60 }, (_, i) => `<script>f(${i})</script>`));
    expect(() => renderHeaders(headerRules('/', ['a'], contentSecurityPolicy(many)))).toThrow(/2000/);
  });

  it('allows <style> elements by hash and keeps unsafe-inline to style attributes', () => {
    expect(csp).toContain(`style-src-elem 'self' '${hashes.styles[0]}'`);
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
    expect(csp).toContain("style-src 'self';");
    expect(csp.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(hashes.scripts).toHaveLength(1);
  });
});
