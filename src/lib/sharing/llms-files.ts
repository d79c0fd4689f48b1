/**
 * llms.txt, llms-full.txt and llms-small.txt, put together from each chapter's text
 * (llms.ts makes it from the built pages). Nothing here parses HTML, so the build's
 * main thread can write the files without loading a parser.
 */
import type { Chapter } from './reading-order.ts';

export interface BuiltPage {
  chapter: Chapter;
  title: string;
  description: string;
  /** The chapter's text as Markdown, full and short. */
  full: string;
  small: string;
}

/** Stands in for the site's origin when it is not known; links then stay root-relative. */
export const UNKNOWN_ORIGIN = 'http://site.invalid';

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
