/**
 * Puts a chapter's rendered HTML inside the whole-guide page: every id gets the
 * chapter's prefix (chapters reuse heading ids, and ids must be unique), the
 * references to those ids follow, links to other chapters of the guide become
 * links inside the page, headings move one level down under the chapter's own
 * heading, and chosen interactive elements are shown by their static content.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { compileSelectors, type ElementTest } from './hast-select.ts';

/** The page-wide id of a chapter ("pay" → "ch-pay", "reference/sources" → "ch-reference-sources"). */
export function chapterAnchor(id: string): string {
  return `ch-${id.replace(/[^a-z0-9]+/gi, '-')}`;
}

export interface RewriteOptions {
  /** The chapter being rewritten (its docs id). */
  chapter: string;
  /** The site's base path ("/" or "/guide/"). */
  base: string;
  /** Docs ids of every chapter on the page, for turning links between them into anchors. */
  chapters: readonly string[];
  /**
   * Interactive custom elements shown on this page by their static content (what
   * they hold before they upgrade), e.g. the calculator's summary of the cited bands.
   */
  staticElements?: readonly string[];
  /** Elements left out of the page (CSS selectors), e.g. scripts and live previews. */
  remove?: readonly string[];
}

const ID_LIST_ATTRIBUTES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'headers'] as const;
const HEADING = /^h([1-6])$/;

function prefixed(chapter: string, id: string): string {
  return `${chapterAnchor(chapter)}--${id}`;
}

/** The chapter a site path points to ("/guide/pay/" → "pay"), if it is on the page. */
function chapterOfPath(pathname: string, base: string, chapters: ReadonlySet<string>): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return undefined;
  const rest = pathname.slice(root.length).replace(/\/+$/, '');
  const id = rest === '' ? 'index' : rest;
  return chapters.has(id) ? id : undefined;
}

function rewriteHref(href: string, options: RewriteOptions, chapters: ReadonlySet<string>): string {
  if (href.startsWith('#')) return href.length > 1 ? `#${prefixed(options.chapter, href.slice(1))}` : href;
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const url = new URL(href, 'https://site.invalid');
  const target = chapterOfPath(url.pathname, options.base, chapters);
  if (target === undefined || url.search !== '') return href;
  const fragment = url.hash.slice(1);
  return fragment ? `#${prefixed(target, decodeURIComponent(fragment))}` : `#${chapterAnchor(target)}`;
}

function visit(node: Root | Element, fn: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    fn(child);
    visit(child, fn);
    if (child.content) visit(child.content, fn);
  }
}

function prune(node: Root | Element, removed: ElementTest): void {
  node.children = node.children.filter((child) => child.type !== 'element' || !removed(child));
  for (const child of node.children) if (child.type === 'element') prune(child, removed);
}

/** The options of every chapter on the whole-guide page (src/pages/print.astro). */
export function printPageOptions(chapter: string, base: string, chapters: readonly string[]): RewriteOptions {
  return {
    chapter,
    base,
    chapters,
    // One document of every chapter: the calculator shows its cited bands, not a form to fill in.
    staticElements: ['ai-salary-calculator'],
    // A document to read and print: no live previews, and none of the scripts they need.
    remove: ['script', 'iframe', '[data-embed-preview]'],
  };
}

export function rewriteChapterHtml(html: string, options: RewriteOptions): string {
  return toHtml(rewriteChapterTree(fromHtml(html, { fragment: true }), options));
}

/** rewriteChapterHtml on a parsed chapter (changed in place, and returned). */
export function rewriteChapterTree(tree: Root, options: RewriteOptions): Root {
  if (options.remove?.length) prune(tree, compileSelectors(options.remove));
  const chapters = new Set(options.chapters);
  let landmarks = 0;
  visit(tree, (element) => {
    const props = element.properties;
    // Labelled regions and navigation (a table's scroll region, a list of sources) are
    // landmarks, and two chapters may label theirs alike ("Sources", a component's table):
    // here each is named by its chapter's heading and then its own label, which it reads
    // through a reference to itself (the accessible-name rules take aria-label there).
    const landmark = element.tagName === 'nav' || props['role'] === 'region';
    const named = landmark && typeof props['ariaLabel'] === 'string' && props['ariaLabelledBy'] === undefined;
    if (named) {
      landmarks += 1;
      if (typeof props['id'] !== 'string' || props['id'] === '') props['id'] = `landmark-${landmarks}`;
      props['ariaLabelledBy'] = [chapterAnchor(options.chapter), prefixed(options.chapter, String(props['id']))];
    }
    if (typeof props['id'] === 'string' && props['id'] !== '') props['id'] = prefixed(options.chapter, props['id']);
    if (typeof props['htmlFor'] === 'string' || Array.isArray(props['htmlFor'])) {
      const ids = Array.isArray(props['htmlFor']) ? props['htmlFor'].map(String) : [String(props['htmlFor'])];
      props['htmlFor'] = ids.map((id) => prefixed(options.chapter, id));
    }
    for (const name of ID_LIST_ATTRIBUTES) {
      const value = props[name];
      if (value === undefined || value === null || (named && name === 'ariaLabelledBy')) continue;
      const ids = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/).filter(Boolean);
      props[name] = ids.map((id) => prefixed(options.chapter, id));
    }
    if (typeof props['href'] === 'string') props['href'] = rewriteHref(props['href'], options, chapters);
    if (options.staticElements?.includes(element.tagName)) {
      // Its own attributes mean nothing on a <div>: keep only classes and data.
      element.properties = Object.fromEntries(
        Object.entries(props).filter(([name]) => name === 'className' || name.startsWith('data')),
      );
      element.properties['dataPrintStatic'] = element.tagName;
      element.tagName = 'div';
      // Its drawing for the browser (a declarative shadow root) would cover the static
      // content with a form again: the static content alone is kept.
      element.children = element.children.filter(
        (child) =>
          !(
            child.type === 'element' &&
            child.tagName === 'template' &&
            Object.keys(child.properties).some((name) => name.toLowerCase() === 'shadowrootmode')
          ),
      );
      return;
    }
    // Asides are landmarks, and chapters reuse their labels ("Your advantage"): on one page
    // they would be landmarks of the same name, so here they are notes.
    if (element.tagName === 'aside') {
      element.tagName = 'div';
      props['role'] = 'note';
    }
    // Named sections are region landmarks: inside a chapter, whose own section is the
    // landmark, they lose their name (a tool map's "Serving and inference" would otherwise
    // share it with the chapter of that title).
    if (element.tagName === 'section') {
      delete props['ariaLabelledBy'];
      delete props['ariaLabel'];
    }
    const level = HEADING.exec(element.tagName);
    if (level) element.tagName = `h${Math.min(6, Number(level[1]) + 1)}`;
  });
  return tree;
}
