import type { APIRoute } from 'astro';
import { pinnedCalculator } from '../../../embed/bundle';

/** Where this release's pinned calculator script is, and its integrity hash (moves with each release). */
export const GET: APIRoute = async () => {
  const { file, integrity } = await pinnedCalculator();
  return new Response(
    `${JSON.stringify({ 'salary-calculator': { path: `embed/v1/pinned/${file}`, integrity } }, null, 2)}\n`,
    { headers: { 'Content-Type': 'application/json' } },
  );
};
