import type { MessageId } from '@kopa/i18n';
import { LIVE_LIMITS } from '@kopa/protocol';
import { Plus, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { IconButton } from '../ui/IconButton';
import { TextField } from '../ui/TextField';
import { CheckboxField } from './CheckboxField';
import type { LiveContextValue } from './live-context';
import { newClientId } from './live-emit';
import { pollAnswers, pollDraftProblem, type PollDraftProblem } from './live-polls';
import { LiveProblem } from './LiveProblem';
import { useLiveAction } from './use-live-action';

const PROBLEMS: Record<PollDraftProblem, MessageId> = {
  questionMissing: 'live.pollForm.questionMissing',
  questionTooLong: 'live.pollForm.questionTooLong',
  tooFewAnswers: 'live.pollForm.tooFewAnswers',
  tooManyAnswers: 'live.pollForm.tooManyAnswers',
  answerTooLong: 'live.pollForm.answerTooLong',
  sameAnswers: 'live.pollForm.sameAnswers',
};

/** A host's quick poll: a question, two to eight answers, one or several choices, with or without names. */
export function PollForm({ live, onDone }: { live: LiveContextValue; onDone(): void }) {
  const t = useT();
  const [question, setQuestion] = useState('');
  const [answers, setAnswers] = useState<string[]>(['', '']);
  const [multiple, setMultiple] = useState(false);
  const [anonymous, setAnonymous] = useState(true);
  const [draftProblem, setDraftProblem] = useState<PollDraftProblem | null>(null);
  // One id per poll being written: sending it again after a lost answer does not ask twice.
  const [clientId] = useState(newClientId);
  const { run, busy, problem } = useLiveAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = pollDraftProblem(question, answers);
    setDraftProblem(found);
    if (found) return;
    const created = await run(() =>
      live.send('live:poll-create', { clientId, question: question.trim(), options: pollAnswers(answers), multiple, anonymous }),
    );
    if (created.ok) onDone();
  };
  const setAnswer = (index: number, value: string) => setAnswers((list) => list.map((answer, at) => (at === index ? value : answer)));
  const values = { max: LIVE_LIMITS.pollOptionsMax, min: LIVE_LIMITS.pollOptionsMin, length: LIVE_LIMITS.pollOptionMaxLength, questionLength: LIVE_LIMITS.pollQuestionMaxLength };

  return (
    <form className="poll-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('live.pollForm.question')}
        value={question}
        maxLength={LIVE_LIMITS.pollQuestionMaxLength}
        onChange={(event) => setQuestion(event.target.value)}
        error={draftProblem === 'questionMissing' || draftProblem === 'questionTooLong' ? t(PROBLEMS[draftProblem], values) : null}
        autoFocus
      />
      <fieldset className="poll-form__answers">
        <legend className="poll-form__legend">{t('live.pollForm.answers')}</legend>
        {answers.map((answer, index) => (
          <div key={index} className="poll-form__answer">
            <TextField
              label={t('live.pollForm.answer', { number: index + 1 })}
              value={answer}
              maxLength={LIVE_LIMITS.pollOptionMaxLength}
              onChange={(event) => setAnswer(index, event.target.value)}
            />
            {answers.length > LIVE_LIMITS.pollOptionsMin ? (
              <IconButton
                className="poll-form__remove"
                label={t('live.pollForm.remove', { number: index + 1 })}
                icon={<X size={18} />}
                onClick={() => setAnswers((list) => list.filter((_, at) => at !== index))}
              />
            ) : null}
          </div>
        ))}
        {answers.length < LIVE_LIMITS.pollOptionsMax ? (
          <Button variant="ghost" icon={<Plus size={18} />} onClick={() => setAnswers((list) => [...list, ''])}>
            {t('live.pollForm.add')}
          </Button>
        ) : null}
      </fieldset>
      <CheckboxField checked={multiple} onChange={setMultiple}>
        {t('live.pollForm.multiple')}
      </CheckboxField>
      <CheckboxField checked={anonymous} onChange={setAnonymous} hint={t('live.pollForm.anonymousHint')}>
        {t('live.pollForm.anonymous')}
      </CheckboxField>
      <LiveProblem
        text={draftProblem && draftProblem !== 'questionMissing' && draftProblem !== 'questionTooLong' ? t(PROBLEMS[draftProblem], values) : problem}
      />
      <div className="live-section__actions">
        <Button type="submit" disabled={busy}>
          {t('live.pollForm.ask')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('live.cancel')}
        </Button>
      </div>
    </form>
  );
}
