/**
 * The built site folder as the post-build steps see it (the whole-guide page and
 * llms.txt, the service worker, `_headers`): each file is read at most once per
 * build and shared between the steps, and a step's writes go through here, so the
 * next step sees them without reading the file again.
 *
 * The integrations share one instance per output folder for the length of a build
 * (`builtSite`, reset when a build starts); the `write…` functions that tests call
 * on a copy of a build get a fresh one, so a "redeploy" is always read from disk.
 */
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

export class BuiltSite {
  readonly root: string;
  readonly #contents = new Map<string, Promise<Buffer>>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  /**
   * Every file, as a path relative to the root with `/` separators, sorted. Listed
   * afresh on each call: other steps (Pagefind) add files between ours.
   */
  async files(): Promise<string[]> {
    const entries = await readdir(this.root, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name)
          .slice(this.root.length + 1)
          .split(sep)
          .join('/'),
      )
      .sort();
  }

  /** A file's bytes (`file` relative to the root, `/`-separated). */
  bytes(file: string): Promise<Buffer> {
    let content = this.#contents.get(file);
    if (!content) {
      content = readFile(join(this.root, file));
      this.#contents.set(file, content);
      // A failed read is not remembered: the caller sees the error, a later call retries.
      content.catch(() => this.#contents.delete(file));
    }
    return content;
  }

  async text(file: string): Promise<string> {
    return (await this.bytes(file)).toString('utf8');
  }

  /**
   * Writes a file (through a temporary name, so a program reading the folder at the
   * same time, such as Pagefind, never sees half of it) and keeps its new content.
   */
  async write(file: string, content: string | Buffer): Promise<void> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const path = join(this.root, file);
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
    this.#contents.set(file, Promise.resolve(bytes));
  }
}

const shared = new Map<string, BuiltSite>();

/** The instance the integrations of this build share for `root`. */
export function builtSite(root: string): BuiltSite {
  let site = shared.get(resolve(root));
  if (!site) {
    site = new BuiltSite(root);
    shared.set(site.root, site);
  }
  return site;
}

/** Forgets what earlier builds read (called when a build starts). */
export function resetBuiltSites(): void {
  shared.clear();
}
