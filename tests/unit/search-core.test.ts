import { describe, expect, it } from 'vitest';
import { SEARCH_STOP_WORDS, SEARCH_SYNONYMS } from '../../src/data/search-synonyms';
import { isGenuineMatch, normalise, planQuery, wordsAt } from '../../src/lib/search/query';
import { combineHits } from '../../src/lib/search/rank';
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
