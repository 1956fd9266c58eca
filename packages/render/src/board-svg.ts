import { drawBoard, readBoard, type BoardSnapshot, type BoardSvg } from '@kopa/board';
import { storedWidths } from '@kopa/editor';
import * as Y from 'yjs';
import { defaultImageUrl, type ImageUrl } from './images.js';
import { sanitizeSvg } from './sanitize.js';
import { isUploadId, safeUrl } from './urls.js';

export interface BoardRenderOptions {
  /** Where pictures are found, as for documents (default: the server's `/files/<id>/<width>.webp`). */
  imageUrl?: ImageUrl;
  /** The SVG's `<title>` (its accessible name), e.g. the board's name. */
  title?: string;
  /** Space around the drawing, in board units (default 32). */
  padding?: number;
}

export type { BoardSvg };

/**
 * A board, from its Yjs state (or a Y.Doc holding it), as a standalone SVG document:
 * packages/board's own drawing (the one its downloads and thumbnails use), laid out
 * as a wall or a canvas, then passed through `sanitizeSvg`. Pictures point to
 * `imageUrl` at the smallest stored width that stays sharp at twice the size drawn.
 *
 * The SVG can be written as a file or placed inline in a page's body (renderPage
 * sanitises it again as HTML). Shown through `<img src="board.svg">`, a browser loads
 * no pictures from inside it; inline, it loads them like any `<img>` of the page.
 */
export function renderBoardSvg(board: Uint8Array | Y.Doc, options: BoardRenderOptions = {}): BoardSvg {
  const snapshot = board instanceof Y.Doc ? readBoard(board) : readBoardState(board);
  const hrefs = pictureHrefs(snapshot, options.imageUrl ?? defaultImageUrl);
  const drawn = drawBoard(snapshot, {
    imageHref: (uploadId) => hrefs.get(uploadId) ?? '',
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.padding !== undefined ? { padding: options.padding } : {}),
  });
  return { ...drawn, svg: sanitizeSvg(drawn.svg) };
}

function readBoardState(state: Uint8Array): BoardSnapshot {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readBoard(doc);
  } finally {
    doc.destroy();
  }
}

function pictureHrefs(snapshot: BoardSnapshot, imageUrl: ImageUrl): Map<string, string> {
  const chosen = new Map<string, number>();
  for (const object of snapshot.objects) {
    if (object.type !== 'image' || !isUploadId(object.uploadId) || object.largestWidth <= 0) continue;
    const widths = storedWidths(object.largestWidth);
    const wanted = Math.abs(object.w) * 2;
    const width = widths.find((candidate) => candidate >= wanted) ?? widths.at(-1)!;
    // The same picture twice on a board: one file, the larger of the two wanted.
    chosen.set(object.uploadId, Math.max(width, chosen.get(object.uploadId) ?? 0));
  }
  const hrefs = new Map<string, string>();
  for (const [uploadId, width] of chosen) {
    const href = safeUrl(imageUrl(uploadId, width), 'resource');
    if (href !== null) hrefs.set(uploadId, href);
  }
  return hrefs;
}
