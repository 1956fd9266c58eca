import { Pause, Play, Square, Volume2 } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import { languageName } from '../partnerships/places';
import { Button } from '../ui/Button';
import { IconButton } from '../ui/IconButton';
import type { ReadingPiece } from './reading-runs';
import { useReadAloud } from './use-read-aloud';
import { useVoices } from './use-voices';
import { voiceFor } from './voice-choice';
import './ReadAloudButton.css';

export interface ReadAloudButtonProps {
  /** The text's own language: reading is offered when the device has a voice for it. */
  language: string;
  /** What to read, asked when the reading starts (the text as it is at that moment). */
  source(): ReadingPiece[];
  /** Icon buttons only, for a toolbar (their names are spoken and shown as tooltips). */
  compact?: boolean;
  /** The play button's name when it is not "Read aloud" (e.g. "Read this note aloud"). */
  label?: string;
}

/**
 * Read aloud, by the device's own voices (`speechSynthesis`): Play, then Pause / Go on and Stop.
 * Each paragraph and each passage marked with another language is read in its language. Where the
 * device has no voice for the text's language, the button is off and a sentence says why; the compact
 * form for toolbars is not shown at all then (the page's own Read aloud button explains).
 */
export function ReadAloudButton({ language, source, compact = false, label }: ReadAloudButtonProps) {
  const t = useT();
  const { locale } = useLocale();
  const voices = useVoices();
  const readAloud = useReadAloud(voices.status === 'ready' ? voices.voices : []);
  const { state } = readAloud;
  const [empty, setEmpty] = useState(false);
  const noteId = useId();
  const mainRef = useRef<HTMLButtonElement>(null);
  const stopFocused = useRef(false);

  // The Stop button goes when the reading ends: the keyboard stays on the main button.
  useEffect(() => {
    if (state === 'idle' && stopFocused.current) {
      stopFocused.current = false;
      mainRef.current?.focus();
    }
  }, [state]);

  const hasVoice = voices.status === 'ready' && voiceFor(voices.voices, language) !== null;
  const note =
    voices.status === 'unsupported' ? t('readAloud.unsupported')
    : voices.status === 'ready' && !hasVoice ? t('readAloud.noVoice', { language: languageName(locale, language) })
    : empty && state === 'idle' ? t('readAloud.empty')
    : null;

  // A toolbar (a board's selection bar, a note) has no room for a tool that cannot work here: it stays away.
  if (compact && !hasVoice && state === 'idle') return null;

  const main = () => {
    if (state === 'reading') return readAloud.pause();
    if (state === 'paused') return readAloud.resume();
    const pieces = source();
    setEmpty(pieces.length === 0);
    if (pieces.length > 0) readAloud.play(pieces);
  };
  const mainLabel = state === 'reading' ? t('readAloud.pause') : state === 'paused' ? t('readAloud.resume') : (label ?? t('readAloud.play'));
  const mainIcon = state === 'reading' ? <Pause size={compact ? 20 : 18} /> : state === 'paused' ? <Play size={compact ? 20 : 18} /> : <Volume2 size={compact ? 20 : 18} />;
  const common = {
    ref: mainRef,
    disabled: state === 'idle' && !hasVoice,
    'aria-describedby': note ? noteId : undefined,
    onClick: main,
  };
  const stopCommon = {
    onClick: () => {
      readAloud.stop();
      mainRef.current?.focus();
    },
    onFocus: () => (stopFocused.current = true),
    onBlur: () => (stopFocused.current = false),
  };

  return (
    <div className={['read-aloud', compact ? 'read-aloud--compact' : ''].filter(Boolean).join(' ')} role="group" aria-label={t('readAloud.group')}>
      {compact ? (
        <IconButton {...common} label={mainLabel} icon={mainIcon} />
      ) : (
        <Button {...common} variant={state === 'idle' ? 'secondary' : 'primary'} icon={mainIcon}>
          {mainLabel}
        </Button>
      )}
      {state === 'idle' ? null : compact ? (
        <IconButton {...stopCommon} label={t('readAloud.stop')} icon={<Square size={20} />} />
      ) : (
        <Button {...stopCommon} variant="secondary" icon={<Square size={18} />}>
          {t('readAloud.stop')}
        </Button>
      )}
      <span className="visually-hidden" role="status">
        {state === 'reading' ? t('readAloud.status.reading') : state === 'paused' ? t('readAloud.status.paused') : ''}
      </span>
      {note ? (
        <span className="read-aloud__note" id={noteId}>
          {note}
        </span>
      ) : null}
    </div>
  );
}
