import type { AssumptionInput } from './schema';

/**
 * The guide's own model assumptions: numbers no source gives. Each is labelled as
 * an assumption wherever it is shown, with its reason, and the reader can change it
 * in the calculator. `unit: 'fraction'` values are positions within a cited band
 * (0 = its bottom, 1 = its top).
 */
export const assumptionEntries = [
  {
    id: 'level-entry-position',
    label: 'Entry level: position in the cited band',
    value: 0.15,
    unit: 'fraction',
    min: 0,
    max: 1,
    rationale:
      'The sources say experience moves pay within the band but not by how much; we place entry-level engineers near its bottom.',
  },
  {
    id: 'level-mid-position',
    label: 'Mid level: position in the cited band',
    value: 0.4,
    unit: 'fraction',
    min: 0,
    max: 1,
    rationale: 'Mid-level engineers sit below the middle of the band, with room to grow into senior pay.',
  },
  {
    id: 'level-senior-position',
    label: 'Senior level: position in the cited band',
    value: 0.65,
    unit: 'fraction',
    min: 0,
    max: 1,
    rationale: 'Senior engineers sit in the upper half of the band; the sources say only that experience raises pay.',
  },
  {
    id: 'level-staff-position',
    label: 'Staff or principal: position in the cited band',
    value: 0.85,
    unit: 'fraction',
    min: 0,
    max: 1,
    rationale:
      'Staff and principal engineers sit near the top of the band; pay above it is possible but not quantified.',
  },
  {
    id: 'band-spread',
    label: 'Spread of the estimate around its centre',
    value: 0.15,
    unit: 'fraction',
    min: 0,
    max: 0.5,
    rationale:
      'Real offers for one profile vary; we show a range of this share of the band on each side of the centre rather than one number.',
  },
  {
    id: 'location-hub-shift',
    label: 'Major tech hub: shift within the band',
    value: 0.15,
    unit: 'fraction',
    min: 0,
    max: 0.5,
    rationale: 'The sources say location moves pay within the band, not by how much; hubs pay toward its top.',
  },
  {
    id: 'location-other-shift',
    label: 'Outside large metros: shift within the band',
    value: -0.15,
    unit: 'fraction',
    min: -0.5,
    max: 0,
    rationale: 'Smaller markets pay toward the bottom of the band; other large metros are the reference (no shift).',
  },
  {
    id: 'premium-kubernetes',
    label: 'Premium for Kubernetes-focused MLOps',
    value: 0.05,
    unit: 'percent',
    min: 0,
    max: 0.5,
    rationale:
      'Second Talent puts Kubernetes-focused MLOps among the best-paid infrastructure skills without a percentage; 5% is a cautious stand-in.',
  },
  {
    id: 'premium-cloud',
    label: 'Premium for cloud fluency',
    value: 0.05,
    unit: 'percent',
    min: 0,
    max: 0.5,
    rationale: 'Second Talent calls the cloud premium meaningful without a number; 5% is a cautious stand-in.',
  },
  {
    id: 'premium-gpu',
    label: 'Premium for GPU optimisation outside top firms',
    value: 0.08,
    unit: 'percent',
    min: 0,
    max: 0.5,
    rationale:
      'The cited GPU band applies to top firms only; elsewhere we assume a smaller premium, larger than the others because the skill is scarcer.',
  },
  {
    id: 'premium-automation',
    label: 'Premium for infrastructure automation and ML pipelines',
    value: 0.03,
    unit: 'percent',
    min: 0,
    max: 0.5,
    rationale:
      'The article says this expertise out-earns generalist DevOps without a figure; 3% is a cautious stand-in.',
  },
  {
    id: 'consulting-hours',
    label: 'Billable hours a year as a consultant',
    value: 1200,
    unit: 'hours',
    min: 1,
    max: 4000,
    rationale:
      'A full-time year is about 2,080 working hours; independent consultants spend much of it finding work, on admin and between contracts, so we assume a little under 60% is billed.',
  },
  {
    id: 'consulting-overhead',
    label: 'Share of consulting revenue spent running the business',
    value: 0.2,
    unit: 'percent',
    min: 0,
    max: 0.9,
    rationale:
      'Insurance, equipment, accounting, training and benefits an employer would otherwise pay; 20% is a round, cautious stand-in. Taxes are not included.',
  },
] as const satisfies readonly AssumptionInput[];
