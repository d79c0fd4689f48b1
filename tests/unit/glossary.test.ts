import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import GlossaryEntry from '../../src/components/GlossaryEntry.astro';
import Term from '../../src/components/Term.astro';
import { glossary, validateGlossary } from '../../src/data/glossary';

const docsDir = join(import.meta.dirname, '../../src/content/docs');

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : name.endsWith('.mdx') ? [path] : [];
  });
}

const pages = mdxFiles(docsDir).map((file) => ({
  file: file.slice(docsDir.length + 1),
  text: readFileSync(file, 'utf8'),
}));
const ids = new Set(glossary.map((entry) => entry.id));

/** Every glossary id a page refers to: <Term id>, and markdown links to glossary anchors. */
function termRefs(text: string): string[] {
  const fromTerms = [...text.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1]!);
  const fromLinks = [...text.matchAll(/\]\(\/reference\/glossary\/#([a-z0-9-]+)\)/g)].map((m) => m[1]!);
  return [...fromTerms, ...fromLinks];
}

const valid = { id: 'example', term: 'Example', group: 'ml', short: 'A definition that is long enough to pass.' };

describe('glossary data', () => {
  it('has no duplicate ids, and the validator catches one', () => {
    expect(ids.size).toBe(glossary.length);
    expect(() => validateGlossary([valid, { ...valid }])).toThrow(/Duplicate glossary id "example"/);
  });

  it('keeps every short definition to 160 characters, and the validator catches a longer one', () => {
    expect(glossary.filter((entry) => entry.short.length > 160)).toEqual([]);
    expect(() => validateGlossary([{ ...valid, short: 'x'.repeat(161) }])).toThrow(/at most 160 characters/);
  });

  it('rejects an unknown group and an insecure link', () => {
    expect(() => validateGlossary([{ ...valid, group: 'nowhere' }])).toThrow(/Invalid glossary entry "example"/);
    expect(() => validateGlossary([{ ...valid, links: [{ label: 'Site', href: 'http://example.org/' }] }])).toThrow(
      /https address/,
    );
  });

  it('covers the terms the guide promises to define', () => {
    const required = ['nccl', 'dcgm', 'mig', 'kueue', 'kuberay', 'volcano', 'drift', 'ddp', 'fsdp', 'mixed-precision'];
    const more = ['eks', 'aks', 'gke', 'kv-cache', 'vllm', 'tgi', 'triton', 'kserve', 'ray-serve', 'slurm'];
    const rest = ['infiniband', 'roce', 'nvlink', 'quantisation', 'tensor-parallelism', 'pipeline-parallelism'];
    const pay = ['checkpoint', 'batch', 'tc', 'base', 'rsu', 'cka', 'ckad', 'cks'];
    expect([...required, ...more, ...rest, ...pay].filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('glossary use in the chapters', () => {
  it.each(pages.map((p) => [p.file, p.text]))('%s refers only to glossary ids that exist', (_file, text) => {
    expect(termRefs(text).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('finds Term uses to check', () => {
    expect(pages.some((p) => /<Term\s+id="/.test(p.text))).toBe(true);
  });

  it('lists every glossary entry exactly once on the glossary page', () => {
    const page = pages.find((p) => p.file === 'reference/glossary.mdx')!.text;
    const listed = [...page.matchAll(/<GlossaryEntry\s+id="([^"]+)"/g)].map((m) => m[1]!);
    expect([...listed].sort()).toEqual([...ids].sort());
  });
});

describe('<Term>', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('links to the glossary anchor and describes the link with the short definition', async () => {
    const html = await container.renderToString(Term, { props: { id: 'nccl' }, slots: { default: 'NCCL' } });
    const link = html.match(
      /<a class="term[^"]*" href="\/reference\/glossary\/#nccl" aria-describedby="([^"]+)"[^>]*>NCCL<\/a>/,
    );
    expect(link, html).not.toBeNull();
    const tip = html.match(new RegExp(`id="${link![1]}"[^>]*>([^<]+)<`));
    expect(tip?.[1]).toContain('NVIDIA Collective Communications Library');
    expect(html).toContain('role="tooltip"');
  });

  it('uses the term itself when given no text, and gives each use its own description id', async () => {
    const first = await container.renderToString(Term, { props: { id: 'mig' } });
    const second = await container.renderToString(Term, { props: { id: 'mig' } });
    expect(first).toMatch(/>MIG<\/a>/);
    const idOf = (html: string) => html.match(/aria-describedby="([^"]+)"/)![1];
    expect(idOf(first)).not.toBe(idOf(second));
  });

  it('fails on an unknown id', async () => {
    await expect(container.renderToString(Term, { props: { id: 'no-such-term' } })).rejects.toThrow(
      /Unknown glossary id "no-such-term"/,
    );
  });
});

describe('<GlossaryEntry>', () => {
  it('renders the anchor, the expansion and a cited longer text', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(GlossaryEntry, { props: { id: 'principal-engineer' } });
    expect(html).toMatch(/<h3 id="principal-engineer"[^>]*>Principal engineer<\/h3>/);
    expect(html).toContain('data-figure="ladder-staff"');
    const tc = await container.renderToString(GlossaryEntry, { props: { id: 'tc' } });
    expect(tc).toContain('Total compensation');
    expect(tc).toMatch(/href="\/pay\/"/);
  });
});
