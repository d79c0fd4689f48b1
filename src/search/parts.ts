/** The parts of the guide, as search filters: the first folder of a page's slug decides its part. */
export const PARTS = ['Role', 'Skills', 'Pay', 'Paths', 'Career', 'Market', 'Projects', 'Reference'] as const;
export type Part = (typeof PARTS)[number];

const BY_FOLDER: Record<string, Part> = {
  role: 'Role',
  skills: 'Skills',
  pay: 'Pay',
  tools: 'Pay',
  paths: 'Paths',
  career: 'Career',
  market: 'Market',
  projects: 'Projects',
  reference: 'Reference',
};

/** The part a page belongs to, or undefined for pages outside the parts (the home page). */
export function partOf(slug: string): Part | undefined {
  return BY_FOLDER[slug.split('/')[0] ?? ''];
}
