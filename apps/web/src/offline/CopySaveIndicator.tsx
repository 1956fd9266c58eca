import type { LocalCopy } from './local-copy';
import { SaveStatusView } from './SaveIndicator';
import { useShownSaveStatus } from './use-shown-save-status';

/**
 * The save indicator of an item's local copy (SaveIndicator's words and behaviour), following the
 * copy by itself: the page around it does not render again when the save state changes, and the
 * indicator only when what it shows changes (not at every keystroke).
 */
export function CopySaveIndicator({ copy, canEdit, compact }: { copy: LocalCopy | null; canEdit: boolean; compact?: boolean }) {
  return <SaveStatusView status={useShownSaveStatus(copy, canEdit)} compact={compact} />;
}
