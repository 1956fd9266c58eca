import { alignParallelBlocks, singleBlockContent } from '@kopa/editor';
import { renderDocumentHtml, type DocumentContent, type DocumentRenderOptions } from './document-html.js';
import { escapeHtml } from './escape.js';
import { sanitizeHtml } from './sanitize.js';
import { languageTag } from './urls.js';

/** One language of a parallel text: its content and the name readers know it by (in that language: "Latviešu"). */
export interface ParallelColumn {
  content: DocumentContent | unknown;
  /** BCP 47 (`lv`), written as `lang` on each of its cells. */
  lang: string;
  label: string;
  /** Where this column's pictures are found, when not the options' (a function returning '' leaves them out). */
  imageUrl?: DocumentRenderOptions['imageUrl'];
}

export interface ParallelRenderOptions extends Omit<DocumentRenderOptions, 'lang'> {
  /** The accessible name of the whole (e.g. "The post in English and Latviešu, side by side"). */
  label?: string;
}

/** Columns styled by the page's stylesheet (kopa-parallel-cols-N); more are drawn four to a row. */
const MAX_STYLED_COLUMNS = 4;

/**
 * Parallel texts as one safe HTML fragment: the original and its versions side by side, paired
 * block by block (`alignParallelBlocks` from @kopa/editor: the third paragraph beside the third),
 * each cell with its `lang`. On a wide screen the page's stylesheet lays each row out as a grid
 * under a row of language names; on a narrow one the rows stack, so each paragraph is followed by
 * its translations, each labelled with its language. A block of pictures spans its row.
 */
export function renderParallelHtml(columns: readonly ParallelColumn[], options: ParallelRenderOptions = {}): string {
  const { label, ...documentOptions } = options;
  const count = Math.max(1, Math.min(MAX_STYLED_COLUMNS, columns.length));
  const langOf = columns.map((column) => languageTag(column.lang));
  const langAttribute = (index: number) => (langOf[index] ? ` lang="${langOf[index]}"` : '');
  const block = (index: number, content: unknown) =>
    renderDocumentHtml(singleBlockContent(columns[index]!.content, content), {
      ...documentOptions,
      imageUrl: columns[index]!.imageUrl ?? documentOptions.imageUrl,
      lang: langOf[index] ?? undefined,
    });

  const head = columns.map((column, index) => `<p class="kopa-parallel-lang"${langAttribute(index)}>${escapeHtml(column.label)}</p>`).join('');
  const rows = alignParallelBlocks(columns.map((column) => column.content))
    .map((row) => {
      if (row.kind === 'across') return `<div class="kopa-parallel-across"${langAttribute(row.column)}>${block(row.column, row.block)}</div>`;
      const cells = row.cells
        .map((cell, index) =>
          cell === null
            ? '<div class="kopa-parallel-cell kopa-parallel-missing"></div>'
            : `<div class="kopa-parallel-cell"${langAttribute(index)}><p class="kopa-parallel-tag">${escapeHtml(columns[index]!.label)}</p>${block(index, cell)}</div>`,
        )
        .join('');
      return `<div class="kopa-parallel-row">${cells}</div>`;
    })
    .join('');
  const name = label ? ` aria-label="${escapeHtml(label)}"` : '';
  return sanitizeHtml(
    `<section class="kopa-parallel kopa-parallel-cols-${count}"${name}><div class="kopa-parallel-head">${head}</div>${rows}</section>`,
  );
}
