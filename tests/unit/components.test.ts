import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/Cite.astro';
import Figure from '../../src/components/Figure.astro';
import SourceList from '../../src/components/SourceList.astro';

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
  it('gives each source an anchor and lists the facts that cite it', async () => {
    const html = await container.renderToString(SourceList);
    for (const id of [
      'refonte-2025',
      'second-talent-2026',
      'jobs-by-culture-2026',
      'van-riel-2026',
      'source-article',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('data-fact="pay-gpu-top-firms"');
    expect(html).toContain('$280,000–$420,000 a year');
    // Read dates say from what: the stored page, or second-hand through another source.
    expect(html).toMatch(/Read on<\/strong>\s*<time[^>]*datetime="\d{4}-\d{2}-\d{2}"/);
    expect(html).toContain('second-hand: as quoted by source-article');
  });
});
