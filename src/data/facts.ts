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
    pay: {
      country: 'US',
      year: 2025,
      level: 'all',
      payType: 'unstated',
      about: 'AI infrastructure engineer',
      statistic: 'range',
    },
    source: 'refonte-2025',
    statement: 'US AI infrastructure engineers earn this much a year, depending on experience and location.',
    quote:
      'US AI infrastructure engineers earn $120,000 to $200,000, depending on experience and location (Refonte Learning, 2025).',
    quotedFrom: 'source-article',
  },
  {
    id: 'pay-senior-equity',
    kind: 'claim',
    source: 'source-article',
    statement: 'Senior engineers at top companies can earn more than the US range, especially with equity.',
    quote: 'Senior professionals at top companies can earn even more, especially with equity.',
  },
  {
    id: 'skill-k8s-mlops',
    kind: 'claim',
    source: 'second-talent-2026',
    statement: 'MLOps engineers who specialise in Kubernetes earn among the highest salaries in infrastructure.',
    quote:
      'According to Second Talent (2026), MLOps engineers who specialize in Kubernetes earn among the highest salaries in the infrastructure space',
    quotedFrom: 'source-article',
  },
  {
    id: 'skill-cloud-premium',
    kind: 'claim',
    source: 'second-talent-2026',
    statement: 'Cloud fluency adds a meaningful pay premium (no percentage is given).',
    quote:
      'MLOps engineers who specialize in Kubernetes earn among the highest salaries in the infrastructure space, with cloud fluency adding a meaningful premium.',
    quotedFrom: 'source-article',
  },
  {
    id: 'pay-gpu-top-firms',
    kind: 'range',
    low: 280_000,
    high: 420_000,
    unit: 'usd-per-year',
    pay: {
      country: 'global',
      year: 2026,
      level: 'unstated',
      payType: 'unstated',
      about: 'Engineer tuning distributed-training infrastructure at a top firm',
      statistic: 'range',
    },
    source: 'jobs-by-culture-2026',
    statement:
      'Engineers who tune distributed-training infrastructure (GPU optimisation) can earn this much at top firms.',
    quote:
      'Those who tune distributed training infrastructure can earn $280,000 to $420,000 at top firms (Jobs by Culture, 2026).',
    quotedFrom: 'source-article',
  },
  {
    id: 'skill-automation',
    kind: 'claim',
    source: 'source-article',
    statement: 'Expertise in infrastructure automation and ML pipelines out-earns generalist DevOps.',
    quote:
      'engineers with expertise in infrastructure automation and ML pipelines consistently out-earn generalist DevOps peers.',
  },
  {
    id: 'ladder-staff',
    kind: 'range',
    low: 3,
    high: 5,
    unit: 'years',
    source: 'source-article',
    statement: 'Senior AI infrastructure engineers often reach staff or principal roles within this many years.',
    quote: 'Senior AI infrastructure engineers often move into staff or principal roles within three to five years.',
  },
  {
    id: 'pay-consulting',
    kind: 'range',
    low: 300,
    high: 500,
    unit: 'usd-per-hour',
    pay: {
      country: 'global',
      year: 2026,
      level: 'unstated',
      payType: 'unstated',
      about: 'Independent AI infrastructure consultant (hourly rate)',
      statistic: 'range',
    },
    source: 'van-riel-2026',
    statement: 'Some AI infrastructure engineers consult independently at this hourly rate.',
    quote: 'Some consult independently at $300-$500 per hour (Van Riel, 2026).',
    quotedFrom: 'source-article',
  },
  {
    id: 'role-scope',
    kind: 'claim',
    source: 'source-article',
    statement:
      'The role designs, deploys and maintains the computing environments that run ML systems, working with data scientists and ML engineers so models hold up in production.',
    quote:
      'AI infrastructure engineers design, deploy, and maintain the computing environments that power machine learning systems. They work closely with data scientists and ML engineers',
  },
  {
    id: 'role-tasks',
    kind: 'claim',
    source: 'source-article',
    statement:
      'Managing cloud resources on AWS, Azure or GCP; containerising with Kubernetes and Docker; CI/CD pipelines for model deployment; provisioning GPU clusters as training scales.',
    quote:
      'managing cloud resources on AWS, Azure, or GCP, containerizing workloads with Kubernetes and Docker, building CI/CD pipelines for model deployment, and provisioning GPU clusters as organizations scale training workloads.',
  },
  {
    id: 'role-intersection',
    kind: 'claim',
    source: 'source-article',
    statement: 'The role sits where cloud engineering, MLOps and platform work meet.',
    quote:
      'The AI infrastructure engineer sits at a fascinating intersection of cloud engineering, MLOps, and platform work.',
  },
  {
    id: 'entry-backgrounds',
    kind: 'claim',
    source: 'source-article',
    statement: 'Common ways in: DevOps, cloud engineering, data engineering.',
    quote: 'Many professionals transition from traditional DevOps, cloud engineering, or data engineering backgrounds.',
  },
  {
    id: 'entry-steps',
    kind: 'claim',
    source: 'source-article',
    statement:
      'Get hands-on with Kubernetes; build an MLOps pipeline with MLflow; deploy an end-to-end AI workload on a major cloud; show a portfolio of real projects.',
    quote:
      'get hands-on with Kubernetes. Build an MLOps pipeline with MLflow. Deploy at least one end-to-end AI workload on a major cloud platform.',
  },
  {
    id: 'market-window',
    kind: 'claim',
    source: 'source-article',
    statement: 'The market favours candidates now; supply will catch up.',
    quote: 'Right now, the AI infrastructure engineering market heavily favors candidates.',
  },
  {
    id: 'market-advice',
    kind: 'claim',
    source: 'source-article',
    statement: 'Build real skills, ship projects, target companies with strong AI ambitions.',
    quote: 'Build real infrastructure skills and ship actual projects. Target companies with strong AI ambitions.',
  },
] as const satisfies readonly FactInput[];
