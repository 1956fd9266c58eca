import { ITEM_TYPES, type ItemType } from '@kopa/protocol';

/** One item kept on this device for one person: what the copy is of, and whether it holds work the server does not have. */
export interface CopyEntry {
  docId: string;
  itemId: string;
  kind: ItemType;
  title: string;
  /** Epoch ms of the last time it was opened here. */
  lastOpened: number;
  /** The copy holds changes the server has not confirmed as stored. */
  unsaved: boolean;
}

export type CopyDetails = Omit<CopyEntry, 'lastOpened' | 'unsaved'>;

/**
 * The index of one person's copies, from what was stored (anything: an older format,
 * another program's value, a hand edit). Unreadable entries are left out.
 */
export function parseCopies(raw: string | null): CopyEntry[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const entries: CopyEntry[] = [];
  const seen = new Set<string>();
  for (const candidate of value as unknown[]) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const entry = candidate as Record<string, unknown>;
    const { docId, itemId, kind, title, lastOpened, unsaved } = entry;
    if (typeof docId !== 'string' || !docId || seen.has(docId)) continue;
    if (typeof itemId !== 'string' || !(ITEM_TYPES as readonly unknown[]).includes(kind)) continue;
    seen.add(docId);
    entries.push({
      docId,
      itemId,
      kind: kind as ItemType,
      title: typeof title === 'string' ? title : '',
      lastOpened: typeof lastOpened === 'number' && Number.isFinite(lastOpened) ? lastOpened : 0,
      // When in doubt, the copy is kept: a copy wrongly thought unsaved only waits longer to be deleted.
      unsaved: unsaved !== false,
    });
  }
  return entries;
}

/** Opened now: its details are refreshed, what it holds is unchanged (a new copy holds nothing unsaved). */
export function withOpened(entries: readonly CopyEntry[], details: CopyDetails, now: number): CopyEntry[] {
  const existing = entries.find((entry) => entry.docId === details.docId);
  const opened: CopyEntry = { ...details, lastOpened: now, unsaved: existing?.unsaved ?? false };
  return [opened, ...entries.filter((entry) => entry.docId !== details.docId)];
}

/** Whether the copy of `docId` holds unsaved changes now; unknown copies are left alone. */
export function withUnsaved(entries: readonly CopyEntry[], docId: string, unsaved: boolean): CopyEntry[] {
  return entries.map((entry) => (entry.docId === docId && entry.unsaved !== unsaved ? { ...entry, unsaved } : entry));
}

export function without(entries: readonly CopyEntry[], docId: string): CopyEntry[] {
  return entries.filter((entry) => entry.docId !== docId);
}

/** At logout: the copies that can go (the server has everything in them); the others stay, to be sent next time. */
export function copiesToForget(entries: readonly CopyEntry[]): { forget: CopyEntry[]; keep: CopyEntry[] } {
  return { forget: entries.filter((entry) => !entry.unsaved), keep: entries.filter((entry) => entry.unsaved) };
}

/** How many copies the server has everything of a device keeps per person: the ones opened last. */
export const KEPT_SAVED_COPIES = 60;

/**
 * The copies to delete so the device does not fill up: saved ones beyond the most recently
 * opened `keep`. Copies with unsaved work are never among them.
 */
export function copiesToEvict(entries: readonly CopyEntry[], keep = KEPT_SAVED_COPIES): CopyEntry[] {
  return entries
    .filter((entry) => !entry.unsaved)
    .sort((a, b) => b.lastOpened - a.lastOpened)
    .slice(keep);
}

/** The newest copy of an item (an item keeps its document, but look it up by item: that is what a page knows). */
export function copyOfItem(entries: readonly CopyEntry[], itemId: string): CopyEntry | undefined {
  return entries.find((entry) => entry.itemId === itemId);
}
