import type { LiveSessionState } from '@kopa/protocol';
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import { SelectField } from '../ui/SelectField';
import { CheckboxField } from './CheckboxField';
import type { LiveContextValue } from './live-context';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';

const SLOW_MODES = [0, 10, 30, 60] as const;

/** The chat's rules: slow mode for pupils, and whether the chat goes into the lesson's summary. */
export function ChatSettings({ live, state }: { live: LiveContextValue; state: LiveSessionState }) {
  const t = useT();
  const headingId = useId();
  const { run, busy, problem } = useLiveAction();
  const { slowModeSeconds, keepTranscript } = state.chat;
  // A value set elsewhere (another client) is shown as it is.
  const modes = SLOW_MODES.includes(slowModeSeconds as (typeof SLOW_MODES)[number]) ? SLOW_MODES : [...SLOW_MODES, slowModeSeconds].sort((a, b) => a - b);
  return (
    <section className="live-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="live-section__title">
        {t('live.chatSettings.title')}
      </h3>
      <SelectField
        label={t('live.chatSettings.slowMode')}
        hint={t('live.chatSettings.slowModeHint')}
        value={String(slowModeSeconds)}
        disabled={busy}
        onChange={(event) => void run(() => live.send('live:chat-settings', { slowModeSeconds: Number(event.target.value) }))}
      >
        {modes.map((seconds) => (
          <option key={seconds} value={seconds}>
            {seconds === 0 ? t('live.chatSettings.off') : t('live.chatSettings.seconds', { seconds })}
          </option>
        ))}
      </SelectField>
      <CheckboxField
        checked={keepTranscript}
        disabled={busy}
        onChange={(keep) => void run(() => live.send('live:chat-settings', { keepTranscript: keep }))}
        hint={t('live.chatSettings.transcriptHint')}
      >
        {t('live.chatSettings.transcript')}
      </CheckboxField>
      <LiveProblem text={problem} />
    </section>
  );
}
