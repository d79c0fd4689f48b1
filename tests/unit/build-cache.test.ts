import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildCache, hashOf } from '../../src/integrations/build-cache';

describe('the build cache', () => {
  let dir: string;
  let code: URL;
  const previous = process.env['GUIDE_CACHE_DIR'];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    process.env['GUIDE_CACHE_DIR'] = dir;
    code = pathToFileURL(join(dir, 'transform.ts'));
    writeFileSync(code, 'export const version = 1;');
  });
  afterEach(() => {
    if (previous === undefined) delete process.env['GUIDE_CACHE_DIR'];
    else process.env['GUIDE_CACHE_DIR'] = previous;
    rmSync(dir, { recursive: true, force: true });
  });

  const build = async (inputs: readonly string[]) => {
    const cache = await BuildCache.open<string>('test', [code]);
    const made: string[] = [];
    const outputs = [];
    for (const input of inputs)
      outputs.push(
        await cache.get(hashOf(input), () => {
          made.push(input);
          return input.toUpperCase();
        }),
      );
    await cache.save();
    return { outputs, made };
  };

  it('reuses what an unchanged input gave, and redoes only what changed', async () => {
    expect(await build(['a', 'b'])).toEqual({ outputs: ['A', 'B'], made: ['a', 'b'] });
    expect(await build(['a', 'b'])).toEqual({ outputs: ['A', 'B'], made: [] });
    expect(await build(['a', 'c'])).toEqual({ outputs: ['A', 'C'], made: ['c'] });
  });

  it('keeps only the entries the last build used', async () => {
    await build(['a', 'b']);
    await build(['a']);
    expect((await build(['a', 'b'])).made).toEqual(['b']);
  });

  it('starts over when the code that makes the entries changes', async () => {
    await build(['a']);
    writeFileSync(code, 'export const version = 2;');
    expect((await build(['a'])).made).toEqual(['a']);
  });

  it('keys inputs without ambiguity', () => {
    expect(hashOf('ab', 'c')).not.toBe(hashOf('a', 'bc'));
  });
});
