import type { VersionDiff } from '@kopa/protocol';
import { useT } from '../i18n/use-t';
import '../editor/document-content.css';
import './DiffView.css';

/** How many words a stretch of text holds, to sum up a diff. */
const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * What changed, word by word: added words underlined on green, removed ones struck
 * through on red, and both said in words to screen readers (colour is never the only sign).
 */
export function DiffView({ diff }: { diff: VersionDiff }) {
  const t = useT();
  const added = diff.changes.filter((change) => change.type === 'insert').reduce((sum, change) => sum + wordsIn(change.text), 0);
  const removed = diff.changes.filter((change) => change.type === 'delete').reduce((sum, change) => sum + wordsIn(change.text), 0);
  const changed = diff.changes.some((change) => change.type !== 'equal');

  return (
    <div className="diff-view">
      <p className="diff-view__summary">
        {changed ? t('history.diff.summary', { added, removed }) : t('history.diff.same')}
      </p>
      {changed ? (
        <p className="diff-view__legend">
          <ins className="diff-view__insert">{t('history.diff.legendAdded')}</ins>{' '}
          <del className="diff-view__delete">{t('history.diff.legendRemoved')}</del>
        </p>
      ) : null}
      <div className="diff-view__text document-content">
        {diff.changes.map((change, index) => {
          if (change.type === 'equal') return <span key={index}>{change.text}</span>;
          const inserted = change.type === 'insert';
          const Tag = inserted ? 'ins' : 'del';
          return (
            <Tag key={index} className={inserted ? 'diff-view__insert' : 'diff-view__delete'} title={t(inserted ? 'history.diff.added' : 'history.diff.removed')}>
              <span className="visually-hidden">{t(inserted ? 'history.diff.addedStart' : 'history.diff.removedStart')}</span>
              {change.text}
              <span className="visually-hidden">{t(inserted ? 'history.diff.addedEnd' : 'history.diff.removedEnd')}</span>
            </Tag>
          );
        })}
      </div>
    </div>
  );
}
