import type { VersionSummary } from '@kopa/protocol';
import { Check, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import { LoadStatus } from '../ui/LoadStatus';
import { historyApi } from './history-api';
import { useVersions } from './use-versions';
import { VersionItem } from './VersionItem';
import { versionTitle } from './version-title';
import { VersionNameForm } from './VersionNameForm';
import { VersionViewer } from './VersionViewer';
import './HistoryPanel.css';

export interface HistoryPanelProps {
  /** The document or post. */
  itemId: string;
  /** May name and restore versions (the server decides again). */
  canEdit: boolean;
  onClose(): void;
}

type Opened = { versionId: string; mode: 'read' | 'diff' } | null;

/**
 * The versions Kopa keeps of a document or post (automatically, on submit and publish,
 * and named ones): read any of them, see what changed since, name them, restore one.
 */
export function HistoryPanel({ itemId, canEdit, onClose }: HistoryPanelProps) {
  const t = useT();
  const { state, reload, retry } = useVersions(itemId);
  const [opened, setOpened] = useState<Opened>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const versions = state.status === 'ready' ? state.versions : [];
  const openVersion = opened ? versions.find((version) => version.id === opened.versionId) : undefined;

  const nameCurrent = async (name: string) => {
    await historyApi.nameCurrent(itemId, name);
    setNotice(t('history.named', { name }));
    reload();
  };
  const rename = async (version: VersionSummary, name: string) => {
    await historyApi.rename(itemId, version.id, name);
    setRenaming(null);
    setNotice(t('history.renamed', { name }));
    reload();
  };
  const restored = (version: VersionSummary) => {
    setOpened(null);
    setNotice(t('history.restored', { name: versionTitle(version, t) }));
    reload();
    heading.current?.focus();
  };

  return (
    <section className="history-panel" aria-labelledby="history-heading">
      <div className="history-panel__top">
        <div>
          <h2 id="history-heading" ref={heading} tabIndex={-1} className="history-panel__heading">
            {t('history.title')}
          </h2>
          <p className="history-panel__intro">{t('history.intro')}</p>
        </div>
        <IconButton label={t('history.close')} icon={<X size={20} />} onClick={onClose} />
      </div>
      <p className="history-panel__notice" aria-live="polite">
        {notice ? (
          <>
            <Check size={18} aria-hidden="true" />
            {notice}
          </>
        ) : null}
      </p>
      {canEdit ? <VersionNameForm label={t('history.nameCurrent')} submitLabel={t('history.nameCurrentSave')} onSave={nameCurrent} /> : null}

      <LoadStatus state={state} onRetry={retry} />
      {state.status === 'ready' ? (
        <div className={openVersion ? 'history-panel__body history-panel__body--open' : 'history-panel__body'}>
          {versions.length === 0 ? (
            <p className="history-panel__empty">{t('history.empty')}</p>
          ) : (
            <ol className="history-panel__list" aria-label={t('history.list')}>
              {versions.map((version) => (
                <VersionItem
                  key={version.id}
                  version={version}
                  source={version.sourceVersionId ? versions.find((other) => other.id === version.sourceVersionId) : undefined}
                  open={opened?.versionId === version.id ? opened.mode : null}
                  canEdit={canEdit}
                  renaming={renaming === version.id}
                  onOpen={(mode) => setOpened({ versionId: version.id, mode })}
                  onRename={() => setRenaming(version.id)}
                  onRenamed={(name) => rename(version, name)}
                  onRenameCancel={() => setRenaming(null)}
                />
              ))}
            </ol>
          )}
          {openVersion && opened ? (
            <VersionViewer
              itemId={itemId}
              version={openVersion}
              mode={opened.mode}
              canEdit={canEdit}
              onRestored={() => restored(openVersion)}
              onClose={() => setOpened(null)}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
