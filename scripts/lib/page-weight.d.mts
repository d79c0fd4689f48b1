/** Types for page-weight.mjs, for the TypeScript tests that use it. */
export function gzipSize(content: string | Uint8Array): number;
export const STATIC_IMPORT: RegExp;
export function pageWeight(
  distDir: string,
  base: string,
  page: string,
): { html: number; css: number; js: number; requests: number; jsFiles: string[] };
export const BUDGETS: { chapterJs: number; calculatorJs: number; css: number; printCss: number };
export const PRINT_PAGE: string;
export const CALCULATOR_PAGES: string[];
export const PLANNER_PAGES: string[];
export const PLANNER_BUDGETS: { plannerJs: number; checklistJs: number };
export function ownJsWeight(
  distDir: string,
  base: string,
  page: string,
  reference?: string,
): { js: number; jsFiles: string[] };
