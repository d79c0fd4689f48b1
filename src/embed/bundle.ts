/** Bundles an embed entry point into one minified classic script, at build time. */
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function bundleClassicScript(entry: string): Promise<string> {
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
