import { existsSync } from 'node:fs';

/** Whether src/content/docs has a page for `slug` ('' is the home page), as .md or .mdx, flat or index. */
export function docExists(slug: string, root = 'src/content/docs'): boolean {
  const base = slug === '' ? `${root}/index` : `${root}/${slug}`;
  return ['.md', '.mdx', '/index.md', '/index.mdx'].some((ext) => existsSync(`${base}${ext}`));
}
