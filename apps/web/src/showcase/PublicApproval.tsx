import { countryName } from '@kopa/i18n';
import type { ItemPublicState } from '@kopa/protocol';
import { EyeOff, ExternalLink, Globe, GlobeLock, Undo2 } from 'lucide-react';
import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { useCloseOnOutsidePress } from '../ui/use-close-on-outside-press';
import { showcaseApi } from './showcase-api';
import { useItemPublic } from './use-item-public';
import './PublicApproval.css';

type Look = 'public' | 'approved' | 'private';

const LABELS = {
  public: 'showcase.approval.badgePublic',
  approved: 'showcase.approval.badgeApproved',
  private: 'showcase.approval.badgeNotPublic',
} as const;

const EXPLAIN = { doc: 'showcase.approval.explain.doc', post: 'showcase.approval.explain.post', board: 'showcase.approval.explain.board' } as const;

const lookOf = (state: ItemPublicState): Look => (state.shown ? 'public' : state.approved ? 'approved' : 'private');

/**
 * "Public showcase" on a document, post or board. Everyone sees a "Public" badge (words and an
 * icon, not a colour) while the item is on the partnership's public showcase; teachers and the
 * coordinator get a button saying where it stands that opens a panel to approve it (freezing
 * the current version), approve it again, or withdraw it, with the reason when pictures in it
 * show pupils without photo consent. `compact` hides the button's words on narrow screens.
 */
export function PublicApproval({ itemId, title, compact = false }: { itemId: string; title: string; compact?: boolean }) {
  const t = useT();
  const { state, setState, reload } = useItemPublic(itemId);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useCloseOnOutsidePress(root, open, close);

  if (!state) return null;
  const look = lookOf(state);
  if (!state.canApprove && !state.canWithdraw) {
    return state.shown ? (
      <span className="public-badge">
        <Globe size={16} aria-hidden="true" />
        {t('showcase.approval.badgePublic')}
      </span>
    ) : null;
  }

  const toggle = () => {
    if (!open) void reload();
    setOpen((was) => !was);
  };
  // Escape closes it from the button or from inside the panel, and leaves the keyboard on the button.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className={`public-approval${compact ? ' public-approval--compact' : ''}`} ref={root} onKeyDown={closeOnEscape}>
      <Button
        ref={button}
        variant="secondary"
        className={`public-approval__toggle public-approval__toggle--${look}`}
        // Each state has its own icon as well as its own words: the colour only adds to them.
        icon={look === 'public' ? <Globe size={18} /> : look === 'approved' ? <EyeOff size={18} /> : <GlobeLock size={18} />}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={toggle}
      >
        <span className="visually-hidden">{t('showcase.approval.button')}: </span>
        <span className="public-approval__label">{t(LABELS[look])}</span>
      </Button>
      {open ? (
        <div id={panelId} className="public-approval__panel" role="group" aria-label={t('showcase.approval.panel', { title })}>
          <ApprovalPanel
            state={state}
            title={title}
            onState={setState}
            onReload={reload}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}

function ApprovalPanel({
  state,
  title,
  onState,
  onReload,
  onClose,
}: {
  state: ItemPublicState;
  /** The item's title now: the approved one is mentioned only when it differs. */
  title: string;
  onState(next: ItemPublicState): void;
  onReload(): Promise<void>;
  onClose(): void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const act = async (action: 'approve' | 'withdraw') => {
    setBusy(true);
    setProblem(null);
    setNotice('');
    try {
      onState(await (action === 'approve' ? showcaseApi.approve(state.itemId) : showcaseApi.withdraw(state.itemId)));
      setNotice(t(action === 'approve' ? 'showcase.approval.approved' : 'showcase.approval.withdrawn'));
    } catch (failure) {
      // Refused because of pictures: the panel says how many, in the reader's language, from the fresh state.
      if (failure instanceof ApiRequestError && (failure.code === 'consent_missing' || failure.code === 'wrong_status')) await onReload();
      else setProblem(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const status = state.shown
    ? t('showcase.approval.shown')
    : state.hiddenBecause
      ? t(`showcase.approval.hidden.${state.hiddenBecause}`)
      : t('showcase.approval.notApproved');
  const approvedBy =
    state.approved && state.approvedBy && state.approvedAt !== null
      ? t('showcase.approval.approvedBy', {
          name: state.approvedBy.displayName,
          country: state.approvedBy.country ? countryName(state.approvedBy.country, locale) : '',
          time: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(state.approvedAt),
        })
      : null;
  const blocked = state.picturesWithoutConsent;
  const canApproveNow = state.canApprove && !state.needsPublishing && blocked === 0;

  return (
    <>
      <p className="public-approval__status">{status}</p>
      {approvedBy ? <p className="public-approval__meta">{approvedBy}</p> : null}
      {state.approvedTitle && state.approvedTitle !== title ? <p className="public-approval__meta">{t('showcase.approval.approvedTitle', { title: state.approvedTitle })}</p> : null}
      <p className="public-approval__explain">{t(EXPLAIN[state.type])}</p>
      {state.needsPublishing ? <Banner tone="info">{t('showcase.approval.needsPublishing')}</Banner> : null}
      {blocked > 0 ? <Banner tone="warning">{t('showcase.approval.refused', { count: blocked })}</Banner> : null}
      {problem ? <Banner tone="error">{problem}</Banner> : null}
      <div className="public-approval__actions">
        {state.canApprove ? (
          <Button
            icon={<Globe size={18} />}
            // Not disabled: the keyboard stays on it, and the reason is right above.
            aria-disabled={busy || !canApproveNow}
            onClick={() => {
              if (!busy && canApproveNow) void act('approve');
            }}
          >
            {t(state.approved ? 'showcase.approval.approveAgain' : 'showcase.approval.approve')}
          </Button>
        ) : null}
        {state.approved && state.canWithdraw ? (
          <Button variant="secondary" icon={<Undo2 size={18} />} aria-disabled={busy} onClick={() => !busy && void act('withdraw')}>
            {t('showcase.approval.withdraw')}
          </Button>
        ) : null}
        {state.publicPath ? (
          <a className="public-approval__link" href={state.publicPath} target="_blank" rel="noopener">
            <ExternalLink size={18} aria-hidden="true" />
            {t('showcase.approval.open')}
          </a>
        ) : null}
        <Button variant="ghost" onClick={onClose}>
          {t('showcase.approval.close')}
        </Button>
      </div>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </>
  );
}
