#!/usr/bin/env node
/**
 * The whole guide as one PDF, for releases: serves a build, opens its /print/
 * page in headless Chromium (CHROMIUM_PATH, else the system's) and prints it.
 *
 *   npm run pdf [-- --out guide.pdf]     builds dist/ first if it has no /print/ page
 *
 * OUT_DIR and BASE_PATH choose the build, as for `npm run build`. Not part of the build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';
import { startServer } from './lib/static-server.mjs';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'ai-infrastructure-engineer-guide.pdf' } },
});
const dir = process.env.OUT_DIR || 'dist';
const base = process.env.BASE_PATH || '/';

if (!existsSync(join(dir, 'print', 'index.html'))) {
  console.log(`> ${dir}/ has no whole-guide page: astro build`);
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit' });
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('npm run pdf needs Chromium: install it (e.g. apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

const server = await startServer({ dir, base, port: 0 });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const response = await page.goto(`${server.url}print/`, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${server.url}print/ answered ${response?.status()}`);
  // Custom elements (the calculator) render their result before the page is printed.
  await page.waitForFunction(() => document.querySelector('ai-salary-calculator:not(:defined)') === null);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.pdf({
    path: values.out,
    format: 'A4',
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    printBackground: false,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    outline: true,
    tagged: true,
  });
  console.log(`Wrote ${values.out} (${Math.round(statSync(values.out).size / 1024)} KB)`);
} finally {
  await browser.close();
  await server.close();
}
