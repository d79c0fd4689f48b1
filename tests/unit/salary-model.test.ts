import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumptionEntries } from '../../src/data/assumptions';
import {
  COMPANIES,
  DEFAULT_ASSUMPTIONS,
  FIELDS,
  DEFAULT_INPUT,
  LEVELS,
  LOCATIONS,
  SKILLS,
  deriveConsultingIncome,
  estimateSalary,
  type Estimate,
  type SalaryInput,
} from '../../src/lib/salary';
import { payFigureEntries } from '../../src/data/pay-figures';
import { payCountries, payFacts, type PayFact } from '../../src/lib/salary/evidence';
import { COUNTRY_NAMES, countryName } from '../../src/lib/salary/fields';
import { matchesProfile, profileFigures } from '../../src/lib/salary/profile';
import { formatRange } from '../../src/lib/format';

const profile = (over: Partial<SalaryInput> = {}): SalaryInput => ({ ...DEFAULT_INPUT, skills: [], ...over });

describe('estimateSalary: hand-picked cases', () => {
  it('places a mid-level engineer in another large metro inside the cited US range', () => {
    const e = estimateSalary(profile());
    // Centre 0.40 of $120k–$200k = $152k; ±0.15 of the band = ±$12k.
    expect([e.low, e.mid, e.high]).toEqual([140_000, 152_000, 164_000]);
    expect(e).toMatchObject({ currency: 'USD', period: 'year', mode: 'salary', aboveCitedRange: false });
    expect(e.band).toMatchObject({ id: 'pay-us-range', low: 120_000, high: 200_000 });
    expect(e.steps[0]!.basis).toEqual({ kind: 'figure', id: 'pay-us-range' });
    expect(e.steps.map((s) => s.basis.id)).toContain('level-mid-position');
  });

  it('moves a senior engineer in a hub towards the top of the band, without leaving it', () => {
    const e = estimateSalary(profile({ level: 'senior', location: 'hub' }));
    // Centre 0.65 + 0.15 = 0.80 → $184k; high clamps at the band's top.
    expect([e.low, e.mid, e.high]).toEqual([172_000, 184_000, 196_000]);
    expect(e.steps.map((s) => s.basis.id)).toContain('location-hub-shift');
  });

  it('keeps entry level outside large metros at the bottom of the band', () => {
    const e = estimateSalary(profile({ level: 'entry', location: 'other' }));
    expect(e.low).toBe(120_000);
    expect(e.mid).toBe(120_000);
    expect(e.high).toBe(132_000);
  });

  it('applies each skill premium as a labelled assumption and says when it leaves the cited range', () => {
    const e = estimateSalary(profile({ level: 'staff', location: 'hub', skills: ['kubernetes', 'cloud'] }));
    const premiumSteps = e.steps.filter((s) => s.basis.id.startsWith('premium-'));
    expect(premiumSteps.map((s) => [s.basis.kind, s.basis.id, s.effect])).toEqual([
      ['assumption', 'premium-kubernetes', '+5%'],
      ['assumption', 'premium-cloud', '+5%'],
    ]);
    expect(e.high).toBeGreaterThan(200_000);
    expect(e.aboveCitedRange).toBe(true);
    expect(e.notes.join(' ')).toMatch(/above the cited band/);
  });

  it('uses the cited GPU band at a top firm, placed by level', () => {
    const senior = estimateSalary(profile({ level: 'senior', company: 'top', skills: ['gpu'] }));
    expect(senior.band).toMatchObject({ id: 'pay-gpu-top-firms', low: 280_000, high: 420_000 });
    // Centre 0.65 of $280k–$420k = $371k; ±$21k.
    expect([senior.low, senior.mid, senior.high]).toEqual([350_000, 371_000, 392_000]);
    expect(senior.steps[0]!.basis).toEqual({ kind: 'figure', id: 'pay-gpu-top-firms' });
    const staff = estimateSalary(profile({ level: 'staff', company: 'top', skills: ['gpu'], location: 'other' }));
    expect(staff.high).toBeLessThanOrEqual(420_000);
    expect(staff.notes.join(' ')).toMatch(/not broken down by location/);
  });

  it('adds only the equity the reader enters, and says the sources give none', () => {
    const without = estimateSalary(profile());
    const withEquity = estimateSalary(profile({ equity: 25_000 }));
    expect(withEquity.mid - without.mid).toBe(25_000);
    expect(withEquity.steps.at(-1)!.basis).toEqual({ kind: 'input', id: 'equity' });
    expect(without.notes.join(' ')).toMatch(/no figure for equity/);
  });

  it('says which country its figures are for', () => {
    expect(estimateSalary(profile()).notes.join(' ')).toMatch(/United States/);
    expect(estimateSalary(profile({ mode: 'consulting' })).salaried!.notes.join(' ')).toMatch(/United States/);
  });

  it('GPU at a top firm with high premiums: the higher figure at each end, and no step twice', () => {
    const input = profile({ level: 'staff', location: 'hub', company: 'top', skills: [...SKILLS] });
    const e = estimateSalary(input, { 'premium-kubernetes': 0.5, 'premium-cloud': 0.5, 'premium-automation': 0.5 });
    const general = estimateSalary(
      { ...input, company: 'other' },
      {
        'premium-kubernetes': 0.5,
        'premium-cloud': 0.5,
        'premium-automation': 0.5,
      },
    );
    expect(e.high).toBe(general.high);
    expect(e.low).toBeGreaterThanOrEqual(280_000);
    const factors = e.steps.map((s) => s.factor);
    expect(new Set(factors).size).toBe(factors.length);
    expect(e.notes.join(' ')).toMatch(/higher figure is shown/);
  });

  it('says why a top company without the GPU skill does not move the estimate', () => {
    const top = estimateSalary(profile({ company: 'top' }));
    expect([top.low, top.high]).toEqual([140_000, 164_000]);
    expect(top.steps.at(-1)).toMatchObject({ factor: 'A top company', effect: expect.stringMatching(/^no change: /) });
  });

  it('every setting moves the estimate or a step says why it cannot', () => {
    const base = estimateSalary(profile());
    const changes: Partial<SalaryInput>[] = [
      { level: 'senior' },
      { location: 'hub' },
      { company: 'top' },
      { skills: ['cloud'] },
      { equity: 1000 },
      { mode: 'consulting' },
    ];
    for (const change of changes) {
      const e = estimateSalary(profile(change));
      const moved = e.low !== base.low || e.high !== base.high || e.mode !== base.mode;
      const explained = e.steps.some((s) => s.effect.startsWith('no change'));
      expect(moved || explained, JSON.stringify(change)).toBe(true);
    }
  });

  it('consulting: the same derivation as the pay chart, revenue after business costs', () => {
    const e = estimateSalary(profile({ mode: 'consulting' }));
    const income = deriveConsultingIncome({ hours: 1200, overhead: 0.2 });
    expect([e.low, e.high]).toEqual([income.afterCosts.low, income.afterCosts.high]);
    expect(income.revenue.high).toBeGreaterThan(income.afterCosts.high);
  });

  it('turns the cited hourly band into yearly consulting revenue after overhead, beside the salary', () => {
    const e = estimateSalary(profile({ mode: 'consulting' }));
    // $300–$500 × 1,200 hours × (1 − 20%).
    expect([e.low, e.mid, e.high]).toEqual([288_000, 384_000, 480_000]);
    expect(e.steps.map((s) => s.basis)).toEqual([
      { kind: 'figure', id: 'pay-consulting' },
      { kind: 'assumption', id: 'consulting-hours' },
      { kind: 'assumption', id: 'consulting-overhead' },
    ]);
    expect(e.salaried).toMatchObject({ mode: 'salary', low: 140_000, high: 164_000 });
  });

  it('uses the reader’s own rate, hours and overhead when given', () => {
    const e = estimateSalary(profile({ mode: 'consulting', rate: 150, hours: 1000, overhead: 10 }));
    expect([e.low, e.mid, e.high]).toEqual([135_000, 135_000, 135_000]);
    expect(e.steps.map((s) => s.basis.kind)).toEqual(['input', 'input', 'input']);
  });

  it('lets the reader change an assumption, clamped to its stated bounds', () => {
    const e = estimateSalary(profile({ skills: ['cloud'] }), { 'premium-cloud': 0.2 });
    expect(e.mid).toBe(Math.round((152_000 * 1.2) / 1000) * 1000);
    const clamped = estimateSalary(profile({ skills: ['cloud'] }), { 'premium-cloud': 99, 'no-such-assumption': 5 });
    expect(clamped.mid).toBe(Math.round((152_000 * 1.5) / 1000) * 1000);
  });
});

// --- Properties over random inputs -------------------------------------------------

const skillsArb = fc.subarray([...SKILLS]);
const inputArb: fc.Arbitrary<SalaryInput> = fc.record(
  {
    level: fc.constantFrom(...LEVELS),
    // Every country choice: the estimate stays in the US bands wherever the reader is.
    country: fc.constantFrom(...FIELDS.find((f) => f.name === 'country')!.options.map((o) => o.value)),
    location: fc.constantFrom(...LOCATIONS),
    skills: skillsArb,
    company: fc.constantFrom(...COMPANIES),
    mode: fc.constantFrom('salary' as const, 'consulting' as const),
    rate: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
    hours: fc.option(fc.integer({ min: 1, max: 4_000 }), { nil: undefined }),
    overhead: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    equity: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
  },
  { requiredKeys: ['level', 'country', 'location', 'skills', 'company', 'mode'] },
);
/** Any assumption values, including ones outside their bounds: the model must clamp them. */
const assumptionsArb = fc.record(
  Object.fromEntries(assumptionEntries.map((a) => [a.id, fc.double({ min: -2, max: 5000, noNaN: true })])),
  { requiredKeys: [] },
);

function allNumbers(e: Estimate): number[] {
  return [e.low, e.mid, e.high, ...(e.salaried ? [e.salaried.low, e.salaried.mid, e.salaried.high] : [])];
}
const RUNS = { numRuns: 10_000 };

describe('estimateSalary: properties', () => {
  it('is finite and ordered (low ≤ mid ≤ high), with any assumptions', () => {
    fc.assert(
      fc.property(inputArb, assumptionsArb, (input, assumptions) => {
        const e = estimateSalary(input, assumptions);
        for (const n of allNumbers(e)) expect(Number.isFinite(n)).toBe(true);
        expect(e.low).toBeLessThanOrEqual(e.mid);
        expect(e.mid).toBeLessThanOrEqual(e.high);
        if (e.salaried) expect(e.salaried.low <= e.salaried.mid && e.salaried.mid <= e.salaried.high).toBe(true);
        expect(e.steps.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('never lowers the estimate for more experience', () => {
    fc.assert(
      fc.property(inputArb, assumptionsArb, fc.integer({ min: 0, max: 2 }), (input, assumptions, i) => {
        const lower = estimateSalary({ ...input, level: LEVELS[i]! }, assumptions);
        const higher = estimateSalary({ ...input, level: LEVELS[i + 1]! }, assumptions);
        expect(higher.low).toBeGreaterThanOrEqual(lower.low);
        expect(higher.mid).toBeGreaterThanOrEqual(lower.mid);
        expect(higher.high).toBeGreaterThanOrEqual(lower.high);
      }),
      RUNS,
    );
  });

  it('never lowers the estimate for an added skill', () => {
    fc.assert(
      fc.property(inputArb, assumptionsArb, fc.constantFrom(...SKILLS), (input, assumptions, skill) => {
        const without = estimateSalary({ ...input, skills: input.skills.filter((s) => s !== skill) }, assumptions);
        const withSkill = estimateSalary({ ...input, skills: [...new Set([...input.skills, skill])] }, assumptions);
        expect(withSkill.low).toBeGreaterThanOrEqual(without.low);
        expect(withSkill.mid).toBeGreaterThanOrEqual(without.mid);
        expect(withSkill.high).toBeGreaterThanOrEqual(without.high);
        const [a, b] = [withSkill.salaried, without.salaried];
        if (a && b) expect(a.mid).toBeGreaterThanOrEqual(b.mid);
      }),
      RUNS,
    );
  });

  it('stays inside the stated bands with the default assumptions', () => {
    const maxPremium = SKILLS.reduce(
      (product, s) => product * (1 + DEFAULT_ASSUMPTIONS[`premium-${s}` as keyof typeof DEFAULT_ASSUMPTIONS]),
      1,
    );
    fc.assert(
      fc.property(inputArb, (input) => {
        const e = estimateSalary(input);
        const equity = input.equity ?? 0;
        if (input.mode === 'consulting') {
          const rateLow = input.rate ?? 300;
          const rateHigh = input.rate ?? 500;
          const hours = input.hours ?? 1200;
          expect(e.low).toBeGreaterThanOrEqual(Math.floor(rateLow * hours * 0.1) - 500);
          expect(e.high).toBeLessThanOrEqual(rateHigh * hours + 500);
          return;
        }
        if (input.company === 'top' && input.skills.includes('gpu')) {
          expect(e.low - equity).toBeGreaterThanOrEqual(280_000);
          expect(e.high - equity).toBeLessThanOrEqual(420_000);
        } else {
          expect(e.low - equity).toBeGreaterThanOrEqual(120_000);
          const premium = input.skills.length === 0 ? 1 : maxPremium;
          expect(e.high - equity).toBeLessThanOrEqual(200_000 * premium + 500);
          if (input.skills.length === 0) expect(e.aboveCitedRange).toBe(false);
        }
      }),
      RUNS,
    );
  });
});

describe('"A top company": figures for top employers, matched by their data, not by id', () => {
  const top = (f: PayFact) => f.pay.employer === 'top';
  const salaried = (e: Estimate) => e.salaried ?? e;

  it('lists a top-employer figure only for "A top company", at its level, with no country of its own', () => {
    const figure: PayFact = {
      id: 'made-up',
      kind: 'range',
      source: 's',
      statement: '',
      low: 1,
      high: 2,
      unit: 'usd-per-year',
      pay: {
        country: 'unstated',
        year: 2026,
        level: 'senior',
        payType: 'total',
        about: 'x',
        statistic: 'range',
        employer: 'top',
      },
    };
    const senior = { country: 'US', level: 'senior' } as const;
    expect(matchesProfile(figure, { ...senior, company: 'top' })).toBe(true);
    expect(matchesProfile(figure, { ...senior, company: 'other' })).toBe(false);
    expect(matchesProfile(figure, { ...senior, level: 'entry', company: 'top' })).toBe(false);
    // A top-employer figure from another country is not this profile's.
    expect(matchesProfile({ ...figure, pay: { ...figure.pay, country: 'GB' } }, { ...senior, company: 'top' })).toBe(
      false,
    );
    // A figure not for top employers speaks to both settings.
    const general = { ...figure, pay: { ...figure.pay, country: 'US', employer: undefined } };
    expect(matchesProfile(general, { ...senior, company: 'top' })).toBe(true);
    expect(matchesProfile(general, { ...senior, company: 'other' })).toBe(true);
  });

  it('every level: the top-company result lists exactly the data’s top-employer figures for it, and says when there are none', () => {
    for (const level of LEVELS) {
      const expected = payFacts()
        .filter((f) => top(f) && matchesProfile(f, { country: 'US', level, company: 'top' }))
        .map((f) => f.id);
      const e = estimateSalary(profile({ level, company: 'top' }));
      const listed = salaried(e).sourceFigures.map((f) => f.factId);
      expect(listed.filter((id) => top(payFacts().find((f) => f.id === id)!))).toEqual(expected);
      expect(e.notes.some((n) => n.includes('no figure for') && n.includes('at top employers'))).toBe(
        expected.length === 0,
      );
      // Without "A top company", no top-employer figure is listed.
      const other = estimateSalary(profile({ level }));
      expect(other.sourceFigures.some((f) => top(payFacts().find((p) => p.id === f.factId)!))).toBe(false);
    }
  });

  it('the top-company step without GPU work names what the sources give for top employers, and moves no base salary', () => {
    for (const level of LEVELS) {
      const plain = estimateSalary(profile({ level }));
      const atTop = estimateSalary(profile({ level, company: 'top' }));
      expect([atTop.low, atTop.mid, atTop.high]).toEqual([plain.low, plain.mid, plain.high]);
      const step = atTop.steps.find((s) => s.factor === 'A top company')!;
      const figures = payFacts().filter(
        (f) => top(f) && f.id !== 'pay-gpu-top-firms' && matchesProfile(f, { country: 'US', level, company: 'top' }),
      );
      if (figures.length === 0) expect(step.effect).toMatch(/give no top-employer pay for this level/);
      else {
        expect(step.basis).toEqual({ kind: 'figure', id: figures[0]!.id });
        expect(step.effect).toContain(formatRange(figures[0]!.low, figures[0]!.high));
      }
    }
  });
});

describe('"What the sources say for this profile": every matching figure of the evidence base', () => {
  const made = (pay: Partial<PayFact['pay']>, unit = 'usd-per-year'): PayFact => ({
    id: 'made-up',
    kind: 'range',
    source: 's',
    low: 300_000,
    high: 400_000,
    unit,
    pay: { country: 'US', year: 2026, level: 'all', payType: 'base', about: 'x', statistic: 'range', ...pay },
  });
  const at = (level: SalaryInput['level'], over: Partial<SalaryInput> = {}) => profile({ level, ...over });
  const listed = (input: SalaryInput) => (estimateSalary(input).salaried ?? estimateSalary(input)).sourceFigures;
  const ids = (input: SalaryInput) => listed(input).map((f) => f.factId);

  it('matches a figure by level, country and top employer', () => {
    const staffTotal = made({ level: 'staff', payType: 'total' });
    expect(matchesProfile(staffTotal, at('staff'))).toBe(true);
    expect(matchesProfile(staffTotal, at('mid'))).toBe(false);
    // The source's own words for a level: "principal" is the model's staff.
    expect(matchesProfile(made({ level: 'principal' }), at('staff'))).toBe(true);
    expect(matchesProfile(made({ level: 'principal' }), at('senior'))).toBe(false);
    // A level the model does not know matches no profile, rather than every one.
    expect(LEVELS.some((l) => matchesProfile(made({ level: 'lead' }), at(l)))).toBe(false);
    const british = made({ country: 'GB' }, 'gbp-per-year');
    expect(matchesProfile(british, at('mid', { country: 'GB' }))).toBe(true);
    expect(matchesProfile(british, at('mid'))).toBe(false);
    // No country named, or worldwide: not any country's figure (unless for top employers, above).
    expect(matchesProfile(made({ country: 'unstated' }), at('mid'))).toBe(false);
    expect(matchesProfile(made({ country: 'global' }), at('mid'))).toBe(false);
  });

  it('lists the pay figures of src/data/pay-figures.ts for the profiles they match, and no other', () => {
    // A figure for US software developers at every level: listed at each level in the US, never elsewhere.
    for (const level of LEVELS) expect(ids(at(level))).toContain('bls-pay-software-developers');
    expect(ids(at('mid', { country: 'GB' }))).not.toContain('bls-pay-software-developers');
    // A UK mid-career figure: only for mid level in the United Kingdom.
    expect(ids(at('mid', { country: 'GB' }))).toContain('applyo-uk-ml-mid');
    expect(ids(at('senior', { country: 'GB' }))).not.toContain('applyo-uk-ml-mid');
    expect(ids(at('mid'))).not.toContain('applyo-uk-ml-mid');
    // Senior total compensation at top employers (no country named): senior at a top company only.
    expect(ids(at('senior', { company: 'top' }))).toContain('reputo-senior-ai-infra-total');
    expect(ids(at('senior'))).not.toContain('reputo-senior-ai-infra-total');
    expect(ids(at('mid', { company: 'top' }))).not.toContain('reputo-senior-ai-infra-total');
    // Consulting lists the same figures for the salaried comparison.
    expect(ids(at('senior', { mode: 'consulting' }))).toEqual(ids(at('senior')));
  });

  it('every figure with a country and a level of the model appears for that profile', () => {
    const levelFor: Record<string, SalaryInput['level'][]> = {
      all: [...LEVELS],
      unstated: [...LEVELS],
      principal: ['staff'],
    };
    const checked = payFigureEntries.filter((f) => /^[A-Z]{2}$/.test(f.pay.country) && f.unit.endsWith('-per-year'));
    expect(checked.length).toBeGreaterThanOrEqual(20);
    for (const f of checked) {
      const levels = levelFor[f.pay.level] ?? [f.pay.level as SalaryInput['level']];
      const company = 'employer' in f.pay && f.pay.employer === 'top' ? 'top' : 'other';
      for (const level of levels) expect(ids(at(level, { country: f.pay.country, company })), f.id).toContain(f.id);
    }
  });

  it('offers every country the evidence base has figures for, the United States first', () => {
    const countries = FIELDS.find((f) => f.name === 'country')!.options.map((o) => o.value);
    expect(countries[0]).toBe('US');
    const inData = new Set(payFigureEntries.map((f) => f.pay.country).filter((c) => /^[A-Z]{2}$/.test(c)));
    expect(new Set(countries)).toEqual(new Set(['US', ...inData]));
    expect(payCountries()).toEqual(countries);
    expect(countries).toEqual(expect.arrayContaining(['GB', 'DE', 'CA', 'IN']));
  });

  it('names every country of the evidence base from its written-out list, as Intl names it', () => {
    const intl = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of payCountries()) {
      expect(COUNTRY_NAMES[code], `add ${code} to COUNTRY_NAMES in fields.ts`).toBe(intl.of(code));
    }
    // Figures without a country say so.
    expect([countryName('GLOBAL'), countryName('unstated')]).toEqual(['worldwide', 'country not stated']);
  });

  it('keeps base and total apart: the total range is total figures only, in dollars, and moves no base salary', () => {
    for (const country of payCountries()) {
      for (const level of LEVELS) {
        for (const company of COMPANIES) {
          const input = at(level, { country, company });
          const e = estimateSalary(input);
          const us = estimateSalary({ ...input, country: 'US' });
          // The estimate is base salary in the US bands, wherever the reader is.
          expect([e.low, e.mid, e.high]).toEqual([us.low, us.mid, us.high]);
          const totals = e.sourceFigures.filter((f) => f.payType === 'total' && f.unit === 'usd-per-year');
          if (totals.length === 0) expect(e.total).toBeUndefined();
          else {
            expect(e.total!.factIds).toEqual(totals.map((f) => f.factId));
            expect(e.total!.low).toBe(Math.min(...totals.map((f) => f.low)));
            expect(e.total!.high).toBe(Math.max(...totals.map((f) => f.high)));
          }
          expect(profileFigures(input).figures).toEqual(e.sourceFigures);
        }
      }
    }
    // The senior top-employer total is in the total range, not in the base estimate.
    const e = estimateSalary(at('senior', { company: 'top' }));
    expect(e.total!.factIds).toContain('reputo-senior-ai-infra-total');
    expect(e.high).toBeLessThanOrEqual(200_000);
  });

  it('says where the estimate comes from for a country other than the United States', () => {
    const notes = estimateSalary(at('mid', { country: 'GB' })).notes.join(' ');
    expect(notes).toMatch(/placed in the US band/);
    expect(notes).toMatch(/United Kingdom/);
  });
});
