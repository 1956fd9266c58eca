import { describe, expect, it } from 'vitest';
import { addTranslationBodySchema, canTranslation, type Member, type Resource, type Role, type TranslationAct } from '../src/index.js';

/**
 * Who may do what with a post's versions in other languages, written out as a table: the pupil of
 * the post's team (who started the version, or not), a pupil of another team, a guest, a teacher.
 */
const P = 'p-1';
type Actor = 'team pupil (started it)' | 'team pupil' | 'other team’s pupil' | 'guest' | 'teacher';
const member = (actor: Actor): Member => {
  const role: Role = actor === 'guest' ? 'guest' : actor === 'teacher' ? 'teacher' : 'pupil';
  return {
    userId: actor === 'team pupil (started it)' ? 'u-starter' : `u-${actor}`,
    partnershipId: P,
    role,
    schoolId: role === 'guest' ? null : 'school-1',
    teamIds: actor.startsWith('team pupil') ? ['team-a'] : actor === 'other team’s pupil' ? ['team-b'] : [],
    mobilityIds: [],
    active: true,
  };
};
type PostResource = Extract<Resource, { type: 'item' }>;
const post = (changes: Partial<PostResource> = {}): PostResource => ({
  type: 'item',
  itemId: 'i',
  spaceId: 's',
  partnershipId: P,
  spaceKind: 'team',
  teamId: 'team-a',
  mobilityId: null,
  archived: false,
  ...changes,
});

const ACTS: readonly TranslationAct[] = ['read', 'add', 'delete'];
/** [acts allowed on a version no reader sees yet, acts allowed once it is in the blog] */
const TABLE: Record<Actor, [TranslationAct[], TranslationAct[]]> = {
  'team pupil (started it)': [['read', 'add', 'delete'], ['read', 'add']],
  'team pupil': [['read', 'add'], ['read', 'add']],
  'other team’s pupil': [['read'], ['read']],
  guest: [['read'], ['read']],
  teacher: [['read', 'add', 'delete'], ['read', 'add', 'delete']],
};

describe('canTranslation', () => {
  for (const [actor, [draft, inBlog]] of Object.entries(TABLE) as [Actor, [TranslationAct[], TranslationAct[]]][]) {
    it(`${actor}: ${draft.join(', ')} while no reader sees it; ${inBlog.join(', ')} once in the blog`, () => {
      for (const [expected, shown] of [
        [draft, false],
        [inBlog, true],
      ] as const) {
        const allowed = ACTS.filter((act) => canTranslation(member(actor), act, post(), { createdBy: 'u-starter', inBlog: shown }));
        expect(allowed).toEqual(expected);
      }
    });
  }

  it('follows the post: locked, archived or another partnership’s, nobody but staff changes anything', () => {
    const facts = { createdBy: 'u-starter', inBlog: false };
    expect(canTranslation(member('team pupil (started it)'), 'add', post({ locked: true }))).toBe(false);
    expect(canTranslation(member('team pupil (started it)'), 'delete', post({ locked: true }), facts)).toBe(false);
    expect(canTranslation(member('teacher'), 'add', post({ locked: true }))).toBe(true);
    for (const act of ['add', 'delete'] as const) expect(canTranslation(member('teacher'), act, post({ archived: true }), facts)).toBe(false);
    expect(canTranslation(member('teacher'), 'read', post({ archived: true }))).toBe(true);
    expect(canTranslation(member('teacher'), 'read', post({ partnershipId: 'p-2' }))).toBe(false);
    expect(canTranslation(null, 'read', post())).toBe(false);
  });
});

describe('addTranslationBodySchema', () => {
  it('takes BCP 47 tags in their canonical spelling and refuses anything else', () => {
    expect(addTranslationBodySchema.parse({ language: ' lv ' })).toEqual({ language: 'lv' });
    expect(addTranslationBodySchema.parse({ language: 'pt-br' })).toEqual({ language: 'pt-BR' });
    expect(addTranslationBodySchema.parse({ language: 'sr-latn' })).toEqual({ language: 'sr-Latn' });
    for (const language of ['', 'l', 'latvian language', 'lv_LV', 'en-', '<b>', 'x'.repeat(40), 7]) {
      expect(addTranslationBodySchema.safeParse({ language }).success, String(language)).toBe(false);
    }
  });
});
