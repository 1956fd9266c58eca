import { ContentString, ContentType, XmlText, type Doc, type Item } from 'yjs';

/**
 * How many visible characters each Yjs client typed in each top-level block
 * (paragraph, heading, quote, list, picture), in document order: the blocks
 * are the elements the root `XmlText` embeds, as @lexical/yjs writes them, one
 * per child of the Lexical root. Pure: the doc is only read.
 */
export function topLevelBlockWriters(doc: Doc): Map<number, number>[] {
  const blocks: Map<number, number>[] = [];
  for (const item of liveItems(doc.get('root', XmlText))) {
    if (!(item.content instanceof ContentType)) continue;
    const counts = new Map<number, number>();
    const type = item.content.type;
    if (type instanceof XmlText) countText(type, counts);
    blocks.push(counts);
  }
  return blocks;
}

/** The client with the most characters in a block's counts, or null for a block without text. */
export function mainWriter(counts: ReadonlyMap<number, number>): number | null {
  let best: number | null = null;
  let most = 0;
  for (const [clientId, characters] of counts) {
    if (characters > most) [best, most] = [clientId, characters];
  }
  return best;
}

function countText(element: XmlText, counts: Map<number, number>): void {
  for (const item of liveItems(element)) {
    const content = item.content;
    if (content instanceof ContentString) {
      const characters = content.str.trim().length;
      if (characters > 0) counts.set(item.id.client, (counts.get(item.id.client) ?? 0) + characters);
    } else if (content instanceof ContentType && content.type instanceof XmlText) {
      countText(content.type, counts);
    }
  }
}

function* liveItems(type: XmlText): Generator<Item> {
  for (let item = type._start; item !== null; item = item.right) {
    if (!item.deleted) yield item;
  }
}
