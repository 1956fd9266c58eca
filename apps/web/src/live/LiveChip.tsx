import type { ReactNode } from 'react';
import './LiveChip.css';

/** A small label beside a name: host, hand up, muted, editing paused. */
export function LiveChip({ tone = 'plain', icon, children }: { tone?: 'plain' | 'host' | 'hand' | 'muted' | 'locked'; icon?: ReactNode; children: ReactNode }) {
  return (
    <span className={`live-chip live-chip--${tone}`}>
      {icon ? <span className="live-chip__icon" aria-hidden="true">{icon}</span> : null}
      {children}
    </span>
  );
}
