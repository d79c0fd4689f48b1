import { expect, test, type Page } from '@playwright/test';
import { COLOUR_RULES, expectAccessible, expectNoProblems, showTheme, watchPage } from './support/audit';

const PAGE = 'tools/salary-calculator/';

/** The element's current estimate, read through its public property. */
function estimate(page: Page) {
  return page.locator('ai-salary-calculator').evaluate((el) => {
    const e = (el as HTMLElement & { estimate: { low: number; mid: number; high: number; mode: string } }).estimate;
    return { low: e.low, mid: e.mid, high: e.high, mode: e.mode };
  });
}

const result = (page: Page) => page.locator('ai-salary-calculator [data-result]');

test.describe('salary calculator', () => {
  test('upgrades, replaces the static summary, and shows the default estimate', async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto(PAGE);
    await expect(result(page)).toHaveText('$140,000–$164,000 a year');
    await expect(page.locator('.calculator-fallback')).toBeHidden();
    expectNoProblems(problems);
  });

  test('every control updates the result, the event and the URL', async ({ page }) => {
    await page.goto(PAGE);
    await page.evaluate(() => {
      (window as unknown as { events: unknown[] }).events = [];
      document.querySelector('ai-salary-calculator')!.addEventListener('estimate-change', (e) => {
        (window as unknown as { events: unknown[] }).events.push((e as CustomEvent).detail);
      });
    });
    const calc = page.locator('ai-salary-calculator');
    let previous = await estimate(page);
    const expectChange = async (check: (before: typeof previous, after: typeof previous) => void) => {
      await expect.poll(async () => JSON.stringify(await estimate(page))).not.toBe(JSON.stringify(previous));
      const after = await estimate(page);
      check(previous, after);
      previous = after;
    };

    await calc.getByLabel('Level', { exact: true }).selectOption('senior');
    await expectChange((b, a) => expect(a.mid).toBeGreaterThan(b.mid));
    await expect(page).toHaveURL(/level=senior/);

    await calc.getByLabel('Location', { exact: true }).selectOption('hub');
    await expectChange((b, a) => expect(a.mid).toBeGreaterThan(b.mid));

    await calc.getByRole('checkbox', { name: 'Kubernetes-focused MLOps' }).check();
    await expectChange((b, a) => expect(a.high).toBeGreaterThan(b.high));
    await expect(page).toHaveURL(/skills=kubernetes/);

    await calc.getByLabel('Company', { exact: true }).selectOption('top');
    await calc.getByRole('checkbox', { name: 'GPU optimisation and distributed training' }).check();
    await expectChange((_b, a) => expect(a.low).toBeGreaterThanOrEqual(280_000));

    await calc.getByRole('textbox', { name: 'Yearly equity and bonus (optional, USD)', exact: true }).fill('20000');
    await expectChange((b, a) => expect(a.mid - b.mid).toBe(20_000));

    await calc.getByRole('radio', { name: 'Independent consulting' }).check();
    await expectChange((_b, a) => expect(a.mode).toBe('consulting'));
    await expect(calc.getByText('For comparison, a salaried job')).toBeVisible();

    await calc.getByRole('textbox', { name: 'Hourly rate (USD)', exact: true }).fill('250');
    await expectChange((_b, a) => expect(a.low).toBe(a.high));
    await calc.getByRole('textbox', { name: 'Billable hours a year', exact: true }).fill('1000');
    await expectChange((_b, a) => expect(a.mid).toBe(200_000)); // 250 × 1,000 × (1 − 20%)
    await calc.getByRole('textbox', { name: 'Business costs (% of revenue)', exact: true }).fill('0');
    await expectChange((_b, a) => expect(a.mid).toBe(250_000));
    await expect(page).toHaveURL(/mode=consulting/);
    await expect(page).toHaveURL(/rate=250/);

    const events = await page.evaluate(() => (window as unknown as { events: { mid: number }[] }).events);
    expect(events.length).toBeGreaterThanOrEqual(9);
    expect(events.at(-1)!.mid).toBe(250_000);
  });

  test('a preset URL opens in that state, and “copy link” reproduces it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto(`${PAGE}?level=staff&location=other&skills=cloud,automation&company=top`);
    const calc = page.locator('ai-salary-calculator');
    await expect(calc.getByLabel('Level', { exact: true })).toHaveValue('staff');
    await expect(calc.getByLabel('Location', { exact: true })).toHaveValue('other');
    await expect(calc.getByRole('checkbox', { name: 'Cloud fluency (AWS, Azure or GCP)' })).toBeChecked();
    await expect(calc.getByRole('checkbox', { name: 'Infrastructure automation and ML pipelines' })).toBeChecked();
    await expect(calc.getByLabel('Company', { exact: true })).toHaveValue('top');
    const presetEstimate = await estimate(page);

    await calc.getByLabel('Level', { exact: true }).selectOption('senior');
    await calc.getByRole('button', { name: 'Copy link to this estimate' }).click();
    await expect(calc.getByText('Link copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('level=senior');
    const copiedEstimate = await estimate(page);

    const second = await context.newPage();
    await second.goto(copied);
    await expect(second.locator('ai-salary-calculator').getByLabel('Level', { exact: true })).toHaveValue('senior');
    expect(await estimate(second)).toEqual(copiedEstimate);
    expect(copiedEstimate).not.toEqual(presetEstimate);
  });

  test('hostile URL parameters show a notice, fall back to defaults and run no script', async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    const hostile = new URLSearchParams({
      level: '<script>window.__pwned=1</script>',
      skills: 'kubernetes,<img src=x onerror="window.__pwned=2">',
      rate: '1e999',
      location: '"><svg onload=window.__pwned=3>',
    });
    await page.goto(`${PAGE}?${hostile}&mode=consulting`);
    const notice = page.locator('ai-salary-calculator .notice');
    await expect(notice).toBeVisible();
    for (const name of ['level', 'skills', 'rate', 'location']) await expect(notice).toContainText(`Ignored ${name}=`);
    await expect(notice).toContainText('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const injected = await page
      .locator('ai-salary-calculator')
      .evaluate((el) => el.shadowRoot!.querySelectorAll('script, img, svg, [onerror], [onload]').length);
    expect(injected).toBe(0);
    const e = await estimate(page);
    expect(e.mode).toBe('consulting');
    await expect(page.locator('ai-salary-calculator').getByLabel('Level', { exact: true })).toHaveValue('mid');
    await expectAccessible(page, 'calculator with notice', { include: 'ai-salary-calculator' });
    expectNoProblems(problems);
  });

  test('an out-of-range form entry is named beside its field and not used', async ({ page }) => {
    await page.goto(PAGE);
    const calc = page.locator('ai-salary-calculator');
    const equity = calc.getByRole('textbox', { name: 'Yearly equity and bonus (optional, USD)', exact: true });
    await equity.fill('-5');
    await expect(equity).toHaveAttribute('aria-invalid', 'true');
    await expect(calc.getByText(/Not used: needs an amount/)).toBeVisible();
    await expect(result(page)).toHaveText('$140,000–$164,000 a year');
  });

  test('the assumptions panel changes the estimate and can reset it', async ({ page }) => {
    await page.goto(`${PAGE}?skills=cloud`);
    const calc = page.locator('ai-salary-calculator');
    const before = await estimate(page);
    // Its fields are built when it is first opened, not with the details after the first result.
    await page.waitForLoadState('networkidle');
    await expect(calc.locator('[data-ref="steps"] li').first()).toBeAttached();
    await expect(calc.locator('input[data-assumption]')).toHaveCount(0);
    await calc.getByText('Assumptions (change them)').click();
    const premium = calc.getByLabel('Premium for cloud fluency (%)');
    await expect(premium).toHaveValue('5');
    await premium.fill('20');
    await expect.poll(async () => (await estimate(page)).mid).toBeGreaterThan(before.mid);
    await calc.getByRole('button', { name: 'Reset: Premium for cloud fluency' }).click();
    await expect.poll(async () => (await estimate(page)).mid).toBe(before.mid);
    // Both panels open, in both themes (in one load: every rule in light, colours in dark).
    await calc.getByText('How we got there').click();
    await expect(premium).toBeVisible();
    await expect(calc.locator('[data-ref="steps"] li').first()).toBeVisible();
    for (const theme of ['light', 'dark'] as const) {
      await showTheme(page, theme);
      await expectAccessible(page, `calculator with panels open (${theme})`, {
        include: 'ai-salary-calculator',
        ...(theme === 'dark' ? { rules: COLOUR_RULES } : {}),
      });
    }
  });

  test('lists the evidence base’s pay figures for the profile, in their own currency, cited', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${PAGE}?country=GB&level=mid`);
    const calc = page.locator('ai-salary-calculator');
    await calc.getByText('What the sources say for this profile').click();
    // A figure from src/data/pay-figures.ts: UK mid-career machine learning engineers.
    const uk = calc.locator('li[data-fact="applyo-uk-ml-mid"]');
    await expect(uk).toContainText('£55,000–£85,000 a year');
    await expect(uk.locator('a')).toHaveAttribute(
      'href',
      `${new URL(baseURL!).pathname}reference/sources/#applyo-uk-ml`,
    );
    await expect(calc.locator('li[data-fact="bls-pay-software-developers"]')).toHaveCount(0);
    // Back in the US, that country's figures replace it.
    await calc.getByLabel('Country', { exact: true }).selectOption('US');
    await expect(calc.locator('li[data-fact="bls-pay-software-developers"]')).toContainText('$132,270 a year');
    await expect(uk).toHaveCount(0);
    // Total compensation for senior engineers at top employers: listed, and as its own labelled range.
    await calc.getByLabel('Level', { exact: true }).selectOption('senior');
    await calc.getByLabel('Company', { exact: true }).selectOption('top');
    await expect(calc.locator('li[data-fact="reputo-senior-ai-infra-total"]')).toContainText('total compensation');
    await expect(calc.locator('[data-total]')).toContainText('Total compensation');
    // The headline stays base salary: the total is not folded into it.
    await expect(result(page)).toHaveText('$160,000–$184,000 a year');
  });

  test('the breakdown links each step to its source or to the method page', async ({ page, baseURL }) => {
    await page.goto(`${PAGE}?level=senior&skills=kubernetes`);
    const calc = page.locator('ai-salary-calculator');
    await calc.getByText('How we got there').click();
    const cited = calc.locator('li[data-basis="figure:pay-us-range"] a');
    await expect(cited).toHaveAttribute('href', `${new URL(baseURL!).pathname}reference/sources/#refonte-2025`);
    const assumed = calc.locator('li[data-basis="assumption:premium-kubernetes"] a');
    await assumed.click();
    await expect(page).toHaveURL(/reference\/method\/#premium-kubernetes$/);
    await expect(page.locator('#premium-kubernetes')).toBeVisible();
  });
});

test('without JavaScript the static summary of the cited bands shows', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}${PAGE}`);
  const fallback = page.locator('.calculator-fallback');
  await expect(fallback).toBeVisible();
  await expect(fallback).toContainText('$120,000–$200,000 a year');
  await expect(fallback).toContainText('$300–$500 an hour');
  await context.close();
});
