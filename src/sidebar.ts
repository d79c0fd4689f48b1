/**
 * The guide's sidebar: groups follow a reader's journey, from understanding the role to
 * getting hired. Kept apart from the config so chapters are ordered in one place; the
 * search filters (src/search/parts.ts) and the whole-guide print page read it too.
 */
export interface SidebarPage {
  label: string;
  /** The page's slug ('' is the home page). */
  slug: string;
}
export interface SidebarGroup {
  label: string;
  /** The short name of the group as a search filter. */
  part: string;
  items: SidebarPage[];
}

export const guideSidebar: SidebarGroup[] = [
  {
    label: 'Understand the role',
    part: 'The role',
    items: [
      { label: 'Start here', slug: '' },
      { label: 'The role', slug: 'role' },
      { label: 'Compared with adjacent roles', slug: 'role/adjacent-roles' },
      { label: 'Skills that move pay', slug: 'skills' },
      { label: 'ML for infrastructure engineers', slug: 'stack/ml-basics' },
      { label: 'Serving and inference', slug: 'stack/serving' },
      { label: 'Training at scale', slug: 'stack/training' },
    ],
  },
  {
    label: 'See the pay',
    part: 'Pay',
    items: [
      { label: 'Salary and pay', slug: 'pay' },
      { label: 'Salary calculator', slug: 'tools/salary-calculator' },
      { label: 'Career ladder', slug: 'career' },
      { label: 'The market', slug: 'market' },
    ],
  },
  {
    label: 'Plan the move',
    part: 'Plan',
    items: [
      { label: 'Ways in', slug: 'paths' },
      { label: 'From DevOps or SRE', slug: 'paths/from-devops' },
      { label: 'From cloud engineering', slug: 'paths/from-cloud-engineering' },
      { label: 'From data engineering', slug: 'paths/from-data-engineering' },
      { label: 'From software engineering', slug: 'paths/from-software-engineering' },
      { label: 'Students and other starts', slug: 'paths/starting-out' },
      { label: 'A learning plan', slug: 'plan/learning-plan' },
      { label: 'Readiness planner', slug: 'tools/planner' },
    ],
  },
  {
    label: 'Prove it',
    part: 'Prove it',
    items: [
      { label: 'Portfolio projects', slug: 'projects' },
      { label: 'Certifications', slug: 'projects/certifications' },
    ],
  },
  {
    label: 'Get hired',
    part: 'Get hired',
    items: [
      { label: 'Interviews', slug: 'hiring/interviews' },
      { label: 'Reading a job ad', slug: 'hiring/job-ads' },
      { label: 'For employers', slug: 'hiring/for-employers' },
    ],
  },
  {
    label: 'Reference',
    part: 'Reference',
    items: [
      { label: 'Glossary', slug: 'reference/glossary' },
      { label: 'Tool map', slug: 'reference/tools' },
      { label: 'Sources', slug: 'reference/sources' },
      { label: 'Method and assumptions', slug: 'reference/method' },
      { label: 'Corrections', slug: 'reference/corrections' },
      { label: 'Embed the calculator', slug: 'tools/embed' },
      { label: 'Read offline', slug: 'reference/offline' },
    ],
  },
];

/**
 * Starlight's sidebar config for the pages that exist (`exists` says which). A listed page
 * that is missing is left out here so a half-merged tree still builds; the unit tests fail
 * on it (tests/unit/sidebar.test.ts), so it never ships missing.
 */
export function starlightSidebar(exists: (slug: string) => boolean) {
  return guideSidebar
    .map((group) => ({
      label: group.label,
      items: group.items
        .filter((item) => exists(item.slug))
        .map((item) => (item.slug === '' ? { label: item.label, link: '/' } : { label: item.label, slug: item.slug })),
    }))
    .filter((group) => group.items.length > 0);
}

/** Every page in reading order, as the sidebar lists them. */
export const readingOrder: SidebarPage[] = guideSidebar.flatMap((group) => group.items);
