/**
 * The topics each page is the guide's main answer for, in words readers search with,
 * where the page's title does not already say so. Search indexes them as the page's
 * `keywords` metadata and weighs them as much as a title (src/search/engine.ts), so a
 * reader who searches "kubernetes" finds the chapter that teaches it above the long
 * pages that mention it often.
 *
 * Rules (checked by tests/unit/search-core.test.ts): keys are pages of the guide; a
 * keyword names something the page's text covers, in the page's own words; a keyword
 * belongs to one page only, the one a reader should land on. Other spellings of a
 * keyword ("k8s", "TC") belong in src/data/search-synonyms.ts, not here.
 *
 * The glossary page needs no entry: its terms (src/data/glossary.ts) are indexed as
 * its own, lighter metadata, so it ranks up for a term it defines without outranking
 * the chapter that teaches it.
 */
export const SEARCH_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  role: ['ai infrastructure engineer'],
  'role/adjacent-roles': ['ml engineer', 'sre', 'platform engineering', 'hpc'],
  skills: ['kubernetes', 'gpu optimisation', 'infrastructure as code'],
  career: ['staff', 'principal', 'consulting', 'levelling'],
  pay: ['compensation'],
  market: ['demand', 'supply'],
  paths: ['backgrounds'],
  'paths/from-cloud-engineering': ['aws', 'azure', 'google cloud', 'sagemaker', 'vertex ai'],
  'paths/from-data-engineering': ['spark', 'ray'],
  'paths/from-software-engineering': ['backend', 'developer'],
  'paths/starting-out': ['student', 'graduate', 'bootcamp'],
  projects: ['portfolio'],
  'projects/certifications': ['cka', 'ckad', 'cks'],
  'hiring/interviews': ['troubleshooting drills', 'behavioural questions'],
  'hiring/job-ads': ['red flags'],
  'stack/ml-basics': ['parameters', 'checkpoint', 'precision', 'quantisation', 'fine-tuning'],
  'stack/serving': ['vllm', 'kv cache', 'triton', 'kserve', 'batching', 'cold starts', 'cost per request'],
  'stack/training': ['slurm', 'nccl', 'distributed training', 'infiniband', 'fsdp'],
  'reference/corrections': ['changelog'],
  'reference/offline': ['service worker'],
  'tools/embed': ['iframe', 'snippet'],
  'tools/planner': ['checklist'],
};
