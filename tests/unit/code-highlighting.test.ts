/**
 * Code blocks come out the same in every build (issue #16). Shiki stops highlighting
 * a line after a time limit, and a grammar's first use compiles its patterns inside
 * that time, so on a busy machine a block's highlighting depended on the load. The
 * guide's Expressive Code config (ec.config.mjs) lifts the limit; here a clock that
 * jumps a second on every reading stands for the busiest machine.
 */
import { ExpressiveCode, loadShikiTheme } from '@astrojs/starlight/expressive-code';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ecConfig from '../../ec.config.mjs';

// The snippet of the embed page (src/content/docs/tools/embed.mdx) whose highlighting varied.
const SNIPPET = `document.querySelector('ai-salary-calculator').addEventListener('estimate-change', (event) => {
  console.log(event.detail.low, event.detail.high);
});`;

async function highlight(lang: string): Promise<{ html: string; colours: Set<string> }> {
  // Starlight's own themes derive from Night Owl.
  const themes = await Promise.all([loadShikiTheme('night-owl'), loadShikiTheme('night-owl-light')]);
  const engine = new ExpressiveCode({ ...ecConfig, themes });
  const { renderedGroupAst } = await engine.render({ code: SNIPPET, language: lang });
  const html = JSON.stringify(renderedGroupAst);
  // The dark theme's colour of each token (Expressive Code writes one custom property per theme).
  const colours = new Set([...html.matchAll(/--0:(#[0-9A-Fa-f]{6})/g)].map((m) => m[1] ?? ''));
  return { html, colours };
}

describe('code highlighting', () => {
  afterEach(() => vi.restoreAllMocks());

  it('highlights a block in full, however slow the machine', async () => {
    const calm = await highlight('js');
    // Highlighted: keywords, names, strings and punctuation in several colours, not one.
    expect(calm.colours.size).toBeGreaterThan(4);

    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    const busy = await highlight('js');
    vi.restoreAllMocks();

    expect(busy.html).toBe(calm.html);
  });

  it('a language first used on a busy machine still comes out highlighted', async () => {
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    const busy = await highlight('ts');
    vi.restoreAllMocks();
    expect(busy.colours.size).toBeGreaterThan(4);
    expect(busy.html).toBe((await highlight('ts')).html);
  });
});
