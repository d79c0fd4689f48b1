/**
 * The terms the "no results" panel can suggest: every glossary term (linked to its
 * entry) and every term of the synonym list. Read at build time into
 * /search/terms.json, which the dialog fetches only when a search finds nothing.
 */
import { getEntry, render } from 'astro:content';
import { SEARCH_SYNONYMS } from '../data/search-synonyms';
import type { VocabularyTerm } from '../lib/search/suggest';

const GLOSSARY = '/reference/glossary/';

/** Glossary terms from src/data/glossary.ts where it exists, else the glossary page's headings. */
async function glossaryTerms(): Promise<VocabularyTerm[]> {
  const modules = import.meta.glob<{ glossary?: unknown }>('../data/glossary.ts', { eager: true });
  const data = Object.values(modules)[0]?.glossary;
  if (Array.isArray(data)) {
    return data.flatMap((e: unknown) => {
      const entry = e as { id?: unknown; term?: unknown };
      return typeof entry.id === 'string' && typeof entry.term === 'string'
        ? [{ term: entry.term, href: `${GLOSSARY}#${entry.id}` }]
        : [];
    });
  }
  const page = await getEntry('docs', 'reference/glossary');
  if (!page) return [];
  const { headings } = await render(page);
  return headings.filter((h) => h.depth === 3).map((h) => ({ term: h.text, href: `${GLOSSARY}#${h.slug}` }));
}

export async function searchVocabulary(): Promise<VocabularyTerm[]> {
  const glossary = await glossaryTerms();
  const known = new Set(glossary.map((t) => t.term.toLowerCase()));
  const synonyms = SEARCH_SYNONYMS.flatMap((g) => g.terms)
    .filter((t) => t.length > 2 && !known.has(t.toLowerCase()))
    .map((term) => ({ term }));
  return [...glossary, ...synonyms];
}
