/**
 * llms.txt, llms-full.txt and llms-small.txt from the built pages. Working from the
 * finished HTML means every <Figure> and <Cite> is already its number and source,
 * exactly as readers see them; nothing here reads component tags.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { compileSelectors, type ElementTest } from './hast-select';
import type { Chapter } from './reading-order';

export interface BuiltPage {
  chapter: Chapter;
  title: string;
  description: string;
  /** The chapter's text as Markdown, full and short. */
  full: string;
  small: string;
}

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

/** Stands in for the site's origin when it is not known; links then stay root-relative. */
export const UNKNOWN_ORIGIN = 'http://site.invalid';

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

export interface Site {
  title: string;
  description: string;
  /** Address of the site's root, with trailing slash: "https://example.org/guide/" or "/guide/". */
  root: string;
}

/** llms.txt: the guide in brief and every chapter, grouped as in the sidebar, with its address. */
export function renderLlmsTxt(site: Site, pages: readonly BuiltPage[]): string {
  const lines = [
    `# ${site.title}`,
    '',
    `> ${site.description}`,
    '',
    'Every figure in this guide is cited to a published source or labelled as an assumption of the guide, with its reason; the Sources chapter lists each source with what it supports.',
    '',
    `- [Whole guide as one Markdown file](${site.root}llms-full.txt): every chapter in reading order, figures written out with their sources`,
    `- [Short version](${site.root}llms-small.txt): the same chapters without collapsible details, notes, tips and code examples`,
  ];
  let group: string | undefined | null = null;
  for (const page of pages) {
    if (page.chapter.group !== group) {
      group = page.chapter.group;
      lines.push('', `## ${group ?? 'Start here'}`, '');
    }
    const note = page.description ? `: ${page.description}` : '';
    lines.push(`- [${page.title}](${site.root}${page.chapter.path})${note}`);
  }
  return `${lines.join('\n')}\n`;
}

/** llms-full.txt or llms-small.txt: every chapter's text, in reading order. */
export function renderLlmsBody(site: Site, pages: readonly BuiltPage[], size: 'full' | 'small'): string {
  const parts = [`# ${site.title}`, '', `> ${site.description}`];
  for (const page of pages) {
    parts.push('', '---', '', `# ${page.title}`, '', `Address: ${site.root}${page.chapter.path}`, '', page[size]);
  }
  return `${parts.join('\n').trim()}\n`;
}
