import { describe, expect, it } from 'vitest';
import { assumptionEntries } from '../../src/data/assumptions';
import { factEntries } from '../../src/data/facts';
import { DataError, validateGuideData } from '../../src/data/schema';
import { sourceEntries } from '../../src/data/sources';
import { getFact, getRangeFact, guideData } from '../../src/data';

const valid = { sources: [...sourceEntries], facts: [...factEntries], assumptions: [...assumptionEntries] };

describe('the data backbone', () => {
  it('accepts the guide’s own data', () => {
    expect(() => validateGuideData(valid)).not.toThrow();
  });

  it('holds the four references, each with author, year, title and https address', () => {
    const references = guideData.sources.filter((s) => s.kind === 'reference');
    expect(references.map((s) => s.author)).toEqual([
      'Refonte Learning',
      'Second Talent',
      'Jobs by Culture',
      'Van Riel, Z.',
    ]);
    for (const s of references) {
      expect(s.year).toBeGreaterThanOrEqual(2025);
      expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it('carries every fact the source list requires, citing the right source', () => {
    const expected: Record<string, string> = {
      'pay-us-range': 'refonte-2025',
      'pay-senior-equity': 'source-article',
      'skill-k8s-mlops': 'second-talent-2026',
      'skill-cloud-premium': 'second-talent-2026',
      'pay-gpu-top-firms': 'jobs-by-culture-2026',
      'skill-automation': 'source-article',
      'ladder-staff': 'source-article',
      'pay-consulting': 'van-riel-2026',
      'role-scope': 'source-article',
      'role-tasks': 'source-article',
      'role-intersection': 'source-article',
      'entry-backgrounds': 'source-article',
      'entry-steps': 'source-article',
      'market-window': 'source-article',
      'market-advice': 'source-article',
    };
    expect(Object.fromEntries(guideData.facts.map((f) => [f.id, f.source]))).toEqual(expected);
  });

  it('records the cited figures exactly', () => {
    expect(getRangeFact('pay-us-range')).toMatchObject({ low: 120_000, high: 200_000, unit: 'usd-per-year' });
    expect(getRangeFact('pay-gpu-top-firms')).toMatchObject({ low: 280_000, high: 420_000, unit: 'usd-per-year' });
    expect(getRangeFact('pay-consulting')).toMatchObject({ low: 300, high: 500, unit: 'usd-per-hour' });
    expect(getRangeFact('ladder-staff')).toMatchObject({ low: 3, high: 5, unit: 'years' });
  });

  it('rejects a figure whose source does not exist', () => {
    const facts = [
      ...valid.facts,
      { id: 'made-up', kind: 'claim', source: 'nobody-2030', statement: 'A claim with no source.' },
    ];
    expect(() => validateGuideData({ ...valid, facts })).toThrow(/cites unknown source "nobody-2030"/);
  });

  it('rejects an assumption without a rationale', () => {
    const [first, ...rest] = valid.assumptions;
    const { rationale: _dropped, ...noRationale } = first!;
    expect(() => validateGuideData({ ...valid, assumptions: [noRationale, ...rest] })).toThrow(DataError);
    expect(() => validateGuideData({ ...valid, assumptions: [{ ...first!, rationale: '   ' }, ...rest] })).toThrow(
      /rationale/,
    );
  });

  it('rejects a malformed figure and duplicate ids', () => {
    const broken = {
      id: 'pay-odd',
      kind: 'range',
      low: 5,
      high: 1,
      unit: 'usd-per-year',
      source: 'refonte-2025',
      statement: 'Low above high.',
    };
    expect(() => validateGuideData({ ...valid, facts: [...valid.facts, broken] })).toThrow(/low must not exceed high/);
    expect(() => validateGuideData({ ...valid, facts: [...valid.facts, valid.facts[0]!] })).toThrow(
      /Duplicate fact id/,
    );
    expect(() =>
      validateGuideData({ ...valid, sources: [...valid.sources, { ...valid.sources[0]!, id: 'no-url', url: null }] }),
    ).toThrow(/needs a year and an address/);
    const { reviewed: _r, ...unreviewed } = valid.sources[0]!;
    expect(() => validateGuideData({ ...valid, sources: [unreviewed, ...valid.sources.slice(1)] })).toThrow(/reviewed/);
  });

  it('fails loudly on an unknown id', () => {
    expect(() => getFact('pay-moon')).toThrow(/Unknown figure id "pay-moon"/);
  });
});
