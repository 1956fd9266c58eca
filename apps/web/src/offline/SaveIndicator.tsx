import type { SaveState } from '@kopa/sync-client';
import { CloudCheck, CloudOff, CloudUpload, HardDrive, LoaderCircle, Wifi, type LucideIcon } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t';
import { SAVE_STATUS_LABELS, SAVED_SETTLE_MS, saveStatus, SHORT_SAVE_STATUS_LABELS, waitsToSettle, type SaveStatus } from './save-status';
import './SaveIndicator.css';

const ICONS: Record<SaveStatus, LucideIcon> = {
  saved: CloudCheck,
  saving: CloudUpload,
  'offline-kept': HardDrive,
  offline: CloudOff,
  connecting: LoaderCircle,
  live: Wifi,
  'offline-reading': CloudOff,
};

/**
 * One calm indicator for every item page: whether the server has stored everything, and
 * while offline whether this device holds work not yet sent. An icon and words (never
 * colour alone), in a polite live region. "Saving…" lingers a moment after the server
 * confirms, so it does not flicker at every keystroke; "saved" is never said early.
 * `compact` (a board's header): fewer words on narrow screens, where the canvas needs the room.
 */
export function SaveIndicator({ state, canEdit, compact = false }: { state: SaveState; canEdit: boolean; compact?: boolean }) {
  const actual = saveStatus(state, canEdit);
  const [shown, setShown] = useState<SaveStatus>(actual);
  // Adjusted while rendering (React's pattern for state that follows a prop), so nothing shows stale for a frame.
  if (shown !== actual && !waitsToSettle(shown, actual)) setShown(actual);
  const settling = waitsToSettle(shown, actual);
  useEffect(() => {
    if (!settling) return;
    // Saved for a moment without a new change: now say so.
    const timer = setTimeout(() => setShown('saved'), SAVED_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [settling]);

  return <SaveStatusView status={shown} compact={compact} />;
}

/** What the indicator shows for a status that has settled (SaveIndicator, CopySaveIndicator). */
export function SaveStatusView({ status: shown, compact = false }: { status: SaveStatus; compact?: boolean }) {
  const t = useT();
  const Icon = ICONS[shown];
  return (
    <span className={`save-indicator save-indicator--${shown}${compact ? ' save-indicator--compact' : ''}`} role="status" aria-live="polite">
      <Icon className="save-indicator__icon" size={16} aria-hidden="true" />
      <span className="save-indicator__text">{t(SAVE_STATUS_LABELS[shown])}</span>
      {/* `compact`: on narrow screens these fewer words show instead (screen readers hear the full ones). */}
      {compact ? (
        <span className="save-indicator__short" aria-hidden="true">
          {t(SHORT_SAVE_STATUS_LABELS[shown])}
        </span>
      ) : null}
    </span>
  );
}
