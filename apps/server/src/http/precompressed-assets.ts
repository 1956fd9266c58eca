import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';

/** Encodings the web build writes next to each text asset (`x.js.br`, `x.js.gz`), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the web build's precompressed copies of its fingerprinted assets: `app-1a2b.js.br` to
 * a browser that accepts Brotli (browsers send `br` over HTTPS only), `app-1a2b.js.gz` to one
 * that accepts gzip, with the original's type, `Content-Encoding` and `Vary: Accept-Encoding`.
 * Anything else (no copy on disk, a browser that wants neither) falls through to the plain file,
 * which the `compression` middleware still gzips on the fly.
 *
 * Why at build time: assets never change once built, so compressing them once, at the highest
 * levels (Brotli 11, gzip 9), costs the server nothing per request, which matters on the small
 * machine a school runs Kopa on when a whole class opens it at once.
 */
export function precompressedAssets(assetsDir: string): RequestHandler {
  const root = path.resolve(assetsDir);
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    let relative: string;
    try {
      relative = decodeURIComponent(request.path);
    } catch {
      return next();
    }
    const file = path.join(root, relative);
    if (!file.startsWith(root + path.sep) || relative.includes('\0')) return next();
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (!encoding) return next();

    const compressed = file + encoding.suffix;
    fs.stat(compressed, (error, stats) => {
      if (error || !stats.isFile()) return next();
      response.vary('Accept-Encoding');
      response.setHeader('Content-Encoding', encoding.name);
      // The type of the file asked for, not of the .br/.gz on disk.
      response.type(path.extname(file));
      response.sendFile(compressed, { maxAge: '365d', immutable: true, dotfiles: 'deny' }, (sendError) => {
        if (!sendError || response.headersSent) return;
        response.removeHeader('Content-Encoding');
        response.removeHeader('Content-Type');
        next();
      });
    });
  };
}

/**
 * The encoding to send for an Accept-Encoding header: the highest quality the client gives,
 * and among equals ours first (browsers list `gzip, deflate, br, zstd` and mean any of them;
 * Brotli is the smaller). Null when the client accepts neither.
 */
export function preferredEncoding(header: string | undefined): (typeof ENCODINGS)[number] | null {
  if (!header) return null;
  const quality = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  let best: (typeof ENCODINGS)[number] | null = null;
  let bestQuality = 0;
  for (const encoding of ENCODINGS) {
    const q = quality.get(encoding.name) ?? quality.get('*') ?? 0;
    if (q > bestQuality) {
      best = encoding;
      bestQuality = q;
    }
  }
  return best;
}
