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

/** Where the post stands, in words and with an icon: the colour only adds to them. */
export function StatusChip({ status }: { status: PostStatus }) {
  const t = useT();
  const { icon: Icon, label } = LOOKS[status];
  return (
    <span className={`status-chip status-chip--${status}`}>
      <Icon size={18} aria-hidden="true" />
      <span className="visually-hidden">{t('postEdit.status.label')} </span>
      {t(label)}
    </span>
  );
}
