import type { ReactElement } from 'react';

export type EmptyPictureKind = 'together' | 'pages' | 'calendar' | 'people' | 'search' | 'calm' | 'ideas' | 'words';

// Small drawings in the design's own colours: friendly, not stock art, and a few hundred bytes each.
const BACK = <rect x="10" y="14" width="140" height="86" rx="18" fill="var(--color-surface)" stroke="var(--color-border)" strokeWidth="3" />;

const PICTURES: Readonly<Record<EmptyPictureKind, ReactElement>> = {
  // Two speech bubbles, one word in two languages (the glossary).
  words: (
    <>
      <rect x="18" y="16" width="78" height="48" rx="14" fill="var(--color-primary-soft)" stroke="var(--color-primary)" strokeWidth="3" />
      <path d="M38 64l-4 16 18-16z" fill="var(--color-primary)" />
      <path d="M34 34h46M34 46h28" stroke="var(--color-primary)" strokeWidth="5" strokeLinecap="round" />
      <rect x="64" y="44" width="78" height="48" rx="14" fill="var(--color-sun-soft)" stroke="var(--color-sun)" strokeWidth="3" />
      <path d="M122 92l4 14-18-14z" fill="var(--color-sun)" />
      <path d="M80 62h46M80 74h28" stroke="var(--color-coral)" strokeWidth="5" strokeLinecap="round" />
    </>
  ),
  together: (
    <>
      {BACK}
      <circle cx="58" cy="57" r="16" fill="var(--color-primary)" opacity=".85" />
      <circle cx="80" cy="57" r="16" fill="var(--color-sun)" opacity=".85" />
      <circle cx="102" cy="57" r="16" fill="var(--color-coral)" opacity=".85" />
    </>
  ),
  pages: (
    <>
      <rect x="46" y="22" width="60" height="76" rx="8" fill="var(--color-sun-soft)" stroke="var(--color-border)" strokeWidth="3" transform="rotate(-8 76 60)" />
      <rect x="54" y="18" width="60" height="76" rx="8" fill="var(--color-surface)" stroke="var(--color-border-strong)" strokeWidth="3" />
      <path d="M66 38h36M66 50h36M66 62h24" stroke="var(--color-primary)" strokeWidth="5" strokeLinecap="round" opacity=".8" />
      <circle cx="112" cy="88" r="13" fill="var(--color-coral)" />
      <path d="M112 82v12M106 88h12" stroke="#fff" strokeWidth="4" strokeLinecap="round" />
    </>
  ),
  calendar: (
    <>
      {BACK}
      <rect x="10" y="14" width="140" height="22" rx="18" fill="var(--color-primary)" opacity=".85" />
      <circle cx="48" cy="60" r="7" fill="var(--color-border)" />
      <circle cx="80" cy="60" r="7" fill="var(--color-border)" />
      <circle cx="112" cy="60" r="7" fill="var(--color-sun)" />
      <circle cx="48" cy="84" r="7" fill="var(--color-border)" />
      <circle cx="80" cy="84" r="7" fill="var(--color-coral)" />
    </>
  ),
  people: (
    <>
      {BACK}
      <circle cx="56" cy="50" r="12" fill="var(--color-primary)" opacity=".85" />
      <path d="M34 92c2-16 12-24 22-24s20 8 22 24z" fill="var(--color-primary)" opacity=".85" />
      <circle cx="104" cy="50" r="12" fill="var(--color-coral)" />
      <path d="M82 92c2-16 12-24 22-24s20 8 22 24z" fill="var(--color-coral)" />
    </>
  ),
  search: (
    <>
      {BACK}
      <circle cx="72" cy="54" r="22" fill="var(--color-primary-soft)" stroke="var(--color-primary)" strokeWidth="6" />
      <path d="M88 70l20 20" stroke="var(--color-primary)" strokeWidth="9" strokeLinecap="round" />
    </>
  ),
  calm: (
    <>
      {BACK}
      <circle cx="80" cy="57" r="26" fill="var(--color-success-soft)" stroke="var(--color-success)" strokeWidth="5" />
      <path d="M68 58l8 8 16-18" fill="none" stroke="var(--color-success)" strokeWidth="6" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  ideas: (
    <>
      {BACK}
      <circle cx="80" cy="50" r="20" fill="var(--color-sun)" />
      <rect x="71" y="70" width="18" height="14" rx="4" fill="var(--color-border-strong)" />
      <path d="M80 20v-2M52 50h-4M112 50h-4M60 30l-3-3M100 30l3-3" stroke="var(--color-sun)" strokeWidth="4" strokeLinecap="round" />
    </>
  ),
};

/** The drawing above an empty screen's sentence; decorative, so hidden from screen readers. */
export function EmptyPicture({ kind }: { kind: EmptyPictureKind }) {
  return (
    <svg viewBox="0 0 160 110" aria-hidden="true" focusable="false" className="empty-state__picture">
      {PICTURES[kind]}
    </svg>
  );
}
