import transliterate from '@sindresorhus/transliterate';

const MAX_LENGTH = 60;
const FALLBACK = 'partnership';

/** What an address may be: lower-case a–z, digits and single hyphens (what `slugFrom` makes). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A readable, typeable address from a partnership's title, in any alphabet:
 * "Together in our diversity" → `together-in-our-diversity`, "Kopā — mūsu daudzveidība" →
 * `kopa-musu-daudzveidiba`. Cut at a word boundary; `partnership` when nothing is left.
 */
export function slugFrom(title: string): string {
  const latin = transliterate(title.normalize('NFC')).normalize('NFD').replace(/\p{M}/gu, '');
  const words = latin.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  if (slug === '' && words[0]) slug = words[0].slice(0, MAX_LENGTH);
  return slug === '' ? FALLBACK : slug;
}

/** The first of `slug`, `slug-2`, `slug-3`, … that nobody uses yet. */
export function freeSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
