import type { MessageId, MessageValues } from '@kopa/i18n';
import { personLabel, type AuditEntry } from '@kopa/protocol';

/** What one audit entry says in words: a message and its values, then the reason or note given, if any. */
export interface AuditSentence {
  id: MessageId;
  values: MessageValues;
  details: { id: MessageId; values: MessageValues }[];
}

const SENTENCES: Record<string, MessageId> = {
  'post.publish': 'moderation.audit.postPublish',
  'post.unpublish': 'moderation.audit.postUnpublish',
  'comment.hide': 'moderation.audit.commentHide',
  'comment.show': 'moderation.audit.commentShow',
  'comment.delete': 'moderation.audit.commentDelete',
  'report.dismiss': 'moderation.audit.reportDismiss',
  'item.lock': 'moderation.audit.itemLock',
  'item.unlock': 'moderation.audit.itemUnlock',
  'live.start': 'moderation.audit.liveStart',
  'live.end': 'moderation.audit.liveEnd',
  'live.cohost': 'moderation.audit.liveCohost',
  'live.lock': 'moderation.audit.liveLock',
  'live.unlock': 'moderation.audit.liveUnlock',
  'live.mute': 'moderation.audit.liveMute',
  'live.unmute': 'moderation.audit.liveUnmute',
  'live.chat.delete': 'moderation.audit.liveChatDelete',
  'live.slow_mode': 'moderation.audit.liveSlowMode',
  'live.revert': 'moderation.audit.liveRevert',
  'practice.create': 'moderation.audit.practiceCreate',
  'practice.update': 'moderation.audit.practiceUpdate',
  'practice.delete': 'moderation.audit.practiceDelete',
  'practice.publish': 'moderation.audit.practicePublish',
  'practice.unpublish': 'moderation.audit.practiceUnpublish',
  'glossary.approve': 'moderation.audit.glossaryApprove',
  'glossary.update': 'moderation.audit.glossaryUpdate',
  'glossary.delete': 'moderation.audit.glossaryDelete',
  'post.translation.delete': 'moderation.audit.translationDelete',
};

/** Locks of one pupil name them. */
const ABOUT_A_PUPIL: Record<string, MessageId> = {
  'live.lock': 'moderation.audit.liveLockPupil',
  'live.unlock': 'moderation.audit.liveUnlockPupil',
};

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * "Carmen (ES) hid a comment by Jānis (LV)". `someone` names an actor or subject who is
 * no longer known; an action this app does not know yet is still shown, by its code.
 */
export function auditSentence(entry: AuditEntry, someone: string): AuditSentence {
  const name = (credit: AuditEntry['actor']) => (credit ? personLabel(credit.displayName, credit.country) : someone);
  const values: MessageValues = {
    actor: name(entry.actor),
    subject: name(entry.subject),
    title: text(entry.detail.title),
    action: entry.action,
    // Live lessons: the lesson's title, the item, slow mode's seconds.
    session: text(entry.detail.session),
    item: text(entry.detail.item),
    // The glossary: the word, in the first language it was written in.
    term: text(entry.detail.term),
    seconds: typeof entry.detail.seconds === 'number' ? entry.detail.seconds : 0,
  };
  const reason = text(entry.detail.reason);
  const note = text(entry.detail.note);
  const details: AuditSentence['details'] = [];
  if (reason) details.push({ id: 'moderation.audit.reason', values: { reason } });
  if (note) details.push({ id: 'moderation.audit.note', values: { note } });
  if (entry.action === 'post.publish' && entry.detail.update === true) return { id: 'moderation.audit.postPublishUpdate', values, details };
  const aboutAPupil = entry.subject ? ABOUT_A_PUPIL[entry.action] : undefined;
  if (aboutAPupil) return { id: aboutAPupil, values, details };
  return { id: SENTENCES[entry.action] ?? 'moderation.audit.other', values, details };
}
