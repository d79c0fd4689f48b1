/**
 * What search indexes about a page beyond its text (build time only): its keywords
 * (src/data/search-keywords.ts) and, on the glossary page, the terms it defines
 * (src/data/glossary.ts). Pagefind reads both from the page's head as metadata, which
 * search weighs by field (src/search/engine.ts: `keywords` like a title, `terms` less).
 */
import { glossary } from '../data/glossary';
import { SEARCH_KEYWORDS } from '../data/search-keywords';

export const GLOSSARY_PAGE = 'reference/glossary';

export interface MetaTag {
  tag: 'meta';
  attrs: Record<string, string>;
}

function clean(slug: string): string {
  return slug.replace(/^\/+|\/+$/g, '').replace(/\/?index$/, '');
}

/** The page's keywords, or none. */
export function keywordsOf(slug: string): readonly string[] {
  return SEARCH_KEYWORDS[clean(slug)] ?? [];
}

/** The head tags that hand a page's keywords and glossary terms to Pagefind. */
export function searchMetaTags(slug: string): MetaTag[] {
  const tags: MetaTag[] = [];
  const keywords = keywordsOf(slug);
  if (keywords.length)
    tags.push({
      tag: 'meta',
      attrs: { name: 'keywords', content: keywords.join(', '), 'data-pagefind-meta': 'keywords[content]' },
    });
  if (clean(slug) === GLOSSARY_PAGE)
    tags.push({
      tag: 'meta',
      attrs: {
        name: 'guide-glossary-terms',
        content: glossary.map((e) => e.term).join(', '),
        'data-pagefind-meta': 'terms[content]',
      },
    });
  return tags;
}
