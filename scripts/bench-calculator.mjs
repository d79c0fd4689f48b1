#!/usr/bin/env node
/**
 * Calculator benchmark (not a test): prints the element's JavaScript size (gzip)
 * and the time from an input change to the updated result, beside their budgets.
 * Needs a built site in dist/ (npm run build).
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { ensureChromium } from './chromium.mjs';
import { startServer } from './lib/static-server.mjs';

const BUDGET_BYTES = 8 * 1024;
const BUDGET_MS = 16;

const bundle = await build({
  entryPoints: ['src/elements/define.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
});
const js = bundle.outputFiles[0].contents;
const gzip = gzipSync(js, { level: 9 }).length;

if (!existsSync('dist/tools/salary-calculator/index.html')) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}
const server = await startServer({ dir: 'dist', base: '/', port: 0 });
const executablePath = ensureChromium() ?? undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto(`${server.url}tools/salary-calculator/`);
await page.locator('ai-salary-calculator [data-result]').waitFor();
const timings = await page.evaluate(async () => {
  const el = document.querySelector('ai-salary-calculator');
  const select = el.shadowRoot.querySelector('select[name="level"]');
  const result = el.shadowRoot.querySelector('[data-result]')?.parentElement;
  const levels = ['entry', 'mid', 'senior', 'staff'];
  const samples = [];
  for (let i = 0; i < 200; i++) {
    const before = result.textContent;
    const start = performance.now();
    select.value = levels[i % 4];
    select.dispatchEvent(new Event('change', { bubbles: true }));
    if (result.textContent === before && i % 4 !== 0) throw new Error('result did not change');
    samples.push(performance.now() - start);
    if (i % 20 === 0) await new Promise((r) => requestAnimationFrame(r));
  }
  samples.sort((a, b) => a - b);
  return { median: samples[100], p95: samples[190] };
});
await browser.close();
await server.close();

const rows = [
  ['element JS (min + gzip)', `${(gzip / 1024).toFixed(2)} KB`, `≤ ${BUDGET_BYTES / 1024} KB`, gzip <= BUDGET_BYTES],
  [
    'input change → result (median)',
    `${timings.median.toFixed(2)} ms`,
    `≤ ${BUDGET_MS} ms`,
    timings.median <= BUDGET_MS,
  ],
  ['input change → result (p95)', `${timings.p95.toFixed(2)} ms`, `≤ ${BUDGET_MS} ms`, timings.p95 <= BUDGET_MS],
];
console.log('\nCalculator benchmark');
console.table(rows.map(([figure, value, budget, ok]) => ({ figure, value, budget, within: ok ? 'yes' : 'NO' })));
