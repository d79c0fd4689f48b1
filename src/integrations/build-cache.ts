/**
 * What a build derives from its own output, kept for the next build and reused only
 * when it would come out the same: an entry's key is a hash of its input, and the
 * whole cache is dropped when the code that derives it (the given source files) or
 * the installed packages (package-lock.json) change. Each build keeps only the
 * entries it used, so the cache does not grow with the guide's history.
 *
 * Lives in `node_modules/.cache/` (or `$GUIDE_CACHE_DIR`, which the benchmark points
 * at an empty folder to time a build without caches).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The folder the build's caches live in (shared with the Open Graph images). */
export function cacheRoot(): string {
  return resolve(process.env['GUIDE_CACHE_DIR'] || 'node_modules/.cache');
}

export const hashOf = (...parts: readonly string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
};

export class BuildCache<T> {
  readonly #file: string;
  readonly #fingerprint: string;
  readonly #old: Map<string, T>;
  readonly #used = new Map<string, T>();
  hits = 0;
  misses = 0;

  private constructor(file: string, fingerprint: string, old: Map<string, T>) {
    this.#file = file;
    this.#fingerprint = fingerprint;
    this.#old = old;
  }

  /** Opens the cache `name`, valid while `code` (source files) and the installed packages stay the same. */
  static async open<T>(name: string, code: readonly URL[]): Promise<BuildCache<T>> {
    const sources = await Promise.all(
      [...code.map((url) => readFile(url, 'utf8')), readFile('package-lock.json', 'utf8')].map((read) =>
        read.catch(() => ''),
      ),
    );
    const fingerprint = hashOf(...sources);
    const file = join(cacheRoot(), 'guide-build', `${name}.json`);
    let old = new Map<string, T>();
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as { fingerprint: string; entries: [string, T][] };
      if (stored.fingerprint === fingerprint) old = new Map(stored.entries);
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new BuildCache<T>(file, fingerprint, old);
  }

  /** Whether `key` has a value, stored by the last build or set by this one. */
  has(key: string): boolean {
    return this.#used.has(key) || this.#old.has(key);
  }

  /** The stored value for `key`, else `make()`'s (stored for the next build). */
  async get(key: string, make: () => T | Promise<T>): Promise<T> {
    const known = this.#used.get(key) ?? this.#old.get(key);
    if (known !== undefined) {
      this.hits++;
      this.#used.set(key, known);
      return known;
    }
    this.misses++;
    const value = await make();
    this.#used.set(key, value);
    return value;
  }

  /** Writes the entries this build used (through a temporary file, so a crash never leaves half of it). */
  async save(): Promise<void> {
    // Nothing new, nothing dropped: the stored file is already this build's.
    if (this.misses === 0 && this.#used.size === this.#old.size) return;
    await mkdir(join(this.#file, '..'), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ fingerprint: this.#fingerprint, entries: [...this.#used] }));
    await rename(temporary, this.#file);
  }
}
