import type { WebsocketProvider } from 'y-websocket';
import { useList, useT } from '../i18n/use-t';
import { AvatarStack } from '../ui/AvatarStack';
import { useRemotePeople } from './use-remote-people';

/**
 * The others writing in the same document, as avatars. Subscribed here, not in the page: the
 * page around it need not render again whenever someone's caret moves.
 */
export function Writers({ provider }: { provider: WebsocketProvider | null }) {
  const t = useT();
  const list = useList();
  const people = useRemotePeople(provider);
  if (people.length === 0) return null;
  return (
    <AvatarStack
      label={t('editor.writers', { names: list(people.map((person) => person.name)) })}
      people={people.map((person) => ({ id: String(person.clientId), name: person.name, label: person.name, color: person.color }))}
    />
  );
}
