import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPANIES,
  DEFAULT_INPUT,
  LEVELS,
  LOCATIONS,
  SKILLS,
  describeIgnored,
  parseCalculatorParams,
  serializeCalculatorParams,
  type SalaryInput,
} from '../../src/lib/salary';

const parse = (query: string) => parseCalculatorParams(new URLSearchParams(query));

describe('parseCalculatorParams', () => {
  it('reads every parameter of the contract', () => {
    const { input, ignored } = parse(
      'level=senior&location=hub&skills=gpu,kubernetes&company=top&mode=consulting&rate=350&hours=1500&overhead=25&equity=40000',
    );
    expect(ignored).toEqual([]);
    expect(input).toEqual({
      level: 'senior',
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
    expect(parse('')).toEqual({ input: { ...DEFAULT_INPUT, skills: [] }, ignored: [] });
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
  ])('ignores %s=%s with a notice, and uses the default', (name, value) => {
    const { input, ignored } = parseCalculatorParams([[name, value]]);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.name).toBe(name);
    expect(input).toEqual({ ...DEFAULT_INPUT, skills: [] });
    expect(describeIgnored(ignored[0]!)).toMatch(
      new RegExp(`^Ignored ${name}=".*": .+\\. The default is used instead\\.$`),
    );
  });

  it('rejects a parameter repeated with different values', () => {
    const { input, ignored } = parse('level=senior&level=staff');
    expect(input.level).toBe(DEFAULT_INPUT.level);
    expect(ignored).toEqual([
      { name: 'level', value: 'senior | staff', reason: 'given more than once with different values' },
    ]);
  });

  it('keeps known skills and names the unknown ones', () => {
    const { input, ignored } = parse('skills=kubernetes,<b>rust</b>,cloud');
    expect(input.skills).toEqual(['kubernetes', 'cloud']);
    expect(ignored).toEqual([{ name: 'skills', value: '<b>rust</b>', reason: expect.stringMatching(/^not among/) }]);
  });

  it('shortens long or control-character values in notices', () => {
    const { ignored } = parse(`level=${'x'.repeat(150)}%00%0A`);
    expect(ignored[0]!.value.length).toBeLessThanOrEqual(41);
    expect(parse(`level=a%00b`).ignored[0]!.value).toBe('a�b');
    expect(parse(`level=${'y'.repeat(5000)}`).ignored[0]!.reason).toBe('too long');
  });

  it('accepts numbers at their bounds and with thousands separators', () => {
    expect(parse('rate=1&hours=4000&overhead=0&equity=10,000,000').input).toMatchObject({
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
          const { input } = parseCalculatorParams(pairs);
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

  it('round-trips through the parser', () => {
    const inputArb: fc.Arbitrary<SalaryInput> = fc.record(
      {
        level: fc.constantFrom(...LEVELS),
        location: fc.constantFrom(...LOCATIONS),
        skills: fc.subarray([...SKILLS]),
        company: fc.constantFrom(...COMPANIES),
        mode: fc.constantFrom('salary' as const, 'consulting' as const),
        rate: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
        overhead: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
      },
      { requiredKeys: ['level', 'location', 'skills', 'company', 'mode'] },
    );
    fc.assert(
      fc.property(inputArb, (input) => {
        const { input: back, ignored } = parseCalculatorParams(serializeCalculatorParams(input));
        expect(ignored).toEqual([]);
        expect(back).toEqual(input);
      }),
      { numRuns: 2_000 },
    );
  });
});
