import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideData } from '../../src/data';
import { ARTICLE, runsOf } from './support/evidence';

const docsDir = join(import.meta.dirname, '../../src/content/docs');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : /\.mdx?$/.test(name) ? [path] : [];
  });
}

/** Currency amounts, "120k"-style figures and percentages typed into prose. */
const TYPED_FIGURE = /(?:US\$|\$|USD\s?)\s?\d|\b\d[\d,.]*\s?(?:[kK]\b|%|percent\b)|\b\d{1,3}(?:,\d{3})+\b/;

function proseOf(source: string): string {
  // Code spans and blocks show syntax, not figures; import lines are code too.
  return source
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/^import .*$/gm, '');
}

const files = mdxFiles(docsDir);
const allContent = files.map((f) => readFileSync(f, 'utf8')).join('\n');

describe('chapter content', () => {
  it('finds the chapters', () => {
    expect(files.length).toBeGreaterThan(2);
  });

  it.each(files.map((f) => [f.slice(docsDir.length + 1), f]))('%s types no figure into its prose', (_name, file) => {
    const lines = proseOf(readFileSync(file, 'utf8')).split('\n');
    const offending = lines.filter((line) => TYPED_FIGURE.test(line));
    expect(offending, 'use <Figure id="…" /> for numbers from src/data').toEqual([]);
  });

  it('the figure check catches typed figures', () => {
    for (const bad of [
      'earn $120,000 a year',
      'about 120k',
      'a 5% premium',
      'USD 300 an hour',
      'paid 200,000 dollars',
    ]) {
      expect(TYPED_FIGURE.test(proseOf(bad)), bad).toBe(true);
    }
    for (const fine of ['three to five projects', 'step 3', 'Kubernetes 1.30', '`$HOME`', 'GPT-4 class models']) {
      expect(TYPED_FIGURE.test(proseOf(fine)), fine).toBe(false);
    }
  });

  it('uses every fact in src/data somewhere in the chapters', () => {
    // The source-by-source chart shows every pay figure, so a chapter that includes it uses them all.
    const chartShown = /<PayBySourceChart\b/.test(allContent);
    const unused = guideData.facts
      .filter((f) => !(chartShown && f.kind === 'range' && f.pay !== undefined))
      .map((f) => f.id)
      .filter((id) => !new RegExp(`<(?:Figure|Cite)\\s+id="${id}"`).test(allContent));
    expect(unused).toEqual([]);
  });

  it.each(files.map((f) => [f.slice(docsDir.length + 1), f]))(
    '%s copies no run of 10 words from the source article outside a quotation',
    (_name, file) => {
      const prose = readFileSync(file, 'utf8')
        .replace(/<blockquote[\s\S]*?<\/blockquote>/g, '')
        .replace(/<q>[\s\S]*?<\/q>/g, '');
      const article = runsOf(ARTICLE);
      expect([...runsOf(prose)].filter((run) => article.has(run))).toEqual([]);
    },
  );

  it('gives every chapter a description and a lastReviewed date', () => {
    for (const file of files.filter((f) => !f.endsWith('404.md'))) {
      const frontmatter = readFileSync(file, 'utf8').split('---')[1] ?? '';
      expect(frontmatter, file).toMatch(/^description: .{20,}/m);
      expect(frontmatter, file).toMatch(/^lastReviewed: \d{4}-\d{2}-\d{2}$/m);
    }
  });
});
