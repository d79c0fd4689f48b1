import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalisePath, parseHeadersFile, startServer } from '../../scripts/lib/static-server.mjs';
import { writeHeaders } from '../../src/integrations/headers';
import { rawGet } from '../support/raw-get';

/** A raw request to the local server (the path sent as written). */
const get = (port: number, path: string) => rawGet(`http://127.0.0.1:${port}`, path);

describe('static server', () => {
  let dir: string;
  let outside: string;
  let server: { url: string; close(): Promise<void> };
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-'));
    outside = mkdtempSync(join(tmpdir(), 'serve-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    mkdirSync(join(dir, 'career'));
    mkdirSync(join(dir, 'embed'));
    writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(dir, '404.html'), '<h1>missing</h1>');
    writeFileSync(join(dir, 'career', 'index.html'), '<h1>career</h1>');
    writeFileSync(join(dir, 'embed', 'index.html'), '<h1>embed</h1>');
    writeFileSync(
      join(dir, '_headers'),
      [
        '/*',
        '  Content-Security-Policy: default-src x',
        '/career/*',
        '  X-Frame-Options: DENY',
        '/',
        '  X-Frame-Options: DENY',
        '',
      ].join('\n'),
    );
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    symlinkSync(outside, join(dir, 'linked-folder'));
    server = await startServer({ dir, port: 0 });
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('answers a malformed request and keeps running', async () => {
    const bad = await get(port, '//[');
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect((await get(port, '/%E0%A4%A')).status).toBe(400);
    expect((await get(port, '/career/')).status).toBe(200);
  });

  it('never redirects to another host', async () => {
    for (const path of ['/.//career', '//career', '/%2F/career', '///career']) {
      const res = await get(port, path);
      expect(res.status, path).toBe(301);
      expect(res.headers.location, path).toBe('/career/');
    }
  });

  it('serves no file outside its folder through a symbolic link, and not _headers', async () => {
    expect((await get(port, '/link.txt')).body).not.toContain('secret');
    expect((await get(port, '/linked-folder/secret.txt')).body).not.toContain('secret');
    expect((await get(port, '/../' + 'etc/passwd')).status).toBe(404);
    const headersFile = await get(port, '/_headers');
    expect(headersFile.status).toBe(404);
    expect(headersFile.body).not.toContain('Content-Security-Policy');
  });

  it('applies _headers to every address of a page and to 404s', async () => {
    for (const path of ['/career/', '/career/index.html', '//career/', '/%63areer/', '/', '/index.html']) {
      const res = await get(port, path);
      expect(res.status, path).toBe(200);
      expect(res.headers['content-security-policy'], path).toBe('default-src x');
    }
    expect((await get(port, '/career/index.html')).headers['x-frame-options']).toBe('DENY');
    expect((await get(port, '//career/')).headers['x-frame-options']).toBe('DENY');
    const missing = await get(port, '/career/nope/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('missing');
    expect(missing.headers['content-security-policy']).toBe('default-src x');
    expect(missing.headers['x-frame-options']).toBe('DENY');
    expect((await get(port, '/embed/')).headers['x-frame-options']).toBeUndefined();
  });
});

describe('_headers matching', () => {
  it('joins the values of a header set by several matching rules, as Cloudflare Pages does', () => {
    const match = parseHeadersFile('/*\n  A: 1\n/x/*\n  A: 2\n  B: 3\n/:p/y\n  C: 4\n');
    expect(match('/x/y')).toEqual([
      ['A', '1, 2'],
      ['B', '3'],
      ['C', '4'],
    ]);
    expect(match('/z/q')).toEqual([['A', '1']]);
  });

  it('normalises request paths', () => {
    expect(normalisePath('/.//career')).toBe('/career');
    expect(normalisePath('/a/../../b/')).toBe('/b/');
    expect(normalisePath('/%63areer/')).toBe('/career/');
    expect(normalisePath('/%E0%A4%A')).toBeNull();
    expect(normalisePath('/')).toBe('/');
  });
});

describe('the headers the build writes, as the server applies them', () => {
  for (const base of ['/', '/guide/']) {
    it(`refuse framing of every 404, under any folder, and allow it only under embed/ (base ${base})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'serve-headers-'));
      const page = (body: string) =>
        `<!DOCTYPE html><html><head><meta charset="utf-8"/><script>theme()</script></head><body>${body}</body></html>`;
      mkdirSync(join(dir, 'career'));
      mkdirSync(join(dir, 'embed', 'salary-calculator'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), page('home'));
      writeFileSync(join(dir, '404.html'), page('missing'));
      writeFileSync(join(dir, 'career', 'index.html'), page('career'));
      writeFileSync(join(dir, 'embed', 'salary-calculator', 'index.html'), page('calculator'));
      await writeHeaders(dir, base);
      const site = await startServer({ dir, base, port: 0 });
      try {
        const sitePort = Number(new URL(site.url).port);
        const csp = (await get(sitePort, `${base}career/`)).headers['content-security-policy'];
        expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
        expect(csp).not.toContain('frame-ancestors');
        for (const path of ['nope/x/', 'nope/', 'career/nope/', 'embedded/x/']) {
          const res = await get(sitePort, `${base}${path}`);
          expect(res.status, path).toBe(404);
          expect(res.body, path).toContain('missing');
          expect(res.headers['x-frame-options'], path).toBe('DENY');
          expect(res.headers['x-content-type-options'], path).toBe('nosniff');
          // Where no rule names the folder, the page carries the policy itself.
          expect(res.body, path).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
        }
        for (const path of ['', 'index.html', 'career/', 'career/index.html']) {
          const res = await get(sitePort, `${base}${path}`);
          expect(res.status, path).toBe(200);
          expect(res.headers['x-frame-options'], path).toBe('DENY');
          expect(res.headers['content-security-policy'], path).toBe(csp);
        }
        const embed = await get(sitePort, `${base}embed/salary-calculator/`);
        expect(embed.status).toBe(200);
        expect(embed.headers['content-security-policy']).toBe(`${csp}; frame-ancestors *`);
      } finally {
        await site.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
