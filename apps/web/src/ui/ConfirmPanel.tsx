import type { KeyboardEvent, ReactNode } from 'react';
import { Button } from './Button';
import './ConfirmPanel.css';

export interface ConfirmPanelProps {
  /** The accessible name of the question, e.g. "Delete". */
  label: string;
  /** The question, and what it means (kindly: what can still be undone). */
  children: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  /** `danger` for what is hard to undo; `warning` for what changes things for everyone but loses nothing. */
  tone: 'danger' | 'warning';
  busy: boolean;
  onConfirm(): void;
  onKeep(): void;
}

/**
 * Asks once, in place (no modal to lose focus in): the confirming button takes the
 * focus, Escape keeps things as they are.
 */
export function ConfirmPanel({ label, children, confirmLabel, keepLabel, tone, busy, onConfirm, onKeep }: ConfirmPanelProps) {
  const keepOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onKeep();
  };
  return (
    <div className={`confirm-panel confirm-panel--${tone}`} role="group" aria-label={label} onKeyDown={keepOnEscape}>
      {children}
      <div className="confirm-panel__actions">
        <Button variant={tone === 'danger' ? 'danger' : 'primary'} disabled={busy} onClick={onConfirm} autoFocus>
          {confirmLabel}
        </Button>
        <Button variant="ghost" onClick={onKeep}>
          {keepLabel}
        </Button>
      </div>
    </div>
  );
}
