import { isStaffRole, LIVE_LIMITS } from '@kopa/protocol';
import { Send } from 'lucide-react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { chatDraftProblem, slowModeWait } from './live-chat';
import type { LiveContextValue } from './live-context';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';
import { useNow } from './use-now';
import type { JoinedSession } from './use-live-session';

/** Writing in the chat: Enter sends, Shift+Enter starts a new line; says when one is muted or must wait. */
export function ChatComposer({ live, session }: { live: LiveContextValue; session: JoinedSession }) {
  const t = useT();
  const id = useId();
  const [body, setBody] = useState('');
  const [draftProblem, setDraftProblem] = useState<string | null>(null);
  const { run, busy, problem } = useLiveAction();
  const { state, lastSentAt } = session;
  const me = live.me;
  const slow = state.chat.slowModeSeconds;
  const waiting = slow > 0 && lastSentAt !== null && !isStaffRole(me.role);
  const now = useNow(waiting, 1000);
  const wait = slowModeWait(slow, me.role, lastSentAt, now);
  const muted = state.participants.find((person) => person.userId === me.id)?.muted ?? false;

  if (me.role === 'guest') return <p className="live-chat__note">{t('live.chat.guest')}</p>;
  if (muted) {
    return (
      <p className="live-chat__note live-chat__note--muted" role="status">
        {t('live.chat.youAreMuted')}
      </p>
    );
  }

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    const found = chatDraftProblem(body);
    if (found) return setDraftProblem(t(found === 'empty' ? 'live.chat.draftEmpty' : 'live.chat.tooLong', { max: LIVE_LIMITS.chatMaxLength }));
    setDraftProblem(null);
    const text = body.trim();
    if ((await run(() => live.sendChat(text))).ok) setBody('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (!busy && wait === 0) void send();
  };

  return (
    <form className="live-chat__composer" onSubmit={(event) => void send(event)} noValidate>
      <label htmlFor={id} className="visually-hidden">
        {t('live.chat.write')}
      </label>
      <div className="live-chat__row">
        <textarea
          id={id}
          className="field__input live-chat__input"
          rows={2}
          value={body}
          maxLength={LIVE_LIMITS.chatMaxLength}
          placeholder={t('live.chat.placeholder')}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button type="submit" icon={<Send size={18} />} disabled={busy || wait > 0} className="live-chat__send">
          {t('live.chat.send')}
        </Button>
      </div>
      <p id={`${id}-hint`} className="live-chat__hint">
        {wait > 0 ? t('live.chat.wait', { seconds: wait }) : slow > 0 && !isStaffRole(me.role) ? t('live.chat.slowMode', { seconds: slow }) : t('live.chat.enterHint')}
      </p>
      <LiveProblem text={draftProblem ?? problem} />
    </form>
  );
}
