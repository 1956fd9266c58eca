/**
 * A docId names one Y.Doc (the content of one item). It travels in URLs
 * (`/yjs/<docId>`), so it is URL-safe and bounded.
 */
const DOC_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export function isDocId(value: unknown): value is string {
  return typeof value === 'string' && DOC_ID_PATTERN.test(value);
}

// Web Crypto exists in browsers and Node ≥ 19; typed here so the package needs neither DOM nor Node types.
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto;

/** 22 random URL-safe characters: 132 bits, unguessable. */
export function createDocId(): string {
  const bytes = new Uint8Array(22);
  webCrypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}

/** The path of a document's y-websocket endpoint, relative to the server. */
export const YJS_PATH_PREFIX = '/yjs/';

export function docIdFromPath(pathname: string): string | null {
  if (!pathname.startsWith(YJS_PATH_PREFIX)) return null;
  const id = pathname.slice(YJS_PATH_PREFIX.length);
  return isDocId(id) ? id : null;
}
