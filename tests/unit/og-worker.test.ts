/**
 * The link-preview worker thread (src/integrations/og-worker.mjs) and the page route
 * share the images queued to be drawn ahead: each is drawn by whichever claims it
 * first, so with many pages both draw and neither draws one twice.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { AHEAD_BY_ROUTE, AHEAD_BY_WORKER, ogImageOptions } from '../../src/lib/sharing/og';

describe('images drawn ahead', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are drawn by the worker thread only when the route has not claimed them, last first', async () => {
    dir = mkdtempSync(join(tmpdir(), 'og-worker-'));
    const jobs = ['First', 'Second', 'Third'].map((title, i) => ({
      file: join(dir, `${i}.png`),
      options: ogImageOptions({ title, part: undefined }),
    }));
    const states = new Int32Array(new SharedArrayBuffer(jobs.length * Int32Array.BYTES_PER_ELEMENT));
    // The route has claimed the first image before the thread starts.
    states[0] = AHEAD_BY_ROUTE;
    const worker = new Worker(new URL('../../src/integrations/og-worker.mjs', import.meta.url), {
      workerData: { jobs, states },
    });
    const messages: { file: string; skipped?: boolean; error?: string }[] = [];
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (message: { file: string; skipped?: boolean; error?: string }) => {
        messages.push(message);
        if (messages.length === jobs.length) resolve();
      });
      worker.on('error', reject);
    });
    await worker.terminate();

    expect(messages.map((m) => m.file)).toEqual([jobs[2]?.file, jobs[1]?.file, jobs[0]?.file]);
    expect(messages.map((m) => Boolean(m.skipped))).toEqual([false, false, true]);
    expect(messages.every((m) => !m.error)).toBe(true);
    expect([...states]).toEqual([AHEAD_BY_ROUTE, AHEAD_BY_WORKER, AHEAD_BY_WORKER]);
    expect(jobs.map((job) => existsSync(job.file))).toEqual([false, true, true]);
  });
});
