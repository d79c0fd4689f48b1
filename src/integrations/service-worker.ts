/**
 * Offline reading: after the build (and Pagefind), writes `sw.js` from
 * src/integrations/sw/worker.js with this build's file list, and stamps every page
 * with the build's id (`<meta name="guide-build">`) so the worker and the page can
 * tell builds apart. What the worker saves on install depends on the budget:
 *
 * - whole guide ≤ budget: everything, so one visit makes the whole guide readable offline;
 * - past it: assets and the search index only; pages are kept as they are visited, and
 *   the offline page offers to save the rest (the reader sees the size first).
 *
 * The whole-guide print page (every chapter again) is never saved up front: it is kept,
 * like any page, once opened.
 *
 * OFFLINE=off publishes a worker that removes itself and its caches instead
 * (src/integrations/sw/retire.js), and pages stop registering one.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BuiltSite, builtSite, resetBuiltSites } from './built-site.ts';

export const SERVICE_WORKER = 'sw.js';
export const BUILD_META = 'guide-build';
/** The whole guide is saved on the first visit while it is at most this size. */
export const DEFAULT_BUDGET = 5 * 1024 * 1024;
const STAMP = /<meta name="guide-build" content="[^"]*"/g;

const offlineOff = () => (process.env['OFFLINE'] ?? '').toLowerCase() === 'off';

/**
 * The inline registration script of every guide page. It never reloads a page by
 * itself: when a worker of another build is ready, it offers "a new version is
 * available" and reloads only when the reader agrees. When the page is already of
 * the new build, it looks for that worker at once and lets it take over without a reload.
 */
export function registrationScript(base: string): string {
  const url = `${base}${SERVICE_WORKER}`;
  return `if ('serviceWorker' in navigator) {
  const sw = navigator.serviceWorker;
  // Starlight puts this script before the build's <meta>: read it once parsed.
  let build;
  const ready = new Promise((done) => {
    const read = () => { build = document.querySelector('meta[name="${BUILD_META}"]')?.content; done(); };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', read); else read();
  });
  let agreed = false;
  const ask = (w, m = { type: 'guide:build' }) => new Promise((done) => { const c = new MessageChannel(); c.port1.onmessage = (e) => done(e.data && e.data.build); w.postMessage(m, [c.port2]); });
  const offer = (w) => {
    if (document.getElementById('guide-update')) return;
    const box = document.createElement('div');
    box.id = 'guide-update';
    box.setAttribute('role', 'status');
    Object.assign(box.style, { position: 'fixed', insetInline: '1rem', bottom: '1rem', zIndex: '1000', maxWidth: '28rem', marginInline: 'auto', padding: '0.75rem 1rem', display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'center', background: 'var(--sl-color-black, #fff)', color: 'var(--sl-color-white, #000)', border: '1px solid var(--sl-color-gray-3, #888)', borderRadius: '0.5rem' });
    document.body.append(box);
    const text = document.createElement('p');
    text.style.margin = '0';
    text.textContent = 'A new version of this guide is available.';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload to update';
    button.addEventListener('click', () => { agreed = true; if (w && w.state === 'installed') w.postMessage({ type: 'guide:activate' }); else location.reload(); });
    // Filled after insertion, so screen readers announce it.
    queueMicrotask(() => box.append(text, button));
  };
  const consider = async (w) => {
    await ready;
    if (!w || !sw.controller) return;
    // One message: the worker takes over at once if it is of this page's build (no second
    // round trip that could be lost), and answers with its build either way.
    if ((await ask(w, { type: 'guide:take-over', build })) !== build) offer(w);
  };
  ready.then(() => { if (sw.controller) sw.controller.postMessage({ type: 'guide:hello', build }); });
  sw.addEventListener('controllerchange', async () => {
    if (agreed) return location.reload();
    await ready;
    if (!sw.controller) return;
    sw.controller.postMessage({ type: 'guide:hello', build });
    if ((await ask(sw.controller)) !== build) offer(null);
  });
  const watch = (w) => { if (w) w.addEventListener('statechange', () => { if (w.state === 'installed') consider(w); }); };
  sw.register('${url}', { scope: '${base}' }).then(async (reg) => {
    consider(reg.waiting);
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
    // A page newer than the worker serving it: look for the new worker now, rather than
    // whenever the browser's own check after a navigation comes (it can be much later).
    // An update already under way is joined, not repeated. Whatever it found is then
    // considered here too, so no worker waits on an event this page did not see.
    await ready;
    if (!sw.controller || (await ask(sw.controller)) === build) return;
    await reg.update();
    consider(reg.waiting);
    watch(reg.installing);
  }).catch(() => {});
}`;
}

/** Starlight `head` entries for built pages: the build stamp and the registration script. */
export function registrationHead(base: string) {
  if (offlineOff()) return [];
  return [
    { tag: 'meta' as const, attrs: { name: BUILD_META, content: 'pending' } },
    { tag: 'script' as const, content: registrationScript(base) },
  ];
}

export interface OfflineFile {
  url: string;
  bytes: number;
  /** A page (an index.html), as opposed to an asset or a piece of the search index. */
  page: boolean;
}

export interface OfflinePlan {
  /** true: the whole guide is saved on install; false: assets and index, pages as visited. */
  whole: boolean;
  precache: string[];
  pages: string[];
  pagesBytes: number;
  totalBytes: number;
}

/**
 * Decides what the worker saves on install, from the files and a byte budget. Pages in
 * `visitOnly` are saved only when a reader opens them: they are neither saved on install
 * nor counted against the budget, nor part of "the whole guide" saved on request (the
 * whole-guide print page, which is every chapter again).
 */
export function planOffline(
  files: readonly OfflineFile[],
  budget: number,
  essentialPages: readonly string[],
  visitOnly: readonly string[] = [],
): OfflinePlan {
  const saved = files.filter((f) => !visitOnly.includes(f.url));
  const totalBytes = saved.reduce((sum, f) => sum + f.bytes, 0);
  const pages = saved.filter((f) => f.page);
  const whole = totalBytes <= budget;
  const precache = whole
    ? saved.map((f) => f.url)
    : saved.filter((f) => !f.page || essentialPages.includes(f.url)).map((f) => f.url);
  return {
    whole,
    precache,
    pages: pages.map((f) => f.url),
    pagesBytes: pages.reduce((sum, f) => sum + f.bytes, 0),
    totalBytes,
  };
}

/** A build's id: a hash of every saved file's content (pages without their stamp). */
export function buildId(contents: readonly { url: string; hash: string }[]): string {
  const hash = createHash('sha256');
  for (const { url, hash: h } of [...contents].sort((a, b) => a.url.localeCompare(b.url))) hash.update(`${url} ${h}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** What the worker may save: pages, styles, scripts, icons, data and the search index. */
const SAVED = /\.(html|css|js|svg|json|wasm|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;
const LEFT_OUT = [
  new RegExp(`^${SERVICE_WORKER.replace('.', '\\.')}$`),
  /^404\.html$/,
  // Embeds are for other sites; Pagefind's stock UIs are not used by this site, nor its
  // worker (search runs in the page: src/search/engine.ts).
  /^embed\//,
  /^pagefind\/pagefind-(ui|component-ui|modular-ui)\./,
  /^pagefind\/pagefind-(highlight|worker)\.js$/,
];

/** The files of a build (relative, `/`-separated) that the worker may save; dotfiles never. */
export function offlineFiles(files: readonly string[]): string[] {
  return files.filter(
    (file) =>
      SAVED.test(file) && !file.split('/').some((part) => part.startsWith('.')) && !LEFT_OUT.some((r) => r.test(file)),
  );
}

/**
 * Writes sw.js into a built site folder and stamps its pages (also used by tests
 * that "redeploy" a copy of a build). Returns the plan and the build id.
 */
export async function writeServiceWorker(
  dir: string,
  base: string,
  options: { budget?: number; title?: string } = {},
  site: BuiltSite = new BuiltSite(dir),
): Promise<OfflinePlan & { build: string }> {
  const workerDir = fileURLToPath(new URL('./sw/', import.meta.url));
  if (offlineOff()) {
    await site.write(SERVICE_WORKER, await readFile(join(workerDir, 'retire.js'), 'utf8'));
    return { build: 'off', whole: false, precache: [], pages: [], pagesBytes: 0, totalBytes: 0 };
  }
  const files = await Promise.all(
    offlineFiles(await site.files()).map(async (file) => {
      // Files are named as URLs, relative to the site's root folder.
      const page = file.endsWith('index.html');
      const content = await site.bytes(file);
      const hashed = page ? Buffer.from(content.toString('utf8').replace(STAMP, '')) : content;
      return {
        page,
        url: `${base}${page ? file.slice(0, -'index.html'.length) : file}`,
        bytes: content.length,
        hash: createHash('sha256').update(hashed).digest('hex'),
      };
    }),
  );
  const build = buildId(files);
  // Every page, the 404 page included, carries the id of the build it belongs to.
  for (const file of (await site.files()).filter((f) => f.endsWith('.html'))) {
    const html = await site.text(file);
    const stamped = html.replace(STAMP, `<meta name="${BUILD_META}" content="${build}"`);
    if (stamped !== html) await site.write(file, stamped);
  }
  // The whole-guide page is every chapter again (src/pages/print.astro): kept when opened,
  // never saved up front, so each chapter counts once against the budget. It is still part
  // of the build's id (above), and of the pages the worker keeps.
  const budget = options.budget ?? DEFAULT_BUDGET;
  const plan = planOffline(files, budget, [base, `${base}reference/offline/`], [`${base}print/`]);
  const config = {
    build,
    base,
    title: options.title ?? 'AI Infrastructure Engineer Guide',
    whole: plan.whole,
    // Not read by the worker: the budget the plan was made against, for `npm run bench`.
    budget,
    precache: plan.precache,
    pages: plan.pages,
    pagesBytes: plan.pagesBytes,
  };
  const source = await readFile(join(workerDir, 'worker.js'), 'utf8');
  await site.write(SERVICE_WORKER, `const CONFIG = ${JSON.stringify(config)};\n${source}`);
  return { build, ...plan };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'guide-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => resetBuiltSites(),
      'astro:build:done': async ({ dir, logger }) => {
        const budget = Number(process.env['OFFLINE_BUDGET'] || DEFAULT_BUDGET);
        const root = fileURLToPath(dir);
        const plan = await writeServiceWorker(root, base, { budget }, builtSite(root));
        if (plan.build === 'off') {
          logger.info('Offline reading is off (OFFLINE=off): sw.js retires the worker.');
          return;
        }
        const saved = plan.whole
          ? `the whole guide (${kib(plan.totalBytes)}) on the first visit`
          : `assets and search (${plan.precache.length} files) on the first visit; pages as visited, or all ${plan.pages.length} (${kib(plan.pagesBytes)}) on request`;
        logger.info(`Offline cache (budget ${kib(budget)}): ${saved}.`);
      },
    },
  };
}
