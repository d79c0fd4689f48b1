import { describe, expect, it } from 'vitest';
import { assumptionEntries } from '../../src/data/assumptions';
import { factEntries } from '../../src/data/facts';
import { DataError, MAX_QUOTE_WORDS, validateGuideData } from '../../src/data/schema';
import { sourceEntries } from '../../src/data/sources';
import { getFact, guideData } from '../../src/data';

const valid = { sources: [...sourceEntries], facts: [...factEntries], assumptions: [...assumptionEntries] };

/** A well-formed first-hand source and a pay figure from it, to break one rule at a time. */
const goodSource = {
  id: 'test-source',
  kind: 'pay-survey',
  publisher: 'Test Publisher',
  title: 'A test pay survey',
  year: 2026,
  url: 'https://example.org/pay',
  readOn: '2026-11-27',
  readFrom: 'stored-copy',
  goodFor: 'Testing the schema rules.',
  limits: 'Not a real source at all.',
};
const goodPay = {
  id: 'test-pay',
  kind: 'range',
  low: 100_000,
  high: 150_000,
  unit: 'usd-per-year',
  pay: { country: 'US', year: 2026, level: 'senior', payType: 'base', about: 'Test engineer', statistic: 'range' },
  source: 'test-source',
  statement: 'Test engineers earn this much.',
  quote: 'Test engineers earn $100,000 to $150,000.',
};

function withEntries(sources: unknown[], facts: unknown[]) {
  return { ...valid, sources: [...valid.sources, ...sources], facts: [...valid.facts, ...facts] };
}

describe('the data backbone', () => {
  it('accepts the guide’s own data, and a well-formed extra source and pay figure', () => {
    expect(() => validateGuideData(valid)).not.toThrow();
    expect(() => validateGuideData(withEntries([goodSource], [goodPay]))).not.toThrow();
  });

  it('rejects a fact without a quote, or with an empty one', () => {
    const { quote: _q, ...unquoted } = goodPay;
    expect(() => validateGuideData(withEntries([goodSource], [unquoted]))).toThrow(/verbatim quote/);
    expect(() => validateGuideData(withEntries([goodSource], [{ ...goodPay, quote: '  ' }]))).toThrow(/verbatim quote/);
  });

  it(`rejects a quote over ${MAX_QUOTE_WORDS} words and accepts one of exactly ${MAX_QUOTE_WORDS}`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(() =>
      validateGuideData(withEntries([goodSource], [{ ...goodPay, quote: words(MAX_QUOTE_WORDS + 1) }])),
    ).toThrow(/at most 40 words/);
    expect(() =>
      validateGuideData(withEntries([goodSource], [{ ...goodPay, quote: words(MAX_QUOTE_WORDS) }])),
    ).not.toThrow();
  });

  it('rejects a pay figure without its pay metadata or without a pay type', () => {
    const { pay: _p, ...bare } = goodPay;
    expect(() => validateGuideData(withEntries([goodSource], [bare]))).toThrow(/pay figure records/);
    const { payType: _t, ...noType } = goodPay.pay;
    expect(() => validateGuideData(withEntries([goodSource], [{ ...goodPay, pay: noType }]))).toThrow(/payType/);
    expect(() =>
      validateGuideData(withEntries([goodSource], [{ ...goodPay, pay: { ...goodPay.pay, country: 'USA' } }])),
    ).toThrow(/country code/);
  });

  it('rejects a source without a kind, or with a kind outside the list', () => {
    const { kind: _k, ...kindless } = goodSource;
    expect(() => validateGuideData(withEntries([kindless], []))).toThrow(/needs a kind/);
    expect(() => validateGuideData(withEntries([{ ...goodSource, kind: 'rumour' }], []))).toThrow(/needs a kind/);
  });

  it('rejects a second-hand source without the source it was read through, and facts quoting it directly', () => {
    expect(() => validateGuideData(withEntries([{ ...goodSource, readFrom: 'second-hand' }], []))).toThrow(/via/);
    const secondHand = { ...goodSource, readFrom: 'second-hand', via: 'source-article' };
    expect(() => validateGuideData(withEntries([secondHand], [goodPay]))).toThrow(/set quotedFrom/);
    expect(() =>
      validateGuideData(withEntries([secondHand], [{ ...goodPay, quotedFrom: 'source-article' }])),
    ).not.toThrow();
    expect(() => validateGuideData(withEntries([secondHand], [{ ...goodPay, quotedFrom: 'refonte-2025' }]))).toThrow(
      /did not read first-hand/,
    );
  });

  it('rejects a figure whose source does not exist', () => {
    expect(() => validateGuideData(withEntries([], [{ ...goodPay, source: 'nobody-2030' }]))).toThrow(
      /cites unknown source "nobody-2030"/,
    );
  });

  it('rejects an assumption without a rationale', () => {
    const [first, ...rest] = valid.assumptions;
    const { rationale: _dropped, ...noRationale } = first!;
    expect(() => validateGuideData({ ...valid, assumptions: [noRationale, ...rest] })).toThrow(DataError);
    expect(() => validateGuideData({ ...valid, assumptions: [{ ...first!, rationale: '   ' }, ...rest] })).toThrow(
      /rationale/,
    );
  });

  it('rejects low above high, duplicate ids and a source without an https address', () => {
    expect(() => validateGuideData(withEntries([goodSource], [{ ...goodPay, low: 5, high: 1 }]))).toThrow(
      /low must not exceed high/,
    );
    expect(() => validateGuideData(withEntries([goodSource], [goodPay, goodPay]))).toThrow(/Duplicate fact id/);
    expect(() => validateGuideData(withEntries([{ ...goodSource, url: 'http://example.org/' }], []))).toThrow(
      DataError,
    );
  });

  it('every quote of a fact that cites the source article appears in the article, word for word', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const path = '../shared/source/source-article.txt';
    // The article ships beside the repository (shared/); skip the comparison only where it is absent.
    if (!existsSync(path)) return;
    const article = readFileSync(path, 'utf8');
    const fromArticle = guideData.facts.filter((f) => (f.quotedFrom ?? f.source) === 'source-article');
    expect(fromArticle.length).toBeGreaterThan(0);
    for (const fact of fromArticle) expect(article, fact.id).toContain(fact.quote);
  });

  it('fails loudly on an unknown id', () => {
    expect(() => getFact('pay-moon')).toThrow(/Unknown figure id "pay-moon"/);
  });
});
