/**
 * Draws link-preview images on a worker thread (started by src/integrations/og-images.ts).
 * Each job is astro-og-canvas's options and the cache file to write; a file appears
 * whole (written under a temporary name, then renamed), and each is reported as done.
 * The jobs are taken from the last: the page route draws from the first any image this
 * has not started (`states`, shared: 0 queued, 1 taken here, 2 taken by the route).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { generateOpenGraphImage } from 'astro-og-canvas';

// astro-og-canvas announces each font it loads; the build reports the images instead.
console.debug = () => {};

const { jobs, states } = workerData;
for (let index = jobs.length - 1; index >= 0; index--) {
  const { file, options } = jobs[index];
  if (Atomics.compareExchange(states, index, 0, 1) !== 0) {
    parentPort.postMessage({ file, ms: 0, skipped: true });
    continue;
  }
  const started = performance.now();
  try {
    const png = await generateOpenGraphImage(options);
    await mkdir(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    parentPort.postMessage({ file, ms: performance.now() - started });
  } catch (error) {
    // The route draws this one itself.
    parentPort.postMessage({ file, ms: performance.now() - started, error: String(error) });
  }
}
