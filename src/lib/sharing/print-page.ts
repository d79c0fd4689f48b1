/**
 * The whole-guide page's chapters, put in place after the build. Nothing here parses
 * HTML (print-html.ts rewrites each chapter), so the build's main thread can do it
 * without loading a parser.
 */

/**
 * In a build, the whole-guide page is rendered with an empty slot per chapter, and
 * the build fills each from the chapter's built page (src/integrations/sharing.ts):
 * the chapters are rendered once, not twice.
 */
export const printSlot = (chapter: string): string => `<!--guide:print-chapter:${chapter}-->`;
const SLOT = /<!--guide:print-chapter:([^>]*?)-->/g;

const HEAD_STYLES = /<link rel="stylesheet"[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>/g;

/** The stylesheets (linked and inline) in a page's `<head>`, as written. */
export function headStyles(page: string): string[] {
  const end = page.indexOf('</head>');
  return end === -1 ? [] : [...page.slice(0, end).matchAll(HEAD_STYLES)].map((m) => m[0]);
}

/**
 * The whole-guide page with each chapter's content (already rewritten) in its slot,
 * and in its head every stylesheet of the chapters' pages that it does not have yet,
 * so the components in the chapters look as they do on their own pages.
 */
export function fillPrintPage(
  page: string,
  chapters: readonly { id: string; html: string }[],
  chapterStyles: readonly string[],
): string {
  const end = page.indexOf('</head>');
  if (end === -1) throw new Error('/print/: the page has no </head>');
  const have = new Set(headStyles(page));
  const added = [...new Set(chapterStyles)].filter((style) => !have.has(style));
  const content = new Map(chapters.map(({ id, html }) => [id, html]));
  const filled = new Set<string>();
  // One pass over the page (it holds the whole guide): every slot is replaced once.
  const body = page.slice(end).replace(SLOT, (slot, id: string) => {
    const html = content.get(id);
    if (html === undefined) return slot;
    filled.add(id);
    return html;
  });
  const missing = chapters.find(({ id }) => !filled.has(id));
  if (missing) throw new Error(`/print/: no place for the chapter "${missing.id}" in the built page`);
  return `${page.slice(0, end)}${added.join('')}${body}`;
}
