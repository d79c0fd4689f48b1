/** Bundles an embed entry point into one minified classic script, at build time. */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

/** The bundle of `entry`, built once per build (the moving and the pinned address share it). */
export function bundleClassicScript(entry: string): Promise<string> {
  let text = bundles.get(entry);
  if (!text) {
    text = bundle(entry);
    bundles.set(entry, text);
  }
  return text;
}

export interface PinnedScript {
  /** File name under embed/v1/pinned/, e.g. `salary-calculator.3f2a9c1b0d4e.js`. */
  file: string;
  /** The Subresource Integrity value for a `<script integrity>` attribute. */
  integrity: string;
}

/** The content-addressed name and SRI hash of a release of an embed script. */
export function pinnedScript(name: string, text: string): PinnedScript {
  const digest = createHash('sha384').update(text, 'utf8').digest();
  return {
    file: `${name}.${digest.toString('hex').slice(0, 12)}.js`,
    integrity: `sha384-${digest.toString('base64')}`,
  };
}

/** The standalone calculator, pinned: what the pinned endpoints and the docs show. */
export async function pinnedCalculator(): Promise<PinnedScript & { text: string }> {
  const text = await bundleClassicScript('src/embed/standalone.ts');
  return { ...pinnedScript('salary-calculator', text), text };
}
