import { defineConfig } from '@playwright/test';

/** The two builds scripts/e2e.mjs makes: the site at the root, and under a sub-path. */
export const sites = [
  { name: 'root', dir: 'dist', base: '/', port: 4611 },
  { name: 'subpath', dir: 'dist-guide', base: '/guide/', port: 4612 },
] as const;

const executablePath = process.env['CHROMIUM_PATH'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list'], ['github']] : 'list',
  timeout: 30_000,
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
    trace: 'retain-on-failure',
  },
  projects: sites.map((site) => ({
    name: site.name,
    use: { baseURL: `http://127.0.0.1:${site.port}${site.base}` },
    metadata: { base: site.base, dir: site.dir },
  })),
  webServer: sites.map((site) => ({
    command: `"${process.execPath}" scripts/serve.mjs --dir ${site.dir} --base ${site.base} --port ${site.port}`,
    url: `http://127.0.0.1:${site.port}${site.base}`,
    reuseExistingServer: !process.env['CI'],
    stdout: 'ignore' as const,
  })),
});
