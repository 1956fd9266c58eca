import { PRACTICE_LIMITS } from '@kopa/protocol';
import { Plus, X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { IconButton } from '../ui/IconButton';
import { SelectField } from '../ui/SelectField';
import { Spinner } from '../ui/Spinner';
import { TextField } from '../ui/TextField';
import { withLink, withPendingUrl, NO_PENDING_URL, type DraftLink, type LinkableSpace, type PendingUrl } from './practice-draft';
import { LinkIcon, linkTypeLabel } from './PracticeLinks';
import './LinksPicker.css';

export interface LinksPickerProps {
  links: DraftLink[];
  /** The partnership's items not linked yet, space by space; 'loading' or 'failed' while they cannot be offered. */
  spaces: LinkableSpace[] | 'loading' | 'failed';
  error?: string | null;
  onChange(links: DraftLink[]): void;
  /** The web address being typed (the form adds it when saved, so it is never lost). */
  pending: PendingUrl;
  /** Set when the address typed is not a web page. */
  pendingError: string | null;
  onPendingChange(pending: PendingUrl, error: string | null): void;
}

/** The practice's links: the ones chosen (each removable), one of the partnership's items to add, a web page to add. */
export function LinksPicker({ links, spaces, error, onChange, pending, pendingError, onPendingChange }: LinksPickerProps) {
  const t = useT();
  const id = useId();
  const [itemId, setItemId] = useState('');
  const full = links.length >= PRACTICE_LIMITS.linksMax;

  const addItem = () => {
    if (!Array.isArray(spaces)) return;
    const item = spaces.flatMap((space) => space.items).find((candidate) => candidate.id === itemId);
    if (!item) return;
    onChange(withLink(links, { kind: 'item', itemId: item.id, title: item.title, type: item.type }));
    setItemId('');
  };

  const addUrl = () => {
    const added = withPendingUrl(links, pending);
    if (!added) return onPendingChange(pending, t('practices.form.urlInvalid'));
    onChange(added);
    onPendingChange(NO_PENDING_URL, null);
  };

  // Enter in the address fields adds the link rather than saving the whole practice.
  const addOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    addUrl();
  };

  return (
    <fieldset className={error ? 'links-picker links-picker--invalid' : 'links-picker'} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend className="field__label">{t('practices.form.links')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('practices.form.linksHint')}
      </p>

      {links.length > 0 ? (
        <ul className="links-picker__chosen">
          {links.map((link) => {
            const title = link.kind === 'item' ? link.title : link.label || link.url;
            return (
              <li key={link.kind === 'item' ? `item:${link.itemId}` : `url:${link.url}`} className="links-picker__link">
                <LinkIcon link={link} />
                <span className="links-picker__text">
                  <span className="links-picker__title">{title}</span>
                  <span className="links-picker__kind">{link.kind === 'url' && link.label ? link.url : t(linkTypeLabel(link))}</span>
                </span>
                <IconButton
                  label={t('practices.form.removeLink', { title })}
                  icon={<X size={18} />}
                  onClick={() => onChange(links.filter((other) => other !== link))}
                />
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="links-picker__none">{t('practices.form.noLinks')}</p>
      )}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {full ? <p className="field__hint">{t('practices.form.tooManyLinks', { max: PRACTICE_LIMITS.linksMax })}</p> : null}

      <div className="links-picker__adders">
        <div className="links-picker__adder">
          {spaces === 'loading' ? <Spinner label={t('practices.form.itemsLoading')} /> : null}
          {spaces === 'failed' ? <Banner tone="warning">{t('practices.form.itemsFailed')}</Banner> : null}
          {Array.isArray(spaces) && spaces.length > 0 ? (
            <div className="links-picker__row">
              <SelectField label={t('practices.form.item')} value={itemId} disabled={full} onChange={(event) => setItemId(event.target.value)}>
                <option value="">{t('practices.form.itemChoose')}</option>
                {spaces.map((space) => (
                  <optgroup key={space.spaceId} label={space.title}>
                    {space.items.map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.title} ({t(linkTypeLabel({ kind: 'item', type: item.type }))})
                      </option>
                    ))}
                  </optgroup>
                ))}
              </SelectField>
              <Button variant="secondary" icon={<Plus size={18} />} disabled={!itemId || full} onClick={addItem}>
                {t('practices.form.addItem')}
              </Button>
            </div>
          ) : null}
        </div>

        <div className="links-picker__adder links-picker__adder--url">
          <TextField
            type="url"
            inputMode="url"
            label={t('practices.form.url')}
            placeholder={t('practices.form.urlPlaceholder')}
            value={pending.url}
            maxLength={PRACTICE_LIMITS.urlMaxLength}
            error={pendingError}
            disabled={full}
            onChange={(event) => onPendingChange({ ...pending, url: event.target.value }, null)}
            onKeyDown={addOnEnter}
          />
          <div className="links-picker__row">
            <TextField
              label={t('practices.form.urlName')}
              value={pending.label}
              maxLength={PRACTICE_LIMITS.linkLabelMaxLength}
              disabled={full}
              onChange={(event) => onPendingChange({ ...pending, label: event.target.value }, pendingError)}
              onKeyDown={addOnEnter}
            />
            <Button variant="secondary" icon={<Plus size={18} />} disabled={!pending.url.trim() || full} onClick={addUrl}>
              {t('practices.form.addUrl')}
            </Button>
          </div>
        </div>
      </div>
    </fieldset>
  );
}
