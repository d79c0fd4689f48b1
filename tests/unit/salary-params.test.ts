import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPANIES,
  DEFAULT_INPUT,
  LEVELS,
  LOCATIONS,
  SKILLS,
  ADJUSTABLE_ASSUMPTIONS,
  FIELDS,
  MAX_QUERY_LENGTH,
  describeIgnored,
  parseCalculatorParams,
  readQuery,
  rewriteUrl,
  serializeCalculatorParams,
  toDisplay,
  withDefaults,
  type SalaryInput,
} from '../../src/lib/salary';

/** Parses and merges the defaults, as every caller does. */
const parse = (query: string) => {
  const { given, ignored } = parseCalculatorParams(new URLSearchParams(query));
  return { given, input: withDefaults(given), ignored };
};

describe('parseCalculatorParams', () => {
  it('reads every parameter of the contract', () => {
    const { input, ignored } = parse(
      'level=senior&location=hub&skills=gpu,kubernetes&company=top&mode=consulting&rate=350&hours=1500&overhead=25&equity=40000',
    );
    expect(ignored).toEqual([]);
    expect(input).toEqual({
      level: 'senior',
      country: 'US',
      location: 'hub',
      skills: ['kubernetes', 'gpu'],
      company: 'top',
      mode: 'consulting',
      rate: 350,
      hours: 1500,
      overhead: 25,
      equity: 40000,
    });
  });

  it('gives the defaults for no parameters, and leaves unknown names alone', () => {
    expect(parse('')).toEqual({ given: {}, input: { ...DEFAULT_INPUT, skills: [] }, ignored: [] });
    expect(parse('utm_source=newsletter&theme=dark').ignored).toEqual([]);
  });

  it('accepts harmless variations: case, spaces, repeated identical values, duplicate skills', () => {
    const { input, ignored } = parse('level=%20Senior%20&skills=Cloud,%20cloud,,gpu&mode=salary&mode=salary');
    expect(ignored).toEqual([]);
    expect(input.level).toBe('senior');
    expect(input.skills).toEqual(['cloud', 'gpu']);
  });

  it.each([
    ['level', '<script>alert(1)</script>'],
    ['level', '"><img src=x onerror=alert(1)>'],
    ['location', "hub' OR '1'='1"],
    ['company', 'ｔｏｐ'],
    ['mode', 'constructor'],
    ['level', '__proto__'],
    ['rate', 'NaN'],
    ['rate', 'Infinity'],
    ['rate', '-50'],
    ['rate', '0'],
    ['rate', '10001'],
    ['rate', '1e3'],
    ['rate', '0x1F4'],
    ['hours', '4001'],
    ['hours', '12abc'],
    ['overhead', '91'],
    ['overhead', '-1'],
    ['equity', '99999999999999999999999'],
    ['equity', '١٠٠'],
    ['equity', '10000001'],
    ['rate', '1,5'],
    ['hours', '1,50'],
    ['equity', '50m'],
    ['overhead', '5k'],
    ['country', 'ZZ'],
    ['assume', 'premium-cloud:900'],
    ['assume', 'consulting-hours:1000'],
  ])('ignores %s=%s with a notice, and uses the default', (name, value) => {
    const { given, ignored } = parseCalculatorParams([[name, value]]);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.name).toBe(name);
    expect(given).toEqual({});
    expect(describeIgnored(ignored[0]!)).toMatch(
      new RegExp(`^Ignored ${name}=".*": .+\\. The default is used instead\\.$`),
    );
  });

  it('rejects a parameter repeated with different values', () => {
    const { given, ignored } = parse('level=senior&level=staff');
    expect(given.level).toBeUndefined();
    expect(ignored).toEqual([
      { name: 'level', value: 'senior | staff', reason: 'given more than once with different values' },
    ]);
  });

  it('keeps known skills and names the unknown ones', () => {
    const { input, ignored } = parse('skills=kubernetes,<b>rust</b>,cloud');
    expect(input.skills).toEqual(['kubernetes', 'cloud']);
    expect(ignored).toEqual([{ name: 'skills', value: '<b>rust</b>', reason: expect.stringMatching(/^not among/) }]);
  });

  it('keeps known skills when one is unknown, and reads unambiguous aliases', () => {
    expect(parse('skills=gpu,k8s')).toMatchObject({ input: { skills: ['kubernetes', 'gpu'] }, ignored: [] });
    const { input, ignored } = parse('skills=gpu,rust');
    expect(input.skills).toEqual(['gpu']);
    expect(ignored).toEqual([{ name: 'skills', value: 'rust', reason: expect.stringMatching(/^not among/) }]);
    expect(parse('level=principal&mode=freelance&equity=50k&rate=$350&overhead=25%').given).toEqual({
      level: 'staff',
      mode: 'consulting',
      equity: 50_000,
      rate: 350,
      overhead: 25,
    });
  });

  it('refuses a decimal comma rather than reading 1,5 as 15', () => {
    const { given, ignored } = parse('rate=1,5');
    expect(given.rate).toBeUndefined();
    expect(ignored[0]!.reason).toMatch(/use a point for decimals/);
    expect(parse('rate=1.5').given.rate).toBe(1.5);
  });

  it('reads a long run of repeats in linear time, and caps the query it reads', () => {
    const repeats = Array.from({ length: 50_000 }, () => 'level=senior').join('&');
    const started = performance.now();
    expect(parseCalculatorParams(new URLSearchParams(repeats)).given.level).toBe('senior');
    expect(performance.now() - started).toBeLessThan(1000);
    const { params, ignored } = readQuery(`?${repeats}`);
    expect([...params].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH / 'level=senior&'.length + 1);
    expect(ignored).toEqual([expect.objectContaining({ name: 'address' })]);
    expect(readQuery('?level=staff').ignored).toEqual([]);
  });

  it('shortens long or control-character values in notices', () => {
    const { ignored } = parse(`level=${'x'.repeat(150)}%00%0A`);
    expect(ignored[0]!.value.length).toBeLessThanOrEqual(41);
    expect(parse(`level=a%00b`).ignored[0]!.value).toBe('a�b');
    expect(parse(`level=${'y'.repeat(5000)}`).ignored[0]!.reason).toBe('too long');
  });

  it('accepts numbers at their bounds and with thousands separators', () => {
    expect(parse('rate=1&hours=4000&overhead=0&equity=10,000,000').given).toMatchObject({
      rate: 1,
      hours: 4000,
      overhead: 0,
      equity: 10_000_000,
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('level', 'skills', 'rate', 'mode', 'x'), fc.string({ unit: 'grapheme' }))),
        (pairs) => {
          const input = withDefaults(parseCalculatorParams(pairs).given);
          expect(LEVELS).toContain(input.level);
          expect(input.skills.every((s) => (SKILLS as readonly string[]).includes(s))).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('serializeCalculatorParams', () => {
  it('writes only what differs from the defaults', () => {
    expect(serializeCalculatorParams({ ...DEFAULT_INPUT, skills: [] }).toString()).toBe('');
    expect(serializeCalculatorParams({ ...DEFAULT_INPUT, level: 'staff', skills: ['gpu', 'cloud'] }).toString()).toBe(
      'level=staff&skills=cloud%2Cgpu',
    );
  });

  it('round-trips every parameter through the parser, assumptions included', () => {
    const numberArb = (name: string) => {
      const f = FIELDS.find((x) => x.name === name)!;
      return fc.option(
        fc.oneof(
          fc.integer({ min: 'min' in f ? f.min : 0, max: 'max' in f ? f.max : 0 }),
          fc.integer({ min: 'min' in f ? f.min * 100 : 0, max: 'max' in f ? f.max * 100 : 0 }).map((n) => n / 100),
        ),
        { nil: undefined },
      );
    };
    const assumptionsArb = fc.option(
      fc.record(
        Object.fromEntries(
          ADJUSTABLE_ASSUMPTIONS.map((a) => [
            a.id,
            fc
              .integer({
                min: Math.round(toDisplay(a.unit, a.min) * 100),
                max: Math.round(toDisplay(a.unit, a.max) * 100),
              })
              .map((n) => (a.unit === 'percent' ? n / 10_000 : n / 100))
              .filter((v) => v !== a.value),
          ]),
        ),
        { requiredKeys: [] },
      ),
      { nil: undefined },
    );
    const inputArb = fc.record(
      {
        level: fc.constantFrom(...LEVELS),
        country: fc.constantFrom(...FIELDS.find((f) => f.name === 'country')!.options.map((o) => o.value)),
        location: fc.constantFrom(...LOCATIONS),
        skills: fc.subarray([...SKILLS]),
        company: fc.constantFrom(...COMPANIES),
        mode: fc.constantFrom('salary' as const, 'consulting' as const),
        rate: numberArb('rate'),
        hours: numberArb('hours'),
        overhead: numberArb('overhead'),
        equity: numberArb('equity'),
        assumptions: assumptionsArb,
      },
      { requiredKeys: ['level', 'country', 'location', 'skills', 'company', 'mode'] },
    ) as fc.Arbitrary<SalaryInput>;
    const defined = (o: object) => JSON.parse(JSON.stringify(o));
    fc.assert(
      fc.property(inputArb, (input) => {
        const { given, ignored } = parseCalculatorParams(serializeCalculatorParams(input));
        expect(ignored).toEqual([]);
        const back = withDefaults(given);
        const expected = defined(input);
        if (expected.assumptions && Object.keys(expected.assumptions).length === 0) delete expected.assumptions;
        expect(defined(back)).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('rewrites an address case-insensitively and keeps the host’s own parameters', () => {
    const url = rewriteUrl('https://host.example/page?LEVEL=staff&utm=x&Skills=gpu#top', {
      ...DEFAULT_INPUT,
      level: 'senior',
    });
    expect(url).toBe('https://host.example/page?utm=x&level=senior#top');
  });
});
