import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_KEYWORDS } from '../../src/data/search-keywords';
import { SEARCH_STOP_WORDS, SEARCH_SYNONYMS } from '../../src/data/search-synonyms';
import { isGenuineMatch, normalise, planQuery, wordsAt } from '../../src/lib/search/query';
import { combineHits, idf, relevance, scoreExactHits } from '../../src/lib/search/rank';
import { keywordsOf, searchMetaTags } from '../../src/search/index-meta';
import { closestTerms, editDistance } from '../../src/lib/search/suggest';

const plan = (q: string) => planQuery(q, SEARCH_SYNONYMS, SEARCH_STOP_WORDS);
const searches = (q: string) => plan(q).groups.map((g) => g.alternatives.map((a) => a.search));

describe('planning a query', () => {
  it('sets common and short words aside', () => {
    expect(plan('in')).toEqual({ groups: [], ignored: ['in'] });
    expect(plan('what is the')).toEqual({ groups: [], ignored: ['what', 'is', 'the'] });
    expect(plan('how do I start from devops').ignored).toEqual(['how', 'do', 'i', 'from']);
  });

  it('expands abbreviations from the synonym list, short ones searched exactly', () => {
    expect(searches('k8s')).toEqual([['kubernetes', '"k8s"', '"kube"']]);
    const tc = searches('TC')[0] ?? [];
    expect(tc).toContain('salary');
    expect(tc).toContain('"comp"');
    expect(searches('gke')[0]).toEqual(expect.arrayContaining(['"gke"', 'kubernetes']));
  });

  it('matches phrases, hyphenated or not, and question phrases', () => {
    expect(plan('kv-cache').groups.map((g) => g.label)).toEqual(['kv cache']);
    expect(plan('what is a kv cache').groups.map((g) => g.label)).toEqual(['kv cache']);
    expect(plan('MLOps engineer').groups.map((g) => g.label)).toEqual(['mlops engineer']);
    const staff = plan('how much do staff engineers make');
    expect(staff.groups.map((g) => g.label)).toEqual(['how much', 'staff', 'engineers']);
    expect(staff.groups[0]?.alternatives.map((a) => a.text)).toContain('salary');
  });

  it('ranks wider topics below the reader’s own words', () => {
    const vllm = plan('vllm').groups[0]?.alternatives ?? [];
    expect(vllm.find((a) => a.text === 'vllm')?.weight).toBe(1);
    expect(vllm.find((a) => a.text === 'inference')?.weight).toBeLessThan(1);
  });

  it('does not repeat a group the query names twice', () => {
    expect(plan('salary pay comp').groups).toHaveLength(1);
  });

  it('normalises accents, case and punctuation', () => {
    expect(normalise('Résumé, K8S!')).toBe('resume k8s');
  });
});

describe('telling a real match from Pagefind’s fallback', () => {
  it('accepts extensions and shared stems', () => {
    expect(isGenuineMatch('gpu', ['GPUs'])).toBe(true);
    expect(isGenuineMatch('engineers', ['engineering'])).toBe(true);
    expect(isGenuineMatch('salaries', ['salary'])).toBe(true);
  });
  it('rejects a shorter word the query merely starts with', () => {
    expect(isGenuineMatch('interview', ['in', 'into', 'internal'])).toBe(false);
    expect(isGenuineMatch('vllm', ['v'])).toBe(false);
  });
  it('reads the matched words from a fragment', () => {
    expect(wordsAt('Ways in. Few people start', [1, 4])).toEqual(['in.', 'start']);
  });
});

describe('merging the searches', () => {
  it('ranks a page with every distinctive topic above one that repeats one topic', () => {
    const ranked = combineHits(
      [
        {
          group: 0,
          weight: 1,
          hits: [
            { id: 'career', score: 1 },
            { id: 'pay', score: 3 },
          ],
        },
        { group: 1, weight: 1, hits: [{ id: 'career', score: 1 }] },
      ],
      20,
    );
    expect(ranked.map((r) => r.id)).toEqual(['career', 'pay']);
  });
  it('does not hold a common word against a page without it', () => {
    const everywhere = Array.from({ length: 15 }, (_, i) => ({ id: `p${i}`, score: 1 }));
    const ranked = combineHits(
      [
        { group: 0, weight: 1, hits: [...everywhere, { id: 'paths', score: 1 }] },
        {
          group: 1,
          weight: 1,
          hits: [
            { id: 'from-devops', score: 6 },
            { id: 'paths', score: 2 },
          ],
        },
      ],
      20,
    );
    expect(ranked[0]?.id).toBe('from-devops');
  });
  it('keeps the best alternative of a group, weighted', () => {
    const ranked = combineHits(
      [
        { group: 0, weight: 1, hits: [{ id: 'a', score: 2 }] },
        {
          group: 0,
          weight: 0.5,
          hits: [
            { id: 'a', score: 10 },
            { id: 'b', score: 3 },
          ],
        },
      ],
      20,
    );
    expect(ranked).toEqual([
      { id: 'a', score: 5, groups: 1 },
      { id: 'b', score: 1.5, groups: 1 },
    ]);
  });
});

describe('ordering exact matches', () => {
  it('keeps the pages the exact search found, in the order the loose search scores them', () => {
    const loose = [
      { id: 'job-ads', score: 2.4 },
      { id: 'pay', score: 1.3 },
      { id: 'interviews', score: 1.1 },
    ];
    // "pay" matched the words apart, not the phrase: it stays out.
    expect(scoreExactHits(['interviews', 'job-ads'], loose)).toEqual([
      { id: 'job-ads', score: 2.4 },
      { id: 'interviews', score: 1.1 },
    ]);
  });
  it('gives a page the loose search missed its lowest score, not none', () => {
    expect(scoreExactHits(['a', 'b'], [{ id: 'a', score: 3 }])).toEqual([
      { id: 'a', score: 3 },
      { id: 'b', score: 3 },
    ]);
    expect(scoreExactHits(['a'], [])).toEqual([{ id: 'a', score: 1 }]);
  });
});

describe('relevance without the rarity of the spelling', () => {
  it('computes BM25’s IDF as Pagefind does: rarer words weigh more', () => {
    expect(idf(30, 1)).toBeCloseTo(Math.log(29.5 / 1.5 + 1));
    expect(idf(30, 1)).toBeGreaterThan(idf(30, 25));
    expect(idf(30, 30)).toBeGreaterThan(0);
  });
  it('lets a rare spelling and a common one of the same topic compare', () => {
    // The same term frequency (2) scored through "k8s" (1 page) and "kubernetes" (25 pages).
    const rare = relevance(2 * idf(30, 1), [idf(30, 1)]);
    const common = relevance(2 * idf(30, 25), [idf(30, 25)]);
    expect(rare).toBeCloseTo(common);
    expect(relevance(3, [0.5, 1])).toBeCloseTo(2);
    expect(relevance(3, [])).toBe(3);
  });
});

describe('page keywords', () => {
  const docs = join(import.meta.dirname, '../../src/content/docs');
  const source = (page: string): string | undefined =>
    [`${page}.mdx`, `${page}.md`, `${page}/index.mdx`, `${page}/index.md`]
      .map((f) => join(docs, f))
      .find((f) => existsSync(f));

  it('are given to pages of the guide', () => {
    expect(Object.keys(SEARCH_KEYWORDS).filter((page) => !source(page))).toEqual([]);
  });
  it('name what the page covers, in its own words', () => {
    const missing = Object.entries(SEARCH_KEYWORDS).flatMap(([page, keywords]) => {
      const text = ` ${normalise(readFileSync(source(page) ?? '', 'utf8'))} `;
      return keywords.filter((k) => !text.includes(` ${normalise(k)}`)).map((k) => `${page}: ${k}`);
    });
    expect(missing).toEqual([]);
  });
  it('each belong to one page, and are not stop words', () => {
    const all = Object.values(SEARCH_KEYWORDS).flatMap((k) => k.map(normalise));
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
    expect(all.filter((k) => SEARCH_STOP_WORDS.includes(k))).toEqual([]);
  });
  it('reach Pagefind as metadata in the page’s head, the glossary’s terms too', () => {
    expect(keywordsOf('/skills/')).toContain('kubernetes');
    const [skills] = searchMetaTags('skills');
    expect(skills?.attrs['data-pagefind-meta']).toBe('keywords[content]');
    expect(skills?.attrs['content']).toContain('kubernetes');
    const glossary = searchMetaTags('reference/glossary').find(
      (t) => t.attrs['data-pagefind-meta'] === 'terms[content]',
    );
    expect(glossary?.attrs['content']).toContain('Infrastructure as code');
    expect(searchMetaTags('reference/method')).toEqual([]);
  });
});

describe('closest terms', () => {
  const vocabulary = [
    { term: 'Kubernetes', href: '/reference/glossary/#kubernetes' },
    { term: 'Terraform' },
    { term: 'MLflow' },
  ];
  it('finds a misspelt term and a started one', () => {
    expect(closestTerms(['kubernets'], vocabulary).map((t) => t.term)).toEqual(['Kubernetes']);
    expect(closestTerms(['terra'], vocabulary).map((t) => t.term)).toEqual(['Terraform']);
    expect(closestTerms(['xyzzy'], vocabulary)).toEqual([]);
  });
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('mlfolw', 'mlflow')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('the synonym list', () => {
  it('names each term once', () => {
    const terms = SEARCH_SYNONYMS.flatMap((g) => [...g.terms, ...(g.triggers ?? [])]).map(normalise);
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });
  it('holds no stop word as a term, which would never be reached', () => {
    const terms = new Set(SEARCH_SYNONYMS.flatMap((g) => g.terms).map(normalise));
    expect(SEARCH_STOP_WORDS.filter((w) => terms.has(w))).toEqual([]);
  });
});
