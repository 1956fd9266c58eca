import type { AuditEntry } from '@kopa/protocol';
import { describe, expect, it } from 'vitest';
import { auditSentence } from './audit-sentence';

const carmen = { userId: 'c', displayName: 'Carmen', schoolName: 'IES Gijón', country: 'ES' };
const janis = { userId: 'j', displayName: 'Jānis', schoolName: null, country: 'LV' };

const entry = (action: string, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  action,
  actor: carmen,
  targetType: 'comment',
  targetId: 'x',
  subject: null,
  detail: {},
  createdAt: 0,
  ...extra,
});

describe('an audit entry in words', () => {
  it('names who did it and to whom, with the country', () => {
    const sentence = auditSentence(entry('comment.hide', { subject: janis }), 'Someone');
    expect(sentence.id).toBe('moderation.audit.commentHide');
    expect(sentence.values).toMatchObject({ actor: 'Carmen (ES)', subject: 'Jānis (LV)' });
    expect(sentence.details).toEqual([]);
  });

  it('tells a first publication from an update', () => {
    expect(auditSentence(entry('post.publish', { targetType: 'post', detail: { title: 'Bees', update: false } }), 'Someone').id).toBe(
      'moderation.audit.postPublish',
    );
    expect(auditSentence(entry('post.publish', { targetType: 'post', detail: { title: 'Bees', update: true } }), 'Someone').id).toBe(
      'moderation.audit.postPublishUpdate',
    );
  });

  it('carries the post’s title, and the reason and note given', () => {
    const sentence = auditSentence(
      entry('post.unpublish', { targetType: 'post', detail: { title: 'Bees', reason: ' Names of pupils ', note: 'Asked by Lucía' } }),
      'Someone',
    );
    expect(sentence.id).toBe('moderation.audit.postUnpublish');
    expect(sentence.values.title).toBe('Bees');
    expect(sentence.details).toEqual([
      { id: 'moderation.audit.reason', values: { reason: 'Names of pupils' } },
      { id: 'moderation.audit.note', values: { note: 'Asked by Lucía' } },
    ]);
  });

  it('says "someone" for people no longer known, and shows unknown actions by their code', () => {
    const sentence = auditSentence(entry('post.rename', { actor: null, detail: { title: 42 } }), 'Someone');
    expect(sentence.id).toBe('moderation.audit.other');
    expect(sentence.values).toMatchObject({ actor: 'Someone', action: 'post.rename', title: '' });
  });

  it('says what happened in a live lesson, naming the pupil a lock or a revert was about', () => {
    const lesson = { targetType: 'live_session' };
    expect(auditSentence(entry('live.lock', { ...lesson, detail: { session: 'Maps', scope: 'everyone' } }), 'Someone')).toMatchObject({
      id: 'moderation.audit.liveLock',
      values: { session: 'Maps' },
    });
    expect(auditSentence(entry('live.lock', { ...lesson, subject: janis, detail: { session: 'Maps', scope: 'pupil' } }), 'Someone').id).toBe(
      'moderation.audit.liveLockPupil',
    );
    expect(auditSentence(entry('live.revert', { ...lesson, subject: janis, detail: { session: 'Maps', item: 'Our map' } }), 'Someone')).toMatchObject({
      id: 'moderation.audit.liveRevert',
      values: { subject: 'Jānis (LV)', item: 'Our map', session: 'Maps' },
    });
    expect(auditSentence(entry('live.slow_mode', { ...lesson, detail: { session: 'Maps', seconds: 30 } }), 'Someone').values.seconds).toBe(30);
  });

  it('names the glossary word a teacher approved, changed or deleted', () => {
    const approved = auditSentence(entry('glossary.approve', { targetType: 'glossary_term', detail: { term: 'upe' } }), 'Someone');
    expect(approved.id).toBe('moderation.audit.glossaryApprove');
    expect(approved.values.term).toBe('upe');
    expect(auditSentence(entry('glossary.delete', { targetType: 'glossary_term', detail: { term: 'upe' } }), 'Someone').id).toBe(
      'moderation.audit.glossaryDelete',
    );
    expect(auditSentence(entry('post.translation.delete', { targetType: 'post', detail: { title: 'Bees' } }), 'Someone').id).toBe(
      'moderation.audit.translationDelete',
    );
  });
});
