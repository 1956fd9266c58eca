import type { PostStatus } from '@kopa/protocol';
import { CircleCheck, Globe, MessageSquareWarning, PencilLine, Send } from 'lucide-react';
import { useT } from '../i18n/use-t';
import './StatusChip.css';

const LOOKS = {
  draft: { icon: PencilLine, label: 'postEdit.status.draft' },
  submitted: { icon: Send, label: 'postEdit.status.submitted' },
  changes_requested: { icon: MessageSquareWarning, label: 'postEdit.status.changes_requested' },
  approved: { icon: CircleCheck, label: 'postEdit.status.approved' },
  published: { icon: Globe, label: 'postEdit.status.published' },
} as const;

/** The words for a status, for labels that name it (e.g. a link's). */
export const statusLabelId = (status: PostStatus) => LOOKS[status].label;

/**
 * Where the post stands, in words and with an icon: the colour only adds to them.
 * `compact` is the small version for lists.
 */
export function StatusChip({ status, compact = false }: { status: PostStatus; compact?: boolean }) {
  const t = useT();
  const { icon: Icon, label } = LOOKS[status];
  return (
    <span className={`status-chip status-chip--${status}${compact ? ' status-chip--compact' : ''}`}>
      <Icon size={compact ? 14 : 18} aria-hidden="true" />
      <span className="visually-hidden">{t('postEdit.status.label')} </span>
      {t(label)}
    </span>
  );
}
