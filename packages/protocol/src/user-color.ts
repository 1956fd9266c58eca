/**
 * Each person's colour for carets, avatars and presence: derived from their id,
 * so every screen agrees without asking. All eight pass WCAG AA contrast (≥ 4.5:1)
 * behind white text.
 */
export const USER_COLORS = [
  '#1f6feb',
  '#b4235a',
  '#0f7a4a',
  '#8a4baf',
  '#b45309',
  '#0e7490',
  '#c2410c',
  '#4d5bb5',
] as const;

export function colorForUser(userId: string): string {
  // FNV-1a: tiny, stable across platforms.
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    hash ^= userId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return USER_COLORS[(hash >>> 0) % USER_COLORS.length]!;
}

/** The label shown on someone's caret and in presence lists: "Jānis (LV)". */
export function personLabel(displayName: string, country: string | null): string {
  return country ? `${displayName} (${country})` : displayName;
}
