import './Avatar.css';

export interface AvatarProps {
  name: string;
  color: string;
  /** The full accessible label, e.g. "Lucía (ES)". */
  label: string;
  size?: 's' | 'm';
}

/** A person's initial on their colour: the same colour as their caret in documents. */
export function Avatar({ name, color, label, size = 'm' }: AvatarProps) {
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? '?';
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: color }} title={label} role="img" aria-label={label}>
      {initial}
    </span>
  );
}
