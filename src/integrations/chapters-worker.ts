/**
 * The chapters the build could not take from its cache, done on a worker thread
 * (src/integrations/sharing.ts): parsing them, and loading the parser, stay off the
 * build's main thread, which meanwhile runs Pagefind and the other steps.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { chapterOutput, type ChapterJob } from '../lib/sharing/chapter-output.ts';

const { jobs } = workerData as { jobs: ChapterJob[] };
try {
  parentPort?.postMessage({ outputs: jobs.map(chapterOutput) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
