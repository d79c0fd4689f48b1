import { describe, expect, it } from 'vitest';
import { BUDGETS, CALCULATOR_PAGES, PLANNER_PAGES, PRINT_PAGE, pageWeight } from '../../scripts/lib/page-weight.mjs';
import { builtPages } from '../e2e/support/site';

// Sizes are deterministic, so budgets are asserted here; timings live in the benchmarks.
for (const [dir, base] of [
  ['dist', '/'],
  ['dist-guide', '/guide/'],
] as const) {
  describe(`byte budgets (${dir})`, () => {
    for (const page of builtPages(dir)) {
      it(`/${page} stays within its JavaScript and CSS budgets`, () => {
        const weight = pageWeight(dir, base, page);
        // The planner page is a tool page like the calculator's; its own code has its own budget (planner-budgets).
        const toolPage = CALCULATOR_PAGES.includes(page) || PLANNER_PAGES.includes(page);
        const jsBudget = toolPage ? BUDGETS.calculatorJs : BUDGETS.chapterJs;
        expect(weight.js, `JavaScript (gzip) of /${page}`).toBeLessThanOrEqual(jsBudget);
        const cssBudget = page === PRINT_PAGE ? BUDGETS.printCss : BUDGETS.css;
        expect(weight.css, `CSS (gzip) of /${page}`).toBeLessThanOrEqual(cssBudget);
      });
    }
  });
}

describe('the weight measure', () => {
  it('counts a page’s scripts, follows their imports, and leaves out the lazy search code', () => {
    const weight = pageWeight('dist', '/', 'role/');
    expect(weight.js).toBeGreaterThan(500);
    expect(weight.css).toBeGreaterThan(2000);
    expect(weight.jsFiles.some((f: string) => f.includes('pagefind'))).toBe(false);
    const calculator = pageWeight('dist', '/', 'tools/salary-calculator/');
    expect(calculator.js).toBeGreaterThan(weight.js + 4000);
  });
});
