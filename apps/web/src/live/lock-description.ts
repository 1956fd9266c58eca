import type { MessageId, MessageValues } from '@kopa/i18n';
import type { LiveLock, LiveParticipant } from '@kopa/protocol';

type Translate = (id: MessageId, values?: MessageValues) => string;

export interface LockNames {
  teams: ReadonlyMap<string, string>;
  participants: readonly LiveParticipant[];
  items: ReadonlyMap<string, string>;
  spaceName: string;
}

/** Whom a lock holds back, in words: "Everyone", "Team Otters", "Lena". */
export function lockWho(lock: LiveLock, names: LockNames, t: Translate): string {
  if (lock.scope === 'everyone') return t('live.locks.listEveryone');
  if (lock.scope === 'team') return t('live.locks.team', { name: (lock.targetId && names.teams.get(lock.targetId)) || t('live.locks.someTeam') });
  return names.participants.find((person) => person.userId === lock.targetId)?.displayName ?? t('live.locks.somePupil');
}

/** Where a lock holds them back: "all of Harbour", "“Map of our towns”". */
export function lockWhere(lock: LiveLock, names: LockNames, t: Translate): string {
  if (lock.itemId === null) return t('live.locks.wholeSpace', { space: names.spaceName });
  const title = names.items.get(lock.itemId);
  return title ? t('live.locks.item', { title }) : t('live.locks.someItem');
}
