import type { ItemType } from '@kopa/protocol';

/**
 * Text the server would not take (a teacher paused editing, rights changed while offline),
 * kept for the pupil to copy out: nothing they wrote is silently lost. In localStorage,
 * per person, until they remove it, so a reload or a logout does not lose it either.
 */
export interface RescuedText {
  id: string;
  itemId: string;
  kind: ItemType;
  title: string;
  text: string;
  /** The changes were made while offline (or loaded from this device), not just now. */
  offline: boolean;
  /** Epoch ms. */
  at: number;
}

const key = (userId: string) => `kopa:rescued:${userId}`;
const listeners = new Set<() => void>();
/** Parsed lists by their stored text, so a snapshot stays the same object until it changes. */
let cache: { raw: string | null; texts: RescuedText[] } = { raw: null, texts: [] };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Held here when storage is unavailable, so the text shows for this visit at least. */
const memory = new Map<string, string>();

function readRaw(userId: string): string | null {
  return storage()?.getItem(key(userId)) ?? memory.get(key(userId)) ?? null;
}

export function parseRescued(raw: string | null): RescuedText[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return (value as unknown[]).filter(
      (entry): entry is RescuedText =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as RescuedText).id === 'string' &&
        typeof (entry as RescuedText).itemId === 'string' &&
        typeof (entry as RescuedText).text === 'string',
    );
  } catch {
    return [];
  }
}

export function rescuedTexts(userId: string): RescuedText[] {
  const raw = readRaw(userId);
  if (raw !== cache.raw) cache = { raw, texts: parseRescued(raw) };
  return cache.texts;
}

function write(userId: string, texts: readonly RescuedText[]): void {
  const raw = JSON.stringify(texts);
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    if (texts.length === 0) store.removeItem(key(userId));
    else store.setItem(key(userId), raw);
    memory.delete(key(userId));
  } catch {
    memory.set(key(userId), raw);
  }
  for (const listener of [...listeners]) listener();
}

export function keepRescuedText(userId: string, text: Omit<RescuedText, 'id' | 'at'>): void {
  const existing = rescuedTexts(userId);
  // The same words refused twice (reopened, refused again) are shown once.
  if (existing.some((entry) => entry.itemId === text.itemId && entry.text === text.text)) return;
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  write(userId, [...existing, { ...text, id, at: Date.now() }]);
}

export function removeRescuedText(userId: string, id: string): void {
  write(
    userId,
    rescuedTexts(userId).filter((entry) => entry.id !== id),
  );
}

export function subscribeRescued(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith('kopa:rescued:')) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
