/**
 * The calculator takes its space from its own layout before it upgrades: the build
 * draws it into the page (a declarative shadow root), and the element takes that
 * drawing over, so nothing moves when it upgrades or when its breakdown arrives.
 * Measured as layout shift, at the widths readers use, on every page that carries it.
 */
import { expect, test } from '@playwright/test';

const WIDTHS = [320, 390, 768, 1024, 1440];
// The pay chapter is opened at the calculator's section, so the calculator is in view
// while it upgrades (a shift out of view does not count as one).
const PAGES = ['tools/salary-calculator/', 'pay/#estimate-your-own-pay', 'embed/salary-calculator/'];

for (const path of PAGES) {
  test(`no layout shift from the calculator on /${path}, at ${WIDTHS.join(', ')} px`, async ({ page }) => {
    // One browser page for every width, each load as a first visit: the cache is off, so
    // nothing is served from an earlier load.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const shifted: Record<number, string> = {};
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      // A new document each time (the pay chapter's address has a fragment, which alone
      // would only scroll the page already open).
      await page.goto('about:blank');
      await page.goto(path);
      // Upgraded, first result shown, and the breakdown and chart (loaded after it) drawn.
      await page.locator('ai-salary-calculator:defined [data-result]').waitFor();
      await page.locator('ai-salary-calculator:defined .bar .est').waitFor({ state: 'attached' });
      await expect(page.locator('ai-salary-calculator').locator('[data-ref="steps"] li').first()).toBeAttached();
      const shifts = await page.evaluate(() => {
        const calc = document.querySelector('ai-salary-calculator')!;
        // Shifts of the calculator, of anything inside it, or of what follows it. Starlight's own
        // sidebars (before the content) sometimes shift on a loaded machine, calculator or not
        // (seen on /role/, which has none): they are reported but are not the calculator's.
        const ours = (node: Node | null) =>
          !!node &&
          (node === calc ||
            calc.contains(node) ||
            (node.getRootNode() as ShadowRoot).host === calc ||
            Boolean(calc.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING));
        // `buffered` fills the observer's buffer at once: every shift since the page started.
        const observer = new PerformanceObserver(() => {});
        observer.observe({ type: 'layout-shift', buffered: true });
        const entries = observer.takeRecords() as (PerformanceEntry & {
          value: number;
          sources: { node: Node | null }[];
        })[];
        observer.disconnect();
        const mine = entries.filter((e) => e.sources.some((s) => ours(s.node)));
        return {
          calculator: mine.reduce((sum, e) => sum + e.value, 0),
          page: entries.reduce((sum, e) => sum + e.value, 0),
          sources: mine.flatMap((e) =>
            e.sources.map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 80) ?? '?'),
          ),
        };
      });
      if (shifts.calculator !== 0) {
        shifted[width] = `${shifts.calculator}: ${shifts.sources.join(' | ')} (whole page: ${shifts.page})`;
      }
    }
    expect(shifted, 'layout shift by width').toEqual({});
  });
}
