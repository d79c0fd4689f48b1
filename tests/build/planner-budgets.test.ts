import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLANNER_BUDGETS, PLANNER_PAGES, PRINT_PAGE, ownJsWeight } from '../../scripts/lib/page-weight.mjs';
import { builtPages } from '../e2e/support/site';

// The readiness planner's budgets: its own JavaScript on its page, and what its checklists
// add to a chapter page (Starlight's own scripts are the chapter budget's business).
for (const [dir, base] of [
  ['dist', '/'],
  ['dist-guide', '/guide/'],
] as const) {
  describe(`planner byte budgets (${dir})`, () => {
    for (const page of PLANNER_PAGES) {
      it(`the planner’s own JavaScript on /${page} stays within ${PLANNER_BUDGETS.plannerJs / 1024} KB`, () => {
        const own = ownJsWeight(dir, base, page);
        expect(own.jsFiles.some((f) => f.includes('Planner'))).toBe(true);
        expect(own.js).toBeLessThanOrEqual(PLANNER_BUDGETS.plannerJs);
      });
    }

    // The whole-guide print page shows the checklists as plain lists, with no script.
    const withChecklists = builtPages(dir).filter(
      (page) => page !== PRINT_PAGE && readFileSync(`${dir}/${page}index.html`, 'utf8').includes('<plan-checklist'),
    );
    it('finds the chapter pages with checklists', () => {
      expect(withChecklists.length).toBeGreaterThanOrEqual(3);
    });
    for (const page of withChecklists) {
      it(`/${page} adds at most ${PLANNER_BUDGETS.checklistJs / 1024} KB of our JavaScript`, () => {
        const own = ownJsWeight(dir, base, page);
        expect(own.jsFiles.length).toBeGreaterThan(0);
        expect(own.js).toBeLessThanOrEqual(PLANNER_BUDGETS.checklistJs);
      });
    }
  });
}
