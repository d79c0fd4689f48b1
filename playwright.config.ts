import { defineConfig } from '@playwright/test';

/** E2E_PORT moves all test servers (e.g. to run two checkouts' tests side by side). */
const port = Number(process.env['E2E_PORT'] || 4610);

/** The two builds scripts/e2e.mjs makes: the site at the root, and under a sub-path. */
export const sites = [
  { name: 'root', dir: 'dist', base: '/', port: port + 1 },
  { name: 'subpath', dir: 'dist-guide', base: '/guide/', port: port + 2 },
] as const;

/** A second origin for host pages that embed the calculator (tests/e2e/fixtures/host). */
export const hostOrigin = `http://127.0.0.1:${port + 10}`;

/**
 * The same builds served by Python's plain http.server (from .e2e-python/, where
 * guide/ links to dist-guide/), to show search works on any static host.
 */
export const pythonOrigin = `http://127.0.0.1:${port + 20}`;

/** The specs whose behaviour depends on the base path; the sub-path project runs only these. */
const SUBPATH_SPECS = [
  'subpath.spec.ts',
  'search.spec.ts',
  'offline.spec.ts',
  'embed.spec.ts',
  'planner.spec.ts',
  'print.spec.ts',
  'protection.spec.ts',
].map((name) => `**/${name}`);

const executablePath = process.env['CHROMIUM_PATH'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list'], ['github']] : 'list',
  // Generous: axe on long pages takes a while on a loaded 2-core machine, and a passing run
  // never waits on the timeout (every wait is on a condition).
  timeout: 120_000,
  // The same for assertions that wait (toBeVisible, expect.poll): 5 s by default, too short
  // for a frame or the search index to load on a loaded machine.
  expect: { timeout: 20_000 },
  use: {
    browserName: 'chromium',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Headless, quiet and offline-friendly: no background calls to other hosts.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    // Recording a trace costs a test about a third of its time here (a DOM snapshot per
    // action, screencast frames), for a file CI never keeps: off in CI (and in `.ci/run`),
    // where a failure prints what was seen instead; kept for failures in local runs.
    trace: process.env['CI'] ? 'off' : 'retain-on-failure',
    // Every guide page registers the offline worker, which saves the whole guide on its first
    // visit: in every test's fresh context, megabytes fetched and stored that the test never
    // reads. Only offline.spec.ts, which tests the worker, lets it run.
    serviceWorkers: 'block',
  },
  // Every check runs once, on the root build. The sub-path build gets only what can differ
  // under a sub-path: links and assets (one page of each kind; every page's addresses are
  // checked from the built files, tests/build/subpath-addresses.test.ts), search, offline
  // reading, embeds, the planner's storage and links, print links.
  projects: sites.map((site) => ({
    name: site.name,
    use: { baseURL: `http://127.0.0.1:${site.port}${site.base}` },
    // ROOT_ONLY / SUBPATH_ONLY tests (tests/e2e/support/site.ts) run in one project only.
    ...(site.base === '/'
      ? { testIgnore: '**/subpath.spec.ts', grepInvert: /@subpath-only/ }
      : { testMatch: SUBPATH_SPECS, grepInvert: /@root-only/ }),
  })),
  webServer: [
    ...[
      ...sites.map((site) => ({ dir: site.dir, base: site.base, port: site.port })),
      { dir: 'tests/e2e/fixtures/host', base: '/', port: port + 10 },
    ].map((server) => ({
      command: `"${process.execPath}" scripts/serve.mjs --dir ${server.dir} --base ${server.base} --port ${server.port}`,
      url: `http://127.0.0.1:${server.port}${server.base}`,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
    })),
    {
      command: `python3 -m http.server ${port + 20} --bind 127.0.0.1 --directory .e2e-python`,
      url: `${pythonOrigin}/`,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
    },
  ],
});
