/** Object and column ids: random, URL-safe, short enough for BOARD_LIMITS.maxIdLength. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const ID_LENGTH = 21;

// The package has no DOM or Node typings; globalThis.crypto exists in browsers and Node 20.
const { crypto } = globalThis as unknown as {
  crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
};

export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export function newBoardId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(ID_LENGTH));
  let id = '';
  // 64 symbols: the low six bits of each byte pick one without bias.
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}
