import type { APIRoute } from 'astro';
import { standaloneCalculator } from '../../../embed/bundle';

/** The standalone calculator script (stable v1 URL), bundled at build time. */
export const GET: APIRoute = async () =>
  new Response(await standaloneCalculator(), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
