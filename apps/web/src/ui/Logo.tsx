import './Logo.css';

/** Three overlapping circles: schools coming together. The word is the app's name. */
export function Logo({ name }: { name: string }) {
  return (
    <span className="logo">
      <svg className="logo__mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <rect width="64" height="64" rx="16" fill="var(--color-primary)" />
        <circle cx="25" cy="27" r="12" fill="#ffffff" opacity=".95" />
        <circle cx="39" cy="27" r="12" fill="var(--color-sun)" opacity=".9" />
        <circle cx="32" cy="39" r="12" fill="var(--color-coral)" opacity=".85" />
      </svg>
      <span className="logo__word">{name}</span>
    </span>
  );
}
