import { colorForUser, personLabel } from '@kopa/protocol';
import { useT } from '../i18n/use-t';
import { useSpacePresence } from '../live/use-space-presence';
import { AvatarStack } from '../ui/AvatarStack';
import './SpacePresence.css';

/** Who is in the space right now; being shown here also tells the others we are here. */
export function SpacePresence({ spaceId }: { spaceId: string }) {
  const t = useT();
  const present = useSpacePresence(spaceId);
  return (
    <div className="space-presence">
      {present.length > 0 ? (
        <>
          <span className="space-presence__here">{t('space.hereNow')}</span>
          <AvatarStack
            size="s"
            label={t('space.hereNow')}
            people={present.map((member) => ({
              id: member.userId,
              name: member.displayName,
              label: personLabel(member.displayName, member.country),
              color: colorForUser(member.userId),
            }))}
          />
        </>
      ) : null}
    </div>
  );
}
