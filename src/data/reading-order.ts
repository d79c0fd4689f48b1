/**
 * The order in which the guide reads, for "Previous" and "Next" at the foot of each
 * page. Slugs are page ids without slashes ('' is the home page). Pages that do not
 * exist in a build are skipped, so the order can name pages still being written.
 */

/** The main line: understand the role, see the pay, plan the move, prove it, get hired, reference. */
export const MAIN_ROUTE: readonly string[] = [
  '',
  'role',
  'role/adjacent-roles',
  'skills',
  'stack/ml-basics',
  'stack/serving',
  'stack/training',
  'pay',
  'tools/salary-calculator',
  'career',
  'market',
  'paths',
  'plan/learning-plan',
  'tools/planner',
  'projects',
  'projects/certifications',
  'hiring/job-ads',
  'hiring/interviews',
  'reference/glossary',
  'reference/tools',
  'reference/sources',
  'reference/method',
  'reference/offline',
  'tools/embed',
  'reference/corrections',
];

/**
 * Pages off the main line, written for one kind of reader. Each goes back to the page
 * it branches from, and on to the first page of `next` that exists, or else to the
 * page after the branch point. A DevOps reader is therefore sent on to the learning
 * plan, not to the page for cloud engineers.
 */
export const BRANCHES: Readonly<Record<string, { from: string; next?: readonly string[] }>> = {
  'paths/from-devops': { from: 'paths', next: ['plan/learning-plan', 'skills'] },
  'paths/from-cloud-engineering': { from: 'paths', next: ['plan/learning-plan', 'skills'] },
  'paths/from-data-engineering': { from: 'paths', next: ['plan/learning-plan', 'skills'] },
  'paths/from-software-engineering': { from: 'paths', next: ['plan/learning-plan', 'skills'] },
  // Someone starting out needs the foundations before a plan.
  'paths/starting-out': { from: 'paths', next: ['stack/ml-basics', 'role'] },
  // Hiring managers read what the role covers and what it pays, not the ways in.
  'hiring/for-employers': { from: 'hiring/interviews', next: ['skills', 'pay'] },
};
