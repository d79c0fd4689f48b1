import { describe, expect, it } from 'vitest';
import { docExists } from '../../src/lib/doc-exists';
import { PARTS, partOf } from '../../src/search/parts';
import { guideSidebar, readingOrder, starlightSidebar } from '../../src/sidebar';

describe('the sidebar', () => {
  it('lists only pages that exist', () => {
    const missing = readingOrder.filter((item) => !docExists(item.slug)).map((item) => item.slug);
    expect(missing, 'sidebar entries without a page in src/content/docs').toEqual([]);
  });

  it('has no group of one and no page twice', () => {
    for (const group of guideSidebar) expect(group.items.length, group.label).toBeGreaterThan(1);
    const slugs = readingOrder.map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('leaves out a missing page from Starlight’s config instead of failing the build', () => {
    const config = starlightSidebar((slug) => slug !== 'role');
    const labels = config.flatMap((group) => group.items.map((item) => item.label));
    expect(labels).not.toContain('The role');
    expect(labels).toContain('Compared with adjacent roles');
    expect(config[0]?.items[0]).toEqual({ label: 'Start here', link: '/' });
  });
});

describe('search parts', () => {
  it('are the sidebar’s groups, each page in the part of its group', () => {
    expect(PARTS).toEqual(guideSidebar.map((group) => group.part));
    expect(partOf('stack/serving')).toBe('The role');
    expect(partOf('/tools/salary-calculator/')).toBe('Pay');
    expect(partOf('paths/from-devops')).toBe('Plan');
    expect(partOf('reference/glossary/')).toBe('Reference');
  });

  it('leave out the home page and pages outside the sidebar', () => {
    expect(partOf('')).toBeUndefined();
    expect(partOf('index')).toBeUndefined();
    expect(partOf('404')).toBeUndefined();
  });
});
