/**
 * Only web and mail links may enter a document: `javascript:` or `data:` URLs
 * would run in every partner's browser. Returns the normalised URL or null.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function sanitizeLinkUrl(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
