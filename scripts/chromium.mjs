/**
 * Finds a Chromium for the browser tests and benchmarks, or gets one:
 * CHROMIUM_PATH, then the system's Chromium; failing those, Debian's `chromium`
 * package when running as root with apt, else Playwright's own installer.
 * Exits with a message that says what to do when none of that works.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  return candidates.find(isExecutable) ?? null;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function installWithApt() {
  console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}

function installWithPlaywright() {
  console.log('No Chromium found: trying Playwright’s browser installer…');
  execFileSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], { stdio: 'inherit' });
}

/** The path of a Chromium to launch, or null when Playwright's own build should be used. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get')) {
    try {
      installWithApt();
      const installed = findChromium();
      if (installed) return installed;
    } catch (error) {
      console.error(`apt-get could not install chromium: ${error.message}`);
    }
  }
  try {
    installWithPlaywright();
    return null;
  } catch {
    console.error(
      [
        'The browser tests need Chromium, and none could be found or installed.',
        'Do one of these, then run the tests again:',
        '  - Debian/Ubuntu: sudo apt-get install chromium',
        '  - any system: npx playwright install chromium',
        '  - or point CHROMIUM_PATH at an installed Chromium or Chrome binary.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
