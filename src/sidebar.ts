/** The guide's sidebar, kept apart from the config so chapters can be reordered in one place. */
export const sidebar = [
  { label: 'Start here', items: [{ label: 'About this guide', link: '/' }] },
  {
    label: 'The role',
    items: [
      { label: 'The role', slug: 'role' },
      { label: 'Compared with adjacent roles', slug: 'role/adjacent-roles' },
    ],
  },
  { label: 'Skills', items: [{ label: 'Skills that move pay', slug: 'skills' }] },
  {
    label: 'Pay',
    items: [
      { label: 'Salary and pay', slug: 'pay' },
      { label: 'Salary calculator', slug: 'tools/salary-calculator' },
      { label: 'Embed the calculator', slug: 'tools/embed' },
    ],
  },
  {
    label: 'Ways in',
    items: [
      { label: 'Ways in', slug: 'paths' },
      { label: 'From DevOps', slug: 'paths/from-devops' },
      { label: 'From cloud engineering', slug: 'paths/from-cloud-engineering' },
      { label: 'From data engineering', slug: 'paths/from-data-engineering' },
    ],
  },
  { label: 'Career', items: [{ label: 'Career ladder', slug: 'career' }] },
  { label: 'Market', items: [{ label: 'Why now', slug: 'market' }] },
  { label: 'Projects', items: [{ label: 'Portfolio projects', slug: 'projects' }] },
  {
    label: 'Reference',
    items: [
      { label: 'Glossary', slug: 'reference/glossary' },
      { label: 'Sources', slug: 'reference/sources' },
      { label: 'Method and assumptions', slug: 'reference/method' },
      { label: 'Read offline', slug: 'reference/offline' },
    ],
  },
];
