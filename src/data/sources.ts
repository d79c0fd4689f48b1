import type { SourceInput } from './schema';

/**
 * The four published references the guide's figures rest on, plus the guide's
 * own source article (whose unreferenced claims are cited to it, and said to be so).
 */
export const sourceEntries = [
  {
    id: 'refonte-2025',
    kind: 'reference',
    author: 'Refonte Learning',
    year: 2025,
    title: 'How your skill set affects your AI infrastructure engineer salary',
    url: 'https://www.refontelearning.com/blog/how-your-skill-set-affects-your-ai-infrastructure-engineer-salary',
    reviewed: '2026-11-27',
    supports:
      'The US salary range for AI infrastructure engineers, and that experience and location place people within it.',
  },
  {
    id: 'second-talent-2026',
    kind: 'reference',
    author: 'Second Talent',
    year: 2026,
    title: 'Top 10 most in-demand AI engineering skills and salary ranges in 2026',
    url: 'https://www.secondtalent.com/resources/most-in-demand-ai-engineering-skills-and-salary-ranges/',
    reviewed: '2026-11-27',
    supports:
      'Which infrastructure skills pay most: Kubernetes-focused MLOps near the top of infrastructure pay, and a pay premium for cloud fluency.',
  },
  {
    id: 'jobs-by-culture-2026',
    kind: 'reference',
    author: 'Jobs by Culture',
    year: 2026,
    title: 'AI engineer salary guide 2026: What companies actually pay by level',
    url: 'https://jobsbyculture.com/blog/ai-engineer-salary-guide-by-level-2026',
    reviewed: '2026-11-27',
    supports:
      'The pay band at top firms for engineers who tune distributed-training infrastructure (GPU optimisation).',
  },
  {
    id: 'van-riel-2026',
    kind: 'reference',
    author: 'Van Riel, Z.',
    year: 2026,
    title: 'AI infrastructure engineer jobs: Skills, salaries, and how to land one',
    url: 'https://zenvanriel.com/job/ai-infrastructure-engineer/',
    reviewed: '2026-11-27',
    supports: 'The hourly rates of AI infrastructure engineers who consult independently.',
  },
  {
    id: 'source-article',
    kind: 'article',
    author: 'The guide’s source article',
    year: null,
    title: 'The article this guide grew out of (unpublished draft)',
    url: null,
    reviewed: '2026-11-27',
    supports:
      'What the role is and does, the ways into it, the career ladder and the state of the market. These statements carry no reference of their own, so the guide cites the article and says so.',
  },
] as const satisfies readonly SourceInput[];
