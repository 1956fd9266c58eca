import type { LiveChatMessage } from '@kopa/protocol';
import { Trash } from 'lucide-react';
import { useMemo } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import { IconButton } from '../ui/IconButton';
import { CountryCode } from './CountryCode';
import type { LiveContextValue } from './live-context';
import { LiveChip } from './LiveChip';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';

interface ChatMessageProps {
  live: LiveContextValue;
  message: LiveChatMessage;
  canDelete: boolean;
  mine: boolean;
}

/** One message. Its text is shown as text: never as HTML, and links are not made clickable. */
export function ChatMessage({ live, message, canDelete, mine }: ChatMessageProps) {
  const t = useT();
  const { locale } = useLocale();
  const { run, busy, problem } = useLiveAction();
  const time = useMemo(() => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }), [locale]);
  return (
    <li className={`chat-message${mine ? ' chat-message--mine' : ''}`}>
      <div className="chat-message__head">
        <span className="chat-message__name">{mine ? t('live.roster.you', { name: message.displayName }) : message.displayName}</span>
        <CountryCode country={message.country} />
        {message.host ? <LiveChip tone="host">{t('live.roster.host')}</LiveChip> : null}
        <time className="chat-message__time" dateTime={new Date(message.at).toISOString()}>
          {time.format(message.at)}
        </time>
        {canDelete ? (
          <IconButton
            className="chat-message__delete"
            label={t('live.chat.delete', { name: message.displayName })}
            icon={<Trash size={16} />}
            disabled={busy}
            onClick={() => void run(() => live.send('live:chat-delete', { messageId: message.id }))}
          />
        ) : null}
      </div>
      <p className="chat-message__body">{message.body}</p>
      <LiveProblem text={problem} />
    </li>
  );
}
