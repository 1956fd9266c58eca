import type { ReactNode } from 'react';
import { EmptyPicture, type EmptyPictureKind } from './EmptyPicture';
import './EmptyState.css';

/**
 * What an empty screen shows: a picture and one sentence saying what to do next, with the action that
 * does it when there is one. `compact` for an empty part of a page (a panel, a list in a card).
 */
export function EmptyState({
  picture,
  children,
  action,
  compact = false,
}: {
  picture: EmptyPictureKind;
  children: ReactNode;
  action?: ReactNode;
  compact?: boolean;
}) {
  return (
    <div className={compact ? 'empty-state empty-state--compact' : 'empty-state'}>
      <EmptyPicture kind={picture} />
      <p className="empty-state__text">{children}</p>
      {action ? <div className="empty-state__action">{action}</div> : null}
    </div>
  );
}
