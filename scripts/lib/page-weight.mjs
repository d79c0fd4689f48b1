/**
 * What a built page makes the browser download before any interaction, from the
 * built files alone: its HTML, its stylesheets (linked and inline), and its
 * JavaScript (inline, module scripts, and everything they import statically;
 * dynamic imports, such as the search code, load later and are not counted).
 * Sizes are gzip (level 9), as a static host would serve them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (content) => gzipSync(content, { level: 9 }).length;

const attr = (tag, name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];

/** Maps a URL path of the site to a file in the build folder. */
function fileFor(distDir, base, urlPath, fromFile) {
  if (/^[a-z]+:/i.test(urlPath) || urlPath.startsWith('//')) return null;
  let path = urlPath.split(/[?#]/)[0];
  if (path.startsWith(base)) path = `/${path.slice(base.length)}`;
  else if (!path.startsWith('/')) path = posix.join(posix.dirname(`/${fromFile}`), path);
  const file = join(distDir, path);
  return existsSync(file) ? file : null;
}

/** A module's static imports and re-exports; the specifier is group 1 or 2. */
export const STATIC_IMPORT =
  /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']|export\s*[\w*{}\s,$]*\s*from\s*["']([^"']+)["']/g;

function collectModule(file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const specifier = match[1] ?? match[2];
    if (!specifier?.startsWith('.')) continue;
    const target = join(dirname(file), specifier);
    if (existsSync(target)) collectModule(target, seen);
  }
}

/**
 * @param {string} distDir the build folder
 * @param {string} base the base path it was built for ("/" or "/guide/")
 * @param {string} page a page path relative to the base ("", "role/")
 */
export function pageWeight(distDir, base, page) {
  const htmlFile = join(distDir, page, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const relative = posix.join(page, 'index.html');
  const cssFiles = new Set();
  const jsFiles = new Set();
  let inlineCss = '';
  let inlineJs = '';
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (attr(tag, 'rel') !== 'stylesheet') continue;
    const file = fileFor(distDir, base, attr(tag, 'href') ?? '', relative);
    if (file) cssFiles.add(file);
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) inlineCss += match[1];
  // Scripts inside a <template> load only when the page chooses to (live previews on request).
  const loaded = html.replace(/<template\b[\s\S]*?<\/template>/g, '');
  for (const match of loaded.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(match[1], 'src');
    if (src) {
      const file = fileFor(distDir, base, src, relative);
      if (file) collectModule(file, jsFiles);
    } else if (!/type="application\/(ld\+)?json"/.test(match[1])) {
      inlineJs += match[2];
    }
  }
  const concat = (files) => [...files].map((f) => readFileSync(f, 'utf8')).join('\n');
  return {
    html: gzipSize(html),
    css: gzipSize(concat(cssFiles) + inlineCss),
    js: gzipSize(concat(jsFiles) + inlineJs),
    requests: 1 + cssFiles.size + jsFiles.size,
    jsFiles: [...jsFiles],
  };
}

/** Byte budgets (gzip) by kind of page; the tests assert them, the benchmark prints them. */
export const BUDGETS = {
  chapterJs: 10 * 1024,
  calculatorJs: 20 * 1024,
  css: 15 * 1024,
  /** The whole-guide print page carries every chapter's component styles at once. */
  printCss: 20 * 1024,
};

/** The whole guide on one page, for printing (src/pages/print.astro). */
export const PRINT_PAGE = 'print/';

/** Pages that carry the calculator island get the calculator's budget. */
export const CALCULATOR_PAGES = ['tools/salary-calculator/', 'pay/', 'embed/salary-calculator/', 'tools/embed/'];

/** The readiness planner's page: a tool page like the calculator's, with its own budget for our code. */
export const PLANNER_PAGES = ['tools/planner/'];

/** Budgets (gzip) for the planner's own JavaScript, apart from Starlight's. */
export const PLANNER_BUDGETS = {
  /** The planner element with everything it imports. */
  plannerJs: 10 * 1024,
  /** What a chapter page with planner checklists adds to a plain chapter page. */
  checklistJs: 4 * 1024,
};

/**
 * The JavaScript a page loads beyond what a plain chapter page (`reference`) loads: the
 * page's own islands, gzip, with the files counted.
 */
export function ownJsWeight(distDir, base, page, reference = 'role/') {
  const plain = new Set(pageWeight(distDir, base, reference).jsFiles);
  const own = pageWeight(distDir, base, page).jsFiles.filter((f) => !plain.has(f));
  return { js: gzipSize(own.map((f) => readFileSync(f, 'utf8')).join('\n')), jsFiles: own };
}
