import { Avatar } from './Avatar';

export interface Person {
  id: string;
  name: string;
  label: string;
  color: string;
}

/** Overlapping avatars of the people present, labelled as a list for screen readers. */
export function AvatarStack({ people, label, size = 'm' }: { people: Person[]; label: string; size?: 's' | 'm' }) {
  return (
    <ul className="avatar-stack" aria-label={label}>
      {people.map((person) => (
        <li key={person.id}>
          <Avatar name={person.name} label={person.label} color={person.color} size={size} />
        </li>
      ))}
    </ul>
  );
}
