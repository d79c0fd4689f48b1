/**
 * What one chapter's built page gives the whole-guide page and llms.txt, from one
 * parse of the page: its content rewritten for the whole-guide page, and its text as
 * Markdown. Run on a worker thread by the build (src/integrations/chapters-worker.ts),
 * so its relative imports name their files in full: Node loads them as they are.
 */
import { toHtml } from 'hast-util-to-html';
import type { BuiltPage } from './llms-files.ts';
import { contentOf, descriptionOf, mainToMarkdown, parseMain } from './llms.ts';
import { printPageOptions, rewriteChapterTree } from './print-html.ts';
import type { Chapter } from './reading-order.ts';

export interface ChapterJob {
  chapter: Chapter;
  /** The chapter's built page. */
  html: string;
  /** Docs ids of every chapter on the whole-guide page. */
  chapters: readonly string[];
  base: string;
  /** The page's address, for the absolute links of llms.txt. */
  pageUrl: string;
  /** Whether llms.txt lists the chapter (the reading order) or only the whole-guide page has it. */
  inLlms: boolean;
}

export interface ChapterOutput {
  /** The chapter's content, rewritten for the whole-guide page. */
  print: string;
  /** For llms.txt (chapters of the reading order only). */
  page: Omit<BuiltPage, 'chapter'> | null;
}

export function chapterOutput({ chapter, html, chapters, base, pageUrl, inLlms }: ChapterJob): ChapterOutput {
  const main = parseMain(html);
  const content = contentOf(main);
  if (!content) throw new Error(`/${chapter.path} has no content to print`);
  // The whole-guide page's rewrite changes the tree, and llms.txt needs it as built.
  const copy = { type: 'root' as const, children: structuredClone(content.children) };
  const print = toHtml(rewriteChapterTree(copy, printPageOptions(chapter.id, base, chapters)));
  const page = inLlms ? mainToMarkdown(main, descriptionOf(html), chapter, pageUrl) : null;
  return {
    print,
    page: page && { title: page.title, description: page.description, full: page.full, small: page.small },
  };
}
