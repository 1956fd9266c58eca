import transliterate from '@sindresorhus/transliterate';

/**
 * Usernames a 12-year-old can type on a phone from a card: the first name in
 * plain a–z, a number only when needed, and the school's country, e.g.
 * `janis.lv`, `janis2.lv`, `dorde.rs`.
 */

/**
 * Serbian and Macedonian Cyrillic letters the library leaves alone or turns into
 * something else (Ђ stays Ђ, Ѓ loses its accent into Г, Ј stays Ј), Serbian
 * Latin Đ, which it flattens to a bare D, and the one-character digraphs (ǅ). Written as Serbian and Macedonian pupils
 * write their names in Latin letters, without the diacritics.
 */
const SOUTH_SLAVIC: ReadonlyArray<[string, string]> = [
  ['Ђ', 'Dj'],
  ['ђ', 'dj'],
  ['Đ', 'Dj'],
  ['đ', 'dj'],
  ['Ћ', 'C'],
  ['ћ', 'c'],
  ['Ѓ', 'Gj'],
  ['ѓ', 'gj'],
  ['Ќ', 'Kj'],
  ['ќ', 'kj'],
  ['Џ', 'Dz'],
  ['џ', 'dz'],
  ['Ѕ', 'Dz'],
  ['ѕ', 'dz'],
  ['Љ', 'Lj'],
  ['љ', 'lj'],
  ['Њ', 'Nj'],
  ['њ', 'nj'],
  ['Ј', 'J'],
  ['ј', 'j'],
  // The single-character Latin digraphs of Serbo-Croatian, which it drops entirely.
  ['Ǆ', 'Dz'],
  ['ǅ', 'Dz'],
  ['ǆ', 'dz'],
  ['Ǉ', 'Lj'],
  ['ǈ', 'Lj'],
  ['ǉ', 'lj'],
  ['Ǌ', 'Nj'],
  ['ǋ', 'Nj'],
  ['ǌ', 'nj'],
];

/** Long enough for any first name people shorten to on a card, short enough to type. */
const STEM_MAX_LENGTH = 16;

/** For names with no Latin reading at all (a Chinese or Arabic name): the teacher can rename the display name. */
const FALLBACK_STEM = 'pupil';

/** A name in lowercase a–z and 0–9 only: "Ђорђе" → "djordje", "Ștefan" → "stefan", "Ioana-Maria" → "ioanamaria". */
export function usernameStem(name: string): string {
  // Ѓ and Ќ typed as Г/К plus a combining accent must meet the replacements as one letter.
  const once = transliterate(name.normalize('NFC'), { customReplacements: SOUTH_SLAVIC });
  // Whatever still carries marks (polytonic Greek, say) gets them stripped and a second pass.
  const bare = transliterate(once.normalize('NFD').replace(/\p{M}/gu, ''), { customReplacements: SOUTH_SLAVIC });
  const stem = bare.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, STEM_MAX_LENGTH);
  return stem === '' ? FALLBACK_STEM : stem;
}

/**
 * 2, 3, … 9, 22, 23, …: numbers without 0 or 1, which read like o and l on a
 * card and in a username that is otherwise letters.
 */
export function* usernameNumbers(): Generator<string> {
  for (let n = 2; ; n += 1) {
    const digits = String(n);
    if (!/[01]/.test(digits)) yield digits;
  }
}

/**
 * One username per name, in order: unique among themselves and not `taken`
 * (asked of the database, case-insensitively as usernames are stored).
 * The first Anna is `anna.lv`, the next `anna2.lv`.
 */
export function pupilUsernames(names: readonly string[], country: string, taken: (username: string) => boolean): string[] {
  const suffix = country.toLowerCase().replace(/[^a-z]/g, '');
  const used = new Set<string>();
  return names.map((name) => {
    const stem = usernameStem(name);
    const candidates = (function* () {
      yield '';
      yield* usernameNumbers();
    })();
    for (const number of candidates) {
      const username = suffix ? `${stem}${number}.${suffix}` : `${stem}${number}`;
      if (!used.has(username) && !taken(username)) {
        used.add(username);
        return username;
      }
    }
    throw new Error('unreachable: the numbers never run out');
  });
}
