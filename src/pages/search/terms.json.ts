import type { APIRoute } from 'astro';
import { searchVocabulary } from '../../search/vocabulary';

/** The terms search suggests when a query finds nothing (src/search/vocabulary.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchVocabulary()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
