/**
 * Draws link-preview images on a worker thread (started by src/integrations/og-images.ts).
 * Each job is astro-og-canvas's options and the cache file to write; a file appears
 * whole (written under a temporary name, then renamed), and each is reported as done.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { generateOpenGraphImage } from 'astro-og-canvas';

// astro-og-canvas announces each font it loads; the build reports the images instead.
console.debug = () => {};

for (const { file, options } of workerData.jobs) {
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
