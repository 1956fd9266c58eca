/** A stretch of text in one language, inside one block (paragraph, heading, list item) of the page. */
export interface ReadingPiece<Block = Element | null> {
  text: string;
  /** BCP 47: the voice reads it in this language. */
  lang: string;
  /** What to highlight while it is read (null: nothing, e.g. a board note). */
  block: Block;
}

// Invisible characters editors leave behind, and runs of white space, which voices would pause on.
const INVISIBLE = /\u200b|\u200c|\u200d|\ufeff/g;

/**
 * The text of a page in reading order, as the pieces a voice reads one after the other: neighbouring
 * runs of the same block and language become one piece (a bold word does not make a voice pause); a
 * change of block or of language starts a new one. Empty pieces are left out.
 */
export function joinRuns<Block>(runs: readonly ReadingPiece<Block>[]): ReadingPiece<Block>[] {
  const pieces: ReadingPiece<Block>[] = [];
  for (const run of runs) {
    const previous = pieces.at(-1);
    if (previous && previous.block === run.block && previous.lang === run.lang) previous.text += run.text;
    else pieces.push({ ...run });
  }
  return pieces
    .map((piece) => ({ ...piece, text: piece.text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim() }))
    .filter((piece) => piece.text !== '');
}
