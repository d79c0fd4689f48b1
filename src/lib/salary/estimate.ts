/**
 * The salary model: pure, no DOM. Input in, estimate out, with every step naming
 * the cited figure or labelled assumption it used. low/mid/high are always BASE
 * salary (or consulting income); total compensation, where the sources give it, is
 * a separate range. See /reference/method/.
 */
import { formatRange, formatUsd, formatWhole } from '../format';
import { resolveAssumptions, type AssumptionId, type AssumptionValues } from './assumptions';
import { deriveConsultingIncome, roundTo, CONSULTING_FACT } from './consulting';
import { fact, payFacts, rangeFact } from './evidence';
import { optionLabel } from './fields';
import { matchesProfile, profileFigures } from './profile';
import {
  LEVELS,
  SKILLS,
  type Estimate,
  type Level,
  type SalaryEstimate,
  type SalaryInput,
  type Skill,
  type Step,
} from './types';

const US_BAND = 'pay-us-range';
const GPU_TOP_BAND = 'pay-gpu-top-firms';

/** The assumption that places a level in a band ("level-senior-position"). */
const levelPositionId = (level: Level): AssumptionId => `level-${level}-position`;

/** Skill premiums: each an assumption ("premium-gpu"), each backed by the claim that the skill pays more. */
const premiumId = (skill: Skill): AssumptionId => `premium-${skill}`;

const EQUITY_NOTE =
  'The sources give no figure for equity or bonus: only the amount you entered is added, and nothing is assumed.';

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const fraction = (v: number) => `${v > 0 ? '+' : ''}${v.toFixed(2)}`;
const percent = (v: number) => `+${Math.round(v * 1000) / 10}%`;
const usdRange = (low: number, high: number) => formatRange(Math.round(low), Math.round(high));

/** The level's position in a band; never below a lower level's, so more experience never lowers pay. */
function levelPosition(level: Level, a: AssumptionValues): number {
  let position = 0;
  for (const l of LEVELS.slice(0, LEVELS.indexOf(level) + 1)) position = Math.max(position, a[levelPositionId(l)]);
  return clamp01(position);
}

function place(band: { low: number; high: number }, centre: number, spread: number) {
  const span = band.high - band.low;
  return {
    low: band.low + clamp01(centre - spread) * span,
    mid: band.low + clamp01(centre) * span,
    high: band.low + clamp01(centre + spread) * span,
  };
}

interface Working {
  band: { id: string; low: number; high: number };
  low: number;
  mid: number;
  high: number;
  steps: Step[];
  notes: string[];
}

function levelStep(input: SalaryInput, position: number): Step {
  return {
    factor: optionLabel('level', input.level),
    effect: `centre at ${position.toFixed(2)} of the band`,
    basis: { kind: 'assumption', id: levelPositionId(input.level) },
  };
}

function spreadStep(a: AssumptionValues, range: { low: number; high: number }): Step {
  return {
    factor: 'Range around the centre',
    effect: `±${a['band-spread'].toFixed(2)} of the band`,
    basis: { kind: 'assumption', id: 'band-spread' },
    range,
  };
}

/** Salaried pay within the cited US range, moved by level and location, then skill premiums. */
function generalSalary(input: SalaryInput, a: AssumptionValues): Working {
  const band = rangeFact(US_BAND);
  const steps: Step[] = [
    {
      factor: 'Cited US range',
      effect: `${formatRange(band.low, band.high)} a year, placed by experience and location`,
      basis: { kind: 'figure', id: band.id },
    },
  ];
  const position = levelPosition(input.level, a);
  steps.push(levelStep(input, position));
  let shift = 0;
  if (input.location !== 'metro') {
    const id: AssumptionId = input.location === 'hub' ? 'location-hub-shift' : 'location-other-shift';
    shift = a[id];
    steps.push({
      factor: optionLabel('location', input.location),
      effect: `${fraction(shift)} of the band`,
      basis: { kind: 'assumption', id },
    });
  }
  const placed = place(band, clamp01(position + shift), a['band-spread']);
  steps.push(spreadStep(a, placed));
  let { low, mid, high } = placed;
  for (const skill of SKILLS) {
    if (!input.skills.includes(skill)) continue;
    const factor = 1 + Math.max(0, a[premiumId(skill)]);
    low *= factor;
    mid *= factor;
    high *= factor;
    steps.push({
      factor: optionLabel('skills', skill) + (skill === 'gpu' ? ' (outside the cited top-firm band)' : ''),
      effect: percent(factor - 1),
      basis: { kind: 'assumption', id: premiumId(skill) },
      range: { low, high },
    });
  }
  return { band: { id: band.id, low: band.low, high: band.high }, low, mid, high, steps, notes: [] };
}

/** GPU optimisation at a top firm: the cited band for that work, placed by level. */
function gpuTopSalary(input: SalaryInput, a: AssumptionValues): Working {
  const band = rangeFact(GPU_TOP_BAND);
  const position = levelPosition(input.level, a);
  const placed = place(band, position, a['band-spread']);
  return {
    band: { id: band.id, low: band.low, high: band.high },
    ...placed,
    steps: [
      {
        factor: 'GPU optimisation at a top firm',
        effect: `cited band ${formatRange(band.low, band.high)} a year`,
        basis: { kind: 'figure', id: band.id },
      },
      levelStep(input, position),
      spreadStep(a, placed),
    ],
    notes: ['The cited GPU band is not broken down by location or by other skills, so neither moves this estimate.'],
  };
}

function topCompany(input: SalaryInput, a: AssumptionValues): Working {
  const general = generalSalary(input, a);
  if (!input.skills.includes('gpu')) {
    // Figures the sources give for top employers at this level, read from the data (pay.employer).
    // None is base salary today, so none moves the base estimate: the step says which exist.
    const top = payFacts().filter((f) => f.id !== GPU_TOP_BAND && f.pay.employer === 'top' && matchesProfile(f, input));
    const base = top.find((f) => f.pay.payType === 'base');
    general.steps.push({
      factor: optionLabel('company', 'top'),
      effect: base
        ? `the sources give ${formatRange(base.low, base.high)} base salary a year for top employers at this level; shown under the sources for this profile, not placed in the range`
        : top.length > 0
          ? `no change to base salary: the sources' figure for top employers at this level is total compensation (${top.map((f) => formatRange(f.low, f.high)).join(', ')} a year), shown apart`
          : 'no change: the cited figures give no top-employer pay for this level, apart from GPU optimisation work (tick that skill to use it)',
      basis: { kind: 'figure', id: (base ?? top[0])?.id ?? 'pay-senior-equity' },
    });
    return general;
  }
  const gpu = gpuTopSalary(input, a);
  if (gpu.low >= general.low && gpu.mid >= general.mid && gpu.high >= general.high) return gpu;
  // Adding the GPU skill never lowers an estimate, even with very high premiums: the
  // higher figure at each end, stated once instead of repeating the placement steps.
  const low = Math.max(gpu.low, general.low);
  const high = Math.max(gpu.high, general.high);
  return {
    ...gpu,
    low,
    mid: Math.max(gpu.mid, general.mid),
    high,
    steps: [
      ...gpu.steps,
      ...general.steps.filter((s) => s.basis.id.startsWith('premium-')),
      {
        factor: 'Your skill premiums on the US range',
        effect: `${usdRange(general.low, general.high)}, above the GPU band at some ends; the higher figure is kept at each end`,
        basis: { kind: 'figure', id: US_BAND },
        range: { low, high },
      },
    ],
    notes: [
      ...gpu.notes,
      'Your assumed skill premiums exceed the cited GPU band at some ends; the higher figure is shown.',
    ],
  };
}

function salaried(input: SalaryInput, a: AssumptionValues): SalaryEstimate {
  const chosen = input.company === 'top' ? topCompany(input, a) : generalSalary(input, a);
  const steps = [...chosen.steps];
  const notes = [...chosen.notes];
  let low = roundTo(chosen.low, 1000);
  let mid = roundTo(chosen.mid, 1000);
  let high = roundTo(chosen.high, 1000);
  const aboveCitedRange = high > chosen.band.high;
  if (aboveCitedRange) {
    notes.push(
      `Skill premiums take this estimate above the cited band (top ${formatUsd(chosen.band.high)}). The sources say these skills pay more but give no figure, so that part rests on the guide's assumptions.`,
    );
  }
  if (input.equity !== undefined && input.equity > 0) {
    low += input.equity;
    mid += input.equity;
    high += input.equity;
    steps.push({
      factor: 'Equity and bonus you entered',
      effect: `+${formatUsd(input.equity)} a year`,
      basis: { kind: 'input', id: 'equity' },
      range: { low, high },
    });
  }
  notes.push(EQUITY_NOTE);
  const payType = fact(chosen.band.id)?.pay?.payType ?? 'unstated';
  if (payType !== 'base') {
    notes.push(
      'The cited band does not say whether it is base salary or total pay; the guide reads it as salary, so no bonus or equity is assumed in it.',
    );
  }
  const profile = profileFigures(input);
  notes.push(...profile.notes);
  return {
    low,
    mid,
    high,
    currency: 'USD',
    period: 'year',
    mode: 'salary',
    band: { ...chosen.band, payType },
    aboveCitedRange,
    total: profile.total,
    sourceFigures: profile.figures,
    steps,
    notes,
  };
}

function consulting(input: SalaryInput, a: AssumptionValues): Estimate {
  const band = rangeFact(CONSULTING_FACT);
  const income = deriveConsultingIncome({
    ...(input.rate !== undefined ? { rate: input.rate } : {}),
    hours: input.hours ?? a['consulting-hours'],
    overhead: input.overhead !== undefined ? input.overhead / 100 : a['consulting-overhead'],
  });
  const steps: Step[] = [
    input.rate !== undefined
      ? { factor: 'Your hourly rate', effect: `${formatUsd(input.rate)} an hour`, basis: { kind: 'input', id: 'rate' } }
      : {
          factor: 'Cited consulting rates',
          effect: `${formatRange(band.low, band.high)} an hour`,
          basis: { kind: 'figure', id: band.id },
        },
    {
      factor: 'Billable hours a year',
      effect: `× ${formatWhole(income.hours)} = revenue before business costs`,
      basis:
        input.hours !== undefined ? { kind: 'input', id: 'hours' } : { kind: 'assumption', id: 'consulting-hours' },
      range: income.revenue,
    },
    {
      factor: 'Cost of running the business',
      effect: `−${Math.round(income.overhead * 1000) / 10}% of revenue`,
      basis:
        input.overhead !== undefined
          ? { kind: 'input', id: 'overhead' }
          : { kind: 'assumption', id: 'consulting-overhead' },
      range: income.afterCosts,
    },
  ];
  const { low, mid, high } = income.afterCosts;
  return {
    low,
    mid: Math.min(high, Math.max(low, mid)),
    high,
    currency: 'USD',
    period: 'year',
    mode: 'consulting',
    band: { id: band.id, low: band.low, high: band.high },
    aboveCitedRange: false,
    sourceFigures: [],
    steps,
    notes: [
      'Consulting figures are yearly revenue after business costs and before tax; the sources give hourly rates only.',
      'Location, company, skills and equity belong to salaried roles: they move only the salaried comparison.',
    ],
    salaried: salaried({ ...input, mode: 'salary' }, a),
  };
}

/**
 * Estimates yearly pay for a profile. Always finite, with low ≤ mid ≤ high; more
 * experience or an added skill never lowers it. The reader's assumption changes
 * (`input.assumptions`, then `assumptions`) are clamped to each one's bounds.
 */
export function estimateSalary(input: SalaryInput, assumptions: Partial<Record<string, number>> = {}): Estimate {
  const a = resolveAssumptions({ ...input.assumptions, ...assumptions });
  return input.mode === 'consulting' ? consulting(input, a) : salaried(input, a);
}
