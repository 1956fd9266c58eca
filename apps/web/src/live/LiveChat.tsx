import { useEffect, useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import { ChatComposer } from './ChatComposer';
import { ChatMessage } from './ChatMessage';
import type { LiveContextValue } from './live-context';
import type { JoinedSession } from './use-live-session';
import './LiveChat.css';

/** The lesson's chat: plain text, newest at the bottom, read out as it comes (a log); hosts delete. */
export function LiveChat({ live, session }: { live: LiveContextValue; session: JoinedSession }) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  /** Whether the reader is at the bottom: only then does a new message scroll the list. */
  const atBottom = useRef(true);
  const { chat, state } = session;

  useLayoutEffect(() => {
    const element = list.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [chat.length]);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const onScroll = () => {
      atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, []);

  return (
    <div className="live-chat">
      {chat.length === 0 ? <p className="live-section__empty">{t('live.chat.none')}</p> : null}
      <ol ref={list} className="live-chat__list" role="log" aria-label={t('live.chat.label')}>
        {chat.map((message) => (
          <ChatMessage key={message.id} live={live} message={message} canDelete={state.youHost} mine={message.userId === live.me.id} />
        ))}
      </ol>
      <ChatComposer live={live} session={session} />
    </div>
  );
}
