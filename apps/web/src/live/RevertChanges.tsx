import type { ItemType, RevertResult } from '@kopa/protocol';
import { Undo2 } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { SelectField } from '../ui/SelectField';
import { clockOffset } from './live-countdown';
import type { LiveContextValue } from './live-context';
import { LiveProblem } from './LiveProblem';
import { RadioChoices } from './RadioChoices';
import { revertWords } from './revert-result';
import { chosenSince, deviceTime, serverTime, sinceNow, sinceOptions } from './revert-since';
import { useLiveAction } from './use-live-action';
import type { JoinedSession } from './use-live-session';
import { useNow } from './use-now';
import './RevertChanges.css';

/** Something whose changes can be taken back. */
export interface RevertTarget {
  itemId: string;
  title: string;
  itemType: ItemType;
}

interface RevertChangesProps {
  live: LiveContextValue;
  session: JoinedSession;
  pupil: { userId: string; name: string };
  /** One item (a card of the overview), or those the pupil changed (the roster); the first is chosen to start with. */
  items: RevertTarget[];
  onClose(): void;
  id?: string;
}

type Step =
  | { kind: 'choose' }
  /** `since` is fixed when asked, so what is confirmed is what the question said. */
  | { kind: 'confirm'; item: RevertTarget; since: number }
  | { kind: 'done'; item: RevertTarget; result: RevertResult };

/**
 * Taking back one pupil's changes: where (when there is a choice) and since when
 * (the start of the lesson, or the last few minutes), asked once, then what it did.
 */
export function RevertChanges({ live, session, pupil, items, onClose, id }: RevertChangesProps) {
  const t = useT();
  const intl = useIntl();
  const { run, busy, problem } = useLiveAction();
  const [itemId, setItemId] = useState(items[0]?.itemId ?? '');
  const [sinceKey, setSinceKey] = useState('start');
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const askButton = useRef<HTMLButtonElement>(null);
  const answer = useRef<HTMLParagraphElement>(null);
  const backToAsk = useRef(false);
  const { state } = session;
  const offset = clockOffset(state.now, session.receivedAt);
  // The "last minutes" move on while the host chooses.
  const now = useNow(step.kind === 'choose', 15_000);
  const options = sinceOptions(state.startedAt, serverTime(now, offset));
  const since = chosenSince(options, sinceKey);
  const item = items.find((candidate) => candidate.itemId === itemId) ?? items[0];
  const clock = (at: number) => intl.formatTime(deviceTime(at, offset), { hour: 'numeric', minute: '2-digit' });
  const words = step.kind === 'done' ? revertWords(step.result, step.item.itemType) : null;

  // "Keep them" returns to the choices, with the keyboard on the button that asked; the answer takes
  // the keyboard (and is read out) when it comes.
  useEffect(() => {
    if (step.kind === 'choose' && backToAsk.current) askButton.current?.focus();
    if (step.kind === 'done') answer.current?.focus();
    backToAsk.current = false;
  }, [step]);

  if (!item) return null;

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const fresh = sinceNow(state.startedAt, sinceKey, offset);
    setStep({ kind: 'confirm', item, since: fresh.since });
  };
  const confirm = async (target: RevertTarget, from: number) => {
    const ack = await run(() => live.send('live:revert', { userId: pupil.userId, itemId: target.itemId, since: from }), 'live:revert');
    if (ack.ok) setStep({ kind: 'done', item: target, result: { removed: ack.removed, restored: ack.restored } });
  };
  const keep = () => {
    backToAsk.current = true;
    setStep({ kind: 'choose' });
  };
  // Escape closes the choices (a confirmation handles its own Escape first).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || step.kind === 'confirm') return;
    event.preventDefault();
    onClose();
  };

  return (
    <div className="revert-changes" id={id} role="group" aria-label={t('live.revert.takeBack', { name: pupil.name })} onKeyDown={onKeyDown}>
      {step.kind === 'choose' ? (
        <form className="revert-changes__form" onSubmit={ask}>
          {items.length > 1 ? (
            <SelectField label={t('live.revert.where')} value={item.itemId} onChange={(event) => setItemId(event.target.value)} autoFocus>
              {items.map((candidate) => (
                <option key={candidate.itemId} value={candidate.itemId}>
                  {candidate.title}
                </option>
              ))}
            </SelectField>
          ) : null}
          <RadioChoices
            label={t('live.revert.since')}
            value={since.key}
            onChange={setSinceKey}
            autoFocus={items.length <= 1}
            options={options.map((option) => ({
              value: option.key,
              label:
                option.minutes === null
                  ? t('live.revert.sinceStart', { time: clock(option.since) })
                  : t('live.revert.sinceMinutes', { minutes: option.minutes, time: clock(option.since) }),
            }))}
          />
          <div className="revert-changes__actions">
            <Button ref={askButton} type="submit" variant="secondary" icon={<Undo2 size={18} />}>
              {t('live.revert.go')}
            </Button>
            <Button variant="ghost" onClick={onClose}>
              {t('live.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      {step.kind === 'confirm' ? (
        <ConfirmPanel
          label={t('live.revert.confirmLabel')}
          tone="danger"
          busy={busy}
          confirmLabel={t('live.revert.confirm')}
          keepLabel={t('live.revert.keep')}
          onConfirm={() => void confirm(step.item, step.since)}
          onKeep={keep}
        >
          <p>{t('live.revert.question', { name: pupil.name, title: step.item.title, time: clock(step.since) })}</p>
        </ConfirmPanel>
      ) : null}
      {step.kind === 'done' && words ? (
        <>
          <p ref={answer} className="revert-changes__result" tabIndex={-1}>
            {t(words.id, { ...words.values, name: pupil.name, title: step.item.title })}
          </p>
          <Button variant="secondary" className="revert-changes__close" onClick={onClose}>
            {t('live.revert.close')}
          </Button>
        </>
      ) : null}
      <LiveProblem text={problem} />
    </div>
  );
}
