import { alignParallelBlocks } from '@kopa/editor';
import { languageOwnName } from '@kopa/protocol';
import { useMemo } from 'react';
import { useT } from '../../i18n/use-t';
import { ReadOnlyBlock } from './ReadOnlyBlock';
import type { PostLanguage } from './reading-choice';
import './ParallelReading.css';

/**
 * Two languages of a post side by side, paragraph beside paragraph: top-level blocks paired by
 * their index (alignParallelBlocks, the same pairing the exported pages use) in a CSS grid, so the
 * third paragraph of one sits next to the third of the other; the longer one's extra paragraphs go
 * on alone. Each cell carries its `lang`. On a phone each paragraph is followed by its translation,
 * set apart and labelled with its language.
 */
export function ParallelReading({ columns }: { columns: readonly [PostLanguage, PostLanguage] }) {
  const t = useT();
  const rows = useMemo(() => alignParallelBlocks(columns.map((column) => column.content)), [columns]);
  const names = columns.map((column) => languageOwnName(column.language));
  return (
    <section className="parallel-reading" aria-label={t('parallelTexts.reader.pairLabel', { first: names[0]!, second: names[1]! })}>
      <div className="parallel-reading__head">
        {columns.map((column, index) => (
          <p key={column.language} className="parallel-reading__language" lang={column.language}>
            {names[index]}
          </p>
        ))}
      </div>
      {rows.map((row, rowIndex) =>
        row.kind === 'across' ? (
          <div key={`across-${rowIndex}`} className="parallel-reading__across">
            <ReadOnlyBlock content={columns[row.column]!.content} block={row.block} language={columns[row.column]!.language} />
          </div>
        ) : (
          <div key={`row-${row.index}`} className="parallel-reading__row" data-paragraph={row.index + 1}>
            {row.cells.map((cell, index) =>
              cell === null ? (
                <div key={index} className="parallel-reading__cell parallel-reading__cell--none" />
              ) : (
                <div key={index} className="parallel-reading__cell" lang={columns[index]!.language}>
                  <p className="parallel-reading__tag">{names[index]}</p>
                  <ReadOnlyBlock content={columns[index]!.content} block={cell} language={columns[index]!.language} />
                </div>
              ),
            )}
          </div>
        ),
      )}
    </section>
  );
}
