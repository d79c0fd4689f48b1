import type { SourceInput } from './schema';

/**
 * Every source the guide cites, with its kind, when and how the guide read it, what it is
 * good for and its limits. References read only through the source article say so
 * (`readFrom: 'second-hand'`, `via`).
 */
export const sourceEntries = [
  {
    id: 'refonte-2025',
    kind: 'vendor',
    publisher: 'Refonte Learning',
    year: 2025,
    title: 'How your skill set affects your AI infrastructure engineer salary',
    url: 'https://www.refontelearning.com/blog/how-your-skill-set-affects-your-ai-infrastructure-engineer-salary',
    readOn: '2026-11-27',
    readFrom: 'second-hand',
    via: 'source-article',
    goodFor: 'The US salary range for AI infrastructure engineers, by experience and location.',
    limits: 'A training company’s blog; read here only as the source article quotes it, so its own method is unknown.',
  },
  {
    id: 'second-talent-2026',
    kind: 'recruiter',
    publisher: 'Second Talent',
    year: 2026,
    title: 'Top 10 most in-demand AI engineering skills and salary ranges in 2026',
    url: 'https://www.secondtalent.com/resources/most-in-demand-ai-engineering-skills-and-salary-ranges/',
    readOn: '2026-11-27',
    readFrom: 'second-hand',
    via: 'source-article',
    goodFor: 'Which infrastructure skills pay most: Kubernetes-focused MLOps and cloud fluency.',
    limits: 'A hiring platform’s article; read here only as the source article reports it, with no percentages.',
  },
  {
    id: 'jobs-by-culture-2026',
    kind: 'job-board-report',
    publisher: 'Jobs by Culture',
    year: 2026,
    title: 'AI engineer salary guide 2026: What companies actually pay by level',
    url: 'https://jobsbyculture.com/blog/ai-engineer-salary-guide-by-level-2026',
    readOn: '2026-11-27',
    readFrom: 'second-hand',
    via: 'source-article',
    goodFor: 'The pay band at top firms for engineers who tune distributed-training infrastructure.',
    limits: 'A job board’s salary guide about AI engineers in general; read here only second-hand.',
  },
  {
    id: 'van-riel-2026',
    kind: 'personal-blog',
    publisher: 'Zen van Riel',
    author: 'Van Riel, Z.',
    year: 2026,
    title: 'AI infrastructure engineer jobs: Skills, salaries, and how to land one',
    url: 'https://zenvanriel.com/job/ai-infrastructure-engineer/',
    readOn: '2026-11-27',
    readFrom: 'second-hand',
    via: 'source-article',
    goodFor: 'The hourly rates of AI infrastructure engineers who consult independently.',
    limits: 'A personal blog; one person’s figures, read here only second-hand.',
  },
  {
    id: 'source-article',
    kind: 'personal-blog',
    publisher: 'AI Transformer',
    year: null,
    title: 'AI infrastructure engineer (the article this guide grew out of)',
    url: 'https://aitransformer.online/ai-infrastructure-engineer/',
    readOn: '2026-11-27',
    readFrom: 'stored-copy',
    goodFor:
      'What the role is and does, the ways into it, the career ladder and the market, and the four references it cites.',
    limits: 'A short blog article: its own statements carry no reference, so the guide cites it for them and says so.',
  },
] as const satisfies readonly SourceInput[];
