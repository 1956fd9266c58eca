/** A host took back this pupil's recent changes to an item: said until the pupil closes it. */
export interface RevertedNote {
  sessionId: string;
  itemId: string;
  itemTitle: string;
  byName: string;
  /** This device's clock when it came: the newest note first. */
  at: number;
}

/** At most this many notes are kept (one per item; the oldest go first). */
const KEPT = 3;

/** Adds a note: one per item (a second revert of the same item replaces the first, newest first). */
export function addReverted(notes: readonly RevertedNote[], note: RevertedNote): RevertedNote[] {
  return [note, ...notes.filter((existing) => existing.itemId !== note.itemId)].slice(0, KEPT);
}

/** Closes the note about an item. */
export function dropReverted(notes: readonly RevertedNote[], itemId: string): RevertedNote[] {
  return notes.filter((note) => note.itemId !== itemId);
}

/** The notes to show elsewhere on a page: the one about the item open here shows on the item's page itself instead. */
export function revertedElsewhere(notes: readonly RevertedNote[], openItemId: string | null): RevertedNote[] {
  return openItemId === null ? [...notes] : notes.filter((note) => note.itemId !== openItemId);
}

/** The notes as kept in the tab's storage (a reload keeps them until closed), checked: anything odd is dropped. */
export function parseReverted(raw: string | null): RevertedNote[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (note): note is RevertedNote =>
          typeof note === 'object' &&
          note !== null &&
          ['sessionId', 'itemId', 'itemTitle', 'byName'].every((key) => typeof (note as Record<string, unknown>)[key] === 'string') &&
          typeof (note as Record<string, unknown>).at === 'number',
      )
      .slice(0, KEPT);
  } catch {
    return [];
  }
}
