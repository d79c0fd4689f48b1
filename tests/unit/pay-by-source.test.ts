import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import PayBySourceChart from '../../src/components/PayBySourceChart.astro';
import { guideData, payFigures } from '../../src/data';
import { axisPercent, formatTick, groupPayFigures, niceStep, type PayFigureInput } from '../../src/lib/pay-by-source';

const source = { id: 's', kind: 'recruiter', publisher: 'Some Agency', year: 2026 };
type FigOverrides = Omit<Partial<PayFigureInput>, 'pay'> & { pay?: Partial<PayFigureInput['pay']> };
const fig = ({ pay, ...over }: FigOverrides): PayFigureInput => ({
  id: 'f',
  low: 100_000,
  high: 150_000,
  unit: 'usd-per-year',
  source: 's',
  ...over,
  pay: {
    country: 'US',
    year: 2026,
    level: 'senior',
    payType: 'base',
    about: 'Test engineers',
    statistic: 'range',
    ...pay,
  },
});

describe('groupPayFigures', () => {
  it('groups by country and currency, US first, unnamed countries last and hourly rates after yearly pay', () => {
    const groups = groupPayFigures(
      [
        fig({ id: 'hour', unit: 'usd-per-hour', low: 300, high: 500, pay: { country: 'unstated' } }),
        fig({ id: 'none', pay: { country: 'unstated' } }),
        fig({ id: 'uk', unit: 'gbp-per-year', pay: { country: 'GB' } }),
        fig({ id: 'us' }),
        fig({ id: 'eur-none', unit: 'eur-per-year', pay: { country: 'unstated' } }),
      ],
      [source],
    );
    expect(groups.map((g) => g.heading)).toEqual([
      'United States: US dollars a year',
      'United Kingdom: pounds a year',
      'No country named: euros a year',
      'No country named: US dollars a year',
      'No country named: US dollars an hour',
    ]);
  });

  it('spells out level, pay type, year and source kind, and never shows an internal id as a name', () => {
    const [group] = groupPayFigures([fig({ pay: { year: null, level: 'unstated', payType: 'total' } })], [source]);
    const row = group!.rows[0]!;
    expect(row).toMatchObject({
      level: 'level not stated',
      payTypeLabel: 'total pay',
      year: 'year not stated',
      sourceName: 'Some Agency',
      sourceKind: 'recruiter or agency',
      figure: '$100,000–$150,000 a year',
      single: false,
    });
  });

  it('marks a median (low equal to high) as a single figure and writes it once', () => {
    const [group] = groupPayFigures([fig({ low: 132_270, high: 132_270, pay: { statistic: 'median' } })], [source]);
    expect(group!.rows[0]).toMatchObject({ single: true, figure: '$132,270 a year', statistic: 'median' });
  });

  it('puts the highest figures first and gives each group a round axis that holds its largest figure', () => {
    const [group] = groupPayFigures(
      [fig({ id: 'low', low: 50_000, high: 60_000 }), fig({ id: 'high', low: 200_000, high: 420_000 })],
      [source],
    );
    expect(group!.rows.map((r) => r.id)).toEqual(['high', 'low']);
    expect(group!.axisMax).toBeGreaterThanOrEqual(420_000);
    expect(group!.axisMax % group!.tickStep).toBe(0);
    expect(group!.axisMax / group!.tickStep).toBeLessThanOrEqual(6);
  });

  it('fails on a figure whose source is unknown', () => {
    expect(() => groupPayFigures([fig({ source: 'ghost' })], [source])).toThrow(/unknown source "ghost"/);
  });
});

describe('axis helpers', () => {
  it('chooses 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(420_000)).toBe(100_000);
    expect(niceStep(3_500_000)).toBe(1_000_000);
    expect(niceStep(500)).toBe(100);
    expect(niceStep(0)).toBe(1);
  });

  it('keeps positions inside 0–100 and writes short ticks in the group’s currency', () => {
    expect(axisPercent(50, 200)).toBe(25);
    expect(axisPercent(500, 200)).toBe(100);
    expect(axisPercent(-1, 200)).toBe(0);
    expect(formatTick(100_000, 'USD')).toBe('$100K');
    expect(formatTick(50_000, 'GBP')).toBe('£50K');
    expect(formatTick(0, 'EUR')).toBe('0');
  });
});

describe('<PayBySourceChart>', () => {
  let container: AstroContainer;
  let html: string;
  beforeAll(async () => {
    container = await AstroContainer.create();
    html = await container.renderToString(PayBySourceChart);
  });

  it('draws a row and a table row for every pay figure in src/data', () => {
    for (const f of payFigures) {
      const rows = html.match(new RegExp(`data-fact="${f.id}"`, 'g')) ?? [];
      expect(rows.length, f.id).toBe(2);
    }
  });

  it('groups by country, with the United States and the United Kingdom among the groups', () => {
    expect(html).toMatch(/data-country="US"/);
    expect(html).toMatch(/data-country="GB"/);
    expect(html).toContain('United Kingdom: pounds a year');
  });

  it('links each figure to its source by name, not by internal id', () => {
    const sourceById = new Map(guideData.sources.map((s) => [s.id, s]));
    const bls = payFigures.find((f) => f.id === 'bls-pay-software-developers')!;
    expect(html).toMatch(
      new RegExp(`href="/reference/sources/#${bls.source}"[^>]*>${sourceById.get(bls.source)!.publisher}</a>`),
    );
    // Visible text never shows a fact id: ids live only in attributes.
    const text = html.replace(/<[^>]+>/g, ' ');
    for (const f of payFigures) expect(text, f.id).not.toContain(f.id);
  });

  it('uses no client script and sets no text smaller than 11 px', async () => {
    expect(html).not.toMatch(/<script/);
    const { readFileSync } = await import('node:fs');
    // The chart's own styles and those of its axis (ChartAxis.astro).
    const css = ['PayBySourceChart', 'ChartAxis']
      .map((name) => readFileSync(`src/components/${name}.astro`, 'utf8').split('<style>')[1] ?? '')
      .join('\n');
    const sizes = [...css.matchAll(/font-size:\s*([\d.]+)(px|rem|em)/g)].map(([, n, u]) =>
      u === 'px' ? Number(n) : Number(n) * 16,
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const px of sizes) expect(px).toBeGreaterThanOrEqual(11);
  });
});
