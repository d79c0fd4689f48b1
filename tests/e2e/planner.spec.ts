import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { COLOUR_RULES, expectAccessible, expectNoProblems, showTheme, watchPage } from './support/audit';
import { ROOT_ONLY } from './support/site';

// Each test walks through several pages and contexts; on a loaded 2-core machine that needs room.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const PLANNER = 'tools/planner/';
const KEY = 'ai-infra-guide:plan';
const K8S = 'Run a Kubernetes cluster yourself, upgrade included';
const PIPELINE = 'Automate training to deployment from a commit';

const planner = (page: Page) => page.locator('ai-planner');
const status = (page: Page, title: string) => planner(page).getByLabel(`Status: ${title}`, { exact: true });
const stored = (page: Page) =>
  page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { statuses: Record<string, string> } | null,
    KEY,
  );

async function openPlanner(page: Page, path = PLANNER): Promise<void> {
  await page.goto(path);
  await expect(page.locator('ai-planner[data-ready]')).toBeAttached();
}

async function auditBothThemes(page: Page, what: string, include: string): Promise<void> {
  await showTheme(page, 'light');
  await expectAccessible(page, `${what} (light)`, { include });
  await showTheme(page, 'dark');
  await expectAccessible(page, `${what} (dark)`, { include, rules: COLOUR_RULES });
}

async function chooseDevops(page: Page): Promise<void> {
  await planner(page).getByLabel('Your starting background').selectOption('devops');
  await expect(status(page, K8S)).toBeVisible();
}

test.describe('readiness planner', () => {
  test('choosing a background shows its checklist, progress and timeline', async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    await openPlanner(page);
    await expect(page.locator('.planner-fallback')).toBeHidden();
    await expect(planner(page).getByText('Choose your starting background')).toBeVisible();
    await chooseDevops(page);
    // DevOps already covers Terraform, so it is not on the list; "other" has it.
    await expect(status(page, 'Provision infrastructure as code with Terraform')).toHaveCount(0);
    const weeks = planner(page).locator('.timeline > p');
    await expect(weeks).toContainText('At 8 hours a week');
    const before = await weeks.textContent();
    await status(page, PIPELINE).selectOption('skipped');
    await expect(weeks).not.toHaveText(before!);
    await planner(page).getByLabel('Hours a week').fill('20');
    await expect(weeks).toContainText('At 20 hours a week');
    await planner(page).getByLabel('Your starting background').selectOption('other');
    await expect(status(page, 'Provision infrastructure as code with Terraform')).toBeVisible();
    expectNoProblems(problems);
  });

  test('ticks on two chapter pages update the plan, survive a reload and reach a second tab', async ({
    page,
    context,
  }) => {
    await openPlanner(page);
    await chooseDevops(page);
    const second = await context.newPage();
    await second.goto('paths/from-devops/');
    await second.locator('plan-checklist[data-ready]').waitFor();
    await second.getByRole('checkbox', { name: new RegExp(K8S) }).check();
    // The planner in the first tab hears of it through the storage event.
    await expect(status(page, K8S)).toHaveValue('done');

    await second.goto('paths/from-cloud-engineering/');
    await second.locator('plan-checklist[data-ready]').waitFor();
    await second.getByRole('checkbox', { name: new RegExp(PIPELINE) }).check();
    await expect(status(page, PIPELINE)).toHaveValue('done');
    await expect(planner(page).locator('.summary')).toContainText('2 of');

    // And the other way: the planner's change shows on the chapter page.
    await status(page, PIPELINE).selectOption('learning');
    await expect(second.getByRole('checkbox', { name: new RegExp(PIPELINE) })).not.toBeChecked();
    await expect(second.locator('li[data-plan-item="ml-pipeline"]')).toContainText('(learning)');

    await page.reload();
    await expect(status(page, K8S)).toHaveValue('done');
    await expect(status(page, PIPELINE)).toHaveValue('learning');
    await expect(planner(page).getByLabel('Your starting background')).toHaveValue('devops');
  });

  test('the calculator link carries the skills marked done', async ({ page }) => {
    await openPlanner(page);
    await chooseDevops(page);
    await expect(planner(page).getByRole('link', { name: 'Your skills in the salary calculator' })).toHaveCount(0);
    await status(page, K8S).selectOption('done');
    await status(page, 'Know GPUs in a cluster: drivers, CUDA, the GPU Operator, MIG').selectOption('done');
    await planner(page).getByRole('link', { name: 'Your skills in the salary calculator' }).click();
    await expect(page).toHaveURL(/tools\/salary-calculator\/\?skills=kubernetes,gpu$/);
    const calc = page.locator('ai-salary-calculator');
    await expect(calc.getByRole('checkbox', { name: 'Kubernetes-focused MLOps' })).toBeChecked();
    await expect(calc.getByRole('checkbox', { name: 'GPU optimisation and distributed training' })).toBeChecked();
  });

  test(
    'export, then import into a fresh browser: offered, merged or loaded, never silent',
    ROOT_ONLY,
    async ({ page, browser }) => {
      await openPlanner(page);
      await chooseDevops(page);
      await status(page, K8S).selectOption('done');
      await status(page, PIPELINE).selectOption('learning');
      const downloading = page.waitForEvent('download');
      await planner(page).getByRole('button', { name: 'Export plan (file)' }).click();
      const file = await (await downloading).path();
      const text = readFileSync(file, 'utf8');
      expect(JSON.parse(text)).toMatchObject({ format: 'ai-infra-guide-plan', plan: { v: 1, background: 'devops' } });

      const fresh = await browser.newContext({ baseURL: page.url().replace(PLANNER, ''), serviceWorkers: 'block' });
      const other = await fresh.newPage();
      await openPlanner(other);
      const input = planner(other).locator('input[type="file"]');
      // A foreign file is refused and changes nothing.
      await input.setInputFiles({
        name: 'package.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"name":"x"}'),
      });
      await expect(planner(other).locator('.message')).toHaveText(/not a plan exported from this guide.*unchanged/);
      await expect.poll(() => stored(other)).toBeNull();

      await input.setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      const offerBox = planner(other).locator('.offer');
      await expect(offerBox).toContainText('“plan.json” holds a plan');
      expect(await stored(other)).toBeNull();
      await offerBox.getByRole('button', { name: 'Load it (replaces my plan)' }).click();
      await expect(status(other, K8S)).toHaveValue('done');
      await expect(status(other, PIPELINE)).toHaveValue('learning');
      await fresh.close();
    },
  );

  test('a share link offers its plan and never overwrites silently; a tampered one is refused', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(300_000); // two browsers and five page loads
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await openPlanner(page);
    await chooseDevops(page);
    await status(page, K8S).selectOption('done');
    await planner(page).getByRole('button', { name: 'Copy share link' }).click();
    const link = await planner(page).getByLabel('Share link to this plan').inputValue();
    expect(link).toMatch(/#plan=1\.0\.0\.8\.dk8s-operate$/);
    expect(link.length).toBeLessThan(2000);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const fresh = await browser.newContext({ serviceWorkers: 'block' });
    const other = await fresh.newPage();
    await other.goto(baseURL + PLANNER);
    await other.evaluate(
      ([key]) =>
        localStorage.setItem(
          key!,
          JSON.stringify({
            v: 1,
            background: 'cloud',
            direction: 'serving',
            hours: 5,
            statuses: { 'serve-llm': 'done' },
            removed: {},
          }),
        ),
      [KEY],
    );
    // From another page, so the link is a fresh load rather than a change of fragment.
    await other.goto('about:blank');
    await other.goto(link);
    const offerBox = planner(other).locator('.offer');
    await expect(offerBox).toContainText('This link carries a shared plan');
    expect((await stored(other))?.statuses).toEqual({ 'serve-llm': 'done' });
    await offerBox.getByRole('button', { name: 'Merge it into my plan' }).click();
    await expect
      .poll(async () => (await stored(other))?.statuses)
      .toEqual({ 'serve-llm': 'done', 'k8s-operate': 'done' });
    await expect(other).not.toHaveURL(/#plan=/);

    await other.goto('about:blank');
    await other.goto(`${baseURL}${PLANNER}#plan=1.0.0.8.dk8s-operate~x<b>`);
    await expect(planner(other).locator('.message')).toHaveText(/damaged or incomplete.*unchanged/);
    await expect(planner(other).locator('.offer')).toBeHidden();
    expect(Object.keys((await stored(other))?.statuses ?? {})).toHaveLength(2);
    await fresh.close();
  });

  test('reset asks first', ROOT_ONLY, async ({ page }) => {
    await openPlanner(page);
    await chooseDevops(page);
    await status(page, K8S).selectOption('done');
    await planner(page).getByRole('button', { name: 'Reset plan…' }).click();
    await planner(page).getByRole('button', { name: 'Keep my plan' }).click();
    await expect(status(page, K8S)).toHaveValue('done');
    await planner(page).getByRole('button', { name: 'Reset plan…' }).click();
    await planner(page).getByRole('button', { name: 'Yes, reset my plan' }).click();
    await expect(planner(page).getByText('Choose your starting background')).toBeVisible();
    expect(await stored(page)).toBeNull();
  });

  test('the print view shows the plan, not the controls', ROOT_ONLY, async ({ page }) => {
    await openPlanner(page);
    await chooseDevops(page);
    await status(page, K8S).selectOption('done');
    await page.emulateMedia({ media: 'print' });
    await expect(status(page, K8S)).toBeHidden();
    await expect(planner(page).locator('li[data-item="k8s-operate"] .status-text')).toBeVisible();
    await expect(planner(page).locator('li[data-item="k8s-operate"] .status-text')).toHaveText('Done');
    await expect(planner(page).getByRole('button', { name: 'Export plan (file)' })).toBeHidden();
    await expect(planner(page).locator('.print-settings')).toHaveText(
      'DevOps or SRE, General AI infrastructure, 8 hours a week.',
    );
    // One to two A4 pages (1,123 CSS px tall each at 96 dpi) for a full DevOps plan.
    await page.setViewportSize({ width: 794, height: 1123 });
    const box = await planner(page).boundingBox();
    expect(box!.height).toBeLessThanOrEqual(2 * 1123);
    // The rest of the planner page (its explanations) stays off the paper.
    await expect(page.getByRole('heading', { name: 'How the planner works' })).toBeHidden();
  });

  test('unreadable stored data is kept, explained and offered for download', ROOT_ONLY, async ({ page }) => {
    await page.addInitScript(
      ([key]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, '{"v":1,"background":"devops", broken');
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY],
    );
    await openPlanner(page);
    const alert = planner(page).getByRole('alert');
    await expect(alert).toContainText('could not be read');
    await chooseDevops(page);
    await status(page, K8S).selectOption('done');
    await expect.poll(async () => (await stored(page))?.statuses).toEqual({ 'k8s-operate': 'done' });
    expect(await page.evaluate(() => localStorage.getItem('ai-infra-guide:plan:unreadable'))).toBe(
      '{"v":1,"background":"devops", broken',
    );
    const downloading = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
    expect(readFileSync(await (await downloading).path(), 'utf8')).toContain('broken');
  });

  test('with storage blocked, the planner works for the visit and says so', ROOT_ONLY, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    // Storage full or blocked for the guide's keys (Starlight's own theme write is not ours to test).
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('ai-infra-guide:'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await openPlanner(page);
    await expect(planner(page).getByText('will not remember your plan')).toBeVisible();
    await chooseDevops(page);
    await status(page, K8S).selectOption('done');
    await expect(planner(page).locator('.summary')).toContainText('1 of');
    expectNoProblems(problems);
  });

  test('without JavaScript, every background’s checklist is on the page', ROOT_ONLY, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseURL + PLANNER);
    for (const name of ['DevOps or SRE', 'Cloud engineering', 'Data engineering', 'Software engineering']) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    await expect(page.locator('.planner-fallback ol').first().locator('li').first()).toBeVisible();
    await page.goto(`${baseURL}paths/from-devops/`);
    await expect(page.locator('plan-checklist li').first()).toBeVisible();
    await context.close();
  });

  test('fits a 320 px screen without sideways scrolling', ROOT_ONLY, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await openPlanner(page);
    await chooseDevops(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  // Both themes in one load each: every rule in light, then the colour rules in dark.
  test('axe finds nothing on the planner with a plan, in light and dark', ROOT_ONLY, async ({ page }) => {
    await openPlanner(page);
    await chooseDevops(page);
    await status(page, K8S).selectOption('done');
    await auditBothThemes(page, 'planner', 'ai-planner');
  });

  test('axe finds nothing on a checklist page once upgraded, in light and dark', ROOT_ONLY, async ({ page }) => {
    await page.goto('paths/from-devops/');
    await page.locator('plan-checklist[data-ready]').waitFor();
    await page.getByRole('checkbox', { name: new RegExp(K8S) }).check();
    await auditBothThemes(page, 'from-devops checklist', 'plan-checklist');
  });
});
