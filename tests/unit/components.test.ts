import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import Figure from '../../src/components/Figure.astro';
import SourceList from '../../src/components/SourceList.astro';
import { guideData } from '../../src/data';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<Figure>', () => {
  it('renders the cited value and a citation linking to its source entry', async () => {
    const html = await container.renderToString(Figure, { props: { id: 'pay-us-range' } });
    expect(html).toMatch(/data-figure="pay-us-range"[^>]*>\$120,000–\$200,000 a year<\/span>/);
    expect(html).toMatch(/href="\/reference\/sources\/#refonte-2025"[^>]*>Refonte Learning, 2025<\/a>/);
  });

  it('shows one end of the range on request, and can leave the citation out', async () => {
    const html = await container.renderToString(Figure, { props: { id: 'pay-consulting', part: 'high', cite: false } });
    expect(html).toContain('>$500 an hour</span>');
    expect(html).not.toContain('van-riel-2026');
  });

  it('fails on an unknown id, and on a claim that has no number', async () => {
    await expect(container.renderToString(Figure, { props: { id: 'no-such-figure' } })).rejects.toThrow(
      /Unknown figure id "no-such-figure"/,
    );
    await expect(container.renderToString(Figure, { props: { id: 'role-scope' } })).rejects.toThrow(
      /needs a numeric fact/,
    );
  });
});

describe('<Cite>', () => {
  it('cites a fact by its source, and a source directly', async () => {
    const byFact = await container.renderToString(Cite, { props: { id: 'skill-cloud-premium' } });
    expect(byFact).toMatch(/href="\/reference\/sources\/#second-talent-2026"[^>]*>Second Talent, 2026<\/a>/);
    const bySource = await container.renderToString(Cite, { props: { id: 'van-riel-2026' } });
    expect(bySource).toContain('>Van Riel, 2026</a>');
    const byArticle = await container.renderToString(Cite, { props: { id: 'ladder-staff' } });
    expect(byArticle).toContain('>source article</a>');
  });

  it('fails on an id that is neither a fact nor a source', async () => {
    await expect(container.renderToString(Cite, { props: { id: 'nobody' } })).rejects.toThrow(
      /Unknown source id "nobody"/,
    );
  });
});

describe('<SourceList>', () => {
  let html: string;
  beforeAll(async () => {
    html = await container.renderToString(SourceList);
  });

  it('gives each source an anchor, groups sources by kind and lists the facts that cite it', () => {
    for (const source of guideData.sources) expect(html).toContain(`id="${source.id}"`);
    const kinds = [...html.matchAll(/data-kind-group="([a-z-]+)"/g)].map(([, k]) => k);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).toEqual(expect.arrayContaining(['government-statistics', 'recruiter', 'personal-blog']));
    expect(html).toContain('data-fact="pay-gpu-top-firms"');
    expect(html).toContain('$280,000–$420,000 a year');
  });

  it('puts every fact’s quote in a blockquote with its attribution', () => {
    for (const fact of guideData.facts) {
      const item = html.split(`data-fact="${fact.id}"`)[1]?.split('</li>')[0] ?? '';
      expect(item, fact.id).toMatch(/<blockquote[^>]*cite="https:\/\//);
      expect(item, fact.id).toContain(escapeHtml(fact.quote));
      expect(item, fact.id).toMatch(/class="attribution/);
    }
  });

  it('says when each source was read and from what: the stored copy, or second-hand through a named source', () => {
    const stored = guideData.sources.filter((s) => s.readFrom === 'stored-copy').length;
    expect(html.match(/from the stored public copy of the page/g)).toHaveLength(stored);
    const refonte = html.split('id="refonte-2025"')[1]?.split('</dl>')[0] ?? '';
    expect(refonte).toMatch(/<time[^>]*datetime="2026-11-27"/);
    expect(refonte).toMatch(/second-hand, through <a href="#source-article"[^>]*>AI infrastructure engineer/);
    // No claim of a check that did not happen.
    expect(html).not.toMatch(/last checked|reviewed against/i);
  });
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
