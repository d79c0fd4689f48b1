import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { sites } from '../../playwright.config';
import { writeHeaders } from '../../src/integrations/headers';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { startServer } from '../../scripts/lib/static-server.mjs';
import { SUBPATH_ONLY } from './support/site';

// The worker is blocked in every other spec (playwright.config.ts): here it is the subject.
// The first test runs on both builds; the rest under the sub-path, where the worker's
// scope and every cached address carry the base (the harder case).
test.use({ serviceWorkers: 'allow' });

/** A copy of the project's build, served on its own port, that a test can "redeploy". */
async function deployment(testInfo: TestInfo) {
  const { dir, base } = sites.find((site) => site.name === testInfo.project.name)!;
  const copy = mkdtempSync(join(tmpdir(), 'guide-offline-'));
  cpSync(dir, copy, { recursive: true });
  const server = await startServer({ dir: copy, base, port: 0 });
  return {
    copy,
    base,
    url: server.url,
    /** Rewrites files, then regenerates the worker, stamps and headers, as a rebuild would. */
    async deploy(change: () => void, budget?: number) {
      change();
      const plan = await writeServiceWorker(copy, base, budget === undefined ? {} : { budget });
      await writeHeaders(copy, base);
      return plan;
    },
    retitle(page: string, title: string) {
      const file = join(copy, page, 'index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1[^>]*>)[^<]*/, `$1${title}`));
    },
    async close() {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

/**
 * How long a wait on a worker may last: installing means saving the whole guide (about a
 * hundred files) first, which on a loaded 2-core machine can take tens of seconds. Generous,
 * since passing runs never wait on it (every wait here is on a condition).
 */
const WORKER_WAIT = 90_000;

/**
 * Waits until a worker controls the page, and returns the build it serves. A worker being
 * replaced while it is asked may never answer: the new controller is then asked instead
 * (otherwise a poll of this, during a takeover, would wait on the old worker for ever).
 */
async function controllerBuild(page: Page): Promise<string> {
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: WORKER_WAIT })
    .toBe(true);
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const sw = navigator.serviceWorker;
        const ask = () => {
          if (!sw.controller) return;
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => {
            sw.removeEventListener('controllerchange', ask);
            resolve(event.data.build);
          };
          sw.controller.postMessage({ type: 'guide:build' }, [channel.port2]);
        };
        sw.addEventListener('controllerchange', ask);
        ask();
      }),
  );
}

/**
 * Waits until the worker of `build` controls the page. The wait reads the registration and
 * the caches only: it never messages the old worker, since Chromium activates a waiting
 * worker only once the old one has no work, and a poll that asked it every second would
 * be such work (a reader's page asks nothing of it). Then asks the controller, once.
 */
async function takenOverBy(page: Page, build: string) {
  await expect
    .poll(
      () =>
        page.evaluate(async (name) => {
          const reg = await navigator.serviceWorker.getRegistration();
          const controller = navigator.serviceWorker.controller;
          // The build's cache exists once its worker installs: if none is installing or
          // waiting, and the controller is the active worker, that worker is the build's.
          const settled = Boolean(reg && controller && reg.active === controller && !reg.installing && !reg.waiting);
          return settled && (await caches.has(name));
        }, `guide-${build}`),
      { timeout: WORKER_WAIT },
    )
    .toBe(true)
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nworkers seen: ${await workerStates(page)}`);
    });
  expect(await controllerBuild(page)).toBe(build);
}

/** The registration's workers and the page's update prompt, for a failure's message. */
const workerStates = (page: Page) =>
  page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    const describe = (w: ServiceWorker | null | undefined) => (w ? w.state : 'none');
    // A waiting worker says whether a page asked it to take over (since it last started).
    const waiting = reg?.waiting
      ? await new Promise<string>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) =>
            resolve(`build ${event.data.build}, asked to take over: ${event.data.takeOverAsked}`);
          reg.waiting!.postMessage({ type: 'guide:build' }, [channel.port2]);
          setTimeout(() => resolve('no answer in 5 s'), 5000);
        })
      : '';
    return `installing ${describe(reg?.installing)}, waiting ${describe(reg?.waiting)} ${waiting}, active ${describe(reg?.active)}, update prompt ${document.getElementById('guide-update') ? 'shown' : 'not shown'}`;
  });

const pageBuild = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="guide-build"]')?.content);

/** The page addresses (paths) this device has saved for a build. */
const savedPages = (page: Page, build: string) =>
  page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, `guide-${build}`);

/** Console errors and uncaught exceptions of a page, to assert none happened. */
function problems(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(message.text());
  });
  page.on('pageerror', (error) => seen.push(error.message));
  return seen;
}

async function goOffline(context: BrowserContext, offline: boolean) {
  await context.setOffline(offline);
}

// Each test installs a worker and saves a copy of the site: slow on a loaded machine.
test.describe.configure({ timeout: 300_000 });

test('after one visit, chapters, the calculator and search work offline; online pages are always current', async ({
  context,
  page,
}, testInfo) => {
  const site = await deployment(testInfo);
  try {
    await page.goto(`${site.url}role/`);
    const build = await controllerBuild(page);
    expect(build).toBe(await pageBuild(page));
    await expect.poll(async () => (await savedPages(page, build)).length, { timeout: WORKER_WAIT }).toBeGreaterThan(20);

    await goOffline(context, true);
    await page.goto(`${site.url}career/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career ladder');
    await page.goto(`${site.url}tools/salary-calculator/?level=staff`);
    await expect(page.locator('ai-salary-calculator [data-result]')).toBeVisible();
    await page.locator('ai-salary-calculator').getByLabel('Level', { exact: true }).selectOption('entry');
    await expect(page.locator('ai-salary-calculator [data-result]')).toHaveText('$120,000–$144,000 a year');
    await page.keyboard.press('ControlOrMeta+k');
    await page.getByRole('searchbox').fill('MLflow');
    await expect(page.locator('guide-search .results a').first()).toBeVisible({ timeout: WORKER_WAIT });

    // A new deploy: online, the very next page load is the new one (network first).
    await goOffline(context, false);
    await site.deploy(() => site.retitle('role', 'The role, revised'));
    await page.goto(`${site.url}role/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The role, revised');
  } finally {
    await site.close();
  }
});

test(
  'deploy A, visit, deploy B with a file that fails to precache, visit again: B is shown and takes over',
  SUBPATH_ONLY,
  async ({ page }, testInfo) => {
    const site = await deployment(testInfo);
    const seen = problems(page);
    try {
      await page.goto(`${site.url}role/`);
      const a = await controllerBuild(page);
      const b = await site.deploy(() => site.retitle('role', 'The role, deploy B'));
      // A file of B is missing on the server: its precache fails.
      rmSync(join(site.copy, 'skills', 'index.html'));
      expect(b.build).not.toBe(a);

      await page.goto(`${site.url}role/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('The role, deploy B');
      expect(await pageBuild(page)).toBe(b.build);
      // The page is of build B, so B's worker takes over without a prompt or a reload.
      await takenOverBy(page, b.build);
      await expect(page.locator('#guide-update')).toHaveCount(0);
      expect(seen).toEqual([]);
    } finally {
      await site.close();
    }
  },
);

test(
  'a tab opened before the worker existed keeps its state after a deploy, offers the update, and reloads only when asked',
  SUBPATH_ONLY,
  async ({ page }, testInfo) => {
    const site = await deployment(testInfo);
    const seen = problems(page);
    try {
      await page.goto(`${site.url}tools/salary-calculator/`);
      const a = await controllerBuild(page);
      expect(a).toBe(await pageBuild(page));
      const level = page.locator('ai-salary-calculator').getByLabel('Level', { exact: true });
      await level.selectOption('entry');
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

      // Deploy B, whose search index no longer has A's fragments.
      const b = await site.deploy(() => site.retitle('tools/salary-calculator', 'Salary calculator, deploy B'));
      rmSync(join(site.copy, 'pagefind', 'fragment'), { recursive: true, force: true });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

      const prompt = page.getByRole('status').filter({ hasText: 'A new version of this guide is available.' });
      await expect(prompt).toBeVisible({ timeout: WORKER_WAIT });
      // Not reloaded: the reader's choice and the page's state are still there.
      await expect(level).toHaveValue('entry');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      // Search in the old page still finds A's results (from A's saved copy).
      await page.keyboard.press('ControlOrMeta+k');
      await page.getByRole('searchbox').fill('MLflow');
      await expect(page.locator('guide-search .results a').first()).toBeVisible({ timeout: WORKER_WAIT });
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await expect(page.getByRole('dialog')).toBeHidden();

      await prompt.getByRole('button', { name: 'Reload to update' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Salary calculator, deploy B', {
        timeout: WORKER_WAIT,
      });
      expect(await controllerBuild(page)).toBe(b.build);
      await expect(page.locator('#guide-update')).toHaveCount(0);
      expect(seen.filter((text) => !text.includes('404'))).toEqual([]);
    } finally {
      await site.close();
    }
  },
);

test.describe('a guide past the budget', () => {
  test(
    'keeps the pages visited, offers the rest on the offline page, and saves it on request',
    SUBPATH_ONLY,
    async ({ context, page }, testInfo) => {
      const site = await deployment(testInfo);
      try {
        const plan = await site.deploy(() => {}, 1);
        expect(plan.whole).toBe(false);
        await page.goto(`${site.url}role/`);
        const build = await controllerBuild(page);
        await page.goto(`${site.url}career/`);
        await expect
          .poll(() => savedPages(page, build), { timeout: WORKER_WAIT })
          .toEqual(expect.arrayContaining([`${site.base}role/`, `${site.base}career/`]));
        expect(await savedPages(page, build)).not.toContain(`${site.base}skills/`);

        await goOffline(context, true);
        await page.goto(`${site.url}role/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(/role/i);
        await page.goto(`${site.url}career/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career ladder');
        await page.goto(`${site.url}skills/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');

        await goOffline(context, false);
        await page.goto(`${site.url}reference/offline/`);
        const box = page.locator('guide-offline-save');
        await expect(box.getByRole('status')).toContainText(`of ${plan.pages.length} pages are saved`);
        const save = box.getByRole('button', { name: /^Make the whole guide available offline \(\d+\.\d MB\)$/ });
        await save.click();
        await expect(box.getByRole('status')).toHaveText(
          `The whole guide (${plan.pages.length} pages) is saved on this device.`,
          { timeout: 60_000 },
        );
        await expect(save).toBeHidden();

        await goOffline(context, true);
        await page.goto(`${site.url}skills/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skills that move pay');
      } finally {
        await site.close();
      }
    },
  );
});

test(
  'with too little storage the worker still installs, pages work, and the offline page says why',
  SUBPATH_ONLY,
  async ({ context, page }, testInfo) => {
    const site = await deployment(testInfo);
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(site.url).origin, quotaSize: 200_000 });
      await page.goto(`${site.url}reference/offline/`);
      await controllerBuild(page);
      const box = page.locator('guide-offline-save');
      await expect(box.getByRole('status')).toContainText('pages are saved');
      await box.getByRole('button', { name: /Make the whole guide available offline/ }).click();
      await expect(box.getByRole('status')).toContainText('did not give this site enough storage', { timeout: 60_000 });
      await page.goto(`${site.url}career/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Career ladder');
    } finally {
      await site.close();
    }
  },
);

test('the retiring worker removes the offline copy and itself', SUBPATH_ONLY, async ({ page }, testInfo) => {
  const site = await deployment(testInfo);
  try {
    await page.goto(`${site.url}role/`);
    await controllerBuild(page);
    copyFileSync(join('src', 'integrations', 'sw', 'retire.js'), join(site.copy, 'sw.js'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect
      .poll(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())), {
        timeout: WORKER_WAIT,
      })
      .toBe(false);
    expect(await page.evaluate(async () => (await caches.keys()).filter((key) => key.startsWith('guide-')))).toEqual(
      [],
    );
  } finally {
    await site.close();
  }
});
