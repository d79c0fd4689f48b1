import type { APIRoute } from 'astro';
import { bundleClassicScript } from '../../../embed/bundle';
import { guideEvidence } from '../../../lib/salary/guide-evidence';

/** The standalone calculator script (stable v1 URL), bundled at build time. */
export const GET: APIRoute = async () =>
  new Response(await bundleClassicScript('src/embed/standalone.ts', guideEvidence), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
