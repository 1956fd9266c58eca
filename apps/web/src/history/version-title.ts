import type { MessageId } from '@kopa/i18n';
import type { VersionSummary } from '@kopa/protocol';
import { VERSION_KIND_TITLES } from './version-kind';

/** The longest version name the server takes (versionNameBodySchema). */
export const VERSION_NAME_MAX_LENGTH = 80;

/** A version's name, or what its kind calls an unnamed one ("Saved automatically"). */
export function versionTitle(version: Pick<VersionSummary, 'name' | 'kind'>, t: (id: MessageId) => string): string {
  return version.name.trim() || t(VERSION_KIND_TITLES[version.kind]);
}
