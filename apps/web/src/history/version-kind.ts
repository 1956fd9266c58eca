import type { VersionKind } from '@kopa/protocol';

/** How each kind of version is called in the list (a chip), and what an unnamed one is called. */
export const VERSION_KIND_LABELS = {
  auto: 'history.kind.auto',
  named: 'history.kind.named',
  submitted: 'history.kind.submitted',
  published: 'history.kind.published',
  restored: 'history.kind.restored',
  before_restore: 'history.kind.beforeRestore',
} as const satisfies Record<VersionKind, string>;

export const VERSION_KIND_TITLES = {
  auto: 'history.untitled.auto',
  named: 'history.untitled.named',
  submitted: 'history.untitled.submitted',
  published: 'history.untitled.published',
  restored: 'history.untitled.restored',
  before_restore: 'history.untitled.beforeRestore',
} as const satisfies Record<VersionKind, string>;
