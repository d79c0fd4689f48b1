import type { APIRoute, GetStaticPaths } from 'astro';
import { pinnedCalculator } from '../../../../embed/bundle';

/**
 * This release's standalone calculator under a content-hashed name. The file at a
 * given name never changes (served with `Cache-Control: immutable`, see
 * src/integrations/headers.ts), so a host can pin it with Subresource Integrity.
 */
export const getStaticPaths = (async () => {
  const { file } = await pinnedCalculator();
  return [{ params: { file } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response((await pinnedCalculator()).text, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
