import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addressProblems,
  buildFileExists,
  cssAddresses,
  htmlAddresses,
  moduleSpecifiers,
  readBuilt,
  viteDeps,
} from './addresses';

// Every page of the sub-path build, from its files: each address it holds (links, scripts,
// styles, images, fonts in its stylesheets, and the modules its scripts import or preload)
// stays under /guide/ and names a file of the build. A page costs milliseconds here; the
// browser loads one page of each kind (tests/e2e/subpath.spec.ts) for what scripts request.
const DIR = 'dist-guide';
const BASE = '/guide/';
const exists = (path: string) => buildFileExists(DIR, path);

const pages = readdirSync(DIR, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .sort();

/** Stylesheets and scripts seen so far: each is checked once, for the first page that uses it. */
const checkedFiles = new Set<string>();

/** The problems of a stylesheet or script of the build (a path under the base), and of what it imports. */
function fileProblems(path: string): string[] {
  if (checkedFiles.has(path) || !exists(path)) return [];
  checkedFiles.add(path);
  const text = readBuilt(DIR, path);
  const from = `${BASE}${path}`;
  if (path.endsWith('.css')) return addressProblems(cssAddresses(text), from, BASE, exists);
  if (!path.endsWith('.js')) return [];
  const specifiers = moduleSpecifiers(text);
  const problems = [
    ...addressProblems(specifiers, from, BASE, exists),
    // Vite's preload list is relative to the base, not to the module.
    ...addressProblems(viteDeps(text), BASE, BASE, exists),
  ];
  for (const specifier of specifiers) {
    const target = posix.join(posix.dirname(path), specifier);
    problems.push(...fileProblems(target).map((p) => `${target} → ${p}`));
  }
  return problems;
}

describe(`addresses of every page of the sub-path build (${DIR})`, () => {
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(15));
  for (const file of pages) {
    it(`${file}: every address stays under ${BASE} and names a file of the build`, () => {
      const from = `${BASE}${file.replace(/index\.html$/, '')}`;
      const addresses = htmlAddresses(readBuilt(DIR, file));
      const problems = addressProblems(addresses, from, BASE, exists);
      for (const address of addresses) {
        const url = new URL(address, `http://site.invalid${from}`);
        if (url.host !== 'site.invalid' || !url.pathname.startsWith(BASE)) continue;
        const path = url.pathname.slice(BASE.length);
        if (/\.(css|js)$/.test(path)) problems.push(...fileProblems(path).map((p) => `${path} → ${p}`));
      }
      expect(problems, `addresses of ${file}`).toEqual([]);
    });
  }
});

describe('the address check', () => {
  const inBuild = (path: string) => ['', 'role/', '_astro/a.css', '_astro/b.js'].includes(path);
  it('reports an address outside the base, an escape by "..", and a missing file', () => {
    const html =
      '<a href="/role/">x</a><a href="../../elsewhere/">y</a><img src="/guide/_astro/missing.png" alt="">' +
      '<link rel="stylesheet" href="/guide/_astro/a.css"><script type="module" src="/guide/_astro/b.js"></script>' +
      '<a href="/guide/role/#part">z</a><a href="https://example.org/">w</a><a href="#top">v</a>';
    expect(addressProblems(htmlAddresses(html), '/guide/role/', BASE, inBuild)).toEqual([
      '/role/: outside /guide/',
      '../../elsewhere/: outside /guide/',
      '/guide/_astro/missing.png: no such file in the build',
    ]);
  });
  it('reads srcset entries, inline style urls, stylesheet urls and module specifiers', () => {
    expect(
      htmlAddresses('<img srcset="/a.png 1x, /b.png 2x" alt=""><style>p{background:url("/c.png")}</style>'),
    ).toEqual(['/a.png', '/b.png', '/c.png']);
    expect(cssAddresses("@font-face{src:url(./f.woff2) format('woff2'),url('/g.woff')}")).toEqual([
      './f.woff2',
      '/g.woff',
    ]);
    expect(moduleSpecifiers('import{a as b}from"./x.js";import"./y.js";const z=()=>import("./z.js")')).toEqual([
      './x.js',
      './y.js',
      './z.js',
    ]);
    expect(
      viteDeps('const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.js"])))=>i'),
    ).toEqual(['_astro/a.js', '_astro/b.js']);
  });
});
