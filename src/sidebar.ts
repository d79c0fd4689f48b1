/** The guide's sidebar, kept apart from the config so chapters can be reordered in one place. */
export const sidebar = [
  { label: 'Start here', items: [{ label: 'About this guide', link: '/' }] },
  {
    label: 'Reference',
    items: [{ label: 'Sources', slug: 'reference/sources' }],
  },
];
