/** Bundles an embed entry point into one minified classic script, at build time. */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { build, transform, type Plugin } from 'esbuild';

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

export async function bundleClassicScript(entry: string, data?: unknown): Promise<string> {
  const result = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    write: false,
    plugins: data === undefined ? [inlineCss] : [inlineCss, slimData(data)],
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}
