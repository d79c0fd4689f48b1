import type { FactInput } from './schema';

/**
 * Every fact the guide carries, by id, each with the verbatim quote (at most 40 words)
 * that states it. `factEntries`: the article's own statements and the figures it takes
 * from its four references (quoted from the article, as those pages were read only
 * through it); the salary model and calculator use these. `independentClaimEntries`:
 * claims from the independent sources. Their pay figures are in ./pay-figures.ts.
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
      country: 'unstated',
      year: 2026,
      level: 'unstated',
      payType: 'unstated',
      about:
        'Engineers tuning distributed-training infrastructure at top firms (from a guide to AI engineers in general)',
      statistic: 'range',
      employer: 'top',
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
      country: 'unstated',
      year: 2026,
      level: 'unstated',
      payType: 'unstated',
      about: 'Independent AI infrastructure consultants (hourly rate)',
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
      'Three concrete steps for a quick move: practise Kubernetes by hand, build an MLOps pipeline in MLflow, and run one whole AI workload on a large cloud provider.',
    quote:
      'get hands-on with Kubernetes. Build an MLOps pipeline with MLflow. Deploy at least one end-to-end AI workload on a major cloud platform.',
  },
  {
    id: 'entry-portfolio',
    kind: 'claim',
    source: 'source-article',
    statement:
      'Because the field is young, engineers from neighbouring roles can move across fast if they bring the right skills and projects to show.',
    quote:
      'The field is young enough that experienced engineers from adjacent roles can reposition quickly with the right skills and a portfolio of relevant projects.',
  },
  {
    id: 'market-window',
    kind: 'claim',
    source: 'source-article',
    statement:
      'For now employers compete for few qualified people, which lifts pay; the article expects supply to catch up.',
    quote:
      'Companies are actively competing for a relatively small pool of qualified professionals, which is why compensation packages look so attractive compared to traditional infrastructure roles. Eventually, supply will catch up to demand.',
  },
  {
    id: 'market-advice',
    kind: 'claim',
    source: 'source-article',
    statement: 'Build real skills, ship projects, target companies with strong AI ambitions.',
    quote: 'Build real infrastructure skills and ship actual projects. Target companies with strong AI ambitions.',
  },
] as const satisfies readonly FactInput[];

/** Claims from the independent sources: why the figures disagree, demand, what the role is. */
export const independentClaimEntries = [
  // Why the figures disagree, demand, and what the role is.
  {
    id: 'kore1-databases-disagree',
    kind: 'claim',
    source: 'kore1-mlops',
    statement: 'Three salary databases give very different averages for the same MLOps job title.',
    quote:
      'Glassdoor says $161,000. ZipRecruiter says $88,000. Salary.com lands at $131,000. That’s not rounding error.',
  },
  {
    id: 'kore1-title-unstable',
    kind: 'claim',
    source: 'kore1-mlops',
    statement: 'The databases disagree because they sample different jobs under a title that has not settled.',
    quote: 'Those databases are sampling different populations because the job title hasn’t stabilized.',
  },
  {
    id: 'mlengineersalary-premium-modest',
    kind: 'claim',
    source: 'mlengineersalary-mlops',
    statement:
      'MLOps pays only slightly more than general ML engineering, because the skills overlap with platform work.',
    quote:
      'MLOps specialisation premium versus generalist ML engineer compensation is modest (0 to 10 percent) because the underlying skill set overlaps substantially with broader platform and infrastructure engineering.',
  },
  {
    id: 'nexatalent-vacancy-days',
    kind: 'claim',
    source: 'nexatalent-ai-infra',
    statement:
      'A recruiter reports that AI infrastructure vacancies stay open for 97 days on average, longer than MLOps ones.',
    quote: 'Open positions stay vacant for an average of 97 days — 15% longer than even MLOps roles.',
  },
  {
    id: 'aimarketpulse-postings-growth',
    kind: 'claim',
    source: 'aimarketpulse-ai-infra',
    statement:
      'Job postings for AI infrastructure and platform roles grew much faster than those for ML research roles.',
    quote:
      'Our data shows AI infrastructure and platform engineering roles grew 47% year-over-year in job postings, outpacing pure ML research roles which grew just 12%.',
  },
  {
    id: 'hackerrank-role-definition',
    kind: 'claim',
    source: 'hackerrank-ai-infra',
    statement:
      'AI engineers link models to products; AI infrastructure engineers run the machines those products depend on.',
    quote:
      'If AI Engineers connect models to products, AI Infrastructure Engineers connect those products to the physical world.',
  },
  {
    id: 'orbyt-method',
    kind: 'claim',
    source: 'orbyt-canada',
    statement: 'The Canadian figures come from one government wage dataset, mapped to occupation codes.',
    quote: 'Canada figures today come from ESDC Open Government wages alone.',
  },
] as const satisfies readonly FactInput[];
