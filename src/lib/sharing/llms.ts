/**
 * The text of llms.txt, llms-full.txt and llms-small.txt, from the built pages
 * (llms-files.ts puts it together). Working from the finished HTML means every
 * <Figure> and <Cite> is already its number and source, exactly as readers see
 * them; nothing here reads component tags.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { compileSelectors, type ElementTest } from './hast-select.ts';
import { UNKNOWN_ORIGIN, type BuiltPage } from './llms-files.ts';
import type { Chapter } from './reading-order.ts';

/** Removed from every page: heading anchor links, scripts, and what only works on screen. */
const ALWAYS_REMOVED = compileSelectors([
  '.sl-anchor-link',
  'script',
  'style',
  'template',
  'noscript',
  'button',
  'dialog',
]);
/** Also removed from llms-small.txt: what a short summary can do without. */
const SMALL_REMOVED = compileSelectors([
  'details',
  '.starlight-aside--note',
  '.starlight-aside--tip',
  '.expressive-code',
  'pre',
]);

function removeMatching(tree: Root | Element, removed: ElementTest): void {
  const prune = (node: Root | Element): void => {
    node.children = node.children.filter(
      (child: RootContent) => child.type !== 'comment' && !(child.type === 'element' && removed(child)),
    );
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  prune(tree);
}

/** Makes links absolute against the page's address, so they work outside the site. */
function absoluteLinks(tree: Element, pageUrl: string): void {
  for (const link of selectAll('a[href]', tree)) {
    const href = String(link.properties['href']);
    try {
      const absolute = new URL(href, pageUrl).href;
      link.properties['href'] = absolute.startsWith(`${UNKNOWN_ORIGIN}/`)
        ? absolute.slice(UNKNOWN_ORIGIN.length)
        : absolute;
    } catch {
      // Leave an unparsable address as written.
    }
  }
}

function toMarkdownText(content: Element): string {
  // toMdast works on a copy of what it is given, so `content` stays as it was.
  const mdast = toMdast({ type: 'root', children: content.children });
  return toMarkdown(mdast, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_' })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * One built page as Markdown, its links made absolute against `pageUrl` (with
 * UNKNOWN_ORIGIN when the site's address is not known: those links become
 * root-relative paths).
 */
export function pageToMarkdown(html: string, chapter: Chapter, pageUrl: string): BuiltPage {
  return mainToMarkdown(parseMain(html), descriptionOf(html), chapter, pageUrl);
}

/** A built page's `<main>`, parsed: the head and the sidebar would cost build time for nothing. */
export function parseMain(html: string): Root {
  const main = /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0] ?? html;
  return fromHtml(main, { fragment: true });
}

/** What a built page's chapter text is in: its Markdown content, else all of `<main>`. */
export function contentOf(main: Root): Element | undefined {
  return select('.sl-markdown-content', main) ?? select('main', main);
}

/** A built page's description, from its `<meta name="description">`. */
export function descriptionOf(html: string): string {
  return decodeAttribute(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
}

/** pageToMarkdown on an already parsed `<main>` (see parseMain), which it changes. */
export function mainToMarkdown(tree: Root, description: string, chapter: Chapter, pageUrl: string): BuiltPage {
  const content = contentOf(tree);
  const h1 = select('h1', tree);
  const title = h1 ? textOf(h1) : chapter.label;
  if (!content) return { chapter, title, description, full: '', small: '' };
  removeMatching(content, ALWAYS_REMOVED);
  absoluteLinks(content, pageUrl);
  const full = toMarkdownText(content);
  removeMatching(content, SMALL_REMOVED);
  const small = toMarkdownText(content);
  return { chapter, title, description, full, small };
}

/** The few entities an attribute value carries in Astro's output. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function textOf(node: Element): string {
  let text = '';
  const walk = (n: Element | RootContent): void => {
    if (n.type === 'text') text += n.value;
    else if (n.type === 'element') for (const c of n.children) walk(c);
  };
  walk(node);
  return text.replace(/\s+/g, ' ').trim();
}
