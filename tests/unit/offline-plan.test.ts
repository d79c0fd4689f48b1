import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuiltSite } from '../../src/integrations/built-site';
import {
  DEFAULT_BUDGET,
  planOffline,
  writeServiceWorker,
  type OfflineFile,
} from '../../src/integrations/service-worker';

const file = (url: string, bytes: number): OfflineFile => ({ url, bytes, page: url.endsWith('/') });
const FILES = [
  file('/', 100),
  file('/role/', 300),
  file('/reference/offline/', 100),
  file('/print/', 400),
  file('/_astro/a.js', 200),
  file('/pagefind/pagefind.js', 100),
];
const ESSENTIAL = ['/', '/reference/offline/'];

describe('the offline plan', () => {
  it('saves everything on the first visit while the whole guide fits the budget', () => {
    const plan = planOffline(FILES, 1200, ESSENTIAL);
    expect(plan.whole).toBe(true);
    expect(plan.precache).toHaveLength(FILES.length);
    expect(plan.totalBytes).toBe(1200);
  });

  it('past the budget, saves the assets, the index and the essential pages, and lists the rest', () => {
    const plan = planOffline(FILES, 1199, ESSENTIAL);
    expect(plan.whole).toBe(false);
    expect(plan.precache.sort()).toEqual(['/', '/_astro/a.js', '/pagefind/pagefind.js', '/reference/offline/']);
    expect(plan.pages).toEqual(['/', '/role/', '/reference/offline/', '/print/']);
  });

  it('leaves a visit-only page out of the first visit, the budget and "the whole guide"', () => {
    // Without the print page the guide fits a budget it would not fit with it.
    const plan = planOffline(FILES, 800, ESSENTIAL, ['/print/']);
    expect(plan.whole).toBe(true);
    expect(plan.totalBytes).toBe(800);
    expect(plan.precache).not.toContain('/print/');
    expect(plan.pages).not.toContain('/print/');
    expect(planOffline(FILES, 799, ESSENTIAL, ['/print/']).pages).toEqual(['/', '/role/', '/reference/offline/']);
  });

  it('the build leaves the whole-guide page out of the first visit, and its content still changes the build id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offline-plan-'));
    const page = (title: string) =>
      `<!doctype html><html><head><meta name="guide-build" content=""><title>${title}</title></head><body></body></html>`;
    for (const [path, html] of [
      ['index.html', page('Home')],
      ['role/index.html', page('Role')],
      ['reference/offline/index.html', page('Offline')],
      ['print/index.html', page('Whole guide')],
    ] as const) {
      mkdirSync(join(dir, dirname(path)), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    const first = await writeServiceWorker(dir, '/', {}, new BuiltSite(dir));
    expect(first.whole).toBe(true);
    expect(first.precache).toContain('/role/');
    expect(first.precache).not.toContain('/print/');
    expect(first.pages).not.toContain('/print/');
    // The worker's config names the budget it was planned against (the bench reads it there).
    const config = JSON.parse(/^const CONFIG = (\{.*\});$/m.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!);
    expect(config.budget).toBe(DEFAULT_BUDGET);
    writeFileSync(join(dir, 'print/index.html'), page('Whole guide, revised'));
    const second = await writeServiceWorker(dir, '/', {}, new BuiltSite(dir));
    expect(second.build).not.toBe(first.build);
    rmSync(dir, { recursive: true, force: true });
  });
});
