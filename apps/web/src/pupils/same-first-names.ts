import type { PupilName } from '@kopa/protocol';

export interface SameFirstName {
  /** As first written in the list. */
  name: string;
  count: number;
}

/**
 * First names the list holds more than once (two Zofias), in list order. Case does not make
 * a name different (ZOFIA is Zofia); accents do (Jānis and Janis are two names).
 * The server gives each its own username; the teacher tells them apart by the cards.
 */
export function sameFirstNames(names: readonly PupilName[]): SameFirstName[] {
  const byName = new Map<string, SameFirstName>();
  for (const { displayName } of names) {
    const key = displayName.toLowerCase();
    const seen = byName.get(key);
    if (seen) seen.count += 1;
    else byName.set(key, { name: displayName, count: 1 });
  }
  return [...byName.values()].filter((entry) => entry.count > 1);
}
