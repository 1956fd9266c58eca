import transliterate from '@sindresorhus/transliterate';
import type { ItemType } from '@kopa/protocol';

/** The folder of each kind of item inside a website or Markdown export. */
export const ITEM_FOLDERS: Readonly<Record<ItemType, string>> = { post: 'posts', doc: 'documents', board: 'boards' };

/** `our-towns-by-the-river`: ASCII, whatever the title's alphabet. */
export function slugOf(title: string): string {
  return (
    transliterate(title)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'untitled'
  );
}

/**
 * Each item's file name without extension (`our-towns-by-the-river-1a2b3c4d`): its title for
 * people, the beginning of its id so two items of the same title never share a file.
 */
export function itemFileNames(items: readonly { id: string; title: string }[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const item of items) {
    const id = item.id.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
    let length = 8;
    let name = `${slugOf(item.title)}-${id.slice(0, length)}`;
    while (taken.has(name) && length < id.length) name = `${slugOf(item.title)}-${id.slice(0, ++length)}`;
    for (let n = 2; taken.has(name); n++) name = `${slugOf(item.title)}-${id.slice(0, length)}-${n}`;
    taken.add(name);
    names.set(item.id, name);
  }
  return names;
}
