import type { SpaceKind } from '@kopa/protocol';
import { Flag, Plane, Users } from 'lucide-react';
import { useT } from '../i18n/use-t';
import './SpaceKindBadge.css';

const KIND_ICONS = { partnership: Flag, team: Users, mobility: Plane };

/** Whose space it is at a glance: the whole partnership, a team, a visit's diary. */
export function SpaceKindBadge({ kind }: { kind: SpaceKind }) {
  const t = useT();
  const KindIcon = KIND_ICONS[kind];
  return (
    <span className={`space-kind space-kind--${kind}`}>
      <KindIcon size={16} aria-hidden="true" />
      {t(`space.kind.${kind}`)}
    </span>
  );
}
