/**
 * The salary model: pure, no DOM. Input in, estimate out, with every step naming
 * the cited figure or labelled assumption it used. See /reference/method/.
 */
import { factEntries } from '../../data/facts';
import { formatUsd } from '../format';
import { resolveAssumptions, type AssumptionId, type AssumptionValues } from './assumptions';
import {
  LEVELS,
  LEVEL_LABELS,
  type Estimate,
  type Level,
  type SalaryEstimate,
  type SalaryInput,
  type Skill,
  type Step,
} from './types';

type RangeId = 'pay-us-range' | 'pay-gpu-top-firms' | 'pay-consulting';

function cited(id: RangeId): { id: RangeId; low: number; high: number } {
  const fact = factEntries.find((f) => f.id === id);
  if (!fact || fact.kind !== 'range') throw new Error(`The model needs the cited range "${id}"`);
  return { id, low: fact.low, high: fact.high };
}

const LEVEL_POSITION: Record<Level, AssumptionId> = {
  entry: 'level-entry-position',
  mid: 'level-mid-position',
  senior: 'level-senior-position',
  staff: 'level-staff-position',
};

/** Skill premiums: each an assumption, each backed by the claim that the skill pays more. */
const SKILL_PREMIUM: Record<Skill, { assumption: AssumptionId; claim: string; label: string }> = {
  kubernetes: { assumption: 'premium-kubernetes', claim: 'skill-k8s-mlops', label: 'Kubernetes-focused MLOps' },
  cloud: { assumption: 'premium-cloud', claim: 'skill-cloud-premium', label: 'Cloud fluency' },
  gpu: { assumption: 'premium-gpu', claim: 'pay-gpu-top-firms', label: 'GPU optimisation (outside top firms)' },
  automation: { assumption: 'premium-automation', claim: 'skill-automation', label: 'Infrastructure automation' },
};

const SKILL_PREMIUM_ORDER: readonly Skill[] = ['kubernetes', 'cloud', 'gpu', 'automation'];

const US_ONLY = 'The sources cover the United States only; pay elsewhere is not estimated.';
const EQUITY_NOTE =
  'The sources give no figure for equity or bonus: only the amount you entered is added, and nothing is assumed.';

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const roundTo = (v: number, step: number) => Math.round(v / step) * step;
const fraction = (v: number) => `${v > 0 ? '+' : ''}${v.toFixed(2)}`;
const percent = (v: number) => `+${Math.round(v * 1000) / 10}%`;

/** The level's position in a band; never below a lower level's, so more experience never lowers pay. */
function levelPosition(level: Level, a: AssumptionValues): number {
  let position = 0;
  for (const l of LEVELS.slice(0, LEVELS.indexOf(level) + 1)) position = Math.max(position, a[LEVEL_POSITION[l]]);
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
  low: number;
  mid: number;
  high: number;
  steps: Step[];
  notes: string[];
}

/** Salaried pay within the cited US range, moved by level and location, then skill premiums. */
function generalSalary(input: SalaryInput, a: AssumptionValues): Working & { band: ReturnType<typeof cited> } {
  const band = cited('pay-us-range');
  const steps: Step[] = [
    {
      factor: 'Cited US range',
      effect: `${formatUsd(band.low)}–${formatUsd(band.high)} a year, placed by experience and location`,
      basis: { kind: 'figure', id: band.id },
    },
  ];
  const position = levelPosition(input.level, a);
  steps.push({
    factor: LEVEL_LABELS[input.level],
    effect: `centre at ${position.toFixed(2)} of the band`,
    basis: { kind: 'assumption', id: LEVEL_POSITION[input.level] },
  });
  let shift = 0;
  if (input.location === 'hub') {
    shift = a['location-hub-shift'];
    steps.push({
      factor: 'Major tech hub',
      effect: `${fraction(shift)} of the band`,
      basis: { kind: 'assumption', id: 'location-hub-shift' },
    });
  } else if (input.location === 'other') {
    shift = a['location-other-shift'];
    steps.push({
      factor: 'Outside large metros',
      effect: `${fraction(shift)} of the band`,
      basis: { kind: 'assumption', id: 'location-other-shift' },
    });
  }
  const spread = a['band-spread'];
  const placed = place(band, clamp01(position + shift), spread);
  steps.push({
    factor: 'Range around the centre',
    effect: `±${spread.toFixed(2)} of the band`,
    basis: { kind: 'assumption', id: 'band-spread' },
    range: { low: placed.low, high: placed.high },
  });
  let { low, mid, high } = placed;
  for (const skill of SKILL_PREMIUM_ORDER) {
    if (!input.skills.includes(skill)) continue;
    const premium = SKILL_PREMIUM[skill];
    const factor = 1 + Math.max(0, a[premium.assumption]);
    low *= factor;
    mid *= factor;
    high *= factor;
    steps.push({
      factor: premium.label,
      effect: percent(factor - 1),
      basis: { kind: 'assumption', id: premium.assumption },
      range: { low, high },
    });
  }
  const notes: string[] = [];
  if (input.company === 'top') {
    steps.push({
      factor: 'Top company',
      effect:
        'no change: the sources say senior people there can earn more, especially with equity, but give no figure',
      basis: { kind: 'figure', id: 'pay-senior-equity' },
    });
  }
  return { band, low, mid, high, steps, notes };
}

/** GPU optimisation at a top firm: the cited band for that work, placed by level. */
function gpuTopSalary(input: SalaryInput, a: AssumptionValues): Working & { band: ReturnType<typeof cited> } {
  const band = cited('pay-gpu-top-firms');
  const position = levelPosition(input.level, a);
  const placed = place(band, position, a['band-spread']);
  const steps: Step[] = [
    {
      factor: 'GPU optimisation at a top firm',
      effect: `cited band ${formatUsd(band.low)}–${formatUsd(band.high)} a year`,
      basis: { kind: 'figure', id: band.id },
    },
    {
      factor: LEVEL_LABELS[input.level],
      effect: `centre at ${position.toFixed(2)} of the band`,
      basis: { kind: 'assumption', id: LEVEL_POSITION[input.level] },
    },
    {
      factor: 'Range around the centre',
      effect: `±${a['band-spread'].toFixed(2)} of the band`,
      basis: { kind: 'assumption', id: 'band-spread' },
      range: { low: placed.low, high: placed.high },
    },
  ];
  const notes = [
    'The cited GPU band is not broken down by location or by other skills, so neither moves this estimate.',
  ];
  return { band, ...placed, steps, notes };
}

function salaried(input: SalaryInput, a: AssumptionValues): SalaryEstimate {
  const general = generalSalary(input, a);
  let chosen: Working & { band: ReturnType<typeof cited> } = general;
  if (input.company === 'top' && input.skills.includes('gpu')) {
    const gpu = gpuTopSalary(input, a);
    // Whichever is higher, end by end: adding the GPU skill never lowers an estimate,
    // even when the reader sets the other premiums very high.
    if (gpu.low >= general.low && gpu.mid >= general.mid && gpu.high >= general.high) chosen = gpu;
    else {
      chosen = {
        ...gpu,
        low: Math.max(gpu.low, general.low),
        mid: Math.max(gpu.mid, general.mid),
        high: Math.max(gpu.high, general.high),
        steps: [...gpu.steps, ...general.steps.slice(1)],
        notes: [
          ...gpu.notes,
          'Your assumed skill premiums exceed the cited GPU band at some ends; the higher figure is shown.',
        ],
      };
    }
  }
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
  notes.push(EQUITY_NOTE, US_ONLY);
  return {
    low,
    mid,
    high,
    currency: 'USD',
    period: 'year',
    mode: 'salary',
    band: { id: chosen.band.id, low: chosen.band.low, high: chosen.band.high },
    aboveCitedRange,
    steps,
    notes,
  };
}

function consulting(input: SalaryInput, a: AssumptionValues): Estimate {
  const band = cited('pay-consulting');
  const steps: Step[] = [];
  let rateLow = band.low;
  let rateHigh = band.high;
  if (input.rate !== undefined) {
    rateLow = rateHigh = input.rate;
    steps.push({
      factor: 'Your hourly rate',
      effect: `${formatUsd(input.rate)} an hour`,
      basis: { kind: 'input', id: 'rate' },
    });
  } else {
    steps.push({
      factor: 'Cited consulting rates',
      effect: `${formatUsd(band.low)}–${formatUsd(band.high)} an hour`,
      basis: { kind: 'figure', id: band.id },
    });
  }
  const hours = input.hours ?? a['consulting-hours'];
  steps.push({
    factor: 'Billable hours a year',
    effect: `× ${hours.toLocaleString('en-US')}`,
    basis: input.hours !== undefined ? { kind: 'input', id: 'hours' } : { kind: 'assumption', id: 'consulting-hours' },
    range: { low: rateLow * hours, high: rateHigh * hours },
  });
  const overhead = input.overhead !== undefined ? input.overhead / 100 : a['consulting-overhead'];
  const keep = 1 - Math.min(0.9, Math.max(0, overhead));
  const low = roundTo(rateLow * hours * keep, 1000);
  const high = roundTo(rateHigh * hours * keep, 1000);
  const mid = roundTo(((rateLow + rateHigh) / 2) * hours * keep, 1000);
  steps.push({
    factor: 'Cost of running the business',
    effect: `−${Math.round(overhead * 1000) / 10}% of revenue`,
    basis:
      input.overhead !== undefined
        ? { kind: 'input', id: 'overhead' }
        : { kind: 'assumption', id: 'consulting-overhead' },
    range: { low, high },
  });
  const comparison = salaried({ ...input, mode: 'salary' }, a);
  return {
    low,
    mid: Math.min(high, Math.max(low, mid)),
    high,
    currency: 'USD',
    period: 'year',
    mode: 'consulting',
    band: { id: band.id, low: band.low, high: band.high },
    aboveCitedRange: false,
    steps,
    notes: [
      'Consulting figures are yearly revenue after business costs and before tax; the sources give hourly rates only.',
      'Equity and bonus belong to salaried roles, so they count only in the salaried comparison.',
      US_ONLY,
    ],
    salaried: comparison,
  };
}

/**
 * Estimates yearly pay for a profile. Always finite, with low ≤ mid ≤ high; more
 * experience or an added skill never lowers it. `assumptions` overrides the
 * model's defaults (clamped to each assumption's bounds).
 */
export function estimateSalary(input: SalaryInput, assumptions: Partial<Record<string, number>> = {}): Estimate {
  const a = resolveAssumptions(assumptions);
  return input.mode === 'consulting' ? consulting(input, a) : salaried(input, a);
}
