import type { MessageId, MessageValues } from '@kopa/i18n';
import type { Mobility, PostPhase } from '@kopa/protocol';

type Translate = (id: MessageId, values?: MessageValues) => string;

/** "Before the visit to Gijón", "During …", "After …", "About …"; "Other posts" for no visit. */
export function phaseHeading(mobility: Mobility | null, phase: PostPhase | null, t: Translate): string {
  if (!mobility) return t('blog.section.other');
  return t(phase ? `blog.phase.${phase}` : 'blog.phase.any', { city: mobility.city });
}
