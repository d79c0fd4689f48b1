/** Bundles an embed entry point into one minified classic script, at build time. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { build, transform, type Plugin } from 'esbuild';
import { guideEvidence } from '../lib/salary/guide-evidence';

/** `import css from './x.css?inline'` (Vite's syntax) as a minified string, as Vite does in the site's build. */
export const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

/** guide-evidence.ts as the slimmed data itself: no quotes, titles or addresses in the script. */
export function slimData(data: unknown): Plugin {
  return {
    name: 'slim-evidence',
    setup(b) {
      b.onResolve({ filter: /\/guide-evidence$/ }, (args) => ({
        path: resolve(args.resolveDir, args.path),
        namespace: 'slim-evidence',
      }));
      b.onLoad({ filter: /.*/, namespace: 'slim-evidence' }, (args) => ({
        contents: `import { useEvidence } from './evidence';\nuseEvidence(${JSON.stringify(data)});`,
        resolveDir: dirname(args.path),
        loader: 'ts',
      }));
    },
  };
}

/** The lazily loaded parts built in (lazy-built-in.ts): the standalone script is one file. */
export const builtInParts: Plugin = {
  name: 'built-in-parts',
  setup(b) {
    b.onResolve({ filter: /^\.\/lazy$/ }, (args) => ({ path: resolve(args.resolveDir, 'lazy-built-in.ts') }));
  },
};

async function bundle(entry: string, data?: unknown): Promise<string> {
  const result = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    write: false,
    plugins: data === undefined ? [inlineCss, builtInParts] : [inlineCss, builtInParts, slimData(data)],
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

const bundles = new Map<string, Promise<string>>();

/**
 * The bundle of `entry` (with `data` built in, for the standalone calculator), built once
 * per build: the moving and the pinned address share it.
 */
export function bundleClassicScript(entry: string, data?: unknown): Promise<string> {
  let text = bundles.get(entry);
  if (!text) {
    text = bundle(entry, data);
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

/** The standalone calculator, with the slimmed evidence built in: the v1 script and its pinned copy. */
export function standaloneCalculator(): Promise<string> {
  return bundleClassicScript('src/embed/standalone.ts', guideEvidence);
}

/** The standalone calculator, pinned: what the pinned endpoints and the docs show. */
export async function pinnedCalculator(): Promise<PinnedScript & { text: string }> {
  const text = await standaloneCalculator();
  return { ...pinnedScript('salary-calculator', text), text };
}
