import { personLabel, type VersionDetail, type VersionDiff, type VersionSummary } from '@kopa/protocol';
import { History, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { IconButton } from '../ui/IconButton';
import { LoadStatus } from '../ui/LoadStatus';
import { DiffView } from './DiffView';
import { historyApi } from './history-api';
import { ReadOnlyContent } from './ReadOnlyContent';
import { RelativeTime } from './RelativeTime';
import { RestoreConfirm } from './RestoreConfirm';
import { VERSION_KIND_LABELS } from './version-kind';
import { versionTitle } from './version-title';
import './VersionViewer.css';

export interface VersionViewerProps {
  itemId: string;
  version: VersionSummary;
  mode: 'read' | 'diff';
  canEdit: boolean;
  /** The server kept the text from before as a `before_restore` version and the result as `restored`. */
  onRestored(restored: VersionSummary): void;
  onClose(): void;
}

type Shown =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; mode: 'read'; detail: VersionDetail }
  | { status: 'ready'; mode: 'diff'; diff: VersionDiff };

/** One version, read-only as the editor shows it, or what changed since; and the way to bring it back. */
export function VersionViewer({ itemId, version, mode, canEdit, onRestored, onClose }: VersionViewerProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; shown: Shown } | null>(null);
  const key = `${version.id}:${mode}:${attempt}`;
  // An answer for another version, view or attempt means this one is still on its way.
  const shown: Shown = result?.key === key ? result.shown : { status: 'loading' };
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const title = versionTitle(version, t);

  useEffect(() => {
    const load =
      mode === 'read'
        ? historyApi.version(itemId, version.id).then((detail): Shown => ({ status: 'ready', mode, detail }))
        : historyApi.diff(itemId, version.id).then((diff): Shown => ({ status: 'ready', mode, diff }));
    load.then(
      (next) => setResult({ key, shown: next }),
      (error: unknown) => setResult({ key, shown: { status: 'failed', error } }),
    );
  }, [itemId, version.id, mode, key]);

  // The keyboard follows to what was opened.
  useEffect(() => {
    heading.current?.focus();
  }, [version.id, mode]);

  const restore = async () => {
    setRestoring(true);
    setProblem(null);
    try {
      // One step on the server: it keeps the text as it is now, then brings this version back.
      onRestored(await historyApi.restore(itemId, version.id));
    } catch (error) {
      setProblem(errorMessage(error, t));
      setRestoring(false);
    }
  };

  return (
    <section className="version-viewer" aria-labelledby="version-viewer-heading">
      <div className="version-viewer__top">
        <div className="version-viewer__titles">
          <h3 id="version-viewer-heading" ref={heading} tabIndex={-1} className="version-viewer__heading">
            {mode === 'read' ? t('history.reading', { name: title }) : t('history.changesSince', { name: title })}
          </h3>
          <p className="version-viewer__meta">
            {t(VERSION_KIND_LABELS[version.kind])}
            {version.createdBy ? ` · ${personLabel(version.createdBy.displayName, version.createdBy.country)}` : ''}
            {' · '}
            <RelativeTime at={version.createdAt} />
          </p>
        </div>
        <IconButton label={t('history.closeVersion')} icon={<X size={20} />} onClick={onClose} />
      </div>
      {canEdit && !confirming ? (
        <Button variant="secondary" icon={<History size={18} />} onClick={() => setConfirming(true)} className="version-viewer__restore">
          {t('history.restore')}
        </Button>
      ) : null}
      {confirming ? (
        <RestoreConfirm name={title} busy={restoring} onRestore={() => void restore()} onKeep={() => setConfirming(false)} />
      ) : null}
      {problem ? <Banner tone="error">{problem}</Banner> : null}

      <LoadStatus state={shown} onRetry={() => setAttempt((n) => n + 1)} />
      {shown.status === 'ready' ? (
        <div className="version-viewer__content">
          {shown.mode === 'read' ? (
            <ReadOnlyContent key={version.id} content={shown.detail.content} label={t('history.contentOf', { name: title })} />
          ) : (
            <DiffView diff={shown.diff} />
          )}
        </div>
      ) : null}
    </section>
  );
}
