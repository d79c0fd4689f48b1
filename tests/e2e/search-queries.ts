/**
 * The search ranking test set: what readers type, and the page that must come first
 * or in the top three. Targets are paths relative to the site's base.
 *
 * `knownMiss` marks a row the ranking does not meet yet, with what it returns instead:
 * the test fails on any other miss, and on a known miss that passes (so the list
 * shrinks as the ranking improves and never hides a new regression).
 */
export interface RankingCase {
  query: string;
  target: string;
  rank: 'first' | 'top3';
  knownMiss?: string;
}

export const RANKING_CASES: readonly RankingCase[] = [
  // Abbreviations and synonyms
  { query: 'k8s', target: 'skills/', rank: 'top3' },
  { query: 'kubernetes', target: 'skills/', rank: 'top3' },
  { query: 'GKE', target: 'paths/from-cloud-engineering/', rank: 'top3' },
  { query: 'EKS', target: 'paths/from-cloud-engineering/', rank: 'top3' },
  { query: 'comp', target: 'pay/', rank: 'top3' },
  { query: 'TC', target: 'pay/', rank: 'top3' },
  { query: 'salary', target: 'pay/', rank: 'top3' },
  { query: 'pay', target: 'pay/', rank: 'top3' },
  { query: 'MLOps engineer', target: 'role/adjacent-roles/', rank: 'top3' },
  { query: 'platform engineer', target: 'role/adjacent-roles/', rank: 'top3' },
  { query: 'ml engineer', target: 'role/adjacent-roles/', rank: 'top3' },
  { query: 'infrastructure as code', target: 'reference/glossary/', rank: 'top3' },
  // Tools and topics
  { query: 'MLflow', target: 'projects/', rank: 'top3' },
  { query: 'GPU', target: 'skills/', rank: 'top3' },
  { query: 'consulting', target: 'career/', rank: 'first' },
  { query: 'day rate', target: 'career/', rank: 'top3' },
  { query: 'portfolio', target: 'projects/', rank: 'first' },
  { query: 'salary calculator', target: 'tools/salary-calculator/', rank: 'first' },
  { query: 'embed', target: 'tools/embed/', rank: 'first' },
  { query: 'offline', target: 'reference/offline/', rank: 'first' },
  { query: 'sources', target: 'reference/sources/', rank: 'first' },
  { query: 'assumptions', target: 'reference/method/', rank: 'first' },
  { query: 'glossary', target: 'reference/glossary/', rank: 'first' },
  // Backgrounds and roles
  { query: 'DevOps', target: 'paths/from-devops/', rank: 'first' },
  { query: 'cloud engineer', target: 'paths/from-cloud-engineering/', rank: 'first' },
  { query: 'data engineering', target: 'paths/from-data-engineering/', rank: 'first' },
  { query: 'staff engineer', target: 'career/', rank: 'first' },
  { query: 'principal engineer', target: 'career/', rank: 'first' },
  { query: 'sre vs devops', target: 'role/adjacent-roles/', rank: 'first' },
  // Readers' questions
  { query: 'how much do staff engineers make', target: 'career/', rank: 'top3' },
  { query: 'how do I start from devops', target: 'paths/from-devops/', rank: 'first' },
  { query: 'why now', target: 'market/', rank: 'first' },
  { query: 'career ladder', target: 'career/', rank: 'first' },
  // The stack and hiring chapters
  { query: 'vllm', target: 'stack/serving/', rank: 'top3' },
  { query: 'kv cache', target: 'stack/serving/', rank: 'top3' },
  { query: 'what is a kv cache', target: 'stack/serving/', rank: 'top3' },
  { query: 'LLM', target: 'stack/serving/', rank: 'top3' },
  { query: 'slurm', target: 'stack/training/', rank: 'top3' },
  { query: 'nccl', target: 'stack/training/', rank: 'top3' },
  { query: 'interview', target: 'hiring/interviews/', rank: 'first' },
  { query: 'job ad', target: 'hiring/job-ads/', rank: 'top3' },
  { query: 'certification', target: 'projects/certifications/', rank: 'top3' },
  { query: 'learning plan', target: 'plan/learning-plan/', rank: 'top3' },
  { query: 'software engineer', target: 'paths/from-software-engineering/', rank: 'top3' },
  { query: 'student', target: 'paths/starting-out/', rank: 'top3' },
  { query: 'hiring manager', target: 'hiring/for-employers/', rank: 'top3' },
];
