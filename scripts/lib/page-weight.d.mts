/** Types for page-weight.mjs, for the TypeScript tests that use it. */
export function gzipSize(content: string | Uint8Array): number;
export function pageWeight(
  distDir: string,
  base: string,
  page: string,
): { html: number; css: number; js: number; requests: number; jsFiles: string[] };
export const BUDGETS: { chapterJs: number; calculatorJs: number; css: number };
export const CALCULATOR_PAGES: string[];
