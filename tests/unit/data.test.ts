import { describe, expect, it } from 'vitest';
import { DataError, MAX_QUOTE_WORDS, validateGuideData } from '../../src/data/schema';
import { getFact, guideData, payFigures, rawGuideData } from '../../src/data';
import { ARTICLE, numbersIn, runsOf } from './support/evidence';

const valid = {
  sources: [...rawGuideData.sources],
  facts: [...rawGuideData.facts],
  assumptions: [...rawGuideData.assumptions],
};

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

  it('accepts a pay figure for top employers and rejects any other employer value', () => {
    const top = { ...goodPay, pay: { ...goodPay.pay, employer: 'top' } };
    expect(() => validateGuideData(withEntries([goodSource], [top]))).not.toThrow();
    const other = { ...goodPay, pay: { ...goodPay.pay, employer: 'faang' } };
    expect(() => validateGuideData(withEntries([goodSource], [other]))).toThrow(/employer is "top"/);
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

  it('every quote of a fact that cites the source article appears in the article, word for word', () => {
    const fromArticle = guideData.facts.filter((f) => (f.quotedFrom ?? f.source) === 'source-article');
    expect(fromArticle.length).toBeGreaterThan(0);
    for (const fact of fromArticle) expect(ARTICLE, fact.id).toContain(fact.quote);
  });

  it('tells a figure with no country apart from a worldwide one, and accepts an undated figure or a span of years', () => {
    for (const country of ['unstated', 'global', 'GB']) {
      expect(() =>
        validateGuideData(withEntries([goodSource], [{ ...goodPay, pay: { ...goodPay.pay, country } }])),
      ).not.toThrow();
    }
    for (const year of [null, '2025–2026']) {
      expect(() =>
        validateGuideData(withEntries([goodSource], [{ ...goodPay, pay: { ...goodPay.pay, year } }])),
      ).not.toThrow();
    }
    for (const year of ['2025-26', 'recent', 1999.5]) {
      expect(() =>
        validateGuideData(withEntries([goodSource], [{ ...goodPay, pay: { ...goodPay.pay, year } }])),
      ).toThrow(DataError);
    }
  });

  it('every pay figure’s numbers appear in its own quote', () => {
    for (const fact of guideData.facts) {
      if (fact.kind !== 'range' || fact.pay === undefined) continue;
      const stated = numbersIn(fact.quote);
      expect(stated, `${fact.id}: low`).toContain(fact.low);
      expect(stated, `${fact.id}: high`).toContain(fact.high);
    }
  });

  it('the number check catches a figure its quote does not state', () => {
    expect(numbersIn('earn $120,000 to $200,000')).toEqual(expect.arrayContaining([120_000, 200_000]));
    expect(numbersIn('salary benchmarks (EUR 110–170K)')).toEqual(expect.arrayContaining([110_000, 170_000]));
    expect(numbersIn('₹6 to ₹10 LPA')).toEqual(expect.arrayContaining([600_000, 1_000_000]));
    expect(numbersIn('earn $120,000 to $200,000')).not.toContain(210_000);
    expect(numbersIn('£90,000')).not.toContain(90_000_000);
  });

  it('the guide’s own words (statements, what a source is good for, its limits) copy no run of 10 words from any source', () => {
    const quoted = [ARTICLE, ...guideData.facts.map((f) => f.quote)].map(runsOf);
    const own = [
      ...guideData.facts.map((f) => [f.id, f.statement] as const),
      ...guideData.sources.flatMap((s) => [[s.id, s.goodFor] as const, [s.id, s.limits] as const]),
    ];
    for (const [id, text] of own) {
      const copied = [...runsOf(text)].filter((run) => quoted.some((runs) => runs.has(run)));
      expect(copied, id).toEqual([]);
    }
  });

  it('the copy check catches a light rewording that keeps a 10-word run', () => {
    const article = runsOf(ARTICLE);
    const reworded = 'In short, engineers who specialize in Kubernetes earn among the highest salaries in the field.';
    expect([...runsOf(reworded)].some((run) => article.has(run))).toBe(true);
  });

  it('holds at least 20 sources, with government statistics and pay given by level, pay type and country', () => {
    expect(guideData.sources.length).toBeGreaterThanOrEqual(20);
    expect(guideData.sources.some((s) => s.kind === 'government-statistics')).toBe(true);
    const pay = payFigures;
    const byLevel = new Set(pay.filter((f) => !['all', 'unstated'].includes(f.pay.level)).map((f) => f.source));
    const byType = new Set(pay.filter((f) => f.pay.payType !== 'unstated').map((f) => f.source));
    const countries = new Set(pay.map((f) => f.pay.country).filter((c) => /^[A-Z]{2}$/.test(c)));
    expect(byLevel.size).toBeGreaterThanOrEqual(3);
    expect(byType.size).toBeGreaterThanOrEqual(3);
    expect(countries.size).toBeGreaterThanOrEqual(3);
  });

  it('fails loudly on an unknown id', () => {
    expect(() => getFact('pay-moon')).toThrow(/Unknown figure id "pay-moon"/);
  });
});
