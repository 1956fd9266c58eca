import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { makeTempDir } from '@kopa/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type LoggedIn } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { preferredEncoding } from '../../src/http/precompressed-assets.js';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request with exactly these headers (fetch would add its own Accept-Encoding and decompress). */
function rawGet(url: string, headers: Record<string, string>, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

describe('compressed answers: the web app and the API over slow connections', () => {
  let server: TestServer;
  let janis: LoggedIn;
  let removeDist: () => Promise<void>;
  // A script large enough to be worth compressing, as the build writes it: the file plus its .br and .gz copies.
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `word ${index}`))};\n`;
  const plain = 'export const plain = "no precompressed copy";\n'.repeat(60);

  beforeAll(async () => {
    const dist = await makeTempDir('kopa-web-dist-');
    removeDist = dist.remove;
    mkdirSync(path.join(dist.path, 'assets'));
    writeFileSync(path.join(dist.path, 'index.html'), `<!doctype html><html><head><title>Kopa</title></head><body>${'<div></div>'.repeat(200)}</body></html>`);
    writeFileSync(path.join(dist.path, 'assets/index-1a2b3c.js'), script);
    writeFileSync(path.join(dist.path, 'assets/index-1a2b3c.js.gz'), gzipSync(script, { level: 9 }));
    writeFileSync(path.join(dist.path, 'assets/index-1a2b3c.js.br'), brotliCompressSync(script));
    writeFileSync(path.join(dist.path, 'assets/plain-4d5e6f.js'), plain);
    server = await startTestServer({ webDistDir: dist.path });
    janis = await login(server.url, 'janis');
  });
  afterAll(async () => {
    await server?.stop();
    await removeDist?.();
  });

  it("sends the build's gzip copy of a script to a browser that accepts gzip, with its type and a year's caching", async () => {
    const response = await rawGet(`${server.url}/assets/index-1a2b3c.js`, { 'accept-encoding': 'gzip, deflate' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(script.length / 3);
    expect(gunzipSync(response.body).toString()).toBe(script);
  });

  it('prefers the Brotli copy when the browser accepts it (as browsers do over HTTPS)', async () => {
    const response = await rawGet(`${server.url}/assets/index-1a2b3c.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(response.body).toString()).toBe(script);
    // The client's preference counts.
    const gzipFirst = await rawGet(`${server.url}/assets/index-1a2b3c.js`, { 'accept-encoding': 'br;q=0.5, gzip' });
    expect(gzipFirst.headers['content-encoding']).toBe('gzip');
  });

  it('picks the encoding by the quality the client gives, then Brotli before gzip', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')?.name).toBe('br');
    expect(preferredEncoding('gzip, deflate')?.name).toBe('gzip');
    expect(preferredEncoding('br;q=0.5, gzip')?.name).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0.2')?.name).toBe('gzip');
    expect(preferredEncoding('*')?.name).toBe('br');
    expect(preferredEncoding('*, br;q=0')?.name).toBe('gzip');
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('gzip;q=0, br;q=0')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });

  it('sends the plain file to a client that accepts no compression, still varying by Accept-Encoding', async () => {
    const response = await rawGet(`${server.url}/assets/index-1a2b3c.js`, {});
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.body.toString()).toBe(script);
    const head = await rawGet(`${server.url}/assets/index-1a2b3c.js`, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.body.length).toBe(0);
  });

  it('gzips on the fly what the build did not precompress: other scripts, the page, API answers', async () => {
    const asset = await rawGet(`${server.url}/assets/plain-4d5e6f.js`, { 'accept-encoding': 'gzip' });
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(asset.body).toString()).toBe(plain);

    const page = await rawGet(`${server.url}/spaces/anything`, { 'accept-encoding': 'gzip' });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(page.body).toString()).toMatch(/^<!doctype html>/);

    const spaces = await rawGet(`${server.url}/api/spaces`, { 'accept-encoding': 'gzip', cookie: janis.cookie });
    expect(spaces.status).toBe(200);
    expect(spaces.headers['content-encoding']).toBe('gzip');
    expect(spaces.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(gunzipSync(spaces.body).toString())).toBeInstanceOf(Array);
  });

  it('leaves small answers and unknown assets alone', async () => {
    const health = await rawGet(`${server.url}/api/health`, { 'accept-encoding': 'gzip' });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString())).toEqual({ status: 'ok' });
    const missing = await rawGet(`${server.url}/assets/missing-000000.js`, { 'accept-encoding': 'gzip' });
    expect(missing.status).toBeGreaterThanOrEqual(400);
    // Only files inside the assets folder, never the page above it.
    const escape = await rawGet(`${server.url}/assets/..%2findex.html`, { 'accept-encoding': 'gzip' });
    expect(escape.status).toBeGreaterThanOrEqual(400);
  });
});
