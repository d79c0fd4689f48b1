import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tools, validateTools } from '../../src/data/tools';

const docsDir = join(import.meta.dirname, '../../src/content/docs');

/** The MDX file behind a site slug ("stack/serving" or "role"), if there is one. */
function pageFile(slug: string): string | undefined {
  return [join(docsDir, `${slug}.mdx`), join(docsDir, slug, 'index.mdx')].find((file) => existsSync(file));
}

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : name.endsWith('.mdx') ? [path] : [];
  });
}

const valid = { id: 'example', name: 'Example', category: 'cluster', purpose: 'A purpose long enough to pass.' };

describe('the tool map data', () => {
  it('points every tool at a chapter that exists', () => {
    expect(tools.filter((tool) => pageFile(tool.chapter) === undefined).map((t) => t.id)).toEqual([]);
  });

  it('links every tool to https documentation, and the validator rejects http', () => {
    expect(tools.filter((tool) => !tool.docsUrl.startsWith('https://')).map((t) => t.id)).toEqual([]);
    expect(() => validateTools([{ ...valid, docsUrl: 'http://example.org/', chapter: 'role' }])).toThrow(
      /Invalid tool "example"/,
    );
  });

  it('rejects duplicate ids', () => {
    const tool = { ...valid, docsUrl: 'https://example.org/', chapter: 'role' };
    expect(() => validateTools([tool, tool])).toThrow(/Duplicate tool id "example"/);
  });

  it.each(tools.map((tool) => [tool.id, tool.chapter]))(
    '%s is linked to its documentation on the chapter that covers it (%s)',
    (toolId, chapter) => {
      const text = readFileSync(pageFile(chapter)!, 'utf8');
      expect(text).toMatch(new RegExp(`<Tool\\s+id="${toolId}"`));
    },
  );

  it('knows every tool a chapter links with <Tool>', () => {
    const known = new Set(tools.map((tool) => tool.id));
    const used = mdxFiles(docsDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<Tool\s+id="([^"]+)"/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((toolId) => !known.has(toolId))).toEqual([]);
  });
});
