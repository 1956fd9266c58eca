import type { MessageId, MessageValues } from '@kopa/i18n';

type Translate = (id: MessageId, values?: MessageValues) => string;

const RESOLUTIONS: Record<string, MessageId> = {
  dismiss: 'moderation.resolution.dismiss',
  hide_comment: 'moderation.resolution.hideComment',
  delete_comment: 'moderation.resolution.deleteComment',
  unpublish_post: 'moderation.resolution.unpublishPost',
};

/** How a handled report was handled, in words; an unknown resolution as the server wrote it. */
export function resolutionMessage(resolution: string | null, t: Translate): string {
  if (resolution === null) return t('moderation.resolution.dismiss');
  const id = RESOLUTIONS[resolution];
  return id ? t(id) : resolution;
}
