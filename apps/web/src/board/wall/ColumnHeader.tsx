import { BOARD_LIMITS } from '@kopa/board';
import { ArrowLeft, ArrowRight, Ellipsis, Pencil, Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { IconButton } from '../../ui/IconButton';
import { Button } from '../../ui/Button';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { TextField } from '../../ui/TextField';
import './ColumnHeader.css';

export interface ColumnHeaderProps {
  headingId: string;
  title: string;
  count: number;
  canEdit: boolean;
  /** A real column (a wall without columns shows an unnamed one that cannot be changed). */
  named: boolean;
  /** Where it is among the columns, for moving left and right. */
  index: number;
  columnCount: number;
  /** The column the notes go to when this one is removed. */
  heirTitle: string;
  renaming: boolean;
  onRenaming(renaming: boolean): void;
  onRename(title: string): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

type Mode = 'closed' | 'open' | 'confirm';

/** A column's name and note count; for editors, its actions open below it: rename, move, remove. */
export function ColumnHeader(props: ColumnHeaderProps) {
  const { headingId, title, count, canEdit, named, index, columnCount, heirTitle, renaming } = props;
  const t = useT();
  const [mode, setMode] = useState<Mode>('closed');
  const actionsId = useId();

  if (renaming) {
    return (
      <RenameColumn
        title={title}
        onSave={(next) => {
          props.onRename(next);
          props.onRenaming(false);
        }}
        onCancel={() => props.onRenaming(false)}
      />
    );
  }

  return (
    <header className="wall-column__header">
      <div className="wall-column__titles">
        <h2 id={headingId} className="wall-column__title" data-part="column-heading" tabIndex={-1}>
          {title}
        </h2>
        <p className="wall-column__count">{t('wall.noteCount', { count })}</p>
        {canEdit && named ? (
          <IconButton
            className="wall-column__menu-button"
            data-part="column-menu"
            label={t('wall.column.actions', { title })}
            icon={<Ellipsis size={22} />}
            aria-expanded={mode !== 'closed'}
            aria-controls={mode === 'open' ? actionsId : undefined}
            onClick={() => setMode(mode === 'closed' ? 'open' : 'closed')}
          />
        ) : null}
      </div>
      {mode === 'open' ? (
        <div id={actionsId} className="wall-column__actions" role="group" aria-label={t('wall.column.actions', { title })}>
          <Button
            variant="secondary"
            icon={<Pencil size={18} />}
            onClick={() => {
              setMode('closed');
              props.onRenaming(true);
            }}
          >
            {t('wall.column.rename')}
          </Button>
          {columnCount > 1 ? (
            <>
              <Button variant="secondary" icon={<ArrowLeft size={18} />} disabled={index === 0} onClick={() => props.onMove(-1)}>
                {t('wall.column.moveLeft')}
              </Button>
              <Button variant="secondary" icon={<ArrowRight size={18} />} disabled={index === columnCount - 1} onClick={() => props.onMove(1)}>
                {t('wall.column.moveRight')}
              </Button>
            </>
          ) : null}
          <Button variant="ghost" icon={<Trash2 size={18} />} className="wall-column__remove" onClick={() => setMode('confirm')}>
            {t('wall.column.remove')}
          </Button>
        </div>
      ) : null}
      {mode === 'confirm' ? (
        <ConfirmPanel
          label={t('wall.column.remove')}
          confirmLabel={t('wall.column.removeYes')}
          keepLabel={t('wall.column.keep')}
          tone="warning"
          busy={false}
          onConfirm={() => {
            setMode('closed');
            props.onRemove();
          }}
          onKeep={() => setMode('open')}
        >
          <p>{t('wall.column.removeConfirm', { title, count, first: heirTitle })}</p>
        </ConfirmPanel>
      ) : null}
    </header>
  );
}

function RenameColumn({ title, onSave, onCancel }: { title: string; onSave(title: string): void; onCancel(): void }) {
  const t = useT();
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) return setError(t('wall.column.nameRequired'));
    onSave(value.trim());
  };
  return (
    <form
      className="wall-column__rename"
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <TextField
        label={t('wall.column.nameLabel')}
        value={value}
        error={error}
        maxLength={BOARD_LIMITS.maxTitleLength}
        onChange={(event) => setValue(event.target.value)}
        onFocus={(event) => event.target.select()}
        autoFocus
      />
      <div className="wall-column__rename-actions">
        <Button type="submit">{t('wall.column.save')}</Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('wall.column.cancel')}
        </Button>
      </div>
    </form>
  );
}
