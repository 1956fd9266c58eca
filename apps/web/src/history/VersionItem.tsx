import { personLabel, type VersionSummary } from '@kopa/protocol';
import { Eye, GitCompare, Pencil } from 'lucide-react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { RelativeTime } from './RelativeTime';
import { VERSION_KIND_LABELS } from './version-kind';
import { versionTitle } from './version-title';
import { VersionNameForm } from './VersionNameForm';
import './VersionItem.css';

export interface VersionItemProps {
  version: VersionSummary;
  /** For a restored version: the version it brought back, when it is in the list. */
  source?: VersionSummary;
  /** Which view of this version is open, if any. */
  open: 'read' | 'diff' | null;
  canEdit: boolean;
  renaming: boolean;
  onOpen(mode: 'read' | 'diff'): void;
  onRename(): void;
  onRenamed(name: string): Promise<void>;
  onRenameCancel(): void;
}

/** One version in the history: its kind, name, who and when, and what can be done with it. */
export function VersionItem({ version, source, open, canEdit, renaming, onOpen, onRename, onRenamed, onRenameCancel }: VersionItemProps) {
  const t = useT();
  const intl = useIntl();
  const title = versionTitle(version, t);
  return (
    <li className={open ? 'version-item version-item--open' : 'version-item'} aria-current={open ? 'true' : undefined}>
      <div className="version-item__head">
        <span className={`version-item__kind version-item__kind--${version.kind}`}>{t(VERSION_KIND_LABELS[version.kind])}</span>
        <span className="version-item__title">{title}</span>
      </div>
      <p className="version-item__meta">
        {version.createdBy ? `${personLabel(version.createdBy.displayName, version.createdBy.country)} · ` : ''}
        <RelativeTime at={version.createdAt} />
      </p>
      {source ? (
        <p className="version-item__source">
          {t('history.broughtBack', { source: source.name.trim() || intl.formatDate(source.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
        </p>
      ) : null}
      {renaming ? (
        <VersionNameForm
          label={t('history.renameLabel')}
          submitLabel={t('history.renameSave')}
          initial={version.name}
          autoFocus
          onSave={onRenamed}
          onCancel={onRenameCancel}
        />
      ) : (
        <div className="version-item__actions" role="group" aria-label={t('history.actionsFor', { name: title })}>
          <Button variant={open === 'read' ? 'primary' : 'secondary'} icon={<Eye size={16} />} onClick={() => onOpen('read')} aria-pressed={open === 'read'}>
            {t('history.open')}
          </Button>
          <Button variant={open === 'diff' ? 'primary' : 'secondary'} icon={<GitCompare size={16} />} onClick={() => onOpen('diff')} aria-pressed={open === 'diff'}>
            {t('history.whatChanged')}
          </Button>
          {canEdit ? (
            <Button variant="ghost" icon={<Pencil size={16} />} onClick={onRename}>
              {version.name ? t('history.rename') : t('history.giveName')}
            </Button>
          ) : null}
        </div>
      )}
    </li>
  );
}
