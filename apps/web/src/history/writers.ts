import type { AuthorshipBlock } from '@kopa/editor';
import { colorForUser, USER_COLORS, type DocumentAuthor } from '@kopa/protocol';

/** How many underline styles tell writers apart beside their colours (see AuthorshipView.css). */
export const UNDERLINE_STYLES = 4;

/** Someone who wrote in the document, how they are marked, and how much of the visible text is theirs. */
export interface Writer {
  author: DocumentAuthor;
  color: string;
  /** Which underline style marks their words (0 … UNDERLINE_STYLES - 1): a sign besides colour. */
  underline: number;
  characters: number;
}

/** Who each Yjs client id belongs to. */
export function authorsByClient(authors: readonly DocumentAuthor[]): Map<number, DocumentAuthor> {
  const byClient = new Map<number, DocumentAuthor>();
  for (const author of authors) for (const clientId of author.clientIds) byClient.set(clientId, author);
  return byClient;
}

/** Client ids in the text that no known author has (yet): the list of authors is due for a fresh look. */
export function unknownClients(blocks: readonly AuthorshipBlock[], byClient: ReadonlyMap<number, DocumentAuthor>): number[] {
  const unknown = new Set<number>();
  for (const block of blocks) for (const run of block.runs) if (!byClient.has(run.clientId)) unknown.add(run.clientId);
  return [...unknown];
}

/**
 * The people whose text is visible now, most text first: the legend of the authorship view.
 * Each keeps their own colour (the one of their caret and avatar) unless another writer here
 * already has it: eight colours are few, and two writers must never look alike in this view.
 * Marks are handed out in a fixed order (by user id), so they do not swap while people type.
 */
export function visibleWriters(blocks: readonly AuthorshipBlock[], byClient: ReadonlyMap<number, DocumentAuthor>): Writer[] {
  const tally = new Map<string, { author: DocumentAuthor; characters: number }>();
  for (const block of blocks) {
    for (const run of block.runs) {
      const author = byClient.get(run.clientId);
      const characters = run.text.trim().length;
      if (!author || characters === 0) continue;
      const entry = tally.get(author.userId) ?? { author, characters: 0 };
      entry.characters += characters;
      tally.set(author.userId, entry);
    }
  }

  const taken = new Set<string>();
  const writers = [...tally.values()]
    .sort((a, b) => (a.author.userId < b.author.userId ? -1 : 1))
    .map(({ author, characters }, index): Writer => {
      const own = colorForUser(author.userId);
      const start = USER_COLORS.indexOf(own as (typeof USER_COLORS)[number]);
      const free = USER_COLORS.map((_, step) => USER_COLORS[(start + step) % USER_COLORS.length]!).find((color) => !taken.has(color));
      const color = free ?? own;
      taken.add(color);
      return { author, color, underline: index % UNDERLINE_STYLES, characters };
    });
  return writers.sort((a, b) => b.characters - a.characters || a.author.displayName.localeCompare(b.author.displayName));
}
