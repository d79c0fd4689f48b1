import type { FactInput } from './schema';

/**
 * Every fact the guide carries, by id, each pointing to its source. Numeric facts
 * (`range`) are the only place a cited number is written down.
 */
export const factEntries = [
  {
    id: 'pay-us-range',
    kind: 'range',
    low: 120_000,
    high: 200_000,
    unit: 'usd-per-year',
    source: 'refonte-2025',
    statement: 'US AI infrastructure engineers earn this much a year, depending on experience and location.',
  },
  {
    id: 'pay-senior-equity',
    kind: 'claim',
    source: 'source-article',
    statement: 'Senior engineers at top companies can earn more than the US range, especially with equity.',
  },
  {
    id: 'skill-k8s-mlops',
    kind: 'claim',
    source: 'second-talent-2026',
    statement: 'MLOps engineers who specialise in Kubernetes earn among the highest salaries in infrastructure.',
  },
  {
    id: 'skill-cloud-premium',
    kind: 'claim',
    source: 'second-talent-2026',
    statement: 'Cloud fluency adds a meaningful pay premium (no percentage is given).',
  },
  {
    id: 'pay-gpu-top-firms',
    kind: 'range',
    low: 280_000,
    high: 420_000,
    unit: 'usd-per-year',
    source: 'jobs-by-culture-2026',
    statement:
      'Engineers who tune distributed-training infrastructure (GPU optimisation) can earn this much at top firms.',
  },
  {
    id: 'skill-automation',
    kind: 'claim',
    source: 'source-article',
    statement: 'Expertise in infrastructure automation and ML pipelines out-earns generalist DevOps.',
  },
  {
    id: 'ladder-staff',
    kind: 'range',
    low: 3,
    high: 5,
    unit: 'years',
    source: 'source-article',
    statement: 'Senior AI infrastructure engineers often reach staff or principal roles within this many years.',
  },
  {
    id: 'pay-consulting',
    kind: 'range',
    low: 300,
    high: 500,
    unit: 'usd-per-hour',
    source: 'van-riel-2026',
    statement: 'Some AI infrastructure engineers consult independently at this hourly rate.',
  },
  {
    id: 'role-scope',
    kind: 'claim',
    source: 'source-article',
    statement:
      'The role designs, deploys and maintains the computing environments that run ML systems, working with data scientists and ML engineers so models hold up in production.',
  },
  {
    id: 'role-tasks',
    kind: 'claim',
    source: 'source-article',
    statement:
      'Managing cloud resources on AWS, Azure or GCP; containerising with Kubernetes and Docker; CI/CD pipelines for model deployment; provisioning GPU clusters as training scales.',
  },
  {
    id: 'role-intersection',
    kind: 'claim',
    source: 'source-article',
    statement: 'The role sits where cloud engineering, MLOps and platform work meet.',
  },
  {
    id: 'entry-backgrounds',
    kind: 'claim',
    source: 'source-article',
    statement: 'Common ways in: DevOps, cloud engineering, data engineering.',
  },
  {
    id: 'entry-steps',
    kind: 'claim',
    source: 'source-article',
    statement:
      'Get hands-on with Kubernetes; build an MLOps pipeline with MLflow; deploy an end-to-end AI workload on a major cloud; show a portfolio of real projects.',
  },
  {
    id: 'market-window',
    kind: 'claim',
    source: 'source-article',
    statement: 'The market favours candidates now; supply will catch up.',
  },
  {
    id: 'market-advice',
    kind: 'claim',
    source: 'source-article',
    statement: 'Build real skills, ship projects, target companies with strong AI ambitions.',
  },
] as const satisfies readonly FactInput[];
