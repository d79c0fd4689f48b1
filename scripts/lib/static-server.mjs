/**
 * A small static file server for the built site: what any plain static host does,
 * and nothing more (directory index files, 404.html for misses, no rewrites), plus
 * the `_headers` file applied the way Cloudflare Pages applies it, so local runs and
 * browser tests see the headers production sends.
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Host configuration files: read by the host, never served (as on Cloudflare and Netlify). */
const HIDDEN = new Set(['_headers', '_redirects']);

/**
 * The path a request names once decoded, with repeated slashes and dot segments
 * resolved: `/.//career/` and `/%63areer/` both give `/career/`. Null if undecodable.
 */
export function normalisePath(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const out = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  const trailing = decoded.endsWith('/') || /\/\.{1,2}$/.test(decoded);
  return `/${out.join('/')}${trailing && out.length > 0 ? '/' : ''}`;
}

/** Resolves a normalised path to a real file inside root (symbolic links may not leave it), or null. */
async function findFile(root, path) {
  const candidate = join(root, path);
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      const real = await realpath(file);
      if (!real.startsWith(root + sep)) continue;
      if (HIDDEN.has(basename(real))) continue;
      if ((await stat(real)).isFile()) return real;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

function send(res, status, path, method, extra) {
  for (const [name, value] of extra) res.setHeader(name, value);
  res.setHeader('Content-Type', types[extname(path)] ?? 'application/octet-stream');
  if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
  if (!res.hasHeader('X-Content-Type-Options')) res.setHeader('X-Content-Type-Options', 'nosniff');
  res.writeHead(status);
  if (method === 'HEAD') return res.end();
  const stream = createReadStream(path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** A `_headers` URL pattern as Cloudflare Pages reads it: `*` is a splat, `:name` one segment. */
function patternToRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':') && part.length > 1) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Reads a `_headers` file and returns `(paths) => [name, value][]`: every rule whose
 * pattern matches one of `paths` adds its headers, and a header set by several
 * matching rules gets their values joined with ", " (Cloudflare Pages' documented
 * behaviour, https://developers.cloudflare.com/pages/configuration/headers/).
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: patternToRegExp(line.trim()), headers: [] });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      if (colon > 0) rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return (...paths) => {
    const joined = new Map();
    for (const rule of rules) {
      if (!paths.some((p) => p !== null && rule.pattern.test(p))) continue;
      for (const [name, value] of rule.headers) {
        const key = name.toLowerCase();
        const previous = joined.get(key);
        joined.set(key, previous ? [previous[0], `${previous[1]}, ${value}`] : [name, value]);
      }
    }
    return [...joined.values()];
  };
}

/** Normalises "guide", "/guide", "/guide/" to "/guide/"; empty or "/" to "/". */
export function normaliseBase(value) {
  const trimmed = String(value ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function headersFor(root, ...paths) {
  let text;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  // Read on every request: a test may "redeploy" the folder while the server runs.
  return parseHeadersFile(text)(...paths);
}

async function handle(root, base, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  // The request target is a path; parse it against a fixed origin so that `//host`
  // is never read as an authority.
  const target = String(req.url ?? '/');
  const url = new URL(`http://localhost${target.startsWith('/') ? '' : '/'}${target}`);
  const normal = normalisePath(url.pathname);
  if (normal === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
    return;
  }
  if (base !== '/' && normal === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (!normal.startsWith(base)) {
    res
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end(`Not found: the site lives under ${base}\n`);
    return;
  }
  const relative = `/${normal.slice(base.length)}`;
  const file = await findFile(root, relative);
  const extra = await headersFor(root, url.pathname, normal);
  if (file) {
    // Directory URLs without their trailing slash redirect, as static hosts do; the
    // target is the normalised path, so it can never name another host.
    if (file.endsWith(`${sep}index.html`) && !normal.endsWith('/') && !normal.endsWith('.html')) {
      res.writeHead(301, { Location: `${normal}/${url.search}` }).end();
      return;
    }
    send(res, 200, file, req.method, extra);
    return;
  }
  const notFound = await findFile(root, `/404.html`);
  if (notFound) send(res, 404, notFound, req.method, extra);
  else res.writeHead(404).end();
}

/**
 * Serves `dir` under `base` on `host:port` (port 0 picks a free one).
 * Resolves to { url, close } once listening.
 */
export async function startServer({ dir, base = '/', port = 4321, host = '127.0.0.1' }) {
  const root = await realpath(dir);
  base = normaliseBase(base);
  const server = createServer((req, res) => {
    handle(root, base, req, res).catch(() => {
      // A request that breaks the handler answers 400; it never ends the process.
      if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
      else res.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://${host}:${actual}${base}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
