import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUsd, formatUsdShort, formatWhole } from '../../src/lib/format';
import { formatMoney, formatNumber, type FigureUnit } from '../../src/lib/format-figure';

// The guide formats money without Intl (its first use costs a page tens of ms): held here
// to what Intl writes for en-US, whole units, for every currency a pay figure may have.
const intl = (value: number, currency?: string) =>
  new Intl.NumberFormat('en-US', {
    maximumFractionDigits: 0,
    ...(currency ? { style: 'currency', currency } : {}),
  }).format(value);
type CurrencyOf<U> = U extends `${infer C}-per-${string}` ? C : never;
const CURRENCIES = ['usd', 'gbp', 'eur', 'cad', 'aud', 'inr', 'chf', 'sgd'] satisfies CurrencyOf<FigureUnit>[];
// Finite values below 1e21 (figures and estimates are far smaller; larger ones String() writes with an exponent).
const edges = [0, -0, 0.4, -0.4, 0.5, -0.5, 2.5, -2.5, 999.5, 1e15, 1e20, -1e20];
const values = fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer(), fc.constantFrom(...edges));

describe('formatting without Intl, as Intl formats it', () => {
  it('writes whole numbers and US dollars as Intl does', () => {
    fc.assert(
      fc.property(values, (v) => {
        expect(formatWhole(v)).toBe(intl(v));
        expect(formatNumber(v)).toBe(intl(v));
        expect(formatUsd(v)).toBe(intl(v, 'USD'));
      }),
    );
  });

  it('writes each pay currency as Intl does', () => {
    for (const currency of CURRENCIES.map((c) => c.toUpperCase())) {
      fc.assert(
        fc.property(values, (v) => {
          expect(formatMoney(v, currency)).toBe(intl(v, currency));
        }),
      );
    }
  });

  it('shortens chart labels to thousands', () => {
    expect([formatUsdShort(120_000), formatUsdShort(-1_500_000), formatUsdShort(500)]).toEqual([
      '$120k',
      '-$1,500k',
      '$500',
    ]);
  });
});
