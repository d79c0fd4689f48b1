#!/usr/bin/env node
/**
 * End-to-end tests: builds the production site twice (at the root and under
 * /guide/), checks the built files (HTML validity, byte budgets), then runs
 * Playwright against both builds, served by scripts/serve.mjs and python3.
 * Extra arguments go to `playwright test` (e.g. a file filter or --project).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './chromium.mjs';

/** Sub-stage times, handed to scripts/test.mjs through SUITE_TIMES_FILE when it runs us. */
const times = [];
function timed(stage, run) {
  const started = performance.now();
  try {
    run();
  } finally {
    times.push({ stage, ms: Math.round(performance.now() - started) });
    if (process.env.SUITE_TIMES_FILE) writeFileSync(process.env.SUITE_TIMES_FILE, JSON.stringify(times));
  }
}

const chromium = ensureChromium();
const env = { ...process.env };
if (chromium) env.CHROMIUM_PATH = chromium;

const astro = 'node_modules/astro/bin/astro.mjs';
// The root build has a repository address, so its pages carry the feedback links
// (tests/e2e/print.spec.ts checks them there, and their absence under /guide/).
const E2E_REPO_URL = 'https://github.com/example/ai-infra-guide';
const builds = [
  { OUT_DIR: 'dist', BASE_PATH: '/', REPO_URL: E2E_REPO_URL },
  { OUT_DIR: 'dist-guide', BASE_PATH: '/guide/', REPO_URL: '' },
];
if (!process.env.E2E_SKIP_BUILD) {
  for (const build of builds) {
    console.log(`\n> astro build (BASE_PATH=${build.BASE_PATH}, OUT_DIR=${build.OUT_DIR})`);
    timed(`build ${build.BASE_PATH}`, () =>
      execFileSync(process.execPath, [astro, 'build', '--silent'], { stdio: 'inherit', env: { ...env, ...build } }),
    );
  }
}

// Tests of the built files: HTML validity and byte budgets.
console.log('\n> vitest (built output: HTML validity, byte budgets)');
try {
  timed('built output', () =>
    execFileSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.build.config.ts'], {
      stdio: 'inherit',
      env,
    }),
  );
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}

// The same builds for Python's http.server: dist/ at its root, dist-guide/ as guide/.
const python = '.e2e-python';
rmSync(python, { recursive: true, force: true });
mkdirSync(python);
for (const entry of readdirSync('dist')) symlinkSync(resolve('dist', entry), resolve(python, entry));
symlinkSync(resolve('dist-guide'), resolve(python, 'guide'));

try {
  timed('browser', () =>
    execFileSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env,
    }),
  );
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
