import axe, { type RunOptions } from 'axe-core';
import { expect, type ConsoleMessage, type Frame, type Page, type Request } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Stops recording (a page that goes on to another address, checked apart). */
  stop(): void;
}

/**
 * Starts recording what a page must never do: log a console error (or throw), or
 * request anything from a host other than the site's own. Call before navigating.
 */
export function watchPage(page: Page, siteOrigin: string): PageProblems {
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  };
  const onError = (error: Error): void => void problems.consoleErrors.push(`Uncaught: ${error.message}`);
  const onRequest = (request: Request): void => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== siteOrigin) problems.foreignRequests.push(url);
  };
  const problems: PageProblems = {
    consoleErrors: [],
    foreignRequests: [],
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onError);
      page.off('request', onRequest);
    },
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
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

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Puts axe into a frame's document once: the same document audited twice (light, then
 * dark) reuses it. @axe-core/playwright evaluates axe's half-megabyte source twice per
 * run in every frame, which on a busy machine cost more than the rules themselves.
 */
async function ensureAxe(frame: Frame): Promise<void> {
  const present = await frame.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (present) return;
  await frame.evaluate(axe.source);
  // As @axe-core/playwright configures it for legacy runs: frames of the same origin answer.
  await frame.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.configure({ allowedOrigins: ['<same_origin>'] }),
  );
}

/**
 * Runs axe (WCAG 2.2 A/AA and best practices) and returns its violations, one line each.
 * Axe runs in the page itself (as @axe-core/playwright's legacy mode: no extra page per
 * run, frames of the same origin included), is put into each document only once, and
 * reports violations only, which is all a test reads.
 */
export async function accessibilityViolations(page: Page, context: string, scope: AuditScope = {}): Promise<string[]> {
  await ensureAxe(page.mainFrame());
  // Frames answer the top document's axe when they have their own; one that cannot take it
  // (detached, say) is skipped, as @axe-core/playwright does.
  for (const frame of page.mainFrame().childFrames()) await ensureAxe(frame).catch(() => undefined);
  const options: RunOptions = {
    resultTypes: ['violations'],
    runOnly: scope.rules ? { type: 'rule', values: [...scope.rules] } : { type: 'tag', values: AXE_TAGS },
    ...(scope.skip ? { rules: Object.fromEntries(scope.skip.map((id) => [id, { enabled: false }])) } : {}),
  };
  const outcome = await page.evaluate(
    async ({ include, options }) => {
      const { axe: run } = window as unknown as { axe: typeof axe };
      try {
        return { results: await run.run(include ? { include: [include] } : document, options) };
      } catch (error) {
        return { error: String(error) };
      }
    },
    { include: scope.include ?? null, options },
  );
  if ('error' in outcome) throw new Error(`axe could not run on ${context}: ${outcome.error}`);
  return outcome.results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Runs axe (see accessibilityViolations) and fails with the violations listed. */
export async function expectAccessible(page: Page, context: string, scope: AuditScope = {}): Promise<void> {
  expect(await accessibilityViolations(page, context, scope), `axe violations on ${context}`).toEqual([]);
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
