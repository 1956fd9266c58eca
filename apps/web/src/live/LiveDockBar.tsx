import { ChevronUp, Hand, MessageCircle, PanelRightOpen } from 'lucide-react';
import type { Ref } from 'react';
import { useT } from '../i18n/use-t';
import { clockOffset } from './live-countdown';
import type { LiveContextValue } from './live-context';
import { myPlace } from './live-hands';
import { LiveTimer } from './LiveTimer';
import type { JoinedSession } from './use-live-session';

interface LiveDockBarProps {
  live: LiveContextValue;
  session: JoinedSession;
  unread: number;
  onOpen(): void;
  buttonRef: Ref<HTMLButtonElement>;
}

/**
 * The folded panel: the lesson's name, hands and unread chat, the timer, and at
 * the far end the chevron; the whole bar opens the panel (its button reaches
 * over it), the timer staying a timer for screen readers.
 */
export function LiveDockBar({ live, session, unread, onOpen, buttonRef }: LiveDockBarProps) {
  const t = useT();
  const { state } = session;
  const place = myPlace(state.hands, live.me.id);
  const hands = state.hands.length;
  const title = state.title || state.spaceName;
  return (
    <div className="live-dock__bar">
      <button ref={buttonRef} type="button" className="live-dock__open" onClick={onOpen} aria-expanded={false}>
        <span className="live-dock__pulse" aria-hidden="true" />
        <span className="live-dock__bar-text">
          <span className="visually-hidden">{t('live.panel.kind')}: </span>
          <span className="live-dock__bar-title">{title}</span>
        </span>
        {state.youHost && hands > 0 ? (
          <span className="live-dock__count live-dock__count--hand">
            <Hand size={16} aria-hidden="true" />
            <span aria-hidden="true">{hands}</span>
            <span className="visually-hidden">{t('live.hands.count', { count: hands })}</span>
          </span>
        ) : null}
        {!state.youHost && place !== null ? (
          <span className="live-dock__count live-dock__count--hand">
            <Hand size={16} aria-hidden="true" />
            <span className="visually-hidden">{t('live.hand.yours', { place })}</span>
          </span>
        ) : null}
        {unread > 0 ? (
          <span className="live-dock__count">
            <MessageCircle size={16} aria-hidden="true" />
            <span aria-hidden="true">{unread}</span>
            <span className="visually-hidden">{t('live.chat.unread', { count: unread })}</span>
          </span>
        ) : null}
        <span className="visually-hidden">{t('live.panel.open')}</span>
      </button>
      {state.timer ? <LiveTimer timer={state.timer} offset={clockOffset(state.now, session.receivedAt)} compact /> : null}
      <span className="live-dock__chevron" aria-hidden="true">
        <span className="live-dock__icon-phone">
          <ChevronUp size={20} />
        </span>
        <span className="live-dock__icon-wide">
          <PanelRightOpen size={20} />
        </span>
      </span>
    </div>
  );
}
