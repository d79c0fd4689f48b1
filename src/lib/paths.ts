/** Joins a site-relative path ("/pay/") to the configured base path ("/guide/"). */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${withSlash}`;
}

/** A site path under this build's base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const SOURCES_PATH = '/reference/sources/';
