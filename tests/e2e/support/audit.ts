import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Starts recording what a page must never do: log a console error (or throw), or
 * request anything from a host other than the site's own. Call before navigating.
 */
export function watchPage(page: Page, siteOrigin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`Uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== siteOrigin) problems.foreignRequests.push(url);
  });
  return problems;
}

export function expectNoProblems(problems: PageProblems): void {
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
}

/** The axe rules whose outcome depends on colours: all that differs between the themes. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

export interface AuditScope {
  /** Only this part of the page (a CSS selector), e.g. an open dialog. */
  include?: string;
  /** Only these rules, e.g. COLOUR_RULES for the second theme of a page audited in the first. */
  rules?: readonly string[];
  /** Every rule but these. */
  skip?: readonly string[];
}

/**
 * Runs axe (WCAG 2.2 A/AA and best practices) and fails with the violations listed. Axe
 * runs in the page itself (legacy mode: no extra page per run) and reports violations
 * only, which is all the test reads; together about three times faster than the default.
 */
export async function expectAccessible(page: Page, context: string, scope: AuditScope = {}): Promise<void> {
  // options() replaces every option, so it comes first; withTags and withRules set runOnly.
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  builder = scope.rules
    ? builder.withRules([...scope.rules])
    : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (scope.skip) builder = builder.disableRules([...scope.skip]);
  if (scope.include) builder = builder.include(scope.include);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** Switches Starlight's theme the way a reader's saved choice does, then reloads. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Shows the page in a theme without reloading it: the colour scheme the browser reports,
 * and Starlight's data-theme attribute that its styles (and the calculator's) key on.
 */
export async function showTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => {
    document.documentElement.dataset['theme'] = t;
  }, theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
