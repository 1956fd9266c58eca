import { Eye, Users, X } from 'lucide-react';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { IconButton } from '../../ui/IconButton';
import { useCloseOnOutsidePress } from '../../ui/use-close-on-outside-press';
import type { BoardPeer } from './board-peer';
import './FollowMenu.css';

export interface FollowMenuProps {
  peers: readonly BoardPeer[];
  /** On the free canvas; on a wall everyone sees the same columns, so there is no one's view to follow (as on Padlet). */
  canFollow: boolean;
  following: number | null;
  onFollow(clientId: number | null): void;
}

/** Avatars shown on the button; the list has everyone. */
const SHOWN = 3;

/**
 * Who else is on the board: a button with their faces opens the list, where
 * each person who shares what they see (on the free canvas) can be followed;
 * on a wall the list only says who is here.
 * While following, a chip says whom, with a Stop button; Escape stops too.
 */
export function FollowMenu({ peers, canFollow, following, onFollow }: FollowMenuProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // A tap anywhere else closes the list (the keyboard's Escape also takes the focus back to the button).
  const dismiss = useCallback(() => setOpen(false), []);
  const panelId = useId();
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const followed = following === null ? null : (peers.find((peer) => peer.clientId === following) ?? null);

  // Escape anywhere on the page stops following (the canvas has nothing else to do with it then).
  useEffect(() => {
    if (following === null) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onFollow(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [following, onFollow]);

  useCloseOnOutsidePress(root, open, dismiss);

  // The list hangs below the button; on a narrow screen it is nudged back inside the window.
  useLayoutEffect(() => {
    const element = panel.current;
    if (!open || !element) return;
    element.style.transform = '';
    const box = element.getBoundingClientRect();
    const margin = 8;
    const shift = box.left < margin ? margin - box.left : box.right > window.innerWidth - margin ? window.innerWidth - margin - box.right : 0;
    if (shift) element.style.transform = `translateX(${shift}px)`;
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onPanelKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // This Escape closes the list; it does not also stop following.
    event.preventDefault();
    event.nativeEvent.preventDefault();
    close();
  };

  const follow = (clientId: number | null) => {
    onFollow(clientId);
    close();
  };

  return (
    <div className="follow-menu" ref={root}>
      {followed ? (
        <div className="follow-menu__following" role="status" style={{ borderColor: followed.color }}>
          <Eye size={18} aria-hidden="true" className="follow-menu__following-icon" />
          <span className="follow-menu__following-text">{t('boardPeople.following', { name: followed.name })}</span>
          <Button variant="secondary" aria-label={t('boardPeople.stopLabel', { name: followed.name })} title={t('boardPeople.followingHint')} onClick={() => onFollow(null)}>
            {t('boardPeople.stop')}
          </Button>
        </div>
      ) : null}
      <button
        ref={button}
        type="button"
        className="follow-menu__button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={t('boardPeople.button', { count: peers.length })}
        title={t('boardPeople.button', { count: peers.length })}
        onClick={() => setOpen(!open)}
      >
        {peers.length === 0 ? (
          <Users size={22} aria-hidden="true" />
        ) : (
          <span className="follow-menu__faces" aria-hidden="true">
            {peers.slice(0, SHOWN).map((peer) => (
              <Avatar key={peer.clientId} name={peer.name} label={peer.name} color={peer.color} size="s" />
            ))}
          </span>
        )}
        {peers.length > SHOWN ? <span className="follow-menu__more" aria-hidden="true">+{peers.length - SHOWN}</span> : null}
      </button>
      {open ? (
        <div ref={panel} id={panelId} className="follow-menu__panel" role="group" aria-labelledby={headingId} onKeyDown={onPanelKey}>
          <div className="follow-menu__panel-head">
            <h2 id={headingId} className="follow-menu__heading">
              {t('boardPeople.heading')}
            </h2>
            <IconButton label={t('boardPeople.close')} icon={<X size={20} />} onClick={close} />
          </div>
          {peers.length === 0 ? (
            <p className="follow-menu__nobody">{t('boardPeople.nobody')}</p>
          ) : (
            <ul className="follow-menu__list">
              {peers.map((peer) => (
                <li key={peer.clientId} className="follow-menu__person">
                  <Avatar name={peer.name} label={peer.name} color={peer.color} />
                  <span className="follow-menu__name" aria-hidden="true">
                    {peer.name}
                  </span>
                  {peer.clientId === following ? (
                    <Button variant="secondary" aria-label={t('boardPeople.stopLabel', { name: peer.name })} onClick={() => follow(null)}>
                      {t('boardPeople.stop')}
                    </Button>
                  ) : canFollow && peer.viewport ? (
                    <Button variant="secondary" icon={<Eye size={18} />} aria-label={t('boardPeople.followLabel', { name: peer.name })} onClick={() => follow(peer.clientId)}>
                      {t('boardPeople.follow')}
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
