import type { LiveParticipant } from '@kopa/protocol';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { Spinner } from '../ui/Spinner';
import type { LiveContextValue } from './live-context';
import { liveErrorMessage } from './live-errors';
import { itemsChangedBy } from './live-supervision';
import { LiveProblem } from './LiveProblem';
import { RevertChanges } from './RevertChanges';
import { useLiveOverview } from './use-live-overview';
import type { JoinedSession } from './use-live-session';

interface RosterRevertProps {
  live: LiveContextValue;
  session: JoinedSession;
  person: LiveParticipant;
  onClose(): void;
  id: string;
}

/** From the roster: taking back one pupil's changes to one of the items they changed in this lesson (the latest first). */
export function RosterRevert({ live, session, person, onClose, id }: RosterRevertProps) {
  const t = useT();
  const { items, problem } = useLiveOverview(live.send, session.state.id, session.receivedAt);
  const name = person.displayName;
  if (items === null) {
    return (
      <div className="revert-changes" id={id}>
        {problem ? <LiveProblem text={t(liveErrorMessage(problem, 'live:overview'))} /> : <Spinner label={t('live.overview.loading')} />}
      </div>
    );
  }
  const changed = itemsChangedBy(items, person.userId);
  if (changed.length === 0) {
    return (
      <div className="revert-changes" id={id}>
        <p className="revert-changes__note">{t('live.revert.nothingChanged', { name })}</p>
        <Button variant="secondary" className="revert-changes__close" onClick={onClose}>
          {t('live.revert.close')}
        </Button>
      </div>
    );
  }
  return (
    <RevertChanges
      id={id}
      live={live}
      session={session}
      pupil={{ userId: person.userId, name }}
      items={changed.map((item) => ({ itemId: item.itemId, title: item.title, itemType: item.itemType }))}
      onClose={onClose}
    />
  );
}
