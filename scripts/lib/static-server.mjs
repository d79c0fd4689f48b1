/**
 * A small static file server for the built site: what any plain static host does,
 * and nothing more (directory index files, 404.html for misses, no rewrites).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

/** Resolves a URL path to a file inside root, or null (outside root, or missing). */
async function findFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      const info = await stat(path);
      if (info.isFile()) return path;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

function send(res, status, path, method, extra = []) {
  for (const [name, value] of extra) res.appendHeader(name, value);
  res.writeHead(status, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (method === 'HEAD') return res.end();
  createReadStream(path).pipe(res);
}

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format) so that local runs
 * send what those hosts would: every rule whose path matches adds its headers.
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, headers: [] });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      if (colon > 0) rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return (pathname) => rules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers);
}

/** Normalises "guide", "/guide", "/guide/" to "/guide/"; empty or "/" to "/". */
export function normaliseBase(value) {
  const trimmed = String(value ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Serves `dir` under `base` on `host:port` (port 0 picks a free one).
 * Resolves to { url, close } once listening.
 */
export function startServer({ dir, base = '/', port = 4321, host = '127.0.0.1' }) {
  const root = resolve(dir);
  base = normaliseBase(base);
  const headersFile = join(root, '_headers');
  const headersFor = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : () => [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (base !== '/' && url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { Location: base }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end(`Not found: the site lives under ${base}\n`);
      return;
    }
    const relative = `/${url.pathname.slice(base.length)}`;
    const file = await findFile(root, relative);
    if (file) {
      // Directory URLs without their trailing slash redirect, as static hosts do.
      if (file.endsWith(`${sep}index.html`) && !relative.endsWith('/') && !relative.endsWith('.html')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      send(res, 200, file, req.method, headersFor(url.pathname));
      return;
    }
    const notFound = await findFile(root, '/404.html');
    if (notFound) send(res, 404, notFound, req.method, headersFor(url.pathname));
    else res.writeHead(404).end();
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://${host}:${actual}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
