import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/lib/static-server.mjs';
import {
  MAX_LINE,
  MAX_RULES,
  contentSecurityPolicy,
  headerRules,
  inlineHashes,
  renderHeaders,
  withMetaPolicy,
} from '../../src/integrations/headers';

const hashes = inlineHashes(['<script>a()</script><style>p{}</style><script type="application/ld+json">{}</script>']);
const csp = contentSecurityPolicy(hashes);

/** 1,000 pages spread over folders the way the guide grows: many pages, few top-level folders. */
const thousandPages = Array.from({ length: 1000 }, (_, i) => `part-${i % 12}/chapter-${i}/`);
const topFolders = (pages: readonly string[]) => [...new Set(pages.map((p) => p.split('/')[0] ?? ''))];
const topFiles = ['index.html', '404.html', 'sw.js', 'favicon.svg', 'llms.txt', '_headers'];

describe('_headers', () => {
  for (const base of ['/', '/guide/']) {
    const folders = [...topFolders(thousandPages), 'embed', '_astro', 'pagefind'];
    const text = renderHeaders(headerRules(base, { folders, files: topFiles }, csp));
    const headersFor = parseHeadersFile(text);

    it(`stays within the hosts' limits for 1,000 pages (base ${base})`, () => {
      const rules = text.split('\n').filter((line) => line.startsWith('/'));
      expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
      expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(MAX_LINE);
    });

    it(`covers every address of a page and 404s, never setting a header twice (base ${base})`, () => {
      // parseHeadersFile joins the values of a header set by two rules, as Cloudflare does,
      // so an exact value proves one rule set it.
      const get = (address: string, name: string) => headersFor(`${base}${address}`).find(([n]) => n === name)?.[1];
      const pages = [
        '',
        'index.html',
        '404.html',
        'sw.js',
        'part-3/chapter-3/',
        'part-3/chapter-3/index.html',
        'part-3/does-not-exist/',
        '_astro/a.css',
      ];
      for (const address of pages) {
        expect(get(address, 'Content-Security-Policy'), address).toBe(csp);
        expect(get(address, 'X-Content-Type-Options'), address).toBe('nosniff');
        expect(get(address, 'X-Frame-Options'), address).toBe('DENY');
      }
      // A folder the site does not have: its 404 is refused framing too (the policy is
      // in 404.html itself, see withMetaPolicy).
      for (const address of ['no-such-folder/', 'nope/x/', 'nope/x/index.html', 'embedded/']) {
        expect(get(address, 'X-Frame-Options'), address).toBe('DENY');
        expect(get(address, 'X-Content-Type-Options'), address).toBe('nosniff');
        expect(get(address, 'Content-Security-Policy'), address).toBeUndefined();
      }
      // Embed pages: the same policy, plus frame-ancestors, which makes browsers ignore X-Frame-Options.
      for (const address of ['embed/salary-calculator/', 'embed/salary-calculator/index.html', 'embed/v1/resize.js']) {
        expect(get(address, 'Content-Security-Policy'), address).toBe(`${csp}; frame-ancestors *`);
        expect(get(address, 'Access-Control-Allow-Origin'), address).toBe('*');
      }
      expect(get('embed/v1/pinned/salary-calculator.abc.js', 'Cache-Control')).toBe(
        'public, max-age=31536000, immutable',
      );
      // Only the embed folder's policy allows framing.
      const framable = text.split('\n').filter((line) => line.includes('frame-ancestors'));
      expect(framable).toEqual([`  Content-Security-Policy: ${csp}; frame-ancestors *`]);
    });
  }

  it('refuses a top-level name that Netlify would match with the embed rule', () => {
    expect(() => headerRules('/', { folders: ['embed', 'embedded'], files: [] }, csp)).toThrow(/embedded/);
    expect(() => headerRules('/', { folders: ['embed'], files: ['embed.html'] }, csp)).toThrow(/embed\.html/);
  });

  it('puts the policy first in a page’s head, once, however often it is written', () => {
    const page = '<!DOCTYPE html><html><head><meta charset="utf-8"/><script>a()</script></head><body></body></html>';
    const once = withMetaPolicy(page, csp);
    expect(once).toContain(
      `<meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="${csp}"><script>`,
    );
    const twice = withMetaPolicy(withMetaPolicy(once, 'default-src none'), csp);
    expect(twice).toBe(once);
  });

  it('fails the build past 100 rules or 2,000 characters a line', () => {
    const folders = Array.from({ length: 100 }, (_, i) => `folder-${i}`);
    expect(() => renderHeaders(headerRules('/', { folders, files: [] }, csp))).toThrow(/100/);
    const many = inlineHashes(Array.from({ length: 60 }, (_, i) => `<script>f(${i})</script>`));
    expect(() => renderHeaders(headerRules('/', { folders: ['a'], files: [] }, contentSecurityPolicy(many)))).toThrow(
      /2000/,
    );
  });

  it('allows <style> elements by hash and keeps unsafe-inline to style attributes', () => {
    expect(csp).toContain(`style-src-elem 'self' '${hashes.styles[0]}'`);
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
    expect(csp).toContain("style-src 'self';");
    expect(csp.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(hashes.scripts).toHaveLength(1);
  });
});
